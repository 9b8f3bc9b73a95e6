"""The reporting cues of Korean news copy, compiled once.

Each cue regex marks where the claimed content ends (group `cend`) and the reporting word
(group `verb`). The content start is found by attribution.py from the clause and subject.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "ANON_CUES",
    "FINAL_ENDING",
    "QUOTE_AS",
    "QUOTE_END",
    "QUOTE_NAMING",
    "SOURCED",
    "SPEECH_CUES",
    "CueMatch",
    "find_cues",
]

# verbs that report speech or judgement after a quoting ending (…다고 밝혔다, …라고 했다)
_SPEECH_VERBS = (
    "공시했|공시하|지시했|지시하|공개했|보고했|밝혔|밝히|밝힌|밝혀|말했|말하|말한|말해|강조했|강조하|강조한|강조해|설명했|설명하|설명한|설명해"
    "|주장했|주장하|주장한|주장해|전했|전하며|전하면서|전한|발표했|발표하|발표한|평가했|평가하|평가한"
    "|평했|평하|지적했|지적하|지적한|판단했|판단하|판단한|예상했|예상하|예측했|전망했|내다봤|덧붙였"
    "|덧붙이|시사했|시사하|소개했|소개하|소개한|경고했|경고하|언급했|언급하|우려했|진단했|분석했"
    "|반박했|해명했|비판했|촉구했|요구했|당부했|약속했|다짐했|자평했|자평하|토로했|호소했|하소연"
    "|꼬집었|털어놨|귀띔했|예고했|확인했|부인했|인정했|보도했|답했|답변했|물었|판시했|강변했"
    "|했다|했고|했으며|했지만|했으나|했는데|한다|하며|하면서|했다며|보고 있|생각한다|믿는다"
    # the present of any reporting verb (진단한다, 지적한다, 설명합니다) and 입을 모은다
    "|[가-힣]{2}한다|[가-힣]{2}합니|입을 모[은았]"
)
_ADVERB = (
    r"(?:(?:높이|크게|강하게|거듭|재차|분명히|직접|다시|또|이같이|이렇게|짧게|공식|공식적으로"
    r"|처음|새로|적극)\s)?"
)
# a time word between the ending and the verb: …했다고 5일 공시했다
# (…했다고 오늘(23일) 밝혔습니다, …했다고 14일(현지시간) 밝혔다)
_WHEN = (
    r"(?:(?:지난|오는|이날|전날|앞서|오늘|어제|그제)(?:\([0-9]{1,2}일\))?\s)?"
    r"(?:[0-9]{1,2}일(?:\([^()\s]{1,6}\))?\s)?"
)
# an inline subject between ending and verb: …다고 업계 관계자는 전했다
_INLINE_SUBJECT = r"(?P<inl>(?:[^\s.]+\s){0,3}?[^\s.]+(?:은|는|이|가)\s)?"

# …밝힌 것으로 전해졌다: what someone said, as hearsay; the passive cue reports it, anonymous
_NOT_HEARSAY = r"(?!\s것(?:으로|이라고)\s(?:전해|알려|파악))"

SPEECH_CUES = {
    # …했다고 밝혔다 / …아니라고 평했다 / …것이라고 예상했다 / …0.238이라 소개하며
    "say": re.compile(
        rf"(?=[이라고])(?P<cend>)(?:(?:이)?라|(?<=[다자냐까요지]))(?:고(?:도|는|만)?|(?<=라)(?=\s))\s"
        rf"{_INLINE_SUBJECT}{_WHEN}{_ADVERB}(?P<verb>{_SPEECH_VERBS}){_NOT_HEARSAY}"
    ),
    # …계획을 밝혔다 / …계획도 밝혀 / …계약을 예상했으며
    "object": re.compile(
        rf"(?P<cend>)(?:을|를|도|(?<=다는 사실)은)\s{_ADVERB}"
        r"(?P<verb>밝혔|밝히|밝힌|밝혀|시사했|시사한|시사하|발표했|발표한|발표하|예상했|예상한|예상하"
        r"|전망했|강조했|주장했|설명했|예고했|평가했|평가하며|평가한"
        # …다는 사실을 시인했다 / 인정했다 / 부인했다: admitting or denying a fact
        r"|시인했|인정했|부인했)"
        + _NOT_HEARSAY
        # …결과를 발표했다고 밝혔다: the verb lies inside content another verb reports
        + r"(?!다고\s)"
    ),
    # X는 …것으로 추산했다 / …것으로 평가했다
    "estimate": re.compile(
        r"것(?P<cend>)(?:으로|이라고)\s(?P<inl>[^\s.]{1,12}(?:은|는)\s)?(?:(?:잠정|최종)\s)?"
        r"(?P<verb>추산했|추산하|추정했|추정하|평가했|평가하|분석했|분석하|판단했|판단하|예상했|예상하"
        r"|전망했|전망하|내다봤|내다보고 있|내다본다|보고 있|집계했|파악했|진단했|예측했|예보했"
        # the present of a sector's standing view: (증권가에서는) …것으로 예상한다
        r"|예상한다|전망한다|추산한다|추정한다|평가한다|분석한다|판단한다|예측한다|관측한다)"
        r"(?![가-힣]*다고\s)"  # …평가했다고 외교부가 밝혔다: the outer report is the claim's
    ),
    # X는 피해액을 312억원 규모로 추산했다: an amount the subject puts on something
    # (attribution.py keeps it only with a number in it; …것으로 추산했다 is "estimate")
    "amount": re.compile(
        r"(?<!것으)(?<!것)로(?P<cend>)\s(?:(?:잠정|최종)\s)?(?P<verb>추산했|추정했|집계했)"
    ),
    # …보여줬다며 / …하라며 (…다고 하며)
    "saying": re.compile(
        r"(?=[이라며면])(?<![”\"’'])(?P<cend>)(?:(?:이)?라|(?<=다)|(?<=냐))(?P<verb>며|면서)\s"
    ),
    # …다는 것이다: content reported as the previous speaker's
    "that_is": re.compile(r"(?=는)(?<=다)(?P<cend>)는\s(?P<verb>것이다)(?=[.\s]|$)"),
}

_PASSIVE = (
    "전해졌|전해진다|전해지|전해져|알려졌|알려진다|알려지|알려져|파악됐|파악된다|파악되|파악돼|추정된다"
    "|추정됐|추정되|추정돼|보인다|보여|보였|예상된다|예상됐|예상되|예상돼|전망된다|전망됐|전망되|전망돼"
    "|관측된다|관측됐|관측되|관측돼|분석된다|분석됐|분석되|분석돼|평가된다|평가됐|평가되|평가돼|예측된다"
    "|예측됐|예측되|예측돼|예보됐|예보된다|점쳐진다|점쳐지|짐작된다|추산된다|추산됐|추산되"
    "|조사됐|조사된다|집계됐|나타났"
    # broadcast copy ends in -ㅂ니다: 알려졌습니다 is covered by 알려졌, 보입니다 is not
    "|보입니|전해집니|알려집니|파악됩니|추정됩니|예상됩니|전망됩니|관측됩니|분석됩니|평가됩니"
)
# every syllable closed by ㄹ (할, 될, 날, 열, 줄 ...): the future adnominal of any verb
_RIEUL_FINAL = "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == 8)
ANON_CUES = {
    # …것으로 전해졌다 / 파악된다 / 보인다
    # (not 것으로 예상되는 평균: an adnominal ending modifies a noun and reports nothing)
    "passive": re.compile(
        rf"것(?P<cend>)(?:으로|이라고)\s(?P<verb>{_PASSIVE})(?![다]?고\s|다는|는\s|던\s)"
    ),
    # …만남으로 평가된다 / …파트너로 꼽힌다
    "as": re.compile(
        r"(?=[으로])(?<![것\s])(?P<cend>)(?:으로|로)\s"
        r"(?P<verb>평가된다|평가됐|평가받|평가돼|꼽힌다|꼽혔|꼽히|꼽혀|분석된다|관측된다"
        r"|예상된다|예상됐|전망된다|전망됐|추정된다|추정됐|추산된다|추산됐"
        r"|평가됩니|꼽힙니|분석됩니|관측됩니|예상됩니|전망됩니|추정됩니)(?![다]?고\s|다는|는\s)"
    ),
    # …협력이라고 전해졌다
    "hearsay": re.compile(
        r"(?=[이라고])(?P<cend>)(?:(?:이)?라|(?<=다))고\s(?P<verb>전해졌|전해진다|전해지|알려졌|알려진다|알려지)"
    ),
    # …북상할 전망이다
    "outlook": re.compile(
        rf"(?=\s전망)(?<=[{_RIEUL_FINAL}])(?P<cend>)\s(?P<verb>전망이다|전망이며|전망이고|전망입니다)"
    ),
    # …낮다는 평가를 받고 있다 / …다는 관측이 나온다
    "view": re.compile(
        # …다는 평가, …것이라는 관측, and the contracted …것이란 전망
        r"(?=[는이란])(?P<cend>)(?:(?<=[다라])는|(?<=것)이(?:라는|란)|(?<=다)란)\s"
        r"(?P<verb>(?:평가|분석|관측|전망|지적|목소리|우려|의견|해석|진단|예상"
        r"|얘기|주장)(?:를|을|가|이|도)?\s?(?:받고|받는|나온|나오|나왔|나와|나옵|많|제기|지배적|잇따|이다"
        r"|우세|다(?=[.\s,]|$)|도 있|있))"
    ),
}

# X에 따르면: the content after it is attributed to X
SOURCED = re.compile(r"(?:에|의)\s?(?P<verb>따르면),?\s")

# the ending that makes a quote a quotation: ”라며, ”고 말했다, ”이라고, ”는
QUOTE_END = re.compile(
    r"\s?(?P<end>(?:이)?라(?:고(?:도|는|만)?|며|면서도?|는|던|지)?|고(?:도|는|만)?|며|면서도?|는|하며|하고|하면서|란)"
    r"(?![가-힣])"
)
# ‘형씨’라고 불렀다, 'SB 재팬'이라는 회사: a name or term in quotes, nothing said
# “…것”으로 예상했다: a quote as the content of a judgement, said by the subject
QUOTE_AS = re.compile(
    r"(?P<end>(?:이)?(?:으로|로))\s(?=(?:(?:잠정|최종)\s)?(?:예상|전망|추산|추정|분석|평가|판단|내다|관측)"
    r"[가-힣]*(?:했|봤|하며|하고|하면서|한다))"
)
QUOTE_NAMING = re.compile(r"\s?(?:불|부르|부른|칭|일컫|명명|이름|불리)")
FINAL_ENDING = re.compile(r"(?:다|요|죠|까|냐|네|자|라|오|지|군|나|니)[.!?…~]*$")


class CueMatch:
    """One cue found by the combined regex, read like an `re.Match` of its own pattern."""

    __slots__ = ("_m", "_numbers", "kind")

    def __init__(self, m: re.Match[str], kind: str, numbers: dict[str, int]) -> None:
        # numbers: the kind's own groups (cend, verb ...) by number in the combined regex,
        # so that a lookup is no string built and hashed per call
        self._m, self._numbers, self.kind = m, numbers, kind

    def start(self, group: str = "") -> int:
        return self._m.start(self._numbers[group]) if group else self._m.start()

    def end(self, group: str = "") -> int:
        return self._m.end(self._numbers[group]) if group else self._m.end()

    def group(self, group: str) -> str | None:
        return self._m.group(self._numbers[group])

    def groupdict(self) -> dict[str, str | None]:
        inl = self._numbers.get("inl")
        return {"inl": self._m.group(inl) if inl is not None else None}


_CUE_GROUP = re.compile(r"\(\?P<(cend|verb|inl|obj)>")


@lru_cache(maxsize=256)
def combined_cues(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for the given cue kinds: one pass over the text instead of one per cue."""
    parts = []
    for kind in kinds:
        pattern = {**SPEECH_CUES, **ANON_CUES}[kind].pattern
        pattern = _CUE_GROUP.sub(lambda g, k=kind: f"(?P<{k}_{g.group(1)}>", pattern)
        parts.append(f"(?P<{kind}>{pattern})")
    firsts = "".join(sorted({ch for kind in kinds for ch in _FIRST_CHARS[kind]}))
    gate = "|".join(
        ([f"[{firsts}]"] if firsts else []) + [_SPACE_LED[k] for k in kinds if k in _SPACE_LED]
    )
    # a set of first characters, then the two-character openings the kinds need: most
    # 이/는/고 of running text (subjects, topics, connectives) fail before any branch
    openings = "|".join(dict.fromkeys(_OPENINGS[kind] for kind in kinds))
    return re.compile(f"(?={gate})(?={openings})(?:" + "|".join(parts) + ")")


# the characters each cue can start with: one cheap test per position for all of them
_FIRST_CHARS = {
    "say": "이라고",
    "object": "을를도은",
    "estimate": "것",
    "amount": "로",
    "saying": "이라며면",
    "that_is": "는",
    "passive": "것",
    "as": "으로",
    "hearsay": "이라고",
    "outlook": "",
    "view": "는이란",
}
# a kind that starts at a space (every word boundary is one) is gated by its first two
# characters instead: in the set of first characters it would let every boundary through
_SPACE_LED = {"outlook": r"\s전"}


def find_cues(text: str) -> list[CueMatch]:
    """Every cue of the text, in order; cue kinds whose key word is absent are not tried."""
    pattern, numbers = _cues_for(frozenset(_KEY_WORDS.findall(text)))
    out = []
    for m in pattern.finditer(text):
        kind = m.lastgroup or ""
        out.append(CueMatch(m, kind, numbers[kind]))
    return out


@lru_cache(maxsize=1024)
def _cues_for(present: frozenset[str]) -> tuple[re.Pattern[str], dict[str, dict[str, int]]]:
    """The combined regex of the cue kinds whose key words are present, and its group
    numbers: texts share a few sets of key words, so both are found once per set (a
    compiled pattern hashes slowly, by its whole code, as a cache key of its own)."""
    kinds = tuple(k for k in _ALL_KINDS if k not in _NEEDS or not present.isdisjoint(_NEEDS[k]))
    pattern = combined_cues(kinds)
    return pattern, _group_numbers(pattern)


@lru_cache(maxsize=256)
def _group_numbers(pattern: re.Pattern[str]) -> dict[str, dict[str, int]]:
    """Per cue kind of a combined regex: its own groups' names (cend, verb ...) -> numbers."""
    numbers: dict[str, dict[str, int]] = {}
    for name, number in pattern.groupindex.items():
        if name in _ALL_KINDS:
            numbers.setdefault(name, {})  # the kind's own group
            continue
        kind, _, group = name.rpartition("_")  # that_is_cend -> that_is, cend
        numbers.setdefault(kind, {})[group] = number
    return numbers


# how each cue kind's match begins (its first one or two characters, with what precedes)
_OPENINGS = {
    "say": r"이라|라[고\s]|(?<=[다자냐까요지])고",
    "object": r"[을를도]\s|(?<=다는 사실)은\s",
    "estimate": r"것[으이]",
    "amount": r"로\s",
    "saying": r"이라[며면]|라[며면]|(?<=[다냐])[며면]",
    "that_is": r"는\s것",
    "passive": r"것[으이]",
    "as": r"으로\s|로\s",
    "hearsay": r"이라고|라고|(?<=다)고",
    "outlook": r"\s전",
    "view": r"는\s|이[라란]|란\s",
}

_ALL_KINDS = (*SPEECH_CUES, *ANON_CUES)
# a word each cue cannot match without: most texts skip most cue kinds
_NEEDS = {
    "estimate": ("것으로", "것이라고"),
    "amount": ("추산했", "추정했", "집계했"),
    "saying": ("며",),
    "that_is": ("는 것이다",),
    "passive": ("것으로", "것이라고"),
    "as": (
        *("평가", "꼽", "분석된", "관측된", "예상된", "예상됐", "전망된", "전망됐"),
        *("추정된", "추정됐", "추산된", "추산됐"),
        *("분석됩", "관측됩", "예상됩", "전망됩", "추정됩"),
    ),
    "hearsay": ("전해", "알려"),
    "outlook": ("전망이", "전망입"),
}
# the key words in one scan: no key word overlaps another in any text (none begins with the
# end of another, nor is one the start of another), so each one present is found
_KEY_WORDS = re.compile("|".join(sorted({w for words in _NEEDS.values() for w in words})))
