"""Charts and tables: a row of a chart (`20대 38.5%` under `[그래프] …`) or a table
(`리프툰⇥2150만 명⇥2870억 원⇥8.4%` under `[표] …`) gives its values to the group or name
its label stands for, dated by the caption where the caption has a date."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.stages.claims import lexicon, markets
from pipeline.schema import Entity, LinkedEntity, Quantity
from pipeline.stages.claims.actors import Actor, actor_of
from pipeline.stages.claims.markets import MARKET
from pipeline.stages.claims.state import BRACKETED, Draft, State, sources
from pipeline.stages.claims.views import Phrase, View
from pipeline.stages.clean.lines import CAPTION, CHART_CAPTIONS, UNIT_LINE, captions_rows

# How a table's row parts its cells: tabs, or ` / ` where the page wrote its table so.
CELLS = re.compile(r"\t| / ")


def opens_cell(text: str, position: int) -> bool:
    """Whether ``position`` opens a table's cell other than a row's first."""
    return text[position - 1 : position] == "\t" or text[max(position - 3, 0) : position] == " / "


def caption(state: State, view: View) -> View | None:
    """The caption of the chart or table whose row ``view`` is (`[표] …`, `[그래프] …`): the
    sentence that opens its block (the clean stage keeps a chart's lines apart), or a panel's
    title that ends in its unit, the heading right above a block of rows (`① … (단위: 억 달러)`
    over `연도⇥수출⇥수입`)."""
    opener = state.block_openers[view.block]
    if opener is not view and (CAPTION.match(state.text[opener.start : opener.end]) or _titles_a_chart(state, opener)):
        return opener
    title = state.block_openers.get(view.block - 1)
    if title is None or not captions_rows(state.text[title.start : title.end], state.text[opener.start : opener.end]):
        return None
    return title


_ROW_LABEL = 20  # characters: a longer line before a figure is prose, not a chart row's label
# A rank opening a chart's row, its first cell: `1위⇥`, `2위 `.
_RANK_CELL = re.compile(r"\d+위(?:\t| / | )")


def _titles_a_chart(state: State, opener: View) -> bool:
    """Whether a block opens with a chart's title that the line under it gives the unit of
    (`▣ 국내 대체 단백질 식품 시장 규모` / `(단위: 억 원)`)."""
    following = state.views[opener.index + 1] if opener.index + 1 < len(state.views) else None
    return following is not None and following.block == opener.block and bool(
        UNIT_LINE.fullmatch(state.text[following.start : following.end]))


def rank_cell(text: str, view: View, quantity: Quantity) -> bool:
    """Whether ``quantity`` is the rank a ranked row opens with (`1위 넷플릭스 1180만 명`): a
    figure of the row, as its values are."""
    return quantity.start == view.start and quantity.kind == "rank" and _RANK_CELL.match(text, view.start, view.end) is not None


def chart_row(state: State, view: View) -> Actor | None:
    """The label of a chart's row (`20대 38.5%` under `[그래프] 연령대별 해외여행 경험률`):
    the row's value is that group's, written as the row writes it. A row is a sentence of a
    block the caption opens (the clean stage keeps a chart's lines apart)."""
    heading = caption(state, view)
    if heading is None or not view.quantities:
        return None
    # A ranked row names its thing after the rank (`1위⇥중국⇥186.0`, `2위 중국 15억7000만 달러`).
    start = rank.end() if (rank := _RANK_CELL.match(state.text, view.start, view.end)) else view.start
    # `20대: 4만7100원`: a colon parts the label from its value
    label = state.text[start : row_values(state.text, view, start)].strip().removesuffix(":").rstrip()
    if (dated := next((d for d in view.dates if d.end == start + len(label) and d.start > start), None)) is not None:
        label = state.text[start : dated.start].strip()  # `담우화학 2021년 540억 원`: the row's date names nothing
    if not 0 < len(label) <= _ROW_LABEL:
        return None
    if any((d.start, d.end) == (start, start + len(label)) for d in view.dates):
        # a survey report's chart of years is its population's (the sentence's actor of last resort)
        return _captioned_name(state.text, heading) or (None if state.population else _captioned_group(state, heading))
    if ANSWERS.search(state.text, heading.start, heading.end) or _quoted_answers(state, heading):
        # `[그래프] SaaS를 쓰지 않는 이유(복수 응답)` over `보안이 걱정돼서 38.9%`, or a row the text
        # quotes as an answer (`‘주행거리’(22.6%)`): an answer's share of the respondents, a figure
        # of the surveyed population, no group of its own
        # the section's surveyed group first (a second survey's people, ``surveys.population_named``),
        # then the report's population, then the last survey's group
        population = state.surveyed.name if state.surveyed else state.population or (
            state.last_survey.name if state.last_survey else None)
        return Actor(population, MARKET, view.index, described=True) if population else None
    if (owner := _broken_down_owner(state, heading)) is not None and (
            row := next((e for e in view.entities if e.start == start), None)) is not None:
        # A place's row is a part of the owner's figure (`한국 라면의 국가별 수출액`: 일본); a
        # company's or a product's row is its own share of the owner's market (`베트남 편의점
        # 시장 브랜드별 점유율`: 요츠바마트).
        return actor_of(owner if row.label == "LOCATION" else row, view.index)
    if (named := _named_first_cell(state.text, view, start, label)) is not None:
        return actor_of(named, view.index)
    if CELLS.search(state.text, view.start, view.end) and (spelled := _spelled_elsewhere(state, label)) is not None:
        return Actor(spelled.canonical, spelled.label, view.index)
    if (later := _named_later_cell(state.text, view, start)) is not None:
        return actor_of(later, view.index)
    return Actor(_row_group(state, heading, label), MARKET, view.index, described=True)


def _spelled_elsewhere(state: State, label: str) -> LinkedEntity | None:
    """The one company or product the article names elsewhere as a row's label spells it, where
    the row alone was no mention (`가람` on a line of its own in a table of one cell a line, the
    short name of 가람바이오팜)."""
    named = [e for e in state.doc.linked_entities if e.label in ("ORG", "PRODUCT") and label in (e.canonical, *e.aliases)]
    return named[0] if len(named) == 1 else None


def _quoted_answers(state: State, heading: View) -> bool:
    """Whether a survey's text quotes a row's label as an answer (`‘주행거리’를 꼽은 응답자가`)."""
    if not state.population:
        return False  # a study's text quotes its groups' names too (`‘비공개 공고’`)
    if heading.index not in state.answer_charts:
        rows = [v for v in state.views if v.block == heading.block and v is not heading and v.quantities]
        state.answer_charts[heading.index] = any(
            f"‘{state.text[v.start : row_values(state.text, v)].strip()}’" in state.text for v in rows)
    return state.answer_charts[heading.index]


def column_group(state: State, view: View, quantity: Quantity) -> Actor | None:
    """The group whose figure a table's cell is where the table's columns are groups and its
    rows measures (`구분⇥도입 센터(전)⇥도입 센터(후)⇥비교 센터(전)…` over `결근율⇥5.8%⇥4.1%…`):
    the group the cell's column heads, a group the article names with `(이하 …)`, its
    bracketed part left out (it qualifies the figure)."""
    heading = caption(state, view)
    if heading is None or state.text.find("\t", view.start, view.end) < 0:
        return None
    header = state.views[heading.index + 1] if heading.index + 1 < len(state.views) else None
    if header is None or header.block != heading.block or header is view:
        return None
    cells = state.text[header.start : header.end].split("\t")
    column = state.text.count("\t", view.start, quantity.start)
    group = BRACKETED.sub("", cells[column]).strip() if 0 < column < len(cells) else None
    if group is not None and "이중차분" in group:
        group = state.treated_group()  # `이중차분 추정치`: the effect on the group the study treats
    return Actor(group, MARKET, view.index, described=True) if group in state.aliases else None


def named_column(state: State, view: View, quantity: Quantity) -> Actor | None:
    """The company or product whose figure a table's cell is where each column's head opens
    with a name (`연도 두리번 매출 두리번 영업손실 시네마루 매출 …` over `2022년 612 418 184 236`):
    the name of the cell's column, as many names in the head line as the row has cells."""
    heading = caption(state, view)
    if heading is None or view is heading:
        return None
    header = next((v for v in state.views[heading.index + 1 : view.index] if v.block == heading.block and v.entities
                   and not v.quantities), None)
    if header is None:
        return None
    cells = [q for q in view.quantities if q.start >= row_values(state.text, view) and not view.in_round[view.token_at(q.start)]]
    names = [e for e in header.entities if e.label in ("ORG", "PRODUCT")]
    if quantity not in cells or len(names) != len(cells) or len({e.canonical for e in names}) < 2:
        return None
    return actor_of(names[cells.index(quantity)], view.index)


def _captioned_name(text: str, heading: View) -> Actor | None:
    """Whose figures a table of years is (`[표] 운봉정밀기계의 매출과 인도 매출 추이` over
    `2021년⇥2110억 원⇥38%`): the company or product its caption names, or a place it says
    the figures are of (`① 한국의 반도체 장비 수출입 추이`); each row is a year of them, dated
    by its first cell."""
    named = next((e for e in heading.entities if e.label in ("ORG", "PRODUCT")
                  or e.label == "LOCATION" and text.startswith("의 ", e.end)), None)
    return actor_of(named, heading.index) if named else None


def _captioned_group(state: State, heading: View) -> Actor | None:
    """Whose figures a chart of years is where its caption names no company or product
    (`[그래프] 국내 면세점 매출 추이`, `[그래프] 방한 외국인 관광객 수`): the market-wide group
    or the group of people the caption's words open with, the measure after it left out; not
    a table's, whose caption names its columns (`볼트루프 연도별 교환소 수·구독자 수`)."""
    titled = _titles_a_chart(state, heading)
    if not (state.text.startswith(CHART_CAPTIONS, heading.start) or titled):
        return None
    tokens = heading.tokens
    # past the mark that opens the caption: `[그래프]`, or a title's symbol (`▣`)
    first = next((i + 1 for i, token in enumerate(tokens) if token.text == "]"),
                 next((i for i, token in enumerate(tokens) if token.first not in ("SW", "SO", "SS")), 0))
    if first < len(tokens) and (dimension := _BREAKDOWN.match(state.text, tokens[first].start)):
        while first < len(tokens) and tokens[first].end <= dimension.end():
            first += 1  # `[그래프] 연도별 상장사 …`: the dimension, not the group
    for last in range(len(tokens) - 1, first, -1):
        if not tokens[last].nominal:
            continue
        phrase = Phrase(first, last, last, "topic")
        if market := markets.market_of(heading, phrase):
            return Actor(market, MARKET, heading.index)
        if group := markets.scope_of(heading, phrase) or markets.group_of(heading, phrase):
            return Actor(group, MARKET, heading.index, described=True)
    return None


def _named_first_cell(text: str, view: View, start: int, label: str) -> Entity | None:
    """The company or product a table's row of cells names in its first cell (`누리온차징⇥
    솔길에너지⇥3만8200기⇥1160억 원`, or cells ` / ` parts): the row's values are that one's, not a group's that the
    text writes around the name (`누리온차징 최고운영책임자`). A chart's row (`유럽연합 57.4%`
    under `[그래프] 주력 수출 지역별 …`) stays a group."""
    if CELLS.search(text, view.start, view.end) is None:
        return None
    return next((e for e in view.entities if (e.start, e.end) == (start, start + len(label)) and e.label in ("ORG", "PRODUCT")), None)


def _named_later_cell(text: str, view: View, start: int) -> Entity | None:
    """The one company a later cell of a table's row names where its first cell names no one
    (`DF1⇥화장품·향수·주류⇥신라면세점⇥8610원` under `사업권⇥품목⇥운영사⇥…`): the row's values are
    that company's."""
    if CELLS.search(text, view.start, view.end) is None or any(e.start == start for e in view.entities):
        return None
    values = min((q.start for q in view.quantities), default=view.end)
    named = [e for e in view.entities if e.label == "ORG" and e.end <= values and opens_cell(text, e.start)
             and (e.end == view.end or CELLS.match(text, e.end))]
    return named[0] if len(named) == 1 else None


# A caption over the answers to a survey's question (`… 쓰지 않는 이유(복수 응답)`, `중고로 사고판
# 품목(복수 응답)`, `가장 자주 한 점심 식사 방식(…, 한 가지 선택)`), not over groups of
# respondents (`응답자 특성별 …`).
ANSWERS = re.compile(r"(?:복수|중복|단수) ?응답|(?:한 가지|하나만) 선택|이유\s*$")

# A caption's breakdown of a figure by its parts (`국가별`, `품목별`: `…별` glued to a noun), or into
# its largest ones (`수출 상위 5개국`).
_BREAKDOWN = re.compile(r"[가-힣]+별(?![가-힣])|상위 \d+개(?:국|사|곳)(?![가-힣])")


def _broken_down_owner(state: State, heading: View) -> Entity | None:
    """The name a caption breaks its figure down for (`[표] 한국 라면의 국가별 수출액`), or
    where it names none, the one the text first writes before the caption's words (`[그래프]
    화장품 수출 상위 6개국` after `한국 화장품 수출액은`): the rows that name its markets or
    products are parts of that one's figure (gold guide: a unit's share of its own total is
    the actor's)."""
    breakdown = _BREAKDOWN.search(state.text, heading.start, heading.end)
    if breakdown is None:
        return None
    named = next((e for e in heading.entities if e.end <= breakdown.start() and e.label in ("ORG", "LOCATION")), None)
    if named is not None:
        return named
    mark = state.text.find("]", heading.start, breakdown.start())
    words = state.text[mark + 1 if mark >= 0 else heading.start : breakdown.start()].strip()
    if not words:
        return None
    written = [e for e in state.doc.entities if e.label in ("ORG", "LOCATION") and state.text.startswith(f" {words}", e.end)]
    return min(written, key=lambda e: e.start, default=None)


def row_values(text: str, view: View, start: int | None = None) -> int:
    """Where a chart row's values start: at its last figure outside brackets (`연 매출 3억 원
    미만 14만 원(매출의 0.9%)`: 14만 원, and the bracketed 0.9% after it is the row's too), or,
    in a table's row of cells, after its first cell (`리프툰⇥2150만 명⇥2870억 원⇥8.4%`), or at the
    first cell's last figure where ` / ` parts them (`개 18만3000원 / 21.2%`: 18만3000원), or
    after the first cell where it ends in no figure (`주 3일 이상 재택근무자 / 14.2% / 17.9%`), or
    at the first of the figures that spaces alone part at the line's end (``_spaced_cells``).
    The row's label starts at ``start`` (after a rank cell), else at the line's start."""
    start = view.start if start is None else start
    tab = text.find("\t", start, view.end)
    if tab >= 0:
        return tab
    # A row whose cells ` / ` parts (`개 18만3000원 / 21.2%`): its values start in the first cell.
    slash = text.find(" / ", start, view.end)
    cell = [q for q in view.quantities if q.end <= slash] if slash >= 0 else []
    if slash >= 0 and (not cell or text[cell[-1].end : slash].strip()):
        return slash
    if (first := _spaced_cells(text, view, start)) is not None:
        return first
    return next((q for q in reversed(cell or view.quantities) if not view.in_round[view.token_at(q.start)]),
                view.quantities[-1]).start


def _spaced_cells(text: str, view: View, start: int) -> int | None:
    """The first figure of a row whose cells spaces part: the figures that end the line with
    nothing but spaces between them, after a label alone (`하이브 12,062 798` under `회사 매출
    영업이익`), or after a date alone, one figure or more (`2019년 1320억 원 410만 명 -58억 원`
    under `연도 매출 방문객 영업손익`)."""
    figures = [q for q in view.quantities if q.start >= start]
    if not figures or text[figures[-1].end : view.end].strip():
        return None
    first = len(figures) - 1
    while first and not text[figures[first - 1].end : figures[first].start].strip():
        first -= 1
    cells = figures[first:]
    label = text[start : cells[0].start].strip()
    dated = any(d.start == start and not text[d.end : cells[0].start].strip() for d in view.dates)
    return cells[0].start if label and (dated or len(cells) > 1) else None


_NEAR = 5000  # characters around a chart in which the text names its rows' groups

# The dimension a caption breaks its figure down by (`[그래프] 월 가구소득별 …` → 월 가구소득).
_DIMENSION = re.compile(r"\[[^\]]*\]\s*((?:\S+ ){0,2}\S+?)별\s")
# A word as the text writes it, and the particle it may end in (`통근자는`, `가구의`).
_WORD = re.compile(r"[가-힣A-Za-z]+")
_PARTICLE_END = re.compile(r"(?:에서|으로|은|는|이|가|의|을|를|도|와|과|에|로|만)$")


def _row_group(state: State, heading: View, label: str) -> str:
    """A chart row's label as the group it stands for, in the article's full form (gold guide:
    a group whose defining words are left out takes them from its chart's caption): the
    words the text writes around any row's label, up to a noun of people or firms (`월 소득 200만
    원 미만 통근자는` makes the row `400만∼600만 원` under `[그래프] 월 소득별 …` stand for
    `월 소득 400만∼600만 원 통근자`; `금융 상장사의` makes `IT` stand for `IT 상장사`). An age
    band (`20대`) and a label that is a group already (`1인 가구`) stay as written; the row of
    the whole (`전체`) is a survey report's population."""
    if markets.AGE_BAND.fullmatch(label) or label.endswith(markets.GROUP_NOUNS):
        return label
    if state.population and label.split()[-1] == "전체":
        return state.population
    if heading.index not in state.chart_forms:
        state.chart_forms[heading.index] = _chart_form(state, heading)
    form = state.chart_forms[heading.index]
    return f"{form[0]}{label}{form[1]}" if form else label


def _chart_form(state: State, heading: View) -> tuple[str, str] | None:
    """The words before and after a chart's row labels where the text names one as a group:
    the caption's dimension, where the text writes it before the label, and up to one word
    and a noun of people or firms after it."""
    rows = [v for v in state.views if v.block == heading.block and v is not heading and v.quantities]
    labels = {state.text[v.start : row_values(state.text, v)].strip() for v in rows}
    labels = sorted((label for label in labels if label and not markets.AGE_BAND.fullmatch(label)), key=len, reverse=True)
    if not labels:
        return None
    dimension = _DIMENSION.match(state.text, heading.start, heading.end)
    before = f"{dimension.group(1)} " if dimension else None
    chart_end = rows[-1].end
    # The text around the chart, so that an article of many charts is read once per chart's
    # neighbourhood, not whole for each.
    pattern = re.compile(rf"(?<!\S)(?:{'|'.join(map(re.escape, labels))}) ")
    for found in pattern.finditer(state.text, max(heading.start - _NEAR, 0), chart_end + _NEAR):
        if heading.start <= found.start() < chart_end:
            continue
        for count, word in enumerate(state.text[found.end() : found.end() + 40].split()[:2]):
            stem = _WORD.match(word)
            noun = _PARTICLE_END.sub("", stem.group()) if stem else ""
            if noun.endswith(markets.GROUP_NOUNS) or len(noun) > 1 and noun[-1] in markets.PERSON_SUFFIXES or (
                    markets.INDUSTRY_WORDS.get(noun) == "generic"):  # `반도체·전자부품 업종은`
                if stem.group().endswith(("을", "를")):
                    break  # `유럽 고객을 잃을 수 있다`: a group acted on, not one the text gives figures of
                following = state.text[found.end() :].split()[count + 1 : count + 2]
                if following and (staff := _PARTICLE_END.sub("", following[0])) in markets.STAFF_NOUNS:
                    count, noun = count + 1, staff  # `50인 미만 기업 직원은`: the firms' employees
                middle = state.text[found.end() :].split()[:count]
                prefix = before if before and state.text.endswith(before, 0, found.start()) else ""
                return prefix, " " + " ".join([*middle, noun])
    return None


# A table's column head whose cells name a party of each row's deal, and that party's event.
DEAL_COLUMNS = lexicon.mapping("deal_column")
# A table's column head whose cells date an event of the company each row opens with.
DATED_COLUMNS = lexicon.mapping("dated_column")


def deal_party(state: State, view: View) -> Draft | None:
    """The event of the party a table's row names in a column of deal parties (`콩담바이오랩⇥
    시리즈B⇥320억 원⇥한누리벤처파트너스` under `기업⇥라운드⇥금액⇥주도 투자사`: the lead
    invested), dated by a date in the row, else by the caption's."""
    found = _column(state, view, DEAL_COLUMNS, lambda head: head.split()[-1])
    if found is None:
        return None
    heading, kind, start, end = found
    party = next((e for e in view.entities if start <= e.start < end and e.label in ("ORG", "PERSON")), None)
    dated = [d for d in view.dates if "X" not in d.value]
    date, date_view = (dated[0], view) if dated else (heading.dates[-1], heading) if heading.dates else (None, None)
    if party is None or date is None:
        return None
    actor = actor_of(party, view.index)
    # The row's money stays the row's company's metric (the money it raised), not the event's.
    return Draft("event", party.start, view, actor, predicate=kind, date=date, sources=sources(state, view, actor, date_view))


def dated_event(state: State, view: View) -> Draft | None:
    """The event a table's column of dates gives the company its row opens with (`곁드림⇥2020년⇥
    230억 원` under `회사⇥설립⇥누적 투자`: founded in 2020)."""
    found = _column(state, view, DATED_COLUMNS, str.strip)
    if found is None:
        return None
    _, kind, start, end = found
    company = next((e for e in view.entities if e.start == view.start and e.label == "ORG"), None)
    date = next((d for d in view.dates if start <= d.start < end and "X" not in d.value), None)
    if company is None or date is None:
        return None
    actor = actor_of(company, view.index)
    return Draft("event", company.start, view, actor, predicate=kind, date=date, sources=sources(state, view, actor, view))


def _column(state: State, view: View, columns: dict[str, str], key: Callable[[str], str]) -> tuple[View, str, int, int] | None:
    """``(caption, event kind, cell start, cell end)`` of the first column of a table's row
    whose head (as ``key`` reads it) is one of ``columns``."""
    heading = caption(state, view)
    header = state.views[heading.index + 1] if heading is not None and heading.index + 1 < len(state.views) else None
    if header is None or header is view or header.block != view.block:
        return None
    heads = CELLS.split(state.text[header.start : header.end])
    column, kind = next(((i, columns[key(h)]) for i, h in enumerate(heads) if h.split() and key(h) in columns), (None, None))
    bounds = [0, *(m.end() for m in CELLS.finditer(state.text, view.start, view.end))]
    if column is None or column >= len(bounds):
        return None
    start = view.start + bounds[column] if column == 0 else bounds[column]
    end = next((m.start() for m in CELLS.finditer(state.text, start, view.end)), view.end)
    return heading, kind, start, end
