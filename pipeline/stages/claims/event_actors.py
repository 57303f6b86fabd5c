"""Who acts in an event: the subject of the relative clause an event verb ends, the
conjuncts of a coordinated subject, founders acting on the company that is the topic or
named at the head of a timeline line, a book's publisher, a product's maker; and who cannot
act (a place named where the event happens)."""

from __future__ import annotations

from pipeline.schema import Entity, EventKind
from pipeline.stages.claims import lexicon
from pipeline.stages.claims.actors import RANKS, Actor, actor_of
from pipeline.stages.claims.references import (
    chained_subject_before, conjuncts, entity_starting, head_entity, past_opening_dates, phrase_entities, subject_before,
)
from pipeline.stages.claims.state import State, actor_at
from pipeline.stages.claims.views import DEMONSTRATIVES, Phrase, View


def co_actors(view: View, index: int, kind: EventKind, subject: Actor) -> list[Actor]:
    """The other conjuncts of the subject phrase that names ``subject`` (`정다은 대표와 오승택
    CTO는 … 공동 창업했다`, `A와 B가 … 함께 세웠다`): each did the act. In a partnership or a
    merger the conjuncts are the partners, not more actors."""
    return [] if kind in ("partnered", "merged") else conjunct_actors(view, index, subject)


# Titles a timeline line may give its founders (`1991년 3월 탁영수 창업주, … 설립`).
FOUNDER_TITLES = lexicon.words("founder_title")


def line_founders(view: View) -> list[Actor]:
    """The people a timeline line opens with, past its date, joined by `·` and perhaps titled
    as founders, before a comma (`2017년 3월 나예린·권태오, 서울 성수동에서 온결 창업`): who
    founded what the line says was founded (gold guide: founders are the founding's actors)."""
    tokens, index, founders = view.tokens, past_opening_dates(view), []
    while index < len(tokens):
        person = entity_starting(view, index)
        if person is None or person.label != "PERSON":
            return []
        founders.append(actor_of(person, view.index))
        index = view.token_at(person.end - 1) + 1
        if index < len(tokens) and tokens[index].text in FOUNDER_TITLES:
            index += 1
        if index < len(tokens) and tokens[index].text == ",":
            return founders
        if index >= len(tokens) or tokens[index].text != "·":
            return []
        index += 1
    return []


def conjunct_actors(view: View, index: int, subject: Actor) -> list[Actor]:
    """The other organisations or people of the topic or subject phrase, before token
    ``index`` in its clause, that names ``subject`` (`A와 B가`)."""
    clause = view.clause_start(index)
    for phrase in view.phrases:
        if phrase.role in ("topic", "subject") and clause <= phrase.first and phrase.particle < index:
            head = head_entity(view, phrase)
            if head is not None and head.canonical == subject.name:
                return [actor_of(entity, view.index) for entity in conjuncts(view, phrase)
                        if entity.label in ("ORG", "PERSON") and entity.canonical != subject.name]
    return []


def joiners(view: View, index: int) -> list[Actor]:
    """Who joins at the verb at ``index`` (`기존 투자사 한결과 마루파트너스도 참여했다`): the
    organisations or people of the last topic, subject or `도` phrase before it in its clause,
    not a relative clause's (`아스트라캐피털이 주도한 시리즈B에는`); all of a list of names that
    commas part (`CJ제일제당, 마일스톤인베스트먼트, 청연캐피탈이`)."""
    phrase = chained_subject_before(view, index)
    head = head_entity(view, phrase) if phrase is not None else None
    if head is None or head.label not in ("ORG", "PERSON"):
        return []
    named = _listed(view, phrase) or [
        head, *(e for e in conjuncts(view, phrase) if e.label in ("ORG", "PERSON") and e.canonical != head.canonical)]
    return [actor_of(entity, view.index) for entity in named]


def _listed(view: View, phrase: Phrase) -> list[Entity]:
    """The names of a list of organisations or people that commas part and the phrase ends
    (`CJ제일제당, 마일스톤인베스트먼트, 청연캐피탈이`: the phrase holds only the last), the
    phrase's first name and those before it; none where no comma stands before it."""
    first = next((e for e in phrase_entities(view, phrase) if e.label in ("ORG", "PERSON")), None)
    if first is None:
        return []
    listed = [first]
    earlier = sorted((e for e in view.entities if e.end <= first.start), key=lambda e: e.start, reverse=True)
    for entity in earlier:
        between = [t for t in view.tokens if entity.end <= t.start and t.end <= listed[0].start]
        if entity.label not in ("ORG", "PERSON") or [t.text for t in between] != [","]:
            break
        listed.insert(0, entity)
    return listed if len(listed) > 1 else []


def can_act(view: View, actor: Actor) -> bool:
    """Whether an actor can be an event's: a place does business only as its own sentence's
    topic or subject (`제주도가 … 발표했다`, `일본 정부는`). A place named where the event
    happens (`한국에서는 … 계약을 맺고`) or carried from a sentence about it (`일본은 …
    수요가 크다. … 협약을 맺었다`) leaves the event to the organisation the article is about."""
    if actor.label != "LOCATION":
        return True
    return actor.sentence == view.index and any(
        candidate.actor == actor and candidate.rank < RANKS["locative"] for candidate in view.candidates
    )


# `넥슨 출신 개발자들`: people described by where they come from.
ORIGIN_WORDS = lexicon.words("origin_word")

# Tokens a described noun phrase may hold before the product's name (`출시한 복강경 봉합기 ‘H-스티치 3’`).
BROUGHT_OUT_REACH = 6


def adnominal_ending(view: View, index: int) -> int | None:
    """The token of the verb's ending at ``index`` (`출시한`, `내놓은`), if it is adnominal; past
    an auxiliary the verb joins (`세워진`: `세우`+`어`+`지`+`ㄴ`)."""
    tokens = view.tokens
    ending = next((i for i in range(index, min(index + 4, len(tokens))) if view.ending(i)
                   and not (view.ending(i) == "EC" and i + 1 < len(tokens) and tokens[i + 1].first == "VX")), None)
    return ending if ending is not None and view.ending(ending) == "ETM" else None


def brought_out(view: View, index: int, product: Actor) -> bool:
    """Whether the product is what the event verb at ``index`` brings out, not who acts: the
    noun phrase its relative clause describes (`2024년 5월 선보인 GPT-4o의 가격은`, `지난해
    출시한 복강경 봉합기 ‘H-스티치 3’는`) or a demonstrative one that points back to it (`내놓은 이
    제품이`), the subject of its passive (`출시된 포근밴드는`, `포근밴드는 … 출시됐다`), or the object
    it acts on (`‘유리 정원의 계절’을 공개했고, 이 작품은`)."""
    if view.passive(index):
        return True
    clause = view.clause_start(index)
    if any(phrase.role == "object" and clause <= phrase.first and phrase.particle < index
           and any(e.canonical == product.name for e in phrase_entities(view, phrase)) for phrase in view.phrases):
        return True
    ending = adnominal_ending(view, index)
    if ending is None:
        return False
    pointing = ending + 1 < len(view.tokens) and view.tokens[ending + 1].text in DEMONSTRATIVES
    return pointing or any(entity.canonical == product.name for entity in described_names(view, ending))


def described_names(view: View, ending: int) -> list[Entity]:
    """The names of the noun phrase a relative clause ending at token ``ending`` describes: the
    phrase runs on to them with no particle and no verb between (`출시한 복강경 봉합기 ‘H-스티치 3’`)."""
    found = []
    for entity in view.entities:
        if entity.start < view.tokens[ending].end:
            continue
        between = view.tokens[ending + 1 : view.token_at(entity.start)]
        if len(between) <= BROUGHT_OUT_REACH and not any(t.first[0] in "JEV" for t in between):
            found.append(entity)
    return found


def opened_by(view: View, index: int) -> Actor | None:
    """The organisation a relative clause of opening doors describes, with no subject of its own
    (`2019년 부산에서 문을 연 … 스타트업 물때는`, `2017년 6월 덴버에서 문을 연 로드핀치다`): it opened them."""
    ending = adnominal_ending(view, index)
    named = described_names(view, ending) if ending is not None else []
    return actor_of(named[0], view.index) if named and named[0].label == "ORG" else None


def maker(state: State, view: View, fallback: Actor | None, product: Actor) -> Actor:
    """Who brought a product out: the actor carried to the sentence, else the organisation
    the article is about, else the organisation last named (`청담식품은 … ‘청담 라이트’는
    지난해 9월 출시됐다`), else the product itself: the launch date is worth its row."""
    if fallback is not None and fallback.label in ("ORG", "PERSON") and fallback.name != product.name:
        return fallback
    return state.about_actor(view) or state.organisation_of(product, view)


def raiser(state: State, view: View, index: int, investors: list[Actor], fallback: Actor | None) -> Actor | None:
    """Who raised the money of an investment received: the sentence's actor, never one of the
    investors the clause names before the verb (`누리핏은 … 가온벤처스가 주도하고 한빛은행이 참여한
    시리즈A에서 40억 원을 유치했다` → 누리핏)."""
    actor, named = actor_at(state, view, view.tokens[index].start, fallback), {i.name for i in investors}
    if actor is None or actor.name not in named:
        return actor
    ranked = sorted(view.candidates, key=lambda c: (c.rank, c.position))
    return next((c.actor for c in ranked if c.actor.name not in named and c.actor.label == "ORG"), None)


def relative_subject(view: View, index: int) -> Actor | None:
    """The subject of the relative clause an event verb ends (`해담F&B가 2021년 3월 출시한
    ‘늘봄식혜 제로’는` → 해담F&B): the act is that subject's, not the sentence's topic's.
    Founders who are people the text does not name (`넥슨 출신 개발자들이 2016년 세운
    별빛게임즈는`, `서울대 동문 4명이 세운 회사다`) leave the act to the company founded: the
    name the clause describes, else (None) the sentence's actor."""
    ending = adnominal_ending(view, index)
    if ending is None:
        return None
    for phrase in reversed(view.phrases):
        if phrase.particle >= index:
            continue
        if any(view.clause_end(i) or view.ending(i) == "ETM" for i in range(phrase.particle + 1, index)):
            return None  # `X가 이끈 시리즈A에서 60억 원을 모은`: the subject of the clause inside
        if phrase.role == "subject":
            if _unnamed_people(view, phrase):
                described = next((p for p in view.phrases if p.first == ending + 1), None)
                head = head_entity(view, described) if described else None
                return actor_of(head, view.index) if head is not None and head.label == "ORG" else None
            head = head_entity(view, phrase)
            return actor_of(head, view.index) if head is not None else None
    return None


def _unnamed_people(view: View, phrase: Phrase) -> bool:
    """Whether a phrase is people the text counts or describes by origin rather than names
    (`동문 4명이`, `넥슨 출신 개발자들이`)."""
    tokens = view.tokens[phrase.first : phrase.particle]
    if any(entity.label == "PERSON" for entity in phrase_entities(view, phrase)):
        return False  # `구글 엔지니어 출신 황정이`: a founder named
    counted = any(q.unit == "명" and view.tokens[phrase.first].start <= q.start < view.tokens[phrase.particle].start
                  for q in view.quantities)
    return counted or any(token.lemma in ORIGIN_WORDS for token in tokens)


def acted_on_topic(view: View, index: int) -> tuple[Phrase, Phrase] | None:
    """The topic an event verb with no object of its own acts on, and the subject that acts,
    when that subject comes between (`누리플랜은 … 박정훈 대표와 서예린 이사가 2014년 6월 함께
    세웠다`, `싱허미디어는 천샤오린 대표가 2019년 세운 대행사다`): the topic, an organisation, is
    what its subject founded; not when that subject is another verb's (`… 주세페 몬테랄디가 …
    연 작은 공방에서 출발했다`), nor when the verb describes a noun of the sentence (`김철수가 연
    작은 가게에서`), not the predicate the topic is."""
    clause = view.clause_start(index)
    before = [p for p in view.phrases if clause <= p.first and p.particle < index]
    topics = [p for p in before if p.role == "topic"]
    subjects = [p for p in before if p.role == "subject" and topics and p.first > topics[0].particle]
    if not subjects or (head := head_entity(view, topics[0])) is None or head.label != "ORG":
        return None
    subject = subjects[0]
    if any(p.role in ("object", "also") and p.first > subject.particle for p in before):
        return None  # the verb's own object (what before the subject is a clause describing it)
    if any(view.ending(i) == "ETM" for i in range(subject.particle + 1, index)):
        return None  # `… 주세페 몬테랄디가 … 연 작은 공방에서 출발했다`: the subject of another verb
    ending = adnominal_ending(view, index)
    if ending is not None and any(p.first > ending for p in view.phrases):
        return None  # `김철수가 연 작은 가게에서`: the verb describes what it opened, not the topic
    return topics[0], subject


def acting_on_topic(view: View, index: int) -> Actor | None:
    found = acted_on_topic(view, index)
    if found is None or _unnamed_people(view, found[1]):
        return None  # `미호요는 2012년 상하이교통대 동문 3명이 세운 회사다`: the company's founding
    head = head_entity(view, found[1])
    return actor_of(head, view.index) if head is not None and head.label in ("ORG", "PERSON") else None


# Verbs and nouns of publishing a book (`출간`, `펴내다`): its launch is the publisher's.
PUBLISHING = frozenset({"출간", "발간", "펴내다"})


def publisher(view: View, index: int) -> Actor | None:
    """The organisation that published a book, named as the subject or with `에서` in the
    clause of a publishing word (`원서는 … 미국 하퍼비즈니스에서 출간돼`, `국내 번역본은 지난달
    새벽숲출판이 펴냈다`): the launch is the publisher's, not the book's."""
    if view.tokens[index].lemma not in PUBLISHING:
        return None
    clause = view.clause_start(index)
    for phrase in reversed([p for p in view.phrases if clause <= p.first and p.particle < index]):
        head = head_entity(view, phrase)
        if head is not None and head.label == "ORG" and (
                phrase.role == "subject" or view.tokens[phrase.particle].text == "에서"):
            return actor_of(head, view.index)
    return None

