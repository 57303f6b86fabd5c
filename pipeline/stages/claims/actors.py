"""Who a sentence is about: the entities its topic and subject phrases name, what a
demonstrative or a noun points back to, and what a relative clause names
(``article`` holds who the whole article is about)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pipeline.schema import Entity
from pipeline.stages.claims import lexicon
from pipeline.stages.claims.article import book_or_author
from pipeline.stages.claims.clauses import in_relative_clause, in_when_clause
from pipeline.stages.claims.firm_sets import firm_set_of, listed_firms_of
from pipeline.stages.claims.goods import commodity_of, foreign_goods, origin_goods_of, traded_goods_of
from pipeline.stages.claims.markets import (
    COLLECTIVE, MARKET, PART_OF, age_group_of, alias_group_of, bounded_group_of, group_of, market_of, past_time,
    placed_people_of, scope_of, staff_of,
)
from pipeline.stages.claims.phrases import measured_after, object_after
from pipeline.stages.claims.references import (
    COMPANY_NOUNS, body_of_kind, breakdown_owner, cited_organisation, demonstrative, entity_ending, entity_named,
    entity_starting, head_entity, kind_noun_alone, parent_of, past_opening_dates, places_a_thing, product_of_kind,
)
from pipeline.stages.claims.views import DEMONSTRATIVES, Phrase, Token, View, is_particle, words_of


# Nouns that refer back to the actor in view (`회사는 …을 늘렸다`), not to a new one.
REFERRING_NOUNS = lexicon.words("referring_noun")

# Words for the article's author (`필자는`).
AUTHOR_WORDS = lexicon.words("author_word")

# The first person of an interview's answers (`저희는`): the interviewee's organisation.
FIRST_PERSON = lexicon.words("first_person")

RESOLUTION_REACH = 2  # sentences back that `이 <noun>` may point to

@dataclass(frozen=True)
class Actor:
    name: str
    label: str | None  # the entity's label; None for a noun phrase
    sentence: int  # index of the sentence that names it
    # Named not by the phrase but by a relative clause before it (`나눔링크에 연결된 푸드뱅크는`)
    # or by its noun having introduced the entity (`자체 앱 ‘다온톡’ … 앱 이용자는`): it speaks
    # for its own sentence only, and a relative clause's date is no date of the phrase's.
    described: bool = False

    @property
    def researchers(self) -> bool:
        """Whether this is a study's researchers (`연구진은 …`), whose figures are its method."""
        return self.label is None and self.name in RESEARCHERS

    @property
    def companies(self) -> bool:
        """Whether this is a collective of companies (`카드 3사`), which speaks as a name does."""
        return self.label is None and COLLECTIVE.fullmatch(self.name.rpartition(" ")[2]) is not None


@dataclass(frozen=True)
class Candidate:
    rank: int  # lower speaks louder: see RANKS
    position: int
    actor: Actor

RANKS = {"topic": 1, "subject": 2, "locative": 3}
DEMONSTRATIVE_RANK = 4  # a demonstrative in any other phrase
SOURCE_RANK = 5  # who reports an estimate speaks only where nothing else does

# Nouns that name where a figure comes from (`조사에서`), and verbs that report an estimate.
SOURCE_NOUNS = lexicon.words("source_noun")
SOURCE_VERBS = lexicon.words("source_verb")

# Verbs whose subject is a part of what a figure measures (`세움은행이 차지하는 비중은`).
PART_VERBS = lexicon.words("part_verb")

def _reports(view: View, phrase: Phrase) -> bool:
    """Whether the verb that ends the phrase's clause reports an estimate (`추산했다`), past a
    clause it reports (`… 시장이 … 커졌다고 집계했다`)."""
    end = view.clause_end_from(phrase.particle + 1)
    end = view.clause_end_from(end + 1) if view.tokens[end].text in ("다고", "라고") and end + 1 < len(view.tokens) else end
    return any(view.tokens[i].lemma in SOURCE_VERBS and view.tokens[i + 1].first == "XSV"
               for i in range(max(end - 2, phrase.particle + 1), end))


def _owned_topic(view: View) -> bool:
    """Whether the sentence's topic is an organisation's or a product's measure (`두레이츠의 배달
    앱 주문 점유율은`)."""
    return any(p.role == "topic" and (e := head_entity(view, p)) is not None and e.label in ("ORG", "PRODUCT")
               for p in view.phrases)


def find_candidates(views: list[View], view: View, author: str | None, speaking: str | None,
                    aliases: frozenset[str] = frozenset()) -> None:
    """Who the sentence's topic and subject phrases name, ranked."""
    own: list[Candidate] = []
    embedded: list[Candidate] = []
    found_at: list[Candidate] = []
    for phrase in view.phrases:
        rank = RANKS.get(phrase.role)
        if phrase.role == "also" and (object_after(view, phrase) is not None or _measured_subject(view, phrase)):
            rank = RANKS["subject"]  # `삼성전자도 21%를 기록했다`; but `매직미러도 개발했다` is an object
        if phrase.role == "object" and _reports(view, phrase) and (
                market := market_of(view, phrase) or scope_of(view, phrase)) is not None:
            # `로지인사이트는 국내 새벽배송 시장 규모를 4조 원으로 추산했다`: the market estimated
            own.append(Candidate(RANKS["subject"], view.tokens[phrase.first].start, Actor(market, MARKET, view.index)))
            continue
        if phrase.role == "object" and _reports(view, phrase) and (head := head_entity(view, phrase)) is not None:
            own.append(Candidate(RANKS["subject"], view.tokens[phrase.first].start, actor_of(head, view.index)))
            continue
        if phrase.role == "adverbial" and view.tokens[phrase.particle].text == "에서":
            if alias_group_of(view, phrase, aliases):
                rank = RANKS["locative"]  # `평균 처리 시간은 도입 센터에서 318초에서`: the aliased group's measure
            elif (group := _group_measured_at(view, phrase)) is not None:
                found_at.append(Candidate(RANKS["locative"], view.tokens[phrase.first].start,
                                          Actor(group, MARKET, view.index, described=True)))
                continue
        if phrase.role == "only" and (group := group_of(view, phrase)) and not view.quoted(view.tokens[phrase.particle].start):
            # `개인 음식점 점주만 보면 41%가`: the part of the whole the sentence's figures are of
            own.append(Candidate(RANKS["topic"], view.tokens[phrase.first].start,
                                 Actor(group, MARKET, view.index, described=True)))
            continue
        if rank is None or view.quoted(view.tokens[phrase.particle].start):
            continue
        if view.tokens[phrase.last].lemma in SOURCE_NOUNS:
            continue  # `한울인사컨설팅 조사에서 …`: where the figure comes from, not whose it is
        if phrase.role in ("topic", "subject") and _reports(view, phrase):
            rank = SOURCE_RANK  # `로지인사이트는 … 시장 규모를 4조 원으로 추산했다`
        actor = _phrase_actor(views, view, phrase, author, speaking, aliases)
        if actor is None and phrase.role == "subject" and in_when_clause(view, phrase.particle) and (
                group := group_of(view, phrase)):
            actor = Actor(group, None, view.index)  # `가족 지배 기업이 … 발표했을 때 …은 -0.64%였다`
        if actor is None and phrase.role == "locative" and view.tokens[phrase.particle - 1].text == "에서" and (
                group := group_of(view, phrase) or staff_of(view, phrase)):
            actor = Actor(group, MARKET, view.index, described=True)  # `소형 점포에서는 손실률이 0.6%p 높아졌다`
        if actor is None and phrase.role == "topic":
            view.plain_topic = True
            actor = _agent(view, phrase)
        if actor is None:
            continue
        if phrase.role == "topic" and actor.researchers:
            view.plain_topic = True  # what the researchers' clauses name is what they studied, no actor
        if phrase.role == "locative" and actor.label == "LOCATION" and _owned_topic(view):
            continue  # `두레이츠의 점유율은 대전에서 11%였지만, 청주에서는 34%에`: where, not whose
        candidate = Candidate(rank, view.tokens[phrase.first].start, actor)
        (embedded if phrase.role == "subject" and in_relative_clause(view, phrase.particle) else own).append(candidate)
    # A subject inside a relative clause (`포근랩스가 개발한 …`) speaks for the sentence only
    # when the sentence has no topic of its own; in an interview only as the first person
    # (`우리가 다루는 제품군`): an interviewee leaves out `저희는` (`벼리벤처스가 이끈 시리즈A에서
    # 52억 원을 유치했고`), also before a topic that names no one (`저희가 맡은 운송은 1만8400건`),
    # as a study's aliased group does (`도입 센터 작업자 1명이 고른 상품은 평균 96개에서`).
    embedded = [c for c in embedded if speaking in (None, c.actor.name) and (
        speaking or not view.plain_topic or c.actor.name in aliases)]
    # A group the measure's subject names (`휴면 회원이 … 주문한 비율은 2000원 쿠폰 집단에서
    # 7.3%`) says whose it is before the group where it was found.
    named = any(c.rank <= RANKS["subject"] and c.actor.label for c in own + embedded)
    view.candidates = sorted(own + embedded + ([] if named else found_at), key=lambda c: c.position)
    if view.candidates:
        return
    if (headline := _headline_actor(view)) is not None:
        view.candidates = [Candidate(RANKS["topic"], view.start, headline)]
        return
    # Without one, a demonstrative anywhere names the actor: `이 스피커로 …`.
    for phrase in view.phrases:
        noun = demonstrative(view, phrase)
        position = view.tokens[phrase.first].start
        resolved = _resolve(views, view, noun, position) if noun else None
        if resolved is not None:
            view.candidates = [Candidate(DEMONSTRATIVE_RANK, position, actor_of(resolved, view.index))]
            return

def _headline_actor(view: View) -> Actor | None:
    """The name a headline or a timeline line opens with, a comma after it, where the line
    has no topic or subject (`2020년 9월 한빛PE, 누리식품 지분 40% 인수`): its actor."""
    entity = entity_starting(view, past_opening_dates(view))
    if entity is None or entity.label not in ("ORG", "PERSON"):
        return None
    after = view.token_at(entity.end - 1) + 1
    return actor_of(entity, view.index) if after < len(view.tokens) and view.tokens[after].text == "," else None


def _measured_subject(view: View, phrase: Phrase) -> bool:
    """Whether a `도` phrase with no object after it names an entity whose clause measures
    something after it: the subject of an intransitive clause (`달빛쿠키의 팔로어도 … 5만
    명으로 늘었다`), not the object of a verb whose subject is left out (`매직미러도 개발했다`)."""
    return head_entity(view, phrase) is not None and measured_after(view, phrase)


def _group_measured_at(view: View, phrase: Phrase) -> str | None:
    """The group a `에서` phrase names, where its clause goes on to a figure (`고객 1인당 매출은
    5만 원 집단에서 8.4% 늘었고`): whose figure it is, as of `에서는`; not where a relative clause
    (`가맹점에서 받는 수수료`) or a demonstrative (`이 회사에서`) points."""
    if view.tokens[phrase.first].first == "MM" or in_relative_clause(view, phrase.particle) or (
            view.quoted(view.tokens[phrase.particle].start) or not measured_after(view, phrase)
            or head_entity(view, phrase) is not None):  # `LG전자 인사팀에서 10년간`
        return None
    return group_of(view, phrase) or staff_of(view, phrase)

def _agent(view: View, phrase: Phrase) -> Actor | None:
    """A topic without an entity that acts on an object names an actor of its
    own (`한 증권사는 … 592개를 분석해`), unless it refers back (`회사는`, `이들은`);
    a topic without an object is what the sentence measures (`입점 업체 수는 …`)."""
    if view.tokens[phrase.first].text in DEMONSTRATIVES or _by_dimension(view.tokens[phrase.first : phrase.last + 1]):
        return None  # `지역별 매출은`: a breakdown, whose the sentences before say
    group = group_of(view, phrase)
    acted_on = object_after(view, phrase)
    if acted_on is None or _a_figure(view, acted_on):  # `보유한 기간은 평균 61개월로 5년을 조금 넘었다`
        return _owner(view, phrase) or (Actor(group, None, view.index) if group else None)
    if not _names_someone(view, phrase):
        return None
    start, end = view.tokens[phrase.first].start, view.tokens[phrase.last].end
    view.attributive.update(q.id for q in view.quantities if start <= q.start < end)  # `업계 1위 기업은`
    return Actor(group or words_of("", view, phrase), None, view.index)

def _a_figure(view: View, phrase: Phrase) -> bool:
    """Whether the phrase is a figure alone (`5년을`), which a measure exceeds, no one acts on."""
    return any((q.start, q.end) == (view.tokens[phrase.first].start, view.tokens[phrase.last].end) for q in view.quantities)


def _owner(view: View, phrase: Phrase) -> Actor | None:
    """Whose measure a topic without an entity is, when a genitive says it (`국내
    급속충전기의 평균 교체 주기는` → 국내 급속충전기): the market-wide noun phrase SPEC
    allows, where no entity is in view."""
    genitive = next((i for i in range(phrase.last - 1, phrase.first, -1) if view.tokens[i].first == "JKG"), None)
    if genitive is None:
        return None
    first = phrase.first + past_time(view, view.tokens[phrase.first : genitive])
    first = _after_examples(view, first, genitive) or first
    owner = Phrase(first, genitive - 1, genitive, phrase.role)
    words = words_of("", view, owner) if first < genitive and _names_someone(view, owner) else ""
    return Actor(words, None, view.index) if words and words.removesuffix("들") not in GENERIC_PEOPLE else None


def _after_examples(view: View, first: int, last: int) -> int | None:
    """The token after the `등` that closes names listed as a group's examples, if tokens
    ``first`` up to ``last`` hold one (`LG이노텍과 한화솔루션 등 대기업 31곳이`: `대기업`)."""
    return next((i + 1 for i in range(last - 1, first - 1, -1) if view.tokens[i].lemma == "등"), None)


def _names_someone(view: View, phrase: Phrase) -> bool:
    """Whether a phrase without an entity has nouns of its own, not one referring back (`회사는`)."""
    nouns = [t.text for t in view.tokens[phrase.first : phrase.last + 1] if t.nominal and not is_particle(t)]
    return bool(nouns) and not (nouns == [nouns[-1]] and nouns[-1] in (*REFERRING_NOUNS, *STATISTICS)) and (
        view.tokens[phrase.last].first != "NP")


# A statistic alone (`중앙값은 … 평균을 밑돌았다`) measures those before it: no one.
STATISTICS = lexicon.words("statistic")
# Nouns of people that name no group (`사람의 비율`): no owner.
GENERIC_PEOPLE = lexicon.words("generic_person")
# A study's researchers (`연구진은 …`): their numbers are the study's method, their plans the authors'.
RESEARCHERS = lexicon.words("researchers")


def _phrase_actor(views: list[View], view: View, phrase: Phrase, author: str | None,
                  speaking: str | None, aliases: frozenset[str]) -> Actor | None:
    """``speaking``: the organisation an interview's first person stands for; ``aliases``: the
    groups the article names with `(이하 …)`."""
    if phrase.role in ("topic", "subject") and (last := view.tokens[phrase.last].text) in RESEARCHERS:
        return Actor(last, None, view.index)  # `미국 라이스대 연구진은`: the study's, not the university's
    words = {t.text for t in view.tokens[phrase.first : phrase.last + 1]}
    if speaking and words & FIRST_PERSON and head_entity(view, phrase) is None:
        return Actor(speaking, "ORG", view.index)  # `저희 국내 점유율은`: the speaker's, no market's
    nouns = [t.text for t in view.tokens[phrase.first : phrase.last + 1] if t.first == "NNG"]
    if speaking and nouns == ["본사"] and (parent := parent_of(views[: view.index + 1], speaking)):
        return actor_of(parent, view.index)  # `본사는`: in an interview with a group's local unit, the group
    if speaking and any(t.text == "법인" and view.tokens[i - 1].first == "NNP" and i > phrase.first
                        for i, t in enumerate(view.tokens[phrase.first : phrase.last + 1], phrase.first)):
        return Actor(speaking, "ORG", view.index)  # `한국 법인의 연구개발 인력은`: the unit its head speaks for
    if (aliased := alias_group_of(view, phrase, aliases) or firm_set_of(view, phrase)) is not None:
        return Actor(aliased, MARKET, view.index, described=True)
    market = market_of(view, phrase)
    if market is not None:  # `…시장에서는 점유율 38%로 1위다`: where the share is, not whose
        return Actor(market, MARKET, view.index) if phrase.role != "locative" else None
    if (goods := commodity_of(view, phrase) or origin_goods_of(view, phrase)) is not None or foreign_goods(view, phrase):
        return Actor(goods, MARKET, view.index, described=True) if goods else None  # `스웨덴산이`: the importer's
    scope = scope_of(view, phrase) or traded_goods_of(view, phrase)
    if scope is not None:
        return Actor(scope, MARKET, view.index, described=True)
    if phrase.role in ("topic", "subject") and (group := age_group_of(view, phrase) or bounded_group_of(view, phrase)
                                                or placed_people_of(view, phrase) or listed_firms_of(view, phrase)):
        return Actor(group, MARKET, view.index, described=True)
    head = head_entity(view, phrase)
    listed = _after_examples(view, phrase.first, phrase.last)
    if head is not None and listed is not None and view.tokens[listed - 1].start >= head.end:
        # `하루온, 데일리모아, 위드유 등 한국계 편의점 3사의`: examples of the group after them
        after = Phrase(listed, phrase.last, phrase.particle, phrase.role)
        group = scope_of(view, after) or group_of(view, after)
        return Actor(group, MARKET, view.index, described=True) if group else None
    if head is not None and _a_part(view, phrase):
        return None  # `이 가운데 늘봄식혜의 비중은 18%다`: the share in the whole's owner's figure
    if head is not None and head.label == "LOCATION" and phrase.role == "subject":
        if owner := breakdown_owner(view):
            return actor_of(owner, view.index)  # `백록의 2024년 수출을 지역별로 보면 미국이 760억 원으로`: 백록's
        if _by_dimension(view.tokens[: phrase.first]):
            return None  # `지역별 승인액은 제주가 1870억 원으로`: whose breakdown, the sentences before say
    if head is not None and not places_a_thing(view, phrase, head):
        return actor_of(head, view.index)
    if author and words & AUTHOR_WORDS:
        return Actor(author, "PERSON", view.index)
    if speaking and words & FIRST_PERSON:
        return Actor(speaking, "ORG", view.index)
    noun = demonstrative(view, phrase)
    resolved = _resolve(views, view, noun, view.tokens[phrase.first].start) if noun else None
    if resolved is None and noun in COMPANY_NOUNS:
        resolved = cited_organisation(view, view.tokens[phrase.first].start)
    elif resolved is None and (kind := noun or kind_noun_alone(view, phrase)):
        resolved = body_of_kind(views, view, kind, view.tokens[phrase.first].start) or (  # `이 조합의`, `재단은`
            noun and product_of_kind(views, view, noun, view.tokens[phrase.first].start))  # `이 상품의`
    if resolved is not None:
        return actor_of(resolved, view.index)
    if phrase.role not in ("topic", "subject"):
        return None
    if (book := book_or_author(views, view.tokens[phrase.last].lemma)) is not None:
        return actor_of(book, view.index)
    noun = _kind_noun(view, phrase)
    described = (noun and _resolve(views, view, noun, view.tokens[phrase.first].start, _introduced_by)) or (
        _named_in_modifier(view, phrase))
    return Actor(described.canonical, described.label, view.index, described=True) if described else None

def _kind_noun(view: View, phrase: Phrase) -> str | None:
    """The common noun a phrase opens with (`앱 회원 수는`), which may name again what it
    introduced just before (`자체 앱 ‘한림온’으로`)."""
    first = view.tokens[phrase.first]
    return first.text if first.first == "NNG" and first.text not in REFERRING_NOUNS else None

def _named_in_modifier(view: View, phrase: Phrase) -> Entity | None:
    """The first organisation or product named in the relative clause before a topic or
    subject phrase that names none (`나눔링크에 연결된 푸드뱅크는 46곳`, `세움ON을 통해 …
    이용하는 고객 비율은`): the figure is that entity's, in this sentence only."""
    before = phrase.first - 1
    if before < 0 or view.ending(before) != "ETM" or not _names_someone(view, phrase):
        return None
    if any(t.lemma in PART_VERBS for t in view.tokens[max(before - 2, 0) : before]):
        return None  # `세움은행이 차지하는 비중은`: the part's share of a whole, whose it is
    # The clause begins after the one before it, or after another relative clause
    # (`한림대가 주최한 대회에서 누리소프트가 만든 앱은`).
    clause = view.clause_start(before)
    first = next((i + 1 for i in range(before - 1, clause - 1, -1) if view.ending(i) == "ETM"), clause)
    start, end = view.tokens[first].start, view.tokens[before].end
    return next((e for e in view.entities_in(start, end)
                 if (e.label in ("ORG", "PRODUCT") or e.label == "LOCATION" and _scene(view, e))
                 and not view.in_round[view.token_at(e.start)]), None)

def _scene(view: View, place: Entity) -> bool:
    """Whether a place opens its sentence as where things happen (`노르웨이에서 지난해 팔린
    신차 가운데 …`)."""
    after = view.token_at(place.end - 1) + 1
    return place.start == view.start and after < len(view.tokens) and view.tokens[after].text == "에서"

def _a_part(view: View, phrase: Phrase) -> bool:
    """Whether a phrase opens with a part noun after a demonstrative (`이 가운데`) or with one
    that holds its demonstrative (`그중`)."""
    first, second = view.tokens[phrase.first], view.tokens[min(phrase.first + 1, phrase.last)]
    return first.text in PART_OF or (first.text in DEMONSTRATIVES and second.text in PART_OF)

def _by_dimension(tokens: list[Token]) -> bool:
    """Whether the tokens hold a measure by a dimension (`지역별 매출`: `별` before a noun), whose
    places are cells (`지역별 승인액은 제주가`; not `도시별로는 오사카가`, a survey's choices)."""
    return any(t.text == "별" and t.first == "XSN" and n.first == "NNG" for t, n in zip(tokens, tokens[1:]))

def actor_of(entity: Entity, sentence: int) -> Actor:
    return Actor(entity.canonical, entity.label, sentence)


def _resolve(views: list[View], view: View, noun: str, before: int,
             named_by: Callable[[View, int], Entity | None] | None = None) -> Entity | None:
    """The entity that `이 <noun>` points back to: the last one the noun named
    (``named_by``, by default ``_named_by``), in this sentence before ``before`` or in the
    sentences just before."""
    named_by = named_by or _named_by
    for earlier in (view, *reversed(views[max(view.index - RESOLUTION_REACH, 0) : view.index])):
        limit = before if earlier is view else earlier.end
        found = None
        for index, token in enumerate(earlier.tokens):
            if token.start >= limit:
                break
            if token.text == noun:
                found = named_by(earlier, index) or found
        if found is not None:
            return found
    return None

def _named_by(view: View, index: int) -> Entity | None:
    """The entity the noun at ``index`` stands for in its own sentence: `밴드
    포근밴드`, `플랫폼인 나눔링크`, `세움ON 앱`, `D-캐스트는 … 시스템이다`."""
    tokens = view.tokens
    copula = index + 1 < len(tokens) and tokens[index + 1].first == "VCP"
    entity = entity_starting(view, index + 1) or entity_ending(view, index - 1)
    if entity is None and copula:
        entity = entity_starting(view, index + 2)
        if entity is None and any(t.last == "EF" for t in tokens[index + 1 : index + 3]):
            topics = [c for c in view.candidates if c.rank == RANKS["topic"]]
            entity = entity_named(view, topics[0].actor.name) if topics else None
    return entity

def _introduced_by(view: View, index: int) -> Entity | None:
    """The organisation or product the noun at ``index`` introduces (`자체 앱 ‘한림온’`)."""
    entity = entity_starting(view, index + 1)
    return entity if entity is not None and entity.label in ("ORG", "PRODUCT") else None
