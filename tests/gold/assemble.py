"""Assemble gold records from the hand labels in ``labels/<split>/<doc_id>.jsonl``.

The labels are people's decisions (see README.md): the article's blocks and
sentences as the cleaned text should read, the metadata, and per sentence the
entities, quantities, dates and claims, written as span texts in order of
appearance. This script only places them. The gold ``text`` is the blocks joined
by a blank line, each block its sentences joined by a space (or a line break where
a sentence says ``"newline": true``); raw offsets come from finding each sentence
in the page ``<split>/<doc_id>.txt``. No NLP runs here: the gold does not depend on
the pipeline's cleaning. It fails loudly when a label cannot be placed, and never
adds or drops one.

    python -m tests.gold.assemble            # rewrites tests/gold/{dev,test}/*.json
    python -m tests.gold.assemble --check    # checks every label file places, writes nothing
    python -m tests.gold.assemble --page P.txt --labels L.jsonl   # checks one pair anywhere
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline import __version__
from pipeline.io import record_json, sha256
from pipeline.schema import (
    Block,
    Claim,
    DateRecord,
    Entity,
    FootnoteRef,
    Metadata,
    Quantity,
    Record,
    Sentence,
    Source,
)

HERE = Path(__file__).resolve().parent
SPLITS = ("dev", "test")

# The keys a label line may hold; anything else is a typo that would silently drop a decision.
HEADER_KEYS = {"doc_id", "metadata", "footnotes"}
SENTENCE_KEYS = {"sid", "block", "kind", "label", "newline", "text", "entities", "quantities", "dates", "claims"}
ENTITY_KEYS = {"text", "label", "canonical", "nth"}
QUANTITY_KEYS = {"text", "value", "unit", "kind", "qualifier", "value_max", "per", "nth"}
DATE_KEYS = {"text", "value", "end_value", "granularity", "qualifier", "end_qualifier", "nth"}
CLAIM_KEYS = {"type", "subject", "predicate", "object", "quantity", "quantity_sid", "quantity_nth", "date",
              "date_sid", "date_nth", "qualifiers", "speaker", "evidence_sids"}

# One-for-one replacements that cleaning makes (SPEC §2), so that a labelled sentence is found in the page.
PAGE_NORMALISATION = str.maketrans({"\u00a0": " ", "\u3000": " ", **{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}})


class LabelError(Exception):
    """A label file that cannot be placed in its page; the message names the file and the line."""


@dataclass
class Labels:
    path: Path
    header: dict
    sentences: list[dict]


def read_labels(path: Path) -> Labels:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not lines:
        raise LabelError(f"{path}: empty")
    header, sentences = lines[0], lines[1:]
    _check_keys(path, "header", header, HEADER_KEYS)
    previous_block, kinds = -1, {}
    for number, row in enumerate(sentences, start=2):
        where = f"line {number} ({row.get('sid')})"
        _check_keys(path, where, row, SENTENCE_KEYS)
        for name, allowed in (("entities", ENTITY_KEYS), ("quantities", QUANTITY_KEYS), ("dates", DATE_KEYS),
                              ("claims", CLAIM_KEYS)):
            for item in row.get(name, []):
                _check_keys(path, f"{where} {name}", item, allowed)
        block = row["block"]
        if block not in ({previous_block, previous_block + 1} if previous_block >= 0 else {0}):
            raise LabelError(f"{path}: {where}: block {block} after block {previous_block}")
        if kinds.setdefault(block, row["kind"]) != row["kind"]:
            raise LabelError(f"{path}: {where}: block {block} is {kinds[block]}, not {row['kind']}")
        previous_block = block
    return Labels(path, header, sentences)


def _check_keys(path: Path, where: str, item: dict, allowed: set[str]) -> None:
    unknown = set(item) - allowed
    if unknown:
        raise LabelError(f"{path}: {where}: unknown keys {sorted(unknown)}")


class _PageFinder:
    """Finds labelled sentences in the raw page, in order, and maps their characters to raw offsets."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.searchable = raw.translate(PAGE_NORMALISATION)
        self.cursor = 0

    def place(self, sentence: str, where: str) -> list[int | None]:
        """Raw offset of each character of ``sentence`` (None where cleaning inserted it)."""
        anchor = "".join(sentence.split())[:12]
        pattern = r"\s*".join(re.escape(char) for char in anchor)
        found = re.compile(pattern).search(self.searchable, self.cursor)
        if found is None:
            raise LabelError(f"{where}: sentence not found in the page after raw offset {self.cursor}: {sentence[:40]!r}")
        window_end = min(len(self.raw), found.start() + len(sentence) + len(sentence) // 4 + 40)
        window = self.searchable[found.start() : window_end]
        positions: list[int | None] = [None] * len(sentence)
        matcher = difflib.SequenceMatcher(None, sentence, window, autojunk=False)
        for a, b, size in matcher.get_matching_blocks():
            for offset in range(size):
                positions[a + offset] = found.start() + b + offset
        placed = [p for p in positions if p is not None]
        matched = len(placed) / max(1, len(sentence.replace(" ", "")))
        if matched < 0.9:
            raise LabelError(f"{where}: only {matched:.0%} of the sentence matches the page: {sentence[:40]!r}")
        self.cursor = max(placed) + 1
        return positions


def _raw_span(positions: list[int | None], start: int, end: int, where: str) -> tuple[int, int]:
    inside = [p for p in positions[start:end] if p is not None]
    if not inside:
        raise LabelError(f"{where}: no character of the span is in the page")
    return inside[0], inside[-1] + 1


def _find(text: str, needle: str, start: int, end: int, where: str) -> int:
    position = text.find(needle, start, end)
    if position < 0:
        raise LabelError(f"{where}: cannot place {needle!r}")
    return position


def _nth(text: str, needle: str, start: int, end: int, nth: int, where: str) -> int:
    position = start - 1
    for _ in range(nth):
        position = _find(text, needle, position + 1, end, where)
    return position


def assemble(labels: Labels, page: Path, source_path: str) -> Record:
    """The gold record of ``page`` from its ``labels``."""
    raw = page.read_text(encoding="utf-8")
    name = labels.path.name
    finder = _PageFinder(raw)

    # The text: blocks joined by a blank line, sentences by a space or a line break.
    pieces: list[str] = []
    sentence_spans: dict[str, tuple[int, int]] = {}
    sentence_raw: dict[str, list[int | None]] = {}
    block_rows: list[dict] = []
    length = 0
    for row in labels.sentences:
        same_block = bool(block_rows) and row["block"] == len(block_rows) - 1
        separator = ("\n" if row.get("newline") else " ") if same_block else ("\n\n" if pieces else "")
        start = length + len(separator)
        length = start + len(row["text"])
        pieces.append(separator + row["text"])
        sentence_spans[row["sid"]] = (start, length)
        sentence_raw[row["sid"]] = finder.place(row["text"], f"{name} {row['sid']}")
        if not same_block:
            block_rows.append({"kind": row["kind"], "label": row.get("label"), "start": start, "sids": []})
        block_rows[-1]["end"] = length
        block_rows[-1]["sids"].append(row["sid"])
    text = "".join(pieces)

    def raw_of(sid: str, start: int, end: int, where: str) -> dict[str, int]:
        sentence_start = sentence_spans[sid][0]
        raw_start, raw_end = _raw_span(sentence_raw[sid], start - sentence_start, end - sentence_start, where)
        return {"raw_start": raw_start, "raw_end": raw_end}

    sid_index = {row["sid"]: index for index, row in enumerate(labels.sentences)}
    sentences = []
    for row in labels.sentences:
        start, end = sentence_spans[row["sid"]]
        sentences.append(Sentence(id=f"s{sid_index[row['sid']]}", block=row["block"], start=start, end=end,
                                  **raw_of(row["sid"], start, end, f"{name} {row['sid']}")))
    sentence_of = {row["sid"]: sentence for row, sentence in zip(labels.sentences, sentences)}
    blocks = [Block(kind=b["kind"], label=b["label"], start=b["start"], end=b["end"],
                    raw_start=sentence_of[b["sids"][0]].raw_start, raw_end=sentence_of[b["sids"][-1]].raw_end)
              for b in block_rows]

    def placed(row: dict, kind: str) -> Iterator[tuple[int, int, dict]]:
        start, end = sentence_spans[row["sid"]]
        position = start
        for item in row.get(kind, []):
            item = dict(item)
            found = _nth(text, item["text"], position, end, item.pop("nth", 1), f"{name} {row['sid']} {kind}")
            yield found, found + len(item["text"]), item
            position = found + len(item["text"])  # spans of one kind never overlap

    entities, quantities, dates = [], [], []
    quantity_ids: dict[tuple[str, int], str] = {}  # (sid, start) → id
    date_ids: dict[tuple[str, int], str] = {}
    for row in labels.sentences:
        sid, sentence_id = row["sid"], f"s{sid_index[row['sid']]}"
        for start, end, item in placed(row, "entities"):
            entities.append(Entity(id=f"e{len(entities)}", sentence=sentence_id, start=start, end=end,
                                   **raw_of(sid, start, end, f"{name} {sid}"), **item))
        for start, end, item in placed(row, "quantities"):
            quantity_ids[(sid, start)] = record_id = f"q{len(quantities)}"
            quantities.append(Quantity(id=record_id, sentence=sentence_id, start=start, end=end,
                                       **raw_of(sid, start, end, f"{name} {sid}"), **item))
        for start, end, item in placed(row, "dates"):
            date_ids[(sid, start)] = record_id = f"d{len(dates)}"
            dates.append(DateRecord(id=record_id, sentence=sentence_id, start=start, end=end,
                                    **raw_of(sid, start, end, f"{name} {sid}"), **item))

    def reference(item: dict, kind: str, sid: str, ids: dict[tuple[str, int], str]) -> str | None:
        if not item.get(kind):
            return None
        where = f"{name} {sid} claim"
        target_sid = item.get(f"{kind}_sid") or sid
        if target_sid not in sentence_spans:
            raise LabelError(f"{where}: {kind}_sid {target_sid} does not exist")
        start, end = sentence_spans[target_sid]
        position = _nth(text, item[kind], start, end, item.get(f"{kind}_nth", 1), where)
        if (target_sid, position) not in ids:
            raise LabelError(f"{where}: {kind} {item[kind]!r} in {target_sid} is not a {kind} record")
        return ids[(target_sid, position)]

    claims = []
    for row in labels.sentences:
        sid = row["sid"]
        for item in row.get("claims", []):
            evidence = [sentence_spans[s] for s in item["evidence_sids"]]
            start, end = min(s for s, _ in evidence), max(e for _, e in evidence)
            claims.append(Claim(
                id=f"c{len(claims)}", type=item["type"], subject=item["subject"], predicate=item.get("predicate"),
                object=item.get("object"), quantity=reference(item, "quantity", sid, quantity_ids),
                date=reference(item, "date", sid, date_ids), qualifiers=item.get("qualifiers", []),
                speaker=item.get("speaker"), sentence=f"s{sid_index[sid]}", start=start, end=end,
                evidence=text[start:end]))

    metadata = Metadata(**labels.header["metadata"])
    summary = [text[b.start : b.end] for b in blocks if b.kind == "summary"]
    note = [text[b.start : b.end] for b in blocks if b.kind == "editor_note"]
    metadata.summary = "\n".join(summary) or None
    metadata.editor_note = "\n".join(note) or None
    for footnote in labels.header.get("footnotes", []):
        before, marker, after = footnote["before"], footnote["marker"], footnote["after"]
        where = f"{name} footnote {marker} after {before!r}"
        raw_start = _find(raw, before + marker + after, 0, len(raw), where) + len(before)
        clean_start = _find(text, before + after.rstrip("\n"), 0, len(text), where) + len(before)
        metadata.footnote_refs.append(FootnoteRef(marker=marker, start=clean_start, raw_start=raw_start,
                                                  raw_end=raw_start + len(marker)))

    return Record(
        doc_id=labels.header["doc_id"], pipeline_version=__version__,
        source=Source(path=source_path, sha256=sha256(raw), chars=len(raw), encoding="utf-8"),
        metadata=metadata, text=text, blocks=blocks, sentences=sentences,
        entities=entities, quantities=quantities, dates=dates, claims=claims,
    )


def label_files(split: str) -> list[Path]:
    return sorted((HERE / "labels" / split).glob("*.jsonl"))


def build(labels_path: Path, split: str) -> Record:
    labels = read_labels(labels_path)
    doc_id = labels.header["doc_id"]
    if doc_id != labels_path.stem:
        raise LabelError(f"{labels_path}: doc_id {doc_id!r} is not the file's name")
    page = HERE / split / f"{doc_id}.txt"
    return assemble(labels, page, f"tests/gold/{split}/{doc_id}.txt")


def _summary(record: Record) -> str:
    return (f"{len(record.sentences)} sentences, {len(record.entities)} entities, {len(record.quantities)} "
            f"quantities, {len(record.dates)} dates, {len(record.claims)} claims")


USAGE = """usage: python -m tests.gold.assemble [--check]
       python -m tests.gold.assemble --page PAGE --labels LABELS
Without --page/--labels it rewrites every split's gold records (--check: builds them only)."""


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    one = "--page" in args and "--labels" in args and len(args) == 4
    if not one and args not in ([], ["--check"]):
        print(USAGE, file=sys.stderr)  # `--help` or a typo must not rewrite the gold
        return 2
    if one:
        page, labels = Path(args[args.index("--page") + 1]), Path(args[args.index("--labels") + 1])
        try:
            record = assemble(read_labels(labels), page, str(page))
        except (LabelError, KeyError, ValueError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        print(f"{labels}: {_summary(record)}")
        return 0
    check = "--check" in args
    failures = 0
    for split in SPLITS:
        for labels_path in label_files(split):
            try:
                record = build(labels_path, split)
            except (LabelError, KeyError, ValueError) as error:
                print(f"error: {error}", file=sys.stderr)
                failures += 1
                continue
            if not check:
                (HERE / split / f"{record.doc_id}.json").write_text(record_json(record), encoding="utf-8")
            print(f"{split}/{record.doc_id}: {_summary(record)}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
