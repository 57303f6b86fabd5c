"""Stage ``clean``: page chrome out; metadata, blocks and footnote markers in (SPEC §2).

The page is read line by line. Every character of the cleaned text is copied
from one raw character (normalised one for one: NBSP → space, full-width →
ASCII), or is a separator standing for the raw line break it replaces, so the
offset map stays exact. docs/format.md states the rules in prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.document import Document
from pipeline.offsets import TextBuilder
from pipeline.resources import word_list
from pipeline.schema import Author, Block, BlockKind, FootnoteRef, Metadata

# One-for-one character normalisation: NBSP and the ideographic space become a
# space, full-width ASCII forms their ASCII character.
NORMALISE = {0x00A0: " ", 0x3000: " ", 0x2007: " ", 0x202F: " "}
NORMALISE.update({code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)})

_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")

_NAVIGATION = re.compile(r"^(?:로그인\s*\|\s*회원가입(?:\s*\|\s*고객센터)?|Top|검색버튼\s*메뉴버튼|메뉴버튼|검색버튼)$", re.I)
_BYLINE = re.compile(
    r"^(?:(?P<authors>[^|]*?)\s*\|\s*)?(?P<number>\d{1,4})\s*호\s*"
    r"\(\s*(?P<year>\d{4})\s*년\s*(?P<month>\d{1,2})\s*월\s*Issue\s*(?P<part>\d+)\s*\)$",
    re.I,
)
_SERIES = re.compile(r"^(?P<label>SR\s?\d+)\.\s*(?P<rest>.*)$", re.I)
_GLANCE = re.compile(r"^Article\s+at\s+a\s+Glance\s*(?:[-–—:|]\s*(?P<categories>.*))?$", re.I)
_SIDEBAR = re.compile(r"^(?P<label>DBR\s+mini\s+box(?:\s+[IVX\d]+)?)\s*$", re.I)
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_EDITOR_NOTE = re.compile(r"^(?:※\s*)?\[?\s*편집자\s*주\s*\]?\s*[:：|]?\s*(?P<note>.*)$")
_CREDIT = re.compile(r"^(?:※|정리\s*=)")
_COPYRIGHT = re.compile(r"^(?:ⓒ|©|\(c\)\s|copyright\b)|무단\s*전재|재배포\s*금지", re.I)
_FOOTER_START = re.compile(r"^(?:•.*\||이 필자의 다른 기사 보기$|인기기사$)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_AUTHOR_SPLIT = re.compile(r"\s*[,·ㆍ、/]\s*")
_ENGLISH_NAME = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<en>[A-Za-z][A-Za-z .'-]*)\)$")
_LIST_ITEM = re.compile(r"^(?:[-•·*▶■□◆○●]|\d{1,2}[.)]\s|[①-⑳])")
_SENTENCE_END = re.compile(r"[.?!…。][\"'”’」』)\]]*$")

# Footnote markers glued to the text (SPEC §2): after sentence-final
# punctuation, after a closing bracket or quote, or after a word and before a
# free-standing particle.
_PARTICLES = (
    "에서는|에서|에게|에는|에|은|는|이|가|을|를|의|와|과|으로|로|도|만|까지|부터|처럼|보다|이다|이라는|라는"
)
_COUNTER_AFTER = re.compile(rf"\s(?:개|명|건|곳|회|점|대|위|배|년|개월|일|시간|분|초|%)(?:{_PARTICLES})?(?:[\s.,]|$)")
_MARKERS = re.compile(
    r"(?<=[가-힣”’\"')\]][.?!])(?P<after_sentence>\d{1,2})(?=\s|$)"
    r"|(?<=[)\]”’\"])(?P<after_bracket>\d{1,2})(?=\s|$)"
    rf"|(?<=[가-힣A-Za-z])(?P<after_word>\d{{1,2}})(?=\s(?:{_PARTICLES})(?:[\s.,!?]|$))"
    r"|(?P<superscript>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)"
)
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")

_HEADING_MAX = 60
_BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Line:
    text: str  # normalised, same length as the raw line
    raw_start: int

    @property
    def raw_end(self) -> int:
        return self.raw_start + len(self.text)

    @property
    def content(self) -> str:
        return self.text.strip()


@dataclass
class Piece:
    text: str
    raw_start: int


@dataclass
class Draft:
    """A block before it is placed in the cleaned text."""

    kind: BlockKind
    pieces: list[Piece]
    label: str | None = None
    raw_break: int = 0  # the raw line break after the block's last line
    markers: list[tuple[int, str, int, int]] = field(default_factory=list)  # (offset in block, marker, raw span)

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)


def split_lines(raw: str) -> list[Line]:
    lines: list[Line] = []
    position = 0
    for match in _LINE_BREAK.finditer(raw):
        lines.append(Line(raw[position : match.start()].translate(NORMALISE), position))
        position = match.end()
    lines.append(Line(raw[position:].translate(NORMALISE), position))
    return lines


def _stripped(line: Line) -> Piece:
    text = line.text
    left = len(text) - len(text.lstrip())
    return Piece(text.strip(), line.raw_start + left)


def _draft(kind: BlockKind, lines: list[Line], *, footnotes: bool, label: str | None = None) -> Draft:
    """A block from consecutive lines, joined with a space that stands for each line break."""
    draft = Draft(kind, [], label, raw_break=lines[-1].raw_end)
    for index, line in enumerate(lines):
        piece = _stripped(line)
        if index:
            draft.pieces.append(Piece(" ", lines[index - 1].raw_end))
        if footnotes:
            _cut_markers(draft, piece)
        else:
            draft.pieces.append(piece)
    return draft


def _cut_markers(draft: Draft, piece: Piece) -> None:
    """Append ``piece`` to ``draft`` without its footnote markers, recording them."""
    offset = sum(len(p.text) for p in draft.pieces)
    position = 0
    for match in _MARKERS.finditer(piece.text):
        group = match.lastgroup
        if group == "after_bracket" and _COUNTER_AFTER.match(piece.text, match.end()):
            continue  # `(주)3 개`: a count, not a marker
        marker = match.group(group).translate(_SUPERSCRIPT)
        draft.pieces.append(Piece(piece.text[position : match.start()], piece.raw_start + position))
        offset += match.start() - position
        draft.markers.append((offset, marker, piece.raw_start + match.start(), piece.raw_start + match.end()))
        position = match.end()
    draft.pieces.append(Piece(piece.text[position:], piece.raw_start + position))


def _is_heading(content: str) -> bool:
    return (
        len(content) <= _HEADING_MAX
        and not _SENTENCE_END.search(content)
        and not content.startswith(("-", "•", "·", "“", '"', "※"))
    )


def _is_quote(content: str) -> bool:
    return (
        len(content) > 2
        and content[0] in "“\""
        and content.rstrip("0123456789")[-1] in "”\""
        and content.count("“") <= 1
    )


def _known_section(content: str) -> bool:
    return content.casefold() in {entry.casefold() for entry in word_list("sections")}


def _job_title_line(content: str) -> bool:
    words = content.split()
    return 1 <= len(words) <= 8 and len(content) <= 40 and words[-1] in word_list("job_titles")


def _parse_authors(field_text: str | None, metadata: Metadata) -> None:
    if not field_text:
        return
    for part in _AUTHOR_SPLIT.split(field_text.strip()):
        part = part.strip()
        if not part:
            continue
        if part.startswith("정리") and "=" in part:
            metadata.credits.append(part)
            continue
        english = _ENGLISH_NAME.match(part)
        if english:
            metadata.authors.append(Author(name=english["name"].strip(), name_en=english["en"].strip()))
        else:
            metadata.authors.append(Author(name=part))


class _Page:
    """Reads one page's lines into metadata and block drafts."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.metadata = Metadata()
        self.drafts: list[Draft] = []

    def read(self) -> None:
        body_start = self._read_header()
        footer = self._footer_start(body_start)
        bio = self._bio_start(body_start, footer)
        self._read_body(body_start, bio)
        for line in self.lines[bio:footer]:
            if line.content and not _PAGE_NUMBER.match(line.content) and not _COPYRIGHT.search(line.content):
                self.drafts.append(_draft("bio", [line], footnotes=True))
                self._fill_author_from_bio(line.content)

    # header -----------------------------------------------------------

    def _read_header(self) -> int:
        """Title, subtitle, byline and summary; returns the index where the body starts."""
        first = 0
        while first < len(self.lines) and (
            not self.lines[first].content or _NAVIGATION.match(self.lines[first].content)
        ):
            first += 1
        byline = next((i for i in range(first, len(self.lines)) if _BYLINE.match(self.lines[i].content)), None)
        if byline is None:
            return first
        match = _BYLINE.match(self.lines[byline].content)
        assert match
        metadata = self.metadata
        metadata.issue_number = int(match["number"])
        month = int(match["month"])
        if 1 <= month <= 12:
            metadata.issue_date = f"{match['year']}-{month:02d}"
        metadata.issue_part = int(match["part"])
        _parse_authors(match["authors"], metadata)

        header = [line for line in self.lines[first:byline] if line.content and not _NAVIGATION.match(line.content)]
        if header:
            self._read_title_lines(header)
        return self._read_summary(byline + 1)

    def _read_title_lines(self, header: list[Line]) -> None:
        metadata = self.metadata
        first = _stripped(header[0])
        series = _SERIES.match(first.text)
        if series:
            metadata.section = re.sub(r"\s", "", series["label"]).upper()
            rest = series["rest"]
            if rest:
                header[0] = Line(first.text[series.start("rest") :], first.raw_start + series.start("rest"))
            else:
                header = header[1:]
        elif len(header) > 1 and _known_section(first.text):
            metadata.section = first.text
            header = header[1:]
        if len(header) > 1 and _job_title_line(header[-1].content) and len(metadata.authors) == 1:
            metadata.authors[0].affiliation = header[-1].content
            header = header[:-1]
        if not header:
            return
        title = _draft("title", header[:1], footnotes=False)
        metadata.title = title.text
        self.drafts.append(title)
        subtitles = [_draft("subtitle", [line], footnotes=False) for line in header[1:]]
        self.drafts.extend(subtitles)
        metadata.subtitle = "\n".join(d.text for d in subtitles) or None

    def _read_summary(self, index: int) -> int:
        while index < len(self.lines) and not self.lines[index].content:
            index += 1
        if index >= len(self.lines):
            return index
        glance = _GLANCE.match(self.lines[index].content)
        if not glance:
            return index
        if glance["categories"]:
            self.metadata.categories = [c.strip() for c in re.split(r"[,·/]", glance["categories"]) if c.strip()]
        index += 1
        while index < len(self.lines) and not self.lines[index].content:
            index += 1
        summary: list[Draft] = []
        while index < len(self.lines) and self.lines[index].content:
            summary.append(_draft("summary", [self.lines[index]], footnotes=True))
            index += 1
        self.drafts.extend(summary)
        self.metadata.summary = "\n".join(d.text for d in summary) or None
        return index

    # footer and bio -----------------------------------------------------

    def _footer_start(self, start: int) -> int:
        for index in range(start, len(self.lines)):
            if _FOOTER_START.match(self.lines[index].content):
                return index
        return len(self.lines)

    def _bio_start(self, start: int, end: int) -> int:
        names = tuple(f"{author.name} " for author in self.metadata.authors)
        for index in range(start, end):
            content = self.lines[index].content
            if content.startswith("필자는") or (names and content.startswith(names) and _EMAIL.search(content)):
                return index
        return end

    def _fill_author_from_bio(self, content: str) -> None:
        email = _EMAIL.search(content)
        for author in self.metadata.authors:
            if email and content.startswith(f"{author.name} ") and author.email is None:
                author.email = email.group()
                affiliation = content[len(author.name) : email.start()].strip()
                if affiliation and author.affiliation is None:
                    author.affiliation = affiliation

    # body ---------------------------------------------------------------

    def _read_body(self, start: int, end: int) -> None:
        lines = [
            line
            for line in self.lines[start:end]
            if not (line.content and (_PAGE_NUMBER.match(line.content) or _COPYRIGHT.search(line.content)))
        ]
        title = self.metadata.title
        sidebar: str | None = None
        sidebar_has_text = False
        index = 0
        while index < len(lines):
            line = lines[index]
            content = line.content
            if not content:
                index += 1
                continue
            if title and content == title and not any(d.kind not in ("title", "subtitle", "summary") for d in self.drafts):
                index += 1
                continue
            box = _SIDEBAR.match(content)
            if box:
                sidebar, sidebar_has_text = box["label"], False
                index += 1
                continue
            note = _EDITOR_NOTE.match(content)
            if note and content.lstrip("※[ ").startswith("편집자"):
                index = self._read_note(lines, index, note["note"])
                continue
            if _CREDIT.match(content):
                self.metadata.credits.append(content.lstrip("※ ").strip())
                index += 1
                continue
            group = [line]
            while (
                index + len(group) < len(lines)
                and not _is_heading(group[-1].content)
                and not _SENTENCE_END.search(group[-1].content)
                and lines[index + len(group)].content
                and not _LIST_ITEM.match(lines[index + len(group)].content)
                and not _SIDEBAR.match(lines[index + len(group)].content)
            ):
                group.append(lines[index + len(group)])
            index += len(group)
            if len(group) == 1 and _is_heading(content):
                kind: BlockKind = "heading"
            elif len(group) == 1 and _is_quote(content):
                kind = "quote"
            else:
                kind = "paragraph"
            if sidebar is not None:
                if kind == "heading" and sidebar_has_text:
                    sidebar = None
                else:
                    sidebar_has_text = sidebar_has_text or kind != "heading"
                    self.drafts.append(_draft("sidebar", group, footnotes=True, label=sidebar))
                    continue
            self.drafts.append(_draft(kind, group, footnotes=kind != "heading"))

    def _read_note(self, lines: list[Line], index: int, first: str) -> int:
        parts = [first.strip()] if first.strip() else []
        index += 1
        while index < len(lines) and lines[index].content:
            parts.append(lines[index].content)
            index += 1
        self.metadata.editor_note = " ".join(parts) or None
        return index


def run(doc: Document) -> None:
    page = _Page(split_lines(doc.raw))
    page.read()
    builder = TextBuilder()
    blocks: list[Block] = []
    footnotes: list[FootnoteRef] = []
    separator_raw = 0
    for draft in page.drafts:
        if not draft.text:
            continue
        if blocks:
            for character in _BLOCK_SEPARATOR:
                builder.append(character, separator_raw)
        separator_raw = draft.raw_break
        start = len(builder)
        for piece in draft.pieces:
            builder.append(piece.text, piece.raw_start)
        for offset, marker, raw_start, raw_end in draft.markers:
            footnotes.append(FootnoteRef(marker=marker, start=start + offset, raw_start=raw_start, raw_end=raw_end))
        end = len(builder)
        first_piece = next(p for p in draft.pieces if p.text)
        last_piece = next(p for p in reversed(draft.pieces) if p.text)
        blocks.append(
            Block(
                kind=draft.kind,
                start=start,
                end=end,
                raw_start=first_piece.raw_start,
                raw_end=last_piece.raw_start + len(last_piece.text),
                label=draft.label,
            )
        )
    doc.text, doc.offsets = builder.build()
    doc.blocks = blocks
    page.metadata.footnote_refs = footnotes
    doc.metadata = page.metadata
