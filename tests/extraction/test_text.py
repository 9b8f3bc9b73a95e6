"""Canonical text, decoding and sentences with offsets."""

from __future__ import annotations

import unicodedata

import pytest

from claims.extraction.text import TextDecodeError, canonicalize, decode, split_sentences


def test_canonicalize_strips_one_bom_and_newlines() -> None:
    assert canonicalize("\ufeff\ufeff가\r\n나\r다") == "\ufeff가\n나\n다"


def test_canonicalize_nfc_joins_decomposed_hangul() -> None:
    decomposed = unicodedata.normalize("NFD", "한국은행")
    assert len(decomposed) > 4
    assert canonicalize(decomposed) == "한국은행"


def test_canonicalize_changes_nothing_else() -> None:
    raw = "  공백  그대로\t탭\u00a0과 “인용” ‘따옴표’  "
    assert canonicalize(raw) == raw


def test_decode_with_and_without_bom() -> None:
    assert decode("가나".encode()) == "가나"
    assert canonicalize(decode(b"\xef\xbb\xbf" + "가나".encode())) == "가나"


def test_decode_names_the_bad_byte_offset() -> None:
    with pytest.raises(TextDecodeError, match="byte offset 3"):
        decode("가".encode() + b"\xff")
    assert issubclass(TextDecodeError, ValueError)


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("첫 문장이다. 둘째 문장이다.", ["첫 문장이다.", "둘째 문장이다."]),
        ("제목 줄\n본문이 이어진다.", ["제목 줄", "본문이 이어진다."]),
        ("면적은 3.54㎢다. 끝.", ["면적은 3.54㎢다.", "끝."]),
        ("그는 “좋다. 아주 좋다.”라고 했다. 다음.", ["그는 “좋다. 아주 좋다.”라고 했다.", "다음."]),
        (
            '그는 “빠르다. 정말이다"라고 했다. 다음.',
            ['그는 “빠르다. 정말이다"라고 했다.', "다음."],
        ),
        ("정말인가? 그렇다! 좋다…", ["정말인가?", "그렇다!", "좋다…"]),
        ("  앞뒤 공백  \n\n", ["앞뒤 공백"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentence_offsets_index_the_text() -> None:
    text = "가. 나?\n다!"
    for s in split_sentences(text):
        assert 0 <= s.start < s.end <= len(text)
