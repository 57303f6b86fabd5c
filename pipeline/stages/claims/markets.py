"""Market-wide actors: the market a phrase measures (`국내 퀵커머스 시장 규모가`) and the
group a scope word opens (`국내 전기차 누적 등록 대수는`), SPEC §6's short noun phrases for
figures no entity owns."""

from __future__ import annotations

from pipeline.stages.claims import lexicon
from pipeline.stages.claims.views import Phrase, View, is_particle, words_of

# Words that name a market (`국내 퀵커머스 시장`): a phrase holding one measures the market,
# whose actor is labelled MARKET (a named subject, though no entity).
MARKET_WORDS = lexicon.words("market_word")
MARKET = "MARKET"

# Words that open a market-wide group (`국내 전기차`), which is a MARKET actor too.
SCOPE_WORDS = lexicon.words("scope_word")

SIZE_WORDS = lexicon.words("size_word")


def market_of(view: View, phrase: Phrase) -> str | None:
    """The market a phrase measures (`국내 퀵커머스 시장 규모가` → `국내 퀵커머스 시장`),
    unless a company or product owns it (`CATL의 시장 점유율`)."""
    tokens = view.tokens
    market = next((i for i in range(phrase.first, phrase.last + 1) if tokens[i].text in MARKET_WORDS), None)
    if market is None or market == phrase.first:
        return None
    end = tokens[market].end
    if any(e.label != "LOCATION" for e in view.entities_in(tokens[phrase.first].start, end)):
        return None
    return words_of("", view, Phrase(phrase.first, market, phrase.particle, phrase.role)) or None

def scope_of(view: View, phrase: Phrase) -> str | None:
    """The market-wide group a phrase measures: a scope word and the word after it (`국내
    전기차 누적 등록 대수는` → `국내 전기차`, `국내 충전기는` → `국내 충전기`), words of size
    between (`글로벌 대형 제약사들은` → `글로벌 대형 제약사`), where the phrase
    names no entity or names it only after the group's genitive (`국내 철강업계의 EU 수출액은`)."""
    tokens = view.tokens
    scope = next((i for i in range(phrase.first, phrase.last) if tokens[i].text in SCOPE_WORDS), None)
    if scope is None:
        return None
    end = scope + 1
    while end < phrase.last and tokens[end].text in SIZE_WORDS:
        end += 1  # `글로벌 대형 제약사`: a size or rank belongs to the group
    while end < phrase.last and tokens[end + 1].start == tokens[end].end and not is_particle(tokens[end + 1]) \
            and not (tokens[end + 1].first == "XSN" and tokens[end + 1].text == "들"):
        end += 1  # the rest of the word: `국내 급속충전기의`, not its plural
    if not tokens[end].nominal:
        return None
    named_up_to = tokens[end if tokens[end + 1].first == "JKG" else phrase.last].end
    if view.entities_in(tokens[phrase.first].start, named_up_to):
        return None
    return words_of("", view, Phrase(scope, end, phrase.particle, phrase.role)) or None
