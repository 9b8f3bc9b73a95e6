"""One case per general rule added after the second blind set (data/blind2/): Korean news
usage in short sentences of its own, none lifted from the blind2 articles."""

from __future__ import annotations

import pytest

from claims.extraction.quantities import find_quantities
from tests.extraction.probes import LEAD, attributed, quantities

# --- 1. the sentence's own subject before a carried-over speaker -----------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("증권사 키움증권은 주가가 5% 오를 것으로 예상했다.", "키움증권"),  # descriptor X
        ("리서치업체 가트너는 출하량이 줄 것으로 예상했다.", "가트너"),
        ('우승의 주인공 세징야는 "동료들 덕분"이라고 말했다.', "세징야"),  # X before a quote
        ("전교조는 또 수업 시수를 줄여야 한다고 주장했다.", "전교조"),  # abbreviation + 또
        ("민노총은 다만 협상에는 응하겠다고 밝혔다.", "민노총"),
        ('스즈키 슌이치 일본 재무상도 "예의주시하겠다"고 말했다.', "스즈키 슌이치"),  # 도
    ],
)
def test_own_subject_before_last_speaker(sentence: str, speaker: str) -> None:
    found = attributed(LEAD + sentence)
    assert found[-1][1] == speaker, found


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("정부도 예산을 늘리겠다고 밝혔다.", "정부"),  # a body with 도
        ("김 의원도 참석한 회의에서 최 장관은 예산을 늘리겠다고 밝혔다.", "최"),  # adnominal
        ("올해도 수출이 늘 것이라고 말했다.", "박"),  # a time word with 도 is no speaker
    ],
)
def test_subject_with_do(sentence: str, speaker: str) -> None:
    assert attributed(LEAD + sentence)[-1][1] == speaker


def test_plain_topic_still_elides_to_last_speaker() -> None:
    # 수출은 is what is reported on, not who reports: the last speaker stays
    found = attributed(LEAD + "수출은 올해 10% 늘 것이라고 내다봤다.")
    assert found[-1][1] == "박", found


def test_aged_person_is_anonymous() -> None:
    found = attributed(LEAD + '60대 어민은 "고기가 안 잡힌다"고 말했다.')
    assert found[-1][:2] == ("anonymous", None), found


# --- 2, 5, 6. names before a body and a title; indefinite 한; {place}시장 -------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "mode"),
    [
        ('박민수 인천소방서 구조대장은 "연기가 많았다"고 말했다.', "박민수", "direct"),
        ('이정훈 한의협 회장은 "반대한다"고 말했다.', "이정훈", "direct"),
        ('정하늘 김해시장은 "복구하겠다"고 말했다.', "정하늘", "direct"),
        ('송지원 목포시장은 "복구하겠다"고 말했다.', "송지원", "direct"),
        ('골드만삭스의 한 이코노미스트는 "금리가 오른다"고 말했다.', None, "anonymous"),
        ('서울의 어느 상인은 "손님이 줄었다"고 말했다.', None, "anonymous"),
    ],
)
def test_speaker_names(sentence: str, speaker: str | None, mode: str) -> None:
    found = attributed(LEAD + sentence)
    assert found[-1][:2] == (mode, speaker), found


# --- 4. the setting a report opens with -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "한은은 25일 금융통화위원회 정기회의를 연 뒤 기준금리를 3%로 동결한다고 밝혔다.",
            "기준금리를 3%로 동결한다",
        ),
        ("김 장관은 기자회견에서 예산을 늘리겠다고 밝혔다.", "예산을 늘리겠다"),
        ("시는 이날 브리핑을 열고 요금을 동결하겠다고 밝혔다.", "요금을 동결하겠다"),
        ("현대차는 보도자료를 통해 공장을 새로 짓겠다고 발표했다.", "공장을 새로 짓겠다"),
        ("김 장관은 이날 라디오 인터뷰에서 규제를 풀겠다고 밝혔다.", "규제를 풀겠다"),
        # a place in the content is no venue of the report
        ("협회는 시내 회의장 세 곳에서 행사를 연다고 밝혔다.", "시내 회의장 세 곳에서 행사를 연다"),
    ],
)
def test_setting_is_no_content(sentence: str, content: str) -> None:
    assert attributed(sentence)[-1][2] == content


# --- 7, 11. sources -------------------------------------------------------------------


def test_source_keeps_the_body_that_runs_the_system() -> None:
    found = attributed("환경부 대기질 실시간 측정망에 따르면 오늘 미세먼지가 짙었다.")
    assert found[0][:2] == ("indirect", "환경부 대기질 실시간 측정망")


def test_sourced_sentence_with_an_inner_quote() -> None:
    found = attributed(
        '경찰에 따르면 박씨는 지난해 "돈을 두 배로 불려주겠다"며 '
        "50명으로부터 돈을 받은 혐의를 받는다."
    )
    assert ("indirect", "경찰") in [f[:2] for f in found]
    assert ("direct", "박") in [f[:2] for f in found]


def test_sourced_quote_alone_is_not_doubled() -> None:
    found = attributed('경찰에 따르면 박씨는 "돈을 불려주겠다"고 말했다.')
    assert [f[0] for f in found] == ["direct"]


# --- quantities: 3, 8, 9, 10, 12, 13 ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ('그는 "새벽 4시에 일어난다"고 했다.', "새벽 4시", "T04", "time"),  # 새벽 in a quote
        ("저녁 7시부터 행사가 열린다.", "저녁 7시", "T19", "time"),
        ("가게는 8시면 문을 닫는다.", "8시", "T08", "time"),  # bare N시: a clock time
        ("수업은 3시간 동안 이어졌다.", "3시간", "3", "hour"),  # N시간: the duration
        ("선고는 14일 오후 2시15분 열린다.", "14일 오후 2시15분", "---14T14:15", "time"),
        ("2026학년도 입시가 바뀐다.", "2026학년도", "2026", "date"),
        ("2025년도 예산이 확정됐다.", "2025년도", "2025", "date"),
        ("2024회계연도 결산을 마쳤다.", "2024회계연도", "2024", "date"),
        ("팀은 12승 5무 3패를 기록했다.", "5무", "5", "count"),
        ("두 팀은 3무승부를 기록했다.", "3무승부", "3", "count"),
        ("15층짜리 건물이 지어진다.", "15층", "15", "count"),
        ("40대 자영업자가 다쳤다.", "40대", None, "age"),
        ("30대 대학원생이 붙잡혔다.", "30대", None, "age"),
        ("70대 노부부인 것으로 확인됐다.", "70대", None, "age"),
    ],
)
def test_quantity_rules(text: str, span: str, value: str | None, unit: str) -> None:
    found = {q.text: q for q in find_quantities(text)}
    assert span in found, quantities(text)
    q = found[span]
    assert q.unit == unit, quantities(text)
    if value is not None:
        assert q.value == value, quantities(text)


def test_vehicles_stay_counted() -> None:
    assert ("30대", "30", "count") in quantities("버스 30대를 투입했다.")


def test_draws_are_not_words() -> None:
    assert not [q for q in quantities("3무역 회사") if "무" in q[0]]
