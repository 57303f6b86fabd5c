"""Sets of firms as subjects: the firms listed on a stock market (`코스닥 상장사`) and a set
counted with its number (`전업 카드사 8곳`), whose figures are the set's, not an exchange's or a
source's."""

from __future__ import annotations

from bisect import bisect_left

from pipeline.stages.claims import lexicon
from pipeline.stages.claims.markets import GROUP_NOUNS, past_time, surface
from pipeline.stages.claims.views import Phrase, View


# Stock markets, whose listed firms are a group of their own (`코스닥 상장사`, `유가증권시장
# 상장사`): general knowledge of exchanges.
STOCK_MARKETS = lexicon.words("stock_market")


def listed_firms_of(view: View, phrase: Phrase) -> str | None:
    """The firms listed on a stock market a phrase opens with (`코스닥 상장사의 매입 금액은` →
    코스닥 상장사): a group, not the exchange, whose figures the exchange's name would take;
    not where a name follows, which the words describe."""
    tokens = view.tokens
    first = phrase.first + past_time(view, tokens[phrase.first : phrase.particle])
    if first + 1 > phrase.last or not {tokens[first].text, tokens[first].text.removesuffix("시장")} & STOCK_MARKETS:
        return None
    market = first + (tokens[first + 1].text == "시장" and tokens[first + 1].start == tokens[first].end)  # `코스닥`+`시장`
    if market + 1 > phrase.last or tokens[market + 1].start == tokens[market].end:
        return None
    # the words up to the last that ends in a noun of firms: `코스닥시장 신규 상장 기업의`
    words = range(market + 1, next((i for i in range(market + 1, phrase.last + 1) if not tokens[i].nominal), phrase.last + 1))
    head = next((i for i in reversed(words) if tokens[i].lemma.endswith(GROUP_NOUNS)), None)
    if head is None or view.entities_in(tokens[head].end, tokens[phrase.last].end):
        return None  # `코스닥 상장사 청록메탈텍은`: the firm the words describe
    return surface(tokens[first : head + 1])


# Verbs of counting up a set of firms whose sums a sentence gives (`…가 집계한`).
TALLY_VERBS = lexicon.words("tally_verb")
# Counters of firms and places a set of them is counted in (`8곳`, `5개사`), not `3사`, a
# collective's name (`카드 3사`), nor `개`, which counts things too.
FIRM_SET_COUNTERS = ("곳", "개사")
# The endings of a rate's noun (`연체율`, `비중`).
RATE_ENDINGS = ("율", "률", "비중")


def firm_set_of(view: View, phrase: Phrase) -> str | None:
    """The set of firms, its count kept, whose sum a phrase measures with a genitive: one a
    source counted up (`가람빛투자증권이 집계한 국내 화장품 상장사 24곳의 … 합계는` → 국내 화장품
    상장사 24곳, its averages too; gold guide), or one common nouns name (`전업 카드사 8곳의 카드론
    잔액은` → 전업 카드사 8곳): the set, not the source, nor the set without its count; the count
    says what the set is and makes no claim of its own (``view.attributive``)."""
    tokens = view.tokens
    before = phrase.first - 1
    tallied = before >= 1 and view.ending(before) == "ETM" and tokens[before - 1].lemma in TALLY_VERBS
    genitive = next((i for i in range(phrase.first + 1, phrase.last) if tokens[i].first == "JKG"), None)
    count = next((q for q in view.quantities if genitive is not None and q.end == tokens[genitive - 1].end
                  and q.unit in (("곳", "개", "개사", "사") if tallied else FIRM_SET_COUNTERS)
                  and q.start > tokens[phrase.first].start), None)
    if count is None:
        return None
    first = phrase.first
    if not tallied:
        # `전업 카드사 8곳의 카드론 잔액은`: a set of firms named by common nouns alone, no time, clause or
        # name; not one a relative clause gives an owner (`휴온이 운영하는 호텔 14곳의`)
        if before >= 0 and view.ending(before) == "ETM":
            return None
        first += past_time(view, tokens[phrase.first : genitive])
        end = bisect_left(view.starts, count.start)
        if first >= end or any(tokens[i].first not in ("NNG", "NNP", "SL") or i in view.named for i in range(first, end)):
            return None
    view.attributive.add(count.id)
    measure = "".join(t.text for t in tokens[genitive + 1 : phrase.last + 1])
    if not tallied and ("평균" in measure or measure.endswith(RATE_ENDINGS)):
        return None  # a rate or an average over the set keeps its count out (gold guide, fourteenth round)
    return surface(tokens[first:genitive])
