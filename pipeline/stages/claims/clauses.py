"""Which kind of clause a phrase's particle stands in: a relative clause that describes a
noun (`포근랩스가 개발한 밴드`), or the time when of its sentence (`…했을 때`)."""

from __future__ import annotations

from pipeline.stages.claims import lexicon
from pipeline.stages.claims.views import View

# Nouns after an adnominal that make its clause the time when (`…했을 때`).
WHEN_NOUNS = lexicon.words("when_noun")


def in_relative_clause(view: View, particle: int) -> bool:
    """Whether the clause of a particle ends in an adnominal or nominal ending
    (`포근랩스가 개발한 밴드`): a relative clause, not the sentence's own. A clause of the time
    when (`가족 지배 기업이 … 발표했을 때 3일 누적초과수익률은`) is the sentence's situation:
    its subject is whose the figures are."""
    for index in range(particle + 1, len(view.tokens)):
        ending = view.ending(index)
        if ending:
            return ending in ("ETM", "ETN") and not _when(view, index)
    return False


def in_when_clause(view: View, particle: int) -> bool:
    """Whether the clause of a particle is the time when of the sentence (`…했을 때`)."""
    end = next((i for i in range(particle + 1, len(view.tokens)) if view.ending(i)), None)
    return end is not None and view.ending(end) == "ETM" and _when(view, end)


def _when(view: View, index: int) -> bool:
    return index + 1 < len(view.tokens) and view.tokens[index + 1].lemma in WHEN_NOUNS
