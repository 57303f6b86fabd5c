"""Fuzzing the edges: arbitrary bytes, arbitrary JSON values in every field, extreme
numbers, odd Unicode (lone surrogates, NUL, RTL marks, zero-width and combining
characters) and long names, through the readers, the JSONL parser, a batch and the
file names of records (the record validator and the loader: tests/db/test_fuzz_load.py).
Whatever comes in, each raises nothing but its own kind of error, and what it writes
validates.

The budget is fixed (``max_examples``, ``derandomize``): the same examples on every run,
so CI time does not vary.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import batch
from pipeline.io import Article, BadInput, InputError, decode, read_articles, write_atomic
from pipeline.stages import clean
from pipeline.validate import load_record, problems, value_problems

from .hostile import (
    ARTICLE_TEXT, EXTREME_NUMBERS, FILE_BYTES, FUZZ, JSON_VALUES, ODD_TEXT, SURROGATE, assert_one_line_message,
)

ONLY_CLEAN = (("clean", clean.run),)

JSONL_LINE = st.fixed_dictionaries(
    {"id": st.one_of(ODD_TEXT, st.integers(), EXTREME_NUMBERS, JSON_VALUES), "text": st.one_of(ARTICLE_TEXT, JSON_VALUES)},
    optional={"url": JSON_VALUES, "extra": JSON_VALUES},
).flatmap(lambda line: st.dictionaries(ODD_TEXT, JSON_VALUES, max_size=3).map(lambda more: {**more, **line}))
RAW_LINE = st.binary(max_size=120).filter(lambda data: b"\n" not in data)


def jsonl(lines: list[Any]) -> bytes:
    """Lines of JSON (``json.dumps`` writes NaN, Infinity and lone surrogates as Python reads them) or raw bytes."""
    return b"\n".join(line if isinstance(line, bytes) else json.dumps(line).encode() for line in lines) + b"\n"


@FUZZ
@given(FILE_BYTES)
def test_any_bytes_are_text_or_a_named_problem(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except BadInput as error:
        assert_one_line_message(str(error))
        return
    assert encoding in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp949")
    assert text.strip() and not SURROGATE.search(text)


@FUZZ
@given(page=FILE_BYTES, lines=st.lists(st.one_of(JSONL_LINE, RAW_LINE), max_size=6))
def test_the_readers_take_any_file_and_yield_only_storable_articles(page: bytes, lines: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as directory:
        (Path(directory) / "page.txt").write_bytes(page)
        (Path(directory) / "batch.jsonl").write_bytes(jsonl(lines))
        items = list(read_articles([Path(directory)]))
    blank = sum(1 for line in lines if isinstance(line, bytes) and not line.strip())
    assert len(items) == 1 + len(lines) - blank
    for item in items:
        if isinstance(item, InputError):
            assert_one_line_message(item)
            continue
        assert isinstance(item, Article)
        assert value_problems({"id": item.doc_id, "text": item.text, "source": item.source}) == []
        json.dumps(item.source, allow_nan=False, ensure_ascii=False).encode("utf-8")


@settings(FUZZ, max_examples=60)
@given(lines=st.lists(st.one_of(JSONL_LINE, RAW_LINE), min_size=1, max_size=5))
def test_a_batch_of_any_lines_finishes_writes_only_valid_records_and_reruns(lines: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as directory:
        source, out = Path(directory) / "batch.jsonl", Path(directory) / "out"
        source.write_bytes(jsonl(lines))
        summary = batch.run([source], out, workers=1, stages=ONLY_CLEAN)
        errors = [json.loads(line) for line in (out / batch.ERRORS).read_text(encoding="utf-8").splitlines()]
        records = sorted(p for p in out.glob("*.json") if p.name != batch.MANIFEST)
        assert summary.done == len(records) and summary.failed == len(errors)
        for error in errors:
            assert re.fullmatch(re.escape(str(source)) + r":\d+", error["file"]) and error["message"]
            assert_one_line_message(error["message"])
        for record in records:
            assert problems(load_record(record)) == []
        again = batch.run([source], out, workers=1, stages=ONLY_CLEAN)
        assert (again.done, again.skipped, again.failed) == (0, summary.done, summary.failed)


DOC_IDS = st.one_of(ODD_TEXT, st.text(alphabet="가나다abc-_ ", min_size=60, max_size=120), st.just("가" * 84))


@FUZZ
@given(DOC_IDS)
def test_a_doc_id_is_refused_or_names_a_record_file_that_can_be_written(doc_id: str) -> None:
    if SURROGATE.search(doc_id):
        return  # the readers refuse these (see above): they never reach a file name
    problem = batch._unsafe_doc_id(doc_id)
    if problem is not None:
        assert_one_line_message(problem)
        return
    with tempfile.TemporaryDirectory() as directory:
        target = Path(directory) / f"{doc_id}.json"
        write_atomic(target, "{}")
        assert os.listdir(directory) == [f"{doc_id}.json"] and target.read_text() == "{}"
