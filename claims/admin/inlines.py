"""The inlines of a claim's page: evidence to edit, spans and quantities to read."""

from django.contrib import admin
from django.db import models
from django.forms import Textarea
from django.utils.translation import gettext_lazy as _

from claims.admin import display
from claims.admin.options import URL_FIELDS
from claims.models import Evidence, Quantity, Span


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class SpanInline(ReadOnlyInline):
    model = Span
    fields = ["role", "start", "end", "exact", "prefix", "suffix"]
    readonly_fields = fields


class QuantityInline(ReadOnlyInline):
    model = Quantity
    fields = [
        "written",
        "human",
        "value",
        "upper",
        "value_text",
        "unit",
        "qualifier",
        "category",
        "counter",
        "same_as",
    ]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("same_as")

    @admin.display(description=_("as written"))
    def written(self, quantity):
        return quantity.exact

    @admin.display(description=_("read as"))
    def human(self, quantity):
        return display.quantity_human(quantity)


class EvidenceInline(admin.TabularInline):
    model = Evidence
    formfield_overrides = {
        **URL_FIELDS,
        models.TextField: {"widget": Textarea(attrs={"rows": 2, "cols": 40})},
    }
    extra = 1
    fields = ["url", "title", "stance", "note", "added_by", "added_at"]
    readonly_fields = ["added_by", "added_at"]
