"""Passes that find a recognised name again: its other occurrences, short forms, family
names and titled surnames, and the name a word with a particle glued stands for (its glosses
and aliases are ``glosses``'s)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline.stages.entities.lexicon import (
    HANGUL, OPERATOR_WORDS, gazetteer_entries, goods_kinds, known_common_nouns, not_entities, reading_alone, unknown_word,
)
from pipeline.stages.entities.cues import brought_out_spans, cue_before
from pipeline.stages.entities.finders import COMPANY_FORMS, TRADE_ENDINGS
from pipeline.stages.entities.labels import title_follows
from pipeline.stages.entities.mentions import (
    CLOSING_QUOTES, CUED, GLUED_PARTICLES, OPENING_QUOTES, PARTICLE_AFTER_NAME, TRUSTED, Mention, TokenIndex, korean_full_name, occurrences,
    stands_as_a_word,
)
from pipeline.transliteration import romanized

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
        if common and not shown and source.source not in EVIDENCED and name not in introduced:
            continue
        bounds = tokens.span(start, end)
        misread = bounds is None or any(tag.startswith(("V", "E", "J")) for tag in tokens.tags[bounds[0] : bounds[1] + 1])
        if misread:
            # Kiwi cuts the word elsewhere (`디디다처는` read as a verb): a name of three or more
            # characters, or one the article declared (`(이하 벼리)`, then `벼리는` read as a verb),
            # still counts as a whole word followed by nothing but a particle.
            if not ((end - start >= 3 or source.source in EVIDENCED) and stands_as_a_word(text, start, end)):
                continue
        elif not (tokens.is_name(start, end) or source.source in EVIDENCED or shown
                  or source.label == "ORG" and unknown_word(name) and _mostly_named(text, name, named)
                  or source.label == "PRODUCT" and not common and _mostly_named(text, name, named)
                  or name in introduced):
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
    ‘서리워치’를`, `흰 우유 ‘들빛우유’`), or the article puts on the market so (`스마트안경 ‘아이리스
    원’을 개발해 … 내놨다`): the article presents them as names, so they are names where they
    recur as words of Kiwi's guessing (`초록결 요거트`, `아이리스 원의`). A kind of goods
    (``goods_kinds``: `브랜드`, `우유`) says a name, though not its label."""
    found = {text[start:end] for start, end in brought_out_spans(text, launched=True)}
    for mention in mentions:
        first = tokens.at_start.get(mention.start)
        if first is None or first < 2 or tokens.words[first - 1] not in OPENING_QUOTES or text[mention.end : mention.end + 1] not in CLOSING_QUOTES:
            continue
        if tokens.words[first - 2] in goods_kinds() or cue_before(tokens, first):
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


AIRPORT = "국제공항"


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
    airports: dict[str, tuple[int, str]] = {}  # places, as airports are (gold guide)
    for mention in sorted(mentions, key=lambda m: m.start):
        name = text[mention.start : mention.end]
        if name.endswith(AIRPORT) and len(name) > len(AIRPORT):  # `청주국제공항`, `청주공항`: without `국제`
            airports.setdefault(name[: -len(AIRPORT)] + "공항", (mention.end, mention.canonical or name))
        if mention.label == "ORG" and re.fullmatch(r"[가-힣]{4,}", name):
            canonical = mention.canonical or name
            for length in range(2, len(name) - 1):
                part = name[:length]
                if name[length:] in OPERATOR_WORDS:
                    continue  # `가로림공항` of `가로림공항공사` names the airport, not the body that runs it
                if part not in shortened and part not in listed and (
                        unknown_word(part) or _a_root(part) or romanized_words.get(canonical) == romanized(part)):
                    shortened[part] = (mention.end, canonical)
    return _standing_parts(text, mentions, shortened, "ORG") + _standing_parts(text, mentions, airports, "LOCATION")


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
                while end - mention.start < len(name) and end < len(text) and text[end] == name[end - mention.start]:
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


def without_particle(text: str, mention: Mention, names: dict[str, Mention]) -> Mention:
    """Another name of the article with a particle glued, which Kiwi read as one word (`한누리가`
    beside `한누리`), or an organisation's short form so (`오로라가` beside `오로라코믹스`): that name."""
    word = text[mention.start : mention.end]
    for length in (1, 2):
        name = names.get(word[:-length]) or length == 1 and _shortened(word, mention, names)
        particle = PARTICLE_AFTER_NAME.match(text, mention.end - length) if name is not None else None
        if particle is not None and particle.end() == mention.end and len(word) - length > 1:
            canonical = name.canonical if text[name.start : name.end] == word[:-length] else None
            return replace(mention, end=mention.end - length, label=name.label, canonical=canonical)
    return mention


def _shortened(word: str, mention: Mention, names: dict[str, Mention]) -> Mention | None:
    """An organisation named in full whose first syllables ``word`` is, but for a case
    particle glued to it (`오로라가 51%` after `오로라코믹스`): the model read the short form and
    its particle as one word. Not where the word itself begins the name (`레드윌로` of
    `레드윌로 호스피탈리티`)."""
    short = word[:-1]
    if mention.source != "model" or len(short) < 2 or not HANGUL.match(short) or word[-1] not in GLUED_PARTICLES:
        return None
    return next((name for full, name in names.items()
                 if name.label == "ORG" and full.startswith(short) and not full.startswith(word)), None)
