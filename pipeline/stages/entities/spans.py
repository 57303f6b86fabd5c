"""The passes that set where a mention begins and ends: completing names the model cut
short, cutting glued titles and suffixes off, running a name on to the event noun that
ends it, and cutting an unnamed company unit off its company's name."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.stages.entities.lexicon import (
    HANGUL, apposition_cues, cued_label, gazetteer_entries, gazetteer_places, glued_title, job_titles,
    korean_titles_longest_first, known_common_nouns, label_cues, UNIT_ENDINGS,
)
from pipeline.stages.entities.mentions import (
    CUED, NAME_SUFFIXES, OPENING_QUOTES, PARTICLE_AFTER_NAME, TRUSTED, Mention, TokenIndex, covered_positions,
    korean_full_name, title_in,
)
from pipeline.transliteration import sound_alike

MODEL_NUMBER = re.compile(r" [A-Z0-9]{1,3}(?![\w.])")


def complete(tokens: TokenIndex, mention: Mention) -> None:
    """Extend a name the model cut short: to the start and the end of its word, Latin letters
    and digits (`GS25`, `A321neo`) or Hangul (`경남경찰청`: a Korean compound is one word), over Latin letters and
    digits glued to a Korean name (`H-스티치`, `아르고AI`), to the `+` signs
    after it (`Face++`), a model letter after a product (`ID.버즈 X`), and the rest of its
    word when that ends in a label cue (`광화` in `광화관리학원`); a place glued to a
    nationality suffix is cut to the place (`중국인`); a kind noun read into the name is cut
    off and says its label (`게임사 윈판네트워크`), and an adverb before the name is no part of it."""
    text = tokens.text
    while mention.start > 0 and text[mention.start - 1].isascii() and text[mention.start - 1].isalnum() and (
        text[mention.start].isascii() and text[mention.start].isalnum()
    ):
        mention.start -= 1
    while mention.end < len(text) and text[mention.end].isascii() and text[mention.end].isalnum() and (
        text[mention.end - 1].isascii() and text[mention.end - 1].isalnum()
    ):
        mention.end += 1  # `A321neo`: to the end of its word, as to its start
    while mention.start > 0 and HANGUL.match(text, mention.start - 1) and HANGUL.match(text, mention.start):
        mention.start -= 1
    if HANGUL.match(text, mention.start):
        prefix = _LATIN_PREFIX.search(text, max(0, mention.start - _LATIN_REACH), mention.start)
        mention.start = prefix.start() if prefix else mention.start  # `H-스티치 3`
    if HANGUL.match(text, mention.end - 1) and (suffix := _LATIN_SUFFIX.match(text, mention.end)):
        mention.end = suffix.end()  # `아르고AI`, `버진미디어O2`: one word
    while text.startswith("+", mention.end):
        mention.end += 1
    while mention.end - mention.start > 1 and text[mention.end - 1] in "/·-":
        mention.end -= 1
    first = tokens.at_start.get(mention.start)
    if (first is not None and tokens.tags[first] == "MAG" and tokens.space_after[first] and tokens.end(first) < mention.end
            and mention.label != "PERSON"):  # a person's given name may read as one (`부디 산토소`)
        mention.start = tokens.end(first) + 1  # an adverb read into the name: `함께 중원의료구매연합`
    kind, _, rest = text[mention.start : mention.end].partition(" ")
    if rest and (cue := _kind_cue(kind)) is not None:
        mention.start, mention.label = mention.end - len(rest), cue  # `게임사 윈판네트워크`: a kind, then the name
    if mention.label == "PERSON" and (word := _full_name_around(text, mention)):
        mention.end = mention.start + len(word)  # `민서` of `민서하 성균관대 교수`
    name = text[mention.start : mention.end]
    if name[-1:] in NAME_SUFFIXES and (entry := gazetteer_entries().get(name[:-1])) is not None:
        mention.end, mention.label = mention.end - 1, entry[0]  # `중국인` → `중국`
    elif mention.label in ("ORG", "LOCATION") and (title := glued_title(name)):
        mention.end -= len(title)
    elif mention.label == "ORG" and (title := _title_word_after_a_name(name)):
        mention.end -= len(title) + 1  # `한국바이오경영연구소 연구원`: the institute, then a researcher
    if mention.label == "PRODUCT" and (number := MODEL_NUMBER.match(text, mention.end)):
        mention.end = number.end()
    following = tokens.at_start.get(mention.end)
    if following is None or not HANGUL.match(text, mention.end):
        return
    last = following
    while last + 1 < len(tokens) and not tokens.space_after[last] and tokens.tags[last + 1] in ("NNG", "NNP"):
        last += 1
    if tokens.tags[following] in ("NNG", "NNP") and (cue := cued_label(text[mention.start : tokens.end(last)], "")):
        mention.end, mention.label = tokens.end(last), cue


def university(text: str, mention: Mention) -> None:
    """A place the rest of its word makes a university's name is that university, whoever
    found the place (`네바다대에서`, `런던정치경제대(LSE)`); so is a place read with its `대`
    (`쾰른대`, `보스턴대`), unless the whole is a known place (`해운대`)."""
    if mention.label != "LOCATION":
        return
    if rest := _UNIVERSITY_REST.match(text, mention.end):
        mention.end, mention.label, mention.canonical = rest.end(), "ORG", None
    elif _UNIVERSITY.fullmatch(name := text[mention.start : mention.end]) and name not in gazetteer_places():
        mention.label, mention.canonical = "ORG", None


def subdivision(text: str, mention: Mention) -> None:
    """A known place with the word of an administrative unit glued to it is a place, whatever
    the model made of it (`구마모토시`, `성남시`, `텍사스주`, `해운대구`)."""
    name = text[mention.start : mention.end]
    if len(name) >= 3 and name[-1] in UNIT_ENDINGS and name[:-1] in gazetteer_places():
        mention.label = "LOCATION"


# The rest of a word that makes a place before it a university: `대` with a particle, a
# space or a bracket after it (`네바다대에서`, `런던정치경제대(LSE)`), not an avenue (`강남대로`).
_UNIVERSITY_REST = re.compile(r"[가-힣]{0,6}?대(?!로)(?=" + PARTICLE_AFTER_NAME.pattern + ")")
_UNIVERSITY = re.compile(r"[가-힣]{2,}대")


def _kind_cue(word: str) -> str | None:
    """The label a kind noun gives the name after it: an apposition cue (`게임사`), also as the
    end of a compound of common nouns (`외식기업`, `물류업체`) unless names end in it too
    (`바람소리재단`, `한빛경제연구소`: label cues)."""
    cues, endings = apposition_cues(), label_cues()[0]
    if word in cues:
        return cues[word]
    kind = next((word[i:] for i in range(1, len(word) - 1) if word[i:] in cues), None)
    return cues[kind] if kind is not None and kind not in endings and known_common_nouns(word) else None


# Latin letters and digits glued to a Korean name, before it with a hyphen (`H-스티치`) or
# after it (`아르고AI`): the rest of the name's word.
_LATIN_PREFIX = re.compile(r"(?<![A-Za-z0-9-])[A-Za-z0-9]+-$")
_LATIN_REACH = 12  # characters before a name where a hyphened prefix may start
_LATIN_SUFFIX = re.compile(r"[A-Za-z0-9]+(?![A-Za-z0-9])")

# An honorific glued to a name (`김씨는`, `이군이`, `신모씨`).
_GLUED_HONORIFIC = re.compile(r"(?:모?씨|군|양|님|모)?")


def _full_name_around(text: str, mention: Mention) -> str:
    """The Korean full name whose start the model took alone (`최` or `민서` of `최은서`,
    `민서하`), when the word is that name with no more than a particle after it."""
    word = re.match(r"[가-힣]+", text[mention.start : mention.start + 12])
    if word is None:
        return ""
    rest = word.group()[mention.end - mention.start :]
    particle = PARTICLE_AFTER_NAME.match(rest, _GLUED_HONORIFIC.match(rest).end())
    if particle is not None and particle.end() == len(rest):
        return ""  # `김씨는`, `채림과`: the name is whole
    for length in (3, 4):  # a family name of one or two syllables, and two
        particle = PARTICLE_AFTER_NAME.match(word.group(), length)
        if mention.end - mention.start < length and particle is not None and particle.end() == word.end() and (
            korean_full_name(name := word.group()[:length]) and not _noun_and_particle(name)
        ):
            return name
    return ""


# Syllables that end a case particle and no given name: `정가를` is `정가` and `를` (Kiwi's
# `정/NNP 가/XSN 를/JKO`), not a name `정가를`.
_NO_NAME_ENDS = frozenset("를을는의에로와과")
# Particles that may also end a given name (`하은`, `소이`): a common noun before them makes
# the word that noun and its particle (`정가가`).
_NAME_OR_PARTICLE_ENDS = frozenset("이가은")


def _noun_and_particle(name: str) -> bool:
    return name[-1] in _NO_NAME_ENDS or name[-1] in _NAME_OR_PARTICLE_ENDS and known_common_nouns(name[:-1])


def _title_word_after_a_name(name: str) -> str:
    """The last word of ``name`` when it is a job title and the words before it already
    end as an organisation's name does (`…연구소 연구원`, `…재단 이사장`)."""
    rest, _, last = name.rpartition(" ")
    return last if rest and last in job_titles() and cued_label(rest, "") == "ORG" else ""


def person_and_organisation(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's name and an organisation's side by side before a title are two names,
    however the model joined them: `한승우 나눔데이터재단 사무총장`, `해담유통 오태준 대표`
    are a PERSON (a Korean full name: a family name and two syllables) and an ORG."""
    organisations = _one_word_names(text, mentions)
    result = []
    for mention in mentions:
        words = text[mention.start : mention.end].split(" ")
        if mention.source not in TRUSTED and len(words) > 1 and (end := _name_completed(text, mention, words[-1], organisations)):
            # `석진호 동` cut inside `동하 전무`: the model stopped within a name the article has
            mention = Mention(mention.start, end, mention.label, mention.source, confidence=mention.confidence)
            words = text[mention.start : mention.end].split(" ")
        if mention.source in TRUSTED or len(words) < 2 or not _title_after(text, mention.end):
            result.append(mention)
            continue
        if korean_full_name(words[0]):
            person_end = mention.start + len(words[0])
            person, organisation = (mention.start, person_end), (person_end + 1, mention.end)
        elif korean_full_name(words[-1]):
            person_start = mention.end - len(words[-1])
            person, organisation = (person_start, mention.end), (mention.start, person_start - 1)
        else:
            result.append(mention)
            continue
        label = cued_label(text[organisation[0] : organisation[1]], "")
        if mention.label == "PERSON" and not label and not _named_alone(text, organisation, mention, organisations):
            result.append(mention)  # `마리아 로페스 교수`: a foreign name may open like a Korean one
            continue
        result.append(Mention(*person, "PERSON", mention.source, confidence=mention.confidence))
        result.append(Mention(*organisation, label or "ORG", mention.source, confidence=mention.confidence))
    return sorted(result, key=lambda m: m.start)


def _name_completed(text: str, mention: Mention, last: str, names: set[str]) -> int | None:
    """Where a mention would end if its last word, cut short, is the start of a one-word name
    the article has and the text goes on with the rest of it, before a title (`석진호 동` in
    `석진호 동하 전무`, where `동하` is found elsewhere)."""
    for name in names:
        if name != last and name.startswith(last) and text.startswith(name[len(last) :], mention.end):
            end = mention.end + len(name) - len(last)
            if _title_after(text, end):
                return end
    return None


def _one_word_names(text: str, mentions: list[Mention]) -> set[str]:
    """The one-word names the article has found, under any label (the link stage settles it):
    where an organisation's name is looked for elsewhere."""
    return {text[m.start : m.end] for m in mentions if " " not in text[m.start : m.end]}


def _named_alone(text: str, span: tuple[int, int], mention: Mention, organisations: set[str]) -> bool:
    """Whether the words at ``span`` name an organisation elsewhere in the article, outside
    ``mention``: as a mention of one, or where no title follows them (`오늘한상의 매출`;
    `로페스 교수는` is a person)."""
    name = text[span[0] : span[1]]
    if name in organisations:
        return True
    return any(not _title_after(text, match.end()) for match in re.finditer(re.escape(name), text)
               if not mention.start <= match.start() < mention.end)


def _title_after(text: str, end: int) -> bool:
    """Whether a job title follows ``end`` (`… 대표는`, `…사무총장은`), or a word that ends in one
    of two or more syllables (`운영본부장(전무)은`)."""
    following = text[end : end + 12].lstrip(" ")
    if following.startswith(korean_titles_longest_first()):
        return True
    word = re.match(r"[가-힣]+(?=[\s.,;:!?()’”'\"]|$)", following)
    return word is not None and (title := title_in(word.group())) is not None and not word.group().startswith(title)


# A gloss of one name in two words: Chinese characters (`高橋健太郎`), or two Latin words.
_TWO_WORD_GLOSS = re.compile(r"\((?:[\u4e00-\u9fff\u3040-\u30ff]{2,6}|[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3})[,)]")
# A gloss in Chinese characters too long for a one-word name: a Korean or Chinese name is one
# word of two or three characters (`정몽구(鄭夢九)`, `레이쥔(雷軍)`), a Japanese name two
# words of three or more.
_LONG_NAME_GLOSS = re.compile(r"\([\u4e00-\u9fff\u3040-\u30ff]{3,6}[,)]")
_BARE_WORD_BEFORE = re.compile(r"(?<![^\s(‘“])([가-힣]{2,5}) $")


def glossed_person(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two mentions side by side that one gloss follows are one name, a person's when either
    is (`다카하시 겐타로(高橋健太郎)`, `사카이 료헤이(Sakai Ryohei)`): the model reads a
    foreign name's two words one by one, and may call one of them an organisation. A person
    whose first word the model left out is the same two words (`3대 사장 오카다
    히로시(岡田博史)는`), where the gloss is too long for one word and that word is no title
    or common noun; a name the model read in two words has both (`교수와 모리타 사키(森田咲)`
    stays `모리타 사키`)."""
    result: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        previous = result[-1] if result else None
        if (previous is not None and previous.end + 1 == mention.start and text[previous.end] == " "
                and ("PERSON" in (previous.label, mention.label) or _japanese_name(text, previous, mention)
                     or _spelt_first_name(text, mention.end, text[previous.start : previous.end]))
                and TRUSTED.isdisjoint((previous.source, mention.source)) and _TWO_WORD_GLOSS.match(text, mention.end)):
            # A cue noun's label stands (`설비 업체 오토마타 노르테(Automata Norte)`: a company).
            cued = next((m for m in (previous, mention) if m.source in CUED and m.label != "PERSON"), None)
            result[-1] = Mention(previous.start, mention.end, cued.label if cued else "PERSON",
                                 (cued or previous).source, confidence=min(previous.confidence, mention.confidence))
            continue
        first_word = _BARE_WORD_BEFORE.search(text, max(0, mention.start - 7), mention.start)
        spelt = first_word is not None and _spelt_first_name(text, mention.end, first_word.group(1))
        # A gloss spelling the two words as a Western name outweighs the gazetteer's reading of
        # the second (`헨리 포드(Henry Ford)`: not the company `포드`), and its canonical.
        surname = spelt and mention.source == "gazetteer"
        if ((mention.label == "PERSON" or surname) and " " not in text[mention.start : mention.end] and first_word
                and (previous is None or previous.end <= first_word.start())
                and (_LONG_NAME_GLOSS.match(text, mention.end) or spelt)
                and first_word.group(1) not in job_titles()
                and not known_common_nouns(first_word.group(1)) and not _noun_and_particle(first_word.group(1))):
            mention = replace(mention, start=first_word.start(), label="PERSON",
                              canonical=None if surname else mention.canonical, source="glosses" if surname else mention.source)
        result.append(mention)
    return result


# A Western name's two to four words in a gloss: `(Horace Luke)`, `(Hamed Al Nuaimi)`.
_LATIN_NAME_GLOSS = re.compile(r"\((?P<first>[A-Z][a-z'-]+)(?: [A-Z][\w'-]+){1,3}(?=[,)])")


def _spelt_first_name(text: str, end: int, word: str) -> bool:
    """Whether the gloss at ``end`` is a Western name whose first word sounds as ``word`` does
    (`호레이스 루크(Horace Luke)`, where the model read `루크` alone; `하메드 알누아이미(Hamed Al
    Nuaimi)`, which it read as a place and a company), and no company's word ends it (`라파
    인터랙티브(Lappa Interactive)`)."""
    gloss = _LATIN_NAME_GLOSS.match(text, end)
    return gloss is not None and sound_alike(gloss["first"], word) and cued_label(gloss.group()[1:], "") != "ORG"


# A Japanese full name in Chinese characters: three or four, no kana (`高橋義雄`).
_JAPANESE_NAME_GLOSS = re.compile(r"\([\u4e00-\u9fff]{3,4}\)")


def _japanese_name(text: str, first: Mention, second: Mention) -> bool:
    """Whether two words the model read as anything, glossed by a Japanese full name's
    characters, are that name (`다카하시 요시오(高橋義雄)`): neither a common noun of Kiwi's
    dictionary (`미쓰이 물산(三井物産)`) nor ending as an organisation's or a place's name does."""
    words = (text[first.start : first.end], text[second.start : second.end])
    return bool(_JAPANESE_NAME_GLOSS.match(text, second.end)) and all(
        re.fullmatch(r"[가-힣]{2,5}", word) and not cued_label(word, "") and not known_common_nouns(word)
        for word in words)


# Nouns of a kind of store that end in `점` (`한림백화점`, `편의점`): the whole word is the name.
_STORE_KINDS = ("백화점", "편의점", "할인점", "면세점", "대리점", "전문점", "직영점", "가맹점", "본점", "지점", "상점",
                "매점", "서점", "음식점", "판매점", "체인점")
# Endings of a place's own name before `점` (`신치토세공항점`, `삿포로역점`).
_PLACE_BEFORE_BRANCH = ("공항", "역", "시", "구", "동")


def branches(text: str, mentions: list[Mention]) -> list[Mention]:
    """A store named by its place and `점` (`한림백화점 광교점`, `하코다테점`) is a branch: the
    mention is the place, without `점`, and a LOCATION (gold guide). The place is one the
    gazetteer lists, one the article names as a place, or one whose ending makes it a place
    (`신치토세공항점`); a store kind (`백화점`, `편의점`) is no branch. Returns the branch
    named again where nothing found it (`같은 기간 광교점 매출은`)."""
    places = {text[m.start : m.end] for m in mentions if m.label == "LOCATION"}
    branch_places = set()
    for mention in mentions:
        name = text[mention.start : mention.end]
        if mention.source in TRUSTED or " " in name or len(name) < 3 or not name.endswith("점") \
                or name.endswith(_STORE_KINDS):
            continue
        place = name[:-1]
        if place in places or place in gazetteer_places() or place.endswith(_PLACE_BEFORE_BRANCH):
            mention.end -= 1
            mention.label, mention.source = "LOCATION", "branches"
            branch_places.add(place)
    if not branch_places:
        return []
    covered = covered_positions(mentions)
    pattern = re.compile(rf"(?<![가-힣])(?:{'|'.join(map(re.escape, branch_places))})(?=점)")
    return [Mention(match.start(), match.end(), "LOCATION", "branches") for match in pattern.finditer(text)
            if covered.isdisjoint(range(match.start(), match.end()))]


# How many words a name may run on by before the event noun that ends it.
_EVENT_REACH = 3


def _is_noun(tag: str) -> bool:
    return tag.startswith(("NN", "SL", "SN"))


def event_names(tokens: TokenIndex, mentions: list[Mention]) -> list[Mention]:
    """A name followed, within a few nouns and no particle, by a word that ends an event's
    name (`label_cues.tsv`: `콘퍼런스`, `축제`, `박람회`, `포럼`) is the event's name, all of it
    (`JP모건 헬스케어 콘퍼런스`, `누리전자 글로벌 개발자 콘퍼런스`): the model reads the
    organiser's name and stops there. Not where a quoted name follows the event word, which
    that word introduces (`뮌헨 로봇 전시회 ‘오토매티카’`)."""
    text, result = tokens.text, []
    covered = covered_positions(mentions)
    for mention in mentions:
        last = tokens.at_end.get(mention.end)
        if mention.label == "PERSON" or last is None:
            result.append(mention)
            continue
        extended, words, index = None, 0, last
        while words < _EVENT_REACH and index + 1 < len(tokens) and tokens.space_after[index]:
            first = index = index + 1
            # the word's nouns; a particle or an ending closes the name
            while index + 1 < len(tokens) and not tokens.space_after[index] and _is_noun(tokens.tags[index + 1]):
                index += 1
            closed = index + 1 < len(tokens) and not tokens.space_after[index]
            if not _is_noun(tokens.tags[first]) or not covered.isdisjoint(range(tokens.starts[first], tokens.end(index))):
                break
            words += 1
            end = tokens.end(index)
            named_after = text[end : end + 2].lstrip(" ")[:1] in OPENING_QUOTES  # `로봇 전시회 ‘오토매티카’`
            if cued_label(text[mention.start : end], "") == "EVENT" and not named_after:
                extended = replace(mention, end=end, label="EVENT", source="event names", canonical=None)
            if extended or closed:
                break
        result.append(extended or mention)
    return result


# Units of a company that a name followed by one of them leaves unnamed (SPEC §8: unnamed
# company sub-units are no entities).
_UNITS = frozenset({"연구소", "공장", "본부", "사업부", "팀", "센터", "매장", "이사회", "노조"})


def company_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """`다혜 연구소의 연구원은`: an organisation of the article and a unit word after it name
    the organisation, not the unit (SPEC §8); the mention is cut to the organisation."""
    organisations = _one_word_names(text, mentions)
    result = []
    for mention in mentions:
        name = text[mention.start : mention.end]
        words = name.split(" ")
        if mention.source not in TRUSTED and len(words) == 2 and words[1] in _UNITS and words[0] in organisations:
            mention = replace(mention, end=mention.start + len(words[0]), label="ORG")
        result.append(mention)
    return result

