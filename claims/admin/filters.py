"""List filters of the review desk that Django cannot derive from a field alone."""

from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from claims.models import UnitCategory


class KindFilter(admin.SimpleListFilter):
    title = _("kind")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        return [("quantity", _("quantitative")), ("attribution", _("attributed"))]

    def queryset(self, request, queryset):
        if self.value() in ("quantity", "attribution"):
            return queryset.filter(kinds__contains=self.value())
        return queryset


class UnitCategoryFilter(admin.SimpleListFilter):
    title = _("unit category")
    parameter_name = "category"

    def lookups(self, request, model_admin):
        return UnitCategory.choices

    def queryset(self, request, queryset):
        if self.value() in UnitCategory.values:
            # A subquery keeps one row per claim, however many quantities match.
            return queryset.filter(
                pk__in=queryset.model.objects.filter(quantities__category=self.value()).values("pk")
            )
        return queryset


class AssigneeFilter(admin.SimpleListFilter):
    title = _("assignee")
    parameter_name = "assignee"

    def lookups(self, request, model_admin):
        from django.contrib.auth import get_user_model

        users = get_user_model().objects.filter(assigned_claims__isnull=False).distinct()
        return [
            ("mine", _("Mine")),
            ("none", _("Unassigned")),
            *((str(user.pk), str(user)) for user in users.order_by("username")),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "mine":
            return queryset.filter(assignee=request.user)
        if value == "none":
            return queryset.filter(assignee__isnull=True)
        if value and value.isdigit():
            return queryset.filter(assignee_id=int(value))
        return queryset


class HasNotesFilter(admin.SimpleListFilter):
    title = _("reviewer notes")
    parameter_name = "has_notes"

    def lookups(self, request, model_admin):
        return [("yes", _("With notes")), ("no", _("Without notes"))]

    def queryset(self, request, queryset):
        empty = Q(notes="")
        if self.value() == "yes":
            return queryset.exclude(empty)
        if self.value() == "no":
            return queryset.filter(empty)
        return queryset
