"""dbr-extract: structured records from Korean business articles.

    >>> from pipeline import Pipeline
    >>> record = Pipeline().process(text, doc_id="dbr-247")

The pipeline itself lives in ``pipeline.core`` and is imported on first use, so that
the commands that need no NLP (``--help``, ``schema``, ``validate``, ``load``,
``evaluate``) start without loading spaCy or Kiwi.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.2.0"

if TYPE_CHECKING:
    from pipeline.core import STAGES, Pipeline, Stage, StageError, to_record

__all__ = ["STAGES", "Pipeline", "Stage", "StageError", "__version__", "to_record"]


def __getattr__(name: str):
    if name in {"STAGES", "Pipeline", "Stage", "StageError", "to_record"}:
        from pipeline import core

        return getattr(core, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
