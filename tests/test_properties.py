"""Arbitrary text, with random page chrome, through clean and morph: no exception,
every offset valid, raw offsets pointing at the same characters."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline import Pipeline
from pipeline.document import Document
from pipeline.stages import clean, morph
from pipeline.validate import problems

CHROME = [
    "로그인|회원가입|고객센터", "Top", "검색버튼 메뉴버튼", "SR1. 제목", "SR2.로봇시대", "Editor's Letter",
    "김철수 | 300호 (2020년 7월 Issue 1)", "124호 (2013년 3월 Issue 1)", "김철수·이영희 | 301호 (2021년 03월 Issue 2)",
    "Article at a Glance", "Article at a Glance – 전략, 혁신", "49", "022", "DBR mini box I", "편집자주 메모",
    "※ 이 기사에는 인턴이 참여했습니다.", "ⓒ 동아비즈니스리뷰", "• 김철수 김철수 | 교수", "이 필자의 다른 기사 보기",
    "인기기사", "“인용문입니다.”", "1. 제목", "대회1 에서", "얻었다.2", "(Singularity)4 시대", "\xa0", "２０２１년 （주）",
    "김철수 서울대 교수 kim@snu.ac.kr", "필자는 서울대를 졸업했다.", "",
]
LINE_BREAKS = st.sampled_from(["\n", "\r\n", "\r", "\n\n"])
LINE = st.one_of(st.sampled_from(CHROME), st.text(max_size=40))
PAGE = st.lists(st.tuples(LINE, LINE_BREAKS), max_size=25).map(lambda lines: "".join(a + b for a, b in lines))

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
STAGES = (("clean", clean.run), ("morph", morph.run))


def assert_raw_offsets_map_back(doc: Document) -> None:
    for position, character in enumerate(doc.text):
        raw_character = doc.raw[doc.offsets.raw_position(position)]
        normalised = raw_character.translate(clean.NORMALISE)
        if normalised != character:
            # A joined line break or a block separator stands for a raw line break.
            assert character in " \n" and raw_character in "\r\n\u2028\u2029", (position, character, raw_character)


@FAST
@given(PAGE)
def test_clean_and_morph_keep_every_offset_valid(page: str) -> None:
    doc = Pipeline(STAGES).run(Document(doc_id="p", raw=page))
    assert_raw_offsets_map_back(doc)
    for block in doc.blocks:
        assert doc.text[block.start : block.end].strip() == doc.text[block.start : block.end]
        assert 0 <= block.raw_start < block.raw_end <= len(page)
    for sentence in doc.sentences:
        assert doc.text[sentence.start : sentence.end].strip()
        assert 0 <= sentence.raw_start < sentence.raw_end <= len(page)
    for ref in doc.metadata.footnote_refs:
        assert page[ref.raw_start : ref.raw_end].translate(str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")) == ref.marker
    assert doc.to_spacy().text == doc.text


@FAST
@given(PAGE)
@example("Q.\n")  # an interviewer's mark alone: a sentence with no tokens the claims stage reads
def test_whole_pipeline_output_validates(page: str) -> None:
    from pipeline import to_record

    doc = Pipeline().run(Document(doc_id="p", raw=page))
    assert problems(to_record(doc)) == []
