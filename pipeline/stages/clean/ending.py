"""The page's end: the footer that ends it, the site's widgets that stand inside it, and
the bio (SPEC §2, docs/format.md)."""

from __future__ import annotations

import re

from pipeline.resources import word_list
from pipeline.schema import Author, Metadata
from pipeline.stages.clean.chrome import EMAIL, FOOTER_START, is_chrome, is_reporter, reporter_signature
from pipeline.stages.clean.lines import CREDIT_WORDS, PAGE_NUMBER, SENTENCE_END, Draft, Line, draft, stripped

# The head of a box of someone's career (`권태헌 해솔은행장 약력`, `… 대표 프로필`): the bio starts there.
_CAREER_BOX = re.compile(r"^[가-힣A-Za-z][가-힣A-Za-z ]{1,30}\s(?:약력|프로필)$")
_SIGNED = re.compile(r"^[가-힣]{2,4}(?: \S+){1,6} (?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s+protected\])$")
_LEADING_GLOSS = re.compile(r"^\s*\([^()]*\)")
_CREDITED = re.compile(f"^{CREDIT_WORDS}")
# What a bio's `필자는 …` tells: the writer's schooling, posts and works (`…를 졸업하고 … 교수로
# 재직 중이다`), which a column's own `필자는 …로 본다` does not.
_CAREER = re.compile(r"졸업|전공|박사|석사|학위|재직|역임|거쳐|근무|교수|연구위원|맡고 있|지냈|취득|대표|이사|연구원|"
                     r"컨설턴트|기자|저서|공저|집필|출신|일했|일한|몸담|창업")


def footer_start(lines: list[Line], start: int) -> int:
    for index in range(start, len(lines)):
        if FOOTER_START.match(lines[index].content):
            return index
    return len(lines)


# Lines of article text after a footer's first line that show it heads a widget inside the
# page (a `관련 기사` list under the byline), not the footer: the article goes on below it.
_PROSE_BELOW_WIDGET = 3


def without_inline_widgets(lines: list[Line]) -> list[Line]:
    """``lines`` without the site's widgets that stand inside the article: a line that would
    start the footer, and its lines down to the blank line, where article text follows."""
    kept: list[Line] = []
    index = 0
    while index < len(lines):
        if FOOTER_START.match(lines[index].content) and len(prose_after(lines[index + 1 :])) >= _PROSE_BELOW_WIDGET:
            while index < len(lines) and lines[index].content:
                index += 1  # the widget's lines, each dropped as furniture
            continue
        kept.append(lines[index])
        index += 1
    return kept


# A line after the footer this long, ending a sentence, is article text, not a link (the
# site's article lists are titles): cleaning drops it, and the record says so.
_PROSE_MIN = 40


def prose_after(lines: list[Line]) -> list[Line]:
    """The lines of article text among ``lines`` (those after the footer)."""
    return [
        line for line in lines
        if len(line.content) >= _PROSE_MIN and SENTENCE_END.search(line.content)
        and not line.content.startswith(("-", "•", "※")) and not is_chrome(line.content)
    ]


def credits_after(lines: list[Line]) -> list[str]:
    """The `※` notes among ``lines`` (those after the footer): a newspaper copy's note of where
    it first ran (`※ 이 기사는 동아일보 … B1면에 실린 기사를 …`) sits among the widgets there."""
    return [line.content.lstrip("※ ").strip() for line in lines if line.content.startswith("※")]


def bio_start(lines: list[Line], start: int, end: int, metadata: Metadata) -> int:
    """The bio starts at the first line that begins with `필자는` (`※ 필자는`) and tells a career, that heads a box
    of someone's career (`… 약력`), or is an author's line:
    the name, then an affiliation ending in a job title or an e-mail address (on a page
    without authors, any short line of a name, words and an e-mail address at its end). A
    newspaper reporter's sign-off (`차서윤 기자 seoyoon@donga.com`) is no bio: the copy's
    notes may follow it (`※ 이 기사는 DBR … 429호에 실린 …`)."""
    for index in range(start, end):
        content = lines[index].content
        if is_reporter(content):
            signer, email = reporter_signature(content)
            for author in metadata.authors:  # the byline named the reporter; the sign-off gives the address
                if author.name == signer and author.email is None:
                    author.email = email
            continue
        if _writer_bio(stripped(lines[index]).text) or _CAREER_BOX.match(content) or any(
            _author_line(content, author) for author in metadata.authors
        ):
            return index
        if not metadata.authors and _SIGNED.match(content):
            return index  # a page whose byline names no one: `오은채 나눔데이터재단 정책연구팀장 ○○@…`
    return end


def _writer_bio(text: str) -> bool:
    """Whether a line opens the writer's bio: `필자는` and the writer's career after it."""
    return text.startswith("필자는") and _CAREER.search(text) is not None


def _author_line(content: str, author: Author) -> str | None:
    """The affiliation (perhaps empty) an author's bio line gives — `김도현 한울인사컨설팅 대표
    dhkim@…`, `클레이튼 박(Clayton Park) 스탠퍼드대 경영대학원 교수` — or None."""
    if not content.startswith(f"{author.name} ") and not content.startswith(f"{author.name}("):
        return None
    rest = _LEADING_GLOSS.sub("", content[len(author.name) :]).strip()
    email = EMAIL.search(rest)
    affiliation = rest[: email.start()].strip() if email else rest
    words = affiliation.split()
    if email and len(words) <= 8 or words and len(words) <= 8 and words[-1] in word_list("job_titles"):
        return affiliation
    return None


def read_bio(lines: list[Line], metadata: Metadata) -> list[Draft]:
    drafts = []
    last: Author | None = None  # the author the line before is the bio line of
    for line in lines:
        content = line.content
        if _CREDITED.match(content):  # `정리=예지후 인턴기자` under a career box
            metadata.credits.append(content)
        elif content and not PAGE_NUMBER.match(content) and not is_chrome(content):
            drafts.append(draft("bio", [line], footnotes=True))
            if last is not None and last.email is None and EMAIL.fullmatch(content) and "@" in content:
                last.email = content  # `송채원 DBR 기자` and, on the line after, the address
            last = _fill_author_from_bio(content, metadata)
    return drafts


def _fill_author_from_bio(content: str, metadata: Metadata) -> Author | None:
    """Fills in the author whose bio line ``content`` is, and returns that author."""
    found = None
    for author in metadata.authors:
        affiliation = _author_line(content, author)
        if affiliation is None:
            continue
        found = author
        email = EMAIL.search(content)
        if author.email is None and email and "@" in email.group():
            author.email = email.group()
        if affiliation and author.affiliation is None:
            author.affiliation = affiliation
    return found
