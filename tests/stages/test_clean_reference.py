"""The reference article against SPEC §2's example values."""

from __future__ import annotations

import re

from pipeline.schema import Author, Record


def block_texts(record: Record, kind: str) -> list[str]:
    return [record.text[b.start : b.end] for b in record.blocks if b.kind == kind]


def test_metadata_is_specs_example(reference: Record) -> None:
    metadata = reference.metadata
    assert metadata.title == "BAT의 AI 전략"
    assert metadata.section == "SR1"
    assert metadata.subtitle == "글로벌 AI 기업을 지향하는 BAT, 제조·유통·서비스 등 기술 산업 재편에 도전"
    assert metadata.authors == [
        Author(name="김병국", affiliation="9K리서치 대표", email="bekaykim@9k-research.com")
    ]
    assert (metadata.issue_number, metadata.issue_date, metadata.issue_part) == (247, "2018-04", 2)
    assert metadata.summary.startswith("중국의 혁신을 주도하는 BAT(바이두, 알리바바, 텐센트)는")
    assert metadata.summary.endswith("AI 전략은 BAT의 미래를 좌우할 것으로 예상된다.")


def test_chrome_page_numbers_and_byline_are_gone(reference: Record) -> None:
    text = reference.text
    for chrome in ("로그인", "회원가입", "검색버튼", "이 필자의 다른 기사 보기", "인기기사", "247호", "Issue 2",
                   "Article at a Glance", "SR1.", "-(전)대신경제연구소", "DBR mini box"):
        assert chrome not in text, chrome
    assert not re.search(r"^\d{1,3}$", text, re.M), "a page number stands alone on a line"
    assert "\xa0" not in text


def test_footnote_markers_removed_and_recorded(reference: Record, reference_text: str) -> None:
    text = reference.text
    for glued in ("대회1 ", "얻었다.2", "있다.3", "(Singularity)4"):
        assert glued not in text
    assert "대회 에서" in text and "(Singularity) 시대" in text
    refs = reference.metadata.footnote_refs
    assert [r.marker for r in refs] == ["1", "2", "3", "4"]
    for ref in refs:
        assert reference_text[ref.raw_start : ref.raw_end] == ref.marker
    assert text[refs[1].start - 4 : refs[1].start] == "얻었다."


def test_quantity_digits_are_not_markers(reference: Record) -> None:
    for kept in ("1위를 차지했다", "592개로", "82.44점", "10.3달러", "1세대와"):
        assert kept in reference.text


def test_mid_sentence_line_break_is_joined(reference: Record) -> None:
    assert "PC 기반의 1세대와" in reference.text


def test_blocks_are_where_spec_puts_them(reference: Record) -> None:
    kinds = [b.kind for b in reference.blocks]
    assert kinds[:3] == ["title", "subtitle", "summary"]
    assert kinds[-2:] == ["bio", "bio"]
    assert block_texts(reference, "bio")[0] == "김병국 9K리서치 대표 bekaykim@9k-research.com"
    assert block_texts(reference, "bio")[1].startswith("필자는 연세대")
    assert "1. 바이두(Baidu) - ‘기술’ 생태계에 올인하다" in block_texts(reference, "heading")
    assert block_texts(reference, "quote")[0] == "“바이두는 더 이상 인터넷 기업이 아닙니다. AI 회사입니다.”"

    sidebars = [b for b in reference.blocks if b.kind == "sidebar"]
    labels = sorted({b.label for b in sidebars})
    assert labels == ["DBR mini box I", "DBR mini box II"]
    first_box = [reference.text[b.start : b.end] for b in sidebars if b.label == "DBR mini box I"]
    assert first_box[0] == "BAT 위협하는 TMD"
    assert first_box[-1].startswith("디디추싱은 중국뿐만 아니라")
    second_box = [reference.text[b.start : b.end] for b in sidebars if b.label == "DBR mini box II"]
    assert second_box[0] == "텐센트의 데이터 관리 조직"
    assert second_box[-1].startswith("최근엔 사업부마다")
    assert "한국 기업들을 위한 제언" in block_texts(reference, "heading")


def test_block_raw_offsets_point_at_the_same_text(reference: Record, reference_text: str) -> None:
    for block in reference.blocks:
        raw = reference_text[block.raw_start : block.raw_end].replace("\xa0", " ")
        clean = reference.text[block.start : block.end]
        # Joined line breaks and removed footnote markers are the only differences.
        assert re.sub(r"\s+", " ", raw).startswith(clean[:10])
        assert raw.rstrip()[-1] == clean[-1] or raw.rstrip()[-1].isdigit()
