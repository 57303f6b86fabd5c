"""Metric claims: which quantities are measured values, who they belong to, and their
dates (SPEC §6). Plans, which use the same tests and dates, are ``plans``'s."""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.schema import DateRecord, Quantity
from pipeline.stages.claims import lexicon, predicates, surveys
from pipeline.stages.claims.actors import RANKS, Actor, actor_of, entity_ending, head_entity, listed_owner, phrase_entities
from pipeline.stages.claims.predicates import words_of
from pipeline.stages.claims.state import PERIOD_TIES, Draft, State, actor_at, based_figure, sources, tied_date
from pipeline.stages.claims.views import View


# Counters that, glued to the noun after them, name a list (`5대 AI 기술`,
# `2가지 측면`) rather than measure something.
LIST_COUNTERS = lexicon.words("list_counter")

DURATION_MEASURES = lexicon.mapping("duration_measure")

# Nouns after a figure that make it the whole a part is taken from (`96억 원 가운데`).
WHOLE_OF_A_PART = lexicon.words("part_of")

HYPOTHETICAL = lexicon.in_order("hypothetical")

NOT_MEASURED_UNITS = lexicon.words("not_measured_unit")

PRICE_WORDS = lexicon.words("price_word")

# Words after a duration that make it the time frame of another fact
# (`5년 만에 성장했다`, `지난 5년간`), not a measured value.
TIME_FRAME_AFTER = re.compile(r"\s*(?:만에|만의|동안|사이|새|째|뒤|후|전|이후|이전)(?:의|에|보다)?(?![가-힣])")

# `당` glued after a quantity makes it the base of a rate (`운행 10만 건당 사고 건수는 0.8건`,
# `토큰 100만 개당 5달러`): the rate is the measure, its base none.
PER_BASE = re.compile(r"당(?![가-힣])|당[은이의]")

# `미만` before a noun bounds a class of things (`연 매출 100억 원 미만의 중소 쇼핑몰`,
# `매출 1000억 원 미만 바이오 벤처는`): the bound measures none of them.
CLASS_BOUND = re.compile(r"\s*미만(?:의)?\s+[가-힣A-Za-z]")

# A bound on a measure of firms before the firms it picks out (`직원 3000명 이상 기업에`,
# `매출이 1억5000만 유로를 넘는 역외 기업도`): a rule's class of firms, no firm's figure. A count
# of the firms themselves (`50개 이상 업체가`) is one.
FIRM_CLASS_BOUND = re.compile(
    r"\s*(?:이상|초과|이하|(?:을|를)\s*(?:넘는|웃도는))(?:의|인)?\s+(?:[가-힣]+\s)?[가-힣]*(?:기업|업체|회사|사업장|법인)"
    r"(?:들)?(?:[은는이가을를도에과와의]|에는|에도|으로|로)?(?![가-힣])")
FIRM_COUNTERS = frozenset({"개", "곳", "개사", "사"})

# A score before `척도`/`만점` is the scale a survey used (`5점 척도로`, `5점 만점에`), a method's
# number, not a finding.
SCALE = re.compile(r"\s*(?:척도|만점)")

# `N회에 걸쳐` (in N parts, over N years) is how or over what span something is done, and a
# count in the dative (`반려견 30마리에게 채워`, `팀원 11명에게`) is whom an act reaches.
SPAN_OR_RECIPIENT = re.compile(r"\s*에 걸쳐(?![가-힣])|에게(?![가-힣])")

# Nouns after a figure that qualify it (`11만 대 안팎`, `10% 미만에서`), not nouns it counts.
QUALIFIER_NOUNS = "미만|이상|이하|초과|안팎|수준|가량|정도|남짓|내외"
APPROXIMATE = re.compile(rf"(?:{QUALIFIER_NOUNS})")

# A forecast of the author: `…할 것이다`, `…할 것으로 보인다`, `…전망이다`.
FORECAST_HEAD = "것"

FORECAST_NOUNS = lexicon.words("forecast_noun")

# After a count of people: the people a founder set out with (`동료 2명과 함께`), in a
# sentence that tells a founding, and the founders themselves (`동문 3명이 세운`).
WITH_FOUNDER = re.compile(r"(?:과|와|이랑) 함께(?![가-힣])")
FOUNDERS = re.compile(r"이 (?:함께 )?(?:세운|세웠|창업한|창업했|설립한|설립했)")

# Words for the present: a figure after one of them, past a dated event, is of now
# (`480명에서 현재 620명으로`, `출시했는데, 현재 … 27%`).
NOW = re.compile(r"(?<![가-힣])(?:현재|지금)(?:은|의|도|까지|까지는)?(?![가-힣])")

# Nouns that, after a clause, say what follows came after it (`…을 들인 뒤`, `…한 이후`).
AFTER_NOUNS = lexicon.words("after_noun")

# A comparison's base right after its date, before the figure compared with it: the date is
# the base's (`1분기의 22%보다 9%p`: the difference is the date before's), as in `2019년보다`;
# not `2009년 매출은 전년보다 22%`. A survey's year before it is the base's too (`2022년 조사보다 5.3%p`).
COMPARED = re.compile(r"(?:의)? ?(?:(?:같은 )?조사)?[\d.,%]*보다(?![가-힣])")

# A time before the date, right before a figure (`1년 전의 1.4%`): the figure is of then.
AGO = re.compile(r"\d\s*(?:년|개월|달|주|일)\s*(?:전|이전)의?\s*$")

# The start value of a change (`5200원에서 3100원으로`, `10% 미만에서 60%로`).
CHANGE_FROM = re.compile(rf"(?:\s*(?:{QUALIFIER_NOUNS}))?\s*에서(?![가-힣])")
# The end value of a change (`… 3100원으로`).
CHANGE_TO = re.compile(rf"(?:\s*(?:{QUALIFIER_NOUNS}))?\s*(?:으로|로)(?![가-힣])")


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
    if quantity.kind == "count" and surveys.sample(view, quantity):
        return False
    if PER_BASE.match(state.text, quantity.end) or CLASS_BOUND.match(state.text, quantity.end) or SCALE.match(
            state.text, quantity.end) or SPAN_OR_RECIPIENT.match(state.text, quantity.end):
        return False
    if quantity.unit not in FIRM_COUNTERS and FIRM_CLASS_BOUND.match(state.text, quantity.end):
        return False
    if quantity.unit in LIST_COUNTERS and not plan:
        after = bisect_left(view.starts, quantity.end)
        if after < len(view.tokens) and view.tokens[after].first in ("NNG", "NNP", "SL") and not APPROXIMATE.match(
                view.tokens[after].text):
            return False  # `5대 AI 기술`; but `11만 대 안팎이다` counts vehicles
    return True


def _conditional(view: View, index: int) -> bool:
    """Whether the clause of the token at ``index`` is a condition (`직원 10명의 일을 대신한다면`,
    `생수가 12종 진열돼 있다면`): it supposes the figure, and measures nothing. A comma
    before the verb closes a clause whose verb is left out (`비중은 58%로, 거래대금이 줄면`)."""
    end = view.clause_end_from(index)
    return not any(token.text == "," for token in view.tokens[index:end]) and view.supposes(index)


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


def mark_attributive(view: View) -> None:
    """Mark the quantities glued to the noun of a topic or subject phrase whose
    clause measures it with other quantities: `6개월 유지율은 38%에서 57%로`,
    `1회 평균 주문액도 10.3달러에서`."""
    for quantity in view.quantities:
        first, last = view.token_at(quantity.start), view.token_at(quantity.end - 1)
        after = last + 1
        if after >= len(view.tokens) or view.tokens[after].first not in ("NNG", "NNP", "SL") or view.in_round[first]:
            continue
        if view.tokens[after].text in WHOLE_OF_A_PART:
            continue  # `매출 96억 원 가운데 구독 매출이 41%를`: the whole, a value of its own
        phrase = next((p for p in view.phrases if p.first <= first and last < p.last), None)
        if phrase is None or phrase.role not in ("topic", "subject", "also"):
            continue
        end = view.tokens[view.clause_end_from(phrase.particle)].end
        if any(view.tokens[phrase.particle].end <= q.start < end for q in view.quantities):
            view.attributive.add(quantity.id)


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


def _measures_time(view: View, index: int) -> bool:
    """Whether the clause of the duration at ``index`` measures a time (`배송 시간`,
    `3∼4년이 걸린다`), rather than narrating one (`10년 넘게 준비해 온`, `합치는 데만 1년이
    걸렸다`: what it took once is the story's)."""
    clause = view.tokens[view.clause_start(index) : view.clause_end_from(index) + 1]
    return any(
        lexicon.names(token.lemma, word) and not (tense == "present" and token.past)
        for token in clause for word, tense in DURATION_MEASURES.items()
    )


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
    actor = (surveys.finding(state, view) or listed_owner(view, quantity) or priced_product(state, view, quantity)
             or quantity_actor(state, view, quantity)
             or product_used(view, quantity) or actor_at(state, view, quantity.start, fallback))
    if actor is None:
        return
    # What a company's executive reports or achieves is a figure of the company the text ties
    # them to; a person tied to none measures nothing (`팀원 11명에게`, `현금서비스 500만 원을`).
    organisation = state.affiliations.get(actor.name) if actor.label == "PERSON" else None
    if actor.label == "PERSON" and organisation is None:
        return
    subject = Actor(organisation, "ORG", actor.sentence) if organisation else actor
    if subject.label == "EVENT":  # an event's figures are its organiser's (gold guide)
        subject = state.organisation_of(subject, view)
    date, date_view = quantity_date(state, view, quantity)
    state.drafts.append(Draft(
        "metric", quantity.start, view, subject, predicate=predicates.measure(state, view, quantity),
        quantity=quantity, date=date, sources=sources(state, view, subject, date_view),
    ))


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
        entity = entity_ending(view, phrase.last)
        return actor_of(entity, view.index) if entity is not None and entity.start >= tokens[phrase.first].start else None
    return None


def priced_product(state: State, view: View, quantity: Quantity) -> Actor | None:
    """The product whose price the figure is: named in the phrase of a price noun in the
    figure's clause, before it (`유튜브 프리미엄의 월 요금을 1만4900원으로`, `와우 멤버십 월 회비를
    2900원에서`), also where a company is the sentence's subject (gold guide)."""
    index = view.token_at(quantity.start)
    clause = view.clause_start(index)
    for phrase in reversed(view.phrases):
        if clause <= phrase.first and phrase.particle < index and view.tokens[phrase.last].lemma in PRICE_WORDS:
            products = [e for e in phrase_entities(view, phrase) if e.label == "PRODUCT"]
            if products:
                return actor_of(products[-1], view.index)
            if phrase.role == "topic" and phrase.first == 0 and (product := _product_before(state, view)):
                return product  # `주력 제품인 ‘로윈 R7’은 … 가격은 대당 2900만 원으로`
            return None
    return None


def _product_before(state: State, view: View) -> Actor | None:
    """The product the paragraph is about: the topic of the last sentence before that names
    a topic entity, if it is a product."""
    for before in reversed(state.views[: view.index]):
        if before.block != view.block:
            return None
        topics = [c.actor for c in before.candidates if c.rank == RANKS["topic"] and c.actor.label is not None]
        if topics:
            return topics[0] if topics[0].label == "PRODUCT" else None
    return None


def product_used(view: View, quantity: Quantity) -> Actor | None:
    """The product a relative clause before the figure's topic names, when no topic or
    subject up to the figure names an entity: `누리페이를 통해 결제하는 고객 비율은 35%`
    measures 누리페이's users; not so `한빛카드는 누리페이로 결제한 고객 비율이 …`."""
    index = view.token_at(quantity.start)
    actors = [p for p in view.phrases if p.particle < index and p.role in ("topic", "subject")]
    if not actors or any(head_entity(view, p) for p in actors):
        return None
    phrase = actors[-1]
    if phrase.first < 1 or view.ending(phrase.first - 1) != "ETM":
        return None
    opening = actors[-2].particle + 1 if len(actors) > 1 else 0
    products = [e for e in view.entities_in(view.tokens[opening].start, view.tokens[phrase.first].start)
                if e.label == "PRODUCT" and not view.in_round[view.token_at(e.start)]]
    return actor_of(products[0], view.index) if products else None


def quantity_date(state: State, view: View, quantity: Quantity) -> tuple[DateRecord | None, View | None]:
    date = paired_date(state, view, quantity)
    if date is not None:
        return date, view
    date, date_view = tied_date(state, view, before=quantity.start)
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
    quote = view.quotation_at(quantity.start)
    # A date of no year is a recurrence (`매년 5월`), no figure's date.
    dates = [d for d in view.dates if view.quotation_at(d.start) in (None, quote)
             and not view.in_round[view.token_at(d.start)] and not d.value.startswith("XXXX")]
    before = [d for d in dates if d.end <= quantity.start and not _dates_actor_clause(view, d, quantity)
              and not COMPARED.match(state.text, d.end, quantity.start)
              and based_figure(state, view, d) in (None, quantity)
              and not (quantity.unit == "배" and state.text[d.end : quantity.start].strip() == "의")]
    if not before:
        return _date_described(state, view, quantity, dates)
    date = before[-1]
    if quantity.unit != "배" and AGO.search(state.text, date.end, quantity.start):
        return None  # `2023년 4분기 1.9%로, 1년 전의 1.4%보다`: the value a year before (`5년 전의 4배` is now's)
    # A figure of now after a dated event (`지난해 10월 … 출시했는데, 현재 … 비중이 27%`,
    # `2021년 … 시작한 뒤 지금까지 50여 개`) is undated, and so is one of what came after it;
    # `2023년 현재` is the date's own.
    now = NOW.search(state.text, date.end, quantity.start)
    if (now and state.text[date.end : now.start()].strip()) or _after_event(view, date, quantity):
        return None
    # In a dated change `X에서 Y로`, only Y takes the date (gold guide): the start has a date
    # of its own where another date or `현재` stands before the end (`2014년 … 유로에서 지난해
    # … 유로로`, `2019년 480명에서 현재 620명으로`).
    if CHANGE_FROM.match(state.text, quantity.end):
        end = next((q for q in view.quantities if q.start >= quantity.end), None)
        if end is not None and CHANGE_TO.match(state.text, end.end) and not NOW.search(
                state.text, quantity.end, end.start) and not any(quantity.end <= d.start < end.start for d in dates):
            # `매출은 2019년 …에서 지난해 …로, 영업이익은 같은 기간 96억 원에서 …로`: the period
            # the sentence's first change spans, whose start is the date before its end's
            if len(before) > 1 and any(tie in state.text[date.end : quantity.start] for tie in PERIOD_TIES):
                return before[-2]
            return None
    # The start of a change (`평균 5일에서 1.5일로`) after the date a change began (`지난해
    # 7월부터 … 맡겼고`) is the value before that date: undated.
    if date.qualifier == "since" and CHANGE_FROM.match(state.text, quantity.end) and (
        view.clause_start(view.token_at(quantity.start)) > view.token_at(date.start)
    ):
        return None
    return date


def _date_described(state: State, view: View, quantity: Quantity, dates: list[DateRecord]) -> DateRecord | None:
    """The date a figure's own clause describes (`국내 매장이 200곳을 넘어선 2013년 5월,`):
    the clause ends in a modifying verb right before the date, with no comma between."""
    after = next((d for d in dates if d.start >= quantity.end), None)
    if after is None or "," in state.text[quantity.end : after.start]:
        return None
    verb = view.token_at(after.start) - 1
    if verb <= view.token_at(quantity.start) or view.ending(verb) != "ETM":
        return None
    return after


def _after_event(view: View, date: DateRecord, quantity: Quantity) -> bool:
    """Whether a figure follows a clause of what came after the dated event
    (`2020년 … 라인을 들인 뒤 불량률이 0.8%에서 0.2%로`): the date is the event's."""
    first, last = view.token_at(date.end - 1) + 1, view.token_at(quantity.start)
    return any(view.ending(i) == "ETM" and view.tokens[i + 1].text in AFTER_NOUNS for i in range(first, last - 1))


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
