from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.io import record_json
from pipeline.review.article import ArticleView, article_view
from pipeline.review.site import render_article
from pipeline.schema import Record
from pipeline.validate import load_record

from ..conftest import ROOT
from .dom import Page

GOLD = ROOT / "tests" / "gold" / "dev" / "dbr-247-bat-ai-strategy.json"
MARK_CLASS = {"entities": "ent", "quantities": "qty", "dates": "date"}


@pytest.fixture(scope="session")
def gold() -> Record:
    return load_record(GOLD)


@pytest.fixture(scope="session")
def reference_view(reference: Record) -> ArticleView:
    return article_view(reference)


@pytest.fixture(scope="session")
def reference_page(reference_view: ArticleView) -> Page:
    return Page(render_article(reference_view))


@pytest.fixture(scope="session")
def gold_view(reference: Record, gold: Record) -> ArticleView:
    return article_view(reference, gold)


@pytest.fixture(scope="session")
def gold_page(gold_view: ArticleView) -> Page:
    return Page(render_article(gold_view))


def write_record(record: Record, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(record_json(record), encoding="utf-8")
    return path
