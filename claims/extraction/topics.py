"""Context that shows a subject word names the speaker when no list knows the word.

Split from speakers.py: an unlisted topic (트렌드포스는, 야고는, 의협은) is taken as the
speaker only with a descriptor in front, or a quote or connective adverb right after it;
a word ending in 이/가 (료헤이) is part of a name when a titled subject follows.
"""

from __future__ import annotations

import re

from .lexicon import ORG_WORDS, ends_with_title, is_korean_name, is_org, is_title

__all__ = [
    "DESCRIPTOR",
    "bare_ok",
    "name_before_title",
    "office_topic",
    "titled_next",
    "verb_after_object",
]


_NEXT_WORD = re.compile(r"\s*(\S+)")
_CASE_END = re.compile(r"(?:을|를|에게|에서|부터|까지|으로|에는|에|께)$")


def name_before_title(text: str, word: str, pos: int) -> bool:
    """윤지해 리서치랩장은: a full name that only looks like a clause ending (해, 돼)
    when a title follows it; 유엔 사무차장은: a body that only looks like X+엔."""
    nxt = _NEXT_WORD.match(text, pos)
    titled = nxt is not None and ends_with_title(nxt.group(1).rstrip(",")[:-1])
    named = (len(word) == 3 and is_korean_name(word)) or word in ORG_WORDS
    return titled and named and not _CASE_END.search(word)


# a descriptor in front names what the topic is (시장조사업체 X는, 결승골의 주인공 X는)
DESCRIPTOR = re.compile(
    r"(?:업체|기관|회사|기업|단체|주인공|출신|소속|선수|증권사|운용사|매체|방송사|신문사|연구소"
    r"|일간|일간지|주간지|경제지|통신사|언론사|방송)$"
)
# …or a date right after it, as a news subject has it (두산은 18일 …고 발표했다)
_AFTER_BARE = re.compile(
    r"\s*(?:[“\"‘']|(?:또|다만|이어|또한|아울러|특히|그러면서)\s|(?:지난\s)?\d{1,2}[일월]\s)"
)


def bare_ok(text: str, before: str, after: int) -> bool:
    """An unlisted word as the topic names the speaker only where copy shows it does: a
    descriptor before it, a quote or a connective adverb (또, 다만) right after it."""
    if DESCRIPTOR.search(before.strip("‘’'\"“”,·")):
        return True
    return _AFTER_BARE.match(text, after) is not None


_NEXT_TITLE = re.compile(
    r"(?:\s+[가-힣A-Za-z]+){0,2}?\s+([가-힣A-Za-z]+?)"
    r"(?:\([^()\n]{1,20}\))?"  # 의원(후평1·2·3동)은: the constituency after the title
    r"(?:은|는|이|가|도)(?=[\s,])"
)


def titled_next(text: str, pos: int) -> bool:
    """료헤이 일본 재무상도: a titled subject follows, so this word ends a name."""
    nxt = _NEXT_TITLE.match(text, pos, pos + 30)
    return nxt is not None and is_title(nxt.group(1))


def office_topic(stem: str) -> bool:
    """경찰서는, 소방서는: an office whose name ends in 서 is a topic, not …에서는; and a
    title is one whatever its ending (작가는 is no 가는)."""
    return (stem.endswith("서") and is_org(stem)) or is_title(stem)


# the word before ends in an object particle: the next 은/는 word is a verb (맡은, 딴)
_AFTER_OBJECT = re.compile(r"[가-힣][을를]\s$")


def verb_after_object(text: str, start: int, stem: str, particle: str, pos: int) -> bool:
    """연출을 맡은 정재민 감독은: a short 은/는 word right after an object is an adnominal
    verb (맡은, 받은, 딴), not a topic; the subject comes after it."""
    return (
        particle in ("은", "는")
        and len(stem) <= 2
        # a match ends at pos (or before a newline there): four characters hold it, and
        # the search need not walk the whole clause before
        and bool(_AFTER_OBJECT.search(text, max(start, pos - 4), pos))
    )
