"""Stage ``dates``: dates, periods and times of day (SPEC §5, §8).

One compiled pattern finds the parts a Korean date is written in (`2017년`,
`11월`, `8일`, `1분기`, `상반기`, `지난해`, `오후 3시` …); parts that stand next
to each other join into one date, two dates joined by `부터`/`∼`/`에서 … 사이`
into one range. A date without a year takes the year of the nearest earlier
date in its sentence; relative words resolve against the issue date.
Qualifier and position words (`말`, `까지`, `기준` …) are read after the date
and kept out of its span.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from pipeline.document import Document
from pipeline.schema import DateQualifier, DateRecord, Granularity, Sentence
from pipeline.stages.mentions import POSITION_WORDS, WordEnds

UNKNOWN_YEAR = "XXXX"
UNKNOWN_MONTH = "XX"

_RANGE_SIGN = r" ?[~∼～〜–-] ?"
_NOT_AFTER_NUMBER = r"(?<![\d.,'’])"
_ATOMS = re.compile(
    # Where no part can start, a character class and then the first letters reject the
    # position before the alternatives are tried: twenty times faster.
    r"(?=[\d'’올금지작재내이다연매오새아낮저밤상하전후그같])"
    r"(?=[\d'’]|올해|올 |금년|지난|작년|재작년|내|이[듬달번]|다음 ?달|연[초말]|매[년월달]|오[전후]|오는 |그해|같은 해"
    r"|새벽|아침|낮|저녁|밤|[상하전후]반기)"
    r"(?:"
    rf"(?P<ymd>{_NOT_AFTER_NUMBER}(?P<ymd_year>[12]\d{{3}})(?P<ymd_sep>[./-]) ?(?P<ymd_month>\d{{1,2}})"
    r" ?(?P=ymd_sep) ?(?P<ymd_day>\d{1,2})(?!\d))"
    # Decades and centuries take EDTF's unspecified digits (gold guide): `1990년대` → 199X, `19세기` → 18XX.
    rf"|(?P<decade>{_NOT_AFTER_NUMBER}(?P<decade_digits>[12]\d{{2}})0 ?년대)"
    rf"|(?P<century>{_NOT_AFTER_NUMBER}(?P<century_number>[12]?\d) ?세기)"
    rf"|(?P<year_range>{_NOT_AFTER_NUMBER}(?P<year_from>[12]\d{{3}}){_RANGE_SIGN}(?P<year_to>[12]\d{{3}}) ?년도?)"
    # A fiscal year is the year as written (gold guide): `2023회계연도` → 2023.
    rf"|(?P<year>{_NOT_AFTER_NUMBER}(?P<year_digits>[12]\d{{3}}) ?(?:년도?|회계 ?연도))"
    r"|(?P<short_year>(?<![\w])['’](?P<short_digits>\d{2}) ?년도?)"
    rf"|(?P<month_range>{_NOT_AFTER_NUMBER}(?P<month_from>\d{{1,2}}){_RANGE_SIGN}(?P<month_to>\d{{1,2}}) ?월)"
    rf"|(?P<month>{_NOT_AFTER_NUMBER}(?P<month_digits>\d{{1,2}}) ?월)"
    # `2008년 1, 2월`: two months, the first written without its `월` (gold guide).
    rf"|(?P<month_listed>{_NOT_AFTER_NUMBER}(?P<listed_digits>\d{{1,2}})(?=(?:, ?\d{{1,2}})*, ?\d{{1,2}} ?월))"
    rf"|(?P<day_range>{_NOT_AFTER_NUMBER}(?P<day_from>\d{{1,2}}){_RANGE_SIGN}(?P<day_to>\d{{1,2}}) ?일)"
    rf"|(?P<day>{_NOT_AFTER_NUMBER}(?P<day_digits>\d{{1,2}}) ?일)"
    rf"|(?P<quarter_range>{_NOT_AFTER_NUMBER}(?P<quarter_from>[1-4]){_RANGE_SIGN}(?P<quarter_to>[1-4]) ?분기)"
    rf"|(?P<quarter>{_NOT_AFTER_NUMBER}(?P<quarter_digit>[1-4])(?: ?[·/] ?4)? ?분기)"
    r"|(?P<half>(?<![가-힣])(?P<half_word>[상하전후])반기)"
    r"|(?P<relative_year>(?<![가-힣])"
    r"(?:올해|금년|지난해|작년|재작년|내년|내후년|이듬해|올(?= (?:상반기|하반기|\d|초|말|연말))))"
    # `그해 7월`, `같은 해 3분기`: a month of the year a sentence before names (gold guide); `그해`
    # alone is no date record.
    r"|(?P<same_year>(?<![가-힣])(?:그해|같은 해)(?= (?:\d{1,2} ?(?:월|분기)|[상하]반기)))"
    r"|(?P<relative_month>(?<![가-힣])(?:이달|이번 달|지난달|다음 달|다음달|내달))"
    # `지난 3월`, `오는 5월`: the month of that name before or after the issue month.
    r"|(?P<near_month>(?<![가-힣])(?P<near_word>지난|오는) (?P<near_digits>\d{1,2}) ?월)"
    r"|(?P<year_part>(?<![가-힣])(?:연초|연말(?!정산)))"
    r"|(?P<every>(?<![가-힣])(?:매년|매월|매달)(?= \d))"
    r"|(?P<time>(?:(?P<meridiem>오전|오후|새벽|아침|낮|저녁|밤) ?)?(?<![\d.,])(?P<hour>\d{1,2}) ?시"
    r"(?: ?(?P<minute>\d{1,2}) ?분| ?(?P<half_hour>반))?)"
    r")"
)

# Relative words: offset in years or months from the issue date.
_RELATIVE_YEARS = {"올해": 0, "금년": 0, "올": 0, "지난해": -1, "작년": -1, "재작년": -2, "내년": 1, "내후년": 2}
_FOLLOWING_YEAR = "이듬해"  # the year after the sentence's last year
_RELATIVE_MONTHS = {"이달": 0, "이번 달": 0, "지난달": -1, "다음 달": 1, "다음달": 1, "내달": 1}
_HALVES = {"상": 1, "전": 1, "하": 2, "후": 2}
_YEAR_PARTS: dict[str, DateQualifier] = {"연초": "start", "연말": "end"}
_EVENING_WORDS = ("오후", "저녁", "밤", "낮")

# The level of a part inside one date: a part joins the date before it only
# if it is finer (`2017년` → `11월` → `8일` → `오후 3시`).
_LEVELS = {
    "every": 0, "year": 0, "short_year": 0, "relative_year": 0, "same_year": 0, "year_range": 0, "decade": 0, "century": 0,
    "half": 1, "quarter": 1, "quarter_range": 1, "month": 1, "month_range": 1, "month_listed": 1, "relative_month": 1, "near_month": 1,
    "year_part": 1,
    "ymd": 2, "day": 2, "day_range": 2,
    "time": 3,
}
_DAY_PARENTS = ("month", "month_range", "relative_month", "near_month", "every")

# After a year: decades, ordinals, birth years and spans are not dates.
_NOT_A_YEAR_AFTER = re.compile(r"대|차|생|간")
# After a quarter: `3분기 연속` counts quarters.
_QUARTER_COUNTED = re.compile(r" ?(?:연속|째|동안|간|만에)")
# A bare day (`15일`) is a date only after these words (else `15일` may be fifteen days).
_DAY_CUE_BEFORE = re.compile(r"(?:지난|오는|이번) $")
# The end of a range whose start did not stand (`지난 3일부터 9일까지` on a page with no issue date).
_RANGE_END_BEFORE = re.compile(r"(?:부터|[~∼～〜–-]) ?$")
# What follows a news report's day of the month (`23일 이사회를 열고`, `23일(현지 시간)`,
# `23일까지 공시한`), not a unit of time (`1일 평균`, `3일 누적초과수익률`).
_NEWS_DAY_AFTER = re.compile(r"(?:\(|까지|부터| (?!평균|누적|기준|[\d.]+[%일]))")
# On a page with an issue date (a newspaper's copy in the magazine), what makes a bare `N일`
# a number of days, not the day of the month: a change or a bound after it (`28일 늘었다`,
# `8일 길어졌다`, `1일 미만인`, `23일 세웠다`).
_SPAN_OF_DAYS_AFTER = re.compile(r" ?(?:늘|줄|길어|짧아|앞당|늦|당겨|세웠|세우|멈|걸|단축|연장|미만|이상|이하|초과|넘|안팎|가량|정도)")
# Joins a bare day to the month before it: `11월 11일과 12일`, `8일부터 10일`.
_DAY_CONTINUATION = re.compile(r"(?:과|와|,|및|·|부터|에서|그리고|[~∼～〜–-]| )+")

_POSITION_WORDS = "|".join(POSITION_WORDS)
_POSITION = re.compile(rf" ?(?P<word>{_POSITION_WORDS})")
_POSITION_QUALIFIERS: dict[str, DateQualifier | None] = {
    "초": "start", "초반": "start", "상순": "start", "중순": "mid", "중반": "mid",
    "말": "end", "말경": "end", "후반": "end", "하순": "end", "중": None,
}
_RELATION = re.compile(
    r"(?P<by>까지)|(?P<since_glued>부터)|(?P<approx_glued>경|께)"
    # `기준` only as a word of its own: `7월 기준`, `7월 기준으로`, not `3월 16일 기준금리를`.
    r"| ?(?:(?P<as_of>(?:기준|현재)(?=으로|까지|[\s,.)]|$))|(?P<approx>전후|무렵|쯤)|(?P<since>이후|이래))"
)
_RELATION_QUALIFIERS: dict[str, DateQualifier] = {
    "by": "by", "since_glued": "since", "since": "since",
    "approx_glued": "approx", "approx": "approx", "as_of": "as_of",
}
# A comparison base (`전년 동기`, `지난해 같은 기간`, `2017년 대비`) is not a date (SPEC §8).
_COMPARISON_BASE = re.compile(r" ?(?:동기|같은 기간|동월|동분기|대비|보다|比|에 비해|과 비교|와 비교)")
# `2008년 말부터 2009년 초까지`: a position word may stand after either end (gold guide).
_RANGE_JOINER = re.compile(
    rf"(?: ?(?:{_POSITION_WORDS}))?(?P<from>부터)? ?(?:(?P<dash>[~∼～〜–-])|(?P<between>에서))? ?"
)
_RANGE_CLOSERS = re.compile(rf"(?: ?(?:{_POSITION_WORDS}))?(?:까지| ?사이)")

# A year that opens the quoted name of a document or event (`‘2017년 중국 인공지능 백서’`) is part of a name.
_TITLE_NOUNS = (
    "백서|보고서|리포트|연감|연보|통계|서베이|실태조사|조사|전망|트렌드|가이드|지수|순위|랭킹|포럼|콘퍼런스|컨퍼런스|"
    "박람회|엑스포|어워드|시상식|올림픽|월드컵|대회|전시회|축제|계획|플랜|로드맵|비전|선언|캠페인|프로젝트"
)
_OPENING_QUOTES = "‘“'\"「『《〈<"
_TITLE_REST = re.compile(rf"[^‘’“”\"'「」『』《》〈〉<>\n]{{0,40}}?(?:{_TITLE_NOUNS})[’”\"'」』》〉>]")
_OBJECT_WORD = re.compile(r"[가-힣][을를](?=\s)")


@dataclass
class _Date:
    """A date in the making: its parts, span and the fields they give."""

    start: int
    end: int
    kinds: list[str] = field(default_factory=list)
    year: str | None = None
    year_offset: int | None = None  # relative year, resolved later
    month_offset: int | None = None  # relative month
    month_direction: int | None = None  # `지난 3월` -1, `오는 5월` +1: the year is the issue's or next to it
    following_year: bool = False  # `이듬해`
    same_year: bool = False  # `그해`: the year of the sentences before
    recurring: bool = False  # `매년 5월`
    era: Granularity | None = None  # `decade` or `century`: the year has unspecified digits (`199X`)
    half: int | None = None
    quarter: int | None = None
    month: int | None = None
    day: int | None = None
    time: str | None = None
    qualifier: DateQualifier | None = None
    position: DateQualifier | None = None  # from a position word (`말`, `초`) or `연말`; it beats a relation word
    end_qualifier: DateQualifier | None = None  # a range's last date's position (`2009년 초까지`)
    end_date: _Date | None = None
    comparison: bool = False  # a comparison base: lends its year, is no record

    @property
    def level(self) -> int:
        return _LEVELS[self.kinds[-1]]


# Verbs and verbal nouns of a thing's start (`출범한`, `설립된`, `세운`, `선보인`, `상장한`).
_STARTING_VERBS = frozenset({"출범", "설립", "창립", "창업", "세우", "출시", "선보이", "상장", "개장", "개관"})
# Nouns of time after such a verb, which make it a time of the sentence's own (`2015년 설립된 뒤 이듬해`).
_TIME_AFTER = frozenset({"뒤", "후", "이후", "직후", "지", "때", "다음", "만"})


class _Reader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.word_ends = WordEnds(doc)
        issue = doc.metadata.issue_date
        self.issue_year = int(issue[:4]) if issue else None
        self.issue_month = int(issue[5:7]) if issue else None
        self.last_year: str | None = None  # the last year the sentences read so far name
        # Where the quantities stage read a number of days (`3일 만에`, `주 3일`, `15일 동안`).
        self.durations = {q.start for q in doc.quantities if q.kind == "duration"}

    # parts ------------------------------------------------------------------

    def parts(self) -> list[_Date]:
        return [part for match in _ATOMS.finditer(self.text) if (part := self._part(match)) is not None]

    def _part(self, match: re.Match[str]) -> _Date | None:
        # ``lastgroup`` would name a field inside the alternative; find the alternative itself.
        kind = next(name for name in _LEVELS if match[name] is not None)
        start, end = match.start(), match.end()
        text = self.text
        if not self.word_ends(end):
            return None
        part = _Date(start, end, [kind])
        if kind == "ymd":
            part.year, part.month, part.day = match["ymd_year"], int(match["ymd_month"]), int(match["ymd_day"])
        elif kind in ("year", "year_range"):
            if _NOT_A_YEAR_AFTER.match(text, end):
                return None
            part.year = match["year_digits"] or match["year_from"]
            if kind == "year_range":
                part.end_date = _Date(start, end, ["year"], year=match["year_to"])
        elif kind == "decade":
            part.year, part.era = match["decade_digits"] + "X", "decade"
        elif kind == "century":
            century = int(match["century_number"])
            if century == 0:
                return None
            part.year, part.era = f"{century - 1:02d}XX", "century"  # the 19th century is the 1800s
        elif kind == "short_year":
            digits = int(match["short_digits"])
            part.year = str(2000 + digits if digits < 50 else 1900 + digits)
        elif kind == "same_year":
            part.same_year = True
        elif kind == "relative_year":
            word = match.group()
            if word == _FOLLOWING_YEAR:
                part.following_year = True
            else:
                part.year_offset = _RELATIVE_YEARS[word]
        elif kind == "near_month":
            if self.issue_year is None:
                return None  # `지난 4월` with no issue date: relative to nothing, as `지난달` is (gold guide)
            part.month = int(match["near_digits"])
            part.month_direction = -1 if match["near_word"] == "지난" else 1
        elif kind == "relative_month":
            part.month_offset = _RELATIVE_MONTHS[match.group()]
        elif kind in ("month", "month_range", "month_listed"):
            part.month = int(match["month_digits"] or match["month_from"] or match["listed_digits"])
            if kind == "month_range":
                part.end_date = _Date(start, end, ["month"], month=int(match["month_to"]))
        elif kind in ("day", "day_range"):
            part.day = int(match["day_digits"] or match["day_from"])
            if kind == "day_range":
                part.end_date = _Date(start, end, ["day"], day=int(match["day_to"]))
        elif kind in ("quarter", "quarter_range"):
            if _QUARTER_COUNTED.match(text, end):
                return None
            part.quarter = int(match["quarter_digit"] or match["quarter_from"])
            if kind == "quarter_range":
                part.end_date = _Date(start, end, ["quarter"], quarter=int(match["quarter_to"]))
        elif kind == "half":
            part.half = _HALVES[match["half_word"]]
        elif kind == "year_part":
            part.position = _YEAR_PARTS[match.group()]
        elif kind == "every":
            part.recurring = True
            part.year = UNKNOWN_YEAR
        elif kind == "time":
            part.time = _time_of_day(match)
            if part.time is None:
                return None
        if not _plausible(part) or (part.end_date is not None and not _plausible(part.end_date)):
            return None
        return part

    # dates --------------------------------------------------------------------

    def dates(self) -> list[_Date]:
        """Adjacent parts joined into dates, in text order."""
        dates: list[_Date] = []
        for part in self.parts():
            current = dates[-1] if dates else None
            if current is not None and self._joins(current, part):
                _absorb(current, part)
                continue
            if part.kinds == ["day"] or part.kinds == ["day_range"]:
                if not self._day_stands(part, current):
                    continue
            elif part.kinds == ["every"]:
                dates.append(part)  # kept only if a month or day joins it
                continue
            dates.append(part)
        return [d for d in dates if d.kinds != ["every"]]

    def _joins(self, current: _Date, part: _Date) -> bool:
        gap = self.text[current.end : part.start]
        if gap not in ("", " ") or part.level <= current.level or current.end_date is not None or current.era:
            return False
        if part.kinds[0] in ("day", "day_range"):
            return current.kinds[-1] in _DAY_PARENTS
        if current.kinds[-1] == "every":
            return part.kinds[0] in ("month", "day")
        return True

    def _day_stands(self, part: _Date, previous: _Date | None) -> bool:
        """A bare day: continues the month of the date before it, follows a date word on a page
        with an issue date (`지난 15일`), or, on a page with none (a news report's), is the day of
        the month as news writes it (`청명금융지주는 23일 이사회를 열고`): no duration the
        quantities stage read."""
        if (
            previous is not None
            and (previous.month is not None or previous.month_offset is not None)
            and previous.end_date is None
            and _DAY_CONTINUATION.fullmatch(self.text, previous.end, part.start)
        ):
            part.year, part.month = previous.year, previous.month
            part.year_offset, part.month_offset = previous.year_offset, previous.month_offset
            return True
        if _DAY_CUE_BEFORE.search(self.text, max(0, part.start - 4), part.start):
            return self.issue_year is not None  # `지난 3일` with no issue date: relative to nothing (gold guide)
        return part.start not in self.durations and (
            _NEWS_DAY_AFTER.match(self.text, part.end) is not None) and (
            self.issue_year is None or not _SPAN_OF_DAYS_AFTER.match(self.text, part.end)) and not (
            _RANGE_END_BEFORE.search(self.text, max(0, part.start - 4), part.start))

    # after the date ---------------------------------------------------------

    def finish(self, date: _Date, sentence_end: int) -> bool:
        """Reads the words after ``date``; False when they say it is no date of its own.

        A comparison base (`2017년 2분기 대비`) is no record but still lends its
        year to the dates after it; ``date.comparison`` marks it.
        """
        text, position = self.text, date.end
        position_word = _POSITION.match(text, position, sentence_end)
        if position_word and self.word_ends(position_word.end()):
            if date.position is None:
                date.position = _POSITION_QUALIFIERS[position_word["word"]]
            position = position_word.end()
        comparison = _COMPARISON_BASE.match(text, position, sentence_end)
        if comparison and self.word_ends(comparison.end()):
            date.comparison = True
            return True
        # The word attached to the date wins (gold guide): `2021년 초까지` is `start`, `지난해 말까지` `end`.
        date.qualifier = date.position
        relation = _RELATION.match(text, position, sentence_end)
        if relation and self.word_ends(relation.end()) and date.position is None:
            date.qualifier = _RELATION_QUALIFIERS[relation.lastgroup]  # type: ignore[index]
        return not self._opens_title(date)

    def _opens_title(self, date: _Date) -> bool:
        quoted = date.start > 0 and self.text[date.start - 1] in _OPENING_QUOTES
        title = _TITLE_REST.match(self.text, date.end) if quoted else None
        # A name is a noun phrase: quoted speech has objects (`“올해 하반기에는 지원금을 … 늘릴 계획”`).
        return title is not None and not _OBJECT_WORD.search(title.group())

    def join_ranges(self, dates: list[_Date], sentence_end: int) -> list[_Date]:
        """`1999년부터 2012년까지`, `2016년에서 2018년 사이`: one date with an end."""
        joined: list[_Date] = []
        for date in dates:
            previous = joined[-1] if joined else None
            if (
                previous is not None
                and previous.end_date is None
                and date.end_date is None
                and not (previous.comparison or date.comparison)
            ):
                joiner = _RANGE_JOINER.fullmatch(self.text, previous.end, date.start)
                if joiner and (joiner["from"] or joiner["dash"] or joiner["between"]) and (
                    not joiner["between"] or _RANGE_CLOSERS.match(self.text, date.end, sentence_end)
                ):
                    previous.end_date, previous.end = date, date.end
                    closer = _RANGE_CLOSERS.match(self.text, date.end, sentence_end)
                    if previous.position or date.position:
                        # `2008년 말부터 2009년 초까지`: each end keeps its position (gold guide).
                        previous.qualifier, previous.end_qualifier = previous.position, date.position
                    else:
                        previous.qualifier = None if closer or joiner["from"] else date.qualifier
                    continue
            joined.append(date)
        return joined

    def in_founding_clause(self, date: _Date, until: int) -> bool:
        """Whether the first verb after ``date`` (before ``until``) is a founding or launch that
        modifies a noun (`2019년 11월 1일 출범한 라움카드는 6월 말 …`, `2019년 11월 출시된 천마검록의
        3분기 매출`): a year there dates the thing's start and lends nothing to the dates after it
        (gold guide: `2020년 … 세운 X는 상반기` → `XXXX-H1`); a relative clause that says when a
        measure was taken (`올해 2분기 처리한 배달은 …, 1분기`) lends its year."""
        tokens = self.doc.tokens
        if tokens is None:
            return False
        index = bisect_left(tokens.start, date.end)
        while index < len(tokens) and tokens.start[index] < until:
            tag = tokens.tag[index]
            if tag.startswith(("VV", "VA", "XSV", "XSA", "VCP")) or "+XSV" in tag:
                verb = tokens.lemma[index - 1] if tag.startswith("XS") else tokens.lemma[index]
                while not tokens.space_after[index] and index + 1 < len(tokens):
                    index += 1  # the word's ending: `출시` `된`
                after = tokens.lemma[index + 1] if index + 1 < len(tokens) else ""
                return tokens.tag[index].endswith("ETM") and verb in _STARTING_VERBS and after not in _TIME_AFTER
            index += 1
        return False

    # values -------------------------------------------------------------------

    def resolve(self, date: _Date, anchor_year: str | None) -> str | None:
        """Fills in the year (and a relative month); returns the year later dates in the sentence take."""
        self._fill_year(date, anchor_year)
        if date.end_date is not None:
            _inherit(date.end_date, date)
            self._fill_year(date.end_date, date.year)
        if date.recurring or date.era or date.year in (None, UNKNOWN_YEAR):
            return anchor_year  # `매년`, `1990년대`: no year for the dates after them
        last = date.end_date if date.end_date is not None and date.end_date.year not in (None, UNKNOWN_YEAR) else date
        return last.year

    def _fill_year(self, date: _Date, anchor_year: str | None) -> None:
        """Fills in the year. A relative date that nothing resolves keeps ``year`` None and is no
        date (gold guide): `지난해` with no issue date, `이듬해` with no year before it."""
        if date.month_offset is not None:
            if self.issue_year is not None and self.issue_month is not None:
                months = self.issue_year * 12 + self.issue_month - 1 + date.month_offset
                date.year, date.month = str(months // 12), months % 12 + 1
        elif date.month_direction is not None and self.issue_year is not None and self.issue_month is not None:
            # `지난 3월` in a July issue is this year's March, in a February issue last year's.
            past = date.month <= self.issue_month  # type: ignore[operator]
            future = date.month >= self.issue_month  # type: ignore[operator]
            this_year = past if date.month_direction < 0 else future
            date.year = str(self.issue_year + (0 if this_year else date.month_direction))
        elif date.year_offset is not None:
            if self.issue_year is not None:
                date.year = str(self.issue_year + date.year_offset)
        elif date.same_year:
            date.year = anchor_year or self.last_year or UNKNOWN_YEAR
        elif date.following_year:
            if anchor_year is not None and anchor_year != UNKNOWN_YEAR:
                date.year = str(int(anchor_year) + 1)
        elif date.year is None:
            if date.kinds == ["year_part"]:  # `연말`: the sentence's year, else the issue's
                if anchor_year is None and self.issue_year is not None:
                    anchor_year = str(self.issue_year)
                date.year = anchor_year
            else:
                date.year = anchor_year or UNKNOWN_YEAR


def _inherit(end: _Date, start: _Date) -> None:
    """The end of a range takes what it leaves out from the start: `2017년 1월부터 3월` → 2017-03."""
    if end.year is not None or end.year_offset is not None or end.month_direction is not None or end.following_year:
        return
    end.year = start.year
    if end.month is None and end.half is None and end.quarter is None and end.month_offset is None:
        end.month = start.month
        if end.day is None:
            end.day = start.day


def _absorb(date: _Date, part: _Date) -> None:
    if date.kinds == ["every"]:
        date.start = part.start  # `매년 5월` → span `5월`: the frequency word stays out (gold guide)
    date.end = part.end
    date.kinds.extend(part.kinds)
    fields = (
        "year", "year_offset", "month_offset", "month_direction", "half", "quarter", "month", "day", "time", "position",
        "end_date",
    )
    for name in fields:
        value = getattr(part, name)
        if value is not None:
            setattr(date, name, value)
    date.recurring = date.recurring or part.recurring
    date.following_year = date.following_year or part.following_year
    date.same_year = date.same_year or part.same_year


def _time_of_day(match: re.Match[str]) -> str | None:
    hour = int(match["hour"])
    minute = 30 if match["half_hour"] else int(match["minute"] or 0)
    if hour > 24 or minute > 59:
        return None
    meridiem = match["meridiem"]
    if meridiem in _EVENING_WORDS and hour < 12:
        hour += 12
    elif hour == 12 and meridiem in ("오전", "새벽", "밤"):
        hour = 0  # midnight
    return f"T{hour:02d}:{minute:02d}"


def _plausible(date: _Date) -> bool:
    """Field ranges, and a day that exists in its month (29 February when the year is unknown)."""
    if date.year not in (None, UNKNOWN_YEAR) and not date.era and not 1000 <= int(date.year) <= 2999:  # type: ignore[arg-type]
        return False
    if date.month is not None and not 1 <= date.month <= 12:
        return False
    if date.day is not None:
        if date.month is None:
            return 1 <= date.day <= 31
        year = int(date.year) if date.year not in (None, UNKNOWN_YEAR) else 2000  # type: ignore[arg-type]
        return 1 <= date.day <= calendar.monthrange(year, date.month)[1]
    return True


def _value(date: _Date) -> tuple[str, Granularity]:
    year = date.year or UNKNOWN_YEAR
    if date.day is not None:
        month = f"{date.month:02d}" if date.month is not None else UNKNOWN_MONTH
        value, granularity = f"{year}-{month}-{date.day:02d}", "day"
    elif date.month is not None:
        value, granularity = f"{year}-{date.month:02d}", "month"
    elif date.quarter is not None:
        value, granularity = f"{year}-Q{date.quarter}", "quarter"
    elif date.half is not None:
        value, granularity = f"{year}-H{date.half}", "half"
    elif date.month_offset is not None:
        value, granularity = f"{year}-{UNKNOWN_MONTH}", "month"  # `이달` with no issue date
    elif date.time is not None and date.kinds == ["time"]:
        return date.time, "time"
    else:
        value, granularity = year, date.era or "year"
    if date.time is not None:
        return value + date.time, "time"
    return value, granularity


def _sentence_dates(reader: _Reader, dates: list[_Date], sentence: Sentence) -> list[_Date]:
    kept = [date for date in dates if reader.finish(date, sentence.end)]
    kept = reader.join_ranges(kept, sentence.end)
    anchor: str | None = None
    for date, following in zip(kept, [*kept[1:], None]):
        lent = reader.resolve(date, anchor)
        if not reader.in_founding_clause(date, following.start if following else sentence.end):
            anchor = lent
    if anchor not in (None, UNKNOWN_YEAR):
        reader.last_year = anchor
    return [
        d for d in kept
        if not d.comparison and _resolved(d) and _plausible(d) and (d.end_date is None or _plausible(d.end_date))
    ]


def _resolved(date: _Date) -> bool:
    return date.year is not None and (date.end_date is None or date.end_date.year is not None)


def run(doc: Document) -> None:
    reader = _Reader(doc)
    by_sentence: dict[str, tuple[Sentence, list[_Date]]] = {}
    for date in reader.dates():
        sentence = doc.sentence_holding(date.start, date.end)
        if sentence is not None:
            by_sentence.setdefault(sentence.id, (sentence, []))[1].append(date)
    for sentence, dates in by_sentence.values():
        for date in _sentence_dates(reader, dates, sentence):
            value, granularity = _value(date)
            end_value = _value(date.end_date)[0] if date.end_date is not None else None
            raw_start, raw_end = doc.raw_span(date.start, date.end)
            doc.dates.append(
                DateRecord(
                    id=f"d{len(doc.dates)}",
                    text=doc.text[date.start : date.end],
                    start=date.start,
                    end=date.end,
                    raw_start=raw_start,
                    raw_end=raw_end,
                    sentence=sentence.id,
                    value=value,
                    end_value=end_value,
                    granularity=granularity,
                    qualifier=date.qualifier,
                    end_qualifier=date.end_qualifier,
                )
            )
