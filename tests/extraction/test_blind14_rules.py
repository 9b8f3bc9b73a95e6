"""One case per general rule added after the fourteenth blind set (data/blind14/): Korean
news usage in short sentences of its own, none lifted from the blind14 articles."""

from __future__ import annotations

import pytest

from tests.extraction.probes import LEAD, attributed, quantities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 전 after a day count is 'before' only as a word of its own (14일 전에)
        ("위원회는 14일 전체회의를 열었다.", [("14일", "---14", "date")]),
        ("사고는 10일 전에 신고됐다.", [("10일", "10", "day")]),
        # digits, messages, sacks of rice and regions as counters
        (
            "비밀번호 4자리가 털렸고, 하루 20통의 문자가 왔다.",
            [("4자리", "4", "count"), ("하루", "1", "day"), ("20통", "20", "count")],
        ),
        ("수확이 다섯 가마 줄었다.", [("다섯 가마", "5", "count")]),
        ("상위 두 지역이 앞섰다.", [("두 지역", "2", "count")]),
    ],
)
def test_quantities(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two bodies as one subject: the first named speaks
        (
            "기상청과 한국수자원공사는 댐 방류를 늘렸다고 밝혔다.",
            [("indirect", "기상청", "댐 방류를 늘렸다")],
        ),
        # 회사는: the company written with its stock code
        (
            "한빛전자[123450]가 신제품을 냈다. 회사는 연내 100만 대를 팔 계획이라고 밝혔다.",
            [("indirect", "한빛전자", "연내 100만 대를 팔 계획")],
        ),
        # an analyst's compound title after a foreign name
        (
            '컨설팅업체 에이펙스의 니컬러스 헤이스 수석분석가는 "수요가 늘 것"이라고 말했다.',
            [("direct", "니컬러스 헤이스", "수요가 늘 것")],
        ),
        # a body, then a Korean name before the title: the name
        (
            '미래보안연구소 최다인 소장은 "공격이 늘었다"고 말했다.',
            [("direct", "최다인", "공격이 늘었다")],
        ),
        # 이 선수는: the one of that surname named before, if only as a subject
        (
            LEAD + '국내 선수 가운데서는 이수빈이 가장 빨랐다. 이 선수는 "아쉽다"고 말했다.',
            [("direct", "박", "걱정이 크다"), ("direct", "이수빈", "아쉽다")],
        ),
    ],
)
def test_attributions(sentence, expected):
    assert attributed(sentence) == expected
