from __future__ import annotations

from pathlib import Path

from pipeline.validate import load_record, problems

from .conftest import ROOT
from .gold import assemble

GOLD = ROOT / "tests" / "gold" / "dbr-247-bat-ai-strategy.json"


def test_gold_validates() -> None:
    assert problems(load_record(GOLD)) == []


def test_gold_is_what_the_labels_say(tmp_path: Path) -> None:
    """The committed gold file is the labels in labels/, placed: nothing edited by hand in between."""
    assemble.main(tmp_path / "gold.json")
    assert (tmp_path / "gold.json").read_bytes() == GOLD.read_bytes()


def test_gold_metadata_is_specs_example() -> None:
    gold = load_record(GOLD)
    assert gold.metadata.title == "BAT의 AI 전략" and gold.metadata.issue_date == "2018-04"
    assert gold.source.chars == 12657
