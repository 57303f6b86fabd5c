from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import db
from pipeline.cli import app

from ..conftest import ROOT
from .conftest import dump, expected_counts, gold_variants

runner = CliRunner()


@pytest.mark.parametrize("dialect", db.DIALECTS)
def test_committed_ddl_matches_the_models(dialect: str) -> None:
    committed = (ROOT / "schemas" / f"{dialect}.sql").read_text(encoding="utf-8")
    assert committed == db.ddl(dialect), "schemas/ drifted from pipeline/schema.py: run `make schemas`"


def test_tables_keys_and_indexes_come_from_the_models(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'dbr.sqlite'}"
    with db.Database(url) as database:
        database.create()
        names = {row[0] for row in database.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"articles", "authors", "sentences", "entities", "quantities", "dates", "claims"} <= names
        indexes = {row[0] for row in database.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        for index in ("entities_label_canonical_idx", "quantities_unit_value_idx", "dates_value_idx",
                      "claims_type_subject_idx"):
            assert index in indexes
        claim_keys = database.query("PRAGMA foreign_key_list(claims)")
        assert {(row[2], row[3], row[4]) for row in claim_keys} >= {
            ("quantities", "quantity", "id"), ("dates", "date", "id"), ("articles", "doc_id", "doc_id")
        }
    columns = {table.name: [c.name for c in table.columns] for table in db.tables()}
    assert columns["entities"][:2] == ["doc_id", "position"] and "canonical" in columns["entities"]
    assert {"title", "issue_date", "source_sha256", "source_extra"} <= set(columns["articles"])


def test_loads_every_row_and_a_second_load_changes_nothing(tmp_path: Path, database_url: str) -> None:
    paths = gold_variants(tmp_path / "records", 3)
    first = db.load([tmp_path / "records"], database_url)
    assert (first.loaded, first.unchanged, first.failed) == (3, 0, 0)
    expected = expected_counts([json.loads(p.read_text()) for p in paths])
    assert expected["entities"] > 0 and expected["claims"] > 0 and expected["authors"] > 0
    with db.Database(database_url) as database:
        assert database.counts() == expected
    before = dump(database_url)

    second = db.load([tmp_path / "records"], database_url)
    assert (second.loaded, second.unchanged, second.failed) == (0, 3, 0)
    assert dump(database_url) == before


def test_a_changed_article_replaces_its_rows(tmp_path: Path, database_url: str) -> None:
    paths = gold_variants(tmp_path / "records", 2)
    db.load([tmp_path / "records"], database_url)
    data = json.loads(paths[0].read_text())
    kept = [e for e in data["entities"] if e["label"] == "ORG"]
    used = {c["quantity"] for c in data["claims"]}
    data |= {"entities": kept, "claims": data["claims"][:5],
             "quantities": [q for q in data["quantities"] if q["id"] in used]}
    data["metadata"]["title"] = "바뀐 제목"
    paths[0].write_text(json.dumps(data, ensure_ascii=False))

    summary = db.load([tmp_path / "records"], database_url)
    assert (summary.loaded, summary.unchanged) == (1, 1)
    with db.Database(database_url) as database:
        marker = "?" if database.dialect == "sqlite" else "%s"
        rows = database.query(f"SELECT label, count(*) FROM entities WHERE doc_id = {marker} GROUP BY label",
                              ("gold-0000",))
        assert rows == [("ORG", len(kept))]
        assert database.query(f"SELECT title FROM articles WHERE doc_id = {marker}", ("gold-0000",)) == [("바뀐 제목",)]
        assert database.counts() == expected_counts([json.loads(p.read_text()) for p in paths])


def test_an_invalid_record_is_reported_and_loads_nothing(tmp_path: Path, database_url: str) -> None:
    records = tmp_path / "records"
    good, broken, unreadable = gold_variants(records, 3)
    data = json.loads(broken.read_text())
    data["entities"][0]["text"] = "엉뚱한 글자"
    broken.write_text(json.dumps(data, ensure_ascii=False))
    unreadable.write_text('{"doc_id": "gold-0002", "text": ')
    (records / "manifest.json").write_text('{"status": "complete"}')  # the run's own file is not a record

    result = runner.invoke(app, ["load", str(records), "--db", database_url])
    assert result.exit_code == 1
    assert f"{broken}: entity e0: text[" in result.stderr
    assert f"{unreadable}: cannot read JSON" in result.stderr
    assert "1 loaded, 2 failed, 0 unchanged" in result.stderr
    with db.Database(database_url) as database:
        assert database.query("SELECT doc_id FROM articles") == [("gold-0000",)]
        assert database.counts() == expected_counts([json.loads(good.read_text())])


def test_tables_of_another_schema_need_recreate(tmp_path: Path) -> None:
    path = tmp_path / "dbr.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE articles (doc_id TEXT PRIMARY KEY, title TEXT)")
    gold_variants(tmp_path / "records", 1)
    url = f"sqlite:///{path}"
    with pytest.raises(db.DatabaseError, match="--recreate"):
        db.load([tmp_path / "records"], url)
    assert db.load([tmp_path / "records"], url, recreate=True).loaded == 1


def test_a_bad_url_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["load", str(tmp_path), "--db", "mysql://localhost/dbr"])
    assert result.exit_code == 2
    assert "--db takes sqlite:///PATH or postgresql://" in result.stderr


def _readme_queries() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sql\n(.*?)```", readme, flags=re.DOTALL)


def test_the_readme_queries_run_and_find_rows(tmp_path: Path, database_url: str) -> None:
    queries = _readme_queries()
    assert len(queries) == 3
    gold_variants(tmp_path / "records", 2)
    db.load([tmp_path / "records"], database_url)
    with db.Database(database_url) as database:
        for query in queries:
            assert database.query(query.strip().rstrip(";")), f"no rows from:\n{query}"
