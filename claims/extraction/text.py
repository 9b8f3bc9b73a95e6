"""Canonical text and sentences with offsets.

Every offset in the system indexes the canonical text (CLAIMS_SPEC "Text and offsets"), so
canonicalize() changes exactly what the spec allows and nothing else.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from .types import new_tuple

__all__ = ["Sentence", "TextDecodeError", "canonicalize", "decode", "split_sentences"]


class TextDecodeError(ValueError):
    """The document's bytes are not UTF-8."""


def canonicalize(raw: str) -> str:
    """Strip one leading BOM, turn \\r\\n and \\r into \\n, NFC-normalise. Nothing else."""
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", raw)


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM); the BOM itself is left for canonicalize()."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TextDecodeError(
            f"not UTF-8: invalid byte 0x{data[exc.start]:02x} at byte offset {exc.start}"
        ) from exc


class Sentence(NamedTuple):
    # a named tuple, not a frozen dataclass: one is built per sentence, and a tuple is
    # built several times faster
    start: int
    end: int


# Marks that open a quote, and marks that may close one. Copy often closes “ with a
# straight " (mismatched marks), so any closing-capable mark closes an open quote.
_OPEN = {"“": "double", "‘": "single", '"': "double", "'": "single", "「": "double"}
_CLOSE = {"”": "double", "’": "single", '"': "double", "'": "single", "」": "double"}
# A full stop ends a sentence only after a letter, closing bracket or quote, never between
# digits (3.54) and never inside a quote.
_END_PUNCT = ".?!。…"
# what the splitter reads: line breaks, quote marks, and a run of end punctuation that a
# space or the text's end follows (so never 3.54's point); a run followed by anything else
# ends nothing, in a quote or out of one, and is not read at all. One set of first
# characters leads the pattern, so the engine skips to them (an alternation would not)
_MARK_OR_BREAK = re.compile(r"[\n“”‘’\"'「」.?!。…](?:(?<=[\n“”‘’\"'「」])|[.?!。…]*+(?=\s|\Z))")


def _is_apostrophe(text: str, i: int) -> bool:
    """A straight ' inside a Latin word (don't) or an abbreviated year ('24년) is no quote."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isascii() and prev.isalpha() and nxt.isascii() and nxt.isalpha():
        return True
    year = text[i + 1 : i + 4]  # two digits and no third: '24년, not '2025년 …'
    return (
        len(year) >= 2
        and year[:2].isdigit()
        and not year[2:].isdigit()
        and "'" not in text[i + 1 : i + 12]
    )


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets, trimmed of surrounding whitespace; lines first, then punctuation.

    One pass over the text's marks and line breaks: a line break ends a sentence and any
    quote left open, as each line is read on its own."""
    pieces: list[tuple[int, int]] = []
    sent_start = 0
    in_quote = False
    for m in _MARK_OR_BREAK.finditer(text):
        i = m.start()
        ch = text[i]
        if ch == "\n":
            pieces.append((sent_start, i))
            sent_start = i + 1
            in_quote = False
        elif not in_quote:
            if ch in _OPEN and not (ch == "'" and _is_apostrophe(text, i)):
                in_quote = True
            elif ch in _END_PUNCT:  # a run of it, then a space or the end: a sentence ends
                pieces.append((sent_start, m.end()))
                sent_start = m.end()
        elif ch in _CLOSE and not (ch == "'" and _is_apostrophe(text, i)):
            in_quote = False
        elif ch in _OPEN and ch not in _CLOSE:
            in_quote = True  # a new opening mark: the earlier one was never closed
    pieces.append((sent_start, len(text)))
    out: list[Sentence] = []
    for a, b in pieces:
        # trimmed in place: a piece has a space or two at its ends, if any (no copy of it)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append(new_tuple(Sentence, (a, b)))  # Sentence(a, b), built faster
    return out
