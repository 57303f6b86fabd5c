"""``kill -9`` during ``extract`` and during ``load``, then the same command again:
the outputs and the database end as after a run that was never interrupted."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline import batch, db, synth
from pipeline.schema import Record

from . import processes
from .conftest import dump, gold_variants

pytestmark = pytest.mark.slow


def _records(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.glob("*.json")) if p.name != batch.MANIFEST}


def test_extract_killed_twice_resumes_to_the_same_records(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    synth.write_directory(corpus, 150, seed=11)
    reference, out = tmp_path / "reference", tmp_path / "out"
    assert processes.run("extract", str(corpus), "-o", str(reference), "--workers", "2").returncode == 0

    for written in (10, 70):
        run = processes.start("extract", str(corpus), "-o", str(out), "--workers", "2")
        processes.kill_when(run, lambda: len(_records(out)) >= written)
        # Only complete files under real names: every record parses and validates.
        for name, content in _records(out).items():
            assert Record.model_validate_json(content).doc_id + ".json" == name
        assert json.loads((out / batch.MANIFEST).read_text())["status"] == "running"

    finish = processes.run("extract", str(corpus), "-o", str(out), "--workers", "2")
    assert finish.returncode == 0, finish.stderr
    manifest = json.loads((out / batch.MANIFEST).read_text())
    assert manifest["status"] == "complete" and manifest["counts"]["skipped"] >= 70
    assert manifest["counts"]["done"] + manifest["counts"]["skipped"] == 150
    assert _records(out) == _records(reference)
    assert (out / batch.ERRORS).read_bytes() == (reference / batch.ERRORS).read_bytes()
    assert not list(out.glob(".*.tmp"))


def test_load_killed_midway_resumes_to_the_same_database(tmp_path: Path, new_database: Callable[[], str]) -> None:
    records = tmp_path / "records"
    gold_variants(records, 150)
    reference, url = new_database(), new_database()
    db.load([records], reference)

    def loaded() -> int:
        try:
            with db.Database(url) as database:
                return database.query("SELECT count(*) FROM articles")[0][0]
        except Exception:  # the tables are not there yet
            return 0

    run = processes.start("load", str(records), "--db", url)
    processes.kill_when(run, lambda: loaded() >= 20)
    with db.Database(url) as database:
        # Each article is all there or not at all.
        sentences = database.query("SELECT doc_id, count(*) FROM sentences GROUP BY doc_id")
        claims = database.query("SELECT doc_id, count(*) FROM claims GROUP BY doc_id")
    kept = loaded()
    assert 20 <= kept < 150
    assert len({count for _, count in sentences}) == 1 and len(sentences) == kept
    assert len({count for _, count in claims}) == 1 and len(claims) == kept

    finish = processes.run("load", str(records), "--db", url)
    assert finish.returncode == 0, finish.stderr
    assert f"{150 - kept} loaded, 0 failed, {kept} unchanged" in finish.stderr
    assert dump(url) == dump(reference)
