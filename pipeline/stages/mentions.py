"""Helpers shared by the stages that find mentions in ``Document.text``."""

from __future__ import annotations

import re

from pipeline.document import Document

HANGUL = re.compile(r"[가-힣]")


class WordEnds:
    """Whether a position ends a word, by Kiwi's morphemes where Hangul follows.

    `5대 AI` and `5대학` both read `5대` to a regex; only the morphemes tell the
    counter from the start of a noun. The token ends are collected on first
    use, so documents whose matches are all followed by a space or a sign
    never pay for them.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._token_ends: frozenset[int] | None = None

    def __call__(self, position: int) -> bool:
        text = self.doc.text
        if position >= len(text) or not HANGUL.match(text, position):
            return True
        if self._token_ends is None:
            table = self.doc.tokens
            self._token_ends = frozenset(table.end(i) for i in range(len(table))) if table is not None else frozenset()
        return position in self._token_ends
