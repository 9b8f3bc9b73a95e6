"""`manage.py extract_claims FILE... --dry-run --json`: the extractor's output contract
(CLAIMS_SPEC), one JSON object per file and line. Without --dry-run it ingests."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from claims.extraction.report import document_report
from claims.management.commands._articles import add_metadata_arguments, ingest_paths
from claims.services.articles import IngestError, article_paths, read_article


class Command(BaseCommand):
    help = _("Extract claims from article files; with --dry-run nothing is written.")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Write nothing to the database; print what is found."),
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help=_("One JSON object per file and line (CLAIMS_SPEC)."),
        )
        add_metadata_arguments(parser)

    def handle(self, *args, paths, dry_run, **options):
        if not dry_run:
            failures = ingest_paths(self, paths, options)
        else:
            failures = self.print_claims(
                paths, as_json=options["json"], max_bytes=options["max_bytes"]
            )
        if failures:
            raise CommandError(_("%(count)d file(s) could not be read.") % {"count": failures})

    def print_claims(self, paths, *, as_json: bool, max_bytes: int | None) -> int:
        failures = 0
        for path in article_paths(paths):
            try:
                text = read_article(path, max_bytes=max_bytes)
            except IngestError as error:
                failures += 1
                self.stderr.write(str(error))
                continue
            report = document_report(str(path), text)
            if as_json:
                self.stdout.write(dumps(report))
            else:
                self.stdout.write(f"{path}: {len(report['claims'])} claims")
                for claim in report["claims"]:
                    self.stdout.write(
                        f"  [{claim['start']}:{claim['end']}] "
                        f"{','.join(claim['kinds'])} {claim['text'][:70]}"
                    )
        return failures


def dumps(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, separators=(",", ":"))
