"""Every change of a claim's status, notes or assignee is kept: who, when, before, after."""

import pytest

from claims import services
from claims.models import ClaimStatus

pytestmark = pytest.mark.django_db


def test_status_and_note_changes_leave_history_rows(money_claim, reviewer):
    services.claim_start_review(claim=money_claim, by=reviewer)
    services.claim_transition(
        claim=money_claim,
        to_status=ClaimStatus.VERIFIED,
        by=reviewer,
        notes="한국은행 환율로 720조원 확인",
    )
    records = list(money_claim.history.order_by("history_date", "history_id"))
    assert [r.status for r in records] == ["unreviewed", "in_review", "verified"]
    latest, previous = records[-1], records[-2]
    delta = latest.diff_against(previous)
    changed = {change.field: (change.old, change.new) for change in delta.changes}
    assert changed["status"] == ("in_review", "verified")
    assert changed["notes"] == ("", "한국은행 환율로 720조원 확인")
    assert latest.history_change_reason
    assert latest.history_user == previous.history_user == reviewer


def test_version_bumps_are_not_history(money_claim, reviewer):
    services.claim_take(claim=money_claim, by=reviewer)
    latest = money_claim.history.latest()
    changed = {c.field for c in latest.diff_against(latest.prev_record).changes}
    assert changed == {"assignee"}


def test_a_save_that_changes_nothing_writes_no_history(money_claim, reviewer):
    before = (money_claim.history.count(), money_claim.version)
    services.claim_review(
        claim=money_claim, by=reviewer, status=money_claim.status, notes=money_claim.notes
    )
    money_claim.refresh_from_db()
    assert (money_claim.history.count(), money_claim.version) == before
