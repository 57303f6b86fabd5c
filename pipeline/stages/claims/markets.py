"""Market-wide actors: the market a phrase measures (`국내 퀵커머스 시장 규모가`) and the
group a scope word opens (`국내 전기차 누적 등록 대수는`) and an age band (`20대가`), SPEC
§6's short noun phrases for figures no entity owns."""

from __future__ import annotations

import re

from pipeline.stages.claims import lexicon
from pipeline.stages.claims.views import Phrase, View, is_particle, words_of

# Words that name a market (`국내 퀵커머스 시장`): a phrase holding one measures the market,
# whose actor is labelled MARKET (a named subject, though no entity).
MARKET_WORDS = lexicon.words("market_word")
MARKET = "MARKET"

# Words that open a market-wide group (`국내 전기차`), which is a MARKET actor too.
SCOPE_WORDS = lexicon.words("scope_word")

SIZE_WORDS = lexicon.words("size_word")
# Nouns of a measure (`대수`, `규모`, `매출`): a scope group ends before them.
MEASURE_WORDS = lexicon.in_order("measure_noun") + lexicon.in_order("account_noun")

INDUSTRY_WORDS = lexicon.mapping("industry_word")
# An average right before a figure (`평균인 12%`, `평균(6∼7%)`), and the two words before it.
_AVERAGE_BEFORE = re.compile(r"(?<![^\s,])(?:(\S+) )?(\S+) 평균(?:인 |\()$")


def market_of(view: View, phrase: Phrase) -> str | None:
    """The market a phrase measures (`국내 퀵커머스 시장 규모가` → `국내 퀵커머스 시장`),
    unless the phrase names a company or product: one that owns it (`CATL의 시장 점유율`) or
    one the market describes (`방제 드론 시장 1위인 비상에그리텍은`)."""
    tokens = view.tokens
    market = next((i for i in range(phrase.first, phrase.last + 1) if tokens[i].text in MARKET_WORDS), None)
    if market is None or market == phrase.first:
        return None
    if any(e.label != "LOCATION" for e in view.entities_in(tokens[phrase.first].start, tokens[phrase.last].end)):
        return None
    return words_of("", view, Phrase(phrase.first, market, phrase.particle, phrase.role)) or None

def scope_of(view: View, phrase: Phrase) -> str | None:
    """The market-wide group a phrase measures: a scope word and the word after it (`국내
    전기차 누적 등록 대수는` → `국내 전기차`, `국내 충전기는` → `국내 충전기`), words of size
    between (`글로벌 대형 제약사들은` → `글로벌 대형 제약사`), and, in a topic or subject, the
    nouns after it that name no measure (`국내 전기차 충전기는` → `국내 전기차 충전기`), where the
    phrase names no entity or names it only after the group's genitive (`국내 철강업계의 EU 수출액은`)."""
    tokens = view.tokens
    scope = next((i for i in range(phrase.first, phrase.last) if tokens[i].text in SCOPE_WORDS), None)
    if scope is None or tokens[scope + 1].start == tokens[scope].end:
        return None  # a scope word glued into a word opens no group: `국내여행 경험률은`
    end = scope + 1
    while end < phrase.last and tokens[end].text in SIZE_WORDS:
        end += 1  # `글로벌 대형 제약사`: a size or rank belongs to the group
    while end < phrase.last and tokens[end + 1].start == tokens[end].end and not is_particle(tokens[end + 1]) \
            and not (tokens[end + 1].first == "XSN" and tokens[end + 1].text == "들"):
        end += 1  # the rest of the word: `국내 급속충전기의`, not its plural
    if not tokens[end].nominal:
        return None
    end = _group_head(tokens, end, phrase.last)
    last = phrase.last - (tokens[phrase.last].first == "XSN" and tokens[phrase.last].text == "들")
    rest = tokens[end + 1 : last + 1]
    if phrase.role in ("topic", "subject") and rest and all(t.nominal and t.lemma not in PART_OF for t in rest) \
            and not any(word.endswith(MEASURE_WORDS) for word in surface(rest).split()):
        end = last  # `국내 전기차 충전기는 39만3000기`: the thing counted, no measure of it
    named_up_to = tokens[end if end + 1 < len(tokens) and tokens[end + 1].first == "JKG" else phrase.last].end
    if view.entities_in(tokens[phrase.first].start, named_up_to):
        return None
    if scope > phrase.first and tokens[scope - 1].text == "전" and tokens[scope - 1].first == "MM":
        scope -= 1  # `전 세계 자동차 업계`: all the world
    return words_of("", view, Phrase(scope, end, phrase.particle, phrase.role)) or None


# Nouns of a part of a whole (`가운데`, `중`, `그중`): after a demonstrative, the whole just
# measured (`이 가운데`); after a figure, that figure is the whole (`96억 원 가운데`).
PART_OF = lexicon.words("part_of")


def placed_people_of(view: View, phrase: Phrase) -> str | None:
    """The people of a place a phrase is, or opens with a genitive (`2023년 한국 취업자의 연간 평균
    근로시간은` → 한국 취업자, `미국 소비자는`): a place and a noun of people, a market-wide group."""
    tokens = view.tokens
    first = phrase.first + past_time(view, tokens[phrase.first : phrase.particle])
    place = next((e for e in view.entities if e.label == "LOCATION" and e.start == tokens[first].start), None)
    if place is None or first + 1 > phrase.last or any(t.lemma in PART_OF for t in tokens[:first]):
        return None  # `이 가운데 북미 이용자가 1280만 명, 동남아 이용자가`: parts of a whole named before
    last = next((i - 1 for i in range(first + 1, phrase.last) if tokens[i].first == "JKG"), phrase.last)
    if last != first + 1 or tokens[last].start < place.end or not (
            people_word(tokens[last].lemma)):
        return None
    return surface(tokens[first : last + 1])


# A group an article names with an alias (`면담을 의무화한 사업부(이하 의무화 사업부)`), or with a
# name in quotation marks in brackets after it (`첫째 집단(‘단순 통보 집단’)`): two or more
# words, no entity's, or one word of a study's arm (`도구를 쓴 상담원(이하 실험군)`).
_ALIAS_WORDS = r"[가-힣·]+(?: [가-힣·]+)+|[가-힣]+(?:군|집단)"
_ALIAS = re.compile(rf"\((?:이하 (?P<alias>{_ALIAS_WORDS})|‘(?P<quoted>{_ALIAS_WORDS})’)\)")


# A group a study classes what it studies into (`90일 넘게 주문이 없던 회원을 휴면 회원으로,
# …`, `… 공고를 ‘비공개 공고’로 나눴다`): two words or more, a verb of classing later in the sentence.
_CLASSED = re.compile(r"(?:을|를) ‘?(?P<alias>[가-힣·]+?(?: [가-힣·]+?)+?)’?(?:으로|로)(?=[, ])(?=[^.\n]*(?:분류|나눴|나누었|구분))")


def group_aliases(text: str, entities: list) -> frozenset[str]:
    """The aliases an article gives groups of what it studies (`(이하 도입 점포)`, `(이하 비교
    사업부)`), and the groups it classes them into (`휴면 회원으로 분류했다`): the names its
    figures are given under from there on."""
    starts = {e.start for e in entities}
    found = [(match, key) for match in _ALIAS.finditer(text) for key in ("alias", "quoted") if match[key]]
    # a word before the group's last that ends as an adverb or a verb does is no group's (`무작위로 두 집단`)
    found += [(match, "alias") for match in _CLASSED.finditer(text)
              if not any(word.endswith(("로", "라", "고")) for word in match["alias"].split()[:-1])]
    return frozenset(match[key] for match, key in found if match.start(key) not in starts)


def alias_group_of(view: View, phrase: Phrase, aliases: frozenset[str]) -> str | None:
    """The aliased group a phrase names: in its brackets (`나머지 사업부(이하 비교 사업부)는`) or
    as its first words past a time (`의무화 사업부 팀장의 월평균 초과근무 시간은`)."""
    if not aliases:
        return None
    tokens = view.tokens[phrase.first : phrase.last + 1]
    words = surface(tokens[past_time(view, tokens) :])
    return next((alias for alias in aliases if f"(이하 {alias})" in words or words == alias
                 or words.startswith((alias + " ", alias + "의 "))), None)


def _group_head(tokens: list, end: int, last: int) -> int:
    """The last token of a scope group that runs on past the word after its scope word to a
    noun of firms, households or industries in the same compound (`국내 식품 제조업체 수`,
    `국내 반려동물 양육 가구는`, `국내 게임 산업 매출`): where such a head follows, the words
    before it belong to the group, the measure's words after it do not."""
    head = end
    index = end + 1
    while index <= last and tokens[index].first in ("NNG", "NNP", "XSN"):
        word_end = index
        while word_end < last and tokens[word_end + 1].start == tokens[word_end].end and tokens[word_end + 1].first in ("NNG", "NNP", "XSN"):
            word_end += 1
        plural = tokens[word_end].text == "들" and tokens[word_end].first == "XSN"
        word = "".join(t.text for t in tokens[index : word_end + 1 - plural])
        if word.endswith(GROUP_NOUNS) or word.endswith(tuple(INDUSTRY_WORDS)):
            head = word_end - plural  # `국내 라면 업체들의`: the group, not its plural
        index = word_end + 1
    return head


def industry_average(text: str, view: View, start: int) -> str | None:
    """The industry whose average a figure at ``start`` is: the word before `평균` ends in a
    word of industry (`제과업계`, `소매업`) and is not a generic one alone, with a place or scope
    word before it (`일본 소매업 평균인 12%` → `일본 소매업`; `업계 평균(2.3건)`: none)."""
    found = _AVERAGE_BEFORE.search(text, view.start, start)
    if found is None:
        return None
    scope, industry = found.groups()
    if INDUSTRY_WORDS.get(industry) == "generic" or not any(industry.endswith(word) for word in INDUSTRY_WORDS):
        return None
    offset = found.start(1)
    if scope and (scope in SCOPE_WORDS or any(e.label == "LOCATION" and e.start == offset and e.end == offset + len(scope)
                                               for e in view.entities_in(offset, offset + len(scope)))):
        return f"{scope} {industry}"
    return industry


GROUP_NOUNS = lexicon.in_order("group_noun")  # a compound ending in one is one too: `중소기업`
# Suffixes that make a noun one of people (`통근`+`자`, `직장`+`인`), as Kiwi splits them off.
PERSON_SUFFIXES = lexicon.words("person_suffix")
# Endings of a noun of people Kiwi keeps whole (`세입자`, `소상공인`, `대학생`).
PEOPLE_ENDINGS = lexicon.in_order("population_ending")


def people_word(lemma: str) -> bool:
    """Whether a word of three or more syllables ends in a suffix of people (`세입자`, `외국인`,
    `사무직`): two-syllable words so ending are most often things (`투자`, `적자`, `조직`)."""
    return len(lemma) > 2 and lemma.endswith(PEOPLE_ENDINGS)
# Nouns that join a clause to the one before, not part of the phrase after them (`… 쓴 반면`).
CONTRAST_NOUNS = lexicon.words("contrast_noun")
TIME_NOUNS = lexicon.words("time_noun")
# Times named relative to the issue (`지난해`, `지난달`): on a page without an issue date they are
# no date records, and still say when, not who.
ISSUE_TIMES = lexicon.words("issue_time")
# Calendar units that a number before them makes a time (`11월`, `3분기`), after an issue time
# or opening the phrase.
_CALENDAR_UNITS = frozenset({"월", "분기"})

# Words that name a survey's respondents (`응답자의 58%가`), which a group of them leaves out
# (`20대 응답자` → 20대, gold guide).
RESPONDENT_WORDS = lexicon.words("respondent_word")

# An age band, alone or with the noun of the people in it: `20대`, `20∼30대`, `70대 이상 노인`;
# a sex too, which a survey breaks findings down by as it does by age (`남성의 보유율은`).
AGE_BAND = re.compile(r"(?:\d+(?:∼\d+)?대(?: 이상| 이하| 미만)?|\d+(?:∼\d+세| ?세 (?:이상|이하|미만))|남성|여성)(?: [가-힣]+)?")
# An age band or a sex that ends right before a position (`30대(4만8900원)`, `여성(58.9%)`).
_BAND_BEFORE = re.compile(r"(?:(?<![\d.,])\d+(?:∼\d+)?대|(?<![가-힣])(?:남성|여성))$")


def band_before(text: str, view: View, end: int) -> str | None:
    """The age band of the sentence ``view`` that ends at ``end``, a bracket's opening: a figure
    alone in brackets there is that band's (`30대(4만8900원), 40대(4만1500원) 순이었다`)."""
    band = _BAND_BEFORE.search(text, view.start, end)
    return band.group() if band else None


def band_asked(group: str, survey_report: bool) -> str | None:
    """The age band a group of people is, where its noun names no more than the people asked
    (gold guide): a survey's respondents (`20대 응답자` → 20대), and in a survey report any noun
    of people (`20대 공무원`, `60대 이상 가구`); a study's keeps it (`60대 이상 고객`: whom the
    study looks at)."""
    band, _, last = group.rpartition(" ")
    asked = last in RESPONDENT_WORDS or survey_report and (last.endswith(GROUP_NOUNS) or people_word(last))
    return band if asked and AGE_BAND.fullmatch(band) else None


def age_group_of(view: View, phrase: Phrase) -> str | None:
    """The age band a phrase is or opens with a genitive (`월평균 지출액은 20대가 5만1200원으로
    가장 많았고`, `50대의 지출은`): the group a survey's figure is broken down by."""
    band = _before_genitive(view, phrase)
    return band if AGE_BAND.fullmatch(band) else None


# A group a bound on a figure picks out (`입사 2년 미만 직원`, `10명 이상 팀`, `경력 5년 이상
# 설계사`): a few words, the figure, the bound word and the noun of the group.
BOUNDED_GROUP = re.compile(r"(?:[가-힣]+ ){0,2}\d[\d.,]*(?:만|억|조)? ?[^\s\d]{0,2} (?:이상|이하|미만|초과) [가-힣]+")


def bounded_group_of(view: View, phrase: Phrase) -> str | None:
    """The group a phrase is or opens with a genitive when a bound on a figure picks it out
    (`입사 2년 미만 직원의 1년 내 자발적 퇴사율은`, `10명 미만 팀에서는`): a study's sub-group,
    whatever its noun (`직원`, `팀` name no group on their own)."""
    group = _before_genitive(view, phrase)
    return group if BOUNDED_GROUP.fullmatch(group) else None


def _before_genitive(view: View, phrase: Phrase) -> str:
    """A phrase's words past a time it opens with (`지난해`), up to its first genitive, or all."""
    first = phrase.first + past_time(view, view.tokens[phrase.first : phrase.last + 1])
    last = next((i - 1 for i in range(first + 1, phrase.last) if view.tokens[i].first == "JKG"), phrase.last)
    return surface(view.tokens[first : last + 1])


def surface(tokens: list) -> str:
    """Tokens as the text writes them, one space where it has space."""
    return "".join(
        (" " if index and tokens[index - 1].end < token.start else "") + token.text for index, token in enumerate(tokens))


def past_time(view: View, tokens: list) -> int:
    """Where the words of who begin in a phrase's tokens: past a time the phrase opens with,
    which says when (`2022년 상하이 봉쇄 때 다변화 기업의`, `첫해인 2022년 다변화 기업의`,
    `같은 기간 비교 기업은`, `7일간 3사의`; `지난해 11월 미국 소비자`, no date record on a page
    without an issue date)."""
    spans = [(d.start, d.end) for d in view.dates] + [
        (q.start, q.end) for q in view.quantities if q.text.endswith("간") and not q.text.endswith("시간")]
    times = [i for i, t in enumerate(tokens) if t.lemma in TIME_NOUNS or any(start <= t.start < end for start, end in spans)]
    for i, token in enumerate(tokens):
        if token.text in ISSUE_TIMES:
            times.append(i)
        if (not i or i - 1 in times) and token.first == "SN" and i + 1 < len(tokens) and (
                tokens[i + 1].lemma in _CALENDAR_UNITS):
            times.append(i + 1)  # `지난해 11월`, and `4월` of `지난 4월`, whose `지난` is a verb's form
    return max(times) + 1 if times else 0


def group_of(view: View, phrase: Phrase) -> str | None:
    """The people or firms a topic with no entity names by a noun of such (`group_noun`), as
    the sentence writes it (`매출 1000억 원 미만 바이오 벤처는 44%에 그쳤다`): a sub-group whose
    figure the clause gives (gold guide, survey sub-groups)."""
    tokens = view.tokens[phrase.first : phrase.last + 1]
    while tokens and tokens[0].lemma in CONTRAST_NOUNS:
        tokens = tokens[1:]  # `… 쓴 반면 바이오 벤처는`
    tokens = tokens[past_time(view, tokens) :]
    if len(tokens) > 1 and tokens[-1].lemma == "들" and tokens[-1].first == "XSN":
        tokens = tokens[:-1]  # the plural says no more of who (`생성형 AI 도입 기업들은`)
    # A suffix of people, which Kiwi may read as a one-syllable noun glued on (`콘텐츠`+`직`).
    suffixed = len(tokens) > 1 and tokens[-1].lemma in PERSON_SUFFIXES and (
        tokens[-1].first == "XSN" or tokens[-1].start == tokens[-2].end and len(tokens[-1].lemma) == 1)
    words = len(tokens) - suffixed
    compound = words == 1 and tokens[-1].lemma.endswith(GROUP_NOUNS) and tokens[-1].lemma not in GROUP_NOUNS
    people = bool(tokens) and people_word(tokens[-1].lemma)  # `서울 세입자`
    collective = ends_collective(tokens)
    if (words < 2 and not (compound or collective)) or not (
            suffixed or people or collective or tokens[-1].lemma.endswith(GROUP_NOUNS)) or any(t.first == "JKG" for t in tokens):
        return None  # a bare `기업은` names no group of its own; a compound does (`중소기업은`)
    return surface(tokens)


# The people of firms a group may end in (`기업 직원`, `공공기관 직원`).
STAFF_NOUNS = lexicon.words("employee_noun")


def staff_of(view: View, phrase: Phrase) -> str | None:
    """Staff of a kind a phrase names, up to its genitive (`중앙행정기관 직원의 71.2%가`,
    `공기업·준정부기관 직원은`): a sub-group of a survey of staff. Bare `직원`, also where a
    relative clause describes them by what the survey measures (`AI 도구를 써 본 직원이`), are
    the surveyed staff themselves (gold guide)."""
    tokens = view.tokens
    last = next((i - 1 for i in range(phrase.first + 1, phrase.particle) if tokens[i].first == "JKG"), phrase.last)
    first = phrase.first + past_time(view, tokens[phrase.first : last + 1])
    return surface(tokens[first : last + 1]) if tokens[last].lemma in STAFF_NOUNS and first < last else None


# A count of companies that names them as one (`카드 3사`, `국내 조선 3사`).
COLLECTIVE = re.compile(r"\d+사")


def ends_collective(tokens: list) -> bool:
    """Whether tokens end in a collective of companies; Kiwi reads `3사` whole or as `3` + `사`."""
    return bool(tokens) and COLLECTIVE.fullmatch(surface(tokens[-2:]).rpartition(" ")[2]) is not None
