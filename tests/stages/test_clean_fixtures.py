"""Fixture pages covering the variations real DBR pages show (tests/fixtures/pages).

Each ``<name>.txt`` is a page written for these tests, and ``<name>.expected.json``
its metadata and blocks, written by hand from the cleaning rules in docs/format.md.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import Pipeline
from pipeline.document import Document
from pipeline.schema import Metadata
from pipeline.stages import clean

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.txt"))


def cleaned(name: str) -> Document:
    raw = (PAGES / f"{name}.txt").read_bytes().decode("utf-8")
    return Pipeline((("clean", clean.run),)).run(Document(doc_id=name, raw=raw))


def expected(name: str) -> dict:
    return json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))


def test_there_are_enough_fixture_pages() -> None:
    assert len(NAMES) >= 15


@pytest.mark.parametrize("name", NAMES)
def test_metadata(name: str) -> None:
    metadata = cleaned(name).metadata.model_dump(exclude={"footnote_refs"})
    # Fields a fixture does not list keep their defaults.
    assert metadata == Metadata().model_dump(exclude={"footnote_refs"}) | expected(name)["metadata"]


@pytest.mark.parametrize("name", NAMES)
def test_blocks(name: str) -> None:
    doc = cleaned(name)
    blocks = [{"kind": b.kind, "text": doc.text[b.start : b.end]} | ({"label": b.label} if b.label else {})
              for b in doc.blocks]
    assert blocks == expected(name)["blocks"]


@pytest.mark.parametrize("name", NAMES)
def test_footnotes_and_dropped_text(name: str) -> None:
    doc = cleaned(name)
    want = expected(name)
    assert [ref.marker for ref in doc.metadata.footnote_refs] == want["footnote_markers"]
    for gone in want["not_in_text"]:
        assert gone not in doc.text


@pytest.mark.parametrize(
    ("body", "paragraphs"),
    [
        # a timeline: three or more lines that each open with a date are an entry each
        ("2018년 3월 가람로봇 설립\n2020년 5월 첫 제품 ‘가람 A1’ 출시\n2022.11 시리즈A 80억 원 유치",
         ["2018년 3월 가람로봇 설립", "2020년 5월 첫 제품 ‘가람 A1’ 출시", "2022.11 시리즈A 80억 원 유치"]),
        # two lines of a wrapped sentence that both open with a year are one paragraph
        ("2019년 이후 이 회사의 매출은 해마다 늘었고\n2022년에는 두 배가 됐다.",
         ["2019년 이후 이 회사의 매출은 해마다 늘었고 2022년에는 두 배가 됐다."]),
        # a short line ending in a connective with text right under it is wrapped; with a
        # blank line after it, a heading
        ("가람항공과 누리항공이 합병하면\n통합 점유율은 15%가 된다.", ["가람항공과 누리항공이 합병하면 통합 점유율은 15%가 된다."]),
        ("협력이 성공하려면\n\n목표가 같아야 한다.", ["목표가 같아야 한다."]),
        # a caption's line is text, not a heading
        ("[그래프] 연령대별 구독 지출\n\n지출이 늘었다.", ["[그래프] 연령대별 구독 지출", "지출이 늘었다."]),
    ],
)
def test_timelines_wrapped_lines_and_captions(body: str, paragraphs: list[str]) -> None:
    raw = f"가람로봇의 10년\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n{body}\n"
    doc = Pipeline((("clean", clean.run),)).run(Document(doc_id="timeline", raw=raw))
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"] == paragraphs
