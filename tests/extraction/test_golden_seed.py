"""The seed article against its hand-checked gold (a copy in data/): strict F1 >= 0.95."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from claims.extraction import canonicalize, extract

HERE = Path(__file__).resolve().parent
GOLD = json.loads((HERE / "data" / "seed-000.gold.json").read_text(encoding="utf-8"))
SEED = HERE.parents[1] / "seeds" / "000_99fe9d1002008e3b.txt"


def seed_text() -> str:
    if SEED.exists():
        return canonicalize(SEED.read_bytes().decode("utf-8"))
    return GOLD["text"]


def _close(g0: int, g1: int, p0: int, p1: int) -> bool:
    """The scorer's rule: the overlap covers at least half of each span."""
    o = max(0, min(g1, p1) - max(g0, p0))
    return o > 0 and 2 * o >= g1 - g0 and 2 * o >= p1 - p0


def _f1(right: int, predicted: int, gold: int) -> float:
    p, r = (right / predicted if predicted else 0.0), (right / gold if gold else 0.0)
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _same_value(gold: str | None, pred: str | None) -> bool:
    if gold is None:
        return True  # ranges and vague amounts: only the unit is scored
    try:
        return pred is not None and Decimal(gold) == Decimal(pred)
    except ArithmeticError:
        return gold == pred


def quantity_f1(claims) -> float:
    preds = {(q.start, q.end): q for c in claims for q in c.quantities}.values()
    golds = [g for g in GOLD["quantities"] if not g.get("optional")]
    right = 0
    for g in golds:
        hits = [p for p in preds if _close(g["start"], g["end"], p.start, p.end)]
        if not hits:
            continue
        p = hits[0]
        if g["unit"] in ("date", "time"):
            right += p.unit in ("date", "time")
        else:
            right += p.unit == g["unit"] and _same_value(g.get("value"), p.value)
    extra = sum(
        1
        for p in preds
        if not any(_close(g["start"], g["end"], p.start, p.end) for g in GOLD["quantities"])
    )
    return _f1(right, len(golds) + extra, len(golds))


def attribution_f1(claims) -> float:
    golds = GOLD["attributions"]
    preds = [c for c in claims if "attribution" in c.kinds]
    used: set[int] = set()
    right = counted_preds = 0
    for p in preds:
        match = next(
            (
                i
                for i, g in enumerate(golds)
                if i not in used and _close(g["start"], g["end"], p.start, p.end)
            ),
            None,
        )
        if match is None:
            counted_preds += 1
            continue
        used.add(match)
        g = golds[match]
        if g.get("optional"):
            continue
        counted_preds += 1
        forms = {g.get("speaker"), *(g.get("speaker_forms") or [])}
        name = p.speaker.name if p.speaker else None
        right += p.attribution == g["attribution"] and (name in forms if g["speaker"] else not name)
    gold_count = sum(1 for g in golds if not g.get("optional"))
    return _f1(right, counted_preds, gold_count)


@pytest.fixture(scope="module")
def claims():
    text = seed_text()
    assert text == GOLD["text"]
    return extract(text)


def test_quantities_strict_f1(claims) -> None:
    assert quantity_f1(claims) >= 0.95


def test_attributions_strict_f1(claims) -> None:
    assert attribution_f1(claims) >= 0.95


def _quantity(claims, text: str, nth: int = 0):
    found = [q for c in claims for q in c.quantities if q.text == text]
    return found[nth]


def test_equivalence_is_linked(claims) -> None:
    claim = next(c for c in claims if any(q.text == "5000억달러" for q in c.quantities))
    texts = [q.text for q in claim.quantities]
    usd, krw = texts.index("5000억달러"), texts.index("720조원")
    assert claim.quantities[usd].value == "500000000000" and claim.quantities[usd].unit == "USD"
    assert claim.quantities[usd].same_as == krw and claim.quantities[krw].same_as == usd
    assert claim.quantities[krw].value == "720000000000000"
    assert claim.quantities[krw].qualifier == "approx"


def test_key_quantities(claims) -> None:
    area = _quantity(claims, "3.54㎢")
    assert (area.value, area.unit, area.qualifier) == ("3540000", "m2", "approx")
    people = _quantity(claims, "100여 명")
    assert (people.value, people.unit, people.qualifier) == ("100", "person", "approx")
    assert _quantity(claims, "2026년 8월").value == "2026-08"
    assert _quantity(claims, "절반").value == "0.5"


def test_the_18_month_quote_is_altman_s(claims) -> None:
    quote = next(c for c in claims if c.text == "18개월마다 비용이 절반으로 줄어들고 있다")
    assert quote.attribution == "direct"
    assert quote.speaker is not None and quote.speaker.name in ("올트먼", "샘 올트먼")
    assert [q.text for q in quote.quantities] == ["18개월", "절반"]


def test_product_names_are_not_quantities(claims) -> None:
    texts = {q.text for c in claims for q in c.quantities}
    assert not any("GDDR" in t or "HBM" in t for t in texts)
