"""The entities on the spaCy ``Doc`` (``Document.to_spacy``): displaCy shows what the record holds."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from spacy import displacy

from pipeline import Pipeline
from pipeline.document import Document
from pipeline.schema import Entity
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
    return _DisplacyEntities(displacy.render(doc.to_spacy(), style="ent", page=False)).found


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
    assert [span.id_ for span in doc.to_spacy().ents] == [e.id for e in doc.entities]


def test_entities_inside_a_kiwi_token_are_exact(processed: dict[str, Document]) -> None:
    doc = processed["reference"]
    tokens = doc.tokens
    edges = {tokens.start[i] for i in range(len(tokens))} | {tokens.end(i) for i in range(len(tokens))}
    inside = [e for e in doc.entities if e.start not in edges or e.end not in edges]
    assert inside, "the reference has entities inside Kiwi tokens (바이두 in 바이두가)"
    assert shown(doc) == [(e.text, e.label, e.canonical) for e in doc.entities]


def test_entities_sharing_a_kiwi_token_are_each_an_entity() -> None:
    doc = Pipeline().run(Document(doc_id="t", raw="한미 정상회담이 열렸다."))
    assert "한미" in doc.tokens.text, "Kiwi reads 한미 as one token"
    doc.entities = [
        Entity(id=f"e{i}", text=name, label="LOCATION", canonical=canonical, start=i, end=i + 1, raw_start=i,
               raw_end=i + 1, sentence="s0")
        for i, (name, canonical) in enumerate((("한", "한국"), ("미", "미국")))
    ]
    assert [(s.text, s.kb_id_, s.id_) for s in doc.to_spacy().ents] == [("한", "한국", "e0"), ("미", "미국", "e1")]
    assert shown(doc) == [("한", "LOCATION", "한국"), ("미", "LOCATION", "미국")]
