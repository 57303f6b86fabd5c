"""Stage ``claims``: metric, plan, event and quote claims (SPEC §6, §8).

One pass over the sentences builds the claims from what the earlier stages left
(entities and the entity table, quantities, dates) and Kiwi's morphemes in
``doc.tokens``; the words it reads are data (``lexicon``):

- the *actor* of a sentence is the entity its topic or subject particle marks
  (`세진로지스는`, `세진로지스 외부 화주 부문의 매출은`), a market (`국내 퀵커머스 시장
  규모가`), or an interview's first person (`저희는`), else the entity a
  demonstrative (`이 스피커로`) points back to, else the named actor of the sentence
  before in the same paragraph, else the organisation the article is about (``actors``);
- every measured quantity gives a metric, or a plan in a sentence with a plan
  word, dated by the date it follows (``figures``);
- a dated event verb of a fixed kind gives an event (``events``);
- direct speech in quotation marks gives a quote when someone says it (``quotes``).

The rules chosen where SPEC is silent are written down in ``docs/claims.md``.
"""

from __future__ import annotations

import re

from pipeline.document import Document
from pipeline.stages.claims import charts, deals, events, figures, forecasts, headlines, markets, plans, quotes, surveys
from pipeline.stages.claims.actors import PART_OF, Actor, actor_of, find_candidates
from pipeline.stages.claims.article import affiliations_of, author_organisation, protagonist
from pipeline.stages.claims.phrases import find_phrases
from pipeline.stages.claims.references import COMPANY_NOUNS, according_to, head_entity, introduced_organisation
from pipeline.stages.claims.state import State, actor_from_next, deal_before, names_a_company, records
from pipeline.stages.claims.views import DEMONSTRATIVES, View, build_views


def run(doc: Document) -> None:
    assert doc.tokens is not None, "morph has not run"
    views = build_views(doc)
    interviewee = next((i for i in doc.metadata.interviewees if i.organization), None)
    # Who `우리`, `저희` are: an interviewee's organisation, or a practitioner author's.
    speaking = interviewee.organization if interviewee else author_organisation(doc)
    organisation = protagonist(doc)
    # An interview is about its interviewee's organisation, whoever else it names most.
    about = speaking or (organisation.canonical if organisation else None)
    affiliations = affiliations_of(doc, about)
    author = doc.metadata.authors[0].name if doc.metadata.authors else None
    for view in views:
        find_phrases(view)
        figures.mark_attributive(view)
        figures.mark_collectives(view)
    aliases = markets.group_aliases(doc.text, doc.entities)
    for view in views:
        find_candidates(views, view, author, speaking, aliases)
    state = State(doc, views, affiliations, about, interview=interviewee is not None, aliases=aliases)
    # A survey report is about the people it surveyed, not its surveyor (gold guide).
    state.population = surveys.population(state)
    _build(state)
    doc.claims = records(state)


def _build(state: State) -> None:
    carried: Actor | None = None
    group: Actor | None = None  # the last group a sentence was about, for `이들` after it
    # The people of another survey than the report's own, where a sentence of the section names
    # them (``surveys.population_named``): its findings and its figures of no one else's.
    populations = surveys.other_populations(state)
    section_population: Actor | None = None
    pull_quote: list[View] = []
    section_firm: Actor | None = None
    answering = False  # past the interview's first question: its answers
    referred_block = None  # a paragraph the actor was carried into (``_refers_back``)
    for view in state.views:
        answering = answering or (state.interview and view.asks)
        if pull_quote and (view.kind != "quote" or view.block != pull_quote[-1].block):
            quotes.pull_quote(state, pull_quote)
            pull_quote = []
        if view.kind == "quote":
            pull_quote.append(view)
            continue
        if view.kind in ("title", "subtitle", "heading"):
            figures.book_line(state, view)  # a reviewed book's information line under the title
            if view.kind == "heading" and state.text.startswith("“", view.start):
                quotes.pull_quote(state, [view])  # a section headed by its speaker's words (gold guide)
            # `콩담바이오랩, … 320억 원`: a brief's section on one firm, the actor of last resort in it
            section_firm = _heading_company(state, view) if view.kind == "heading" else None
            if section_firm is not None:
                _sentence(state, view, section_firm)
            elif view.kind in ("title", "subtitle") and headlines.opening_company(state, view) is not None:
                headlines.metrics(state, view)  # `에어라온 3분기 영업익 512억 원 ‘분기 최대’`: a news headline
            carried = group = state.surveyed = section_population = None  # an actor is never carried across a heading
            continue
        section_population = surveys.population_named(state, view, populations) or section_population
        state.surveyed = (surveys.surveyed(state, view) or surveys.cited_survey(state, view, state.surveyed)
                          or section_population)
        # Past a heading, a sentence naming the last survey's respondents takes its section
        # back to that survey (`주요 결과` / `응답 기업의 63%가 …. 2020년 조사(45%)보다 …`).
        if state.surveyed is None and surveys.finding(state, view) is not None:
            state.surveyed = state.last_survey  # the survey's group, not an age band the sentence is about
        state.last_survey = state.surveyed or state.last_survey
        if carried is not None and view.block not in (state.views[carried.sentence].block, referred_block):
            # nor out of its paragraph, but into one whose opening topic refers back to a firm
            referred_block = view.block if _refers_back(view) else None
            carried = carried if referred_block is not None else None
        if group is not None and state.views[group.sentence].block != view.block:
            group = None
        about = section_population or state.last_resort(view)
        own = min(view.candidates, key=lambda c: (c.rank, c.position)).actor if view.candidates else None
        named = own if own is not None and own.label is not None else None
        them = _group_referred(view, group)
        group_before = group
        if own is not None and own.label in (None, markets.MARKET):
            group = own
        if carried is not None and answering and _acted_on(view, carried):
            carried = None  # `노바틱스는 … 회사다. 노바틱스에 30억 원을 투자했습니다`: the speaker's act
        # Where nothing else names one, the group the paragraph's sentence before was about
        # (`9월 국내 철강재의 미국 수출량은 …. 수출액은 2억1400만 달러로`).
        market_before = group_before if group_before is not None and group_before.label == markets.MARKET else None
        if answering and not _names_a_part(view):
            # an answer's market reaches a part of it (`이 가운데`), not the speaker's own figures after it
            market_before = None
            if carried is not None and carried.label == markets.MARKET:
                carried = None
        # Outside a survey report and a cited survey, that group comes before the article's
        # organisation, unless the sentence points to a firm (`출범한 이 회사는`).
        group_first = market_before if state.population is None and state.surveyed is None and not names_a_company(view) else None
        # A group a sentence cites a source for (`금융감독원은 … 발표했다. 이에 따르면 국내 손해보험사들의
        # 순이익은 …. 같은 기간 보험손익은`) is the actor after it: the source only told of it.
        later_group = group_first if group_first is not None and carried is not None and (
            group_first.sentence > carried.sentence and _citation(state.views[group_first.sentence]) is not None) else None
        fallback = (named or them or actor_from_next(state, view) or later_group or carried or group_first or section_firm
                    or about or own or market_before)
        _sentence(state, view, fallback)
        # What is carried on is the entity of the best rank last named in the sentence
        # (`A는 …했고, B는 …했다. 보유 항공기는` → B; not `올해는`, which names none).
        named_ones = [c for c in view.candidates if c.actor.label is not None]
        last = max(named_ones, key=lambda c: (-c.rank, c.position)).actor if named_ones else own
        if not named_ones and (introduced := introduced_organisation(view)) is not None:
            last = actor_of(introduced, view.index)  # `두 번째 사례는 … 하루카제드러그다. … 이 회사의 점포는`
        if _timeline_row(view):
            carried = None  # `2019년 6월 싹틔움벤처스, 시드 투자 5억 원`: the row's investor, not the next row's actor
        elif state.population and last is not None and _source_only(view, last):
            carried = None  # `X가 펴낸 ‘…조사’에 따르면 …`: a survey report's surveyor told of the findings
        elif _carries(state, last, answering):
            carried = None if view.interviewer else last  # never from a question to its answer
    if pull_quote:
        quotes.pull_quote(state, pull_quote)


def _refers_back(view: View) -> bool:
    """Whether the sentence's topic is a firm referred back to, alone (`회사는`, `이 회사는`):
    the firm the paragraph before was about."""
    topic = next((p for p in view.phrases if p.role == "topic"), None)
    if topic is None:
        return False
    words = [t.text for t in view.tokens[topic.first : topic.last + 1]]
    return words[-1] in COMPANY_NOUNS and (len(words) == 1 or words[:-1] == ["이"])


def _citation(view: View) -> int | None:
    """Where the sentence tells what a source says (`이에 따르면`, `…에 따르면`), if it does."""
    return next((index for index in range(len(view.tokens)) if according_to(view.tokens, index)), None)


# A section's number before its heading's words: `3. `, `①`.
_NUMBERING = re.compile(r"(?:\d+\.|[①-⑳])\s*")


def _heading_company(state: State, view: View) -> Actor | None:
    """The organisation a heading opens with, a comma after it (`셰프메이트, 식당 주방에 로봇
    480대`): the section's firm, whose figures the heading states."""
    opening = _NUMBERING.match(state.text, view.start, view.end)
    first = next((e for e in view.entities if e.start == (opening.end() if opening else view.start)), None)
    if first is None or first.label != "ORG" or not state.text.startswith(",", first.end):
        return None
    return actor_of(first, view.index)


def _acted_on(view: View, actor: Actor) -> bool:
    """Whether the sentence names ``actor`` in a phrase that is no topic or subject (`노바틱스에
    30억 원을 투자해`): it is what the sentence's omitted actor acts on, not that actor."""
    return any(p.role not in ("topic", "subject", "also") and (e := head_entity(view, p)) is not None
               and e.canonical == actor.name for p in view.phrases)


def _names_a_part(view: View) -> bool:
    """Whether the sentence speaks of a part of what the one before measured (`이 가운데`)."""
    tokens = view.tokens
    return any(tokens[i].text in DEMONSTRATIVES and tokens[i + 1].lemma in PART_OF for i in range(len(tokens) - 1))


def _group_referred(view: View, before: Actor | None) -> Actor | None:
    """The group `이들` speaks of (`기존 우수 회원은 달랐다. 이들의 방문 빈도는 …`): one the
    sentence names before it, else ``before``, the last group its paragraph named. Its
    figures with no actor of their own are that group's; `이들 기업` names its own noun."""
    tokens = view.tokens
    for index in range(len(tokens) - 2):
        pronoun, plural, following = tokens[index : index + 3]
        if (pronoun.text, pronoun.first, plural.text) == ("이", "NP", "들") and not view.quoted(pronoun.start) and (
                following.first.startswith("J") or following.lemma in PART_OF):
            earlier = [c for c in view.candidates if c.position < pronoun.start and c.actor.label in (None, markets.MARKET)]
            return max(earlier, key=lambda c: c.position).actor if earlier else before
    return None


def _carries(state: State, own: Actor | None, answering: bool) -> bool:
    """Whether a sentence's actor stays the actor of the sentences after it: a named one
    does; a noun phrase (`한 증권사`) or an actor a relative clause describes speaks for its
    sentence only, and so does a product in an interview, and a place in its answers, which
    speak for the interviewee's organisation (`포근밴드 가격은 …` does not make `유료
    구독자는` the band's, nor `일본은 …` make the next answer's target Japan's)."""
    if own is None or own.label is None or own.described:
        return False
    return not (state.interview and (own.label == "PRODUCT" or answering and own.label == "LOCATION"))


def _source_only(view: View, actor: Actor) -> bool:
    """Whether the sentence names the actor only before the source it cites (`…에 따르면`)."""
    cited = _citation(view)
    return cited is not None and all(c.position < view.tokens[cited].start for c in view.candidates if c.actor == actor)


def _timeline_row(view: View) -> bool:
    """Whether the sentence is a row of a box's timeline, opening with its date."""
    return view.kind == "sidebar" and any(date.start == view.start for date in view.dates)


def _sentence(state: State, view: View, fallback: Actor | None) -> None:
    if view.asks or view.interviewer and not any(c.actor.label and c.actor.name != state.about for c in view.candidates):
        # A question asserts nothing (`앞으로의 계획은 무엇입니까?`), nor does the interviewer of the
        # interviewee (`Q. 해외 진출 계획도 있다고 들었습니다.`); of another, a line states facts
        # (`Q. 경쟁사 타임루프는 지난해 매출 410억 원 …을 넘겼다고 밝혔습니다.`).
        quotes.inline_quotes(state, view, fallback)
        return
    found = events.events(state, view, fallback)
    if (party := charts.deal_party(state, view)) is not None:
        found.append(party)  # `… 320억 원⇥한누리벤처파트너스` under `… 주도 투자사`
    if (dated := charts.dated_event(state, view)) is not None:
        found.append(dated)  # `곁드림⇥2020년⇥…` under `회사⇥설립⇥…`
    deal_amounts = {d.quantity.id for d in found if d.quantity is not None}
    if (deal := deal_before(state, view)) is not None and (size := deals.size(view)) is not None:
        deal_amounts.add(size.id)  # `… 계약을 맺었다. 총 계약 규모는 9억 달러다`: the deal's amount
        deal.quantity = deal.quantity or size
    state.drafts.extend(found)
    # Respondents who answer that they plan (`응답 기업의 72%가 … 늘릴 계획이 있다고 답했다`) are a
    # share measured, the survey's finding, not a plan of anyone's.
    plan = None if surveys.finding(state, view) else plans.find_plan_word(state, view)
    # A plan word speaks for the clauses up to its own (`… 끌어올리고, … 확대하겠다는 계획을 발표했다`).
    scope = view.clause_end_from(plan) if plan is not None else -1
    stated = plans.plan_quote(state, view, plan)
    planned = [q for q in view.quantities if view.token_at(q.start) <= scope and q.id not in deal_amounts
               and figures.is_measured(state, view, q, True, stated)]
    if plan is not None:
        plans.plan_claims(state, view, plan, planned, fallback)
    founding = any(draft.predicate == "founded" for draft in found)
    for quantity in view.quantities:
        # A figure in direct speech is a claim only where the speaker owns it (`“저희 팀 45명 가운데 …”`).
        owner = quotes.speaking_for(state, view, quantity, fallback) if view.quoted(quantity.start) else None
        speech = view.quotation_at(quantity.start) if owner else quotes.own_finding(view, quantity)
        if owner is None and speech is not None:
            owner = quotes.finding_owner(state, view, quantity)  # `“저희 조사에서 … 21.4%였다”`
        if quantity in planned or quantity.id in deal_amounts or not figures.is_measured(state, view, quantity, False, speech):
            continue
        if figures.founders(state, quantity, founding):
            continue
        if not forecasts.forecast(state, view, quantity):
            figures.metric(state, view, quantity, fallback, owner)
    quotes.inline_quotes(state, view, fallback)
