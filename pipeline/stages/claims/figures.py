"""Metric and plan claims: which quantities are measured values, who they belong to,
and their dates (SPEC §6)."""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.schema import DateRecord, Quantity
from pipeline.stages.claims import lexicon, predicates
from pipeline.stages.claims.actors import Actor, actor_of, head_entity, entity_ending
from pipeline.stages.claims.predicates import words_of
from pipeline.stages.claims.state import Draft, State, actor_at, sources, tied_date
from pipeline.stages.claims.views import View
from pipeline.stages.entities.mentions import CLOSING_QUOTES


# A plan needs one of these words (SPEC §6).
PLAN_WORDS = lexicon.words("plan_word")

# Verbs that declare an intention stated before them (`…하겠다고 밝혔다`).
DECLARING_VERBS = frozenset({"밝히다", "발표"})

# Verbs whose object a plan word is when the plan was reached (`목표를 1년 앞당겨 넘어섰다`).
PLAN_REACHED = lexicon.words("plan_reached")

# Counters that, glued to the noun after them, name a list (`5대 AI 기술`,
# `2가지 측면`) rather than measure something.
LIST_COUNTERS = lexicon.words("list_counter")

DURATION_MEASURES = lexicon.words("duration_measure")

SAMPLE_WORDS = lexicon.words("sample_word")

# Words that make a figure a survey's finding (`응답자의 58%가`, `…는 응답은 21%`).
ANSWER_WORDS = lexicon.words("answer_word")

HYPOTHETICAL = lexicon.in_order("hypothetical")

NOT_MEASURED_UNITS = lexicon.words("not_measured_unit")

# Words after a duration that make it the time frame of another fact
# (`5년 만에 성장했다`, `지난 5년간`), not a measured value.
TIME_FRAME_AFTER = re.compile(r"\s*(?:만에|만의|동안|사이|새|째|뒤|후|전|이후|이전)(?![가-힣])")

# `당` glued after a quantity makes it the base of a rate (`운행 10만 건당 사고 건수는 0.8건`,
# `토큰 100만 개당 5달러`): the rate is the measure, its base none.
PER_BASE = re.compile(r"당(?![가-힣])|당[은이의]")

# `미만` before a noun bounds a class of things (`연 매출 100억 원 미만의 중소 쇼핑몰`,
# `매출 1000억 원 미만 바이오 벤처는`): the bound measures none of them.
CLASS_BOUND = re.compile(r"\s*미만(?:의)?\s+[가-힣A-Za-z]")

# A forecast of the author: `…할 것이다`, `…할 것으로 보인다`, `…전망이다`.
FORECAST_HEAD = "것"

FORECAST_NOUNS = lexicon.words("forecast_noun")

# After a count of people: the people a founder set out with (`동료 2명과 함께`), in a
# sentence that tells a founding, and the founders themselves (`동문 3명이 세운`).
WITH_FOUNDER = re.compile(r"(?:과|와|이랑) 함께(?![가-힣])")
FOUNDERS = re.compile(r"이 (?:함께 )?(?:세운|세웠|창업한|창업했|설립한|설립했)")

# Words for the present, between a change's start and its end (`480명에서 현재 620명으로`).
NOW = re.compile(r"(?<![가-힣])(?:현재|지금)")

# The start value of a change (`5200원에서 3100원으로`, `10% 미만에서 60%로`).
CHANGE_FROM = re.compile(r"(?:\s*(?:미만|이상|이하|초과|안팎|수준|가량|정도|남짓))?\s*에서(?![가-힣])")


def past_clause(state: State, view: View, quantity: Quantity, plan_word: int) -> bool:
    """Whether the clause of a quantity is told in the past (`기록했으며`): a
    fact beside the plan, not its target."""
    start = view.token_at(quantity.end - 1) + 1
    for index in range(start, min(view.clause_end_from(start) + 1, plan_word)):
        token = view.tokens[index]
        if "EP" in token.tags and "겠" not in token.text and index not in view.named:
            return True
    return False


def is_measured(state: State, view: View, quantity: Quantity, plan: bool,
                stated: tuple[int, int] | None = None) -> bool:
    """Whether a quantity is a measured value that a claim can hold. Quoted speech holds
    none, but for the quotation that ``stated`` a plan."""
    quoted = view.quoted(quantity.start) and not (stated and stated[0] <= quantity.start < stated[1])
    if quantity.value is None or quoted or quantity.id in view.attributive or quantity.unit in NOT_MEASURED_UNITS:
        return False
    index = view.token_at(quantity.start)
    if view.in_round[index] and not _bracketed_value(view, quantity):
        return False  # a gloss or a unit definition: `15PB(1페타바이트=1024TB)`
    if quantity.kind == "duration" and (
        quantity.text.endswith("간") or TIME_FRAME_AFTER.match(state.text, quantity.end)
        or not _measures_time(view, index)
    ):
        return False
    if state.text.startswith(HYPOTHETICAL, view.start) or _required(view, index):
        return False
    if not plan and _conditional(view, index):
        return False
    if quantity.kind == "count" and _sample(view, quantity):
        return False
    if PER_BASE.match(state.text, quantity.end) or CLASS_BOUND.match(state.text, quantity.end):
        return False
    if quantity.unit in LIST_COUNTERS and not plan:
        after = bisect_left(view.starts, quantity.end)
        if after < len(view.tokens) and view.tokens[after].first in ("NNG", "NNP", "SL"):
            return False
    return True


def _conditional(view: View, index: int) -> bool:
    """Whether the clause of the token at ``index`` is a condition (`직원 10명의 일을 대신한다면`,
    `생수가 12종 진열돼 있다면`): it supposes the figure, and measures nothing. A comma
    before the verb closes a clause whose verb is left out (`비중은 58%로, 거래대금이 줄면`)."""
    end = view.clause_end_from(index)
    if any(token.text == "," for token in view.tokens[index:end]):
        return False
    return view.ending(end) == "EC" and view.tokens[end].text.endswith("면")


def _required(view: View, index: int) -> bool:
    """Whether the figure at ``index`` is what a rule requires: a verb in `-도록` follows it
    with no comma between (`고속도로 60km마다 급속충전소를 두도록 했다`, `2027년 80%까지
    끌어올리도록 했다`), the gold guide's rules and obligations, which are no claims."""
    for token in view.tokens[index + 1 :]:
        if token.text == ",":
            return False
        if token.text == "도록" and "EC" in token.tags:
            return True
    return False


def founders(state: State, quantity: Quantity, founding: bool) -> bool:
    """Whether a count is the people a company was founded by or with (`동료 2명과 함께
    볼타웨이를 세웠다` where the sentence tells a ``founding``, `동문 3명이 세운 회사다`): the
    founding's story, not a measure of the company."""
    if quantity.kind != "count" or quantity.unit != "명":
        return False
    return FOUNDERS.match(state.text, quantity.end) is not None or (
        founding and WITH_FOUNDER.match(state.text, quantity.end) is not None)


def _bracketed_value(view: View, quantity: Quantity) -> bool:
    """Whether a figure alone in brackets is the value at the date before them
    (`2019년(4.1%)보다 낮다`). After a noun (`업계 평균(2.3건)`, `‘가격’(34%)`) the figure
    is some other group's or a survey's, whose actor the rules do not find (dev: 3 of 15
    right), and after a figure it is a conversion (`1억 달러(약 1300억 원)`)."""
    opening = view.token_at(quantity.start) - 1
    closing = view.token_at(quantity.end - 1) + 1
    if opening < 1 or view.tokens[opening].text != "(" or view.partner.get(opening) != closing:
        return False
    before = view.tokens[opening - 1]
    return any(date.start <= before.start < date.end for date in view.dates)


def _sample(view: View, quantity: Quantity) -> bool:
    """Whether a count is the sample of a survey (`국내 직장인 1200명을 대상으로`)."""
    after = bisect_left(view.starts, quantity.end)
    return any(token.lemma in SAMPLE_WORDS for token in view.tokens[after : after + 3])


def surveyed(state: State, view: View) -> Actor | None:
    """The group a survey in the sentence asks, as a noun phrase: the object of a sample
    word (`국내 직장인 1200명을 조사한 결과` → 국내 직장인, `도쿄 고객을 대상으로 한 조사`
    → 도쿄 고객). A survey's findings (`응답자의 58%가`) are that group's (gold guide)."""
    for phrase in view.phrases:
        following = view.tokens[phrase.particle + 1 : phrase.particle + 3]
        if phrase.role == "object" and any(t.lemma in SAMPLE_WORDS for t in following):
            if group := words_of(state.text, view, phrase):
                return Actor(group, None, view.index)
    return None


def _measures_time(view: View, index: int) -> bool:
    """Whether the clause of the duration at ``index`` measures a time (`배송 시간`,
    `걸린다`), rather than narrating one (`10년 넘게 준비해 온`)."""
    clause = view.tokens[view.clause_start(index) : view.clause_end_from(index) + 1]
    return any(lexicon.names(token.lemma, word) for token in clause for word in DURATION_MEASURES)


def forecast(state: State, view: View, quantity: Quantity) -> bool:
    """Whether the clause of a quantity foretells it (`…에 달할 것이다`,
    `…을 투자하겠다고`) instead of measuring it."""
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


def metric(state: State, view: View, quantity: Quantity, fallback: Actor | None) -> None:
    finding = state.surveyed if state.surveyed and any(t.lemma in ANSWER_WORDS for t in view.tokens) else None
    actor = finding or quantity_actor(state, view, quantity) or actor_at(state, view, quantity.start, fallback)
    if actor is None:
        return
    # What a company's executive reports or achieves is a figure of the company the text ties them to.
    organisation = state.affiliations.get(actor.name) if actor.label == "PERSON" else None
    subject = Actor(organisation, "ORG", actor.sentence) if organisation else actor
    date, date_view = quantity_date(state, view, quantity)
    state.drafts.append(Draft(
        "metric", quantity.start, view, subject, predicate=predicates.measure(state, view, quantity),
        quantity=quantity, date=date, sources=sources(state, view, subject, date_view),
    ))


def plans(state: State, view: View, plan_word: int, measured: list[Quantity], fallback: Actor | None) -> None:
    actor = actor_at(state, view, view.tokens[plan_word].start, fallback)
    if actor is None:
        return  # no one's plan: the author's own forecast
    company = company_of(state, actor, view)
    reached = _reached(view, plan_word)
    # A declared intention is dated by its declaration (`2008년 말, … 닫겠다고 발표해`).
    declared = view.tokens[plan_word].lemma in DECLARING_VERBS
    targets = []
    for quantity in measured:
        date = paired_date(state, view, quantity)
        # Where a plan changes a value (`지금의 60%에서 2027년까지 80%로`), its start is now.
        baseline = reached or past_clause(state, view, quantity, plan_word) or CHANGE_FROM.match(
            state.text, quantity.end) or (date is not None and (
                date.qualifier == "as_of" or past(state, date) and not declared))
        draft = Draft(
            "metric" if baseline else "plan", quantity.start, view, company,
            predicate=predicates.measure(state, view, quantity), quantity=quantity, date=date,
            sources=sources(state, view, actor, None),
        )
        state.drafts.append(draft)
        targets.append(draft)
    if not reached and not any(d.type == "plan" for d in targets) and _states_a_plan(view, plan_word):
        target = plan_date(state, view, plan_word)
        state.drafts.append(Draft(
            "plan", view.tokens[plan_word].start, view, company, predicate=predicates.plan_content(state, view, plan_word),
            date=target, sources=sources(state, view, actor, None),
        ))


def _reached(view: View, plan_word: int) -> bool:
    """Whether the plan word is the object of a verb that says it was reached (`68%까지
    높아져 … 내건 목표를 1년 앞당겨 넘어섰다`): the figures are then values reached. Not
    where reaching it is a condition (`목표를 달성하면`)."""
    if not _object_of_a_verb(view, plan_word):
        return False
    for index in range(plan_word + 1, len(view.tokens)):
        if view.tokens[index].lemma in PLAN_REACHED:
            end = view.clause_end_from(index)
            return not (view.ending(end) == "EC" and view.tokens[end].text.endswith("면"))
        if view.ending(index) == "EF":
            break
    return False


def plan_date(state: State, view: View, plan_word: int) -> DateRecord | None:
    """When a plan without a figure is to happen: its deadline (`2030년까지`), else, where
    the plan word is no verb's object, the nearest date before it that is not past
    (`올해 하반기 … 내놓을 계획이다`, `내년 초 … 선정할 계획이다`), else a later year. A
    plan that is announced (`2023년 5월 … 계획을 발표했다`) has the announcement's date
    before it, not its own."""
    dates = [d for d in view.dates if not view.quoted(d.start)]
    deadline = next((d for d in dates if d.qualifier == "by"), None)
    if deadline is not None:
        return deadline
    if not _object_of_a_verb(view, plan_word):
        position = view.tokens[plan_word].start
        before = [d for d in dates if d.end <= position and not past(state, d)]
        if before:
            return before[-1]
    return next((d for d in dates if future(state, d)), None)


def _states_a_plan(view: View, plan_word: int) -> bool:
    """Whether the plan word states what is planned: after the clause it names (`내놓을
    계획이다`, `늘리겠다는 목표를 세웠다`) or the plan's name (`‘카본 프리 2030’ 계획`), as
    what is aimed at (`2025년 가동을 목표로`), or as the topic of what follows (`올해 목표는
    흑자 전환이다`); not a plan referred to (`이 계획에 돈을 걸었다`, `목표를 넘어섰다`)."""
    before = view.tokens[plan_word - 1] if plan_word else None
    if before is not None and (view.ending(plan_word - 1) == "ETM" or before.text in CLOSING_QUOTES):
        return True
    following = view.tokens[plan_word + 1] if plan_word + 1 < len(view.tokens) else None
    aimed = following is not None and following.text in ("로", "으로")
    return aimed or "JX" in _tags_on(view, plan_word) and (before is None or before.first != "MM")


def _object_of_a_verb(view: View, index: int) -> bool:
    """Whether the word at ``index`` carries an object particle (`계획을`)."""
    return "JKO" in _tags_on(view, index)


def _tags_on(view: View, index: int) -> set[str]:
    """The tags after the head of token ``index``, and the tag of the token after it: the
    particle a word carries, glued into its token or not."""
    following = view.tokens[index + 1] if index + 1 < len(view.tokens) else None
    return set(view.tokens[index].tags[1:]) | ({following.first} if following is not None else set())


def find_plan_word(state: State, view: View) -> int | None:
    """The sentence's last plan word (`목표 총 거래액을 … 확대하겠다는 계획을`
    → `계획`): it closes the plan. One in quoted speech counts where the quotation holds
    a figure (`“… 105억 원을 … 개발에 쓸 계획”이라고 밝혔다`)."""
    found = None
    for index, token in enumerate(view.tokens):
        if token.lemma in PLAN_WORDS and token.first == "NNG":
            quote = _quotation_at(view, token.start)
            if quote is None or any(quote[0] <= q.start < quote[1] for q in view.quantities):
                found = index
    return found if found is not None else _declared_intention(view)


def _declared_intention(view: View) -> int | None:
    """The verb that declares an intention (`…늘리겠다고 밝혔다`, `“…끌어올리겠다”고 밝혔다`):
    the gold guide's plan word where no plan noun stands."""
    for index, token in enumerate(view.tokens):
        if token.lemma in DECLARING_VERBS and index >= 2 and view.tokens[index - 1].text in ("고", "다고", "라고") \
                and any("겠" in t.text for t in view.tokens[max(index - 4, 0) : index]):
            return index
    return None


# Between quoted speech and the plan word it states: `“…늘리겠다”는 중기 계획`, `“…끌어올리겠다”고 밝혔다`.
_QUOTE_TO_PLAN = re.compile(r"(?:는|라는|이라는|란|고|라고|이라고) (?:[가-힣]+ ){0,2}")


def plan_quote(state: State, view: View, plan_word: int | None) -> tuple[int, int] | None:
    """The quotation that states the plan: the one that holds the plan word, or that the
    plan word names right after it (`“2030년까지 매출을 300억 엔으로 늘리되 …”는 중기 계획`)."""
    if plan_word is None:
        return None
    start = view.tokens[plan_word].start
    return _quotation_at(view, start) or next(
        (q for q in view.quotes if q[1] <= start and _QUOTE_TO_PLAN.fullmatch(state.text, q[1], start)), None)


def _quotation_at(view: View, position: int) -> tuple[int, int] | None:
    return next((q for q in view.quotes if q[0] <= position < q[1]), None)


def company_of(state: State, actor: Actor, view: View) -> Actor:
    """A plan is the company's (SPEC §6): an executive's plan goes to the
    organisation the text ties them to, else the one last named."""
    if actor.label != "PERSON":
        return actor
    organisation = state.affiliations.get(actor.name)
    if organisation is None:
        before = bisect_left(state.organisations, view.start, key=lambda e: e.start)
        organisation = state.organisations[before - 1].canonical if before else None
    return Actor(organisation, "ORG", actor.sentence) if organisation else actor


def past(state: State, date: DateRecord) -> bool:
    return state.issue_year is not None and date.value[:4].isdigit() and date.value[:4] < state.issue_year


def future(state: State, date: DateRecord) -> bool:
    return state.issue_year is not None and date.value[:4].isdigit() and date.value[:4] > state.issue_year


def quantity_actor(state: State, view: View, quantity: Quantity) -> Actor | None:
    """An actor the quantity's own clause names: `인간 참가자가 득점한 82.30점`,
    or the entity a relative clause describes: `… 월 300만 건을 처리하는 … 도담`."""
    tokens = view.tokens
    index = view.token_at(quantity.start)
    verb = index - 1
    if verb >= 1 and view.ending(verb) == "ETM":
        if tokens[verb].first in ("XSV", "XSA") and verb >= 2:
            verb -= 1
        particle = verb - 1
        phrase = next((p for p in view.phrases if p.particle == particle and p.role == "subject"), None)
        if phrase is not None:
            head = head_entity(view, phrase)
            if head is not None:
                return actor_of(head, view.index)
            words = words_of(state.text, view, phrase)
            if words:
                return Actor(words, None, view.index)
    for after in range(index, len(tokens)):
        ending = view.ending(after)
        if ending is None:
            continue
        if ending != "ETM":
            return None
        phrase = next((p for p in view.phrases if p.first > after), None)
        if phrase is None or phrase.first != after + 1:
            return None
        last = phrase.last
        while last in view.partner and view.partner[last] < last:
            last = view.partner[last] - 1
        entity = entity_ending(view, last)
        return actor_of(entity, view.index) if entity is not None and entity.start >= tokens[phrase.first].start else None
    return None


def quantity_date(state: State, view: View, quantity: Quantity) -> tuple[DateRecord | None, View | None]:
    date = paired_date(state, view, quantity)
    if date is not None:
        return date, view
    date, date_view = tied_date(state, view)
    if date_view is not None and CHANGE_FROM.match(state.text, quantity.end):
        # `같은 기간 5200원에서 3100원으로`: the start of a change takes the period's start
        date = next(d for d in date_view.dates if not date_view.quoted(d.start))
    return date, date_view


def paired_date(state: State, view: View, quantity: Quantity) -> DateRecord | None:
    """The date a quantity follows in its sentence: the nearest before it
    (`2014년 3억6000만 유로에서 지난해 18억4000만 유로로`), not a gloss in brackets
    (`2023회계연도(2023년 4월∼2024년 3월)`), nor one that dates a relative clause
    about an actor (`2024년 2월 문을 연 JASM 1공장에는 … 4760억 엔이`); in quoted speech,
    one of the same quotation (`“내년까지 … 1000억 원을 달성하는 것이 목표”`)."""
    quote = _quotation_at(view, quantity.start)
    dates = [d for d in view.dates
             if _quotation_at(view, d.start) in (None, quote) and not view.in_round[view.token_at(d.start)]]
    before = [d for d in dates if d.end <= quantity.start and not _dates_actor_clause(view, d, quantity)]
    if not before:
        return None
    # A change from a dated start to now leaves its end undated (`2019년 480명에서 현재 620명으로`).
    if any(before[-1].end <= q.start and q.end <= quantity.start and CHANGE_FROM.match(state.text, q.end)
           and NOW.search(state.text, q.end, quantity.start) for q in view.quantities):
        return None
    return before[-1]


def _dates_actor_clause(view: View, date: DateRecord, quantity: Quantity) -> bool:
    first = view.token_at(date.end - 1) + 1
    last = view.token_at(quantity.start)
    ending = next((i for i in range(first, last) if view.ending(i) in ("ETM", "EC", "EF")), None)
    if ending is None or view.ending(ending) != "ETM":
        return False
    head = next((p for p in view.phrases if p.first == ending + 1), None)
    if head is None or head.last >= last:
        return False
    start, end = view.tokens[head.first].start, view.tokens[head.last].end
    return any(c.actor.label not in (None, "PRODUCT") and not c.actor.described and start <= c.position <= end
               for c in view.candidates)
