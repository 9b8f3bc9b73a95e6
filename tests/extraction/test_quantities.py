"""Quantity mentions: spans, qualifiers, dates and durations, equivalences, exclusions."""

from __future__ import annotations

import pytest

from claims.extraction.quantities import find_quantities, link_equivalences

from .conftest import quantity_named


@pytest.mark.parametrize(
    ("sentence", "text", "qualifier"),
    [
        # written apart: outside the span
        ("이번 회동의 의제는 약 720조원 규모의 협력이다.", "720조원", "approx"),
        ("월세는 40만원 가량 올랐다.", "40만원", "approx"),
        ("최대 363㎜의 비가 쏟아졌다.", "363㎜", "at_most"),
        ("최소 5000만원의 치료비를 부담해야 한다.", "5000만원", "at_least"),
        ("60세 이상 인구는 22만명이다.", "60세", "at_least"),
        ("3실점 이하로 막았다.", "3실점", "at_most"),
        ("참가자는 1만명 미만으로 집계됐다.", "1만명", "under"),
        ("매출이 1조원을 넘는 기업이 늘었다.", "1조원", "over"),
        ("그는 10년 남짓 이 일을 했다.", "10년", "over"),
        ("40도 내외의 혹서가 찾아온다.", "40도", "approx"),
        ("적응 기간이 1~2년 정도 필요하다.", "1~2년", "approx"),
        ("계약금은 100억원 초과로 책정됐다.", "100억원", "over"),
        # written onto the number: inside the span
        ("행사에는 100여 명이 참석했다.", "100여 명", "approx"),
        ("3일 오후 11시 40분경 입국했다.", "3일 오후 11시 40분경", "approx"),
        ("장마는 20일께 시작된다.", "20일께", "approx"),
        ("금요일인 20일쯤 비가 온다.", "20일쯤", "approx"),
        ("수리에 사나흘가량 걸린다.", "사나흘가량", "approx"),
        ("그는 30여년간 교단에 섰다.", "30여년", "approx"),
        ("기부금은 정확히 5억원이다.", "5억원", None),
    ],
)
def test_qualifiers(sentence: str, text: str, qualifier: str | None) -> None:
    assert quantity_named(sentence, text).qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("첫 데이터센터는 2026년 8월 완공이 목표다.", "2026년 8월", "2026-08", "date"),
        ("회의는 7월 10일 열린다.", "7월 10일", "--07-10", "date"),
        ("법안은 8월 국회를 통과했다.", "8월", "--08", "date"),
        (
            "그는 4일 오전 9시 40분 호텔에서 회장과 만났다.",
            "4일 오전 9시 40분",
            "---04T09:40",
            "time",
        ),
        ("올트먼 CEO는 4일 오후 서울에 도착했다.", "4일 오후", "---04", "time"),
        ("영업이익은 2021년 3분기 최대를 기록했다.", "2021년 3분기", "2021-Q3", "date"),
        ("실적은 3분기에 반등했다.", "3분기", "Q3", "date"),
        ("인부 모집은 오전 5시 30분 마감됐다.", "오전 5시 30분", "T05:30", "time"),
        ("A사는 2017년 투자했다.", "2017년", "2017", "date"),
        ("선고는 2025년 6월 18일 내려졌다.", "2025년 6월 18일", "2025-06-18", "date"),
        ("역대 6월 중순 최고 강수다.", "6월 중순", "--06", "date"),
        ("회의는 2025.06.18 열렸다.", "2025.06.18", "2025-06-18", "date"),
        ("그는 2023-24 시즌에 뛰었다.", "2023-24", "2023", "date"),
        ("1990~2000년대 정착한 이들이다.", "1990~2000년대", "199", "date"),
        ("경찰은 28일 수사 결과를 밝혔다.", "28일", "---28", "date"),
        ("지난 3일 사고가 났다.", "3일", "---03", "date"),
        ("그는 39일 만에 구조됐다.", "39일", "39", "day"),
        ("전시는 3일간 열린다.", "3일", "3", "day"),
        ("일본은 평년보다 14일 빠른 장마를 맞았다.", "14일", "14", "day"),
        ("중부는 5일, 남부는 3일 장마가 빨라졌다.", "5일", "5", "day"),
        ("2~3일 동안 비가 온다.", "2~3일", "2", "day"),
        ("20~21일 전국에 비가 내린다.", "20~21일", "---20", "date"),
    ],
)
def test_dates_and_durations(sentence: str, text: str, value: str, unit: str) -> None:
    q = quantity_named(sentence, text)
    assert (q.value, q.unit) == (value, unit)
    assert q.category == ("time" if unit in ("date", "time") else "duration")


@pytest.mark.parametrize(
    "sentence",
    [
        "삼성전자는 GDDR7과 HBM3E를 양산한다.",
        "5G 요금제 가입자가 늘었다.",
        "갤럭시 S25가 출시됐다.",
        "갤럭시Z폴드3의 판매가 부진했다.",
        "엔비디아 A100 칩을 확보했다.",
        "파산법 11조에 따라 보호를 신청했다.",
        "민법 제103조에 따라 무효다.",
        "삼성전자[005930] 주가가 올랐다.",
        "(서울=연합뉴스) 홍길동 기자 = 정부가 대책을 내놨다.",
        "(세종=뉴스1) 김철수 기자 = 예산안이 확정됐다.",
        "이유 중 하나가 로봇 분야 협력이다.",
        "한 관계자는 말을 아꼈다.",
        "재외동포(F-4) 비자 소지자가 늘었다.",
        "‘3D 업계’는 인력난을 겪고 있다.",
        "서울고법 민사16부는 항소를 기각했다(2025나208984).",
        "할 수 있는 일을 하겠다.",
        "수명이 다한 원전을 폐쇄한다.",
        "대한민국 세계 경제 순위가 올랐다.",
        "서울의 한 건설 현장에서 사고가 났다.",
        "문의는 02-123-4567로 하면 된다.",
    ],
)
def test_not_quantities(sentence: str) -> None:
    assert find_quantities(sentence) == []


def test_span_excludes_particle_and_detached_qualifier() -> None:
    sentence = "사업비는 약 720조원이 들 것으로 보인다."
    q = quantity_named(sentence, "720조원")
    assert sentence[q.start : q.end] == "720조원"
    assert sentence[q.start - 2 : q.start] == "약 "


def test_bracketed_equivalence_is_linked_both_ways() -> None:
    sentence = "5000억달러(약 720조원) 규모의 프로젝트다."
    qs = link_equivalences(sentence, find_quantities(sentence))
    assert [q.text for q in qs] == ["5000억달러", "720조원"]
    assert (qs[0].same_as, qs[1].same_as) == (1, 0)
    assert qs[0].value == "500000000000" and qs[1].value == "720000000000000"


def test_different_kinds_in_brackets_are_not_linked() -> None:
    sentence = "이 중 88%(205.5㎜)가 6시간 동안 집중됐다."
    qs = link_equivalences(sentence, find_quantities(sentence))
    assert all(q.same_as is None for q in qs)


def test_age_in_brackets_after_a_name() -> None:
    q = quantity_named("현장소장 신봉춘(52)씨는 이렇게 말했다.", "52")
    assert (q.value, q.unit, q.category) == ("52", "age", "other")


def test_age_group_versus_vehicles() -> None:
    assert quantity_named("한 60대 남성이 줄담배를 피웠다.", "60대").unit == "age"
    assert quantity_named("차량 20대가 추돌했다.", "20대").unit == "count"


def test_score_has_no_unit() -> None:
    q = quantity_named("토트넘은 이날 3-1로 이겼다.", "3-1")
    assert (q.value, q.unit, q.category) == (None, None, "other")


def test_age_in_brackets_after_a_letter() -> None:
    assert quantity_named("A(34)씨는 폭행 혐의를 받는다.", "34").unit == "age"


def test_mixed_magnitudes_after_man() -> None:
    q = quantity_named("출생아 수는 23만8천300명으로 줄었다.", "23만8천300명")
    assert (q.value, q.unit) == ("238300", "person")
