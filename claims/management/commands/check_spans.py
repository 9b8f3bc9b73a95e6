"""Check the span invariant: every stored span reads exactly its text in its document."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from claims.selectors import span_mismatches


class Command(BaseCommand):
    help = _("Check that every stored span satisfies document.text[start:end] == exact.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--document",
            type=int,
            action="append",
            dest="documents",
            help=_("Only this document id (repeatable)."),
        )

    def handle(self, *args, documents=None, **options):
        checked, problems = 0, []
        for checked, problem in span_mismatches(document_ids=documents):  # noqa: B007
            if problem:
                problems.append(problem)
                self.stderr.write(problem)
        if problems:
            raise CommandError(
                _("%(bad)d of %(total)d spans do not match their document.")
                % {"bad": len(problems), "total": checked}
            )
        self.stdout.write(_("All %(total)d spans match their documents.") % {"total": checked})
