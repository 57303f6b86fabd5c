"""Passes that find mentions: the gazetteer, country abbreviations, the people the page
names and their organisations, the NER model, names glossed in Chinese characters or in
Latin letters."""

from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.pipeline import EntityRecognizer

from pipeline import entity_tagger  # also registers the model's component
from pipeline.document import Tokens
from pipeline.resources import RESOURCES
from pipeline.schema import Metadata
from pipeline.stages.entities.cues import cue_after, cue_before
from pipeline.stages.entities.lexicon import (
    HANGUL, HANJA_COUNTRIES, apposition_cues, cued_label, gazetteer_entries, gazetteer_places, gazetteer_prefixes, job_titles, known_common_nouns,
    reading_alone, unknown_morpheme, unknown_word,
)
from pipeline.stages.entities.mentions import (
    KOREAN_WORD, OPENING_QUOTES, TRUSTED, Mention, TokenIndex, covered_positions, line_matches, past_gloss,
    stands_as_a_word,
)
from pipeline.stages.morph import language
from pipeline.transliteration import spells_english


@cache
def recogniser() -> EntityRecognizer:
    """The trained entity tagger, sharing the morph stage's vocabulary."""
    model = spacy.load(RESOURCES / "ner", vocab=language().vocab)
    return model.get_pipe("ner")


def model_mentions(table: Tokens, tokens: TokenIndex) -> list[Mention]:
    found = []
    for start, end, label, confidence in entity_tagger.find_entities(recogniser(), table):
        trimmed = tokens.trim(Mention(start, end, label, "model", confidence=confidence))
        if trimmed is not None and not (label == "EVENT" and _a_concept(tokens.text[trimmed.start : trimmed.end])):
            found.append(trimmed)
    return found


def _a_concept(name: str) -> bool:
    """Whether an EVENT the model read is words of Kiwi's dictionary only, none a kind of event
    (`리테일 미디어 네트워크`, `월세`): a concept, no name (`윈치대회`, `런던올림픽` are names)."""
    return cued_label(name, "") != "EVENT" and all(known_common_nouns(word) for word in name.split())


def gazetteer_mentions(text: str, tokens: TokenIndex) -> list[Mention]:
    """The longest gazetteer name starting at each token, where it ends on a token and reads
    as a name; the next search starts after it."""
    entries, prefixes = gazetteer_entries(), gazetteer_prefixes()
    starts, ends, count = tokens.starts, tokens.ends, len(tokens)
    # The tokens a name may open: some name begins with their text, and they are no space,
    # particle, ending or verb, which no name holds (``TokenIndex.is_name``).
    openers = [index for index, (word, tag) in enumerate(zip(tokens.words, tokens.tags))
               if word in prefixes and not tag.startswith(("V", "E", "J", "_SP"))]
    found = []
    after = 0  # the token after the last name found
    for index in openers:
        if index < after:
            continue
        start = starts[index]
        match = None
        for last in range(index, count):
            end = ends[last]
            name = text[start:end]
            if name not in prefixes:
                break  # tokens tile the text: every longer span begins with this one
            if name in entries and (tokens.is_name(start, end) or last == index and tokens.tags[index] == "NNG" and len(name) > 2):
                match = (last, end)
        if match is not None:
            label, canonical = entries[text[start : match[1]]]
            found.append(Mention(start, match[1], label, "gazetteer", canonical))
            after = match[0] + 1
    return found

# One-syllable country abbreviations name each country, glued into one word (`한미`,
# `미중`, `한중일`, `남북`) or joined by `·` or `/` (`한·미`, `중/한`), with the
# country's full name as canonical.
COUNTRY_ABBREVIATIONS = {"한": "한국", "미": "미국", "중": "중국", "일": "일본", "북": "북한", "남": "한국", "러": "러시아"}

ABBREVIATED_PAIRS = re.compile(r"(?:[한미중일북러]{2,3}|남북|북남)")

# Not after a syllable; the look-behind follows the first abbreviation, so that re can skip
# ahead to one.
JOINED_ABBREVIATIONS = re.compile(r"[한미중일북남러](?<![가-힣].)(?:[·ㆍ/][한미중일북남러])+")

# Words that begin with a prefix and an abbreviation (`대북` toward North Korea, `방한` a
# visit to Korea, `주미` in the US) or with an abbreviation and a suffix (`북측`, `북핵`,
# `미군`): the abbreviation is the place. Left out where the word means something else
# as often: `대미` (finale), `대중` (the public), `주일` (Sunday), `반일` (half a day),
# `재미` (fun), `방한복` (winter clothes). Not after a syllable (the look-behinds follow the
# word's first letter, as in JOINED_ABBREVIATIONS).
PREFIXED_ABBREVIATION = re.compile(
    r"(?:대(?=[북남일])|친(?=[북남일미중])|반(?=[북미중])|방(?!한[복용화])|주(?=[한미])|내(?=한))(?<![가-힣0-9].)"
    r"(?P<prefixed>[한미중일북남])|(?P<suffixed>[북남미중])(?<![가-힣].)(?=측|핵|군)"
)


# `대미`, `대중` (toward the US, China) before trade: `대미 수출`, `대미 철강 수출액`; elsewhere
# they are a finale and the public.
TRADED_WITH = re.compile(
    r"(?<![가-힣0-9])대(?P<traded>[미중])(?= (?:[가-힣]+ )?(?:수출|수입|무역|투자|관세|통상|교역|흑자|적자|제재))")

# One-character Chinese names of countries (``HANJA_COUNTRIES``), standing apart from other
# Chinese characters, letters and digits.
HANJA_COUNTRY_RUN = re.compile(rf"(?<![\w\u4e00-\u9fff])[{''.join(HANJA_COUNTRIES)}]+(?![\w\u4e00-\u9fff])")


def country_abbreviations(tokens: TokenIndex) -> list[Mention]:
    """`한미 정상회담`, `미중 무역분쟁`, `남북정상회담`, `한·미 FTA`, `대북 제재`, `대미 수출`, `북측`,
    `美 관세`: one LOCATION an abbreviation. Glued ones count where Kiwi reads the word's first
    proper nouns as them; a place name of that shape is the place (`북미`, `남미`: the Americas)."""
    text = tokens.text
    places = gazetteer_places()
    positions = [position for match in JOINED_ABBREVIATIONS.finditer(text) for position in range(match.start(), match.end(), 2)]
    positions += [match.start(match.lastgroup) for match in PREFIXED_ABBREVIATION.finditer(text)]
    positions += [match.start("traded") for match in TRADED_WITH.finditer(text)]
    found = [Mention(p, p + 1, "LOCATION", "country abbreviations", COUNTRY_ABBREVIATIONS[text[p]]) for p in positions]
    found += [Mention(match.start() + i, match.start() + i + 1, "LOCATION", "country abbreviations", HANJA_COUNTRIES[c])
              for match in HANJA_COUNTRY_RUN.finditer(text) for i, c in enumerate(match.group())]
    words, tags, count = tokens.words, tokens.tags, len(tokens)
    proper_nouns = [index for index, tag in enumerate(tags) if tag == "NNP"]
    for index in proper_nouns:
        start = tokens.starts[index]
        if words[index][0] not in COUNTRY_ABBREVIATIONS or start and HANGUL.match(text, start - 1):
            continue
        last = index
        while last + 1 < count and not tokens.space_after[last] and tags[last + 1] == "NNP" and last - index < 2:
            last += 1
        word = text[start : tokens.end(last)]
        if ABBREVIATED_PAIRS.fullmatch(word) and len(set(word)) == len(word) and word not in places:
            found.extend(Mention(start + i, start + i + 1, "LOCATION", "country abbreviations", COUNTRY_ABBREVIATIONS[c])
                         for i, c in enumerate(word))
    return found  # a table of names, trusted as the gazetteer is


# Countries whose language Korean names by the country and `어` (`일본어`, `한국어판`): the span
# is the country (SPEC §3: a name glued to a suffix keeps the name only), though Kiwi reads the
# word whole.
LANGUAGE_OF = re.compile(r"(?<![가-힣])(한국|일본|중국|베트남|태국|독일|프랑스|스페인|러시아|몽골|이탈리아|포르투갈|"
                         r"네덜란드|인도네시아|말레이시아|튀르키예|터키|그리스|스웨덴|폴란드|헝가리|체코)어")


def languages(text: str, mentions: list[Mention]) -> list[Mention]:
    """The country of each language's name that no mention covers (`일본어 라벨`, `한국어판은`)."""
    covered = covered_positions(mentions)
    return [Mention(m.start(1), m.end(1), "LOCATION", "languages") for m in LANGUAGE_OF.finditer(text)
            if covered.isdisjoint(range(m.start(1), m.end()))]


# Countries whose English adjective opens with their name (`Korean`, `Japanese`, `Taiwanese`),
# with their Korean names: in an English title the country is named (gold guide).
LATIN_COUNTRIES = {"Korea": "한국", "Japan": "일본", "Taiwan": "대만", "Vietnam": "베트남", "Indonesia": "인도네시아",
                   "Malaysia": "말레이시아", "India": "인도", "America": "미국", "Russia": "러시아", "Australia": "호주",
                   "Singapore": "싱가포르", "Brazil": "브라질", "Mongolia": "몽골", "Cambodia": "캄보디아"}
LATIN_COUNTRY = re.compile(rf"(?<![A-Za-z])({'|'.join(LATIN_COUNTRIES)})(?=(?:n|an|ese|[’']s)?(?![A-Za-z]))")


def latin_countries(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each country an English word names (`Korean`, `Korea's`), a place
    with its Korean name, in place of a name the model read from it (`Korean Fintechs`)."""
    if not any(country in text for country in LATIN_COUNTRIES):
        return mentions  # most pages: the regex, which tries every position, would find none
    found = [Mention(m.start(1), m.end(1), "LOCATION", "latin countries", LATIN_COUNTRIES[m.group(1)])
             for m in LATIN_COUNTRY.finditer(text)]
    if not found:
        return mentions  # none found: nothing to gather, nothing to sort
    starts = {m.start for m in found}
    kept = [m for m in mentions if m.start not in starts or m.source in TRUSTED]
    taken = covered_positions(kept)
    return sorted(kept + [m for m in found if taken.isdisjoint(range(m.start, m.end))], key=lambda m: m.start)


def page_people(metadata: Metadata, text: str) -> list[Mention]:
    """The people the page itself names, its authors and interviewees, wherever their
    names stand as words (`정윤서 세림대 경영대학 교수 ysjung@…` in the closing bio): the
    byline says they are people, which the model, reading a line of names, often misses."""
    names = {author.name: (author.name, "PERSON") for author in metadata.authors}
    names |= {author.name_en: (author.name, "PERSON") for author in metadata.authors if author.name_en}
    names |= {person.name: (person.name, "PERSON") for person in metadata.interviewees}
    return _standing(text, names, "page people")


def page_organisations(metadata: Metadata, text: str) -> list[Mention]:
    """The organisations of the page's people (``_organisations_of_people``) wherever their
    names stand as words."""
    return _standing(text, {name: (name, "ORG") for name in _organisations_of_people(metadata)}, "page organisations")


def _standing(text: str, names: dict[str, tuple[str, str]], source: str) -> list[Mention]:
    """Each name wherever it stands as a word, as ``(canonical, label)`` says."""
    found = []
    for name, (canonical, label) in names.items():
        for match in re.finditer(re.escape(name), text):
            if stands_as_a_word(text, match.start(), match.end()):
                found.append(Mention(match.start(), match.end(), label, source, canonical))
    return found


def _organisations_of_people(metadata: Metadata) -> set[str]:
    """The organisations of the page's people: an interviewee's, and the first word of an
    author's affiliation, which names it before the department and the title (`세림대 경영대학
    교수`, `솔빛컨설팅 파트너`)."""
    organisations = {person.organization for person in metadata.interviewees if person.organization}
    for author in metadata.authors:
        words = (author.affiliation or "").split()
        name = words[0].split("(")[0] if words else ""  # `인시아드(INSEAD) 교수`: up to a gloss
        if len(words) >= 2 and len(name) >= 2 and name not in job_titles():
            organisations.add(name)
    return organisations


HANJA_GLOSS = re.compile(r"\(([\u4e00-\u9fff]{2,})\)")


def hanja_glossed(tokens: TokenIndex, mentions: list[Mention]) -> list[Mention]:
    """A Korean word glossed in Chinese characters (`두야(渡鸦)`, `홍타이기금(洪泰基金)`) is a
    transliterated name. Its label comes from its ending, a noun beside it or a title after it;
    failing those, a word of up to three syllables is a person's name, a longer one an ORG."""
    text = tokens.text
    covered = covered_positions(mentions)
    found = []
    for gloss in HANJA_GLOSS.finditer(text):
        end = start = gloss.start()
        while start > 0 and not text[start - 1].isspace() and text[start - 1] != "(" and text[start - 1] not in OPENING_QUOTES:
            start -= 1
        word = text[start:end]
        first, last = tokens.at_start.get(start), tokens.at_end.get(end)
        if first is None or last is None or not KOREAN_WORD.fullmatch(word) or not covered.isdisjoint(range(start, end)):
            continue
        label = _glossed_label(tokens, first, last, word) or ("PERSON" if len(word) <= 3 else "ORG")
        found.append(Mention(start, end, label, "hanja glosses"))
    return found


def _glossed_label(tokens: TokenIndex, first: int, last: int, name: str) -> str:
    """The label of a glossed name that its ending, a noun beside it or a title after it gives."""
    after = past_gloss(tokens, last + 1)
    return (
        cued_label(name, "")
        or cue_before(tokens, first)
        or cue_after(tokens, last)
        or ("PERSON" if after < len(tokens) and tokens.words[after] in job_titles() else "")
    )


# A name of one or two Korean words glossed in Latin letters: `트레이더조(Trader Joe’s)`,
# `쉬나 아이엔가(Sheena Iyengar)`.
LATIN_GLOSS = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{2,}(?: [가-힣]{2,})?)\(([A-Z][A-Za-z0-9&’'.+ -]{1,40})\)")


_VOWELS = re.compile(r"[aeiouy]+", re.IGNORECASE)


def _sounds_alike(name: str, latin: str) -> bool:
    """Whether a Latin gloss spells the whole Hangul word, one vowel group per syllable
    (`고고로` and `Gogoro`), so that a syllable Kiwi reads as a particle is the name's."""
    return " " not in name and len(_VOWELS.findall(latin)) == len(name)


def latin_glossed(tokens: TokenIndex, mentions: list[Mention]) -> list[Mention]:
    """A Korean name glossed in Latin letters that nothing found is a transliterated name,
    unless Kiwi reads it as common nouns (`심층신경망(Deep Neural Networks)`; but `식료품 체인
    트레이더조(Trader Joe’s)`, a noun before it saying what it names) or as more
    than nouns (`세움은행의`, `다가온`), or the gloss is an acronym (`순추천지수(NPS)`: a
    term, spelled out). Its label
    comes as a Chinese gloss's does; failing that, a quoted name is a title (a PRODUCT),
    two words glossed by two capitalised words a person's (`쉬나 아이엔가(Sheena
    Iyengar)`) unless the last says what else it names (`Tsubaki Interactive`), else an
    organisation."""
    text = tokens.text
    covered = covered_positions(mentions)
    found = []
    for gloss in line_matches(LATIN_GLOSS, text, ("(",)):
        start, end = gloss.span(1)
        name, latin = gloss.group(1), gloss.group(2)
        if " " in name and (" " not in latin.strip() or name.split(" ")[0] in apposition_cues()
                            or known_common_nouns(name.split(" ")[0])):
            # a one-word gloss glosses one word (`체인 베리타(Verita)`), and a kind is no part of a
            # name (`체인 트레이더조(Trader Joe’s)`, `운영사 처마랩스(Cheoma Labs)`: common nouns)
            start = start + name.index(" ") + 1
            name = text[start:end]
        first, last = tokens.at_start.get(start), tokens.at_end.get(end)
        if first is None or last is None or latin.isupper() or not covered.isdisjoint(range(start, end)) and any(
                m.start < end and start < m.end and (m.start < start or m.end > end or m.source != "model") for m in mentions):
            continue  # where the model read only a part of the glossed name (`파트너스`), the name replaces it
        two_words = " " in name and re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", latin) is not None
        nouns = all(tag.startswith(("NN", "SL")) for tag in tokens.tags[first : last + 1]) or (
            _sounds_alike(name, latin))  # `고고로(Gogoro)`, which Kiwi reads as `고고` + `로`
        if known_common_nouns(name) and not cue_before(tokens, first) or not (two_words or nouns):
            continue  # common nouns name something where a noun before says what (`체인 트레이더조`)
        quoted = start > 0 and text[start - 1] in OPENING_QUOTES
        unglossed = "PRODUCT" if quoted else cued_label(latin, "PERSON" if two_words else "ORG")
        label = _glossed_label(tokens, first, last, name) or unglossed
        found.append(Mention(start, end, label, "latin glosses"))
    return found




# Endings of company names taken from English company forms (`캐피탈`, `벤처스`, `파트너스`):
# Korean writes no common noun so, and a coined word before one is a company's name.
COMPANY_FORMS = ("캐피탈", "캐피털", "벤처스", "인베스트먼트", "파트너스", "홀딩스", "테라퓨틱스", "로보틱스",
                 "바이오텍", "로지스틱스", "에쿼티")
# Korean words for a company's trade that end its name (`태랑카드`, `가람해운`, `해밀제과`). Each is
# also a common noun's end (`신용카드`, `저가항공`), so only a coined stem before one makes a name.
TRADE_ENDINGS = ("카드", "은행", "증권", "생명", "화재", "제약", "제과", "식품", "주류", "유통", "해운", "항공",
                 "관광", "건설", "물산", "출판사", "출판", "마트", "커머스", "딜리버리", "연구원", "리서치")
_FORM_WORD = re.compile(rf"(?<![가-힣A-Za-z0-9])(?P<stem>[가-힣]{{2,}}?)(?P<ending>{'|'.join(COMPANY_FORMS + TRADE_ENDINGS)})")


def group_company(text: str, mention: Mention) -> None:
    """Extend a listed organisation's name over the company form glued to it (`미래에셋벤처투자는`:
    `미래에셋` and `벤처투자`): the group's company, a name of its own, not the group (the
    linking issue: a group and its subsidiaries stay distinct). So a place's name with a
    company form glued (`태평양기술투자`, `서라벌기술투자`): a company named after the place."""
    listed = mention.source == "gazetteer" and mention.label == "ORG"
    place = mention.label == "LOCATION" and not known_common_nouns(text[mention.start : mention.end])  # not `종합`
    if not (listed or place) or not HANGUL.match(text, mention.end):
        return
    run = mention.end
    while run < len(text) and HANGUL.match(text, run):
        run += 1
    for end in range(run, mention.end + 1, -1):  # the longest word that ends in a company form
        if cued_label(text[mention.start : end], "") == "ORG" and stands_as_a_word(text, mention.start, end):
            mention.end, mention.label, mention.source, mention.canonical = end, "ORG", "company forms", None
            return


def company_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """A word that nothing found, a coined stem and an ending of an English company form
    (`솔빛벤처스가`, `다온캐피탈`, `마루인베스트먼트`) or of a trade (`태랑카드는`), only a particle
    after it: an organisation. Not where the stem is one common noun (`벤처캐피털`,
    `글로벌파트너스`: what it is, not who), two may be a coined name (`솔`+`빛`); before a trade, no
    common noun at all (`손해보험`, `해외여행`), unless Kiwi does not know the word whole
    (`다정마트`, unlike `대형마트`; not a loanword's `트래블카드`) or the stem opens another
    organisation's name in the article: a group's company (`동백은행` of `동백금융지주`)."""
    covered = covered_positions(mentions)
    groups = {text[m.start : m.end] for m in mentions if m.label == "ORG"}
    found = []
    for match in _FORM_WORD.finditer(text):
        start, end = match.span()
        stem = match["stem"]
        if not covered.isdisjoint(range(start, end)) or not stands_as_a_word(text, start, end):
            continue
        if match["ending"] in COMPANY_FORMS:
            cued = apposition_cues().get(text[text.rfind(" ", 0, start - 1) + 1 : start - 1]) == "ORG"
            if known_common_nouns(stem) and len(reading_alone(stem)) == 1 and not cued:
                continue  # but `벤처캐피털 소나무벤처스가`: a noun before it says it names a firm
        elif not _coined(stem) and not (unknown_word(text[start:end]) and not spells_english(stem)) and not any(
                len(name) > len(stem) + 1 and name.startswith(stem) for name in groups):
            continue  # but `다정마트`, which Kiwi does not know whole, unlike `대형마트` (not `트래블카드`)
        found.append(Mention(start, end, "ORG", "company forms"))
    return found


def _coined(stem: str) -> bool:
    """Whether Kiwi reads ``stem`` alone as nouns, one of them a proper noun or a word it does
    not know (`태랑`, `해솔`, `쓰키시마`), not as common nouns only nor as a pronoun and a particle
    (`저가`); and it is spelt as no English word is (`트래블카드`, `기프트카드`: kinds of card)."""
    reading = reading_alone(stem)
    unknown = unknown_morpheme()
    return all(tag.startswith("NN") for tag, _ in reading) and any(
        tag == "NNP" or morpheme == unknown for tag, morpheme in reading) and not spells_english(stem)
