"""The source of `X에 따르면 …`: a named source makes the content indirect speech.

CLAIMS_SPEC: "X에 따르면 …: the content attributed to a named source X"; unnamed sources
(업계, 관계자, 외신, 조사 결과) make it anonymous. A source need not look like a person or a
known body (로이터, 서울부동산정보광장, 국토교통부 실거래가 공개시스템): whatever noun phrase
stands before 에 따르면 names it, unless it is an unnamed head or a bare document noun.
"""

from __future__ import annotations

import re

from .lexicon import ANON_HEADS, CONNECTIVES, TIME_TOPICS, is_org, is_sector
from .resolution import SpeakerResolver
from .speakers import NounPhrase, classify_np, words
from .topics import DESCRIPTOR
from .types import SpeakerMention

__all__ = ["sourced_speaker"]

# a body's document by its title in quotes, right before 에 따르면
_TITLE_OWNER = re.compile(r"(?<!\S)([^\s‘'“\"]+?)의\s[‘'“\"「][^’'”\"」\n]{1,60}[’'”\"」]$")
# what a source publishes, not who: 조사 결과에 따르면, 보도에 따르면 -> no named source
_DOCUMENT = re.compile(
    r"(?:자료|결과|보도|발표|통계|보고서|분석|조사|설문|집계|추산|전망|소식|주장|설명|얘기|말|연구"
    r"|동향|현황|실태|백서|개편안|계획안|계획|방안|대책|보도자료)$"
)
# a verb form inside the phrase (함께 발표한, 공개된): the source is before it
_VERB_FORM = re.compile(r"(?:한|된|던|는|하는|있는|받은|낸)$")
_TOK = list[tuple[int, int, str]]


def sourced_speaker(
    text: str, a: int, m: re.Match[str], resolver: SpeakerResolver
) -> tuple[str, SpeakerMention | None]:
    """(mode, speaker) for the `X에 따르면` match m in the sentence starting at a."""
    owner = _TITLE_OWNER.search(text, max(a, m.start() - 80), m.start())
    if owner is not None and is_org(owner.group(1)):
        # 산업부의 ‘8월 유통업체 매출 동향’에 따르면: the body whose document it is
        np = NounPhrase("named", owner.group(1), owner.start(1), owner.end(1), False)
        return "indirect", resolver.remember(np)
    toks = [t for t in words(text, a, m.start() + 1) if not "0" <= t[2][0] <= "9"]
    if toks:
        s, e, w = toks[-1]
        toks[-1] = (s, e - 1, w[:-1]) if w.endswith(("에", "의")) else toks[-1]
    toks = [t for t in toks if t[2]]
    if len(toks) > 1 and toks[-1][2] == "등":
        toks.pop()  # 로이터·AFP통신 등에 따르면: the sources named, not 'and others'
    for k, (s, _e, w) in enumerate(toks):
        if w.endswith(("이", "가")) and k < len(toks) - 1:
            inner = classify_np(text, [*toks[:k], (s, s + len(w) - 1, w[:-1])], resolver.known)
            if inner.kind == "bare" and _published(toks[k + 1 :]):
                inner = NounPhrase("named", inner.name, inner.start, inner.end, False)
            if inner.kind == "named":
                return "indirect", resolver.remember(inner)
    if toks and is_sector(toks[-1][2]):
        return "anonymous", None  # 법조계에 따르면, 증권가에 따르면: no one named
    np = classify_np(text, toks[-4:], resolver.known)
    body = resolver.short_body(np)
    if body is not None:
        return "indirect", body  # 시에 따르면: the city named before
    if np.kind in ("short", "bare"):
        np = NounPhrase("none", None, np.start, np.end)
    if np.kind == "named":
        return "indirect", resolver.remember(np)
    if np.kind == "pronoun" and resolver.last is not None:
        return "indirect", resolver.last  # 그에 따르면: the last named speaker
    if len(toks) == 1 and resolver.last is not None and _just_published(text, a, toks[0][2]):
        return "indirect", resolver.last  # …계획을 발표했다. 계획에 따르면: whose plan it is
    if np.kind == "none":
        fallback = _unlisted_source(text, toks)
        if fallback is not None:
            return "indirect", resolver.remember(fallback)
    return "anonymous", None


# X는 …계획을 발표했다. 계획에 따르면 …: the bare noun takes up the document just announced
_ANNOUNCED = re.compile(r"(?:을|를)\s(?:[^\s.]+\s)?(?:발표|공개|내놓|제출|펴냈|펴내|공표)")
_TAKEN_UP = {"계획", "방안", "대책", "보고서", "자료", "발표", "결과", "구상", "로드맵", "개편안"}


def _just_published(text: str, sentence_start: int, noun: str) -> bool:
    if noun not in _TAKEN_UP:
        return False
    before = text[max(0, sentence_start - 300) : sentence_start]
    at = before.rfind(noun)
    return at >= 0 and _ANNOUNCED.search(before, at + len(noun), at + len(noun) + 40) is not None


# X가 … 실시한 조사에 따르면: the subject of the verb that made the document is its source
_MADE = re.compile(r"(?:실시|발표|공개|조사|집계|분석|작성|진행|발간)한$|(?:펴낸|내놓은|낸)$")


def _published(toks: _TOK) -> bool:
    return (
        len(toks) >= 2
        and _DOCUMENT.search(toks[-1][2]) is not None
        and any(_MADE.search(w) for _s, _e, w in toks[:-1])
    )


def _unlisted_source(text: str, toks: _TOK) -> NounPhrase | None:
    """The noun phrase before 에 따르면 as a name when no list knows it."""
    phrase: _TOK = []
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        w = tok[2].strip("‘’'\"“”")
        if not w or w in CONNECTIVES or w in TIME_TOPICS or w.endswith((",", "는", "은")):
            break
        if _VERB_FORM.search(w) and phrase:
            break
        phrase.insert(0, (tok[0], tok[1], w))
        if len(phrase) == 3:
            # the body that runs the system keeps its place: 질병관리청 <3-word system>
            owner = toks[k - 1][2].removesuffix("의") if k > 0 else ""
            if owner and is_org(owner) and owner not in CONNECTIVES:  # 교육부의 '…' 실태조사
                phrase.insert(0, toks[k - 1])
            break
    if not phrase:
        return None
    head = phrase[-1][2]
    if head in ANON_HEADS or _VERB_FORM.search(head):
        return None
    if _DOCUMENT.search(head):
        # 통계청 자료에 따르면: the body before the document is the source
        bodies = [t for t in phrase[:-1] if is_org(t[2].removesuffix("의"))]
        if not bodies:
            return None
        s, _e, w = bodies[-1]
        w = w.removesuffix("의")
        return NounPhrase("named", w, s, s + len(w), False)
    if any(w in ANON_HEADS for _s, _e, w in phrase):
        return None
    described = [k for k, (_s, _e, w) in enumerate(phrase[:-1]) if DESCRIPTOR.search(w)]
    if described:
        phrase = phrase[described[-1] + 1 :]  # 분석기관 클라크슨리서치: the name after it
    start = text.find(phrase[0][2], phrase[0][0])
    name = text[start : phrase[-1][1]]
    if " " in name and name.replace(" ", "") != "".join(w for _s, _e, w in phrase):
        return None  # marks or brackets between the words: keep to the head word
    gloss = name.find("(")
    if name.endswith(")") and 0 < gloss == name.rfind("("):
        name = name[:gloss]  # 중국 해관총서(세관): the name, not the gloss after it
    return NounPhrase("named", name, start, start + len(name), False)
