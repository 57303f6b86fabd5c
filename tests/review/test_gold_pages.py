"""Pages against gold: the misses and spurious records are evaluate's, marked apart in the
text and the tables, also when the record's text differs from the gold's."""

from __future__ import annotations

import re

import pytest

from pipeline.evaluate import Report, compare, keyed_records
from pipeline.review.article import KINDS, ArticleView, article_view
from pipeline.review.site import render_article
from pipeline.schema import Entity, Record

from .conftest import MARK_CLASS
from .dom import Element, Page


def heads(page: Page, *classes: str) -> list[Element]:
    return [e for e in page.select("mark", *classes) if "cont" not in e.classes]


def report_of(predicted: Record, gold: Record) -> Report:
    report = Report()
    compare(predicted, gold, report)
    return report


@pytest.mark.parametrize("kind", KINDS)
def test_the_differences_are_those_evaluate_reports(reference: Record, gold: Record, gold_view: ArticleView,
                                                     kind: str) -> None:
    score = report_of(reference, gold).scores[kind]
    gold_pairs, predicted_pairs = keyed_records(reference, gold)[kind]
    described = {id(r): d for r, (_, d) in zip(getattr(gold, kind), gold_pairs)}
    described |= {id(r): d for r, (_, d) in zip(getattr(reference, kind), predicted_pairs)}
    shown = {status: sorted(described[id(i.record)] for i in gold_view.items[kind] if i.status == status)
             for status in ("missed", "spurious")}
    assert shown == {"missed": sorted(score.misses), "spurious": sorted(score.spurious)}
    matched = [i for i in gold_view.items[kind] if i.status == "matched"]
    assert len(matched) == score.correct


def test_the_reference_has_differences_to_show(gold_view: ArticleView) -> None:
    assert gold_view.differences("entities") and gold_view.differences("claims")


@pytest.mark.parametrize("kind", list(MARK_CLASS))
def test_misses_and_spurious_records_are_marked_apart(gold_view: ArticleView, gold_page: Page, kind: str) -> None:
    for status in ("matched", "missed", "spurious"):
        items = [i for i in gold_view.items[kind] if i.status == status]
        marks = heads(gold_page, MARK_CLASS[kind], status)
        assert sorted(m.attrs["id"] for m in marks) == sorted(i.anchor for i in items)
        for item in items:
            assert gold_page.span_text(item.anchor) == item.record.text
            assert (" · MISSED" in gold_page.by_id()[item.anchor].attrs["title"]) == (status == "missed")
    assert len(heads(gold_page, MARK_CLASS[kind])) == len(gold_view.items[kind])


def test_summary_and_tables_count_what_evaluate_counts(reference: Record, gold: Record, gold_view: ArticleView,
                                                       gold_page: Page) -> None:
    report = report_of(reference, gold)
    rows = {row.parts[1].text: row for row in gold_page.select("tr")
            if row.parent.tag == "tbody" and "scores" in row.parent.parent.classes}
    for name in ("metadata", "entities", "entities.unique", "quantities", "dates", "claims"):
        score = report.scores[name]
        cells = [c.text for c in rows[name].parts if isinstance(c, Element)]
        assert cells[1:6] == [str(score.gold), str(score.predicted), str(score.correct),
                              str(len(score.misses)), str(len(score.spurious))]
        assert cells[8] == f"{score.f1:.3f}"
    for kind in KINDS:
        assert len(_difference_rows(gold_page, kind)) == len(report.scores[kind].misses) + len(report.scores[kind].spurious)
    claim_rows = gold_page.select("tr", "claim")
    assert len(claim_rows) == len(reference.claims) + len(report.scores["claims"].misses)
    assert sorted(r.attrs["id"] for r in claim_rows if "missed" in r.classes) == sorted(
        f"row-gold-{i.record.id}" for i in gold_view.items["claims"] if i.status == "missed")


def _section_of(page: Page, row: Element) -> str:
    """The record type whose differences table holds ``row``: the heading just before its table."""
    table = next(a for a in row.ancestors() if a.tag == "table")
    wrapper = table.parent
    siblings = [p for p in wrapper.parent.parts if isinstance(p, Element)]
    heading = [p for p in siblings[: siblings.index(wrapper)] if p.tag == "h3"][-1]
    return heading.attrs["id"].removeprefix("diff-")


def edited(record: Record, start: int, end: int, new_text: str) -> Record:
    """``record`` with ``text[start:end]`` replaced: records inside that stretch dropped,
    offsets after it moved (a stand-in for a prediction whose cleaned text differs)."""
    delta = len(new_text) - (end - start)

    def move(position: int) -> int:
        return position + delta if position >= end else position

    def kept(items: list) -> list:
        return [i.model_copy(update={"start": move(i.start), "end": move(i.end)}) for i in items
                if i.end <= start or i.start >= end]

    mentions = {kind: kept(getattr(record, kind)) for kind in ("entities", "quantities", "dates")}
    remaining = {m.id for kind in ("quantities", "dates") for m in mentions[kind]}
    claims = [c for c in kept(record.claims) if {c.quantity, c.date} - {None} <= remaining]
    return record.model_copy(update={
        "text": record.text[:start] + new_text + record.text[end:],
        "blocks": [b.model_copy(update={"start": move(b.start), "end": move(b.end)}) for b in record.blocks],
        "sentences": kept(record.sentences), "claims": claims, **mentions,
    })


@pytest.fixture(scope="module")
def differing(gold: Record) -> tuple[Record, list[Entity], list[Entity]]:
    """A prediction whose text differs from the gold's: a sentence inserted, another one
    replaced (its records gone), three entities and a claim dropped, and a spurious
    entity crossing a dropped one."""
    sentences = gold.sentences
    inserted_before = next(s for s in sentences[5:] if sentences[sentences.index(s) - 1].block == s.block)
    replaced = next(s for s in sentences[60:] if len([e for e in gold.entities if e.sentence == s.id]) >= 2
                    and any(c.sentence == s.id for c in gold.claims))
    following = sentences[sentences.index(replaced) + 1]
    predicted = edited(gold, replaced.start, following.start, "0000 0000. ")
    predicted = edited(predicted, inserted_before.start, inserted_before.start, "새로 넣은 문장이다. ")
    lost = [e for e in gold.entities if e.sentence == replaced.id]
    dropped = predicted.entities[100:103]
    start = dropped[0].start + 1
    end = dropped[0].end + 1
    spurious = Entity(id="e999", text=predicted.text[start:end], label="PRODUCT", canonical="x", start=start, end=end,
                      raw_start=0, raw_end=0, sentence=dropped[0].sentence)
    predicted = predicted.model_copy(update={
        "entities": [e for e in predicted.entities if e not in dropped] + [spurious],
        "claims": predicted.claims[:5] + predicted.claims[6:],
    })
    return predicted, lost, [e for e in gold.entities if e.id in {d.id for d in dropped}]


@pytest.fixture(scope="module")
def differing_page(differing, gold: Record) -> tuple[ArticleView, Page]:
    view = article_view(differing[0], gold)
    return view, Page(render_article(view))  # valid HTML, with a spurious span crossing a missed one


def test_gold_records_are_placed_in_a_differing_text(differing, differing_page, gold: Record) -> None:
    predicted, lost, dropped = differing
    assert predicted.text != gold.text
    view, page = differing_page
    missed = {i.record.id: i for i in view.items["entities"] if i.status == "missed"}
    assert sorted(missed) == sorted(e.id for e in lost + dropped)
    for entity in dropped:
        assert missed[entity.id].span is not None
        assert page.span_text(f"gold-{entity.id}") == entity.text
        assert "missed" in page.by_id()[f"gold-{entity.id}"].classes
    for entity in lost:
        assert missed[entity.id].span is None and f"gold-{entity.id}" not in page.by_id()
    assert page.span_text("e999") == predicted.entities[-1].text and "spurious" in page.by_id()["e999"].classes
    where = {cells[1].text: cells[4].text for cells in
             ([c for c in row.parts if isinstance(c, Element)] for row in _difference_rows(page, "entities"))}
    assert {where[f"gold {e.id}"] for e in lost} == {"not in this text"}
    assert {where[f"gold {e.id}"] for e in dropped} == {"in the text"}
    assert where["e999"] == "in the text"


def test_missed_claims_link_to_their_evidence_in_a_differing_text(differing, differing_page) -> None:
    predicted = differing[0]
    view, page = differing_page
    ids = page.by_id()
    missed = [i for i in view.items["claims"] if i.status == "missed"]
    placed = [i for i in missed if i.evidence]
    assert placed and len(placed) < len(missed), "one claim dropped where the texts agree, others in the replaced sentence"
    for item in missed:
        row = ids[f"row-{item.anchor}"]
        links = [a for a in page.select("a", "evidence-link") if row in a.ancestors()]
        if item.evidence:
            start, end = item.span
            assert predicted.text[start:end] == item.record.evidence
            assert ids[item.evidence[0]].attrs["id"] == links[0].attrs["href"][1:]
            covered = [s for s in predicted.sentences if s.id in item.evidence]
            assert covered[0].start <= start and end <= covered[-1].end
            assert [a.attrs["href"] for a in page.select("a", "back") if "missed" in a.classes and
                    a.text == item.record.id] == [f"#row-{item.anchor}"]
        else:
            assert links == [] and "not in this text" in row.text


def _difference_rows(page: Page, kind: str) -> list[Element]:
    return [r for r in page.select("tr") if r.attrs.get("class") in ("missed", "spurious") and _section_of(page, r) == kind]


def test_only_differences_filter_and_key_are_offered(gold_page: Page) -> None:
    assert [e.attrs["id"] for e in gold_page.select("input") if e.attrs["id"] == "f-diff"] == ["f-diff"]
    assert re.search(r"missed\s*in the gold only", gold_page.root.text)
