"""No lost updates: a save over a newer version is refused, and the newer data stays."""

import threading

import pytest
from django.db import connections

from claims import services
from claims.models import Claim, ClaimStatus

S = ClaimStatus


@pytest.mark.django_db
def test_a_save_from_an_older_version_is_refused_and_names_who_saved(
    money_claim, reviewer, other_reviewer
):
    opened_at = money_claim.version
    services.claim_transition(
        claim=Claim.objects.get(pk=money_claim.pk),
        by=other_reviewer,
        to_status=S.VERIFIED,
        notes="다른 검토자의 판정",
    )
    with pytest.raises(services.StaleEdit) as refused:
        services.claim_review(
            claim=Claim.objects.get(pk=money_claim.pk),
            by=reviewer,
            status=S.FALSE,
            notes="내 판정",
            expected_version=opened_at,
        )
    assert other_reviewer.username in str(refused.value.messages[0])
    money_claim.refresh_from_db()
    assert (money_claim.status, money_claim.notes) == (S.VERIFIED, "다른 검토자의 판정")


@pytest.mark.django_db
def test_every_save_raises_the_version(money_claim, reviewer):
    before = money_claim.version
    services.claim_start_review(claim=money_claim, by=reviewer)
    services.claim_transition(claim=money_claim, to_status=S.VERIFIED, by=reviewer, notes="확인")
    money_claim.refresh_from_db()
    assert money_claim.version == before + 2


@pytest.mark.django_db
def test_assign_to_me_is_refused_when_someone_else_has_the_claim(
    money_claim, reviewer, other_reviewer
):
    services.claim_take(claim=money_claim, by=other_reviewer)
    with pytest.raises(services.ReviewError) as refused:
        services.claim_take(claim=Claim.objects.get(pk=money_claim.pk), by=reviewer)
    assert refused.value.code == "taken"
    money_claim.refresh_from_db()
    assert money_claim.assignee == other_reviewer


@pytest.mark.django_db
def test_taking_a_claim_twice_is_harmless(money_claim, reviewer):
    services.claim_take(claim=money_claim, by=reviewer)
    services.claim_take(claim=money_claim, by=reviewer)
    assert money_claim.assignee == reviewer


@pytest.mark.django_db(transaction=True)
def test_racing_assign_to_me_leaves_one_winner(money_claim, reviewer, other_reviewer):
    """Two reviewers press "assign to me" at once, each on their own connection."""
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def take(user):
        try:
            claim = Claim.objects.get(pk=money_claim.pk)
            barrier.wait(timeout=10)
            services.claim_take(claim=claim, by=user)
            outcomes[user.username] = "won"
        except services.ReviewError:
            outcomes[user.username] = "refused"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=take, args=(u,)) for u in (reviewer, other_reviewer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes.values()) == ["refused", "won"]
    winner = next(name for name, outcome in outcomes.items() if outcome == "won")
    money_claim.refresh_from_db()
    assert money_claim.assignee.username == winner
