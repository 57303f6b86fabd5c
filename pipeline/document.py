"""The object that flows through the stages.

Each stage reads what earlier stages left here and adds its own part; only the
edges (``pipeline.io``, the CLI) read or write files.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pipeline.schema import Block, Claim, DateRecord, Entity, Metadata, Quantity, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipeline.offsets import OffsetMap


@dataclass(frozen=True)
class Tokens:
    """The morph stage's tokens as plain lists, index for index with ``Document.spacy_doc``.

    Stages that scan tokens in Python read these: making a spaCy ``Token`` object for
    every token costs more than most scans themselves.
    """

    text: list[str]
    tag: list[str]  # Kiwi's tags, joined with ``+``; ``_SP`` for whitespace
    pos: list[str]
    lemma: list[str]
    start: list[int]
    space_after: list[bool]
    sent_start: list[bool]

    def __len__(self) -> int:
        return len(self.text)

    def end(self, index: int) -> int:
        return self.start[index] + len(self.text[index])

    def is_space(self, index: int) -> bool:
        return self.tag[index] == "_SP"


@dataclass
class Document:
    doc_id: str
    raw: str
    source: dict[str, Any] = field(default_factory=dict)

    # clean
    text: str = ""
    offsets: OffsetMap | None = None
    metadata: Metadata = field(default_factory=Metadata)
    blocks: list[Block] = field(default_factory=list)

    # morph
    sentences: list[Sentence] = field(default_factory=list)
    tokens: Tokens | None = None
    spacy_doc: Doc | None = None

    # extraction stages
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateRecord] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw-input offsets of the cleaned span ``[start, end)``."""
        assert self.offsets is not None, "clean has not run"
        return self.offsets.raw_span(start, end)

    def sentence_at(self, position: int) -> Sentence:
        """The sentence that contains (or last starts before) cleaned position ``position``."""
        if len(self._sentence_starts) != len(self.sentences):
            self._sentence_starts = [s.start for s in self.sentences]
        index = max(bisect_right(self._sentence_starts, position) - 1, 0)
        return self.sentences[index]

    def sentence_holding(self, start: int, end: int) -> Sentence | None:
        """The sentence that holds all of ``[start, end)``, if one does."""
        if not self.sentences:
            return None
        sentence = self.sentence_at(start)
        return sentence if sentence.start <= start and end <= sentence.end else None
