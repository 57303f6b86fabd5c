"""Hostile record files, shared by the validate tests (tests/test_reliability.py) and the
load tests (tests/db/test_hostile_records.py): each made here from the hand-labelled
reference record, with the message a user sees for it."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from .conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "dev" / "dbr-247-bat-ai-strategy.json"


def gold() -> dict[str, Any]:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def with_value(path: str, value: Any) -> Callable[[dict[str, Any]], bytes]:
    """A record file whose value at ``path`` (``metadata.issue_number``) is ``value``, as JSON
    that Python's reader takes (lone surrogates as escapes, NaN and Infinity written out)."""

    def make(record: dict[str, Any]) -> bytes:
        record = copy.deepcopy(record)
        *parents, last = path.split(".")
        target: Any = record
        for step in parents:
            target = target[int(step)] if isinstance(target, list) else target[step]
        target[int(last) if isinstance(target, list) else last] = value
        return json.dumps(record).encode("ascii")

    return make


def nested(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = [value]
    return value


# (case, the file's bytes from a valid record, the start of the message naming the problem)
BAD_RECORDS: list[tuple[str, Callable[[dict[str, Any]], bytes], str]] = [
    ("integer beyond 64 bits", with_value("metadata.issue_number", 10**30),
     "metadata.issue_number: the integer 1000000000000000000000000000000 is outside the 64-bit range"),
    ("integer just beyond 64 bits", with_value("entities.3.start", 2**63),
     "entities.3.start: the integer 9223372036854775808 is outside the 64-bit range"),
    ("Infinity", with_value("quantities.0.value", float("inf")),
     "quantities.0.value: Infinity is not a JSON number"),
    ("NaN in an extra key of source", with_value("source.views", float("nan")),
     "source.views: NaN is not a JSON number"),
    ("lone surrogate in the title", with_value("metadata.title", "BAT의 AI \ud800전략"),
     "metadata.title: a lone surrogate (U+D800) at character 8, which is not Unicode"),
    ("lone surrogate in a key of source", with_value("source.\udc80url", "https://dbr.donga.com"),
     "source: the key `\\udc80url` holds a lone surrogate (U+DC80) at character 0"),
    ("NUL in a canonical name", with_value("entities.0.canonical", "알리\x00바바"),
     "entities.0.canonical: a NUL character (U+0000) at character 2, which PostgreSQL cannot store"),
    ("nesting 100 deep in source", with_value("source.tags", nested(100)),
     "source.tags.0.0.0"),
    ("not UTF-8", lambda record: json.dumps(record, ensure_ascii=False).encode("utf-16"),
     "cannot read JSON: not UTF-8 text"),
    ("empty file", lambda record: b"", "cannot read JSON: empty file"),
    ("a JSON array", lambda record: json.dumps([record]).encode(), "not a record: the file holds an array"),
    ("JSON null", lambda record: b"null", "not a record: the file holds null"),
    ("integer of 5000 digits", lambda record: b'{"doc_id": "x", "n": ' + b"7" * 5000 + b"}",
     "cannot read JSON: not JSON this program can read (an integer of more than 4300 digits)"),
    ("nesting 100000 deep", lambda record: b"[" * 100_000, "cannot read JSON: not JSON this program can read (nested"),
    ("truncated", lambda record: json.dumps(record).encode()[:500], "cannot read JSON: not JSON ("),
]


# The fuzz tests (tests/test_fuzz.py, tests/db/test_fuzz_load.py): a fixed budget, the
# same examples on every run (so CI time does not vary), no example database on disk.
FUZZ = settings(
    max_examples=200, derandomize=True, database=None, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
SURROGATE = re.compile("[\ud800-\udfff]")


def assert_one_line_message(message: object) -> None:
    """A message a user reads: not empty, one line, printable in UTF-8."""
    text = str(message)
    assert text and "\n" not in text and not SURROGATE.search(text), text


ODD_CHARACTERS = st.one_of(
    st.sampled_from(["\x00", "\u202e", "\u200f", "\u200b", "\u200d", "\ufeff", "\u0301", "\u3099", "\u2028", "\r",
                     "\n", "\t", "\x7f", "\ufffd", "\U0001f600", "\U000e0001", "가", "\u1100\u1161", "<p>", "%PDF-"]),
    st.characters(categories=["Cs"]),  # lone surrogates, legal in JSON as escapes
    st.characters(),
)
ODD_TEXT = st.one_of(st.text(max_size=30), st.lists(ODD_CHARACTERS, max_size=20).map("".join))
EXTREME_NUMBERS = st.sampled_from([
    2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 10**30, -(10**30), 10**4000, 1e308, -1e308, 5e-324, -0.0,
    float("inf"), float("-inf"), float("nan"),
])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | EXTREME_NUMBERS | ODD_TEXT,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(ODD_TEXT, children, max_size=4),
    max_leaves=12,
) | st.integers(60, 70).map(nested)
ARTICLE_TEXT = st.one_of(
    ODD_TEXT,
    st.tuples(st.just("김철수 | 300호 (2020년 7월 Issue 1)\n"), ODD_TEXT, st.just("\n알리바바는 2016년 성장했다.\n")).map("".join),
)
FILE_BYTES = st.one_of(
    st.binary(max_size=2000),
    st.tuples(st.sampled_from([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"%PDF-1.4\n", b"<div>", b"[", b"{"]),
              st.binary(max_size=400)).map(b"".join),
    st.tuples(ARTICLE_TEXT, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp949", "latin-1"]))
    .map(lambda pair: pair[0].encode(pair[1], "ignore")),
)
