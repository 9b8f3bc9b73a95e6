"""One case per general rule added after the fourth blind set (data/blind4/): Korean news
usage in short sentences of its own, none lifted from the blind4 articles."""

from __future__ import annotations

import pytest

from tests.extraction.probes import LEAD, attributed, quantities

# --- quantities ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 포기, 송이, 그루: counters of produce and plants after a native numeral
        ("무 값이 올라 김치 두 포기를 담갔다.", [("두 포기", "2", "count")]),
        ("꽃 세 송이에 1만 원을 받았다.", [("세 송이", "3", "count"), ("1만 원", "10000", "KRW")]),
        ("마당에 감나무 한 그루가 있다.", [("한 그루", "1", "count")]),
        ("그는 끝내 출마를 포기했다.", []),
        ("농협은 배추 5만 포기를 풀었다.", [("5만 포기", "50000", "count")]),
        ("3만 그루가 불에 탔다.", [("3만 그루", "30000", "count")]),
        ("그는 2년 포기하고 쉬었다.", [("2년", "2", "year")]),
        # N주가량: about N weeks; 주가 (a share price) stays no week
        ("공사는 4주가량 늦어졌다.", [("4주가량", "4", "week")]),
        ("복구에 1~2주가량 걸린다.", [("1~2주가량", "1", "week")]),
        ("이날 현대차 주가가 내렸다.", []),
    ],
)
def test_quantity_rules(sentence, expected):
    assert quantities(sentence) == expected


# --- attributions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a full name ending like a clause ending (해, 돼) before a title
        ('한국경제연구원 김은해 선임연구위원은 "투자가 위축됐다"고 말했다.', "김은해"),
        # a body that ends like X+엔 (유엔) between a name and a title
        ('스테판 두자릭 유엔 대변인은 "휴전이 시급하다"고 강조했다.', "스테판 두자릭"),
        # a transliterated surname that only ends like a body (처, 청, 부)
        ('존 커처 대변인은 "협상은 계속된다"고 말했다.', "존 커처"),
        # the name-country-body-title order keeps the name alone
        ('마오닝 중국 외교부 대변인은 "반대한다"고 말했다.', "마오닝"),
    ],
)
def test_speaker_before_a_title(sentence, speaker):
    found = attributed(LEAD + sentence)
    assert found[-1][:2] == ("direct", speaker)


def test_a_circumstance_clause_with_its_own_subject_is_content_setting():
    # A가 …면서/…자 B가 …고 당부했다: B reports; A's clause is no speaker
    found = attributed(LEAD + "독감 환자가 급증하자 보건당국이 백신 접종을 서둘러 달라고 당부했다.")
    assert found[-1][:2] == ("indirect", "보건당국")
    assert found[-1][2].startswith("백신 접종을")
    found = attributed(LEAD + "수입이 줄면서 산업통상자원부가 대책을 내놓겠다고 밝혔다.")
    assert found[-1][:2] == ("indirect", "산업통상자원부")


def test_a_topic_before_the_circumstance_clause_stays_the_speaker():
    found = attributed("김 장관은 금리가 오르면서 가계 부담이 커졌다고 말했다.")
    assert found[-1][:2] == ("indirect", "김")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # X가 … 실시한/발표한/펴낸 조사·보고서에 따르면: X is the source, listed or not
        ("리얼미터가 성인 500명을 대상으로 실시한 조사에 따르면 찬성은 52%였다.", "리얼미터"),
        ("갤럽이 발표한 보고서에 따르면 응답자의 30%가 반대했다.", "갤럽"),
    ],
)
def test_the_maker_of_a_survey_is_its_source(sentence, source):
    found = attributed(LEAD + sentence)
    assert found[-1][:2] == ("indirect", source)


def test_a_document_someone_received_is_not_the_receivers():
    found = attributed(LEAD + "그가 입수한 자료에 따르면 피해액은 5억 원이다.")
    assert found[-1][1] != "그"
