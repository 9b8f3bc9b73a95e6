"""The review desk: claims with their spans in context, documents with their claims."""

from django.forms import Textarea
from django.contrib import admin, messages
from django.db import models, transaction
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from claims import services
from claims.services import ingest
from claims.admin import display
from claims.admin.exports import ClaimTransferMixin
from claims.admin.filters import AssigneeFilter, HasNotesFilter, KindFilter, UnitCategoryFilter
from claims.admin.forms import ClaimReviewForm, DismissForm, DocumentPasteForm
from claims.models import Claim, ClaimKinds, ClaimStatus, Document, Evidence, Quantity, Span
from claims.selectors import claims_for_review, documents_with_counts, highlighted_segments

admin.site.site_header = _("Fact-check desk")
admin.site.site_title = _("Fact-check desk")
admin.site.index_title = _("Claims and documents")

CSS = {"all": ["claims/admin.css"]}
# Links pasted without a scheme are web addresses; say so now rather than when Django 6
# changes the default.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


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
        return super().get_queryset(request).select_related("span", "same_as__span")

    @admin.display(description=_("as written"))
    def written(self, quantity):
        return quantity.span.exact

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


@admin.register(Claim)
class ClaimAdmin(ClaimTransferMixin, SimpleHistoryAdmin):
    form = ClaimReviewForm
    list_display = [
        "statement",
        "kinds_display",
        "quantities_display",
        "speaker",
        "status_display",
        "assignee",
        "document_link",
    ]
    list_display_links = ["statement"]
    list_filter = [
        "status",
        KindFilter,
        "attribution",
        UnitCategoryFilter,
        "document",
        AssigneeFilter,
        HasNotesFilter,
    ]
    search_fields = ["text", "speaker", "notes", "document__title"]
    list_per_page = 50
    show_full_result_count = False  # one COUNT(*) fewer on every filtered page
    actions = ["assign_to_me", "start_review", "dismiss"]
    inlines = [EvidenceInline, QuantityInline, SpanInline]
    readonly_fields = [
        "context",
        "document",
        "kinds",
        "text",
        "start",
        "end",
        "attribution",
        "speaker",
        "score",
        "reviewed_by",
        "reviewed_at",
        "extractor_version",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["context", "document", "kinds", "attribution", "speaker", "score"]}),
        (
            _("Review"),
            {"fields": ["status", "notes", "assignee", "reviewed_by", "reviewed_at", "version"]},
        ),
        (
            _("Source"),
            {
                "classes": ["collapse"],
                "fields": ["text", "start", "end", "extractor_version", "created_at", "updated_at"],
            },
        ),
    ]
    history_list_display = ["status", "assignee", "notes"]

    class Media:
        css = CSS

    def get_queryset(self, request):
        return claims_for_review(super().get_queryset(request))

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.has_perm("claims.assign_claim"):
            readonly.append("assignee")  # reviewers take claims with "assign to me"
        return readonly

    def has_add_permission(self, request):
        return False  # claims come from documents: ingest or re-extract them

    # Columns
    @admin.display(description=_("statement"), ordering="start")
    def statement(self, claim):
        return display.statement_in_context(claim)

    @admin.display(description=_("kinds"), ordering="kinds")
    def kinds_display(self, claim):
        return ClaimKinds(claim.kinds).label

    @admin.display(description=_("quantities"))
    def quantities_display(self, claim):
        return display.quantities_human(claim)

    @admin.display(description=_("status"), ordering="status")
    def status_display(self, claim):
        return display.status_badge(claim)

    @admin.display(description=_("document"), ordering="document__title")
    def document_link(self, claim):
        url = reverse("admin:claims_document_article", args=[claim.document_id])
        return format_html('<a href="{}#claim-{}">{}</a>', url, claim.pk, claim.document)

    @admin.display(description=_("in the article"))
    def context(self, claim):
        return display.statement_in_paragraph(claim)

    # Saving goes through the review rules.
    def save_model(self, request, obj, form, change):
        if not change:
            return super().save_model(request, obj, form, change)
        stored = Claim.objects.get(pk=obj.pk)
        services.claim_review(
            claim=stored, by=request.user, status=obj.status, notes=obj.notes,
            assignee=obj.assignee, expected_version=form.cleaned_data["version"],
        )
        obj.refresh_from_db()

    def save_formset(self, request, form, formset, change):
        for evidence in formset.save(commit=False):
            if evidence.added_by_id is None:
                evidence.added_by = request.user
            evidence.save()
        for evidence in formset.deleted_objects:
            evidence.delete()
        formset.save_m2m()

    # Actions
    def _apply(self, request, queryset, step, done_message):
        done, refused = 0, []
        for claim in queryset:
            try:
                with transaction.atomic():
                    step(claim)
                done += 1
            except services.ReviewError as error:
                refused.append(f"“{claim.text[:40]}”: {' '.join(error.messages)}")
        if done:
            self.message_user(request, done_message(done), messages.SUCCESS)
        for line in refused:
            self.message_user(request, line, messages.ERROR)

    @admin.action(description=_("Assign to me"), permissions=["change"])
    def assign_to_me(self, request, queryset):
        self._apply(
            request,
            queryset,
            lambda claim: services.claim_take(claim=claim, by=request.user),
            lambda n: ngettext("%d claim assigned to you.", "%d claims assigned to you.", n) % n,
        )

    @admin.action(description=_("Start review"), permissions=["change"])
    def start_review(self, request, queryset):
        self._apply(
            request,
            queryset,
            lambda claim: services.claim_start_review(claim=claim, by=request.user),
            lambda n: ngettext("%d claim put in review.", "%d claims put in review.", n) % n,
        )

    @admin.action(description=_("Dismiss as not a claim…"), permissions=["change"])
    def dismiss(self, request, queryset):
        form = DismissForm(request.POST if "reason" in request.POST else None)
        if form.is_valid():
            reason = form.cleaned_data["reason"]
            self._apply(
                request,
                queryset,
                lambda claim: services.claim_dismiss(claim=claim, reason=reason, by=request.user),
                lambda n: ngettext("%d claim dismissed.", "%d claims dismissed.", n) % n,
            )
            return None
        return TemplateResponse(
            request,
            "admin/claims/claim/dismiss.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Dismiss as not a claim"),
                "opts": self.model._meta,
                "form": form,
                "claims": queryset,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "publisher",
        "published_at",
        "claims_total",
        "unreviewed",
        "in_review",
        "verified",
        "false",
        "misleading",
        "unverifiable",
        "dismissed",
        "article_link",
    ]
    search_fields = ["title", "publisher", "url", "source_name"]
    list_filter = ["publisher"]
    formfield_overrides = URL_FIELDS
    date_hierarchy = "published_at"
    fields = [
        "title",
        "publisher",
        "url",
        "published_at",
        "source_name",
        "content_hash",
        "text",
        "created_at",
        "updated_at",
    ]
    readonly_fields = ["content_hash", "text", "source_name", "created_at", "updated_at"]

    class Media:
        css = CSS

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
            return documents_with_counts(queryset)
        return queryset

    actions = ["reextract"]

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:  # a pasted article goes through ingest, like a loaded file
            kwargs["form"] = DocumentPasteForm
            kwargs["fields"] = DocumentPasteForm.Meta.fields
        return super().get_form(request, obj, **kwargs)

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [(None, {"fields": DocumentPasteForm.Meta.fields})]
        return super().get_fieldsets(request, obj)

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else self.readonly_fields

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        data = form.cleaned_data
        result = ingest.document_ingest(
            text=data["text"],
            metadata=ingest.ArticleMetadata(title=data["title"], publisher=data["publisher"],
                                            url=data["url"], published_at=data["published_at"]),
            source_name=_("pasted in the admin"),
        )
        obj.pk, obj._state.adding = result.document.pk, False
        obj.title = result.document.title
        if result.created:
            self.message_user(request, _("%(count)d claims found.")
                              % {"count": result.claims_created}, messages.SUCCESS)
        else:
            self.message_user(request, _("This article was already stored; nothing was added."),
                              messages.WARNING)

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        problems = [p for p in (obj.deletion_problem() for obj in objs) if p]
        return deleted, counts, perms_needed, [*protected, *problems]

    def has_reextract_permission(self, request):
        return request.user.has_perm("claims.reextract_document")

    @admin.action(description=_("Re-extract claims (reviewed claims are kept)"),
                  permissions=["reextract"])
    def reextract(self, request, queryset):
        for document in queryset:
            result = ingest.document_reextract(document=document)
            self.message_user(request, _(
                "%(document)s: %(created)d claims extracted, %(removed)d replaced, "
                "%(kept)d reviewed claims kept."
            ) % {"document": document, "created": result.claims_created,
                 "removed": result.claims_removed, "kept": result.claims_kept},
                messages.SUCCESS)

    def get_urls(self):
        return [
            path(
                "<int:object_id>/article/",
                self.admin_site.admin_view(self.article_view),
                name="claims_document_article",
            ),
            *super().get_urls(),
        ]

    def article_view(self, request, object_id):
        document = get_object_or_404(Document, pk=object_id)
        if not self.has_view_or_change_permission(request, document):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        claims = document.claims.order_by("start", "end")
        return TemplateResponse(
            request,
            "admin/claims/document/article.html",
            {
                **self.admin_site.each_context(request),
                "title": document.title,
                "opts": self.model._meta,
                "original": document,
                "segments": highlighted_segments(document, claims),
                "claims": claims,
            },
        )

    @admin.display(description=_("claims"), ordering="claims_total")
    def claims_total(self, document):
        return document.claims_total

    @admin.display(description=_("article"))
    def article_link(self, document):
        url = reverse("admin:claims_document_article", args=[document.pk])
        return format_html('<a href="{}">{}</a>', url, _("Read with claims"))


def _status_count_column(status: ClaimStatus):
    @admin.display(description=status.label, ordering=f"claims_{status.value}")
    def column(self, document):
        return getattr(document, f"claims_{status.value}")

    return column


for _status in ClaimStatus:
    setattr(DocumentAdmin, _status.value, _status_count_column(_status))
