"""Passes that find a recognised name again: its glosses, its other occurrences, the
rest of a name after its owner, and its misspellings."""

from __future__ import annotations

import re

from pipeline import transliteration
from pipeline.stages.entities.lexicon import HANGUL, label_cues, not_entities
from pipeline.stages.entities.mentions import (
    CUED, KOREAN_WORD, TRUSTED, Mention, TokenIndex, begins_phrase, covered_positions, stands_as_a_word,
)

GLOSS_SPLIT = re.compile(r"\s*[,;/]\s*")


def glosses(text: str, mentions: list[Mention], tokens: TokenIndex) -> list[Mention]:
    """Mentions in parentheses right after a name, with its canonical name: glosses
    (`(李彦宏)`, `(Baidu)`) and short forms (`메이퇀디엔핑(메이퇀)`)."""
    added: list[Mention] = []
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
                own.canonical = canonical  # `WXG(Weixin Group)`: its last word says what both name
                continue
            added.append(Mention(part_start, part_start + len(part), mention.label, "glosses", canonical))
    return added


# Sources whose names are names wherever they recur, even where Kiwi reads a common noun.
EVIDENCED = TRUSTED | CUED | {"hanja glosses", "person before title", "glosses", "acronyms"}


def propagate(text: str, mentions: list[Mention], tokens: TokenIndex) -> list[Mention]:
    """Other occurrences of a recognised name, wherever they stand as a name, also where a
    shorter mention lies inside (`바이두 브레인` over `바이두`)."""
    generic = not_entities()
    names: dict[str, Mention] = {}
    for m in mentions:  # a name's evidence is its best-evidenced mention's
        name = text[m.start : m.end]
        if m.end - m.start >= 2 and name not in generic and (name not in names or m.source in EVIDENCED):
            names[name] = m
    if not names:
        return []
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    starts = {m.start: m for m in mentions}
    ends = {m.end for m in mentions}
    covered = bytearray(len(text))
    for mention in mentions:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if (existing := starts.get(start)) is not None and existing.end == end:
            continue
        inside = any(covered[start:end])
        if inside and (start > 0 and covered[start - 1] and start not in starts or end < len(text) and covered[end] and end not in ends):
            continue  # it would cut a mention around it
        source = names[match.group()]
        bounds = tokens.span(start, end)
        misread = bounds is None or any(tag.startswith(("V", "E", "J")) for tag in tokens.tags[bounds[0] : bounds[1] + 1])
        if misread:
            # Kiwi cuts the word elsewhere (`디디다처는` read as a verb): a name of three or more
            # characters still counts as a whole word followed by nothing but a particle.
            if not (end - start >= 3 and stands_as_a_word(text, start, end)):
                continue
        elif not (tokens.is_name(start, end) or source.source in EVIDENCED):
            continue
        found.append(Mention(start, end, source.label, "propagation", source.canonical))
    return found


def owned_short_forms(tokens: TokenIndex, mentions: list[Mention]) -> list[Mention]:
    """A name that begins with its owner's name (`바이두 브레인`, `바이두 스마트 클라우드`) is
    named by the rest alone after it (`브레인을 통해`), where that rest begins a phrase:
    no noun comes before it (`스마트 클라우드` in `AI 스마트 클라우드` is not the name)."""
    text = tokens.text
    organisations = {text[m.start : m.end] for m in mentions if m.label == "ORG"}
    generic, korean_cues = not_entities(), label_cues()[0]
    covered = covered_positions(mentions)
    found = []
    rests: dict[str, Mention] = {}
    for mention in mentions:
        owner, _, rest = text[mention.start : mention.end].partition(" ")
        if mention.label in ("PRODUCT", "EVENT") and owner in organisations and len(rest) >= 2 and (
            rest not in generic and rest not in korean_cues
        ):
            rests.setdefault(rest, mention)
    for rest, mention in rests.items():
        for match in re.finditer(re.escape(rest), text[mention.end :]):
            start, end = mention.end + match.start(), mention.end + match.end()
            if covered.isdisjoint(range(start, end)) and stands_as_a_word(text, start, end) and begins_phrase(tokens, start):
                found.append(Mention(start, end, mention.label, "owner short forms", mention.canonical or text[mention.start : mention.end]))
                covered.update(range(start, end))
    return found


def misspelt(text: str, mentions: list[Mention]) -> list[Mention]:
    """Words spelt like a recognised name of four or more syllables but for one vowel
    (`위쳇페이` for `위챗페이`, `알라바바` for `알리바바`), standing as a word, are that name."""
    names: dict[tuple[tuple[int, int], ...], Mention] = {}
    for mention in mentions:
        name = text[mention.start : mention.end]
        if len(name) >= 4 and KOREAN_WORD.fullmatch(name):
            names.setdefault(consonant_frame(name), mention)
    if not names:
        return []
    lengths = {len(frame) for frame in names}
    first_syllables = {frame[0] for frame in names}
    covered = covered_positions(mentions)
    found = []
    for word in re.finditer(r"(?<![가-힣])[가-힣]{4,}", text):
        start = word.start()
        if consonant_frame(text[start])[0] not in first_syllables or start in covered:
            continue
        for length in lengths:
            end = start + length
            source = names.get(consonant_frame(text[start:end])) if end <= word.end() else None
            if source is None or not stands_as_a_word(text, start, end):
                continue
            spelling = text[source.start : source.end]
            if sum(a != b for a, b in zip(spelling, text[start:end])) == 1:
                found.append(Mention(start, end, source.label, "misspellings", source.canonical or spelling))
    return found


def consonant_frame(word: str) -> tuple[tuple[int, int], ...]:
    """Each syllable's initial and final consonant: the spelling without its vowels."""
    return tuple((initial, final) for initial, _, final in map(transliteration.syllable_parts, word))
