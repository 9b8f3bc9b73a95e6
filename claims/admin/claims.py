"""The claim list and the claim page: the review desk itself."""

from django.contrib import admin, messages
from django.db import transaction
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from claims import services
from claims.admin import display
from claims.admin.exports import ClaimTransferMixin
from claims.admin.filters import AssigneeFilter, HasNotesFilter, KindFilter, UnitCategoryFilter
from claims.admin.forms import ClaimReviewForm, DismissForm
from claims.admin.inlines import EvidenceInline, QuantityInline, SpanInline
from claims.admin.options import CSS
from claims.models import Claim, ClaimKinds
from claims.selectors import claims_for_review


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
            claim=stored,
            by=request.user,
            status=obj.status,
            notes=obj.notes,
            assignee=obj.assignee,
            expected_version=form.cleaned_data["version"],
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
