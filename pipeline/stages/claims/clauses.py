"""Which kind of clause a phrase's particle stands in: a relative clause that describes a
noun (`포근랩스가 개발한 밴드`), or the time when of its sentence (`…했을 때`); and where a
relative clause begins; and which token ends the verb an event word makes."""

from __future__ import annotations

from pipeline.stages.claims import lexicon
from pipeline.stages.claims.markets import PART_OF
from pipeline.stages.claims.phrases import LIST_MARKS
from pipeline.stages.claims.views import View

# Nouns after an adnominal that make its clause the time when (`…했을 때`).
WHEN_NOUNS = lexicon.words("when_noun")
# Verbs whose connective form works as a postposition (`플랫폼을 통해`) inside a relative clause.
POSTPOSITION_VERBS = lexicon.words("postposition_verb")


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


def relative_start(view: View, adnominal: int) -> int:
    """Where the relative clause that ends at ``adnominal`` begins: after a topic, a place of
    `에서`, a part noun, a comma, a list item's mark (`• 온보딩 버디를 배정받은 신입`) or the clause
    before (`신규 가입자 가운데 은행 계좌 없이 … 들어온 고객`); a clause within it stays (`줄 그은
    정가를 함께 본 고객`), and so does a verb an auxiliary follows (`배정받지 않은 신입`)."""
    start = adnominal
    while start > 0:
        token = view.tokens[start - 1]
        if token.first == "JX" or token.text in ("에서", ",", *LIST_MARKS) or token.lemma in PART_OF or (
                view.ending(start - 1) in ("EC", "EF") and token.lemma not in POSTPOSITION_VERBS
                and view.tokens[start].first != "VX"):
            break
        start -= 1
    return start


def verb_end(view: View, index: int) -> int:
    """The token that carries the ending of the verb an event word at ``index`` makes: the
    light verb glued after a verbal noun (`설립`+`한`), else the word itself (`세운`)."""
    following = index + 1
    return following if following < len(view.tokens) and view.tokens[following].first == "XSV" else index
