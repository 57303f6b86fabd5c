"""Plan claims: a plan word or a declared intention, the figures it targets, and its
actor and date (SPEC §6, the gold guide's plans)."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import takewhile

from pipeline.schema import DateRecord, Quantity
from pipeline.stages.claims import lexicon, owners, predicates
from pipeline.stages.claims.actors import Actor
from pipeline.stages.claims.dating import CHANGE_FROM, FACILITIES, paired_date
from pipeline.stages.claims.state import Draft, State, actor_at, sources, tied_date
from pipeline.stages.claims.views import View
from pipeline.stages.entities.mentions import CLOSING_QUOTES
from pipeline.stages.mentions import POSITION_WORDS


# A plan needs one of these words (SPEC §6).
PLAN_WORDS = lexicon.words("plan_word")
# `…전망이다`, `…로 내다봤다`: a forecast (forecasts.py reads them too).
FORECAST_NOUNS = lexicon.words("forecast_noun")
# What a plan word glued before makes a broker's target (`목표주가`).
SHARE_PRICE = lexicon.words("share_price")

# Verbs that declare an intention stated before them (`…하겠다고 밝혔다`).
DECLARING_VERBS = lexicon.words("declaring_verb")
# Verbs that say a quoted intention (`“…늘리겠다”고 말했다`): a plan word for its figures only.
SAYING_VERBS = lexicon.words("saying_verb")

# Words of an announcement, whose clause beside a plan tells of it (`‘…전략’을 발표하고`).
ANNOUNCING = frozenset(word for word, kind in lexicon.mapping("event_noun").items() if kind == "announced")

# A figure right after these is the value now, a plan's start (`현재 23명인 직원도`, `아직 8%에 불과하지만`).
NOW_BEFORE = re.compile(r"(?<![가-힣])(?:현재|지금|아직)\s*$")
# A figure the planner is now, in the words that describe it (`업계 1위인 글라스타운은 … 팔겠다고`).
WHAT_IT_IS = re.compile(r"인\s+")

# Verbs whose object a plan word is when the plan was reached (`목표를 1년 앞당겨 넘어섰다`).
PLAN_REACHED = lexicon.words("plan_reached")

# A figure that a sentence aims at: `60%까지`, `1000억 원으로`.
TARGET = re.compile(r"\s*(?:까지|으로|로)(?![가-힣])")

def past_clause(state: State, view: View, quantity: Quantity, plan_word: int) -> bool:
    """Whether the clause of a quantity is told in the past (`기록했으며`): a
    fact beside the plan, not its target."""
    start = view.token_at(quantity.end - 1) + 1
    return _told_in_past(view, start, min(view.clause_end_from(start) + 1, plan_word))


def _date_after(view: View, quantity: Quantity, plan_word: int) -> DateRecord | None:
    """The date a plan sets after its figure, before the plan word (`850억 원을 들여 … 지어 2027년
    상반기부터 가동할 계획이다`): the target's time, where none stands before the figure."""
    end = view.tokens[plan_word].start
    return next((d for d in view.dates if quantity.end <= d.start < end and not view.quoted(d.start)), None)


def plan_claims(state: State, view: View, plan_word: int, measured: list[Quantity], fallback: Actor | None) -> None:
    """The claims of a plan word: a plan (or, beside it, a current metric) per figure it
    targets, else one plan of what it states."""
    actor = actor_at(state, view, view.tokens[plan_word].start, fallback)
    if state.interview and not view.interviewer and (actor is None or actor.label in (None, "LOCATION", "PRODUCT", "EVENT")
                                                     or actor.sentence != view.index and not actor.name.startswith(state.about or "")):
        actor = state.about_actor(view) or actor  # an answer's plan, named by no one else in it: the interviewee's company's
    if actor is None:
        return  # no one's plan: the author's own forecast
    company = state.organisation_of(actor, view)  # a plan is the company's (SPEC §6)
    reached = _reached(view, plan_word)
    # A declared intention is dated by its declaration (`2008년 말, … 닫겠다고 발표해`).
    declared = view.tokens[plan_word].lemma in DECLARING_VERBS
    targets = []
    for quantity in measured:
        # The planned capacity of a plant not yet built is an undated metric (gold guide).
        capacity = _capacity_of_a_facility(view, quantity)
        date = None if capacity else paired_date(state, view, quantity) or tied_date(state, view, before=quantity.start)[0]
        # Where a plan changes a value (`지금의 60%에서 2027년까지 80%로`, `현재 23명인 직원도 …
        # 40명으로`), its start is now.
        # A target reached gives values reached, but for the target stated (`목표(135억 달러)를 채웠다`).
        reached_value = reached and not stated_target(view, quantity)
        baseline = capacity or reached_value or past_clause(state, view, quantity, plan_word) or CHANGE_FROM.match(
            state.text, quantity.end) or NOW_BEFORE.search(state.text, view.start, quantity.start) or _describes_a_name(
            state, view, quantity) or (
                date is not None and (date.qualifier == "as_of" or past(state, date) and not declared))
        if not baseline and date is None and not capacity:
            date = _date_after(view, quantity, plan_word)
        draft = Draft(
            "metric" if baseline else "plan", quantity.start, view, company,
            predicate=predicates.measure(state, view, quantity), quantity=quantity, date=date,
            sources=sources(state, view, actor, None),
        )
        state.drafts.append(draft)
        targets.append(draft)
    if reached or not _states_a_plan(view, plan_word) or view.tokens[plan_word].lemma in SAYING_VERBS:
        return  # a quoted intention said (`“… 늘리겠다”고 말했다`) is a plan for its figures only
    if declared and any(d.type == "event" for d in takewhile(lambda d: d.view is view, reversed(state.drafts))):
        return  # `… 공장을 짓겠다고 발표했다`: the announced investment is the claim (gold guide)
    if not any(d.type == "plan" for d in targets):  # one plan of what the plan word states
        state.drafts.append(Draft(
            "plan", view.tokens[plan_word].start, view, company, predicate=predicates.plan_content(state, view, plan_word),
            date=plan_date(state, view, plan_word), sources=sources(state, view, actor, None),
        ))
        return
    # Beside figures, each joined clause that holds none is a plan of its own (`2026년까지 …
    # 공방을 짓고 장인을 3000명으로 늘릴 계획`): dated by its own date, else the plan's deadline.
    deadline = _deadline(state, view)
    for first, after in _joined_clauses(view, plan_word):
        start, end = view.tokens[first].start, view.tokens[after - 1].end
        if any(start <= q.start < end for q in view.quantities) or _told_in_past(view, first, after) or any(
            view.tokens[i].lemma in DECLARING_VERBS | ANNOUNCING for i in range(first, after)
        ):
            continue  # a figure's clause, or a fact beside the plan (`시제품을 선보였고`, `전략을 발표하고`)
        own = next((d for d in view.dates if start <= d.start < end and not view.quoted(d.start)), None)
        state.drafts.append(Draft(
            "plan", view.tokens[after - 1].start, view, company, predicate=predicates.plan_content(state, view, after),
            date=own or deadline, sources=sources(state, view, actor, None),
        ))


def _describes_a_name(state: State, view: View, quantity: Quantity) -> bool:
    """Whether the figure is what a name right after it is now (`업계 1위인 글라스타운은`)."""
    described = WHAT_IT_IS.match(state.text, quantity.end)
    return described is not None and any(e.start == described.end() for e in view.entities)


def _capacity_of_a_facility(view: View, quantity: Quantity) -> bool:
    """Whether a figure sizes a facility (`연산 100GWh 규모의 공장`, `3300㎡ 규모의 농장`)."""
    after = view.token_at(quantity.end - 1) + 1
    return any(token.lemma in FACILITIES for token in view.tokens[after : after + 3])


def _told_in_past(view: View, first: int, after: int) -> bool:
    """Whether tokens ``first`` to ``after`` hold a past tense (`기록했으며`), not `-겠-`."""
    return any("EP" in view.tokens[i].tags and "겠" not in view.tokens[i].text and i not in view.named
               for i in range(first, after))


def _joined_clauses(view: View, plan_word: int) -> list[tuple[int, int]]:
    """``(first, after)`` token ranges of the clauses a plan word closes, joined by `-고`/`-며`
    (`공방을 짓고`, `계정을 열고,`); other clause endings join a clause to the next
    (`622조 원을 들여 … 조성할`), and `-고 있다` is no joint. A plan word in quoted speech has
    its clauses in its own quotation: one before it is other speech (`“… 합니다”라며 “… 늘릴
    계획입니다”`)."""
    tokens = view.tokens
    plan_start = tokens[plan_word].start
    own = view.quotation_at(plan_start)
    opening = own[0] if own else view.start
    joints = [
        index for index in range(bisect_left(view.starts, opening), plan_word - 1)
        if view.clause_end(index) and view.ending(index) == "EC" and tokens[index].text.endswith(("고", "며"))
        and tokens[index + 1].first != "VX"
    ]
    firsts = [bisect_left(view.starts, opening), *(joint + 1 for joint in joints)]
    return list(zip(firsts, [*(joint + 1 for joint in joints), plan_word]))


def _reached(view: View, plan_word: int) -> bool:
    """Whether the plan word is the object of a verb that says it was reached (`68%까지
    높아져 … 내건 목표를 1년 앞당겨 넘어섰다`): the figures are then values reached. Not
    where reaching it is a condition (`목표를 달성하면`). So is a part of it reached (`연간 수주
    목표(97억 달러)의 75%를 채웠다`)."""
    if not (_object_of_a_verb(view, plan_word) or "JKG" in _tags_on(view, plan_word)):
        return False
    for index in range(plan_word + 1, len(view.tokens)):
        if view.tokens[index].lemma in PLAN_REACHED:
            return not view.supposes(index)
        if view.ending(index) == "EF":
            break
    return False


def plan_date(state: State, view: View, plan_word: int) -> DateRecord | None:
    """When a plan without a figure is to happen: its deadline (`2030년까지`), else the nearest
    date before the plan word that is not past (`올해 하반기 … 내놓을 계획이다`, `내년 초 … 선정할
    계획이다`), or, where the plan word is a verb's object, the announcement's date before it,
    past or not (`2020년 3월 … 계획을 발표했다`), else a later year."""
    dates = [d for d in view.dates if not view.quoted(d.start)]
    if (deadline := _deadline(state, view)) is not None:
        return deadline
    position = view.tokens[plan_word].start
    announced = _object_of_a_verb(view, plan_word)
    # an announced plan (`2020년 3월 … 전환하겠다는 계획을 발표했다`) has its announcement's date
    before = [d for d in dates if d.end <= position and (announced or not past(state, d))]
    if before:
        return before[-1]
    return next((d for d in dates if future(state, d)), None) or tied_date(state, view)[0]


# `까지` after a date's position word (`내년 말까지`), which the date's qualifier keeps instead.
_BY_AFTER_POSITION = re.compile(rf" ?(?:{'|'.join(POSITION_WORDS)})까지")


def _deadline(state: State, view: View) -> DateRecord | None:
    """The first date the sentence (outside quotations) sets as a deadline: `2030년까지`, and
    `내년 말까지`, whose qualifier says the year's end."""
    return next((d for d in view.dates if not view.quoted(d.start)
                 and (d.qualifier == "by" or _BY_AFTER_POSITION.match(state.text, d.end))), None)


def _states_a_plan(view: View, plan_word: int) -> bool:
    """Whether the plan word states what is planned: after the clause it names (`내놓을
    계획이다`, `늘리겠다는 목표를 세웠다`) or the plan's name (`‘카본 프리 2030’ 계획`), as
    what is aimed at (`2025년 가동을 목표로`), or as the topic of what follows (`올해 목표는
    흑자 전환이다`); not a plan referred to (`이 계획에 돈을 걸었다`, `목표를 넘어섰다`)."""
    before = view.tokens[plan_word - 1] if plan_word else None
    if before is not None and before.text in CLOSING_QUOTES or view.tokens[plan_word].lemma in DECLARING_VERBS:
        return True  # `“…”는 계획`, `탄소중립을 이루겠다고 선언했다`
    if before is not None and view.ending(plan_word - 1) == "ETM":
        return not before.adnominal_past  # `상태에서 내놓은 계획은`: a plan referred to
    if before is not None and before.last == "JKS" and "VCP" in _tags_on(view, plan_word):
        return not view.supposes(plan_word)  # `2027년 하반기 가동이 목표다`: its subject is what is aimed at
    following = view.tokens[plan_word + 1] if plan_word + 1 < len(view.tokens) else None
    if following is not None and following.text == "대로":
        return False  # `계획대로 된다면`: as planned
    aimed = following is not None and following.text in ("로", "으로")
    return aimed or "JX" in _tags_on(view, plan_word) and (before is None or before.first != "MM")


def _object_of_a_verb(view: View, index: int) -> bool:
    """Whether the word at ``index`` carries an object particle (`계획을`)."""
    return "JKO" in _tags_on(view, index)


def _tags_on(view: View, index: int) -> set[str]:
    """The tags after the head of token ``index``, and the tag of the token after it (past
    a bracket right after it: `목표(135억 달러)를`): the particle a word carries, glued into
    its token or not."""
    after = view.past_gloss(index + 1)
    following = view.tokens[after] if after < len(view.tokens) else None
    return set(view.tokens[index].tags[1:]) | ({following.first} if following is not None else set())


def stated_target(view: View, quantity: Quantity) -> bool:
    """Whether a figure alone in brackets right after a plan word states the target
    (`올해 목표(135억 달러)를 채웠다`)."""
    opening = owners.opening_bracket(view, quantity)
    return opening is not None and view.tokens[opening - 1].lemma in PLAN_WORDS


def find_plan_word(state: State, view: View) -> int | None:
    """The sentence's last plan word (`목표 총 거래액을 … 확대하겠다는 계획을`
    → `계획`): it closes the plan. One in quoted speech counts where the quotation holds
    a figure (`“… 105억 원을 … 개발에 쓸 계획”이라고 밝혔다`)."""
    found = None
    for index, token in enumerate(view.tokens):
        if token.lemma in PLAN_WORDS and token.first == "NNG" and not (_planned_thing(view, index) or target_price(view, index)):
            quote = view.quotation_at(token.start)
            if quote is None or any(quote[0] <= q.start < quote[1] for q in view.quantities):
                found = index
    if found is not None:
        return found
    declared = _declared_intention(view)
    if declared is None and state.interview and not (view.asks or view.interviewer):
        return _answered_intention(state, view)
    return declared


def target_price(view: View, index: int) -> bool:
    """Whether the plan word at ``index`` opens a broker's target price (`목표주가`): its
    forecast of a share's price, no one's plan (gold guide)."""
    following = view.tokens[index + 1] if index + 1 < len(view.tokens) else None
    return following is not None and following.start == view.tokens[index].end and following.lemma in SHARE_PRICE


def _planned_thing(view: View, index: int) -> bool:
    """Whether the plan word at ``index`` is a verb's stem that describes a noun (`계획된 면담이
    실제로 열린 비율`, `목표한 물량`): a thing planned before, no plan stated."""
    return index + 1 < len(view.tokens) and view.tokens[index + 1].first == "XSV" and view.ending(index + 1) == "ETM"


def _declared_intention(view: View) -> int | None:
    """The verb that declares an intention (`…늘리겠다고 밝혔다`, `“…끌어올리겠다”고 밝혔다`):
    the gold guide's plan word where no plan noun stands."""
    for index, token in enumerate(view.tokens):
        if token.lemma in DECLARING_VERBS | SAYING_VERBS and index >= 2 and view.tokens[index - 1].text in ("고", "다고", "라고") \
                and any("겠" in t.text for t in view.tokens[max(index - 4, 0) : index]) and (
                    token.lemma in DECLARING_VERBS or _quoted_figure(view, index)):
            return index
    return None


def _quoted_figure(view: View, index: int) -> bool:
    """Whether the quotation right before token ``index`` holds a figure."""
    quote = view.quotation_at(view.tokens[index - 2].start)
    return quote is not None and any(quote[0] <= q.start < quote[1] for q in view.quantities)


def _answered_intention(state: State, view: View) -> int | None:
    """The `-겠-` that ends an interviewee's answer stating a target (`비대면 대출 비중은 2030년
    60%까지 끌어올리겠습니다`): the interviewee declares the intention in the first person, as
    `…하겠다고 밝혔다` reports it (gold guide)."""
    tokens = view.tokens
    last = len(tokens) - 1
    while last > 0 and tokens[last].first in ("EF", "SF"):
        last -= 1
    if tokens[last].text != "겠" or view.quoted(tokens[last].start):
        return None
    targets = any(TARGET.match(state.text, q.end) for q in view.quantities if q.end <= tokens[last].start)
    return last if targets else None


# Between quoted speech and the plan word it states: `“…늘리겠다”는 중기 계획`,
# `“…끌어올리겠다”고 밝혔다`.
_QUOTE_TO_PLAN = re.compile(r"(?:는|라는|이라는|란|고|라고|이라고) (?:[가-힣]+ ){0,2}")


def plan_quote(state: State, view: View, plan_word: int | None) -> tuple[int, int] | None:
    """The quotation that states the plan: the one that holds the plan word, or that the
    plan word names right after it (`“2030년까지 매출을 300억 엔으로 늘리되 …”는 중기 계획`)."""
    if plan_word is None:
        return None
    start = view.tokens[plan_word].start
    return view.quotation_at(start) or next(
        (q for q in view.quotes if q[1] <= start and _QUOTE_TO_PLAN.fullmatch(state.text, q[1], start)), None)


def past(state: State, date: DateRecord) -> bool:
    return state.issue_year is not None and date.value[:4].isdigit() and date.value[:4] < state.issue_year


def aimed_after_issue(state: State, view: View, date: DateRecord) -> bool:
    """Whether an act dated after the issue's year is an intention, no event: its date is a
    deadline (`2028년까지 … 매장 50곳을 열고`) or its sentence states a plan or a forecast (`…
    가동이 목표입니다`, `… 넘을 것으로 전망했다`)."""
    return future(state, date) and (date.qualifier == "by" or any(
        token.lemma in PLAN_WORDS or token.lemma in FORECAST_NOUNS for token in view.tokens))


def future(state: State, date: DateRecord) -> bool:
    return state.issue_year is not None and date.value[:4].isdigit() and date.value[:4] > state.issue_year
