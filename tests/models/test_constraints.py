"""The database refuses what must never be stored, whatever code writes it."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.models import Claim, ClaimKinds, ClaimStatus, Document, Quantity, content_hash_of
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db


def claim_fields(document, **overrides):
    fields = dict(
        document=document, kinds=ClaimKinds.QUANTITY, start=0, end=5, text="오픈AI와", score=0.5
    )
    return {**fields, **overrides}


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({"start": 6, "end": 5}, id="start after end"),
        pytest.param({"score": 1.5}, id="score above 1"),
        pytest.param({"score": -0.1}, id="score below 0"),
        pytest.param({"kinds": "opinion"}, id="unknown kind"),
        pytest.param({"status": "approved"}, id="unknown status"),
        pytest.param({"kinds": ClaimKinds.ATTRIBUTION}, id="attributed without a mode"),
        pytest.param({"attribution": "direct"}, id="quantitative with a mode"),
        pytest.param({"kinds": ClaimKinds.BOTH, "attribution": "hearsay"}, id="unknown mode"),
        pytest.param({"status": ClaimStatus.VERIFIED}, id="verdict without review date"),
    ],
)
def test_claim_constraints_refuse_invalid_rows(document, overrides):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(**claim_fields(document, **overrides))


def test_valid_claim_is_stored(document):
    claim = Claim.objects.create(
        **claim_fields(document, status=ClaimStatus.VERIFIED, reviewed_at=timezone.now())
    )
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.VERIFIED


def test_one_claim_per_span_per_document(document):
    Claim.objects.create(**claim_fields(document))
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(**claim_fields(document))


def test_negative_offsets_are_refused(document):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=Claim.objects.create(**claim_fields(document)).pk).update(start=-1)


def test_document_hash_is_the_sha256_of_its_text():
    document = DocumentFactory(text="안녕하세요 😀")
    assert document.content_hash == content_hash_of("안녕하세요 😀")
    assert len(document.content_hash) == 64


def test_the_same_text_is_never_stored_twice():
    DocumentFactory(text="같은 기사")
    with pytest.raises(IntegrityError), transaction.atomic():
        DocumentFactory(text="같은 기사")


def test_range_upper_bound_cannot_be_below_value(money_claim):
    quantity = money_claim.quantities.first()
    quantity.upper = quantity.value - 1
    with pytest.raises(IntegrityError), transaction.atomic():
        quantity.save()


def test_unknown_unit_is_refused(money_claim):
    with pytest.raises(IntegrityError), transaction.atomic():
        Quantity.objects.filter(pk=money_claim.quantities.first().pk).update(unit="furlong")


def test_every_model_reads_as_text(money_claim, quote_claim):
    document = money_claim.document
    assert str(document) == document.title
    assert "5000억달러" in str(money_claim) and "미검토" in str(money_claim)
    assert str(money_claim.quantities.first()) == "5000억달러"
    speaker = document.text.index("올트먼")
    assert str(quote_claim.spans.get()) == f"발화자 {speaker}–{speaker + 3}: 올트먼"
    assert str(Document(title="", source_name="x.txt")) == "x.txt"
