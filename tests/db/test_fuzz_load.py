"""Fuzzing the record validator and the loader, on SQLite and PostgreSQL: any JSON value
in any field of a record (the hand-labelled reference), and any bytes as a record file.
Validation names every problem without raising anything else, a record that passes it
loads, and one that fails it loads nothing. The budget is fixed (tests/hostile.py)."""

from __future__ import annotations

import copy
import itertools
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import db
from pipeline.validate import load_record, problems

from ..hostile import FILE_BYTES, FUZZ, JSON_VALUES, ODD_TEXT, assert_one_line_message, gold

BASE = gold()
NUMBERS = itertools.count()


def _places(value: Any, place: tuple = ()) -> list[tuple]:
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    return [place, *(found for key, child in children for found in _places(child, (*place, key)))]


# Every place in the record (a few thousand), the top-level and metadata fields again so
# that the entities do not drown them, and new keys of ``source``.
PLACES = st.one_of(
    st.sampled_from(_places(BASE)[1:]),
    st.sampled_from([(key,) for key in BASE] + [("metadata", key) for key in BASE["metadata"]]),
    ODD_TEXT.map(lambda key: ("source", key)),
)


def with_value(place: tuple, value: Any) -> dict[str, Any]:
    record = copy.deepcopy(BASE)
    target = record
    for step in place[:-1]:
        target = target[step]
    target[place[-1]] = value
    if place != ("doc_id",):  # each example its own article in the one database of the test
        record["doc_id"] = f"fuzz-{next(NUMBERS)}"
    return record


def verdict(path: Path) -> list[str]:
    """What validation finds wrong with the record file ``path``, in messages."""
    try:
        return problems(load_record(path))
    except ValueError as error:
        assert_one_line_message(error)
        return [str(error)]


def load_one(path: Path, url: str) -> db.LoadOutcome:
    outcomes: list[db.LoadOutcome] = []
    db.load([path], url, on_outcome=outcomes.append)
    (outcome,) = outcomes
    return outcome


@settings(FUZZ, max_examples=120)
@given(place=PLACES, value=JSON_VALUES)
def test_any_value_anywhere_in_a_record_fails_validation_or_loads(database_url: str, place: tuple, value: Any) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "record.json"
        path.write_text(json.dumps(with_value(place, value)), encoding="utf-8")
        found = verdict(path)
        outcome = load_one(path, database_url)
    if found:
        assert outcome.status == "failed", outcome
        assert_one_line_message(outcome.message)
    else:
        assert outcome.status in ("loaded", "unchanged"), outcome


@settings(FUZZ, max_examples=60)
@given(FILE_BYTES)
def test_any_bytes_as_a_record_file_are_refused_with_a_message(database_url: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "record.json"
        path.write_bytes(data)
        assert verdict(path)
        outcome = load_one(path, database_url)
    assert outcome.status == "failed"
    assert_one_line_message(outcome.message)
