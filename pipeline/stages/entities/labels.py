"""The passes that label a name by the words around it: a person's by the job title after it
(`린자하오 훙위안정밀 회장`), a place by the state or province before it (`뉴욕주 올버니`)."""

from __future__ import annotations

import re
from functools import cache

from pipeline.stages.entities.lexicon import (
    HANGUL, REGION_ENDINGS, cued_label, gazetteer_places, known_common_nouns, korean_surnames, reading_alone,
)
from pipeline.stages.entities.mentions import (
    PARTICLE_AFTER_NAME, TRUSTED, Mention, covered_positions, korean_full_name, title_in,
)


# A bracketed gloss after a name: `(林家豪)`, `(Anders Vinter)`.
_GLOSS = re.compile(r" ?\([^()]{1,40}\)")
# Words between an organisation's name and the title of one of its people (`경영학부`).
_WORDS_BEFORE_TITLE = 2


def person_before_title(text: str, mentions: list[Mention]) -> None:
    """A name that an organisation's name and a title follow is a person's, whatever the
    model made of it (`린자하오(林家豪) 훙위안정밀 회장`, `한도경 한양대 경영학부 교수`): one
    organisation does not stand before another's people. A place stays a place unless it
    has the shape of a Korean full name (`쓰쿠바시 산업기술종합연구소 연구원`). Before a
    name with the shape of a Korean full name, the organisation may be one that a pass
    labelled so only elsewhere in the article (`스타트업 도란텍이 … 한서율 도란텍 대표는`,
    where the model, reading two names of three syllables, swaps their labels): then it is
    an organisation here too, also by its short form (`편도훈 여울목 대표는`, `여울목` of
    `여울목브루잉`, the model's labels swapped), whether or not a mention stands there yet. A
    Korean full name between an organisation, or a short form of one (`한올` of
    `한올HR리서치`), and a title is a person's too (`한올 탁지훈 수석연구원은`), though the
    article never calls them by surname."""
    by_start = {mention.start: mention for mention in mentions}
    named, initials = _with_short_forms({text[m.start : m.end] for m in mentions if m.label == "ORG"})
    for mention in mentions:
        name = text[mention.start : mention.end]
        if mention.label == "PERSON" or mention.source in TRUSTED or cued_label(name, ""):
            continue
        if mention.label == "LOCATION" and not korean_full_name(name):
            continue
        gloss = _GLOSS.match(text, mention.end)
        after = gloss.end() if gloss else mention.end
        organisation = by_start.get(after + 1) if text[after : after + 1] == " " else None
        if organisation is not None and (
            organisation.label == "ORG"
            or korean_full_name(name) and text[organisation.start : organisation.end] in named
        ) and title_follows(text, organisation.end):
            mention.label, organisation.label = "PERSON", "ORG"
        elif korean_full_name(name) and title_follows(text, after, words=1) and (
                surname_with_a_title(text, name[:-2]) or _after_organisation(text, mention.start, mentions)):
            mention.label = "PERSON"
        elif korean_full_name(name) and organisation is None and _organisation_after(text, after, named, initials):
            mention.label = "PERSON"  # `편도훈 여울목 대표는`: the short form no pass has found yet


def employer_before_title(text: str, mentions: list[Mention]) -> None:
    """A name between a person's name and a job title (`나예린 온결 대표는`) is the person's
    employer, an organisation, also where the model read a product: a product employs no one.
    The title beside it counts in the entity's vote as a cue noun does (against `거래 플랫폼
    온결`, a cue of products)."""
    person_ends = {mention.end for mention in mentions if mention.label == "PERSON"}
    for mention in mentions:
        if mention.label in ("ORG", "PRODUCT") and mention.source not in TRUSTED and mention.start - 1 in person_ends and (
                text[mention.start - 1] == " " and title_follows(text, mention.end, words=1)):
            mention.label, mention.source = "ORG", "titled employer"


# The modifying forms of the verbs of founding; right before a name, `창립된` and `출범한` too.
_FOUNDING = "설립된|설립한|창업한|창립한|세운"
# A description of a name as a thing someone founded (`일다리는 2014년 … 설립된 채용 플랫폼으로`,
# `팜투도어는 … 2019년 창업한 산지 직송 플랫폼이다`): its topic particle, the founding verb, up to
# three more words and the copula or `으로` that closes the description, in one sentence.
_FOUNDED_DESCRIPTION = re.compile(
    rf"(?:은|는) [^.?!\n]*?(?:{_FOUNDING}) (?:[^\s.]+ ){{0,3}}[^\s.]+?(?:이다|다|이며|이고|으로|로)[\s,.]")
# A founding verb right before a name, in a clause with no object of its own (`2015년 4월
# 후쿠오카에서 창업한 하코부는`): the name is what was founded; with an object (`회사를 세운 오경택`)
# it is the founder.
_FOUNDED_BEFORE = re.compile(rf"(?P<clause>[^.?!\n,]*)(?:{_FOUNDING}|창립된|출범한) $")
_OBJECT = re.compile(r"[가-힣](?:을|를)(?:\s|$)")


# A founding verb, a name no mention holds, and a particle (`2020년 설립된 누마루스테이는`).
_FOUNDED_NAME = re.compile(rf"(?:{_FOUNDING}|창립된|출범한) (?P<name>[가-힣A-Za-z&]{{2,}}?)(?=(?:은|는|이|가|의|도|와|과) )")
# What a founding opens besides a company: a site of one (`문을 연 광주센터는`).
_SITES = ("센터", "공장", "지점", "매장", "점포", "본부")


def founded_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Names right after a founding verb, in a clause with no object, that no pass read
    (`2020년 설립된 누마루스테이는`, which Kiwi reads as the common nouns `누마루` and `스테이`):
    organisations, as ``founded_description`` labels those read; not one word of Kiwi's
    dictionary (`창업한 계기가`) nor a site (`…센터`)."""
    covered = covered_positions(mentions)
    found = []
    for match in _FOUNDED_NAME.finditer(text):
        name, (start, end) = match["name"], match.span("name")
        word = text[start : text.find(" ", end)]  # `떡볶이`: the particle's syllable may be the word's
        clause = _FOUNDED_BEFORE.search(text, max(0, start - 60), start)
        if (clause is None or _OBJECT.search(clause["clause"]) or not covered.isdisjoint(range(start, end))
                or name.endswith(_SITES) or any(len(reading_alone(w)) == 1 and known_common_nouns(w) for w in (name, word))):
            continue
        found.append(Mention(start, end, "ORG", "founded description"))
    return found


def founded_description(text: str, mentions: list[Mention]) -> None:
    """A name its sentence describes as founded is an organisation's, also where the model read
    a product, a place or a person (`채용 플랫폼`, a Japanese name): a product is launched, not
    founded, and a place on no list of places is no more likely; a founder has a job title after
    the name or an object in the clause. It counts in the entity's vote as a cue noun does."""
    for mention in mentions:
        if mention.source in TRUSTED:
            continue
        described = mention.label != "PERSON" and _FOUNDED_DESCRIPTION.match(text, mention.end)
        before = _FOUNDED_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        founded = before is not None and not _OBJECT.search(before["clause"]) and not title_follows(text, mention.end)
        if described or founded:
            mention.label, mention.source = "ORG", "founded description"


# A book's credit after a name: `에단 콜브룩 지음, 노시윤 옮김`.
_CREDITED = re.compile(r" ?(?:지음|옮김|엮음|감수)(?![가-힣])")


def book_credits(text: str, mentions: list[Mention]) -> None:
    """A name a book's credit follows (`노시윤 옮김`) is its author's, translator's or editor's:
    a person's, whatever the model read, unless its own ending names a body (`…연구소 지음`).
    It counts in the entity's vote as a cue noun does."""
    for mention in mentions:
        if mention.source not in TRUSTED and _CREDITED.match(text, mention.end) and not cued_label(
                text[mention.start : mention.end], ""):
            mention.label, mention.source = "PERSON", "book credit"


def _with_short_forms(organisations: set[str]) -> tuple[set[str], set[str]]:
    """Organisations' names with their short forms, the first part of a one-word name (`태을` of
    `태을센서`, which the glosses pass finds only later: `태을센서(이하 태을)`), and the first
    syllables they open with."""
    named = organisations | {name[:n] for name in organisations if " " not in name for n in range(2, len(name))}
    return named, {name[:1] for name in named}


def _organisation_after(text: str, end: int, named: set[str], initials: set[str]) -> bool:
    """Whether a space, an organisation's name or short form of ``named``, and a job title
    follow ``end`` (`여민혁 다솜카드 데이터사업본부장은`, `편도훈 여울목 대표는`)."""
    if text[end : end + 1] != " ":
        return False
    after = text[end + 1 : end + 40].split(" ")[0]
    lengths = range(len(after), 0, -1) if after[:1] in initials else ()  # most words open no name of one
    organisation = next((after[:n] for n in lengths if after[:n] in named), None)
    return organisation is not None and title_follows(text, end + 1 + len(organisation))


def _after_organisation(text: str, start: int, mentions: list[Mention]) -> bool:
    """Whether the word before ``start`` is an organisation's name or its first syllables, as
    the mentions are labelled now."""
    before = re.search(r"(?<![\w])(\w{2,}) $", text[max(0, start - 30) : start])
    return before is not None and any(
        m.label == "ORG" and text.startswith(before.group(1), m.start) for m in mentions)


# A state, a prefecture or a province (`뉴욕주`, `이바라키현`, `광둥성`, `경기도`); not a country
# or a city whose name ends so (`호주`, `인도`, `광주`).
_SUBDIVISION = re.compile(rf"[가-힣]{{2,}}[{''.join(sorted(REGION_ENDINGS))}]")


# A word of region, or of where around a place, right after a name, its gloss at most between
# (`도카치(十勝) 평야의`, `알아인(Al Ain) 외곽`, `하카타역 인근에`).
_REGION_AFTER = re.compile(r"(?: ?\([^()]{1,20}\))? (?:지역|평야|일대|지방|외곽|인근|도심|교외|근교|전역)"
                           + PARTICLE_AFTER_NAME.pattern)


def place_chains(text: str, mentions: list[Mention]) -> None:
    """A one-word name right after a state, a prefecture or a province, its gloss at most
    between (`뉴욕주 올버니의`, `이바라키현 쓰쿠바시에`, `구마모토현(熊本県) 기쿠요정`), is a
    place in it, whatever the model made of it; so is a name a word of region follows
    (`도카치 지역`, `도카치(十勝) 평야의`)."""
    by_end = {mention.end: mention for mention in mentions}
    for mention in mentions:
        if mention.label == "LOCATION" or mention.source in TRUSTED or " " in text[mention.start : mention.end]:
            continue
        if _REGION_AFTER.match(text, mention.end):
            mention.label = "LOCATION"
            continue
        end = mention.start - 1
        if end < 1 or text[end] != " ":
            continue
        if text[end - 1] == ")" and (opening := text.rfind("(", max(0, end - 40), end)) > 0:
            end = opening  # `구마모토현(熊本県) 기쿠요정`
        place = by_end.get(end)
        if place is not None and place.label == "LOCATION" and _SUBDIVISION.fullmatch(text, place.start, place.end):
            mention.label = "LOCATION"


def places_of_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """A listed place and the common nouns of a site, a unit or people after it (`가평
    양조장`, `도쿄센터`, `평택 허브`, `서울 직장인`), which the model read as one organisation or
    person: the place alone (SPEC §3: unnamed sub-units are no entities), unless the nouns end
    an organisation's name (`제주항공`, `부산은행`: label cues)."""
    places = gazetteer_places()
    result = []
    for mention in mentions:
        name = text[mention.start : mention.end]
        if mention.label in ("ORG", "PERSON") and mention.source not in TRUSTED and (place := _place_opening(name, places)):
            rest = name[len(place) :].strip()
            if len(rest) >= 2 and known_common_nouns(rest.replace(" ", "")) and cued_label(name, "") != "ORG":
                mention = Mention(mention.start, mention.start + len(place), "LOCATION", mention.source)
        result.append(mention)
    return result


# Sites a company's name for its own place glues to the place (`도쿄센터`, `평택공장`); other
# words glued to a place make an organisation's name (`한국해양대`, `보스턴칼리지`).
_GLUED_SITES = ("센터", "허브", "공장", "본공장", "지점", "사무소", "물류센터", "캠퍼스")


def _place_opening(name: str, places: frozenset[str]) -> str | None:
    """The listed place ``name`` opens with: a word of its own, or glued to a site's noun."""
    first = name.split(" ", 1)[0]
    if first in places and first != name:
        return first
    return next((name[: -len(site)] for site in _GLUED_SITES if name.endswith(site) and name[: -len(site)] in places), None)


@cache
def _surname_words() -> re.Pattern[str]:
    """A Hangul word standing alone of a family name and two syllables: a candidate Korean
    full name (``korean_full_name``)."""
    # one-syllable names as a class of characters, which re scans for much faster than alternatives
    single = "".join(sorted(re.escape(surname) for surname in korean_surnames() if len(surname) == 1))
    double = sorted(re.escape(surname) for surname in korean_surnames() if len(surname) == 2)
    return re.compile(rf"(?<![가-힣A-Za-z0-9])(?:[{single}]|{'|'.join(double)})[가-힣]{{2}}(?![가-힣A-Za-z0-9])")


def titled_persons(text: str, mentions: list[Mention], aliased: frozenset[str] = frozenset()) -> list[Mention]:
    """Korean full names that no pass found, with a job title right after them (`한결의
    이석민 파트너는`) or after the name of their organisation (`여민혁 다솜카드
    데이터사업본부장은`, `나윤재 한국항공대 경영학부 교수는`): a word of a family name and two
    syllables that Kiwi, reading it alone, finds nouns only in (no particle or ending:
    `기업의`, `추천한`), and no common noun of its dictionary (`이사회`), then a title is a
    person; before an organisation and a title, also one that Kiwi reads as other words
    (``_read_apart``: `구하람 한울투자증권 연구원은`). The model's person or organisation with
    just that span is found again, so that the title and organisation stand as its evidence
    (`감세윤`, which Kiwi reads as the common nouns `감세`+`윤`; `서예린`, read as a firm)."""
    guessed = {(m.start, m.end) for m in mentions if m.label in ("PERSON", "ORG") and m.source == "model"}
    cut = {m.start: m.end for m in mentions if m.source == "model"}  # a name cut inside a word: `하서` of `하서진`
    covered = covered_positions(mentions)
    # An organisation's name, found here or anywhere in the article (`다솜카드`, which the
    # model may find only where it stands alone) or given an alias (``aliased``), or its short form.
    named, initials = _with_short_forms({text[m.start : m.end] for m in mentions if m.label == "ORG"} | aliased)
    found = []
    for match in _surname_words().finditer(text):
        name = match.group()
        cut_end = cut.get(match.start())
        unread = cut_end if cut_end is not None and cut_end < match.end() else match.start()
        if not korean_full_name(name) or name.endswith("의") or (match.start(), match.end()) not in guessed and (
                not covered.isdisjoint(range(unread, match.end()))):
            continue  # `온결의 감정사`: a genitive before a title, not a given name
        titled = title_follows(text, match.end(), words=1)
        organised = False
        if not titled:
            titled = organised = _organisation_after(text, match.end(), named, initials)
        if titled and (_nouns_only(name) and not known_common_nouns(name) or organised and _read_apart(name)):
            found.append(Mention(match.start(), match.end(), "PERSON", "titled names"))
    return found


# A Hangul word right before a gloss: `료` of `하세가와 료(Ryo Hasegawa)`.
_GLUED_WORD = re.compile(r"(?<![가-힣])[가-힣]+$")
# A Western full name in a bracketed gloss: `(Anders Vinter)`, `(Mary Ann Lee)`.
_WESTERN_NAME_GLOSS = re.compile(r" ?\(([A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2})\)")
_ONE_OR_TWO_WORDS = re.compile(r" [^\s()]+(?: [^\s()]+)?")


def glossed_titled_person(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name glossed by a Western full name with a title after (`안데르스 빈테르(Anders Vinter)
    교수는`, its organisation between or not: `하세가와 료(Ryo Hasegawa) 시라토리광학 사장은`) is a
    person, all the words the gloss has, and so is the gloss: the model may read such a name word
    by word, as an organisation or a place (`헤르베르트`/LOCATION `디스`/ORG), or not at all. The
    words before it join it if no mention holds them or the model's mention of something other
    than an organisation holds just that word (not `한빛대` of `한빛대 다니엘손(Erik Danielsson) 교수`)."""
    by_span = {(mention.start, mention.end): mention for mention in mentions}
    by_end = {mention.end: mention for mention in mentions}
    absorbed: set[int] = set()
    added = []
    last = None
    for gloss in _WESTERN_NAME_GLOSS.finditer(text):
        # A particle glued to the gloss ends its phrase (`그레이필드벤처스(Greyfield Ventures)에서 …
        # 파트너로`: the title is another's); a gloss right after a person's (`대니얼 오카포(Daniel
        # Okafor) 브리지워크 어드바이저리(Bridgework Advisory) 대표`) names the organisation between.
        after_person = last is not None and (named := by_end.get(last.start())) is not None and (
            named.label == "PERSON" and _ONE_OR_TWO_WORDS.fullmatch(text, last.end(), gloss.start()))
        last = gloss
        if not title_follows(text, gloss.end()) or HANGUL.match(text, gloss.end()) or after_person:
            continue
        mention = by_end.get(gloss.start())
        created = mention is None
        if created:  # nothing read the name: its last word, glued to the gloss, where no mention holds it
            if (word := _GLUED_WORD.search(text, max(0, gloss.start() - 12), gloss.start())) is None or any(
                    m.start < gloss.start() and word.start() < m.end for m in mentions):
                continue
            mention = Mention(word.start(), gloss.start(), "PERSON", "titled glosses")
        if mention.source in TRUSTED:
            continue
        start, words, joined = mention.start, len(gloss.group(1).split()), []
        while len(text[start : mention.end].split()) < words and (
            before := re.search(r"(?<![가-힣A-Za-z0-9])[가-힣]+ $", text[max(0, start - 12) : start])
        ):
            first = start - len(before.group())
            word = by_span.get((first, start - 1))
            if word is not None and (word.source in TRUSTED or word.label == "ORG") or word is None and any(
                m.start < start and first < m.end for m in mentions
            ):
                break
            joined += [word] if word is not None else []
            start = first
        if len(text[start : mention.end].split()) != words:
            continue
        mention.start, mention.label = start, "PERSON"
        absorbed.update(id(word) for word in joined)
        if created:
            added.append(mention)
        if (latin := by_span.get(gloss.span(1))) is not None:
            latin.label = "PERSON"
    return sorted([mention for mention in mentions if id(mention) not in absorbed] + added, key=lambda m: m.start)


def _nouns_only(word: str) -> bool:
    return all(tag.startswith(("NN", "MM")) for tag, _ in reading_alone(word))


def _read_apart(word: str) -> bool:
    """Whether Kiwi reads a word of a name's shape as pieces that make no word of the sentence
    before an organisation: not one common noun (`지난해`), nor a word with a particle (`이번에`)
    or a verb or adjective modifying the name after it (`정해진`, `유명한`). Between a name and a
    title it is a name that Kiwi reads as other words (`편지`+`우`, `구하`+`라`+`ᆷ`), a
    modifier's ending included where no verb opens the reading (`방`+`채`+`어`+`오`+`ㄴ`)."""
    tags = [tag for tag, _ in reading_alone(word)]
    if len(tags) < 2 or tags[-1].startswith("J"):
        return False
    return tags[-1] != "ETM" or not (tags[0] in ("VV", "VA", "XR") or tags[1].startswith("XS"))


def surname_with_a_title(text: str, surname: str) -> bool:
    """Whether the article calls someone by ``surname`` and a title (`한 대표는`), as it calls
    a person it has named in full (`한지수 대표`)."""
    return any(title_in(match.group(1)) for match in re.finditer(rf"(?<![가-힣]){surname} ([가-힣A-Z]+)", text))


def title_follows(text: str, end: int, words: int = _WORDS_BEFORE_TITLE + 1) -> bool:
    """Whether a job title is among the next ``words`` words after ``end``: a word that is one
    (`회장은`), or a Korean word that ends in one (`배터리산업팀장`)."""
    return title_after(text, end, words) is not None


def title_after(text: str, end: int, words: int = _WORDS_BEFORE_TITLE + 1) -> str | None:
    """The first job title among the next ``words`` words after ``end`` (`장민채 휴온 대표는` → 대표)."""
    for word in text[end : end + 40].split(maxsplit=words)[:words]:
        if title := title_in(word.split("(")[0]):  # `최고경영자(CEO)는`
            return title
    return None


