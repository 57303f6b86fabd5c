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
from pipeline.stages.clean.lines import cut_word

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
        # a table's rows of cells that open with years are its caption's, not a timeline
        ("[표] 가람로봇의 매출 추이\n연도\t매출\t영업이익\n2021년\t120억 원\t8억 원\n2022년\t160억 원\t11억 원\n"
         "2023년\t210억 원\t15억 원\n자료: 가람로봇",
         ["[표] 가람로봇의 매출 추이\n연도\t매출\t영업이익\n2021년\t120억 원\t8억 원\n2022년\t160억 원\t11억 원\n"
          "2023년\t210억 원\t15억 원\n자료: 가람로봇"]),
        # two lines of a wrapped sentence that both open with a year are one paragraph
        ("2019년 이후 이 회사의 매출은 해마다 늘었고\n2022년에는 두 배가 됐다.",
         ["2019년 이후 이 회사의 매출은 해마다 늘었고 2022년에는 두 배가 됐다."]),
        # a short line ending in a connective with text right under it is wrapped; with a
        # blank line after it, a heading
        ("가람항공과 누리항공이 합병하면\n통합 점유율은 15%가 된다.", ["가람항공과 누리항공이 합병하면 통합 점유율은 15%가 된다."]),
        ("협력이 성공하려면\n\n목표가 같아야 한다.", ["목표가 같아야 한다."]),
        # so is one ending in an object particle (`…조명을`), a sentence's middle, no heading's end
        ("가람마트는 올해 3월부터 매장 냉장고에 유리문을 달고 손님 수에 맞춰 조명을\n조절하는 시스템을 들였다. 그 결과 "
         "점포당 월평균 전력 사용량은 지난해보다 15% 넘게 줄었고 전기료도 크게 내려갔다.",
         ["가람마트는 올해 3월부터 매장 냉장고에 유리문을 달고 손님 수에 맞춰 조명을 조절하는 시스템을 들였다. 그 결과 "
          "점포당 월평균 전력 사용량은 지난해보다 15% 넘게 줄었고 전기료도 크게 내려갔다."]),
        # a caption's line is text, not a heading
        ("[그래프] 연령대별 구독 지출\n\n지출이 늘었다.", ["[그래프] 연령대별 구독 지출", "지출이 늘었다."]),
        # a chart's rows of years are its values, one block with its caption, not a timeline;
        # a table's dated lines without cells stay a timeline
        ("[그래프] 국내 공항 여객 수\n2022년 3200만 명\n2023년 6800만 명\n2024년 8900만 명\n자료: 가람공사",
         ["[그래프] 국내 공항 여객 수\n2022년 3200만 명\n2023년 6800만 명\n2024년 8900만 명\n자료: 가람공사"]),
        ("[표] 가람로봇 연혁\n2018년 3월 가람로봇 설립\n2020년 5월 첫 제품 출시\n2022년 11월 시리즈A 유치",
         ["[표] 가람로봇 연혁", "2018년 3월 가람로봇 설립", "2020년 5월 첫 제품 출시", "2022년 11월 시리즈A 유치"]),
        # a chart's rows and its source line are one block with its caption, a line each
        ("[그래프] 연령대별 구독률\n20대 38.5%\n30대 42.1%\n자료: 가람리서치 ‘2024 구독 조사’\n\n지출이 늘었다.",
         ["[그래프] 연령대별 구독률\n20대 38.5%\n30대 42.1%\n자료: 가람리서치 ‘2024 구독 조사’", "지출이 늘었다."]),
        # a magazine's running header and footer, whose words come back with another page number, are
        # no text; one that cuts a sentence leaves its two parts one paragraph
        ("부산항의 컨테이너 물동량은 지난해 2440만 TEU로\n사상 최대를 기록했고, 신항의 처리 물량도 크게\n"
         "늘어 전체의 3분의 2를 넘었다고 항만공사는 밝혔고,\n\n34 | 월간 물류리뷰\n\n그 절반이 환적 화물이었다.\n\n"
         "MAY 2025 VOL. 12 | 35\n\n부두는 다시 붐볐다.\n\n36 | 월간 물류리뷰\n\n선사들도 돌아왔다.\n\n"
         "MAY 2025 VOL. 12 | 37\n\n항로가 늘었다.",
         ["부산항의 컨테이너 물동량은 지난해 2440만 TEU로 사상 최대를 기록했고, 신항의 처리 물량도 크게 늘어 전체의 "
          "3분의 2를 넘었다고 항만공사는 밝혔고, 그 절반이 환적 화물이었다.", "부두는 다시 붐볐다.", "선사들도 돌아왔다.",
          "항로가 늘었다."]),
    ],
)
def test_timelines_wrapped_lines_and_captions(body: str, paragraphs: list[str]) -> None:
    raw = f"가람로봇의 10년\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n{body}\n"
    doc = Pipeline((("clean", clean.run),)).run(Document(doc_id="timeline", raw=raw))
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"] == paragraphs


def test_a_reporters_sign_off_gives_the_bylines_reporter_an_email_and_a_papers_photo_archive_is_a_credit() -> None:
    raw = ("항공사 실적\n\n한지민 기자 | 429호 (2025년 11월 Issue 2)\n\n국내 항공사들이 여름 성수기에 여행객을 가득 "
           "태웠지만 3분기 수익성은 회사마다 크게 엇갈렸고, 일본 노선 비중이 큰 항공사가 가장 많이 남겼다.\n\n"
           "(사진) 인천국제공항 출국장이 붐비고 있다. 동아일보 DB\n\n한지민 기자 jimin@donga.com\n")
    doc = Pipeline((("clean", clean.run),)).run(Document(doc_id="signed", raw=raw))
    assert [(a.name, a.email) for a in doc.metadata.authors] == [("한지민", "jimin@donga.com")]
    assert doc.metadata.credits == ["동아일보 DB"]


def test_a_wire_copy_on_a_site_of_its_own_reads_its_masthead_dateline_and_bare_sign_off() -> None:
    raw = ("누리경제 NURI\n전체메뉴 | 검색\n홈 | 뉴스 | 증권 | 산업 | 오피니언\n\n산업\n"
           "조선 3사 3분기 수주 40% 늘어\nLNG선이 끌어올린 수주…하반기도 훈풍\n\n"
           "기사입력 2025-10-20 09:10 | 최종수정 2025-10-20 11:02\n가 가 | 공유 | 스크랩 | 인쇄\n\n"
           "(부산=가온뉴스) 마다현 기자 = 국내 조선 3사의 3분기 수주액이 1년 전보다 40% 늘었다. "
           "액화천연가스(LNG) 운반선 발주가 몰린 덕이다.\n\n"
           "거제 조선소 도크에서 LNG 운반선이 건조되고 있다. [가온뉴스 자료사진]\n\n"
           "업계는 4분기에도 발주가 이어질 것으로 본다.\n\ndahyun@gaonnews.co.kr\n")
    doc = _clean(raw)
    assert (doc.metadata.title, doc.metadata.section) == ("조선 3사 3분기 수주 40% 늘어", "산업")
    assert [(a.name, a.email) for a in doc.metadata.authors] == [("마다현", "dahyun@gaonnews.co.kr")]
    assert doc.metadata.credits == ["가온뉴스 자료사진"]
    assert doc.text.split("\n\n")[2:] == [
        "국내 조선 3사의 3분기 수주액이 1년 전보다 40% 늘었다. 액화천연가스(LNG) 운반선 발주가 몰린 덕이다.",
        "거제 조선소 도크에서 LNG 운반선이 건조되고 있다.", "업계는 4분기에도 발주가 이어질 것으로 본다."]


def _clean(raw: str) -> Document:
    return Pipeline((("clean", clean.run),)).run(Document(doc_id="shape", raw=raw))


@pytest.mark.parametrize(
    ("raw", "title", "section", "authors", "categories", "credits"),
    [
        # a mobile page: the browser's title, the site's single-word menu lines, a writer's line
        ("가람로봇의 10년 - 동아비즈니스리뷰\n메뉴\nDBR 동아비즈니스리뷰\n로그인\n\nCASE STUDY\n가람로봇의 10년\n"
         "글=한서윤 부경대 경영학과 교수\n392호 (2024년 5월 Issue 1)\n기사 공유하기\n\n본문이다.\n",
         "가람로봇의 10년", "CASE STUDY", [("한서윤", "부경대 경영학과 교수")], [], []),
        # a printable page: a bracketed section above the byline; a shared title is no affiliation
        ("인쇄하기 | 창닫기\n\n가람로봇의 10년\n[칼럼]\n박도윤·최서린 기자 | 392호 (2024년 5월 Issue 1)\n\n본문이다.\n",
         "가람로봇의 10년", "칼럼", [("박도윤", None), ("최서린", None)], [], []),
        # a printable page whose buttons stand on lines of their own, above the section line
        ("인쇄하기\n닫기\n\nDATA\n가람로봇의 10년\n\n박도윤 | 392호 (2024년 5월 Issue 1)\n\n본문이다.\n",
         "가람로봇의 10년", "DATA", [("박도윤", None)], [], []),
        # a path of the site's sections; bracketed tags above items; a photo credit ending a caption
        ("가람로봇의 10년\n\n홍길동 | 392호 (2024년 5월 Issue 1)\nStrategy > Global\n\n[유통]\n가람마트, 1분기 흑자\n\n"
         "매출이 늘었다.\n\n매장에 선 직원들. 사진 제공=가람마트\n",
         "가람로봇의 10년", None, [("홍길동", None)], ["Strategy", "Global", "유통"], ["사진 제공=가람마트"]),
        # a breadcrumb trail is furniture; its last step, repeated above the title, the section
        ("DBR\n홈 > 매거진 > 412호 > 리더의 서재\n\n리더의 서재\n가람로봇의 10년\n홍길동 | 412호 (2025년 2월 Issue 1)\n\n"
         "본문이다.\n",
         "가람로봇의 10년", "리더의 서재", [("홍길동", None)], [], []),
        # a Korean column label above a title and its subtitle, right above the byline, is the section
        ("DBR\n\n표로 읽는 경제\n가람로봇의 10년\n협동로봇 한 우물을 판 가람로봇의 선택\n홍길동 | 412호 (2025년 2월 Issue 1)\n\n"
         "본문이다.\n",
         "가람로봇의 10년", "표로 읽는 경제", [("홍길동", None)], [], []),
        # a newspaper's section menu, share buttons with `X`, the font-size buttons and the copy's hashtags
        ("누리일보\n경제 홈 | 금융 | 증권 | 부동산 | 산업\n\n증권\n가람증권 순익 최대\n\n입력 2025.10.24 06:00\n"
         "공유하기 페이스북 X 카카오톡 링크복사\n글자크기 가 가 가 | 인쇄\n\n가람증권이 최대 실적을 냈다.\n\n"
         "홍길동 기자 gildong@nuri.com\n\n#증권 #실적 #가람증권\n",
         "가람증권 순익 최대", "증권", [("홍길동", None)], [], []),
        # an unlisted label line above the title is the section, label lines after it categories
        ("DBR\nPeople Analytics\nHR\n\n가람로봇의 10년\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n본문이다.\n",
         "가람로봇의 10년", "People Analytics", [("홍길동", None)], ["HR"], []),
        ("MARKET BRIEF\n가람로봇의 10년\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n본문이다.\n",
         "가람로봇의 10년", "MARKET BRIEF", [("홍길동", None)], [], []),
        # a job-title line whose title is glued to a department; a photographer named at a caption's end
        ("가람로봇의 10년\n가람리서치 산업분석팀장\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n매출이 늘었다.\n\n"
         "로봇을 든 대표. 사진 김하늘 기자\n",
         "가람로봇의 10년", None, [("홍길동", "가람리서치 산업분석팀장")], [], ["사진 김하늘 기자"]),
        # a newspaper's copy signed only at its end, under a menu that names the DBR site too;
        # its links to related articles and a keyword line end the page
        ("동아일보\n정치 경제 국제 사회 문화 스포츠 오피니언 DBR\n\n금융\n가람은행 순익 최대\n가람금융, 보험사 인수\n\n"
         "입력 2025.10.24 06:00\n\n가람은행이 최대 실적을 냈다.\n\n홍길동 기자 gildong@donga.com\n\n관련기사\n"
         "누리은행 연체율 상승\n\n키워드 : #은행 #실적\n",
         "가람은행 순익 최대", "금융", [("홍길동", None)], [], []),
        # a newspaper's copy whose links to related articles sit under a bracketed `[관련기사]`
        ("가람게임즈 흑자 전환\n\n홍길동 기자 gildong@donga.com\n\n가람게임즈가 흑자를 냈다.\n\n"
         "홍길동 기자 gildong@donga.com\n\n[관련기사]\n· 누리게임즈 연체율 상승\n· 게임업계 희망퇴직\n",
         "가람게임즈 흑자 전환", None, [("홍길동", None)], [], []),
        # a newspaper's copy: its dateline, a marked photo caption's credit, links to other articles
        ("가람로봇의 10년\n\n홍길동 기자 | 392호 (2024년 5월 Issue 1)\n\n[부산=홍길동 기자] 가람로봇이 흑자를 냈다.\n\n"
         "(사진) 공장에 선 로봇. 가람로봇 제공\n\n▶ 관련 기사: 로봇 수출 사상 최대\n",
         "가람로봇의 10년", None, [("홍길동", None)], [], ["가람로봇 제공"]),
    ],
)
def test_mobile_printable_and_roundup_pages(raw, title, section, authors, categories, credits) -> None:
    doc = _clean(raw)
    metadata = doc.metadata
    assert (metadata.title, metadata.section) == (title, section)
    assert [(a.name, a.affiliation) for a in metadata.authors] == authors
    assert (metadata.categories, metadata.credits) == (categories, credits)
    assert all(chrome not in doc.text for chrome in (
        "로그인", "공유하기", "닫기", "[유통]", "사진 제공", "동아비즈니스리뷰", "DBR", "Analytics", "BRIEF", "[부산",
        "(사진)", "가람로봇 제공", "관련 기사", "산업분석팀장", "김하늘 기자", "관련기사", "연체율", "키워드", "오피니언",
        "매거진", "부동산", "링크복사", "글자크기", "#실적", "표로 읽는"))


@pytest.mark.parametrize(
    ("body", "text", "markers"),
    [
        # marks that decorate a line leave the text
        ("■ 성장의 조건\n\n▲매장에 선 직원들.\n", "성장의 조건\n\n매장에 선 직원들.", []),
        # numbered footnote markers glued to a word or after a sentence; not inside a bracket
        ("TC 본더1)가 대표적이다. 꼽았다.2) 가람(주1) 공장이 있다.", "TC 본더가 대표적이다. 꼽았다. 가람(주1) 공장이 있다.",
         ["1)", "2)"]),
        # a last line that is nothing but a marker leaves no space behind
        ("가람로봇의 매출이 늘었고\n²", "가람로봇의 매출이 늘었고", ["2"]),
        # an asterisk after a closing bracket marks the bracketed term (`(ROAS)*는`)
        ("핵심 지표는 광고수익률(ROAS)*이다. 비용은 (주)가람*이 낸다.", "핵심 지표는 광고수익률(ROAS)이다. 비용은 (주)가람이 낸다.",
         ["*", "*"]),
    ],
)
def test_decorations_and_numbered_footnote_markers(body: str, text: str, markers: list[str]) -> None:
    doc = _clean(f"가람로봇의 10년\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n{body}\n")
    assert doc.text.split("\n\n", 1)[1] == text
    assert [f.marker for f in doc.metadata.footnote_refs] == markers


def test_questions_that_head_a_digests_sections_and_a_quotation_opening_a_heading() -> None:
    doc = _clean("가람로봇의 10년\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n왜 이 연구를 했나?\n\n본문이다.\n\n"
                 "Q2. 무엇을 발견했나?\n\n본문이다.\n\n“수요는 견조”… 공급은 변수\n\n본문이다.\n\n"
                 "어떻게 경쟁합니까?\n\n답이다.\n\n“가격은 약속이다”\n\n본문이다.\n\n"
                 "“매장마다 가격표를 한눈에 보여줘야 한다”\n\n본문이다.\n\n“야간 무인 운영의 책임을 가맹점주 혼자 지면 안 된다”\n\n본문이다.\n\n"
                 "“가격을 올릴 때는 고객에게 먼저 이유를 말해야 합니다.”\n\n본문이다.\n\n"
                 "“공장은 아버지가, 시장은 제가 넓혔습니다”\n\n본문이다.\n\n“작게 팔아도 오래 남아요”\n\n본문이다.\n")
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "heading"] == [
        "왜 이 연구를 했나?", "Q2. 무엇을 발견했나?", "“수요는 견조”… 공급은 변수",  # not the polite question asked
        "“가격은 약속이다”",  # a short quotation heads a section; a sentence quoted is a pull quote
        "“매장마다 가격표를 한눈에 보여줘야 한다”",  # 23 characters, with no sentence's end, is short
        "“야간 무인 운영의 책임을 가맹점주 혼자 지면 안 된다”"]  # 28: still a section's head
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "quote"] == [
        "“가격을 올릴 때는 고객에게 먼저 이유를 말해야 합니다.”",
        "“공장은 아버지가, 시장은 제가 넓혔습니다”", "“작게 팔아도 오래 남아요”"]  # an interviewee's polite speech


def test_a_named_list_is_a_box_that_ends_with_its_items_and_asterisk_footnote_markers() -> None:
    doc = _clean("가람로봇의 10년\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n본문이다.\n\n조사 개요\n- 조사 대상: 성인 1000명\n"
                 "- 조사 기간: 2024년 6월\n\n연부연납*을 쓰는 기업이 늘었다.\n\n* 연부연납: 세금을 나눠 내는 제도.\n")
    blocks = [(b.kind, b.label, doc.text[b.start : b.end]) for b in doc.blocks]
    assert [text for kind, label, text in blocks if kind == "sidebar" and label == "조사 개요"] == [
        "조사 개요", "- 조사 대상: 성인 1000명", "- 조사 기간: 2024년 6월"]
    assert ("paragraph", None, "연부연납을 쓰는 기업이 늘었다.") in blocks
    assert [f.marker for f in doc.metadata.footnote_refs] == ["*"]


def test_a_box_of_dated_lines_under_a_marked_line_and_a_career_box() -> None:
    doc = _clean("가람로봇의 10년\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n본문이다.\n\n■ 걸어온 길\n"
                 "2018년 3월 설립\n2020년 5월 첫 제품 출시\n2022년 11월 시리즈A 유치\n\n한서윤 가람로봇 대표 약력\n"
                 "1975년 부산 출생\n2018년 가람로봇 창업\n")
    blocks = [(b.kind, b.label, doc.text[b.start : b.end]) for b in doc.blocks]
    boxed = [text for kind, label, text in blocks if kind == "sidebar" and label == "걸어온 길"]
    assert boxed[0] == "걸어온 길" and "2022년 11월 시리즈A 유치" in "".join(boxed)
    bio = [text for kind, _, text in blocks if kind == "bio"]
    assert bio and bio[0] == "한서윤 가람로봇 대표 약력"


def test_a_tables_caption_holds_its_rows_whatever_their_shape_and_a_units_power_is_no_marker() -> None:
    doc = _clean("가람로봇의 10년\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n공장은 약 12만 m² 부지에 들어섰다. "
                 "회사는 결제대행업(PG)2) 허가를 받았다.\n\n[표] 앱 비교(2024년 기준)\n기업\tMAU\t수수료율\n"
                 "가람페이\t40만 명\t1.1%\n누리페이\t25만 명\t0.8%\n자료: 각 사\n\n본문이다.\n\n2) PG: 결제대행업.\n")
    assert "12만 m² 부지" in doc.text and "(PG) 허가" in doc.text
    assert [f.marker for f in doc.metadata.footnote_refs] == ["2)"]
    table = next(b for b in doc.blocks if doc.text[b.start : b.end].startswith("[표]"))
    assert doc.text[table.start : table.end].split("\n") == [
        "[표] 앱 비교(2024년 기준)", "기업\tMAU\t수수료율", "가람페이\t40만 명\t1.1%", "누리페이\t25만 명\t0.8%", "자료: 각 사"]


def test_a_short_line_right_above_a_pull_quote_is_its_box_label() -> None:
    doc = _clean("가람로봇의 10년\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n매출이 늘었다.\n\n"
                 "이 책의 한 문장\n“로봇은 사람을 돕는다.”\n\n공장이 늘었다.\n")
    quote = next(b for b in doc.blocks if b.kind == "quote")
    assert (doc.text[quote.start : quote.end], quote.label) == ("“로봇은 사람을 돕는다.”", "이 책의 한 문장")
    assert "이 책의 한 문장" not in doc.text and not any(b.kind == "heading" for b in doc.blocks)


def test_idea_in_brief_written_in_hangul_is_a_summary() -> None:
    doc = _clean("HBR Korea\n\n연간 요금제의 덫\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n아이디어 인 브리프\n"
                 "문제: 해지가 는다.\n해법: 미리 알린다.\n\n구독 기업이 늘었다.\n")
    assert [b.kind for b in doc.blocks if doc.text[b.start : b.end].startswith("문제")] == ["summary"]
    assert "아이디어 인 브리프" not in doc.text and doc.metadata.summary.startswith("문제")


def test_an_interviewees_title_may_be_glued_to_a_rank_and_idea_in_brief_is_a_summary() -> None:
    doc = _clean("Interview\n\n병원이 달라졌다\n통영 병원그룹 가람의료재단 도하준 대표원장\n\n"
                 "홍길동 | 392호 (2024년 5월 Issue 1)\n\nIdea in Brief\n문제: 대기가 길다.\n해법: 앱을 쓴다.\n\n"
                 "병원이 달라졌다.\n")
    assert [(i.name, i.organization, i.role) for i in doc.metadata.interviewees] == [("도하준", "가람의료재단", "대표원장")]
    assert [b.kind for b in doc.blocks if doc.text[b.start : b.end].startswith("문제")] == ["summary"]
    assert "Idea in Brief" not in doc.text and doc.metadata.categories == []


def test_a_summary_box_is_the_summary_and_a_note_under_a_table_is_a_credit() -> None:
    doc = _clean("Research Digest\nHR\n\n버디가 신입을 붙잡았다\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n"
                 "Summary\n• 신입 300명을 추적했다.\n• 유지율이 높았다.\n\n매출이 늘었다.\n\n"
                 "[표] 업종별 부담\n업종\t비중\n치킨\t68.2%\n자료: 가람재단\n※ 부담은 수수료와 배달비를 합한 금액\n\n"
                 "부담이 컸다.\n")
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "summary"] == [
        "• 신입 300명을 추적했다.", "• 유지율이 높았다."]
    assert doc.metadata.categories == ["HR"] and "Summary" not in doc.text
    assert doc.metadata.credits == ["부담은 수수료와 배달비를 합한 금액"] and "※" not in doc.text


def test_a_dbr_note_after_a_newspaper_reporters_sign_off_gives_the_issue_and_is_a_credit() -> None:
    note = "이 기사는 DBR(동아비즈니스리뷰) 401호(2024년 9월 Issue 2)에 실린 ‘가람은행의 선택’ 원고를 바탕으로 작성했습니다."
    doc = _clean(
        "동아일보\n전체메뉴\n검색\n정치 경제 국제 사회 문화 스포츠 오피니언\n로그인 | 회원가입\n\n경제\n"
        "가람은행 3분기 순익 최대… 누리은행은 연체율 상승에 발목\n가람은행 순익 1200억 원으로 12% 늘어… 누리은행 연체율 0.8%\n\n"
        "홍길동 기자 gildong@donga.com\n입력 2024-09-20 03:00\n업데이트 2024-09-20 09:40\n코멘트\n공유하기\n글자크기 설정\n\n"
        "가람은행이 지난달 최대 실적을 냈다. 가람은행의 3분기 순이익은 1200억 원으로 1년 전보다 12% 늘었다고 20일 밝혔다.\n\n"
        "누리은행은 연체율이 올랐다. 누리은행의 3분기 연체율은 0.8%로 1년 전보다 0.2%p 높아졌다.\n\n"
        f"홍길동 기자 gildong@donga.com\n\n※ {note}\n\n관련기사\n누리은행 연체율 상승\n\n추천해요\n0\n")
    metadata = doc.metadata
    assert (metadata.issue_number, metadata.issue_date, metadata.issue_part) == (401, "2024-09", 2)
    assert metadata.credits == [note]
    assert [block.kind for block in doc.blocks] == ["title", "subtitle", "paragraph", "paragraph"]


def test_a_portals_copy_of_a_newspaper_article_drops_its_tabs_widgets_and_spaced_time_stamps() -> None:
    doc = _clean(
        "뉴스\n홈 사회 정치 경제 국제 문화 IT 랭킹 연재 포토 팩트체크\n전체메뉴 열기\n검색\n로그인\n\n동아일보\n"
        "가람제약, 美 허가 받아\n가람제약 바이오시밀러 첫 수출… 마일스톤 200억 원\n\n홍길동 기자\n입력 2025. 12. 3. 03:01\n"
        "수정 2025. 12. 3. 10:27\n댓글 0\n음성으로 듣기\n번역 설정\n글씨크기 조절하기\n인쇄하기\n\n"
        "가람제약이 미국 허가를 받았다. 가람제약은 마일스톤 200억 원을 받는다.\n\n그래픽=한지수 디자이너\n")
    assert doc.metadata.title == "가람제약, 美 허가 받아"
    assert [block.kind for block in doc.blocks] == ["title", "subtitle", "paragraph"]
    assert doc.metadata.credits == ["그래픽=한지수 디자이너"]


def test_a_sharing_widgets_buttons_are_chrome_and_a_reprint_note_past_the_footer_is_a_credit() -> None:
    note = "이 기사는 동아일보 2025년 3월 4일자 A10면에 실린 기사를 다시 실은 것입니다."
    doc = _clean(
        "로그인|회원가입|고객센터\n\n가람통신 1분기 영업익 12% 늘어\n데이터센터 매출이 끌어올려\n\n홍길동 기자 | 420호 (2025년 3월 Issue 1)\n\n"
        "입력 2025.03.04 06:00\n코멘트 0\n공유하기\n페이스북 X(트위터) 카카오톡 URL 복사\n글자크기 설정\n\n"
        "가람통신의 1분기 영업이익은 1200억 원으로 1년 전보다 12% 늘었다. 데이터센터 매출이 30% 늘어난 덕분이다.\n\n"
        "가람통신은 올해 설비투자를 늘릴 계획이다.\n\n홍길동 기자 gildong@donga.com\n\n"
        f"추천해요\n0\n코멘트 0\n\n※ {note}\n\n▶ 관련 기사: 통신 3사 요금 경쟁\n인기기사\n")
    assert [block.kind for block in doc.blocks] == ["title", "subtitle", "paragraph", "paragraph"]
    assert "카카오톡" not in doc.text
    assert doc.metadata.credits == [note]
    assert not doc.warnings  # the note is no article text dropped after the footer


def test_a_newspapers_buttons_on_a_line_of_their_own_a_zoom_button_a_bracketed_credit_and_marked_related_links() -> None:
    doc = _clean(
        "동아일보 | 정치 | 경제 | 국제 | 사회 | 문화\n로그인 | 회원가입 | 구독\n\n산업\n"
        "[단독] 가람해운, 컨테이너선 6척 발주\n2조1000억 원 규모… 친환경 연료 선박\n\n"
        "홍길동 기자 gildong@donga.com\n입력 2026-03-02 17:40\n공유하기\n\n"
        "이미지 크게보기\n부산항 신항에서 컨테이너를 싣고 있다. [사진=가람해운]\n\n"
        "가람해운이 컨테이너선 6척을 발주했다. 발주 금액은 2조1000억 원이다.\n\n"
        "▶ 관련기사\n· 해운업계, 친환경 선박 발주 늘려\n· [단독] 누리해운 매각 추진\n\n추천해요\n0\n")
    metadata = doc.metadata
    assert (metadata.section, metadata.title) == ("산업", "[단독] 가람해운, 컨테이너선 6척 발주")
    assert metadata.credits == ["사진=가람해운"]
    assert [block.kind for block in doc.blocks] == ["title", "subtitle", "paragraph", "paragraph"]
    assert doc.text.endswith("발주 금액은 2조1000억 원이다.") and "크게보기" not in doc.text


def test_a_columns_own_first_person_is_body_text_and_a_glossary_box_is_a_sidebar() -> None:
    doc = _clean(
        "Column\n값을 올리는 기술\n홍길동 가람대 경영학과 교수 | 430호 (2025년 9월 Issue 1)\n\n"
        "필자는 가격 문제를 신뢰의 문제로 본다. 이 글은 세 기업의 사례를 살핀다.\n\n"
        "[용어] 가격 결정력\n\n값을 올려도 손님이 떠나지 않는 힘을 말한다.\n\n세 기업의 선택\n\n누리식품은 지난해 값을 5% 올렸다.\n\n"
        "필자는 가람대 경영학과를 졸업하고 같은 대학에서 박사 학위를 받았다.\n")
    assert [block.kind for block in doc.blocks] == [
        "title", "paragraph", "sidebar", "sidebar", "heading", "paragraph", "bio"]


def test_a_summary_after_the_editors_note_and_a_wrapped_pages_short_first_line_is_no_heading() -> None:
    # A page broken at a fixed width, as a PDF edition's text dump is: every line runs on.
    sentence = ("2019년 세워진 가람약국은 전국에 가맹 약국 800곳을 두고 있으며 지난해 매출은 2100억 원으로 "
                "1년 전보다 12% 늘었고 올해는 가맹 약국을 1000곳으로 늘리고 픽업 앱 가입자를 20만 명까지 모은다는 "
                "계획을 세웠다고 회사 관계자가 밝혔다.")
    wrapped = "\n".join(sentence[i : i + 34] for i in range(0, len(sentence), 34)) + "\n\n"
    doc = _clean(
        "SR1. 약국 체인의 반격\n\n한서윤 | 428호 (2025년 10월 Issue 2)\n\n편집자주\n약국 체인의 전략을 짚습니다.\n\n"
        "Article at a Glance\n약국 체인은 자체 브랜드로 맞서고 있다.\n\n약국 체인의 선택\n\n"
        "올해 4월 가람약국은 서울 성수동에\n1호 직영점을 열었다고 밝혔다. 첫날 매장 앞에는 긴\n줄이 늘어섰다.\n\n"
        + wrapped * 3)
    assert doc.metadata.editor_note == "약국 체인의 전략을 짚습니다."
    assert doc.metadata.summary == "약국 체인은 자체 브랜드로 맞서고 있다."
    assert [block.kind for block in doc.blocks[:5]] == ["title", "editor_note", "summary", "heading", "paragraph"]
    assert doc.text.count("올해 4월 가람약국은 서울 성수동에 1호 직영점을") == 1


def test_a_portals_menu_line_is_no_title_and_a_bylined_reporters_sign_off_is_the_same_author() -> None:
    doc = _clean(
        "전체메뉴\n최신호 | 기획 연재 | 리더십 | 동아일보 경제 | 구독신청\n\n"
        "가온물산, 베트남 공장 가동\n하노이 공장 연 30만 대\n\n노을빛 기자 | 450호 (2026년 10월 Issue 1)\n\n"
        "입력 2026.10.02 03:00\n공유하기\n\n노을빛 기자 noeul@donga.com\n\n"
        "가온물산은 지난달 하노이 공장을 가동했다고 밝혔다. 이 공장은 해마다 선풍기 30만 대를 만든다.\n\n"
        "ⓒ 동아일보 & donga.com, 무단 전재 및 재배포 금지\n")
    assert doc.metadata.title == "가온물산, 베트남 공장 가동"
    assert [(a.name, a.email) for a in doc.metadata.authors] == [("노을빛", "noeul@donga.com")]
    assert doc.metadata.credits == []  # the site's copyright line is furniture


def test_a_menu_line_that_opens_with_the_sites_name_is_no_title() -> None:
    doc = _clean(
        "DBR 동아비즈니스리뷰 | 매거진 | 인터뷰 | 토픽 | 구독신청 | 로그인\n\nCASE STUDY\n누리제지, 폐지에서 답을 찾다\n"
        "재생 펄프로 원가를 낮춘 중견 제지사\n서다온 | 450호 (2026년 10월 Issue 1)\n\n누리제지는 1988년 세워졌다.\n")
    assert (doc.metadata.section, doc.metadata.title) == ("CASE STUDY", "누리제지, 폐지에서 답을 찾다")
    assert "매거진" not in doc.text


def test_a_charts_last_row_above_its_note_line_is_no_heading() -> None:
    doc = _clean("가람로봇의 10년\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n▣ 연령대별 구매 경험률(2024년 5월 조사)\n"
                 "(단위: %)\n20대 42.8\n30대 39.5\n60대 이상 18.9\n주: 최근 1년 안에 두부면을 산 적이 있다는 응답\n"
                 "자료: 가람리서치\n\n늘었다.\n")
    assert "heading" not in [b.kind for b in doc.blocks]
    assert "60대 이상 18.9\n주: 최근 1년 안에" in doc.text  # a title with its unit line under it: a chart, a line each


def test_a_head_without_a_byline_is_the_title_and_the_lines_under_it_down_to_the_blank_line() -> None:
    doc = _clean("로그인|회원가입|고객센터\n\n값을 정하는 공장\n『공장의 가격』, 작은 제조사는 어떻게 값을 정하나\n"
                 "한도윤 지음 / 누리북스 / 280쪽 / 1만9000원\n\n원가가 오르면 제조사는 속을 끓인다.\n")
    assert (doc.metadata.title, doc.metadata.subtitle) == (
        "값을 정하는 공장", "『공장의 가격』, 작은 제조사는 어떻게 값을 정하나\n한도윤 지음 / 누리북스 / 280쪽 / 1만9000원")
    # a sentence under the first line: no head at all
    doc = _clean("값을 정하는 공장\n원가가 오르면 제조사는 속을 끓인다.\n\n두 번째 문단이다.\n")
    assert doc.metadata.title is None


def test_a_photos_source_a_slash_sets_after_its_caption_is_a_credit() -> None:
    doc = _clean("가람마트의 변신\n\n서다온 | 450호 (2026년 10월 Issue 1)\n\n가람마트는 광고를 판다.\n\n"
                 "서울의 한 가람마트 점포 계산대 위 화면에 광고가 나오고 있다. / 가람마트 제공\n\n광고 매출은 늘었다.\n")
    assert doc.metadata.credits == ["가람마트 제공"]
    assert "제공" not in doc.text and "나오고 있다." in doc.text


def test_highlight_lines_under_the_lead_are_one_paragraph_and_a_previous_next_bar_is_chrome() -> None:
    doc = _clean("가람마트의 변신\n\n서다온 | 450호 (2026년 10월 Issue 1)\n\n가람마트는 광고를 판다.\n\n"
                 "▶ 대형마트: 가람마트 광고 매출 48% 증가\n▶ 편의점: 누리24, 점포 화면 600대\n\n"
                 "대형마트의 새 이익원\n\n광고 매출은 늘었다.\n\n목록\n이전 기사 | 다음 기사\n")
    assert [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks][2:] == [
        ("paragraph", "▶ 대형마트: 가람마트 광고 매출 48% 증가\n▶ 편의점: 누리24, 점포 화면 600대"),
        ("heading", "대형마트의 새 이익원"), ("paragraph", "광고 매출은 늘었다.")]


def test_a_writers_line_at_the_end_of_a_long_page_gives_the_author_its_head_lacks() -> None:
    body = "".join(f"라면 수출은 {2010 + year}년 {year + 1}천억 원이었다.\n\n" for year in range(15))
    doc = _clean("DBR Graphic\n숫자로 본 라면 수출\n라면 수출, 3년 새 두 배\n\nDBR 450호 (2026년 10월 Issue 1)\n\n" + body
                 + "그래픽=도하린 디자이너\n글=한서윤 DBR 기자 seoyun.han@example.com\n\n목록\n")
    assert [(a.name, a.affiliation, a.email) for a in doc.metadata.authors] == [
        ("한서윤", "DBR 기자", "seoyun.han@example.com")]
    assert doc.metadata.credits == ["그래픽=도하린 디자이너"] and "글=" not in doc.text


def test_an_issue_line_with_the_magazines_name_marks_the_head_above_the_section() -> None:
    doc = _clean(
        "DBR 동아비즈니스리뷰\n\nDBR 452호 (2026년 11월 Issue 2)\nCASE STUDY\n누리베이커리, 동네 빵집에서 전국 체인으로\n"
        "냉동 생지 공장 하나로 매장 300곳을 먹여 살리다\n글=한결 DBR 기자\n\n"
        "누리베이커리는 2012년 경기 안양에서 문을 열었다. 지난해 매출은 820억 원이었다.\n")
    assert (doc.metadata.issue_number, doc.metadata.issue_date, doc.metadata.issue_part) == (452, "2026-11", 2)
    assert (doc.metadata.section, doc.metadata.title, doc.metadata.subtitle) == (
        "CASE STUDY", "누리베이커리, 동네 빵집에서 전국 체인으로", "냉동 생지 공장 하나로 매장 300곳을 먹여 살리다")


def test_a_line_of_the_sites_buttons_is_chrome_and_a_bylines_address_is_the_writers_email() -> None:
    doc = _clean(
        "DBR 동아비즈니스리뷰\n전체메뉴 검색 로그인 회원가입\n\nResearch Digest\n야간 근무를 줄이자 이직이 줄었다\n"
        "편하진 가람대 경영학과 교수 hajin.pyeon@example.ac.kr | 452호 (2026년 11월 Issue 2)\n"
        "공유하기 페이스북 트위터 카카오톡 링크복사\n\n"
        "누리물류는 2024년 야간 근무를 줄였다. 그 뒤 1년 안에 그만둔 작업자는 31%에서 22%로 줄었다.\n")
    assert (doc.metadata.section, doc.metadata.title) == ("Research Digest", "야간 근무를 줄이자 이직이 줄었다")
    assert [(a.name, a.affiliation, a.email) for a in doc.metadata.authors] == [
        ("편하진", "가람대 경영학과 교수", "hajin.pyeon@example.ac.kr")]
    assert "공유하기" not in doc.text and "로그인" not in doc.text


def test_a_related_articles_list_under_the_byline_is_a_widget_not_the_footer() -> None:
    body = ("누리제지는 1988년 충북 청주에서 골판지 원지를 만들며 출발했다. 지난해 매출은 4200억 원이었다.\n\n"
            "누리제지는 2023년 재생 펄프 공장을 새로 지었다. 공장에는 모두 850억 원이 들어갔다.\n\n"
            "한도윤 누리제지 대표는 “원료를 덜 쓰는 것이 곧 원가 경쟁력”이라고 말했다.\n")
    doc = _clean("CASE STUDY\n누리제지, 폐지에서 답을 찾다\n서다온 | 450호 (2026년 10월 Issue 1)\n\n"
                 "관련 기사\n· 제지업계, 탄소 비용을 어떻게 넘나\n· 골판지 값이 오른 이유\n\n" + body
                 + "\n관련 기사\n· 포장재 시장의 재편\n")
    assert doc.text.startswith("누리제지, 폐지에서 답을 찾다\n\n누리제지는 1988년") and doc.text.endswith("이라고 말했다.")
    assert "관련 기사" not in doc.text and "골판지 값이 오른 이유" not in doc.text and "재편" not in doc.text
    assert doc.warnings == []


def test_a_panels_title_is_a_heading_and_the_rows_under_it_a_line_each() -> None:
    doc = _clean("가람은 수출을 늘렸다.\n\n① 가람 음료 수출 추이(2022∼2023년, 단위: 억 원)\n\n연도\t수출액\n2022년\t12.5\n"
                 "2023년\t30\n자료: 관세청\n\n② 수입국별 비중(2023년)\n\n일본 31.2%\n미국 27.4%\n\n"
                 "③ 고객을 먼저 본다\n\n가람은 2020년 문을 열었다.\n")
    assert [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks] == [
        ("paragraph", "가람은 수출을 늘렸다."),
        ("heading", "① 가람 음료 수출 추이(2022∼2023년, 단위: 억 원)"),
        ("paragraph", "연도\t수출액\n2022년\t12.5\n2023년\t30\n자료: 관세청"),
        ("heading", "② 수입국별 비중(2023년)"), ("paragraph", "일본 31.2%\n미국 27.4%"),
        ("heading", "③ 고객을 먼저 본다"), ("paragraph", "가람은 2020년 문을 열었다.")]


def test_a_timeline_named_by_its_mark_is_a_box() -> None:
    doc = _clean("가온푸드는 2015년 세워졌다.\n\n[연표] 가온푸드가 걸어온 길\n2016년 5월 시드 투자 유치\n"
                 "2018년 2월 구독 서비스 출시\n\n구독자 3만 명\n\n가온푸드의 구독자는 3만 명이다.\n")
    assert [(b.kind, b.label, doc.text[b.start : b.end]) for b in doc.blocks] == [
        ("paragraph", None, "가온푸드는 2015년 세워졌다."),
        ("sidebar", "가온푸드가 걸어온 길", "[연표] 가온푸드가 걸어온 길"),
        ("sidebar", "가온푸드가 걸어온 길", "2016년 5월 시드 투자 유치\n2018년 2월 구독 서비스 출시"),
        ("heading", None, "구독자 3만 명"), ("paragraph", None, "가온푸드의 구독자는 3만 명이다.")]


def test_share_buttons_a_line_each_a_photos_copyright_a_named_box_and_a_profile_box() -> None:
    doc = _clean(
        "CASE STUDY\n가온물산, 하노이에 공장을 짓다\n\n서다온 | 450호 (2026년 10월 Issue 1)\n"
        "기사 공유하기\n페이스북\n카카오톡\n링크 복사\n글자 크기\n\n"
        "Article at a Glance\n가온물산이 하노이 공장을 열었다.\n\n"
        "가온물산은 지난달 하노이 공장을 가동했다. 이 공장은 해마다 선풍기 30만 대를 만든다.\n\n"
        "하노이 공장에서 직원들이 선풍기를 조립하고 있다. 사진 제공=가온물산\nⓒ가온물산\n\n"
        "[박스] 가온물산의 해외 공장\n2019년 5월\t태국 방콕 공장\t20만 대\n2026년 9월\t베트남 하노이 공장\t30만 대\n\n"
        "현지 인력을 키우는 일\n\n가온물산은 현지 직원 300명을 뽑았다.\n\n"
        "노하람 가온물산 대표 프로필\n1970년 서울 출생\n2001년 가온물산 창업\n\n정리=하늘 인턴기자\n\n"
        "Copyright ⓒ 동아일보사. All rights reserved.\n")
    assert doc.metadata.summary == "가온물산이 하노이 공장을 열었다."  # the buttons above it are chrome
    assert doc.metadata.credits == ["사진 제공=가온물산", "ⓒ가온물산", "정리=하늘 인턴기자"]
    assert [(b.kind, b.label, doc.text[b.start : b.end]) for b in doc.blocks if b.kind == "sidebar"] == [
        ("sidebar", "가온물산의 해외 공장", "[박스] 가온물산의 해외 공장"),
        ("sidebar", "가온물산의 해외 공장", "2019년 5월\t태국 방콕 공장\t20만 대\n2026년 9월\t베트남 하노이 공장\t30만 대")]
    assert [b.kind for b in doc.blocks][-5:] == ["heading", "paragraph", "bio", "bio", "bio"]
    assert doc.text.endswith("노하람 가온물산 대표 프로필\n\n1970년 서울 출생\n\n2001년 가온물산 창업")


@pytest.mark.parametrize(
    ("before", "after", "cut"),
    [
        ("가맹 프랜", "차이즈 본부가", True),
        ("매출이 크게 낮아졌", "다.", True),
        ("쌓인 재고는 버려", "졌다.", True),  # Kiwi reads both alike: its spacing model decides
        # a name Kiwi does not know after the break, which its spacing model glues on
        ("나고야에서 출발한", "하나미드러그는 매장을 늘렸다.", False),
        ("벤처캐피털", "누리벤처스가 투자를 주도했다.", False),
        ("지분은", "하나미드러그가 60%를 갖는다.", False),
    ],
)
def test_a_line_break_cuts_a_word_only_where_kiwi_reads_it_so(before, after, cut) -> None:
    assert cut_word(before, after) is cut
