"""Offsets are sacred: every stored span reads exactly its text in its document."""

import unicodedata

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from claims.extraction.text import canonicalize
from claims.models import Claim, Quantity, Span, SpanMismatch, SpanRole, UnitCategory
from claims.services.ingest import document_ingest
from tests.factories import DocumentFactory, make_claim

pytestmark = pytest.mark.django_db

TRICKY_TEXTS = {
    "emoji": "오늘 코스피는 👍🏽 2% 올랐다. 👨‍👩‍👧 가족 3명이 “좋다”고 말했다.",
    "astral": "𝐀𝐁𝐂 지수는 𠀀𠀁 20.5포인트 올랐다. 𝕏 플랫폼 이용자는 5억 명이다.",
    "crlf": "첫 줄은 제목이다\r\n둘째 줄에 5000억달러가 나온다.\r\n셋째 줄\r마지막 100여 명.",
    "decomposed": unicodedata.normalize("NFD", "삼성전자는 20개의 대규모 시설을 짓는다고 밝혔다."),
}


ANCHORS = {
    "span": lambda **at: Span.anchored(role=SpanRole.CUE, **at),
    "quantity": lambda **at: Quantity.anchored(category=UnitCategory.COUNT, **at),
}


@pytest.mark.parametrize("anchor", sorted(ANCHORS))
@pytest.mark.parametrize("name", sorted(TRICKY_TEXTS))
def test_anchored_spans_and_quantities_read_their_text(name, anchor):
    text = canonicalize(TRICKY_TEXTS[name])
    document = DocumentFactory(text=text)
    claim = make_claim(document, text[3:12])
    for start in range(len(text)):
        end = min(len(text), start + 5)
        made = ANCHORS[anchor](text=text, start=start, end=end, claim=claim)
        made.save()
        stored = type(made).objects.get(pk=made.pk)
        assert document.text[stored.start : stored.end] == stored.exact
        assert stored.prefix == text[max(0, start - 32) : start]
        assert stored.suffix == text[end : end + 32]
        made.delete()


def test_canonical_text_has_no_carriage_returns_and_is_composed():
    crlf = canonicalize(TRICKY_TEXTS["crlf"])
    assert "\r" not in crlf
    decomposed = canonicalize(TRICKY_TEXTS["decomposed"])
    assert decomposed == unicodedata.normalize("NFC", TRICKY_TEXTS["decomposed"])
    assert decomposed.index("20개") == 6  # composed syllables: one offset each


def test_astral_characters_count_as_one_offset():
    text = canonicalize(TRICKY_TEXTS["astral"])
    document = DocumentFactory(text=text)
    claim = make_claim(document, "20.5포인트")
    assert claim.start == text.index("20.5포인트")
    assert document.text[claim.start : claim.end] == "20.5포인트"


def test_a_span_that_does_not_match_is_refused_on_save(quote_claim):
    span = quote_claim.spans.get()
    span.exact = "올트먼은"
    with pytest.raises(SpanMismatch) as refused:
        span.save()
    assert refused.value.code == "mismatch"


def test_a_quantity_whose_offsets_moved_is_refused_on_save(money_claim):
    quantity = money_claim.quantities.get(exact="720조원")
    quantity.start += 1
    with pytest.raises(SpanMismatch) as refused:
        quantity.save()
    assert refused.value.code == "mismatch"


def test_a_span_outside_the_document_is_refused(quote_claim):
    text = quote_claim.document.text
    with pytest.raises(SpanMismatch) as refused:
        Span.anchored(
            text=text, start=len(text) - 2, end=len(text) + 3, claim=quote_claim, role=SpanRole.CUE
        )
    assert refused.value.code == "out_of_range"
    span = quote_claim.spans.get()
    span.start, span.end = len(text) + 1, len(text) + 4
    with pytest.raises(SpanMismatch) as refused:
        span.save()
    assert refused.value.code == "out_of_range"


def test_check_spans_passes_on_sound_data(money_claim, quote_claim, capsys):
    call_command("check_spans")
    # two statements (the claims), one speaker span, four quantities
    assert "스팬 7개" in capsys.readouterr().out


def test_check_spans_reports_a_corrupted_statement(money_claim, capsys):
    Claim.objects.filter(pk=money_claim.pk).update(start=money_claim.start + 1)  # no save()
    with pytest.raises(CommandError, match="3개 스팬 중 1개"):
        call_command("check_spans")
    assert f"claim {money_claim.pk}:" in capsys.readouterr().err


def test_check_spans_reports_a_corrupted_span(quote_claim, capsys):
    span = quote_claim.spans.get()
    Span.objects.filter(pk=span.pk).update(start=span.start + 1)  # bypasses save()
    with pytest.raises(CommandError, match="4개 스팬 중 1개"):
        call_command("check_spans")
    assert f"span {span.pk}:" in capsys.readouterr().err


def test_check_spans_reports_a_corrupted_quantity(money_claim, capsys):
    quantity = money_claim.quantities.first()
    Quantity.objects.filter(pk=quantity.pk).update(end=quantity.end + 1)  # bypasses save()
    with pytest.raises(CommandError, match="3개 스팬 중 1개"):
        call_command("check_spans")
    assert f"quantity {quantity.pk}:" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(TRICKY_TEXTS))
def test_ingest_stores_every_claim_span_and_quantity_reading_its_text(name):
    raw = TRICKY_TEXTS[name] + "\n정부는 5000억달러(약 720조원)를 투자한다고 밝혔다."
    document = document_ingest(text=raw).document
    text = document.text
    claims = list(document.claims.all())
    assert claims
    anchors = [(c.start, c.end, c.text, c.prefix, c.suffix) for c in claims]
    for model in (Span, Quantity):
        anchors += model.objects.filter(claim__document=document).values_list(
            "start", "end", "exact", "prefix", "suffix"
        )
    for start, end, exact, prefix, suffix in anchors:
        assert text[start:end] == exact
        assert prefix == text[max(0, start - 32) : start]
        assert suffix == text[end : end + 32]
