"""Word lists and word tests for reading speakers: titles, unnamed sources, bodies, names.

Kept apart from the reading logic so that newsroom staff can extend the lists.
"""

from __future__ import annotations

import re
from functools import lru_cache


def wordlist(*chunks: str) -> list[str]:
    """Word lists are kept as space-separated text: easier to read and to extend."""
    return " ".join(chunks).split()


TITLES = sorted(
    wordlist(
        "CEO CFO CTO COO 최고경영자 대표 대표이사 사장 부사장 회장 부회장 의장 이사장 총재 "
        "원장 청장 처장 장관 차관 실장 국장 과장 팀장 본부장 센터장 소장 현장소장 단장 부장 "
        "차장 위원장 위원 연구위원 선임연구위원 수석연구위원 연구원 책임연구원 수석연구원 "
        "선임연구원 교수 명예교수 부교수 조교수 박사 의원 의원실 대통령 총리 부총리 대변인 "
        "비서관 수석 감독 코치 선수 기자 특파원 판사 부장판사 재판장 검사 검사장 변호사 대법관 "
        "도지사 지사 구청장 군수 총장 학장 이사 전무 상무 애널리스트 이코노미스트 전략가 "
        "칼럼니스트 고문 대사 총영사 사무총장 원내대표 창업자 창업주 여사 선생 작가 회계사 "
        "연구관 당선인 후보 병원장 간호사 간호사들 영양사 약사 의사 치료사 물리치료사 "
        "사회복지사 요양사 요양보호사 세무사 노무사 할머니 할아버지 어르신 주부 팀장 사회수석 "
        "정무수석 경제수석 원장 교육감 지검장 청장 최고위원 전 씨 님 군 양 측 "
        # titles of analysts, officials and unit heads that news copy glues onto a unit
        "분석관 예보관 예보분석관 통보관 조사관 수사관 행정관 사무관 서기관 주무관 감독관 "
        "보좌관 외교관 관장 랩장 파트장 그룹장 부문장 사업부장 센터장 연구소장 지부장 "
        "지점장 공장장 점장 편집장 이사관 부이사관 부사관 장교 상임위원 전문위원 "
        "연구원장 수석부사장 대표변호사 부대변인 수석대변인 대통령실장 비서실장 "
        "관방장관 외무장관 국무장관 외교장관 국방장관 외교부장 부장관 차관보 "
        "사령관 참모총장 의장단 선대위원장 비대위원장 원내수석부대표 "
        "주석 국가주석 총통 국왕 여왕 왕세자 외무상 방위상 재무상 특사 특별대표 "
        "사무차장 상원의원 하원의원 주지사 부시장 공동대표 당대표 "
        # English titles as Korean copy writes them, modifiers included (테크니컬 디렉터)
        "디렉터 매니저 프로듀서 테크니컬 스포팅 크리에이티브 매니징 파트너 프로 "
        "수석분석가 선임분석가 책임분석가 수석이코노미스트 "
        # a ministry's directors (관광산업정책관, 국제협력관)
        "정책관 심의관 기획관 조정관 담당관 협력관"
    ),
    key=len,
    reverse=True,
)
TITLE_SET = set(TITLES)
TITLE_END = re.compile("(?:" + "|".join(re.escape(t) for t in TITLES if len(t) >= 2) + ")$")
ANON_HEADS = set(
    wordlist(
        "관계자 관계자들 당국자 소식통 전문가 전문가들 업계 시민 시민들 주민 주민들 남성 여성 "
        "남자 여자 노인 학생 학생들 일부 인부들 측근 인사 인사들 참석자 참석자들 네티즌 누리꾼 "
        "상인 상인들 직원 직원들 근로자 근로자들 노동자 노동자들 환자 의사 의사들 교사 사람 "
        "사람들 다수 상당수 대부분 관계자 애널리스트들 분석가 분석가들 투자자 투자자들 소비자 "
        "소비자들 외신 외신들 현지 언론 일각 시장 안팎 관측통 이용자 이용자들 한편 "
        "농민 농민들 어민 어민들 유족 유족들 유가족 목격자 승객 승객들 피해자 피해자들 주부 "
        "학부모 학부모들 관광객 상인"
    )
)
# sources named by a sector rather than a person (업계에선, 법조계에 따르면): anonymous
SECTORS = (
    r"업계|시장|정치권|관가|학계|재계|금융권|일각|안팎|주변|내부|현장|외신|증권가|정가|여권|야권"
    r"|법조계|의료계|교육계|산업계|금융계|경제계|노동계|문화계|연예계|체육계|[가-힣]{1,4}업계"
    r"|골프계|축구계|야구계|스포츠계|가요계|방송계|영화계|출판계|미술계|음악계|예술계|종교계"
    r"|언론계|과학계|의학계"
)
_SECTOR = re.compile(f"(?:{SECTORS})")


def is_sector(word: str) -> bool:
    return _SECTOR.fullmatch(word) is not None


# unnamed groups written as compounds: 농민단체들, 시민단체, 경제학자들, 야권 인사들
ANON_GROUP = re.compile(r"(?:단체|단체들|학자들|전문가들|관계자들|소식통들|인사들|관계자)$")
PRONOUNS = {"그", "그녀", "그들", "이들", "자신", "본인", "당사자", "이", "해당", "같은"}
ORG_SUFFIX = re.compile(
    r"(?:청|처|부|원|위원회|협회|공사|공단|은행|그룹|전자|재단|연구소|센터|학회|노조|당|법원|고법|지법"
    r"|검찰|경찰|정부|국회|연합|연맹|본부|사무소|증권|보험|생명|건설|자동차|항공|통신|텔레콤|하이닉스"
    r"|재판부|[0-9]+심|항소심|상고심|대법원|헌재|공제회|기구|회의|협의회|신문|방송|일보|뉴스|위|실|처|단"
    r"|[0-9]+부|국|청사|대학교|대학|병원|시|도|군|구"
    # 부산시의회, 참여연대, 민주노총, 협동조합, 연합회; 동국대, 북한대학원대 (a university's
    # short name; 세대 and 시대 are no bodies)
    r"|의회|연대|노총|조합|연합회|중앙회|(?<!세|시)대|연세대"
    r"|소방서|경찰서|세무서|보건소|교육청"
    # companies by their trade (플러스엠엔터테인먼트, 셀트리온제약) and a club (LG 구단)
    r"|엔터테인먼트|홀딩스|제약|바이오|물산|케미칼|중공업|해운|미디어|스튜디오|픽처스|게임즈|구단"
    # investors and start-ups by their trade; a fund with its owner's name (국제통화기금)
    r"|로보틱스|인베스트먼트|벤처스|파트너스|캐피탈|자산운용|랩스|모빌리티|(?<=[가-힣]{2})기금"
    # retailers and chambers (한성백화점, 온새미커머스, 대한상공회의소)
    r"|(?<=[가-힣]{2})백화점|커머스|(?<=[가-힣]{2})쇼핑|회의소"
    # a financial holding company and a named agency (중앙노인보호전문기관)
    r"|(?<=[가-힣]{2})지주|(?<=[가-힣]{4})기관)$"
)
NOT_ORG = set(wordlist("일부 전부 대부 직원 인원 회원 가구 전국 시민 주민 사람 한국"))
SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방"
    "공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉"
)
CONNECTIVES = set(
    wordlist(
        "이어 또한 또 특히 한편 그러면서 아울러 이어서 다만 그러나 하지만 반면 이에 그리고 "
        "그러자 이와 함께 그래서 따라서 실제로 앞서 정작 결국 물론 대신 게다가 더불어"
    )
)
TIME_TOPICS = set(
    wordlist(
        "이날 오늘 당시 현재 최근 올해 지난해 이번 이후 당일 그간 지금 내일 어제 작년 내년 "
        "전날 이튿날 그동안 그때 앞으로"
    )
)


# endings that make 는/은 no topic: 에는, 에서는, 로는, 대해서는, 싶다는, 하는, 있는 ...
@lru_cache(maxsize=8192)  # words repeat: names, titles, bodies
def is_korean_name(word: str) -> bool:
    return (
        2 <= len(word) <= 4
        and word[0] in SURNAMES
        and all("가" <= c <= "힣" for c in word)
        and word[-1] not in NOT_NAME_END
        and word not in ANON_HEADS
        and word not in NOT_ORG
    )


# Syllables of transliterated foreign names that Korean given names hardly use: 마이클,
# 제이크, 하워드, 시게루. A word with one of them is read as a foreign name.
FOREIGN_SYLLABLES = set(
    "크트드스르브프즈츠클틀블플슨튼든븐쓰키타케토히카코와테쿠페데베게레메바루야로"
    "잭톰폴벤켄샘맥닉릭밥존짐팻웰턴런번넷렛엘릭셀컨퍼터커버머너헤"
)
# the surnames of most Koreans: with a plain given name after one, a Korean full name
COMMON_SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구"
)


def looks_foreign(word: str) -> bool:
    return any(c in FOREIGN_SYLLABLES for c in word)


def looks_korean_full_name(word: str) -> bool:
    """김민수, 한지우: a common surname and a two-syllable given name of Korean syllables."""
    return (
        len(word) == 3
        and word[0] in COMMON_SURNAMES
        and is_korean_name(word)
        and not (looks_foreign(word[1:]))
    )


# final syllables of 기상청, 법무부, 이사회 ... that Korean given names rarely end with
NOT_NAME_END = set("청처부회단소당실과팀관사원장")
NOT_NAME_END -= set("원")  # 최태원, 이규원: common in names
NOT_NAME_END |= set("의")  # 경북의 한 병원장: a genitive, not a given name
NOT_NAME_END |= set("료")  # 임대료, 수수료: a fee, not a given name


@lru_cache(maxsize=8192)  # words repeat: names, titles, bodies
def is_org(word: str) -> bool:
    if word in NOT_ORG or word in ANON_HEADS:
        return False
    if word in ORG_WORDS:
        return True
    if re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*|[A-Z]{2,}|[A-Z]{1,3}사", word):
        return True  # OECD, IMF, LG; A사, B사 (a company the copy leaves unnamed)
    m = ORG_SUFFIX.search(word)
    if m is None or len(word) < 2:
        return False
    # a one-syllable suffix (청, 부, 도 ...) makes a body only of a longer word: 때도, 일부 are not
    return len(m.group()) > 1 or len(word) >= 3 or word in SHORT_ORGS


SHORT_ORGS = {"법원", "여당", "야당", "정당", "구청", "시청", "도청", "군청", "국방부"}
# bodies known by a short name that no suffix gives away; 한은 also reads as 한+은
ORG_WORDS = set(
    wordlist(
        "한은 한전 금통위 공정위 방통위 선관위 인수위 중대본 중수본 방심위 금융위 금감원 "
        "국정원 감사원 헌재 대법 검찰 경찰 국회 정부 여당 야당 백악관 국무부 국방부 크렘린 "
        "유엔 나토 연준 연방준비제도 유럽연합 엔비디아 애플 구글 테슬라 삼성 현대차 기아 "
        "네이버 카카오 쿠팡 포스코 코레일 통계청 기상청 외교부 외무부 "
        # associations known by their short names (대한의사협회 -> 의협)
        "의협 치협 한의협 간협 약사회 의사회 전경련 경총 대한상의 전교조 교총 민노총 한노총"
    )
)


HONORIFICS = ("씨", "님", "여사")


# 시장 alone is a market (시장은 …로 보고 있다); after a city's name it is its mayor
CITIES = set(
    wordlist(
        "서울 부산 인천 대구 광주 대전 울산 세종 제주 수원 성남 고양 용인 창원 청주 전주 천안 "
        "포항 김해 안산 안양 화성 평택 남양주 의정부 파주 김포 춘천 원주 강릉 목포 여수 순천 "
        "구미 경주 진주 거제 통영 군산 익산 서귀포"
    )
)


@lru_cache(maxsize=8192)  # words repeat: names, titles, bodies
def is_title(word: str) -> bool:
    """CEO, 회장, 선임연구위원; or a title written onto an organisation (기획재정부장관)."""
    if word in TITLE_SET:
        return True
    if word.endswith("시장") and word[:-2] in CITIES:
        return True  # 부산시장, 서울시장
    m = TITLE_END.search(word)
    return m is not None and m.start() > 0 and is_org(word[: m.start()])


PLACES = set(
    wordlist(
        "미국 중국 일본 대만 영국 프랑스 독일 러시아 인도 북한 한국 캐나다 호주 유럽 베트남 "
        "이탈리아 스페인 브라질 멕시코 이스라엘 이란 사우디 우크라이나 튀르키예 서울 부산 인천 "
        # more governments that foreign-news copy names before an official's title
        "네덜란드 벨기에 스위스 오스트리아 스웨덴 노르웨이 덴마크 핀란드 아일랜드 포르투갈 "
        "그리스 폴란드 체코 헝가리 루마니아 불가리아 세르비아 크로아티아 벨라루스 "
        "필리핀 인도네시아 말레이시아 태국 캄보디아 미얀마 라오스 몽골 카자흐스탄 "
        "우즈베키스탄 파키스탄 방글라데시 아프가니스탄 이라크 시리아 요르단 레바논 이집트 "
        "카타르 쿠웨이트 아랍에미리트 UAE 리비아 튀니지 모로코 알제리 나이지리아 케냐 "
        "에티오피아 남아공 남아프리카공화국 아르헨티나 칠레 페루 콜롬비아 베네수엘라 쿠바 "
        "뉴질랜드 팔레스타인 대한민국 "
        "대구 광주 대전 울산 세종 경기 충남 충북 전남 전북 경남 경북 강원 제주 뉴욕 도쿄 "
        "베이징 상하이 홍콩 싱가포르 국내 해외 현지 주한 주미 주일 주중 재일 재미 국제 세계 "
        "글로벌"
    )
)


# an analyst's field between the name and the title (캘럼 브라이트 원자재 전략가)
FIELD_WORDS = set(
    wordlist(
        "원자재 에너지 채권 주식 외환 통화 금리 신흥국 신흥시장 아시아 글로벌 거시경제 거시 "
        "금융 투자 크레딧 퀀트 경제 시장 수석 선임 시니어 반도체 자동차 부동산"
    )
)


# places that speak through their government: 미국은 …다고 밝혔다 names a speaker
COUNTRIES = PLACES - set(
    wordlist(
        "국내 해외 현지 주한 주미 주일 주중 재일 재미 국제 세계 글로벌 유럽 서울 부산 인천 "
        "대구 광주 대전 울산 세종 경기 충남 충북 전남 전북 경남 경북 강원 제주 뉴욕 도쿄 "
        "베이징 상하이 홍콩"
    )
)


@lru_cache(maxsize=8192)  # words repeat: names, titles, bodies
def ends_with_title(word: str) -> bool:
    return TITLE_END.search(word) is not None


def trie_pattern(
    words: list[str], guards: dict[str, str] | None = None, *, leading: bool = False
) -> str:
    """A regex alternation shaped as a trie (대(?:표(?:이사)?|변인)...): Python's engine then
    tries one branch per first character instead of every word at every position. A word
    may carry a guard, a negative lookahead after it (원 but not 원칙: {"원": "칙"}).

    leading: the trie opens its pattern. The engine then finds the words' first characters
    itself (a scan that skips to them), and a gate of its own would only hide them."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = (guards or {}).get(word) or ""
    body = _trie_to_regex(tree)
    firsts = sorted(ch for ch in tree if ch)
    if leading or len(firsts) < 4 or "" in tree:
        return body
    # the engine walks the root's branches one by one: a set of first characters fails
    # the many positions no word starts at in one step
    return "(?=[" + "".join(re.escape(ch) for ch in firsts) + "])" + body


def _trie_to_regex(node: dict) -> str:
    # children first, the word ending here last: the longest word wins, as in a
    # longest-first alternation, and the engine backtracks to the shorter one
    branches = [re.escape(ch) + _trie_to_regex(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        branches.append(f"(?!{node['']})" if node[""] else "")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


# one-word short forms of a body named before (시는 -> 부산시, 노조는 -> 철도노조)
SHORT_BODIES = set(
    wordlist(
        "시 도 군 구 당 연구원 연구소 공사 공단 협회 재단 학회 연맹 위원회 조합 노조 연합회 회사"
    )
)


def names_a_person(word: str) -> bool:
    """박 (시장), 부산 (시장), 박형준 (시장): what makes 시장 a mayor, not a market."""
    return word in SURNAMES or word in CITIES or (len(word) == 3 and is_korean_name(word))
