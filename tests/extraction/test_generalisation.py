"""One case per general rule added for the held-out set: Korean news usage, not articles."""

from __future__ import annotations

import pytest

from claims.extraction.quantities import find_quantities
from claims.extraction.speakers import find_subject
from tests.extraction.probes import attributed, quantities

# --- quantities ---------------------------------------------------------------------


def test_range_with_two_units_is_two_dates() -> None:
    found = quantities("2008년 10월∼2009년 2월 이후 처음이다.")
    assert found == [("2008년 10월", "2008-10", "date"), ("2009년 2월", "2009-02", "date")]


def test_range_with_one_unit_stays_one() -> None:
    assert [q.upper for q in find_quantities("1월~3월에")] == ["--03"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [("3만 5천여 가구로", "3만 5천여 가구", "35000"), ("5만 5000원", "5만 5000원", "55000")],
)
def test_spaced_tail_after_man(text: str, span: str, value: str) -> None:
    assert quantities(text)[0][:2] == (span, value)


def test_spaced_year_is_no_tail() -> None:
    assert quantities("관객 100만 2024년 시즌") == [("2024년", "2024", "date")]


@pytest.mark.parametrize("noun", ["남편", "아내", "회사원", "운전자", "A씨"])
def test_age_group_before_a_person(noun: str) -> None:
    assert find_quantities(f"50대 {noun}에게")[0].unit == "age"


def test_vehicles_stay_counted() -> None:
    assert find_quantities("차량 20대가 불에 탔다")[0].unit == "count"


def test_weeks_in_a_row_beyond_a_year() -> None:
    assert quantities("57주 연속 올랐다") == [("57주", "57", "week")]
    assert find_quantities("주식 2000주를 샀다")[0].unit == "count"


def test_birth_year_is_a_date() -> None:
    assert quantities("1996년생")[0][2] == "date"


# --- speakers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("이창용 한은 총재는 ", "이창용"),  # 한은 is a body, not 한+은
        ("최 모(61) 씨는 ", "최 모"),
        ("박정민 기상청 예보분석관은 ", "박정민"),  # title missing from older lists
        ("함영진 우리은행 부동산리서치랩장은 ", "함영진"),  # name, body, unknown title
        ("도널드 트럼프 미국 대통령은 ", "도널드 트럼프"),
        ("기시다 후미오 일본 총리는 ", "기시다 후미오"),
        ("시진핑 중국 국가주석은 ", "시진핑"),
        ("정은희 서울대 교수는 ", "정은희"),
        ("미국은 ", "미국"),  # a country speaks through its government
    ],
)
def test_speaker_phrases(phrase: str, name: str) -> None:
    np = find_subject(phrase + "말했다.", 0, len(phrase), set())
    assert np is not None and np.kind == "named" and np.name == name


def test_surname_with_title_resolves_to_the_full_name() -> None:
    text = '이창용 총재는 "동결했다"고 말했다. 이 총재는 "지켜보겠다"고 덧붙였다.'
    assert [a[1] for a in attributed(text)] == ["이창용", "이창용"]


def test_elided_subject_after_a_named_quote() -> None:
    text = '이창용 한은 총재는 "더딘 상황"이라며 말했다. 이어 "유의해서 보고 있다"고 덧붙였다.'
    assert {a[1] for a in attributed(text)} == {"이창용"}


# --- sourced reports ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "mode", "name"),
    [
        ("서울부동산정보광장에 따르면", "indirect", "서울부동산정보광장"),
        ("로이터에 따르면", "indirect", "로이터"),
        ("한은에 따르면", "indirect", "한은"),
        ("통계청 자료에 따르면", "indirect", "통계청"),
        ("조사 결과에 따르면", "anonymous", None),
        ("업계에 따르면", "anonymous", None),
    ],
)
def test_named_and_unnamed_sources(source: str, mode: str, name: str | None) -> None:
    found = attributed(f"{source} 거래량은 6천842건으로 48.1% 증가했다.")
    assert [(m, n) for m, n, _t in found] == [(mode, name)]


# --- anonymous reports and quotes ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("올해 출산율은 9년 만에 반등할 것이란 전망이 나온다.", "올해 출산율은 9년 만에 반등할 것"),
        ("집값이 당분간 오를 것이라는 관측이 우세하다.", "집값이 당분간 오를 것"),
        ("상승세가 꺾일 것이란 예상도 있다.", "상승세가 꺾일 것"),
        ("시설투자는 56조7천억원으로 예상된다.", "시설투자는 56조7천억원"),
        ("열대야가 나타날 전망입니다.", "열대야가 나타날"),
    ],
)
def test_anonymous_forecasts(text: str, content: str) -> None:
    assert attributed(text) == [("anonymous", None, content)]


def test_adnominal_passive_reports_nothing() -> None:
    assert attributed("출산율은 여성 한 명이 낳을 것으로 예상되는 출생아 수다.") == []


def test_hedged_report_after_a_finished_clause() -> None:
    text = "가구는 3만 가구로 집계됐으며, 이 가운데 약 80%는 복구가 완료된 것으로 파악됐다."
    assert attributed(text) == [("anonymous", None, "이 가운데 약 80%는 복구가 완료된 것")]


def test_quote_as_the_content_of_a_forecast() -> None:
    text = '김동원 KB증권 리서치본부장은 "영업이익은 10조원 안팎에 그칠 것"으로 예상했다.'
    assert attributed(text) == [("direct", "김동원", "영업이익은 10조원 안팎에 그칠 것")]


# --- rules found through the two final-check articles (after their blind score) ------


def test_surname_and_title_prefer_the_latest_speaker_over_a_byline() -> None:
    text = (
        "(광주=연합뉴스) 이대호 기자 = 경기가 끝났다.\n"
        '이범호 감독은 "잘 버텼다"고 말했다. 이 감독은 또 "최선을 다하겠다"고 덧붙였다.'
    )
    assert [a[1] for a in attributed(text)] == ["이범호", "이범호"]


def test_foreign_name_before_an_affiliation() -> None:
    phrase = "린젠 중국 외교부 대변인은 "
    np = find_subject(phrase + "말했다.", 0, len(phrase), set())
    assert np is not None and np.name == "린젠"
    phrase = "중국 외교부 대변인은 "
    np = find_subject(phrase + "말했다.", 0, len(phrase), set())
    assert np is not None and np.name == "중국 외교부"


def test_report_stacked_on_a_report_is_the_outer_one() -> None:
    text = "양국 장관은 병력이 1만 명에 이르는 것으로 평가했다고 외교부가 밝혔다."
    assert [(a[0], a[1]) for a in attributed(text)] == [("indirect", "외교부")]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [("삼성에 3-2 역전승하고", "3-2", None), ("4타수 2안타", "4타수", "count")],
)
def test_sports_scores_and_counters(text: str, span: str, unit: str | None) -> None:
    found = {q.text: q.unit for q in find_quantities(text)}
    assert span in found and found[span] == unit
