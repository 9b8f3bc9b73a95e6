"""One case per general rule added after the seventh blind set (data/blind7/): Korean
news usage in short sentences of its own, none lifted from the blind7 articles."""

from __future__ import annotations

import pytest

from tests.extraction.probes import LEAD, attributed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 연구원 after a person's name is their post, not an institute
        (
            '이도윤 한화투자증권 연구원은 "하반기에 반등한다"고 내다봤다.',
            [("direct", "이도윤", "하반기에 반등한다")],
        ),
        (
            "한국개발연구원은 성장률이 1%대로 낮아진다고 밝혔다.",
            [
                ("indirect", "한국개발연구원", "성장률이 1%대로 낮아진다"),
            ],
        ),
        # a name that ends like a clause ending (김지만, not 하지만) stays in the phrase
        (
            '김지만 신한은행 연구원은 "예금금리도 내린다"고 말했다.',
            [("direct", "김지만", "예금금리도 내린다")],
        ),
        (
            LEAD + '하지만 최 의원은 "근거가 없다"고 말했다.',
            [("direct", "박", "걱정이 크다"), ("direct", "최", "근거가 없다")],
        ),
        # a foreign full name before a body and a compound title; 엔 ends the name there,
        # not 에는 (여기엔)
        (
            '마르틴 베스터 EU 통상위원장은 "협상은 계속된다"고 말했다.',
            [("direct", "마르틴 베스터", "협상은 계속된다")],
        ),
        (
            '라우라 슈미트엔 ECB 부총재는 "인하는 이르다"고 말했다.',
            [("direct", "라우라 슈미트엔", "인하는 이르다")],
        ),
        # 같은 당 박주민 의원: of the same party, a named lawmaker
        (
            LEAD + '같은 당 정하람 의원(초선·경기 수원을)도 "예산이 모자란다"고 주장했다.',
            [("direct", "박", "걱정이 크다"), ("direct", "정하람", "예산이 모자란다")],
        ),
    ],
)
def test_attributions(sentence, expected):
    assert attributed(sentence) == expected
