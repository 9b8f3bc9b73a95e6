"""Unit words -> canonical unit, category and multiplier (the table in CLAIMS_SPEC.md).

Time words (년, 월, 일, 시, 분, 초, 분기, 년대) carry a `temporal` role instead of a fixed
unit: whether `N일` is a date or a duration is decided in context by temporal.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .lexicon import trie_pattern

__all__ = ["COUNT_NOUNS", "UNITS", "UNIT_PATTERN", "UnitInfo", "lookup_unit"]


@dataclass(frozen=True, slots=True)
class UnitInfo:
    unit: str | None
    category: str
    multiplier: Decimal = Decimal(1)
    counter: str | None = None
    temporal: str | None = None  # year, month, day, hour, minute, second, week, quarter...


def _u(
    unit: str | None,
    category: str,
    mult: str = "1",
    counter: str | None = None,
    temporal: str | None = None,
) -> UnitInfo:
    return UnitInfo(unit, category, Decimal(mult), counter, temporal)


_MONEY = {
    "달러": _u("USD", "money"),
    "$": _u("USD", "money"),
    "원": _u("KRW", "money"),
    "엔": _u("JPY", "money"),
    "유로": _u("EUR", "money"),
    "€": _u("EUR", "money"),
    "위안": _u("CNY", "money"),
    "파운드": _u("GBP", "money"),
    "£": _u("GBP", "money"),
}
_MEASURES = {
    "㎢": _u("m2", "area", "1000000"),
    "km²": _u("m2", "area", "1000000"),
    "km2": _u("m2", "area", "1000000"),
    "제곱킬로미터": _u("m2", "area", "1000000"),
    "㎡": _u("m2", "area"),
    "m²": _u("m2", "area"),
    "m2": _u("m2", "area"),
    "제곱미터": _u("m2", "area"),
    "평": _u("m2", "area", "3.305785"),
    "헥타르": _u("m2", "area", "10000"),
    "㏊": _u("m2", "area", "10000"),
    "㎜": _u("m", "length", "0.001"),
    "mm": _u("m", "length", "0.001"),
    "밀리미터": _u("m", "length", "0.001"),
    "㎝": _u("m", "length", "0.01"),
    "cm": _u("m", "length", "0.01"),
    "센티미터": _u("m", "length", "0.01"),
    "㎞": _u("m", "length", "1000"),
    "km": _u("m", "length", "1000"),
    "킬로미터": _u("m", "length", "1000"),
    "m": _u("m", "length"),
    "미터": _u("m", "length"),
    "nm": _u("m", "length", "0.000000001"),
    "마일": _u("m", "length", "1609.344"),
    "인치": _u("m", "length", "0.0254"),
    "피트": _u("m", "length", "0.3048"),
    "㎏": _u("kg", "mass"),
    "kg": _u("kg", "mass"),
    "킬로그램": _u("kg", "mass"),
    "g": _u("kg", "mass", "0.001"),
    "그램": _u("kg", "mass", "0.001"),
    "톤": _u("kg", "mass", "1000"),
    "t": _u("kg", "mass", "1000"),
    "%포인트": _u("percentage_point", "percent"),
    "％포인트": _u("percentage_point", "percent"),
    "%p": _u("percentage_point", "percent"),
    "%P": _u("percentage_point", "percent"),
    "퍼센트포인트": _u("percentage_point", "percent"),
    "%": _u("percent", "percent"),
    "％": _u("percent", "percent"),
    "퍼센트": _u("percent", "percent"),
    "bp": _u("bp", "other"),
    "베이시스포인트": _u("bp", "other"),
    "포인트": _u("point", "other"),
    "배": _u("times", "multiplier"),
    "℃": _u("celsius", "other"),
    "°C": _u("celsius", "other"),
    "도": _u("celsius", "other"),
    "세": _u("age", "other"),
    "살": _u("age", "other"),
    "위": _u("rank", "rank"),
    "번째": _u("rank", "rank"),
    "등": _u("rank", "rank"),
    "심": _u("rank", "rank"),
    "명": _u("person", "count", counter="명"),
    "인": _u("person", "count", counter="인"),
}
_TIME = {
    "년대": _u("date", "time", temporal="decade"),
    "년": _u(None, "time", temporal="year"),
    # a school or fiscal year names its calendar year: 2027학년도, 2025년도, 2024회계연도
    "학년도": _u(None, "time", temporal="year"),
    "년도": _u(None, "time", temporal="year"),
    "회계연도": _u(None, "time", temporal="year"),
    "개월": _u("month", "duration", temporal="months"),
    "달": _u("month", "duration"),
    "월": _u(None, "time", temporal="month"),
    "주일": _u("week", "duration"),
    "주": _u("week", "duration", temporal="week"),
    "일": _u(None, "time", temporal="day"),
    "시간": _u("hour", "duration"),
    "시": _u(None, "time", temporal="hour"),
    "분기": _u("date", "time", temporal="quarter"),
    "분": _u(None, "time", temporal="minute"),
    "초": _u(None, "time", temporal="second"),
    "해": _u("year", "duration"),
    "시즌": _u(None, "time", temporal="season"),
}
COUNT_NOUNS = (  # noqa: SIM905 - a word list reads better as one string
    "개국 개사 개소 개교 개 곳 군데 건 가구 세대 척 채 마리 권 편 회 차례 번 경기 이닝 실점 득점 "
    "골 타점 홈런 도루 승 패 세이브 표 석 종 가지 벌 병 장 쌍 팀 단지 필지 그루 켤레 대 배럴 "
    "기업 도시 나라 국가 사람 자녀 곳곳 호 타수 안타 피안타 볼넷 삼진 연승 연패 사 발 "
    "회사 업체 기관 부처 학교 단체 종목 무 무승부 층 포기 송이 점 칸 도움 어시스트 기 타 자리 통 "
    "가마 지역 품목 부작"
).split()
UNITS: dict[str, UnitInfo] = {**_MONEY, **_MEASURES, **_TIME}
for _noun in COUNT_NOUNS:
    UNITS.setdefault(_noun, _u("count", "count", counter=_noun))
for _noun in ("사람", "노인", "어르신", "인구"):  # counted people: 두 사람, 1024만 노인
    UNITS[_noun] = _u("person", "count", counter=_noun)
UNITS["배럴"] = _u(None, "other", counter="배럴")  # a volume: no canonical unit in the spec

_PARTICLE_ONLY = "(?![을를이가은는의도씩과와로에만짜])[가-힣]"
# Words that start like a unit but are another word: 3원칙, 5대책, 1위원회, 세금 ...
_NOT_AFTER = {
    "원": "칙|장|전|자|점|래|리|년|형",  # but 1천만원인 (한도): the amount, then 인
    "대": "표|학|회|책|응|비|상|통령|형|출|기|선|규|량|사|한",
    "위": "원|기|험|해|치|반|상|협",
    "세": "금|계|력|부|율|수|제|입|종|무|법|트|션|미",  # and 3세트, 2세션, 1세미나
    "명": "령|단|예|칭|목",
    "분": "야|석|위|쟁|리|노|류|배|할|산|명|양|포|열|석|담",
    "초": "과|기|반|등|점|청|대|안|고|래|록",
    "인": "상|하|수|구|정|기|증|근|식|도|터|천|공|재|력|권|원|사|출|양|지|프|센|데",
    "도": "시|입|전|움|달|착|중|심|약|구|서|내|록|매|보|로\\s?(?:기울|꺾|바뀌|달라|돌)|민|지|적",
    "등": "급|록|장|재|산|교|반|기|대|락|의",
    "편": "의|리|지|성|입|집|견|하|안",
    "회": "의|사|장|원|계|복|견|담|동|관|담|생|피|식|비|기|화",
    "번": "역|호|지|째|화|식|성|갈",
    "호": "선|텔|주|수|남|랑|출|소|우|응|평|황|흡|감|기|재|칭|위|조|실|스|박|텔|미|의",
    "장": "관|기|면|애|소|세|악|치|점|비|례|학|르|외|마|님",
    "달": "러|성|리|라|하|려|걀",
    "해": "외|양|결|운|명|당|소|석|체|제|킹|군|상|역|병|충",
    "병": "원|력|사",
    "표": "시|현|정|준|면|결|지",
    "승": "리|인|부|용|진|객",
    "패": "배|션|스",
    "석": "유|탄|방|사|좌",
    "종": "목|합|료|교|사|류|전|이|별|업",
    "채": "권|용|택|무|소",
    "곳": "곳",
    "건": "설|강|물|의(?=[가-힣])|전|축|립",
    "심": "사|리|판|각|의|장",
    "골": "목|프|든|드",
    "벌": "금|써|점|이",
    "쌍": "방|용",
    "팀": "장|원",
    "평": "가|균|화|양|소|범|택",
    "세대": "교|별",
    "주": "식|주|택|장|민|요|의|년|말|도|재|최|관|간지",
    "t": "[A-Za-z]",
    "g": "[A-Za-z]",
    "m": "[A-Za-z²2]",
    "시": "장|민|청|설|간|기|점|대|각|도|위|즌|험|행|작|절|의",
    "가지": "고|런",
    "일": "본|반|자리",
    # one-syllable counters that begin many words (조선 3사 but 사업, 3발 but 발사): only
    # a particle or a non-letter may follow
    "사": _PARTICLE_ONLY,
    "무": _PARTICLE_ONLY,  # 17승 7무 6패, but 3무역 is no draw
    "층": _PARTICLE_ONLY,  # 9층(짜리), but not 층간
    # 31점, 작품 3점; but 3점슛, 점수, 점유율, 점포, 점검, 점심
    "점": "슛|수|유|포|검|심|선|거|령|프|멸|화|술|원|자|차(?=적|츰)",
    "칸": "막|트",
    "발": _PARTICLE_ONLY,
    # reactors and units (원전 4기, 1기당); but a generation (1기 신도시, 3기 졸업생), and
    # 기업, 기간, 기준 are others
    "기": "(?![을를이가은는의도씩과와로에만짜당])[가-힣]|\\s?(?:신도시|졸업생|출신)",
    # messages and calls (하루 10통), but 통계, 통화, 통신 are others
    "통": "(?![을를이가은는의도씩과와로에만짜])[가-힣]",
    # a sack of rice (열 가마, 80㎏ 한 가마), but 가마솥 is another
    "가마": "솥",
    # golf strokes (272타, 2타 차), but 타수, 타점, 타자 are others
    "타": "(?![을를이가은는의도씩과와로에만짜차])[가-힣]",
}


def _alternation() -> str:
    # a trie, not a flat list: it is tried after every number of the text
    return trie_pattern(list(UNITS), _NOT_AFTER)


UNIT_PATTERN = _alternation()
# Counted only after a space (120여 동, 30 동), so kept out of the pattern above: written
# on, 101동 is a building's number and 신당5동 a neighbourhood (scanner._SPACED has it).
UNITS["동"] = _u("count", "count", counter="동")


def lookup_unit(word: str) -> UnitInfo | None:
    return UNITS.get(word)
