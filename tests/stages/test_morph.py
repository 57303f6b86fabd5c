from __future__ import annotations

from pipeline import Pipeline
from pipeline.resources import kiwi
from pipeline.schema import Record
from pipeline.stages import morph


def test_tokens_tile_the_text_and_merge_shared_characters(pipeline: Pipeline) -> None:
    doc = pipeline.run(_document("리옌훙(李彦宏) 바이두 회장은 2017년 5월 열린 콘퍼런스에서 ‘All in AI’를 선포했다."))
    spacy_doc = doc.to_spacy()
    assert spacy_doc.text == doc.text
    by_text = {token.text: token for token in spacy_doc}
    assert by_text["했"].tag_ == "XSV+EP"
    assert by_text["열린"].tag_ == "VV+ETM" and by_text["열린"].lemma_ == "열리다"
    assert by_text["바이두"].pos_ == "PROPN"
    assert by_text["은"].pos_ == "ADP"


def test_restored_copula_joins_the_following_ending(pipeline: Pipeline) -> None:
    doc = pipeline.run(_document("대표적인 예다. 다음 문장이다."))
    token = next(t for t in doc.to_spacy() if t.text == "다" and "VCP" in t.tag_)
    assert token.tag_ == "VCP+EF"


def test_sentences_never_cross_blocks(reference: Record) -> None:
    starts = {b.start for b in reference.blocks}
    for sentence in reference.sentences:
        block = reference.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end
    assert starts <= {s.start for s in reference.sentences}


def test_sentences_are_kiwis(reference: Record) -> None:
    texts = [reference.text[s.start : s.end] for s in reference.sentences]
    assert "알리바바뿐만이 아니다." in texts
    assert "최근 중국의 AI 기술은 무서운 속도로 발전하고 있다." in texts


def test_heavy_resources_load_once() -> None:
    assert kiwi() is kiwi()
    assert morph.language() is morph.language()


def test_spacy_language_tokenises_with_kiwi() -> None:
    doc = morph.language()("알리바바는 성장했다.")
    assert [t.text for t in doc] == ["알리바바", "는", "성장", "했", "다", "."]


def _document(text: str):
    from pipeline.document import Document

    return Document(doc_id="t", raw=text)


SENTENCE = "이 회사는 지난해 매출 1200억 원을 기록했다. "  # 26 characters


def _pieces(text: str, starts: tuple[int, ...] = ()) -> list[str]:
    return [text[start:end] for start, end in morph.pieces(text, starts)]


def test_kiwi_reads_blocks_and_long_blocks_cut_at_sentence_ends() -> None:
    long_block = SENTENCE * (morph.PIECE_MAX // len(SENTENCE) + 5)
    text = "짧은 제목\n\n" + long_block
    pieces = _pieces(text, (0, 7))
    assert pieces[0] == "짧은 제목\n\n"
    assert "".join(pieces) == text
    assert all(len(piece) <= morph.PIECE_MAX for piece in pieces)
    assert all(piece.endswith("했다. ") for piece in pieces[1:-1]), "cut right after a sentence end"


def test_a_block_without_sentence_ends_is_cut_at_a_space_or_else_anywhere() -> None:
    words = "단어 " * morph.PIECE_MAX
    assert all(piece.endswith(" ") for piece in _pieces(words)[:-1])
    unbroken = "가" * (morph.PIECE_MAX * 2 + 10)
    assert [len(piece) for piece in _pieces(unbroken)] == [morph.PIECE_MAX, morph.PIECE_MAX, 10]


def test_a_long_article_gets_the_tokens_of_its_pieces(pipeline: Pipeline) -> None:
    text = SENTENCE.strip() + " " + SENTENCE * (morph.PIECE_MAX // len(SENTENCE) * 3)
    doc = pipeline.run(_document(text))
    assert doc.to_spacy().text == doc.text
    # Every sentence is analysed as when it stands alone: the same tokens, wherever it falls.
    alone = [t.text for t in morph.language()(SENTENCE.strip())]
    sentences = [s for s in doc.to_spacy().sents if s.text.strip()]
    assert len(sentences) == text.count("했다.")
    assert all([t.text for t in s if not t.is_space] == alone for s in sentences)


def test_tokens_split_at_positions_inside_them_keep_their_tags(pipeline: Pipeline) -> None:
    doc = pipeline.run(_document("바이두가 중국인 고객을 늘렸다."))
    tokens = doc.tokens
    whole = tokens.text.index("중국인")  # one NNG token
    split = tokens.split_at({tokens.start[whole] + 2, 0, len(doc.text)})
    assert "".join(w + " " * s for w, s in zip(split.text, split.space_after)) == doc.text
    index = split.text.index("중국")
    assert split.text[index + 1] == "인" and split.start[index + 1] == tokens.start[whole] + 2
    assert split.tag[index] == split.tag[index + 1] == tokens.tag[whole]
    assert not split.space_after[index] and split.space_after[index + 1] == tokens.space_after[whole]
    assert len(split) == len(tokens) + 1, "positions at token edges cut nothing"


# Kiwi starts a sentence inside a word after a quoted name that opens the next sentence, or
# after a noun ending; the start moves back to the last sentence end and space, or goes.
SENTENCES_STARTED_INSIDE_A_WORD = [
    ("부산의 스타트업 물결랩은 2021년 선박 연료 관리 앱 ‘파도계’를 출시했다. ‘파도계’의 월간 이용자는 올해 3만 명을 넘었다.",
     ["부산의 스타트업 물결랩은 2021년 선박 연료 관리 앱 ‘파도계’를 출시했다.", "‘파도계’의 월간 이용자는 올해 3만 명을 넘었다."]),
    ("그러나 업계의 반응은 싸늘했다. ‘빚 돌려막기’로 버틴다는 지적이 나왔다.",
     ["그러나 업계의 반응은 싸늘했다.", "‘빚 돌려막기’로 버틴다는 지적이 나왔다."]),
    ("이 회사는 2020년 해외 전용 브랜드를 만들었다. ‘하루담’으로 불리는 이 브랜드는 동남아에서 팔린다.",
     ["이 회사는 2020년 해외 전용 브랜드를 만들었다.", "‘하루담’으로 불리는 이 브랜드는 동남아에서 팔린다."]),
    ("이 신발은 가볍고 발볼이 넓은 만듦새로 인기를 끌었다.", ["이 신발은 가볍고 발볼이 넓은 만듦새로 인기를 끌었다."]),
]


def test_a_sentence_kiwi_starts_inside_a_word_starts_at_the_sentence_end_before(pipeline: Pipeline) -> None:
    for text, expected in SENTENCES_STARTED_INSIDE_A_WORD:
        doc = pipeline.run(_document(text))
        assert [doc.text[s.start : s.end] for s in doc.sentences] == expected, text
