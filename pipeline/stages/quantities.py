"""Stage ``quantities``: numbers with their unit or counter (SPEC §4, §8).

One compiled pattern finds every number written with digits, with its magnitude
words, an optional range and the unit that follows; what regex cannot decide
(is `대` in `5대` a counter or the start of `대학`?) is asked of Kiwi's tokens.
Qualifier and rate-period words are read around each match and kept out of the
span. Years and dates are left to the ``dates`` stage.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal

from pipeline.document import Document
from pipeline.korean_numbers import LARGE_MAGNITUDES, NUMERAL, parse_korean_number, parse_korean_range
from pipeline.stages.clean.lines import captions_rows
from pipeline.unit_captions import captioned_cells
from pipeline.schema import Period, Quantity, QuantityKind, QuantityQualifier
from pipeline.stages.mentions import WordEnds


@dataclass(frozen=True)
class Unit:
    symbol: str  # as written to the record
    kind: QuantityKind


def _table(kind: QuantityKind, symbols: dict[str, str]) -> dict[str, Unit]:
    return {written: Unit(symbol, kind) for written, symbol in symbols.items()}


def _same(*written: str) -> dict[str, str]:
    return {word: word for word in written}


# Written unit → record unit. Money takes its ISO 4217 code; percent, data-size and
# millisecond words take their symbol (SPEC: `%p`, `PB`, `100밀리 초` → `ms`); every
# other unit or counter stays as written.
UNITS: dict[str, Unit] = {
    **_table("money", {
        "원": "KRW", "원화": "KRW", "달러": "USD", "미 달러": "USD", "미달러": "USD", "미국 달러": "USD",
        "달러화": "USD", "위안": "CNY", "위안화": "CNY", "엔": "JPY", "엔화": "JPY", "유로": "EUR",
        "유로화": "EUR", "파운드": "GBP", "홍콩달러": "HKD", "대만달러": "TWD", "싱가포르달러": "SGD",
        "호주달러": "AUD", "캐나다달러": "CAD", "스위스프랑": "CHF", "루피": "INR", "루블": "RUB",
        "바트": "THB", "링깃": "MYR", "헤알": "BRL",
    }),
    **_table("percent", {
        "%": "%", "퍼센트": "%", "%p": "%p", "%P": "%p", "%포인트": "%p", "퍼센트포인트": "%p",
        "bp": "bp", "베이시스포인트": "bp",
    }),
    **_table("count", _same(
        "개", "명", "인", "건", "곳", "회", "번", "차례", "대", "척", "가지", "개국", "개사", "개소", "개교", "가구",
        "권", "편", "종", "종류", "종목", "채", "마리", "그루", "장", "벌", "켤레", "쌍", "병", "잔", "상자",
        "석", "표", "팀", "캔", "박스", "좌석", "부", "기", "사", "쪽", "페이지", "실", "박",
        "TEU",  # twenty-foot containers counted (gold guide)
    )),
    "점": Unit("점", "score"),
    "배": Unit("배", "ratio"),
    # a competition ratio, `812.6 대 1` (gold guide, fifteenth round): the figure is its first number
    "대 1": Unit("대 1", "ratio"), "대1": Unit("대 1", "ratio"),
    # `13번째`: an ordinal written with digits is a rank; in words (`세 번째`) it has no digits to find.
    **_table("rank", _same("위", "등", "번째", "등급")),
    **_table("data_size", {
        **_same("KB", "MB", "GB", "TB", "PB", "EB", "ZB"),
        "킬로바이트": "KB", "메가바이트": "MB", "기가바이트": "GB", "테라바이트": "TB", "페타바이트": "PB",
        "엑사바이트": "EB", "제타바이트": "ZB",
    }),
    **_table("duration", {
        **_same("년", "개월", "달", "주", "주일", "일", "시간", "분", "초", "분기", "주년"),  # `20주년`: gold guide
        "밀리초": "ms", "밀리 초": "ms", "ms": "ms", "마이크로초": "μs", "나노초": "ns",
    }),
    # Lengths, weights, areas and the rest are written as the text writes them (gold guide: `㎡`, `인치`).
    **_table("length", _same(
        "m", "km", "cm", "mm", "nm", "미터", "킬로미터", "센티미터", "밀리미터", "나노미터", "나노", "인치", "마일",
    )),
    # Kind `other`: SPEC has no kind for them.
    **_table("other", _same(
        "g", "kg", "mg", "t", "ha", "평", "배럴", "W", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "kV", "kVA", "MVA",
        "Gbps",
        "Mbps", "℃", "세", "살", "톤", "그램", "킬로그램", "㎡", "m²", "제곱미터", "㎢", "km²", "제곱킬로미터", "헥타르",
        "리터", "L", "kL", "mL", "㎖", "㎥", "kcal",
    )),
}

# Units that need a word after them to be durations: a bare `15일` is a date
# (`지난 15일`), `3분기` a quarter; `3일간`, `3일 동안`, `3분기 연속` are spans of time, and so is
# one that names a study's group (`7일 안내 집단`).
_DURATION_CUE_AFTER = re.compile(
    r"간| ?(?:동안|만에|만이|째|연속|이내|내|안에|이상|이하|넘게|남짓|가량|정도|여|후|뒤|전(?!체)|내내|씩|치"
    r"|이? ?걸|이? ?소요)| (?:[가-힣]+ )?집단(?!적)"
)
_DURATION_CUE_BEFORE = re.compile(
    r"(?:최근|총|단|불과|무려|약|최대|최소|평균|꼬박|(?<![가-힣])(?:첫|다음|마지막|주|매주|월|매월)|\d ?일에서) ?$"
)
_DAYS_IN_A_MONTH = 31  # more days than that (`90일`, `1.5일`) are no day of a month
_NEEDS_CUE = {"일", "분기"}

# `20대 여성`: an age group, not twenty of something; `50대 이상으로 키운다` grows a count.
_AGE_GROUP_FOLLOWERS = re.compile(
    r" ?(?:남성|여성|남녀|남자|여자|고객|소비자|청년|직장인|초반|중반|후반|이상(?!으로)|이하(?!으로)|인구|가구주|연령|부부|주부|"
    r"엄마|아빠|"
    r"젊은|이용자|사용자|회원|응답자|구매자|취업자|근로자|창업자|자녀|부모|시니어|학생|대학생|직원|환자|싱글|층|"
    r"순(?=이|으로|서))"  # `…, 30대 순이었다`: the last of a ranking of bands
)

# `지출액은 20대가 5만1200원으로`, `30대(4만8900원)`, `40대에서는`: a band of ages as a subject, a
# topic, an owner or a scope, or with its figure in brackets, where no noun it would count stands before it
# (`셔틀 20대가` are shuttles).
_AGE_BAND_PARTICLE = re.compile(r"(?:가|는|의|에서(?:는|도)?)(?![가-힣])|\(")

# Counters that name a phase, a cohort, a part or a division when small (`3기 신도시`, `1기
# 졸업생`, `1부 리그`, `2부에서는`): a count only from a hundred on (`24만 기`, `60만 부`).
_LARGE_COUNTS_ONLY = {"기", "부"}
_LARGE_COUNT = 100

_SCORE_LINE = re.compile(r" ?\d")
# `1인 가구`, `3인 체제`, `2인 1조`: a kind of household or team, not a head count.
_HEAD_COUNT_CATEGORY = re.compile(r" ?(?:가구|가족|체제|시위|기업|미디어|창업|방송|크리에이터|실|석|용|분|\d ?조)")
_TEAMS_OF = re.compile(r"\d ?인 ?$")  # `2인 1조`: teams of two, not a trillion
# `3대째 이어온 양조장`, `3대 대표`: generations and succession, not three of something.
_GENERATION_FOLLOWERS = re.compile(r"째| ?(?:회장|사장|총장|경영인|오너|창업주|종손|후손|자손|손자|대표이사|왕|황제)")
# A span of time that a change took (`2년 사이`, `5년간`) is not a rate, whatever period word precedes it.
# `오너 3세`, `3세 경영`: a family's third generation, not an age.
_HEIR_BEFORE = re.compile(r"(?:오너|재벌|창업주|총수|일가|가문|후계자) ?$")
_HEIR_AFTER = re.compile(r" ?(?:경영|승계|체제)")
_MEASURING_SPAN_AFTER = re.compile(r" ?(?:사이|새|동안|만에|째|뒤|후|전)")
# `주 4일제`, `52시간제`: a work system the figure names, not a measure (gold guide).
_SYSTEM_AFTER = re.compile(r"제(?:[은는이가를을의에도와과로]|에서|에는|로의)?(?![가-힣])")

# A unit that ends in a digit (`대 1`) ends where no number or counter goes on from it:
# not `30대 1명`, `3대 1000만 원`, `2대 1시간`.
_NO_MORE_NUMBER = r"(?!\d|[.,]\d| ?(?:시간|달러|[명개곳건대번회위년월일주분초원배만억조천%]))"
_UNIT_ALTERNATIVES = "|".join(
    re.escape(written) + ("(?![A-Za-z])" if written[-1].isascii() and written[-1].isalpha() else "")
    + (_NO_MORE_NUMBER if written[-1].isdigit() else "")
    for written in sorted(UNITS, key=len, reverse=True)
)

_QUANTITY = re.compile(
    # A number needs digits: `수백만 명`, `수천억 원` give no figure and are no quantities (gold guide).
    r"(?=[-+−\d])"  # rejects most positions at once: four times faster
    rf"(?:(?<![\w.])(?P<sign>[-+−]))?(?<![0-9A-Za-z.,'’])(?P<first>{NUMERAL})"
    rf"(?:(?P<dash> ?[~∼～〜] ?|[-–])(?P<second>{NUMERAL}))?"
    r"(?P<inner_approx>여)?"
    rf"(?: ?(?P<unit>{_UNIT_ALTERNATIVES}))?"
)

_YEAR_LIKE = re.compile(r"[12]\d{3}")
# After a unit: ordinals (`3년차`, `2회차`); after 년 also decades (`90년대`), birth years
# (`90년생`) and fiscal years (`17년도`). A rate base written with digits (`1만 명당`, `3.3㎡당`)
# is a quantity without its `당` (gold guide), but the idiom `1인당` is none.
_NOT_A_MEASURE_AFTER = re.compile(r"차")
_PER_HEAD_IDIOM = re.compile(r"(?<![\d.,])1 ?인당")
_NOT_A_MEASURE_AFTER_YEAR = re.compile(r"대|생|도")
_ORDINAL_BEFORE = "제"
_TIME_OF_DAY_BEFORE = re.compile(r"\d ?시 ?$")
_MONTH_BEFORE = re.compile(r"\d ?월 ?$")
_FRACTION = re.compile(r"의 ?\d")

_QUALIFIER_BEFORE = re.compile(
    r"(?:^|[^가-힣])(?:(?P<approx>약|대략|거의|줄잡아|어림잡아)|(?P<at_most>최대|최고)"
    r"|(?P<at_least>최소|적어도|최저)) ?$"
)
_QUALIFIER_AFTER = re.compile(
    r"(?P<estimate_paren> ?\((?:추정치?|추산치?|잠정치?|예상치?|전망치?)\))"
    # A glued `여` (`1년여`) or `대` (`1,350원대`: in the 1,350s).
    r"|(?P<approx_glued>여|대)"
    # Verbs take the whole inflected word (`넘어섰다`), so the word ends where it does; a degree
    # adverb may stand before the verb (`1년이 조금 넘은`, `20%를 훌쩍 넘는다`).
    r"|(?: ?(?:에도|[을를이가에은는도]) ?| )(?:(?:조금|좀|살짝|약간|다소|훌쩍|훨씬) )?"
    r"(?:(?P<more_than_verb>(?:넘|웃[돌돈도]|상회|돌파)[가-힣]*)"
    r"|(?P<less_than_verb>(?:밑[돌돈도]|하회)[가-힣]*|(?:채 )?안 ?[된돼되][가-힣]*|못 미[치쳐친칠쳤][가-힣]*)"
    r"|(?P<approx_verb>육박[가-힣]*|가까운))"
    # `2300원부터 시작한다`: a starting price is a lower bound; `1만 원부터 5만 원까지` is no bound.
    r"|(?P<at_least_from>부터(?! ?[-+−]?\d))"
    r"| ?(?:(?P<approx>가량|정도|안팎|내외|남짓|가까이|쯤|선)"
    r"|(?P<at_least>이상)|(?P<more_than>초과)"
    r"|(?P<at_most>이하|이내|내|안)"
    r"|(?P<less_than>미만|아래|밑)"
    r"|(?P<estimate>추정치?|추산))"
)
_QUALIFIER_GROUPS: dict[str, QuantityQualifier] = {
    "estimate_paren": "estimate", "approx_glued": "approx", "approx": "approx", "at_least": "at_least",
    "more_than": "more_than", "at_most": "at_most", "less_than": "less_than", "estimate": "estimate",
    "more_than_verb": "more_than", "less_than_verb": "less_than", "approx_verb": "approx", "at_least_from": "at_least",
}
_ESTIMATE_IN_CLAUSE = re.compile(r"추산|추정")
_CLAUSE_END = re.compile(r"[,;]")

# Words that state a rate period (`하루 2억2000만 건`, `연평균 14회`, `월 사용자 10억 명`);
# `하루 만에`, `한 해 동안`, `한 달 안에`, `하루에만` name a span or a single period, not a rate.
_NOT_A_SPAN = r"(?! ?(?:만에|동안|새|사이|안에|내에|이내|에만))"
_PERIOD_WORDS = re.compile(
    r"(?=[하일매날주월한분연해MD])(?<![가-힣\d])(?:"  # the class rejects most positions at once
    rf"(?P<day>하루{_NOT_A_SPAN}|일평균|일 평균|매일|일일|날마다|DAU(?![A-Za-z]))"
    # `주당 평균 6시간`: per week only before a span of time or a count of times; `주당 배당금` is per share.
    r"|(?P<week>매주|주평균|주 평균|주간|주(?= \d)|일주일에|주당(?= (?:평균 )?[\d.,]+ ?(?:시간|일|회|번)))"
    rf"|(?P<month>매월|매달|월평균|월 평균|월간|한 달{_NOT_A_SPAN}|월(?= |매출|평균|사용|이용|구독)|MAU(?![A-Za-z]))"
    r"|(?P<quarter>매 ?분기|분기마다|분기별)"
    # `연` is a rate only before a figure or a yearly measure: `연 9.5%`, `연 매출`, `연산 40GWh`, never
    # the verb in `문을 연 공장`.
    rf"|(?P<year>연간|연평균|연 평균|매년|해마다|한 해{_NOT_A_SPAN}"
    r"|연(?= ?(?:(?:최대|최소|약|평균) ?)?\d| ?(?:매출|평균|봉|이자|수익|산)))"
    r")"
)
# Frequency adverbs (`매일`, `해마다`) govern their whole clause (`매년 매출의 9%`); the other
# period words qualify the measure they stand before (`일평균 이용자는 … 3배로`: the 3배 is no rate).
_FREQUENCY_ADVERB = re.compile(r"매|.*마다$")
# What may stand between a period word and a share it qualifies directly (`연 9.5%`, `연 최대 5%`).
_DIRECTLY = re.compile(r"\s*(?:(?:평균|최대|최소|최고|약)\s*)?")
_RATE_NOUN = re.compile(r"[률율]|금리")
# A figure after which a frequency adverb states its period (`구색의 10∼15%를 매달 교체한다`).
_FREQUENCY_PERIODS: dict[str, Period] = {
    "매일": "day", "날마다": "day", "매주": "week", "매월": "month", "매달": "month", "매년": "year", "해마다": "year",
}
_FREQUENCY_AFTER = re.compile(rf"(?:[을를]|씩) ?(?P<word>{'|'.join(_FREQUENCY_PERIODS)})(?![가-힣])")
_CLAUSE_ENDINGS = ("ETM", "EC", "EF")  # Kiwi's tags of the endings that close a verb's clause
_SHARES = ("percent", "ratio", "rank")  # a share of a measure is no amount per period
_CLAUSE_BREAK = re.compile(r"[,;:]")
# `…연간 12억7000만 위안 …, 2017년 66억6000만 위안, 2018년 …`: a series under one period word.
_SERIES_GAP = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:\d{4}년도?|\d{1,2}월|[1-4]분기|[상하]반기)\s*")
_CHANGE_FROM = re.compile(r"에서 ?")  # `3시간에서 40분으로`: the same measure, changed
_RANGE_JOINER = re.compile(r" ?[~∼～〜] ?|[-–]|(?P<between>에서 ?)")
_BETWEEN_END = re.compile(r" ?사이")

_NEGATIVE_SIGNS = ("-", "−")


@dataclass
class _Found:
    start: int
    end: int
    value: int | Decimal
    unit: Unit | None
    value_max: int | Decimal | None = None
    qualifier: QuantityQualifier | None = None
    approx_inside: bool = False


class _Reader:
    """Reads the quantities of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.word_ends = WordEnds(doc)

    def find(self) -> list[_Found]:
        found = [q for match in _QUANTITY.finditer(self.text) if (q := self._read(match)) is not None]
        return sorted(self._join_ranges(found) + self._captioned(found), key=lambda q: q.start)

    def _captioned(self, found: list[_Found]) -> list[_Found]:
        """A chart's bare numbers in its caption's unit (``unit_captions``), where nothing else
        read a figure: the caption in the rows' block, or a panel's title that ends in its
        unit, the heading right above them (`① … (단위: 억 달러)`)."""
        taken = {position for q in found for position in range(q.start, q.end)}
        blocks = self.doc.blocks
        return [
            _Found(cell.start, cell.end, cell.value, cell.unit)
            for index, block in enumerate(blocks)
            for cell in captioned_cells(self.text, _caption_start(self.text, blocks, index), block.end, UNITS)
            if taken.isdisjoint(range(cell.start, cell.end))
        ]

    def _read(self, match: re.Match[str]) -> _Found | None:
        text = self.text
        start, end = match.start(), match.end()
        written_unit = match["unit"]
        unit = UNITS[written_unit] if written_unit else None
        first, second = match["first"], match["second"]
        if first and text[start - 1 : start] == _ORDINAL_BEFORE:
            return None  # `제3회`, `제2공장`
        if unit is None:
            # A bare number is a quantity only when it has a magnitude word (`매출 1조2000억`).
            if not any(word in (first + (second or "")) for word in LARGE_MAGNITUDES):
                return None
            if _TEAMS_OF.search(text, max(0, start - 4), start):
                return None
        elif written_unit == "년" and (_YEAR_LIKE.fullmatch(first) or _YEAR_LIKE.fullmatch(second or "")):
            return None  # a year: the dates stage's
        if unit is not None and unit.kind == "duration" and written_unit != "시간" and text.startswith("간", end):
            end += 1  # `5년간`: the glued 간 belongs to the span (SPEC §8)
        if not self.word_ends(end):
            return None
        if unit is not None and _NOT_A_MEASURE_AFTER.match(text, end):
            return None
        if written_unit == "인" and _PER_HEAD_IDIOM.match(text, start):
            return None
        if written_unit == "년" and _NOT_A_MEASURE_AFTER_YEAR.match(text, end):
            return None
        if unit is not None and not self._unit_fits(match, written_unit):
            return None

        if second:
            values = parse_korean_range(first, second)
            if values is None:
                return None
            value, value_max = values
        else:
            value, value_max = parse_korean_number(first), None
            if value is None:
                return None
        if match["sign"] in _NEGATIVE_SIGNS:
            value = -value
        if written_unit == "주" and (value >= 1000 or any(w in first for w in LARGE_MAGNITUDES)):
            unit = Unit("주", "count")  # shares (`100만 주`), not weeks
        return _Found(
            start, end, value, unit, value_max,
            qualifier="range" if second else None,
            approx_inside=bool(match["inner_approx"]) or "여" in first,
        )

    def _unit_fits(self, match: re.Match[str], written_unit: str) -> bool:
        """Rules for the units whose reading depends on the words around them."""
        text, start, end = self.text, match.start(), match.end()
        before = text[max(0, start - 12) : start]
        if _SYSTEM_AFTER.match(text, end):
            return False  # `주 4일제를 도입했다`: the system's name
        if written_unit in _NEEDS_CUE:
            if written_unit == "일" and _MONTH_BEFORE.search(before):
                return False  # `11월 8일`: a date
            if written_unit == "일" and not match["second"] and (
                (days := parse_korean_number(match["first"])) is not None
                and (days > _DAYS_IN_A_MONTH or days != int(days))
            ):
                return True
            return bool(_DURATION_CUE_AFTER.match(text, end) or _DURATION_CUE_BEFORE.search(before))
        if written_unit == "분" and (_TIME_OF_DAY_BEFORE.search(before) or _FRACTION.match(text, end)):
            return False  # `3시 30분`: a time of day; `3분의 1`: a fraction
        if written_unit == "세" and (_HEIR_BEFORE.search(before) or _HEIR_AFTER.match(text, end)):
            return False
        if written_unit == "인" and self.word_ends(end) and _HEAD_COUNT_CATEGORY.match(text, end):
            return False
        if written_unit in _LARGE_COUNTS_ONLY:
            value = parse_korean_number(match["first"])
            return value is not None and value >= _LARGE_COUNT
        if written_unit == "대" and _SCORE_LINE.match(text, end):
            return False  # `10대 1의 경쟁률`: ten to one
        generation = _GENERATION_FOLLOWERS.match(text, end) if written_unit == "대" else None
        if generation and self.word_ends(generation.end()):
            return False
        if written_unit == "대":
            decades = [parse_korean_number(n) for n in (match["first"], match["second"]) if n]
            if all(isinstance(v, int) and 10 <= v <= 90 and v % 10 == 0 for v in decades) and (
                match["second"] or _AGE_GROUP_FOLLOWERS.match(text, end) or _AGE_BAND_PARTICLE.match(text, end)
                and not self.word_ends.tag_before(start).startswith(("NN", "SL", "SN"))
            ):
                return False  # `20대 여성`, `20∼30대`: an age band (a range of tens is one on its own)
        return True

    def _join_ranges(self, found: list[_Found]) -> list[_Found]:
        """`3%∼5%`, `10억 원~20억 원`, `3%에서 5% 사이`: one record from two."""
        joined: list[_Found] = []
        for quantity in found:
            previous = joined[-1] if joined else None
            if (
                previous is not None
                and previous.unit == quantity.unit
                and previous.value_max is None
                and quantity.value_max is None
                and (joiner := _RANGE_JOINER.fullmatch(self.text, previous.end, quantity.start))
                and (not joiner["between"] or _BETWEEN_END.match(self.text, quantity.end))
            ):
                previous.end, previous.value_max, previous.qualifier = quantity.end, quantity.value, "range"
                previous.approx_inside = previous.approx_inside or quantity.approx_inside
                continue
            joined.append(quantity)
        return joined

    # qualifiers and periods -----------------------------------------------

    def qualifier(self, quantity: _Found, sentence_start: int, sentence_end: int) -> QuantityQualifier | None:
        if quantity.qualifier:
            return quantity.qualifier
        text = self.text
        after = _QUALIFIER_AFTER.match(text, quantity.end, sentence_end)
        if after and self.word_ends(after.end()):
            return _QUALIFIER_GROUPS[after.lastgroup]
        before = _QUALIFIER_BEFORE.search(text, max(sentence_start, quantity.start - 6), quantity.start)
        if before:
            return before.lastgroup  # type: ignore[return-value]
        if quantity.approx_inside:
            return "approx"
        clause_end = _CLAUSE_END.search(text, quantity.end, sentence_end)
        if _ESTIMATE_IN_CLAUSE.search(text, quantity.end, clause_end.start() if clause_end else sentence_end):
            return "estimate"
        return None


class _Periods:
    """The rate periods of a document's quantities: which period word governs which figure."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.matches = list(_PERIOD_WORDS.finditer(self.text))
        self.ends = [match.end() for match in self.matches]
        self.tokens = doc.tokens

    def of(self, found: _Found, sentence_start: int, earlier: list[_Found]) -> Period | None:
        """The period of ``found``, given the figures before it in its sentence."""
        word = self._word_before(found.start, sentence_start)
        if word is None:
            after = _FREQUENCY_AFTER.match(self.text, found.end)
            return _FREQUENCY_PERIODS[after["word"]] if after else None
        governed = [q for q in earlier if q.start >= word.end() and not _measures_a_span(self.text, q)]
        verb_between = self._clause_ends_between(word.end(), found.start)
        share = found.unit is not None and found.unit.kind in _SHARES
        if governed:
            # A later figure continues the governed measure (`350억 달러에서 … 635억 달러로`, `4kg … 68kg`),
            # or is another amount of the same clause (`매일 7800만 명이 76분이나`).
            same_measure = found.unit == governed[0].unit or bool(
                _CHANGE_FROM.fullmatch(self.text, earlier[-1].end, found.start)
            )
            if not same_measure and (share or verb_between):
                return None
        elif share:
            between = self.text[word.end() : found.start]
            qualifies = (
                _FREQUENCY_ADVERB.match(word.group())
                or _DIRECTLY.fullmatch(between)
                or _RATE_NOUN.search(between)
            )
            if verb_between or not qualifies:
                return None
        return word.lastgroup  # type: ignore[return-value]

    def _word_before(self, position: int, sentence_start: int) -> re.Match[str] | None:
        """The period word nearest before ``position``, if it is in the same clause."""
        index = bisect_right(self.ends, position) - 1
        if index < 0:
            return None
        period = self.matches[index]
        between = self.text[period.end() : position]
        # A comma ends the clause; an open parenthesis starts an aside (`15PB(1페타바이트=…)`).
        if period.start() < sentence_start or _CLAUSE_BREAK.search(between) or between.count("(") > between.count(")"):
            return None
        return period

    def _clause_ends_between(self, start: int, end: int) -> bool:
        """Whether a verb's ending closes a clause between the two positions (`이용하는`, `넘으면`, `높여`).

        Adjectives (`같은 기간`) do not end the phrase a period word stands in."""
        tokens = self.tokens
        if tokens is None:
            return False
        for index in range(bisect_left(tokens.start, start), bisect_left(tokens.start, end)):
            tags = tokens.tag[index].split("+")
            if any(tag in _CLAUSE_ENDINGS for tag in tags):
                stem = tags[0] if tags[0] not in _CLAUSE_ENDINGS else (tokens.tag[index - 1] if index else "")
                if not stem.startswith("VA"):
                    return True
        return False


def _measures_a_span(text: str, found: _Found) -> bool:
    """A duration that a change took (`2년 사이`, `5년간`), which no period word makes a rate."""
    if found.unit is None or found.unit.kind != "duration":
        return False
    glued_gan = text[found.end - 1] == "간" and found.unit.symbol != "시간"
    return glued_gan or bool(_MEASURING_SPAN_AFTER.match(text, found.end))


def run(doc: Document) -> None:
    reader = _Reader(doc)
    text = doc.text
    periods = _Periods(doc)
    previous: Quantity | None = None
    in_sentence: list[_Found] = []  # the figures found so far in the current sentence
    for found in reader.find():
        sentence = doc.sentence_holding(found.start, found.end)
        if sentence is None:
            continue
        if previous is None or previous.sentence != sentence.id:
            in_sentence = []
        unit = found.unit
        per = None if _measures_a_span(text, found) else periods.of(found, sentence.start, in_sentence)
        if (
            per is None
            and previous is not None
            and previous.sentence == sentence.id
            and previous.per is not None
            and previous.unit == (unit.symbol if unit else None)
            and _SERIES_GAP.fullmatch(text, previous.end, found.start)
        ):
            per = previous.per
        raw_start, raw_end = doc.raw_span(found.start, found.end)
        quantity = Quantity(
            id=f"q{len(doc.quantities)}",
            text=text[found.start : found.end],
            start=found.start,
            end=found.end,
            raw_start=raw_start,
            raw_end=raw_end,
            sentence=sentence.id,
            value=float(found.value),
            unit=unit.symbol if unit else None,
            kind=unit.kind if unit else "other",
            qualifier=reader.qualifier(found, sentence.start, sentence.end),
            value_max=None if found.value_max is None else float(found.value_max),
            per=per,
        )
        doc.quantities.append(quantity)
        previous = quantity
        in_sentence.append(found)


def _caption_start(text: str, blocks: list, index: int) -> int:
    """Where the caption of block ``index``'s chart starts: the heading right above it where
    that heading captions the block's rows (``lines.captions_rows``), else the block itself."""
    block = blocks[index]
    above = blocks[index - 1] if index else None
    line_end = text.find("\n", block.start, block.end)
    first_row = text[block.start : line_end if line_end >= 0 else block.end]
    if above is not None and above.kind == "heading" and captions_rows(text[above.start : above.end], first_row):
        return above.start
    return block.start
