"""A spaCy component that finds entities by tagging each token with a BILUO tag.

spaCy's own ``ner`` walks a document token by token through a transition system;
on these documents that loop alone costs more than Kiwi's analysis. This component
puts a softmax over BILUO tags (``B-ORG``, ``I-ORG``, ``L-ORG``, ``U-ORG``, ``O``) on
the same token vectors, so a whole document costs a few matrix products, and reads
the tags back as spans. It trains with ``spacy train`` like any component; entity
annotations (``doc.ents``, with missing tokens left out of the loss) are its gold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import islice

import numpy

from spacy.language import Language
from spacy.pipeline import Tagger
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc, Span
from spacy.training import Example, validate_examples
from thinc.api import Model, SequenceCategoricalCrossentropy

OUTSIDE = "O"


def _gold_tags(example: Example) -> list[str | None]:
    """The reference's BILUO tag of every predicted token; ``None`` where unknown or misaligned."""
    return [tag if tag and tag != "-" else None for tag in example.get_aligned_ner()]


def spans_from_tags(doc: Doc, tags: Sequence[str]) -> list[Span]:
    """Entity spans from a BILUO sequence, read leniently: an entity the tags leave open
    ends before the next token that does not continue it, and a stray ``I``/``L`` begins one."""
    return _spans(doc, [(index, tag) for index, tag in enumerate(tags) if tag != OUTSIDE])


def _spans(doc: Doc, tagged: Iterable[tuple[int, str]]) -> list[Span]:
    """``spans_from_tags`` over the tokens not tagged ``O``, as ``(index, tag)`` in order."""
    spans: list[Span] = []
    start, end, label = None, -1, ""
    for index, tag in tagged:
        prefix, _, name = tag.partition("-")
        if start is not None and index == end and prefix in ("I", "L") and name == label:
            end = index + 1
            if prefix == "L":
                spans.append(Span(doc, start, end, label))
                start = None
            continue
        if start is not None:
            spans.append(Span(doc, start, end, label))
            start = None
        if prefix in ("U", "L"):
            spans.append(Span(doc, index, index + 1, name))
        elif prefix in ("B", "I"):
            start, end, label = index, index + 1, name
    if start is not None:
        spans.append(Span(doc, start, end, label))
    return spans


class EntityTagger(Tagger):
    """spaCy's ``Tagger`` with BILUO entity tags as labels and ``doc.ents`` as output."""

    def set_annotations(self, docs: Iterable[Doc], batch_tag_ids) -> None:
        labels = self.labels
        outside = labels.index(OUTSIDE)
        for doc, tag_ids in zip(docs, batch_tag_ids):
            tagged = numpy.flatnonzero(tag_ids != outside).tolist()
            doc.ents = _spans(doc, [(index, labels[tag_ids[index]]) for index in tagged])

    def get_loss(self, examples: Iterable[Example], scores) -> tuple[float, object]:
        validate_examples(examples, "EntityTagger.get_loss")
        loss_func = SequenceCategoricalCrossentropy(names=self.labels, normalize=False)
        d_scores, loss = loss_func(scores, [_gold_tags(example) for example in examples])
        return float(loss), d_scores

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp=None, labels=None) -> None:
        entity_labels = set(labels or ())
        if not entity_labels:
            for example in get_examples():
                entity_labels.update(entity.label_ for entity in example.reference.ents)
        self.add_label(OUTSIDE)
        for entity_label in sorted(entity_labels):
            for prefix in "BILU":
                self.add_label(f"{prefix}-{entity_label}")
        docs, truths = [], []
        for example in islice(get_examples(), 10):
            docs.append(example.predicted)
            rows = [[1.0 if tag == label else 0.0 for label in self.labels] for tag in _gold_tags(example)]
            truths.append(self.model.ops.asarray(rows, dtype="float32"))
        self.model.initialize(X=docs, Y=truths)


def _score(examples: Iterable[Example], **kwargs) -> dict:
    return get_ner_prf(examples)


@Language.factory(
    "dbr_entity_tagger",
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_entity_tagger(nlp: Language, name: str, model: Model) -> EntityTagger:
    return EntityTagger(nlp.vocab, model, name=name, scorer=_score)
