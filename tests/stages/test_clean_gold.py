"""The page shapes of the gold corpus's dev pages (tests/gold/dev): every one cleans to its
hand-labelled metadata, text and blocks. The pages cover the byline, section, title,
summary, editor's note, credit, newspaper-copy and PDF-dump shapes of docs/format.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline import Pipeline
from pipeline.document import Document
from pipeline.stages import clean
from pipeline.validate import load_record

DEV = Path(__file__).resolve().parents[1] / "gold" / "dev"
PAGES = sorted(path.stem for path in DEV.glob("*.json"))
FIELDS = ("title", "section", "authors", "issue_number", "issue_date", "issue_part", "categories", "credits",
          "interviewees")
# Kinds a page's layout decides (paragraphs are split where lines end sentences, so their
# boundaries are not compared, only their text).
SHAPED = ("title", "heading", "quote", "editor_note")


def _letters(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


@pytest.fixture(scope="module", params=PAGES)
def page(request) -> tuple[Document, object]:
    gold = load_record(DEV / f"{request.param}.json")
    raw = (DEV / f"{request.param}.txt").read_text(encoding="utf-8")
    return Pipeline((("clean", clean.run),)).run(Document(doc_id=request.param, raw=raw)), gold


def test_there_are_page_shapes_enough() -> None:
    assert len(PAGES) >= 30


def test_metadata_is_the_labelled_metadata(page) -> None:
    doc, gold = page
    got, want = doc.metadata.model_dump(), gold.metadata.model_dump()
    assert {f: got[f] for f in FIELDS} == {f: want[f] for f in FIELDS}
    for field in ("subtitle", "summary", "editor_note"):  # lines joined by a space or a line break
        assert _letters(got[field]) == _letters(want[field]), field


def test_the_text_is_the_articles_nothing_lost_no_chrome_kept(page) -> None:
    doc, gold = page
    assert _letters(doc.text) == _letters(gold.text)


def test_titles_headings_quotes_and_notes_are_their_own_blocks(page) -> None:
    doc, gold = page

    def shaped(record) -> list[tuple[str, str]]:
        return [(b.kind, _letters(record.text[b.start : b.end])) for b in record.blocks if b.kind in SHAPED]

    assert shaped(doc) == shaped(gold)
