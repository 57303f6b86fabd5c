from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.entity_tagger import spans_from_tags

WORDS = ["a", "b", "c", "d", "e"]


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["O", "O", "O", "O", "O"], []),
        (["U-ORG", "O", "B-PERSON", "L-PERSON", "O"], [(0, 1, "ORG"), (2, 4, "PERSON")]),
        (["B-ORG", "I-ORG", "I-ORG", "L-ORG", "O"], [(0, 4, "ORG")]),
        # lenient reading of sequences a BILUO tagger may emit
        (["B-ORG", "I-ORG", "O", "O", "O"], [(0, 2, "ORG")]),
        (["B-ORG", "L-PERSON", "O", "O", "O"], [(0, 1, "ORG"), (1, 2, "PERSON")]),
        (["I-LOCATION", "L-LOCATION", "O", "O", "O"], [(0, 2, "LOCATION")]),
        (["O", "L-EVENT", "O", "O", "B-PRODUCT"], [(1, 2, "EVENT"), (4, 5, "PRODUCT")]),
        (["B-ORG", "U-ORG", "O", "O", "O"], [(0, 1, "ORG"), (1, 2, "ORG")]),
    ],
)
def test_biluo_tags_read_as_spans(tags, spans) -> None:
    doc = Doc(Vocab(), words=WORDS)
    assert [(s.start, s.end, s.label_) for s in spans_from_tags(doc, tags)] == spans
