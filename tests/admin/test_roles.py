"""Every role's allowed and refused actions on the review desk."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from claims import services
from claims.models import ClaimStatus, Document
from claims.roles import DESK, REVIEWER, VIEWER
from tests.admin.conftest import change_form_data, change_url
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
LIST = reverse("admin:claims_claim_changelist")


@pytest.fixture(autouse=True)
def roles():
    call_command("loaddata", "fixtures/roles.json", verbosity=0)


@pytest.fixture
def login(client):
    def as_role(role):
        user = UserFactory()
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        return user

    return as_role


def actions_offered(client, url=LIST) -> set[str]:
    form = client.get(url).context["action_form"]  # None when no action is allowed
    return {value for value, _label in form.fields["action"].choices if value} if form else set()


def test_a_viewer_sees_everything_and_no_action(client, login, money_claim):
    login(VIEWER)
    assert client.get(LIST).status_code == 200
    assert actions_offered(client) == set()
    page = client.get(change_url(money_claim))
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    doc_url = reverse("admin:claims_document_article", args=[money_claim.document_id])
    assert client.get(doc_url).status_code == 200


def test_a_viewer_gets_403_on_every_write(client, login, money_claim):
    login(VIEWER)
    response = client.post(
        change_url(money_claim),
        {"status": "in_review", "notes": "", "version": money_claim.version},
    )
    assert response.status_code == 403
    response = client.post(LIST, {"action": "start_review", "_selected_action": [money_claim.pk]})
    money_claim.refresh_from_db()
    assert money_claim.status == ClaimStatus.UNREVIEWED
    delete = reverse("admin:claims_document_delete", args=[money_claim.document_id])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert Document.objects.exists()


def test_a_reviewer_changes_claims_and_evidence(client, login, money_claim):
    login(REVIEWER)
    assert {"assign_to_me", "start_review", "dismiss"} <= actions_offered(client)
    assert "delete_selected" not in actions_offered(client)
    data = change_form_data(
        client,
        money_claim,
        status=ClaimStatus.VERIFIED,
        notes="원자료 대조 완료",
        **{"evidence-0-url": "https://www.bok.or.kr", "evidence-0-stance": "supports"},
    )
    assert client.post(change_url(money_claim), data).status_code == 302
    money_claim.refresh_from_db()
    assert money_claim.status == ClaimStatus.VERIFIED and money_claim.evidence.count() == 1


def test_a_reviewer_cannot_assign_others_delete_or_reextract(
    client, login, money_claim, other_reviewer
):
    login(REVIEWER)
    form = client.get(change_url(money_claim)).context["adminform"].form
    assert "assignee" not in form.fields  # shown read-only
    data = change_form_data(client, money_claim, assignee=other_reviewer.pk)
    client.post(change_url(money_claim), data)
    money_claim.refresh_from_db()
    assert money_claim.assignee is None
    documents = reverse("admin:claims_document_changelist")
    assert not {"reextract", "delete_selected"} & actions_offered(client, documents)
    response = client.post(
        documents, {"action": "reextract", "_selected_action": [money_claim.document_id]}
    )
    assert response.status_code in (200, 302, 403)
    assert money_claim.document.claims.count() == 1


def test_a_desk_editor_assigns_reextracts_and_deletes(client, login, money_claim, other_reviewer):
    login(DESK)
    data = change_form_data(client, money_claim, assignee=other_reviewer.pk)
    assert client.post(change_url(money_claim), data).status_code == 302
    money_claim.refresh_from_db()
    assert money_claim.assignee == other_reviewer
    documents = reverse("admin:claims_document_changelist")
    assert {"reextract", "delete_selected"} <= actions_offered(client, documents)


def test_deleting_a_reviewed_document_shows_why_not(client, login, money_claim, reviewer):
    services.claim_start_review(claim=money_claim, by=reviewer)
    login(DESK)
    url = reverse("admin:claims_document_delete", args=[money_claim.document_id])
    page = client.get(url).content.decode()
    assert "삭제할 수 없습니다" in page
    client.post(url, {"post": "yes"})
    assert Document.objects.filter(pk=money_claim.document_id).exists()


def test_a_desk_editor_deletes_an_untouched_document(client, login, money_claim):
    login(DESK)
    url = reverse("admin:claims_document_delete", args=[money_claim.document_id])
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert not Document.objects.exists()


EXPORT_VERIFIED = reverse("admin:claims_claim_export_verified")
EXPORT = reverse("admin:claims_claim_export")
IMPORT = reverse("admin:claims_claim_import")


@pytest.mark.parametrize(
    ("role", "export", "import_"),
    [(VIEWER, 403, 403), (REVIEWER, 200, 403), (DESK, 200, 200)],
)
def test_export_and_import_follow_the_roles(client, login, money_claim, role, export, import_):
    login(role)
    assert client.get(EXPORT_VERIFIED).status_code == export
    assert client.get(EXPORT).status_code == export
    assert client.get(IMPORT).status_code == import_
    upload = SimpleUploadedFile("claims.csv", b"\xef\xbb\xbfid,status\r\n", "text/csv")
    response = client.post(IMPORT, {"import_file": upload, "format": "0"})
    assert (response.status_code == 403) == (import_ == 403)


def test_a_desk_editor_reextracts_from_the_document_list(client, login, reviewer):
    from claims.services.ingest import document_ingest

    result = document_ingest(text="삼성전자는 3분기 영업이익이 9조원이라고 밝혔다.\n")
    kept = result.document.claims.first()
    services.claim_take(claim=kept, by=reviewer)
    login(DESK)
    response = client.post(
        reverse("admin:claims_document_changelist"),
        {"action": "reextract", "_selected_action": [result.document.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert "검토한 주장 1건 유지" in response.content.decode()
    kept.refresh_from_db()
    assert kept.assignee == reviewer
