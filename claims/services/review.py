"""The review rules: which status may follow which, and what each step requires.

A final verdict (verified, false, misleading, unverifiable) needs a reviewer note and
records who gave it and when; dismissing a claim needs a reason; reopening a verdict or a
dismissal needs a note that says why. Everything else is refused with a ReviewError, which
the admin shows as a form error and commands print.
"""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from claims.models import Claim, ClaimStatus, Evidence, EvidenceStance

S = ClaimStatus
VERDICTS = S.verdicts()
CLOSED = VERDICTS | {S.DISMISSED}

# status -> the statuses it may move to
ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    S.UNREVIEWED: frozenset({S.IN_REVIEW, S.DISMISSED} | VERDICTS),
    S.IN_REVIEW: frozenset({S.UNREVIEWED, S.DISMISSED} | VERDICTS),
    # A verdict is revised (with a note) or reopened for review; it never silently
    # falls back to "unreviewed", and a dismissal must be reopened before a verdict.
    **{verdict: frozenset({S.IN_REVIEW} | (VERDICTS - {verdict})) for verdict in VERDICTS},
    S.DISMISSED: frozenset({S.IN_REVIEW, S.UNREVIEWED}),
}


class ReviewError(ValidationError):
    """A review step the rules refuse; the message says what to do instead."""


def _label(status: str) -> str:
    return str(ClaimStatus(status).label)


def transition_problem(*, claim: Claim, to_status: str, notes: str) -> ReviewError | None:
    """Why `claim` may not move to `to_status` with these notes, or None when it may.

    `notes` is the claim's reviewer notes as they will be after the step.
    """
    current = claim.status
    if to_status == current:
        return None
    if to_status not in ALLOWED_TRANSITIONS.get(current, frozenset()):
        return ReviewError(
            _("A claim that is “%(current)s” cannot become “%(target)s”.")
            % {"current": _label(current), "target": _label(to_status)},
            code="not_allowed",
        )
    notes_added = notes.strip() and notes.strip() != (claim.notes or "").strip()
    if to_status in VERDICTS and not notes.strip():
        return ReviewError(
            _("The verdict “%(target)s” needs a reviewer note that explains it.")
            % {"target": _label(to_status)},
            code="verdict_needs_note",
        )
    if to_status == S.DISMISSED and not notes_added:
        return ReviewError(
            _("Dismissing a claim needs a reason: add it to the reviewer notes."),
            code="dismissal_needs_reason",
        )
    if current in CLOSED and not notes_added:
        return ReviewError(
            _("Reopening a claim that is “%(current)s” needs a note that says why.")
            % {"current": _label(current)},
            code="reopening_needs_note",
        )
    return None


class StaleEdit(ReviewError):
    """Someone saved the claim after this edit began; their data is kept."""


def stale_edit(claim: Claim) -> StaleEdit:
    last = claim.history.select_related("history_user").first()
    who = (last.history_user if last and last.history_user else None) or _("someone")
    when = timezone.localtime(last.history_date).strftime("%Y-%m-%d %H:%M") if last else "?"
    return StaleEdit(
        _(
            "%(who)s changed this claim at %(when)s, after you opened it. Your changes were "
            "not saved: reload the claim, check their changes and apply yours again."
        )
        % {"who": who, "when": when},
        code="stale",
    )


def _locked(claim: Claim, expected_version: int | None) -> Claim:
    """The stored claim, after claiming its next version (compare-and-set), or StaleEdit.

    The conditional UPDATE holds the row (PostgreSQL) or the database (SQLite) until the
    transaction ends, so the checks and the save that follow cannot interleave with
    another reviewer's. The caller's object is left as it was until the save succeeds.
    """
    expected = claim.version if expected_version is None else expected_version
    if not Claim.objects.filter(pk=claim.pk, version=expected).update(version=expected + 1):
        raise stale_edit(Claim.objects.get(pk=claim.pk))
    return Claim.objects.get(pk=claim.pk)


def _apply_status(claim: Claim, to_status: str, notes: str, by: AbstractBaseUser) -> None:
    problem = transition_problem(claim=claim, to_status=to_status, notes=notes)
    if problem:
        raise problem
    claim.notes = notes
    if to_status == claim.status:
        return
    if to_status in VERDICTS:
        claim.reviewed_by, claim.reviewed_at = by, timezone.now()
    elif claim.status in VERDICTS:
        # A reopened claim is no longer reviewed; history keeps who had reviewed it.
        claim.reviewed_by, claim.reviewed_at = None, None
    if to_status == S.IN_REVIEW and claim.assignee_id is None:
        claim.assignee = by
    claim.status = to_status
    claim._change_reason = _("status: %(status)s") % {"status": _label(to_status)}


UNCHANGED = object()


@transaction.atomic
def claim_review(
    *,
    claim: Claim,
    by: AbstractBaseUser,
    status: str | None = None,
    notes: str | None = None,
    assignee=UNCHANGED,
    expected_version: int | None = None,
) -> Claim:
    """One reviewer's save of a claim: status, notes and assignee together, refused as a
    whole when the claim changed since `expected_version` or the rules say no."""
    stored = _locked(claim, expected_version)
    before = _reviewed_state(stored)
    if assignee is not UNCHANGED and assignee != stored.assignee:
        stored.assignee = assignee
        stored._change_reason = _("assigned to %(user)s") % {"user": assignee or "—"}
    _apply_status(
        stored,
        stored.status if status is None else status,
        stored.notes if notes is None else notes,
        by,
    )
    if _reviewed_state(stored) == before:
        # Nothing to record (a save that only added evidence, say): give the version back
        # rather than write a history row without a change. The row is still ours.
        Claim.objects.filter(pk=stored.pk).update(version=F("version") - 1)
    else:
        _save(stored, by)
    claim.refresh_from_db()
    return claim


def _reviewed_state(claim: Claim) -> tuple:
    return (claim.status, claim.notes, claim.assignee_id, claim.reviewed_by_id, claim.reviewed_at)


def _save(claim: Claim, by: AbstractBaseUser) -> None:
    claim._history_user = by  # the history names the reviewer, with or without a request
    claim.save()


def claim_transition(
    *,
    claim: Claim,
    to_status: str,
    by: AbstractBaseUser,
    notes: str | None = None,
    expected_version: int | None = None,
) -> Claim:
    """Move `claim` to `to_status`, replacing its notes with `notes` when given."""
    return claim_review(
        claim=claim, by=by, status=to_status, notes=notes, expected_version=expected_version
    )


def _with_note(notes: str, addition: str) -> str:
    addition = addition.strip()
    if not addition:
        return notes
    return f"{notes.rstrip()}\n\n{addition}" if notes.strip() else addition


@transaction.atomic
def claim_dismiss(*, claim: Claim, by: AbstractBaseUser, reason: str) -> Claim:
    """Mark `claim` as not a claim; the reason is added to its notes."""
    if not reason.strip():
        raise ReviewError(_("Dismissing a claim needs a reason."), code="dismissal_needs_reason")
    note = _("Dismissed: %(reason)s") % {"reason": reason.strip()}
    return claim_transition(
        claim=claim, to_status=S.DISMISSED, by=by, notes=_with_note(claim.notes, note)
    )


@transaction.atomic
def claim_start_review(*, claim: Claim, by: AbstractBaseUser) -> Claim:
    """Put `claim` in review, assigned to `by` unless someone already has it."""
    return claim_transition(claim=claim, to_status=S.IN_REVIEW, by=by)


def claim_assign(
    *,
    claim: Claim,
    assignee: AbstractBaseUser | None,
    by: AbstractBaseUser,
    expected_version: int | None = None,
) -> Claim:
    """Give `claim` to `assignee` (None releases it)."""
    return claim_review(claim=claim, by=by, assignee=assignee, expected_version=expected_version)


@transaction.atomic
def claim_take(*, claim: Claim, by: AbstractBaseUser) -> Claim:
    """ "Assign to me": refused when another reviewer already has the claim."""
    # The conditional UPDATE holds the row: of two reviewers racing, one wins. It claims
    # only the next version; the assignee changes in the save, which the history records.
    taken = (
        Claim.objects.filter(pk=claim.pk)
        .filter(Q(assignee__isnull=True) | Q(assignee=by))
        .update(version=F("version") + 1)
    )
    claim.refresh_from_db()
    if not taken:
        raise ReviewError(
            _("%(user)s is already reviewing this claim.") % {"user": claim.assignee},
            code="taken",
        )
    claim.assignee = by
    claim._change_reason = _("assigned to %(user)s") % {"user": by}
    _save(claim, by)
    return claim


@transaction.atomic
def claim_add_evidence(
    *,
    claim: Claim,
    url: str,
    by: AbstractBaseUser,
    title: str = "",
    note: str = "",
    stance: str = EvidenceStance.CONTEXT,
) -> Evidence:
    """Attach a source to `claim`."""
    evidence = Evidence(claim=claim, url=url, title=title, note=note, stance=stance, added_by=by)
    evidence.full_clean()
    evidence.save()
    return evidence
