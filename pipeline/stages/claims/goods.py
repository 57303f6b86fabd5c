"""Goods as market-wide actors (SPEC §6): a traded good a price measures (`국제 코코아 가격이`),
goods whose trade a topic measures (`냉동 김밥 수출액은`), and goods named by the place they are
made in (`중국산 철강 수입량은`), not that place."""

from __future__ import annotations

from pipeline.schema import Entity
from pipeline.stages.claims import lexicon
from pipeline.stages.claims.markets import MEASURE_WORDS, past_time, surface
from pipeline.stages.claims.views import Phrase, View

COMMODITIES = lexicon.words("commodity")
PRICE_NOUNS = lexicon.mapping("price_noun")


def commodity_of(view: View, phrase: Phrase) -> str | None:
    """The traded good a price phrase measures (`국제 코코아 가격이` → 국제 코코아, `밀가루와
    설탕, 팜유의 국제 가격은` → 밀가루와 설탕, 팜유, `원/달러 환율이` → 원/달러 환율), as the
    sentence writes it: its last word a commodity, or its first `국제`, and no name in it but a
    place or a leading one (`EU 배출권`). A market-wide subject (SPEC §6), no entity's."""
    tokens = view.tokens
    price = next((i for i in range(phrase.first + 1, phrase.last + 1) if tokens[i].text in PRICE_NOUNS), None)
    if price is None:
        return None
    itself = PRICE_NOUNS[tokens[price].text] == "self"  # `원/달러 환율`
    last = price if itself else price - 1
    genitive = next((i for i in range(phrase.first + 1, price) if tokens[i].first == "JKG"), None)
    if genitive is not None:
        if any(tokens[i].text != "국제" for i in range(genitive + 1, price)):
            return None  # `단솔의 비스킷 가격`: another's
        last = genitive - 1
    words = tokens[_listed_from(tokens, phrase.first) : last + 1]
    words = words[past_time(view, words) :]
    if not words:
        return None
    goods = surface(words)
    if not (words[0].text == "국제" and len(words) > 1 or any(lexicon.names(goods.split()[-1], word) for word in COMMODITIES)
            or itself and last == price):
        return None
    if any(e.label != "LOCATION" and e.start != words[0].start for e in view.entities_in(words[0].start, words[-1].end)):
        return None
    return goods


# Measures of trade in goods: the goods named right before one are a market-wide group.
TRADE_MEASURES = ("수출액", "수출량", "수입액", "수입량")
_TRADE_HEADS = ("수출", "수입")  # how each of them begins, as Kiwi cuts it or not
# Words of a period a measure is taken over (`월간 수출량`), no goods.
_PERIODIC = frozenset({"월간", "연간", "주간", "일간", "분기"})


def traded_goods_of(view: View, phrase: Phrase) -> str | None:
    """The goods a topic or subject measures the trade of, named by nouns alone (`2024년 냉동
    김밥 수출액은` → 냉동 김밥, `올해 1∼10월 재생 황산니켈 수출액은`): a market-wide group (SPEC §6),
    not the organisation carried from before. Not where a name or a genitive says whose it is."""
    if phrase.role not in ("topic", "subject"):
        return None
    if not any(t.text.startswith(_TRADE_HEADS) for t in view.tokens):
        return None  # most sentences: no trade measured, nothing to read
    words = view.tokens[phrase.first : phrase.last + 1]
    words = words[past_time(view, words) :]
    cut = next((i for i in range(1, len(words))
                if words[i].text.startswith(_TRADE_HEADS) and surface(words[i:]) in TRADE_MEASURES), None)
    if cut is None and phrase.role == "topic" and not surface(words).endswith(MEASURE_WORDS + TRADE_MEASURES) and any(
            p.role == "topic" and p.particle < phrase.first and traded_goods_of(view, p) for p in view.phrases):
        cut = len(words)  # `재생 황산니켈 수출액은 …, 재생 황산코발트는 4700만 달러로`: the next goods of the list
    if cut is not None and (listed := [i for i, t in enumerate(words[:cut]) if t.text == "등" and t.first == "NNB"]):
        words, cut = words[listed[-1] + 1 :], cut - listed[-1] - 1  # `떡볶이 떡 등 떡류 수출액은`: the kind after the examples
    if cut is None or cut < 1 or any(t.first not in ("NNG", "NNP", "SL", "XSN") or t.lemma in _PERIODIC for t in words[:cut]):
        return None
    return None if view.entities_in(words[0].start, words[-1].end) else surface(words[:cut])


def origin_goods_of(view: View, phrase: Phrase) -> str | None:
    """Goods a phrase names by the place they are made in, and the word after it (`중국산 철강
    수입량은` → 중국산 철강, `중국산 전기버스의 점유율은` → 중국산 전기버스): a market-wide
    subject (SPEC §6), not the place's. Only where a genitive or a measure's word follows the
    goods (`중국산 저가 철강이`: the goods, measured by nothing)."""
    tokens = view.tokens
    for made in range(phrase.first + 1, phrase.last - 1):
        if tokens[made + 1].start == tokens[made].end or (place := _made_in(view, made)) is None:
            continue
        last = made + 1
        while last < phrase.last and tokens[last + 1].start == tokens[last].end:
            last += 1  # the goods' word, to its end
        if tokens[last].first == "JKG":
            last -= 1
        elif last >= phrase.last or not surface(tokens[last + 1 : phrase.last + 1]).endswith(MEASURE_WORDS):
            return None
        return surface(tokens[view.token_at(place.start) : last + 1]) if last > made else None
    return None


# The home country, whose goods at home or abroad are its own figures (`한국산이 … 1위를 지키고 있다`).
HOME = lexicon.words("home_place")


def foreign_goods(view: View, phrase: Phrase) -> bool:
    """Whether a phrase is a foreign place's goods alone (`스웨덴산이 3120만 달러로 전체의 37.9%를
    차지했고`): a part of the importer's figure, no actor of the place."""
    place = _made_in(view, phrase.particle - 1) if phrase.particle - 1 > phrase.first else None
    return place is not None and place.canonical not in HOME


def _made_in(view: View, made: int) -> Entity | None:
    """The place whose name the suffix `산` at token ``made`` is glued to (`스웨덴`+`산`), if it is one."""
    if view.tokens[made].text != "산" or view.tokens[made].first != "XSN":
        return None
    return next((e for e in view.entities if e.label == "LOCATION" and e.end == view.tokens[made].start), None)


def _listed_from(tokens: list, first: int) -> int:
    """Where a list of goods that ends in the phrase starting at ``first`` begins: commas
    and conjunctions end a phrase (`밀가루와 설탕, 팜유의`), a glued slash or dot joins a pair
    (`원/달러`)."""
    while first >= 2 and tokens[first - 1].text in ("/", "·") and tokens[first - 1].start == tokens[first - 2].end \
            and tokens[first - 2].nominal:
        first -= 2
    while first >= 2 and tokens[first - 1].text == "," and tokens[first - 2].nominal:
        first -= 2
        while first >= 1 and (tokens[first - 1].first == "JC" or tokens[first - 1].nominal):
            first -= 1
    return first
