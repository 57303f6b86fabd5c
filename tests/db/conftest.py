"""Databases for the loading tests: a SQLite file, and a throwaway database on the
PostgreSQL server named by ``DBR_TEST_POSTGRES_URL`` (``.ci/postgres`` starts one).

Without that variable the PostgreSQL tests are skipped, except in CI (``CI=true``),
where they must run: a missing server is then a failure.
"""

from __future__ import annotations

import itertools
import json
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from pipeline.db import Database, tables

from ..conftest import ROOT

POSTGRES_URL_VARIABLE = "DBR_TEST_POSTGRES_URL"
GOLD = ROOT / "tests" / "gold" / "dev" / "dbr-247-bat-ai-strategy.json"


@pytest.fixture(scope="session")
def postgres_server() -> str:
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(f"CI: {POSTGRES_URL_VARIABLE} is not set, so the PostgreSQL tests cannot run (see .ci/run)")
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_URL_VARIABLE} (bash .ci/postgres starts one)")
    return url


@pytest.fixture
def postgres_databases(postgres_server: str) -> Iterator[Callable[[], str]]:
    """Makes new, empty databases on the server; drops them after the test."""
    import psycopg

    made: list[str] = []

    def make() -> str:
        name = f"dbr_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(postgres_server, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return urlsplit(postgres_server)._replace(path=f"/{name}").geturl()

    yield make
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        for name in made:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def new_database(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    """Makes the URL of a new, empty database, of each dialect in turn."""
    if request.param == "postgresql":
        return request.getfixturevalue("postgres_databases")
    names = (f"sqlite:///{tmp_path / f'dbr-{number}.sqlite'}" for number in itertools.count())
    return lambda: next(names)


@pytest.fixture
def database_url(new_database: Callable[[], str]) -> str:
    return new_database()


def gold_variants(directory: Path, count: int, prefix: str = "gold") -> list[Path]:
    """``count`` copies of the hand-labelled reference record (entities, claims, …) under new doc_ids."""
    directory.mkdir(parents=True, exist_ok=True)
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    paths = []
    for number in range(count):
        doc_id = f"{prefix}-{number:04d}"
        path = directory / f"{doc_id}.json"
        path.write_text(json.dumps(data | {"doc_id": doc_id}, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def expected_counts(records: list[dict]) -> dict[str, int]:
    """Rows per table that ``records`` (record JSON) should give."""
    counts = {table.name: 0 for table in tables()}
    for record in records:
        counts["articles"] += 1
        for table in tables()[1:]:
            items = record
            for step in table.path:
                items = items[step]
            counts[table.name] += len(items)
    return counts


def dump(url: str) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: two databases with equal dumps hold the same data."""
    with Database(url) as database:
        return {
            table.name: sorted(database.query(f'SELECT * FROM "{table.name}"'), key=repr) for table in tables()
        }
