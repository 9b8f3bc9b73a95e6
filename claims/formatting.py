"""Quantities in the form an editor reads them: `720조 원`, `5,000억 달러`, `3.54㎢`.

Pure functions over plain values, shared by the admin and the exports.
"""

import re
from decimal import Decimal

MONEY_WORDS = {
    "KRW": "원",
    "USD": "달러",
    "JPY": "엔",
    "EUR": "유로",
    "CNY": "위안",
    "GBP": "파운드",
}
SUFFIXES = {
    "percent": "%",
    "percentage_point": "%p",
    "times": "배",
    "year": "년",
    "month": "개월",
    "week": "주",
    "day": "일",
    "hour": "시간",
    "minute": "분",
    "second": "초",
    "rank": "위",
    "age": "세",
    "celsius": "℃",
    "point": "포인트",
    "bp": "bp",
    "m": "m",
    "kg": "kg",
    "person": "명",
}
QUALIFIER_WORDS = {
    "approx": ("약 ", ""),
    "over": ("", " 초과"),
    "under": ("", " 미만"),
    "at_most": ("", " 이하"),
    "at_least": ("", " 이상"),
}
# Korean groups numbers by four digits: 만 (10^4), 억 (10^8), 조 (10^12), 경 (10^16).
MAGNITUDES = [(10**16, "경"), (10**12, "조"), (10**8, "억"), (10**4, "만")]
PARTIAL_DATE = re.compile(
    r"^(?:(?P<year>\d{4})|-)?-?(?:Q(?P<quarter>[1-4])|(?P<month>\d{2})|-)?"
    r"(?:-(?P<day>\d{2}))?(?:T(?P<hour>\d{2}):(?P<minute>\d{2}))?$"
)


def plain_decimal(value: Decimal) -> str:
    """`Decimal("3540000.00000000")` -> `"3540000"`, never in exponent form."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def korean_amount(value: Decimal) -> str:
    """Large numbers in Korean groups, each with thousands separators:
    500000000000 -> `5,000억`, 28420000000000 -> `28조 4,200억`."""
    if value != value.to_integral_value() or abs(value) < 10**4:
        return _grouped(value)
    sign, rest, parts = ("-" if value < 0 else ""), int(abs(value)), []
    for size, word in MAGNITUDES:
        count, rest = divmod(rest, size)
        if count:
            parts.append(f"{count:,}{word}")
    if rest:
        parts.append(f"{rest:,}")
    return sign + " ".join(parts)


def _grouped(value: Decimal) -> str:
    """Thousands separators, decimals kept as written: 1234.5 -> `1,234.5`."""
    whole, _, fraction = plain_decimal(value).partition(".")
    grouped = f"{int(whole):,}" if whole not in ("", "-") else whole
    if whole.startswith("-") and int(whole) == 0:
        grouped = "-0"
    return f"{grouped}.{fraction}" if fraction else grouped


def format_partial_date(text: str) -> str:
    """ISO 8601 truncated to what is known, read aloud: `2026-08` -> `2026년 8월`,
    `---04T09:40` -> `4일 9시 40분`, `2021-Q3` -> `2021년 3분기`."""
    match = PARTIAL_DATE.match(text or "")
    if not match:
        return text
    parts = []
    if match["year"]:
        parts.append(f"{match['year']}년")
    if match["quarter"]:
        parts.append(f"{match['quarter']}분기")
    if match["month"]:
        parts.append(f"{int(match['month'])}월")
    if match["day"]:
        parts.append(f"{int(match['day'])}일")
    if match["hour"]:
        parts.append(f"{int(match['hour'])}시")
        if int(match["minute"]):
            parts.append(f"{int(match['minute'])}분")
    return " ".join(parts) or text


def _amount(value: Decimal, unit: str, counter: str) -> str:
    if unit in MONEY_WORDS:
        return f"{korean_amount(value)} {MONEY_WORDS[unit]}"
    if unit == "m2":
        if abs(value) >= 10**6:
            return f"{plain_decimal(value / 10**6)}㎢"
        return f"{_grouped(value)}㎡"
    if unit == "count":
        return f"{korean_amount(value)}{counter or '개'}"
    if unit == "person" and counter:
        return f"{korean_amount(value)}{counter}"
    return f"{korean_amount(value)}{SUFFIXES.get(unit, '')}"


def humanize_quantity(
    *,
    value: Decimal | None,
    unit: str,
    exact: str,
    upper: Decimal | None = None,
    qualifier: str = "",
    value_text: str = "",
    counter: str = "",
) -> str:
    """The quantity as an editor reads it; the written form where no value is known."""
    if unit in ("date", "time") and value_text:
        shown = format_partial_date(value_text)
    elif value is None or not unit:
        return exact
    elif upper is not None and upper != value:
        # The unit is written once, after the upper end (`350~400㎜`), except for areas,
        # whose lower end may need a unit of its own (㎡ or ㎢).
        low = _amount(value, unit, counter) if unit == "m2" else korean_amount(value)
        shown = f"{low}~{_amount(upper, unit, counter)}"
    else:
        shown = _amount(value, unit, counter)
    before, after = QUALIFIER_WORDS.get(qualifier, ("", ""))
    return f"{before}{shown}{after}"


def canonical_quantity(
    *, value: Decimal | None, unit: str, upper: Decimal | None = None, value_text: str = ""
) -> str:
    """The quantity for machines: the value in its canonical unit (`500000000000 USD`,
    `0.5 times`, a range as `350~400 m`), a date or time as its ISO text (`2026-08`,
    `---04T09:40`), `?` for a vague amount whose value is not known."""
    if unit in ("date", "time") and value_text:
        return value_text
    if value is None:
        return f"? {unit}".rstrip()
    amount = plain_decimal(value)
    if upper is not None and upper != value:
        amount = f"{amount}~{plain_decimal(upper)}"
    return f"{amount} {unit}".rstrip()
