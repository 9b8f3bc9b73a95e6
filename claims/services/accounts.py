"""Accounts of the desk."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Permission
from django.db import transaction

# What a reviewer may do: read everything, change claims, keep evidence, export.
REVIEWER_PERMISSIONS = [
    "view_document",
    "view_claim",
    "change_claim",
    "export_claim",
    "view_span",
    "view_quantity",
    "view_evidence",
    "add_evidence",
    "change_evidence",
    "delete_evidence",
]


@transaction.atomic
def demo_reviewer_ensure(*, username: str, password: str) -> AbstractBaseUser:
    """A staff account with a reviewer's permissions; its password is reset each time."""
    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"is_staff": True}
    )
    user.is_staff = True
    user.set_password(password)
    user.save()
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="claims", codename__in=REVIEWER_PERMISSIONS
        )
    )
    return user
