"""Metric claims: which quantities are measured values (SPEC §6); whose they are is
``owners``'s where the figure's own words say, else the sentence's actor's; their dates are
``dating``'s. Plans, which use the same tests and dates, are ``plans``'s."""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.schema import Quantity
from pipeline.stages.claims import bounds, charts, deals, durations, event_actors, lexicon, markets, methods, owners, plans, predicates, products, surveys
from pipeline.stages.claims.actors import Actor
from pipeline.stages.claims.dating import QUALIFIER_NOUNS, account_value, quantity_date, ranks_a_name, time_base
from pipeline.stages.claims.markets import COLLECTIVE, PART_OF
from pipeline.stages.claims.state import Draft, State, actor_at, sources
from pipeline.stages.claims.views import View
from pipeline.stages.mentions import POSITION_WORDS


# Counters that, glued to the noun after them, name a list (`5대 AI 기술`,
# `2가지 측면`) rather than measure something.
LIST_COUNTERS = lexicon.words("list_counter")


HYPOTHETICAL = lexicon.in_order("hypothetical")

NOT_MEASURED_UNITS = lexicon.words("not_measured_unit")

# `당` glued after a quantity makes it the base of a rate (`운행 10만 건당 사고 건수는 0.8건`,
# `토큰 100만 개당 5달러`): the rate is the measure, its base none.
PER_BASE = re.compile(r"당(?![가-힣])|당[은이의]")

# `미만` before a noun bounds a class of things (`연 매출 100억 원 미만의 중소 쇼핑몰`,
# `매출 1000억 원 미만 바이오 벤처는`): the bound measures none of them.
# So does any bound before a verb that defines the people or things doing it now (`구독
# 서비스를 5개 이상 쓰는 ‘헤비 구독자’`); `1만 명 이상 몰린 행사` tells what happened.
CLASS_BOUND = re.compile(r"\s*(?:미만(?:의)?\s+[가-힣A-Za-z]|(?:이상|이하|미만|초과)\s+[가-힣]+는\s)")

# A bound on a measure of firms before the firms it picks out (`직원 3000명 이상 기업에`,
# `매출이 1억5000만 유로를 넘는 역외 기업도`): a rule's class of firms, no firm's figure. A count
# of the firms themselves (`50개 이상 업체가`) is one.
FIRM_CLASS_BOUND = re.compile(
    r"\s*(?:이상|초과|이하|(?:을|를)\s*(?:넘는|웃도는))(?:의|인)?\s+(?:[가-힣]+\s)?[가-힣]*(?:기업|업체|회사|사업장|법인)"
    r"(?:들)?(?:[은는이가을를도에과와의]|에는|에도|으로|로)?(?![가-힣])")
FIRM_COUNTERS = frozenset({"개", "곳", "개사", "사"})

# A score before `척도`/`만점` is the scale a survey used (`5점 척도로`, `5점 만점에`), a method's
# number, not a finding.
SCALE = re.compile(r"\s*(?:척도|만점)")

# A significance level (`두 집단의 차이는 1% 수준에서 통계적으로 유의했다`): a method's number too.
SIGNIFICANCE = re.compile(r"\s*(?:의\s*)?(?:유의\s*)?수준에서\s+(?:통계적으로\s+)?유의")

# A figure before `집단`, with a noun between or none, names a study's group, an arm of an
# experiment (`5만 원 집단의 반품률은`, `2000원 쿠폰 집단에서`, `3개 집단에 나눴다`), and
# measures none of it.
ARM = re.compile(r"\s(?:[가-힣]+\s)?집단(?:[은는이가의을도]|에서는|에서|에|보다)?(?![가-힣])")

# A mark a value passed for the first time (`23.6%로 처음 20%를 넘어섰다`, `1조462억 위안으로,
# 처음으로 1조 위안을 넘어`): a round milestone, no measure of its own; where no value stands
# before it, the mark is the measure (`… 비중이 처음으로 10%를 넘었다`).
MILESTONE_BEFORE = re.compile(r"으?로,?\s+처음(?:으로)?\s+")
MILESTONE_AFTER = re.compile(r"\s*[을를]\s*(?:넘|돌파|웃돌)")

# `24종일 때`, `1만 원인 경우`: the case a figure describes.
WHEN = re.compile(r"(?:일|인) (?:때|경우)(?![가-힣])")

# `N회에 걸쳐` (in N parts, over N years) is how or over what span something is done, and a
# count in the dative (`반려견 30마리에게 채워`, `팀원 11명에게`) is whom an act reaches.
SPAN_OR_RECIPIENT = re.compile(r"\s*에 걸쳐(?![가-힣])|에게(?![가-힣])")

APPROXIMATE = re.compile(rf"(?:{QUALIFIER_NOUNS})")

# After a count of people: the people a founder set out with (`동료 2명과 함께`; not staff,
# `직원 23명과 함께`, a noun of staff before), in a sentence that tells a founding, and the
# founders themselves (`동문 3명이 세운`).
WITH_FOUNDER = re.compile(r"(?:과|와|이랑) 함께(?![가-힣])")
_STAFF_BEFORE = re.compile(rf"(?<![가-힣])(?:{'|'.join(sorted(markets.STAFF_NOUNS))}) $")
FOUNDERS = re.compile(r"이 (?:함께 )?(?:세운|세웠|창업한|창업했|설립한|설립했)")

# A base stated in brackets right before a multiple or a gap (`대기업(9%)의 2배`, `비교
# 지역(5.2%)보다 4.5%p`), and the word it is the figure of.
_STATED_BASE = re.compile(r"([^\s(]+)\([^()]*\d[^()]*\)(?:의|보다)\s*(?:약\s*)?$")
# A group's figure in brackets that a later figure of the sentence is compared with (`60대(45.3%)보다`).
_GROUP_BASE = re.compile(r"([^\s(]+)\([^()]*\d[^()]*\)보다")
# The gap between two figures a sentence stated before it (`두 연령대의 격차는 25.8%p`, `둘 사이의
# 격차는 4.4%p`).
_GAP_OF_TWO = re.compile(r"(?<![가-힣])(?:두|둘) [^.,]{0,12}?(?:격차|차이)(?:는|가|도) (?:약 )?$")
# A base that is a time (`2022년(매출 391억 원)보다`): the multiple is a change, a claim.
_A_TIME = re.compile(r"\d(?:년|월|분기|반기)$")
# Words by which such a base is an earlier time's, so that the gap is a change (`2022년 조사(53분)보다
# 2분`, `1년 전(4.6개)보다 0.5개`).
TIME_BASES = lexicon.in_order("time_base")


def _between_stated(text: str, view: View, quantity: Quantity) -> bool:
    """Whether a multiple, a gap in points or a change in percent sets two figures the sentence
    states side by side (`중소기업이 18%로 대기업(9%)의 2배였다`, `인상 지역이 9.7%로 비교
    지역(5.2%)보다 4.5%p 높았다`, `27.4%로 2023년 조사(16.9%)보다 10.5%p 늘었다`, `88달러로 1년
    전(96달러)보다 8.3% 떨어졌다`): no claim (gold guide), unlike a change from an earlier survey
    or time to a value its clause does not state (`현금 비중은 2023년 조사(14.8%)보다 3.6%p
    줄었다`), and a multiple, a gap in points or one in the figures' own unit from a base of no
    earlier time (`2020년 말(860곳)보다 380곳 늘었다`) whatever the clause states."""
    if _GAP_OF_TWO.search(text, view.start, quantity.start) and sum(q.end <= quantity.start for q in view.quantities) >= 2:
        return True
    base = _STATED_BASE.search(text, view.start, quantity.start)
    if base is None:
        # `… 1000억 원 미만 기업(14.9%)보다 소각 비율이 43.7%p 높았고, 4배 가까이 됐다`: a multiple
        # with no base of its own restates the two groups' figures the sentence set side by side
        earlier = _GROUP_BASE.search(text, view.start, quantity.start) if quantity.unit == "배" else None
        return earlier is not None and not earlier.group(1).endswith(TIME_BASES) and not (
            _A_TIME.search(earlier.group(1)) or text[view.start : quantity.start].rstrip().endswith("의"))
    if quantity.unit not in ("배", "%p", "%"):
        return not base.group(1).endswith(TIME_BASES)
    if quantity.unit != "%" and not base.group(1).endswith(TIME_BASES):
        return True  # two groups' figures side by side
    clause = view.tokens[view.clause_start(view.token_at(base.start()))].start
    return any(clause <= q.start and q.end < base.start() and text.startswith(("로", "으로"), q.end) for q in view.quantities)


def is_measured(state: State, view: View, quantity: Quantity, plan: bool,
                stated: tuple[int, int] | None = None) -> bool:
    """Whether a quantity is a measured value that a claim can hold. Quoted speech holds
    none, but for the quotation ``stated``: one that states a plan, or whose speaker owns
    its figures in the first person (``quotes.speaking_for``)."""
    quoted = view.quoted(quantity.start) and not (stated and stated[0] <= quantity.start < stated[1])
    if quantity.value is None or quoted or quantity.id in view.attributive or quantity.unit in NOT_MEASURED_UNITS:
        return False
    index = view.token_at(quantity.start)
    if view.in_round[index] and not (
        _bracketed_value(view, quantity) or time_base(state.text, quantity) or account_value(state.text, quantity)
        or _bracketed_finding(state, view, quantity) or owners.group_before(state, view, quantity)
        or plans.stated_target(view, quantity) or charts.chart_row(state, view) is not None
    ):
        return False  # a gloss or a unit definition: `15PB(1페타바이트=1024TB)`
    if deals.contract_term(state.text, view, quantity):
        return False
    if quantity.kind == "duration" and not durations.measured(state.text, view, quantity):
        return False
    if quantity.value == 1 and quantity.kind in ("count", "money") and not plan:
        return False  # the unit a statement is about: `1원이라도 더 깎으면`, `케이스를 1개 팔 때마다`
    if state.text.startswith(HYPOTHETICAL, view.start) or _required(view, index):
        return False
    if not plan and (_conditional(view, index) or _supposed_before(view, index) or _even_if(state.text, view, quantity)):
        return False
    if quantity.kind == "count" and methods.sample(view, quantity) or methods.method_number(state.text, view, quantity) or (
            methods.method_box(state.text, quantity)):
        return False
    if charts.chart_row(state, view) is not None and quantity.start < charts.row_values(state.text, view) and not (
            charts.rank_cell(state.text, view, quantity)):
        return False  # a chart row's label (`300만∼500만 원 27.9%`): the row's value is the last figure
    if methods.trial_design(state.text, view, quantity) or methods.sample_description(state.text, view) or (
            _between_stated(state.text, view, quantity)):
        return False
    if MILESTONE_AFTER.match(state.text, quantity.end) and any(
            (before := MILESTONE_BEFORE.match(state.text, value.end)) and before.end() == quantity.start
            for value in view.quantities):
        return False
    if _in_a_ratio(state.text, quantity):
        return False
    if WHEN.match(state.text, quantity.end) or ARM.match(state.text, quantity.end) or _places_measured(state.text, view, quantity):
        return False  # `24종일 때 60%`, `… 쓴 현장 412곳에서는 사고가 41% 줄었다`: where a figure is measured
    if PER_BASE.match(state.text, quantity.end) or CLASS_BOUND.match(state.text, quantity.end) or SCALE.match(
            state.text, quantity.end) or SPAN_OR_RECIPIENT.match(state.text, quantity.end) or SIGNIFICANCE.match(
            state.text, quantity.end):
        return False
    if quantity.unit not in FIRM_COUNTERS and FIRM_CLASS_BOUND.match(state.text, quantity.end):
        return False
    if bounds.bounds_a_group(view, quantity) or bounds.sets_a_threshold(view, quantity) or bounds.ranks_a_class(view, quantity):
        return False
    if quantity.unit in LIST_COUNTERS and not plan:
        after = bisect_left(view.starts, quantity.end)
        if after < len(view.tokens) and view.tokens[after].first in ("NNG", "NNP", "SL") and not APPROXIMATE.match(
                view.tokens[after].text):
            return False  # `5대 AI 기술`; but `11만 대 안팎이다` counts vehicles
    return not _specification(view, quantity)


# A ratio told in counts (`직장인 10명 가운데 3명`, `10곳 중 4곳`, `6건 가운데 1건꼴`): a base of
# at most ten, `가운데` or `중`, and the part in the same unit.
RATIO = re.compile(r"(?P<base>\d+)\s?(?P<unit>[가-힣]{1,2}) (?:가운데|중) (?P<part>\d+)\s?(?P=unit)")


def _places_measured(text: str, view: View, quantity: Quantity) -> bool:
    """Whether a count before `에서는` holds the places where a later figure of its clause is measured."""
    if quantity.kind != "count" or not text.startswith("에서는", quantity.end):
        return False
    clause = view.clause_end_from(view.token_at(quantity.start))
    return any(q.start > quantity.end and view.clause_end_from(view.token_at(q.start)) == clause for q in view.quantities)


def _in_a_ratio(text: str, quantity: Quantity) -> bool:
    """Whether a count is the base or the part of a ratio told in counts: a share restated, no
    count of anything (no such figure is a dev gold claim; `128곳 가운데 109곳` stays)."""
    for match in RATIO.finditer(text, max(0, quantity.start - 12), min(len(text), quantity.end + 12)):
        if int(match.group("base")) <= 10 and quantity.start in (match.start("base"), match.start("part")):
            return True
    return False


def _specification(view: View, quantity: Quantity) -> bool:
    """Whether a physical quantity is a specification of the noun right after it, glued by
    `급` or `짜리` or not (`77kWh 배터리를 단 모델`, `350kW급 충전기`, `20kg짜리 상자`): it
    says what kind of thing that is, and measures nothing of the actor. Not a verbal noun
    (`1만2000t 처리하는`), nor a qualifier (`40GWh 규모의`)."""
    if quantity.kind != "other" or quantity.unit in NOT_MEASURED_UNITS:
        return False
    tokens = view.tokens
    after = bisect_left(view.starts, quantity.end)
    if after < len(tokens) and tokens[after].text in ("급", "짜리"):
        after += 1
    elif after < len(tokens) and tokens[after].start == quantity.end:
        return False  # glued, a particle Kiwi misread (`4000㎡를` as `르` + `ᆯ`)
    if after < len(tokens) and tokens[after].first == "XPN":
        after += 1  # a noun's prefix: `345kV급 초고압 변압기`
    if after >= len(tokens) or tokens[after].first != "NNG" or APPROXIMATE.match(tokens[after].text):
        return False
    return tokens[after].text != "규모" and not (after + 1 < len(tokens) and tokens[after + 1].first == "XSV")


def _conditional(view: View, index: int) -> bool:
    """Whether the clause of the token at ``index`` is a condition (`직원 10명의 일을 대신한다면`,
    `생수가 12종 진열돼 있다면`): it supposes the figure, and measures nothing. A comma
    before the verb closes a clause whose verb is left out (`비중은 58%로, 거래대금이 줄면`)."""
    end = view.clause_end_from(index)
    return not any(token.text == "," for token in view.tokens[index:end]) and view.supposes(index)


# A figure that `만 … -어도` supposes (`ARPU가 1000원만 올라도`, `점주의 10%만 이탈해도`: even if
# only so much); not `2019년만 해도` (as recently as).
_EVEN_IF = re.compile(r"(?:까지)?만 (?!해도)[가-힣]*[아어라려와워여져돼나해]도(?![가-힣])")


def _even_if(text: str, view: View, quantity: Quantity) -> bool:
    """Whether a figure of the sentence at or before ``quantity`` is supposed `만 … -어도`: the
    supposed figure and what would follow from it are no facts."""
    return any(_EVEN_IF.match(text, q.end) for q in view.quantities if q.start <= quantity.start)


def _supposed_before(view: View, index: int) -> bool:
    """Whether a clause of supposition in `-다면`, `-라면` or `-ㄹ 경우` opens the sentence before
    the figure (`해지율이 4%로 높아진다면, 1년 뒤 월 매출은 3% 적어진다`, `연산 40GWh 공장이라면
    14억 달러의 공제를`): what follows is that case's consequence, no fact. Not in the past
    (`그쳤다면, 이제는`, which contrasts), nor what someone is quoted supposing (`‘설탕이
    없다면 다시 마셔 보겠다’는 응답도 71%에`)."""
    quoted = [(opener, closer) for opener, closer in view.partner.items()
              if opener < closer and view.tokens[opener].text in ("‘", "“")]
    for position in range(index):
        token = view.tokens[position]
        if ((view.clause_end(position) and view.ending(position) == "EC" and token.text.endswith(("다면", "라면"))
             or view.in_case(position))
                and not (position and view.tokens[position - 1].past)
                and not any(opener < position < closer for opener, closer in quoted)):
            return True
    return False


def _required(view: View, index: int) -> bool:
    """Whether the figure at ``index`` is what a rule requires: a verb in `-도록` follows it
    with no comma between (`고속도로 60km마다 급속충전소를 두도록 했다`, `2027년 80%까지
    끌어올리도록 했다`), or an obligation, its clause's verb in `-어야 하다` (`2032년까지 가맹점
    300곳을 열어야 한다`; not an average it states, `평균 7개월을 기다려야 한다`): the gold guide's
    rules and obligations, which are no claims."""
    tokens = view.tokens
    last = min(view.clause_end_from(index), len(tokens) - 2)
    averaged = index > 0 and tokens[index - 1].text == "평균"
    if not averaged and any(tokens[i].text.endswith("야") and tokens[i].last == "EC" and tokens[i + 1].lemma == "하다"
                            for i in range(index + 1, last + 1)):
        return True
    for token in tokens[index + 1 :]:
        if token.text == ",":
            return False
        if token.text == "도록" and "EC" in token.tags:
            return True
    return False


def founders(state: State, quantity: Quantity, founding: bool) -> bool:
    """Whether a count is the people a company was founded by or with (`동료 2명과 함께 세웠다`
    where the sentence tells a ``founding``, `동문 3명이 세운 회사다`): the founding's story, not a
    measure of the company, which its staff then (`직원 23명과 함께`) are (gold guide)."""
    return quantity.kind == "count" and quantity.unit == "명" and (FOUNDERS.match(state.text, quantity.end) is not None or (
        founding and WITH_FOUNDER.match(state.text, quantity.end) is not None
        and not _STAFF_BEFORE.search(state.text, max(0, quantity.start - 8), quantity.start)))


def mark_attributive(view: View) -> None:
    """Mark the quantities glued to the noun of a topic or subject phrase whose
    clause measures it with other quantities: `6개월 유지율은 38%에서 57%로`,
    `1회 평균 주문액도 10.3달러에서`."""
    for quantity in view.quantities:
        first, last = view.token_at(quantity.start), view.token_at(quantity.end - 1)
        after = last + 1
        if after >= len(view.tokens) or view.tokens[after].first not in ("NNG", "NNP", "SL") or view.in_round[first]:
            continue
        if view.tokens[after].text in PART_OF or ranks_a_name(view, quantity):
            continue  # `매출 96억 원 가운데 구독 매출이 41%를`: the whole's value; `업계 1위 삼성화재는`: the name's rank
        phrase = next((p for p in view.phrases if p.first <= first and last < p.last), None)
        if phrase is None or phrase.role not in ("topic", "subject", "also"):
            continue
        end = view.tokens[view.clause_end_from(phrase.particle)].end
        if any(view.tokens[phrase.particle].end <= q.start < end for q in view.quantities):
            view.attributive.add(quantity.id)


def mark_collectives(view: View) -> None:
    """Mark a count of companies that is a word of a collective's name (`카드 3사의 승인액은`,
    `3사의 해외 승인액은`), no figure of anyone's."""
    view.attributive.update(q.id for q in view.quantities if COLLECTIVE.fullmatch(q.text))


def _bracketed_value(view: View, quantity: Quantity) -> bool:
    """Whether a figure alone in brackets is the value at the date before them
    (`2019년(4.1%)보다 낮다`). After another noun (`업계 평균(2.3건)`, `‘가격’(34%)`) the
    figure is some other group's or a survey's, whose actor the rules do not find, unless a
    name or a group ends there (``owners.group_before``); after a figure it is a conversion
    (`1억 달러(약 1300억 원)`). A dated survey is the date's too (`2022년 조사(4만 원)보다`)."""
    opening = owners.opening_bracket(view, quantity)
    if opening is None:
        return False
    before = opening - 1
    if before >= 1 and (view.tokens[before].lemma in surveys.SURVEY_NOUNS or view.tokens[before].text in POSITION_WORDS):
        before -= 1  # `2022년 조사(4만 원)보다`, `2020년 말(860곳)보다`
    return any(date.start <= view.tokens[before].start < date.end for date in view.dates)


def _bracketed_finding(state: State, view: View, quantity: Quantity) -> bool:
    """Whether a share alone in brackets is a survey's finding, in a sentence of findings
    (`2019년 같은 조사(14%)보다 24%p 늘었다`, `응답자들은 ‘가격’(38%)을 꼽았다`)."""
    return quantity.unit == "%" and owners.opening_bracket(view, quantity) is not None and surveys.finding(state, view) is not None


def book_line(state: State, view: View) -> None:
    """The metrics of a reviewed book's information line, which stands among the title lines
    (`지은이 그레고리 웨인라이트 / 옮긴이 서가람 / 온새미출판사 / 352쪽 / 2만2000원`)."""
    for quantity in view.quantities:
        owner = owners.book_line(state, view, quantity)
        if owner is not None and is_measured(state, view, quantity, False):
            metric(state, view, quantity, None, owner)


def _stake(view: View, quantity: Quantity) -> bool:
    """Whether a figure is a share of ownership: `지분` or `지분율` before it in its clause."""
    index = view.token_at(quantity.start)
    return any(token.lemma.startswith("지분") for token in view.tokens[view.clause_start(index) : index])


def metric(state: State, view: View, quantity: Quantity, fallback: Actor | None, owner: Actor | None = None) -> None:
    """A metric claim of ``quantity``: ``owner``'s where one is known, else the actor its
    own words name, else the sentence's."""
    actor = (owner or owners.treated_group(state, view, quantity) or charts.column_group(state, view, quantity) or charts.named_column(state, view, quantity)
             or charts.chart_row(state, view) or owners.group_before(state, view, quantity)
             or surveys.finding(state, view) or owners.group_topic(view, quantity, state.aliases) or owners.whole_owner(view, quantity)
             or owners.whole_group(view, quantity)
             or owners.book_line(state, view, quantity)
             or owners.listed_owner(state, view, quantity)
             or products.priced_product(state, view, quantity) or products.rated_product(state, view, quantity)
             or products.described_name(state, view, quantity)
             or owners.quantity_actor(state, view, quantity)
             or products.product_used(view, quantity) or owners.granted_by(view, quantity)
             or actor_at(state, view, quantity.start, fallback))
    if actor is None:
        return
    # What a company's executive reports or achieves is a figure of the company the text ties
    # them to; a person tied to none measures nothing (`팀원 11명에게`, `현금서비스 500만 원을`).
    # A stake is its holder's, a person's too (gold guide: `구 회장은 … 지분 8.76%를 물려받았고`).
    holds = actor.label == "PERSON" and _stake(view, quantity)
    organisation = state.affiliations.get(actor.name) if actor.label == "PERSON" and not holds else None
    if actor.label == "PERSON" and organisation is None and not holds:
        return
    subject = Actor(organisation, "ORG", actor.sentence) if organisation else actor
    if subject.label == "EVENT":  # an event's figures are its organiser's (gold guide)
        subject = state.organisation_of(subject, view)
    predicate = predicates.measure(state, view, quantity)
    subject = deals.valued_company(state, view, subject, predicate) or subject
    date, date_view = quantity_date(state, view, quantity)
    index = view.token_at(quantity.start)
    # `CU와 GS25가 각각 1만7000여 개`: the figure is each one's.
    each = event_actors.conjunct_actors(view, index, subject) if index and view.tokens[index - 1].text == "각각" else []
    for holder in [subject, *each]:
        state.drafts.append(Draft(
            "metric", quantity.start, view, holder, predicate=predicate,
            quantity=quantity, date=date, sources=sources(state, view, holder, date_view),
        ))
