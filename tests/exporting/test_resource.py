"""Every row says exactly where the claim stands in its source and where its review
stands, in columns with stable machine names."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from claims import services
from claims.models import Claim, Quantity
from claims.resources import ClaimResource
from claims.tables import CLAIM_COLUMNS
from tests.factories import DocumentFactory, EvidenceFactory, make_claim

pytestmark = pytest.mark.django_db


def exported(queryset=None) -> dict[int, dict]:
    dataset = ClaimResource().export(queryset)
    return {row["id"]: row for row in dataset.dict}


def test_columns_are_the_stable_machine_names_in_order(money_claim):
    assert ClaimResource().export().headers == list(CLAIM_COLUMNS)


def test_a_row_locates_the_claim_in_its_document(money_claim):
    row = exported()[money_claim.pk]
    document = money_claim.document
    assert document.text[row["start"] : row["end"]] == row["statement"] == money_claim.text
    assert (row["document_title"], row["document_url"]) == (document.title, document.url)
    assert isinstance(row["start"], int) and isinstance(row["end"], int)


def test_quantities_in_human_form_and_values_in_canonical_units(money_claim, quote_claim):
    rows = exported()
    assert rows[money_claim.pk]["quantities"] == "5,000억 달러; 720조 원"
    assert rows[money_claim.pk]["values"] == "500000000000 USD; 720000000000000 KRW"
    assert rows[quote_claim.pk]["quantities"] == "18개월; 0.5배"
    assert rows[quote_claim.pk]["values"] == "18 month; 0.5 times"


def test_dates_are_iso_text_in_values_and_ranges_keep_both_ends(document):
    claim = make_claim(
        document,
        "첫 데이터센터는 약 3.54㎢ 규모로, 2026년 8월 완공을 목표로 하고 있다",
        quantities=[("2026년 8월", None, "date", "time"), ("3.54㎢", "3540000", "m2", "area")],
    )
    Quantity.objects.filter(unit="date").update(value_text="2026-08")
    Quantity.objects.filter(unit="m2").update(upper=Decimal("4000000"), qualifier="approx")
    row = exported()[claim.pk]
    assert row["values"] == "2026-08; 3540000~4000000 m2"
    assert row["quantities"] == "2026년 8월; 약 3.54㎢~4㎢"


def test_review_columns_with_reviewer_username_and_iso_time_with_offset(verified_claim, reviewer):
    verified_claim.reviewed_at = datetime.datetime(2026, 1, 5, 5, 3, tzinfo=datetime.UTC)
    verified_claim.save()
    row = exported()[verified_claim.pk]
    assert row["status"] == "verified"
    assert row["reviewer"] == reviewer.username
    assert row["reviewed_at"] == "2026-01-05T14:03:00+09:00"  # Asia/Seoul
    assert row["notes"] == "기획재정부 발표 자료와 일치"


def test_speaker_attribution_kinds_and_evidence(quote_claim):
    EvidenceFactory(claim=quote_claim, url="https://stat.example.kr/a;b=1")
    EvidenceFactory(claim=quote_claim, url="https://stat.example.kr/second")
    row = exported()[quote_claim.pk]
    assert (row["speaker"], row["attribution"]) == ("샘 올트먼", "direct")
    assert row["kinds"] == "quantity,attribution"
    assert row["evidence_urls"].split(" ") == [
        "https://stat.example.kr/a;b=1",
        "https://stat.example.kr/second",
    ]


def test_published_at_is_iso_with_offset_and_empty_when_unknown(reviewer):
    dated = make_claim(
        DocumentFactory(published_at=timezone.make_aware(datetime.datetime(2025, 2, 4, 9, 30)))
    )
    undated = make_claim(DocumentFactory(published_at=None))
    rows = exported()
    assert rows[dated.pk]["published_at"] == "2025-02-04T09:30:00+09:00"
    assert rows[undated.pk]["published_at"] == ""


def test_only_the_claims_of_the_queryset(desk):
    queryset = Claim.objects.filter(status="verified")
    assert set(exported(queryset)) == {desk["verified"].pk, desk["other_verified"].pk}


def test_unreviewed_claim_has_empty_review_columns(money_claim):
    row = exported()[money_claim.pk]
    assert (row["status"], row["reviewer"], row["reviewed_at"], row["notes"]) == (
        "unreviewed",
        "",
        "",
        "",
    )


def test_reopened_claim_exports_without_reviewer(verified_claim, reviewer):
    services.claim_transition(
        claim=verified_claim, to_status="in_review", by=reviewer, notes="환율 재확인"
    )
    assert exported()[verified_claim.pk]["reviewer"] == ""
