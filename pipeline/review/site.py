"""Writes the review site: ``index.html`` and one page per article under ``articles/``.

Static files only: the style sheet and the script are put inside every page, so a
page opens from disk, alone, with no server and no network.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import get_args
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from pipeline import __version__
from pipeline.evaluate import ARTICLE_COLUMNS, Report
from pipeline.io import write_atomic
from pipeline.review.article import KINDS, ArticleView, article_view, describe_date, describe_quantity
from pipeline.schema import ClaimType, EntityLabel, Record

_PLAIN_NAME = re.compile(r"[\w.-]{1,100}")


@dataclass
class IndexRow:
    view: ArticleView
    href: str


def page_name(doc_id: str) -> str:
    """The article page's file name: the doc_id where it makes a plain file name, else
    a readable part of it and a hash (doc_ids of JSONL input can be anything)."""
    if _PLAIN_NAME.fullmatch(doc_id) and not doc_id.startswith("."):
        return f"{doc_id}.html"
    readable = re.sub(r"[^\w.-]+", "_", doc_id).strip("._")[:60]
    return f"{readable}-{hashlib.sha256(doc_id.encode('utf-8')).hexdigest()[:10]}.html"


@cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("pipeline.review", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )
    static = files("pipeline.review") / "static"
    environment.globals.update(
        style=Markup(static.joinpath("review.css").read_text(encoding="utf-8")),
        script=Markup(static.joinpath("review.js").read_text(encoding="utf-8")),
        version=__version__, kinds=KINDS, score_types=ARTICLE_COLUMNS,
        describe_quantity=describe_quantity, describe_date=describe_date,
        entity_labels=get_args(EntityLabel), claim_types=get_args(ClaimType),
    )
    return environment


def render_article(view: ArticleView) -> str:
    return _environment().get_template("article.html").render(view=view)


def build_site(records: list[Record], golds: dict[str, Record], output: Path) -> None:
    """Writes the pages of ``records`` (compared with the gold of the same doc_id, where
    ``golds`` has one) and the index into ``output``."""
    (output / "articles").mkdir(parents=True, exist_ok=True)
    rows = []
    for record in sorted(records, key=lambda r: r.doc_id):
        view = article_view(record, golds.get(record.doc_id))
        name = page_name(record.doc_id)
        write_atomic(output / "articles" / name, render_article(view))
        rows.append(IndexRow(view, f"articles/{quote(name)}"))
    total = Report()
    for row in rows:
        if row.view.report is not None:
            total.merge(row.view.report)
    compared = sum(row.view.report is not None for row in rows)
    index = _environment().get_template("index.html").render(rows=rows, total=total, compared=compared)
    write_atomic(output / "index.html", index)
