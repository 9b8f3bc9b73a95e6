"""One case per general rule added after the seventeenth and eighteenth blind sets
(data/blind17/, data/blind18/): Korean news usage in short sentences of its own, none
lifted from the blind articles."""

from __future__ import annotations

import pytest

from tests.extraction.probes import LEAD, attributed, quantities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a freight index's round level with 선
        ("BDI는 2000선을 회복했다.", [("2000선", "2000", "point")]),
        # the year of an event, written bare
        ("2032 브리즈번 올림픽 유치전이 시작됐다.", [("2032", "2032", "date")]),
        # a year's count of days in brackets after it
        (
            "폭염일수는 2024년(24일)보다 늘었다.",
            [("2024년", "2024", "date"), ("24일", "24", "day")],
        ),
        # a year before a report's title is no count of people
        ("'2025 노인실태조사' 결과가 나왔다.", []),
    ],
)
def test_quantities(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a body the copy leaves unnamed (A시, B사)
        (
            'B사는 입장문을 내고 "수사에 협조하겠다"고 밝혔다.',
            [("direct", "B사", "수사에 협조하겠다")],
        ),
        # an unlisted source after its descriptor, a word before that only looks like a name
        (
            "모바일 데이터 분석업체 앱스코프에 따르면 이용자는 20% 늘었다.",
            [("indirect", "앱스코프", "이용자는 20% 늘었다")],
        ),
        # 도 marks the speaker even when the quote after it holds an adnominal verb
        (
            LEAD + '스즈키 다로 일본 재무상도 "과도한 변동을 지켜보겠다"고 말했다.',
            [
                ("direct", "박", "걱정이 크다"),
                ("direct", "스즈키 다로", "과도한 변동을 지켜보겠다"),
            ],
        ),
    ],
)
def test_attributions(sentence, expected):
    assert attributed(sentence) == expected
