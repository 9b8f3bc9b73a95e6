"""Import reviewed claims from a CSV (UTF-8), XLSX or JSON file: all rows or none."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from claims.services.importing import RowChange, claims_import
from claims.tables import FILE_FORMATS, TableFileError, describe, read_table


class Command(BaseCommand):
    help = _(
        "Import the status, notes and reviewer of claims from an edited export. Every row is "
        "checked first; one problem and nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help=_("An export edited in Excel: .csv, .xlsx or .json."))
        parser.add_argument(
            "--dry-run", action="store_true", help=_("Check and show the changes; write nothing.")
        )
        parser.add_argument(
            "--format",
            dest="file_format",
            choices=FILE_FORMATS,
            help=_("The file's format, when its name does not end in it."),
        )
        parser.add_argument(
            "--user",
            help=_(
                "Username of who imports: the history records them, and they give the new "
                "verdicts whose row names no reviewer."
            ),
        )

    def handle(self, *args, file, dry_run=False, file_format=None, user=None, **options):
        path = Path(file)
        file_format = file_format or path.suffix.lower().lstrip(".")
        if file_format not in FILE_FORMATS:
            raise CommandError(
                _("Cannot tell the format of %(file)s: use --format.") % {"file": file}
            )
        try:
            dataset = read_table(path.read_bytes(), file_format=file_format)
        except OSError as error:
            raise CommandError(str(error)) from None
        except TableFileError as error:
            raise CommandError(
                _("%(file)s: %(problem)s Nothing was imported.") % {"file": file, "problem": error}
            ) from None
        by = None
        if user:
            by = get_user_model().objects.filter(username=user).first()
            if by is None:
                raise CommandError(_("No user is called “%(name)s”.") % {"name": user})
        report = claims_import(dataset=dataset, by=by, dry_run=dry_run)
        if report.problems:
            for problem in report.problems:
                self.stderr.write(str(problem))
            raise CommandError(
                _("%(count)d problems: nothing was imported.") % {"count": len(report.problems)}
            )
        for change in report.changes:
            self.stdout.write(self._describe(change))
        counts = {"changed": len(report.changes), "unchanged": report.unchanged}
        if dry_run:
            self.stdout.write(
                _(
                    "Dry run: %(changed)d claims would change, %(unchanged)d unchanged; "
                    "nothing was written."
                )
                % counts
            )
        else:
            self.stdout.write(_("%(changed)d claims changed, %(unchanged)d unchanged.") % counts)

    def _describe(self, change: RowChange) -> str:
        steps = "; ".join(
            f"{column}: {_brief(change.before[column])} → {_brief(value)}"
            for column, value in change.after.items()
        )
        return describe(
            change.row, None, _("claim %(id)d: %(steps)s") % {"id": change.claim.pk, "steps": steps}
        )


def _brief(value: str, limit: int = 60) -> str:
    value = " ".join(value.split())
    if not value:
        return "—"
    return value if len(value) <= limit else value[: limit - 1] + "…"
