"""The loading side of the reliability matrix (docs/reliability.md): a record that is
bad in any way fails alone, named, on SQLite and PostgreSQL alike; the files after it
load, the load ends with its summary, and loading again changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import db
from pipeline.cli import app

from ..hostile import BAD_RECORDS, gold
from .conftest import dump, expected_counts, gold_variants

runner = CliRunner()


@pytest.mark.parametrize(("case", "make", "message"), BAD_RECORDS, ids=[case for case, _, _ in BAD_RECORDS])
def test_a_bad_record_fails_alone_and_the_load_goes_on(
    tmp_path: Path, database_url: str, case: str, make, message: str
) -> None:
    records = tmp_path / "records"
    good, bad, last = gold_variants(records, 3)
    bad.write_bytes(make(gold() | {"doc_id": "gold-0001"}))
    result = runner.invoke(app, ["load", str(records), "--db", database_url])
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1
    assert f"error: {bad}: {message}" in result.stderr
    assert "2 loaded, 1 failed, 0 unchanged" in result.stderr
    with db.Database(database_url) as database:
        assert database.query("SELECT doc_id FROM articles ORDER BY doc_id") == [("gold-0000",), ("gold-0002",)]
        assert database.counts() == expected_counts([json.loads(p.read_text()) for p in (good, last)])
    before = dump(database_url)

    again = runner.invoke(app, ["load", str(records), "--db", database_url])
    assert "0 loaded, 1 failed, 2 unchanged" in again.stderr
    assert dump(database_url) == before


def test_a_record_of_another_input_does_not_replace_an_article(tmp_path: Path, database_url: str) -> None:
    (first,) = gold_variants(tmp_path / "2019", 1, prefix="intro")
    data = json.loads(first.read_text())
    loaded_from = data["source"]["path"]
    data["source"]["path"] = "corpus-2020/intro-0000.txt"
    other = tmp_path / "2020" / "intro-0000.json"
    other.parent.mkdir()
    other.write_text(json.dumps(data | {"metadata": data["metadata"] | {"title": "다른 기사"}}, ensure_ascii=False))
    assert db.load([first], database_url).loaded == 1
    before = dump(database_url)

    result = runner.invoke(app, ["load", str(other), "--db", database_url])
    assert result.exit_code == 1
    assert (
        f"error: {other}: doc_id 'intro-0000' in the database is the article of {loaded_from}, "
        "and this record is of corpus-2020/intro-0000.txt: not loaded"
    ) in result.stderr
    assert dump(database_url) == before


def test_a_value_too_long_for_an_index_fails_that_article_alone(tmp_path: Path, database_url: str) -> None:
    """PostgreSQL's B-tree index entries hold about 2.7 kB; SQLite's have no such limit."""
    records = tmp_path / "records"
    good, long = gold_variants(records, 2)
    data = json.loads(long.read_text())
    data["entities"][0]["canonical"] = "".join(chr(0xAC00 + (n * 7919) % 11172) for n in range(4000))
    long.write_text(json.dumps(data, ensure_ascii=False))
    outcomes: list[db.LoadOutcome] = []
    db.load([records], database_url, on_outcome=outcomes.append)
    with db.Database(database_url) as database:
        loaded = [row[0] for row in database.query("SELECT doc_id FROM articles ORDER BY doc_id")]
    if database_url.startswith("sqlite"):
        assert [o.status for o in outcomes] == ["loaded", "loaded"] and loaded == ["gold-0000", "gold-0001"]
    else:
        assert [o.status for o in outcomes] == ["loaded", "failed"] and loaded == ["gold-0000"]
        assert outcomes[1].message.startswith("does not fit the tables: index row")
        assert "\n" not in outcomes[1].message
