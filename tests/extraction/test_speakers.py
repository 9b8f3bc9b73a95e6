"""Speaker mentions: titles and honorifics stripped, pronouns and gaps resolved."""

from __future__ import annotations

import pytest

from claims.extraction.attribution import find_attributions
from claims.extraction.resolution import SpeakerResolver
from claims.extraction.speakers import find_subject
from claims.extraction.text import split_sentences


def speakers(text: str) -> list[str | None]:
    found = find_attributions(text, split_sentences(text))
    return [a.speaker.name if a.speaker else None for a in found]


@pytest.mark.parametrize(
    ("phrase", "kind", "name"),
    [
        ("올트먼 CEO는 ", "named", "올트먼"),
        ("인력 사무소 현장소장 신봉춘(52)씨는 ", "named", "신봉춘"),
        ("구로구에서 왔다는 김모(64)씨는 ", "named", "김모"),
        ("이규용 한국노동연구원 선임연구위원은 ", "named", "이규용"),
        ("대만 중앙기상청은 ", "named", "대만 중앙기상청"),
        ("서울고법 민사16부(재판장 김인겸 부장판사)는 ", "named", "서울고법 민사16부"),
        ("국민의힘 김위상 의원은 ", "named", "김위상"),
        ("B 씨는 ", "named", "B"),
        ("그는 ", "pronoun", None),
        ("이 관계자는 ", "anonymous", None),
        ("한 관계자는 ", "anonymous", None),
        ("업계 관계자는 ", "anonymous", None),
        ("한 60대 남성은 ", "anonymous", None),
        ("전문가들은 ", "anonymous", None),
        ("패스트볼 구속은 ", "none", None),
    ],
)
def test_subject_phrases(phrase: str, kind: str, name: str | None) -> None:
    np = find_subject(phrase + "말했다.", 0, len(phrase), set())
    assert np is not None and (np.kind, np.name) == (kind, name)
    if name:
        assert (phrase + "말했다.")[np.start : np.end] == name


def test_fullest_form_is_preferred() -> None:
    text = (
        "오픈AI의 샘 올트먼 CEO가 한국을 찾았다.\n올트먼 CEO는 “한국은 중요한 시장”이라고 말했다."
    )
    (item,) = find_attributions(text, split_sentences(text))
    assert item.speaker is not None and item.speaker.name == "샘 올트먼"
    assert text[item.speaker.start : item.speaker.end] == "샘 올트먼"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pronoun -> the last named speaker
        (
            "박진우 교육부 장관은 “교권 회복이 시급하다”고 말했다. "
            "그는 “법 개정을 서두르겠다”고 덧붙였다.",
            ["박진우", "박진우"],
        ),
        # elided subject -> the last named speaker
        (
            "한덕진 총리는 “민생이 먼저”라고 강조했다. 이어 “추경을 검토하겠다”고 밝혔다.",
            ["한덕진", "한덕진"],
        ),
        # an anonymous speaker does not borrow the earlier name
        (
            "김수현 대표는 “실적이 개선됐다”고 말했다. 한 관계자는 “감원도 검토 중”이라고 전했다.",
            ["김수현", None],
        ),
        # 이 관계자 refers back to an anonymous source: still anonymous
        (
            "업계 관계자는 “가격이 오를 것”이라고 했다. 이 관계자는 “재고도 부족하다”고 말했다.",
            [None, None],
        ),
        # a surname with a title refers to the full name given earlier
        ("최금덕(75) 할머니가 검사를 받았다. 최 할머니는 “원래 건강했다”며 웃었다.", ["최금덕"]),
        # 자신 resolves to the person the sentence before was about
        ("류현진은 올해 11경기에 나섰다. 선수 자신이 “최고였다”고 자평했다.", ["류현진"]),
        # a named person as topic is the referent of the next pronoun
        ("정민호 감독은 어제 기자회견을 열었다. 그는 “우승이 목표”라고 말했다.", ["정민호"]),
        # an organisation keeps its qualifier
        ("일본 기상청은 폭염이 이어질 것으로 예상했다.", ["일본 기상청"]),
        # the speaker after the quote
        ("“협상은 끝나지 않았다”고 김태호 대변인은 말했다.", ["김태호"]),
        # a place-like source is anonymous
        ("정작 업계에선 “사람이 없다”고 하소연한다.", [None]),
    ],
)
def test_resolution(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_resolver_starts_empty() -> None:
    kind, speaker = SpeakerResolver().resolve(None)
    assert (kind, speaker) == ("anonymous", None)
