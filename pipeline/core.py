"""The pipeline: the stages in order, run over one ``Document``.

The stages run in the order of ``STAGES`` (``pipeline.stages.NAMES``); each reads the
``Document`` that the earlier ones filled and adds its part.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

from pipeline import __version__
from pipeline.document import Document
from pipeline.schema import Record, Source
from pipeline.stages import NAMES, StageError

Stage = Callable[[Document], None]

STAGES: tuple[tuple[str, Stage], ...] = tuple((name, import_module(f"pipeline.stages.{name}").run) for name in NAMES)


class Pipeline:
    def __init__(self, stages: tuple[tuple[str, Stage], ...] | None = None) -> None:
        """``stages``: None for ``STAGES`` (what a process that does not import the stages
        passes on: ``batch.Stages``)."""
        self.stages = STAGES if stages is None else stages

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
