"""Find raw number mentions ("atoms") in text with one compiled regex.

An atom is one number (or range) with the unit written right after it. Joining atoms into
dates (2026년 8월, 4일 오전 9시 40분), deciding date vs duration and reading qualifiers is
left to temporal.py and quantities.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .numbers import (
    DAY_WORDS,
    NATIVE_NUMERALS,
    NATIVE_RANGES,
    NUMBER_PATTERN,
    parse_fraction,
    parse_number,
)
from .units import UNIT_PATTERN, UNITS, UnitInfo

__all__ = ["Atom", "scan_atoms"]


@dataclass(slots=True)
class Atom:
    start: int
    end: int
    low: Decimal | None  # None for vague amounts (수십억 원)
    high: Decimal | None  # upper end of a range, else None
    unit_word: str | None  # the unit as written (원, 일, ㎢ ...)
    info: UnitInfo | None
    qualifier: str | None = None  # attached qualifier (100여 명, 20일께)
    kind: str = "digits"  # digits, native, vague, dayword, half, fraction, age, date, years
    text_value: str | None = None  # ready-made value (ISO dates from 2025.06.18 etc.)


_N = NUMBER_PATTERN
_UNIT = UNIT_PATTERN
# units that copy also writes after a space (5억 원, 800만 달러, 100여 명)
_SPACED = (
    "달러|원(?!칙|장|전|자|점|래|리|년|형|화)|엔(?!지|진|터|씨|딩|화)|유로|위안|파운드"
    "|명(?!령|단|예|칭|목)|노인|어르신|사람|인구|개(?!발|선|혁|최|인|정|방|념|편|입|막|척)|곳|가구|마리|배럴|척"
    # 177만8천 건, 2천 대, 3만 톤: counters copy also spaces, guarded against the words
    # they begin (건설, 대표, 톤당 is still tons)
    "|건(?![가-힣](?<![이가을를은는의에도로으과와씩]))|대(?![가-힣](?<![이가을를은는의에도로으과와씩])|\\s?\\d)"
    "|톤|차례|개국|(?:포기|송이|그루|동|장|품목)(?![가-힣](?<![이가을를은는의에도로으과와씩]))"
)
# the first characters of _SPACED's words and of the attached qualifiers (num's `att`): one
# set test before the alternation, which the engine would otherwise try word by word
_SPACED_FIRST = "[달원엔유위파명노어사인개곳가마배척건대톤차포송그동장품]"
_ATTACHED_FIRST = "[여경께쯤가남안내이미초]"
# standalone forms (하나, 둘) take no counter: 이유 중 하나가 is no quantity
_NATIVE_WORDS = "|".join(
    sorted(
        set(NATIVE_NUMERALS) - {"하나", "둘", "셋", "넷"} | set(NATIVE_RANGES),
        key=len,
        reverse=True,
    )
)
# counters after native numerals; bare forms (한달, 두배, 두번째, 세명) need no space
_NATIVE_TIGHT = "번째|달|배|개|명|가지"
# ... and then a particle or the end of the word: 세명시청 is a name, not three people
_TIGHT_END = "(?=[^가-힣]|$|[이가을를은는의에도로만과와씩째간여뿐밖부까께쯤으엔인다치])"
# after the counter only a particle may follow: 한 건설 (construction) is no 한 건
_NATIVE_SPACED = (
    "(?:번째|시간|개월|달|해|주|살|배|명|개|곳|번|차례|가지|마리|권|채|대|척|군데|시즌|경기|팀|표"
    "|장|잔|병|벌|켤레|쌍|가구|건|편|도시|나라|국가|기업|사람|자녀|분|포기|송이|그루"
    "|회사|업체|기관|부처|학교|단체|종목|지역|가마|자리)"
    # a particle, or the copula (지금의 두 배인 200명, 세 번째다)
    "(?=[^가-힣]|$|[이가을를은는의에도로만과와씩째간여뿐밖부까께쯤으엔인다])"
)
# 한 건 with a verb after it, an object before it: 하다's 한 것은, not 'one case'
_DID_IT = re.compile(r"한 건\s")
_OBJECT_BEFORE = re.compile(r"(?:[을를]|부터)\s$")
_OF_BEFORE = re.compile(r"의\s$")
_DAY = "|".join(sorted(DAY_WORDS, key=len, reverse=True)) + "|일주일"
_MAGNITUDE_VAGUE = (
    "수십만|수백만|수천만|수십억|수백억|수천억|수십조|수백조|십수|수십|수백|수천|수만|수억|수조"
)

# A range names its unit once (2~3일) or twice alike (1월~3월); `2008년 10월∼2009년 2월`
# (10월 ~ 2009년) is two dates, so a unit before `~` must come back after the upper end.
# Two families of alternatives, each behind a cheap first test: digit-led mentions start
# with a digit, bracket, currency sign or sign; word-led ones (세 명, 하루, 수십억, 절반)
# start a word with one of a few syllables. Most positions fail at the first test. Every
# digit-led branch needs 'not after a digit': tested once up front, the inner digits of a
# number fail at once instead of in each branch (and \d++ gives up at once without 분의).
# One set of both families' first characters comes first of all: most positions of running
# text fail that single test instead of the two families' gates in turn.
_FIRST_DIGIT = "0-9０-９($€£+\\-−U"
_FIRST_WORD = (
    "수[십백천만억조차년개일시]|십수|삼사|한|두|세|네|석|넉|다섯|여[섯덟든]|일[곱흔주]|아[홉흔]|열"
    "|스[무물]|서[른너]|마흔|쉰|예[순닐]|사[흘나]|하루|이[틀삼]|나흘|닷새|엿새|보름|절반|대여|너댓"
    "|만\\s?[원명달]|천\\s?[원명달]"
)
_FIRST_SYLLABLES = "".join(sorted({alt[0] for alt in _FIRST_WORD.split("|")}))
# a range's tilde follows its first number within a unit's length (2~3일, 1월~3월; no unit
# holds a space or a tilde): tested first, it spares most numbers a reading of their unit
# that the missing tilde would then refuse
_TILDE_AHEAD = rf"(?=[^\s~∼〜～]{{0,{max(map(len, UNITS))}}}\s?[~∼〜～])"
# what the branches before `num` (fraction, age, dates, scores, year spans) need at their
# start: digits then 분, a point or a hyphen, or a bracket. Tested once, it spares most
# numbers (5억 원, 30%) a try at each of those branches.
_SPECIAL_DIGITS = r"(?:\(|\d++(?:\s?분|[.\-]))"
_MASTER = re.compile(
    rf"""
    (?=[{_FIRST_DIGIT}{_FIRST_SYLLABLES}])(?:
    (?=[{_FIRST_DIGIT}])(?<![0-9０-９])
    (?:(?={_SPECIAL_DIGITS})(?:(?P<frac>(?P<fden>\d++)\s?분의\s?(?P<fnum>\d+(?:\.\d+)?))
  | (?P<age>(?<=[가-힣A-Za-z])\((?P<agen>\d{{1,3}})\)(?=\s?(?:씨|군|양|[은는이가의과와]|[\s,·]|$)))
  | (?P<dotdate>(?<![0-9.])(?P<dy>(?:19|20)\d\d)[.-]\s?(?P<dm>\d{{1,2}})[.-]\s?(?P<dd>\d{{1,2}})
        (?![0-9]))
  | (?P<score>(?<![0-9A-Za-z.\-])(?P<s1>\d{{1,2}})-(?P<s2>\d{{1,2}})(?=\s?(?:으?로|의|승|패|무
        |역전|완승|완패|대승|대패|신승|석패|동점|에서\s|까지\s[가-힣]*앞)|\(\d{{1,2}}-\d{{1,2}}[\s,)]))
  # 3-0(25-18 25-20 25-22): set scores in the bracket after a match score
  | (?P<setscore>(?:(?<=\()|(?<=\d\s)|(?<=\d,\s))(?<![0-9]{{3}}\s)\d{{1,2}}-\d{{1,2}}
        (?=(?:,?\s\d{{1,2}}-\d{{1,2}})*\)))
  | (?P<years>(?<![0-9A-Za-z.\-])(?P<y1>(?:19|20)\d\d)-(?P<y2>\d\d|(?:19|20)\d\d)(?![0-9\-])))
  | (?P<num>(?<![0-9A-Za-z０-９.,/_\-−+])(?P<pre>US\$|\$|€|£)?(?P<sign>[-−+](?=\d))?
        (?P<n1>{_N})
        (?:{_TILDE_AHEAD}(?P<u1>{_UNIT})?\s?[~∼〜～]\s?(?:\$)?(?P<n2>{_N})(?(u1)(?=(?P=u1))))?
        (?P<yeo>여(?=\s?[가-힣]|[^\s0-9.,]))?
        (?:(?P<unit>{_UNIT})|\s(?={_SPACED_FIRST})(?P<sunit>{_SPACED})|(?<=여)\s(?P<yunit>{_UNIT}))?
        (?:(?={_ATTACHED_FIRST})
          (?P<att>여|경(?![가-힣])|께(?!서)|쯤|가량|남짓|안팎|내외|이상|이하|미만|초과|이내))?))
  | (?=[{_FIRST_SYLLABLES}])(?<![가-힣])(?={_FIRST_WORD})
    (?:(?P<vague>(?P<vw>{_MAGNITUDE_VAGUE})(?P<vyeo>여)?\s?(?P<vunit>{_UNIT})
      | (?<![가-힣])수(?P<vunit2>차례|년|개월|일(?![가-힣])|시간|개국))
  | (?P<native>(?<![가-힣])(?P<nw>{_NATIVE_WORDS})
        (?:(?P<nt>{_NATIVE_TIGHT}){_TIGHT_END}|\s(?P<ns>{_NATIVE_SPACED})))
  | (?P<day>(?<![가-힣])(?P<dw>{_DAY})(?P<dq>가량|쯤|여|남짓)?
        (?!빨리|아침|종일|하루|살이|바삐|달|치기|새|만큼|같이|처럼))
  | (?P<half>(?<![가-힣])절반(?P<hq>가량|쯤|정도|이상|이하|남짓)?)
  | (?P<bare>(?<![가-힣])(?P<bw>[만천])\s?(?P<bu>원|명|달러)
        (?=[^가-힣]|$|[이가을를은는의에도로만과와씩짜]))))
    """,
    re.VERBOSE,
)

# hangul words right before a digit that still leave it a quantity (약3%, 오전9시, 2026년8월)
_OK_HANGUL_BEFORE = re.compile(
    r"(?:약|총|최대|최소|최고|최저|연|매|각|오전|오후|새벽|밤|낮|아침|저녁|지난|오는|당|불과|무려"
    r"|년|월|일|시|분|영하|영상|섭씨|보다|에서|부터|까지|만|및|또는|혹은|내지)$"
)
_ATTACHED_QUALIFIER = {
    "여": "approx",
    "경": "approx",
    "께": "approx",
    "쯤": "approx",
    "가량": "approx",
    "안팎": "approx",
    "내외": "approx",
    "남짓": "over",
    "초과": "over",
    "미만": "under",
    "이하": "at_most",
    "이내": "at_most",
    "이상": "at_least",
}


# the num branch's groups by number: one lookup per match instead of one per name
_DIGIT_GROUPS = tuple(
    _MASTER.groupindex[name]
    for name in ("pre", "sign", "n1", "u1", "n2", "yeo", "unit", "sunit", "att", "yunit")
)
_ATT_GROUP = _MASTER.groupindex["att"]


# what a code or model name continues with after its digits (ASCII letters and digits, - _)
_CODE_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")


def _digit_atom(text: str, m: re.Match[str]) -> Atom | None:
    pre, sign, n1, u1, n2, yeo, unit, sunit, att, yunit = m.group(*_DIGIT_GROUPS)
    # 30여 년, 10여 개국: after 여 any unit may follow a space (30 년 without 여 is rare)
    sunit = sunit or yunit
    start, end = m.span()  # the num branch spans the whole match (its gates are lookarounds)
    if start > 0 and pre is None and "가" <= text[start - 1] <= "힣":
        word_start = start
        while word_start > 0 and "가" <= text[word_start - 1] <= "힣":
            word_start -= 1
        if not _OK_HANGUL_BEFORE.search(text, word_start, start):
            return None  # 민사16부, 폴드3, 뉴스1, 제103조: part of a name or code
    unit_word = unit or sunit
    if pre:
        unit_word = unit_word or (pre if pre in UNITS else "$")
    if att and not unit_word:
        end = m.start(_ATT_GROUP)
    after = text[end : end + 1]
    if after in _CODE_CHARS:  # one set test: most numbers are followed by a space or Hangul
        if after.isdigit() and unit_word in ("년", "월", "일", "시", "분"):
            pass  # 10시30분, 2026년8월: the next time unit written on
        elif not (after == "-" and unit_word):
            return None  # 5G, 3D, 2025-, 4050s: model names and codes
    if unit_word is None and u1:
        unit_word = u1
    try:
        low = parse_number(n1)
        high = parse_number(n2) if n2 else None
    except ValueError:
        return None
    if sign in ("-", "−"):
        low = -low
    qualifier = "approx" if yeo or "여" in n1 else None  # 100여 명, 12조3천여억 원
    if att and unit_word:
        qualifier = _ATTACHED_QUALIFIER.get(att, qualifier)
    return Atom(start, end, low, high, unit_word, UNITS.get(unit_word), qualifier)


def _native_atom(m: re.Match[str]) -> Atom:
    word = m.group("nw")
    unit_word = m.group("nt") or m.group("ns")
    if word in NATIVE_RANGES:
        low, high = NATIVE_RANGES[word]
        return Atom(
            m.start(),
            m.end(),
            Decimal(low),
            Decimal(high),
            unit_word,
            UNITS.get(unit_word),
            None,
            "native",
        )
    return Atom(
        m.start(),
        m.end(),
        Decimal(NATIVE_NUMERALS[word]),
        None,
        unit_word,
        UNITS.get(unit_word),
        None,
        "native",
    )


# 세 시간 반, 1년 반, 두 달 반: a half of the duration unit written after it
_HALF_AFTER = re.compile(r"\s?반(?![가-힣](?<![이을은의에만]))")
_HALVABLE = {"시간", "년", "개월", "달", "주", "해"}


def _with_half(text: str, atom: Atom) -> Atom:
    if atom.unit_word in _HALVABLE and atom.low is not None and atom.high is None:
        if atom.unit_word == "년" and atom.low >= 1000:
            return atom  # 2024년 반기: a year, not a length
        m = _HALF_AFTER.match(text, atom.end)
        if m:
            atom.low += Decimal("0.5")
            atom.end = m.end()
    return atom


def scan_atoms(text: str) -> list[Atom]:
    """Every number-like mention in text order; unit-less integers are dropped later."""
    atoms: list[Atom] = []
    append, digit_atom, halvable = atoms.append, _digit_atom, _HALVABLE  # hoisted: hot loop
    for m in _MASTER.finditer(text):
        kind = m.lastgroup
        if kind == "num":
            atom = digit_atom(text, m)
            if atom is not None:
                append(_with_half(text, atom) if atom.unit_word in halvable else atom)
        elif kind == "frac":
            try:
                value = parse_fraction(m.group("fden"), m.group("fnum"))
            except ValueError:
                continue
            atoms.append(Atom(m.start(), m.end(), value, None, "배", UNITS["배"], None, "fraction"))
        elif kind == "age":
            age = Decimal(m.group("agen"))
            if 0 < age <= 120:
                atoms.append(
                    Atom(m.start("agen"), m.end("agen"), age, None, "세", UNITS["세"], None, "age")
                )
        elif kind == "dotdate":
            month, day = int(m.group("dm")), int(m.group("dd"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                iso = f"{m.group('dy')}-{month:02d}-{day:02d}"
                atoms.append(Atom(m.start(), m.end(), None, None, None, None, None, "date", iso))
        elif kind == "score" or kind == "setscore":
            atoms.append(Atom(m.start(), m.end(), None, None, None, None, None, "score"))
        elif kind == "years":
            y1, y2 = m.group("y1"), m.group("y2")
            y2 = y1[:2] + y2 if len(y2) == 2 else y2
            if int(y2) > int(y1):
                atoms.append(
                    Atom(m.start(), m.end(), Decimal(y1), Decimal(y2), None, None, None, "years")
                )
        elif kind == "vague":
            unit_word = m.group("vunit") or m.group("vunit2")
            qualifier = "approx" if m.group("vyeo") else None
            atoms.append(
                Atom(
                    m.start(),
                    m.end(),
                    None,
                    None,
                    unit_word,
                    UNITS.get(unit_word),
                    qualifier,
                    "vague",
                )
            )
        elif kind == "native":
            if _DID_IT.match(text, m.start()) and _OBJECT_BEFORE.search(
                text, max(0, m.start() - 4), m.start()
            ):
                continue  # 증액부터 한 건 (납득하기 어렵다): 한 것은, what was done
            if m.group("nw") == "한" and _OF_BEFORE.search(text, max(0, m.start() - 2), m.start()):
                continue  # 보성의 한 지역, 서울의 한 학교: 'a certain', not one
            atoms.append(_with_half(text, _native_atom(m)))
        elif kind == "day":
            low, high = DAY_WORDS.get(m.group("dw"), (1, 1))
            unit_word = "주일" if m.group("dw") == "일주일" else "일"
            qualifier = _ATTACHED_QUALIFIER.get(m.group("dq") or "")
            atoms.append(
                Atom(
                    m.start(),
                    m.end(),
                    Decimal(low),
                    Decimal(high) if high != low else None,
                    unit_word,
                    UNITS[unit_word],
                    qualifier,
                    "dayword",
                )
            )
        elif kind == "bare":  # 만 원, 천 명: a magnitude word alone is one of it
            value = Decimal(10000 if m.group("bw") == "만" else 1000)
            unit_word = m.group("bu")
            atoms.append(Atom(m.start(), m.end(), value, None, unit_word, UNITS[unit_word]))
        elif kind == "half":
            qualifier = _ATTACHED_QUALIFIER.get(m.group("hq") or "")
            atoms.append(
                Atom(m.start(), m.end(), Decimal("0.5"), None, "배", UNITS["배"], qualifier, "half")
            )
    return atoms
