"""The claims stage's word lists, read once from ``resources/claim_words.tsv``, where each
entry says where it came from (SPEC, the gold guide, grammar, the dev split)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline.resources import claim_words


def words(name: str) -> frozenset[str]:
    return frozenset(word for word, _ in claim_words()[name])


def in_order(name: str) -> tuple[str, ...]:
    return tuple(word for word, _ in claim_words()[name])


def mapping(name: str) -> dict[str, str]:
    return dict(claim_words()[name])


def names(lemma: str, word: str) -> bool:
    """Whether a token's lemma is the word, or a compound ending in it (`배송시간`, `물류센터`);
    a one-syllable word only as itself."""
    return lemma == word or (len(word) > 1 and lemma.endswith(word))


@dataclass(frozen=True)
class EventRule:
    """An event word's kind, and the classes of object it needs (none: any object)."""

    kind: str
    objects: frozenset[str]


@cache
def event_rules(name: str) -> dict[str, tuple[EventRule, ...]]:
    """Event word → its rules, the first that fits wins (`열다`: a factory is founded,
    a service launched). One dict per list, shared: read, never changed."""
    rules: dict[str, list[EventRule]] = {}
    for word, value in claim_words()[name]:
        kind, _, classes = value.partition("@")
        rules.setdefault(word, []).append(EventRule(kind, frozenset(filter(None, classes.split(",")))))
    return {word: tuple(found) for word, found in rules.items()}
