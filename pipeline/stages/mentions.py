"""Helpers shared by the stages that find mentions in ``Document.text``."""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.document import Document

HANGUL = re.compile(r"[가-힣]")

# Where in a period a date falls (`2020년 말`), which the date's span leaves out as its
# qualifier; the dates stage reads them, and the claims stage knows a figure after one.
POSITION_WORDS = ("초반", "초", "중순", "중반", "말경", "말", "후반", "하순", "상순", "중")


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

    def tag_before(self, position: int) -> str:
        """Kiwi's tag of the last token before ``position`` on its line, spaces skipped;
        ``""`` if none."""
        table = self.doc.tokens
        if table is None:
            return ""
        index = bisect_right(table.start, position - 1) - 1
        while index >= 0 and (table.is_space(index) or table.end(index) > position):
            index -= 1
        if index < 0 or "\n" in self.doc.text[table.end(index) : position]:
            return ""
        return table.tag[index]
