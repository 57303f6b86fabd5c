"""Overlapping spans as nested HTML: valid, every span once (its head) with its exact text."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from pipeline.review.markup import Mark, MarkedText

from .dom import Page

TEXT = '알리바바는 2015년 12억7000만 위안을 <벌었다> & "성장"했다.'


def at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


# (case, spans as (key, text part)) — each case overlaps differently
CASES = [
    ("apart", [("a", "알리바바"), ("b", "2015년")]),
    ("nested", [("outer", "12억7000만 위안"), ("inner", "7000만")]),
    ("same span twice", [("first", "알리바바"), ("second", "알리바바")]),
    ("crossing", [("left", "2015년 12억"), ("right", "12억7000만 위안")]),
    ("chain of crossings", [("a", "바는 2015"), ("b", "2015년 12"), ("c", "12억7000"), ("d", "7000만 위안을")]),
    ("shared start", [("long", "2015년 12억7000만"), ("short", "2015년")]),
    ("shared end", [("long", "12억7000만 위안"), ("short", "위안")]),
    ("touching", [("a", "12억"), ("b", "7000만")]),
    ("escaped text inside", [("angle", "<벌었다>"), ("amp", "& \"성장\""), ("all", "<벌었다> & \"성장\"")]),
    ("one inside two crossing", [("x", "2015년 12억7000만"), ("y", "12억7000만 위안을"), ("z", "7000")]),
]


@pytest.mark.parametrize("spans", [spans for _, spans in CASES], ids=[case for case, _ in CASES])
def test_every_span_once_with_its_text_in_valid_html(spans: list[tuple[str, str]]) -> None:
    marks = [Mark(*at(TEXT, part), key, f"m k-{key}") for key, part in spans]
    html = MarkedText(TEXT, marks).html(0, len(TEXT))
    page = Page(f"<p>{html}</p>")  # fails on any badly nested tag
    assert page.root.text == TEXT
    heads = page.by_id()
    assert sorted(heads) == sorted(key for key, _ in spans)
    for key, part in spans:
        assert page.span_text(key) == part
        assert len([e for e in page.elements if f"k-{key}" in e.classes and "cont" not in e.classes]) == 1


def test_outer_spans_hold_inner_ones() -> None:
    marks = [Mark(*at(TEXT, "7000만"), "inner", "m"), Mark(*at(TEXT, "12억7000만 위안"), "outer", "m"),
             Mark(0, len(TEXT), "sentence", "sent", tag="span", layer=0), Mark(*at(TEXT, "알리바바"), "whole", "m")]
    page = Page(MarkedText(TEXT, marks).html(0, len(TEXT)))
    ids = page.by_id()
    assert ids["outer"] in ids["inner"].ancestors()
    assert ids["sentence"] in ids["whole"].ancestors() and ids["sentence"].tag == "span"
    assert not [e for e in page.elements if "cont" in e.classes]


def test_a_span_across_two_rendered_ranges_has_its_head_in_the_first() -> None:
    text = "첫 블록 끝\n\n둘째 블록"
    marked = MarkedText(text, [Mark(*at(text, "끝\n\n둘째"), "over", "m")])
    first, second = Page(marked.html(0, 6)), Page(marked.html(8, len(text)))
    assert first.by_id()["over"].text == "끝"
    assert [e.attrs.get("data-of") for e in second.elements] == ["over"] and second.elements[0].text == "둘째"


def test_inserts_come_after_the_spans_that_end_there() -> None:
    end = TEXT.index("알리바바") + 4
    marked = MarkedText(TEXT, [Mark(0, end, "s0", "sent", tag="span", layer=0)], {end: [Markup('<a href="#c1">c1</a>')]})
    page = Page(marked.html(0, len(TEXT)))
    link = page.select("a")[0]
    assert link.parent is page.root and page.root.parts.index(link) == 1


def test_attributes_and_text_are_escaped() -> None:
    tip = 'ORG · canonical: "삼성" & <LG>'
    marks = [Mark(*at(TEXT, "<벌었다>"), 'k"1', "m", attributes=(("title", tip),))]
    html = MarkedText(TEXT, marks).html(0, len(TEXT))
    assert "<벌었다>" not in html and "&lt;벌었다&gt;" in html and "&amp; &#34;성장&#34;" in html
    page = Page(html)
    assert page.by_id()['k"1'].attrs["title"] == tip and page.root.text == TEXT


def test_empty_spans_are_not_marked() -> None:
    page = Page(MarkedText(TEXT, [Mark(3, 3, "empty", "m")]).html(0, len(TEXT)))
    assert page.by_id() == {} and page.root.text == TEXT
