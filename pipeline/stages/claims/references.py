"""Which entity words point to: the name that starts or ends at a token, the entity a
phrase is about (its head) and its other conjuncts, the noun a demonstrative phrase names
(`이 스피커` → 스피커), the organisation `이 회사` stands for where no sentence called one
so, the body a kind of body stands for (`재단은`), the organisation a breakdown is of, the
group an interview with its local unit calls `본사`, and whether a place merely places a thing
(`투틀링겐 공장은`)."""

from __future__ import annotations

from os.path import commonprefix

from pipeline.schema import Entity
from pipeline.stages.claims import lexicon
from pipeline.stages.claims.firm_sets import STOCK_MARKETS
from pipeline.stages.claims.markets import PART_OF, past_time
from pipeline.stages.claims.views import DEMONSTRATIVES, OPENERS, Phrase, View

# Nouns that make a place before them an actor (`일본 정부는`); other nouns only place
# a thing (`투틀링겐 공장은`: the company's plant), but for goods exported (`한국 화장품 수출액은`).
PLACE_OWNERS = lexicon.words("place_owner")
EXPORT_WORDS = lexicon.words("export_word")


def demonstrative(view: View, phrase: Phrase) -> str | None:
    """The noun a demonstrative phrase names (`이 스피커` → 스피커, `올해 상반기 이 회사의` →
    회사), if it is one."""
    start = phrase.first
    if view.tokens[start].first != "MM":  # past a time it opens with, not one inside (`이 회사의 3분기 매출`)
        start += past_time(view, view.tokens[phrase.first : phrase.last + 1])
    first = view.tokens[start]
    if first.first != "MM" or first.text not in DEMONSTRATIVES or (
            start + 1 < len(view.tokens) and view.tokens[start + 1].text in PART_OF):
        return None  # `이 가운데 베트남 매출이`: a part of the figure before, which names no one
    noun = None
    for token in view.tokens[start + 1 : phrase.last + 1]:
        if token.first not in ("NNG", "NNP"):
            break  # `이 플랫폼의 월간 이용자`: the determiner points with `플랫폼`
        noun = token.text
    return noun


# Nouns by which `이 회사` points back to an organisation.
COMPANY_NOUNS = ("회사", "기업", "업체")


# Tokens from an organisation's subject particle to the source noun its clause describes
# (`한서제철이 5일 공시한 실적에 따르면`).
_SOURCE_CLAUSE_REACH = 9


def according_to(tokens: list, index: int) -> bool:
    """Whether `에 따르다` (`…에 따르면`) starts at token ``index``."""
    return [t.lemma for t in tokens[index : index + 2]] == ["에", "따르다"]


def cited_organisation(view: View, before: int) -> Entity | None:
    """The organisation `이 회사` points back to where no sentence called one so: the source
    its sentence cites before it (`하나투어에 따르면 올해 상반기 이 회사의 송출객은`), or the
    one that released it (`한서제철이 5일 공시한 실적에 따르면 이 회사의 3분기 매출은`)."""
    def cites(entity: Entity) -> bool:
        after = view.token_at(entity.end - 1) + 1
        if according_to(view.tokens, after):
            return True
        if after >= len(view.tokens) or view.tokens[after].first != "JKS":
            return False
        clause = view.tokens[after + 1 : after + 1 + _SOURCE_CLAUSE_REACH]
        return any(token.ending == "ETM" for token in clause) and any(
            according_to(clause, i) for i in range(len(clause)))
    cited = [e for e in view.entities if e.label == "ORG" and e.end <= before and cites(e)]
    return cited[-1] if cited else None


def subject_before(view: View, index: int) -> Phrase | None:
    """The last topic, subject or `도` phrase before token ``index`` in its clause: who acts at
    a verb there (`기존 투자사 결파트너스가 50억 원을 보탰다`)."""
    clause = view.clause_start(index)
    return next((p for p in reversed(view.phrases) if p.role in ("topic", "subject", "also")
                 and clause <= p.first and p.particle < index), None)


# Connectives whose clause and the next share one subject (`X가 500억 원을 넣어 이 라운드를 주도했고`).
_ONE_SUBJECT_CONNECTIVES = frozenset({"어", "아", "여", "어서", "아서", "여서"})


def chained_subject_before(view: View, index: int) -> Phrase | None:
    """``subject_before``, or where the verb's clause has none and the clause before it ends in
    a connective of one subject (`-어`, `-아서`), that clause's: who acts at both verbs."""
    phrase = subject_before(view, index)
    clause = view.clause_start(index)
    if phrase is None and clause > 0 and view.tokens[clause - 1].text in _ONE_SUBJECT_CONNECTIVES and (
            view.tokens[clause - 1].first == "EC"):
        return subject_before(view, clause - 1)
    return phrase


def past_opening_dates(view: View) -> int:
    """The first token of a line past the dates it opens with (`2020년 9월 한빛PE, …`)."""
    index = 0
    while index < len(view.tokens) and any(d.start <= view.tokens[index].start < d.end for d in view.dates):
        index += 1
    return index


def entity_starting(view: View, index: int) -> Entity | None:
    """The entity that starts at token ``index``, past opening brackets and quotes."""
    while index < len(view.tokens) and view.tokens[index].text in OPENERS:
        index += 1
    if index >= len(view.tokens):
        return None
    start = view.tokens[index].start
    return next((e for e in view.entities if e.start == start), None)


def entity_ending(view: View, index: int) -> Entity | None:
    """The entity that ends at token ``index``, before a gloss in brackets."""
    index = view.name_end(index)
    if index < 0:
        return None
    end = view.tokens[index].end
    return next((e for e in view.entities if e.end == end), None)


def introduced_organisation(view: View) -> Entity | None:
    """The organisation a sentence ends by saying its subject is (`두 번째 사례는 … 드러그스토어
    체인 하루카제드러그(ハルカゼドラッグ)다`, `… 일찍 올라탄 곳이 라온코스메틱이다`): it
    introduces the firm the sentences after it speak of (`… 세운 이 회사의 점포는`)."""
    tokens = view.tokens
    if not tokens:
        return None  # a line of punctuation alone (`Q.`)
    end = len(tokens) - 1
    while end > 0 and tokens[end].first in ("SF", "SSC") and tokens[end].text not in ")]":
        end -= 1
    copula = end - 1 if end and tokens[end].first == "EF" else end
    if copula < 1 or tokens[copula].first != "VCP" or tokens[end].last != "EF" or view.quoted(tokens[copula].start):
        return None
    entity = entity_ending(view, copula - 1)
    return entity if entity is not None and entity.label == "ORG" else None


# The kinds of body an organisation's name may end in (`…재단`, `…연구원`, `…공사`).
BODY_KINDS = lexicon.words("body_kind")


def kind_noun_alone(view: View, phrase: Phrase) -> str | None:
    """The common noun a topic or subject phrase is, alone and with no modifier before it
    (`재단은`; not `체인에 가입한 약국은`, `작은 조합은`)."""
    token = view.tokens[phrase.first]
    if phrase.role in ("topic", "subject") and phrase.first == phrase.last and token.first == "NNG" and (
            not phrase.first or view.ending(phrase.first - 1) != "ETM"):
        return token.text
    return None


def body_of_kind(views: list[View], view: View, noun: str, before: int) -> Entity | None:
    """The organisation named last before ``before`` whose name ends in ``noun``, a kind of
    body (``BODY_KINDS``) (`재단은` after `서온의료재단`, `이 조합의` after `섬강낙농협동조합`, `공사는` after
    `가로림공항공사`): a report calls a body by its kind once it has named it, however far back."""
    if noun not in BODY_KINDS:
        return None
    for earlier in (view, *reversed(views[: view.index])):
        limit = before if earlier is view else earlier.end
        found = [e for e in earlier.entities if e.start < limit and e.label == "ORG"
                 and len(e.canonical) > len(noun) and e.canonical.endswith(noun)]
        if found:
            return found[-1]
    return None


# Kinds of product (`제품`, `앱`, `작품`) a demonstrative may name (`이 제품은`).
PRODUCT_KINDS = lexicon.words("product_kind")


def product_of_kind(views: list[View], view: View, noun: str, before: int) -> Entity | None:
    """The product `이 <noun>` points back to where no sentence called one by the noun: the
    product named last before ``before`` in its sentence or the sentence before it, in the
    same block (`‘금강 그린성장대출’을 내놓았다. 이 상품의 대출 잔액은`)."""
    if noun not in PRODUCT_KINDS:
        return None
    previous = views[view.index - 1] if view.index else None
    for sentence in (view, previous) if previous is not None and previous.block == view.block else (view,):
        limit = before if sentence is view else sentence.end
        found = [e for e in sentence.entities if e.start < limit and e.label == "PRODUCT"]
        if found:
            return found[-1]
    return None


def entity_named(view: View, name: str) -> Entity | None:
    return next((e for e in view.entities if e.canonical == name), None)


# Nouns that say what follows came after the event before them (`침공 이후`, `…을 들인 뒤`).
AFTER_NOUNS = lexicon.words("after_noun")


def phrase_entities(view: View, phrase: Phrase) -> list[Entity]:
    tokens = view.tokens
    return view.entities_in(tokens[phrase.first].start, tokens[phrase.last].end)

def head_entity(view: View, phrase: Phrase) -> Entity | None:
    """The entity a phrase is about: its person (`고이케 아쓰요시(小池淳義) 라피더스 사장`), else
    the entity that ends it (`폭스바겐의 모빌리티 자회사 MOIA`), else its
    first entity (`세진로지스 외부 화주 부문의 매출`, `중국 AI 관련 스타트업 수`) that is
    no place before another name (`관악구 신림동의 도담 점포` → 도담).
    Names in brackets are glosses (`총 거래액(GMV)`) and never the head; of a
    coordination (`NEC와 도시바`) the first conjunct speaks."""
    entities = [e for e in phrase_entities(view, phrase) if not view.in_round[view.token_at(e.start)]]
    # `러시아의 우크라이나 침공 이후 유럽의 도매 전력 가격은`: what comes before `이후` dates the
    # phrase; not a syllable of a name Kiwi cut apart (`맹지후` read `맹`+`지`+`후`)
    after = [t.end for t in view.tokens[phrase.first + 1 : phrase.last] if t.text in AFTER_NOUNS
             and not any(e.start <= t.start < e.end for e in entities)]
    if after:
        entities = [e for e in entities if e.start >= after[-1]]
    conjunctions = [
        view.tokens[i].start for i in range(phrase.first, phrase.last + 1)
        if view.tokens[i].first == "JC" and not view.in_round[i]
    ]
    last = phrase.last
    if conjunctions:
        entities = [e for e in entities if e.end <= conjunctions[0]]
        last = view.token_at(conjunctions[0]) - 1
    if not entities:
        return None
    persons = [e for e in entities if e.label == "PERSON"]
    if persons:
        return persons[0]
    last = view.name_end(last)
    end = view.tokens[last].end if last >= 0 else -1
    ending = next((e for e in entities if e.end == end), None)
    if ending is not None:
        return ending
    # The owner of a genitive (`코스닥 상장사 백록식품(…)의 수출액`: not the market it is listed on);
    # places before another name only say where it is (`관악구 신림동의 도담 점포`).
    owners = [e for e in entities if e.label != "LOCATION" and _owns(view, e)]
    return owners[-1] if owners else next((e for e in entities if e.label != "LOCATION"), entities[0])


def places_a_thing(view: View, phrase: Phrase, head: Entity) -> bool:
    """Whether the phrase's head is a place set before a noun of the phrase, with no
    particle, that it does not own (`투틀링겐 공장은`, `미국 수출액은`, a branch: `광교점의`;
    but `일본 정부는`, `중국의 판매액` with the genitive, and goods the place exports, `한국
    화장품 수출액은`, are the place's); so does an exchange before its listing (`코스닥 상장은`)."""
    following = view.token_at(head.end - 1) + 1
    if head.label != "LOCATION":
        return head.canonical in STOCK_MARKETS and following < len(view.tokens) and view.tokens[following].lemma == "상장"
    if view.tokens[view.token_at(head.end - 1)].end > head.end:
        return True  # a noun glued to the place: `광교점의`, a branch at the place
    while (place := entity_starting(view, following)) is not None and place.label == "LOCATION":
        following = view.token_at(place.end - 1) + 1  # a chain of places: `경북 구미 공장의`
    if following > phrase.last or following in view.named:
        return False
    token = view.tokens[following]
    exported = following < phrase.last and view.tokens[phrase.last].lemma in EXPORT_WORDS  # the exporter's goods
    return token.first in ("NNG", "NNP", "NNB") and token.text not in PLACE_OWNERS and not exported


def _owns(view: View, entity: Entity) -> bool:
    """Whether the genitive `의` follows the entity, past a gloss in brackets (`백록식품(Baengnok Foods)의`)."""
    after = view.token_at(entity.end - 1) + 1
    if after < len(view.tokens) and view.tokens[after].text == "(" and view.partner.get(after, after) > after:
        after = view.partner[after] + 1
    return after < len(view.tokens) and view.tokens[after].first == "JKG" and view.tokens[after - 1].end == view.tokens[after].start

def conjuncts(view: View, phrase: Phrase) -> list[Entity]:
    """Entities of the conjuncts after the first (`NEC와 도시바` → 도시바)."""
    conjunctions = [
        view.tokens[i].start for i in range(phrase.first, phrase.last + 1)
        if view.tokens[i].first == "JC" and not view.in_round[i]
    ]
    if not conjunctions:
        return []
    entities = phrase_entities(view, phrase)
    return [e for e in entities if e.start > conjunctions[0] and not view.in_round[view.token_at(e.start)]]


def breakdown_owner(view: View) -> Entity | None:
    """The organisation whose measure the sentence breaks down by a dimension (`백록의 수출을
    지역별로 보면`): the last one named before `…별로`; or the organisation or place whose
    measure a phrase breaks down with a genitive (`한국의 국가별 라면 수출액은 중국이 …`)."""
    by = next((t.start for t, n in zip(view.tokens, view.tokens[1:]) if t.text == "별" and n.text.startswith("로")), None)
    if by is not None:
        return next((e for e in reversed(view.entities) if e.label == "ORG" and e.end <= by), None)
    by = next((t.start for t in view.tokens if t.text == "별" and t.first == "XSN"), None)
    if by is None:
        return None
    owned = {view.tokens[i - 1].end for i, t in enumerate(view.tokens) if i and t.first == "JKG"}
    return next((e for e in reversed(view.entities) if e.label in ("ORG", "LOCATION") and e.end <= by
                 and e.end in owned), None)


def parent_of(views: list[View], unit: str) -> Entity | None:
    """The group whose local unit ``unit`` is, as an interview with the unit's head calls it
    `본사`: the organisation named so far whose name shares the most first syllables, two or
    more, with the unit's (`로이트너 로보틱스` of `로이트너로보틱스코리아`, `스즈란드러그` of
    `스즈란코리아`)."""
    best, shared = None, 1
    for view in views:
        for entity in view.entities:
            if entity.label == "ORG" and entity.canonical != unit and (
                    n := len(commonprefix([entity.canonical.replace(" ", ""), unit.replace(" ", "")]))) > shared:
                best, shared = entity, n
    return best
