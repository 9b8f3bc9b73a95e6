"""Korean numerals and magnitudes -> exact decimals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction.numbers import format_decimal, parse_fraction, parse_number

from .conftest import quantity_named


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("28조4천200억", "28420000000000"),
        ("1조 2000억", "1200000000000"),
        ("12만5000", "125000"),
        ("55만3664", "553664"),
        ("4억 7700만", "477000000"),
        ("3.54", "3.54"),
        ("1,234,567", "1234567"),
        ("３천만", "30000000"),
        ("5백만", "5000000"),
        ("0.500", "0.5"),
        ("15억5000만", "1550000000"),
        ("2천", "2000"),
        ("7억", "700000000"),
    ],
)
def test_parse_number(written: str, value: str) -> None:
    assert format_decimal(parse_number(written)) == value


def test_parse_number_rejects_words() -> None:
    with pytest.raises(ValueError):
        parse_number("억원")


@pytest.mark.parametrize(
    ("den", "num", "value"),
    [("3", "2", "0.666667"), ("4", "1", "0.25"), ("10", "3", "0.3"), ("3", "1", "0.333333")],
)
def test_parse_fraction(den: str, num: str, value: str) -> None:
    assert format_decimal(parse_fraction(den, num)) == value


def test_format_decimal_has_no_exponent() -> None:
    assert format_decimal(Decimal("5E+11")) == "500000000000"
    assert format_decimal(Decimal("0.0900")) == "0.09"


@pytest.mark.parametrize(
    ("sentence", "text", "value", "upper", "unit"),
    [
        (
            "정부는 내년 예산을 28조4천200억원 늘리기로 했다.",
            "28조4천200억원",
            "28420000000000",
            None,
            "KRW",
        ),
        ("사고로 세 명이 숨지고 두 명이 다쳤다.", "세 명", "3", None, "person"),
        ("매출이 지난해보다 두 배 늘었다.", "두 배", "2", None, "times"),
        ("그는 한 달 만에 퇴원했다.", "한 달", "1", None, "month"),
        ("조사는 사나흘가량 걸릴 전망이다.", "사나흘가량", "3", "4", "day"),
        ("그는 하루 만에 입장을 바꿨다.", "하루", "1", None, "day"),
        ("구조대는 이틀째 수색을 이어갔다.", "이틀", "2", None, "day"),
        ("파업은 열흘 넘게 이어졌다.", "열흘", "10", None, "day"),
        ("스무 살 청년이 창업에 나섰다.", "스무 살", "20", None, "age"),
        ("찬성표는 전체의 3분의 2를 넘었다.", "3분의 2", "0.666667", None, "times"),
        ("피해액은 수십억 원에 이를 것으로 보인다.", "수십억 원", None, None, "KRW"),
        ("광장에는 수백 명이 모였다.", "수백 명", None, None, "person"),
        ("복구에는 2~3일이 걸릴 것으로 예상된다.", "2~3일", "2", "3", "day"),
        ("남부에 350~400㎜의 비가 내렸다.", "350~400㎜", "0.35", "0.4", "m"),
        ("주 고객층은 50~70대 남성이다.", "50~70대", "50", "70", "age"),
        ("영업이익은 -20%를 기록했다.", "-20%", "-20", None, "percent"),
        ("국민 절반이 반대했다.", "절반", "0.5", None, "times"),
        ("한두 차례 더 협상할 계획이다.", "한두 차례", "1", "2", "count"),
        ("서너 시간 동안 정전이 이어졌다.", "서너 시간", "3", "4", "hour"),
        ("공사비는 １２억원으로 늘었다.", "１２억원", "1200000000", None, "KRW"),
    ],
)
def test_numbers_in_copy(sentence, text, value, upper, unit) -> None:
    q = quantity_named(sentence, text)
    assert (q.value, q.upper, q.unit) == (value, upper, unit)
