"""Load articles: `manage.py ingest seeds/ more/article.txt --publisher 연합뉴스`."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from claims.management.commands._articles import add_metadata_arguments, ingest_paths


class Command(BaseCommand):
    help = _("Ingest article files (.txt, or folders of them) and extract their claims.")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help=_("Files or folders of .txt files."))
        add_metadata_arguments(parser)
        parser.add_argument(
            "--reextract",
            action="store_true",
            help=_("Extract documents already stored again; claims a person has touched are kept."),
        )

    def handle(self, *args, paths, **options):
        failures = ingest_paths(self, paths, options)
        if failures:
            raise CommandError(
                _("%(count)d file(s) could not be loaded; the others were.") % {"count": failures}
            )
