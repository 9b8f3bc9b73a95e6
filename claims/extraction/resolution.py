"""Speaker resolution across a document: full names, surnames, the last speaker.

Pronouns (그는) and elided subjects resolve to the last named speaker; a named person who
is a sentence's topic becomes the referent of the next pronoun; '올트먼' resolves to the
fullest form the document gives ('샘 올트먼'), '최 할머니' to '최금덕'.
"""

from __future__ import annotations

import re

from .lexicon import (
    ANON_HEADS,
    CONNECTIVES,
    PRONOUNS,
    SURNAMES,
    TIME_TOPICS,
    TITLE_SET,
    TITLES,
    is_korean_name,
    is_org,
    trie_pattern,
)
from .speakers import NounPhrase
from .types import SpeakerMention

__all__ = ["SpeakerResolver"]


# a title as a word or at a word's end (CEO, 회장, 돌봄팀장): names stand right before it
_TITLE_AT = re.compile(
    trie_pattern([t for t in TITLES if len(t) >= 2]) + r"(?=[은는이가의도와과\s,(인]|$)"
)
# "단장인 짐 보우든은": the name after a "<title>인" word
_NAME_AFTER_TITLE = re.compile(r"인 ((?:[가-힣]{1,4} )?[가-힣]{2,5})(?:은|는|이|가)\s")
_HANGUL_WORD = re.compile(r"[가-힣]+")
_PERSON_HINT = re.compile(
    trie_pattern([t for t in TITLES if len(t) >= 2])
    + r"|씨|님|\(\d|(?<![가-힣])["
    + "".join(sorted(SURNAMES))
    + r"][가-힣]{2}(?:은|는|이|가)\s"
)
_NAME_WITH_AGE = re.compile(r"(?<![가-힣])([가-힣]{3})\(\d{1,3}\)")


class SpeakerResolver:
    """Document-level memory: names seen so far, their fullest forms, the last speaker."""

    def __init__(self) -> None:
        self.known: set[str] = set()
        self._fullest: dict[str, tuple[str, int, int]] = {}
        self.last: SpeakerMention | None = None
        self._by_surname: dict[str, tuple[str, int, int]] = {}

    def prescan(self, text: str) -> None:
        """Collect full names: '샘 올트먼 CEO' (so '올트먼' resolves to it) and Korean names
        with an age or a title ('최금덕(75)', '김영국 ... 팀장') for surname references."""
        done: set[str] = set()  # '올트먼 CEO' comes ten times: read its words once
        for m in _TITLE_AT.finditer(text):
            after = _NAME_AFTER_TITLE.match(text, m.end())
            if after:
                name = after.group(1)
                family = name.split()[-1]
                self.known.update({name, family})
                self._fullest.setdefault(family, (name, after.start(1), after.end(1)))
                continue
            key = " ".join(text[max(0, m.start() - 16) : m.start() + 1].split()[-2:])
            if key not in done:
                done.add(key)
                self._names_before(text, m.start())
        for m in _NAME_WITH_AGE.finditer(text):
            self._add_surname(m.group(1), m.start(1))

    def may_name_person(self, text: str, start: int, end: int) -> bool:
        """A cheap look for a title, an honorific, an age, a known or a Korean full name."""
        if _PERSON_HINT.search(text, start, end):
            return True
        window = text[start:end]
        return any(name in window for name in self.known)

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
        if separate and len(words) >= 2 and words[0][0] == title_at - 1 - len(words[0][1]):
            (fam_at, family), (giv_at, given) = words[0], words[1]
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
        for key in {name, parts[-1]}:
            prior = self._fullest.get(key)
            if prior is None or len(prior[0]) < len(name):
                self._fullest[key] = (name, start, end)
        self.known.update({name, parts[-1]})
        best = self._fullest.get(parts[-1]) if np.person else None
        if best and best[0].endswith(name) and len(best[0]) > len(name):
            return SpeakerMention(*best)
        return SpeakerMention(name, start, end)

    def resolve(self, np: NounPhrase | None) -> tuple[str, SpeakerMention | None]:
        """('named', mention) | ('anonymous', None); pronouns and gaps use the last speaker."""
        if np is not None and np.kind == "named":
            if np.name == "이" and "이" not in self._by_surname and self.last is not None:
                return "named", self.last  # 이 대변인은: 'this spokesman', no 이 named yet
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
