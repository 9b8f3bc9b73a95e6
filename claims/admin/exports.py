"""Export and import on the claim list: django-import-export's pages (export with the
list's filters and search, the "export selected" action, import with its preview and
confirm step) with the claims table's formats, every CSV streamed, and a one-click CSV of
the verified claims.

Export and import each need their own permission, `claims.export_claim` and
`claims.import_claim` (IMPORT_EXPORT_*_PERMISSION_CODE in the settings).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect, StreamingHttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from import_export.admin import ExportActionMixin, ImportMixin
from import_export.signals import post_export

from claims.exporting import csv_stream
from claims.formats import CLAIM_FORMATS, ClaimCSV
from claims.models import ClaimStatus
from claims.resources import ClaimResource
from claims.tables import TableFileError, describe

MAX_ERROR_MESSAGES = 20


class ClaimTransferMixin(ImportMixin, ExportActionMixin):
    resource_classes = [ClaimResource]
    export_formats = CLAIM_FORMATS
    import_formats = CLAIM_FORMATS
    import_export_change_list_template = "admin/claims/claim/change_list_transfer.html"
    import_template_name = "admin/claims/claim/import.html"
    # Exporting from a claim's page would save the review form first: the list does it.
    show_change_form_export = False

    def get_urls(self):
        return [
            path(
                "export-verified/",
                self.admin_site.admin_view(self.export_verified_view),
                name="claims_claim_export_verified",
            ),
            *super().get_urls(),
        ]

    def export_verified_view(self, request):
        """Every verified claim as CSV, in one click."""
        if not self.has_export_permission(request):
            raise PermissionDenied
        queryset = self.get_queryset(request).filter(status=ClaimStatus.VERIFIED)
        day = timezone.localdate().isoformat()
        return self._csv_response(queryset, f"verified-claims-{day}.csv")

    def _do_file_export(self, file_format, request, queryset, export_form=None):
        """CSV is streamed (the library would build the whole file in memory first); the
        other formats go the library's way. (Overrides a private hook of 4.4.)"""
        if not isinstance(file_format, ClaimCSV):
            return super()._do_file_export(file_format, request, queryset, export_form)
        if not self.has_export_permission(request):
            raise PermissionDenied
        response = self._csv_response(
            queryset,
            self.get_export_filename(request, queryset, file_format),
            fields=self.get_export_resource_fields_from_form(export_form),
        )
        post_export.send(sender=None, model=self.model)
        return response

    def _csv_response(self, queryset, filename, fields=None):
        response = StreamingHttpResponse(
            csv_stream(queryset, fields=fields), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def get_valid_export_item_pks(self, request):
        """The claims an "export selected" may name: those the user can see."""
        return self.get_queryset(request).values_list("pk", flat=True)

    def add_data_read_fail_error_to_form(self, form, e):
        if isinstance(e, TableFileError):
            form.add_error("import_file", str(e))
        else:
            super().add_data_read_fail_error_to_form(form, e)

    def process_result(self, result, request):
        """After "confirm import": when the rows no longer pass (a claim changed since the
        preview), nothing was written; say why instead of "Import finished"."""
        if not result.has_validation_errors():
            return super().process_result(result, request)
        problems = [
            describe(row.number, column, message)
            for row in result.invalid_rows
            for column, errors in row.field_specific_errors.items()
            for message in errors
        ] + [
            describe(row.number, None, message)
            for row in result.invalid_rows
            for message in row.non_field_specific_errors
        ]
        messages.error(request, _("Nothing was imported."))
        for problem in problems[:MAX_ERROR_MESSAGES]:
            messages.error(request, problem)
        return HttpResponseRedirect(reverse(f"{self.admin_site.name}:claims_claim_import"))
