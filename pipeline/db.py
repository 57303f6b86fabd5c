"""Loading records into SQLite (the default, a file) or PostgreSQL (a server).

The tables come from the pydantic models in ``pipeline.schema``, so the schema is
written once:

- ``articles``: one row per record, keyed by ``doc_id``. Its scalar fields, the
  fields of ``source`` (prefixed ``source_``; the extra keys of a JSONL line go
  to ``source_extra``) and of ``metadata`` (as they are) become columns.
- Every list of models becomes a table of its own, named after the field:
  ``blocks``, ``sentences``, ``linked_entities``, ``entities``, ``quantities``, ``dates``, ``claims``,
  ``authors`` and ``footnote_refs``. Each row holds ``doc_id``, its ``position``
  in the list and the model's fields; the key is ``(doc_id, id)`` where the model
  has an ``id``, else ``(doc_id, position)``.
- Lists of strings (``categories``, ``credits``, ``qualifiers``) are JSON columns.

What the models do not say is said here: which fields refer to other tables
(``REFERENCES``) and what users search by (``INDEXES``). ``ddl(dialect)`` is the
SQL that ``make schemas`` writes to ``schemas/``; a test fails when they differ.

Loading is idempotent: each article loads in one transaction that deletes its
earlier rows (``ON DELETE CASCADE``) and inserts the new ones; a record file that
is byte for byte the one an article was loaded from (``articles.record_sha256``)
is left alone without being parsed. A record that fails validation, or whose doc_id
is already the article of another input file, loads nothing and is reported.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from pipeline.io import same_source
from pipeline.schema import Record
from pipeline.validate import load_record, printable, problems

Dialect = Literal["sqlite", "postgresql"]
DIALECTS: tuple[Dialect, ...] = ("sqlite", "postgresql")
DEFAULT_URL = "sqlite:///outputs/dbr.sqlite"

# Nested models whose fields become columns of ``articles``, with their column prefix.
FLATTENED = {"source": "source_", "metadata": ""}
# Fields that name a row of another table of the same article: field -> (table, column).
REFERENCES = {
    "block": ("blocks", "position"),
    "sentence": ("sentences", "id"),
    "quantity": ("quantities", "id"),
    "date": ("dates", "id"),
    "entity": ("linked_entities", "id"),
    "subject_entity": ("linked_entities", "id"),
    "object_entity": ("linked_entities", "id"),
    "speaker_entity": ("linked_entities", "id"),
}
# What analysts search by (and what joins need beyond the keys).
INDEXES = {
    "articles": (("record_sha256",),),
    "authors": (("name",),),
    "linked_entities": (("label", "canonical"), ("canonical",)),
    "entities": (("label", "canonical"), ("canonical",)),
    "quantities": (("unit", "value"), ("kind",)),
    "dates": (("value",),),
    "claims": (("type", "subject"), ("subject",)),
}
# Column kind -> SQL type.
TYPES: dict[Dialect, dict[str, str]] = {
    "sqlite": {"text": "TEXT", "integer": "INTEGER", "real": "REAL", "json": "TEXT"},
    "postgresql": {"text": "TEXT", "integer": "BIGINT", "real": "DOUBLE PRECISION", "json": "JSONB"},
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: Literal["text", "integer", "real", "json"]
    nullable: bool
    # Where an ``articles`` column's value is in the record's JSON: ("metadata", "title").
    path: tuple[str, ...] = ()
    # For ``<prefix>extra``: the model whose extra keys the column holds.
    extra_of: type[BaseModel] | None = None


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    # (columns, table, its columns)
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()
    path: tuple[str, ...] = ()  # where a child table's rows are in the record: ("metadata", "authors")


def _column_kind(annotation: Any) -> tuple[str, bool]:
    """The column kind of a scalar field's annotation, and whether it may be null."""
    nullable = False
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        arguments = [a for a in typing.get_args(annotation) if a is not type(None)]
        nullable = len(arguments) < len(typing.get_args(annotation))
        (annotation,) = arguments
    origin = typing.get_origin(annotation)
    if origin is Literal or annotation is str:
        return "text", nullable
    if annotation is bool or annotation is int:
        return "integer", nullable
    if annotation is float:
        return "real", nullable
    if origin is list and typing.get_args(annotation)[0] is str:
        return "json", nullable
    raise TypeError(f"no column type for {annotation!r}")


def _list_model(annotation: Any) -> type[BaseModel] | None:
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return item
    return None


@cache
def tables() -> tuple[Table, ...]:
    """The tables, in an order where every table comes after those it refers to."""
    article_columns: list[Column] = []
    children: list[Table] = []

    def walk(model: type[BaseModel], prefix: str, path: tuple[str, ...]) -> None:
        for name, info in model.model_fields.items():
            annotation = info.annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                walk(annotation, FLATTENED[name], (*path, name))
            elif item := _list_model(annotation):
                children.append(_child_table(name, item, (*path, name)))
            else:
                kind, nullable = _column_kind(annotation)
                article_columns.append(Column(prefix + name, kind, nullable, (*path, name)))
        if model.model_config.get("extra") == "allow":
            article_columns.append(Column(f"{prefix}extra", "json", False, path, extra_of=model))

    walk(Record, "", ())
    # Not in the record: the SHA-256 of the record file loaded, to skip unchanged files.
    article_columns.append(Column("record_sha256", "text", False))
    names = [c.name for c in article_columns]
    assert len(names) == len(set(names)), f"two fields flatten to one column: {names}"
    articles = Table("articles", tuple(article_columns), ("doc_id",), indexes=INDEXES["articles"])
    ordered = [articles, *children]
    for index, table in enumerate(ordered):
        for _, target, _ in table.foreign_keys:
            assert target in [t.name for t in ordered[:index]], f"{table.name} refers to {target}, made later"
    return tuple(ordered)


def _child_table(name: str, model: type[BaseModel], path: tuple[str, ...]) -> Table:
    columns = [Column("doc_id", "text", False), Column("position", "integer", False)]
    foreign_keys = [(("doc_id",), "articles", ("doc_id",))]
    indexes = list(INDEXES.get(name, ()))
    for field_name, info in model.model_fields.items():
        columns.append(Column(field_name, *_column_kind(info.annotation)))
        if field_name in REFERENCES and REFERENCES[field_name][0] != name:
            target, target_column = REFERENCES[field_name]
            foreign_keys.append((("doc_id", field_name), target, ("doc_id", target_column)))
            # Deleting an article checks these references: without an index, row by row.
            indexes.append(("doc_id", field_name))
    key = ("doc_id", "id") if "id" in model.model_fields else ("doc_id", "position")
    return Table(name, tuple(columns), key, tuple(foreign_keys), tuple(indexes), path)


def _quote(name: str) -> str:
    # Every name is quoted: fields such as `end` are reserved words in SQL.
    return f'"{name}"'


def ddl_statements(dialect: Dialect) -> list[str]:
    statements = []
    for table in tables():
        lines = [
            f"    {_quote(c.name)} {TYPES[dialect][c.kind]}{'' if c.nullable else ' NOT NULL'}" for c in table.columns
        ]
        lines.append(f"    PRIMARY KEY ({', '.join(map(_quote, table.primary_key))})")
        for columns, target, target_columns in table.foreign_keys:
            on_delete = " ON DELETE CASCADE" if target == "articles" else ""
            lines.append(
                f"    FOREIGN KEY ({', '.join(map(_quote, columns))}) "
                f"REFERENCES {_quote(target)} ({', '.join(map(_quote, target_columns))}){on_delete}"
            )
        statements.append(f"CREATE TABLE IF NOT EXISTS {_quote(table.name)} (\n" + ",\n".join(lines) + "\n)")
        for columns in table.indexes:
            index = f"{table.name}_{'_'.join(columns)}_idx"
            statements.append(
                f"CREATE INDEX IF NOT EXISTS {_quote(index)} ON {_quote(table.name)} ({', '.join(map(_quote, columns))})"
            )
    return statements


def ddl(dialect: Dialect) -> str:
    """The schema as one SQL script: what ``schemas/<dialect>.sql`` holds."""
    header = (
        f"-- The dbr-extract database for {dialect}: generated from pipeline/schema.py by\n"
        f"-- `make schemas` (python -m pipeline.db {dialect}); do not edit by hand.\n\n"
    )
    return header + ";\n\n".join(ddl_statements(dialect)) + ";\n"


def rows(record: Record, record_sha256: str) -> dict[str, list[tuple[Any, ...]]]:
    """The record as the rows of every table, values in column order."""
    data = record.model_dump(mode="json")
    result: dict[str, list[tuple[Any, ...]]] = {}
    for table in tables():
        if table.name == "articles":
            result["articles"] = [tuple(_article_value(c, data, record_sha256) for c in table.columns)]
            continue
        items = _at(data, table.path)
        result[table.name] = [
            (record.doc_id, position, *(_value(c, item[c.name]) for c in table.columns[2:]))
            for position, item in enumerate(items)
        ]
    return result


def _at(data: Any, path: tuple[str, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def _article_value(column: Column, data: dict[str, Any], record_sha256: str) -> Any:
    if column.name == "record_sha256":
        return record_sha256
    if column.extra_of is not None:
        nested = _at(data, column.path)
        return _value(column, {k: v for k, v in nested.items() if k not in column.extra_of.model_fields})
    return _value(column, _at(data, column.path))


def _value(column: Column, value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if column.kind == "json" else value


class DatabaseError(Exception):
    """The database cannot be used: a bad URL, no server, or tables of another schema."""


class Database:
    """An open database of one dialect: creates the tables, replaces articles, counts rows."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.dialect: Dialect
        if url.startswith("sqlite:///"):
            self.dialect = "sqlite"
            self.connection = _sqlite(url.removeprefix("sqlite:///"))
        elif url.split("://", 1)[0].split("+", 1)[0] in ("postgresql", "postgres"):
            self.dialect = "postgresql"
            self.connection = _postgresql("postgresql://" + url.split("://", 1)[1])
        else:
            raise DatabaseError(f"--db takes sqlite:///PATH or postgresql://USER@HOST/NAME, not {url!r}")
        self._marker = "?" if self.dialect == "sqlite" else "%s"
        # SQLite inserts rows; PostgreSQL copies them, many times faster than INSERTs.
        self._inserts = {
            table.name: f"INSERT INTO {_quote(table.name)} ({', '.join(_quote(c.name) for c in table.columns)}) "
            f"VALUES ({', '.join('?' for _ in table.columns)})"
            if self.dialect == "sqlite"
            else f"COPY {_quote(table.name)} ({', '.join(_quote(c.name) for c in table.columns)}) FROM STDIN"
            for table in tables()
        }

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def _columns(self, table: str) -> list[str]:
        if self.dialect == "sqlite":
            return [row[1] for row in self.connection.execute(f"PRAGMA table_info({_quote(table)})").fetchall()]
        return [row[0] for row in self.connection.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = %s ORDER BY ordinal_position", (table,)
        ).fetchall()]

    def create(self, *, recreate: bool = False) -> None:
        """Makes the tables that are missing; with ``recreate``, drops the existing ones first.

        Tables made by another version of the schema are an error, since the rows
        would not fit: ``recreate`` (loading everything again) is the way out."""
        if recreate:
            cascade = " CASCADE" if self.dialect == "postgresql" else ""
            with self._transaction():
                for table in reversed(tables()):
                    self.connection.execute(f"DROP TABLE IF EXISTS {_quote(table.name)}{cascade}")
        for table in tables():
            existing = self._columns(table.name)
            expected = [c.name for c in table.columns]
            if existing and existing != expected:
                raise DatabaseError(
                    f"table {table.name} has the columns of another schema version "
                    f"({', '.join(existing)}); load again with --recreate"
                )
        with self._transaction():
            for statement in ddl_statements(self.dialect):
                self.connection.execute(statement)

    def has_record(self, record_sha256: str) -> bool:
        """Whether a record file with this SHA-256 is what some article was loaded from."""
        sql = f"SELECT 1 FROM articles WHERE record_sha256 = {self._marker}"
        return self.connection.execute(sql, (record_sha256,)).fetchone() is not None

    def source_path(self, doc_id: str) -> tuple[str | None] | None:
        """The ``source_path`` of the article ``doc_id`` (in a tuple), or ``None`` when there is no such article."""
        sql = f"SELECT source_path FROM articles WHERE doc_id = {self._marker}"
        row = self.connection.execute(sql, (doc_id,)).fetchone()
        return None if row is None else (row[0],)

    def replace(self, doc_id: str, table_rows: dict[str, list[tuple[Any, ...]]]) -> None:
        """In one transaction: deletes the article's rows (all tables, by cascade) and inserts ``table_rows``."""
        with self._transaction():
            self.connection.execute(f"DELETE FROM articles WHERE doc_id = {self._marker}", (doc_id,))
            for table in tables():
                if table_rows[table.name]:
                    self._insert(table.name, table_rows[table.name])

    def _insert(self, table: str, values: list[tuple[Any, ...]]) -> None:
        if self.dialect == "sqlite":
            self.connection.executemany(self._inserts[table], values)
        else:
            with self.connection.cursor() as cursor, cursor.copy(self._inserts[table]) as copy:
                for row in values:
                    copy.write_row(row)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {
            table.name: self.connection.execute(f"SELECT count(*) FROM {_quote(table.name)}").fetchone()[0]
            for table in tables()
        }

    def query(self, sql: str, parameters: tuple[Any, ...] | None = None) -> list[tuple[Any, ...]]:
        """The rows of a query (``%`` in a query without parameters is a literal character)."""
        cursor = self.connection.execute(sql) if parameters is None else self.connection.execute(sql, parameters)
        return [tuple(row) for row in cursor.fetchall()]

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self.dialect == "postgresql":
            with self.connection.transaction():
                yield
            return
        self.connection.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    @property
    def integrity_errors(self) -> tuple[type[Exception], ...]:
        """What a record that does not fit the tables raises (the article fails, the load goes on)."""
        if self.dialect == "sqlite":
            return (sqlite3.IntegrityError,)
        import psycopg

        # A value too long for an index entry (PostgreSQL's B-tree takes about 2.7 kB).
        return (psycopg.errors.IntegrityError, psycopg.errors.DataError, psycopg.errors.ProgramLimitExceeded)


def _sqlite(path: str) -> sqlite3.Connection:
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        connection = sqlite3.connect(path, isolation_level=None, timeout=30)
        connection.execute("PRAGMA foreign_keys = ON")
        # WAL with synchronous=NORMAL: a killed process never leaves a torn
        # transaction, and each article's commit does not wait for the disk.
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as error:
        raise DatabaseError(f"cannot open SQLite database {path}: {error}") from error
    return connection


def _postgresql(url: str) -> Any:
    import psycopg

    try:
        return psycopg.connect(url, autocommit=True)
    except psycopg.Error as error:
        raise DatabaseError(f"cannot connect to PostgreSQL: {error}".strip()) from error


LoadStatus = Literal["loaded", "unchanged", "failed"]


@dataclass(frozen=True)
class LoadOutcome:
    status: LoadStatus
    path: Path
    doc_id: str | None = None
    message: str | None = None


@dataclass
class LoadSummary:
    loaded: int = 0
    unchanged: int = 0
    failed: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        return (
            f"{self.loaded} loaded, {self.failed} failed, {self.unchanged} unchanged "
            f"in {self.seconds:.1f} s"
        )


def record_files(paths: Iterable[Path], *, recursive: bool = False) -> Iterator[Path]:
    """The record files among ``paths`` (directories of ``<doc_id>.json``, also in their
    subdirectories when ``recursive``, or files), in a stable order. Every ``.json`` of a
    directory is one, but the batch's ``manifest.json`` and hidden files."""
    from pipeline.io import MANIFEST

    for path in paths:
        if path.is_dir():
            found = path.rglob("*.json") if recursive else path.glob("*.json")
            yield from sorted(p for p in found if p.name != MANIFEST and not p.name.startswith("."))
        else:
            yield path


def count_records(paths: Iterable[Path]) -> int:
    """How many articles ``paths`` hold (record files, and the articles of Parquet directories)."""
    from pipeline import parquet

    return sum(
        parquet.count_articles(path) if parquet.is_table_directory(path) else sum(1 for _ in record_files([path]))
        for path in paths
    )


def load(
    paths: Iterable[Path],
    url: str = DEFAULT_URL,
    *,
    recreate: bool = False,
    on_outcome: Callable[[LoadOutcome], None] = lambda outcome: None,
) -> LoadSummary:
    """Loads every record file of ``paths`` (and every article of a Parquet directory written by
    ``extract --format parquet``) into the database at ``url``, one transaction per article."""
    from pipeline import parquet

    summary = LoadSummary()
    start = time.perf_counter()
    with Database(url) as database:
        database.create(recreate=recreate)
        for path in paths:
            if parquet.is_table_directory(path):
                try:
                    parquet.schema(tables()[0])
                except parquet.ParquetUnavailable as error:
                    raise DatabaseError(f"{path}: {error}") from None
                outcomes = (_load_rows(database, *article) for article in parquet.article_rows(path))
            else:
                outcomes = (_load_one(database, file) for file in record_files([path]))
            for outcome in outcomes:
                setattr(summary, outcome.status, getattr(summary, outcome.status) + 1)
                summary.seconds = time.perf_counter() - start
                on_outcome(outcome)
    return summary


class InvalidRecord(ValueError):
    """A record file that cannot be loaded: unreadable, or failing the schema or SPEC's invariants."""

    def __init__(self, message: str, doc_id: str | None = None) -> None:
        super().__init__(message)
        self.doc_id = doc_id


def record_rows(path: Path, record_sha256: str) -> tuple[str, dict[str, list[tuple[Any, ...]]]]:
    """The doc_id and the rows of the record file ``path``, once it has passed validation."""
    try:
        record = load_record(path)
    except ValueError as error:
        raise InvalidRecord(str(error)) from error
    if found := problems(record):
        more = f" (and {len(found) - 3} more)" if len(found) > 3 else ""
        raise InvalidRecord("; ".join(found[:3]) + more, record.doc_id)
    return record.doc_id, rows(record, record_sha256)


def _load_one(database: Database, path: Path) -> LoadOutcome:
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        return LoadOutcome("failed", path, message=f"cannot read: {error.strerror or error}")
    if database.has_record(digest):
        return LoadOutcome("unchanged", path)
    # Read again to validate: should the file change in between, the stored hash is
    # of the earlier bytes, so the next load sees a difference and loads it again.
    try:
        doc_id, table_rows = record_rows(path, digest)
    except InvalidRecord as error:
        return LoadOutcome("failed", path, error.doc_id, str(error))
    return _replace(database, path, doc_id, table_rows)


def _load_rows(
    database: Database, part: Path, doc_id: str, digest: str, table_rows: dict[str, list[tuple[Any, ...]]]
) -> LoadOutcome:
    """Loads one article of a Parquet directory (validated when it was written)."""
    if database.has_record(digest):
        return LoadOutcome("unchanged", part, doc_id)
    return _replace(database, part, doc_id, table_rows)


def _replace(database: Database, path: Path, doc_id: str, table_rows: dict[str, list[tuple[Any, ...]]]) -> LoadOutcome:
    """Replaces the article's rows, unless the database holds another input's article under that doc_id."""
    (article,) = table_rows["articles"]
    source = article[[c.name for c in tables()[0].columns].index("source_path")]
    loaded = database.source_path(doc_id)
    if loaded is not None and not same_source(loaded[0], source):
        other, this = printable(str(loaded[0])), printable(str(source))
        return LoadOutcome(
            "failed", path, doc_id,
            f"doc_id {doc_id!r} in the database is the article of {other}, and this record is of {this}: "
            "not loaded, the rows of the other stay (give one of the two another doc_id, or delete that article first)",
        )
    try:
        database.replace(doc_id, table_rows)
    except database.integrity_errors as error:
        reason = "; ".join(line.strip() for line in str(error).splitlines() if line.strip())
        return LoadOutcome("failed", path, doc_id, f"does not fit the tables: {reason}")
    return LoadOutcome("loaded", path, doc_id)


def main() -> None:
    """``python -m pipeline.db DIALECT``: prints the DDL (``make schemas``)."""
    import sys

    if len(sys.argv) != 2 or sys.argv[1] not in DIALECTS:
        sys.exit(f"usage: python -m pipeline.db {{{'|'.join(DIALECTS)}}}")
    sys.stdout.write(ddl(sys.argv[1]))


if __name__ == "__main__":
    main()
