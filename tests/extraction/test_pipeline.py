"""extract(): grouping, offsets, determinism and the JSON shape of CLAIMS_SPEC."""

from __future__ import annotations

import json

from claims.extraction import EXTRACTOR_VERSION, canonicalize, extract
from claims.extraction.report import document_report
from claims.extraction.scoring import FEATURE_WEIGHTS, check_worthiness

ARTICLE = (
    "정부, 내년 예산 720조원 편성\n"
    "기획재정부는 내년 예산을 720조원으로 편성했다고 29일 밝혔다. 올해보다 3.2% 늘어난 규모다.\n"
    "최상목 기재부 장관은 “재정 건전성을 지키면서 민생을 챙기겠다”고 말했다. "
    "그는 “세수 결손이 10조원에 달할 것”이라고 덧붙였다.\n"
    "국채 발행은 약 80조원으로 늘어날 것으로 전망된다."
)


def test_every_span_indexes_the_text() -> None:
    text = canonicalize(ARTICLE)
    for claim in extract(text):
        assert text[claim.start : claim.end] == claim.text
        for q in claim.quantities:
            assert claim.start <= q.start <= q.end <= claim.end
            assert text[q.start : q.end] == q.text
        if claim.cue:
            assert text[claim.cue.start : claim.cue.end] == claim.cue.text
        if claim.speaker:
            assert text[claim.speaker.start : claim.speaker.end] == claim.speaker.name


def test_every_quantity_belongs_to_one_claim() -> None:
    spans = [(q.start, q.end) for c in extract(ARTICLE) for q in c.quantities]
    assert len(spans) == len(set(spans))
    assert "720조원" in [ARTICLE[a:b] for a, b in spans]


def test_grouping_and_kinds() -> None:
    claims = extract(ARTICLE)
    by_text = {c.text: c for c in claims}
    quote = by_text["세수 결손이 10조원에 달할 것"]
    assert quote.kinds == ("quantity", "attribution")
    assert quote.attribution == "direct" and quote.speaker.name == "최상목"
    headline = by_text["정부, 내년 예산 720조원 편성"]
    assert headline.kinds == ("quantity",) and headline.attribution is None
    anonymous = by_text["국채 발행은 약 80조원으로 늘어날 것"]
    assert anonymous.attribution == "anonymous" and anonymous.speaker is None


def test_claims_are_in_text_order_and_deterministic() -> None:
    first, second = extract(ARTICLE), extract(ARTICLE)
    assert first == second
    starts = [c.start for c in first]
    assert starts == sorted(starts)


def test_to_dict_has_the_spec_shape() -> None:
    claim = next(c for c in extract(ARTICLE) if c.quantities and c.attribution)
    d = claim.to_dict()
    assert set(d) >= {
        "kinds",
        "start",
        "end",
        "text",
        "score",
        "quantities",
        "attribution",
        "speaker",
        "cue",
    }
    q = d["quantities"][0]
    assert set(q) >= {
        "start",
        "end",
        "text",
        "value",
        "unit",
        "qualifier",
        "category",
        "counter",
        "same_as",
    }
    assert isinstance(q["value"], str)
    assert set(d["speaker"]) == {"name", "start", "end"}
    assert set(d["cue"]) == {"start", "end", "text"}
    json.dumps(d, ensure_ascii=False)


def test_document_report() -> None:
    report = document_report("seeds/x.txt", ARTICLE)
    assert report["file"] == "seeds/x.txt" and report["length"] == len(ARTICLE)
    assert report["claims"] == [c.to_dict() for c in extract(ARTICLE)]
    assert EXTRACTOR_VERSION


def test_scores_are_bounded_and_explainable() -> None:
    for claim in extract(ARTICLE):
        assert 0.0 <= claim.score <= 1.0
    assert check_worthiness("아무 숫자도 없다", (), None, False) == 0.0
    assert abs(sum(FEATURE_WEIGHTS.values()) - 1.05) < 1e-9  # capped at 1 by design
    money = next(c for c in extract(ARTICLE) if c.text.startswith("세수"))
    plain = next(c for c in extract(ARTICLE) if c.text.startswith("올해보다"))
    assert money.score > plain.score


def test_empty_and_blank_text() -> None:
    assert extract("") == []
    assert extract("\n\n  \n") == []
