"""The ``dbr-extract`` command: a thin layer over the package."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from pipeline import Pipeline, StageError
from pipeline.io import Article, read_articles, record_json, write_atomic
from pipeline.schema import Record
from pipeline.validate import load_record, problems

app = typer.Typer(
    help="Structured records (entities, quantities, dates, claims) from Korean business articles.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


def _say(message: str) -> None:
    print(message, file=sys.stderr)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article .txt files, directories of them, or .jsonl files.")],
    output: Annotated[
        str, typer.Option("-o", "--output", help="Directory for <doc_id>.json files, or - for JSON Lines on stdout.")
    ] = "outputs",
) -> None:
    """Extract one record per article.

    \b
    Examples:
      dbr-extract extract corpus/ -o outputs/
      dbr-extract extract article.txt -o -
      dbr-extract extract batch.jsonl -o outputs/    (lines: {"id": ..., "text": ..., "url": ...})
    """
    pipeline = Pipeline()
    done = failed = 0
    for item in read_articles(paths):
        if not isinstance(item, Article):
            _say(f"error: {item}")
            failed += 1
            continue
        try:
            record = pipeline.process(item.text, item.doc_id, item.source)
        except StageError as error:
            _say(f"error: {item.source.get('path', item.doc_id)}: {error}")
            failed += 1
            continue
        if output == "-":
            sys.stdout.write(record_json(record, lines=True))
        else:
            write_atomic(Path(output) / f"{record.doc_id}.json", record_json(record))
        done += 1
    _say(f"{done} extracted, {failed} failed")
    if failed or not done:
        raise typer.Exit(1)


@app.command()
def validate(files: Annotated[list[Path], typer.Argument(help="Record or gold .json files.")]) -> None:
    """Check records against the schema and SPEC's invariants (spans, offsets, ids).

    \b
    Examples:
      dbr-extract validate outputs/*.json
      dbr-extract validate tests/gold/dbr-247-bat-ai-strategy.json
    """
    bad = 0
    for path in files:
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
