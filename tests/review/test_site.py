"""The site as `dbr-extract review` writes it: the index, the pages, the gold found by
doc_id in a directory tree, bad files reported without stopping the rest."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate import Report, compare
from pipeline.review.site import page_name
from pipeline.schema import Record

from .conftest import write_record
from .dom import Element, Page

runner = CliRunner()


@pytest.fixture(scope="module")
def site(reference: Record, gold: Record, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    """Two records (the reference, compared with gold in the new layout, and a copy under
    another doc_id without gold), a manifest and a broken file beside them."""
    root = tmp_path_factory.mktemp("review")
    records = root / "records"
    write_record(reference, records / "dbr-247-bat-ai-strategy.json")
    write_record(reference.model_copy(update={"doc_id": "기사 2/외신"}), records / "other.json")
    (records / "manifest.json").write_text('{"counts": {}}', encoding="utf-8")
    (records / "broken.json").write_text('{"doc_id": "broken", "text": ', encoding="utf-8")
    write_record(gold, root / "gold" / "dev" / "dbr-247-bat-ai-strategy.json")
    (root / "gold" / "dev" / "dbr-247-bat-ai-strategy.txt").write_text("the page", encoding="utf-8")
    result = runner.invoke(app, ["review", str(records), "-o", str(root / "site"), "--gold", str(root / "gold")])
    return root, result


def test_bad_files_are_named_and_the_rest_is_written(site) -> None:
    root, result = site
    assert result.exit_code == 1
    assert f"error: {root / 'records' / 'broken.json'}: cannot read JSON" in result.stderr
    assert "2 articles (1 compared with gold)" in result.stderr
    pages = sorted(p.name for p in (root / "site" / "articles").iterdir())
    assert pages == sorted([page_name("기사 2/외신"), "dbr-247-bat-ai-strategy.html"])
    assert not [p for p in (root / "site").rglob("*") if p.name.startswith(".")], "no temporary files left"


def test_index_lists_every_article_with_counts_and_f1(site, reference: Record, gold: Record) -> None:
    root, _ = site
    page = Page((root / "site" / "index.html").read_text(encoding="utf-8"))
    rows = [r for r in page.select("tr") if r.parent.tag == "tbody" and "articles" in r.parent.parent.classes]
    assert len(rows) == 2
    report = Report()
    compare(reference, gold, report)
    by_doc = {}
    for row in rows:
        cells = [c for c in row.parts if isinstance(c, Element)]
        link = next(e for e in cells[0].parts if isinstance(e, Element) and e.tag == "a")
        assert (root / "site" / unquote(link.attrs["href"])).is_file()
        by_doc[cells[0].parts[-1].text] = [c.text for c in cells]
    counts = [str(len(getattr(reference, kind))) for kind in ("entities", "quantities", "dates", "claims")]
    assert by_doc["dbr-247-bat-ai-strategy"][0].startswith("BAT의 AI 전략")
    assert by_doc["dbr-247-bat-ai-strategy"][1] == "247호2018-04 · 2"
    assert by_doc["dbr-247-bat-ai-strategy"][2:6] == counts == by_doc["기사 2/외신"][2:6]
    assert by_doc["dbr-247-bat-ai-strategy"][6:] == [
        f"{report.scores[kind].f1:.3f}" for kind in ("entities", "quantities", "dates", "claims")]
    assert by_doc["기사 2/외신"][6:] == ["—"] * 4
    totals = {cells[0].text: [c.text for c in cells[1:]] for cells in
              ([c for c in row.parts if isinstance(c, Element)] for row in page.select("tr")
               if row.parent.tag == "tbody" and "scores" in row.parent.parent.classes)}
    for name in ("metadata", "entities", "entities.unique", "quantities", "dates", "claims"):
        score = report.scores[name]
        assert totals[name] == [str(score.gold), str(score.predicted), str(score.correct), str(len(score.misses)),
                                str(len(score.spurious)), f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}"]
    buttons = [b for b in page.select("button") if "data-column" in b.attrs]
    assert [int(b.attrs["data-column"]) for b in buttons] == list(range(10))


def test_pages_compare_with_gold_only_where_there_is_gold(site) -> None:
    root, _ = site
    compared = Page((root / "site" / "articles" / "dbr-247-bat-ai-strategy.html").read_text(encoding="utf-8"))
    alone = Page((root / "site" / "articles" / page_name("기사 2/외신")).read_text(encoding="utf-8"))
    assert "summary" in compared.by_id() and "differences" in compared.by_id()
    assert "summary" not in alone.by_id() and not alone.select("mark", "missed") and not alone.select("mark", "matched")
    assert [a.attrs["href"] for a in compared.select("a") if a.parent.tag == "nav"] == ["../index.html"]


def test_pages_need_nothing_from_a_network(site) -> None:
    root, _ = site
    for path in (root / "site").rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html), path
        assert "@import" not in html and "url(" not in html


def test_a_gold_file_is_reviewed_as_a_record(gold: Record, tmp_path: Path) -> None:
    path = write_record(gold, tmp_path / "gold.json")
    result = runner.invoke(app, ["review", str(path), "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.stderr
    page = Page((tmp_path / "site" / "articles" / "dbr-247-bat-ai-strategy.html").read_text(encoding="utf-8"))
    assert len([m for m in page.select("mark", "ent") if "cont" not in m.classes]) == len(gold.entities)


def test_gold_without_a_record_is_noted(reference: Record, gold: Record, tmp_path: Path) -> None:
    write_record(reference.model_copy(update={"doc_id": "another"}), tmp_path / "records" / "another.json")
    write_record(gold, tmp_path / "gold" / "test" / "dbr-247-bat-ai-strategy.json")
    result = runner.invoke(app, ["review", str(tmp_path / "records"), "-o", str(tmp_path / "site"),
                                 "--gold", str(tmp_path / "gold")])
    assert result.exit_code == 0
    assert "note: gold for dbr-247-bat-ai-strategy has no record here" in result.stderr


def test_no_record_at_all_fails(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["review", str(tmp_path / "empty"), "-o", str(tmp_path / "site")])
    assert result.exit_code == 1 and f"error: no records in {tmp_path / 'empty'}" in result.stderr
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("dbr-247-bat-ai-strategy", "dbr-247-bat-ai-strategy.html"),
        ("기사_2024.01", "기사_2024.01.html"),
        ("a/b", None),
        ("../up", None),
        (".hidden", None),
        ("x" * 101, None),
        ("a b", None),
        ("a\\b", None),
    ],
)
def test_page_names_are_plain_file_names(doc_id: str, expected: str | None) -> None:
    name = page_name(doc_id)
    if expected is not None:
        assert name == expected
    else:
        assert re.fullmatch(r"[\w.-]{0,60}-[0-9a-f]{10}\.html", name) and not name.startswith(".")
        assert name != page_name(doc_id + " ")
