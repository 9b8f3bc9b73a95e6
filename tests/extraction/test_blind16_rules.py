"""One case per general rule added after the sixteenth blind set (data/blind16/): Korean
news usage in short sentences of its own, none lifted from the blind16 articles."""

from __future__ import annotations

import pytest

from tests.extraction.probes import attributed, quantities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a native ordinal before the copula is a rank
        ("올해 들어 부도가 난 건설사는 이곳이 네 번째다.", [("네 번째", "4", "rank")]),
        # a native counter written tight ends the word: 세명시청 is a club's name
        ("세명시청 소속 선수가 우승했다.", []),
        ("세명이 다쳤다.", [("세명", "3", "person")]),
        # scores: a tie, and a lead held to a point of the game
        ("3세트 20-20 동점에서 연속 득점했다.", [("20-20", None, None)]),
        ("1세트 중반 8-3까지 앞섰다.", [("8-3", None, None)]),
        # items (of a drug list) after a space
        ("약 2만여 품목의 약가가 내린다.", [("2만여 품목", "20000", "count")]),
        # 'a certain': 한 after a genitive
        ("강릉의 한 호텔에서 불이 났다.", []),
        ("부산의 한 업체가 문을 닫았다.", []),
    ],
)
def test_quantities(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # …것으로 조사됐다 / 집계됐다 with no source: anonymous, like 파악됐다
        (
            "피해액은 모두 30억원에 이르는 것으로 조사됐다.",
            [("anonymous", None, "피해액은 모두 30억원에 이르는 것")],
        ),
        # a body's plan as the source: the body
        (
            "교육부 개편안에 따르면 수업 시수는 10% 줄어든다.",
            [("indirect", "교육부", "수업 시수는 10% 줄어든다")],
        ),
    ],
)
def test_attributions(sentence, expected):
    assert attributed(sentence) == expected
