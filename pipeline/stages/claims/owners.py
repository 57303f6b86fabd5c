"""Whose a measured figure is, where the figure's own words say so before the sentence's
actor does: a group or an industry named right before it, a list's or a table's names, a
relative clause's actor, a grant's giver (SPEC §6); a product's figures are ``products``'.
``figures.metric`` asks them in turn."""

from __future__ import annotations

import re

from pipeline.schema import Quantity
from pipeline.stages.claims import charts, lexicon, markets
from pipeline.stages.claims.actors import FIRST_PERSON, PART_VERBS, RANKS, Actor, actor_of
from pipeline.stages.claims.references import entity_ending, head_entity
from pipeline.stages.claims.article import book_of
from pipeline.stages.claims.clauses import relative_start
from pipeline.stages.claims.firm_sets import TALLY_VERBS
from pipeline.stages.claims.markets import MARKET
from pipeline.stages.claims.predicates import words_of
from pipeline.stages.claims.state import State
from pipeline.stages.claims.views import Phrase, View

# Connective endings after which a clause naming no one goes on with the clause before.
JOINING_ENDINGS = lexicon.words("joining_ending")


def opening_bracket(view: View, quantity: Quantity) -> int | None:
    """The bracket that opens right before a figure alone in brackets."""
    opening, closing = view.token_at(quantity.start) - 1, view.token_at(quantity.end - 1) + 1
    return opening if opening >= 1 and view.tokens[opening].text == "(" and view.partner.get(opening) == closing else None


def treated_group(state: State, view: View, quantity: Quantity) -> Actor | None:
    """The group a study treats, whose effect a difference-in-differences estimate after it is
    (`이중차분 추정치로는 재해율이 4.7건 낮아졌다`, a table's `이중차분 추정치` row): the group the
    article aliases first (`(이하 단축 센터)`), not the comparison group named last; not where the
    estimate frames a relative clause (`이중차분 추정치로 줄어든 이직과 결근만 따지면 … 절감액은`)."""
    estimate = state.text.rfind("이중차분", view.start, quantity.start)
    if not state.aliases or estimate < 0 or next((view.ending(i) for i in range(
            view.token_at(estimate), view.token_at(quantity.start)) if view.ending(i)), None) == "ETM":
        return None
    return Actor(state.treated_group(), MARKET, view.index, described=True)


def group_before(state: State, view: View, quantity: Quantity) -> Actor | None:
    """The group named right before a figure, whose value it is: the age band a figure alone
    in brackets follows (`20대가 5만1200원으로 가장 많았고 30대(4만8900원), 40대(4만1500원)
    순이었다`), or an industry whose average it is (`일본 소매업 평균인 12%`)."""
    opening = opening_bracket(view, quantity)
    band = markets.band_before(state.text, view, view.tokens[opening].start) if opening is not None else None
    group = band or markets.industry_average(state.text, view, quantity.start)
    if group is None and opening is not None:
        return _bracketed_owner(state, view, opening)
    if group is None and quantity.unit == "%" and SHARE_AS_SUBJECT.match(state.text, quantity.end):
        return _genitive_group(state, view, quantity)
    return Actor(group, MARKET, view.index, described=True) if group else None


def _bracketed_owner(state: State, view: View, opening: int) -> Actor | None:
    """Whose a figure alone in brackets is, where a name or a group ends right before the
    bracket (`인천 거주 통근자(58분), 서울 거주 통근자(48분) 순이었다`, `대형마트(0.5%)를
    앞질렀다`, `도쿄(8.1%)`): that one's. Where respondents chose among the items (`생산·기능직을
    꼽은 기업이 71.3%로 … 연구개발직(12.6%)`), a group item is an answer, no owner."""
    entity = entity_ending(view, opening - 1)
    if entity is not None and view.tokens[opening - 1].end == view.tokens[opening].start:
        return actor_of(entity, view.index)
    if any(token.lemma in CHOICE_VERBS for token in view.tokens):
        return None
    first = _nouns_before(view, opening)
    group = _group_ending(state, view, first, opening) if first < opening else None
    if group is None and first < opening and _lead_names_itself(state.text, view, opening):
        group = markets.surface(view.tokens[first:opening])
    if group is None and first == opening - 1 and (head := _lead_head(state.text, view, first)):
        group = f"{view.tokens[first].text} {head}"
    return Actor(group, MARKET, view.index, described=True) if group else None


def _lead_names_itself(text: str, view: View, opening: int) -> bool:
    """Whether the bracket is an item of a ranked list whose first item, the topic or subject
    before it, owns its own figure (`치킨 전문점은 매출의 68.2%를 … 가장 높았고, 중식당(57.4%)과
    분식점(48.5%)이 뒤를 이었다`): the items after it own theirs alike."""
    if not _ranked_items(text, view, opening):
        return False
    lead = next((c for c in view.candidates if c.position < view.tokens[opening].start and c.rank <= RANKS["subject"]), None)
    return lead is not None and lead.actor.label in (None, MARKET) and view.tokens[view.token_at(lead.position)].text in lead.actor.name


def _ranked_items(text: str, view: View, index: int) -> bool:
    """Whether token ``index`` is in a ranked list (`… 순이었다`, `…가 뒤를 이었다`) whose items
    are no answers (`피해 유형(복수 응답)은 …`: those are the respondents' figures)."""
    return any(t.lemma == "순" or t.text == "뒤" for t in view.tokens[index:]) and not charts.ANSWERS.search(text, view.start, view.end)


def _lead_head(text: str, view: View, item: int) -> str | None:
    """The noun of people or firms a ranked list's first item ends in, where a later item is
    one word alone (`금융 상장사의 도입률이 41.2%로 가장 높았고 IT(39.2%), 유통(33.7%) 순이었다`):
    the word each later item leaves out (→ IT 상장사)."""
    if not _ranked_items(text, view, item):
        return None
    for particle in range(1, item):
        if view.tokens[particle].first in ("JKG", "JX", "JKS") and (first := _nouns_before(view, particle)) < particle - 1:
            head = view.tokens[particle - 1]
            asked = any(t.lemma in markets.RESPONDENT_WORDS for t in view.tokens[first:particle])  # `응답 업체의`
            return head.text if head.lemma.endswith(markets.GROUP_NOUNS) and not asked else None
    return None


# Adjectives by which a noun before them defines a group (`광고 없는 요금제 이용자`, `자녀 있는 직원`).
_HAVING = ("없다", "있다")


def _nouns_before(view: View, end: int) -> int:
    """Where the run of nouns that ends before token ``end`` begins, outside brackets; nouns
    joined by `·` are one run (`프리랜서 디자이너·개발자(15.8%)`, `경기·인천 세입자(24.1%)`)."""
    first = end
    while first > 0 and not view.in_round[first - 1] and (view.tokens[first - 1].nominal or view.joins_nouns(first - 1)):
        first -= 1
    tokens = view.tokens
    if first >= 3 and tokens[first - 1].first == "ETM" and tokens[first - 2].lemma in _HAVING and (
            tokens[first - 3].nominal):
        first -= 3  # `광고 없는 요금제 이용자(3.5%)`: what the group has or lacks defines it
    return first


def _group_ending(state: State, view: View, first: int, end: int) -> str | None:
    """The group the nouns from ``first`` to before ``end`` name: a study's arm the article
    named with `(이하 …)` first (`비교 센터(12.6%)보다`, `도입 센터 상담사의 91%가`)."""
    phrase = Phrase(first, end - 1, end, "subject")
    return markets.alias_group_of(view, phrase, state.aliases) or markets.group_of(view, phrase) or markets.staff_of(view, phrase)


def _genitive_group(state: State, view: View, quantity: Quantity) -> Actor | None:
    """The group whose share a percentage right after its genitive is (`미국 수출 기업의 44.3%는`,
    `대기업의 30.1%가`): a survey's sub-group, that one's."""
    genitive = view.token_at(quantity.start) - 1
    if genitive < 1 or view.tokens[genitive].first != "JKG":
        return None
    first = _nouns_before(view, genitive)
    if first == genitive or any(t.lemma in SAMPLE_NOUNS or t.first == "NP" for t in view.tokens[first:genitive]):
        return None  # `응답자의 58%가`, `전체 고객의`, `저희 고객의`: the population's, the speaker's
    group = _group_ending(state, view, first, genitive)
    return Actor(group, MARKET, view.index, described=True) if group else None


# Verbs of respondents choosing an answer (`…을 꼽은 기업이`): the items listed are answers.
CHOICE_VERBS = lexicon.words("choice_verb")
# A share that is its clause's subject or topic (`…의 44.3%는`), not a base it is compared
# with (`일반 국민의 69.1%에 그쳤다`).
SHARE_AS_SUBJECT = re.compile(r"(?:가|이|은|는|도)(?![가-힣])")

# Nouns of a survey's respondents or sample as a whole, not a sub-group of it.
SAMPLE_NOUNS = lexicon.words("respondent_word") | lexicon.words("sample_word") | lexicon.words("whole_word")

# Words of a book's information line (`마거릿 헤일 지음 · 김도연 옮김 · … · 1만8000원`).
BOOK_CREDITS = lexicon.words("book_credit")


def book_line(state: State, view: View, quantity: Quantity) -> Actor | None:
    """The reviewed book, for its price and pages on its information line (`지은이 … / 옮긴이 …
    / 온새미출판사 / 352쪽 / 2만2000원`)."""
    line = state.text[view.start : view.end]
    if quantity.kind != "money" and quantity.unit != "쪽" or not any(word in line for word in BOOK_CREDITS):
        return None
    book = book_of(state.views)
    return actor_of(book, view.index) if book is not None else None


def whole_owner(view: View, quantity: Quantity) -> Actor | None:
    """The organisation whose whole a part's share is, named in that whole right before the
    share (`‘바다찬’은 지난해 해오름 매출의 14%를 차지했다`, `판단 라테는 … 해밀 말레이시아 매장
    음료 매출의 22%를 차지했다`): the organisation's figure, not its product's or place's; a
    share an organisation or a person makes up of another's is left to the sentence."""
    index = view.token_at(quantity.start)
    if quantity.unit != "%" or index < 2 or view.tokens[index - 1].text != "의":
        return None
    if not any(token.lemma in PART_VERBS for token in view.tokens[index + 1 : view.clause_end_from(index) + 1]):
        return None
    first = index - 1
    while first > 0 and view.nominal(first - 1):
        first -= 1
    start, end = view.tokens[first].start, view.tokens[index - 1].start
    owner = next((e for e in view.entities_in(start, end) if e.label == "ORG"), None)
    parts = [p for p in view.phrases if p.role in ("topic", "subject") and p.particle < first]
    part = head_entity(view, parts[-1]) if parts else None
    if owner is None or part is not None and part.label in ("ORG", "PERSON"):
        return None
    return actor_of(owner, view.index)


# Nouns of a share (`비율`, `비중`) whose whole a clause may open with (`… 이용자 가운데 … 비율은`).
_SHARE_NOUNS = ("비율", "비중")


def whole_group(view: View, quantity: Quantity) -> Actor | None:
    """The market-wide group or age band whose share a figure is, where the sentence opens, past
    a time, with the group and `가운데` or `중` and the figure's clause measures a share of it
    (`국내 유료 OTT 이용자 가운데 광고형 요금제를 쓰는 비율은 … 21.6%로`): the group's figure; a
    group without a scope word (`구매 고객 가운데`) is most often a company's, left to the sentence."""
    if quantity.unit != "%":
        return None
    tokens = view.tokens
    part = next((i for i in range(1, len(tokens)) if not tokens[i].nominal or tokens[i].lemma in markets.PART_OF), None)
    if part is None or tokens[part].lemma not in markets.PART_OF:
        return None
    first = markets.past_time(view, tokens[:part])
    index = view.token_at(quantity.start)
    if first >= part or not any(token.lemma in _SHARE_NOUNS for token in tokens[part + 1 : index]):
        return None
    whole = Phrase(first, part - 1, part, "topic")
    group = markets.age_group_of(view, whole) or markets.scope_of(view, whole)
    return Actor(group, MARKET, view.index, described=True) if group else None


def group_topic(view: View, quantity: Quantity, aliases: frozenset[str] = frozenset()) -> Actor | None:
    """The group of people or firms the figure's clause is about, its topic or subject as
    written (`신규 고객은 … 비율이 11.8% 높았다`, `직원 1000명 이상 대기업은 … 1.1% 줄었다`, `경기
    거주 통근자가 62분으로`): a study's or survey's sub-group, whose finding the figure is,
    whoever the article is about (gold guide, survey sub-groups). Not a count, which counts
    the group for its owner (`유료 구독자는 4만2000명`), unless it is an average per member
    (`경기 거주 통근자는 출근길에 평균 1.7번`). A group the article names with `(이하 …)` is named
    so, also where its people are the topic (`도입 병동 간호사의 이직률은` → 도입 병동: gold guide,
    people in a study's units)."""
    index = view.token_at(quantity.start)
    if quantity.kind == "count" and not (index and view.tokens[index - 1].text == "평균"):
        return None
    start = view.clause_start(index)
    phrases = [p for p in view.phrases if p.role in ("topic", "subject") and start <= p.first and p.particle < index]
    topics = [p for p in phrases if p.role == "topic"]
    # A subject right before the figure (`… 회원의 비율은 쿠폰을 받은 회원이 2.7%`), else the last
    # topic, else a subject after it (`결제액은 경기 거주 이용자가 평균 12만 원으로`).
    averaged = index and view.tokens[index - 1].text == "평균"
    before = [p for p in phrases if p.role == "subject" and p.particle == index - 1 - averaged]
    candidates = [*before, *topics[-1:], *(p for p in phrases if p.role == "subject" and (not topics or p.first > topics[-1].particle))]
    for phrase in candidates:
        if (group := markets.alias_group_of(view, phrase, aliases) or _group_named(view, phrase, phrase in before)) is not None:
            return Actor(group, MARKET, view.index, described=True)
    if start and not any(view.entities_in(view.tokens[p.first].start, view.tokens[p.last].end) for p in phrases):
        return _joined_group(view, start, aliases)
    return None


def _joined_group(view: View, start: int, aliases: frozenset[str]) -> Actor | None:
    """The group whose finding the clause before the one at ``start`` gave, where a connective
    joins the two: a clause that names no one goes on with it (`프랜차이즈 가맹점은 … 3.4%
    올렸고, 주문 건수는 2.1% 줄어드는 데 그쳤다`); not a count of the group, its owner's."""
    joined = start - 2 if start > 1 and view.tokens[start - 1].text == "," else start - 1
    if view.tokens[joined].text not in JOINING_ENDINGS:
        return None
    first, end = view.tokens[view.clause_start(joined)].start, view.tokens[joined].start
    finding = next((q for q in view.quantities if first <= q.start < end and q.kind != "count"), None)
    return group_topic(view, finding, aliases) if finding is not None else None


def _group_named(view: View, phrase: Phrase, before_figure: bool = False) -> str | None:
    """The group a topic or subject phrase names, or the group whose measure it is (`수도권
    통근자의 평균 출근 시간은`: the words before `의`); none where it begins with a
    demonstrative (`이 회사는`: a firm named before) or the first person (`우리 회사는`: the
    speaker's) or, as a subject or an owner, holds a name (`스미토모화학 등 일본 기업이`, `일본
    기업의`: the firms a name stands for)."""
    if view.tokens[phrase.first].first == "MM" or any(t.text in FIRST_PERSON for t in view.tokens[phrase.first : phrase.particle]):
        return None
    if (defined := _defined_group(view, phrase, before_figure)) is not None:
        return defined
    genitive = next((i for i in range(phrase.first, phrase.particle) if view.tokens[i].first == "JKG"), None)
    if genitive is not None:
        phrase = Phrase(phrase.first, genitive - 1, genitive, phrase.role)
    if (genitive is not None or phrase.role == "subject") and not markets.ends_collective(view.tokens[phrase.first : phrase.particle]) and any(
            view.tokens[i].first == "MM" or i in view.named for i in range(phrase.first, phrase.particle)):
        return None  # but a collective of companies is one of its own (`한국 배터리 3사의`)
    return markets.group_of(view, phrase) if phrase.last >= phrase.first else None


def _defined_group(view: View, phrase: Phrase, before_figure: bool = False) -> str | None:
    """The group whose measure a topic is, where a relative clause defines it and a genitive
    says so (`외부 출신 승계자를 발표한 기업의 3일 누적초과수익률은`, `새 제도를 적용받은
    설계사의 1인당 신계약 건수는`), or that is a subject so defined right before the figure
    (`쿠폰을 받은 회원이 2.7%`):
    written as the text writes it, the clause included."""
    first = phrase.first
    owner = first + 1 < phrase.last and view.tokens[first + 1].first == "JKG"
    subject = before_figure and first == phrase.last  # `쿠폰을 받은 회원이 2.7%`
    if not (first and (owner or subject) and view.ending(first - 1) == "ETM"
            and view.tokens[first].lemma.endswith(markets.GROUP_NOUNS)):
        return None
    start = relative_start(view, first - 1)
    return markets.surface(view.tokens[start : first + 1]) if start < first - 1 else None


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
            if words and not _counted_people(tokens[phrase.first : phrase.particle]):
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


def _counted_people(tokens: list) -> bool:
    """Whether a phrase only counts the people named before (`셋이`, `두 사람이`: `창업 자금은 셋이
    모은 1억2000만 원`), no group of its own."""
    return [t.first for t in tokens] == ["NR"] or len(tokens) == 2 and tokens[0].first == "MM" and tokens[1].lemma == "사람"


# `일본 정부가`: a place that acts as its government.
GOVERNMENT_WORDS = lexicon.words("government_word")


def granted_by(view: View, quantity: Quantity) -> Actor | None:
    """The subject of a relative clause that describes the topic of a sum of money, when no
    topic or subject up to the figure names an entity: `일본 정부가 지금까지 약속한 지원금은
    9200억 엔에 이른다` measures what 일본 promised, not what the paragraph's company got."""
    if quantity.kind != "money":
        return None  # a share of what a part makes up (`세움은행이 차지하는 비중은`) is the whole's
    index = view.token_at(quantity.start)
    actors = [p for p in view.phrases if p.particle < index and p.role in ("topic", "subject")]
    if not actors or any(head_entity(view, p) for p in actors[-1:]):
        return None
    topic = actors[-1]
    if topic.first < 1 or view.ending(topic.first - 1) != "ETM" or view.tokens[max(topic.first - 2, 0)].lemma in TALLY_VERBS:
        return None  # `…가 집계한 … 합계는`: the source counted the sum up, no one granted it
    clause = [p for p in actors[:-1] if p.role == "subject" and p.particle < topic.first
              and not any(view.clause_end(i) for i in range(p.particle + 1, topic.first - 1))]
    head = head_entity(view, clause[-1]) if clause else None
    if head is None or head.label == "LOCATION" and not any(
            t.lemma in GOVERNMENT_WORDS for t in view.tokens[clause[-1].first : clause[-1].particle]):
        return None  # a place acts as its government (`일본 정부가`), not as a branch (`광교점이 올린`)
    return actor_of(head, view.index) if head.label in ("ORG", "LOCATION") else None


# A listed name's particle before its figure (`해밀이 51%`).
_SUBJECT_PARTICLE = re.compile("[이가] ")


def listed_owner(state: State, view: View, quantity: Quantity) -> Actor | None:
    """In a list of names each followed by its figure (`점유율은 대한항공 37.6%, 아시아나항공
    23.9%, 제주항공 12.4% 순이었다`, or with the subject's particle: `지분은 해밀이 51%, 진펑이
    49%였다`), the name right before the figure owns it, and in a table's row the figures in
    the cells after it (`가람페이⇥41%⇥44%`); so does a group the article named (`해지율은 단순
    통보 집단 9.8%, 사전 설명 집단 7.2%`). One name and a figure alone (`매출 3조 원`) make no
    list. The sentence's list is read once, for all its figures."""
    if view.index not in state.listed_owners:
        state.listed_owners[view.index] = _listed_owners(state.text, view, state.aliases)
    owners = state.listed_owners[view.index]
    return owners.get(quantity.id) if len(owners) > 1 else None


def _listed_owners(text: str, view: View, aliases: frozenset[str]) -> dict[str, Actor]:
    """The owner of each of the sentence's figures that a listed name or aliased group owns."""
    owners: dict[str, Actor] = {}
    for previous, listed in zip([None, *view.quantities], view.quantities):
        # By the text, as Kiwi may read a name and its particle as one word (`다온외식관리가`);
        # places so listed split one actor's figure (`수출을 지역별로 보면 미국이 760억 원`).
        entity = next((e for e in view.entities if e.end + 1 == listed.start or (
            e.label != "LOCATION" and _SUBJECT_PARTICLE.fullmatch(text, e.end, listed.start))), None)
        if entity is not None:
            owners[listed.id] = actor_of(entity, view.index)
        elif group := next((a for a in aliases if text.endswith(f"{a} ", view.start, listed.start)
                            and not text[listed.start - len(a) - 2 : listed.start - len(a) - 1].isalnum()), None):
            owners[listed.id] = Actor(group, MARKET, view.index, described=True)
        elif previous is not None and previous.id in owners and text[previous.end : listed.start] == "\t":
            owners[listed.id] = owners[previous.id]
    return owners
