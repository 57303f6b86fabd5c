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
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

import numpy

from spacy.language import Language
from spacy.pipeline import Tagger
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc, Span, SpanGroup
from spacy.training import Example, validate_examples
from spacy.vocab import Vocab
from thinc.api import Model, NumpyOps, SequenceCategoricalCrossentropy
from threadpoolctl import ThreadpoolController

if TYPE_CHECKING:
    from pipeline.document import Tokens

OUTSIDE = "O"

# ``doc.spans[CONFIDENCE]`` holds the entities again, with ``attrs["scores"]`` giving each
# one's confidence, as spaCy's ``spancat`` does: the lowest probability, over the
# entity's tokens, that the token is inside an entity.
CONFIDENCE = "entity_confidence"


def _gold_tags(example: Example) -> list[str | None]:
    """The reference's BILUO tag of every predicted token; ``None`` where unknown or misaligned."""
    return [tag if tag and tag != "-" else None for tag in example.get_aligned_ner()]


def spans_from_tags(doc: Doc, tags: Sequence[str]) -> list[Span]:
    """Entity spans from a BILUO sequence, read leniently: an entity the tags leave open
    ends before the next token that does not continue it, and a stray ``I``/``L`` begins one."""
    tagged = [(index, tag) for index, tag in enumerate(tags) if tag != OUTSIDE]
    return [Span(doc, start, end, label) for start, end, label in _spans(tagged)]


def _spans(tagged: Iterable[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` token ranges of ``spans_from_tags`` over the tokens not
    tagged ``O``, given as ``(index, tag)`` in order."""
    spans: list[tuple[int, int, str]] = []
    start, end, label = None, -1, ""
    for index, tag in tagged:
        prefix, _, name = tag.partition("-")
        if start is not None and index == end and prefix in ("I", "L") and name == label:
            end = index + 1
            if prefix == "L":
                spans.append((start, end, label))
                start = None
            continue
        if start is not None:
            spans.append((start, end, label))
            start = None
        if prefix in ("U", "L"):
            spans.append((index, index + 1, name))
        elif prefix in ("B", "I"):
            start, end, label = index, index + 1, name
    if start is not None:
        spans.append((start, end, label))
    return spans


# Tokens the model gives at least this probability of being outside every entity are
# outside; the others are decoded together, so that a name the per-token guesses break
# up (`Tencent`/U-PRODUCT `AI`/O `Lab`/U-ORG) is read as its best valid tag sequence.
CERTAINLY_OUTSIDE = 0.9


class EntityTagger(Tagger):
    """spaCy's ``Tagger`` with BILUO entity tags as labels and ``doc.ents`` as output.

    ``predict`` returns the tag probabilities; ``set_annotations`` decodes them into the
    most probable *valid* BILUO sequence (an entity opens with ``B``/``U``, continues with
    ``I`` of its label and closes with ``L``), by Viterbi over the stretches of tokens that
    may belong to an entity. ``read`` is ``predict`` for the pipeline's plain token lists.
    """

    _token_vectors: TokenVectors | None = None

    def finish_update(self, sgd) -> None:
        super().finish_update(sgd)
        self._token_vectors = None  # the embedding's weights have changed

    def predict(self, docs: Iterable[Doc]):
        """Unnormalised tag scores (the model skips the softmax at inference), one row a token."""
        docs = list(docs)
        if not any(len(doc) for doc in docs):
            return [self.model.ops.alloc2f(0, len(self.labels)) for _ in docs]
        with _blas().limit(limits=1, user_api="blas"):
            return self.model.predict(docs)

    def set_annotations(self, docs: Iterable[Doc], batch_scores) -> None:
        for doc, scores in zip(docs, batch_scores):
            found = self.decode(scores)
            doc.ents = spans = [Span(doc, start, end, label) for start, end, label, _ in found]
            confidences = [confidence for *_, confidence in found]
            doc.spans[CONFIDENCE] = SpanGroup(doc, name=CONFIDENCE, spans=spans, attrs={"scores": confidences})

    def decode(self, scores) -> list[tuple[int, int, str, float]]:
        """``(start, end, label, confidence)`` token ranges of the entities in one sequence's
        tag scores: the most probable valid tag sequence over the tokens that may be inside
        one, and for each entity the lowest probability, over its tokens, of being inside."""
        labels = self.labels
        outside = labels.index(OUTSIDE)
        transitions, first, final = _constraints(labels)
        log_probs = _log_softmax(self.model.ops.to_numpy(scores))
        candidates = numpy.flatnonzero(log_probs[:, outside] < numpy.log(CERTAINLY_OUTSIDE))
        tagged: list[tuple[int, str]] = []
        for stretch in numpy.split(candidates, numpy.flatnonzero(numpy.diff(candidates) != 1) + 1):
            if len(stretch):
                path = _viterbi(log_probs[stretch[0] : stretch[-1] + 1], transitions, first, final)
                tagged.extend((int(stretch[0]) + i, labels[t]) for i, t in enumerate(path) if t != outside)
        inside = 1.0 - numpy.exp(log_probs[:, outside])
        return [(start, end, label, float(inside[start:end].min())) for start, end, label in _spans(tagged)]

    def read(self, sequences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> list:
        """Tag scores of token sequences given as ``(words, Kiwi tags)``, as ``predict`` gives
        them for the same tokens in ``Doc`` objects. The embedding layer sees one token at a
        time, so each distinct ``(word, tag)`` is embedded once per process (``TokenVectors``)
        and only the encoder runs on every token: a quarter of the model's products, and no
        ``Doc`` to build."""
        if self._token_vectors is None:
            self._token_vectors = TokenVectors(self.model.get_ref("tok2vec").get_ref("embed"), self.vocab)
        vectors = [self._token_vectors(words, tags) for words, tags in sequences]
        with _blas().limit(limits=1, user_api="blas"):
            return self.model.layers[-1].predict(self.model.get_ref("tok2vec").get_ref("encode").predict(vectors))

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


@cache
def _constraints(labels: tuple[str, ...]) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """Log-weights (0 or -inf) of BILUO transitions ``[previous, next]``, of first and of last tags."""
    impossible = -numpy.inf
    size = len(labels)
    transitions = numpy.zeros((size, size), dtype="float32")
    first = numpy.zeros(size, dtype="float32")
    final = numpy.zeros(size, dtype="float32")
    for current, label in enumerate(labels):
        prefix, _, name = label.partition("-")
        if prefix in ("I", "L"):
            first[current] = impossible
        if prefix in ("B", "I"):
            final[current] = impossible
        for following, next_label in enumerate(labels):
            next_prefix, _, next_name = next_label.partition("-")
            inside = prefix in ("B", "I")
            continues = next_prefix in ("I", "L") and next_name == name
            if inside != continues:
                transitions[current, following] = impossible
    return transitions, first, final


def _log_softmax(scores: numpy.ndarray) -> numpy.ndarray:
    shifted = scores - scores.max(axis=1, keepdims=True)
    return shifted - numpy.log(numpy.exp(shifted).sum(axis=1, keepdims=True))


def _viterbi(log_probs: numpy.ndarray, transitions: numpy.ndarray, first: numpy.ndarray, final: numpy.ndarray) -> list[int]:
    """The most probable tag sequence that the transition weights allow."""
    if len(log_probs) == 1:  # most stretches: one token, which must open and close its entity
        return [int((log_probs[0] + first + final).argmax())]
    guesses = log_probs.argmax(axis=1)
    if first[guesses[0]] == 0 and final[guesses[-1]] == 0 and not transitions[guesses[:-1], guesses[1:]].any():
        return guesses.tolist()  # the per-token best is already valid, so it is the best valid one
    best = log_probs[0] + first
    back = numpy.zeros(log_probs.shape, dtype="int64")
    for position in range(1, len(log_probs)):
        candidates = best[:, None] + transitions
        back[position] = candidates.argmax(axis=0)
        best = candidates.max(axis=0) + log_probs[position]
    path = [int((best + final).argmax())]
    for position in range(len(log_probs) - 1, 0, -1):
        path.append(int(back[position, path[-1]]))
    return path[::-1]


# The model reads a document in windows of whole sentences of about this many tokens,
# a batch of windows at a time: memory stays bounded however long the article (as one
# sequence, a 1 MB article took 3.5 GB), time is the same, and no entity is cut. Each
# window is read with this many tokens of context on either side, at least the model's
# reach (its encoder's depth times its window size), so that every token of the window
# sees what it would see in the whole text.
WINDOW_TOKENS = 400
CONTEXT_TOKENS = 8
WINDOWS_PER_BATCH = 16


def windows(sentence_starts: Sequence[bool], size: int) -> list[tuple[int, int]]:
    """``(start, end)`` token ranges of consecutive whole sentences, at most ``size`` tokens
    each unless one sentence is longer."""
    found: list[tuple[int, int]] = []
    start = 0
    for index, starts in enumerate(sentence_starts):
        if starts and index - start >= size:
            found.append((start, index))
            start = index
    if start < len(sentence_starts):
        found.append((start, len(sentence_starts)))
    return found


def find_entities(tagger: EntityTagger, tokens: Tokens) -> list[tuple[int, int, str, float]]:
    """``(start_char, end_char, label, confidence)`` of the entities the tagger finds in the
    text that ``tokens`` tile, read window by window (``windows``): those that begin in a
    window, read with its context."""
    found = []
    ranges = windows(tokens.sent_start, WINDOW_TOKENS)
    for batch in range(0, len(ranges), WINDOWS_PER_BATCH):
        parts = [(start, end, max(start - CONTEXT_TOKENS, 0), min(end + CONTEXT_TOKENS, len(tokens)))
                 for start, end in ranges[batch : batch + WINDOWS_PER_BATCH]]
        scores = tagger.read([(tokens.text[a:b], tokens.tag[a:b]) for _, _, a, b in parts])
        for (start, end, first, _), window_scores in zip(parts, scores):
            found.extend((tokens.start[first + a], tokens.end(first + b - 1), label, confidence)
                         for a, b, label, confidence in tagger.decode(window_scores)
                         if start <= first + a < end)
    return found


class TokenVectors:
    """The model's embedding of each distinct ``(word, tag)``, made once and kept for the
    process: the embedding layer reads a token's own attributes only (its form, prefix,
    suffix, shape and tag), so a word seen before needs no new product. At most ``limit``
    are kept (96 floats each); past that the table starts again."""

    def __init__(self, embed: Model, vocab: Vocab, limit: int = 100_000) -> None:
        self.embed, self.vocab, self.limit = embed, vocab, limit
        self.rows: dict[tuple[str, str], int] = {}
        self.table = numpy.zeros((1024, embed.get_dim("nO")), dtype="float32")

    def __call__(self, words: Sequence[str], tags: Sequence[str]) -> numpy.ndarray:
        keys = list(zip(words, tags))
        new = [key for key in dict.fromkeys(keys) if key not in self.rows]
        if len(self.rows) + len(new) > self.limit:
            self.rows.clear()
            new = list(dict.fromkeys(keys))
        if new:
            self._add(new)
        return self.table[[self.rows[key] for key in keys]]

    def _add(self, keys: list[tuple[str, str]]) -> None:
        doc = Doc(self.vocab, words=[word for word, _ in keys], tags=[tag for _, tag in keys])
        with _blas().limit(limits=1, user_api="blas"):
            vectors = self.embed.predict([doc])[0]
        first = len(self.rows)
        if first + len(keys) > len(self.table):
            grown = numpy.zeros((max(2 * len(self.table), first + len(keys)), self.table.shape[1]), dtype="float32")
            grown[:first] = self.table[:first]
            self.table = grown
        self.table[first : first + len(keys)] = vectors
        self.rows.update((key, first + number) for number, key in enumerate(keys))


@cache
def _blas() -> ThreadpoolController:
    """The process's BLAS libraries. The model reads on one thread: articles run in parallel
    as processes (batch workers, Ray actors), and a second BLAS thread in each of them
    oversubscribes the cores (on 2 cores and 2 workers, the 37 dev articles took 14.5 s
    against 11.6 s on one thread)."""
    return ThreadpoolController()


class MatmulOps(NumpyOps):
    """thinc's CPU ops with numpy's matrix product (OpenBLAS) in place of blis: on the
    model's shapes (thousands of tokens by 480 inputs by 288 outputs) it takes a third of
    blis's time on one core, and the matrix products are most of the model's cost."""

    name = "numpy_matmul"

    def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
        return numpy.matmul(x.T if trans1 else x, y.T if trans2 else y, out=out)


def _score(examples: Iterable[Example], **kwargs) -> dict:
    return get_ner_prf(examples)


@Language.factory(
    "dbr_entity_tagger",
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_entity_tagger(nlp: Language, name: str, model: Model) -> EntityTagger:
    ops = MatmulOps()
    for layer in model.walk():
        layer.ops = ops
    return EntityTagger(nlp.vocab, model, name=name, scorer=_score)
