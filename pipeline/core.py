"""The pipeline: the stages in order, run over one ``Document``.

The stages run in the order of ``STAGES``; each reads the ``Document`` that the
earlier ones filled and adds its part.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline import __version__
from pipeline.document import Document
from pipeline.schema import Record, Source
from pipeline.stages import claims, clean, dates, entities, link, morph, quantities

Stage = Callable[[Document], None]

STAGES: tuple[tuple[str, Stage], ...] = (
    ("clean", clean.run),
    ("morph", morph.run),
    ("quantities", quantities.run),
    ("dates", dates.run),
    ("entities", entities.run),
    ("link", link.run),
    ("claims", claims.run),
)


class StageError(Exception):
    """A stage failed on one document; names the stage."""

    def __init__(self, stage: str, error: Exception) -> None:
        super().__init__(f"stage {stage}: {type(error).__name__}: {error}")
        self.stage = stage


class Pipeline:
    def __init__(self, stages: tuple[tuple[str, Stage], ...] = STAGES) -> None:
        self.stages = stages

    def run(self, doc: Document, on_stage: Callable[[str], None] | None = None) -> Document:
        """Runs the stages over ``doc``; ``on_stage`` is told each stage's name as it starts."""
        for name, stage in self.stages:
            if on_stage is not None:
                on_stage(name)
            try:
                stage(doc)
            except Exception as error:
                raise StageError(name, error) from error
        return doc

    def process(
        self, text: str, doc_id: str, source: dict[str, Any] | None = None,
        on_stage: Callable[[str], None] | None = None,
    ) -> Record:
        doc = self.run(Document(doc_id=doc_id, raw=text, source=dict(source or {})), on_stage)
        return to_record(doc)


def to_record(doc: Document) -> Record:
    import hashlib

    source = {"path": None, **doc.source}
    source.setdefault("sha256", hashlib.sha256(doc.raw.encode("utf-8")).hexdigest())
    source.setdefault("chars", len(doc.raw))
    return Record(
        doc_id=doc.doc_id,
        pipeline_version=__version__,
        source=Source(**source),
        metadata=doc.metadata,
        text=doc.text,
        blocks=doc.blocks,
        sentences=doc.sentences,
        linked_entities=doc.linked_entities,
        entities=doc.entities,
        quantities=doc.quantities,
        dates=doc.dates,
        claims=doc.claims,
        warnings=doc.warnings,
    )
