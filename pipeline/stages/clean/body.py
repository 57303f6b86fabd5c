"""The body of a page: paragraphs, headings, pull quotes, sidebars, the editor's note and
credit lines (SPEC §2, docs/format.md); its end, the footer and the bio, is ``ending``'s."""

from __future__ import annotations

import re
from itertools import takewhile

from pipeline.schema import BlockKind, Metadata
from pipeline.stages.clean.chrome import DATELINE, EMAIL, is_chrome
from pipeline.stages.clean.header import ISSUE, read_authors, read_issue, read_summary
from pipeline.stages.clean.lines import COUNTER_START as _COUNTER_START
from pipeline.stages.clean.lines import (
    BRACKETED_LABEL, CAPTION, CHART_CAPTIONS, CREDIT_WORDS, HEADING_MAX, LIST_ITEM, PAGE_NUMBER, PHOTO, SENTENCE_END, Draft,
    UNIT_LINE, Line, draft, is_heading, is_row, stripped,
)

_SIDEBAR = re.compile(r"^(?P<label>(?:DBR\s+mini\s+)?box(?:\s+[IVX\d]+)?)\s*$", re.I)
# A box that its first line names (`[박스] 세 제작사의 주요 거래`, a timeline's `[연표] … 걸어온 길`, a
# glossary's `[용어] 슈링크플레이션과 단위가격`):
# that line, then its rows down to the blank line.
_NAMED_BOX = re.compile(r"^\[(?:박스|box|연표|용어)\]\s*(?P<label>\S.*)$", re.I)
# A line of a timeline (`2019년 4월 가람로봇 설립`, `2021.07 시리즈A 유치`): it opens with its date.
_DATED_LINE = re.compile(r"^(?:19|20)\d{2}(?:년|\.\s?\d{1,2}\.?)(?:\s|$)")
# A clause that goes on (`대한항공과 아시아나항공이 합병하면`): with the next line right under
# it, a wrapped line; a heading with such an ending (`협력이 성공하려면`) has a blank line after it.
_CLAUSE_GOES_ON = re.compile(r"(?:[면며고]|지만|는데|어서|아서|해서|하여|(?<=[가-힣])[을를])$")
# Lines of a timeline come three or more in a row; two lines of a wrapped sentence may both open with a year.
_TIMELINE_RUN = 3
_EDITOR_NOTE = re.compile(r"^(?:※\s*)?\[?\s*편집자\s*주\s*\]?\s*[:：|]?\s*(?P<note>.*)$")
# A line of furniture's shape that is no furniture (a photo's `ⓒX`: ``chrome.PHOTO_COPYRIGHT``) is a credit.
_CREDIT = re.compile(rf"^(?:※|[ⓒ©]|{CREDIT_WORDS})")
# A photo's credit at the end of its caption (`… 자율주행 셔틀. 사진 제공=로드메이트모빌리티`, `…
# 포즈를 취하고 있다. 사진 정해윤 기자`),
# or of a caption a newspaper marks (`(사진) … LNG 운반선. 한화오션 제공`, `▲… 포장하고 있다. 백록식품 제공`),
# in brackets too (`… 서 있다. [사진=뉴스1]`), or an agency's archive (`… 결제하고 있다. [세움뉴스 자료사진]`).
_TRAILING_CREDIT = re.compile(rf"(?<=[.!?])\s+\[?(?P<credit>{PHOTO}\s*=\s*[^\]]*[^\]\s]|사진\s+[가-힣]{{2,4}}\s+기자"
                              r"|[가-힣A-Za-z]{1,12}\s?자료\s?사진)\]?$")
# The mark of a line of the article's highlights, under its lead (`▶ 편의점: 들꽃24, …`).
_HIGHLIGHT = "▶"
# A writer's line in the body (`글=봉은채 DBR 기자 eunchae.bong@donga.com` under a graphic page):
# the page's author where its head named none.
_WRITER_LINE = re.compile(r"^글\s*[=:：]\s*\S")
# A photo's source a slash sets after its caption, marked or not: `… 나오고 있다. / 들꽃24 제공`.
_SLASHED_CREDIT = re.compile(r"(?<=[.!?])\s+/\s+(?P<credit>\S+(?:\s\S+)?\s제공)$")
_PHOTO_MARK = re.compile(r"^\s*(?:\(사진\)|▲)\s*")
# A photo's source after its caption: `청명금융지주 제공`, or a paper's archive, `동아일보DB`.
_PROVIDED_BY = re.compile(r"(?<=[.!?])\s+(?P<credit>\S+(?:\s\S+)?\s제공|[가-힣A-Za-z]+ ?DB)$")
# A figure's or table's source or note line (`자료: 소요인사이트`, `주: 복수 응답`): part of the block above it.
_SOURCE = re.compile(r"^(?:자료|출처|주)\s*[:：]")


def _is_quote(content: str) -> bool:
    return (
        len(content) > 2
        and content[0] in "“\""
        and content.rstrip("0123456789")[-1] in "”\""
        and content.count("“") <= 1
    )


def _said_before(content: str, lines: list[Line], end: int) -> bool:
    """Whether a line that is one quotation (`“지금은 덜 맞히는 대신 빨리 고치는 쪽을 택했다”`)
    repeats a quotation of ``lines`` before index ``end``, however short: a pull quote, not a
    heading."""
    return content.startswith("“") and content.endswith("”") and content.count("“") == 1 and any(
        content in lines[index].content for index in range(end))


def _wrapped(line: Line, following: Line | None) -> bool:
    """Whether a short line is not a heading but the first of a paragraph's wrapped lines:
    pages that wrap text at a fixed width (a PDF edition's) give lines about as long as the
    next; a heading above its paragraph is markedly shorter than the paragraph's line."""
    return following is not None and bool(following.content) and len(line.content) >= 0.75 * len(following.content)


# A page whose text is broken at a fixed width (a PDF edition's dump) has this many lines or
# more that end mid-sentence with the sentence going on in the next line.
_WRAPPED_LINES = 10


def _wraps_text(lines: list[Line]) -> bool:
    """Whether the page breaks its sentences across lines: there a short line right above
    another is the first of a paragraph's lines (`올해 4월 18일 일본 드러그스토어 체인` /
    `쓰키미드러그(月見ドラッグ)가 …`), and a heading stands alone between blank lines."""
    wrapped = sum(
        1 for line, following in zip(lines, lines[1:])
        if line.content and following.content and not SENTENCE_END.search(line.content) and len(line.content) > HEADING_MAX // 2
    )
    return wrapped >= _WRAPPED_LINES


def _digit_words(lines: list[Line]) -> set[int]:
    """Indexes of lines of digits that begin the next line's word (`2` above `회에 걸쳐`)
    in the middle of a sentence: text, not page numbers."""
    return {
        index for index in range(1, len(lines) - 1)
        if PAGE_NUMBER.match(lines[index].text) and _COUNTER_START.match(lines[index + 1].text)
        and lines[index - 1].content and not SENTENCE_END.search(lines[index - 1].content)
    }


def _timeline(lines: list[Line]) -> set[int]:
    """Indexes of the lines of a timeline: runs of lines that each open with a date (a
    company's history in a box), each line an entry of its own, not a wrapped sentence; a line
    of cells that tabs part (`2021년⇥2110억 원⇥38%`) is a table's row, which its caption holds."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and _DATED_LINE.match(line.content) and "\t" not in line.content:
            run.append(index)
            continue
        if len(run) >= _TIMELINE_RUN:
            found.update(run)
        run = []
    return found


def _question_headings(lines: list[Line]) -> set[int]:
    """Indexes of the questions that head a digest's sections (`무엇을 발견했나?`, `Q2. 어떻게
    분석했나?`): short lines ending in `?` that stand alone between blank lines, two or more on
    the page, in the written style (`…했나?`, `…은?`); not an interviewer's (`Q.`, `―`, a
    question asked politely: `어떻게 경쟁합니까?`), which is a paragraph of the interview."""
    found = {
        index for index, line in enumerate(lines)
        if line.content.endswith("?") and not line.content.endswith(("니까?", "요?")) and len(line.content) <= HEADING_MAX
        and not line.content.startswith(("Q.", "Q:", "―", "-", "질문", "“", '"'))
        and (index == 0 or not lines[index - 1].content) and (index + 1 == len(lines) or not lines[index + 1].content)
    }
    return found if len(found) >= 2 else set()


# A magazine's running header or footer, the page number on one side of a bar (`52 | DBR
# 동아비즈니스리뷰`, `AUGUST 2025 ISSUE 2 | 53`).
_RUNNING_LINE = re.compile(r"^(?:\d{1,3}\s*\|\s*(?P<after>\S.{0,40})|(?P<before>\S.{0,40}?)\s*\|\s*\d{1,3})$")


def _running_lines(lines: list[Line]) -> set[int]:
    """Indexes of a PDF page's running headers and footers, whose words come back with another
    page number (gold guide, PDF pages), and of the blank lines around one that cuts a sentence:
    the sentence's two parts are one paragraph."""
    runs: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if match := _RUNNING_LINE.match(line.content):
            runs.setdefault(match["after"] or match["before"], []).append(index)
    found = {index for indexes in runs.values() if len(indexes) >= 2 for index in indexes}
    for index in sorted(found):
        before = next((i for i in range(index - 1, -1, -1) if lines[i].content), None)
        after = next((i for i in range(index + 1, len(lines)) if lines[i].content), None)
        if before is not None and after is not None and not SENTENCE_END.search(lines[before].content):
            found.update(range(before + 1, after))
    return found


def read_body(lines: list[Line], metadata: Metadata) -> list[Draft]:
    digit_words = {id(lines[index]) for index in _digit_words(lines)}
    running = {id(lines[index]) for index in _running_lines(lines)}
    lines = [
        line for line in lines
        if id(line) in digit_words or id(line) not in running and not (line.content and (
            PAGE_NUMBER.match(line.content) or is_chrome(line.content)))
    ]
    timeline = {id(lines[index]) for index in _timeline(lines)}
    questions = {id(lines[index]) for index in _question_headings(lines)}
    wrapped_page = _wraps_text(lines)

    def open_ended(position: int) -> bool:
        """Whether the paragraph goes on after line ``position``."""
        line = lines[position]
        following = lines[position + 1] if position + 1 < len(lines) else None
        if id(line) in digit_words or following is not None and _SOURCE.match(following.content):
            return True
        if SENTENCE_END.search(line.content):
            return False
        return not is_heading(line.content) or _wrapped(line, following) or following is not None and bool(following.content) and (
            wrapped_page or _CLAUSE_GOES_ON.search(line.content) is not None)

    drafts: list[Draft] = []
    title = metadata.title
    sidebar: str | None = None
    sidebar_has_text = False
    list_box = False  # the sidebar is a named list (`조사 개요` above `- 조사 대상: …`), which ends with it
    index = 0
    while index < len(lines):
        line = lines[index]
        content = line.content
        if not content:
            index += 1
            continue
        if title and content == title and not any(d.kind not in ("title", "subtitle", "summary") for d in drafts):
            index += 1
            continue
        if box := _SIDEBAR.match(content):
            sidebar, sidebar_has_text = box["label"], False
            index += 1
            continue
        if box := _NAMED_BOX.match(content):
            sidebar, sidebar_has_text = box["label"].strip(), True
            drafts.append(draft("sidebar", [line], footnotes=True, label=sidebar))
            rows = list(takewhile(lambda row: bool(row.content), lines[index + 1 :]))
            if rows:
                drafts.append(draft("sidebar", rows, footnotes=True, label=sidebar, line_by_line=True))
            index += 1 + len(rows)
            continue
        if content.startswith(_HIGHLIGHT) and index + 1 < len(lines) and lines[index + 1].content.startswith(_HIGHLIGHT):
            # `▶ 대형마트: 다정마트 광고 매출 1년 새 48% 증가` and the lines after it: the article's
            # highlights, one paragraph with a line each (gold guide, tenth round)
            highlights = list(takewhile(lambda row: row.content.startswith(_HIGHLIGHT), lines[index:]))
            drafts.append(draft("paragraph", highlights, footnotes=True, line_by_line=True))
            index += len(highlights)
            continue
        if (is_heading(content) and index + 1 < len(lines) and _is_quote(lines[index + 1].content)
                and sidebar is None):
            # `이 책의 한 문장` right above a pull quote: the quote's box label, no heading
            drafts.append(draft("quote", [lines[index + 1]], footnotes=True, label=stripped(line).text))
            index += 2
            continue
        if content.startswith("■") and index + 1 < len(lines) and id(lines[index + 1]) in timeline:
            # `■ 해외 진출 연표` right above dated lines: a box, which its own line names
            sidebar, sidebar_has_text = stripped(line).text, False
        elif is_heading(content) and index + 1 < len(lines) and LIST_ITEM.match(lines[index + 1].content):
            sidebar, sidebar_has_text, list_box = stripped(line).text, False, True  # `조사 개요` above its items
        elif list_box and sidebar_has_text and not LIST_ITEM.match(content):
            sidebar, list_box = None, False
        note = _EDITOR_NOTE.match(content)
        if note and content.lstrip("※[ ").startswith("편집자"):
            index = _read_note(lines, index, note, metadata, drafts)
            while index < len(lines) and not lines[index].content:
                index += 1
            if metadata.summary is None:  # a summary after the note: `편집자주 …` / `Article at a Glance`
                index = read_summary(lines, index, metadata, drafts)
            continue
        if (tag := BRACKETED_LABEL.match(content)) and not CAPTION.match(content) and index + 1 < len(lines) and (
            lines[index + 1].content
        ):  # `[모빌리티]` above an item's heading: a category of the page
            metadata.categories.append(tag["label"].strip())
            index += 1
            continue
        if (mark := _PHOTO_MARK.match(line.text) or DATELINE.match(line.text)) and mark.end() < len(line.text.rstrip()):
            credit = _PROVIDED_BY.search(line.text) if mark.re is _PHOTO_MARK else None
            if credit:
                metadata.credits.append(credit["credit"].strip())
            end = credit.start() if credit else None
            lines[index] = line = Line(line.text[mark.end() : end], line.raw_start + mark.end())
            content = line.content
        if trailing := _TRAILING_CREDIT.search(line.text) or _SLASHED_CREDIT.search(line.text):
            metadata.credits.append(trailing["credit"].strip())
            lines[index] = line = Line(line.text[: trailing.start()], line.raw_start)
            content = line.content
        if _WRITER_LINE.match(content) and not metadata.authors:
            read_authors(content, metadata)
            index += 1
            continue
        if EMAIL.fullmatch(content) and len(metadata.authors) == 1 and metadata.authors[0].email is None:
            metadata.authors[0].email = content  # a wire copy signed with its reporter's address alone
            index += 1
            continue
        if _CREDIT.match(content):
            credit = content.lstrip("※ ").strip()
            metadata.credits.append(credit)
            if metadata.issue_number is None and (issue := ISSUE.search(credit)):
                read_issue(issue, metadata)
            index += 1
            continue
        group = [line]
        # A chart's or table's caption holds its rows down to the blank line, whatever their shape
        # (`기업⇥MAU⇥송금액` is heading-shaped, and would end the block).
        # A title with a line of its unit under it (`▣ … 시장 규모` / `(단위: 억 원)`) captions a chart too.
        unit_below = index + 1 < len(lines) and bool(UNIT_LINE.fullmatch(lines[index + 1].content))
        captioned = bool(CAPTION.match(content)) or unit_below
        chart = captioned and (content.startswith(CHART_CAPTIONS) or unit_below)  # its rows of years are no timeline
        while (
            index + len(group) < len(lines)
            and (captioned or open_ended(index + len(group) - 1))
            and lines[index + len(group)].content
            and not LIST_ITEM.match(lines[index + len(group)].content)
            and (chart or id(lines[index + len(group)]) not in timeline)  # `2019년 24조8600억 원`: a chart's row
            and not _SIDEBAR.match(lines[index + len(group)].content)
            and not _CREDIT.match(lines[index + len(group)].content)  # `※ …` under a table: a credit
        ):
            group.append(lines[index + len(group)])
        index += len(group)
        if len(group) == 1 and _said_before(content, lines, index - 1):
            kind: BlockKind = "quote"  # a quotation the body gave before, set apart again: a pull quote
        elif len(group) == 1 and (is_heading(content) or id(line) in questions) and id(line) not in timeline:
            kind = "heading"
        elif len(group) == 1 and _is_quote(content):
            kind = "quote"
        else:
            kind = "paragraph"
        if sidebar is not None:
            if kind == "heading" and sidebar_has_text:
                sidebar = None
            else:
                sidebar_has_text = sidebar_has_text or kind != "heading"
                drafts.append(draft("sidebar", group, footnotes=True, label=sidebar))
                continue
        # A chart's caption above its rows (`[그래프] …` / `20대 38.5%` / … / `자료: …`): a line each.
        drafts.append(draft(kind, group, footnotes=kind != "heading", line_by_line=captioned))
        if kind == "heading" and (rows := _rows_below(lines, index)) is not None:
            # a panel's title, a blank line, then its chart's rows (`① … (단위: 억 달러)` over `연도⇥수출`): a line each
            drafts.append(draft("paragraph", lines[rows.start : rows.stop], footnotes=True, line_by_line=True))
            index = rows.stop
    return drafts


def _rows_below(lines: list[Line], start: int) -> range | None:
    """Where the rows of a chart under a heading and a blank line are: the lines of the next
    block, where its first line is a row, no sentence (`연도⇥수출⇥수입`, `일본 31.2%`)."""
    if start >= len(lines) or lines[start].content:
        return None
    while start < len(lines) and not lines[start].content:
        start += 1
    end = start
    while end < len(lines) and lines[end].content:
        end += 1
    return range(start, end) if end > start and is_row(lines[start].content) else None


def _read_note(lines: list[Line], index: int, note: re.Match, metadata: Metadata, drafts: list[Draft]) -> int:
    """The editor's note: a block of the text (`editor_note`) and ``metadata.editor_note``."""
    line = lines[index]
    first = note["note"].strip()
    note_lines = [Line(line.text[note.start("note") :], line.raw_start + note.start("note"))] if first else []
    index += 1
    while index < len(lines) and lines[index].content and not _CREDIT.match(lines[index].content):
        note_lines.append(lines[index])
        index += 1
    if note_lines:
        block = draft("editor_note", note_lines, footnotes=True)
        drafts.append(block)
        metadata.editor_note = block.text
    return index
