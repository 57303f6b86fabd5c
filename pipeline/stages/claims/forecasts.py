"""Figures foretold, no claims (SPEC §6, gold guide): the author's forecast (`…할 것이다`), a
source's (`…전망이다`, `…로 내다봤다`), a table's column headed as one (`2024년(전망)`)."""

from __future__ import annotations

from bisect import bisect_left

from pipeline.schema import Quantity
from pipeline.stages.claims import lexicon
from pipeline.stages.claims.dating import column_header
from pipeline.stages.claims.state import State
from pipeline.stages.claims.views import View

# A forecast of the author: `…할 것이다`, `…할 것으로 보인다`, `…전망이다`.
FORECAST_HEAD = "것"

FORECAST_NOUNS = lexicon.words("forecast_noun")


def forecast(state: State, view: View, quantity: Quantity) -> bool:
    """Whether the clause of a quantity foretells it (`…에 달할 것이다`,
    `…을 투자하겠다고`) or a table's header does so for its column (`2024년(전망)`)."""
    if (header := column_header(state.text, view, quantity)) and any(word in header[1] for word in FORECAST_NOUNS):
        return True
    tokens = view.tokens
    for index in range(bisect_left(view.starts, quantity.end), len(tokens)):
        token = tokens[index]
        if token.lemma in FORECAST_NOUNS or ("EP" in token.tags and "겠" in token.text):
            return True
        if token.adnominal_future and index + 1 < len(tokens) and tokens[index + 1].text == FORECAST_HEAD:
            return True
        if view.clause_end(index):
            return False
    return False
