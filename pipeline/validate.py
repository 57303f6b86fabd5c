"""Checks a record (or gold file) against the schema and SPEC's invariants."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from pipeline.schema import Record


def problems(record: Record) -> list[str]:
    """Every broken invariant of ``record``, as one message each (empty when valid)."""
    found: list[str] = []
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
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"cannot read JSON: {error}") from error
    try:
        return Record.model_validate(data)
    except ValidationError as error:
        details = "; ".join(
            f"{'.'.join(str(part) for part in e['loc'])}: {e['msg']}" for e in error.errors()[:10]
        )
        raise ValueError(f"does not match the schema: {details}") from error
