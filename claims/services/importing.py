"""Bringing reviewed claims back from a spreadsheet: all rows or none.

A row is matched to its claim by `id`. It may change the claim's `status`, `notes` and
`reviewer` (a username), and every status change goes through the review rules of
`claims.services.review`, exactly as in the admin. The reviewer is whoever gave the
verdict: a new verdict is given by the user a changed reviewer cell names, else by the
user who imports; a verdict kept keeps its reviewer. The row's `statement`, `start` and
`end`, when present, must be the stored claim's and read its document: an import never
moves a claim. The other columns of an export are informative and ignored. Unknown
columns, unknown or repeated ids, a verdict without a note, an unknown reviewer: each is a
problem of its row and column, and one problem anywhere means nothing is written.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import tablib
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from claims.models import Claim, ClaimStatus
from claims.services.review import VERDICTS, ReviewError, claim_transition, transition_problem
from claims.tables import CLAIM_COLUMNS, describe, restore_cell


@dataclass(frozen=True)
class RowProblem:
    row: int | None  # as in the spreadsheet: the header is row 1
    column: str | None
    message: str

    def __str__(self) -> str:
        return describe(self.row, self.column, self.message)


@dataclass(frozen=True)
class RowChange:
    """What one row changes: `before` holds every editable column as stored, `after` only
    the columns that change."""

    row: int
    claim: Claim
    before: dict[str, str]
    after: dict[str, str]
    status: str
    notes: str
    reviewer: AbstractBaseUser | None


@dataclass
class ImportReport:
    changes: list[RowChange] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    unchanged: int = 0
    applied: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


@transaction.atomic
def claims_import(
    *, dataset: tablib.Dataset, by: AbstractBaseUser | None, dry_run: bool
) -> ImportReport:
    """Check every row of `dataset`; unless `dry_run` or a row has a problem, apply all the
    changes in this one transaction, as `by` (who also gives a verdict whose row names no
    reviewer)."""
    headers = [str(h).strip() if h is not None else "" for h in dataset.headers or ()]
    report = ImportReport(problems=_header_problems(headers))
    if report.problems:
        return report
    rows = [
        (number, dict(zip(headers, values, strict=True)))
        for number, values in enumerate(dataset, start=2)
        if any(value not in (None, "") for value in values)  # Excel's trailing blank rows
    ]
    known = _Known(
        claims=_claims(rows, lock=not dry_run),
        reviewers=_reviewers(rows),
        statuses=_status_names(),
        by=by,
    )
    for number, row in rows:
        change, problems = _plan(number, row, known)
        report.problems.extend(problems)
        if change is None and not problems:
            report.unchanged += 1
        elif change is not None:
            report.changes.append(change)
    if report.problems or dry_run:
        return report
    change = None
    try:
        with transaction.atomic():
            for change in report.changes:
                _apply(change, by)
    except ReviewError as error:  # the claim changed since it was checked: nothing is kept
        report.problems.append(RowProblem(change.row, None, error.messages[0]))
        return report
    report.applied = True
    return report


def _header_problems(headers: list[str]) -> list[RowProblem]:
    problems = []
    seen = set()
    for header in headers:
        if header not in CLAIM_COLUMNS:
            problems.append(
                RowProblem(
                    1,
                    header,
                    _("unknown column; the columns are those of an export: %(columns)s.")
                    % {"columns": ", ".join(CLAIM_COLUMNS)},
                )
            )
        elif header in seen:
            problems.append(RowProblem(1, header, _("this column appears twice.")))
        seen.add(header)
    if "id" not in headers:
        problems.append(
            RowProblem(1, "id", _("the “id” column is missing: rows are matched by it."))
        )
    return problems


def _as_int(cell: Any) -> int | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float | Decimal) and cell == int(cell):
        return int(cell)
    if isinstance(cell, str) and cell.strip().isdigit():
        return int(cell.strip())
    return None


def _text(cell: Any) -> str:
    """A cell as text: empty for an empty cell, without the quote that guarded it."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell == int(cell):
        cell = int(cell)
    return restore_cell(str(cell))


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _claims(rows: list[tuple[int, dict]], *, lock: bool) -> dict[int, Claim]:
    ids = {claim_id for _number, row in rows if (claim_id := _as_int(row.get("id"))) is not None}
    claims = Claim.objects.select_related("document", "reviewed_by")
    if lock:
        claims = claims.select_for_update(of=("self",))
    return claims.in_bulk(ids)


def _reviewers(rows: list[tuple[int, dict]]) -> dict[str, AbstractBaseUser]:
    names = {_text(row.get("reviewer")).strip() for _number, row in rows} - {""}
    users = get_user_model().objects.filter(username__in=names)
    return {user.get_username(): user for user in users}


def _status_names() -> dict[str, str]:
    """Each status by its value and by its label in either language (`verified`, `사실 확인`)."""
    names = {status.value: status.value for status in ClaimStatus}
    for language in ("en", "ko"):
        with translation.override(language):
            names.update({str(status.label).casefold(): status.value for status in ClaimStatus})
    return names


@dataclass
class _Known:
    """What rows are checked against, read once for the whole file."""

    claims: dict[int, Claim]
    reviewers: dict[str, AbstractBaseUser]
    statuses: dict[str, str]
    by: AbstractBaseUser | None
    seen: dict[int, int] = field(default_factory=dict)  # claim id -> the row that had it


def _plan(
    number: int, row: dict[str, Any], known: _Known
) -> tuple[RowChange | None, list[RowProblem]]:
    problems: list[RowProblem] = []

    def problem(column: str, message: str) -> None:
        problems.append(RowProblem(number, column, message))

    claim_id = _as_int(row["id"])
    if claim_id is None:
        problem("id", _("“%(value)s” is not a claim id.") % {"value": _text(row["id"])})
        return None, problems
    claim = known.claims.get(claim_id)
    if claim is None:
        problem("id", _("no claim has the id %(id)d.") % {"id": claim_id})
        return None, problems
    if claim_id in known.seen:
        problem(
            "id",
            _("claim %(id)d is already on row %(row)d.")
            % {"id": claim_id, "row": known.seen[claim_id]},
        )
        return None, problems
    known.seen[claim_id] = number
    _check_span(claim, row, problem)

    status = claim.status
    if "status" in row:
        name = _text(row["status"]).strip()
        status = known.statuses.get(name.casefold())
        if status is None:
            problem(
                "status",
                _("“%(value)s” is not a status; use one of: %(choices)s.")
                % {"value": name, "choices": ", ".join(ClaimStatus.values)},
            )
    notes = claim.notes
    if "notes" in row and _lines(_text(row["notes"])) != _lines(claim.notes):
        notes = _lines(_text(row["notes"]))
    reviewer = claim.reviewed_by
    if "reviewer" in row:
        name = _text(row["reviewer"]).strip()
        reviewer = known.reviewers.get(name) if name else None
        if name and reviewer is None:
            problem("reviewer", _("no user is called “%(name)s”.") % {"name": name})
    if status is None or any(p.column == "reviewer" for p in problems):
        return None, problems

    refused = transition_problem(claim=claim, to_status=status, notes=notes)
    if refused:
        problem("status" if refused.code == "not_allowed" else "notes", refused.messages[0])
    reviewer = _reviewer_problem(claim, status, reviewer, "reviewer" in row, known.by, problem)
    if problems:
        return None, problems

    before = {"status": claim.status, "notes": claim.notes, "reviewer": _name(claim.reviewed_by)}
    after = {"status": status, "notes": notes, "reviewer": _name(reviewer)}
    changed = {column: value for column, value in after.items() if value != before[column]}
    if not changed:
        return None, problems
    return RowChange(number, claim, before, changed, status, notes, reviewer), problems


def _check_span(claim: Claim, row: dict[str, Any], problem) -> None:
    """The row's statement and offsets are the claim's, and the document reads them."""
    statement = _text(row["statement"]) if "statement" in row else claim.text
    if statement != claim.text:
        problem(
            "statement",
            _(
                "the statement differs from the stored claim (“%(stored)s”): an import cannot "
                "change what a claim says."
            )
            % {"stored": claim.text},
        )
    offsets = {}
    for column in ("start", "end"):
        offsets[column] = getattr(claim, column)
        if column in row:
            value = _as_int(row[column])
            if value != offsets[column]:
                problem(
                    column,
                    _(
                        "“%(value)s” is not the claim's offset %(stored)d: an import cannot move "
                        "a claim."
                    )
                    % {"value": _text(row[column]), "stored": offsets[column]},
                )
    found = claim.document.text[offsets["start"] : offsets["end"]]
    if found != statement and statement == claim.text:
        problem(
            "statement",
            _("the document reads “%(found)s” at %(start)d–%(end)d, not the statement.")
            % {"found": found, **offsets},
        )


def _reviewer_problem(claim, status, named, given, by, problem) -> AbstractBaseUser | None:
    """Who the claim will name as its reviewer, reporting a reviewer cell the rules cannot
    record. The reviewer is whoever gave the verdict: a new verdict is given by the user the
    row names in a changed reviewer cell, else by `by`, the user who imports. An unchanged
    cell names nobody new; it still serves when no user imports."""
    cell_changed = given and (named.pk if named else None) != claim.reviewed_by_id
    if status in VERDICTS and status != claim.status:
        reviewer = (named if cell_changed else None) or by or named
        if reviewer is None:
            problem("reviewer", _("a verdict records who gave it: fill in the reviewer."))
        return reviewer
    if cell_changed and status in VERDICTS:
        problem(
            "reviewer",
            _("the reviewer is who gave the verdict: it changes only with a new verdict."),
        )
    elif cell_changed and named is not None:
        problem("reviewer", _("only a verdict has a reviewer: leave the cell empty."))
    # Leaving a verdict forgets its reviewer (history keeps it); otherwise it stays.
    return None if claim.status in VERDICTS and status != claim.status else claim.reviewed_by


def _name(user: AbstractBaseUser | None) -> str:
    return user.get_username() if user is not None else ""


def _apply(change: RowChange, by: AbstractBaseUser | None) -> None:
    """Through the review rules; a new verdict is given by its reviewer, anything else by
    the user who imports. The claim must still be the version that was checked."""
    new_verdict = change.status in VERDICTS and change.status != change.before["status"]
    claim_transition(
        claim=change.claim,
        to_status=change.status,
        by=change.reviewer if new_verdict else by,
        notes=change.notes,
    )
