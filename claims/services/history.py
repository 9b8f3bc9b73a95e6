"""A claim's history begins with its state as extracted, written lazily.

Ingest writes no history row: one per claim would be a fifth of its writes, for claims
most of which nobody ever opens. Just before a claim's first recorded change, its stored
row (as extracted, or as a fixture loaded it) is written as the history's first entry,
dated when the claim was created, so the audit trail reads exactly as if it had been
written at ingest.
"""

from django.utils.translation import gettext as _

from claims.models import Claim, ClaimStatus

HISTORICAL_CLAIM = Claim.history.model  # read once: each access builds a manager class
RECORDED_FIELDS = [
    field.attname
    for field in HISTORICAL_CLAIM._meta.concrete_fields
    if not field.name.startswith("history_")
]


def claim_history_begin(*, claim_id: int) -> bool:
    """Record the stored state of a claim that has no history yet; True when written.

    Runs inside the caller's transaction, before the change is saved.
    """
    if HISTORICAL_CLAIM.objects.filter(id=claim_id).exists():
        return False
    stored = Claim.objects.filter(pk=claim_id).values(*RECORDED_FIELDS).first()
    if stored is None:
        return False
    as_extracted = stored["status"] == ClaimStatus.UNREVIEWED and not (
        stored["notes"] or stored["assignee_id"]
    )
    reason = _("extracted") if as_extracted else _("loaded")
    HISTORICAL_CLAIM.objects.create(
        **stored,
        history_date=stored["created_at"],
        history_type="+",
        history_change_reason=reason,
        history_user=None,
    )
    return True
