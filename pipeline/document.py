"""The object that flows through the stages.

Each stage reads what earlier stages left here and adds its own part; only the
edges (``pipeline.io``, the CLI) read or write files.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pipeline.schema import Block, Claim, DateRecord, Entity, LinkedEntity, Metadata, Quantity, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipeline.offsets import OffsetMap


@dataclass(frozen=True)
class Tokens:
    """The morph stage's tokens as plain lists, index for index with ``Document.to_spacy()``.

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

    def split_at(self, positions: set[int]) -> Tokens:
        """These tokens with every token that holds one of ``positions`` strictly inside it
        cut there; the pieces keep the token's tags."""
        columns: tuple[list, ...] = ([], [], [], [], [], [], [])
        for index in range(len(self)):
            start, word = self.start[index], self.text[index]
            cuts = [0, *sorted(p - start for p in positions if start < p < start + len(word)), len(word)]
            for number, (a, b) in enumerate(zip(cuts, cuts[1:])):
                last = b == len(word)
                row = (word[a:b], self.tag[index], self.pos[index], self.lemma[index] if not number else word[a:b],
                       start + a, self.space_after[index] and last, self.sent_start[index] and not number)
                for column, value in zip(columns, row):
                    column.append(value)
        text, tag, pos, lemma, starts, space_after, sent_start = columns
        return Tokens(text, tag, pos, lemma, starts, space_after, sent_start)


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

    # extraction stages
    entities: list[Entity] = field(default_factory=list)
    linked_entities: list[LinkedEntity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateRecord] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    # what the stages noticed about the input (``Record.warnings``)
    warnings: list[str] = field(default_factory=list)

    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    def to_spacy(self) -> Doc:
        """The document as a spaCy ``Doc`` — Kiwi's tokens and sentences, the entities found
        as ``doc.ents`` (``kb_id_`` the canonical name, ``id_`` the record's id) — for spaCy's
        tools (displaCy, Matcher). A token that an entity ends or begins inside (`도담리테일테크가`,
        `한미` as one word) is split there, so ``doc.ents`` is exactly the record's entities.
        Built on each call: the stages themselves read ``tokens``."""
        from pipeline.stages.morph import language

        assert self.tokens is not None, "morph has not run"
        table = self.tokens.split_at({edge for e in self.entities for edge in (e.start, e.end)})
        spacy_doc = language().tokenizer.from_table(table)
        spacy_doc.ents = [spacy_doc.char_span(e.start, e.end, label=e.label, kb_id=e.canonical, span_id=e.id)
                          for e in self.entities]
        return spacy_doc

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
