"""The review rules, step by step: every allowed move, every refused one, and what each
step records."""

import itertools

import pytest
from django.core.exceptions import ValidationError

from claims import services
from claims.models import ClaimStatus
from claims.services.review import ALLOWED_TRANSITIONS

pytestmark = pytest.mark.django_db
S = ClaimStatus
NOTE = "통계청 2024년 자료와 대조해 확인함"

ALLOWED = {
    (S.UNREVIEWED, S.IN_REVIEW),
    (S.UNREVIEWED, S.DISMISSED),
    *((S.UNREVIEWED, v) for v in S.verdicts()),
    (S.IN_REVIEW, S.UNREVIEWED),
    (S.IN_REVIEW, S.DISMISSED),
    *((S.IN_REVIEW, v) for v in S.verdicts()),
    *((v, S.IN_REVIEW) for v in S.verdicts()),
    *((a, b) for a, b in itertools.permutations(S.verdicts(), 2)),
    (S.DISMISSED, S.IN_REVIEW),
    (S.DISMISSED, S.UNREVIEWED),
}
ALL_MOVES = [(a, b) for a in S for b in S if a != b]


def put_in(claim, status, reviewer):
    """Bring a fresh claim to `status` the way a reviewer would."""
    if status == S.UNREVIEWED:
        return claim
    if status == S.DISMISSED:
        return services.claim_dismiss(claim=claim, by=reviewer, reason="기사 제목의 수사")
    return services.claim_transition(
        claim=claim, to_status=status, by=reviewer, notes=f"{status} 판정 근거"
    )


def test_the_table_is_what_the_desk_agreed():
    table = {(a, b) for a, targets in ALLOWED_TRANSITIONS.items() for b in targets}
    assert table == ALLOWED


@pytest.mark.parametrize(("source", "target"), sorted(ALLOWED))
def test_allowed_move_with_a_fresh_note_succeeds(money_claim, reviewer, source, target):
    claim = put_in(money_claim, source, reviewer)
    claim = services.claim_transition(
        claim=claim, to_status=target, by=reviewer, notes=claim.notes + "\n" + NOTE
    )
    claim.refresh_from_db()
    assert claim.status == target


@pytest.mark.parametrize(("source", "target"), sorted(set(ALL_MOVES) - ALLOWED))
def test_refused_move_raises_and_changes_nothing(money_claim, reviewer, source, target):
    claim = put_in(money_claim, source, reviewer)
    with pytest.raises(services.ReviewError) as refused:
        services.claim_transition(
            claim=claim, to_status=target, by=reviewer, notes=claim.notes + "\n" + NOTE
        )
    assert refused.value.code == "not_allowed"
    claim.refresh_from_db()
    assert claim.status == source


@pytest.mark.parametrize("verdict", sorted(S.verdicts()))
def test_a_verdict_needs_a_note(money_claim, reviewer, verdict):
    with pytest.raises(services.ReviewError) as refused:
        services.claim_transition(claim=money_claim, to_status=verdict, by=reviewer, notes=" ")
    assert refused.value.code == "verdict_needs_note"
    money_claim.refresh_from_db()
    assert money_claim.status == S.UNREVIEWED and money_claim.reviewed_at is None


@pytest.mark.parametrize("verdict", sorted(S.verdicts()))
def test_a_verdict_records_who_and_when(money_claim, reviewer, verdict):
    services.claim_transition(claim=money_claim, to_status=verdict, by=reviewer, notes=NOTE)
    money_claim.refresh_from_db()
    assert money_claim.reviewed_by == reviewer
    assert money_claim.reviewed_at is not None
    assert money_claim.notes == NOTE


def test_dismissing_needs_a_reason(money_claim, reviewer):
    for dismiss in (
        lambda: services.claim_dismiss(claim=money_claim, by=reviewer, reason="  "),
        lambda: services.claim_transition(claim=money_claim, to_status=S.DISMISSED, by=reviewer),
    ):
        with pytest.raises(services.ReviewError) as refused:
            dismiss()
        assert refused.value.code == "dismissal_needs_reason"


def test_dismissing_keeps_the_reason_in_the_notes(money_claim, reviewer):
    money_claim.notes = "기존 메모"
    money_claim.save()
    services.claim_dismiss(claim=money_claim, by=reviewer, reason="사실 주장이 아닌 전망")
    money_claim.refresh_from_db()
    assert money_claim.status == S.DISMISSED
    assert money_claim.notes.startswith("기존 메모")
    assert "사실 주장이 아닌 전망" in money_claim.notes


@pytest.mark.parametrize("closed", sorted(S.verdicts() | {S.DISMISSED}))
def test_reopening_needs_a_new_note(money_claim, reviewer, closed):
    claim = put_in(money_claim, closed, reviewer)
    with pytest.raises(services.ReviewError) as refused:
        services.claim_transition(claim=claim, to_status=S.IN_REVIEW, by=reviewer)
    assert refused.value.code == "reopening_needs_note"
    claim = services.claim_transition(
        claim=claim, to_status=S.IN_REVIEW, by=reviewer, notes=claim.notes + "\n독자 제보로 재검토"
    )
    assert claim.status == S.IN_REVIEW
    assert claim.reviewed_at is None and claim.reviewed_by is None


def test_starting_review_assigns_the_reviewer_unless_taken(money_claim, reviewer, other_reviewer):
    services.claim_start_review(claim=money_claim, by=reviewer)
    assert money_claim.assignee == reviewer
    services.claim_transition(claim=money_claim, to_status=S.UNREVIEWED, by=reviewer)
    services.claim_start_review(claim=money_claim, by=other_reviewer)
    assert money_claim.assignee == reviewer


def test_staying_in_the_same_status_is_not_a_transition(money_claim, reviewer):
    claim = services.claim_transition(
        claim=money_claim, to_status=S.UNREVIEWED, by=reviewer, notes="메모만 추가"
    )
    assert claim.status == S.UNREVIEWED and claim.notes == "메모만 추가"


def test_assign_and_release(money_claim, reviewer, other_reviewer):
    services.claim_assign(claim=money_claim, assignee=other_reviewer, by=reviewer)
    money_claim.refresh_from_db()
    assert money_claim.assignee == other_reviewer
    services.claim_assign(claim=money_claim, assignee=None, by=reviewer)
    money_claim.refresh_from_db()
    assert money_claim.assignee is None


def test_evidence_is_validated_and_attributed(money_claim, reviewer):
    evidence = services.claim_add_evidence(
        claim=money_claim,
        url="https://www.bok.or.kr/fx",
        by=reviewer,
        title="환율",
        stance="supports",
    )
    assert evidence.added_by == reviewer
    with pytest.raises(ValidationError, match="url"):
        services.claim_add_evidence(claim=money_claim, url="not a url", by=reviewer)
