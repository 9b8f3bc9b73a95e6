"""One case per general rule added after the eleventh blind set (data/blind11/): Korean
news usage in short sentences of its own, none lifted from the blind11 articles."""

from __future__ import annotations

import pytest

from tests.extraction.probes import LEAD, attributed, quantities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # weeks with the subject particle (주가 is also a share price, never after a number)
        ("복구에는 3주가 더 걸린다.", [("3주", "3", "week")]),
        # the copula after a counted amount: 지금의 세 배인
        (
            "인력을 지금의 세 배인 90명으로 늘린다.",
            [("세 배", "3", "times"), ("90명", "90", "person")],
        ),
    ],
)
def test_quantities(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 도는 refers back to a province, not to an island or a word ending in 에서도
        (
            "전남도는 대책반을 꾸렸다. 흑산도에서도 피해가 났다. "
            "도는 피해액이 80억원에 이른다고 밝혔다.",
            [("indirect", "전남도", "피해액이 80억원에 이른다")],
        ),
        # a branch keeps the body it belongs to
        (
            "한국가스 경북본부는 공급이 오후 3시 재개됐다고 전했다.",
            [("indirect", "한국가스 경북본부", "공급이 오후 3시 재개됐다")],
        ),
        # a date in brackets between the ending and the verb, as broadcast and foreign copy
        # write it
        (
            "환경부는 업체에 과징금 5억원을 부과했다고 오늘(12일) 밝혔습니다.",
            [("indirect", "환경부", "업체에 과징금 5억원을 부과했다")],
        ),
        (
            "백악관은 정상회담이 열린다고 3일(현지시간) 발표했다.",
            [("indirect", "백악관", "정상회담이 열린다")],
        ),
        # a paper named by its kind (일간 X), its name ending like a verb (…오는)
        (
            "페루 일간 엘코메르시오는 내각이 총사퇴할 것이라고 보도했다.",
            [("indirect", "엘코메르시오", "내각이 총사퇴할 것")],
        ),
        # an age in brackets makes a foreign name a person's
        (
            LEAD + '리마 시민 호세 킨테로스(52)는 "물가가 너무 올랐다"고 말했다.',
            [("direct", "박", "걱정이 크다"), ("direct", "호세 킨테로스", "물가가 너무 올랐다")],
        ),
        # sources named with 등: the sources, not 'and others'
        (
            "AP·로이터통신 등에 따르면 투표율은 71%였다.",
            [("indirect", "AP·로이터통신", "투표율은 71%였다")],
        ),
        # an amount a named body puts on something, without 것으로
        (
            "소방청은 재산 피해를 약 40억원 규모로 추산했다.",
            [("indirect", "소방청", "재산 피해를 약 40억원 규모로")],
        ),
        # two name-like words before the title: the one next to it is the name
        (
            '펀드를 운용한 박지후 한결파트너스 대표는 "수익률이 좋았다"고 말했다.',
            [("direct", "박지후", "수익률이 좋았다")],
        ),
        # a body by its trade (…로보틱스, …인베스트먼트, …기금)
        (
            "아톰로보틱스는 매출이 두 배로 늘었다고 5일 밝혔다.",
            [("indirect", "아톰로보틱스", "매출이 두 배로 늘었다")],
        ),
        # a sector as the source is anonymous (골프계에서는)
        (
            "골프계에서는 그가 상금왕에 오를 것으로 본다고 전했다.",
            [("anonymous", None, "그가 상금왕에 오를 것으로 본다")],
        ),
    ],
)
def test_attributions(sentence, expected):
    assert attributed(sentence) == expected
