"""Accounts of the desk: roles as groups, and the demo login of `make run`."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.db import transaction

from claims.roles import APP_LABEL, REVIEWER, ROLE_PERMISSIONS


@transaction.atomic
def role_group_ensure(*, name: str) -> Group:
    """The group of role `name` with exactly the role's permissions."""
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.set(
        Permission.objects.filter(
            content_type__app_label=APP_LABEL, codename__in=ROLE_PERMISSIONS[name]
        )
    )
    return group


@transaction.atomic
def demo_reviewer_ensure(*, username: str, password: str) -> AbstractBaseUser:
    """A staff account in the reviewer group (검토자); its password is reset each time."""
    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"is_staff": True}
    )
    user.is_staff = True
    user.set_password(password)
    user.save()
    group = Group.objects.filter(name=REVIEWER).first() or role_group_ensure(name=REVIEWER)
    user.groups.add(group)
    return user
