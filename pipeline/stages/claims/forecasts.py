"""Figures foretold, no claims (SPEC §6, gold guide): the author's forecast (`…할 것이다`), a
source's (`…전망이다`, `…로 내다봤다`), a table's column headed as one (`2024년(전망)`), a
chart's row of a year after the issue's."""

from __future__ import annotations

from bisect import bisect_left

from pipeline.schema import Quantity
from pipeline.stages.claims import charts, lexicon, surveys
from pipeline.stages.claims.owners import SHARE_AS_SUBJECT
from pipeline.stages.claims.dating import column_header
from pipeline.stages.claims.plans import FORECAST_NOUNS, PLAN_WORDS, future, past, target_price
from pipeline.stages.claims.state import State
from pipeline.stages.claims.views import View

# A forecast of the author: `…할 것이다`, `…할 것으로 보인다`, `…전망이다`.
FORECAST_HEAD = "것"

# Connective endings across which a forecast at the end of a sentence reaches back.
FORETOLD_ON = lexicon.words("joining_ending") | lexicon.words("forecast_ending")


def forecast(state: State, view: View, quantity: Quantity) -> bool:
    """Whether the clause of a quantity foretells it (`…에 달할 것이다`,
    `…을 투자하겠다고`), a broker's target price (`목표주가를 … 올렸다`), or a table's header does so
    for its column (`2024년(전망)`)."""
    if (header := column_header(state.text, view, quantity)) and any(word in header[1] for word in FORECAST_NOUNS):
        return True
    if (row := next((d for d in view.dates if d.start == view.start), None)) and future(state, row) and (
            charts.chart_row(state, view) is not None):
        return True  # `2030년 20000` under `[그래프] 국내 모듈러 건축 시장 규모`: a row after the year
    if quantity.unit == "%" and SHARE_AS_SUBJECT.match(state.text, quantity.end) and surveys.finding(state, view):
        return False  # `응답자의 81.2%는 다음에도 … 사겠다고 답했다`: the share that answers so, now
    tokens = view.tokens
    first, last = view.clause_start(view.token_at(quantity.start)), view.clause_end_from(view.token_at(quantity.start))
    if any(target_price(view, index) for index in range(first, last + 1) if tokens[index].lemma in PLAN_WORDS):
        return True  # `목표주가를 16만 원에서 19만 원으로 올렸다`
    for index in range(bisect_left(view.starts, quantity.end), len(tokens)):
        token = tokens[index]
        if token.lemma in FORECAST_NOUNS or ("EP" in token.tags and "겠" in token.text):
            return True
        if token.adnominal_future and index + 1 < len(tokens) and tokens[index + 1].text == FORECAST_HEAD:
            return True
        if view.clause_end(index) and not _foretold_on(state, view, index):
            return False
    return False


def _foretold_on(state: State, view: View, end: int) -> bool:
    """Whether the forecast of a later clause also speaks for the clause that ends at ``end``:
    an untensed conjunct (`구독 수가 2.5개 안팎으로 소폭 줄고, … 35%를 넘어설 것으로 내다봤다`), an
    adverb (`20% 넘게 커질 것으로`) or what is said (`26%까지 오를 수 있다고 내다봤다`); not a clause
    told in the past (`매출은 지난해 23억 원이었고, 회사는 …`) or dated so (`지난해 약 248억 달러로
    추산되고, 2028년에는 …`)."""
    if view.tokens[end].text not in FORETOLD_ON or view.in_past(start := view.clause_start(end), end):
        return False
    clause = range(view.tokens[start].start, view.tokens[end].end)
    return not any(date.start in clause and past(state, date) for date in view.dates)
