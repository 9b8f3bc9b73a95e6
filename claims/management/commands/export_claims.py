"""Export claims: CSV (UTF-8 with a byte-order mark, streamed), XLSX, JSON, or ClaimReview
JSON-LD for the claims with a final verdict."""

from collections.abc import Iterable

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from claims import exporting
from claims.models import ClaimStatus, Document
from claims.selectors import claims_matching

FORMATS = ("csv", "xlsx", "json", "claimreview")


class Command(BaseCommand):
    help = _(
        "Export claims as CSV for Excel, XLSX, JSON or schema.org ClaimReview JSON-LD, to a "
        "file or to standard output."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--status",
            action="append",
            dest="statuses",
            choices=ClaimStatus.values,
            help=_("Only claims with this status (repeatable)."),
        )
        parser.add_argument(
            "--document",
            type=int,
            action="append",
            dest="documents",
            help=_("Only claims of this document id (repeatable)."),
        )
        parser.add_argument("--format", dest="file_format", choices=FORMATS, default="csv")
        parser.add_argument(
            "-o", "--output", help=_("File to write; standard output when not given.")
        )

    def handle(
        self, *args, statuses=None, documents=None, file_format="csv", output=None, **options
    ):
        if documents:
            missing = set(documents) - set(
                Document.objects.filter(pk__in=documents).values_list("pk", flat=True)
            )
            if missing:
                raise CommandError(
                    _("No document has the id %(ids)s.")
                    % {"ids": ", ".join(map(str, sorted(missing)))}
                )
        queryset = claims_matching(statuses=statuses, document_ids=documents)
        chunks = self._chunks(file_format, queryset)
        if output:
            with open(output, "wb") as file:
                for chunk in chunks:
                    file.write(chunk)
            self.stderr.write(_("Claims written to %(file)s.") % {"file": output})
        else:
            self._write_to_stdout(chunks, binary=file_format == "xlsx")

    def _chunks(self, file_format: str, queryset) -> Iterable[bytes]:
        if file_format == "csv":
            return exporting.csv_stream(queryset)
        if file_format == "xlsx":
            return [exporting.xlsx_bytes(queryset)]
        if file_format == "json":
            return [exporting.json_text(queryset).encode("utf-8")]
        return [exporting.claimreview_json(queryset).encode("utf-8")]

    def _write_to_stdout(self, chunks: Iterable[bytes], *, binary: bool) -> None:
        buffer = getattr(self.stdout, "buffer", None)
        if binary and (buffer is None or self.stdout.isatty()):
            raise CommandError(_("XLSX is binary: write it to a file with -o FILE."))
        if buffer is None:
            for chunk in chunks:
                self.stdout.write(chunk.decode("utf-8"), ending="")
            return
        self.stdout.flush()
        for chunk in chunks:
            buffer.write(chunk)
        buffer.flush()
