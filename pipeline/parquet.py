"""The record tables as Parquet, for warehouse import (``extract --engine ray --format parquet``).

A Parquet directory holds one sub-directory per table of the database (``articles``,
``sentences``, ``entities``, …: ``pipeline.db.tables()``, so the columns are those of
the SQL schema, generated from the same pydantic models) and in each the same part
files: ``<table>/part-00000.parquet`` holds the rows of the articles whose
``articles`` row is in ``articles/part-00000.parquet``. Column types follow the
column kinds: text and JSON as strings, integers as int64, reals as float64.

pyarrow is imported only here, and only when Parquet is written or read, so the rest
of the package needs none of it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.db import InvalidRecord, Table, record_rows, tables

ARTICLES = "articles"
# The extra that brings Ray and pyarrow.
INSTALL = "pip install 'dbr-extract[ray]'"
_ARROW_TYPES = {"text": "string", "json": "string", "integer": "int64", "real": "float64"}


class ParquetUnavailable(ImportError):
    """pyarrow is not installed."""


def _arrow() -> tuple[Any, Any]:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ParquetUnavailable(f"Parquet needs pyarrow: {INSTALL}") from None
    return pyarrow, pyarrow.parquet


def schema(table: Table) -> Any:
    """The Arrow schema of ``table``: its columns, kinds and nullability."""
    pa, _ = _arrow()
    return pa.schema([pa.field(c.name, getattr(pa, _ARROW_TYPES[c.kind])(), nullable=c.nullable)
                      for c in table.columns])


def is_table_directory(path: Path) -> bool:
    """Whether ``path`` is a directory of Parquet tables (rather than of JSON records)."""
    return path.is_dir() and (path / ARTICLES).is_dir()


def write_part(record_files: list[Path], directory: Path, name: str) -> list[tuple[Path, str | None, str]]:
    """Writes the rows of ``record_files`` as part ``name`` of every table under ``directory``.

    A record that ``dbr-extract load`` would refuse (unreadable, or failing the schema
    or SPEC's invariants) is left out and returned as (file, doc_id, message)."""
    pa, pq = _arrow()
    rows: dict[str, list[tuple[Any, ...]]] = {table.name: [] for table in tables()}
    refused = []
    for file in record_files:
        try:
            digest = hashlib.sha256(file.read_bytes()).hexdigest()
            _, table_rows = record_rows(file, digest)
        except OSError as error:
            refused.append((file, None, f"cannot read: {error.strerror or error}"))
            continue
        except InvalidRecord as error:
            refused.append((file, error.doc_id, str(error)))
            continue
        for table, values in table_rows.items():
            rows[table].extend(values)
    for table in tables():
        columns = list(zip(*rows[table.name], strict=True)) or [()] * len(table.columns)
        arrow = pa.Table.from_arrays(
            [pa.array(values, type=field.type) for values, field in zip(columns, schema(table), strict=True)],
            schema=schema(table),
        )
        (directory / table.name).mkdir(parents=True, exist_ok=True)
        pq.write_table(arrow, directory / table.name / f"{name}.parquet")
    return refused


def article_rows(directory: Path) -> Iterator[tuple[Path, str, str, dict[str, list[tuple[Any, ...]]]]]:
    """Every article of a Parquet directory: (part file, doc_id, record_sha256, its rows per table),
    part by part, so that one part at a time is in memory."""
    _, pq = _arrow()
    for part in sorted((directory / ARTICLES).glob("*.parquet")):
        by_article: dict[str, dict[str, list[tuple[Any, ...]]]] = {}
        for table in tables():
            data = pq.read_table(directory / table.name / part.name, schema=schema(table))
            doc_id = _position(table, "doc_id")
            for row in zip(*(data.column(c.name).to_pylist() for c in table.columns), strict=True):
                by_article.setdefault(row[doc_id], {t.name: [] for t in tables()})[table.name].append(row)
        digest = _position(tables()[0], "record_sha256")
        for doc_id, table_rows in by_article.items():
            (article,) = table_rows[ARTICLES]
            yield part, doc_id, article[digest], table_rows


def _position(table: Table, column: str) -> int:
    return [c.name for c in table.columns].index(column)


def count_articles(directory: Path) -> int:
    """How many articles a Parquet directory holds (from the parts' metadata)."""
    _, pq = _arrow()
    return sum(pq.ParquetFile(part).metadata.num_rows for part in (directory / ARTICLES).glob("*.parquet"))
