"""Passes that find a recognised name again: its glosses and aliases, and its other
occurrences."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.stages.entities.lexicon import (
    HANGUL, cued_label, gazetteer_entries, known_common_nouns, not_entities, reading_alone, unknown_word,
)
from pipeline.stages.entities.cues import cue_before
from pipeline.stages.entities.finders import COMPANY_FORMS, TRADE_ENDINGS
from pipeline.stages.entities.labels import title_follows
from pipeline.stages.entities.mentions import (
    CLOSING_QUOTES, CUED, GLUED_PARTICLES, OPENING_QUOTES, PARTICLE_AFTER_NAME, TRUSTED, Mention, TokenIndex, korean_full_name, occurrences,
    stands_as_a_word,
)
from pipeline.transliteration import romanized

GLOSS_SPLIT = re.compile(r"\s*[,;/]\s*")
# `(이하 KLS)`, `(이하 ‘그린큐브’)`: the name the article uses from here on.
_ALIAS = re.compile(r"이하\s*[‘'“\"]?(?P<alias>[^‘'“\"’”)]+?)[’'”\"]?\s*")
# `(Coralbit Games·이하 코랄빗)`: a gloss, then the alias.
_GLOSS_AND_ALIAS = re.compile(r"(?P<gloss>[^·,]+?)\s*[·,]\s*이하\s*[‘'“\"]?(?P<alias>[^‘'“\"’”)]+?)[’'”\"]?\s*")


def _aliased(text: str, mention: Mention, start: int, end: int) -> list[Mention]:
    """The alias a name's brackets give it (`(이하 KLS)`), with the name's canonical."""
    label, short, canonical = mention.label, text[start:end], mention.canonical or text[mention.start : mention.end]
    found = []
    before = mention.start - len(short) - 1
    if before >= 0 and text[before : mention.start] == short + " " and (before == 0 or not text[before - 1].isalnum()):
        # `메이플테이블 키친(이하 메이플테이블)`: the alias is the first word of the name, which
        # runs back over it; a name so shortened is a body's, not a person's.
        canonical = text[before : mention.end]
        label = "ORG" if label == "PERSON" and not korean_full_name(short) else label
        found.append(Mention(before, mention.end, label, "glosses", canonical))
    found.append(Mention(start, end, label, "glosses", canonical))
    return found


# The opening of an alias's brackets, a gloss first or not: `(이하 `, `(Hanteo Association·이하 ‘`.
_ALIAS_OPENER = r"\((?:[^()·,]+?\s*[·,]\s*)?이하\s*[‘'“\"]?"
# An alias's brackets before it: `세광밸브(이하 세광)`, `(이하 ‘그린큐브’)`, a gloss first
# (`한터중소제조협회(Hanteo Association·이하 한터협회)`).
_ALIAS_OPENS = re.compile(rf"(?P<name>[^\s()]+){_ALIAS_OPENER}$")


def _abbreviates(alias: str, name: str) -> bool:
    """Whether ``alias`` is ``name`` shortened: its beginning (`세광` of `세광밸브`), or
    syllables of it in order from its first (`한전` of `한국전력공사`, `한터협회` of
    `한터중소제조협회`)."""
    if len(name) <= len(alias) or name[0] != alias[0]:
        return False
    rest = iter(name)
    return all(character in rest for character in alias)


def _named_before_alias(text: str, mentions: list[Mention]) -> list[Mention]:
    """The word before an alias's brackets that the alias shortens (`세광밸브(이하 세광)`,
    `한국전력공사(이하 한전)`, where only the alias was read as a name): the full name, with the
    alias's label, canonical of both."""
    found = []
    spans = {(m.start, m.end) for m in mentions}
    for mention in mentions:
        if not text.startswith(")", mention.end) and text[mention.end : mention.end + 1] not in "’'”\"":
            continue  # tested first: it rules out most mentions, and the search costs
        opens = _ALIAS_OPENS.search(text, max(0, mention.start - 100), mention.start)
        if opens is None:
            continue
        alias, name = text[mention.start : mention.end], opens.group("name")
        if _abbreviates(alias, name) and (opens.start(), opens.end("name")) not in spans:
            mention.canonical = name
            found.append(Mention(opens.start(), opens.end("name"), mention.label, "glosses", name))
    return found


# A one-word name and its alias's brackets, a gloss before the alias or not:
# `가늠ESG평가(이하 가늠)`, `세광밸브(Sekwang Valve·이하 세광)`.
_NAME_AND_ALIAS = re.compile(
    rf"(?<![^\s(‘“])(?P<name>[가-힣A-Za-z0-9&]{{2,}}){_ALIAS_OPENER}(?P<alias>[^‘'“\"’”)\s]+)[’'”\"]?\)")
# The word before such a name, which a name of two words opens (`스튜디오 담쟁이`).
_WORD_BEFORE = re.compile(r"(?<![^\s(‘“])([가-힣A-Za-z0-9&]{2,}) $")


@lru_cache(maxsize=1)
def _names_and_aliases(text: str) -> tuple[re.Match[str], ...]:
    """The matches of ``_NAME_AND_ALIAS`` in ``text``, which the glosses of every recurrence
    pass over one article look for in turn."""
    return tuple(_NAME_AND_ALIAS.finditer(text))


def aliased_names(text: str) -> frozenset[str]:
    """The one-word names that give themselves an alias they shorten to, with the aliases
    (`겨레기공`, `겨레` of `겨레기공(이하 겨레)`): organisations' names before any pass reads them."""
    return frozenset(word for match in _names_and_aliases(text) if _abbreviates(match.group("alias"), match.group("name"))
                     for word in (match.group("name"), match.group("alias")))


def _unread_aliased(text: str, mentions: list[Mention], tokens: TokenIndex) -> list[Mention]:
    """A name that gives itself an alias it shortens to (`가늠ESG평가(이하 가늠)`), or a name of
    two words one of which is the alias (`스튜디오 담쟁이(이하 담쟁이)`), where no pass read it or
    its alias: a name that brackets so is an organisation's, unless its ending or a cue noun
    before it says otherwise. Not common nouns a study names its group by (`병동(이하 도입
    병동)`), unless a cue noun stands before them (`감속기 제조사 겨레기공(이하 겨레)`: `겨레`+`기공`)."""
    ends, by_start = {m.end for m in mentions}, {m.start: m for m in mentions}
    found = []
    for match in _names_and_aliases(text):
        start, name, alias = match.start("name"), match.group("name"), match.group("alias")
        read = by_start.get(match.start("alias"))
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        cue = None
        if before is not None and alias in (before.group(1), name):
            start, name = before.start(1), f"{before.group(1)} {name}"  # `스튜디오 담쟁이(이하 담쟁이)`
        elif read is not None or not _abbreviates(alias, name):
            continue  # a read alias of one word is _named_before_alias's
        elif known_common_nouns(name):
            first = tokens.at_start.get(start)
            if first is None or (cue := cue_before(tokens, first)) is None:
                continue  # a study's group (`병동(이하 도입 병동)`)
        if match.end("name") in ends:
            continue
        label = read.label if read is not None else cue or cued_label(name, "ORG")
        found.append(Mention(start, match.end("name"), label, "glosses", name))
        found.append(Mention(match.start("alias"), match.end("alias"), label, "glosses", name))
    return found


def glosses(text: str, mentions: list[Mention], tokens: TokenIndex) -> list[Mention]:
    """Mentions in parentheses right after a name, with its canonical name: glosses
    (`(高橋健太郎)`, `(Volkswagen)`), short forms (`그린큐브팜(그린큐브)`) and aliases (`(이하 KLS)`),
    and the name an alias shortens where only the alias was read (`세광밸브(이하 세광)`)."""
    added: list[Mention] = _named_before_alias(text, mentions) + _unread_aliased(text, mentions, tokens)
    labelled = {(m.start, m.end): m for m in mentions if m.source in CUED}
    for mention in list(mentions):
        if not text.startswith("(", mention.end):
            continue
        close = text.find(")", mention.end + 1)
        if close < 0:
            continue
        inside_start = mention.end + 1
        while inside_start < close and text[inside_start] in "( ":
            inside_start += 1
        inside = text[inside_start:close]
        name = text[mention.start : mention.end]
        canonical = mention.canonical or name
        if alias := _ALIAS.fullmatch(inside):  # `케이로지스솔루션(이하 KLS)`
            added += _aliased(text, mention, inside_start + alias.start("alias"), inside_start + alias.end("alias"))
            continue
        if both := _GLOSS_AND_ALIAS.fullmatch(inside):  # `코랄빗게임즈(Coralbit Games·이하 코랄빗)`
            added += _aliased(text, mention, inside_start + both.start("alias"), inside_start + both.end("alias"))
            inside, close = both.group("gloss"), inside_start + both.end("gloss")
        if HANGUL.search(inside):
            if inside in name and inside != name and inside_start in tokens.at_start:
                added.append(Mention(inside_start, close, mention.label, "glosses", canonical))
            continue
        position = inside_start
        for part in GLOSS_SPLIT.split(inside):
            part_start = text.find(part, position, close)
            position = part_start + len(part)
            if not part or part_start < 0 or not re.search(r"[A-Za-z\u4e00-\u9fff]", part):
                continue
            if (own := labelled.get((part_start, part_start + len(part)))) is not None:
                own.canonical = canonical  # `KLS(Korea Logistics Service)`: its last word says what both name
                continue
            added.append(Mention(part_start, part_start + len(part), mention.label, "glosses", canonical))
    return added


# Sources whose names are names wherever they recur, even where Kiwi reads a common noun.
EVIDENCED = TRUSTED | CUED | {"hanja glosses", "glosses"}


def propagate(text: str, mentions: list[Mention], tokens: TokenIndex) -> list[Mention]:
    """Other occurrences of a recognised name, wherever they stand as a name, also where a
    shorter mention lies inside (`넷마블 신작 발표회` over `넷마블`)."""
    generic = not_entities()
    names: dict[str, Mention] = {}
    for m in mentions:  # a name's evidence is its best-evidenced mention's
        name = text[m.start : m.end]
        if m.source == "book titles":
            continue  # a book's title is one in its marks: `첫 90일` is a phrase elsewhere
        if m.end - m.start >= 2 and name not in generic and (name not in names or m.source in EVIDENCED):
            names[name] = m
    if not names:
        return []
    starts = {m.start: m for m in mentions}
    ends = {m.end for m in mentions}
    covered = _covered(text, mentions)
    named = Counter(text[m.start : m.end] for m in mentions)
    introduced = _introduced(text, mentions, tokens)
    found = []
    for start, end in occurrences(text, names):
        if (existing := starts.get(start)) is not None and existing.end == end:
            continue
        inside = any(covered[start:end])
        if inside and (start > 0 and covered[start - 1] and start not in starts or end < len(text) and covered[end] and end not in ends):
            continue  # it would cut a mention around it
        name = text[start:end]
        source = names[name]
        # A person's or place's name Kiwi holds as common nouns stands only on the article's
        # evidence (the common-noun-names pass): it is shown, and recurs. Any other guess of
        # the model at a word of Kiwi's dictionary (`금융지주`) is not spread.
        common = known_common_nouns(name)
        shown = common and source.label in ("PERSON", "LOCATION")
        if common and not shown and source.source not in EVIDENCED:
            continue
        bounds = tokens.span(start, end)
        misread = bounds is None or any(tag.startswith(("V", "E", "J")) for tag in tokens.tags[bounds[0] : bounds[1] + 1])
        if misread:
            # Kiwi cuts the word elsewhere (`디디다처는` read as a verb): a name of three or more
            # characters still counts as a whole word followed by nothing but a particle.
            if not (end - start >= 3 and stands_as_a_word(text, start, end)):
                continue
        elif not (tokens.is_name(start, end) or source.source in EVIDENCED or shown
                  or source.label == "ORG" and unknown_word(name) and _mostly_named(text, name, named)
                  or source.label == "PRODUCT" and not common and _mostly_named(text, name, named)
                  or name in introduced and not common):
            continue
        if source.label == "PRODUCT" and (company := _runs_the_product(text, start, end)) is not None:
            found.append(company)  # `바로담커머스는` after the app `‘바로담’`: the company running it
            continue
        found.append(Mention(start, end, source.label, "propagation", source.canonical))
    return found


def _runs_the_product(text: str, start: int, end: int) -> Mention | None:
    """The company a product's name and a company form or trade glued to it name
    (`바로담커머스` of the app `바로담`), standing as a word of its own."""
    ending = next((e for e in COMPANY_FORMS + TRADE_ENDINGS if text.startswith(e, end)), None)
    if ending is None or not stands_as_a_word(text, start, end + len(ending)):
        return None
    return Mention(start, end + len(ending), "ORG", "propagation", text[start : end + len(ending)])


def _covered(text: str, mentions: list[Mention]) -> bytearray:
    """A byte per character of ``text``, 1 where a mention covers it."""
    covered = bytearray(len(text))
    for mention in mentions:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    return covered


def _introduced(text: str, mentions: list[Mention], tokens: TokenIndex) -> set[str]:
    """Names a kind noun introduces in quotation marks (`요거트 브랜드 ‘초록결’이`, `앱
    ‘서리워치’를`): the article presents them as names, so they are names where they recur
    as words of Kiwi's guessing (`초록결 요거트`). `브랜드` says a name, though not its label."""
    found = set()
    for mention in mentions:
        first = tokens.at_start.get(mention.start)
        if first is None or first < 2 or tokens.words[first - 1] not in OPENING_QUOTES or text[mention.end : mention.end + 1] not in CLOSING_QUOTES:
            continue
        if tokens.words[first - 2] == "브랜드" or cue_before(tokens, first):
            found.add(text[mention.start : mention.end])
    return found


def _mostly_named(text: str, name: str, named: Counter[str]) -> bool:
    """Whether ``name`` is a mention (``named``: how many mentions each spelling has) at half
    or more of its places. The caller asks that it be no word of Kiwi's: for an organisation,
    a word Kiwi does not know; for a product, no compound of its common nouns (`포근밴드`, not
    `조직문화`)."""
    return 2 * named[name] >= text.count(name)


def family_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The last word of a person's name in several words (`콘티` of `엘레나 콘티`), standing as
    a word of its own after the full name (`콘티 CEO는`, `콘티는`): the person named again,
    as articles name people after the first time."""
    named: dict[str, tuple[int, str]] = {}  # family name → (end of the full name's first mention, canonical)
    for mention in sorted(mentions, key=lambda m: m.start):
        words = text[mention.start : mention.end].split()
        if mention.label == "PERSON" and len(words) > 1 and re.fullmatch(r"[가-힣]{2,}", words[-1]) and all(
            tag.startswith(("N", "S")) for word in words[:-1] for tag, _ in reading_alone(word)
        ):  # not `조용한 권위`, a book the model took for a person
            named.setdefault(words[-1], (mention.end, mention.canonical or " ".join(words)))
    if not named:
        return []
    covered = _covered(text, mentions)
    return [
        Mention(start, end, "PERSON", "family names", named[text[start:end]][1])
        for start, end in occurrences(text, named)
        if start >= named[text[start:end]][0] and not any(covered[start:end]) and stands_as_a_word(text, start, end)
    ]


# Family names that are also the words `前`, `現` and `故` before a title (`전두환 전 대통령`).
_TITLE_PREFIXES = frozenset({"전", "현", "고"})


def titled_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """The family name of a Korean full name, standing as a word of its own with a job title
    after it, after the full name (`오 CTO는` after `오승택`): the person named again (SPEC
    §8: a PERSON mention of the surname, canonical the full name). Of two people with one
    family name, the one named last before it."""
    named: dict[str, list[tuple[int, str]]] = {}  # family name → (end of a full name's mention, canonical)
    for mention in sorted(mentions, key=lambda m: m.start):
        name = text[mention.start : mention.end]
        if mention.label == "PERSON" and korean_full_name(name) and name[:-2] not in _TITLE_PREFIXES:
            named.setdefault(name[:-2], []).append((mention.end, mention.canonical or name))
    if not named:
        return []
    covered = _covered(text, mentions)
    found = []
    # A family name and a space, at a word's start: one found inside a word overlaps none
    # found at a word's start, so passing over it loses none.
    for start, end in occurrences(text, [f"{surname} " for surname in named]):
        end -= 1
        if start and HANGUL.match(text, start - 1):
            continue
        before = [canonical for named_end, canonical in named[text[start:end]] if named_end <= start]
        if before and not any(covered[start:end]) and title_follows(text, end, words=1):
            found.append(Mention(start, end, "PERSON", "titled surnames", before[-1]))
    return found


def short_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """The first part of an organisation's one-word name standing as a word of its own, at
    least twice, after the full name (`도담` after `도담리테일테크`, `세진` after
    `세진로지스`): the article's short form of the name, with its label and canonical.
    Only a part Kiwi does not know counts: a word of Kiwi's dictionary (`미래` of
    `미래에셋`, `나눔` of `나눔데이터재단`) or of the gazetteer (`한국` of `한국전력`) is a
    word first, unless the name's gloss romanizes it as its own first word (`솔기` of
    `솔기스타일(Solgi Style)`: a coined name; not `웹툰` of `Webtoon Entertainment`) or
    Kiwi knows it only as a root (`소담` of `소담바이오로직스`)."""
    listed = gazetteer_entries()
    romanized_words = {  # canonical → the first words of its Latin glosses of two or more words
        m.canonical: words[0].lower() for m in mentions
        if m.canonical and len(words := text[m.start : m.end].split()) > 1 and words[0].isascii()}
    shortened: dict[str, tuple[int, str]] = {}  # part → (end of the full name's first mention, canonical)
    for mention in sorted(mentions, key=lambda m: m.start):
        name = text[mention.start : mention.end]
        if mention.label == "ORG" and re.fullmatch(r"[가-힣]{4,}", name):
            canonical = mention.canonical or name
            for length in range(2, len(name) - 1):
                part = name[:length]
                if part not in shortened and part not in listed and (
                        unknown_word(part) or _a_root(part) or romanized_words.get(canonical) == romanized(part)):
                    shortened[part] = (mention.end, canonical)
    return _standing_parts(text, mentions, shortened, "ORG")


def _a_root(word: str) -> bool:
    """Whether Kiwi reads ``word`` alone as one root (`소담` of `소담하다`), which stands as a
    word of its own, with a particle, only as a name."""
    reading = reading_alone(word)
    return len(reading) == 1 and reading[0][0] == "XR"


def spelt_on(text: str, mentions: list[Mention]) -> None:
    """A short form cut inside its word (`하루카` of `하루카제가`, where Kiwi reads `제` apart)
    runs on as far as the word keeps spelling the longer name it shortens (`하루카제드러그` →
    `하루카제`), where the rest of the word is a particle or nothing."""
    names = {text[m.start : m.end] for m in mentions if m.label == "ORG"}
    for mention in mentions:
        short = text[mention.start : mention.end]
        # Whatever its label, the longer name's joins it; but a place opening a name is a place
        # (`한` of `한일`, `한일산업연구소`).
        if len(short) < 2 or mention.label == "LOCATION" or not HANGUL.match(text, mention.end):
            continue
        for name in names:
            if len(name) > len(short) and name.startswith(short):
                end = mention.end
                while end - mention.start < len(name) and text[end] == name[end - mention.start]:
                    end += 1
                if end > mention.end and PARTICLE_AFTER_NAME.match(text, end):
                    mention.end = end
                    break


def product_short_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """A word of a product's two- or three-word name standing as a word of its own, at least
    twice, after the full name: its first word (`초록별` after `‘초록별 비건라면’`), or what
    follows the maker's name or its first part (`오롯` after `섬강 오롯`, by `섬강낙농협동조합`).
    Not a word of the gazetteer, nor one that Kiwi reads as anything but nouns (`조용한` of
    `조용한 권위`, `제로` of `늘봄식혜 제로`) or as one common noun of its dictionary (`라면`)."""
    listed = gazetteer_entries()
    makers = {text[m.start : m.end] for m in mentions if m.label == "ORG"}
    shortened: dict[str, tuple[int, str]] = {}  # part → (end of the full name's first mention, canonical)
    for mention in sorted(mentions, key=lambda m: m.start):
        words = text[mention.start : mention.end].split()
        if mention.label != "PRODUCT" or not 2 <= len(words) <= 3:
            continue
        part = " ".join(words[1:]) if any(maker.startswith(words[0]) for maker in makers) else words[0]
        if part not in shortened and part not in listed and re.fullmatch("[가-힣]{2,}", part) and _nouns_of_a_name(part):
            shortened[part] = (mention.end, mention.canonical or text[mention.start : mention.end])
    return _standing_parts(text, mentions, shortened, "PRODUCT")


def _standing_parts(text: str, mentions: list[Mention], shortened: dict[str, tuple[int, str]],
                    label: str) -> list[Mention]:
    """Mentions of each part of ``shortened`` (part → end of the full name's first mention,
    canonical) where it stands as a word of its own, after the full name and outside every
    mention, at least twice."""
    if not shortened:
        return []
    covered = _covered(text, mentions)
    # The model's mentions of a short form with its particle glued (`진펑이 49%를`): the model
    # read a name there, which is evidence enough.
    glued = {m.start: m.end for m in mentions if m.source == "model"}
    places: dict[str, list[int]] = {}
    for start, end in occurrences(text, shortened):
        part = text[start:end]
        if start < shortened[part][0] or not stands_as_a_word(text, start, end):
            continue
        if not any(covered[start:end]):
            places.setdefault(part, []).append(start)
        elif glued.get(start) == end + 1 and text[end] in GLUED_PARTICLES:
            places.setdefault(part, []).extend((start, start))
    return [Mention(start, start + len(part), label, "short forms", shortened[part][1])
            for part, starts in places.items() if len(starts) >= 2 for start in sorted(set(starts))]


# What Kiwi may read a coined name as, on its own: nouns, a root (`오롯`), a pronoun (`요거`+`볼`).
_NAME_TAGS = frozenset({"NNG", "NNP", "XR", "NP"})


def _nouns_of_a_name(word: str) -> bool:
    reading = reading_alone(word)
    return all(tag in _NAME_TAGS for tag, _ in reading) and not (len(reading) == 1 and known_common_nouns(word))
