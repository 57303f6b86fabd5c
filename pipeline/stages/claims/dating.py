"""Dates of figures and events: the date a figure's own sentence gives it, or the sentence
before through a word that ties time, and the date of an event's act (SPEC §6, the gold
guide's dates of claims)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import takewhile

from pipeline.schema import DateRecord, Quantity
from pipeline.stages.claims import lexicon
from pipeline.stages.claims.charts import CELLS, caption, opens_cell
from pipeline.stages.claims.clauses import verb_end
from pipeline.stages.claims.references import AFTER_NOUNS, entity_starting
from pipeline.stages.claims.state import ACCOUNTS, COMPARED, PERIOD_TIES, State, based_figure, tied_date
from pipeline.stages.claims.views import View

# Nouns after a figure that qualify it (`11만 대 안팎`, `10% 미만에서`), not nouns it counts.
QUALIFIER_NOUNS = "미만|이상|이하|초과|안팎|수준|가량|정도|남짓|내외"


# Words for the present: a figure after one of them, past a dated event, is of now
# (`480명에서 현재 620명으로`, `출시했는데, 현재 … 27%`); not as the base of a multiple
# (`올해 안에 … 지금의 2배인 600명으로`: a target's base).
NOW = re.compile(r"(?<![가-힣])(?:현재|지금)(?:은|의|도|까지|까지는)?(?![가-힣])(?! ?(?:\d+|두|세|네|다섯)\s?배)")

# A share that is a level of a base (`2019년의 62% 수준`).
LEVEL = re.compile(r"\s*수준")

# The rest of a table's cell after its date (`(전망)` of `2024년(전망)`).
_CELL_REST = re.compile(r"[^\t ]*")

# A time before the date, right before a figure (`1년 전의 1.4%`): the figure is of then.
AGO = re.compile(r"\d\s*(?:년|개월|달|주|일)\s*(?:전|이전)의?\s*$")

# The start value of a change (`5200원에서 3100원으로`, `10% 미만에서 60%로`; also as what a
# thing was, `48개이던 제품을 19개로`, `26종에 이르던 제품을 15종으로`).
CHANGE_FROM = re.compile(rf"(?:\s*(?:{QUALIFIER_NOUNS}))?\s*(?:에서|이던|였던|이었던|에 이르던|에 달하던)(?![가-힣])")
# The end value of a change (`… 3100원으로`).
CHANGE_TO = re.compile(rf"(?:\s*(?:{QUALIFIER_NOUNS}))?\s*(?:으로|로)(?![가-힣])")


# A comparison base that names an earlier time (`earlier_time`, or `N년 전`), a bracket opening
# right after it (`전년 동기(9310억 원)보다`, `2년 전 조사(1710만 원)보다`): its figure is the actor's
# value then (gold: a claim, undated).
_EARLIER = "|".join(map(re.escape, lexicon.in_order("earlier_time")))
TIME_BASE = re.compile(rf"(?:{_EARLIER}|\d+년 전)(?: 조사)?\($")
# An account a firm reports, with its figure alone in brackets after it (`지난해 영업이익(57억
# 원)을`, `전체 매출(276억 원)의`): the actor's value of it, dated as the sentence is.
ACCOUNT_VALUE = re.compile(rf"(?:{ACCOUNTS})\((?:약 )?$")


def account_value(text: str, quantity: Quantity) -> bool:
    """Whether a figure alone in brackets is the value of the account named right before it."""
    return ACCOUNT_VALUE.search(text, max(quantity.start - 20, 0), quantity.start) is not None


def time_base(text: str, quantity: Quantity) -> bool:
    """Whether a figure is the value at a comparison base of an earlier time, in brackets."""
    return TIME_BASE.search(text, max(quantity.start - 20, 0), quantity.start) is not None


def quantity_date(state: State, view: View, quantity: Quantity) -> tuple[DateRecord | None, View | None]:
    if time_base(state.text, quantity):
        return None, None  # `… 8730억 원으로 전년 동기(9310억 원)보다`: not the sentence's 3분기
    date = paired_date(state, view, quantity)
    if date is not None:
        return date, view
    if (heading := caption(state, view)) is not None and heading.dates:
        return heading.dates[-1], heading  # `[표] … 해외 사업 비교(2024년 기준)`: the table's rows are of then
    date, date_view = tied_date(state, view, before=quantity.start)
    if date_view is not None:
        # `같은 기간 12억 원에서 118억 원으로`: a change spans the period of the sentence before,
        # its start taking the period's earliest date and its end the latest; a series of as
        # many figures as that sentence has dates takes them in order (`2019년 …에서 2022년 …,
        # 지난해 …로 늘었다. 같은 기간 수출 비중은 9%에서 31%, 46%로`)
        period = [d for d in date_view.dates if not date_view.quoted(d.start)]
        start = CHANGE_FROM.match(state.text, quantity.end)
        series = _series(state.text, view, quantity)
        if series is not None and len(series) == len(period) > 2:
            date = sorted(period, key=lambda d: d.value)[series.index(quantity)]
        elif start and len(period) == 1 and "∼" not in period[0].text:
            return None, None  # `… 2021년 10월 공개매수에 나섰다. 이 공개매수로 … 8.3%에서 36.1%로`: only the end is then's
        elif start or _change_end(state.text, view, quantity):
            date = min(period, key=lambda d: d.value) if start else max(reversed(period), key=lambda d: d.value)
    return date, date_view


def _series(text: str, view: View, quantity: Quantity) -> list[Quantity] | None:
    """The figures of a change through several values that ``quantity`` is one of (`9%에서
    31%, 46%로`): a start, then figures joined by commas, the last an end."""
    figures = view.quantities

    def joined(before: Quantity, after: Quantity) -> bool:
        start = CHANGE_FROM.match(text, before.end)
        return text[before.end : after.start].strip() == "," or start is not None and not text[start.end() : after.start].strip()

    first = last = figures.index(quantity)
    while first > 0 and joined(figures[first - 1], figures[first]):
        first -= 1
    while last + 1 < len(figures) and joined(figures[last], figures[last + 1]):
        last += 1
    series = figures[first : last + 1]
    if len(series) < 3 or not CHANGE_FROM.match(text, series[0].end) or not CHANGE_TO.match(text, series[-1].end):
        return None
    return series


def _change_end(text: str, view: View, quantity: Quantity) -> bool:
    """Whether a figure ends a change whose start stands right before it (`12억 원에서 118억 원으로`)."""
    start = next((q for q in reversed(view.quantities) if q.end <= quantity.start), None)
    return (start is not None and CHANGE_TO.match(text, quantity.end) is not None
            and (found := CHANGE_FROM.match(text, start.end)) is not None and not text[found.end() : quantity.start].strip())


# Words that make a date of no year recur (`매년 5월`, `해마다 3분기에`).
RECURRING = ("매년", "매해", "해마다", "매달", "매월")

# Facilities (`object_word` of the class): a relative clause's date over one is when it was
# built or opened; a plan's figure that sizes one is its capacity (``plans``).
FACILITIES = frozenset(word for word, kind in lexicon.mapping("object_word").items() if kind == "facility")


def _recurs(text: str, date: DateRecord) -> bool:
    """Whether such a word opens the date or stands right before it."""
    return text.startswith(RECURRING, date.start) or text[max(date.start - 8, 0) : date.start].rstrip().endswith(RECURRING)


def paired_date(state: State, view: View, quantity: Quantity) -> DateRecord | None:
    """The date a quantity follows in its sentence: the nearest before it
    (`2014년 3억6000만 유로에서 지난해 18억4000만 유로로`), not a gloss in brackets
    (`2023회계연도(2023년 4월∼2024년 3월)`), nor one that dates a relative clause
    about an actor (`2024년 2월 문을 연 JASM 1공장에는 … 4760억 엔이`); in quoted speech,
    one of the same quotation (`“내년까지 … 1000억 원을 달성하는 것이 목표”`)."""
    if (header := column_header(state.text, view, quantity, _rows_above(state, view))) is not None:
        return header[0]
    quote = view.quotation_at(quantity.start)
    # A recurrence (`매년 5월`) is no figure's date, nor is a time of day (`평일 오전 7∼9시`:
    # what the figure counts in, `T09:00`); a date of no year on a page without an issue date
    # (`3분기 순이익은`) is one.
    dates = [d for d in view.dates if view.quotation_at(d.start) in (None, quote)
             and not view.in_round[view.token_at(d.start)] and not d.value.startswith("T")
             and not (d.value.startswith("XXXX") and _recurs(state.text, d))]
    before = [d for d in dates if d.end <= quantity.start and not _dates_actor_clause(view, d, quantity)
              and not COMPARED.match(state.text, d.end, quantity.start)
              and based_figure(state, view, d) in (None, quantity)
              and not _dates_base(state.text, view, d, quantity)]
    if not before:
        return _date_described(state, view, quantity, dates)
    date = before[-1]
    if quantity.unit != "배" and AGO.search(state.text, date.end, quantity.start):
        return None  # `2023년 4분기 1.9%로, 1년 전의 1.4%보다`: the value a year before (`5년 전의 4배` is now's)
    # A figure of now after a dated event (`지난해 10월 … 출시했는데, 현재 … 비중이 27%`,
    # `2021년 … 시작한 뒤 지금까지 50여 개`) is undated, and so is one of what came after it;
    # `2023년 현재` is the date's own.
    now = NOW.search(state.text, date.end, quantity.start)
    if (now and state.text[date.end : now.start()].strip()) or _after_event(view, date, quantity):
        return None
    # In a dated change `X에서 Y로`, only Y takes the date (gold guide): the start has a date
    # of its own where another date or `현재` stands before the end (`2014년 … 유로에서 지난해
    # … 유로로`, `2019년 480명에서 현재 620명으로`).
    if CHANGE_FROM.match(state.text, quantity.end):
        end = next((q for q in view.quantities if q.start >= quantity.end), None)
        if end is not None and CHANGE_TO.match(state.text, end.end) and not NOW.search(
                state.text, quantity.end, end.start) and not any(quantity.end <= d.start < end.start for d in dates):
            # `매출은 2019년 …에서 지난해 …로, 영업이익은 같은 기간 96억 원에서 …로`: the period
            # the sentence's first change spans, whose start is the date before its end's
            if len(before) > 1 and any(tie in state.text[date.end : quantity.start] for tie in PERIOD_TIES):
                return before[-2]
            return None
    # The start of a change (`평균 5일에서 1.5일로`) after the date a change began (`지난해
    # 7월부터 … 맡겼고`) is the value before that date: undated.
    if date.qualifier == "since" and CHANGE_FROM.match(state.text, quantity.end) and (
        view.clause_start(view.token_at(quantity.start)) > view.token_at(date.start)
    ):
        return None
    return date


def _dates_base(text: str, view: View, date: DateRecord, quantity: Quantity) -> bool:
    """Whether the date is of the base a multiple or a level is taken of, with `의` right
    before it, alone or with the base's figure (`지난해의 2.9배`, `2019년의 62% 수준`, `2019년
    7117만 명의 79% 수준`): the figure is of the sentence's other date, not the base's. A
    share with no `수준` is the date's own value (`1분기의 22%보다`)."""
    if quantity.unit != "배" and not (quantity.unit == "%" and LEVEL.match(text, quantity.end)):
        return False
    between = text[date.end : quantity.start].strip()
    if between == "의":
        return True
    base = next((q for q in view.quantities if date.end <= q.start and q.end <= quantity.start), None)
    return base is not None and not text[date.end : base.start].strip() and text[base.end : quantity.start].strip() == "의"


def column_header(text: str, view: View, quantity: Quantity, above: Iterable[View] = ()) -> tuple[DateRecord, str] | None:
    """In a table (cells parted by tabs or ` / `), the date heading a figure's column and the
    rest of its cell: `기업⇥2023년⇥2024년(전망) SK하이닉스⇥53%⇥52.5% 삼성전자⇥38%…` heads 53% and
    38% with 2023, 52.5% with 2024 and `(전망)`. The header is a run of dates each opening a
    cell, in the figure's sentence or in a line ``above`` it of the same chart (`국가⇥2019년⇥
    2025년 1∼9월` over `중국⇥49.6⇥18.6`, `구분 / 2019년 / 2023년` over `다이궁 / 71.5% / 58.2%`);
    every row has as many cells as it, so a cell's column is its count of cell breaks past the
    header's first date, in turn."""
    if not opens_cell(text, quantity.start):
        return None
    header = _header(text, view.dates, quantity.start)
    for row in above:
        if header:
            break
        header = _header(text, row.dates, row.end)
    if not header:
        return None
    date = header[len(CELLS.findall(text, header[0].start, quantity.start)) % len(header)]
    return date, _CELL_REST.match(text, date.end).group()


def _header(text: str, dates: list[DateRecord], before: int) -> list[DateRecord]:
    """The run of dates, each opening a cell, that heads a table's columns, before ``before``."""
    header: list[DateRecord] = []
    for date in dates:
        if date.end > before:
            break
        if opens_cell(text, date.start) and (not header or len(CELLS.findall(text, header[-1].end, date.start)) == 1):
            header.append(date)
        elif header:
            break
    return header


def _rows_above(state: State, view: View) -> list[View]:
    """The lines of the chart or table ``view`` is a row of, above it: the sentences before it
    in its block, nearest first."""
    return list(takewhile(lambda row: row.block == view.block, state.before(view)))


def _date_described(state: State, view: View, quantity: Quantity, dates: list[DateRecord]) -> DateRecord | None:
    """The date a figure's own clause describes (`국내 매장이 200곳을 넘어선 2013년 5월,`):
    the clause ends in a modifying verb right before the date, with no comma between, or
    in one with `채`, the state the dated act happens in (`누적 손실 210억 원을 떠안은 채
    2018년 6월 중국 사업을 접었다`); for a rank before a name, the first date of its clause."""
    after = next((d for d in dates if d.start >= quantity.end), None)
    if after is None or "," in state.text[quantity.end : after.start]:
        return None
    in_clause = view.token_at(after.start) <= view.clause_end_from(view.token_at(quantity.start))
    if ranks_a_name(view, quantity) and in_clause:
        return after  # `업계 1위 삼성화재는 상반기 순이익이`: the rank then
    if quantity.kind == "count" and in_clause and _COUNTED_SUBJECT.match(state.text, quantity.end):
        return after  # `상장사 254곳이 지난해 … 사들였다`: those that did it then
    verb = view.token_at(after.start) - 1
    if view.tokens[verb].text == "채" and view.tokens[verb].first == "NNB":
        verb -= 1
    if verb <= view.token_at(quantity.start) or view.ending(verb) != "ETM":
        return None
    return after


# A count that is its clause's subject, its particle glued on (`254곳이`, `1200명이`).
_COUNTED_SUBJECT = re.compile(r"(?:이|가)\s")


def ranks_a_name(view: View, quantity: Quantity) -> bool:
    """Whether a rank stands right before a name it ranks (`업계 1위 삼성화재는`)."""
    return quantity.kind == "rank" and entity_starting(view, bisect_left(view.starts, quantity.end)) is not None


def _after_event(view: View, date: DateRecord, quantity: Quantity) -> bool:
    """Whether a figure follows a clause of what came after the dated event
    (`2020년 … 라인을 들인 뒤 불량률이 0.8%에서 0.2%로`): the date is the event's."""
    first, last = view.token_at(date.end - 1) + 1, view.token_at(quantity.start)
    return any(view.ending(i) == "ETM" and view.tokens[i + 1].text in AFTER_NOUNS for i in range(first, last - 1))


def _dates_actor_clause(view: View, date: DateRecord, quantity: Quantity) -> bool:
    """Whether the date dates a relative clause before the figure: about an actor (`2024년 2월
    문을 연 JASM 1공장에는`; a product only where the figure is told in the present, `2022년 3월
    출시한 … ‘로윈 P20’은 … 600개 쌓습니다`, as a launch dates what the product did then), about
    what the topic is, a noun with `(으)로`, before a figure told in the present (`청암PE는 2014년
    설립된 운용사로, 운용자산은 …`), or about the source the figure is cited from (`길목데이터랩이
    지난달 내놓은 ‘2024 수도권 통근 실태 조사’에 따르면 …`: the source's release, not the finding).
    A date a comma sets apart (`지난해 9월 12일, 파리에 본사를 둔 … 메종로즈는`) or one the sentence
    counts as of (`올해 6월 기준 …`) dates the sentence."""
    first = view.token_at(date.end - 1) + 1
    last = view.token_at(quantity.start)
    ending = next((i for i in range(first, last) if view.ending(i) in ("ETM", "EC", "EF")), None)
    if ending is None or view.ending(ending) != "ETM" or view.tokens[first].text == "," or date.qualifier == "as_of":
        return False  # `올해 6월 기준 상생결제로 대금을 받는 … 협력업체는`: a date as of which the sentence counts
    # `…에 따르면` (according to), not `…에 따라` (by)
    if any(view.tokens[i].text == "에" and view.tokens[i + 1].lemma == "따르다" and view.tokens[i + 2].text == "면"
           for i in range(ending + 1, last - 2)):
        return True
    head = next((p for p in view.phrases if p.first == ending + 1), None)
    if head is None or head.last >= last:
        return False
    start, end = view.tokens[head.first].start, view.tokens[head.last].end
    if view.tokens[head.last].lemma in FACILITIES and view.tokens[ending].adnominal_past:
        return True  # `1983년에 지은 옛 공장은 하루 처리 능력이 180t`: when it was built, not when it had that
    now = not view.in_past(last)
    if now and view.tokens[head.particle].text in ("로", "으로"):
        return True
    return any(c.actor.label is not None and (c.actor.label != "PRODUCT" or now) and not c.actor.described
               and start <= c.position <= end for c in view.candidates)


def event_date(state: State, view: View, index: int) -> tuple[DateRecord | None, View | None]:
    """The nearest date before the verb, else the first after it, else a tied date. A date
    with an unknown part is a period (`1950년대 ‘불리’를 되살린 ID.버즈를 올해 3월 출시`), not when
    something happened: it dates no event, nor does a recurrence (`매년 5월에는`); but a day or a
    month whose year the page leaves unknown (`10월 28일`, `XXXX-10-28`; `7월 … 취항했고`,
    `XXXX-07`) is one."""
    position = view.tokens[index].start
    # `올해 39세인 차은결 대표는 … 회사를 세웠다`: the year of an age dates the age only.
    dates = [d for d in view.dates if not view.quoted(d.start) and _dates_an_act(d) and not dates_an_age(state, view, d)
             and not _recurs(state.text, d)]
    before = [d for d in dates if d.end <= position]
    # A term's start (`2025년부터 5년간 … 공급 계약을 맺었다`) or a target's deadline (`2017년
    # 2030년까지 … 줄이겠다는 목표를 내걸고 … 출범시켰다`) is no date of the act beside another.
    before = [d for d in before if d.qualifier not in ("since", "by")] or before
    # nor a span the deal is for (`2024년 11월 … 2026∼2031년 … 공급하는 계약을 맺었다`)
    before = [d for d in before if "∼" not in d.text] or before
    if before:
        return before[-1], view
    verb = verb_end(view, index)
    if dates and view.ending(verb) != "ETM":
        return dates[0], view
    return tied_date(state, view)


# A day or a month of a year the page does not give: `XXXX-10-28`, `XXXX-XX-14`, `XXXX-07`.
_DAY_OR_MONTH_OF_AN_UNKNOWN_YEAR = re.compile(r"XXXX-(?:(?:\d\d|XX)-\d\d|\d\d)")


def _dates_an_act(date: DateRecord) -> bool:
    return "X" not in date.value or _DAY_OR_MONTH_OF_AN_UNKNOWN_YEAR.fullmatch(date.value) is not None


def dates_an_age(state: State, view: View, date: DateRecord) -> bool:
    """Whether the date is the year of an age right after it (`올해 51세인`): it dates the age."""
    return any(q.unit == "세" and state.text[date.end : q.start].isspace() for q in view.quantities)
