"""Published verdicts as schema.org ClaimReview JSON-LD, on the SNU FactCheck scale."""

import datetime
import json

import pytest
from django.utils import timezone

from claims import exporting, services
from claims.models import Claim
from tests.factories import DocumentFactory, make_claim

pytestmark = pytest.mark.django_db

REQUIRED = {"@context", "@type", "url", "claimReviewed", "reviewRating", "itemReviewed",
            "author", "datePublished"}  # fmt: skip


def reviews() -> dict[str, dict]:
    """The JSON-LD as published, by the id at the end of each review's url."""
    items = json.loads(exporting.claimreview_json(Claim.objects.all()))
    return {item["url"].rstrip("/").rsplit("/", 1)[1]: item for item in items}


def test_only_final_verdicts_are_published(desk):
    published = reviews()
    expected = {desk["verified"].pk, desk["false"].pk, desk["other_verified"].pk}
    assert set(published) == {str(pk) for pk in expected}


def test_every_review_is_a_complete_json_ld_claimreview(desk):
    for review in reviews().values():
        assert set(review) >= REQUIRED
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert review["reviewRating"]["@type"] == "Rating"
        assert review["reviewRating"]["alternateName"]
        assert review["itemReviewed"]["@type"] == "Claim"
        assert review["itemReviewed"]["author"]["@type"] in {"Person", "Organization"}
        assert review["author"] == {
            "@type": "Organization",
            "name": "팩트체크 데스크",
            "url": "https://example.org/",
        }
        datetime.datetime.fromisoformat(review["datePublished"])


def test_the_claim_its_speaker_and_where_it_appeared(false_claim):
    document = false_claim.document
    document.published_at = timezone.make_aware(datetime.datetime(2025, 2, 4, 9, 30))
    document.save()
    review = reviews()[str(false_claim.pk)]
    assert review["claimReviewed"] == "18개월마다 비용이 절반으로 줄어들고 있다"
    item = review["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "샘 올트먼"}
    assert item["appearance"]["url"] == document.url
    assert item["appearance"]["headline"] == document.title
    assert item["datePublished"] == "2025-02-04T09:30:00+09:00"


@pytest.mark.parametrize(
    ("status", "label", "value"),
    [
        ("verified", "사실", 5),
        ("misleading", "절반의 사실", 3),
        ("false", "전혀 사실 아님", 1),
    ],
)
def test_verdicts_on_the_snu_factcheck_scale(money_claim, reviewer, status, label, value):
    services.claim_transition(claim=money_claim, to_status=status, by=reviewer, notes="근거")
    assert reviews()[str(money_claim.pk)]["reviewRating"] == {
        "@type": "Rating",
        "alternateName": label,
        "ratingValue": value,
        "bestRating": 5,
        "worstRating": 1,
    }


def test_unverifiable_is_judgement_reserved_without_a_number(money_claim, reviewer):
    services.claim_transition(
        claim=money_claim, to_status="unverifiable", by=reviewer, notes="자료 없음"
    )
    assert reviews()[str(money_claim.pk)]["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "판단 유보",
    }


def test_a_long_statement_is_shortened_to_75_characters(reviewer):
    text = "가" * 120
    claim = make_claim(DocumentFactory(text=f"{text}."), text)
    services.claim_transition(claim=claim, to_status="verified", by=reviewer, notes="확인")
    reviewed = reviews()[str(claim.pk)]["claimReviewed"]
    assert len(reviewed) == 75 and reviewed.endswith("…")


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [("기획재정부", "Organization"), ("통계청", "Organization"), ("한국은행", "Organization"),
     ("국회", "Organization"), ("김지원", "Person"), ("올트먼 CEO", "Person")],
)  # fmt: skip
def test_speakers_are_people_unless_named_as_organisations(reviewer, speaker, kind):
    claim = make_claim(attribution="indirect", speaker=speaker)
    services.claim_transition(claim=claim, to_status="verified", by=reviewer, notes="확인")
    assert reviews()[str(claim.pk)]["itemReviewed"]["author"] == {"@type": kind, "name": speaker}


def test_an_unattributed_claim_is_the_publishers(verified_claim):
    author = reviews()[str(verified_claim.pk)]["itemReviewed"]["author"]
    assert author == {"@type": "Organization", "name": "연합뉴스"}


def test_review_url_is_on_the_organisations_site(verified_claim, settings):
    settings.FACTCHECK = {**settings.FACTCHECK, "ORGANIZATION_URL": "https://factcheck.kr"}
    review = reviews()[str(verified_claim.pk)]
    assert review["url"] == f"https://factcheck.kr/claims/{verified_claim.pk}/"
