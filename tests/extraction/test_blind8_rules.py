"""One case per general rule added after the eighth blind set (data/blind8/): Korean
news usage in short sentences of its own, none lifted from the blind8 articles."""

from __future__ import annotations

import pytest

from tests.extraction.probes import LEAD, attributed, quantities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an age group after an adnominal verb: the one who did it (살해한 50대)
        (
            "보험금 노리고 남편 살해한 40대…징역 30년",
            [("40대", "40", "age"), ("30년", "30", "year")],
        ),
        ("불길에 숨진 70대의 신원이 확인됐다.", [("70대", "70", "age")]),
        ("전시장에는 차량 50대가 놓였다.", [("50대", "50", "count")]),
        # days spent doing something are a length of time, not a date
        ("연휴에 닷새를 붙이면 10일을 쉴 수 있다.", [("닷새", "5", "day"), ("10일", "10", "day")]),
        ("선수단은 현지에서 4일을 머문 뒤 귀국한다.", [("4일", "4", "day")]),
        ("오는 3일을 앞두고 준비가 한창이다.", [("3일", "---03", "date")]),
    ],
)
def test_quantities(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a given name ending like a particle (다은, 지은, 하은) before a titled subject
        (
            LEAD + '한지은 미래바이오 대표는 "연내 출시한다"고 말했다.',
            [("direct", "박", "걱정이 크다"), ("direct", "한지은", "연내 출시한다")],
        ),
        # an unnamed expert is anonymous, not the last speaker (전문가는 is a topic)
        (
            LEAD + '한 교통 전문가는 "정체가 길어진다"고 지적했다.',
            [("direct", "박", "걱정이 크다"), ("anonymous", None, "정체가 길어진다")],
        ),
        # an unlisted company as the topic, with the date right after it
        (
            "키움은 20일 외국인 투수와 계약했다고 발표했다.",
            [("indirect", "키움", "외국인 투수와 계약했다")],
        ),
        # a stock code after the company's name
        (
            "한결중공업[012345]이 유조선 2척을 수주했다고 공시했다.",
            [("indirect", "한결중공업", "유조선 2척을 수주했다")],
        ),
        # the byline in brackets does not open the reported clause
        (
            "[이데일리 김수현 기자] 한결중공업이 유조선 2척을 수주했다고 3일 공시했다.",
            [("indirect", "한결중공업", "유조선 2척을 수주했다")],
        ),
        # a descriptor before an unlisted source: the name after it
        (
            "해운 분석기관 드류리에 따르면 운임은 5% 내렸다.",
            [("indirect", "드류리", "운임은 5% 내렸다")],
        ),
        # a sector as the source is no one named
        (
            "법조계에 따르면 이런 사건은 해마다 10건 안팎이다.",
            [("anonymous", None, "이런 사건은 해마다 10건 안팎이다")],
        ),
    ],
)
def test_attributions(sentence, expected):
    assert attributed(sentence) == expected
