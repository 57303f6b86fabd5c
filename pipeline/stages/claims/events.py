"""Event claims: a dated business event of a fixed kind (SPEC §6), its actor (chosen with
``event_actors``), object and, for deals, amount."""

from __future__ import annotations

import re

from pipeline.schema import DateRecord, EventKind
from pipeline.stages.claims import deals, event_actors, lexicon
from pipeline.stages.claims.actors import RANKS, Actor
from pipeline.stages.claims.clauses import verb_end
from pipeline.stages.claims.references import COMPANY_NOUNS, conjuncts, head_entity
from pipeline.stages.claims.plans import PLAN_WORDS, aimed_after_issue
from pipeline.stages.claims.lexicon import EventRule
from pipeline.stages.claims.markets import MARKET
from pipeline.stages.claims.predicates import LIGHT_VERBS, TARGET_PARTICLES
from pipeline.stages.claims.dating import event_date
from pipeline.stages.claims.intentions import REPORTING, intended, quotative
from pipeline.stages.claims.state import DEAL_KINDS, PRICED_KINDS, Draft, State, actor_at, sources
from pipeline.stages.claims.views import OPENERS, Phrase, View, words_of


# Event nouns, as predicates (`설립했다`, `설립된`) or objects of a light verb
# (`투자를 진행했다`, `파트너십을 맺고`), and event verbs by lemma (`세웠다`, `내놓은`).
EVENT_NOUNS = lexicon.event_rules("event_noun")
EVENT_VERBS = lexicon.event_rules("event_verb")

# A word in an event's object → the class of object it makes (`공장` → facility).
OBJECT_CLASSES = lexicon.mapping("object_word")
# A branch store: two or more syllables of a place glued to `점` (`원주점`).
_BRANCH = re.compile(r"[가-힣]{2,}점")
# Nouns of reports and surveys, whose release is no event.
REPORT_NOUNS = lexicon.words("report_noun")

LIGHT_VERB_NOUNS = lexicon.words("light_verb_noun")

# Nouns of joining (`참여`) that make an investment of one who joins a funding round
# (`round_word`: `라운드`, `시리즈`, `투자`) named with `에`.
ROUND_VERBS = lexicon.words("round_verb")
ROUND_WORDS = lexicon.words("round_word")

# `받다` (receive), `모으다` (raise) with money of a round in its clause: an investment received.
RECEIVING = frozenset({"받다", "모으다"})

# Verbs that report what was said (`짓겠다고 발표했다`): an intention they announce is
# the event, and they are no `announced` event of their own.
def events(state: State, view: View, fallback: Actor | None) -> list[Draft]:
    drafts = []
    for index, token in enumerate(view.tokens):
        kind = event_kind(state, view, index)
        if kind is None or view.quoted(token.start) or intended(view, index) or _negated(view, index) or (
                kind == "partnered" and _counts_the_partners(view, index)):
            continue
        publisher = event_actors.publisher(view, index)
        if publisher is None and token.lemma in event_actors.PUBLISHING:
            continue  # a book launches nothing: its publisher does, when named
        date, date_view = event_date(state, view, index)
        received = kind == "invested" and deals.received(view, index)
        investors = deals.investors(state, view, index) if received else []
        joining = kind == "invested" and token.lemma in ROUND_VERBS
        if joining and date is None:
            # `… 시리즈B 투자를 마무리했다. 이번 라운드는 X가 이끌었고`: the round the sentence before raised
            date, date_view = _round_before(state, view)
        if joining:
            # each who joined the round, and its lead (`X가 주도한 시리즈B에는`)
            joined = event_actors.joiners(view, index)
            clause_start = view.tokens[view.clause_start(index)].start
            in_clause = {e.canonical for e in view.entities if clause_start <= e.start < token.start}
            received = True
            investors = joined + [a for a in deals.investors(state, view, index)
                                  if a.name in in_clause and a.name not in {j.name for j in joined}]
        elif kind == "invested" and token.lemma in RECEIVING:
            received, investors = True, deals.investors(state, view, index)  # `…로부터 230억 원을 받았다`
        founders = event_actors.line_founders(view) if kind == "founded" and token.lemma in COMPANY_FOUNDING else []
        if received:
            subject = investors[0] if investors else None  # `카카오벤처스 등에서 180억 원을 투자받았다`
        elif founders:
            subject = founders[0]  # `2017년 3월 나예린·권태오, 서울 성수동에서 온결 창업`
        else:
            doors = kind == "founded" and "doors" in _object_classes(view, index)
            subject = (event_actors.relative_subject(view, index) or publisher
                       or (event_actors.opened_by(view, index) if doors else None)
                       or event_actors.acting_on_topic(view, index) or actor_at(state, view, token.start, fallback))
        if subject is not None and subject.label == "PRODUCT" and kind == "founded" and token.lemma in COMPANY_FOUNDING:
            subject = Actor(subject.name, "ORG", subject.sentence)  # `2019년 설립된 메디로드`: a company, not a product
        if subject is not None and not event_actors.can_act(view, subject):
            subject = state.about_actor(view)
        if kind == "founded" and _founds_the_speakers_company(state, view, index):
            subject = state.interviewee(view)  # `…와 함께 회사를 세웠습니다`: the founder, in the first person
        if subject is not None and subject.label == "PRODUCT" and (
                subject.sentence != view.index or event_actors.brought_out(view, index, subject)):
            subject = event_actors.maker(state, view, fallback, subject)  # a product carried over acts in no event
        if date is None or subject is None or subject.label in (None, MARKET) or aimed_after_issue(state, view, date):
            continue  # SPEC: an event is dated, past and someone's, a named one's (`투자한 기업은 36.5%`: a finding)
        sold = None
        if kind == "acquired" and (buyer := deals.passive_buyer(view, index)) is not None and buyer.name != subject.name:
            subject, sold = buyer, subject.name  # `고릴라스는 … 게티르에 인수됐다`: 게티르 bought 고릴라스
        anchor = min(date.start, token.start) if date_view is view else token.start
        amount = deals.amount(view, index) if kind in PRICED_KINDS and not joining else None
        for actor in [subject, *(investors[1:] if received else founders[1:] or event_actors.co_actors(view, index, kind, subject))]:
            if joining:  # a round's investor invests in the company the article is about, not in the round
                target = state.about if state.about != actor.name else None
            else:
                target = sold or event_object(state, view, index, kind, actor)
            drafts.append(Draft(
                "event", anchor, view, actor, predicate=kind, object=target,
                quantity=amount or (deals.joined_amount(view, index) if joining else None), date=date,
                sources=sources(state, view, actor, date_view),
            ))
        if amount is None or not received:
            receiver = None
        elif state.interview and not any(c.actor.label for c in view.candidates):
            receiver = state.about_actor(view)  # an answer's `…에서 170억 원을 투자받았습니다`: the speaker's
        else:
            receiver = event_actors.relative_subject(view, index) or event_actors.raiser(state, view, index, investors, fallback)
        if receiver is not None and receiver.label == "ORG" and receiver.name != subject.name:
            # Money raised from a named investor is also the raiser's figure (gold guide).
            drafts.append(Draft("metric", amount.start, view, receiver, predicate=deals.RAISED, quantity=amount, date=date,
                                sources=sources(state, view, receiver, date_view)))
        partner = deals.done_with(state, view, index) if kind in ("founded", "launched", "invested") else None
        if kind == "invested" and deals.invested_in(state, view, index) is not None:
            partner = None  # a co-investor in a third company is no partner (gold guide)
        if partner is not None and partner.canonical != subject.name:
            drafts.append(Draft(
                "event", anchor, view, subject, predicate="partnered", object=partner.canonical, date=date,
                sources=sources(state, view, subject, date_view),
            ))
    return _one_per_event(drafts)


def _one_per_event(drafts: list[Draft]) -> list[Draft]:
    """One claim per event a sentence tells, though two of its words tell it (`2019년 설립된 X는 …
    에서 출발해`, `X가 주도한 시리즈A에서 85억 원을 유치했고`): the first, with the amount and the
    object a later one names where it names none; events of two objects are two (`합작법인을
    세우고 … 첫 매장을 냈다`)."""
    kept: list[Draft] = []
    for draft in drafts:
        first = next((d for d in kept if d.type == draft.type == "event" and _same_event(d, draft)), None)
        if first is None:
            kept.append(draft)
        else:
            first.quantity = first.quantity or draft.quantity
            first.object = first.object or draft.object
    return kept


def _same_event(first: Draft, other: Draft) -> bool:
    """Whether two event drafts tell one event: one actor, kind and date, and one object or none."""
    return ((first.subject.name, first.predicate, first.date) == (other.subject.name, other.predicate, other.date)
            and (first.object is None or other.object is None or first.object == other.object))


# The words of a noun phrase a copula predicates, a noun's prefix among them (`폐배터리 재활용
# 업체다`: `폐`, `재`).
NOUN_TAGS = ("NNG", "NNP", "SL", "SN", "MM", "NNB", "XPN")

# Nouns of a company's founding: what they found is a company, whatever the model called it.
COMPANY_FOUNDING = lexicon.words("company_founding")


def _founds_the_speakers_company(state: State, view: View, index: int) -> bool:
    """Whether an interview's answer tells of founding its company with no one named as
    founder (`2019년 4월 … 동료였던 문예린 CTO와 함께 회사를 세웠습니다`, `… 동기 2명과 함께
    다온비전을 세웠습니다`): the interviewee, who speaks, founded it; the company's own acts stay
    the company's (`저희는 … 법인을 세웠습니다`)."""
    if not state.interview or view.interviewer or any(
            c.actor.label is not None and c.rank <= RANKS["subject"] for c in view.candidates):
        return False
    obj = _object_of(view, index)
    if obj is None:
        return False
    named = head_entity(view, obj)
    return view.tokens[obj.last].lemma in COMPANY_NOUNS or named is not None and named.canonical == state.about


def _counts_the_partners(view: View, index: int) -> bool:
    """Whether a contract's verb describes the topic whose count the sentence gives (`올해 새로
    계약한 현장은 148곳으로`): who was signed with, counted, no partnership of the sentence's."""
    ending = event_actors.adnominal_ending(view, index)
    topic = next((p for p in view.phrases if p.role in ("topic", "subject") and ending is not None
                  and p.first == ending + 1), None)
    return topic is not None and any(q.start > view.tokens[topic.particle].end and q.kind == "count"
                                     for q in view.quantities)


def _negated(view: View, index: int) -> bool:
    """Whether the verb at ``index`` is negated (`공개하지 않고 있다`, `맺지 못했다`), or counts the
    time since an undated act (`창업한 지 15년, … 지난달 만났다`; `2017년 창업한 지 9년 만에` is
    the founding, dated): no event told."""
    following = view.tokens[index + 1 : index + 5]
    verb = verb_end(view, index)
    since = verb + 1 < len(view.tokens) and view.ending(verb) == "ETM" and view.tokens[verb + 1].text == "지" and (
        view.tokens[verb + 1].first == "NNB")
    clause = view.tokens[view.clause_start(index)].start
    if since and not any(clause <= date.start < view.tokens[index].start for date in view.dates):
        return True
    return any(token.text == "지" and "EC" in token.tags and later.text[:1] in ("않", "못")
               for token, later in zip(following, following[1:]))


def event_kind(state: State, view: View, index: int) -> EventKind | None:
    tokens = view.tokens
    token = tokens[index]
    if token.first == "VV":
        if token.lemma in RECEIVING and _in_a_round(view, index, anywhere=True) and "money" in _object_classes(view, index):
            obj = _object_of(view, index)
            if obj is None or tokens[obj.last].lemma not in EVENT_NOUNS:  # `투자를 받았다`: the noun's event
                return "invested"  # `시리즈B에서는 … 벤처스로부터 230억 원을 받았다`: money of a round
        if token.lemma in ROUND_VERBS and _in_a_round(view, index, sentence=True):
            return "invested"  # `이번 라운드는 한누리벤처파트너스가 이끌었고`: the round's lead
        kind = _fitting(view, index, EVENT_VERBS.get(token.lemma, ()))
        past = "EP" in token.tags or token.adnominal_past or (index + 1 < len(tokens) and tokens[index + 1].first == "EP")
        if kind == "founded" and "doors" in _object_classes(view, index) and not past:
            return None  # `밤 9시에 문을 연다`, `올해 말 문을 열면`: opening hours or a supposition, no founding
        return kind
    if token.first not in ("NNG", "NNP", "SL"):
        return None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or following.first == "SF" or any(q.start == following.start and q.end == view.end for q in view.quantities):
        # A timeline's line ends in its event noun (`2019년 4월 한빛로보틱스 설립`), or in it and
        # its amount (`2019년 6월 싹틔움벤처스, 시드 투자 5억 원`), what it acts on before it (`… 제철소 가동`).
        if not any(date.start == view.start for date in view.dates):
            return None
        classes = set().union(*(_classes_of(t.lemma) for t in tokens[:index]))
        return next((r.kind for r in EVENT_NOUNS.get(token.lemma, ()) if not r.objects or r.objects & classes), None)
    if following.first == "XSV":
        if token.lemma in REPORTING and index > 0 and quotative(tokens[index - 1]):
            return None  # `…세운다고 발표했다`: what is said is the claim
        kind = _fitting(view, index, EVENT_NOUNS.get(token.lemma, ()))
        if kind is None and token.lemma in ROUND_VERBS and (
                _in_a_round(view, index, sentence=True) or _round_before(state, view)[0] is not None):
            return "invested"  # `본엔젤스도 이 라운드에 참여했다`: an investor of the round
        if kind == "announced" and (obj := _object_of(view, index)) is not None and tokens[obj.last].lemma in PLAN_WORDS:
            return None  # `계획을 발표했다`: the plan claims say it
        return kind
    if token.lemma not in EVENT_NOUNS:
        return None
    particle = view.past_gloss(index + 1)  # `계약(PPA)을`
    if particle + 1 < len(tokens) and tokens[particle].last == "JKO":
        verb = tokens[particle + 1]
        after = tokens[particle + 2] if particle + 2 < len(tokens) else None
        if verb.lemma in LIGHT_VERBS or (
            verb.lemma in LIGHT_VERB_NOUNS and after is not None and after.first == "XSV"
        ):
            # The noun is the light verb's object: only its rules that need no object apply.
            kind = next((r.kind for r in EVENT_NOUNS[token.lemma] if not r.objects), None)
            return deals.acquisition_deal(view, index) if kind == "partnered" else kind
    return None


def _fitting(view: View, index: int, rules: tuple[EventRule, ...]) -> EventKind | None:
    """The kind of the first rule whose object class the verb's object has; none where the
    object is one of no business event (a report, a company's own shares)."""
    if not rules or _object_of_no_event(view, index):
        return None
    classes: frozenset[str] | None = None
    for rule in rules:
        if not rule.objects:
            return rule.kind
        if classes is None:
            classes = _object_classes(view, index)
        if classes & rule.objects:
            return rule.kind
    return None


def _round_before(state: State, view: View) -> tuple[DateRecord | None, View | None]:
    """The date of the funding round the sentence before names, in the same paragraph (`지난
    4월 210억 원 규모의 시리즈C 투자를 유치했다`), for the investors a sentence of their own names."""
    if view.index == 0:
        return None, None
    previous = state.views[view.index - 1]
    dates = [d for d in previous.dates if not previous.quoted(d.start) and "X" not in d.value]
    if previous.block != view.block or not dates or not any(t.lemma in ROUND_WORDS for t in previous.tokens):
        return None, None
    return dates[-1], previous


def _in_a_round(view: View, index: int, anywhere: bool = False, sentence: bool = False) -> bool:
    """Whether the clause of the verb at ``index`` joins a funding round: a phrase with `에`
    (``anywhere``: any particle) before it names one (`시리즈B에는`, `이 라운드에`, `지분
    투자에`), or any phrase of the sentence before it does, for the verb of leading or joining
    at ``index`` (``sentence``: `이번 라운드는 X가 이끌었고 Y가 참여했다`, `X가 투자를 주도했고
    Y가 참여했다`)."""
    clause = 0 if sentence else view.clause_start(index)
    return any(
        clause <= p.first and p.particle < index and (
            anywhere or sentence or view.tokens[p.particle].text.startswith("에"))
        and any(view.tokens[i].lemma in ROUND_WORDS for i in range(p.first, p.last + 1))
        for p in view.phrases)


def _object_of(view: View, index: int) -> Phrase | None:
    """The object of the verb at ``index`` in its clause (`공장을 … 세웠다`, `공장도 지었다`)."""
    clause = view.clause_start(index)
    objects = [p for p in view.phrases if clause <= p.first and p.particle < index and p.role in ("object", "also")]
    return objects[-1] if objects else None


def _object_classes(view: View, index: int) -> frozenset[str]:
    """The classes of the verb's object, or of the noun a relative clause describes
    (`처음 연 ‘하나노모리’`): from its words, its names (`named`) and its money (`money`)."""
    tokens = view.tokens
    acted_on = event_actors.acted_on_topic(view, index)
    obj = acted_on[0] if acted_on is not None else _object_of(view, index)
    spans = [(obj.first, obj.last)] if obj is not None else []
    ending = event_actors.adnominal_ending(view, index)
    classes = set()
    if ending is not None and ending + 1 < len(tokens) and tokens[ending + 1].first != "NNB":
        # the noun described, not a bound noun (`시스템을 들이는 데 7억 원을 썼다`); where it is
        # a predicate with the copula rather than a phrase (`동문 3명이 세운 회사다`), its words
        described = next((p for p in view.phrases if p.first == ending + 1), None)
        if described is not None:
            spans.append((described.first, described.last))
        last = ending
        while described is None and last + 1 < len(tokens) and tokens[last + 1].first in NOUN_TAGS:
            last += 1
            classes.update(_classes_of(tokens[last].lemma))
        if described is None and last + 1 < len(tokens) and tokens[last + 1].text in OPENERS:
            classes.add("named")  # `2019년 내놓은 자체 브랜드 ‘루미엘’의 선크림이다`
    before = tokens[index - 1] if index else None
    if before is not None and before.end == tokens[index].start and before.first == "NNG":
        # a noun glued to the event noun says what it acts on (`기술수출`: technology)
        classes.update(_classes_of(before.lemma))
    for first, last in spans:
        start, end = tokens[first].start, tokens[last].end
        for token in tokens[first : last + 1]:
            classes.update(_classes_of(token.lemma))
            if token.text in OPENERS and token.text not in "([":
                classes.add("named")
        if view.entities_in(start, end):
            classes.add("named")
        if any(start <= q.start and q.end <= end and q.kind == "money" for q in view.quantities):
            classes.add("money")
    if deals.client(view, index) is not None:
        classes.add("client")  # `… 전력회사로부터 … 수주했다`: an order won from a named client
    return frozenset(classes)


def _object_of_no_event(view: View, index: int) -> bool:
    """Whether the verb's object, or the noun its relative clause describes, ends in a noun of
    reports (`‘2025 반려동물 양육비 조사’를 내놓았다`, `지난달 발표한 ‘… 실태 조사’에 따르면`) or a
    body's statistics and results (`‘… 경영실적(잠정)’을 발표했다`)."""
    tokens = view.tokens
    obj = _object_of(view, index)
    ending = event_actors.adnominal_ending(view, index)
    described = next((p for p in view.phrases if ending is not None and p.first == ending + 1), None)
    for phrase in filter(None, (obj, described)):
        # its last noun outside brackets: `‘… 경영실적(잠정)’을 발표했다`
        last = max((i for i in range(phrase.first, phrase.last + 1) if tokens[i].nominal and not view.in_round[i]),
                   default=None)
        if last is not None and tokens[last].lemma in REPORT_NOUNS:
            return True
    return False


def _classes_of(lemma: str) -> set[str]:
    """The object classes a word puts its phrase in (`공장` → facility), and a branch store a
    place's name glued to `점` names (`원주점`, `판교점`)."""
    classes = {c for word, c in OBJECT_CLASSES.items() if lexicon.names(lemma, word)}
    return classes | {"store"} if _BRANCH.fullmatch(lemma) else classes


def event_object(state: State, view: View, index: int, kind: EventKind, subject: Actor) -> str | None:
    """What was founded, launched, bought or invested in, or the partner."""
    tokens = view.tokens
    verb = verb_end(view, index)
    if tokens[verb].ending == "ETM":
        # `2017년 4월 출시한 아폴로`: what the relative clause describes
        phrase = next((p for p in view.phrases if p.first == verb + 1), None)
        if phrase is not None:
            named = named_entity(state, view, phrase)
            return named if named != subject.name else None
    if kind == "partnered" and any("client" in rule.objects for rule in EVENT_NOUNS.get(tokens[index].lemma, ())):
        if (client := deals.client(view, index)) is None:
            return None
        entity = head_entity(view, client)  # an organisation, else the words (`미국 텍사스주의 한 전력회사`)
        return entity.canonical if entity is not None and entity.label == "ORG" else words_of(state.text, view, client)
    if kind in ("merged", "partnered"):
        subjects = [p for p in view.phrases if p.role in ("subject", "topic") and p.particle < index]
        partners = conjuncts(view, subjects[-1]) if subjects else []
        if partners:
            return ", ".join(dict.fromkeys(e.canonical for e in partners))
    clause = view.clause_start(index)
    targets = [p for p in view.phrases if clause <= p.first and p.particle < index and p.role == "adverbial"
               and tokens[p.particle].text in TARGET_PARTICLES]
    obj = next((p for p in view.phrases if p.particle == index - 1 and p.role == "object"), None)
    # A deal's object is the money; what it went to is the target (`업체에 … 투자`).
    target = targets[-1] if targets else None
    if obj is None and target is None and (acted_on := event_actors.acted_on_topic(view, index)) is not None:
        obj = acted_on[0]
    phrase = (target or obj) if kind in DEAL_KINDS else (obj or target)
    return named_entity(state, view, phrase) if phrase is not None else None


def named_entity(state: State, view: View, phrase: Phrase) -> str | None:
    head = head_entity(view, phrase)
    return head.canonical if head else words_of(state.text, view, phrase) or None
