"""One case per general rule added for the blind set (data/blind/): Korean news usage,
written as short sentences of its own, not lifted from the blind articles."""

from __future__ import annotations

import pytest

from tests.extraction.probes import attributed, quantities

# --- quantities ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("부채는 12조3천여억 원이다.", "12조3천여억 원", "12300000000000", "KRW"),  # 여 before 억
        ("미사일은 600여㎞를 날았다.", "600여㎞", "600000", "m"),  # 여 before a symbol unit
        ("30여 년 만에 처음이다.", "30여 년", "30", "year"),  # a spaced unit after 여
        ("10여 일 만에 돌아왔다.", "10여 일", "10", "day"),  # 'some ten days' is a length
        ("예전보다 만 원 넘게 든다.", "만 원", "10000", "KRW"),  # a bare magnitude word
        ("조선 3사가 수주했다.", "3사", "3", "count"),
        ("탄도미사일 3발을 쐈다.", "3발", "3", "count"),
        ("두 회사의 수입이 늘었다.", "두 회사", "2", "count"),
        ("발생 건수는 34만7천 건으로 줄었다.", "34만7천 건", "347000", "count"),
        ("서울까지 세 시간 반이 걸렸다.", "세 시간 반", "3.5", "hour"),
        ("1년 반 만에 복귀했다.", "1년 반", "1.5", "year"),
    ],
)
def test_new_quantity_forms(text: str, span: str, value: str, unit: str) -> None:
    assert (span, value, unit) in quantities(text)


@pytest.mark.parametrize(
    "text",
    ["그만 원망하라.", "3발사대를 옮겼다.", "5사단 병력이 이동했다.", "경쟁률은 100 대 1이었다."],
)
def test_words_that_only_begin_like_the_new_units(text: str) -> None:
    assert not [q for q in quantities(text) if q[2] in ("KRW", "count")]


def test_half_does_not_eat_a_following_word() -> None:
    assert quantities("2024년 반도체 수출") == [("2024년", "2024", "date")]
    assert ("오후 3시 반", "T15:30", "time") in quantities("오후 3시 반에 만났다.")


# --- speakers and cues -------------------------------------------------------------------


def test_name_affiliation_title_drops_the_university() -> None:
    got = attributed('양무진 북한대학원대 총장은 "가능성이 크다"고 진단했다.')
    assert got == [("direct", "양무진", "가능성이 크다")]


def test_title_after_title_in_words() -> None:
    got = attributed("수능 출제위원장인 최중철 동국대 교수는 “변별력은 확보했다”고 말했다.")
    assert got == [("direct", "최중철", "변별력은 확보했다")]


def test_mayor_is_a_title_after_a_city_or_a_surname() -> None:
    got = attributed(
        '오세훈 서울시장은 "대책을 마련하겠다"고 말했다. 오 시장은 "예산을 늘리겠다"고 덧붙였다.'
    )
    assert [g[1] for g in got] == ["오세훈", "오세훈"]


def test_market_alone_stays_unnamed() -> None:
    assert attributed("주식시장은 금리 인하가 이어질 것으로 보고 있다.")[0][:2] == (
        "anonymous",
        None,
    )


def test_short_body_resolves_to_the_body_named_before() -> None:
    got = attributed("서울시는 예산을 늘렸다. 시는 재정이 악화할 것으로 내다봤다.")
    assert got == [("indirect", "서울시", "재정이 악화할 것")]


def test_institute_short_form_after_a_survey() -> None:
    text = (
        "한국형사·법무정책연구원 조사에서 불안하다는 답이 늘었다. "
        "연구원은 보도가 늘면서 불안감이 커진 것으로 분석했다."
    )
    assert attributed(text)[-1][:2] == ("indirect", "한국형사·법무정책연구원")


def test_byline_is_no_part_of_the_subject() -> None:
    got = attributed("(부산=연합뉴스) 박성진 기자 = 부산시가 예산을 늘렸다고 4일 밝혔다.")
    assert got == [("indirect", "부산시", "예산을 늘렸다")]


def test_contrasted_second_actor_is_the_speaker() -> None:
    got = attributed("정부는 지원을 늘리기로 했지만, 시민단체들은 규모가 부족하다고 비판했다.")
    assert got == [("anonymous", None, "규모가 부족하다")]


def test_contrast_inside_the_content_keeps_the_first_speaker() -> None:
    got = attributed("김철수 장관은 수출은 늘었지만, 내수는 부진하다고 말했다.")
    assert got == [("indirect", "김철수", "수출은 늘었지만, 내수는 부진하다")]


def test_one_of_them_after_a_genitive_is_anonymous() -> None:
    got = attributed("경북의 한 종합병원장은 “전문의가 오지 않는다”고 털어놨다.")
    assert got == [("anonymous", None, "전문의가 오지 않는다")]


def test_adnominal_verb_is_no_topic_but_a_title_ending_in_it_is() -> None:
    assert attributed("영주에 사는 이정숙(67)씨는 “세 시간이 걸렸다”고 했다.")[0][1] == "이정숙"
    text = "김하늘(38) 영양사가 왔다. 김 영양사는 “운동하세요”라고 했다."
    assert attributed(text)[0][1] == "김하늘"


def test_letter_company_is_a_body() -> None:
    text = '공정위는 과징금을 부과했다고 밝혔다. A사는 "소송을 검토하겠다"고 반발했다.'
    assert attributed(text)[-1][:2] == ("direct", "A사")


def test_estimate_with_the_speaker_between() -> None:
    text = "부산시는 예산을 늘렸다. 세수는 1.8% 줄 것으로 시는 내다봤다."
    assert attributed(text)[-1] == ("indirect", "부산시", "세수는 1.8% 줄 것")


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("유가 상승분이 곧 반영될 것이라는 관측이 나옵니다.", "anonymous"),  # broadcast -ㅂ니다
        ("가격이 다소 안정될 것으로 보입니다.", "anonymous"),
        ("전문가들은 범죄가 온라인으로 옮겨가고 있다고 진단한다.", "anonymous"),  # present tense
    ],
)
def test_broadcast_and_present_tense_cues(text: str, mode: str) -> None:
    assert [g[0] for g in attributed(text)] == [mode]


def test_quote_ending_with_do() -> None:
    got = attributed('정은경 장관은 "병상을 늘리겠다"고도 했다.')
    assert got == [("direct", "정은경", "병상을 늘리겠다")]
