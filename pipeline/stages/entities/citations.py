"""A paper's citation line, as research digests end: `Based on "Title" by A, B, and C,
Journal, 2024` or `[참고 문헌] A and B (2024), “Title,” Journal, 45(6), 1187-1219.` Its
authors are people and its journal an organisation; its title, wherever the page repeats
it (the English title line under a digest's Korean one), is a paper's title, no name
(gold guide, research digests). An APA reference (`Tak, Y., & Myung, J. (2024).
Title. Journal, 88, 102671.`) is one too."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.stages.entities.mentions import Mention

# Each part has a bounded length: an unbounded lazy run from every capital letter would scan
# to the line's end, quadratic on a long line.
_TITLE = r"[“\"](?P<title>[A-Z][^“”\"\n]{8,300}?)[,.]?[”\"]"
_YEAR = r"(?:19|20)\d\d"
_JOURNAL = r"(?P<journal>[A-Z][^,\n]{1,150})"
# `Based on "Title" by Authors, Journal, 2024`: the journal is the last part before the year.
BASED_ON = re.compile(rf"Based on {_TITLE},? by (?P<authors>[^\n]{{1,300}}?), {_JOURNAL}, {_YEAR}")
# `Authors (2024), “Title,” Journal, 45(6)`: the journal follows the title.
REFERENCE = re.compile(rf"(?P<authors>[A-Z][^\n()“\"]{{1,300}}?) \({_YEAR}\)[,.]? {_TITLE},? {_JOURNAL}")

# A person's name in a list of authors: two to four capitalised words (`Daniel M. Whitfield`).
AUTHOR = re.compile(r"(?<![\w.])[A-Z][\w'-]*\.?(?: [A-Z][\w'-]*\.?){1,3}(?![\w])")
# An author as an APA reference writes one, family name and initials (`Tak, Y.`, `Myung, J.-H.`).
_APA_AUTHOR = r"[A-Z][\w'-]{1,40}, [A-Z]\.(?:-[A-Z]\.)?(?: ?[A-Z]\.(?:-[A-Z]\.)?){0,2}"
APA_AUTHOR = re.compile(_APA_AUTHOR)
# `Tak, Y., & Myung, J. (2024). Title. Journal, 88, 102671.`: an APA reference, its title
# unquoted up to the journal, which a volume number follows.
APA = re.compile(rf"(?P<authors>{_APA_AUTHOR}(?:,? (?:& )?{_APA_AUTHOR}){{0,8}}) \({_YEAR}\)\. "
                 rf"(?P<title>[A-Z][^\n]{{8,300}}?[.?!]) (?P<journal>[A-Z][A-Za-z&' ]{{1,150}}), \d")


@dataclass(frozen=True)
class Citation:
    authors: tuple[tuple[int, int], ...]
    journal: tuple[int, int]
    title: str


# What a reference (REFERENCE, APA) holds: a year in brackets after a space.
_BRACKETED_YEAR = re.compile(rf" \({_YEAR}\)")


def citations(text: str) -> list[Citation]:
    found = []
    patterns = [(BASED_ON, AUTHOR)]
    if _BRACKETED_YEAR.search(text):  # on most pages none: the patterns of references try every capital letter
        patterns += [(REFERENCE, AUTHOR), (APA, APA_AUTHOR)]
    for pattern, author in patterns:
        for match in pattern.finditer(text):
            offset = match.start("authors")
            authors = tuple((offset + m.start(), offset + m.end()) for m in author.finditer(match.group("authors")))
            found.append(Citation(authors, match.span("journal"), match.group("title")))
    return found


def cited(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each citation's authors as people and its journal as an
    organisation, and none inside its title, in the citation or elsewhere on the page."""
    found = citations(text)
    if not found:
        return mentions
    titles = [(at, at + len(c.title)) for c in found for at in _occurrences(text, c.title)]
    named = [Mention(start, end, "PERSON", "citations") for c in found for start, end in c.authors]
    named += [Mention(*c.journal, "ORG", "citations") for c in found]
    taken = titles + [(m.start, m.end) for m in named]
    kept = [m for m in mentions if not any(start < m.end and m.start < end for start, end in taken)]
    return sorted(kept + named, key=lambda m: m.start)


def _occurrences(text: str, title: str) -> list[int]:
    """Where the page writes the title, in any case: an APA reference writes it in sentence
    case, the title line above in title case (`Four days, same output?` / `Four Days, Same
    Output?`)."""
    return [match.start() for match in re.finditer(re.escape(title.rstrip(".")), text, re.IGNORECASE)]
