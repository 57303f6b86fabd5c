"""The gold corpus (tests/gold): every file valid, placed from its labels, true to its page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.validate import load_record, problems

from .conftest import ROOT
from .gold import assemble

GOLD = ROOT / "tests" / "gold"
LABELS = [(split, path) for split in assemble.SPLITS for path in assemble.label_files(split)]
IDS = [f"{split}/{path.stem}" for split, path in LABELS]


def test_every_gold_article_has_its_page_and_labels() -> None:
    for split in assemble.SPLITS:
        pages = {p.stem for p in (GOLD / split).glob("*.txt")}
        golds = {p.stem for p in (GOLD / split).glob("*.json")}
        labels = {p.stem for p in assemble.label_files(split)}
        assert pages == golds == labels, split


def test_the_assembler_refuses_arguments_it_does_not_know_and_writes_nothing(capsys) -> None:
    before = {path: path.stat().st_mtime_ns for path in (GOLD / "dev").glob("*.json")}
    assert assemble.main(["--help"]) == 2 and assemble.main(["--page", "x.txt"]) == 2
    assert "usage:" in capsys.readouterr().err
    assert {path: path.stat().st_mtime_ns for path in (GOLD / "dev").glob("*.json")} == before


def test_the_reference_article_is_in_the_dev_split() -> None:
    gold = load_record(GOLD / "dev" / "dbr-247-bat-ai-strategy.json")
    assert gold.metadata.title == "BAT의 AI 전략" and gold.metadata.issue_date == "2018-04"
    assert gold.source.chars == 12657


@pytest.mark.parametrize(("split", "labels"), LABELS, ids=IDS)
def test_gold_is_what_the_labels_say(split: str, labels: Path) -> None:
    """The committed gold file is its labels placed: nothing edited by hand in between."""
    from pipeline.io import record_json

    record = assemble.build(labels, split)
    assert record_json(record) == (GOLD / split / f"{labels.stem}.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(("split", "labels"), LABELS, ids=IDS)
def test_gold_validates_and_spans_are_the_pages_characters(split: str, labels: Path) -> None:
    gold = load_record(GOLD / split / f"{labels.stem}.json")
    assert problems(gold) == []
    raw = (GOLD / split / f"{labels.stem}.txt").read_text(encoding="utf-8").translate(assemble.PAGE_NORMALISATION)
    for span in (*gold.entities, *gold.quantities, *gold.dates):
        # Cleaning only joins broken lines and drops footnote markers inside a span.
        on_page = re.sub(r"\s+", " ", raw[span.raw_start : span.raw_end])
        assert on_page == span.text or on_page.replace(" ", "") == span.text.replace(" ", ""), (span.id, on_page)
