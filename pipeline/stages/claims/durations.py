"""Whether a duration is a measured value (SPEC §6): a time a clause measures (`배송 시간`,
`3∼4년이 걸린다`) or one a time changed by (`1.2시간 늘었다`), not the time frame of another
fact (`5년 만에`, `지난 5년간`) nor a time the story narrates (`10년 넘게 준비해 온`)."""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.schema import Quantity
from pipeline.stages.claims import lexicon
from pipeline.stages.claims.views import View

DURATION_MEASURES = lexicon.mapping("duration_measure")
# Verbs of which a duration right before is the amount a time changed by.
CHANGE_VERBS = lexicon.words("change_verb")

# Words after a duration that make it the time frame of another fact
# (`5년 만에 성장했다`, `지난 5년간`), not a measured value.
TIME_FRAME_AFTER = re.compile(r"\s*(?:만에|만의|동안|사이|새|째|뒤|후|전|이후|이전)(?:의|에|보다)?(?![가-힣])")
# Words after a duration that make it a bound of a group or a measure's name (`입사 1년 미만`,
# `1년 내 퇴사율`, `경력 5년 이상`, `1년 유지율`), not a value.
BOUND_AFTER = re.compile(r"\s*(?:내|이내|미만|이상|이하|초과|유지율|이직률|퇴사율)(?![가-힣])")


def measured(text: str, view: View, quantity: Quantity) -> bool:
    """Whether a duration is a value its clause measures or a change of a time, rather than a
    time frame (`3년간`, not `33.1시간`; `5년 만에`)."""
    if quantity.text.endswith("간") and not quantity.text.endswith("시간") or TIME_FRAME_AFTER.match(text, quantity.end):
        return text.endswith("평균 ", 0, quantity.start)  # `평균 40분 동안`: an average, a measure
    if BOUND_AFTER.match(text, quantity.end):
        return False
    return _measures_time(view, view.token_at(quantity.start)) or _time_changed_by(view, quantity)


def _measures_time(view: View, index: int) -> bool:
    """Whether the clause of the duration at ``index`` measures a time (`배송 시간`,
    `3∼4년이 걸린다`), rather than narrating one (`10년 넘게 준비해 온`, `합치는 데만 1년이
    걸렸다`: what it took once is the story's)."""
    start, end = view.clause_start(index), view.clause_end_from(index)
    # a word marked `topic` measures only as what its clause is about (`근무 시간은 62.4시간`)
    about = {i for p in view.phrases if p.role in ("topic", "subject") and start <= p.first and p.last <= end
             for i in range(p.first, p.last + 1)}
    if any(
        lexicon.names(view.tokens[i].lemma, word) and not (kind == "present" and view.tokens[i].past)
        and (kind != "topic" or i in about)
        for i in range(start, end + 1) for word, kind in DURATION_MEASURES.items()
    ):
        return True
    # A list's later items, with no verb but the copula, take the first item's verb (`배달 라이더가
    # 54.3시간으로 가장 길었고 프리랜서는 46.8시간, 대리운전 기사는 41.2시간이었다`).
    # A clause with no topic or subject of its own goes on with the one before (`재고회전일수는
    # 2023년 131일로 줄었고, 지난해에는 97일까지 내려갔다`).
    verbless = not any(token.first in ("VV", "VA") for token in view.tokens[start : end + 1])
    continued = not any(p.role in ("topic", "subject") and start <= p.first <= end for p in view.phrases)
    return (verbless or continued) and start > 0 and _measures_time(view, start - 1)


def _time_changed_by(view: View, quantity: Quantity) -> bool:
    """Whether a duration is what a time changed by (`지난해 조사보다 1.2시간 늘었다`), alone or
    as an item of a list of such whose last the change verb follows (`경기 거주 통근자는 3분,
    인천 거주 통근자는 4분 늘었다`)."""
    end = view.tokens[view.clause_end_from(view.token_at(quantity.start))].end
    last = max((q for q in view.quantities if q.kind == "duration" and quantity.start <= q.start < end),
               key=lambda q: q.start)
    after = bisect_left(view.starts, last.end)
    return after < len(view.tokens) and view.tokens[after].lemma in CHANGE_VERBS
