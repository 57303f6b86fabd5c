from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import Pipeline
from pipeline.schema import Record

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "corpus" / "dbr-247-bat-ai-strategy.txt"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def reference_text() -> str:
    return REFERENCE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reference(pipeline: Pipeline, reference_text: str) -> Record:
    return pipeline.process(reference_text, doc_id=REFERENCE.stem, source={"path": "corpus/" + REFERENCE.name})
