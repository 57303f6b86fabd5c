"""The NER validation sets are hand-labelled gold that no training file may hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
VALIDATION_SETS = [ROOT / "tests" / "ner" / name for name in ("validation.jsonl", "business-validation.jsonl")]
TRAINING_FILES = [ROOT / "training" / "ner" / name for name in ("gold-train.jsonl", "genre-train.jsonl")]
LABELS = {"PERSON", "ORG", "LOCATION", "PRODUCT", "EVENT"}


def _items(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("path", VALIDATION_SETS, ids=lambda p: p.name)
def test_every_entity_spans_its_text_in_order_without_overlap(path: Path) -> None:
    for item in _items(path):
        end = 0
        for entity in item["entities"]:
            assert entity["label"] in LABELS, item["id"]
            assert item["text"][entity["start"] : entity["end"]] == entity["text"], item["id"]
            assert entity["start"] >= end and entity["end"] > entity["start"], item["id"]
            end = entity["end"]


@pytest.mark.parametrize("path", VALIDATION_SETS, ids=lambda p: p.name)
def test_no_validation_sentence_is_trained_on(path: Path) -> None:
    trained = {item["text"] for training in TRAINING_FILES for item in _items(training)}
    assert not [item["id"] for item in _items(path) if item["text"] in trained]
