"""The head of a page: section, title, subtitle, byline, credits, categories and the
"Article at a Glance" summary (SPEC §2, docs/format.md).

The head ends at its last *mark*: a byline with the issue (`김병국 | 247호 (2018년 4월
Issue 2)`, split over two lines, or the issue alone), a PDF edition's issue line (`MAY
2014 ISSUE 1, No.152`), a writer's line (`글 | 최민호`) or a newspaper reporter's line.
The lines before it are section, title and subtitles; after it come credit and category
lines and the summary. A page with no mark has a title only if its first line looks like one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.resources import word_list
from pipeline.schema import Author, Interviewee, Metadata
from pipeline.stages.clean.chrome import DATELINE, is_chrome, is_reporter, reporter_signature, trail_end
from pipeline.stages.clean.lines import BRACKETED_LABEL, HEADING_MAX, LIST_ITEM, SENTENCE_END, Draft, Line, draft, is_heading, stripped
from pipeline.stages.mentions import HANGUL

# `247호 (2018년 4월 Issue 2)`; the Issue part may be missing or misspelt (`lssue`).
_ISSUE = (r"(?P<number>\d{1,4})\s*호\s*\(\s*(?P<year>\d{4})\s*년\s*(?P<month>\d{1,2})\s*월"
          r"\s*(?:[Il1]ssue\s*(?P<part>\d+))?\s*\)")
ISSUE = re.compile(_ISSUE, re.I)
# The fields before the issue are writers and credits (`한서율 | 자료조사=문채담 인턴연구원 | 415호 …`);
# an issue alone may carry the magazine's name (`DBR 438호 (2026년 4월 Issue 1)`).
_BYLINE = re.compile(rf"^(?:(?P<authors>[^|]*?(?:\s*\|\s*[^|]*?)*)\s*\|\s*|DBR\s+)?{_ISSUE}$", re.I)
_AUTHORS_THEN_BAR = re.compile(r"^(?P<authors>[^|]{2,60}?)\s*\|$")
_MONTHS = ("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
           "NOVEMBER", "DECEMBER")
_PDF_ISSUE = re.compile(rf"^(?P<month>{'|'.join(_MONTHS)})\s+(?P<year>\d{{4}})\s+ISSUE\s*(?P<part>\d+)\s*,?\s*"
                        r"No\.?\s*(?P<number>\d{1,4})$", re.I)
_WRITER = re.compile(r"^글\s*[|=:]\s*(?P<authors>\S.*)$")
_CREDIT = re.compile(r"^(?:사진|정리|번역|그림|일러스트|진행|인터뷰|기획|편집|자료)\s*[=:]\s*\S")
_GLANCE = re.compile(r"^(?:Article\s+at\s+a\s+Glance|Idea\s+in\s+Brief|아이디어\s*인\s*브리프|Summary)"
                     r"\s*(?:[-–—:|]\s*(?P<categories>.*))?$", re.I)
_GLUED_SECTION = re.compile(r"^(?P<label>SR\s?\d+|[A-Za-z][A-Za-z0-9&' ]{1,30}?)\.\s*(?P<rest>\S.*)$")
_SERIES_ALONE = re.compile(r"^SR\s?\d+\.?$", re.I)
_LATIN_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9&'’ ,/>-]{0,40}$")
_SECTION_WORD = re.compile(r"\b(?:interview|column|case|report|letter|review|insight|story|note|essay)\b", re.I)
_READER = re.compile(r"^(?P<name>[가-힣]{2,4})\s+[-–—]\s+(?P<affiliation>\S.*)$")
_AUTHOR_SPLIT = re.compile(r"\s*[,·ㆍ、/]\s*")
# A writer's Korean name with what follows it on the byline: `임가은 중앙대 경영학부 교수`,
# `최서린 기자` (a title shared by the names before it: `박도윤·최서린 기자`).
_TITLED_WRITER = re.compile(r"^(?P<name>[가-힣]{2,4})\s+(?P<affiliation>\S.*)$")
_ENGLISH_NAME = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<en>[A-Za-z][A-Za-z .'-]*)\)$")
_GLOSS = re.compile(r"\s*\([^()]*\)")
_QUOTED = re.compile(r"[‘'“\"](?P<inside>[^’'”\"]+)[’'”\"]")
# The longest line a site's name above its navigation may be.
_MASTHEAD_MAX = 20
# How far down the page the head's marks are looked for, in lines with content.
_HEAD_LINES = 14


@dataclass
class Head:
    metadata: Metadata
    drafts: list[Draft]
    body_start: int  # index of the first line after the head


def _mark(lines: list[Line], index: int) -> tuple[str, re.Match | None] | None:
    """What mark of the head line ``index`` is, if any: ``(kind, match)``."""
    content = lines[index].content
    for kind, pattern in (("byline", _BYLINE), ("pdf", _PDF_ISSUE), ("writer", _WRITER)):
        if match := pattern.match(content):
            return kind, match
    if (match := _AUTHORS_THEN_BAR.match(content)) and index + 1 < len(lines) and _BYLINE.match(
        lines[index + 1].content
    ):
        return "authors", match
    if is_reporter(content):
        return "reporter", None
    return None


def _looks_like_body(content: str) -> bool:
    return len(content) > HEADING_MAX and bool(SENTENCE_END.search(content))


def read_head(lines: list[Line]) -> Head:
    metadata = Metadata()
    first = 0
    while first < len(lines) and (not lines[first].content or is_chrome(lines[first].content) or _masthead(lines, first)):
        first += 1
    metadata.section = next((end for line in lines[:first] if (end := trail_end(line.content))), None)
    head: list[int] = []  # content lines before the last mark
    above_mark = False  # whether the last of them stands right above its mark
    pending: list[int] = []
    last_mark = None
    seen = 0
    for index in range(first, len(lines)):
        content = lines[index].content
        if not content or is_chrome(content) and not is_reporter(content):
            continue
        seen += 1
        if seen > _HEAD_LINES or (_looks_like_body(content) and (last_mark is not None or seen > 1)):
            break
        mark = _mark(lines, index)
        if mark is None:
            pending.append(index)
            continue
        if pending:
            head.extend(pending)
            above_mark = pending[-1] + 1 == index
        pending = []
        last_mark = index
        _read_mark(mark, lines[index].content, metadata)
    drafts: list[Draft] = []
    if last_mark is None and pending and (signoff := _signoff(lines, pending[-1])) is not None:
        # A newspaper copy signed only at its end (`도하윤 기자 hayoon@donga.com`): the lines
        # above its first paragraph are its section, title and subtitle.
        _read_mark(("reporter", None), lines[signoff].content, metadata)
        _read_title_lines([lines[i] for i in pending], False, metadata, drafts)
        return Head(metadata, drafts, pending[-1] + 1)
    if last_mark is None and pending and (reporter := _dateline_reporter(lines, pending[-1] + 1)):
        # A wire copy whose first paragraph names its reporter (`(서울=세움뉴스) 권도하 기자 = …`).
        metadata.authors.append(Author(name=reporter))
        _read_title_lines([lines[i] for i in pending], False, metadata, drafts)
        return Head(metadata, drafts, pending[-1] + 1)
    if last_mark is None:
        end = _title_without_byline(lines, first)
        if end is not None:
            _read_title_lines(lines[first:end], False, metadata, drafts)
            return Head(metadata, drafts, end)
        return Head(metadata, drafts, first)
    _read_title_lines([lines[i] for i in head], above_mark, metadata, drafts)
    return Head(metadata, drafts, _read_after_byline(lines, last_mark + 1, metadata, drafts))


def _read_mark(mark: tuple[str, re.Match | None], content: str, metadata: Metadata) -> None:
    kind, match = mark
    if kind in ("byline", "pdf"):
        assert match is not None
        read_issue(match, metadata)
    if kind in ("byline", "writer", "authors") and match is not None:
        read_authors(match["authors"], metadata)
    elif kind == "reporter":  # `천다현 기자 dahyun@donga.com`
        name, email = reporter_signature(content)
        named = next((author for author in metadata.authors if author.name == name), None)
        if named is None:
            metadata.authors.append(Author(name=name, email=email))
        elif named.email is None:  # `금소람 기자 | 448호 (…)` named the reporter; the sign-off gives the address
            named.email = email


def read_issue(match: re.Match, metadata: Metadata) -> None:
    """Issue number, date (``YYYY-MM``) and part from an issue match (any of the shapes)."""
    month = match["month"]
    month_number = _MONTHS.index(month.upper()) + 1 if month.isalpha() else int(month)
    metadata.issue_number = int(match["number"])
    if 1 <= month_number <= 12:
        metadata.issue_date = f"{match['year']}-{month_number:02d}"
    metadata.issue_part = int(match["part"]) if match["part"] else None


def read_authors(field_text: str | None, metadata: Metadata) -> None:
    """Writers go to ``authors``; editing, translation and photo credits to ``credits``."""
    if not field_text:
        return
    for field in field_text.split("|"):
        _read_author_field(field.strip(), metadata)


def _read_author_field(field_text: str, metadata: Metadata) -> None:
    if _CREDIT.match(field_text) and "," not in field_text and "·" not in field_text:
        metadata.credits.append(field_text)
        return
    for part in _AUTHOR_SPLIT.split(field_text):
        part = part.strip()
        if not part:
            continue
        role, equals, name = part.partition("=")
        if equals and "글" not in role:
            metadata.credits.append(part)
            continue
        if equals:
            part = name.strip()
        english = _ENGLISH_NAME.match(part)
        if english:
            metadata.authors.append(Author(name=english["name"].strip(), name_en=english["en"].strip()))
        elif titled := _TITLED_WRITER.match(part):
            # `임가은 중앙대 경영학부 교수`: the name, then where the writer works and as what, and
            # the writer's address after them (`… 교수 yunjae.seok@example.ac.kr`)
            words = titled["affiliation"].split()
            email = next((w for w in words if "@" in w), None)
            words = [w for w in words if "@" not in w]
            titles = [w for w in words if w in word_list("job_titles")]
            affiliation = " ".join(words) if titles and len(titles) < len(words) else None
            metadata.authors.append(Author(name=titled["name"], affiliation=affiliation, email=email))
        else:
            metadata.authors.append(Author(name=part))


def _known_section(content: str) -> bool:
    return content.casefold() in {entry.casefold() for entry in word_list("sections")}


def _is_section_line(content: str) -> bool:
    return _known_section(content) or bool(_LATIN_LINE.match(content) and _SECTION_WORD.search(content))


def _label_line(content: str) -> bool:
    """A short line of capitalised Latin words (`Research Digest`, `DATA BRIEF`, `Leadership &
    Organization`): a site's section or category label, not an English title or sentence."""
    words = content.split()
    return bool(_LATIN_LINE.match(content)) and 1 <= len(words) <= 4 and "," not in content and all(
        word[0].isupper() or word == "&" for word in words)


# A Korean column label above a title and its subtitle, right above the byline (`숫자로 보는
# 조사`): a few words of Hangul, no figure and no punctuation.
_KOREAN_LABEL = re.compile(r"[가-힣]+(?: [가-힣]+){1,3}")


def _korean_label(content: str) -> bool:
    return len(content) <= 12 and bool(_KOREAN_LABEL.fullmatch(content))


def _job_titles_line(content: str, authors: int) -> list[str] | None:
    """The affiliations a job-title line above the byline gives, one per author
    (`한울인사컨설팅 대표 · 고려대 경영학과 교수`), or None when the line is no such line."""
    parts = [p.strip() for p in re.split(r"\s+[·/]\s+|\s*,\s*", content)] if authors > 1 else [content]
    if len(parts) != authors or len(content) > 40 * authors:
        return None
    if all(1 <= len(p.split()) <= 8 and _ends_in_title(p.split()[-1]) for p in parts):
        return parts
    return None


def _ends_in_title(word: str) -> bool:
    """Whether a word is a job title or a Korean word glued to one of two or more syllables
    (`자본시장분석팀장`: a department and its head)."""
    titles = word_list("job_titles")
    return word in titles or bool(re.fullmatch(r"[가-힣]+", word)) and any(
        len(title) >= 2 and word.endswith(title) for title in titles)


def _read_title_lines(header: list[Line], above_mark: bool, metadata: Metadata, drafts: list[Draft]) -> None:
    """Section, title and subtitles; a job-title line right above the byline gives the
    authors' affiliations, a reader's `이름 - 소속 직함` line its author."""
    if not header:
        return
    first = stripped(header[0])
    glued = _GLUED_SECTION.match(first.text)
    if glued and (glued["label"].upper().startswith("SR") or _known_section(glued["label"])
                  or not glued["rest"][0].isascii()):
        label = glued["label"]
        metadata.section = re.sub(r"\s", "", label).upper() if label.upper().startswith("SR") else label
        header[0] = Line(first.text[glued.start("rest") :], first.raw_start + glued.start("rest"))
    elif len(header) > 1 and (_SERIES_ALONE.match(first.text) or _is_section_line(first.text) or first.text == metadata.section
                              or above_mark and _korean_label(first.text) and len(header) > 2
                              and len(header[1].content) > len(first.text) or (
            _label_line(first.text) and any(HANGUL.search(line.content) for line in header[1:]))):
        metadata.section = re.sub(r"[\s.]", "", first.text).upper() if _SERIES_ALONE.match(first.text) else first.text
        header = header[1:]
        while len(header) > 1 and _label_line(header[0].content):
            metadata.categories.append(header[0].content)  # `Research Digest` then `Strategy`
            header = header[1:]
    if len(header) > 1 and metadata.section is None and (bracketed := BRACKETED_LABEL.match(header[-1].content)):
        metadata.section = bracketed["label"]  # `[칼럼]` between the subtitle and the byline
        header = header[:-1]
    readers = [line for line in header[1:] if (match := _READER.match(line.content)) and _personal_name(match["name"])]
    for line in readers:
        match = _READER.match(line.content)
        assert match
        author = next((a for a in metadata.authors if a.name == match["name"]), None)
        if author is None:
            metadata.authors.append(author := Author(name=match["name"]))
        author.affiliation = match["affiliation"].strip()
    header = [line for line in header if line not in readers]
    if len(header) > 1 and above_mark and metadata.authors and (
        affiliations := _job_titles_line(header[-1].content, len(metadata.authors))
    ):
        for author, affiliation in zip(metadata.authors, affiliations):
            author.affiliation = affiliation
        header = header[:-1]
    title = draft("title", header[:1], footnotes=False)
    metadata.title = title.text
    drafts.append(title)
    subtitles = [draft("subtitle", [line], footnotes=False) for line in header[1:]]
    drafts.extend(subtitles)
    metadata.subtitle = "\n".join(d.text for d in subtitles) or None
    if metadata.section and "interview" in metadata.section.casefold() or any(
        d.text.endswith("인터뷰") for d in [title, *subtitles]
    ):
        metadata.interviewees = [found for d in subtitles or [title] if (found := interviewee(d.text))]


def interviewee(line: str) -> Interviewee | None:
    """The person a line such as `반려동물 스타트업 포근랩스 한지수 대표`, `클라라 하르퉁(Clara
    Hartung) 하르퉁 메디테크 CEO` or `강윤서 ‘온담’ 대표 인터뷰` names, with organisation and role."""
    words = line.removesuffix("인터뷰").split()
    if len(words) < 2 or not _ends_in_title(words[-1]):  # `대표원장`, `원장` glued to `대표`
        return None
    role, rest = words[-1], " ".join(words[:-1])
    if (gloss := _GLOSS.search(rest)) and gloss.start() > 0:
        name = rest[: gloss.start()].split()
        organization = rest[gloss.end() :].strip() or None
        return Interviewee(name=" ".join(name[-2:]) if len(name) > 1 else name[0], organization=organization,
                           role=role)
    if quoted := _QUOTED.search(rest):
        before = rest[: quoted.start()].split()
        return Interviewee(name=before[-1], organization=quoted["inside"], role=role) if before else None
    words = rest.split()
    if _personal_name(words[-1]):
        return Interviewee(name=words[-1], organization=words[-2] if len(words) > 1 else None, role=role)
    return None


def _personal_name(word: str) -> bool:
    if not (2 <= len(word) <= 4 and all("가" <= c <= "힣" for c in word)):
        return False
    surnames = word_list("surnames")
    return word[:2] in surnames and len(word) >= 3 or word[0] in surnames


def _masthead(lines: list[Line], index: int) -> bool:
    """Whether line ``index`` is a site's name above its navigation (`비즈온 BIZON` over
    `전체메뉴 | 검색`): a short line, the line right under it furniture."""
    content = lines[index].content
    under = lines[index + 1].content if index + 1 < len(lines) else ""
    return len(content) <= _MASTHEAD_MAX and not SENTENCE_END.search(content) and bool(under) and (
        is_chrome(under) and not is_reporter(under))


def _dateline_reporter(lines: list[Line], index: int) -> str | None:
    """The reporter a wire copy's dateline names on the first line of text from ``index``."""
    content = next((line.content for line in lines[index:] if line.content and not is_chrome(line.content)), "")
    match = DATELINE.match(content)
    return match["reporter"] if match else None


def _signoff(lines: list[Line], after: int) -> int | None:
    """The reporter's line that signs a newspaper copy at its end, after line ``after``."""
    return next((i for i in range(len(lines) - 1, after, -1) if is_reporter(lines[i].content)), None)


# Lines a head without a byline may hold: the title and its subtitles (gold guide, tenth round).
_UNMARKED_HEAD_LINES = 3


def _title_without_byline(lines: list[Line], first: int) -> int | None:
    """Where the head of a page without a byline ends: it has a title when its first line is
    short, ends no sentence and is no list item, and the lines under it down to the blank
    line, two at most and ending no sentence, are its subtitles (`『작은 공장의 가격표』, …`,
    `클라우스 베어발트 지음 / … / 2만2000원`)."""
    if first >= len(lines):
        return None
    content = lines[first].content
    if len(content) > HEADING_MAX or SENTENCE_END.search(content) or LIST_ITEM.match(content):
        return None
    end = first + 1
    while end < len(lines) and lines[end].content and end - first <= _UNMARKED_HEAD_LINES:
        end += 1
    subtitles = lines[first + 1 : end]
    if len(subtitles) >= _UNMARKED_HEAD_LINES or any(SENTENCE_END.search(line.content) for line in subtitles):
        return None
    return end


def _read_after_byline(lines: list[Line], index: int, metadata: Metadata, drafts: list[Draft]) -> int:
    """Credit and category lines, then the summary; returns where the body starts."""
    while index < len(lines):
        content = lines[index].content
        if not content or is_chrome(content):
            index += 1
        elif _CREDIT.match(content):
            metadata.credits.append(content)
            index += 1
        elif _LATIN_LINE.match(content) and not _GLANCE.match(content) and len(content.split()) <= 5:
            # `Marketing, Strategy`, `Marketing > Global` (a path of the site's sections)
            metadata.categories.extend(c.strip() for c in re.split(r"\s*[,/·>]\s*", content) if c.strip())
            index += 1
        else:
            break
    return read_summary(lines, index, metadata, drafts)


def read_summary(lines: list[Line], index: int, metadata: Metadata, drafts: list[Draft]) -> int:
    """`Article at a Glance`, then its text: the lines up to a blank line, continued by the
    list items after it (`1.`, `①`, `첫째,`), and ended early by a heading. Returns ``index``
    where no such line stands there."""
    if index >= len(lines) or not (glance := _GLANCE.match(lines[index].content)):
        return index
    if glance["categories"]:
        metadata.categories.extend(c.strip() for c in re.split(r"[,·/]", glance["categories"]) if c.strip())
    index += 1
    while index < len(lines) and not lines[index].content:
        index += 1
    summary: list[Draft] = []
    while index < len(lines):
        content = lines[index].content
        if not content:
            following = next((line.content for line in lines[index:] if line.content), "")
            if not LIST_ITEM.match(following):
                break
            index += 1
            continue
        if summary and is_heading(content) and not LIST_ITEM.match(content):
            break
        summary.append(draft("summary", [lines[index]], footnotes=True))
        index += 1
    drafts.extend(summary)
    metadata.summary = "\n".join(d.text for d in summary) or None
    return index

