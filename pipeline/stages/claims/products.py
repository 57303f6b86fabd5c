"""Whose a figure is where it measures a product: the product a price noun's phrase names, a
rate per unit of a product the sentence names, a product or site a figure describes (`월
9900원짜리 정액 상품 ‘등불 패스’`), a product a relative clause says is used (SPEC §6, gold
guide). ``figures.metric`` asks them in turn with ``owners``."""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.schema import Quantity
from pipeline.stages.claims import lexicon
from pipeline.stages.claims.actors import RANKS, Actor, actor_of
from pipeline.stages.claims.owners import CHOICE_VERBS
from pipeline.stages.claims.references import entity_starting, head_entity, phrase_entities
from pipeline.stages.claims.state import State
from pipeline.stages.claims.views import Phrase, View

# Nouns of a price (`가격`, `요금`): a figure of one in a product's clause is the product's.
PRICE_WORDS = lexicon.words("price_word")


def priced_product(state: State, view: View, quantity: Quantity) -> Actor | None:
    """The product whose price the figure is: named in the phrase of a price noun in the
    figure's clause, before it (`유튜브 프리미엄의 월 요금을 1만4900원으로`, `와우 멤버십 월 회비를
    2900원에서`), also where a company is the sentence's subject (gold guide)."""
    index = view.token_at(quantity.start)
    clause = view.clause_start(index)
    for phrase in reversed(view.phrases):
        if clause <= phrase.first and phrase.particle < index and _priced(view, phrase):
            products = [e for e in phrase_entities(view, phrase) if e.label == "PRODUCT"]
            if products:
                return actor_of(products[-1], view.index)
            if phrase.role == "topic" and phrase.first == 0 and (product := _product_before(state, view)):
                return product  # `주력 제품인 ‘로윈 R7’은 … 가격은 대당 2900만 원으로`
            named = {e.canonical: e for e in view.entities_in(view.start, view.tokens[phrase.first].start)
                     if e.label == "PRODUCT"}
            if len(named) == 1:
                return actor_of(next(iter(named.values())), view.index)  # `감자별의 중량을 … 줄이면서 판매가는 1700원으로`
            return None
    return None


def _priced(view: View, phrase: Phrase) -> bool:
    """Whether a phrase ends in a price noun, whole or as Kiwi cut it (`판매`+`가`)."""
    last = phrase.last
    word = view.tokens[last].text
    while last > phrase.first and view.tokens[last - 1].end == view.tokens[last].start:
        last -= 1
        word = view.tokens[last].text + word
    return view.tokens[phrase.last].lemma in PRICE_WORDS or word.endswith(tuple(PRICE_WORDS))


# A money figure right after `…당` (and a period) is a rate per unit: `사용자당 월 20∼30달러`, `건당 0.99달러`.
_PER_UNIT = re.compile(r"당\s*(?:(?:월|연|하루|매달|매년)\s*)?(?:최대\s*|약\s*)?$")


def rated_product(state: State, view: View, quantity: Quantity) -> Actor | None:
    """The product whose fee a rate per unit is, where the sentence names one product before
    it (`‘마이크로소프트 365 코파일럿’을 출시하면서 사용자 한 명당 월 30달러를`, `AI 상담원 ‘핀’이
    … 해결할 때마다 건당 0.99달러를 받는다`): a price, the product's (gold guide)."""
    if quantity.kind != "money" or not _PER_UNIT.search(state.text, view.start, quantity.start):
        return None
    products = {e.canonical: e for e in view.entities if e.label == "PRODUCT" and e.end <= quantity.start}
    return actor_of(next(iter(products.values())), view.index) if len(products) == 1 else None


def _product_before(state: State, view: View) -> Actor | None:
    """The product the paragraph is about: the last the sentence before names, where it launched
    one (`‘살핌체크’를 … 내놓았다. 이용료는 …`), else the last topic entity before, if a product."""
    for before in state.before(view):
        if before.block != view.block:
            return None
        launches = any(d.view is before and d.predicate == "launched" for d in state.drafts)
        if launches and (product := next((e for e in reversed(before.entities) if e.label == "PRODUCT"), None)):
            return actor_of(product, view.index)
        topics = [c.actor for c in before.candidates if c.rank == RANKS["topic"] and c.actor.label is not None]
        if topics:
            return topics[0] if topics[0].label == "PRODUCT" else None
    return None


# `월 9900원짜리 정액 상품 ‘등불 패스’`, `24만㎡ 규모의 공장 단지 ‘하나노모리’`: a figure that
# describes the noun after it.
DESCRIBING = re.compile(r"\s*(?:짜리|규모의|규모인)(?![가-힣])")

# Tokens a described noun phrase may hold before the name it describes.
DESCRIBED_REACH = 8


def described_name(state: State, view: View, quantity: Quantity) -> Actor | None:
    """The name a figure describes as an attribute (`월 9900원짜리 정액 상품 ‘등불 패스’를`,
    `24만㎡ 규모의 공장 단지 ‘하나노모리’를 열었다`): the price or size is the product's or
    the site's, not the company's that launched or opened it."""
    match = DESCRIBING.match(state.text, quantity.end)
    if match is None:
        return None
    after = bisect_left(view.starts, match.end())
    for index in range(after, min(after + DESCRIBED_REACH, len(view.tokens))):
        if view.tokens[index].first[0] in "JEV":
            return None  # the noun phrase ends before any name
        entity = entity_starting(view, index)
        if entity is not None and entity.label in ("PRODUCT", "LOCATION", "ORG"):
            return actor_of(entity, view.index)
    return None


def product_used(view: View, quantity: Quantity) -> Actor | None:
    """The product a relative clause before the figure's topic names, when no topic or
    subject up to the figure names an entity: `누리페이를 통해 결제하는 고객 비율은 35%`
    measures 누리페이's users; not so `한빛카드는 누리페이로 결제한 고객 비율이 …`, nor a
    product respondents chose (`유튜브를 꼽은 비율이`)."""
    index = view.token_at(quantity.start)
    actors = [p for p in view.phrases if p.particle < index and p.role in ("topic", "subject")]
    if not actors or any(head_entity(view, p) for p in actors):
        return None
    phrase = actors[-1]
    if phrase.first < 1 or view.ending(phrase.first - 1) != "ETM":
        return None
    if any(t.lemma in CHOICE_VERBS for t in view.tokens[max(phrase.first - 2, 0) : phrase.first]):
        return None  # `20대는 유튜브를 꼽은 비율이`: an answer respondents chose, not a product used
    opening = actors[-2].particle + 1 if len(actors) > 1 else 0
    products = [e for e in view.entities_in(view.tokens[opening].start, view.tokens[phrase.first].start)
                if e.label == "PRODUCT" and not view.in_round[view.token_at(e.start)]]
    return actor_of(products[0], view.index) if products else None
