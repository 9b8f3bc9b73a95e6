"""Check-worthiness in [0, 1] from a few explainable features.

Each feature adds a documented weight; the sum is capped at 1. The weights encode newsroom
practice: numbers and money are the most checkable, a named source can be asked, hedged or
anonymous sourcing deserves a second look, and a comparison invites a check of both sides.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import trie_pattern, wordlist
from .types import QuantityMention

__all__ = ["FEATURE_WEIGHTS", "check_worthiness", "features"]

FEATURE_WEIGHTS: dict[str, float] = {
    "has_number": 0.30,  # any quantity: it can be compared with a record
    "money": 0.15,  # amounts of money are checked first in Korean newsrooms
    "percent_or_rank": 0.10,  # shares, rates and rankings are often misquoted
    "several_numbers": 0.05,  # two or more quantities: internal consistency can be checked
    "equivalence": 0.05,  # 5000억달러(약 720조원): a conversion that can be recomputed
    "comparison": 0.10,  # 증가, 감소, 보다, 배, 최대 ...: a claim about change or extremes
    "named_source": 0.15,  # a named speaker can be asked and quoted back
    "hedged_source": 0.10,  # anonymous or hedged sourcing (알려졌다, 전망된다)
    "direct_quote": 0.05,  # verbatim words can be checked against a recording
}
_COMPARISON = re.compile(
    trie_pattern(
        wordlist(
            "증가 감소 늘어 줄어 늘었 줄었 상승 하락 급등 급락 보다 배 최대 최고 최저 최소 처음",
            "사상 역대 절반 이상 이하",
        ),
        leading=True,
    )
)


def features(
    text: str, quantities: tuple[QuantityMention, ...], attribution: str | None, has_speaker: bool
) -> dict[str, bool]:
    categories = {q.category for q in quantities}
    return {
        "has_number": bool(quantities),
        "money": "money" in categories,
        "percent_or_rank": bool(categories & {"percent", "rank"}),
        "several_numbers": len(quantities) >= 2,
        "equivalence": any(q.same_as is not None for q in quantities),
        "comparison": bool(_COMPARISON.search(text)),
        "named_source": attribution in ("direct", "indirect") and has_speaker,
        "hedged_source": attribution == "anonymous",
        "direct_quote": attribution == "direct",
    }


def check_worthiness(
    text: str, quantities: tuple[QuantityMention, ...], attribution: str | None, has_speaker: bool
) -> float:
    """Sum of the weights of the features present, capped at 1, rounded to 3 decimals.

    The same sum as over features(), computed without the dict: it runs once per claim."""
    w = FEATURE_WEIGHTS
    total = 0.0
    if quantities:
        total += w["has_number"]
        # one plain pass over the few quantities: no set or generator built per claim
        money = percent_or_rank = linked = False
        for q in quantities:
            category = q.category
            if category == "money":
                money = True
            elif category == "percent" or category == "rank":
                percent_or_rank = True
            if q.same_as is not None:
                linked = True
        if money:
            total += w["money"]
        if percent_or_rank:
            total += w["percent_or_rank"]
        if len(quantities) >= 2:
            total += w["several_numbers"]
            if linked:
                total += w["equivalence"]
    if _COMPARISON.search(text):
        total += w["comparison"]
    if attribution in ("direct", "indirect") and has_speaker:
        total += w["named_source"]
    if attribution == "anonymous":
        total += w["hedged_source"]
    if attribution == "direct":
        total += w["direct_quote"]
    return _capped(total)


@lru_cache(maxsize=1024)  # a sum of some of nine weights: a few hundred values at most
def _capped(total: float) -> float:
    return round(min(1.0, total), 3)  # slow: round() goes through a decimal string
