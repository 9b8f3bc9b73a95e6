"""Dates, times and durations: join time atoms into one point in time, or call them durations.

`2026년 8월` -> "2026-08", `4일 오전 9시 40분` -> "---04T09:40", `2021년 3분기` -> "2021-Q3",
`오전 5시 30분` -> "T05:30". A lone `N일` is a day of the month unless the context measures a
length (`39일 만에`, `3일간`, `평년보다 5일 빠른`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .scanner import Atom

__all__ = ["TimeMention", "join_time_atoms"]

_RANK = {"year": 0, "quarter": 1, "month": 1, "day": 2, "hour": 3, "minute": 4, "second": 5}
_AMPM = "오전|오후|새벽|아침|낮|저녁|밤"
_AMPM_BEFORE = re.compile(rf"(?:^|[\s(“\"‘'])({_AMPM})\s?$")
_AMPM_AFTER = re.compile(rf"\s?({_AMPM})(?![가-힣])|\s?({_AMPM})(?=부터|까지|에|께|쯤|사이|의|엔)")
_GAP = re.compile(rf"\s*(?:({_AMPM})\s*)?$")
_MONTH_PART = re.compile(
    r"\s?(초순|중순|하순|상순|초|중|말)(?=[\s,.·)]|$|부터|까지|에|께|쯤|경|의|을|를|이|은|로)"
)
_HALF_HOUR = re.compile(r"\s?반(?![가-힣](?<![이을은의에께쯤경]))")
_DATE_BEFORE = re.compile(
    r"(?:지난|오는|이달|내달|지난달|이번 달|다음 달|매월|매달|올해|이번달|다음달)\s?$"
)
_DURATION_AFTER = re.compile(
    r"\s?(?:이후|이전)|\s?(간|동안|만에|만|째|이내|연속|씩|치|짜리|뒤|후|전(?=[^가-힣]|$|[에의과보부까만도인])|가량|정도"
    r"|남짓|여|이상|이하|밖에|새(?!벽)|내로|내에|안에|걸려|걸리|걸린|소요|늦|빨|빠"
    # days spent doing something: 9일을 쉴 수 있어, 사흘을 머문
    r"|을\s(?:쉬|쉴|쉰|일하|일한|일할|근무|머물|머문|보내|보낸|묵))"
)
_DURATION_BEFORE = re.compile(
    r"(?:보다|비해|대비|무려|최장|최소|최대|불과|총|단|약|평균"
    # a period named before its length: 법정 기한인 21일, 처리 기간은 30일
    r"|(?:기한|기간)(?:인|은|이|도|만)?)\s?$"
)
# a comparison verb shortly after (중부는 5일, 남부는 3일 장마가 빨라지는): a length of time
_COMPARE_SOON = re.compile(
    r"[^.\n?!]{0,14}?(?:빨라|빠른|빠르|늦어|늦은|늦게|앞당|늦춰|길어|짧아|단축|연장|지연"
    r"|걸리|걸릴|걸린|걸려|걸렸|소요)"
)


# (start, end, value, upper, unit, category, qualifier, counter): the fields of a
# QuantityMention in order, as a plain tuple (built per mention, so kept cheap)
TimeMention = tuple[int, int, str | None, str | None, str, str, str | None, str | None]


# the values each time role may take (a 13월 or 32일 is no date); Decimals, as the atoms'
# values are: Decimal against Decimal compares several times faster than against an int
_LIMITS = {
    role: (Decimal(low), Decimal(high))
    for role, (low, high) in {
        "quarter": (1, 4),
        "month": (1, 12),
        "day": (1, 31),
        "hour": (0, 24),
        "minute": (0, 59),
        "second": (0, 59),
    }.items()
}
_ZERO, _YEAR_MIN = Decimal(0), Decimal(1000)


def _role(atom: Atom) -> str | None:
    info = atom.info
    if info is None or info.temporal is None or atom.kind != "digits" or atom.low is None:
        return None
    role, low = info.temporal, atom.low
    if role == "year":
        if low < _YEAR_MIN:
            return None
    else:
        limits = _LIMITS.get(role)
        if limits is None or not limits[0] <= low <= limits[1]:
            return None
    if low != low.to_integral_value() or low < _ZERO:
        return None
    return role


def join_time_atoms(text: str, atoms: list[Atom]) -> tuple[list[TimeMention], list[Atom]]:
    """Split atoms into time mentions (dates, clock times) and the rest (durations too)."""
    times: list[TimeMention] = []
    rest: list[Atom] = []
    # only atoms with a time role are chained: most carry no time unit at all, and one of
    # them between two time atoms ends a chain all the same (the gap between those two
    # then holds a number, which _GAP refuses), so they go straight to the rest
    timed: list[tuple[Atom, str]] = []
    for a in atoms:
        role = None if (info := a.info) is None or info.temporal is None else _role(a)
        if role is None:
            rest.append(a)
        else:
            timed.append((a, role))
    i = 0
    while i < len(timed):
        atom, role = timed[i]
        if role in ("minute", "second"):
            rest.append(atom)
            i += 1
            continue
        chain = [timed[i]]
        ampm: str | None = None
        j = i + 1
        while j < len(timed) and timed[j - 1][0].high is None:
            nxt, nxt_role = timed[j]
            if _RANK[nxt_role] <= _RANK[chain[-1][1]]:
                break
            gap = _GAP.fullmatch(text, timed[j - 1][0].end, nxt.start)
            if gap is None or (gap.group(1) and nxt_role != "hour"):
                break
            if nxt_role == "quarter" and chain[-1][1] != "year":
                break
            ampm = gap.group(1) or ampm
            chain.append((nxt, nxt_role))
            j += 1
        mention = _time_mention(text, chain, ampm)
        if mention is None:
            rest.append(atom)
            i += 1
            continue
        times.append(mention)
        i = j
    return times, rest


def _is_duration_day(text: str, atom: Atom) -> bool:
    if atom.qualifier == "approx" and "여" in text[atom.start : atom.end]:
        return True  # 10여 일: a day of the month is never 'some ten'
    before = text[max(0, atom.start - 8) : atom.start]
    if before.endswith("년("):
        return True  # 2023년(18일): that year's count of days, not a day of a month
    if _DATE_BEFORE.search(before):
        return False
    if _DURATION_BEFORE.search(before):
        return True
    m = _DURATION_AFTER.match(text, atom.end)
    if m:
        return m.group(1) is not None
    return _COMPARE_SOON.match(text, atom.end) is not None


def _time_mention(text: str, chain: list[tuple[Atom, str]], ampm: str | None) -> TimeMention | None:
    first, last = chain[0][0], chain[-1][0]
    roles = [r for _, r in chain]
    if roles == ["day"] and _is_duration_day(text, first):
        return None
    start, end = first.start, last.end
    parts = {r: int(a.low) for a, r in chain if a.low is not None}
    upper_last = int(last.high) if last.high is not None else None
    m = _AMPM_BEFORE.search(text, max(0, start - 4), start) if roles[0] == "hour" else None
    if m:
        ampm, start = m.group(1), m.start(1)
    if roles[-1] == "day":
        m2 = _AMPM_AFTER.match(text, end)
        if m2:
            ampm = m2.group(1) or m2.group(2)
            end = m2.end()
    if roles[-1] == "month":
        m3 = _MONTH_PART.match(text, end)
        if m3:
            end = m3.end()
    if roles[-1] == "hour":
        m4 = _HALF_HOUR.match(text, end)
        if m4:
            parts["minute"] = 30
            end = m4.end()
    value = _iso(parts, ampm)
    upper = None
    if upper_last is not None:
        parts[roles[-1]] = upper_last
        upper = _iso(parts, ampm)
    is_time = "hour" in parts or ampm is not None
    unit = "time" if is_time else "date"
    return (start, end, value, upper, unit, "time", last.qualifier, None)


def _iso(parts: dict[str, int], ampm: str | None) -> str:
    date = ""
    if "year" in parts:
        date = f"{parts['year']:04d}"
        if "quarter" in parts:
            date += f"-Q{parts['quarter']}"
        elif "month" in parts:
            date += f"-{parts['month']:02d}"
            if "day" in parts:
                date += f"-{parts['day']:02d}"
    elif "quarter" in parts:
        date = f"Q{parts['quarter']}"
    elif "month" in parts:
        date = f"--{parts['month']:02d}"
        if "day" in parts:
            date += f"-{parts['day']:02d}"
    elif "day" in parts:
        date = f"---{parts['day']:02d}"
    if "hour" not in parts:
        return date
    hour = parts["hour"]
    if ampm in ("오후", "저녁", "밤") and hour < 12:
        hour += 12
    clock = f"T{hour:02d}"
    if "minute" in parts:
        clock += f":{parts['minute']:02d}"
        if "second" in parts:
            clock += f":{parts['second']:02d}"
    return date + clock


def decade_value(low: Decimal) -> str:
    """1990년대 -> "199" (ISO-8601 decade)."""
    return str(int(low))[:3]
