from __future__ import annotations

import numpy
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.entity_tagger import _constraints, _viterbi, spans_from_tags

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


LABELS = ("O", "B-ORG", "I-ORG", "L-ORG", "U-ORG", "B-PRODUCT", "I-PRODUCT", "L-PRODUCT", "U-PRODUCT")


def _best_valid(rows: list[dict[str, float]]) -> list[str]:
    log_probs = numpy.log(numpy.array([[row.get(label, 0.001) for label in LABELS] for row in rows]))
    return [LABELS[i] for i in _viterbi(log_probs, *_constraints(LABELS))]


def test_decoding_keeps_a_valid_best_guess() -> None:
    rows = [{"U-PRODUCT": 0.6, "B-ORG": 0.3}, {"O": 0.6, "I-ORG": 0.3}, {"U-ORG": 0.6, "L-ORG": 0.3}]
    assert _best_valid(rows) == ["U-PRODUCT", "O", "U-ORG"]


def test_decoding_mends_an_invalid_guess_into_the_best_valid_sequence() -> None:
    rows = [{"B-ORG": 0.7, "U-ORG": 0.2}, {"O": 0.5, "I-ORG": 0.4}, {"L-ORG": 0.8, "O": 0.1}]
    assert _best_valid(rows) == ["B-ORG", "I-ORG", "L-ORG"]


@pytest.mark.parametrize(("outside", "unit", "decoded"), [(0.05, 0.25, "U-PRODUCT"), (0.2, 0.1, "O")])
def test_decoding_never_leaves_an_entity_open(outside, unit, decoded) -> None:
    rows = [{"O": outside, "B-PRODUCT": 0.7, "U-PRODUCT": unit}]
    assert _best_valid(rows) == [decoded]


def test_each_entity_carries_the_models_confidence_in_it() -> None:
    from pipeline.entity_tagger import CERTAINLY_OUTSIDE, CONFIDENCE
    from pipeline.stages.entities.finders import recogniser
    from tests.stages.test_entities import mentions_of

    doc, _, _ = mentions_of("마윈 회장은 베이징에서 알리바바의 새 전략을 발표했다. 삼성전자와 LG전자도 참석했다.", [])
    spacy_doc = doc.to_spacy()
    recogniser()(spacy_doc)
    scored = spacy_doc.spans[CONFIDENCE]
    assert [(s.start, s.end, s.label_) for s in scored] == [(s.start, s.end, s.label_) for s in spacy_doc.ents]
    assert len(scored) >= 3
    assert all(1 - CERTAINLY_OUTSIDE < score <= 1 for score in scored.attrs["scores"])


def test_windows_are_whole_sentences_within_the_size() -> None:
    from pipeline.entity_tagger import windows

    starts = [True, False, False, True, False, True, False, False, False, False, True, False]
    assert windows(starts, size=4) == [(0, 5), (5, 10), (10, 12)]
    assert windows(starts, size=100) == [(0, 12)]
    assert windows([True] + [False] * 9, size=3) == [(0, 10)], "a long sentence is one window"


def test_reading_in_windows_finds_what_reading_the_whole_text_finds(monkeypatch) -> None:
    from pipeline import entity_tagger
    from pipeline.stages.entities.finders import recogniser
    from tests.stages.test_entities import mentions_of

    text = ("하나금융그룹은 지난해 서울 명동에 디지털 지점을 열었다. 함영주 회장은 토스와의 제휴를 강조했다. "
            "네이버와 카카오도 부산에서 비슷한 서비스를 시작했다. 도쿄의 미쓰비시UFJ은행은 관망하고 있다.")
    doc, _, _ = mentions_of(text, [])
    whole = doc.to_spacy()
    recogniser()(whole)
    expected = [(e.start_char, e.end_char, e.label_) for e in whole.ents]
    monkeypatch.setattr(entity_tagger, "WINDOW_TOKENS", 8)
    monkeypatch.setattr(entity_tagger, "WINDOWS_PER_BATCH", 2)
    assert len(entity_tagger.windows(doc.tokens.sent_start, 8)) >= 4
    found = [(start, end, label) for start, end, label, _ in entity_tagger.find_entities(recogniser(), doc.tokens)]
    assert found == expected and len(found) >= 6


def test_the_context_of_a_window_covers_the_shipped_models_reach() -> None:
    from configparser import ConfigParser

    from pipeline.entity_tagger import CONTEXT_TOKENS
    from pipeline.resources import RESOURCES

    config = ConfigParser(interpolation=None)
    config.read(RESOURCES / "ner" / "config.cfg")
    encoder = config["components.ner.model.tok2vec.encode"]
    assert CONTEXT_TOKENS >= int(encoder["depth"]) * int(encoder["window_size"])


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_the_models_matrix_product_is_thincs_own(trans1, trans2) -> None:
    from thinc.api import NumpyOps

    from pipeline.entity_tagger import MatmulOps

    random = numpy.random.default_rng(7)
    x = random.standard_normal((5, 3) if trans1 else (3, 5)).astype("float32")
    y = random.standard_normal((4, 5) if trans2 else (5, 4)).astype("float32")
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert numpy.allclose(MatmulOps().gemm(x, y, trans1=trans1, trans2=trans2), expected, atol=1e-5)
    out = numpy.zeros((3, 4), dtype="float32")
    assert MatmulOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    assert numpy.allclose(out, expected, atol=1e-5)


def test_the_shipped_model_reads_with_numpys_matrix_product() -> None:
    from pipeline.entity_tagger import MatmulOps
    from pipeline.stages.entities.finders import recogniser

    layers = list(recogniser().model.walk())
    assert len(layers) > 10 and all(isinstance(layer.ops, MatmulOps) for layer in layers)


def test_reading_plain_tokens_scores_as_predicting_on_docs() -> None:
    from pipeline.stages.entities.finders import recogniser
    from tests.stages.test_entities import mentions_of

    doc, _, _ = mentions_of("오리온은 베트남 호찌민에 세 번째 공장을 짓는다. 허인철 부회장은 초코파이 수출을 늘리겠다고 말했다.", [])
    tagger, tokens = recogniser(), doc.tokens
    halves = [(0, len(tokens) // 2), (len(tokens) // 2, len(tokens))]
    docs = [Doc(tagger.vocab, words=tokens.text[a:b], spaces=tokens.space_after[a:b], tags=tokens.tag[a:b]) for a, b in halves]
    expected = tagger.predict(docs)
    read = tagger.read([(tokens.text[a:b], tokens.tag[a:b]) for a, b in halves])
    assert [len(scores) for scores in read] == [b - a for a, b in halves]
    assert all(numpy.allclose(got, want, atol=1e-4) for got, want in zip(read, expected))
    assert [tagger.decode(scores) for scores in read] == [tagger.decode(scores) for scores in expected]


def test_token_vectors_start_again_past_their_limit_and_stay_right() -> None:
    from pipeline.entity_tagger import TokenVectors
    from pipeline.stages.entities.finders import recogniser

    tagger = recogniser()
    embed = tagger.model.get_ref("tok2vec").get_ref("embed")
    vectors = TokenVectors(embed, tagger.vocab, limit=3)
    words, tags = ["현대차", "는", "울산", "에서"], ["NNP", "JX", "NNP", "JKB"]
    expected = embed.predict([Doc(tagger.vocab, words=words, tags=tags)])[0]
    assert numpy.allclose(vectors(words[:2], tags[:2]), expected[:2], atol=1e-5)
    assert numpy.allclose(vectors(words[2:], tags[2:]), expected[2:], atol=1e-5)
    assert len(vectors.rows) == 2, "the third and fourth words would pass the limit: the table started again"
    assert numpy.allclose(vectors(words, tags), expected, atol=1e-5)


def test_an_update_of_the_weights_drops_the_token_vectors() -> None:
    from thinc.api import Adam

    from pipeline.stages.entities.finders import recogniser

    tagger = recogniser()
    tagger.read([(["한국은행", "은"], ["NNP", "JX"])])
    assert tagger._token_vectors is not None and tagger._token_vectors.rows
    tagger.finish_update(Adam(0.0))
    assert tagger._token_vectors is None
