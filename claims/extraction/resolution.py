"""Speaker resolution across a document: full names, surnames, the last speaker.

Pronouns (그는) and elided subjects resolve to the last named speaker; a named person who
is a sentence's topic becomes the referent of the next pronoun; '올트먼' resolves to the
fullest form the document gives ('샘 올트먼'), '최 할머니' to '최금덕'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import (
    ANON_HEADS,
    CONNECTIVES,
    PLACES,
    PRONOUNS,
    SURNAMES,
    TIME_TOPICS,
    TITLE_SET,
    TITLES,
    is_korean_name,
    is_org,
    looks_korean_full_name,
    trie_pattern,
)
from .speakers import NounPhrase, find_subject
from .types import SpeakerMention, new_tuple

__all__ = ["SpeakerResolver"]


_TITLES = [t for t in TITLES if len(t) >= 2]


def _char_set(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(set(chars))) + "]"


# a title as a word or at a word's end (CEO, 회장, 돌봄팀장): names stand right before it.
# The engine skips ahead only to a pattern's first character, and a third of all syllables
# begin some title; so the pattern takes that character, then looks back at it (?<=…) to
# test the second one (a title's pair of syllables is rare) before the trie of titles,
# whose ninety branches would each be tried. The title itself is the group `title`.
_TITLE_AT = re.compile(
    _char_set(t[0] for t in _TITLES)
    + "(?<=(?=."
    + _char_set(t[1] for t in _TITLES)
    + ")(?=(?P<title>"
    + trie_pattern(_TITLES, leading=True)
    + r")(?=[은는이가의도와과\s,(인]|$)).)"
)
# "단장인 짐 보우든은": the name after a "<title>인" word
_NAME_AFTER_TITLE = re.compile(r"인 ((?:[가-힣]{1,4} )?[가-힣]{2,5})(?:은|는|이|가)\s")
_HANGUL_WORD = re.compile(r"[가-힣]+")
_PERSON_HINT = re.compile(
    trie_pattern(_TITLES)
    + r"|씨|님|\(\d|(?<![가-힣])["
    + "".join(sorted(SURNAMES))
    + r"][가-힣]{2}(?:은|는|이|가)\s"
)
_MARKS = "‘’'\"“”,·()[]"
# led by the bracket, not by the name: a literal first character lets the engine skip
# ahead, where a leading [가-힣]{3} is tried at every syllable of the text
_AGE_BRACKET = re.compile(r"\(\d{1,3}\)")
_NAME_BEFORE_AGE = re.compile(r"(?<![가-힣])[가-힣]{3}")


def _titles(text: str) -> list[tuple[int, int]]:
    """The titles' spans, as a search from the end of each would find the next: _TITLE_AT
    takes one character per find, so it also finds titles inside one found before."""
    spans: list[tuple[int, int]] = []
    after = 0
    for m in _TITLE_AT.finditer(text):
        start, end = m.span("title")
        if start >= after:
            spans.append((start, end))
            after = end
    return spans


# a three-syllable word and its particle: a candidate Korean full name (이서진이)
_FULL_NAME = re.compile(r"(?<![가-힣])([가-힣]{3})(?=[은는이가의도와과][\s,])")
# 회사는 refers back to the company of the article, written once with its stock code
_COMPANY_WORDS = {"회사"}
_LISTED = re.compile(r"([가-힣A-Za-z&]{2,20})\s?[\[(]\d{6}[\])]")
# a word that ends in a case particle and then 도 'also', not a body (시청에서도)
_PARTICLE_THEN = re.compile(r"(?:에서|에게|으로|에|까지|부터|와|과|만)도$")
# the provinces 도는 refers back to, in full or short (경상남도, 경남도, 강원특별자치도)
_PROVINCE = re.compile(
    r"(?:경기|강원|충청북|충청남|전라북|전라남|경상북|경상남|충북|충남|전북|전남|경북|경남|제주"
    r"|강원특별자치|전북특별자치|제주특별자치)도"
)


def _last_written(
    pattern: re.Pattern[str], text: str, start: int, end: int, keep=lambda name: True
) -> SpeakerMention | None:
    """The name (group 1) of the last match of `pattern` in text[start:end] that `keep`
    accepts, as a mention."""
    found = None
    for m in pattern.finditer(text, start, end):
        if keep(m.group(1)):
            found = m
    return SpeakerMention(found.group(1), found.start(1), found.end(1)) if found else None


class SpeakerResolver:
    """Document-level memory: names seen so far, their fullest forms, the last speaker."""

    def __init__(self) -> None:
        self.known: set[str] = set()
        self._fullest: dict[str, tuple[str, int, int]] = {}
        self._last: SpeakerMention | None = None
        # sentences with no report whose topic may name a person: read only when a pronoun
        # or an elided subject needs the last speaker (most are never needed)
        self._pending: list[tuple[int, int]] = []
        self._text = ""
        self._by_surname: dict[str, tuple[str, int, int]] = {}
        # bodies named as speakers, latest last: 시는 -> 부산시, 노조는 -> 철도노조
        self._bodies: list[SpeakerMention] = []

    @property
    def last(self) -> SpeakerMention | None:
        if self._pending:
            pending, self._pending = self._pending, []
            for start, end in pending:
                if self.may_name_person(self._text, start, end):
                    self.note_topic(find_subject(self._text, start, end, self.known, True))
        return self._last

    @last.setter
    def last(self, mention: SpeakerMention | None) -> None:
        self._pending = []  # a newer speaker: earlier topics no longer matter
        self._last = mention

    def defer_topic(self, start: int, end: int) -> None:
        """A sentence with no report: its topic is the referent of a later pronoun."""
        self._pending.append((start, end))

    def prescan(self, text: str) -> None:
        """Collect full names: '샘 올트먼 CEO' (so '올트먼' resolves to it) and Korean names
        with an age or a title ('최금덕(75)', '김영국 ... 팀장') for surname references."""
        self._text = text
        done: set[str] = set()  # '올트먼 CEO' comes ten times: read its words once
        for start, end in _titles(text):
            after = _NAME_AFTER_TITLE.match(text, end)
            if after:
                name = after.group(1)
                family = name.split()[-1]
                self.known.update({name, family})
                self._fullest.setdefault(family, (name, after.start(1), after.end(1)))
                continue
            key = " ".join(text[max(0, start - 16) : start + 1].split()[-2:])
            if key not in done:
                done.add(key)
                self._names_before(text, start)
        for m in _AGE_BRACKET.finditer(text):
            at = m.start() - 3
            if at >= 0 and _NAME_BEFORE_AGE.match(text, at, m.start()):
                self._add_surname(text[at : m.start()], at)

    def may_name_person(self, text: str, start: int, end: int) -> bool:
        """A cheap look for a title, an honorific, an age, a known or a Korean full name."""
        if _PERSON_HINT.search(text, start, end):
            return True  # (per window: a pass over the whole text costs more)
        known = self.known
        for word in text[start:end].split():
            word = word.strip(_MARKS)
            # a known name is a whole word, maybe with a particle (올트먼은, 올트먼께서)
            if word in known or word[:-1] in known or word[:-2] in known:
                return True
        return False

    def _names_before(self, text: str, title_at: int) -> None:
        """The few words before a title: '샘 올트먼' (given + family) and Korean full names."""
        pos, seen = title_at, 0
        words: list[tuple[int, str]] = []  # (start, word), nearest first
        separate = title_at > 0 and text[title_at - 1] == " "
        while pos > 0 and seen < 4:
            end = pos - 1 if text[pos - 1] == " " else pos
            begin = text.rfind(" ", max(0, end - 20), end) + 1
            if begin <= 0 and end - 20 > 0:
                break
            word = text[begin:end]
            if not word or "\n" in word:
                break
            words.append((begin, word))
            pos, seen = begin, seen + 1
        pair = words  # skip the affiliation between name and title: 블링컨 (미국) 국무장관
        while len(pair) > 2 and (pair[0][1] in PLACES or is_org(pair[0][1])):
            pair = pair[1:]
        if separate and len(pair) >= 2 and words[0][0] == title_at - 1 - len(words[0][1]):
            (fam_at, family), (giv_at, given) = pair[0], pair[1]
            if (
                _HANGUL_WORD.fullmatch(given)
                and _HANGUL_WORD.fullmatch(family)
                and len(given) <= 3
                and len(family) <= 6
                and self._given_family_ok(given, family)
                and family not in self._fullest
            ):
                name = f"{given} {family}"
                self._fullest[family] = (name, giv_at, fam_at + len(family))
                self.known.update({name, family})
        if text.startswith(("기자", "특파원", "통신원"), title_at):
            return  # a byline's reporter is no speaker: '이 감독' must not resolve to him
        for begin, word in words:
            name = word.split("(", 1)[0]
            if len(name) == 3:
                self._add_surname(name, begin)

    def _add_surname(self, name: str, start: int) -> None:
        if is_korean_name(name) and name[0] not in self._by_surname:
            self._by_surname[name[0]] = (name, start, start + len(name))

    @staticmethod
    def _given_family_ok(given: str, family: str) -> bool:
        return not (
            given in ANON_HEADS
            or given in PRONOUNS
            or given in CONNECTIVES
            or given in TIME_TOPICS
            or given[-1] in "의인은는이가을를에도"
            or is_korean_name(given)
            or is_korean_name(family)
            or is_org(given)
            or is_org(family)
            or family in TITLE_SET
            or family in PLACES
            or given in PLACES
        )

    def remember(self, np: NounPhrase) -> SpeakerMention | None:
        if np.kind != "named" or not np.name:
            return None
        name, start, end = np.name, np.start, np.end
        if len(name) == 1 and name in self._by_surname:
            return SpeakerMention(*self._by_surname[name])
        if np.person and len(name) == 3 and is_korean_name(name):
            self._by_surname[name[0]] = (name, start, end)
        parts = name.split()
        for key in (name, parts[-1]) if parts[-1] != name else (name,):
            prior = self._fullest.get(key)
            if prior is None or len(prior[0]) < len(name):
                self._fullest[key] = (name, start, end)
        self.known.add(name)
        self.known.add(parts[-1])
        if not np.person and len(parts) == 1 and len(name) > 1:
            self._bodies.append(SpeakerMention(name, start, end))
        best = self._fullest.get(parts[-1]) if np.person else None
        if best and best[0].endswith(name) and len(best[0]) > len(name):
            return new_tuple(SpeakerMention, best)  # SpeakerMention(*best), built faster
        return new_tuple(SpeakerMention, (name, start, end))

    def short_body(self, np: NounPhrase) -> SpeakerMention | None:
        """The body a one-syllable short form (시는) refers back to, if one was named:
        as a speaker, or else as any word before it (서울시는 … . 시는 …)."""
        if np.kind != "short" or not np.name:
            return None
        short = np.name
        if short in _COMPANY_WORDS:
            return self._last_listed_company(np.start)
        for body in reversed(self._bodies):
            if body.name.endswith(short) and body.name != short:
                return body
        found = None
        for m in re.finditer(rf"[가-힣·]{{1,12}}{short}(?=[은는이가의에도와과,\s])", self._text):
            if m.start() >= np.start:
                break
            word = m.group()
            if short == "도" and _PROVINCE.fullmatch(word) is None:
                continue  # 도는: a province (경남도), not an island (매물도) or 에서도
            if is_org(word) and not _PARTICLE_THEN.search(word):
                found = m  # (not 항구에서도, 시청에도: a particle, then 'also')
        if found is None:
            return None
        return SpeakerMention(found.group(), found.start(), found.end())

    def _named_with_surname(self, surname: str, before: int) -> SpeakerMention | None:
        """The last Korean full name of that surname written before, with a particle."""
        return _last_written(
            _FULL_NAME,
            self._text,
            max(0, before - 600),
            before,
            lambda name: name[0] == surname and looks_korean_full_name(name),
        )

    def _last_listed_company(self, before: int) -> SpeakerMention | None:
        """회사는: the company last written with its stock code (한별전자[417890])."""
        return _last_written(_LISTED, self._text, 0, before)

    def resolve(self, np: NounPhrase | None) -> tuple[str, SpeakerMention | None]:
        """('named', mention) | ('anonymous', None); pronouns and gaps use the last speaker."""
        if np is not None and np.kind == "short":
            body = self.short_body(np)
            if body is not None:
                self.last = body
                return "named", body
            # none of that kind named before: 노조는 names itself; 시는 is an elided subject
            name = np.name or ""
            np = NounPhrase("named", name, np.start, np.end) if is_org(name) else None
        if np is not None and np.kind == "named":
            # 이 감독은, 김 장관은: the latest speaker of that surname; 이 with no one of
            # that surname named yet is 'this' (이 대변인은): the latest speaker too
            last = self.last if np.name and len(np.name) == 1 else None
            if last is not None and np.name not in self._by_surname and np.name != "한":
                # 이 선수는: someone of that surname named before, if only as a subject
                # (이서진이 … 가장 빨랐다), rather than the last speaker of another name
                earlier = self._named_with_surname(np.name, np.start)
                if earlier is not None and not last.name.startswith(np.name):
                    self.last = earlier
                    return "named", earlier
            if last is not None and (
                last.name.startswith(np.name) or (np.name == "이" and "이" not in self._by_surname)
            ):
                return "named", last
            if np.name == "한" and "한" not in self._by_surname:
                self.last = None
                return "anonymous", None  # 한 대변인은 with no 한 named: one spokesperson
            mention = self.remember(np)
            self.last = mention
            return "named", mention
        if np is not None and np.kind == "anonymous":
            self.last = None
            return "anonymous", None
        if self.last is not None:
            return "named", self.last
        return "anonymous", None

    def note_topic(self, np: NounPhrase | None) -> None:
        """A named person as a sentence's topic becomes the referent of later pronouns."""
        if np is not None and np.kind == "named" and np.person:
            self.last = self.remember(np)
