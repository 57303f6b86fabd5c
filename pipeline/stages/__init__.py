"""The stages, one module each: ``pipeline.stages.<name>.run(doc)`` reads what the earlier
stages added to the ``Document`` and adds its part.

Only their names and order are here, so that a process that schedules the work and runs
none of it (the batch's main process with workers, the Ray driver) can name the stages
without importing them, and with them spaCy and Kiwi.
"""

from __future__ import annotations

NAMES = ("clean", "morph", "quantities", "dates", "entities", "link", "claims")


class StageError(Exception):
    """A stage failed on one document; names the stage."""

    def __init__(self, stage: str, error: Exception) -> None:
        super().__init__(f"stage {stage}: {type(error).__name__}: {error}")
        self.stage = stage
