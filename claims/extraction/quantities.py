"""Quantity mentions: span, value in the canonical unit, range, qualifier, same_as.

The span covers number, magnitude words and unit, and a qualifier written onto them
(`100여 명`, `11시 40분경`); a qualifier written apart (`약 720조원`, `40만원 가량`) is read
but left outside, and so is the particle behind (`720조원이`).
"""

from __future__ import annotations

import re
from decimal import Decimal
from operator import itemgetter

from .numbers import format_decimal
from .scanner import Atom, scan_atoms
from .temporal import TimeMention, decade_value, join_time_atoms
from .types import QuantityMention, new_tuple

__all__ = ["DATELINE", "find_quantities", "link_equivalences"]

_BEFORE_QUALIFIER = re.compile(r"(?:^|[\s(\[])(약|대략|최대|최고|최소)\s?$")
_BEFORE_MAP = {
    "약": "approx",
    "대략": "approx",
    "최대": "at_most",
    "최고": "at_most",
    "최소": "at_least",
}
_AFTER_QUALIFIER = re.compile(
    r"(?:\s|을\s|를\s|에\s|이\s|가\s)(가량|정도|안팎|전후|쯤|내외|가까이|육박|남짓|초과|넘게|넘는|넘어|넘었|넘긴"
    r"|웃도는|미만|못 미치는|이하|이내|이상)"
)
_BEFORE_LAST = set("약략대고소")
_AFTER_FIRST = set(" \t\n을를에이가")
_AFTER_MAP = {
    "가량": "approx",
    "정도": "approx",
    "안팎": "approx",
    "전후": "approx",
    "쯤": "approx",
    "내외": "approx",
    "가까이": "approx",
    "육박": "approx",
    "남짓": "over",
    "초과": "over",
    "넘게": "over",
    "넘는": "over",
    "넘어": "over",
    "넘었": "over",
    "넘긴": "over",
    "웃도는": "over",
    "미만": "under",
    "못 미치는": "under",
    "이하": "at_most",
    "이내": "at_most",
    "이상": "at_least",
}
_AFTER_QUALIFIER_FIRST = {word[0] for word in _AFTER_MAP}  # how a qualifier after begins
# "파산법 11조", "제3조 2항": legal article numbers, not money
_LEGAL_BEFORE = re.compile(r"(?:법|령|조례|규칙|규정|협약|헌법|약관|정관|제)\s?$")
_LEGAL_AFTER = re.compile(r"\s?(?:제\s?)?\d+\s?항")
# "(서울=연합뉴스) 홍길동 기자 =": the dateline and byline at the start of a line
DATELINE = re.compile(
    r"^(?:[ \t]*[(\[【][^()\[\]【】\n=]{1,15}=[^()\[\]【】\n]{1,20}[)\]】]"
    r"(?:[ \t]*(?:[가-힣]{2,4}[ \t]?(?:·[ \t]?[가-힣]{2,4}[ \t]?)*)?"
    r"(?:기자|특파원|통신원)[ \t]*=)?"
    # a business daily's byline in brackets: [이데일리 최한결 기자]
    r"|[ \t]*[\[【][^()\[\]【】\n=]{1,20}(?:기자|특파원|통신원)[\]】])",
    re.MULTILINE,
)
# the same after a newline: a literal the engine skips to, where `^` is tried at every position
_DATELINE_AFTER_NEWLINE = re.compile("\n(" + DATELINE.pattern.removeprefix("^") + ")")
_AGE_GROUP_AFTER = re.compile(
    r"\s?(?:남성|여성|남자|여자|노인|청년|중년|이상|이하|초반|중반|후반|층|가장|직장인|간병인|환자|[가-힣]*세대"
    r"|[은는이가의로에와과도]|부터|까지|[,·)~]"
    # a person after the age group: 50대 남편, 30대 A씨, 40대 회사원, 60대 운전자
    r"|남편|아내|부부|엄마|아빠|어머니|아버지|부모|아들|딸|남녀|주부|회사원|운전자|용의자|피의자"
    r"|피고인|피해자|가해자|주민|교사|공무원|직원|男|女|[A-Z]\s?씨|[가-힣]모\s?씨"
    # what happens to a person in crime and accident copy: 30대 검거, 40대 숨져
    r"|검거|체포|구속|입건|송치|기소|숨져|숨진|사망|부상|중상|덜미|실형|징역|집행유예"
    # any person noun: 70대 농민, 30대 신혼부부, 20대 대학생, 40대 관광객
    r"|[가-힣]{0,3}(?:자|인|민|생|객|부부|녀|꾼)(?:들)?(?:[은는이가의와과도을를에로]|인|이다|였|으로)?(?![가-힣]))"
)
# a stock index named before a bare number in the sentence: 코스피는 … 2,653.28에 마쳤다
_INDEX_BEFORE = re.compile(
    r"(?:코스피|코스닥|지수|다우|나스닥|S&P|닛케이|니케이|항셍|FTSE|DAX|SCFI|CCFI|BDI|KCCI)"
    r"(?:[^.\n]|\.(?=\d))*$"
)
# an event after a bare year: 2030 FIFA 월드컵, 2028 로스앤젤레스 올림픽
_EVENT_AFTER = re.compile(
    r"\s(?:\S+\s){0,2}?\S*(?:월드컵|올림픽|아시안게임|패럴림픽|엑스포|박람회|유니버시아드)"
)
_INDEX_LEVEL = re.compile(r"선(?=[^가-힣]|$|[을를이가은는의에도까으])")  # 2,650선을 회복
_WEEK_SPAN_AFTER = re.compile(r"\s?(?:연속|째|간|동안|만에|내리)")
# 자사주 15주, 보통주 1주당, 주식을 1인당 10주씩: shares, not weeks
_SHARES_BEFORE = re.compile(r"(?:주식|자사주|보통주|우선주|신주)[을를은는이가도]?\s(?:\S+\s)?$")
# an adnominal verb right before: someone who did it (아내를 살해한 50대, 숨진 70대,
# 춘천을 떠난 20대); but 지난 20대 (국회) is the twentieth
_DOER_BEFORE = re.compile(r"[가-힣](?:한|된|던|진|친|힌|린|긴|(?<!지)난)\s$")
_PEOPLE_SPACED = {"노인", "어르신", "사람", "인구"}
_YEAR_THEN_SPACE = re.compile(r"(?:19|20)\d\d\s")
_COMPLEX_BEFORE = re.compile(r"(?:단지|산단)\s?$")
_VEHICLE_BEFORE = re.compile(
    r"(?:차량|버스|트럭|택시|드론|항공기|전투기|자동차|장비|기계|로봇|선박|서버)\s?$"
)


# a mention before its QuantityMention is built: the tuple of temporal.TimeMention
_Found = TimeMention


def _dateline_spans(text: str) -> list[tuple[int, int]]:
    """DATELINE.finditer's spans: a dateline holds no newline, so it opens the text or
    follows a newline."""
    first = DATELINE.match(text)
    spans = [first.span()] if first else []
    spans.extend(m.span(1) for m in _DATELINE_AFTER_NEWLINE.finditer(text))
    return spans


_ONE = Decimal(1)  # against a Decimal: a Decimal compares faster than an int


def _scaled(atom: Atom) -> tuple[str | None, str | None]:
    info = atom.info
    low, high = atom.low, atom.high
    if info is not None and info.multiplier != _ONE:
        # most units are canonical already (%, 명, 원): their values are formatted as they
        # are (a value has at most the context's 28 digits, so times one it is itself), as
        # a product is a new Decimal that the format cache must hash afresh
        low = low * info.multiplier if low is not None else None
        high = high * info.multiplier if high is not None else None
    return (
        format_decimal(low) if low is not None else None,
        format_decimal(high) if high is not None else None,
    )


# time words that measure a length when they are not a point in time (a quarter is neither)
_LENGTHS = {
    "year": "year",
    "day": "day",
    "month": "month",
    "hour": "hour",
    "minute": "minute",
    "second": "second",
    "quarter": None,
}


def _from_atom(text: str, atom: Atom) -> _Found | None:
    info = atom.info
    if info is not None and info.temporal is None:
        # most atoms: a unit that is no time word (원, 명, %); dates, scores and year
        # spans carry no unit, so none of the tests below would apply to them
        low, high = _scaled(atom)
        unit, category, counter = info.unit, info.category, info.counter
        if atom.unit_word == "대" and _is_age_group(text, atom):
            unit, category, counter = "age", "other", None
        elif atom.unit_word in _PEOPLE_SPACED and _YEAR_THEN_SPACE.match(text, atom.start):
            return None  # '2024 노인학대 현황보고서': a year before a title, not people
        elif atom.unit_word == "단지" and _COMPLEX_BEFORE.search(
            text, max(0, atom.start - 8), atom.start
        ):
            return None  # 구미국가산업단지 5단지: the complex's number, not a count
        if atom.kind == "vague":
            low = high = None
        return (atom.start, atom.end, low, high, unit, category, atom.qualifier, counter)
    if atom.kind == "date":
        return (atom.start, atom.end, atom.text_value, None, "date", "time", atom.qualifier, None)
    if atom.kind == "score":  # 3-1로 이겼다: a result, no unit and no single value
        return (atom.start, atom.end, None, None, None, "other", atom.qualifier, None)
    if atom.kind == "years":
        low, high = format_decimal(atom.low), format_decimal(atom.high)
        return (atom.start, atom.end, low, high, "date", "time", atom.qualifier, None)
    if info is None:
        return _bare_number(text, atom)
    low, high = _scaled(atom)
    temporal = info.temporal
    if temporal == "decade":
        low = decade_value(atom.low) if atom.low else None
        high = decade_value(atom.high) if atom.high else None
        return (atom.start, atom.end, low, high, "date", "time", atom.qualifier, None)
    if temporal == "season":
        if atom.low is not None and 1900 <= atom.low <= 2100:
            end = atom.start + len(str(int(atom.low)))  # the year alone: 2023시즌 -> 2023
            return (atom.start, end, low, None, "date", "time", atom.qualifier, None)
        return (atom.start, atom.end, low, high, "count", "count", atom.qualifier, "시즌")
    if temporal in _LENGTHS:
        unit = _LENGTHS[temporal]
        if unit is None:
            return None
        return (atom.start, atom.end, low, high, unit, "duration", atom.qualifier, None)
    if temporal == "week" and (
        (
            atom.low is not None
            and atom.low > 52
            and not _WEEK_SPAN_AFTER.match(text, atom.end)  # 57주 연속: still weeks
        )
        or _SHARES_BEFORE.search(text, max(0, atom.start - 16), atom.start)
    ):
        return (atom.start, atom.end, low, high, "count", "count", atom.qualifier, "주")
    if atom.kind == "vague":
        low = high = None
    return (atom.start, atom.end, low, high, info.unit, info.category, atom.qualifier, info.counter)


def _is_age_group(text: str, atom: Atom) -> bool:
    """60대, 20~30대: an age group, unless it counts vehicles or machines (차량 20대)."""
    if atom.low is None:
        return False
    values = [atom.low] + ([atom.high] if atom.high is not None else [])
    if not all(v % 10 == 0 and 10 <= v <= 90 for v in values):
        return False
    if _VEHICLE_BEFORE.search(text, max(0, atom.start - 6), atom.start):
        return False
    return (
        atom.high is not None
        or _AGE_GROUP_AFTER.match(text, atom.end) is not None
        or _DOER_BEFORE.search(text, max(0, atom.start - 4), atom.start) is not None
    )


def _bare_number(text: str, atom: Atom) -> _Found | None:
    """A number with no unit: 억/조 amounts are won; decimals are kept as `other`."""
    raw = text[atom.start : atom.end]
    if atom.low is None:
        return None
    if "억" in raw or "조" in raw:
        if _LEGAL_BEFORE.search(text, max(0, atom.start - 6), atom.start):
            return None
        if _LEGAL_AFTER.match(text, atom.end):
            return None
        low, high = _scaled(atom)
        return (atom.start, atom.end, low, high, "KRW", "money", atom.qualifier, None)
    level = _index_level(text, atom, raw)
    if level is not None:
        return level
    if "." in raw and "만" not in raw:
        low, high = _scaled(atom)
        return (atom.start, atom.end, low, high, None, "other", atom.qualifier, None)
    if len(raw) == 4 and 1900 <= atom.low <= 2100 and _EVENT_AFTER.match(text, atom.end):
        # 2030 FIFA 월드컵, 2028 로스앤젤레스 올림픽: the year of the event
        return (atom.start, atom.end, raw, None, "date", "time", atom.qualifier, None)
    return None


def _index_level(text: str, atom: Atom, raw: str) -> _Found | None:
    """An index level written bare (2,653.28에 마감, 2,650선 회복): points of the index."""
    if atom.low is None or atom.low < 100:
        return None
    if not ("," in raw or "." in raw or _INDEX_LEVEL.match(text, atom.end)):
        return None  # 2,653.28, or a round level with 선 (SCFI 1300선)
    if not _INDEX_BEFORE.search(text, max(0, atom.start - 80), atom.start):
        return None
    low, high = _scaled(atom)
    end = atom.end
    m = _INDEX_LEVEL.match(text, end)
    if m:
        end = m.end()
    return (atom.start, end, low, high, "point", "other", atom.qualifier, None)


def _below_zero(
    text: str, start: int, value: str | None, upper: str | None
) -> tuple[int, str | None, str | None]:
    """영하 5도: the temperature below zero, its span from 영하."""
    m = _BELOW_ZERO.search(text, max(0, start - 3), start)
    if m is None:
        return start, value, upper
    return m.start(), _negative(value), _negative(upper)


def _negative(v: str | None) -> str | None:
    return v if v is None or v.startswith("-") else "-" + v


_BELOW_ZERO = re.compile(r"(?<![가-힣])영하\s?$")


def _detached_qualifier(text: str, start: int, end: int) -> str | None:
    # cheap look at the last syllable of a qualifier before (약, 대략, 최대/최고/최소)
    # and at the separator after, before the regexes run: most quantities have neither
    if (start > 0 and text[start - 1] in _BEFORE_LAST) or (
        start > 1 and text[start - 2] in _BEFORE_LAST
    ):
        m = _BEFORE_QUALIFIER.search(text, max(0, start - 4), start)
        if m:
            return _BEFORE_MAP[m.group(1)]
    separator = text[end : end + 1]
    if separator not in _AFTER_FIRST:
        return None
    first = end + 1 if separator.isspace() else end + 2  # 이상, or 을 넘는: after 을 and a space
    if text[first : first + 1] not in _AFTER_QUALIFIER_FIRST:
        return None
    m = _AFTER_QUALIFIER.match(text, end)
    if m:
        return _AFTER_MAP[m.group(1)]
    return None


def find_quantities(text: str) -> list[QuantityMention]:
    """All quantity mentions of the text, in text order, same_as left unset."""
    atoms = scan_atoms(text)
    for s, e in _dateline_spans(text):  # a dateline or two: one plain filter for each
        atoms = [a for a in atoms if not s <= a.start < e]
    found, rest = join_time_atoms(text, atoms)
    for atom in rest:
        f = _from_atom(text, atom)
        if f is not None:
            found.append(f)
    found.sort(key=_SPAN)
    out: list[QuantityMention] = []
    last_end = -1
    for start, end, value, upper, unit, category, qualifier, counter in found:
        if start < last_end:
            continue  # overlapping mentions: keep the earlier one
        qualifier = qualifier or _detached_qualifier(text, start, end)
        if unit == "celsius":
            start, value, upper = _below_zero(text, start, value, upper)
        fields = (start, end, text[start:end], value, upper, unit, qualifier, category, counter)
        out.append(new_tuple(QuantityMention, (*fields, None)))  # same_as: unset
        last_end = end
    return out


_SPAN = itemgetter(0, 1)  # a mention's (start, end)


_BRACKET_BRIDGE = re.compile(r"\s?[(\[](?:한화|원화)?\s?(?:약\s?)?")


def link_equivalences(text: str, quantities: list[QuantityMention]) -> list[QuantityMention]:
    """5000억달러(약 720조원): two amounts of one kind in two units, linked both ways by index."""
    out = list(quantities)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.category != b.category:
            continue
        if a.category not in ("money", "area", "length", "mass"):
            continue
        if not _BRACKET_BRIDGE.fullmatch(text, a.end, b.start):
            continue
        if text[b.end : b.end + 1] not in (")", "]"):
            continue
        out[i] = a._replace(same_as=i + 1)
        out[i + 1] = b._replace(same_as=i)
    return out
