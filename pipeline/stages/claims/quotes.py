"""Quote claims: direct speech in quotation marks and its speaker (SPEC §6)."""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.schema import DateRecord, Quantity
from pipeline.stages.claims import lexicon, markets
from pipeline.stages.claims.actors import DEMONSTRATIVE_RANK, FIRST_PERSON, SOURCE_NOUNS, Actor, actor_of
from pipeline.stages.claims.dating import dates_an_age
from pipeline.stages.claims.references import entity_ending
from pipeline.stages.claims.state import Draft, State, actor_at, tied_date
from pipeline.stages.claims.views import Phrase, View


# After a closing quotation mark: a quotative ending means direct speech
# (`”라고 말했다`, `”며`, `”면서도`); `”라는` / `”는` is speech only before a speech noun.
DIRECT_SPEECH_AFTER = re.compile(r"\s*(?:(?:이)?라고|고|(?:이)?라며|며|(?:(?:이)?라)?면서도?|하고|하며)(?![가-힣])")

NOMINAL_QUOTE_AFTER = re.compile(r"\s*(?:(?:이)?라는|는|란)\s*([가-힣]+)")

SPEECH_NOUNS = lexicon.in_order("speech_noun")

SPEAKER_LABELS = frozenset({"PERSON", "ORG"})

# `그는 “…`: a pronoun speaks for the person last named.
PERSONAL_PRONOUNS = lexicon.words("personal_pronoun")

ATTRIBUTION_WINDOW = 2  # sentences after a pull-quote that may name its speaker
# A line under a pull-quote that says whose it is: `- 나눔데이터재단 연례 보고서 중`, `― 김도윤 대표`.
ATTRIBUTION_LINE = re.compile(r"\s*[-―–—]\s")

# A speaker the text does not name (`한 유통업계 관계자는 “…`, `모아텔레콤의 한 임원은 “…`,
# `보호자들이 “…`): the quote is nobody's, not the actor of the sentence.
UNNAMED_SPEAKER = re.compile(r"(?:(?<![가-힣])한 [가-힣A-Za-z ]{1,24}?|[가-힣]+들)(?:은|는|이|가)(?: 응답에서)?\s*$")


def inline_quotes(state: State, view: View, fallback: Actor | None) -> None:
    if view.kind == "quote":
        return
    for start, end in view.quotes:
        if not view.start <= start < view.end:
            continue
        said = speaker_of(state, view, start, end, fallback)
        if said is None:
            continue
        speaker, attribution = said
        dates = _attribution_dates(state, attribution)
        # With no date of its own, an attribution that continues the sentence before
        # (`콘티 CEO는 당시 이사회에서 “…”`) takes that sentence's date.
        date = dates[0] if dates else tied_date(state, attribution)[0]
        state.drafts.append(Draft(
            "quote", start, view, speaker, object=state.text[start + 1 : end - 1].strip(),
            date=date, speaker=speaker.name,
            sources=tuple(sorted({view.index, attribution.index})),
        ))


def speaker_of(state: State, view: View, start: int, end: int, fallback: Actor | None) -> tuple[Actor, View] | None:
    """Who speaks the quotation at ``start``–``end``, which opens in ``view``, and the
    sentence that says so: none for a scare quote or a term (`“살아남았다”는 표현`) or a
    speaker the text does not name."""
    speech = DIRECT_SPEECH_AFTER.match(state.text, end)
    nominal = NOMINAL_QUOTE_AFTER.match(state.text, end)
    if not speech and not (nominal and nominal.group(1).startswith(SPEECH_NOUNS)):
        return None
    unnamed = UNNAMED_SPEAKER.search(state.text, view.start, start)
    if unnamed and not any(unnamed.start() <= e.start < start and e.label == "PERSON" for e in view.entities):
        return None  # not `안산의 한 지역아동센터 김미정 센터장은`, who is named
    closing = state.doc.sentence_at(end - 1)
    attribution = next((v for v in state.views[view.index :] if v.id == closing.id), view)
    speaker = actor_at(state, attribution, start, fallback)
    if speaker is not None and speaker.label != "PERSON" and _said_by_pronoun(attribution, start):
        speaker = _person_before(state, attribution, start) or speaker
    if speaker is None or speaker.label not in SPEAKER_LABELS:
        return None
    if speaker.label == "ORG" and not _speaks_as_itself(view, start):
        return None  # `보라매항공 관계자는 “…`, `입사 3년 차 상담사는 “…`: a person the text does not name
    return speaker, attribution


def speaking_for(state: State, view: View, quantity: Quantity, fallback: Actor | None) -> Actor | None:
    """The organisation whose measure a figure in direct speech is, where the speaker says
    whose in the first person, as a determiner in the quoted sentence (`문 회장은 “저희 연구소에
    쌓인 처방만 2만 개가 넘는다”며`, `“우리 회사 매출에서 해밀이 차지하는 비중이 … 30%를
    넘었다”`): the speaker's organisation (gold guide, first person), as ``State.organisation_of``
    finds a person's; so does the first person as the subject of the figure's clause (`“저희는
    2021년 말 7곳이던 반도체 공급사를 지난해 말 12곳으로 늘렸습니다”`), not of another
    (`“대형 회사에서는 200명이 … 만들지만 저희는 …”`). `우리 같은` owns nothing, nor does the
    first person of a source (``own_finding``). A person the text ties to an organisation
    states its figures as well where the figure's clause tells, in the past tense, what
    happened (`“지난해 쿠폰 발송 건수를 전년보다 42% 줄였는데도 앱 주문 매출은 9% 늘었습니다”`),
    in a quotation that cites no source of its own, outside a survey report, whose researchers'
    figures are findings (gold guide: quoted figures stated as fact)."""
    quotation = view.quotation_at(quantity.start)
    if quotation is None:
        return None
    sources = _own_sources(view, quotation)
    spoken = [t for t in view.tokens if quotation[0] < t.start < quotation[1]
              and not any(start <= t.start < end for start, end in sources)]
    index = view.token_at(quantity.start)
    clause = view.tokens[view.clause_start(index)].start
    first_person = any(token.text in FIRST_PERSON and (following.first in ("NNG", "NNP") and token.end < following.start
                                                        or token.text != "저" and following.first in ("JX", "JKS")
                                                        and clause <= token.start < quantity.start)
                       for token, following in zip(spoken, spoken[1:]))
    # the figure's clause, cut at the quotation's end (`“…면 … 늘릴 수 있다”고 말했다` tells nothing past)
    told = not first_person and not sources and state.population is None and view.in_past(
        index, min(view.clause_end_from(index), bisect_left(view.starts, quotation[1]) - 1))
    if not (first_person or told):
        return None
    opening = next((v for v in state.before(view, inclusive=True) if v.start <= quotation[0]), view)
    said = speaker_of(state, opening, quotation[0], quotation[1], fallback)
    if said is None or not first_person and said[0].name not in state.affiliations:
        return None
    owner = state.organisation_of(said[0], view)
    return owner if owner.label == "ORG" else None


def own_finding(view: View, quantity: Quantity) -> tuple[int, int] | None:
    """The quotation in which a researcher reports a figure of their own survey or analysis
    (`“저희 조사에서 중소기업의 AI 전담 인력은 평균 1.4명이었다”`): a finding of the group the
    clause names (gold guide: findings in a researcher's quote are claims of the group)."""
    quotation = view.quotation_at(quantity.start)
    if quotation is None or not any(end <= quantity.start for _, end in _own_sources(view, quotation)):
        return None
    return quotation


def finding_owner(state: State, view: View, quantity: Quantity) -> Actor | None:
    """Whose a researcher's own finding in a quotation is (`“저희 조사에서 … 점주가 21.4%였다”`):
    an age band or a group the figure's clause names as its topic or subject, else the people of
    the survey the article reports (gold guide: findings in a researcher's quote are the group's)."""
    index = view.token_at(quantity.start)
    clause = view.clause_start(index)
    for phrase in view.phrases:
        if not (clause <= phrase.first and phrase.particle < index):
            continue
        genitive = next((i for i in range(phrase.first + 1, phrase.last) if view.tokens[i].first == "JKG"), None)
        possessor = Phrase(phrase.first, genitive - 1, genitive, phrase.role) if genitive else phrase  # `중소기업의 … 인력은`
        group = markets.age_group_of(view, phrase) or (  # `20대에서`, `20대의`
            markets.group_of(view, possessor) if phrase.role in ("topic", "subject") else None)
        if group:
            return Actor(group, markets.MARKET, view.index, described=True)
    population = Actor(state.population, None, view.index) if state.population else None
    return state.surveyed or population or state.last_survey


def _own_sources(view: View, quotation: tuple[int, int]) -> list[tuple[int, int]]:
    """The stretches of a quotation that name the speaker's own source (`저희 패널에서`)."""
    return [(view.tokens[p.first].start, view.tokens[p.particle].end) for p in view.phrases
            if quotation[0] < view.tokens[p.first].start < quotation[1]
            and view.tokens[p.first].text in FIRST_PERSON and view.tokens[p.last].lemma in SOURCE_NOUNS
            and view.tokens[p.particle].text == "에서"]


def _speaks_as_itself(view: View, start: int) -> bool:
    """Whether the topic or subject the quotation at ``start`` follows is an organisation's
    name, or its `측` (`한누리 측은 “…`): the organisation speaks, not one of its people."""
    said = [p for p in view.phrases if p.role in ("topic", "subject") and view.tokens[p.particle].start < start]
    if not said:
        return False
    last = said[-1].last - (view.tokens[said[-1].last].text == "측")
    entity = entity_ending(view, last)
    return entity is not None and entity.label == "ORG"


def _said_by_pronoun(view: View, start: int) -> bool:
    """Whether the speaker of the quotation at ``start`` is a personal pronoun (`그는 “…`)."""
    return any(
        phrase.role in ("topic", "subject") and view.tokens[phrase.particle].start < start
        and "".join(t.text for t in view.tokens[phrase.first : phrase.last + 1]) in PERSONAL_PRONOUNS
        for phrase in view.phrases
    )


def _person_before(state: State, view: View, start: int) -> Actor | None:
    """The person a pronoun stands for: the last one named before ``start`` in its paragraph
    (`… 하르퉁 CEO를 만났다. … 그는 “…”라고 말했다`), though the interview speaks for a company."""
    for earlier in state.before(view, inclusive=True):
        if earlier.block != view.block:
            return None
        people = [e for e in earlier.entities if e.label == "PERSON" and e.start < start]
        if people:
            return actor_of(people[-1], view.index)
    return None


def pull_quote(state: State, quote: list[View]) -> None:
    """A quotation standing alone takes its speaker, and its date, from the
    sentence after it that names who said it; in an interview, with none, it is the
    interviewee's (gold guide), whom the interviewer's question after it does not name.
    Where the body says the same words again in quotation marks, their speaker there says them."""
    last = quote[-1]
    said = state.text[quote[0].start : last.end].strip().strip("“”\"").strip()
    if (repeated := _said_again(state, last, said)) is not None:
        speaker, attribution = repeated
        state.drafts.append(Draft("quote", quote[0].start, quote[0], speaker, object=said, speaker=speaker.name,
                                  sources=(quote[0].index, attribution.index)))
        return
    for attribution in state.views[last.index + 1 : last.index + 1 + ATTRIBUTION_WINDOW]:
        if attribution.kind in ("quote", "heading", "title", "subtitle") or attribution.asks or attribution.interviewer:
            break  # the quotation stands apart from what follows
        speakers = [
            c.actor for c in sorted(attribution.candidates, key=lambda c: (c.actor.label != "PERSON", c.rank, c.position))
            if c.actor.label in SPEAKER_LABELS and c.rank < DEMONSTRATIVE_RANK
        ]
        if not speakers and ATTRIBUTION_LINE.match(state.text, attribution.start):
            # `- 나눔데이터재단 연례 보고서 중`: the line names its source, with no particle to find it by
            named = sorted((e for e in attribution.entities if e.label in SPEAKER_LABELS), key=lambda e: e.label != "PERSON")
            speakers = [actor_of(e, attribution.index) for e in named[:1]]
        if not speakers:
            continue
        speaker = speakers[0]
        dates = _attribution_dates(state, attribution)
        state.drafts.append(Draft(
            "quote", quote[0].start, quote[0], speaker, object=said, date=dates[0] if dates else None,
            speaker=speaker.name, sources=(quote[0].index, attribution.index),
        ))
        return
    if (speaker := state.interviewee(last)) is not None:
        state.drafts.append(Draft("quote", quote[0].start, quote[0], speaker, object=said, speaker=speaker.name,
                                  sources=(quote[0].index,)))


def _said_again(state: State, last: View, said: str) -> tuple[Actor, View] | None:
    """The speaker of the body's quotation that holds a pull-quote's words again (`“금지보다
    기준을 만들 때”` … `탁 연구원은 “이제는 금지보다 기준을 만들 때”라고 말했다`)."""
    words = _letters(said)
    if not words:
        return None
    for view in state.views[last.index + 1 :]:
        if view.kind != "paragraph":
            continue
        for start, end in view.quotes:
            if view.start <= start < view.end and words in _letters(state.text[start:end]):
                return speaker_of(state, view, start, end, None)
    return None


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _attribution_dates(state: State, attribution: View) -> list:
    """The dates of the sentence that says who speaks, outside its quotations; not the year
    of an age (`올해 51세인 곽윤서 대표는 “…”`), which dates the age, not the saying, nor a date in
    a relative clause on the speaker (`지난달 18일 천안 본사에서 만난 표정우 대표는 “…”`: when the
    writer met them; gold guide)."""
    return [d for d in attribution.dates if not attribution.quoted(d.start) and not dates_an_age(state, attribution, d)
            and not _on_a_person(attribution, d)]


def _on_a_person(view: View, date: DateRecord) -> bool:
    """Whether a date stands in a relative clause whose noun is a person's name (`… 만난 표정우`),
    an age between them or not (`지난달 … 만난 올해 41세의 채 대표는`)."""
    tokens = view.tokens
    for index in range(view.token_at(date.end - 1) + 1, len(tokens)):
        if ending := view.ending(index):
            if ending != "ETM":
                return False
            described = index + 1
            while described < len(tokens) and tokens[described].first in _AGE_WORDS and described not in view.named:
                described += 1  # `올해 41세의`
            return described < len(tokens) and any(
                e.label == "PERSON" and e.start == tokens[described].start for e in view.entities)
    return False


# The tags of an age's words before a name (`올해 41세의`: a noun, a number, a counter, the genitive).
_AGE_WORDS = frozenset({"NNG", "SN", "NNB", "JKG"})
