"""Documents: claim counts per status, pasting an article, re-extraction, and the
article read with every claim highlighted."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from claims.admin.forms import DocumentPasteForm
from claims.admin.options import CSS, URL_FIELDS
from claims.models import ClaimStatus, Document
from claims.selectors import documents_with_counts, highlighted_segments
from claims.services import articles, ingest


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
            metadata=articles.ArticleMetadata(
                title=data["title"],
                publisher=data["publisher"],
                url=data["url"],
                published_at=data["published_at"],
            ),
            source_name=_("pasted in the admin"),
        )
        obj.pk, obj._state.adding = result.document.pk, False
        obj.title = result.document.title
        if result.created:
            self.message_user(
                request,
                _("%(count)d claims found.") % {"count": result.claims_created},
                messages.SUCCESS,
            )
        else:
            self.message_user(
                request, _("This article was already stored; nothing was added."), messages.WARNING
            )

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        problems = [p for p in (obj.deletion_problem() for obj in objs) if p]
        return deleted, counts, perms_needed, [*protected, *problems]

    def has_reextract_permission(self, request):
        return request.user.has_perm("claims.reextract_document")

    @admin.action(
        description=_("Re-extract claims (reviewed claims are kept)"), permissions=["reextract"]
    )
    def reextract(self, request, queryset):
        for document in queryset:
            result = ingest.document_reextract(document=document)
            self.message_user(
                request,
                _(
                    "%(document)s: %(created)d claims extracted, %(removed)d replaced, "
                    "%(kept)d reviewed claims kept."
                )
                % {
                    "document": document,
                    "created": result.claims_created,
                    "removed": result.claims_removed,
                    "kept": result.claims_kept,
                },
                messages.SUCCESS,
            )

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
