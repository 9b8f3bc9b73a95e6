"""Reading a name out of a noun phrase's words: persons, foreign full names, bodies.

Split from speakers.py: these helpers see only the phrase's words (no text, no offsets
beyond the words'), which keeps them easy to test and to extend.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import (
    ANON_HEADS,
    CONNECTIVES,
    FIELD_WORDS,
    ORG_WORDS,
    PLACES,
    TIME_TOPICS,
    is_korean_name,
    is_org,
    looks_foreign,
    looks_korean_full_name,
)
from .types import new_tuple

__all__ = [
    "COUNTED_GROUP",
    "NounPhrase",
    "aged_name",
    "name_affiliation",
    "named",
    "org",
    "titled_name",
    "with_given_name",
]

_Tok = list[tuple[int, int, str]]


class NounPhrase(NamedTuple):
    """A subject phrase and what it names; kind: named, anonymous, pronoun, title or none.

    A named tuple, not a frozen dataclass: phrases are built and rebuilt for every subject
    read, and a tuple is built several times faster."""

    kind: str
    name: str | None
    start: int  # offsets of the name (or of the phrase when there is no name)
    end: int
    person: bool = False
    phrase_end: int = 0  # end of the subject word, particle included


def titled_name(items: _Tok) -> NounPhrase:
    """The name in front of a title: 이창용 (한은) 총재, 도널드 트럼프 (미국) 대통령."""
    core = list(items)
    while len(core) > 1 and core[-1][2] in FIELD_WORDS:
        core.pop()  # 캘럼 브라이트 원자재 (전략가): the field, not the name
    while len(core) > 1 and (is_org(core[-1][2]) or core[-1][2] in PLACES):
        if _given_then_surname(core):
            break  # 톰 플레처: a surname that only ends like a body (처, 청, 부)
        core.pop()  # the affiliation between name and title: 미국, 한은, 메모리사업부
    last = core[-1][2]
    if len(core) == 2 and all(_HANGUL.fullmatch(it[2]) for it in core):
        first = core[0][2]
        if looks_korean_full_name(first) and not looks_korean_full_name(last):
            return named(core[:1], person=True)  # 한지우 누리팜 대표: an unlisted body
        if (
            (looks_foreign(first) or looks_foreign(last))
            and not is_org(last)
            and not looks_korean_full_name(last)  # (연구소 김준혁 소장: a body, then a name)
        ):
            return named(core, person=True)  # 제이크 설리번 (백악관) 보좌관: given, family
    # (not a body that reads like a name: 전교조 충북지부 정은영 대변인)
    korean = [it for it in core if is_korean_name(it[2]) and len(it[2]) == 3 and not is_org(it[2])]
    if len(korean) >= 2:
        # two name-like words before the title (투자를 주도한 김태린, 지켜본 문태호): the
        # one next to the title is the name, the other a verb that only looks like one
        korean = korean[-1:]
    if korean and korean[-1] is core[-1]:
        return named(korean, person=True)  # 정은희 (서울대) 교수: the name before the title
    foreign = not is_org(last) and last not in PLACES and _HANGUL.fullmatch(last)
    if len(core) >= 2 and (foreign or _given_then_surname(core)):
        joined = with_given_name(core)
        if len(joined) == 2:  # 도널드 트럼프, 기시다 후미오: two words, a foreign full name
            return named(joined, person=True)
    # a full name before a mere surname-initial word (지켜본 문태호 …랩장: 문태호)
    names = [it for it in items if looks_korean_full_name(it[2])]
    names = names or [it for it in items if is_korean_name(it[2]) and len(it[2]) == 3]
    names = names or [it for it in items if is_korean_name(it[2])]
    if names:
        return named([names[0]], person=True)
    if len(core) < len(items) and not is_org(last) and last not in PLACES:
        return named(core[-1:], person=True)  # 린젠 (중국 외교부) 대변인: a foreign name
    if is_org(items[-1][2]):
        return org(items)
    return named(with_given_name(core), person=True)


_HANGUL = re.compile(r"[가-힣]+")


def _given_then_surname(core: _Tok) -> bool:
    given, last = core[0][2], core[-1][2]
    return (
        len(core) == 2
        and len(given) <= 2
        and _HANGUL.fullmatch(given) is not None
        and not is_korean_name(given)
        and not is_org(given)
        and given not in PLACES
        and last not in ORG_WORDS
        and last not in PLACES
        and _HANGUL.fullmatch(last) is not None
    )


def name_affiliation(items: _Tok) -> bool:
    """'<Korean full name> <body or place ...> <word>': copy's name-affiliation-title order,
    read as a person even when the title is missing from the lists."""
    if len(items) < 3 or len(items) > 5:
        return False
    name, middle, last = items[0][2], items[1:-1], items[-1][2]
    if not (len(name) == 3 and is_korean_name(name)) or is_org(last) or last in ANON_HEADS:
        return False
    return any(is_org(w) or w in PLACES or w.isascii() for _s, _e, w in middle)


def org(items: _Tok) -> NounPhrase:
    """An organisation keeps its qualifying words (대만 중앙기상청, 서울고법 민사16부)."""
    keep: _Tok = []
    for it in reversed(items):
        w = it[2]
        if w.endswith("의") or w in ("한", "이", "그", "해당") or w in TIME_TOPICS:
            break
        if w in CONNECTIVES or (any(map(str.isdigit, w)) and not is_org(w)):
            break
        if keep and not (is_org(w) or w in PLACES or w.isascii() or _branch_of(keep[0][2], w)):
            break  # only places and bodies qualify a body: 대만 중앙기상청, 서울고법 민사16부
        keep.insert(0, it)
        if len(keep) == 3:
            break
    return named(keep or items[-1:], person=False)


# a branch names the body it belongs to first (한국전력 경남본부, 전교조 충북지부)
_BRANCH = re.compile(r"(?:본부|지사|지부|지점|지회|지국|지청|사업소|분원|법인)$")


def _branch_of(branch: str, word: str) -> bool:
    return (
        _BRANCH.search(branch) is not None
        and _HANGUL.fullmatch(word) is not None
        and word not in ANON_HEADS
        and word[-1] not in "의은는이가을를에"
    )


def with_given_name(items: _Tok) -> _Tok:
    """'샘 올트먼': join a short given name written before a foreign surname."""
    if len(items) >= 2:
        prev = items[-2][2]
        if (
            (1 <= len(prev) <= 3 or (len(prev) == 4 and looks_foreign(prev)))  # 니컬러스
            and all("가" <= c <= "힣" for c in prev)
            and not is_org(prev)
            and prev[-1] not in "의인은는이가을를에"
            and not is_korean_name(items[-1][2])
            and not looks_korean_full_name(prev)  # 송민재 집로드 (랩장): name, then body
        ):
            return items[-2:]
    return items[-1:]


def named(items: _Tok, person: bool) -> NounPhrase:
    start, end = items[0][0], items[-1][1]
    name = items[0][2] if len(items) == 1 else " ".join([w for _s, _e, w in items])
    # NounPhrase("named", name, start, end, person), built faster (types.new_tuple)
    return new_tuple(NounPhrase, ("named", name, start, end, person, 0))


# 완성차 5개사, 시중은행 4곳: a count of bodies, none of them named by it
COUNTED_GROUP = re.compile(r"\d+(?:개사|개국|개\s?기관|개\s?업체|개\s?단체|곳)")
_AGED = re.compile(r"[가-힣]{2,4}\(\d{1,3}\)")


def aged_name(toks: _Tok, items: _Tok) -> tuple[int, int, str] | None:
    """The name written with an age, 박서연(38), in front of the phrase's head word."""
    for _s, _e, w in toks[:-1]:
        if "(" not in w:
            continue  # most words hold no bracket: nothing to strip and match
        word = w.strip("‘’'\"“”,·")
        if _AGED.fullmatch(word):
            name = word[: word.index("(")]
            if is_korean_name(name):
                return next((it for it in items if it[2] == name), None)
    return None
