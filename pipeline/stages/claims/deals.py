"""Deals: what an event's deal amount is, who an investment received comes from, a deal's
whole size named in the sentence after it; a contract to buy a company, which is the
acquisition, and who bought where the acquisition is passive; the partner an act is done with,
and the company money goes to; a contract's term, which is its condition; the client an order
is won from."""

from __future__ import annotations

import re

from pipeline.schema import Entity, EventKind, Quantity
from pipeline.stages.claims import lexicon
from pipeline.stages.claims.actors import Actor, actor_of
from pipeline.stages.claims.clauses import verb_end
from pipeline.stages.claims.references import chained_subject_before, conjuncts, head_entity, subject_before
from pipeline.stages.claims.state import State
from pipeline.stages.claims.views import Phrase, View


def received(view: View, index: int) -> bool:
    """`투자받았다`, `투자를 받았다`, `유치했다`: an investment received, not made; so is a
    round's investment that a company closes (`320억 원 규모의 시리즈B 투자를 마무리했다`)."""
    return view.tokens[index].lemma in RAISING or any(
        token.text.startswith("받") and token.first in ("VV", "XSV") for token in view.tokens[index + 1 : index + 3]
    ) or any(token.lemma in SERIES_WORDS for token in view.tokens[max(index - 2, 0) : index])


# Words of a funding round that an investment noun right after them makes the round's
# (`시리즈B 투자`, `라운드 투자`): its company raised it.
SERIES_WORDS = frozenset({"시리즈", "라운드"})


# Verbal nouns of raising money: what a named investor gives is its investment (`X가 주도한
# 시리즈A에서 45억 원을 유치했다`).
RAISING = lexicon.words("raising_noun")


# What the money a company raised measures, as a predicate.
RAISED = "투자 유치 금액"

# The source of what is received: `카카오벤처스(등)에서`, `…로부터`, after an alias in
# brackets (`온담프라이빗에쿼티(이하 온담PE)로부터`), and the lead of the round it came in
# (`녹원파트너스가 주도한 시리즈A에서`).
SOURCE_AFTER = re.compile(r"\)?(?:\s*등)?(?:에서|으로부터|로부터|[이가] (?P<led>주도한|주도하고|이끈|이끌고|참여한))(?![가-힣])")


def investors(state: State, view: View, index: int) -> list[Actor]:
    """The entities an investment received comes from, in its sentence before the verb, with
    the conjuncts of its phrase (`가람인베스트먼트와 KDB산업은행 등에서`: both); none when the
    investors are not named (`벤처캐피털 두 곳으로부터`)."""
    position = view.tokens[index].start
    sources = [(e, match) for e in view.entities if e.end <= position and (match := SOURCE_AFTER.match(state.text, e.end))]
    if not sources:
        return []
    if len(sources) > 1 and sources[-1][1]["led"] == "참여한" and sources[-2][1]["led"] in ("주도하고", "이끌고"):
        return [actor_of(e, view.index) for e, _ in sources[-2:]]  # `X가 주도하고 Y가 참여한 시리즈A에서`: both
    sources = [e for e, _ in sources]
    source = sources[-1]
    phrase = next((p for p in view.phrases
                   if view.tokens[p.first].start <= source.start and source.end <= view.tokens[p.last].end), None)
    named = conjuncts(view, phrase) if phrase is not None else []
    found = [head_entity(view, phrase), *named] if source in named else [source]
    return [actor_of(entity, view.index) for entity in found if entity is not None]


def amount(view: View, index: int) -> Quantity | None:
    """The money a deal event at ``index`` carries: the last money figure before it, else the
    first after it, unless the verb describes a noun (`2021년 … 인수된 우아한형제들은 2023년 매출
    3조4155억 원`: the money is the main clause's); a figure in brackets is a gloss (`1억
    달러(약 1300억 원)`)."""
    money = [q for q in view.quantities if q.kind == "money" and not view.in_round[view.token_at(q.start)]]
    position = view.tokens[index].start
    before = [q for q in money if q.end <= position]
    if before:
        return before[-1]
    verb = verb_end(view, index)
    return money[0] if money and view.ending(verb) != "ETM" else None


def joined_amount(view: View, index: int) -> Quantity | None:
    """The money a round's joiner at ``index`` puts in, between it and the verb (`기존 투자사
    결파트너스가 50억 원을 보탰다`): its investment's amount, no metric."""
    joiner = chained_subject_before(view, index)
    if joiner is None:
        return None
    start = view.tokens[joiner.particle].end
    return next((q for q in reversed(view.quantities) if q.kind == "money" and start <= q.start
                 and q.end <= view.tokens[index].start and not view.in_round[view.token_at(q.start)]), None)


# Words that give a deal's whole size (`총 계약 규모는`, `총액은`), not a part of it (`계약금`).
DEAL_SIZE_WORDS = lexicon.words("deal_size")


def size(view: View) -> Quantity | None:
    """The money figure a sentence gives as a deal's whole size: the first one that a deal
    size word comes before, with no other figure between (`계약금은 1200만 달러, 총 규모는
    2억1000만 달러다` → 2억1000만 달러)."""
    since = 0
    for quantity in view.quantities:
        first = view.token_at(quantity.start)
        if quantity.kind == "money" and any(t.lemma in DEAL_SIZE_WORDS for t in view.tokens[since:first]):
            return quantity
        since = view.token_at(quantity.end - 1) + 1
    return None


def acquisition_deal(view: View, index: int) -> EventKind | None:
    """A deal signed to buy a company is the acquisition, no partnership: `인수 계약을 맺었다`
    is one; in `지분 100%를 사들이는 계약을 맺었다` the verb before it makes the event."""
    tokens = view.tokens
    first = index
    while first > 0 and tokens[first - 1].first == "NNG" and tokens[first - 1].end == tokens[first].start:
        first -= 1  # `주식매매계약`: a compound
    if any(_acquires(view, i) for i in range(first - 1, index)):
        return "acquired"  # `인수 계약`, `인수계약`
    if first > 1 and tokens[first - 1].first == "ETM":
        verb = first - 2 if tokens[first - 2].first != "XSV" else first - 3
        return None if _acquires(view, verb) else "partnered"
    return "partnered"


def _acquires(view: View, index: int) -> bool:
    if index < 0:
        return False
    token = view.tokens[index]
    rules = lexicon.event_rules("event_verb" if token.first == "VV" else "event_noun").get(token.lemma, ())
    return any(rule.kind == "acquired" for rule in rules)


# `소니그룹과 함께`: done together with an organisation; `제너럴모터스(GM)와 합작법인 …을`: a
# joint venture with it.
_TOGETHER = re.compile(r"(?:\([^()]{1,30}\))?(?:과|와) (?:함께(?![가-힣])|합작)")

# `아르고AI(Argo AI)에`: the organisation money goes to.
_TO = re.compile(r"(?:\([^()]{1,30}\))?에(?![가-힣])")


def done_with(state: State, view: View, index: int) -> Entity | None:
    """The organisation an act is done together with, in the verb's clause (`TSMC는 2021년 11월
    소니그룹과 함께 … 합작법인 JASM을 세웠다`, `제너럴모터스(GM)와 합작법인 얼티엄셀즈를
    설립했다`): a partnership beside the act (gold guide). People set out with (`동료 2명과
    함께`) are no partner."""
    return _organisation_before(state, view, index, _TOGETHER)


def invested_in(state: State, view: View, index: int) -> Entity | None:
    """The organisation an investment at ``index`` goes to, in its clause (`포드와 함께 …
    아르고AI(Argo AI)에 26억 달러를 투자했다`), not a plant built with it."""
    return _organisation_before(state, view, index, _TO)


def _organisation_before(state: State, view: View, index: int, particle: re.Pattern[str]) -> Entity | None:
    """The first organisation in the clause of the verb at ``index``, before it, that
    ``particle`` follows."""
    start, verb = view.tokens[view.clause_start(index)].start, view.tokens[index].start
    return next((e for e in view.entities if e.label == "ORG" and start <= e.start and e.end < verb
                 and particle.match(state.text, e.end)), None)


def passive_buyer(view: View, index: int) -> Actor | None:
    """Who bought, where the event noun at ``index`` is passive (`인수됐다`): the organisation
    or person in `에`/`에게` before it in its clause (`게티르(Getir)에 약 12억 달러에 인수됐다`)."""
    if not view.passive(index):
        return None
    clause = view.clause_start(index)
    for phrase in reversed(view.phrases):
        if clause <= phrase.first and phrase.particle < index and view.tokens[phrase.particle].text in ("에", "에게"):
            head = head_entity(view, phrase)
            if head is not None and head.label in ("ORG", "PERSON"):
                return actor_of(head, view.index)
    return None


# What a company is valued at (`투자 후 기업가치`, `몸값`).
VALUATION_NOUNS = lexicon.words("valuation_noun")
_ROUND_REACH = 3  # sentences back in which a valuation's round is told


def valued_company(state: State, view: View, actor: Actor, predicate: str) -> Actor | None:
    """The company a valuation (``predicate``) is of, where the actor found for it invested in
    a round told in the sentences just before (`… X가 주도했고 Y가 참여했다. 투자 후 기업가치는
    2100억 원으로 평가받았다`): the company the investors put the money in (the investment's
    object, else the organisation whose money figure came last before), not one of them."""
    if not any(noun in predicate for noun in VALUATION_NOUNS):
        return None
    recent = [d for d in reversed(state.drafts) if view.index - _ROUND_REACH <= d.view.index <= view.index]
    investors = {d.subject.name: d.object for d in recent if d.type == "event" and d.predicate == "invested"}
    if actor.name not in investors:
        return None
    company = investors[actor.name] or next((
        d.subject.name for d in recent if d.type == "metric" and d.quantity is not None and d.quantity.kind == "money"
        and d.subject.label == "ORG" and d.subject.name not in investors), None)
    return Actor(company, "ORG", view.index) if company else None


# A contract's term right before a duration (`계약 기간은 15년이며`, `계약 기간을 7년으로 늘려`):
# the contract's condition, no claim (gold guide: a lease's term, a deal's years).
CONTRACT_TERM = re.compile(rf"(?:{'|'.join(lexicon.in_order('contract_term'))})\s?기간[은이을를]?\s(?:최소\s|최대\s)?$")


def contract_term(text: str, view: View, quantity: Quantity) -> bool:
    """Whether a duration is the term a contract runs for."""
    return quantity.kind == "duration" and CONTRACT_TERM.search(text, view.start, quantity.start) is not None


# Particles of the client an order is won from (`… 전력회사로부터 변압기 38대를 수주했다`).
CLIENT_PARTICLES = frozenset({"로부터", "으로부터", "에게서", "에서"})


def client(view: View, index: int) -> Phrase | None:
    """The client the order at ``index`` is won from, in its clause: an organisation named
    with `로부터`, `에게서` or `에서` (`루드라모터스에서 … 수주했다`), or one introduced as one
    (`미국 텍사스주의 한 전력회사로부터`); not a class of clients (`북미·유럽 완성차 업체로부터`)."""
    clause = view.clause_start(index)
    for phrase in reversed(view.phrases):
        if clause <= phrase.first and phrase.particle < index and view.tokens[phrase.particle].text in CLIENT_PARTICLES:
            named = (entity := head_entity(view, phrase)) is not None and entity.label == "ORG"
            one = any(t.text == "한" and t.first == "MM" for t in view.tokens[phrase.first : phrase.particle])
            return phrase if named or one else None
    return None
