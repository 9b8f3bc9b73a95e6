"""The review rules: which status may follow which, and what each step requires.

A final verdict (verified, false, misleading, unverifiable) needs a reviewer note and
records who gave it and when; dismissing a claim needs a reason; reopening a verdict or a
dismissal needs a note that says why. Everything else is refused with a ReviewError, which
the admin shows as a form error and commands print.
"""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
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


@transaction.atomic
def claim_transition(
    *, claim: Claim, to_status: str, by: AbstractBaseUser, notes: str | None = None
) -> Claim:
    """Move `claim` to `to_status`, replacing its notes with `notes` when given."""
    new_notes = claim.notes if notes is None else notes
    problem = transition_problem(claim=claim, to_status=to_status, notes=new_notes)
    if problem:
        raise problem
    claim.notes = new_notes
    if to_status != claim.status:
        if to_status in VERDICTS:
            claim.reviewed_by, claim.reviewed_at = by, timezone.now()
        elif claim.status in VERDICTS:
            # A reopened claim is no longer reviewed; history keeps who had reviewed it.
            claim.reviewed_by, claim.reviewed_at = None, None
        if to_status == S.IN_REVIEW and claim.assignee_id is None:
            claim.assignee = by
        claim.status = to_status
    claim._change_reason = _("status: %(status)s") % {"status": _label(to_status)}
    claim.save()
    return claim


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


@transaction.atomic
def claim_assign(*, claim: Claim, assignee: AbstractBaseUser | None, by: AbstractBaseUser) -> Claim:
    """Give `claim` to `assignee` (None releases it)."""
    claim.assignee = assignee
    claim._change_reason = _("assigned to %(user)s") % {"user": assignee or "—"}
    claim.save()
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
