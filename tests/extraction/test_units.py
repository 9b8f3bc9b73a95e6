"""Unit words -> canonical unit, category and multiplier (CLAIMS_SPEC table)."""

from __future__ import annotations

import pytest

from claims.extraction.units import UNITS

from .conftest import quantity_named


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "category"),
    [
        (
            "삼성전자는 5000억달러 규모의 투자를 검토 중이다.",
            "5000억달러",
            "500000000000",
            "USD",
            "money",
        ),
        ("환율 탓에 3000만엔의 손실이 났다.", "3000만엔", "30000000", "JPY", "money"),
        ("벌금 200만유로가 부과됐다.", "200만유로", "2000000", "EUR", "money"),
        ("中 기업이 10억위안을 투자했다.", "10억위안", "1000000000", "CNY", "money"),
        ("영국 구단은 5000만파운드를 제시했다.", "5000만파운드", "50000000", "GBP", "money"),
        ("그는 연봉 800만$에 계약했다.", "800만$", "8000000", "USD", "money"),
        ("부지는 약 3.54㎢ 규모다.", "3.54㎢", "3540000", "m2", "area"),
        ("전용면적 84㎡ 아파트가 팔렸다.", "84㎡", "84", "m2", "area"),
        ("11평짜리 집에 산다.", "11평", "36.363635", "m2", "area"),
        ("하루 233㎜의 비가 내렸다.", "233㎜", "0.233", "m", "length"),
        ("선수는 100m를 9초대에 달렸다.", "100m", "100", "m", "length"),
        ("해안선 12㎞가 잠겼다.", "12㎞", "12000", "m", "length"),
        ("필로폰 2㎏을 밀반입했다.", "2㎏", "2", "kg", "mass"),
        ("쌀 500t을 지원한다.", "500t", "500000", "kg", "mass"),
        ("신고 건수는 20개 기관에서 접수됐다.", "20개", "20", "count", "count"),
        ("전국 131곳이 지정됐다.", "131곳", "131", "count", "count"),
        ("외국인 55만3664명이 거주한다.", "55만3664명", "553664", "person", "count"),
        ("실업률이 40.2%로 올랐다.", "40.2%", "40.2", "percent", "percent"),
        ("금리가 0.25%포인트 내렸다.", "0.25%포인트", "0.25", "percentage_point", "percent"),
        ("지지율은 3%p 하락했다.", "3%p", "3", "percentage_point", "percent"),
        ("코스피는 20.5포인트 올랐다.", "20.5포인트", "20.5", "point", "other"),
        ("연준은 금리를 50bp 인하했다.", "50bp", "50", "bp", "other"),
        ("체감온도가 40도에 달했다.", "40도", "40", "celsius", "other"),
        ("낮 최고기온은 35℃로 예보됐다.", "35℃", "35", "celsius", "other"),
        ("그는 68세에 은퇴했다.", "68세", "68", "age", "other"),
        ("대회에서 3위를 차지했다.", "3위", "3", "rank", "rank"),
        ("세 번째 시도 끝에 성공했다.", "세 번째", "3", "rank", "rank"),
        ("공사는 18개월 동안 이어진다.", "18개월", "18", "month", "duration"),
        ("그는 6시간 동안 조사를 받았다.", "6시간", "6", "hour", "duration"),
        ("경기는 10년 만에 열렸다.", "10년", "10", "year", "duration"),
        ("일주일 빠른 장마다.", "일주일", "1", "week", "duration"),
        ("그는 30초 만에 골을 넣었다.", "30초", "30", "second", "duration"),
        ("가구 수는 1200가구로 늘었다.", "1200가구", "1200", "count", "count"),
    ],
)
def test_unit_table(sentence, text, value, unit, category) -> None:
    q = quantity_named(sentence, text)
    assert (q.value, q.unit, q.category) == (value, unit, category)


def test_counter_word_is_kept() -> None:
    assert quantity_named("어선 3척이 침몰했다.", "3척").counter == "척"
    assert quantity_named("두 도시가 손을 잡았다.", "두 도시").counter == "도시"


def test_money_units_are_iso_codes() -> None:
    money = {info.unit for info in UNITS.values() if info.category == "money"}
    assert money == {"KRW", "USD", "JPY", "EUR", "CNY", "GBP"}
