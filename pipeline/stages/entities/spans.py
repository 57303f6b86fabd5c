"""Passes that set where a mention begins and ends: completing names the model cut
short, whole Latin names, nested places."""

from __future__ import annotations

import re

from pipeline.stages.entities.lexicon import HANGUL, cued_label, gazetteer_entries, gazetteer_places, glued_title
from pipeline.stages.entities.mentions import CONNECTORS, LATIN_OR_DIGIT, NAME_SUFFIXES, Mention, TokenIndex, merge

MODEL_NUMBER = re.compile(r" [A-Z0-9]{1,3}(?![\w.])")


def complete(tokens: TokenIndex, mention: Mention) -> None:
    """Extend a name the model cut short: to the start of its word, Latin letters and digits
    (`9K리서치`) or Hangul (`경남경찰청`: a Korean compound is one word), to the `+` signs
    after it (`Face++`), a model letter after a product (`레이븐 H`), and the rest of its
    word when that ends in a label cue (`광화` in `광화관리학원`); a place glued to a
    nationality suffix is cut to the place (`중국인`)."""
    text = tokens.text
    while mention.start > 0 and text[mention.start - 1].isascii() and text[mention.start - 1].isalnum() and (
        text[mention.start].isascii() and text[mention.start].isalnum()
    ):
        mention.start -= 1
    while mention.start > 0 and HANGUL.match(text, mention.start - 1) and HANGUL.match(text, mention.start):
        mention.start -= 1
    while text.startswith("+", mention.end):
        mention.end += 1
    while mention.end - mention.start > 1 and text[mention.end - 1] in "/·-":
        mention.end -= 1
    name = text[mention.start : mention.end]
    if name[-1:] in NAME_SUFFIXES and (entry := gazetteer_entries().get(name[:-1])) is not None:
        mention.end, mention.label = mention.end - 1, entry[0]  # `중국인` → `중국`
    elif mention.label in ("ORG", "LOCATION") and (title := glued_title(name)):
        mention.end -= len(title)
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

CAPITALISED = re.compile(r"[A-Z][A-Za-z0-9+.'-]*")


def whole_latin_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Latin name is its whole run of capitalised words (with `of`, `&`, … between them):
    the model's pieces `Stanford Question` + `Answering Dataset` are one name."""
    grown = []
    for mention in mentions:
        if not LATIN_OR_DIGIT.match(text, mention.start) or HANGUL.search(text, mention.start, mention.end):
            grown.append(mention)
            continue
        start, end = mention.start, mention.end
        while (word := re.search(r"([^\s(]+) $", text[max(0, start - 40) : start])) and (
            CAPITALISED.fullmatch(word.group(1)) or word.group(1) in CONNECTORS
        ):
            start -= len(word.group(0))
        while (word := re.match(r" (\S+?)(?=[\s,;()’”']|$)", text[end : end + 40])) and (
            CAPITALISED.fullmatch(word.group(1)) or word.group(1) in CONNECTORS
        ):
            end += len(word.group(0))
        while (first := text[start:end].split(" ", 1)[0]) in CONNECTORS and " " in text[start:end]:
            start += len(first) + 1
        while (last := text[start:end].rsplit(" ", 1)[-1]) in CONNECTORS and " " in text[start:end]:
            end -= len(last) + 1
        grown.append(Mention(start, end, mention.label, mention.source, mention.canonical))
    return merge(text, [], sorted(grown, key=lambda m: (m.start, m.start - m.end)))

# Korean administrative units: provinces, cities, districts …, and short village names
# (`양남면`, `대화리`; a long word ending in 리 is rather `테크노밸리`).
ADMINISTRATIVE_SUFFIX = re.compile(r"[가-힣]{1,6}[시도구군주성현]|[가-힣]{1,3}[동읍면리]")


def split_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """Nested place names are separate mentions (SPEC §8): `경북 경주시 양남면` → three."""
    places = gazetteer_places()
    result = []
    for mention in mentions:
        name = text[mention.start : mention.end]
        if mention.label != "LOCATION" or " " not in name:
            result.append(mention)
            continue
        parts: list[list[int]] = []
        for word in re.finditer(r"\S+", name):
            if parts and len(word.group()) == 1:  # `미시간 주`: a lone suffix belongs to its name
                parts[-1][1] = word.end()
            else:
                parts.append([word.start(), word.end()])
        words = [name[s:e] for s, e in parts]
        if len(words) > 1 and all(w in places or ADMINISTRATIVE_SUFFIX.fullmatch(w) for w in words):
            result.extend(Mention(mention.start + s, mention.start + e, "LOCATION", mention.source) for s, e in parts)
        else:
            result.append(mention)
    return result
