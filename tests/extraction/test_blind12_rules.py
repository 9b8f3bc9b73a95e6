"""One case per general rule added after the twelfth blind set (data/blind12/): Korean
news usage in short sentences of its own, none lifted from the blind12 articles."""

from __future__ import annotations

import pytest

from claims.extraction.text import split_sentences
from tests.extraction.probes import LEAD, attributed, quantities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # reactors and other units counted with 기 (원전 6기, 1기당) ...
        (
            "원전 6기를 짓는 데 1기당 4조원이 든다.",
            [("6기", "6", "count"), ("1기", "1", "count"), ("4조원", "4000000000000", "KRW")],
        ),
        # ... but not a generation (2기 신도시) nor a word that starts with 기
        ("2기 신도시 입주가 시작됐다.", []),
        # golf strokes
        (
            "그는 합계 270타로 2타 차 우승을 거뒀다.",
            [("270타", "270", "count"), ("2타", "2", "count")],
        ),
        # a period named before its length is a duration, not a date
        ("법정 처리 기한인 14일을 넘겼다.", [("14일", "14", "day")]),
        ("지난 14일 회의가 열렸다.", [("14일", "---14", "date")]),
    ],
)
def test_quantities(sentence, expected):
    assert quantities(sentence) == expected


def test_a_title_in_quotes_opening_with_a_year_does_not_hide_the_full_stop():
    # '2024년 …' opens a quote; only '24년 is an abbreviated year
    text = "통계청의 '2024년 인구동향'에 따르면 출생아가 늘었다. 혼인도 늘었다."

    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "통계청의 '2024년 인구동향'에 따르면 출생아가 늘었다.",
        "혼인도 늘었다.",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the body that owns a quoted survey is the source
        (
            "여가부의 '2024년 청소년 실태조사'에 따르면 흡연율은 4.2%였다.",
            [("indirect", "여가부", "흡연율은 4.2%였다")],
        ),
        # a union's branch, then the spokesperson's name
        (
            '민주노총 경기지부 최은서 대변인은 "교섭에 나서라"고 말했다.',
            [("direct", "최은서", "교섭에 나서라")],
        ),
        # the analyst's field between the name and the title
        (
            '보고서를 쓴 올리버 그랜트 원자재 전략가는 "공급이 부족하다"고 말했다.',
            [("direct", "올리버 그랜트", "공급이 부족하다")],
        ),
        # a golf pro and a venture partner as titles
        (
            LEAD + '그의 코치인 신우진 프로는 "퍼트가 좋아졌다"고 말했다.',
            [("direct", "박", "걱정이 크다"), ("direct", "신우진", "퍼트가 좋아졌다")],
        ),
        # …다며 …다고 주장했다: one statement by one speaker, one claim
        (
            "김 의원은 신청자가 두 배로 늘었다며 수요는 충분하다고 주장했다.",
            [("indirect", "김", "신청자가 두 배로 늘었다며 수요는 충분하다")],
        ),
        # ... but a …다며 statement before an action stays a claim of its own
        (
            "질병청은 위험이 높다며 접종을 권고했다.",
            [("indirect", "질병청", "위험이 높다")],
        ),
    ],
)
def test_attributions(sentence, expected):
    assert attributed(sentence) == expected
