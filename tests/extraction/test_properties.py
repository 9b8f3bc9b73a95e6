"""Property tests: any text canonicalises and extracts without error, spans stay exact."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import canonicalize, extract

_PIECES = [
    "5000억달러(약 720조원)",
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    "라고 말했다.",
    "다고 밝혔다. ",
    "것으로 전해졌다.",
    "에 따르면 ",
    "그는 ",
    "김모(64)씨는 ",
    "3.54㎢",
    "100여 명",
    "4일 오후",
    "2~3일",
    "-20%",
    "세 명",
    "수십억 원",
    "\r\n",
    "\n",
    "😀",
    "𠀀",
    "\ufeff",
    " ",
    "。",
    "…",
    "(서울=연합뉴스) 홍길동 기자 = ",
    "1,234",
    "３",
    "28조4천200억원",
    "갤럭시 S25",
    "20일께",
]
korean_news = st.lists(st.sampled_from(_PIECES) | st.text(max_size=8), max_size=30).map("".join)
decomposed = korean_news.map(lambda s: unicodedata.normalize("NFD", s))
any_text = st.one_of(st.text(max_size=200), korean_news, decomposed)


def check_spans(text: str) -> None:
    n = len(text)
    for claim in extract(text):
        assert 0 <= claim.start <= claim.end <= n
        assert text[claim.start : claim.end] == claim.text
        assert 0.0 <= claim.score <= 1.0
        for q in claim.quantities:
            assert 0 <= q.start <= q.end <= n and text[q.start : q.end] == q.text
            assert q.same_as is None or 0 <= q.same_as < len(claim.quantities)
        if claim.cue is not None:
            assert 0 <= claim.cue.start <= claim.cue.end <= n
            assert text[claim.cue.start : claim.cue.end] == claim.cue.text
        if claim.speaker is not None:
            assert 0 <= claim.speaker.start <= claim.speaker.end <= n
            assert text[claim.speaker.start : claim.speaker.end] == claim.speaker.name


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_extract_never_fails_and_spans_are_exact(raw: str) -> None:
    check_spans(canonicalize(raw))


@settings(max_examples=100, deadline=None)
@given(korean_news)
def test_extract_is_deterministic(raw: str) -> None:
    text = canonicalize(raw)
    assert extract(text) == extract(text)


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_canonicalize_is_idempotent(raw: str) -> None:
    once = canonicalize(raw)
    assert "\r" not in once
    assert canonicalize(once) == once or once.startswith("\ufeff")
