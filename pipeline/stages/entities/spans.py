"""The pass that sets where a mention begins and ends: completing names the model cut
short, and cutting glued titles and suffixes off."""

from __future__ import annotations

import re

from pipeline.stages.entities.lexicon import HANGUL, cued_label, gazetteer_entries, glued_title
from pipeline.stages.entities.mentions import NAME_SUFFIXES, Mention, TokenIndex

MODEL_NUMBER = re.compile(r" [A-Z0-9]{1,3}(?![\w.])")


def complete(tokens: TokenIndex, mention: Mention) -> None:
    """Extend a name the model cut short: to the start of its word, Latin letters and digits
    (`GS25`) or Hangul (`경남경찰청`: a Korean compound is one word), to the `+` signs
    after it (`Face++`), a model letter after a product (`ID.버즈 X`), and the rest of its
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






