"""What a claim's figure measures, and what a plan is to do, in words: the claim's
``predicate``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.schema import Quantity
from pipeline.stages.claims import lexicon
from pipeline.stages.claims.actors import RANKS
from pipeline.stages.claims.views import MAX_PREDICATE_CHARS, PREDICATE_NOISE, Phrase, Token, View, is_particle, words_of

if TYPE_CHECKING:
    from pipeline.stages.claims.state import State


# Kind of a quantity → the noun that names what it measures, when the text names
# only the thing measured (`80개 이상의 핵심 AI 알고리즘` → `핵심 AI 알고리즘 수`).
KIND_NOUNS = lexicon.mapping("kind_noun")

# Counters of people: a count of people doing something is a headcount.
PERSON_COUNTERS = lexicon.words("person_counter")

HEADCOUNT = "인원"

# Verbs that carry an event noun as their object (`투자를 받았다`); after them a noun
# names the action (`다운로드 받았다`).
LIGHT_VERBS = lexicon.words("light_verb")

# Words between a quantity and the noun it counts (`80개 이상의 핵심 AI 알고리즘`).
_BETWEEN_QUANTITY_AND_NOUN = lexicon.words("between_quantity_and_noun")

# Nouns of place or limit after a quantity, which do not say what it measures.
POSITION_NOUNS = lexicon.words("position_noun")

# Nouns that already say "how many" or "how much": no `수` after them.
_MEASURE_NOUNS = lexicon.in_order("measure_noun")


TARGET_PARTICLES = frozenset({"에", "에게", "와", "과"})

_VERB_TAIL = frozenset({"EP", "EC", "ETM", "EF", "VX"})

def measured_as(words: str, quantity: Quantity, noun: str | None) -> str:
    """``words`` with the noun that names the measure when they only name the
    thing counted (`도시` → `도시 수`)."""
    if quantity.kind in ("count", "rank", "score", "percent") and noun and not words.endswith(_MEASURE_NOUNS):
        return join(words, noun)
    return words

def following_nouns(view: View, last: int) -> tuple[str, bool] | None:
    """The nouns right after a quantity that say what it counts (`2800개 도시에서`
    → `도시`; `15PB의 데이터가 생성` → `데이터 생성`), and whether they are a verb
    noun of their own (`2배 성장하고`)."""
    tokens = view.tokens
    index = last + 1
    if index in view.partner and view.partner[index] > index:
        index = view.partner[index] + 1  # past a gloss: `15PB(1페타바이트=1024TB)의`
    while index < len(tokens) and tokens[index].text in _BETWEEN_QUANTITY_AND_NOUN:
        index += 1
    nouns: list[Token] = []
    while index < len(tokens) and tokens[index].first in ("NNG", "NNP", "SL", "XSN") and not view.in_round[index] \
            and not is_particle(tokens[index]):
        if not nouns and tokens[index].text in POSITION_NOUNS:
            return None
        nouns.append(tokens[index])
        index += 1
        if nouns[-1].last != nouns[-1].first:
            break  # a noun with its particle glued on
    if not nouns:
        return None
    if index < len(tokens) and tokens[index].first in ("XSV", "XSA") and len(nouns) == 1:
        return nouns[0].text, True
    words = nouns[0].text
    for previous, token in zip(nouns, nouns[1:]):
        words += ("" if token.start == previous.end else " ") + token.text
    return words, False

def preceding_nouns(view: View, first: int) -> str | None:
    """The bare nouns right before a quantity that closes no phrase (`매출 60조 원,`)."""
    index = first - 1
    while index >= 0 and view.tokens[index].first == "NNG" and index not in view.named \
            and view.tokens[index].text not in PREDICATE_NOISE | POSITION_NOUNS:
        index -= 1
    if index == first - 1:
        return None
    return words_of("", view, Phrase(index + 1, first - 1, first, "bare"))

def verb_noun(view: View, index: int) -> str | None:
    """The verb noun at ``index`` (`산출` of `산출한다`, `다운로드` of `다운로드 받았다`)."""
    tokens = view.tokens
    if index + 1 < len(tokens) and tokens[index].first == "NNG" and (
        tokens[index + 1].first == "XSV" or tokens[index + 1].lemma in LIGHT_VERBS
    ):
        return tokens[index].text
    return None

def join(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)


def measure(state: State, view: View, quantity: Quantity) -> str:
    """The noun phrase a quantity measures, for ``predicate``."""
    first = view.token_at(quantity.start)
    last = view.token_at(quantity.end - 1)
    clause = view.clause_start(first)
    noun = KIND_NOUNS.get(quantity.kind)
    before = [p for p in view.phrases if p.particle < first]
    # A rank or a score is a place in some contest: `… 대회에서 1위`.
    if quantity.kind in ("rank", "score"):
        settings = [p for p in before if p.role == "adverbial" and view.tokens[p.particle].text == "에서"]
        if settings:
            return join(words_of(state.text, view, settings[-1]), noun)
    # The nouns it counts: `2800개 도시`, `1위 배달 서비스 앱`, `15PB의 데이터가 생성`.
    following = following_nouns(view, last)
    if following is not None and not following[1]:
        return measured_as(following[0], quantity, noun)
    in_clause = [p for p in before if p.first >= clause]
    subject = phrase_words(state, view, in_clause, ("topic", "subject", "also"))
    # The nearest topic, subject or object: `총 거래액은 350억 달러`, `메뉴 후보를 48개에서 130개로`.
    measured = phrase_words(state, view, in_clause, ("topic", "subject", "also", "object"))
    # The phrase it ends: `개발자 37만 명이`, `전 세계의 23%를`.
    holding = next((p for p in view.phrases if p.first < first <= p.last), None)
    if holding is not None:
        words = words_of(state.text, view, Phrase(holding.first, first - 1, holding.particle, holding.role))
    else:
        words = preceding_nouns(view, first)  # `매출 60조 원, …`
    if words:
        # A share names what it is a share of (`이직 이유는 … 52%`), unless its own phrase opens
        # with that already (`‘업무가 많아서’(21%)가`, whose subject is inside the quotation).
        whole = subject if quantity.kind == "percent" and subject and not words.startswith(subject) else None
        return join(whole, measured_as(words, quantity, noun))
    if following is not None:  # `수익은 … 2배 성장`
        return join(measured or following[0], following[0] if measured else None)
    # A duration is how long something after it takes: `100밀리 초 내에 … 동선을 산출`.
    done = what_is_done(state, view, last)
    if quantity.kind == "duration" and done:
        return join(done, noun)
    if measured:
        return measured_as(measured, quantity, noun)
    # What a relative clause describes: `5억3000만 명에 달하는 활성 고객 수`.
    described = described_noun(state, view, last)
    if described:
        return measured_as(described, quantity, noun)
    # People doing what the clause says: `7800만 명이 … 이 앱에 머무른다`.
    if done:
        return join(done, HEADCOUNT if quantity.unit in PERSON_COUNTERS else noun)
    return noun or quantity.kind


def phrase_words(state: State, view: View, phrases: list[Phrase], roles: tuple[str, ...]) -> str | None:
    """The words of the nearest phrase of one of ``roles``, without its
    entities: `중국 AI 관련 스타트업 수는` → `AI 관련 스타트업 수`."""
    for phrase in reversed(phrases):
        if phrase.role in roles:
            words = words_of(state.text, view, phrase, without_entities=True)
            if words:
                return words
    return None


def described_noun(state: State, view: View, last: int) -> str | None:
    for index in range(last + 1, len(view.tokens)):
        ending = view.ending(index)
        if ending is None:
            continue
        if ending != "ETM":
            return None
        phrase = next((p for p in view.phrases if p.first == index + 1), None)
        return words_of(state.text, view, phrase, without_entities=True) if phrase else None
    return None


def what_is_done(state: State, view: View, last: int) -> str | None:
    """The object or place after a quantity with the verb that acts on it
    (`… 배달 동선을 산출한다` → `배달 동선 산출`; `이 앱에 머무른다` → `앱에 머무르는`)."""
    tokens = view.tokens
    for phrase in view.phrases:
        if phrase.first <= last or phrase.role not in ("object", "adverbial"):
            continue
        if any(view.clause_end(i) for i in range(last + 1, phrase.first)):
            return None
        words = words_of(state.text, view, phrase, without_entities=True)
        noun = verb_noun(view, phrase.particle + 1)
        if not words or noun:
            return join(words, noun) or None
        verb = tokens[phrase.particle + 1] if phrase.particle + 1 < len(tokens) else None
        if verb is not None and verb.first == "VV" and verb.lemma.endswith("다"):
            return f"{words}{tokens[phrase.particle].text} {verb.lemma[:-1]}는"
        return words
    return None


def plan_content(state: State, view: View, plan_word: int) -> str | None:
    """What a plan is to do: its clause up to the verb (`… 서비스를 대형 마켓,
    교통 서비스 등에 확대` of `… 확대할 계획이다`)."""
    tokens = view.tokens
    end = plan_word - 1
    # Endings and auxiliaries glued to the verb: `극대화하겠다는` → `극대화`.
    while end > 0 and tokens[end].start == tokens[end - 1].end and tokens[end].first in _VERB_TAIL:
        end -= 1
    if end > 0 and tokens[end].first in ("XSV", "XSA") and tokens[end].start == tokens[end - 1].end:
        end -= 1
    if end > 0 and tokens[end].lemma == "하다" and tokens[end].start > tokens[end - 1].end:
        end -= 1  # `구매할 수 있도록 할 계획`: the light verb adds nothing
    start = view.clause_start(end)
    if start >= end and start > 0:
        start = view.clause_start(start - 1)  # `… 있도록`: the clause it completes
    topics = [p.particle for p in view.phrases if p.role in RANKS and start <= p.particle < end]
    if topics:
        start = topics[-1] + 1
    dated = [(d.start, d.end) for d in view.dates]
    while start < end and (
        tokens[start].first in ("SP", "SF", "SO") or any(a <= tokens[start].start < b for a, b in dated)
        or (tokens[start].first in ("JX", "JKB") and any(b == tokens[start].start for _, b in dated))
    ):
        start += 1  # `2017년 5월 AI 연구 확대`: the date is the announcement's; `2026년까지`: its particle too
    if start > end:
        return None
    # A subject's particle stays out: `2027년 하반기 가동이 목표다` → 가동.
    stop = tokens[end].end - (1 if tokens[end].last == "JKS" and tokens[end].text.endswith(("이", "가")) else 0)
    return state.text[tokens[start].start : stop].strip()[:MAX_PREDICATE_CHARS] or None
