"""Assemble the gold record from the hand labels in ``labels/``.

The labels are people's decisions, written per sentence as span texts in order of
appearance (see README.md). This script only places them: it finds each sentence
in the cleaned text and each span inside its sentence, in order, and writes the
record with offsets. The metadata is written out below by hand. It fails loudly
when a label cannot be placed, and never adds or drops a label.

    python tests/gold/assemble.py     # rewrites tests/gold/dbr-247-bat-ai-strategy.json
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline import Pipeline, to_record
from pipeline.document import Document
from pipeline.io import record_json, sha256
from pipeline.schema import Author, Claim, DateRecord, Entity, FootnoteRef, Metadata, Quantity, Sentence
from pipeline.stages import clean

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ARTICLE = ROOT / "corpus" / "dbr-247-bat-ai-strategy.txt"
LABELS = HERE / "labels"

METADATA = Metadata(
    title="BAT의 AI 전략",
    section="SR1",
    subtitle="글로벌 AI 기업을 지향하는 BAT, 제조·유통·서비스 등 기술 산업 재편에 도전",
    authors=[Author(name="김병국", affiliation="9K리서치 대표", email="bekaykim@9k-research.com")],
    issue_number=247,
    issue_date="2018-04",
    issue_part=2,
)
# Each footnote marker, by the raw text around it: (text before, marker, text after).
FOOTNOTES = [("독해력 대회", "1", " 에서"), ("높은 점수를 얻었다.", "2", "\n"),
             ("세계 2위를 기록하고 있다.", "3", "\n"), ("특이점(Singularity)", "4", " 시대")]


def _jsonl(name: str) -> dict[str, dict]:
    rows = [json.loads(line) for line in (LABELS / name).read_text(encoding="utf-8").splitlines()]
    return {row["sid"]: row for row in rows}


def _find(text: str, needle: str, start: int, end: int, what: str) -> int:
    position = text.find(needle, start, end)
    if position < 0:
        raise SystemExit(f"cannot place {what}: {needle!r} after offset {start}")
    return position


def main(target: Path = HERE / f"{ARTICLE.stem}.json") -> None:
    raw = ARTICLE.read_text(encoding="utf-8")
    doc = Pipeline((("clean", clean.run),)).run(Document(doc_id=ARTICLE.stem, raw=raw))
    text = doc.text

    # The summary is the "Article at a Glance" block's text.
    summary = [text[b.start : b.end] for b in doc.blocks if b.kind == "summary"]
    metadata = METADATA.model_copy(update={"summary": "\n".join(summary)})
    for before, marker, after in FOOTNOTES:
        raw_start = _find(raw, before + marker + after, 0, len(raw), f"footnote {marker}") + len(before)
        clean_start = _find(text, before + after.rstrip("\n"), 0, len(text), f"footnote {marker}") + len(before)
        metadata.footnote_refs.append(
            FootnoteRef(marker=marker, start=clean_start, raw_start=raw_start, raw_end=raw_start + len(marker))
        )

    sentence_rows = [line.split("\t", 1) for line in (LABELS / "sentences.tsv").read_text("utf-8").splitlines()]
    entities_dates, quantities_claims = _jsonl("entities-dates.jsonl"), _jsonl("quantities-claims.jsonl")

    block_starts = [b.start for b in doc.blocks]
    sentences: list[Sentence] = []
    spans: dict[str, tuple[int, int]] = {}
    cursor = 0
    for sid, sentence_text in sentence_rows:
        start = _find(text, sentence_text, cursor, len(text), sid)
        end = start + len(sentence_text)
        cursor = end
        block = max(i for i, b in enumerate(block_starts) if b <= start)
        gold_id = f"s{len(sentences)}"
        spans[sid] = (start, end)
        sentences.append(Sentence(id=gold_id, start=start, end=end, block=block, **_raw(doc, start, end)))
    sentence_id = {sid: f"s{index}" for index, (sid, _) in enumerate(sentence_rows)}

    def place(sid: str, items: list[dict], what: str) -> list[tuple[int, int, dict]]:
        start, end = spans[sid]
        placed, position = [], start
        for item in items:
            found = _find(text, item["text"], position, end, f"{what} in {sid}")
            placed.append((found, found + len(item["text"]), item))
            position = found + 1
        return placed

    entities, quantities, dates, claims = [], [], [], []
    quantity_ids: dict[tuple[str, str], str] = {}
    date_ids: dict[tuple[str, str], str] = {}
    for sid, _ in sentence_rows:
        for start, end, item in place(sid, entities_dates[sid]["entities"], "entity"):
            entities.append(Entity(id=f"e{len(entities)}", text=item["text"], label=item["label"],
                                   canonical=item["canonical"], sentence=sentence_id[sid], start=start, end=end,
                                   **_raw(doc, start, end)))
        for start, end, item in place(sid, entities_dates[sid]["dates"], "date"):
            record_id = f"d{len(dates)}"
            date_ids.setdefault((sid, item["text"]), record_id)
            dates.append(DateRecord(id=record_id, text=item["text"], value=item["value"],
                                    end_value=item.get("end_value"), granularity=item["granularity"],
                                    qualifier=item.get("qualifier"), sentence=sentence_id[sid], start=start,
                                    end=end, **_raw(doc, start, end)))
        for start, end, item in place(sid, quantities_claims[sid]["quantities"], "quantity"):
            record_id = f"q{len(quantities)}"
            quantity_ids.setdefault((sid, item["text"]), record_id)
            quantities.append(Quantity(id=record_id, text=item["text"], value=item["value"], unit=item["unit"],
                                       kind=item["kind"], qualifier=item.get("qualifier"),
                                       value_max=item.get("value_max"), per=item.get("per"),
                                       sentence=sentence_id[sid], start=start, end=end, **_raw(doc, start, end)))
    for sid, _ in sentence_rows:
        for item in quantities_claims[sid]["claims"]:
            quantity = date = None
            if item.get("quantity"):
                quantity = quantity_ids[(item.get("quantity_sid") or sid, item["quantity"])]
            if item.get("date"):
                date = date_ids.get((item["date_sid"], item["date"]))
                if date is None:
                    raise SystemExit(f"claim in {sid}: date {item['date']!r} in {item['date_sid']} is not a date record")
            evidence = [spans[s] for s in item["evidence_sids"]]
            start, end = min(s for s, _ in evidence), max(e for _, e in evidence)
            claims.append(Claim(id=f"c{len(claims)}", type=item["type"], subject=item["subject"],
                                predicate=item.get("predicate"), object=item.get("object"), quantity=quantity,
                                date=date, qualifiers=item.get("qualifiers", []), speaker=item.get("speaker"),
                                sentence=sentence_id[sid], start=start, end=end, evidence=text[start:end]))

    doc.metadata = metadata
    doc.sentences, doc.entities, doc.quantities, doc.dates, doc.claims = sentences, entities, quantities, dates, claims
    doc.source = {"path": f"corpus/{ARTICLE.name}", "sha256": sha256(raw), "chars": len(raw), "encoding": "utf-8"}
    target.write_text(record_json(to_record(doc)), encoding="utf-8")
    print(f"{target}: {len(sentences)} sentences, {len(entities)} entities, {len(quantities)} quantities, "
          f"{len(dates)} dates, {len(claims)} claims")


def _raw(doc: Document, start: int, end: int) -> dict[str, int]:
    raw_start, raw_end = doc.raw_span(start, end)
    return {"raw_start": raw_start, "raw_end": raw_end}


if __name__ == "__main__":
    main()
