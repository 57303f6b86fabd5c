"""Stage ``link``: which entity mentions name one entity, its canonical name and its label
(SPEC §3 `canonical`, §8 canonical names).

It reads the entity stage's mentions — each with the canonical name its own evidence
gave (a gloss's name, a gazetteer entry's, or itself) — and joins spellings: a
spelling that a gloss ties to a fuller name, a Latin spelling that sounds like one
Hangul name, a spelling one vowel from a more frequent one. Then one entity, one label.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from pipeline import transliteration
from pipeline.document import Document
from pipeline.resources import gazetteer
from pipeline.schema import Entity
from pipeline.stages.entities.lexicon import HANGUL
from pipeline.stages.entities.mentions import PARTICLE_AFTER_NAME

# How much a mention's label counts towards its entity's label, by the pass that set it:
# a noun beside the name or its own last word states what it is, more surely than a
# curated list of mostly unambiguous names, and that more surely than the model.
VOTES = {"apposition": 5, "longer names": 5, "quoted names": 5, "name endings": 5, "gazetteer": 2,
         "country abbreviations": 2}
_APP = re.compile(r" (?:앱|애플리케이션|어플)")


def run(doc: Document) -> None:
    entities = doc.entities
    _canonicals(entities)
    _consistent_labels(entities)
    _apps(doc.text, entities)


def _one_syllable_apart(a: str, b: str) -> bool:
    """`알라바바` and `알리바바`; not `IEG` and `TEG`, where one letter makes another acronym."""
    if len(a) != len(b) or len(a) < 3:
        return False
    differences = [(x, y) for x, y in zip(a, b) if x != y]
    return len(differences) == 1 and all(HANGUL.match(c) for c in differences[0])


def _canonicals(entities: list[Entity]) -> None:
    """Gloss and short-form links first, then spellings in Latin that sound like one in
    Hangul, then near-identical spellings."""
    short_forms = {e.text: e.canonical for e in entities
                   if e.found_by == "glosses" and HANGUL.search(e.text) and e.text != e.canonical and e.text in e.canonical}
    for entity in entities:
        if entity.canonical == entity.text:  # the article's own `…(short form)` beats a default
            entity.canonical = short_forms.get(entity.text, entity.text)
    _cross_script(entities)
    counts = Counter(e.canonical for e in entities)
    by_length: dict[int, list[str]] = defaultdict(list)
    for spelling, _ in counts.most_common():
        by_length[len(spelling)].append(spelling)
    known = {name for name, _, _ in gazetteer()}
    for entity in entities:
        spelling = entity.canonical
        if spelling in known:
            continue
        for other in by_length[len(spelling)]:
            if counts[other] > counts[spelling] and _one_syllable_apart(spelling, other):
                entity.canonical = other
                break


def _cross_script(entities: list[Entity]) -> None:
    """A name written in Latin only, linked to nothing, that sounds like exactly one Hangul
    name of the article takes that name's canonical (`9Kresearch` → `9K리서치`)."""
    hangul = {e.canonical for e in entities if HANGUL.search(e.canonical)}
    latin = {e.canonical for e in entities if re.search(r"[A-Za-z]", e.canonical) and not HANGUL.search(e.canonical)}
    links = {}
    for spelling in latin:
        alike = [name for name in hangul if transliteration.sound_alike(spelling, name)]
        if len(alike) == 1:
            links[spelling] = alike[0]
    for entity in entities:
        entity.canonical = links.get(entity.canonical, entity.canonical)


def _consistent_labels(entities: list[Entity]) -> None:
    """One entity, one label: the label most of its mentions have (gazetteer labels win ties)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for entity in entities:
        votes[entity.canonical][entity.label] += VOTES.get(entity.found_by or "", 1)
    for entity in entities:
        entity.label = votes[entity.canonical].most_common(1)[0][0]


def _apps(text: str, entities: list[Entity]) -> None:
    """A name right before the word `앱` names the app, whatever its other mentions name:
    `진르터우탸오 앱을 다운로드` is the PRODUCT, where `진르터우탸오는 …` was the company."""
    for entity in entities:
        if (app := _APP.match(text, entity.end)) and PARTICLE_AFTER_NAME.match(text, app.end()):
            entity.label = "PRODUCT"
