"""Quantities as an editor reads them."""

from decimal import Decimal

import pytest

from claims.formatting import format_partial_date, humanize_quantity, korean_amount


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"value": "500000000000", "unit": "USD"}, "5,000억 달러"),
        ({"value": "720000000000000", "unit": "KRW", "qualifier": "approx"}, "약 720조 원"),
        ({"value": "28420000000000", "unit": "KRW"}, "28조 4,200억 원"),
        ({"value": "3540000.00000000", "unit": "m2"}, "3.54㎢"),
        ({"value": "84.5", "unit": "m2"}, "84.5㎡"),
        ({"value": "100", "unit": "person", "counter": "명", "qualifier": "approx"}, "약 100명"),
        ({"value": "20", "unit": "count", "counter": "개"}, "20개"),
        ({"value": "0.5", "unit": "times"}, "0.5배"),
        ({"value": "-20", "unit": "percent"}, "-20%"),
        ({"value": "1.5", "unit": "percentage_point"}, "1.5%p"),
        ({"value": "60", "unit": "age", "qualifier": "at_least"}, "60세 이상"),
        ({"value": "18", "unit": "month"}, "18개월"),
        ({"value": "350", "upper": "400", "unit": "m"}, "350~400m"),
        ({"value": "10000", "upper": "20000", "unit": "KRW"}, "1만~2만 원"),
        ({"value": None, "unit": "date", "value_text": "2026-08"}, "2026년 8월"),
        ({"value": None, "unit": "time", "value_text": "---04T09:40"}, "4일 9시 40분"),
        ({"value": None, "unit": "KRW", "exact": "수십억 원"}, "수십억 원"),
    ],
)
def test_humanize_quantity(fields, expected):
    fields = {"exact": "", **fields}
    for key in ("value", "upper"):
        if fields.get(key) is not None:
            fields[key] = Decimal(fields[key])
    assert humanize_quantity(**fields) == expected


@pytest.mark.parametrize(
    ("iso", "expected"),
    [
        ("2021-Q3", "2021년 3분기"),
        ("--07-10", "7월 10일"),
        ("--08", "8월"),
        ("---04", "4일"),
        ("T05:30", "5시 30분"),
        ("2026-08-15T11:00", "2026년 8월 15일 11시"),
        ("soon", "soon"),
    ],
)
def test_partial_dates(iso, expected):
    assert format_partial_date(iso) == expected


def test_korean_amount_groups_by_four_digits():
    assert korean_amount(Decimal("123456789012")) == "1,234억 5,678만 9,012"
    assert korean_amount(Decimal("-50000")) == "-5만"
    assert korean_amount(Decimal("1234.5")) == "1,234.5"
