"""Mentions under construction, the token index the passes look them up in, and the
rules for merging one set of mentions into another."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from pipeline.document import Tokens
from pipeline.stages.entities.lexicon import (
    HANGUL, gazetteer_entries, job_titles, known_common_nouns, korean_surnames, label_cues, not_entities,
)

# Kiwi tags that end a name rather than belong to it: particles, endings, the
# copula, noun suffixes (`중국산`, `중국인들`) and punctuation.
NOT_NAME_TAGS = ("J", "E", "VCP", "VV", "VA", "VX", "XSN", "XSV", "XSA", "SF", "SP", "SS", "SE", "SO", "SW")

PROPER_TAGS = ("NNP", "SL", "SH")

# Words after a place that say where in or around it (`홋카이도 안에서`, `서울 전역`): a
# separate word of the phrase, never of the name.
POSITION_WORDS = frozenset({"안", "밖", "내", "외", "전역", "일대", "곳곳", "인근", "주변", "일원"})

KOREAN_NAME = re.compile(r"[가-힣]{2,4}")
# An acronym of a field or a kind of firm (`PE`, `VC`, `AR`), in not_entities.txt.
GENERIC_ACRONYM = re.compile(r"[A-Z]{2,4}")

LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")

# The first person before a noun (`우리 재단`, `저희 회사`): the speaker's own, no name (gold guide).
FIRST_PERSON_PHRASE = re.compile(r"(?:우리|저희)\s")

# Kiwi reads an unknown name with its genitive as one proper noun at a sentence's start
# (`엔비디아의/NNP 2024회계연도 매출은`); a person's name may end in 의 (`손정의`).
GLUED_GENITIVE = re.compile(r"[가-힣]{2,}의(?= )")

KOREAN_WORD = re.compile(r"[가-힣]{2,}")

OPENING_QUOTES = frozenset("‘“'\"「『《")

CLOSING_QUOTES = frozenset("’”'\"」』》")

CONNECTORS = frozenset({"&", "of", "and", "for", "the", "de"})

# Passes whose names are taken as listed; passes whose label comes from words that say
# what a name names.
TRUSTED = frozenset({"gazetteer", "country abbreviations", "page people", "page organisations"})
CUED = frozenset({"apposition", "branches", "book titles", "titled employer", "founded description", "book credit"})


@dataclass
class Mention:
    start: int
    end: int
    label: str
    source: str  # the pass that found it, or that set its label on the evidence of words beside it
    canonical: str | None = None
    confidence: float = 1.0  # the model's, for its own mentions (`entity_tagger.CONFIDENCE`)


class TokenIndex:
    """The morph stage's tokens, with lookups by character offset."""

    def __init__(self, table: Tokens, text: str) -> None:
        self.words, self.tags, self.starts, self.space_after = table.text, table.tag, table.start, table.space_after
        self.text = text
        self.ends = [start + len(word) for word, start in zip(table.text, table.start)]
        words = [index for index, tag in enumerate(table.tag) if tag != "_SP"]
        self.at_start = {table.start[index]: index for index in words}
        self.at_end = {self.ends[index]: index for index in words}

    def __len__(self) -> int:
        return len(self.words)

    def end(self, index: int) -> int:
        return self.ends[index]

    def where(self, words: Iterable[str]) -> list[int]:
        """The indices, in order, of the tokens that are one of ``words``: looked for in the
        text, which costs far less than reading every token where they are rare."""
        found = []
        for at, word in places_of(self.text, words):
            index = self.at_start.get(at)
            if index is not None and self.words[index] == word:
                found.append(index)
        return sorted(found)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Token indices ``[first, last]`` when ``[start, end)`` lies on token boundaries."""
        if start in self.at_start and end in self.at_end:
            return self.at_start[start], self.at_end[end]
        return None

    def is_name(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is on token boundaries and reads as a name, not a common word."""
        bounds = self.span(start, end)
        if bounds is None:
            return False
        tags = self.tags[bounds[0] : bounds[1] + 1]
        if any(tag.startswith(("V", "E", "J")) for tag in tags):
            return False
        return len(tags) > 1 or tags[0].split("+")[0] in PROPER_TAGS

    def trim(self, mention: Mention) -> Mention | None:
        """``mention`` without particles, suffixes, punctuation or (for people) titles at its edges,
        also a genitive Kiwi read as part of a name."""
        bounds = self.span(mention.start, mention.end)
        if bounds is None:
            return mention
        first, last = bounds
        while first <= last and self._edge(first, mention.label):
            first += 1
        while last >= first and self._edge(last, mention.label):
            last -= 1
        if mention.label == "PERSON":
            # a title inside the span stands before the name (`크리에이티브 디렉터 토마 르블랑`)
            titled = [i for i in range(first, last) if self.words[i] in job_titles() and self.tags[i].startswith("NN")]
            if titled:
                first = titled[-1] + 1
                while first <= last and self._edge(first, mention.label):
                    first += 1
        generic = not_entities()
        while last > first and (self.words[last] in generic or self.words[last] in POSITION_WORDS and self.space_after[last - 1]):
            last -= 1
        if first < last and self.words[first] in generic and GENERIC_ACRONYM.fullmatch(self.words[first]) and (
                self.space_after[first] and HANGUL.match(self.words[first + 1])
                and self.text[self.starts[first + 1] : self.end(last)] not in label_cues()[0]):
            first += 1  # `PE 케스트렐캐피탈`: the kind of firm, in letters, before its Korean name; not `AR 실험실`
        if first > last:
            return None
        start, end = self.starts[first], self.end(last)
        text = self.text[start:end]
        if text.count("(") != text.count(")"):  # `다카하시(高橋`: the name stops at the bracket
            end = start + len(text.split("(")[0].rstrip())
            if end <= start:
                return None
        words = text.split(" ")
        if len(words) == 2 and words[1] in job_titles() and _korean_name_or_surname(words[0]):
            # `염태식 조합장`, `봉 연구원`: whatever the model read in the title (`조합`, `연구원`),
            # a Korean name and a title as a word of its own are a person
            return replace(mention, start=start, end=start + len(words[0]), label="PERSON")
        if mention.label == "PERSON" and len(words) > 1 and KOREAN_NAME.fullmatch(words[0]) and any(
            LATIN_OR_DIGIT.search(word) for word in words[1:]
        ):
            end = start + len(words[0])  # `윤재희 CJ제일제당`: a Korean name is one word
        if mention.label != "PERSON" and (glued := GLUED_GENITIVE.match(self.text, start)) and glued.end() == end:
            end -= 1
        return replace(mention, start=start, end=end)

    def _edge(self, index: int, label: str) -> bool:
        head = self.tags[index].split("+")[0]
        return head.startswith(NOT_NAME_TAGS) or (label == "PERSON" and self.words[index] in job_titles())


def korean_full_name(word: str) -> bool:
    """A family name and two syllables (`오태준`, `남궁민수`), and no name the gazetteer lists."""
    return KOREAN_NAME.fullmatch(word) is not None and word[:-2] in korean_surnames() and word not in gazetteer_entries()


def _korean_name_or_surname(word: str) -> bool:
    return word in korean_surnames() or korean_full_name(word) and not known_common_nouns(word)


class Spans:
    """Spans of text in order, none overlapping, and whether a mention lies inside one."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans, self.starts = spans, [start for start, _ in spans]

    def hold(self, mention: Mention) -> bool:
        index = bisect_left(self.starts, mention.start + 1) - 1  # the last span starting at or before it
        return index >= 0 and mention.end <= self.spans[index][1]


def covered_positions(mentions: list[Mention]) -> set[int]:
    """The character positions the mentions cover."""
    return {i for m in mentions for i in range(m.start, m.end)}


def extends(text: str, longer: Mention, shorter: Mention) -> bool:
    """Whether ``longer`` is a longer name around ``shorter``: one of another kind that begins
    with it (`세움 스마트 뱅킹`, `넷마블 신작 발표회` around `세움`, `넷마블`), or one word glued to it
    (`CJ그룹`, `부산KT` around `CJ`, `KT`)."""
    if not (longer.start <= shorter.start and shorter.end <= longer.end) or longer.end - longer.start <= shorter.end - shorter.start:
        return False
    if shorter.end - shorter.start == 1:
        return False  # a country's abbreviation (`북` of `방북단`) names the country alone
    other_kind = longer.start == shorter.start and longer.label != shorter.label
    glued = " " not in text[longer.start : longer.end]
    # A name's suffix, or a particle glued to it (`진펑이 49%를`), makes no longer name.
    suffixed = longer.start == shorter.start and (
        text[shorter.end : longer.end] in NAME_SUFFIXES or text[shorter.end : longer.end] in GLUED_PARTICLES)
    return (other_kind or glued) and not suffixed

# One-syllable suffixes that make a word of a name without being part of it: `중국인`,
# `한국산`, `미국측`, `서울행`, `중국어` (SPEC §3: the span is the name).
# Particles of one syllable that may be glued to a name (`진펑이`, `피드몬트의`).
GLUED_PARTICLES = frozenset("이가은는을를의와과도")
NAME_SUFFIXES = frozenset({"인", "산", "측", "행", "어", "계", "식", "풍", "발", "향", "판", "들"})


def merge(text: str, trusted: list[Mention], others: list[Mention]) -> list[Mention]:
    """``trusted`` mentions, plus those of ``others`` that overlap none of them or extend one."""
    if not trusted and _apart(others):
        return list(others)  # what the loop below would make of them, as most passes leave them
    accepted = sorted(trusted, key=lambda m: m.start)
    starts = [m.start for m in accepted]
    longest = max((m.end - m.start for m in accepted), default=0)
    for mention in others:
        index = bisect_left(starts, mention.end) - 1
        clashes = []
        while index >= 0 and starts[index] + longest > mention.start:
            if accepted[index].end > mention.start:
                clashes.append(index)
            index -= 1
        if clashes:
            if len(clashes) > 1 or not extends(text, mention, accepted[clashes[0]]):
                continue
            del accepted[clashes[0]], starts[clashes[0]]
        position = bisect_left(starts, mention.start)
        accepted.insert(position, mention)
        starts.insert(position, mention.start)
        longest = max(longest, mention.end - mention.start)
    return accepted


def _apart(mentions: list[Mention]) -> bool:
    """Whether each mention begins after the one before it and after every one before it ends."""
    previous_start, reach = -1, 0
    for mention in mentions:
        if mention.start <= previous_start or mention.start < reach:
            return False
        previous_start, reach = mention.start, max(reach, mention.end)
    return True


def places_of(text: str, words: Iterable[str]) -> Iterator[tuple[int, str]]:
    """``(start, word)`` of every place, overlapping ones too, where each of ``words`` stands
    in ``text``."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            yield at, word
            at = text.find(word, at + 1)


def occurrences(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of the (non-empty) ``words`` in ``text`` as a regex of them, longest
    first, finds them: from the left, the longest word at each place, none overlapping the
    one before. Searched word by word, which costs a fraction of compiling that regex for
    each article's names."""
    longest: dict[int, int] = {}  # start → end of the longest word there
    for at, word in places_of(text, words):
        longest[at] = max(longest.get(at, 0), at + len(word))
    found, reached = [], 0
    for start in sorted(longest):
        if start >= reached:
            found.append((start, longest[start]))
            reached = longest[start]
    return found


def line_matches(pattern: re.Pattern[str], text: str, signs: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for a pattern whose every match holds one of ``signs`` and no
    line break: it runs only over the lines with a sign, sparing the rest its tries at every
    position."""
    start = 0
    for line in text.split("\n"):
        if any(sign in line for sign in signs):
            yield from pattern.finditer(text, start, start + len(line))
        start += len(line) + 1


def past_gloss(tokens: TokenIndex, index: int) -> int:
    """The index after a parenthesised gloss starting at ``index`` (or ``index`` itself)."""
    if index < len(tokens) and tokens.words[index] == "(":
        for following in range(index + 1, min(index + 12, len(tokens))):
            if tokens.words[following] == ")":
                return following + 1
    return index


def begins_phrase(tokens: TokenIndex, start: int) -> bool:
    """Whether no noun (or number, or foreign word) comes right before ``start``."""
    index = tokens.at_start.get(start)
    if index is None:
        return False
    previous = index - 1
    while previous >= 0 and tokens.tags[previous] == "_SP":
        previous -= 1
    return previous < 0 or not tokens.tags[previous].startswith(("NN", "SL", "SN", "SH", "XSN", "MM"))

PARTICLE_AFTER_NAME = re.compile(
    r"(?:(?:에서|에게|에|으로|로|까지|부터|(?:으로|로|에게)부터|에게서)(?:는|도|만|의)?|은|는|이|가|을|를|의|와|과|도|만|처럼|보다|이다|였다|다)?"
    r"(?=[\s.,;:!?()’”'\"]|$)"
)


# A chief officer, whatever office: `CPO`, `CHRO`, `최고제품책임자`.
_CHIEF_OFFICER = re.compile(r"C[A-Z]{1,3}O|최고[가-힣]{1,6}책임자")


@lru_cache(maxsize=8192)
def title_in(word: str) -> str | None:
    """The job title a word is or, for a Korean title of two or more syllables, ends in, a
    particle after it or none (`회장은`, `배터리산업팀장`, `운영본부장`, a chief officer's)."""
    chief = _CHIEF_OFFICER.match(word)
    if chief is not None and (particle := PARTICLE_AFTER_NAME.match(word, chief.end())) and particle.end() == len(word):
        return chief.group()
    for title in _titles_held(word):
        at = word.find(title)
        if at < 0 or (at > 0 and not (HANGUL.match(title) and len(title) >= 2)):
            continue
        particle = PARTICLE_AFTER_NAME.match(word, at + len(title))
        if particle is not None and particle.end() == len(word):
            return title
    return None


def _titles_held(word: str) -> list[str]:
    """The job titles ``word`` holds, longest first: its pieces looked up, which costs less
    than looking for every title in it."""
    order = _title_order()
    longest = len(next(iter(order), ""))  # the first title is the longest
    pieces = {word[start:end] for start in range(len(word)) for end in range(start + 1, min(start + longest, len(word)) + 1)}
    return sorted(pieces & order.keys(), key=order.__getitem__)


@cache
def _title_order() -> dict[str, int]:
    """Each job title's place among them longest first."""
    return {title: place for place, title in enumerate(sorted(job_titles(), key=len, reverse=True))}


def stands_as_a_word(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` begins a word and only a particle follows it in that word
    (`도담리테일테크는`, `그린큐브팜이`), where Kiwi's tokens cut the word differently."""
    before = text[start - 1] if start else " "
    return (before.isspace() or before in "(‘“'\"") and PARTICLE_AFTER_NAME.match(text, end) is not None
