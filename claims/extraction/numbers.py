"""Korean numerals and magnitudes -> Decimal.

Copy writes numbers as digits with magnitude words (28조4천200억, 1조 2000억, 12만5000),
as native numerals before a counter (세 명, 두 배, 한 달), as day words (하루, 이틀, 열흘),
as fractions (3분의 2) and as vague amounts (수십억, 수백): the regex pieces here are shared
by quantities.py so that each is compiled once.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

__all__ = [
    "DAY_WORDS",
    "NATIVE_NUMERALS",
    "NATIVE_RANGES",
    "NUMBER_PATTERN",
    "VAGUE_PATTERN",
    "format_decimal",
    "parse_fraction",
    "parse_number",
]

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_BIG = {"만": Decimal(10) ** 4, "억": Decimal(10) ** 8, "조": Decimal(10) ** 12}
_SMALL = {"십": Decimal(10), "백": Decimal(100), "천": Decimal(1000)}

_D = r"[0-9０-９]"
# one digit group: 1,234 / 3.54 / 4천200 / 3천5백 (small magnitudes inside a big one)
_GROUP = rf"{_D}+(?:[,，]{_D}{{3}})*(?:[.．]{_D}+)?(?:[천백십](?:{_D}+)?)*"
# big magnitudes in falling order, with an optional space between groups (1조 2000억,
# 4억 7700만) and a bare tail after the last one (12만5000, 3만 5천, 2만 1000; a spaced
# tail needs 3-4 digits or 천/백, so `100만 2024년` stays two numbers)
# 여 may stand between a group and its magnitude (12조3천여억, 3천여만): 'some 3,000억'
_YEO = "(?:여(?=[조억만]))?"
NUMBER_PATTERN = (
    rf"{_GROUP}{_YEO}(?:조(?:\s?{_GROUP}{_YEO}억)?(?:\s?{_GROUP}{_YEO}만)?|억(?:\s?{_GROUP}{_YEO}만)?|만)?"
    rf"(?:(?<=[조억만])(?:\s(?={_D}{{3,4}}(?![0-9년])|{_D}+[천백]))?{_GROUP})?"
)

# vague amounts: 수십억, 수백, 십수, 수 (before a counter); the value is unknown
VAGUE_PATTERN = r"(?:십수|수(?:십|백|천)?(?:만|억|조)?|수십|수백|수천)"

NATIVE_NUMERALS = {
    "한": 1,
    "하나": 1,
    "두": 2,
    "둘": 2,
    "세": 3,
    "셋": 3,
    "석": 3,
    "네": 4,
    "넷": 4,
    "넉": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
    "열": 10,
    "열한": 11,
    "열두": 12,
    "열세": 13,
    "열네": 14,
    "열다섯": 15,
    "스무": 20,
    "스물": 20,
    "서른": 30,
    "마흔": 40,
    "쉰": 50,
    "예순": 60,
    "일흔": 70,
    "여든": 80,
    "아흔": 90,
}
# tens and units as one word, in the form before a counter: 스물네 (살), 서른두 (명)
NATIVE_NUMERALS.update(
    {
        tens + unit: NATIVE_NUMERALS[tens] + NATIVE_NUMERALS[unit]
        for tens in ("스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")
        for unit in ("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉")
    }
)
# "two or three": a range, written as one word
NATIVE_RANGES = {
    "한두": (1, 2),
    "두세": (2, 3),
    "두어": (2, 3),
    "서너": (3, 4),
    "네댓": (4, 5),
    "너댓": (4, 5),
    "대여섯": (5, 6),
    "예닐곱": (6, 7),
}
# day counts written as words: (low, high)
DAY_WORDS = {
    "하루": (1, 1),
    "이틀": (2, 2),
    "사흘": (3, 3),
    "나흘": (4, 4),
    "닷새": (5, 5),
    "엿새": (6, 6),
    "열흘": (10, 10),
    "보름": (15, 15),
    "하루이틀": (1, 2),
    "이삼일": (2, 3),
    "사나흘": (3, 4),
    "삼사일": (3, 4),
}


@lru_cache(maxsize=4096)  # copy repeats its numbers (1년, 800만): Decimal is immutable
def parse_number(text: str) -> Decimal:
    """Value of a digit/magnitude expression: '28조4천200억' -> 28420000000000."""
    s = text.translate(_FULLWIDTH).replace(",", "").replace(" ", "").replace("여", "")
    total = Decimal(0)  # sum of finished big-magnitude groups
    group = Decimal(0)  # current group below 만 (built from 천/백/십 parts)
    digits = ""
    for ch in s:
        if ch.isdigit() or ch == ".":
            digits += ch
        elif ch in _SMALL:
            group += (_dec(digits) if digits else Decimal(1)) * _SMALL[ch]
            digits = ""
        elif ch in _BIG:
            group += _dec(digits) if digits else Decimal(0)
            total += (group if group else Decimal(1)) * _BIG[ch]
            group, digits = Decimal(0), ""
        else:
            raise ValueError(f"not a number: {text!r}")
    return total + group + (_dec(digits) if digits else Decimal(0))


def _dec(digits: str) -> Decimal:
    try:
        return Decimal(digits)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {digits!r}") from exc


def parse_fraction(denominator: str, numerator: str) -> Decimal:
    """'3분의 2' -> 0.666667 (the spec's six decimals)."""
    den, num = parse_number(denominator), parse_number(numerator)
    if den == 0:
        raise ValueError("fraction with zero denominator")
    return (num / den).quantize(Decimal("0.000001"))


@lru_cache(maxsize=4096)  # amounts repeat within and across articles
def format_decimal(value: Decimal) -> str:
    """Exact decimal string without exponent or trailing zeros: 3540000, 0.09, 40.2."""
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
