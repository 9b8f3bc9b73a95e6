"""One case per general rule added after the sixth blind set (data/blind6/): Korean news
usage in short sentences of its own, none lifted from the blind6 articles."""

from __future__ import annotations

import pytest

from tests.extraction.probes import LEAD, attributed, quantities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 점 counts points scored, 칸 compartments, 동 buildings (apart from the number)
        ("그는 혼자 27점을 올렸다.", [("27점", "27", "count")]),
        ("두 선수가 각각 12점과 9점을 보탰다.", [("12점", "12", "count"), ("9점", "9", "count")]),
        ("객차 8칸 가운데 3칸이 탈선했다.", [("8칸", "8", "count"), ("3칸", "3", "count")]),
        ("단지 내 노후 건물 40여 동을 허문다.", [("40여 동", "40", "count")]),
        # ... but not 3점슛 (a kind of shot) nor 101동 (a building's number in an address)
        ("3점슛 5개를 꽂았다.", [("5개", "5", "count")]),
        ("아파트 101동 앞에서 만났다.", []),
        # 주 after shares is a number of shares, not weeks
        ("직원 1인당 자사주 15주를 준다.", [("1인", "1", "person"), ("15주", "15", "count")]),
        ("보통주 1주당 500원을 배당한다.", [("1주", "1", "count"), ("500원", "500", "KRW")]),
        ("임신 30주 만에 태어났다.", [("30주", "30", "week")]),
        # set scores in brackets after the match score, and a score before a bracket
        (
            "세트 스코어 3-0(25-18 25-20 25-22)으로 이겼다.",
            [
                ("3-0", None, None),
                ("25-18", None, None),
                ("25-20", None, None),
                ("25-22", None, None),
            ],
        ),
    ],
)
def test_quantities(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ‘…’이라고만 답했다: single marks quote when a quoting ending follows, 만 or not
        (
            "박 장관은 인상 여부에 대해 ‘검토 중’이라고만 답했다.",
            [("direct", "박", "검토 중")],
        ),
        (
            "최 대표는 ‘시장을 지켜보겠다’라고만 말했다.",
            [("direct", "최", "시장을 지켜보겠다")],
        ),
        # X도 …밝힌 것으로 전해졌다: hearsay about what X said is anonymous, the whole clause
        (
            LEAD + "정민호 차관도 지난주 회의에서 찬성 입장을 밝힌 것으로 전해졌다.",
            [
                ("direct", "박", "걱정이 크다"),
                ("anonymous", None, "정민호 차관도 지난주 회의에서 찬성 입장을 밝힌 것"),
            ],
        ),
        # A joint team named by its members speaks as its first-named member
        (
            "김하늘 서울대 교수와 이도현 연세대 교수 공동연구팀은 "
            "성인 3만 명을 10년간 추적한 결과를 발표했다고 2일 밝혔다.",
            [("indirect", "김하늘", "성인 3만 명을 10년간 추적한 결과를 발표했다")],
        ),
        # A Korean full name, then a body the lexicon does not know, then a title: the
        # name alone; a foreign given and family name before a known body: both
        (
            '한지우 누리팜 대표는 "매출이 두 배로 늘었다"고 말했다.',
            [("direct", "한지우", "매출이 두 배로 늘었다")],
        ),
        (
            '마이클 하워드 백악관 대변인은 "대화를 환영한다"고 말했다.',
            [("direct", "마이클 하워드", "대화를 환영한다")],
        ),
        # …계획을 발표했다. 계획에 따르면: the plan just announced, so its speaker's; a
        # bare 조사 결과에 따르면 with nothing announced before stays anonymous
        (
            '오세진 구청장은 "주차난을 풀겠다"며 주차장 확충 계획을 발표했다. '
            "계획에 따르면 구는 공영주차장 3곳을 새로 짓는다.",
            [
                ("direct", "오세진", "주차난을 풀겠다"),
                ("indirect", "오세진", "구는 공영주차장 3곳을 새로 짓는다"),
            ],
        ),
        (
            LEAD + "조사 결과에 따르면 응답자의 40%가 찬성했다.",
            [("direct", "박", "걱정이 크다"), ("anonymous", None, "응답자의 40%가 찬성했다")],
        ),
    ],
)
def test_attributions(sentence, expected):
    assert attributed(sentence) == expected
