"""Where a reported clause begins when a sentence holds two actors.

Split from attribution.py: the clause-boundary reading that picks the topic a report
belongs to when the sentence contrasts two actors.
"""

from __future__ import annotations

import re

from .resolution import SpeakerResolver
from .speakers import find_subject, words

__all__ = ["after_contrast", "after_past_clause", "after_setting", "object_is_claim"]


# 정부는 …하기로 했지만, 농민단체들은 …해야 한다고 주장한다: two actors contrasted; the
# report is the second one's. A topic after the comma that names no one (수출은 늘었지만,
# 내수는 …) stays inside the first speaker's content.
_CONTRAST = re.compile(r"(?:지만|으나|는데|반면|면서도),\s")


# 환자가 늘면서 당국이 …고 당부했다: a circumstance clause with its own 이/가 subject
# opens the sentence; the reporting subject comes after it
_CIRCUMSTANCE = re.compile(r"[가-힣](?:면서|자)\s")
_OWN_SUBJECT = re.compile(r"[가-힣][이가]\s")


def after_contrast(text: str, start: int, cend: int, resolver: SpeakerResolver) -> int:
    start = _after_circumstance(text, start, cend, resolver)
    if text.find(",", start, cend) < 0:
        return start
    for m in _CONTRAST.finditer(text, start, cend):
        np = find_subject(text, m.end(), min(cend, m.end() + 24), resolver.known)
        if np is not None and np.kind in ("named", "anonymous") and np.start - m.end() < 16:
            start = m.end()
    return start


def _after_circumstance(text: str, start: int, cend: int, resolver: SpeakerResolver) -> int:
    m = _CIRCUMSTANCE.search(text, start, cend)
    if m is None or text.find(",", start, m.end()) >= 0:
        return start
    first = find_subject(text, start, m.start() + 1, resolver.known)
    if first is not None and first.kind != "none" and text[first.phrase_end - 1] not in "이가":
        return start  # a topic (은/는) before it is the sentence's own speaker
    if _OWN_SUBJECT.search(text, start, m.start()) is None:
        return start
    np = find_subject(text, m.end(), min(cend, m.end() + 24), resolver.known)
    if np is not None and np.kind in ("named", "anonymous") and np.start - m.end() < 16:
        return m.end()
    return start


# the setting a report opens with is no part of what is reported: the date (10일(현지시간),
# 이날), the event (정례회의를 마친 뒤, 성명을 내고, 브리핑을 열고) and the venue
# (기자회견에서, 인터뷰에서); the content starts after them
_SETTING = re.compile(
    r"(?:(?:지난\s)?\d{1,2}일(?:\s?\(현지시간\))?|이날|같은\s날|전날|오전|오후)\s"
    r"|(?:[^\s\"“”‘’']+\s){0,6}?[^\s\"“”‘’']+[을를]\s"
    r"(?:열고|연\s뒤|마친\s뒤|마치고|내고|낸\s뒤|갖고|가진\s뒤|개최하고|발표하고)\s"
    r"|(?:성명|보도자료|자료|입장문|담화)[을를]\s통해\s"
    r"|(?:[^\s\"“”‘’',]+\s){0,2}?[^\s\"“”‘’']*(?:회견|브리핑|인터뷰|간담회|회의|강연|연설|토론회"
    r"|세미나|포럼|국감|국정감사|본회의|청문회|방송|라디오|성명|보도자료|면담|회담|대정부질문|질의"
    r"|출연)(?:에서는|에서|\s직후|\s뒤)\s"
)


def after_setting(text: str, start: int, cend: int) -> int:
    """Skip the date, event and venue clauses that open a reported clause."""
    while (m := _SETTING.match(text, start, cend)) is not None and m.end() < cend - 4:
        start = m.end()
    return start


# a finished past event joined by a comma (…집계됐으며, / …시작됐고,) is a statement of its
# own: the hedged report (…것으로 파악됐다, …전망이다) covers only what follows it
_PAST_CLAUSE = re.compile(r"(?:됐|났|졌|었|았|였|했)(?:으며|고),\s")


def after_past_clause(text: str, start: int, cend: int) -> int:
    ends = [m.end() for m in _PAST_CLAUSE.finditer(text, start, cend)]
    return ends[-1] if ends else start


_CLAUSE_WORD = re.compile(r"(?:[이가을를]|[된한할될던인운는])$")
_CONTENT_NOUN = re.compile(
    r"(?:계획|방침|입장|의사|뜻|구상|방안|목표|전망|가능성|우려|필요성|의지|계약|사실|내용|의견|방향|조치)$"
)


def object_is_claim(text: str, start: int, cend: int) -> bool:
    """'…계획을 밝혔다' reports content; 'FA 시장을 예상했다' names a topic."""
    toks = words(text, start, cend)
    if not toks:
        return False
    if toks[-1][2][-1] in "’'」』”\"":
        return False  # ‘2025년 산업재해 현황 분석’을 발표했다: a document's title
    if _CONTENT_NOUN.search(toks[-1][2]):
        return True
    return any(_CLAUSE_WORD.search(w.rstrip(",")) for _s, _e, w in toks[:-1])
