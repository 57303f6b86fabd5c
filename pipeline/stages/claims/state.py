"""The state the claim rules share for one article: its views, the drafts so far, the
actor a claim at some position has, and the records the drafts become."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from itertools import takewhile

from pipeline.document import Document
from pipeline.schema import Claim, DateRecord, Quantity
from pipeline.stages.claims import lexicon
from pipeline.stages.claims.actors import Actor
from pipeline.stages.claims.forms import collective_form, full_form, written_forms
from pipeline.stages.claims.markets import AGE_BAND, COLLECTIVE, MARKET, band_asked
from pipeline.stages.claims.references import AFTER_NOUNS, BODY_KINDS, COMPANY_NOUNS
from pipeline.stages.claims.views import DEMONSTRATIVES, View


# A sentence opening with one of these continues the sentence before, so a claim
# without a date of its own takes that sentence's date.
DATE_TIES = lexicon.in_order("date_tie")
CUMULATIVE_WORDS = lexicon.words("cumulative_word")
# A tie word standing as words of its own in a sentence, a particle after it (`그때부터`).
_DATE_TIE_INSIDE = re.compile(rf"(?<![가-힣])(?:{'|'.join(map(re.escape, DATE_TIES))})(?:부터|까지|의|에는|에)?(?![가-힣])")
# A comparison's base right after its date, before the figure compared with it: the date is
# the base's (`1분기의 22%보다 9%p`: the difference is the date before's), as in `2019년보다`;
# not `2009년 매출은 전년보다 22%`. A survey's year before it is the base's too (`2022년 조사보다 5.3%p`),
# with the base's value in brackets or not (`2020년 조사(45%)보다 18%p`).
COMPARED = re.compile(r"(?:의)? ?(?:(?:같은 )?조사)?(?:\([^()]*\))?[\d.,%]*(?:보다|[와과] 비교(?:하면|해|하여))(?![가-힣])")
_COMPARISON = re.compile(r"보다(?![가-힣])")

# Words that, anywhere in a sentence without dates, refer to the period of the sentence
# before (`건당 배송 원가는 같은 기간 5200원에서 3100원으로 낮아졌다`).
PERIOD_TIES = lexicon.in_order("period_tie")

# `이 라운드에`, `해당 계약으로`: an occasion or an event named again, by a word of its own.
_OCCASIONS = (*lexicon.words("occasion_noun"), *lexicon.event_rules("event_noun"))
_NAMED_AGAIN = re.compile(rf"(?<![가-힣])(?:이|이번|해당) ({'|'.join(map(re.escape, _OCCASIONS))})(?=[가-힣]{{0,2}}(?![가-힣]))")

# A sentence opening with one of these reports the occasion of the sentence
# before, whose actor it names when that one has none.
ACTOR_TIES = lexicon.in_order("actor_tie")

# Deal events carry the deal amount as their quantity (SPEC §8), and so does a merger with a
# price (`늘푸른약국을 620억 원에 흡수합병했다`, gold guide): no metric of its own.
DEAL_KINDS = frozenset({"acquired", "invested", "partnered"})
PRICED_KINDS = DEAL_KINDS | {"merged"}

# Event nouns (`계약`, `투자`, `창업`, `합병`): naming one again ties a sentence to the event of
# its kind before it; a deal noun, or a word it starts (`계약금`), to any deal.
EVENT_WORDS = {word: {r.kind for r in rules} for word, rules in lexicon.event_rules("event_noun").items()}
DEAL_WORDS = tuple(word for word, kinds in EVENT_WORDS.items() if kinds & DEAL_KINDS)
# A deal's terms (`지분`): told in the past tense after a deal, they are that deal's.
DEAL_TERMS = lexicon.in_order("deal_term")

EVIDENCE_REACH = 3  # sentences back that the evidence reaches to show where a carried actor was named

@dataclass
class Draft:
    type: str
    anchor: int  # text position that orders the claim
    view: View
    subject: Actor
    predicate: str | None = None
    object: str | None = None
    quantity: Quantity | None = None
    date: DateRecord | None = None
    speaker: str | None = None
    sources: tuple[int, ...] = ()  # indices of the sentences the evidence spans


class State:
    """What the claims of one article are built from, and the drafts so far."""

    def __init__(self, doc: Document, views: list[View], affiliations: dict[str, str],
                 about: str | None, interview: bool = False, aliases: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.aliases = aliases  # the groups the article names with `(이하 …)` (``markets.group_aliases``)
        self.about = about  # the organisation the article is about: the actor of last resort
        # The people or firms a survey report (about its surveyor) surveyed: the actor of last
        # resort in its stead, for the figures no sentence gives to anyone.
        self.population: str | None = None
        self.interview = interview  # whether the article interviews someone for ``about``
        self.text = doc.text
        self.views = views
        self.affiliations = affiliations
        self.drafts: list[Draft] = []
        # The group the last survey asked (`국내 직장인 1200명을 조사한 결과`), till a heading.
        self.surveyed: Actor | None = None
        # The group of the last survey, kept across headings for the sentences naming its respondents.
        self.last_survey: Actor | None = None
        # Every survey's group by the organisation that ran it, for the whole article.
        self.surveys: dict[str, str] = {}
        # Where the article writes each group that opens with its bound (``forms.written_forms``).
        self.written_forms: dict[str, list[tuple[int, str, str]]] = {}
        # The words around a chart's row labels that make them groups, by the caption's index.
        self.chart_forms: dict[int, tuple[str, str] | None] = {}
        self.answer_charts: dict[int, bool] = {}  # by caption: whether the text quotes its rows as answers
        # The owner of each figure a sentence lists after a name, by the sentence's index
        # (``owners.listed_owner``).
        self.listed_owners: dict[int, dict[str, Actor]] = {}
        issue = doc.metadata.issue_date
        self.issue_year = issue[:4] if issue else None
        self.organisations = [e for e in sorted(doc.entities, key=lambda e: e.start) if e.label == "ORG"]
        names = {e.canonical for e in self.organisations}
        self.only_organisation = next(iter(names)) if len(names) == 1 else None
        # The article's entity table by name: what a claim's subject, object and speaker link to.
        self.entity_ids = {(e.canonical, e.label): e.id for e in doc.linked_entities}
        self.entity_ids_by_name = {e.canonical: e.id for e in reversed(doc.linked_entities)}
        # The first sentence of each block (a chart's caption opens its block).
        self.block_openers: dict[int, View] = {}
        for view in views:
            self.block_openers.setdefault(view.block, view)

    def before(self, view: View, inclusive: bool = False) -> Iterator[View]:
        """The sentences before ``view`` (and ``view`` itself, if ``inclusive``), nearest
        first, without copying the article's list of them for each look back."""
        return (self.views[i] for i in range(view.index if inclusive else view.index - 1, -1, -1))

    def treated_group(self) -> str | None:
        """The group a study treats: the one the article aliases first (`(이하 단축 센터)`)."""
        return min(self.aliases, key=self.text.find) if self.aliases else None

    def about_actor(self, view: View) -> Actor | None:
        """The organisation the article is about, as the actor of ``view``'s claims."""
        return Actor(self.about, "ORG", view.index) if self.about else None

    def interviewee(self, view: View) -> Actor | None:
        """The person an interview interviews, as the actor of ``view``'s claims."""
        name = next((i.name for i in self.doc.metadata.interviewees if i.name), None) if self.interview else None
        return Actor(name, "PERSON", view.index) if name else None

    def last_resort(self, view: View) -> Actor | None:
        """The actor of ``view``'s figures where nothing names one: a survey report's
        population, else the organisation the article is about."""
        return Actor(self.population, None, view.index) if self.population else self.about_actor(view)

    def organisation_of(self, actor: Actor, view: View) -> Actor:
        """The organisation a person, product or event stands for, in SPEC §6's claims of
        companies: the one the text ties a person to, else the one last named before
        ``view``, else the article's only organisation (a column's `회사는 올해 청담 라이트
        매출 목표를 …` that names 청담식품 once, further on); any other actor is its own."""
        if actor.label not in ("PERSON", "PRODUCT", "EVENT"):
            return actor
        organisation = self.affiliations.get(actor.name)
        if organisation is None:
            before = bisect_left(self.organisations, view.start, key=lambda e: e.start)
            organisation = self.organisations[before - 1].canonical if before else self.only_organisation
        return Actor(organisation, "ORG", actor.sentence) if organisation else actor


def records(state: State) -> list[Claim]:
    """The drafts as claim records, in text order; none of a study's researchers."""
    ordered = sorted((d for d in state.drafts if not d.subject.researchers),
                     key=lambda d: (d.view.index, d.anchor))
    return [claim(state, f"c{index}", draft) for index, draft in enumerate(ordered)]


def actor_at(state: State, view: View, position: int, fallback: Actor | None) -> Actor | None:
    """The actor for a claim at ``position``: the one its own clause names
    (`…출시됐고, 2019년 딜리버리히어로가 … 인수했다`), else the sentence's;
    of the best-ranked phrases, the nearest before it, else the first after."""
    index = view.token_at(position)
    start = view.clause_start(index)
    end = view.tokens[view.clause_end_from(index)].end
    # A noun phrase (`매장 직원의 이직률은`) speaks only where no entity is in view: it is
    # most often what is measured, not whose measure it is; a study's researchers and a collective
    # of companies (`3사의 승인 건수는`) speak as a name.
    named = [c for c in view.candidates if c.actor.label is not None or c.actor.researchers or c.actor.companies]
    pool = named if named or (fallback is not None and fallback.label is not None) else view.candidates
    in_clause = [c for c in pool if view.tokens[start].start <= c.position < end]
    candidates = in_clause or pool
    best = min((c.rank for c in candidates), default=None)
    ranked = [c for c in candidates if c.rank == best]
    before = [c for c in ranked if c.position < position]
    actor = before[-1].actor if before else ranked[0].actor if ranked else fallback
    if actor is not None and not in_clause and names_a_company(view, start, view.token_at(end - 1)):
        return state.organisation_of(actor, view)  # `…, 이 회사의 매출은`, `… 이 은행의 잔액은`: not the product's
    return actor


# Nouns by which a demonstrative points to a firm: of firms, and of the kinds of body (`이 은행의`).
_FIRM_NOUNS = frozenset(COMPANY_NOUNS) | BODY_KINDS


def names_a_company(view: View, first: int = 0, last: int | None = None) -> bool:
    """Whether the tokens from ``first`` to ``last`` (all of them, by default) hold `이 회사` (a
    demonstrative and a noun of firms or of a kind of body: `이 은행`)."""
    tokens = view.tokens
    last = len(tokens) - 1 if last is None else last
    return any(tokens[i].text in DEMONSTRATIVES and tokens[i].first == "MM" and tokens[i + 1].text in _FIRM_NOUNS
               for i in range(first, min(last, len(tokens) - 1)))


def actor_from_next(state: State, view: View) -> Actor | None:
    following = state.views[view.index + 1] if view.index + 1 < len(state.views) else None
    if following is None or not following.candidates:
        return None
    opening = state.text[following.start : following.end]
    if not opening.startswith(ACTOR_TIES):
        return None
    return min(following.candidates, key=lambda c: (c.rank, c.position)).actor


def deal_before(state: State, view: View) -> Draft | None:
    """The event of the sentence before that this sentence names again by its own noun
    (`… 흡수합병했다. 합병 과정에서 …`), or the deal, when it names a deal again
    (`… 계약을 맺었다. 계약금은 …`, `총 계약 규모는 …`) or tells its terms in the past tense
    (`… 310억 원을 투자했다. 지분은 X가 60%, Y가 40%를 나눠 가졌다`; not `… 갖고 있다`, held now).
    A deal named as a time past (`제휴 이후 도담마켓에서 …`, `제휴 뒤 1년 동안`) tells what came
    after it; `투자 후 기업가치`, a common noun after, is a term of the deal."""
    tokens = view.tokens
    nouns = [t.lemma for i, t in enumerate(tokens) if t.first == "NNG" and not (
        i + 2 < len(tokens) and tokens[i + 1].text in AFTER_NOUNS and (tokens[i + 2].first != "NNG" or i + 2 in view.named)
        or any(later.text == "만" and later.first == "NNB" for later in tokens[i + 1 : i + 4]))]  # `출시 두 달 만에`
    past = view.in_past()
    named = {kind for n in nouns for kind in EVENT_WORDS.get(n, ())}  # the noun itself: not `창업자`
    if any(n.startswith(DEAL_WORDS) or past and n.startswith(DEAL_TERMS) for n in nouns):
        named |= DEAL_KINDS
    if view.index == 0 or not named:
        return None
    if any(word in state.text[view.start : view.end] for word in CUMULATIVE_WORDS):
        return None  # `지금까지 유치한 투자금은 모두 285억 원`: all the deals, not the last
    return event_before(state, view, named)


def event_before(state: State, view: View, kinds: Collection[str]) -> Draft | None:
    """The last event of one of ``kinds`` that the sentence before ``view`` gave."""
    if view.index == 0:
        return None
    previous = state.views[view.index - 1]
    # The drafts are in sentence order: only the last few can be the sentence before's.
    recent = takewhile(lambda d: d.view.index >= previous.index, reversed(state.drafts))
    return next((d for d in recent if d.view is previous and d.type == "event" and d.predicate in kinds), None)


# What follows a comparison's base figure: `8.9%보다`, `41만 명의 2배`, `100억 원 대비`, `(820억 원)보다`.
_BASE_AFTER = re.compile(r"\)?\s*(?:보다|대비|의\s*[\d.,]+\s*배)")
# What may stand between a date and its figure: `2021년 말 41만 명`, `2023년(820억 원)`.
_DATE_TO_FIGURE = re.compile(r"\s*(?:[초말]|중순|상반기|하반기)?\s*\(?")


def based_figure(state: State, view: View, date: DateRecord) -> Quantity | None:
    """The figure a date dates when that figure, right after it, is a comparison's base
    (`2021년 말 41만 명의 2배`, `2021년 8.9%보다`): the date is that base's alone."""
    following = next((q for q in view.quantities if q.start >= date.end), None)
    if following is None or not _DATE_TO_FIGURE.fullmatch(state.text, date.end, following.start):
        return None
    return following if _BASE_AFTER.match(state.text, following.end) else None


# A time of its own that a sentence names relative to the issue (`마루푸드의 지난해 매출은`): on a
# page without an issue date it is no date record, and still no other sentence's date is its.
_OWN_TIME = re.compile(r"(?<![가-힣])(?:" + "|".join(sorted(lexicon.words("issue_time"))) + r")(?![가-힣])")


def tied_date(state: State, view: View, before: int | None = None) -> tuple[DateRecord | None, View | None]:
    """The date of the sentence before, for a sentence without dates that continues it
    (`이때 …`, `같은 해 …`, `상장 당시 …`) or refers to its period (`같은 기간`); when that
    sentence has none, of the nearest dated one of its paragraph. The date of the event
    before, for one that names it again (`계약금은`, `이 투자로`), and of an occasion
    named again (`이 라운드에`). With ``before``, a
    sentence whose own dates all come after that position opens with the tie."""
    if view.index == 0 or state.issue_year is None and _OWN_TIME.search(
            state.text, view.start, view.end if before is None else before):
        return None, None
    previous = state.views[view.index - 1]
    if before is not None and _goes_on_comparing(state.text, view, before):
        figure = next((d for d in reversed(state.drafts) if d.view is previous and d.type == "metric"), None)
        if figure is None or figure.date is None or previous.block != view.block:
            return None, None
        return figure.date, previous
    if any(before is None or d.start < before for d in view.dates):
        return None, None
    sentence = _unquoted(state.text, view)
    if view.dates:  # dates of its own later on: only a tie that opens the sentence reaches back
        tied = sentence.startswith(DATE_TIES + PERIOD_TIES)  # `당시 MS의 시가총액은 … 2019년 4월 …`
    elif (deal := deal_before(state, view)) is not None:
        return deal.date, previous  # `… 계약을 맺었다. 계약금은 …`: the deal named again
    elif previous.block == view.block and _RESULTS_GO_ON.match(sentence) and (period := _reported_period(state, previous)):
        return period, previous  # `… 3분기 매출이 …라고 6일 공시했다. 영업이익은 …`: the same results
    else:
        tied = sentence.startswith(DATE_TIES) or bool(_DATE_TIE_INSIDE.search(sentence)) or any(
            t in sentence for t in PERIOD_TIES) or _names_again(state, previous, sentence)
    if not tied:
        return None, None
    # The sentence before may be tied in turn (`2021년 … . 같은 해 … . 당시 …`).
    for earlier in state.before(view):
        if earlier.block != view.block and earlier is not previous:
            break
        # Neither quoted speech's dates nor a gloss's (`2023회계연도(2023년 4월∼2024년 3월)`).
        if dates := [d for d in earlier.dates
                     if not earlier.quoted(d.start) and not earlier.in_round[earlier.token_at(d.start)]]:
            if "같은 기간" in sentence:
                if spans := [d for d in dates if "∼" in d.text]:
                    return spans[-1], earlier  # `올해 1∼9월 … 올해 목표(…)를 채웠다. … 같은 기간`: the period named
                # a period, not the day its results were told (`상반기 매출이 … 6일 공시했다. 같은 기간 …`)
                dates = [d for d in dates if d.granularity != "day"] or dates
            return ([d for d in dates if based_figure(state, earlier, d) is None] or dates)[-1], earlier
    return None, None


def _goes_on_comparing(text: str, view: View, before: int) -> bool:
    """Whether a sentence that names no one (no topic, subject or `도` phrase) compares the
    figure at ``before`` with a base before it, its dates all such bases: it goes on with the
    figure before, whose date it takes (`… 9억7520만 달러를 올렸다. 2023년보다 27.2% 늘어난
    규모다`, `… 기업은 38%였다. 2019년 같은 조사(14%)보다 24%p 늘었다`)."""
    if _COMPARISON.search(text, view.start, before) is None or any(
            p.role in ("topic", "subject", "also") for p in view.phrases):
        return False
    return all((compared := COMPARED.match(text, d.end)) and compared.end() <= before for d in view.dates)


# A sentence that opens with another account of a firm's results as its topic (`영업이익은`,
# `영업이익률은`, `순이익도`): the results of the period the sentence before reported.
# The accounts a firm reports (`account_noun`: `매출`, `이익`, …), as a pattern of alternatives.
ACCOUNTS = "|".join(map(re.escape, lexicon.in_order("account_noun")))
_RESULTS_GO_ON = re.compile(rf"[가-힣]{{0,6}}(?:{ACCOUNTS})(?:은|는|도)\s")
_ACCOUNT = re.compile(rf"(?:{ACCOUNTS})(?:이|가|은|는|도|을|를)?\s")


def _reported_period(state: State, view: View) -> DateRecord | None:
    """The last period (a quarter, a half, a year, not a day) a sentence that reports an
    account dates, outside quoted speech: the period its results are of (`3분기 매출이 … 6일
    공시했다` → 3분기; not `1988년 … 출발해`, which reports none)."""
    if not _ACCOUNT.search(state.text, view.start, view.end):
        return None
    periods = [d for d in view.dates if d.granularity in ("quarter", "half", "year") and not view.quoted(d.start)]
    return periods[-1] if periods else None


def _unquoted(text: str, view: View) -> str:
    """The sentence's text with its quoted speech blanked: a tie a speaker says (`“그때 처음
    알았다”고 했다`) ties the saying to no date."""
    sentence = text[view.start : view.end]
    for start, end in view.quotes:
        if view.start <= start and end <= view.end:
            sentence = sentence[: start - view.start] + " " * (end - start) + sentence[end - view.start :]
    return sentence


def _names_again(state: State, previous: View, sentence: str) -> bool:
    """Whether the sentence names an occasion of the sentence before again (`… 프리A 라운드로
    이어졌다. … 이 라운드에 15억 원을 투자했다`)."""
    before = state.text[previous.start : previous.end]
    return any(match.group(1) in before for match in _NAMED_AGAIN.finditer(sentence))


def sources(state: State, view: View, subject: Actor, date_view: View | None) -> tuple[int, ...]:
    """The sentences a claim's evidence spans: its own, the one its date came
    from, and the one that named its actor when that is close before."""
    indices = {view.index}
    if date_view is not None:
        indices.add(date_view.index)
    if view.index - EVIDENCE_REACH <= subject.sentence < view.index:
        indices.add(subject.sentence)
    return tuple(sorted(indices))


# A circled number that opens an item of a summary's list (`① …`, `❶ …`).
_LIST_MARKER = re.compile(r"^[\u2460-\u2473\u2776-\u277f]\s*")
# A bracketed part of a group's phrase, which qualifies the figure, not whose it is
# (`국내 의류회사 바이어(상품기획자 포함)`, a table's `실험 도시 라이더(인상 전 6주)`, `도입 센터(전)`).
BRACKETED = re.compile(r"\s*\([^()]*\)")


def claim(state: State, claim_id: str, draft: Draft) -> Claim:
    qualifiers: list[str] = []
    for record in (draft.quantity, draft.date):
        qualifier = record.qualifier if record is not None else None
        if qualifier and qualifier not in qualifiers:
            qualifiers.append(qualifier)
    start = min(state.views[i].start for i in draft.sources)
    end = max(state.views[i].end for i in draft.sources)
    subject = draft.subject.name
    if draft.subject.label in (None, MARKET):
        # `① 주 3일 이상 재택근무자의` → 주 3일 이상 재택근무자; `바이어(상품기획자 포함)` → 바이어
        subject = BRACKETED.sub("", _LIST_MARKER.sub("", subject)).strip() or subject
    if draft.subject.label in (None, MARKET):
        subject = band_asked(subject, state.population is not None) or subject  # `20대 응답자의` → 20대
    if draft.subject.label in (None, MARKET) and COLLECTIVE.fullmatch(subject):
        subject = collective_form(state.text, subject)  # `3사의 해외 승인액은` → 카드 3사
    elif draft.subject.label in (None, MARKET) and subject[:1].isdigit() and not AGE_BAND.fullmatch(subject):
        if subject not in state.written_forms:
            state.written_forms[subject] = written_forms(state.text, subject)
        subject = full_form(state.written_forms[subject], subject, (draft.view.start, draft.view.end))
    elif draft.subject.label in (None, MARKET) and state.population and state.population.endswith(f" {subject}"):
        subject = state.population  # `세입자의`, `청년 세입자는`: the survey's population, shortened
    return Claim(
        id=claim_id, type=draft.type, subject=subject, predicate=draft.predicate, object=draft.object,
        quantity=draft.quantity.id if draft.quantity else None, date=draft.date.id if draft.date else None,
        qualifiers=qualifiers, speaker=draft.speaker, sentence=draft.view.id, start=start, end=end,
        evidence=state.text[start:end],
        subject_entity=state.entity_ids.get((draft.subject.name, draft.subject.label)),
        object_entity=state.entity_ids_by_name.get(draft.object) if draft.object else None,
        speaker_entity=state.entity_ids_by_name.get(draft.speaker) if draft.speaker else None,
    )
