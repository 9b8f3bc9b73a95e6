"""One case per general rule added after the fifteenth blind set (data/blind15/): Korean
news usage in short sentences of its own, none lifted from the blind15 articles."""

from __future__ import annotations

import pytest

from tests.extraction.probes import LEAD, attributed, quantities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # episodes of a series
        ("드라마는 12부작으로 만들어졌다.", [("12부작", "12", "count")]),
        # sets are no age (3세트), as 세금 and 세계 are not
        ("3세트를 25-23으로 따냈다.", [("25-23", None, None)]),
    ],
)
def test_quantities(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a financial holding company by its trade
        (
            "한결금융지주는 3분기 순이익이 12% 늘었다고 밝혔다.",
            [("indirect", "한결금융지주", "3분기 순이익이 12% 늘었다")],
        ),
        # an unlisted company as topic, a month right after it
        (
            "스트림온은 10월 말 기준 구독자가 500만명으로 늘었다고 밝혔다.",
            [("indirect", "스트림온", "10월 말 기준 구독자가 500만명으로 늘었다")],
        ),
        # a ministry's director as a title, then his surname
        (
            LEAD + '오지훈 국제협력정책관은 "예산을 늘렸다"고 말했다. '
            "오 정책관은 인력이 부족하다고 지적했다.",
            [
                ("direct", "박", "걱정이 크다"),
                ("direct", "오지훈", "예산을 늘렸다"),
                ("indirect", "오지훈", "인력이 부족하다"),
            ],
        ),
        # the reporter between the ending and the verb, with 등
        (
            "양국 정상은 협정에 서명했다고 AP통신 등이 보도했다.",
            [("indirect", "AP통신", "양국 정상은 협정에 서명했다")],
        ),
        # a named agency's report by its quoted title
        (
            "중앙아동보호전문기관의 '2024 아동학대 보고서'에 따르면 신고는 5% 늘었다.",
            [("indirect", "중앙아동보호전문기관", "신고는 5% 늘었다")],
        ),
    ],
)
def test_attributions(sentence, expected):
    assert attributed(sentence) == expected
