"""Attributed statements: direct quotes, indirect speech, sourced and anonymous reports.

The claim span is what is claimed: the words inside the quote marks, or the reported clause
before the reporting word (without a leading connective, without the 다고/라고 particle).
The cue span is the reporting word; the speaker comes from speakers.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from .clauses import after_contrast, after_past_clause, after_setting, object_is_claim
from .cues import ANON_CUES, SOURCED, CueMatch, find_cues
from .lexicon import SECTORS
from .quantities import DATELINE
from .quotes import QUOTE_MARKS, Quote, find_quotes, inside, quote_speech, quotes_at
from .resolution import SpeakerResolver
from .sources import sourced_speaker
from .speakers import NounPhrase, find_subject, words
from .text import Sentence
from .types import Cue, SpeakerMention, new_tuple

__all__ = ["Attributed", "find_attributions", "find_quotes"]

_CONNECTIVE = re.compile(
    r"(?:이어|또한|또|특히|한편|그러면서|아울러|이어서|다만|그러나|하지만|반면|이에|그리고|그러자|앞서"
    r"|이와 함께|이에 대해|그는 이어|실제로|정작|결국|게다가|더불어)[,]?\s+"
)
# sources named by place rather than by person: 업계에선, 정치권에서는 -> anonymous
_SOURCE_PLACE = re.compile(f"(?:{SECTORS})" r"(?:에서는|에선|에서도|에서|은|는|도)\s")


# “…”라고 김 장관은 말했다: the speaker written after the quote
_INLINE_SPEAKER = re.compile(r"\s(?:\S+\s){0,3}?\S+[은는]\s+(?:\S+\s)?[가-힣]*(?:했|혔|였|었|한다)")


class Attributed(NamedTuple):  # a named tuple: built per statement, faster than a dataclass
    start: int
    end: int
    mode: str  # direct, indirect, anonymous
    speaker: SpeakerMention | None
    cue: Cue | None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",·"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.·"):
        end -= 1
    return start, end


_QUOTED_TAIL = re.compile(r"[”\"’']\s?(?:이)?라?$")


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """The reported clause; when it ends in a quote (…“변수”라는 지적), the quote's words."""
    start, end = _trim(text, start, end)
    tail = _QUOTED_TAIL.search(text, start, end)
    if tail:
        quotes = [q for q in find_quotes(text, start, tail.start() + 1) if q.close == tail.start()]
        if quotes:
            return _trim(text, quotes[-1].open + 1, quotes[-1].close)
    return start, end


def _skip_connectives(text: str, start: int, end: int) -> int:
    while True:
        m = _CONNECTIVE.match(text, start, end)
        if not m:
            return start
        start = m.end()


def find_attributions(text: str, sentences: list[Sentence]) -> list[Attributed]:
    """All attributed statements in text order."""
    resolver = SpeakerResolver()
    resolver.prescan(text)
    # each cue regex runs once over the whole text; matches are then dealt out to sentences
    cues = [(m.start("cend"), m.kind, m) for m in find_cues(text)]
    cues.sort(key=_position)
    # quote marks and 따르면 are found once too: a sentence with neither and no cue only
    # offers its topic to later pronouns, without the full reading
    marks = [m.start() for m in QUOTE_MARKS.finditer(text)]
    sourced = _positions(text, "따르면")
    out: list[Attributed] = []
    k = 0
    for sent in sentences:
        a, b = sent.start, sent.end
        if text[a] in "([【":
            # '(부산=연합뉴스) 박성진 기자 = 부산시가 …': the byline is no part of the subject
            dl = DATELINE.match(text, a, b)
            if dl is not None and dl.end() < b:
                a = dl.end() + len(text[dl.end() : b]) - len(text[dl.end() : b].lstrip())
                sent = Sentence(a, b)
        while k < len(cues) and cues[k][0] < a:
            k += 1
        j = k
        while j < len(cues) and cues[j][0] < b:
            j += 1
        first_mark = bisect_left(marks, a)
        quoted = first_mark < len(marks) and marks[first_mark] < b
        if j == k and not quoted and not _any_in(sourced, a, b):
            resolver.defer_topic(a, min(b, a + 60))
            continue
        mine = [c for c in cues[k:j] if c[2].end("verb") <= b]
        in_sentence = marks[first_mark : bisect_left(marks, b, first_mark)] if quoted else []
        out.extend(_sentence(text, sent, mine, resolver, in_sentence))
        k = j
    return out


def _positions(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _any_in(positions: list[int], start: int, end: int) -> bool:
    k = bisect_left(positions, start)
    return k < len(positions) and positions[k] < end


def _sentence(
    text: str,
    sent: Sentence,
    cues: list[tuple[int, str, CueMatch]],
    resolver: SpeakerResolver,
    marks: list[int],
) -> list[Attributed]:
    """The attributed statements of one sentence; marks: where its quote marks stand."""
    a, b = sent.start, sent.end
    quotes = quotes_at(text, marks) if marks else []
    events: list[tuple[int, str, object]]
    if quotes:
        events = [
            (q.open, "quote", (q, m))
            for q in quotes
            if q.close > q.open + 1 and (m := quote_speech(text, q, b)) is not None
        ]
        events.extend(c for c in cues if not inside(c[2].start("verb"), quotes))
        events.sort(key=_position)
    else:
        events = list(cues)  # in text order already
    sourced = None
    if text.find("따르면", a, b) >= 0:
        sourced = next(
            (m for m in SOURCED.finditer(text, a, b) if not inside(m.start(), quotes)), None
        )
    if not events and sourced is None:
        # a named person as topic is what later pronouns refer to; it stands near the start
        resolver.defer_topic(a, min(b, a + 60))
        return []
    out: list[Attributed] = []
    clause = a
    source_np = sourced_speaker(text, a, sourced, resolver) if sourced else None
    if sourced is not None:
        clause = sourced.end()
    after_quote = -1
    saying: Attributed | None = None  # the last item read from a …다며 cue
    for pos, kind, payload in events:
        if pos < clause:
            continue
        if kind == "quote":
            q, m = payload  # type: ignore[misc]
            item = _direct(text, a, clause, q, m, b, resolver)
            clause = after_quote = m.end()
        else:
            m = payload  # type: ignore[assignment]
            item = _reported(text, clause, kind, m, source_np, out, resolver)
            if item is not None and _layered(text, after_quote, clause, m.start("cend")):
                item = None  # “…”라고 언급했다고 한다 / “…”고 질책한 것으로 알려졌다
            clause = max(clause, _clause_after(text, m.end(), b))
        if item is not None:
            if (
                kind == "say"
                and saying is not None
                and out[-1] is saying
                and _goes_on(text, saying, item)
            ):
                # …달했다며 수요는 이미 검증됐다고 주장했다: one statement, one claim
                item = Attributed(saying.start, item.end, item.mode, item.speaker, item.cue)
                out.pop()
            out.append(item)
            saying = item if kind == "saying" else None
    # 검찰에 따르면 김씨는 “…”며 …한 혐의를 받는다: the quote is inside the sourced content
    if sourced is not None and (
        not out
        or (
            after_quote < b
            and all(e[1] == "quote" for e in events)
            and _QUOTE_GOES_ON.search(text, max(0, after_quote - 4), after_quote)
        )
    ):
        start, end = _trim(text, sourced.end(), b)
        mode, speaker = source_np if source_np else ("anonymous", None)
        if start < end:
            cue = Cue(sourced.start("verb"), sourced.end("verb"), sourced.group("verb"))
            out.append(Attributed(start, end, mode, speaker, cue))
    if not out and events:
        # cues that reported nothing (…‘계획’을 발표했다): the topic still names who acted,
        # for 이 시장은 further on
        resolver.note_topic(find_subject(text, a, min(b, a + 60), resolver.known, True))
    return out


_DIGIT = re.compile(r"[0-9]")
_QUOTE_GOES_ON = re.compile(r"(?:며|면서)\s*$")  # a quote's ending that leads on


# between a …다며 statement and the …다고 one it leads to: the 며 and at most a topic word
_LEADS_ON = re.compile(r"(?:며|면서),?\s+(?:\S+\s+)?")


def _goes_on(text: str, first: Attributed, second: Attributed) -> bool:
    """The second statement continues the first, by the same speaker, with nothing between
    but the connective and a topic of the content (수요는)."""
    same = (first.speaker.name if first.speaker else None) == (
        second.speaker.name if second.speaker else None
    )
    return (
        same
        and first.mode == second.mode
        and _LEADS_ON.fullmatch(text, first.end, second.start) is not None
    )


def _position(event: tuple[int, str, object]) -> int:
    return event[0]


def _layered(text: str, after_quote: int, clause: int, cend: int) -> bool:
    """A report about a quote just given: its 'content' is only the verb of the quote."""
    return after_quote == clause and len(words(text, clause, cend)) <= 2


_REST_OF_WORD = re.compile(r"[^\s,]*,?\s*")


def _clause_after(text: str, pos: int, end: int) -> int:
    """The next clause starts after the reporting word's own ending (밝혀, / 평가하며)."""
    m = _REST_OF_WORD.match(text, pos, end)
    return m.end() if m else pos


def _speaker_mode(
    np: NounPhrase | None, resolver: SpeakerResolver, named_mode: str
) -> tuple[str, SpeakerMention | None]:
    if np is not None and np.kind == "bare" and np.name:
        np = NounPhrase("named", np.name, np.start, np.end, np.person)
    if np is not None and np.kind in ("none", "title"):
        np = None if np.kind == "none" else np
    if np is not None and np.kind == "title":
        np = None  # a bare title (장관은) refers back like a pronoun
    kind, speaker = resolver.resolve(np)
    return (named_mode, speaker) if kind == "named" else ("anonymous", None)


def _direct(
    text: str, a: int, clause: int, q: Quote, m: re.Match[str], b: int, resolver: SpeakerResolver
) -> Attributed | None:
    start, end = _trim(text, q.open + 1, q.close)
    if start >= end:
        return None
    # the speaker: after the quote (…”라고 김 장관은 말했다), else before it in the sentence
    after = None
    if _INLINE_SPEAKER.match(text, m.end(), b):
        after = find_subject(text, m.end(), min(b, m.end() + 40), resolver.known)
    np = after if after is not None and after.kind not in ("none", "bare") else None
    if np is None:
        np = find_subject(text, clause, q.open, resolver.known)
        if np is None and clause > a:
            np = None
        if (np is None or np.kind == "none") and _SOURCE_PLACE.search(text, clause, q.open):
            np = NounPhrase("anonymous", None, clause, q.open)
    mode, speaker = _speaker_mode(np, resolver, "direct")
    cue = new_tuple(Cue, (m.start("end"), m.end("end"), m.group("end")))
    return new_tuple(Attributed, (start, end, mode, speaker, cue))


def _reported(
    text: str,
    clause: int,
    kind: str,
    m: CueMatch,
    source_np: tuple[str, SpeakerMention | None] | None,
    done: list[Attributed],
    resolver: SpeakerResolver,
) -> Attributed | None:
    cend = m.start("cend")
    if kind in ("say", "saying") and text[cend - 1 : cend] in "”\"’'" and cend > 0:
        return None  # the ending of a direct quote, handled there
    before = text[cend - 1 : cend]
    if kind in ("say", "saying") and text[cend : cend + 1] == "이" and before in "”\"’'":
        return None
    if kind == "object" and done:
        return None  # …라며 …을 높이 평가했다: the quote before it is the content
    start = _skip_connectives(text, clause, cend)
    verb = new_tuple(Cue, (m.start("verb"), m.end("verb"), m.group("verb")))
    if kind in ANON_CUES:
        if kind in ("passive", "as", "outlook") and source_np is None:
            start = after_past_clause(text, start, cend)
        start, end = _content(text, start, cend)
        if start >= end:
            return None
        mode, speaker = source_np if source_np else ("anonymous", None)
        return new_tuple(Attributed, (start, end, mode, speaker, verb))
    np = None
    inline = m.groupdict().get("inl")
    if inline:
        np = find_subject(text, m.start("inl"), m.end("inl"), resolver.known, reporter=True)
    start = after_contrast(text, start, cend, resolver)
    place = _SOURCE_PLACE.match(text, start, cend) if np is None else None
    if place is not None:  # 증권가에서는 …할 것으로 예상했다: no one named, anonymous
        np, start = NounPhrase("anonymous", None, start, place.end()), place.end()
    # after a place the clause's own subject (이 작품이) is what is reported on
    subject = None if place else find_subject(text, start, cend, resolver.known)
    if subject is not None and subject.kind != "none":
        if subject.phrase_end:
            start = _skip_connectives(text, subject.phrase_end + 1, cend)
        np = np or subject
    elif source_np is not None:
        start, end = _content(text, start, cend)
        return Attributed(start, end, *source_np, verb) if start < end else None
    if kind == "object" and not object_is_claim(text, start, cend):
        return None
    if kind == "amount" and not _DIGIT.search(text, start, cend):
        return None  # …을 10%로 추산했다 puts a number on it; …을 과제로 집계했다 does not
    start, end = _content(text, after_setting(text, start, cend), cend)
    if start >= end:
        return None
    mode, speaker = _speaker_mode(np, resolver, "indirect")
    return new_tuple(Attributed, (start, end, mode, speaker, verb))
