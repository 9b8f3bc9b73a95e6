"""Direct quotes, indirect speech, sourced and anonymous reports."""

from __future__ import annotations

import pytest

from claims.extraction.attribution import find_attributions, find_quotes
from claims.extraction.text import split_sentences


def attributions(text: str):
    return find_attributions(text, split_sentences(text))


def claimed(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (text[a.start : a.end], a.mode, a.speaker.name if a.speaker else None)
        for a in attributions(text)
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "김영호 국토교통부 장관은 “집값 안정이 최우선 과제”라고 말했다.",
            "집값 안정이 최우선 과제",
            "김영호",
        ),
        (
            "이재용 삼성전자 회장은 “기술 경쟁력이 곧 생존”이라며 투자를 약속했다.",
            "기술 경쟁력이 곧 생존",
            "이재용",
        ),
        ("박모(45)씨는 “새벽부터 줄을 섰다”고 했다.", "새벽부터 줄을 섰다", "박모"),
        (
            "기상청은 “내일부터 강한 비가 내리겠다”며 대비를 당부했다.",
            "내일부터 강한 비가 내리겠다",
            "기상청",
        ),
        (
            "최민수 한국은행 총재는 “금리 인하는 시기상조”라고 강조했다.",
            "금리 인하는 시기상조",
            "최민수",
        ),
        ('B 씨는 "계약은 무효"라고 주장했다.', "계약은 무효", "B"),
        ("재판부는 “피고인의 죄질이 무겁다”고 판시했다.", "피고인의 죄질이 무겁다", "재판부"),
        (
            '정은희 서울대 교수는 “규제가 혁신을 막는다"고 지적했다.',
            "규제가 혁신을 막는다",
            "정은희",
        ),
        ("윤석진 현대차 사장은 ‘위기는 곧 기회’라며 말을 아꼈다.", "위기는 곧 기회", "윤석진"),
        ("OECD는 “한국 성장률이 둔화할 것”이라고 밝혔다.", "한국 성장률이 둔화할 것", "OECD"),
    ],
)
def test_direct_quotes(text: str, content: str, speaker: str) -> None:
    assert (content, "direct", speaker) in claimed(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "금융위원회는 가계대출 규제를 연말까지 유지하겠다고 밝혔다.",
            "가계대출 규제를 연말까지 유지하겠다",
            "금융위원회",
        ),
        (
            "환경부는 미세먼지 배출량이 10% 줄었다고 발표했다.",
            "미세먼지 배출량이 10% 줄었다",
            "환경부",
        ),
        (
            "김정훈 산업부 차관은 수출이 회복세에 접어들었다고 설명했다.",
            "수출이 회복세에 접어들었다",
            "김정훈",
        ),
        ("야당은 예산안이 졸속으로 처리됐다고 주장했다.", "예산안이 졸속으로 처리됐다", "야당"),
        ("재판부는 피고인이 범행을 주도한 것으로 판단했다.", "피고인이 범행을 주도한 것", "재판부"),
        (
            "통계청은 올해 출생아가 23만명에 그칠 것으로 추산했다.",
            "올해 출생아가 23만명에 그칠 것",
            "통계청",
        ),
        (
            "한국은행은 내년 성장률이 2%를 밑돌 것이라고 예상했다.",
            "내년 성장률이 2%를 밑돌 것",
            "한국은행",
        ),
        (
            "이민호 LG전자 대표는 내년 인도 공장 증설 계획을 밝혔다.",
            "내년 인도 공장 증설 계획",
            "이민호",
        ),
        (
            "경찰청은 보이스피싱 피해가 크게 늘었다며 주의를 당부했다.",
            "보이스피싱 피해가 크게 늘었다",
            "경찰청",
        ),
        (
            "IMF는 세계 경제가 완만히 회복하고 있다고 평가했다.",
            "세계 경제가 완만히 회복하고 있다",
            "IMF",
        ),
    ],
)
def test_indirect_speech(text: str, content: str, speaker: str) -> None:
    assert (content, "indirect", speaker) in claimed(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "두 정상은 반도체 공급망 협력을 논의한 것으로 전해졌다.",
            "두 정상은 반도체 공급망 협력을 논의한 것",
        ),
        ("회사는 인력 감축을 검토 중인 것으로 알려졌다.", "회사는 인력 감축을 검토 중인 것"),
        ("피해 규모는 수백억 원에 달하는 것으로 파악된다.", "피해 규모는 수백억 원에 달하는 것"),
        ("이번 인사는 쇄신 의지를 보여준 것으로 평가된다.", "이번 인사는 쇄신 의지를 보여준 것"),
        ("수출은 하반기에 반등할 것으로 전망된다.", "수출은 하반기에 반등할 것"),
        ("그는 차기 총리 후보로 꼽힌다.", "그는 차기 총리 후보"),
        ("금리는 당분간 동결될 것으로 보인다.", "금리는 당분간 동결될 것"),
        ("신작은 완성도가 높다는 평가를 받고 있다.", "신작은 완성도가 높다"),
        ("태풍은 주말쯤 남해안에 상륙할 전망이다.", "태풍은 주말쯤 남해안에 상륙할"),
        ("업계에 따르면 3분기 D램 가격이 15% 올랐다.", "3분기 D램 가격이 15% 올랐다"),
        ("한 관계자는 “협상이 막바지”라고 전했다.", "협상이 막바지"),
        ("업계 관계자는 “재고가 바닥났다”고 말했다.", "재고가 바닥났다"),
        ("전문가들은 규제 완화가 필요하다고 주장한다.", "규제 완화가 필요하다"),
        ("합의는 이달 말 발표될 것으로 관측된다.", "합의는 이달 말 발표될 것"),
    ],
)
def test_anonymous(text: str, content: str) -> None:
    assert (content, "anonymous", None) in claimed(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "산업통상자원부에 따르면 지난달 수출은 550억달러였다.",
            "지난달 수출은 550억달러였다",
            "산업통상자원부",
        ),
        (
            "17일 기상청에 따르면, 주말 동안 비가 내릴 것으로 예보됐다.",
            "주말 동안 비가 내릴 것",
            "기상청",
        ),
        (
            "국회예산정책처에 따르면 내년 국가채무는 1300조원을 넘는다.",
            "내년 국가채무는 1300조원을 넘는다",
            "국회예산정책처",
        ),
    ],
)
def test_sourced(text: str, content: str, speaker: str) -> None:
    assert (content, "indirect", speaker) in claimed(text)


@pytest.mark.parametrize(
    "text",
    [
        "서로를 ‘형씨’라고 불렀다.",
        "소프트뱅크와 'SB 오픈AI 재팬'이라는 합작회사를 세웠다.",
        "‘3D 업계’는 젊은 인력을 구하지 못한다.",
        "스타게이트는 20개의 시설을 건설할 계획이다.",
        "올트먼 CEO는 인도와 독일을 방문할 예정이다.",
        "삼성전자와의 협력이 주목된다.",
        "메이저리그 출신 칼럼니스트가 FA 시장을 예상했다.",
    ],
)
def test_not_attributions(text: str) -> None:
    assert claimed(text) == []


def test_cues_inside_quotes_are_ignored() -> None:
    text = "조선족 향우회 관계자는 “젊은 조선족 유입은 더욱 줄어들 것으로 보인다”고 했다."
    assert claimed(text) == [("젊은 조선족 유입은 더욱 줄어들 것으로 보인다", "anonymous", None)]


def test_chained_quotes_share_the_speaker() -> None:
    text = "항소심은 “계약은 유효하다”며 “원고의 청구를 받아들인다”고 밝혔다."
    assert claimed(text) == [
        ("계약은 유효하다", "direct", "항소심"),
        ("원고의 청구를 받아들인다", "direct", "항소심"),
    ]


def test_mismatched_quote_marks() -> None:
    text = '그는 “시장은 매우 빠르다"고 말했다.'
    assert [(q.open, q.close) for q in find_quotes(text, 0, len(text))] == [(3, 14)]


def test_cue_span_is_the_reporting_word() -> None:
    text = "환경부는 배출량이 줄었다고 발표했다."
    (item,) = attributions(text)
    assert item.cue is not None and text[item.cue.start : item.cue.end] == item.cue.text == "발표했"


def test_leading_connective_is_not_claimed() -> None:
    text = "김철수 의원은 국감에 출석했다. 또한 예산 삭감 계획도 밝혔다."
    assert ("예산 삭감 계획", "indirect", "김철수") in claimed(text)


def test_reporting_verb_after_a_date() -> None:
    text = "삼성전자가 2분기 영업이익 10조원을 기록했다고 5일 공시했다."
    assert ("2분기 영업이익 10조원을 기록했다", "indirect", "삼성전자") in claimed(text)


def test_evaluation_of_a_quote_claims_the_quote() -> None:
    text = "다만 일각에서는 “수출 규제가 변수”라는 지적이 나온다."
    assert claimed(text) == [("수출 규제가 변수", "anonymous", None)]


def test_report_about_a_quote_is_not_a_second_claim() -> None:
    text = "대통령실은 “예산이 얼마나 필요한지도 모르느냐”고 질책한 것으로 알려졌다."
    assert claimed(text) == [("예산이 얼마나 필요한지도 모르느냐", "direct", "대통령실")]
