"""The final entities on the spaCy ``Doc``: displaCy shows what the record holds."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from spacy import displacy

from pipeline import Pipeline
from pipeline.document import Document
from pipeline.schema import Entity
from pipeline.stages.entities import set_doc_ents
from pipeline.stages.morph import language
from tests.conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "pages" / "sr-label-alone-mixed-separator-authors-hyphen-categories-midsentence.txt"


class _DisplacyEntities(HTMLParser):
    """``(text, label, canonical)`` of each ``<mark class="entity">`` of displaCy's ``ent`` style."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str]] = []
        self._parts: list[list[str]] | None = None
        self._part = 0
        self.feed(markup)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "mark":
            self._parts, self._part = [[], [], []], 0
        elif self._parts is not None and tag in ("span", "a"):
            self._part += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._parts is not None:
            self.found.append(tuple("".join(part).strip() for part in self._parts))
            self._parts = None

    def handle_data(self, data: str) -> None:
        if self._parts is not None:
            self._parts[self._part].append(data)


def shown(doc: Document) -> list[tuple[str, str, str]]:
    return _DisplacyEntities(displacy.render(doc.spacy_doc, style="ent", page=False)).found


@pytest.fixture(scope="module")
def processed(pipeline: Pipeline, reference_text: str) -> dict[str, Document]:
    return {
        "reference": pipeline.run(Document(doc_id="reference", raw=reference_text)),
        "fixture": pipeline.run(Document(doc_id="fixture", raw=FIXTURE.read_text(encoding="utf-8"))),
    }


def test_displacy_shows_exactly_the_records_entities(processed: dict[str, Document]) -> None:
    doc = processed["fixture"]
    assert len(doc.entities) >= 10
    assert shown(doc) == [(e.text, e.label, e.canonical) for e in doc.entities]
    assert [span.id_ for span in doc.spacy_doc.ents] == [e.id for e in doc.entities]
    assert len(doc.spacy_doc.spans["inexact_ents"]) == 0


def test_entities_inside_a_token_cover_the_token_and_are_reported(processed: dict[str, Document]) -> None:
    doc = processed["reference"]
    spacy_doc = doc.spacy_doc
    off_boundaries = [e for e in doc.entities if spacy_doc.char_span(e.start, e.end) is None]
    assert off_boundaries, "the reference has entities inside Kiwi tokens (바이두 in 바이두가)"
    inexact = spacy_doc.spans["inexact_ents"]
    assert [span.id_ for span in inexact] == [e.id for e in off_boundaries]
    for span, entity in zip(inexact, off_boundaries):
        assert span.start_char <= entity.start and entity.end <= span.end_char and span.text != entity.text
    exact = {e.id for e in doc.entities} - {e.id for e in off_boundaries}
    marks = shown(doc)
    assert len(marks) == len(doc.entities) == len(spacy_doc.ents)
    for (text, label, canonical), span, entity in zip(marks, spacy_doc.ents, doc.entities):
        assert span.id_ == entity.id and (label, canonical) == (entity.label, entity.canonical)
        assert text == entity.text if entity.id in exact else entity.text in text


def test_entities_sharing_a_token_keep_the_first_and_report_the_second() -> None:
    text = "한미 정상회담이 열렸다."
    spacy_doc = language()(text)
    assert spacy_doc[0].text == "한미", "Kiwi reads 한미 as one token"
    entities = [
        Entity(id=f"e{i}", text=name, label="LOCATION", canonical=canonical, start=i, end=i + 1, raw_start=i,
               raw_end=i + 1, sentence="s0")
        for i, (name, canonical) in enumerate((("한", "한국"), ("미", "미국")))
    ]
    set_doc_ents(spacy_doc, entities)
    assert [(s.text, s.kb_id_, s.id_) for s in spacy_doc.ents] == [("한미", "한국", "e0")]
    assert [(s.text, s.id_) for s in spacy_doc.spans["inexact_ents"]] == [("한미", "e0"), ("한미", "e1")]
    assert _DisplacyEntities(displacy.render(spacy_doc, style="ent", page=False)).found == [("한미", "LOCATION", "한국")]
