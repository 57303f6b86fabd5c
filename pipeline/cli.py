"""The ``dbr-extract`` command: a thin layer over the package."""

from __future__ import annotations

import json
import sys
from enum import Enum
from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from pipeline.db import DEFAULT_URL
from pipeline.schema import Record
from pipeline.validate import load_record, problems

app = typer.Typer(
    help="Structured records (entities, quantities, dates, claims) from Korean business articles.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class Format(str, Enum):
    json = "json"
    parquet = "parquet"


def _say(message: str) -> None:
    print(message, file=sys.stderr)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article .txt files, directories of them, or .jsonl files.")],
    output: Annotated[
        str, typer.Option("-o", "--output", help="Directory for <doc_id>.json files, or - for JSON Lines on stdout.")
    ] = "outputs",
    workers: Annotated[
        int | None, typer.Option("--workers", "-j", min=1, help="Worker processes (actors with --engine ray).  "
                                                         "[default: the number of cores, or the cluster's CPUs]")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Extract articles whose record is up to date too.")] = False,
    engine: Annotated[
        Engine, typer.Option("--engine", help="local: processes on this machine; ray: actors on a Ray cluster "
                                              "(pip install 'dbr-extract[ray]').")
    ] = Engine.local,
    address: Annotated[
        str | None, typer.Option("--address", help="With --engine ray: the cluster to join, host:port or auto "
                                                   "(the one running here).  [default: start a local one]")
    ] = None,
    output_format: Annotated[
        Format, typer.Option("--format", help="parquet: also the database's tables in OUTPUT/parquet/ "
                                              "(with --engine ray).")
    ] = Format.json,
) -> None:
    """Extract one record per article, in parallel; skips articles whose record is up to date.

    Failures go to OUTPUT/errors.jsonl (file, stage, message) and the run goes on;
    OUTPUT/manifest.json records the run. The exit code is 1 when any article failed.
    A run killed at any moment leaves only complete records: run it again to finish.

    \b
    Examples:
      dbr-extract extract corpus/ -o outputs/
      dbr-extract extract article.txt -o -
      dbr-extract extract batch.jsonl -o outputs/ --workers 4    (lines: {"id": ..., "text": ..., "url": ...})
      dbr-extract extract corpus/ -o /shared/outputs/ --engine ray --address auto --format parquet
    """
    from pipeline import batch
    from pipeline.progress import Reporter, on_terminal

    if engine is Engine.local and (address or output_format is not Format.json):
        raise typer.BadParameter("--address and --format parquet go with --engine ray")
    if engine is Engine.ray:
        from pipeline import ray_engine

        run = partial(ray_engine.run, address=address, output_format=output_format.value)
    else:
        run = batch.run
    target = sys.stdout if output == "-" else Path(output)
    total = batch.count_articles(paths) if on_terminal() else None
    with Reporter("extract", total, names={"done": "extracted"}) as reporter:

        def report(outcome: batch.Outcome) -> None:
            if outcome.status == "failed":
                stage = f"stage {outcome.stage}: " if outcome.stage != "read" else ""
                reporter.note(f"error: {outcome.where}: {stage}{outcome.message}")
            reporter.advance(outcome.status)

        try:
            summary = run(paths, target, workers=workers, force=force, on_outcome=report)
        except batch.BatchError as error:
            _say(f"error: {error}")
            raise typer.Exit(2) from None
    _say(str(summary))
    if summary.failed or not summary.articles:
        raise typer.Exit(1)


@app.command()
def load(
    paths: Annotated[list[Path], typer.Argument(
        help="Directories of <doc_id>.json records, record files, or the parquet/ directory of extract --format parquet."
    )],
    db: Annotated[
        str, typer.Option("--db", help="sqlite:///PATH (a file, made if missing) or postgresql://USER:PASSWORD@HOST/NAME.")
    ] = DEFAULT_URL,
    recreate: Annotated[
        bool, typer.Option("--recreate", help="Drop the tables and load everything again (after a schema change).")
    ] = False,
) -> None:
    """Load records into SQLite or PostgreSQL: articles, authors, sentences, entities, quantities, dates, claims.

    Each article loads in one transaction that replaces its earlier rows; records
    that have not changed since the last load are skipped. A record that fails
    validation loads nothing and is reported; the exit code is then 1.

    \b
    Examples:
      dbr-extract load outputs/
      dbr-extract load outputs/ --db sqlite:///data/dbr.sqlite
      dbr-extract load outputs/ --db postgresql://dbr:secret@localhost/dbr
      dbr-extract load outputs/parquet/
    """
    from pipeline import db as database
    from pipeline.progress import Reporter, on_terminal

    total = database.count_records(paths) if on_terminal() else None
    with Reporter("load", total) as reporter:

        def report(outcome: database.LoadOutcome) -> None:
            if outcome.status == "failed":
                reporter.note(f"error: {outcome.path}: {outcome.message}")
            reporter.advance(outcome.status)

        try:
            summary = database.load(paths, db, recreate=recreate, on_outcome=report)
        except database.DatabaseError as error:
            _say(f"error: {error}")
            raise typer.Exit(2) from None
    _say(str(summary))
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def validate(
    paths: Annotated[list[Path], typer.Argument(help="Record or gold .json files, or directories of them.")],
) -> None:
    """Check records against the schema and SPEC's invariants (spans, offsets, ids).

    \b
    Examples:
      dbr-extract validate outputs/
      dbr-extract validate tests/gold/dbr-247-bat-ai-strategy.json
    """
    bad = 0
    for path in (file for given in paths for file in _record_files(given)):
        try:
            found = problems(load_record(path))
        except ValueError as error:
            found = [str(error)]
        if found:
            bad += 1
            for message in found:
                _say(f"{path}: {message}")
        else:
            print(f"{path}: ok")
    if bad:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a record.

    \b
    Example:
      dbr-extract schema > schemas/record.schema.json
    """
    print(json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2))


def _record_files(path: Path) -> list[Path]:
    """``path`` itself, or a directory's ``*.json`` records (other JSON there, such as the
    batch's ``manifest.json``, is not a record and is passed over)."""
    if not path.is_dir():
        return [path]
    return [file for file in sorted(path.glob("*.json")) if '"doc_id"' in file.read_text(encoding="utf-8")[:200]]


def _records(path: Path) -> dict[str, Record]:
    records = {}
    for file in _record_files(path):
        try:
            record = load_record(file)
        except ValueError as error:
            raise typer.BadParameter(f"{file}: {error}") from error
        records[record.doc_id] = record
    return records


@app.command()
def evaluate(
    predicted: Annotated[Path, typer.Argument(help="A predicted record file, or a directory of them.")],
    gold: Annotated[Path, typer.Argument(help="A gold record file, or a directory of them.")],
    details: Annotated[bool, typer.Option("--details", help="List every miss and spurious record.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    min_f1: Annotated[
        list[str], typer.Option("--min-f1", help="TYPE=VALUE: exit non-zero when TYPE's F1 is below VALUE.")
    ] = [],  # noqa: B006 - typer reads the default
) -> None:
    """Precision, recall and F1 per record type against hand-labelled gold (SPEC §7).

    Records are matched by doc_id; a gold document without a prediction counts as all misses.

    \b
    Examples:
      dbr-extract evaluate outputs/ tests/gold/
      dbr-extract evaluate outputs/dbr-247-bat-ai-strategy.json tests/gold/dbr-247-bat-ai-strategy.json --details
      dbr-extract evaluate outputs/ tests/gold/ --min-f1 entities=0.9 --min-f1 claims=0.7
    """
    from pipeline.evaluate import Report, compare, format_details, format_table

    thresholds = {}
    for item in min_f1:
        name, _, value = item.partition("=")
        try:
            thresholds[name] = float(value)
        except ValueError:
            raise typer.BadParameter(f"--min-f1 takes TYPE=VALUE, not {item!r}") from None
    predictions, golds = _records(predicted), _records(gold)
    report = Report()
    for doc_id, gold_record in sorted(golds.items()):
        prediction = predictions.get(doc_id)
        if prediction is None:
            _say(f"warning: no prediction for {doc_id}")
            prediction = gold_record.model_copy(
                update={"entities": [], "quantities": [], "dates": [], "claims": [],
                        "metadata": type(gold_record.metadata)()}
            )
        compare(prediction, gold_record, report)
    if as_json:
        print(json.dumps({name: score.as_dict() for name, score in report.scores.items()}, indent=2))
    else:
        print(format_table(report))
        if details:
            print(format_details(report))
    failed = False
    for name, threshold in thresholds.items():
        score = report.scores.get(name)
        if score is None:
            raise typer.BadParameter(f"--min-f1: no record type {name!r}; types: {', '.join(report.scores)}")
        if score.f1 < threshold:
            _say(f"{name}: F1 {score.f1:.3f} is below {threshold}")
            failed = True
    if failed:
        raise typer.Exit(1)
