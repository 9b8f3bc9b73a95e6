"""Speaker mentions and their resolution.

A speaker is read from the noun phrase before a topic/subject particle (`올트먼 CEO는`,
`신봉춘(52)씨는`, `대만 중앙기상청은`): titles, honorifics, ages and particles are stripped,
and the fullest form the document gives is preferred (`샘 올트먼`). Pronouns (`그는`) and
elided subjects resolve to the last named speaker; unnamed sources (`한 관계자는`,
`전문가들은`) are anonymous.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from .lexicon import (
    ANON_GROUP,
    ANON_HEADS,
    CONNECTIVES,
    COUNTRIES,
    HONORIFICS,
    ORG_WORDS,
    PLACES,
    PRONOUNS,
    SHORT_BODIES,
    SURNAMES,
    TIME_TOPICS,
    TITLE_SET,
    ends_with_title,
    is_korean_name,
    is_org,
    is_title,
    looks_foreign,
    looks_korean_full_name,
    names_a_person,
    wordlist,
)
from .names import COUNTED_GROUP, NounPhrase, aged_name, name_affiliation, named, org, titled_name
from .topics import bare_ok, name_before_title, office_topic, titled_next, verb_after_object
from .types import new_tuple

__all__ = ["NounPhrase", "classify_np", "find_subject", "words"]


_NOT_TOPIC_END = re.compile(
    r"(?:에는|에서는|에선|에게는|로는|으로는|와는|과는|보다는|부터는|까지는|서는|다는|라는|하는|되는"
    r"|있는|없는|않는|이는|가는|오는|보는|나는|지는|만은|엔|에도)$"
)
_SUBJECT_END = re.compile(r"(께서|은|는|이|가)$")
_WORD = re.compile(r"\S+")
_BRACKET = re.compile(r"\([^)]*\)|\[[^\]]*\]")  # (52), and stock codes: 동해중공업[016540]
_CLAUSE_END = re.compile(
    r"(?:하고|했고|되고|이고|었고|았고|하며|했으며|으며|면서|는데|지만|어서|아서|해서|하자|되자|했으나|으나"
    r"|하면|되면|다가|해|돼|나서|려고|도록)$"
)
# a word with a case particle ends the noun phrase before a subject (not 의: 서울의 한 ...)
_STOP_BEFORE_NP = re.compile(r"(?:을|를|에게|에서|부터|까지|으로|에는|에|께)$")


def words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Space-separated words (어절) of text[start:end] with offsets."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


@lru_cache(maxsize=8192)
def _lead(word: str) -> int:
    """How many quote marks and commas open the word (“0씨는): the name starts after them."""
    return len(word) - len(word.lstrip(_MARKS))


_MARKS = "‘’'\"“”,·"


@lru_cache(maxsize=8192)
def _lead_and_clean(word: str) -> tuple[int, str]:
    """_lead(word) and _clean(word) in one cached call: the phrase loop needs both."""
    return _lead(word), _clean(word)


@lru_cache(maxsize=8192)
def _clean(word: str) -> str:
    if "(" in word or "[" in word:
        word = _BRACKET.sub("", word)
    return word.strip("‘’'\"“”,·")


def classify_np(text: str, toks: list[tuple[int, int, str]], known: set[str]) -> NounPhrase:
    """toks: the phrase's words, the last one already stripped of its particle."""
    np = _classify(text, toks, known)
    if np.kind == "named" and np.name and text[np.start : np.end] != np.name:
        # a bracket or mark inside the words shifted the name: point at where it is written
        at = text.find(np.name, max(0, np.start - 8), np.end + 40)
        if at < 0:
            return NounPhrase("none", None, np.start, np.end, False, np.phrase_end)
        np = NounPhrase(np.kind, np.name, at, at + len(np.name), np.person, np.phrase_end)
    return np


def _classify(text: str, toks: list[tuple[int, int, str]], known: set[str]) -> NounPhrase:
    items: list[tuple[int, int, str]] = []
    words_: list[str] = []  # the items' words
    for s, _e, w in toks:
        lead, c = _lead_and_clean(w)
        if c:
            s += lead
            items.append((s, s + len(c), c))
            words_.append(c)
    if not items:
        return NounPhrase("none", None, 0, 0)
    if len(items) >= 2 and items[-1][2] == "등":
        items.pop()  # 로이터통신 등이: the source named, not 'and others'
        words_.pop()
    first, head = items[0][2], items[-1][2]
    if not _UNNAMED_SOURCES.isdisjoint(words_):
        return NounPhrase("anonymous", None, items[0][0], items[-1][1])
    if len(items) >= 2 and head.endswith(_TEAM_HEADS):
        # 김하늘 교수와 이도현 교수 공동연구팀: the team speaks as its first-named member
        member = next((it for it in items[:-1] if looks_korean_full_name(_bare(it[2]))), None)
        if member is not None:
            s = member[0]
            return named([(s, s + len(_bare(member[2])), _bare(member[2]))], person=True)
    if len(items) >= 2 and is_org(head):
        # 과기정통부와 항우연은: two bodies speak together; the first named is the speaker
        for s, e, w in items[:-1]:
            if len(w) > 2 and w[-1] in "와과" and is_org(w[:-1]):
                return named([(s, e - 1, w[:-1])], person=False)
    # honorific: 신봉춘(52)씨, B 씨, 김모씨 -> the word before it is the name
    if head in HONORIFICS and len(items) >= 2:
        if items[-2][2] == "모" and len(items) >= 3 and items[-3][2] in SURNAMES:
            return named(items[-3:-1], person=True)  # 최 모 씨: the name is '최 모'
        return named([items[-2]], person=True)
    if head.endswith(HONORIFICS):  # 신봉춘씨: one test first, as most heads have none
        for hon in HONORIFICS:
            if head.endswith(hon) and len(head) > len(hon) and head not in ("아저씨", "아주머님"):
                s = items[-1][0]
                return named([(s, s + len(head) - len(hon), head[: -len(hon)])], person=True)
    if len(items) >= 2 and (aged := aged_name(toks, items)) is not None:
        return named([aged], person=True)  # 박서연(38) 그린팜 대표: the aged name
    if "(" in toks[-1][2] and _AGE_AFTER.search(toks[-1][2]) and looks_foreign(head):
        # 카를로스 메넨데스(34): an age makes a foreign name a person's, given name and all
        given = items[-2][2] if len(items) >= 2 else ""
        if _given_name(given):
            return named(items[-2:], person=True)
        return named(items[-1:], person=True)
    if len(items) >= 3 and first == "같은":
        items = items[2:]  # 같은 당 박주민 의원: of the same party, not an unnamed one
        first = items[0][2]
    if head in _ANALYST_HEADS and len(items) >= 2 and looks_korean_full_name(first):
        return named(items[:1], person=True)  # 김지만 삼성증권 연구원: an analyst, no institute
    if _MASKED_BODY.fullmatch(head):
        return named(items[-1:], person=False)  # A시는, B사는: a body the copy leaves unnamed
    if len(items) == 1 and first in SHORT_BODIES:
        # 시는, 당은, 연구원은, 협회는: the body of that kind named before (부산시,
        # 한국형사·법무정책연구원); resolution.py falls back when there is none
        return NounPhrase("short", first, items[0][0], items[0][1])
    if cut := words_.index("겸") if "겸" in words_ else 0:
        items = items[:cut]  # 최상목 부총리 겸 기획재정부 장관: the name before the first title
        first, head = items[0][2], items[-1][2]
    titled = False
    if head.endswith("시장") and len(items) >= 2 and names_a_person(items[-2][2]):
        items.pop()  # 박 시장은, 박형준 시장은: the mayor; 시장은 alone is the market
        head, titled = items[-1][2], True
    while items and is_title(items[-1][2]):
        items.pop()
        titled = True
    if not items:
        return NounPhrase("title", None, toks[0][0], toks[-1][1])
    if titled and len(items) == 1 and first == "한":
        # 한 대변인은: the surname 한 when someone of it was named (resolution.py), else 'one'
        return named(items, person=True)
    if (
        first in ("한", "어느", "모")
        or (titled and len(items) >= 2 and items[-1][2] in ("한", "어느"))  # 노무라의 한 애널리스트
        # 경북의 한 병원장: 한 or 어느 among the words between first and head
        or (len(items) > 2 and not _ONE_OF.isdisjoint([w for _s, _e, w in items[1:-1]]))
        or head in ANON_HEADS
        or items[-1][2] in ANON_HEADS
        or ANON_GROUP.search(items[-1][2])
        or COUNTED_GROUP.fullmatch(head) is not None  # 완성차 5개사는: bodies, none named
    ):
        return NounPhrase("anonymous", None, items[0][0], items[-1][1])
    if titled and len(items) == 1 and len(first) == 1 and first in SURNAMES:
        # 이 총재는, 최 할머니는: a surname (the resolver falls back on the last speaker
        # when no one of that surname has been named, as 이 may also mean 'this')
        return named(items, person=True)
    if items[-1][2] in PRONOUNS or (len(items) <= 2 and first in ("이", "그", "해당")):
        return NounPhrase("pronoun", None, items[0][0], items[-1][1])
    # "단장인 짐 보우든", "근로자위원인 이정훈": the words after a "<title>인" word hold
    # the name, read as a titled one (위원장인 국민의힘 박성철 의원: not the party)
    for k, (_s, _e, w) in enumerate(items[:-1]):
        if w.endswith("인") and (is_title(w[:-1]) or ends_with_title(w[:-1])):
            rest = items[k + 1 :]
            return titled_name(rest) if len(rest) >= 2 else named(rest, person=True)
    if not titled and len(items) >= 2 and ends_with_title(items[-1][2]):
        # 문진영 사회수석, 우르줄라 폰데어라이엔 (EU) 집행위원장
        titled = any(is_korean_name(it[2]) or looks_foreign(it[2]) for it in items[:-1])
        items = items[:-1] if titled else items
    if titled:
        return titled_name(items)
    last = items[-1][2]
    if len(items) == 1 and last in COUNTRIES:
        return named(items, person=False)  # 미국은 …다고 밝혔다: the country's government
    if name_affiliation(items):
        return named(items[:1], person=True)  # 박정민 기상청 예보분석관: name, body, title
    if is_org(last):
        return org(items)
    if last in known:
        return named([items[-1]], person=True)
    if len(items) == 1 and is_korean_name(last) and len(last) == 3:
        return named(items, person=True)
    if 2 <= len(items) <= 4 and looks_korean_full_name(first) and not is_org(last):
        return named(items[:1], person=True)  # 박민수 <body> <unlisted title>: the name
    if len(items) >= 2 and any(_AGE_WORD.fullmatch(w) for _s, _e, w in items[:-1]):
        return NounPhrase("anonymous", None, items[0][0], items[-1][1])  # 70대 농민은: unnamed
    if _BARE_NAME.fullmatch(last) and last not in ANON_HEADS and last not in PRONOUNS:
        # an unlisted name (트렌드포스, 야고, 의협): find_subject keeps it only in context
        s = items[-1][0]
        return NounPhrase("bare", last, s, s + len(last), len(last) == 3 and is_korean_name(last))
    return NounPhrase("none", None, items[0][0], items[-1][1])


def _given_name(word: str) -> bool:
    """호세, 카를로스 before a foreign family name: no place, body, title or descriptor."""
    return (
        _HANGUL_WORD.fullmatch(word) is not None
        and word not in PLACES
        and word not in ANON_HEADS
        and not is_org(word)
        and not is_title(word)
        and not looks_korean_full_name(word)
        and word[-1] not in "의은는이가을를에"
    )


_HANGUL_WORD = re.compile(r"[가-힣]{1,5}")
_UNNAMED_SOURCES = {"관계자", "관계자들", "당국자", "소식통"}
_MASKED_BODY = re.compile(r"[A-Z](?:시|군|구|사|업체|기업|은행|병원|학교|대학|기관|단체|협회)")
_ONE_OF = {"한", "어느"}  # 한 관계자, 어느 전문가: one of many, unnamed
_TEAM_HEADS = ("연구팀", "연구진", "연구그룹")
# 연구원 is also an institute (한국개발연구원); after a person's name it is their post
_ANALYST_HEADS = {"연구원", "선임연구원", "책임연구원", "수석연구원", "연구위원", "애널리스트"}


def _bare(word: str) -> str:
    return word.removesuffix("와").removesuffix("과") if len(word) > 3 else word


_SIDE_BEFORE = re.compile(r"\S\s측\s+$")
_AGE_AFTER = re.compile(r"[가-힣]\(\d{1,3}\)$")
_AGE_WORD = re.compile(r"\d{1,2}0?(?:대|세|살)(?:의)?")
_BARE_NAME = re.compile(r"[가-힣]{2,6}|[A-Z][A-Za-z&]+")


def find_subject(
    text: str,
    start: int,
    end: int,
    known: set[str],
    person_only: bool = False,
    reporter: bool = False,
) -> NounPhrase | None:
    """The first topic/subject phrase of text[start:end] (after connectives), or None.

    A topic (은/는) is the sentence's subject whatever it names; 이/가 counts only for a
    person, a known name or an unnamed source, because inside reported content 이/가 marks
    the reported clause's own subject (`류현진이 ... 던졌다고`). `reporter`: the phrase
    stands between the quoting ending and the verb (…했다고 로이터통신이 보도했다), where
    이/가 marks whoever reports.
    """
    for m in _SUBJECT_WORD.finditer(text, start, end):
        stem, particle = m.group(1, 2)
        word_start = m.start()
        if stem.endswith(")") and "(" not in stem:
            # 민사16부(재판장 김인겸 부장판사)는: the bracket holds spaces; read the whole word
            opening = text.rfind("(", start, m.start())
            if opening >= 0:
                word_start = text.rfind(" ", start, opening) + 1 or start
                word_start = max(word_start, start)
                stem = text[word_start : m.start(2)]
        word = _subject_word(stem, particle)
        if word is None:
            continue  # no subject, whatever stands around it (하는, 에서는, 이날은)
        if word.one_syllable and _modifies_title(text, m.end()):
            continue  # 이창용 한은 총재는: 한은 modifies the title, whose 는 marks the subject
        if word.name_like and titled_next(text, m.end()):
            continue  # 정다은 한빛바이오 대표는: a given name ending like a particle
        if word.short_topic and verb_after_object(text, start, stem, particle, m.start()):
            continue
        stem, clean = word.stem, word.clean
        if particle == "도" and (
            not (_could_name_person(clean, known) or is_org(clean))
            or _ADNOMINAL_NEXT.match(text, m.end())
        ):
            continue  # 올해도, 가격도, 김 의원도 참석한: 도 marks a speaker (재무상도, 정부도)
        if person_only and not _could_name_person(clean, known):
            return None  # the topic names no person: nothing for later pronouns
        side = max(start, word_start - 4)
        if text.find("측", side, word_start) >= 0 and _SIDE_BEFORE.search(text, side, word_start):
            # A씨 측 변호인은: someone on A's side, not named (A씨 측 김철수 변호사는 is)
            return NounPhrase("anonymous", None, word_start, m.end(1), False, m.end(2))
        # the subject word often opens the range: then no words stand before it
        phrase = _phrase_before(text, start, word_start) if word_start > start else []
        np = classify_np(text, [*phrase, (word_start, word_start + len(stem), stem)], known)
        # NounPhrase(*np[:5], phrase_end), built faster (types.new_tuple)
        np = new_tuple(NounPhrase, (*np[:5], m.end(2)))
        if np.kind == "bare" and (
            particle not in ("은", "는")
            or not bare_ok(text, phrase[-1][2] if phrase else "", m.end())
        ):
            np = NounPhrase("none", None, np.start, np.end, False, np.phrase_end)
        if particle == "도" and np.kind not in ("pronoun", "named"):
            continue
        if (
            particle in ("이", "가")
            and not reporter
            and not (
                np.kind in ("pronoun", "anonymous")
                or (np.kind == "named" and (np.person or np.name in known))
                or (np.kind == "named" and not phrase and not _ADNOMINAL_NEXT.match(text, m.end()))
            )
        ):
            if titled_next(text, m.end()):
                continue  # 료헤이 일본 재무상도: 이 ends the given name, the title follows
            return None  # an embedded clause's own subject, or 카카오가 주최한 ...
        return np
    return None


class _SubjectWord(NamedTuple):
    """What a subject word (stem + particle) tells by itself, read once per word."""

    stem: str  # without a trailing 측 (A씨 측은 -> A씨)
    clean: str  # _clean(stem)
    one_syllable: bool  # 한은: may modify a title after it (_modifies_title)
    name_like: bool  # 정다은: may be a given name ending like a particle (titled_next)
    short_topic: bool  # 맡은: may be a verb after an object (verb_after_object)


@lru_cache(maxsize=16384)  # a pure reading of one word, and words repeat: cached
def _subject_word(stem: str, particle: str) -> _SubjectWord | None:
    """None for a word that is no subject in any context: a non-topic ending (하는, 에서는;
    but 전문가는 is a topic, as 작가는 is), a body's short name that only looks like a
    particle (한은 is not 한+은), a time word (이날은)."""
    word = stem + particle
    if (
        _not_topic(word)
        and not office_topic(stem)
        and stem not in ANON_HEADS
        and not (len(stem) >= 5 and looks_foreign(stem))  # 엘메르쿠리오는: not 오는
    ) or word in ORG_WORDS:
        return None
    bare = stem[:-1] if stem.endswith("측") and len(stem) > 1 else stem
    clean = _clean(bare)
    if clean in TIME_TOPICS:
        return None
    return _SubjectWord(
        bare,
        clean,
        len(stem) == 1,
        particle != "도" and looks_korean_full_name(word),
        particle in ("은", "는") and len(stem) <= 2,
    )


def _modifies_title(text: str, end: int) -> bool:
    """In '이창용 한은 총재는' the one-syllable '한은' modifies the title after it, whose
    particle marks the subject."""
    nxt = _NEXT_SUBJECT.match(text, end)
    return nxt is not None and (is_title(nxt.group(1)) or ends_with_title(nxt.group(1)))


_NEXT_SUBJECT = re.compile(r",?\s+(\S+?)(?:은|는|이|가)(?=[\s,])")


def _could_name_person(stem: str, known: set[str]) -> bool:
    """A cheap test before the full reading: a title, an honorific, a name."""
    return (
        stem in known
        or stem in TITLE_SET
        or ends_with_title(stem)
        or stem.endswith(HONORIFICS)
        or (len(stem) == 3 and is_korean_name(stem))
        or (stem.endswith("시장") and names_a_person(stem[:-2]))  # 대전시장: the mayor
    )


# the next word modifies a noun (주최한, 공개한, 받은): the subject belongs to that phrase
# (not inside a quote that follows: 재무상도 "환율의 과도한 …")
_ADNOMINAL_NEXT = re.compile(r"\s+(?![“\"‘'])(?:\S+\s+)?\S*[한된던인운은는할될]\s")
_SUBJECT_WORD = re.compile(r"(?<!\S)(\S+?)(께서|은|는|이|가|도),?(?=\s|$)")


@lru_cache(maxsize=16384)  # a pure test of one word, and words repeat: cached
def _ends_phrase(word: str) -> bool:
    """A word that cannot belong to the noun phrase before a subject: a comma, a clause
    ending (했고), a case particle (에서), a non-topic 는 (하는), a time word (이날)."""
    if (word.endswith("지만") and word not in _BUT and looks_korean_full_name(word)) or (
        word.endswith("엔") and looks_foreign(word[:-1])
    ):
        return False  # 김지만 (not 하지만), 폰데어라이엔 (not 여기엔): names that end alike
    return bool(
        word.endswith(",")
        or _CLAUSE_END.search(word)
        or _STOP_BEFORE_NP.search(word)
        or _NOT_TOPIC_END.search(word)
        or _clean(word) in TIME_TOPICS
    )


_BUT = {"하지만", "이지만"}


# adnominal verbs as whole words (영주에 사는 이정숙씨는; but 영양사는 is a topic)
_ADNOMINAL = set(
    wordlist("사는 받는 주는 내는 드는 찾는 맡는 먹는 겪는 쓰는 두는 따르는 다니는 잃는 앓는 같은")
)


@lru_cache(maxsize=16384)
def _not_topic(word: str) -> bool:
    return word in _ADNOMINAL or _NOT_TOPIC_END.search(word) is not None


def _words_back(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """words(text, start, end) from the last: a phrase is read back a word or two from its
    subject, so the words before those are never split off."""
    if text[start:end].isprintable():
        # the only whitespace a printable string holds is ' ' (every other kind is a
        # separator or a control character): a word begins after the last one before it
        while end > start:
            if text[end - 1] == " ":
                end -= 1
                continue
            begin = text.rfind(" ", start, end) + 1 or start
            yield begin, end, text[begin:end]
            end = begin
        return
    while end > start:
        if text[end - 1].isspace():
            end -= 1
            continue
        begin = end - 1
        while begin > start and not text[begin - 1].isspace():
            begin -= 1
        yield begin, end, text[begin:end]
        end = begin


def _phrase_before(text: str, start: int, pos: int) -> list[tuple[int, int, str]]:
    """The words of the noun phrase before a subject word (신봉춘(52)씨 <- 현장소장 <- ...)."""
    phrase: list[tuple[int, int, str]] = []
    for s, e, w in _words_back(text, max(start, pos - 60), pos):
        if _ends_phrase(w) and not (not phrase and name_before_title(text, w, pos)):
            break
        phrase.insert(0, (s, e, w))
        if len(phrase) == 6:
            break
    while phrase and phrase[0][2] in CONNECTIVES:
        phrase.pop(0)
    return phrase
