"""The article page of the reference article, read back from its HTML: every record
marked once with its text, claims and evidence linked both ways, blocks as they are,
text escaped."""

from __future__ import annotations

import pytest

from pipeline import Pipeline
from pipeline.review.article import ArticleView, article_view
from pipeline.review.site import render_article
from pipeline.schema import Entity, Record

from .conftest import MARK_CLASS
from .dom import Element, Page


def heads(page: Page, css_class: str) -> list[Element]:
    return [e for e in page.select("mark", css_class) if "cont" not in e.classes]


def is_back_link(element: Element) -> bool:
    return element.tag == "a" and "back" in element.classes


@pytest.mark.parametrize("kind", list(MARK_CLASS))
def test_every_record_is_marked_exactly_once_with_its_text(reference: Record, reference_page: Page, kind: str) -> None:
    records = getattr(reference, kind)
    marks = heads(reference_page, MARK_CLASS[kind])
    assert len(marks) == len(records) > 30
    assert {m.attrs["id"] for m in marks} == {r.id for r in records}
    for record in records:
        assert reference_page.span_text(record.id) == record.text


def test_entities_carry_their_label_and_canonical(reference: Record, reference_page: Page) -> None:
    ids = reference_page.by_id()
    for entity in reference.entities:
        mark = ids[entity.id]
        assert f"l-{entity.label}" in mark.classes
        assert mark.attrs["title"] == f"{entity.id} · {entity.label} · canonical: {entity.canonical}"
        assert mark.attrs["tabindex"] == "0"


# (the record's text, what hovering over it says) — values normalised, units, qualifiers, rates
TIPS = [
    ("quantities", "2억2000만 건", "220,000,000 건 · count · at_least · per day"),
    ("quantities", "12억7000만 위안", "1,270,000,000 CNY · money · per year"),
    ("quantities", "33.18%", "33.18 % · percent"),
    ("quantities", "5∼6년간", "5–6 년 · duration · range"),
    ("quantities", "10.3달러", "10.3 USD · money"),
    ("dates", "2017년 11월8일", "2017-11-08 · day"),
    ("dates", "12월12일", "2017-12-12 · day"),
    ("dates", "1999년부터 2012년", "1999–2012 · year"),
    ("dates", "2017년 7월", "2017-07 · month · as_of"),
]


@pytest.mark.parametrize(("kind", "text", "tip"), TIPS, ids=[text for _, text, _ in TIPS])
def test_quantities_and_dates_tell_their_normalised_value(
    reference: Record, reference_page: Page, kind: str, text: str, tip: str
) -> None:
    record = next(r for r in getattr(reference, kind) if r.text == text)
    assert reference_page.by_id()[record.id].attrs["title"] == f"{record.id} · {tip}"


def test_every_link_leads_to_an_element_of_the_page(reference_page: Page) -> None:
    ids = reference_page.by_id()
    links = [e.attrs["href"][1:] for e in reference_page.select("a") if e.attrs.get("href", "").startswith("#")]
    assert len(links) > 200
    assert [target for target in links if target not in ids] == []


def test_claims_link_to_their_evidence_and_back(reference: Record, reference_page: Page) -> None:
    ids = reference_page.by_id()
    for claim in reference.claims:
        row = ids[f"row-{claim.id}"]
        link = next(e for e in reference_page.select("a", "evidence-link") if row in e.ancestors())
        evidence = link.attrs["data-evidence"].split()
        assert link.attrs["href"] == f"#{evidence[0]}"
        assert evidence == [s.id for s in reference.sentences if s.start < claim.end and claim.start < s.end]
        assert all("sent" in ids[sentence].classes for sentence in evidence)
        back = [e for e in reference_page.select("a", "back") if e.attrs["href"] == f"#row-{claim.id}"]
        assert len(back) == 1 and back[0].text == claim.id and f"t-{claim.type}" in back[0].classes
        siblings = back[0].parent.parts
        before = [p for p in siblings[: siblings.index(back[0])] if isinstance(p, Element) and not is_back_link(p)]
        assert before[-1] is ids[evidence[-1]], "the link back follows the evidence's last sentence"


def test_claim_rows_show_type_subject_predicate_quantity_and_date(reference: Record, reference_page: Page) -> None:
    ids = reference_page.by_id()
    quantities = {q.id: q for q in reference.quantities}
    dates = {d.id: d for d in reference.dates}
    rows = [e for e in reference_page.select("tr", "claim")]
    assert [row.attrs["id"] for row in rows] == [f"row-{c.id}" for c in reference.claims]
    for claim in reference.claims:
        cells = [p for p in ids[f"row-{claim.id}"].parts if isinstance(p, Element)]
        assert [c.attrs["data-label"] for c in cells] == ["Claim", "Type", "Subject", "Predicate", "Quantity", "Date"]
        assert cells[1].text == claim.type and cells[2].text.startswith(claim.subject)
        assert cells[3].text.startswith(claim.predicate or "")
        assert cells[4].text.startswith(quantities[claim.quantity].text) if claim.quantity else cells[4].text == ""
        assert cells[5].text.startswith(dates[claim.date].text) if claim.date else cells[5].text == ""
        if claim.quantity:
            assert any(a.attrs.get("href") == f"#{claim.quantity}" for a in cells[4].parts if isinstance(a, Element))


def test_blocks_are_shown_as_they_are(reference: Record, reference_page: Page) -> None:
    article = reference_page.select("article")[0]
    shown = [e for e in reference_page.elements
             if article in e.ancestors() and e.tag in ("p", "h3", "blockquote") and "box-label" not in e.classes]
    assert [e.text_without(is_back_link) for e in shown] == [reference.text[b.start : b.end] for b in reference.blocks]
    kinds = [next(c for c in e.classes if c.startswith("b-")) if e.parent is article
             else next(c for c in e.parent.classes if c.startswith("b-")) for e in shown]
    assert kinds == [f"b-{b.kind}" for b in reference.blocks]
    labels = [e.text for e in reference_page.select("p", "box-label") if "b-sidebar" in e.parent.classes]
    assert labels == ["DBR mini box I", "DBR mini box II"]


def test_filters_cover_every_label_and_claim_type(reference_page: Page) -> None:
    boxes = {e.attrs["id"] for e in reference_page.select("input") if e.attrs.get("type") == "checkbox"}
    assert boxes == {"f-PERSON", "f-ORG", "f-LOCATION", "f-PRODUCT", "f-EVENT", "f-qty", "f-date",
                     "f-metric", "f-plan", "f-event", "f-quote"}


TRICKY = (
    '삼성&LG의 "<혁신>" 전략\n'
    "김철수 | 300호 (2020년 7월 Issue 1)\n\n"
    "삼성&LG는 2020년 매출 5억 원을 기록했다고 \"<발표>\"했다. 'A&B' 부문은 </p><script>x</script> 10% 성장했다.\n"
)


def test_article_text_with_markup_characters_is_escaped(pipeline: Pipeline) -> None:
    record = pipeline.process(TRICKY, doc_id='tricky "<doc>" & co')
    start = record.text.index("삼성&LG는")
    entity = Entity(id="e99", text="삼성&LG", label="ORG", canonical='"삼성" & <LG>', start=start, end=start + 5,
                    raw_start=0, raw_end=0, sentence=record.sentences[1].id)
    record = record.model_copy(update={"entities": [*record.entities, entity]})
    html = render_article(article_view(record))
    assert "<script>x" not in html and "</p><script>" not in html and "<발표>" not in html
    page = Page(html)
    article = page.select("article")[0]
    assert article.text_without(is_back_link).count("'A&B' 부문은 </p><script>x</script> 10% 성장했다.") == 1
    assert all(page.span_text(e.id) == e.text for e in record.entities)  # 삼성 and LG inside 삼성&LG
    assert page.by_id()["e99"].attrs["title"] == 'e99 · ORG · canonical: "삼성" & <LG>'
    assert page.select("title")[0].text == record.metadata.title + " · review"
    assert page.select("code")[0].text == 'tricky "<doc>" & co'


def test_without_claims_or_records_the_page_still_renders(reference: Record) -> None:
    empty = reference.model_copy(update={"entities": [], "quantities": [], "dates": [], "claims": []})
    page = Page(render_article(article_view(empty)))
    assert page.select("mark") == [] and page.select("tr", "claim") == []
    assert "No claims." in page.root.text


def test_views_count_records_per_type(reference: Record, reference_view: ArticleView) -> None:
    assert reference_view.counts == {kind: len(getattr(reference, kind)) for kind in
                                     ("entities", "quantities", "dates", "claims")}
    assert reference_view.gold is None and reference_view.report is None
