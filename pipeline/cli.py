"""The ``dbr-extract`` command: a thin layer over the package."""

from __future__ import annotations

import json
import sys
from enum import Enum
from functools import partial
from pathlib import Path
from typing import Annotated

import typer

# The commands import what they need when they run: `--help` and the commands that need
# no NLP must not pay for loading spaCy, Kiwi or the pydantic models.

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
    max_chars: Annotated[
        int | None, typer.Option("--max-chars", min=0, help="Refuse an article longer than this many characters of "
                                                            "text: Unicode characters of the decoded file, or of a "
                                                            "JSONL line's text, before cleaning (0: no limit).  "
                                                            "[default: 2000000]")
    ] = None,
    timeout: Annotated[
        float | None, typer.Option("--timeout", min=0, help="Abandon an article that takes longer than this many "
                                                            "seconds, and go on (0: no limit; local engine).  "
                                                            "[default: 600]")
    ] = None,
) -> None:
    """Extract one record per article, in parallel; skips articles whose record is up to date.

    Failures go to OUTPUT/errors.jsonl (file, stage, message) and the run goes on: an
    article over --max-chars is refused unread, one over --timeout is abandoned (its
    worker killed and replaced). Warnings (text the cleaning dropped, no article text)
    go into the record. While an article takes long, the progress says which, at which stage.
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
    from pipeline.io import MAX_CHARS
    from pipeline.progress import Reporter, on_terminal

    if engine is Engine.local and (address or output_format is not Format.json):
        raise typer.BadParameter("--address and --format parquet go with --engine ray")
    limit = MAX_CHARS if max_chars is None else max_chars or None
    if engine is Engine.ray:
        from pipeline import ray_engine

        if timeout is not None:
            raise typer.BadParameter("--timeout goes with the local engine")
        run = partial(ray_engine.run, address=address, output_format=output_format.value, max_chars=limit)
    else:
        run = partial(batch.run, max_chars=limit, timeout=batch.TIMEOUT if timeout is None else timeout or None)
    target = sys.stdout if output == "-" else Path(output)
    total = batch.count_articles(paths) if on_terminal() else None
    with Reporter("extract", total, names={"done": "extracted"}) as reporter:
        if engine is Engine.local:
            run = partial(run, on_running=reporter.in_progress)

        def report(outcome: batch.Outcome) -> None:
            if outcome.status == "failed":
                stage = f"stage {outcome.stage}: " if outcome.stage != "read" else ""
                reporter.note(f"error: {outcome.where}: {stage}{outcome.message}")
            for warning in outcome.warnings:
                reporter.note(f"warning: {outcome.where}: {warning}")
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
        str | None,
        typer.Option("--db", help="sqlite:///PATH (a file, made if missing) or postgresql://USER:PASSWORD@HOST/NAME."
                     "  [default: sqlite:///outputs/dbr.sqlite]"),
    ] = None,
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
            summary = database.load(paths, db or database.DEFAULT_URL, recreate=recreate, on_outcome=report)
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
    """Check records against the schema and SPEC's invariants (spans, offsets, ids), and
    that every value fits JSON and the databases (finite numbers, 64-bit integers, Unicode).

    Every .json file of a directory is checked (but the batch's manifest.json); the
    exit code is 1 when any is not a valid record, or a directory holds none.

    \b
    Examples:
      dbr-extract validate outputs/
      dbr-extract validate tests/gold/dev/dbr-247-bat-ai-strategy.json
    """
    from pipeline.db import record_files
    from pipeline.validate import load_record, printable, problems

    bad = 0
    for given in paths:
        if given.is_dir() and not any(record_files([given])):
            _say(f"{printable(str(given))}: no .json records in this directory")
            bad += 1
    for path in record_files(paths):
        name = printable(str(path))
        try:
            found = problems(load_record(path))
        except ValueError as error:
            found = [str(error)]
        if found:
            bad += 1
            for message in found:
                _say(f"{name}: {message}")
        else:
            print(f"{name}: ok")
    if bad:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a record.

    \b
    Example:
      dbr-extract schema > schemas/record.schema.json
    """
    from pipeline.schema import Record

    print(json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2))


def _records(path: Path) -> dict:
    from pipeline.db import record_files
    from pipeline.validate import load_record

    records = {}
    for file in record_files([path]):
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
    per_article: Annotated[bool, typer.Option("--per-article", help="Also print F1 per article.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    min_f1: Annotated[
        list[str], typer.Option("--min-f1", help="TYPE=VALUE: exit non-zero when TYPE's F1 is below VALUE.")
    ] = [],  # noqa: B006 - typer reads the default
) -> None:
    """Precision, recall and F1 per record type against hand-labelled gold (SPEC §7).

    Records are matched by doc_id; a gold document without a prediction counts as all misses.

    \b
    Examples:
      dbr-extract evaluate build/dev/ tests/gold/dev/ --per-article
      dbr-extract evaluate outputs/dbr-247-bat-ai-strategy.json tests/gold/dev/dbr-247-bat-ai-strategy.json --details
      dbr-extract evaluate build/dev/ tests/gold/dev/ --min-f1 entities=0.9 --min-f1 claims=0.7
    """
    from pipeline.evaluate import Report, compare, format_articles, format_details, format_table

    thresholds = {}
    for item in min_f1:
        name, _, value = item.partition("=")
        try:
            thresholds[name] = float(value)
        except ValueError:
            raise typer.BadParameter(f"--min-f1 takes TYPE=VALUE, not {item!r}") from None
    predictions, golds = _records(predicted), _records(gold)
    report, articles = Report(), {}
    for doc_id, gold_record in sorted(golds.items()):
        prediction = predictions.get(doc_id)
        if prediction is None:
            _say(f"warning: no prediction for {doc_id}")
            prediction = gold_record.model_copy(
                update={"entities": [], "quantities": [], "dates": [], "claims": [],
                        "metadata": type(gold_record.metadata)()}
            )
        articles[doc_id] = Report()
        compare(prediction, gold_record, articles[doc_id])
        report.merge(articles[doc_id])
    if as_json:
        scores = {name: score.as_dict() for name, score in report.scores.items()}
        if per_article:
            scores["articles"] = {doc_id: {name: score.as_dict() for name, score in article.scores.items()}
                                  for doc_id, article in articles.items()}
        print(json.dumps(scores, indent=2))
    else:
        print(format_table(report))
        if per_article:
            print()
            print(format_articles(articles))
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


@app.command()
def review(
    paths: Annotated[list[Path], typer.Argument(help="Record .json files, or directories of them.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Directory for the site (index.html, articles/).")],
    gold: Annotated[
        Path | None,
        typer.Option("--gold", help="A gold record file, or a directory searched (with its subdirectories) for them."),
    ] = None,
) -> None:
    """Write a static review site: each article's text with its records marked, its claims, and gold differences.

    OUTPUT/index.html lists every article (title, issue, counts per record type and,
    with --gold, F1 per type); OUTPUT/articles/ has one page per article. Records are
    matched with gold by doc_id and compared as `evaluate` compares them. The pages
    need no server and no network. A record that cannot be read is reported and left
    out; the exit code is then 1.

    \b
    Examples:
      dbr-extract review outputs/ -o build/review
      dbr-extract review outputs/ -o build/review --gold tests/gold/
      dbr-extract review tests/gold/dev/dbr-247-bat-ai-strategy.json -o build/gold-review
    """
    from pipeline.db import record_files
    from pipeline.review import build_site
    from pipeline.schema import Record
    from pipeline.validate import load_record

    def read(files: list[Path]) -> tuple[list[Record], int]:
        records, failed = [], 0
        for file in files:
            try:
                records.append(load_record(file))
            except ValueError as error:
                _say(f"error: {file}: {error}")
                failed += 1
        return records, failed

    records, failed = read(list(record_files(paths)))
    golds: dict[str, Record] = {}
    if gold is not None:
        gold_records, gold_failed = read(list(record_files([gold], recursive=True)))
        failed += gold_failed
        for record in gold_records:
            if record.doc_id in golds:
                _say(f"warning: two gold records for {record.doc_id}; the first is used")
            golds.setdefault(record.doc_id, record)
    by_doc_id: dict[str, Record] = {}
    for record in records:
        if record.doc_id in by_doc_id:
            _say(f"warning: two records for {record.doc_id}; the first is used")
        by_doc_id.setdefault(record.doc_id, record)
    if not by_doc_id:
        _say(f"error: no records in {', '.join(str(path) for path in paths)} (make extract writes outputs/)")
        raise typer.Exit(1)
    for doc_id in sorted(set(golds) - set(by_doc_id)):
        _say(f"note: gold for {doc_id} has no record here")
    build_site(list(by_doc_id.values()), golds, output)
    compared = len(set(golds) & set(by_doc_id))
    count = len(by_doc_id)
    _say(f"{count} article{'' if count == 1 else 's'} ({compared} compared with gold) in {output / 'index.html'}")
    if failed:
        raise typer.Exit(1)
