"""Failed logins are counted, and repeated ones lock the account out (django-axes)."""

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import ReviewerFactory

pytestmark = pytest.mark.django_db
LOGIN = reverse("admin:login")


def attempt(client, username, password):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR="10.0.0.7",
    )


def test_a_right_password_logs_in(client):
    ReviewerFactory(username="kim")
    response = attempt(client, "kim", "correct horse battery")
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_repeated_failures_lock_the_account_out(client):
    ReviewerFactory(username="kim")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = attempt(client, "kim", "wrong")
        assert response.status_code == 200  # the login form again, with an error
    locked = attempt(client, "kim", "wrong")
    assert locked.status_code == 429
    # Even the right password is refused while the lockout lasts.
    assert attempt(client, "kim", "correct horse battery").status_code == 429


def test_a_lockout_is_per_account(client):
    ReviewerFactory(username="kim")
    ReviewerFactory(username="lee")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "kim", "wrong")
    assert attempt(client, "lee", "correct horse battery").status_code == 302
