from __future__ import annotations

import hashlib
import random
from pathlib import Path

from pipeline import synth


def test_the_corpus_is_distinct_and_the_same_for_the_same_seed() -> None:
    first = list(synth.articles(1000, seed=7))
    assert len({hashlib.sha256(text.encode()).digest() for _, text in first}) == 1000
    assert len({doc_id for doc_id, _ in first}) == 1000
    assert first == list(synth.articles(1000, seed=7))
    assert [text for _, text in synth.articles(30, seed=8)] != [text for _, text in first[:30]]


def test_variants_rename_authors_and_change_figures_but_keep_dates() -> None:
    templates = {t.name: t for t in synth.load_templates()}
    reference = templates["dbr-247-bat-ai-strategy"]
    assert reference.authors == ("김병국",)
    # Article i is made from template i, so the reference's own comes at its place in the list.
    count = list(templates).index("dbr-247-bat-ai-strategy") + 1
    _, text = next((d, t) for d, t in synth.articles(count, seed=7) if d.endswith("dbr-247-bat-ai-strategy"))
    assert "김병국" not in text
    assert "(2018년 4월 Issue 2)" in text and "2018년" in text
    # Names of three syllables replace names of three, figures keep their number of digits.
    assert len(text) == len(reference.text) and text != reference.text
    crlf = next(t for t in templates.values() if "\r\n" in t.text)
    assert "\r\n" in synth.variant(crlf, random.Random(1))


def test_the_corpus_is_written_as_files_or_json_lines(tmp_path: Path) -> None:
    paths = synth.write_directory(tmp_path / "corpus", 5, seed=1)
    assert [p.suffix for p in paths] == [".txt"] * 5
    lines = synth.write_jsonl(tmp_path / "batch.jsonl", 5, seed=1).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and '"url": "https://example.com/dbr/synth-0-' in lines[0]
