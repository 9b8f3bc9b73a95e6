"""One case per general rule added after the tenth blind set (data/blind10/), and the two
blind9 speaker misses they also cover: Korean news usage in short sentences of its own,
none lifted from the blind articles."""

from __future__ import annotations

import pytest

from tests.extraction.probes import LEAD, attributed, quantities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 만원인: the amount, then the copula (원인, a cause, never follows a number)
        ("공제 한도는 연 300만원인 것으로 나타났다.", [("300만원", "3000000", "KRW")]),
        ("월 지원금이 50만원인 셈이다.", [("50만원", "500000", "KRW")]),
        # assists beside goals in football copy
        (
            "그는 이번 시즌 9골 4도움을 올렸다.",
            [("9골", "9", "count"), ("4도움", "4", "count")],
        ),
        # an age group after an adnominal verb ending in 난 (떠난, 만난) ...
        ("고향을 떠난 30대가 늘었다.", [("30대", "30", "age")]),
        # ... but 지난 20대 is the twentieth (국회), counted as before
        ("지난 20대 국회에서 처리되지 못했다.", [("20대", "20", "count")]),
    ],
)
def test_quantities(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a foreign full name, then the country and the title: the name alone
        (
            '카를로스 멘도사 칠레 외교장관은 "협상은 끝나지 않았다"고 말했다.',
            [("direct", "카를로스 멘도사", "협상은 끝나지 않았다")],
        ),
        (
            '얀 코발스키 폴란드 국방장관은 "방공망을 늘린다"고 밝혔다.',
            [("direct", "얀 코발스키", "방공망을 늘린다")],
        ),
        # the party before a council member's name, the constituency after the title
        (
            LEAD + '정의당 윤서하 의원(중앙·신촌동)은 "예산이 부족하다"고 말했다.',
            [("direct", "박", "걱정이 크다"), ("direct", "윤서하", "예산이 부족하다")],
        ),
        # a given name ending like a particle (하은) before such a title
        (
            '반면 최하은 의원(남산1·2동)은 "수요는 충분하다"고 반박했다.',
            [("direct", "최하은", "수요는 충분하다")],
        ),
        # the post as "<title>인" before a party and a name, or before the name alone
        (
            '예결위원장인 진보당 한도윤 의원은 "삭감은 불가피하다"고 말했다.',
            [("direct", "한도윤", "삭감은 불가피하다")],
        ),
        (
            '사용자위원인 오경민 전무는 "인상 폭이 크다"고 말했다.',
            [("direct", "오경민", "인상 폭이 크다")],
        ),
        # a Korean name, then an unlisted company and a post ending in a title
        (
            '시장을 10년 넘게 지켜본 문태호 리치랩스 리서치랩장은 "거래가 줄었다"고 말했다.',
            [("direct", "문태호", "거래가 줄었다")],
        ),
        # a title as English copy writes it, its modifier included
        (
            '구단의 마르코 실바 스포팅 디렉터는 "오래 지켜봤다"고 말했다.',
            [("direct", "마르코 실바", "오래 지켜봤다")],
        ),
        # an unlisted source with a gloss in brackets: the name without it
        (
            "베트남 통계총국(GSO)에 따르면 수출은 12% 늘었다.",
            [("indirect", "베트남 통계총국", "수출은 12% 늘었다")],
        ),
        # a sector's standing view in the present tense is anonymous
        (
            "증권가에서는 회복 시점이 늦어질 것으로 예상한다.",
            [("anonymous", None, "회복 시점이 늦어질 것")],
        ),
        (
            "업계에서는 가격이 더 오를 것으로 전망한다.",
            [("anonymous", None, "가격이 더 오를 것")],
        ),
    ],
)
def test_attributions(sentence, expected):
    assert attributed(sentence) == expected
