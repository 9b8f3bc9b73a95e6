"""django-import-export's view of a claim: the columns of an export and what an import
reads back.

Exports read plain rows from `claims.selectors.claims_for_export` (not model instances), so
that the library's own export and the streamed CSV of `claims.exporting` render every cell
through the same `dehydrate_<column>` methods. Imports go through
`claims.services.importing.claims_import`, which validates every row against the review
rules before it writes anything; `import_data` turns its report into the library's Result
for the admin's preview and error pages.
"""

from collections.abc import Callable
from datetime import datetime, tzinfo
from functools import partial
from operator import attrgetter
from typing import Any

import tablib
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils import timezone
from django.utils.html import format_html
from import_export import fields, resources
from import_export.results import Result, RowResult

from claims.formatting import canonical_quantity, humanize_quantity
from claims.models import Claim
from claims.selectors import ClaimExportRow, claims_for_export
from claims.services.importing import ImportReport, claims_import
from claims.tables import CLAIM_COLUMNS, EDITABLE_COLUMNS, SPAN_COLUMNS

LIST_SEPARATOR = "; "  # between quantities and between values in one cell
URL_SEPARATOR = " "  # URLs may hold `;` but never a space


def iso_datetime(value: datetime | None, zone: tzinfo | None = None) -> str:
    """ISO 8601 with the offset of the desk's time zone: `2026-01-05T14:03:00+09:00`."""
    if value is None:
        return ""
    return value.astimezone(zone or timezone.get_current_timezone()).isoformat(timespec="seconds")


class ClaimResource(resources.ModelResource):
    """One row per claim; see `claims.tables.CLAIM_COLUMNS`."""

    id = fields.Field(column_name="id", readonly=False)
    document_title = fields.Field(column_name="document_title", readonly=True)
    document_url = fields.Field(column_name="document_url", readonly=True)
    published_at = fields.Field(column_name="published_at", readonly=True)
    statement = fields.Field(column_name="statement", readonly=False)
    start = fields.Field(column_name="start", readonly=False)
    end = fields.Field(column_name="end", readonly=False)
    kinds = fields.Field(column_name="kinds", readonly=True)
    quantities = fields.Field(column_name="quantities", readonly=True)
    values = fields.Field(column_name="values", readonly=True)
    speaker = fields.Field(column_name="speaker", readonly=True)
    attribution = fields.Field(column_name="attribution", readonly=True)
    status = fields.Field(column_name="status", readonly=False)
    reviewer = fields.Field(column_name="reviewer", readonly=False)
    reviewed_at = fields.Field(column_name="reviewed_at", readonly=True)
    notes = fields.Field(column_name="notes", readonly=False)
    evidence_urls = fields.Field(column_name="evidence_urls", readonly=True)

    class Meta:
        model = Claim
        fields = CLAIM_COLUMNS
        export_order = CLAIM_COLUMNS
        import_id_fields = ["id"]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._zone = timezone.get_current_timezone()
        self._published: dict[datetime | None, str] = {}  # a few documents, many claims

    # Export: rows, and a cell renderer per column.
    def iter_queryset(self, queryset) -> Any:
        return claims_for_export(queryset)

    def cell_renderers(
        self, selected_fields: list[str] | None = None
    ) -> list[Callable[[ClaimExportRow], Any]]:
        """What `export_field` calls for each exported column, looked up once: the streamed
        export renders a row as `[render(row) for render in renderers]`."""
        renderers = []
        for field in self.get_export_fields(selected_fields):
            method = getattr(self, f"dehydrate_{self.get_field_name(field)}", None)
            renderers.append(method if callable(method) else partial(field.export))
        return renderers

    # Columns that show a row's value as it is: a C-level getter each, as these run for
    # every cell of every row.
    dehydrate_id = staticmethod(attrgetter("id"))
    dehydrate_document_title = staticmethod(attrgetter("document_title"))
    dehydrate_document_url = staticmethod(attrgetter("document_url"))
    dehydrate_statement = staticmethod(attrgetter("statement"))
    dehydrate_start = staticmethod(attrgetter("start"))
    dehydrate_end = staticmethod(attrgetter("end"))
    dehydrate_kinds = staticmethod(attrgetter("kinds"))
    dehydrate_speaker = staticmethod(attrgetter("speaker"))
    dehydrate_attribution = staticmethod(attrgetter("attribution"))
    dehydrate_status = staticmethod(attrgetter("status"))
    dehydrate_notes = staticmethod(attrgetter("notes"))

    def dehydrate_published_at(self, row: ClaimExportRow) -> str:
        shown = self._published.get(row.published_at)
        if shown is None:
            shown = self._published[row.published_at] = iso_datetime(row.published_at, self._zone)
        return shown

    def dehydrate_quantities(self, row: ClaimExportRow) -> str:
        if not row.quantities:
            return ""
        return LIST_SEPARATOR.join(
            humanize_quantity(
                value=q.value,
                upper=q.upper,
                unit=q.unit,
                exact=q.exact,
                qualifier=q.qualifier,
                value_text=q.value_text,
                counter=q.counter,
            )
            for q in row.quantities
        )

    def dehydrate_values(self, row: ClaimExportRow) -> str:
        if not row.quantities:
            return ""
        return LIST_SEPARATOR.join(
            canonical_quantity(value=q.value, upper=q.upper, unit=q.unit, value_text=q.value_text)
            for q in row.quantities
        )

    def dehydrate_reviewer(self, row: ClaimExportRow) -> str:
        return row.reviewer or ""

    def dehydrate_reviewed_at(self, row: ClaimExportRow) -> str:
        return iso_datetime(row.reviewed_at, self._zone)

    def dehydrate_evidence_urls(self, row: ClaimExportRow) -> str:
        return URL_SEPARATOR.join(row.evidence_urls)

    # Import: the columns it reads, and the import service's report as the library's Result.
    def get_user_visible_fields(self) -> list[fields.Field]:
        return [self.fields[name] for name in ("id", *SPAN_COLUMNS, *EDITABLE_COLUMNS)]

    def import_data(
        self, dataset: tablib.Dataset, dry_run: bool = False, raise_errors: bool = False, **kwargs
    ) -> Result:
        """Validate every row, then write all of them or none (see `claims_import`)."""
        report = claims_import(dataset=dataset, by=kwargs.get("user"), dry_run=dry_run)
        return import_result(report, dataset)


PREVIEW_COLUMNS = ("id", "statement", *EDITABLE_COLUMNS)


def import_result(report: ImportReport, dataset: tablib.Dataset) -> Result:
    """The report in the shape the admin's import pages show: changed rows with a diff of
    their editable columns, or every problem under its row and column."""
    result = Result()
    result.diff_headers = list(PREVIEW_COLUMNS)
    result.total_rows = len(dataset)
    headers = list(dataset.headers or ())
    by_row: dict[int, dict[str, list[str]]] = {}
    for problem in report.problems:
        by_row.setdefault(problem.row or 1, {}).setdefault(
            problem.column or NON_FIELD_ERRORS, []
        ).append(problem.message)
    for number, errors in sorted(by_row.items()):
        values = dataset[number - 2] if 2 <= number <= len(dataset) + 1 else ()
        result.append_invalid_row(
            number, dict(zip(headers, values, strict=False)), ValidationError(errors)
        )
        result.totals[RowResult.IMPORT_TYPE_INVALID] += 1
    if report.problems:
        return result
    for change in report.changes:
        row_result = RowResult()
        row_result.import_type = RowResult.IMPORT_TYPE_UPDATE
        row_result.instance = change.claim
        row_result.add_instance_info(change.claim)
        shown = {"id": change.claim.pk, "statement": change.claim.text, **change.before}
        row_result.diff = [
            _diff_cell(change.before[column], change.after[column])
            if column in change.after
            else format_html("{}", shown[column])
            for column in PREVIEW_COLUMNS
        ]
        result.append_row_result(row_result)
        result.totals[RowResult.IMPORT_TYPE_UPDATE] += 1
    result.totals[RowResult.IMPORT_TYPE_SKIP] = report.unchanged
    return result


def _diff_cell(before: str, after: str) -> str:
    return format_html("<del>{}</del> → <ins>{}</ins>", before, after)
