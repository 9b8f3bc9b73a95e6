"""Canonical text and sentences with offsets.

Every offset in the system indexes the canonical text (CLAIMS_SPEC "Text and offsets"), so
canonicalize() changes exactly what the spec allows and nothing else.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


# Marks that open a quote, and marks that may close one. Copy often closes “ with a
# straight " (mismatched marks), so any closing-capable mark closes an open quote.
_OPEN = {"“": "double", "‘": "single", '"': "double", "'": "single", "「": "double"}
_CLOSE = {"”": "double", "’": "single", '"': "double", "'": "single", "」": "double"}
# A full stop ends a sentence only after a letter, closing bracket or quote, never between
# digits (3.54) and never inside a quote.
_END_PUNCT = ".?!。…"
_LINE = re.compile(r"[^\n]+")


_SIGNIFICANT = re.compile(r"[.?!。…“”‘’\"'「」]")


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    sent_start = start
    open_kind: str | None = None
    skip_to = start
    for m in _SIGNIFICANT.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if i < skip_to:
            continue
        if open_kind is None:
            if ch in _OPEN and not (ch == "'" and _is_apostrophe(text, i)):
                open_kind = _OPEN[ch]
            elif ch in _END_PUNCT:
                j = i + 1
                while j < end and text[j] in _END_PUNCT:
                    j += 1
                prev = text[i - 1] if i > start else ""
                nxt = text[j] if j < end else ""
                decimal = ch == "." and prev.isdigit() and nxt.isdigit()
                if not decimal and (j >= end or nxt.isspace()):
                    out.append((sent_start, j))
                    sent_start = j
                skip_to = j
        elif ch in _CLOSE and not (ch == "'" and _is_apostrophe(text, i)):
            open_kind = None
        elif ch in _OPEN and ch not in _CLOSE:
            open_kind = _OPEN[ch]  # a new opening mark: the earlier one was never closed
    if sent_start < end:
        out.append((sent_start, end))
    return out


def _is_apostrophe(text: str, i: int) -> bool:
    """A straight ' inside a Latin word (don't) or an abbreviated year ('24년) is no quote."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isascii() and prev.isalpha() and nxt.isascii() and nxt.isalpha():
        return True
    year = text[i + 1 : i + 3]
    return len(year) == 2 and year.isdigit() and "'" not in text[i + 1 : i + 12]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets, trimmed of surrounding whitespace; lines first, then punctuation."""
    out: list[Sentence] = []
    append = out.append
    search = _SIGNIFICANT.search
    for line in _LINE.finditer(text):
        start, end = line.span()
        if search(text, start, end) is None:
            pieces = [(start, end)]  # most lines of copy hold no mark at all: one sentence
        else:
            pieces = _split_line(text, start, end)
        for a, b in pieces:
            piece = text[a:b]
            stripped = piece.strip()
            if stripped:
                if stripped is not piece:  # the same object when there was nothing to strip
                    a += len(piece) - len(piece.lstrip())
                append(Sentence(a, a + len(stripped)))
    return out
