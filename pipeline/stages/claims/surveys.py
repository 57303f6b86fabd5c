"""Surveys: which group a survey asked, and which figures are its findings (gold guide: a
survey's findings are the surveyed group's); a study's own numbers are ``methods``."""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.schema import Entity, Quantity
from pipeline.stages.claims import lexicon, markets
from pipeline.stages.claims.actors import SOURCE_NOUNS, Actor
from pipeline.stages.claims.references import COMPANY_NOUNS, head_entity
from pipeline.stages.claims.clauses import relative_start
from pipeline.stages.claims.plans import PLAN_WORDS
from pipeline.stages.claims.state import State
from pipeline.stages.claims.views import Phrase, View

SAMPLE_WORDS = lexicon.words("sample_word")
# Words of a study that, in the clause of a count of people with `의`, make them its sample.
ANALYSIS_WORDS = SAMPLE_WORDS | lexicon.words("analysis_word")

SURVEY_NOUNS = lexicon.words("survey_noun")

# Words that make a figure a survey's finding (`응답자의 58%가`, `…는 응답은 21%`); those of
# them that name its respondents are markets.RESPONDENT_WORDS.
ANSWER_WORDS = lexicon.words("answer_word")

# A noun that makes the survey noun before it a firm (`조사업체`), which is no answer;
# `응답 업체` are respondents.
SURVEYOR_NOUNS = lexicon.words("surveyor_noun")

FIRM_RESPONDENTS = lexicon.words("firm_respondent")
# People an organisation has (`이용자`, `회원`, `독자`): surveyed by it, they are its own.
OWN_PEOPLE = lexicon.words("own_people")

# What stays of a date or a figure after its span in a noun phrase: `지난해 말`, `120곳의`.
TIME_WORD_AFTER = re.compile(r"(?:\s*(?:말|초|중순|초순|하순|초반|중반|후반|께|경))?의?")


def finding(state: State, view: View) -> Actor | None:
    """The surveyed group whose finding a figure of the sentence is: the last survey's, in a
    sentence with an answer word; past a heading, in one that names the respondents and no
    other survey. `응답률` (a response rate) names no answer. A finding broken down by an age
    band is the band's."""
    named = {t.lemma for t, after in zip(view.tokens, [*view.tokens[1:], None])
             if not (after is not None and (after.first == "XSN" and after.text in ("률", "율")
                                            or t.lemma in SURVEY_NOUNS and after.lemma in SURVEYOR_NOUNS))}
    if (people := _named_by_population(view)) is not None:
        return Actor(people, None, view.index)  # `온라인 공공서비스 이용자 조사에서 …`: that survey's people
    group = state.surveyed or (state.last_survey if named & markets.RESPONDENT_WORDS and not _other_survey(view) else None)
    answers = named & ANSWER_WORDS
    if group is None and state.population and not _other_survey(view) and not any(
            c.actor.label is not None for c in view.candidates):
        # A survey report's population, where no one is named; a sentence about the survey
        # itself (`조사 주기를 연 2회로 늘리고`) reports no answer.
        group, answers = Actor(state.population, None, view.index), answers - SURVEY_NOUNS
    if not (group and (answers or _said(view) or _studied_again(state, view))):
        return None
    # A part looked at alone (`개인 음식점 점주만 보면`) is a sub-group of any survey's group.
    return _age_band(view) or _sub_group(view, ("only", "topic", "subject") if group.name == state.population
                                         else ("only",)) or group


def _said(view: View) -> bool:
    """Whether the sentence reports what people said of themselves in a quotative adnominal
    (`올해 … 줄일 계획이라는 점주는 42.3%로`, `… 받는다는 응답자도`): an answer."""
    tokens = view.tokens
    return any(t.first == "ETM" and t.text.endswith(("다는", "라는")) and not view.quoted(t.start)
               and following.lemma not in PLAN_WORDS  # `…달성하겠다는 목표`: a plan's content
               for t, following in zip(tokens, tokens[1:]))


def _sub_group(view: View, roles: tuple[str, ...]) -> Actor | None:
    """The sub-group of a survey's group a finding's phrase of ``roles`` names (`금융 상장사는
    보안 우려를 꼽은 비율이 71.9%에 달했다`), not the respondents (`응답 기업의`)."""
    for role in roles:
        for phrase in view.phrases:
            if phrase.role == role and (group := markets.group_of(view, phrase) or markets.staff_of(view, phrase)) and not (
                    set(group.split()) & markets.RESPONDENT_WORDS):
                return Actor(group, markets.MARKET, view.index, described=True)
    return None


def _age_band(view: View) -> Actor | None:
    """The age band a finding is broken down by, as the sentence's subject or the scope it
    is found in (`20대에서 … ‘헤비 구독자’ 비중은 31.4%로 2022년 조사보다 6.2%p 낮아졌다`)."""
    for phrase in view.phrases:
        scoped = phrase.role in ("topic", "subject") or view.tokens[phrase.particle].text == "에서"
        if scoped and (band := markets.age_group_of(view, phrase)) is not None:
            return Actor(band, markets.MARKET, view.index, described=True)
    return None


def surveyed(state: State, view: View) -> Actor | None:
    """The group a survey in the sentence asks, as a noun phrase: the object of a sample
    word (`국내 직장인 1200명을 조사한 결과` → 국내 직장인, `도쿄 고객을 대상으로 한 조사`
    → 도쿄 고객). A survey's findings (`응답자의 58%가`) are that group's (gold guide).
    The group is kept under the organisation that runs the survey, the subject before it
    (`한울인사컨설팅이 … 조사한 결과`), for the sentences that cite the survey again by
    that name (``cited_survey``); people it has itself (`own_people`: its users, members,
    readers) are named as its own (`DBR이 … 독자 1200명에게 물었더니` → DBR 독자)."""
    surveyor = None
    asked = asked_phrases(view)
    for phrase in view.phrases:
        if phrase in asked and _names_people(view, phrase):
            if group := group_words(state, view, phrase):
                if surveyor is not None and (group in OWN_PEOPLE or group.split()[0] == "회원"):
                    # `나루가 … 이용자 600명을 대상으로` → 나루트랜스퍼 이용자; `회원 점주` are its members too
                    group = f"{surveyor.canonical} {group}"
                if surveyor is not None:
                    state.surveys[surveyor.canonical] = group
                return Actor(group, None, view.index)
        if phrase.role in ("topic", "subject") and (entity := head_entity(view, phrase)) and entity.label == "ORG":
            surveyor = entity
    return None


def _names_people(view: View, phrase: Phrase) -> bool:
    """Whether an asked phrase names people or firms: it counts them (`회원 41만 명을`) or ends
    in a noun of such (`국내 직장인을 대상으로`), not what was asked (`부업 소득의 세금 신고 여부를
    물었다`, `기업의 보상 체계와 직원 경험을 주로 조사해 왔다`, `… 가로막는 요인을 물은 결과`: a
    two-syllable word ending as people's do is most often a thing)."""
    start, end = view.tokens[phrase.first].start, view.tokens[phrase.particle].start
    last = max((i for i in range(phrase.first, phrase.particle) if view.tokens[i].nominal), default=None)
    return any(start <= q.start < end for q in view.quantities) or last is not None and (
        view.tokens[last].lemma.endswith(markets.GROUP_NOUNS) or markets.people_word(view.tokens[last].lemma))


def asked_phrases(view: View) -> list[Phrase]:
    """The phrases that name whom a survey asks: the object of a sample word, or those it
    asks in the dative, a manner's words between too (`직장인 1500명에게 물었더니`, `소비자
    2000명에게 온라인으로 물은 결과`)."""
    return [p for p in view.phrases if p.role == "object" and _sample_word_in(view, p.particle + 1, 2)
            or view.tokens[p.particle].text.endswith("에게") and _sample_word_in(view, p.particle + 1, 4)]


def _sample_word_in(view: View, first: int, reach: int) -> bool:
    """Whether a sample word stands within ``reach`` tokens from ``first``, in its clause, with
    no object before it (`응답자(43.2%)에게 그 이유를 물었더니`: a question put to a sub-group)."""
    last = min(first + reach, view.clause_end_from(first) + 1) if first < len(view.tokens) else first
    for token in view.tokens[first:last]:
        if token.lemma in SAMPLE_WORDS:
            return True
        if token.last == "JKO":
            return False
    return False


def group_words(state: State, view: View, phrase: Phrase) -> str:
    """A surveyed group as the sentence writes it, up to its sample's count (`미국과 영국의
    구독 서비스 이용자 4200명을` → 미국과 영국의 구독 서비스 이용자), without the dates,
    the other figures with their `의` and an age band in it (`지난해 국내 기업 120곳의 신임
    팀장 850명을` → 국내 기업 신임 팀장, `만 20∼59세 국내 소비자` → 국내 소비자). People who
    answer for their firm leave the firms (`국내 기업 인사 담당자` → 국내 기업)."""
    first = phrase.first + markets.past_time(view, view.tokens[phrase.first : phrase.particle])  # `실험이 끝난 뒤 …`
    # An adjective is part of the group it picks out (`젊은 소비자`, `바쁜 직장인`), read as one
    # token or as stem and ending.
    if first >= 1 and view.tokens[first - 1].tags == ("VA", "ETM"):
        first -= 1
    elif first >= 2 and view.tokens[first - 1].tags == ("ETM",) and view.tokens[first - 2].tags == ("VA",):
        first -= 2
    start, end = view.tokens[first].start, view.tokens[phrase.particle].start
    figures = sorted((max(r.start, start), r.end) for r in (*view.dates, *view.quantities) if r.end > start and r.start < end)
    if figures and figures[-1][1] >= end - 1:
        end = figures.pop()[0]  # the sample's count
    words, position = [], start
    for figure_start, figure_end in figures:
        words.append(state.text[position:figure_start])
        position = max(position, TIME_WORD_AFTER.match(state.text, figure_end).end())
    words.append(state.text[position:end])
    # `만` alone marks an age (`전국 만 20∼69세 소비자`), which the group leaves out with the age.
    group = [word for word in " ".join(words).split() if word != "만"]
    # People who answer for their firm (`국내 기업 인사 담당자`, `국내 유통업체 점포 운영 책임자`)
    # make the firms the group.
    while len(group) > 2 and group[-1] in FIRM_RESPONDENTS and any(w.endswith(COMPANY_NOUNS) for w in group[:-1]):
        group.pop()
        while len(group) > 1 and not group[-1].endswith(COMPANY_NOUNS):
            group.pop()
    return " ".join(group)


def _other_survey(view: View) -> bool:
    """Whether the sentence names the survey it reports by what it asked (`직원 만족도
    조사에서 … 응답도`): its respondents are that survey's, not those of the article's last
    one (`우리 조사에서`, `지난해 조사에서` point back to it)."""
    def described(phrase) -> bool:
        return any(t.first in ("NNG", "NNP") and not any(d.start <= t.start < d.end for d in view.dates)
                   for t in view.tokens[phrase.first : phrase.last])
    return any(view.tokens[p.last].lemma in SOURCE_NOUNS and view.tokens[p.particle].text == "에서" and described(p)
               for p in view.phrases)


def cited_survey(state: State, view: View, current: Actor | None) -> Actor | None:
    """The group of the survey the sentence cites by its surveyor's name: the one that
    surveyor asked earlier in the article, under another heading too (`한울인사컨설팅 조사에서
    신임 팀장의 61%가 …`), and none if it asked none; ``current``, the group of the last
    survey, where the sentence cites none by name."""
    for phrase in view.phrases:
        if view.tokens[phrase.last].lemma in SOURCE_NOUNS and (entity := head_entity(view, phrase)):
            group = state.surveys.get(entity.canonical)
            return Actor(group, None, view.index) if group else None
    group = _studied_again(state, view)
    return Actor(group, None, view.index) if group else current


def other_populations(state: State) -> dict[str, re.Pattern]:
    """The people of the surveys other than a survey report's own that it names by them, in
    more than one word (`보고서에 함께 실린 온라인 공공서비스 이용자 조사에서`; a bare `소비자` is
    anyone): a second survey's population, with the pattern of its naming as people who act or
    answer (a particle after it)."""
    if state.population is None:
        return {}
    named = (_named_by_population(view) for view in state.views)
    return {group: re.compile(rf"{re.escape(group)}(?:들)?(?:이|가|은|는|의|도)(?![가-힣])")
            for group in dict.fromkeys(named) if group and " " in group and group != state.population}


def population_named(state: State, view: View, populations: dict[str, re.Pattern]) -> Actor | None:
    """The population of another survey the sentence names as people who act or answer
    (`온라인 공공서비스 이용자가 매긴 … 만족도 지수는 68.2점으로`): the section's findings after
    it are theirs, not the report's own population's."""
    return next((Actor(group, None, view.index) for group, named in populations.items()
                 if named.search(state.text, view.start, view.end)), None)


def _named_by_population(view: View) -> str | None:
    """The people of a survey the sentence names by them, the source of its findings, as it
    writes them before the survey noun (`보고서에 함께 실린 온라인 공공서비스 이용자 조사에서` →
    온라인 공공서비스 이용자); not a survey's title in quotation marks."""
    phrase = next((p for p in view.phrases if view.tokens[p.last].lemma in SURVEY_NOUNS
                   and view.tokens[p.particle].text == "에서"), None)
    survey = phrase.last if phrase is not None else 0
    if phrase is None or survey - 1 < phrase.first or not view.tokens[survey - 1].lemma.endswith(_POPULATION_HEADS):
        return None
    first = survey - 1
    while first > phrase.first and view.nominal(first - 1) and not view.tokens[first - 1].first.startswith("J"):
        first -= 1
    return markets.surface(view.tokens[first:survey])


def _studied_again(state: State, view: View) -> str | None:
    """The group an organisation surveyed earlier in the article, where the sentence has it
    study that group again (`한울인사컨설팅이 신임 팀장 850명의 1년 뒤 평가를 분석한 결과`):
    its figures are that group's findings."""
    if not any(token.lemma in ANALYSIS_WORDS for token in view.tokens):
        return None
    for phrase in view.phrases:
        if phrase.role in ("topic", "subject") and (entity := head_entity(view, phrase)) and entity.canonical in state.surveys:
            return state.surveys[entity.canonical]
    return None


# What a survey's population ends in: a noun of people or firms, or a suffix of people
# (`소상공인`, `자영업자`, `대학생`, `관광객`, `주민`, `고령층`).
POPULATION_NOUNS = (*markets.GROUP_NOUNS, *markets.PEOPLE_ENDINGS)
# A survey report's population may be staff (`공공기관 직원 가운데 …`), though staff asked
# about something (`창구 직원에게 묻는 편이`, an answer) are no survey of their own.
_POPULATION_HEADS = (*POPULATION_NOUNS, *sorted(markets.STAFF_NOUNS))

# The closing quotation mark of a survey's title (`‘2024 OTT 이용자 조사’에 따르면`).
_TITLE_CLOSERS = ("’", "”", "」", "』")


def population(state: State) -> str | None:
    """The population of the survey an article reports, where the article is about its
    surveyor and its opening paragraph cites the survey by that name (`여울컨슈머랩이 지난달
    내놓은 ‘2024 OTT 이용자 조사’에 따르면`): the actor of the findings no sentence gives to
    another (gold guide: the opening paragraph's phrase). It is a group the paragraph names
    with a scope word and a noun of people or firms (`국내 유료 OTT 이용자`, `국내 상장사의`):
    the one the citing sentence names after the survey, else the paragraph's first (where the
    citing sentence names a sub-group: `… 도입한 상장사는 33.1%였다`). A lead that only sets a
    scene, without the article's organisation (`수도권의 한 구청 민원실은 …`), leaves the
    citation to the paragraph after it."""
    openings = list(dict.fromkeys(view.block for view in state.views if view.kind == "paragraph"))[:2]
    paragraphs = [[view for view in state.views if view.block == opening] for opening in openings]
    if paragraphs and any(e.canonical == state.about for view in paragraphs[0] for e in view.entities):
        paragraphs = paragraphs[:1]
    for paragraph in paragraphs:
        for view in paragraph:
            if (citation := _survey_cited(state, view)) is not None:
                cited, surveyor = citation
                # On a page about no organisation, a survey the lead cites by its title (`‘2025 가구
                # 에너지 요금 실태 조사’ 보고서를 보면`) is what the page reports.
                reported = surveyor.canonical == state.about or state.about is None and _titled(view, cited)
                return _population_of(paragraph, view, cited) if reported else None
    return None


def _survey_cited(state: State, view: View) -> tuple[int, Entity] | None:
    """``(token of the survey, its surveyor)`` where the sentence cites an organisation's
    survey by name, or its own analysis of records."""
    cited = next((i for i, token in enumerate(view.tokens) if token.lemma in SURVEY_NOUNS and _ends_name(view, i)), None)
    surveyor = None if cited is None else next(
        (e for e in reversed(view.entities) if e.label == "ORG" and e.end <= view.tokens[cited].start), None)
    if surveyor is None and (analysed := _analysis_result(state.text, view)) is not None:
        cited, surveyor = analysed
    return (cited, surveyor) if surveyor is not None else None


def _population_of(paragraph: list[View], view: View, cited: int) -> str | None:
    """The population ``population`` reads from the paragraph whose sentence ``view`` cites
    the survey at token ``cited``."""
    citation = view.tokens[cited].start
    scoped = [(v, start, group) for v in paragraph for start, group in _populations(v)]
    if scoped:
        return ([group for v, start, group in scoped if v is view and start > citation] or [scoped[0][2]])[0]
    described = [(v, start, group) for v in paragraph for start, group in _described_populations(v)]
    after = [group for v, start, group in described if v is view and start > citation] + [
        group for start, group in _described_populations(view, plain=True) if start > citation]
    return (after or [group for _, _, group in described] or [None])[0]


# `…을 분석한 결과,`: an organisation's own analysis of records, cited as a survey is.
_ANALYSED = re.compile(r"분석한 결과")


def _analysis_result(text: str, view: View) -> tuple[int, Entity] | None:
    """Where an organisation, the subject of its sentence, reports its own analysis of records
    (`봄내밸류리서치(…)가 … 공시 3412건을 분석한 결과,`): the analysis noun's token and the
    organisation, whose findings a population is the actor of, as a survey's are."""
    found = _ANALYSED.search(text, view.start, view.end)
    if found is None:
        return None
    at = view.token_at(found.start())
    for phrase in view.phrases:
        if phrase.role in ("subject", "topic") and phrase.particle < at:
            entity = head_entity(view, phrase)
            if entity is not None and entity.label == "ORG":
                return at, entity
    return None


def _titled(view: View, index: int) -> bool:
    """Whether the survey noun at ``index`` closes a quoted title (`‘… 실태 조사’`)."""
    return index + 1 < len(view.tokens) and view.tokens[index + 1].text in _TITLE_CLOSERS


def _ends_name(view: View, index: int) -> bool:
    """Whether a survey noun ends the name of a survey, before its title's closing mark or
    a particle (`‘… 조사’에`, `조사에서`), not a word of a longer noun (`조사 전문 기업`)."""
    following = view.tokens[index + 1] if index + 1 < len(view.tokens) else None
    return following is not None and (following.text in _TITLE_CLOSERS or following.first.startswith("J"))


def _described_populations(view: View, plain: bool = False) -> list[tuple[int, str]]:
    """The groups of people a sentence names with no scope word, as the paragraph writes them:
    nouns ending in a noun of people or firms that a relative clause describes (`원룸촌에서
    혼자 사는 청년 세입자의` → 혼자 사는 청년 세입자) or that a place opens (`수도권 통근자의`);
    with ``plain``, any words of nouns so ending (`중소 제조기업의`, after the survey its
    sentence cites); nouns joined by `·` are one run (`시·군·구 공무원`); none in a quotation."""
    found = []
    tokens = view.tokens
    index = 0
    while index < len(tokens):
        first = index
        while index < len(tokens) and (view.nominal(index) or index > first and view.joins_nouns(index)) and (
                not view.quoted(tokens[index].start)):
            index += 1
        run = range(first, index)
        index += 1
        last = next((i for i in reversed(run) if tokens[i].lemma.endswith(_POPULATION_HEADS)), None)
        if last is None:
            continue
        opens = relative_start(view, first - 1) if first and view.ending(first - 1) == "ETM" else first
        placed = any(e.label == "LOCATION" and e.start == tokens[first].start for e in view.entities)
        if opens < first or ((placed or plain) and last > first):
            found.append((tokens[opens].start, markets.surface(tokens[opens : last + 1])))
    return found


def _populations(view: View) -> list[tuple[int, str]]:
    """The groups a sentence names with a scope word and a noun of people or firms, glosses
    in brackets left out (`국내 OTT(온라인 동영상 서비스) 이용자의` → 국내 OTT 이용자), none in
    a quotation (a survey's title)."""
    found = []
    tokens = view.tokens
    for first, token in enumerate(tokens):
        if token.text not in markets.SCOPE_WORDS or view.quoted(token.start):
            continue
        words, index, last = [token], first + 1, None
        while index < len(tokens):
            if view.partner.get(index, index) > index and tokens[index].text == "(":
                index = view.partner[index] + 1
                continue
            current = tokens[index]
            if not (view.nominal(index) or current.first == "XSN"):
                break
            words.append(current)
            if current.lemma.endswith(_POPULATION_HEADS) or (current.first == "XSN" and current.lemma in markets.PERSON_SUFFIXES):
                last = len(words)
            index += 1
        if last is not None and last > 1:
            found.append((token.start, markets.surface(words[:last])))
    return found
