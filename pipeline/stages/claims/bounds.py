"""Figures that bound a class, no measured value of anyone: a threshold a relative clause
picks things out by (`참석자가 10명을 넘는 회의는`, `월 매출 2억 원이 넘는 점포는`), the top or
bottom of a ranking (`매출 상위 20개 제약사`, `하위 25% 기업`), the bound that picks out a group
(`3개 이상을 구독하는 응답자`)."""

from __future__ import annotations

from bisect import bisect_left

from pipeline.schema import Quantity
from pipeline.stages.claims import lexicon, markets
from pipeline.stages.claims.clauses import relative_start
from pipeline.stages.claims.views import View

# Verbs of passing or falling short of a mark.
THRESHOLD_VERBS = lexicon.words("threshold_verb")
# Nouns of a period a figure is counted over (`하루 3000건이 넘는 배송`), which name no measure.
PERIOD_NOUNS = lexicon.words("period_noun")
# Nouns that name the amount a figure is (`10억 유로가 넘는 금액을 제시했다`): its value, no class.
AMOUNT_NOUNS = lexicon.words("amount_noun")
# Words before a figure that make it the top or bottom of a ranking.
RANKING_ENDS = lexicon.words("ranking_end")


def ranks_a_class(view: View, quantity: Quantity) -> bool:
    """Whether a figure follows `상위` or `하위` (`매출 상위 20개 제약사 가운데 9곳이`, `하위 25%
    기업보다`): how far down a ranking a class reaches, no count or share of anyone."""
    figure = view.token_at(quantity.start)
    return figure > 0 and view.tokens[figure - 1].lemma in RANKING_ENDS


def sets_a_threshold(view: View, quantity: Quantity) -> bool:
    """Whether a figure is the mark of a relative clause that says which things a noun means:
    the clause has a subject of its own before the figure (`직속 부하가 15명을 넘는 관리자`,
    `보유액이 1억 원을 웃도는 응답자는`), or names the measure right before it (`월 매출 2억 원이
    넘는 대형 점포는`). A count of the noun itself stays (`전국에 400곳이 넘는 푸드뱅크`, `하루
    3000건이 넘는 배송`), and so does a verb that ends its sentence (`…이 1000억 원을 넘었다`)."""
    tokens = view.tokens
    index = bisect_left(view.starts, quantity.end)
    if index < len(tokens) and tokens[index].first in ("JKO", "JKS"):
        index += 1
    if index + 1 >= len(tokens) or tokens[index].lemma not in THRESHOLD_VERBS:
        return False
    adnominal = index if view.ending(index) else index + 1  # `넘는` is one token or two
    if view.ending(adnominal) != "ETM" or adnominal + 1 >= len(tokens):
        return False
    head = tokens[adnominal + 1]
    if head.first not in ("NNG", "NNB") or head.lemma in AMOUNT_NOUNS:
        return False  # a time the mark was passed (`200곳을 넘어선 2013년 5월`), the amount itself
    figure = view.token_at(quantity.start)
    start = relative_start(view, adnominal)
    own_subject = any(tokens[position].first == "JKS" for position in range(start, figure))
    before = tokens[figure - 1] if figure > start else None
    measure_before = before is not None and before.first == "NNG" and before.lemma not in PERIOD_NOUNS
    return own_subject or measure_before or _binned(view, adnominal + 1)


def _binned(view: View, head: int) -> bool:
    """Whether the noun a threshold picks out is the topic or subject of a clause that gives
    it a figure of its own (`20만 원을 넘는 거래는 6.8%였다`): a bin of a breakdown."""
    tokens = view.tokens
    end = head
    while end < len(tokens) and view.nominal(end) and tokens[end].first != "SN":
        end += 1
    if end >= len(tokens) or tokens[end].first not in ("JX", "JKS") or tokens[end].text not in ("은", "는", "이", "가"):
        return False
    clause_end = tokens[view.clause_end_from(end)].end
    return any(tokens[end].end < q.start < clause_end for q in view.quantities)


BOUND_WORDS = frozenset({"이상", "이하", "미만", "초과"})


def bounds_a_group(view: View, quantity: Quantity) -> bool:
    """Whether a figure bounds a relative clause that describes a group of people or firms
    (`3개 이상을 구독하는 응답자`, `플랫폼 2곳 이상에서 일감을 받는다는 응답자`, `10% 이상 늘어난
    기업은`): it picks out the group, and measures nothing of its own; not a target (`15조 엔
    이상으로 늘린다는`) nor what describes a name or a thing (`60% 이상을 벌어들이는 핵심 사업`)."""
    tokens = view.tokens
    index = bisect_left(view.starts, quantity.end)
    if index >= len(tokens) or tokens[index].text not in BOUND_WORDS:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    clause_end = tokens[view.clause_end_from(index)].end
    if following is not None and (following.text == "(" or following.last in ("JKS", "JX") and (
            following.text[-1] in "이가은는") or following.first == "NNG" and following.start > tokens[index].end and (
            following.lemma.endswith((*markets.GROUP_NOUNS, *markets.PEOPLE_ENDINGS)))) and any(
            quantity.end < q.start < clause_end for q in view.quantities):
        return True  # a group its bound names, with a figure of its own after (`3억 원 미만이 0.9%로`)
    for position in range(index + 1, len(tokens) - 1):
        if view.ending(position) == "ETM":
            following = tokens[position + 1]
            return following.first == "NNG" and following.lemma.endswith((*markets.GROUP_NOUNS, *markets.PEOPLE_ENDINGS))
        if view.ending(position) in ("EC", "EF") or tokens[position].first in ("SN", "SF", "SP"):
            return False
    return False
