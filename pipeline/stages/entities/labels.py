"""Passes that set a mention's label from the name itself."""

from __future__ import annotations

import re

from pipeline.stages.entities.lexicon import cued_label
from pipeline.stages.entities.mentions import Mention


def cue_labels(text: str, mentions: list[Mention]) -> None:
    """A model mention whose last word says what it names (`Astra Capital`, `…연구소`) takes
    that label, and it counts in the entity's vote as a noun beside it would: the acronym
    `CLS` is the ORG its expansion names, whatever the model made of `CLS`."""
    for mention in mentions:
        if mention.source == "model" and (label := cued_label(text[mention.start : mention.end], "")):
            mention.label, mention.source = label, "name endings"


def person_shaped(text: str, mentions: list[Mention]) -> None:
    """A person's name is at most four syllables in one Korean word: a longer single word
    the model calls a person (`진르터우탸오`) names an organisation."""
    for mention in mentions:
        if mention.label == "PERSON" and re.fullmatch(r"[가-힣]{5,}", text[mention.start : mention.end]):
            mention.label = "ORG"
