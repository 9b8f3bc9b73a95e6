"""One case per general rule added after the fifth blind set (data/blind5/): Korean news
usage in short sentences of its own, none lifted from the blind5 articles."""

from __future__ import annotations

import pytest

from tests.extraction.probes import LEAD, attributed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # “…”면서도 “…”: a quote that leads on to a second one, with a concession
        (
            '최정민 위원장은 "재정 부담이 크다"면서도 "지원은 이어가겠다"고 말했다.',
            [
                ("direct", "최정민", "재정 부담이 크다"),
                ("direct", "최정민", "지원은 이어가겠다"),
            ],
        ),
        (
            '한 상인은 "손님이 줄었다"라면서도 "버텨 보겠다"고 했다.',
            [("anonymous", None, "손님이 줄었다"), ("anonymous", None, "버텨 보겠다")],
        ),
        # 김도윤(45) 한빛소프트 대표는: the name with an age, whatever the unlisted body
        # after it; the topic sentence gives later pronouns and 이 대표는 their referent
        (
            "작업실에서 만난 김도윤(45) 한빛소프트 대표는 개발 일정부터 꺼냈다. "
            '투자 유치를 묻자 그녀는 "서두르지 않겠다"고 답했다. '
            '이 대표는 "내년엔 해외로 간다"고 강조했다.',
            [
                ("direct", "김도윤", "서두르지 않겠다"),
                ("direct", "김도윤", "내년엔 해외로 간다"),
            ],
        ),
        (
            LEAD + '정하윤(29) 누리공방 실장은 "주문이 밀려 있다"고 말했다.',
            [("direct", "박", "걱정이 크다"), ("direct", "정하윤", "주문이 밀려 있다")],
        ),
        # 국내 이동통신 3개사는, 시중은행 4곳은: counted bodies, none of them named; the
        # reported clause starts after them
        (
            LEAD + "국내 이동통신 3개사는 가입자가 2만 명 늘었다고 5일 발표했다.",
            [("direct", "박", "걱정이 크다"), ("anonymous", None, "가입자가 2만 명 늘었다")],
        ),
        (
            LEAD + "시중은행 4곳은 예금 금리를 0.2%포인트 내렸다고 밝혔다.",
            [
                ("direct", "박", "걱정이 크다"),
                ("anonymous", None, "예금 금리를 0.2%포인트 내렸다"),
            ],
        ),
        # 피고인 측 변호인은: someone on that side, not named, and not the last speaker
        (
            LEAD + '피고인 측 변호인은 "증거가 없다"고 주장했다.',
            [("direct", "박", "걱정이 크다"), ("anonymous", None, "증거가 없다")],
        ),
        (
            '최씨 측 한도윤 변호사는 "항소하겠다"고 말했다.',
            [("direct", "한도윤", "항소하겠다")],
        ),
    ],
)
def test_blind5_attribution_rules(sentence, expected):
    assert attributed(sentence) == expected
