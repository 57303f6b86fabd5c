"""A news headline's figures (gold guide: a headline states claims as a paragraph does):
whose each is, where a headline has no particles to read its clauses by."""

from __future__ import annotations

import re

from pipeline.stages.claims import figures, forecasts
from pipeline.stages.claims.actors import Actor, actor_of
from pipeline.stages.claims.state import State
from pipeline.stages.claims.views import View

# What parts a headline after a figure (`512억 원 ‘분기 최대’, 보라매항공은 …`, `892억 원·고루커머스 434억 원`).
PART_COMMA = re.compile(r"[^…,·]{0,12},|·")
# A figure of the name an adnominal after it describes (`면세 매출 41% 줄어든 미솔코스메틱`).
DESCRIBED_AFTER = re.compile(r"\s[가-힣]*[은는든한된인운던]\s")
# A deal's sum in a headline (`2450억 원에 인수`, `2830억 원 공급 계약`): its event's, no metric.
DEAL_SUM = re.compile(r"\s?(?:에|을|를|어치|규모)?\s?(?:[가-힣]+\s)?(?:인수|공급|계약|매각|수주)")


def opening_company(state: State, view: View) -> Actor | None:
    """The organisation a headline opens with, no particle after it (`청명금융 3분기 순익 1.2조 원
    ‘분기 최대’`, `한누리, 해오름 지분 82% …`; not a subtitle's sentence, `한바다무역연구원이 …`)."""
    first = next((e for e in view.entities if e.start == view.start), None)
    if first is None or first.label != "ORG" or not state.text.startswith((" ", ","), first.end):
        return None
    return actor_of(first, view.index)


def metrics(state: State, view: View) -> None:
    """A news headline's measured figures (gold guide): each is the organisation its part of the
    headline (between `…` and `,`) opens with, else the one the headline opens with: a
    headline has no particles to read its clauses by (`에어라온 3분기 영업익 512억 원 ‘분기 최대’,
    보라매항공은 적자 전환`)."""
    opening = opening_company(state, view)
    for quantity in view.quantities:
        if not figures.is_measured(state, view, quantity, False) or forecasts.forecast(state, view, quantity) or (
                DEAL_SUM.match(state.text, quantity.end)):
            continue  # a deal's sum is its event's (`2450억 원에 인수`)
        # A comma or a middle dot after a figure parts the headline; a comma after its opening name marks that name.
        part = max([state.text.rfind("…", view.start, quantity.start), *(
            q.end for q in view.quantities if q.end < quantity.start and PART_COMMA.match(state.text, q.end))])
        named = [e for e in view.entities if e.label == "ORG" and max(part, view.start) <= e.start < quantity.start] or [
            e for e in view.entities if e.label == "ORG" and DESCRIBED_AFTER.fullmatch(state.text, quantity.end, e.start)]
        figures.metric(state, view, quantity, None, actor_of(named[0], view.index) if named else opening)
