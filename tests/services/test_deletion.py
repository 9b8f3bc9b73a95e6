"""Nothing a reviewer worked on is deleted by accident."""

import pytest
from django.db import transaction
from django.db.models import ProtectedError

from claims import services
from claims.models import Claim, Document, Quantity, Span, SpanRole
from claims.services.ingest import document_reextract

pytestmark = pytest.mark.django_db


def test_a_document_without_reviewed_claims_can_be_deleted(money_claim):
    money_claim.document.delete()
    assert not Document.objects.exists() and not Claim.objects.exists()


@pytest.mark.parametrize("touch", ["status", "notes", "assignee", "evidence"])
def test_a_document_with_a_touched_claim_cannot_be_deleted(money_claim, reviewer, touch):
    if touch == "status":
        services.claim_start_review(claim=money_claim, by=reviewer)
    elif touch == "notes":
        services.claim_review(claim=money_claim, by=reviewer, notes="출처 확인 중")
    elif touch == "assignee":
        services.claim_take(claim=money_claim, by=reviewer)
    else:
        services.claim_add_evidence(claim=money_claim, url="https://kostat.go.kr", by=reviewer)
    document = money_claim.document
    with pytest.raises(ProtectedError) as refused, transaction.atomic():
        document.delete()
    assert document.title in str(refused.value)
    with pytest.raises(ProtectedError), transaction.atomic():
        Document.objects.filter(pk=document.pk).delete()  # the bulk road too
    assert Claim.objects.filter(pk=money_claim.pk).exists()


def test_a_reviewed_claims_spans_and_quantities_cannot_be_deleted_alone(quote_claim, reviewer):
    services.claim_take(claim=quote_claim, by=reviewer)
    with pytest.raises(ProtectedError), transaction.atomic():
        quote_claim.spans.get(role=SpanRole.SPEAKER).delete()
    with pytest.raises(ProtectedError), transaction.atomic():
        Span.objects.filter(claim=quote_claim).delete()
    with pytest.raises(ProtectedError), transaction.atomic():
        quote_claim.quantities.first().delete()
    with pytest.raises(ProtectedError), transaction.atomic():
        Quantity.objects.filter(claim=quote_claim).delete()
    assert quote_claim.spans.count() == 1
    assert quote_claim.quantities.count() == 2


def test_spans_and_quantities_of_an_untouched_claim_may_be_deleted(quote_claim):
    quote_claim.spans.filter(role=SpanRole.SPEAKER).delete()
    quote_claim.quantities.filter(exact="절반").delete()
    assert quote_claim.spans.count() == 0
    assert quote_claim.quantities.count() == 1


def test_reextraction_never_deletes_a_reviewed_claim(reviewer):
    from claims.services.ingest import document_ingest

    result = document_ingest(
        text="코스피가 2% 오른 2,500으로 마감했다.\n삼성전자는 3% 올랐다고 밝혔다.\n"
    )
    claim = result.document.claims.order_by("start").first()
    services.claim_transition(
        claim=claim, to_status="verified", by=reviewer, notes="한국거래소 종가 확인"
    )
    document_reextract(document=result.document)
    claim.refresh_from_db()
    assert claim.status == "verified"
