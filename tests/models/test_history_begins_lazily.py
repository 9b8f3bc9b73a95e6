"""Ingest writes no history; a claim's history still begins with its state as extracted,
written just before its first change, whichever way the change is made."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils.translation import gettext

from claims import services
from claims.models import Claim, ClaimStatus
from claims.services.history import claim_history_begin
from claims.services.ingest import document_ingest

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

ARTICLE = (
    "정부, 내년 예산 677조원 편성\n"
    "기획재정부는 내년 예산을 올해보다 2.8% 늘린 677조원으로 편성했다고 밝혔다. "
    '최상목 부총리는 "재정 건전성을 지키겠다"고 말했다.\n'
)


@pytest.fixture
def ingested() -> list[Claim]:
    document = document_ingest(text=ARTICLE).document
    return list(document.claims.order_by("start"))


def test_ingest_writes_no_history_rows(ingested):
    assert ingested
    assert Claim.history.count() == 0


def test_first_review_records_the_extracted_state_first(ingested, reviewer):
    claim = ingested[0]
    services.claim_start_review(claim=claim, by=reviewer)
    first, change = claim.history.order_by("history_date", "history_id")
    assert (first.history_type, first.history_user, first.status) == ("+", None, "unreviewed")
    assert first.history_date == claim.created_at
    assert first.history_change_reason == gettext("extracted")
    assert (first.text, first.speaker, first.assignee) == (claim.text, claim.speaker, None)
    assert (change.history_type, change.history_user, change.status) == (
        "~",
        reviewer,
        "in_review",
    )


def test_the_first_state_is_written_once(ingested, reviewer):
    claim = ingested[0]
    services.claim_start_review(claim=claim, by=reviewer)
    services.claim_transition(
        claim=claim, to_status=ClaimStatus.VERIFIED, by=reviewer, notes="예산안 원문과 대조"
    )
    assert [r.history_type for r in claim.history.order_by("history_date", "history_id")] == [
        "+",
        "~",
        "~",
    ]
    assert claim_history_begin(claim_id=claim.pk) is False


def test_assign_to_me_records_the_claim_unassigned_before_it(ingested, reviewer):
    claim = services.claim_take(claim=ingested[0], by=reviewer)
    first, change = claim.history.order_by("history_date", "history_id")
    assert (first.assignee, change.assignee) == (None, reviewer)


def test_a_claim_loaded_from_a_fixture_begins_with_its_loaded_state(reviewer):
    call_command("loaddata", str(FIXTURES / "seed_article.json"), verbosity=0)
    verified = Claim.objects.filter(status=ClaimStatus.VERIFIED).first()
    assert not verified.history.exists()  # loaddata saves raw: no history
    services.claim_transition(
        claim=verified, to_status=ClaimStatus.IN_REVIEW, by=reviewer, notes="출처를 다시 확인"
    )
    first = verified.history.order_by("history_date", "history_id").first()
    assert (first.status, first.history_change_reason) == ("verified", gettext("loaded"))
