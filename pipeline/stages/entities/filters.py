"""Passes that drop what is no name: words the model hesitates over, common nouns,
descriptions and slogans, and implausible mentions."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from pipeline.document import Document
from pipeline.stages.entities.lexicon import (
    HANGUL, HANJA_COUNTRIES, chinese_surnames, cued_label, derived_common_noun, gazetteer_places, generic_term, job_titles,
    known_common_nouns, korean_surnames, label_cues, measure_coinage, not_entities, noun_of_people, reading_alone,
    two_common_nouns, unknown_word,
)
from pipeline.stages.entities.labels import surname_with_a_title, title_follows
from pipeline.stages.entities.mentions import (
    CUED, FIRST_PERSON_PHRASE, LATIN_OR_DIGIT, PARTICLE_AFTER_NAME, OPENING_QUOTES, TRUSTED, Mention, Spans, TokenIndex,
    covered_positions, korean_full_name, line_matches, past_gloss,
)
from pipeline.stages.entities.recurrence import without_particle

# Below this confidence, Kiwi's reading of a word beats the model's.
SURE = 0.9


def hesitant(tokens: TokenIndex, mentions: list[Mention]) -> list[Mention]:
    """Where the model hesitates and Kiwi reads the words otherwise, Kiwi's reading stands: a
    single common noun (`에어컨`, `허브`; not `국방부`, of which the model is sure) or the
    first part of a longer word (`테라` in `테라바이트`) is no name."""
    titles = job_titles()
    kept = []
    for mention in mentions:
        bounds = tokens.span(mention.start, mention.end)
        if mention.source == "model" and mention.confidence < SURE and bounds is not None:
            first, last = bounds
            if first == last and tokens.tags[first] == "NNG":
                continue
            following = last + 1
            if following < len(tokens) and not tokens.space_after[last] and tokens.tags[following] == "NNG" and (
                    tokens.words[following] not in titles):
                continue
        kept.append(mention)
    return kept


# A headline in English (`Retail Media Networks: When Retailers Sell Ads`): a line of three or more
# Latin words, no Hangul, no list mark or bracket (not `- CDG(Corporate Development Group), …`).
_ENGLISH_HEADLINE = re.compile(r"(?m)^(?![-•·])[^\n가-힣()]*[A-Za-z]+(?:[^\n가-힣()A-Za-z]+[A-Za-z]+){2,}[^\n가-힣()]*$")


def english_headlines(text: str, mentions: list[Mention]) -> list[Mention]:
    """The model's mentions in an English headline are no names: it reads capitalised words
    there as names (`Media Networks`, `Chains Battle for Vietnam`); the places that the
    gazetteer and the Latin countries know, and a citation's names, come from other passes."""
    headlines = Spans([match.span() for match in _ENGLISH_HEADLINE.finditer(text)])
    return [m for m in mentions if m.source != "model" or not headlines.hold(m)]


def common_noun_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A word of two or more syllables that Kiwi's dictionary holds as common nouns
    (`푸드뱅크`, `양극재`, `호흡수`) is a person's or a place's name only where the article
    shows it: for a person, a word of a longer person's name (`누이` of `인드라 누이`), an
    honorific after it (`한결 씨`, `이모(62)씨`), a Hanja gloss that opens with a Chinese
    family name (`황정(黄峥)`; not `왕훙(网红)`), or, for a Korean full name, its family
    name with a title elsewhere (`권태헌`, which Kiwi reads as `권태`+`헌`, and `권 행장은`);
    for a place, a Hanja gloss (`선전(深圳)`) or a listed place before it (`중국 선전은`).
    A title after the name itself shows nothing: it follows organisations as well
    (`푸드뱅크 센터장`). Without that, the model's guess is no name, and finding it again
    would spread the error over the article. A word Kiwi does not know, called a place
    (`감광액`, `코르텔라`), needs the same evidence, or a place name's ending (`기쿠치시`), or a
    mention found by a cue noun (`코르텔라라는 도시`). Listed names (the gazetteer's) and
    one-syllable surnames (`장 씨`, judged by other passes) stand. A common noun with a suffix
    of people (`재택근무자`) or a coined measure (`결품률`, `집유량`) is no organisation."""
    person_words = _person_name_words(text, mentions)
    shown: dict[tuple[str, str], bool] = {}
    chains: dict[str, bool] = {}  # a name's stores, looked for once per name
    kept = []
    for mention in mentions:
        name = text[mention.start : mention.end]
        if mention.label == "ORG" and mention.source not in TRUSTED and (noun_of_people(name) or measure_coinage(name)):
            continue
        if mention.label not in ("PERSON", "LOCATION") or mention.source in TRUSTED or len(name) < 2 or (
                mention.source == "titled names"):  # between a name and a title: `편지우 새온투자증권 연구원은`
            kept.append(mention)
            continue
        unknown_place = mention.label == "LOCATION" and unknown_word(name)
        if known_common_nouns(name) or unknown_place or (mention.label == "PERSON" and derived_common_noun(name)):
            key = (name, mention.label)
            if key not in shown:
                shown[key] = (
                    mention.label == "PERSON" and (name in person_words or korean_full_name(name) and (
                        surname_with_a_title(text, name[:-2])))
                    or any(_shows(mention.label, text, match.start(), match.end())
                           for match in re.finditer(re.escape(name), text))
                    or unknown_place and (name.endswith(PLACE_ENDINGS) or any(
                        text[m.start : m.end] == name and m.source in CUED for m in mentions))
                )
            if not shown[key]:
                if mention.label == "LOCATION" and name not in chains:
                    chains[name] = _runs_a_business(text, name)
                if mention.label == "LOCATION" and chains[name]:
                    kept.append(replace(mention, label="ORG"))
                continue
        kept.append(mention)
    return kept


# Nouns of a business's own after its name: `위드유 매장`, `위드유 1호점`, `위드유 본사`.
_BUSINESS_AFTER = re.compile(r" (?:매장|점포|가맹점|[0-9]+호점|본사|직영점|가맹본부)")


def _runs_a_business(text: str, name: str) -> bool:
    """Whether a word the model called a place is followed somewhere by its stores or head
    office (`위드유 매장은`): a chain's name, not a place's."""
    return any(_BUSINESS_AFTER.match(text, match.end()) for match in re.finditer(re.escape(name), text))


# A gloss in brackets right after a name, which a title may follow (`천위린(陈雨霖) 대표`).
_GLOSS_AFTER = re.compile(r"\([^()]{1,40}\)")


def untold_persons(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word name that the model alone calls a person and the article never shows as one
    is no name: no job title among the words after any of its occurrences (`… 대표는`, `CEO`),
    no honorific, no Chinese name's gloss, not a word of a longer person's name nor a name
    found with another label, and not a family name with a given name (`정다은`, `황정`),
    which stands as it is. Concept words go
    (`측정값`, `시식대`, `자연어`, `과금`): a person an article writes about is introduced
    somewhere."""
    person_words = _person_name_words(text, mentions)
    # A name found elsewhere with another label, or opening one (`솔스토어` of `솔스토어 대출`,
    # `엘피다` of `엘피다메모리`), is left to the vote on labels and to the short forms.
    others = sorted({text[m.start : m.end] for m in mentions if m.label != "PERSON"})
    # Where each name stands: its mentions (searching the whole text for each name would be
    # quadratic in a long article).
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        spans.setdefault(text[m.start : m.end], []).append((m.start, m.end))
    told: dict[str, bool] = {}
    kept = []
    for mention in mentions:
        name = text[mention.start : mention.end]
        if mention.label != "PERSON" or mention.source != "model" or " " in name or len(name) < 2 or name in person_words or (
                (after := bisect_left(others, name)) < len(others) and others[after].startswith(name)):
            kept.append(mention)
            continue
        if HANGUL.match(name) and (name[:1] in korean_surnames() or name[:2] in korean_surnames()) or name.endswith(("씨", "님")):
            kept.append(mention)  # a family name with a given name, or an honorific glued on (`재현씨`)
            continue
        if name not in told:
            told[name] = any(_told(text, end) or _shows("PERSON", text, start, end) for start, end in spans[name])
        if told[name]:
            kept.append(mention)
    return kept


def _person_name_words(text: str, mentions: list[Mention]) -> set[str]:
    """The words of the person names of more than one word (`누이` of `인드라 누이`)."""
    return {word for m in mentions if m.label == "PERSON" for word in text[m.start : m.end].split()
            if " " in text[m.start : m.end]}


def _told(text: str, end: int) -> bool:
    """Whether a job title follows the name ending at ``end``, past a gloss (`나델라(Satya Nadella) CEO`)."""
    gloss = _GLOSS_AFTER.match(text, end)
    return title_follows(text, gloss.end() if gloss else end)


# Endings of place names (`기쿠치시`, `발렌시아주`, `브라이언카운티`): a word Kiwi does not know
# that ends so is a place the article may name without more evidence.
PLACE_ENDINGS = ("시", "주", "군", "현", "정", "구", "카운티", "섬")

# `신혜선 씨는`, `이모(62)씨에`: an honorific after a name, its age in brackets between.
_BEFORE_HONORIFIC = r" ?(?:\(\d+\))?"  # a space, or an age in brackets: `이모(62)씨`
HONORIFIC = re.compile(_BEFORE_HONORIFIC + "(?:씨|님)")


def _shows(label: str, text: str, start: int, end: int) -> bool:
    """Whether the words around a name at ``start``–``end`` say it is a person's (``label``
    PERSON) or a place's (LOCATION)."""
    if gloss := re.match(r"\(([\u4e00-\u9fff])", text[end : end + 2]):
        return label == "LOCATION" or gloss.group(1) in chinese_surnames()
    if label == "LOCATION":
        # `중국 선전은`, a place in a place; not `중국 양극재 업체`, a kind of thing from one,
        # nor a word Kiwi reads as several common nouns (`용인 검수센터에서`: a thing there),
        # unless a place name's ending ends it (`율량동`: a neighbourhood)
        name = text[start:end]
        reading = reading_alone(name)
        if len(reading) > 1 and all(tag == "NNG" for tag, _ in reading) and not name.endswith((*PLACE_ENDINGS, "동")):
            return False
        before = re.search(r"([가-힣]+) $", text[max(0, start - 12) : start])
        particle = PARTICLE_AFTER_NAME.match(text, end)
        return before is not None and before.group(1) in gazetteer_places() and particle is not None and particle.end() > end
    honorific = HONORIFIC.match(text, end)
    return honorific is not None and PARTICLE_AFTER_NAME.match(text, honorific.end()) is not None


LATIN_PHRASE = re.compile(r"[A-Za-z][\w&+.-]*(?: [\w&+.-]+)+")

FUNCTION_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "at", "de", "du", "la", "von", "van"})

# Words that place a thing relative to the one the article is about: `해외 연구소` is
# its overseas lab, not a lab's name.
RELATIVE = frozenset({"해외", "국내", "현지", "자체", "산하", "사내", "지역", "각국"})


def descriptions(text: str, tokens: TokenIndex, mentions: list[Mention]) -> list[Mention]:
    """Mentions that describe rather than name: a slogan (`All in AI`), a term the article
    introduces as so-called (`이른바 ‘양손잡이 조직’`), a generic term followed
    by common nouns (`AI 기반 서비스`, `해외 연구소`), a common noun with a prefix (`신유통`), a kind of thing
    alone (`연구원`), a Latin phrase in lower case (`Open source`), and a Latin gloss of a
    common Korean word (`심층신경망(Deep Neural Networks)`)."""
    generic = not_entities()
    korean_cues = label_cues()[0]
    covered = covered_positions(mentions)
    slogans = slogan_names(tokens, mentions)
    terms = so_called(text)
    kept = []
    for mention in mentions:
        name = text[mention.start : mention.end]
        if name in slogans or (mention.source not in TRUSTED and name in terms):
            continue
        bounds = tokens.span(mention.start, mention.end)
        if bounds is not None and bounds[1] > bounds[0]:
            first, last = bounds
            nouns_after = all(tag in ("NNG", "NNB", "SN") for tag in tokens.tags[first + 1 : last + 1])
            if nouns_after and mention.source not in CUED and (
                tokens.words[first] in RELATIVE or tokens.words[first] in generic and not cued_label(name, "")
            ):
                continue
        if mention.source not in TRUSTED | CUED and (bounds is not None and tokens.tags[bounds[0]] == "XPN" or coined(name)) and (
                not cued_label(name, "") or name[1:] in korean_cues):
            continue  # `신유통`, `비은행`; but a name with an organisation's ending is one (`한터협회`, `한` read as a prefix)
        if name in korean_cues:
            continue  # the kind of thing alone, with no name: `연구원`, `그룹`
        if LATIN_PHRASE.fullmatch(name) and any(
            word[0].islower() for word in name.split(" ")[1:] if word not in FUNCTION_WORDS
        ):
            continue
        if glosses_common_word(text, tokens, mention, covered, generic):
            continue
        kept.append(mention)
    return kept


# `이른바 ‘양손잡이 조직’`, `소위 슈퍼앱`: a term the article names as such, in quotes or one word.
_SO_CALLED = re.compile(
    r"(?:이른바|소위|일명)\s+(?:[‘'“\"]([^’'”\"]{1,30})[’'”\"]"
    r"|([가-힣A-Za-z0-9]+?)(?:은|는|이|가|을|를|의|와|과|도|에|으로|로)?(?=[\s.,]))"
)


def so_called(text: str) -> set[str]:
    """The terms the article introduces as so-called, and the first word of each: a term is
    no name wherever it stands (`양손잡이` of `이른바 ‘양손잡이 조직’`)."""
    terms = set()
    for match in _SO_CALLED.finditer(text):
        term = match.group(1) or match.group(2)
        terms.update({term, term.split()[0]})
    return terms


def coined(word: str) -> bool:
    """Whether ``word`` is a prefix and a common noun (`신유통`, `대확장`): Kiwi reads it so
    on its own, though in running text it may fall back to calling it a proper noun. Real
    names so shaped are in Kiwi's dictionary (`신세계`, `신라`) and read as one."""
    if not COINED_SHAPE.fullmatch(word):
        return False
    tags = [tag for tag, _ in reading_alone(word)]
    return len(tags) > 1 and tags[0] == "XPN" and all(tag == "NNG" for tag in tags[1:])

COINED_SHAPE = re.compile(r"[가-힣]{3,6}")


def slogan_names(tokens: TokenIndex, mentions: list[Mention]) -> set[str]:
    """Mentions translated somewhere in the article by a sentence in parentheses: `All in
    AI(AI에 모든 것을 건다)` is a slogan, not a name, wherever it stands. A description of
    a name in parentheses ends in a noun or a modifier (`몬테랄디(이탈리아 피렌체의 가죽 공방인)`), not
    in a sentence ending."""
    found = set()
    for mention in mentions:
        index = tokens.at_start.get(mention.end)
        if index is None or tokens.words[index] != "(" or (after := past_gloss(tokens, index)) == index:
            continue
        if any(tag.endswith("EF") for tag in tokens.tags[index + 1 : after - 1]):
            found.add(tokens.text[mention.start : mention.end])
    return found


def glosses_common_word(text: str, tokens: TokenIndex, mention: Mention, covered: set[int], generic: frozenset[str]) -> bool:
    """Whether ``mention`` is a Latin gloss in parentheses after a word that is no name:
    one no mention covers, made of common nouns only (hyphens allowed), or a generic term."""
    opening = text.rfind("(", 0, mention.start)
    if opening <= 0 or ")" in text[opening : mention.start] or not LATIN_OR_DIGIT.search(text[mention.start]):
        return False
    if re.search(r"[^A-Za-z0-9 ,&+.-]", text[opening + 1 : mention.start]):
        return False
    word_start = text.rfind(" ", 0, opening) + 1
    while word_start < opening and text[word_start] in OPENING_QUOTES:
        word_start += 1
    word = text[word_start:opening]
    if not word or not covered.isdisjoint(range(word_start, opening)):
        return False
    if word in generic:
        return True
    first = tokens.at_start.get(word_start)
    last = tokens.at_end.get(opening)
    if first is None or last is None:
        return False
    return all(tag in ("NNG", "SO") for tag in tokens.tags[first : last + 1])  # SO: `맨-머신`

ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.kr|kr|cn)\b")
# What every match of ADDRESS holds.
ADDRESS_SIGNS = ("://", "www.", "@", ".com", ".net", ".org", ".kr", ".cn")


# The prefix `비` (非, "non-") opening a word before a name: the word is what the name is not.
NEGATED = re.compile(r"(?:^|(?<=[^가-힣]))비$")


def plausible(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Mentions inside one sentence, outside URLs, e-mail addresses and quantities, not a job title
    alone, a lone Latin letter nor digits alone the model read, of one syllable only for a person or
    a place, beginning a word (not right after a Latin letter, a digit, a hyphen or a closing
    bracket); another name of the article with a particle glued (`한누리가`, one word) is that name."""
    addresses = [match.span() for match in line_matches(ADDRESS, doc.text, ADDRESS_SIGNS)]
    names = {doc.text[m.start : m.end]: m for m in mentions}
    quantities = Spans([(q.start, q.end) for q in doc.quantities])
    kept = []
    for mention in mentions:
        mention = without_particle(doc.text, mention, names)
        if doc.sentence_holding(mention.start, mention.end) is None:
            continue
        if any(start < mention.end and mention.start < end for start, end in addresses):
            continue
        if mention.end - mention.start == 1 and (
            not (HANGUL.match(doc.text[mention.start]) or doc.text[mention.start] in HANJA_COUNTRIES)
            or mention.label not in ("PERSON", "LOCATION")
            or mention.label == "PERSON" and not _surname(doc.text, mention.start)
        ):
            continue  # one syllable names a person by surname (`박 대통령`) or a country (`한·미`, `美`)
        if mention.source == "model" and doc.text[mention.start : mention.end].isdigit() or quantities.hold(mention):
            continue  # a year after a name (`‘지스타 2022’`), a unit (`51만 TEU`) name nothing; `‘618’ 행사` does
        name = doc.text[mention.start : mention.end]
        if generic_term(name) or mention.canonical in not_entities():
            continue  # also the gloss of a generic term: `OEM(Original Equipment Manufacturers)`
        if mention.label == "PERSON" and _ends_inside_a_word(doc.text, mention.end):
            continue  # `최혜대우`, `프라이싱`: a word's first syllables, no person
        if mention.source == "model" and mention.label == "ORG" and two_common_nouns(name):
            continue  # `학교 공사`, `참여 병원`: words of Kiwi's dictionary the model read as a name
        if name in job_titles() or FIRST_PERSON_PHRASE.match(name) or PLACEHOLDER.fullmatch(name):
            continue  # a job, not who holds it: `한 감정사는`; the speaker's own: `우리 재단은`; `A사`: no name
        if mention.label == "LOCATION" and NOT_A_PLACE_AFTER.match(doc.text, mention.end):
            continue
        if NEGATED.search(doc.text, max(0, mention.start - 2), mention.start):
            continue  # `비수도권`: a word of what the place is not names no place
        if mention.source not in TRUSTED and mention.start > 0 and MID_WORD.match(doc.text, mention.start - 1):
            continue  # begins inside a word: `PD-L1` → `L1`, `화싱의약(华星医药)과도` → `과도`
        kept.append(mention)
    return kept


def _ends_inside_a_word(text: str, end: int) -> bool:
    """Whether a Korean syllable runs on at ``end`` that is no particle, honorific or title
    glued to a name (`김씨는`, `박대표는`)."""
    return bool(HANGUL.match(text, end)) and PARTICLE_AFTER_NAME.match(text, end) is None and (
        SURNAME_HONORIFIC.match(text, end) is None and not title_follows(text, end, words=1))


# A company or a person the text keeps anonymous by a letter (`A사`, `B씨`; gold guide): no name.
PLACEHOLDER = re.compile(r"[A-Z](?:사|씨|군|양|기업|업체)")


# A character a name does not begin right after.
MID_WORD = re.compile(r"[A-Za-z0-9)\]-]")


# After a surname alone also `군` and `양`: `이군`, `최양`.
SURNAME_HONORIFIC = re.compile(_BEFORE_HONORIFIC + "(?:씨|님|군|양)")

# Demonstratives that are also surnames: `이 덕분에` ("thanks to this"), `이 교수는`.
DEMONSTRATIVE_SURNAMES = frozenset({"이", "그", "저"})


def _surname(text: str, start: int) -> bool:
    """Whether the syllable at ``start`` can stand for a person: a surname with a title or an
    honorific after it (`이 교수는`, `김씨는`, `이군이`), else a word of its own, with nothing
    but a particle after it (`길은`; not the first syllable of `오출고율`), that is no
    demonstrative (`이 역할은`)."""
    end = start + 1
    if SURNAME_HONORIFIC.match(text, end) is not None or title_follows(text, end, words=1):
        return True
    return PARTICLE_AFTER_NAME.match(text, end) is not None and text[start] not in DEMONSTRATIVE_SURNAMES


# Glued after a place's name, what makes the word another thing: a currency (`대만달러`),
# a language (`일본어`), a department (`일본학부`), a measure (`인도량`), a verb (`인도하기`).
NOT_A_PLACE_AFTER = re.compile(r"달러|어(?![가-힣])|어[는를와과로의가도]|학부|학과|어과|량|하[기는다여]|했|해[서야]?(?![가-힣])|한다")

