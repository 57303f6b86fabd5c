"""Checks a record (or gold file) against the schema and SPEC's invariants.

Beyond the schema, every value must be one that any JSON reader and both SQL
databases take: no NaN or Infinity, integers within 64 bits, strings of valid
Unicode without NUL, nesting at most ``MAX_DEPTH`` deep (``value_problems``). The
readers of ``pipeline.io`` hold input to the same rule, so that extraction never
writes a record that validation or loading would refuse.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from pipeline.schema import Record

INT64 = (-(2**63), 2**63 - 1)
MAX_DEPTH = 64
# A NUL character (PostgreSQL cannot store it) or a lone surrogate (not Unicode: no
# UTF-8 file or database takes it; JSON's "\ud800" escape makes one).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", bool: "true or false", type(None): "null"}


def printable(text: str) -> str:
    """``text`` for a one-line message: characters that print as nothing or break the
    line (control characters, lone surrogates such as the bytes of a file name that is
    not UTF-8, zero-width marks) written as Python escapes (``\\n``, ``\\udce9``)."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def string_problem(text: str) -> str | None:
    """Why ``text`` cannot be stored, if it cannot: a lone surrogate or a NUL character."""
    match = _UNSTORABLE.search(text)
    if match is None:
        return None
    if match.group() == "\x00":
        return f"a NUL character (U+0000) at character {match.start()}, which PostgreSQL cannot store"
    return f"a lone surrogate (U+{ord(match.group()):04X}) at character {match.start()}, which is not Unicode"


def value_problems(value: Any) -> list[str]:
    """What ``value`` (JSON data or a model) holds that no record may, each named by its
    path (``metadata.issue_number``, ``quantities.3.value``, ``source.url``)."""
    return [] if _storable(value) else _named_problems(value)


def _storable(value: Any) -> bool:
    """Whether ``value`` surely holds nothing ``value_problems`` would name: a quick look
    (level by level, the checks in bulk) that every record gets. A sum of floats that
    overflows makes it unsure, and the slow look then finds nothing."""
    if isinstance(value, BaseModel):
        try:
            value = value.model_dump()
        except ValueError:  # nested too deeply for pydantic
            return False
    strings: list[str] = []
    integers: list[int] = [0]
    floats: list[float] = []
    level = [value]
    for _ in range(MAX_DEPTH + 1):
        deeper: list[Any] = []
        for item in level:
            kind = type(item)
            if kind is str:
                strings.append(item)
            elif kind is dict:
                strings.extend(item)
                deeper.extend(item.values())
            elif kind is list:
                deeper.extend(item)
            elif kind is int:
                integers.append(item)
            elif kind is float:
                floats.append(item)
        level = deeper
        if not level:
            break
    return (
        not level
        and INT64[0] <= min(integers)
        and max(integers) <= INT64[1]
        and math.isfinite(sum(floats))
        and _UNSTORABLE.search("".join(strings)) is None
    )


def _named_problems(value: Any) -> list[str]:
    found: list[str] = []
    stack: list[tuple[str, Any, int]] = [("", value, 0)]
    while stack:
        where, item, depth = stack.pop()
        name = where or "the value"
        if isinstance(item, str):
            if problem := string_problem(item):
                found.append(f"{name}: {problem}")
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if not INT64[0] <= item <= INT64[1]:
                number = item if item.bit_length() <= 128 else f"of {item.bit_length()} bits"
                found.append(f"{name}: the integer {number} is outside the 64-bit range a database column holds")
        elif isinstance(item, float):
            if not math.isfinite(item):
                number = "NaN" if math.isnan(item) else "Infinity" if item > 0 else "-Infinity"
                found.append(f"{name}: {number} is not a JSON number (JSON has no NaN or Infinity)")
        else:
            children = _children(item)
            if children and depth >= MAX_DEPTH:
                found.append(f"{name}: nested more than {MAX_DEPTH} levels deep")
                continue
            for key, child in reversed(children):
                if isinstance(key, str) and (problem := string_problem(key)):
                    found.append(f"{where + ': ' if where else ''}the key `{printable(key)}` holds {problem}")
                stack.append((f"{where}.{printable(str(key))}" if where else printable(str(key)), child, depth + 1))
    return found


def _children(item: Any) -> list[tuple[Any, Any]]:
    if isinstance(item, BaseModel):
        fields = [(name, getattr(item, name)) for name in type(item).model_fields]
        return fields + list((item.model_extra or {}).items())
    if isinstance(item, dict):
        return list(item.items())
    return list(enumerate(item))


def parse_json(data: bytes) -> Any:
    """JSON from bytes of UTF-8 (a BOM allowed); ``ValueError`` says in a few words why not."""
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON ({error.msg})") from None
    except RecursionError:
        raise ValueError("not JSON this program can read (nested too deeply)") from None
    except ValueError:  # Python reads no integer this long
        digits = sys.get_int_max_str_digits()
        raise ValueError(f"not JSON this program can read (an integer of more than {digits} digits)") from None


def json_type(value: Any) -> str:
    """What kind of JSON value ``value`` is, in words: ``an array``, ``a number``, …"""
    return _JSON_TYPES.get(type(value), "a number")


def problems(record: Record) -> list[str]:
    """Every broken invariant of ``record``, as one message each (empty when valid)."""
    found: list[str] = value_problems(record)
    text = record.text
    chars = record.source.chars

    def check_span(kind: str, item, expected: str | None = None) -> None:
        label = f"{kind} {getattr(item, 'id', '')}".strip()
        if not 0 <= item.start <= item.end <= len(text):
            found.append(f"{label}: offsets {item.start}..{item.end} outside text of length {len(text)}")
            return
        if not 0 <= item.raw_start <= item.raw_end <= chars:
            found.append(f"{label}: raw offsets {item.raw_start}..{item.raw_end} outside input of {chars} chars")
        if expected is not None and text[item.start : item.end] != expected:
            found.append(f"{label}: text[{item.start}:{item.end}] is {text[item.start:item.end]!r}, not {expected!r}")

    for index, block in enumerate(record.blocks):
        check_span(f"block {index}", block)
    for sentence in record.sentences:
        check_span("sentence", sentence)
    for mention in (*record.entities, *record.quantities, *record.dates):
        check_span(type(mention).__name__.lower(), mention, mention.text)

    ids: dict[str, str] = {}
    for group in (record.sentences, record.entities, record.quantities, record.dates, record.claims):
        for item in group:
            if item.id in ids:
                found.append(f"id {item.id} is used twice")
            ids[item.id] = type(item).__name__
    sentence_ids = {s.id for s in record.sentences}
    for mention in (*record.entities, *record.quantities, *record.dates, *record.claims):
        if mention.sentence not in sentence_ids:
            found.append(f"{mention.id}: sentence {mention.sentence} does not exist")
    for claim in record.claims:
        if claim.quantity is not None and ids.get(claim.quantity) != "Quantity":
            found.append(f"{claim.id}: quantity {claim.quantity} does not exist")
        if claim.date is not None and ids.get(claim.date) != "DateRecord":
            found.append(f"{claim.id}: date {claim.date} does not exist")
        if not 0 <= claim.start <= claim.end <= len(text):
            found.append(f"{claim.id}: evidence offsets {claim.start}..{claim.end} outside text")
    for ref in record.metadata.footnote_refs:
        if not 0 <= ref.start <= len(text) or not 0 <= ref.raw_start <= ref.raw_end <= chars:
            found.append(f"footnote {ref.marker}: offsets outside text or input")
    return found


def load_record(path: Path) -> Record:
    """Read and schema-check one record file; raises ``ValueError`` with a readable message."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValueError(f"cannot read: {error.strerror or error}") from None
    if not data.strip():
        raise ValueError("cannot read JSON: empty file")
    try:
        data = parse_json(data)
    except ValueError as error:
        raise ValueError(f"cannot read JSON: {error}") from None
    if not isinstance(data, dict):
        raise ValueError(f"not a record: the file holds {json_type(data)}, not a JSON object")
    try:
        return Record.model_validate(data)
    except ValidationError as error:
        if found := value_problems(data):  # what the schema stumbled on, in plainer words
            raise ValueError("; ".join(found[:10])) from None
        details = "; ".join(
            f"{'.'.join(printable(str(part)) for part in e['loc'])}: {e['msg']}" for e in error.errors()[:10]
        )
        raise ValueError(f"does not match the schema: {details}") from error
