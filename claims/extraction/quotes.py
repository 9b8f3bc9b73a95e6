"""Quotes in a sentence and the endings that make them quotations.

Copy mixes curly and straight marks and sometimes closes “ with a straight " (“…"), so a
straight mark may close a curly quote. A quote is a quotation only when a quoting ending
follows it (”라며, ”고 말했다, ”이라고); ‘형씨’라고 불렀다 names something and says nothing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .cues import FINAL_ENDING, QUOTE_AS, QUOTE_END, QUOTE_NAMING
from .types import new_tuple

__all__ = ["QUOTE_MARKS", "Quote", "find_quotes", "inside", "quote_speech", "quotes_at"]

QUOTE_MARKS = re.compile(r"[“”‘’\"'「」『』]")
_DOUBLE_OPEN, _DOUBLE_CLOSE = "“「『", "”」』"
_SINGLE_OPEN, _SINGLE_CLOSE = "‘", "’"


class Quote(NamedTuple):  # a named tuple: built per quote, faster than a dataclass
    open: int  # index of the opening mark
    close: int  # index of the closing mark
    double: bool


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quotes in text[start:end]; a straight mark closes a curly one (“…" is real copy)."""
    return quotes_at(text, [m.start() for m in QUOTE_MARKS.finditer(text, start, end)])


def quotes_at(text: str, marks: list[int]) -> list[Quote]:
    """find_quotes, given where the quote marks of the range are (found once per text)."""
    out: list[Quote] = []
    open_at, double = -1, True
    for i in marks:
        ch = text[i]
        if ch == "'" and _apostrophe(text, i):
            continue
        if open_at < 0:
            if ch in _DOUBLE_OPEN or ch == '"':
                open_at, double = i, True
            elif ch in _SINGLE_OPEN or ch == "'":
                open_at, double = i, False
            continue
        if double and (ch in _DOUBLE_CLOSE or ch == '"'):
            out.append(new_tuple(Quote, (open_at, i, True)))  # Quote(open_at, i, True)
            open_at = -1
        elif not double and (ch in _SINGLE_CLOSE or ch == "'"):
            out.append(new_tuple(Quote, (open_at, i, False)))
            open_at = -1
        elif double and ch in _DOUBLE_OPEN:
            open_at = i  # the earlier mark was never closed
    return out


def _apostrophe(text: str, i: int) -> bool:
    prev, nxt = text[i - 1 : i], text[i + 1 : i + 2]
    return prev.isascii() and prev.isalpha() and nxt.isascii() and nxt.isalpha()


def inside(pos: int, quotes: list[Quote]) -> bool:
    """Whether pos lies inside one of the quotes (which never overlap: a sentence has a few,
    so a plain look at each is quicker than a bisection)."""
    return any(q.open < pos < q.close for q in quotes)


def quote_speech(text: str, q: Quote, end: int) -> re.Match[str] | None:
    """The quoting ending after a quote, if the quote is something said."""
    m = QUOTE_END.match(text, q.close + 1, end)
    if not m:
        return QUOTE_AS.match(text, q.close + 1, end)
    if QUOTE_NAMING.match(text, m.end(), end):
        return None
    ending = m.group("end")
    if ending in ("는", "라는", "이라는", "란", "던", "라던"):
        body = text[q.open + 1 : q.close].rstrip()
        if not q.double or not FINAL_ENDING.search(body):
            return None
    return m
