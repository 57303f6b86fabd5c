"""The acceptance run: 1,000 distinct articles extract with two workers and load into
both databases; the rows match the records, and a second load changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import batch, db, synth
from pipeline.io import MANIFEST

from . import processes
from .conftest import dump, expected_counts

pytestmark = pytest.mark.slow

ARTICLES = 1000



@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus, out = tmp_path_factory.mktemp("corpus"), tmp_path_factory.mktemp("outputs")
    synth.write_directory(corpus, ARTICLES, seed=7)
    result = processes.run("extract", str(corpus), "-o", str(out), "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert f"{ARTICLES} extracted, 0 failed, 0 skipped" in result.stderr
    return out


def test_a_thousand_articles_load_and_a_second_load_changes_nothing(outputs: Path, database_url: str) -> None:
    records = [json.loads(p.read_text()) for p in sorted(outputs.glob("*.json")) if p.name != MANIFEST]
    assert len(records) == ARTICLES and len({r["source"]["sha256"] for r in records}) == ARTICLES

    first = processes.run("load", str(outputs), "--db", database_url)
    assert first.returncode == 0, first.stderr
    assert f"{ARTICLES} loaded, 0 failed, 0 unchanged" in first.stderr
    with db.Database(database_url) as database:
        assert database.counts() == expected_counts(records)
    before = dump(database_url)

    second = processes.run("load", str(outputs), "--db", database_url)
    assert f"0 loaded, 0 failed, {ARTICLES} unchanged" in second.stderr
    assert dump(database_url) == before
