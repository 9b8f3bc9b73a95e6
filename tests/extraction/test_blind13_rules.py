"""One case per general rule added after the thirteenth blind set (data/blind13/): Korean
news usage in short sentences of its own, none lifted from the blind13 articles."""

from __future__ import annotations

import pytest

from tests.extraction.probes import attributed, quantities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # native tens and units as one word
        ("그는 서른두 살에 창업했다.", [("서른두 살", "32", "age")]),
        ("마흔다섯 명이 모였다.", [("마흔다섯 명", "45", "person")]),
        # 한 건 after an object, with a verb after it, is 한 것은 (what was done) ...
        ("인상부터 한 건 이해하기 어렵다.", []),
        # ... and one case otherwise
        ("신고가 한 건 접수됐다.", [("한 건", "1", "count")]),
        # a numbered complex of an industrial park is a name, not a count
        ("창원국가산업단지 3단지에 공장을 짓는다.", []),
        ("재건축 아파트 5단지를 허문다.", [("5단지", "5", "count")]),
    ],
)
def test_quantities(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a quoted title as the object of 발표했다 is no claim, but its topic still names
        # whom 이 시장은 refers to after a sentence about something else
        (
            "박민호 광주시장은 이날 ‘청년 주거 계획’을 발표했다. "
            "임대료는 시세의 절반으로 정한다. "
            '박 시장은 "청년이 떠나지 않게 하겠다"고 말했다.',
            [("direct", "박민호", "청년이 떠나지 않게 하겠다")],
        ),
        # a retailer and a chamber by their trade
        (
            "대성백화점은 명절 세트가 모두 팔렸다고 밝혔다.",
            [("indirect", "대성백화점", "명절 세트가 모두 팔렸다")],
        ),
        (
            "부산상공회의소가 기업 300곳을 대상으로 조사한 결과에 따르면 절반이 채용을 줄인다.",
            [("indirect", "부산상공회의소", "절반이 채용을 줄인다")],
        ),
        # a body's document by its title in quotes
        (
            "국토교통부의 ‘9월 주택 통계 동향’에 따르면 거래량은 12% 줄었다.",
            [("indirect", "국토교통부", "거래량은 12% 줄었다")],
        ),
    ],
)
def test_attributions(sentence, expected):
    assert attributed(sentence) == expected
