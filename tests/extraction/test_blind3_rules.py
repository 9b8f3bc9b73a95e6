"""One case per general rule added after the third blind set (data/blind3/): Korean news
usage in short sentences of its own, none lifted from the blind3 articles."""

from __future__ import annotations

import pytest

from tests.extraction.probes import LEAD, attributed, quantities

# --- quantities ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # N건의: the counter and the genitive, not 건의 (a proposal)
        ("올해 들어 5건의 화재가 났다.", [("5건", "5", "count")]),
        ("모두 2~4건의 사고가 접수됐다.", [("2~4건", "2", "count")]),
        ("주민들은 구청에 개선을 건의했다.", []),
        # N일 새벽 is a point in time; N년 새 (within) still a length
        ("21일 새벽 서울에 첫눈이 내렸다.", [("21일 새벽", "---21", "time")]),
        ("매출이 3년 새 두 배로 늘었다.", [("3년", "3", "year"), ("두 배", "2", "times")]),
        # 영하: below zero, in the span
        ("철원은 영하 12도까지 내려갔다.", [("영하 12도", "-12", "celsius")]),
        ("낮 기온은 5도 안팎이다.", [("5도", "5", "celsius")]),
        # an age group that an arrest or an accident happens to
        ("음주운전을 한 40대 입건", [("40대", "40", "age")]),
        ("현장에 차량 20대가 투입됐다.", [("20대", "20", "count")]),
    ],
)
def test_counter_time_and_temperature(sentence, expected) -> None:
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("코스닥은 5.21포인트 내린 812.35에 마감했다.", ("812.35", "812.35", "point")),
        ("코스피가 2,500선을 내줬다.", ("2,500선", "2500", "point")),
        ("닛케이지수는 한때 38,000선까지 올랐다.", ("38,000선", "38000", "point")),
    ],
)
def test_index_level_written_bare(sentence, expected) -> None:
    assert expected in quantities(sentence)


def test_bare_numbers_without_an_index_stay_as_they_were() -> None:
    assert quantities("타율은 0.312였다.") == [("0.312", "0.312", None)]
    assert quantities("인구 1,350명이 산다.") == [("1,350명", "1350", "person")]


# --- speakers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # an office ending in 서 is a topic, not …에서는
        ("서울 마포경찰서는 B씨를 사기 혐의로 구속했다고 3일 밝혔다.", "서울 마포경찰서"),
        # 겸 joins two titles: the name stands before the first
        ('홍길동 부총리 겸 교육부 장관은 "예산을 늘리겠다"고 말했다.', "홍길동"),
        # a verb after its object (딴, 맡은) modifies the name that follows
        ('금메달을 딴 박지민 선수는 "꿈만 같다"고 말했다.', "박지민"),
        # a title is a topic whatever its ending (작가는 is no 가는, going)
        ('상을 받은 김영희 작가는 "감사하다"고 말했다.', "김영희"),
        # companies by their trade and a club
        ('배급사 바른손엔터테인먼트는 "감사하다"고 밝혔다.', "바른손엔터테인먼트"),
        ('KT 구단은 "재계약했다"고 발표했다.', "KT 구단"),
        ("한국은행은 물가가 안정될 것으로 내다보고 있다.", "한국은행"),
    ],
)
def test_speaker_of_the_sentence(sentence: str, speaker: str) -> None:
    found = attributed(LEAD + sentence)
    assert found[-1][1] == speaker, found


def test_han_with_a_title_is_the_surname_only_when_named() -> None:
    named = attributed('한동수 대변인은 "유감"이라고 말했다. 한 대변인은 "답하겠다"고 덧붙였다.')
    assert named[-1][:2] == ("direct", "한동수")
    unnamed = attributed(LEAD + '한 대변인은 "확인 중"이라고 말했다.')
    assert unnamed[-1][:2] == ("anonymous", None)


def test_place_source_of_a_reported_clause_is_anonymous() -> None:
    found = attributed(LEAD + "정치권에서는 선거가 앞당겨질 것으로 예상했다.")
    assert found[-1] == ("anonymous", None, "선거가 앞당겨질 것")
    found = attributed(LEAD + "반도체업계에서는 수요가 회복될 것으로 예상했다.")
    assert found[-1] == ("anonymous", None, "수요가 회복될 것")


def test_admitted_fact_is_reported_content() -> None:
    found = attributed("김 의장은 회의록이 수정됐다는 사실을 시인했다.")
    assert found == [("indirect", "김", "회의록이 수정됐다는 사실")]
    assert attributed("그는 혐의를 부인했다.") == []
