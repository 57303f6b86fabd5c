"""Lines of a page and the blocks made of them.

Every character of the cleaned text is copied from one raw character (normalised one
for one: NBSP → space, full-width → ASCII), or is a separator standing for the raw line
break it replaces, so the offset map stays exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.resources import kiwi
from pipeline.schema import BlockKind

# One-for-one character normalisation: NBSP and the ideographic space become a
# space, full-width ASCII forms their ASCII character; so does NUL, which no record
# may hold (PostgreSQL cannot store it).
NORMALISE = {0x00A0: " ", 0x3000: " ", 0x2007: " ", 0x202F: " ", 0x0000: " "}
NORMALISE.update({code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)})

_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
SENTENCE_END = re.compile(r"[.?!…。][\"'”’」』)\]]*$")
LIST_ITEM = re.compile(r"^(?:[-•·*▶■□◆○●–]|\d{1,2}[.)]\s|[①-⑳]|(?:첫|둘|셋|넷|다섯)째\s*,)")
# A counter or unit that digits on the line before belong to (`2` above `회에 걸쳐`).
COUNTER_START = re.compile(r"^(?:호|회|년|월|일|개|명|위|배|차|세|대|곳|건|권|장|층|분기|번째|억|만|조|천|%)")
# What a site puts in place of an e-mail address it hides from robots: chrome, not text.
_HIDDEN_EMAIL = re.compile(r"\s*\[email(?:\s|&#160;)protected\]")

# Footnote markers glued to the text (SPEC §2): after sentence-final punctuation, after a
# closing bracket or quote, or after a word and before a free-standing particle.
_PARTICLES = (
    "에서는|에서|에게|에는|에|은|는|이|가|을|를|의|와|과|으로|로|도|만|까지|부터|처럼|보다|이다|이라는|라는"
)
_COUNTER_AFTER = re.compile(rf"\s(?:개|명|건|곳|회|점|대|위|배|년|개월|일|시간|분|초|%)(?:{_PARTICLES})?(?:[\s.,]|$)")
_MARKERS = re.compile(
    r"(?<=[가-힣”’\"')\]][.?!])(?P<after_sentence>\d{1,2})(?=\s|$)"
    r"|(?<=[)\]”’\"])(?P<after_bracket>\d{1,2})(?=[\s’”'\"]|$)"
    rf"|(?<=[가-힣A-Za-z])(?P<after_word>\d{{1,2}})(?=\s(?:{_PARTICLES})(?:[\s.,!?]|$))"
    r"|(?<![mM])(?P<superscript>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)"  # not a unit's power: `29만 m²`
    r"|(?<=[가-힣A-Za-z)\]])(?P<numbered>\d{1,2}\))(?=[가-힣\s.,]|$)"  # `TC 본더1)가`, `CoWoS2) 패키징`, `(PJP)3) 라이선스`
    r"|(?<=[가-힣”’\"')\]][.?!])(?P<numbered_after_sentence>\d{1,2}\))(?=\s|$)"  # `꼽았다.3)`
    r"|(?<=[가-힣A-Za-z)\]])(?P<asterisks>\*{1,3})(?=[가-힣\s.,]|$)"  # `연부연납*을`, `가업상속공제**`, `가치(LTV)*다`
)
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


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


# A short label in brackets alone on a line: a section (`[칼럼]` above the byline) or an
# item's tag (`[모빌리티]` above its heading).
BRACKETED_LABEL = re.compile(r"^\[(?P<label>[^\[\]\d]{1,12})\]$")

# A mark that decorates a line (`■ 재지 않으면 줄일 수 없다`, `▲관람객들이 …`, `※ 필자는 …`): not text.
_DECORATION = re.compile(r"[■▲△※]\s*")


def stripped(line: Line) -> Piece:
    text = line.text
    left = len(text) - len(text.lstrip())
    if mark := _DECORATION.match(text, left):
        left = mark.end()
    return Piece(text[left:].rstrip(), line.raw_start + left)


def _without_hidden_emails(piece: Piece) -> list[Piece]:
    kept, position = [], 0
    for match in _HIDDEN_EMAIL.finditer(piece.text):
        kept.append(Piece(piece.text[position : match.start()], piece.raw_start + position))
        position = match.end()
    kept.append(Piece(piece.text[position:], piece.raw_start + position))
    return [p for p in kept if p.text]


def cut_word(before: str, after: str) -> bool:
    """Whether a line break between the lines ``before`` and ``after`` cut one word in two
    (`낮아졌` | `다.`, `돈이 들` | `어왔다`, `2015` | `년`, `렌딩클럽` | `(Lending Club)`) rather
    than fell between two words (`금융공학` | `박사`). Only a break with no space at it can
    cut a word: digits before a counter or unit, and a name before its bracketed gloss, are
    one word; between Hangul, Kiwi decides from two words on either side: where its reading
    of them joined and spaced differ clearly in likelihood, the likelier (`프랜` | `차이즈`, a
    cut; `체인` | `쓰키미드러그가`, no cut, which its spacing model, leaving a space out around a
    word it does not know, had glued); else its spacing model (`버려` | `졌다`, `하루약속` |
    `플러스’를`)."""
    if not before or not after or before[-1].isspace() or after[0].isspace():
        return False
    if before[-1].isdigit() and COUNTER_START.match(after):
        return True
    if after[0] == "(" and before[-1].isalpha():
        return True
    if not ("가" <= before[-1] <= "힣" and "가" <= after[0] <= "힣"):
        return False
    left = " ".join(before.split()[-2:])
    right = " ".join(after.split()[:2])
    joined, spaced = (kiwi().analyze(text)[0][1] for text in (left + right, f"{left} {right}"))
    if abs(joined - spaced) > _CLEARLY_LIKELIER:
        return joined > spaced
    model = kiwi().space(left + right, reset_whitespace=False)
    letters = len(left) - left.count(" ")
    seen = 0
    for index, character in enumerate(model):
        if character != " ":
            seen += 1
            if seen == letters:
                return index + 1 < len(model) and model[index + 1] != " "
    return False


# How much likelier (in Kiwi's log-likelihood) one reading of a line break must be to decide it.
_CLEARLY_LIKELIER = 1.0


def draft(kind: BlockKind, lines: list[Line], *, footnotes: bool, label: str | None = None,
          line_by_line: bool = False) -> Draft:
    """A block from consecutive lines, joined with a space that stands for each line break
    (with nothing where the break cut a word), or with the line break itself where each
    line is an entry of its own (``line_by_line``: a chart's rows)."""
    block = Draft(kind, [], label, raw_break=lines[-1].raw_end)
    for index, line in enumerate(lines):
        piece = stripped(line)
        if index and (line_by_line or not cut_word(lines[index - 1].text, line.text)):
            block.pieces.append(Piece("\n" if line_by_line else " ", lines[index - 1].raw_end))
        for part in _without_hidden_emails(piece):
            if footnotes:
                _cut_markers(block, part)
            else:
                block.pieces.append(part)
    # A last line that was nothing but a footnote marker (`²`) leaves only its separator.
    while block.pieces and not block.pieces[-1].text.strip():
        block.pieces.pop()
    length = len(block.text)
    block.markers = [(min(offset, length), marker, start, end) for offset, marker, start, end in block.markers]
    return block


def _cut_markers(block: Draft, piece: Piece) -> None:
    """Append ``piece`` to ``block`` without its footnote markers, recording them."""
    offset = sum(len(p.text) for p in block.pieces)
    position = 0
    for match in _MARKERS.finditer(piece.text):
        group = match.lastgroup
        if group == "after_bracket" and _COUNTER_AFTER.match(piece.text, match.end()):
            continue  # `(주)3 개`: a count, not a marker
        if group == "numbered" and _inside_bracket(piece.text[: match.start()].rsplit(" ", 1)[-1]):
            continue  # `(주1)`: the bracket closes, no marker
        marker = match.group(group).translate(_SUPERSCRIPT)
        block.pieces.append(Piece(piece.text[position : match.start()], piece.raw_start + position))
        offset += match.start() - position
        block.markers.append((offset, marker, piece.raw_start + match.start(), piece.raw_start + match.end()))
        position = match.end()
    block.pieces.append(Piece(piece.text[position:], piece.raw_start + position))


def _inside_bracket(word: str) -> bool:
    return word.count("(") > word.count(")")


HEADING_MAX = 60  # characters: a longer line is a paragraph, not a heading
# A page number alone on a line.
PAGE_NUMBER = re.compile(r"^\d{1,3}$")
PHOTO = r"사진(?:\s*제공)?"
# Who edited, photographed or drew (`정리=…`, `사진 제공=…`), also among the bio's lines.
CREDIT_WORDS = rf"(?:정리|{PHOTO}|번역|그림|그래픽|일러스트)\s*="


# A caption's label (`[그래프] 연령대별 …`): a figure's caption is text, not a heading.
CAPTION = re.compile(r"^\[(?:그래프|그래픽|표|그림|도표|사진|차트)\s*\d*\]")
# Captions of charts, whose rows (`2019년 24조8600억 원`) are values, unlike a table's dated lines.
CHART_CAPTIONS = ("[그래프", "[그래픽", "[차트")
# A line that is a chart's unit alone: `(단위: 억 원)`, `(단위: %)`.
UNIT_LINE = re.compile(r"\(단위\s*[:：][^()]*\)")
# A panel's title that ends in its unit (`① 수출입 추이(2021∼2025년, 단위: 억 달러)`) or opens
# with its number (`⑤ 장비 기업 3곳의 성적표(2025년)`): a heading, and the caption of the chart
# in the block under it (gold guide, tenth round).
_UNIT_ENDING = re.compile(r"\((?:[^()]*[,·]\s*)?단위\s*[:：][^()]*\)$")
_PANEL_NUMBER = re.compile(r"[①-⑳]\s")


# A chart's row: cells a tab parts, or a label and the figure it ends with (`일본 31.2%`, `ASML 19.8`).
_ROW = re.compile(r"\t|\s[+-]?\d[\d.,]*(?:%p?|%포인트)?$")


def is_row(content: str) -> bool:
    """Whether a (stripped) line is a chart's row, no sentence."""
    return bool(_ROW.search(content)) and not SENTENCE_END.search(content)


def captions_rows(title: str, first_row: str) -> bool:
    """Whether a heading is the caption of the chart in the block under it: a panel's short
    title that ends in its unit in brackets or opens with its number, over a block that opens
    with a row."""
    return len(title) <= HEADING_MAX and bool(_UNIT_ENDING.search(title) or _PANEL_NUMBER.match(title)) and is_row(first_row)


def is_heading(content: str) -> bool:
    """Whether a line alone could be a heading: short, not a sentence, not a list or quote
    line, not a caption."""
    return (
        len(content) <= HEADING_MAX
        and not SENTENCE_END.search(content)
        and not content.startswith(("-", "•", "·", '"', "※", "–"))
        and not (content.startswith("“") and not (_QUOTE_THEN_MORE.match(content) or _QUOTED_TITLE.fullmatch(content)))
        and not CAPTION.match(content)
    )


# A heading may open with a quotation that more words follow (`“발주 2027년까지 견조”… 中
# 추격은 변수`), or be a short quotation alone, up to 30 characters with no sentence's end
# (`“출근 시간도 임금의 일부”`, `“무인 매장의 위험을 점주 혼자 떠안아선 안 된다”`, 26); a longer line
# that is all quotation is a pull quote (the dev pages' are 32 characters and more, sentences),
# and so is one that ends in the polite speech of an interviewee (`… 찾았습니다”`, `…해요”`).
_QUOTE_THEN_MORE = re.compile(r"^“[^“”]+”\W*\s*\w")
_QUOTED_TITLE = re.compile(r"“[^“”.?!]{1,30}(?<!니다)(?<!요)”")
