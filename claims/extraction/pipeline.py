"""extract(text) -> list[ClaimCandidate]: the extraction package's only entry point.

Grouping: each attributed statement is one claim (kinds include "attribution", plus
"quantity" when quantities lie inside its span); the quantities of a sentence that lie in
no attributed claim form one quantity-only claim spanning that sentence. Every quantity
belongs to exactly one claim, and every offset indexes the canonical text.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from .attribution import find_attributions
from .quantities import DATELINE, find_quantities, link_equivalences
from .scoring import check_worthiness
from .text import split_sentences
from .types import ClaimCandidate, Cue, QuantityMention, SpeakerMention, new_tuple

__all__ = ["EXTRACTOR_VERSION", "extract"]

EXTRACTOR_VERSION = "ko-rules-1.0"


def _claim(
    text: str,
    start: int,
    end: int,
    quantities: list[QuantityMention],
    attribution: str | None = None,
    speaker: SpeakerMention | None = None,
    cue: Cue | None = None,
) -> ClaimCandidate:
    # equivalences are written in brackets: only then is the pairwise check worth running
    linked = tuple(
        link_equivalences(text, quantities)
        if len(quantities) > 1 and text.find("(", quantities[0].end, quantities[-1].start) >= 0
        else quantities
    )
    if linked and attribution:
        kinds: tuple[str, ...] = ("quantity", "attribution")
    else:
        kinds = ("quantity",) if linked else ("attribution",)
    claim_text = text[start:end]
    score = check_worthiness(claim_text, linked, attribution, speaker is not None)
    fields = (kinds, start, end, claim_text, score, linked, attribution, speaker, cue)
    return new_tuple(ClaimCandidate, fields)  # ClaimCandidate(*fields), built faster


def _after_dateline(text: str, start: int, first_quantity: int) -> int:
    """A claim does not begin with '(서울=연합뉴스) 홍길동 기자 =': it is no part of it."""
    if text[start] not in "([【 \t":  # how a dateline begins: most sentences are no dateline
        return min(start, first_quantity)
    m = DATELINE.match(text, start)
    if m and m.end() <= first_quantity:
        start = m.end()
        while start < first_quantity and text[start].isspace():
            start += 1
    return min(start, first_quantity)


def extract(text: str) -> list[ClaimCandidate]:
    """Claims of a canonical text, in text order; deterministic."""
    sentences = split_sentences(text)
    quantities = find_quantities(text)
    attributed = find_attributions(text, sentences)
    taken = [False] * len(quantities)
    claims: list[ClaimCandidate] = []
    starts = [q.start for q in quantities]
    for item in attributed:
        inside = []
        k = bisect_left(starts, item.start)
        while k < len(quantities) and quantities[k].start < item.end:
            q = quantities[k]
            if not taken[k] and q.end <= item.end:
                taken[k] = True
                inside.append(q)
            k += 1
        claims.append(_claim(text, item.start, item.end, inside, item.mode, item.speaker, item.cue))
    k = 0
    for sent in sentences:
        if k == len(quantities):
            break  # every quantity has its claim
        if quantities[k].start >= sent.end:
            continue  # most sentences hold no quantity: no group to build
        group = []
        while k < len(quantities) and quantities[k].start < sent.end:
            if not taken[k]:
                taken[k] = True
                group.append(quantities[k])
            k += 1
        if group:
            start = _after_dateline(text, sent.start, group[0].start)
            end = max(sent.end, group[-1].end)
            claims.append(_claim(text, start, end, group))
    for k, q in enumerate(quantities):  # a quantity outside every sentence: its own claim
        if not taken[k]:
            claims.append(_claim(text, q.start, q.end, [q]))
    claims.sort(key=_ORDER)
    return claims


_ORDER = attrgetter("start", "end", "kinds")  # text order; a claim's kinds break ties
