"""Ingest: one article in, its document and claims stored once, in one transaction."""

import datetime as dt
from pathlib import Path

import pytest
from django.utils import timezone

from claims import services
from claims.extraction.types import ClaimCandidate, QuantityMention
from claims.models import Claim, ClaimStatus, Document, Quantity, Span, SpanMismatch, SpanRole
from claims.services import ingest
from claims.services.articles import ArticleMetadata, IngestError

pytestmark = pytest.mark.django_db
SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_99fe9d1002008e3b.txt"


@pytest.fixture
def seed_result():
    return ingest.document_ingest_file(path=SEED)


def test_seed_article_is_stored_with_its_metadata(seed_result):
    document = seed_result.document
    assert seed_result.created
    assert document.title == "올트먼 오픈AI CEO 방한, 삼성·SK·카카오와 AI 협력 논의"
    assert timezone.localtime(document.published_at).date() == dt.date(2025, 2, 4)
    assert document.source_name == SEED.name
    assert document.text == SEED.read_text(encoding="utf-8")
    assert seed_result.claims_created == document.claims.count() > 10


def test_every_stored_span_reads_its_text(seed_result):
    text = seed_result.document.text
    spans = Span.objects.filter(claim__document=seed_result.document)
    assert spans.exists()
    for span in spans:
        assert text[span.start : span.end] == span.exact
    quantities = Quantity.objects.filter(claim__document=seed_result.document)
    assert quantities.exists()
    for quantity in quantities:
        assert text[quantity.start : quantity.end] == quantity.exact
    for claim in seed_result.document.claims.all():
        assert text[claim.start : claim.end] == claim.text
        assert text[: claim.start].endswith(claim.prefix) and len(claim.prefix) <= 32
        assert text[claim.end :].startswith(claim.suffix) and len(claim.suffix) <= 32
    assert any(claim.prefix and claim.suffix for claim in seed_result.document.claims.all())


def test_bracketed_equivalence_is_linked_both_ways(seed_result):
    dollars = Quantity.objects.get(claim__document=seed_result.document, exact="5000억달러")
    assert dollars.value == 500000000000 and dollars.unit == "USD"
    assert dollars.same_as.exact == "720조원"
    assert dollars.same_as.same_as == dollars


def test_attributed_claims_keep_speaker_and_cue_spans(seed_result):
    quote = Claim.objects.get(
        document=seed_result.document, text="18개월마다 비용이 절반으로 줄어들고 있다"
    )
    assert quote.attribution == "direct"
    assert quote.speaker in ("올트먼", "샘 올트먼")
    roles = set(quote.spans.values_list("role", flat=True))
    assert SpanRole.SPEAKER in roles
    assert "18개월" in set(quote.quantities.values_list("exact", flat=True))


def test_dates_keep_their_iso_text(seed_result):
    completion = Quantity.objects.get(claim__document=seed_result.document, exact="2026년 8월")
    assert (completion.unit, completion.value_text, completion.value) == ("date", "2026-08", None)


def test_ingest_is_idempotent(seed_result):
    again = ingest.document_ingest_file(path=SEED)
    assert not again.created
    assert again.document == seed_result.document
    assert Document.objects.count() == 1
    assert Claim.objects.count() == seed_result.claims_created


def test_the_same_text_with_crlf_and_bom_is_the_same_article(seed_result, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(b"\xef\xbb\xbf" + SEED.read_bytes().replace(b"\n", b"\r\n"))
    again = ingest.document_ingest_file(path=copy)
    assert not again.created and again.document == seed_result.document


def test_title_falls_back_to_the_headline(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("코스피 2% 급락\n코스피가 2% 내린 2,400으로 마감했다.\n", encoding="utf-8")
    result = ingest.document_ingest_file(path=article)
    assert result.document.title == "코스피 2% 급락"


def test_given_metadata_wins_over_the_meta_file(tmp_path):
    result = ingest.document_ingest_file(
        path=SEED, metadata=ArticleMetadata(title="직접 붙인 제목", publisher="한국일보")
    )
    assert result.document.title == "직접 붙인 제목"
    assert result.document.publisher == "한국일보"
    assert result.document.published_at is not None  # still from the meta file


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("올트먼은 5000억달러를 말했다.".encode("cp949"), "UTF-8"),
        (b"", "empty"),
        (b"  \n\r\n\t ", "empty"),
        ("가".encode() * 100, "over the limit"),
    ],
    ids=["not utf-8", "empty", "blank", "too large"],
)
def test_refused_files_say_why_and_write_nothing(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as refused:
        ingest.document_ingest_file(path=path, max_bytes=200)
    assert str(path) in str(refused.value)
    assert Document.objects.count() == 0


def test_a_missing_file_is_refused_by_name(tmp_path):
    with pytest.raises(IngestError, match=r"missing\.txt"):
        ingest.document_ingest_file(path=tmp_path / "missing.txt")


def test_a_bad_meta_file_is_refused_by_name(tmp_path):
    (tmp_path / "a.txt").write_text("기사 본문 3명.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(IngestError, match=r"a\.meta\.json"):
        ingest.document_ingest_file(path=tmp_path / "a.txt")


def test_a_span_outside_the_text_rolls_everything_back(monkeypatch):
    text = "짧은 기사에 3명이 있다."
    broken = ClaimCandidate(
        kinds=("quantity",),
        start=0,
        end=len(text),
        text=text,
        score=0.5,
        quantities=(
            QuantityMention(
                start=5,
                end=500,
                text="3명",
                value="3",
                upper=None,
                unit="person",
                qualifier=None,
                category="count",
            ),
        ),
    )
    monkeypatch.setattr(ingest, "extract", lambda _text: [broken])
    with pytest.raises(SpanMismatch) as refused:
        ingest.document_ingest(text=text)
    assert refused.value.code == "out_of_range"
    assert Document.objects.count() == Claim.objects.count() == Span.objects.count() == 0


def touch_some_claims(document, reviewer):
    claims = list(document.claims.order_by("start"))
    verified = services.claim_transition(
        claim=claims[0], to_status=ClaimStatus.VERIFIED, by=reviewer, notes="공식 발표와 일치"
    )
    noted = claims[1]
    noted.notes = "출처 확인 중"
    noted.save()
    services.claim_assign(claim=claims[2], assignee=reviewer, by=reviewer)
    services.claim_add_evidence(
        claim=claims[3], url="https://openai.com/index/stargate", by=reviewer
    )
    return [verified, noted, claims[2], claims[3]]


def snapshot(claim):
    claim.refresh_from_db()
    return (
        claim.pk,
        claim.status,
        claim.notes,
        claim.assignee_id,
        claim.updated_at,
        sorted(claim.spans.values_list("role", "start", "end")),
    )


def test_reextract_replaces_only_untouched_claims(seed_result, reviewer):
    document = seed_result.document
    touched = touch_some_claims(document, reviewer)
    before = [snapshot(c) for c in touched]
    untouched_before = set(
        document.claims.exclude(pk__in=[c.pk for c in touched]).values_list("pk", flat=True)
    )
    result = ingest.document_reextract(document=document)
    assert [snapshot(c) for c in touched] == before
    assert result.claims_kept == 4
    assert result.claims_removed == len(untouched_before)
    after = set(document.claims.values_list("pk", flat=True))
    assert not (after & untouched_before)  # replaced by fresh rows
    assert document.claims.count() == seed_result.claims_created  # nothing doubled


def test_reextract_changes_nothing_when_all_claims_are_reviewed(seed_result, reviewer):
    document = seed_result.document
    for claim in document.claims.all():
        services.claim_dismiss(claim=claim, by=reviewer, reason="교육용 예시")
    result = ingest.document_reextract(document=document)
    assert result.claims_created == 0 and result.claims_removed == 0
    assert document.claims.filter(status=ClaimStatus.DISMISSED).count() == (
        seed_result.claims_created
    )
