"""Sentences as the claim rules read them: tokens, brackets and quotations, noun
phrases with the particle that closes them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING, NamedTuple

from pipeline.document import Document
from pipeline.schema import DateRecord, Entity, Quantity
from pipeline.stages.claims import lexicon

if TYPE_CHECKING:
    from pipeline.stages.claims.actors import Candidate


NOMINAL = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "SL", "SH", "SN", "XSN", "XPN", "XR", "SW", "SO",
                      "W_URL", "W_EMAIL", "W_HASHTAG", "W_SERIAL"})

OPENERS = {"(": ")", "[": "]", "‘": "’", "“": "”", "「": "」", "『": "』", "《": "》", "〈": "〉", "<": ">"}

_ROUND = frozenset({"(", "["})

_ENDINGS = frozenset({"EC", "EF", "ETM", "ETN"})

QUOTATION = re.compile(r"“[^“”]+”|\"[^\"]+\"")

# An interviewer's paragraph opens with one of these (`Q. 해외 진출 계획도 있다고 들었습니다.`).
INTERVIEWER_MARK = re.compile(r"Q\s*[.:]|질문\s*[.:]")

class Token(NamedTuple):
    """A morph token as the claims read it (a tuple: thousands are made per article)."""

    text: str
    start: int
    end: int
    tags: tuple[str, ...]
    lemma: str

    @property
    def first(self) -> str:
        return self.tags[0]

    @property
    def last(self) -> str:
        return self.tags[-1]

    @property
    def nominal(self) -> bool:
        return self.first in NOMINAL

    @property
    def ending(self) -> str | None:
        """The verb ending the token carries (`EC`, `EF`, `ETM`, `ETN`), if any."""
        return _ending_of(self.tags)

    @property
    def adnominal_past(self) -> bool:
        """`내놓은`, `세운`, `발표한`: the past adnominal `-(으)ㄴ`, not `-는`."""
        return self.ending == "ETM" and self.text[-1] != "는" and _final_consonant(self.text[-1]) == _NIEUN

    @property
    def past(self) -> bool:
        """`걸렸`, `했`: a verb in the past tense (the prefinal ending `-었-`)."""
        return "EP" in self.tags and _final_consonant(self.text[-1]) == _SSANGSIOS

    @property
    def adnominal_future(self) -> bool:
        """`할`, `될`, `을`: the ㄹ-adnominal that `…할 것이다` is built on."""
        return self.ending == "ETM" and (self.text[-1] == "을" or _final_consonant(self.text[-1]) == _RIEUL)

@dataclass(frozen=True)
class Phrase:
    """A noun phrase and the particle that closes it (token indices, inclusive)."""

    first: int
    last: int
    particle: int
    role: str  # topic, locative, subject, object, also, only, adverbial

@dataclass
class View:
    """One sentence with its tokens, records and noun phrases."""

    index: int
    id: str
    start: int
    end: int
    block: int
    kind: str
    asks: bool  # a question: it asserts nothing
    interviewer: bool  # a line of the interviewer's (`Q. …`): what it states is others', no answer's
    tokens: list[Token]
    entities: list[Entity]
    quantities: list[Quantity]
    dates: list[DateRecord]
    quotes: list[tuple[int, int]]  # quoted stretches of text, marks included
    partner: dict[int, int] = field(default_factory=dict)  # matched bracket tokens, both ways
    in_round: list[bool] = field(default_factory=list)
    phrases: list[Phrase] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    plain_topic: bool = False  # a topic without an entity (`업체들은`)
    # Quantities that are part of a measure's name (`6개월 유지율은 38%에서 57%로`).
    attributive: set[str] = field(default_factory=set)
    starts: list[int] = field(init=False)
    named: set[int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [t.start for t in self.tokens]
        # Tokens inside a name are nouns whatever Kiwi made of them (`디디/VV 다/EC 처`).
        self.named = {
            index for entity in self.entities
            for index in range(self.token_at(entity.start), self.token_at(entity.end - 1) + 1)
        }

    def nominal(self, index: int) -> bool:
        return index in self.named or self.tokens[index].nominal

    def joins_nouns(self, index: int) -> bool:
        """Whether token ``index`` is a `·` between two nouns, which makes them one run
        (`시·군·구 공무원`, `프리랜서 디자이너·개발자`)."""
        tokens = self.tokens
        return tokens[index].text == "·" and 0 < index < len(tokens) - 1 and tokens[index - 1].nominal and tokens[index + 1].nominal

    def ending(self, index: int) -> str | None:
        """The verb ending token ``index`` carries, outside names and brackets."""
        if index in self.named or self.in_round[index]:
            return None
        return self.tokens[index].ending

    def in_past(self, first: int = 0, last: int | None = None) -> bool:
        """Whether tokens ``first`` to ``last`` (to the end by default) hold the past tense
        (`-었-`), not `-겠-`."""
        tokens = self.tokens[first:] if last is None else self.tokens[first : last + 1]
        return any("EP" in token.tags and "겠" not in token.text for token in tokens)

    def clause_end(self, index: int) -> bool:
        """Whether token ``index`` ends a clause: a connective or final ending
        followed by a space or the end (`투입하고 있으며,`), not one glued to an
        auxiliary verb (`입어본`)."""
        return self._clause_ends[index]

    @cached_property
    def _clause_ends(self) -> list[bool]:
        """``clause_end`` of every token, read once the brackets are known (``in_round``)."""
        tokens = self.tokens
        return [
            self.ending(index) in ("EC", "EF") and (
                index + 1 == len(tokens) or tokens[index + 1].first in ("SP", "SF")
                or tokens[index + 1].start > token.end and tokens[index + 1].first != "VX")
            for index, token in enumerate(tokens)
        ]

    def clause_start(self, index: int) -> int:
        """First token of the clause that holds token ``index``."""
        return self._clause_starts[index] if index > 0 else 0

    def clause_end_from(self, index: int) -> int:
        """Last token of the clause that holds token ``index``."""
        return self._clause_lasts[index] if index < len(self.tokens) else len(self.tokens) - 1

    @cached_property
    def _clause_starts(self) -> list[int]:
        """``clause_start`` of every token and of the position after the last."""
        starts, start = [], 0
        for index, ends in enumerate(self._clause_ends):
            starts.append(start)
            if ends:
                start = index + 1
        return [*starts, start]

    @cached_property
    def _clause_lasts(self) -> list[int]:
        """``clause_end_from`` of every token."""
        lasts, last = [], len(self.tokens) - 1
        for index in range(len(self.tokens) - 1, -1, -1):
            if self._clause_ends[index]:
                last = index
            lasts.append(last)
        return lasts[::-1]

    def name_end(self, index: int) -> int:
        """The last token of the name a phrase ends with at token ``index``: before a gloss in
        brackets (`그린큐브팜(그린큐브)`), inside quotation marks (`‘하쿠세쓰 샌드’`)."""
        while index >= 0 and index in self.partner and self.partner[index] < index:
            opener = self.partner[index]
            index = opener - 1 if self.tokens[opener].text in _ROUND else index - 1
        return index

    def past_gloss(self, index: int) -> int:
        """``index``, or the token after the round bracket that opens there (`계약(PPA)을`,
        `목표(135억 달러)를`): where a word's particle stands past its gloss."""
        if index < len(self.tokens) and self.tokens[index].text == "(" and self.partner.get(index, index) > index:
            return self.partner[index] + 1
        return index

    def token_at(self, position: int) -> int:
        """Index of the token that holds character ``position``."""
        return max(bisect_right(self.starts, position) - 1, 0)

    def quotation_at(self, position: int) -> tuple[int, int] | None:
        """The span of the quoted speech that holds ``position``, if any."""
        return next((q for q in self.quotes if q[0] <= position < q[1]), None)

    def quoted(self, position: int) -> bool:
        return self.quotation_at(position) is not None

    def passive(self, index: int) -> bool:
        """Whether the event noun at ``index`` is passive (`출시됐다`, `출시된`, `인수돼`)."""
        return any("XSV" in t.tags and t.text[:1] in "되됐된돼" for t in self.tokens[index : index + 3])

    def supposes(self, index: int) -> bool:
        """Whether the clause that holds token ``index`` is a condition, ending in `-면`
        (`직원 10명의 일을 대신한다면`, `목표를 달성하면`) or in `-ㄹ 경우` (`원료값이 20% 오를 경우`)."""
        end = self.clause_end_from(index)
        verb = next((i for i in range(index, end + 1) if self.ending(i)), end)  # `오를 경우` ends no clause
        return self.ending(end) == "EC" and self.tokens[end].text.endswith("면") or self.in_case(verb)

    def in_case(self, index: int) -> bool:
        """Whether token ``index`` is a verb in `-ㄹ` before `경우` (`오를 경우`, `할 경우`), or before
        `때마다` right after the figure it changes by (`1명 늘 때마다`, `두 배로 늘 때마다`: a rate of
        change; not `한 명이 그만둘 때마다`, a cost per event): a case supposed."""
        after = [t.text for t in self.tokens[index + 1 : index + 3]]
        return self.tokens[index].adnominal_future and (after[:1] == ["경우"] or after == ["때", "마다"] and any(
            self.token_at(q.end - 1) + 1 == index or self.token_at(q.end - 1) + 2 == index
            and self.tokens[index - 1].text in ("로", "으로") for q in self.quantities))

    def entities_in(self, start: int, end: int) -> list[Entity]:
        return [e for e in self.entities if start <= e.start and e.end <= end]

# Final consonants of a Hangul syllable, as ``_final_consonant`` numbers them.
_NIEUN, _RIEUL, _SSANGSIOS = 4, 8, 20


def _final_consonant(char: str) -> int | None:
    """The number of a Hangul syllable's final consonant (0: none), None for other characters."""
    return (ord(char) - 0xAC00) % 28 if "가" <= char <= "힣" else None


@cache
def _ending_of(tags: tuple[str, ...]) -> str | None:
    return next((tag for tag in reversed(tags) if tag in _ENDINGS), None)

@cache
@cache
def _tag_heads(tags: str) -> tuple[str, ...]:
    """A token's Kiwi tags without their subtypes (`VV-R+EC` → `VV`, `EC`)."""
    return tuple(tag.split("-")[0] for tag in tags.split("+"))


def build_views(doc: Document) -> list[View]:
    records = {
        name: sorted(items, key=lambda r: (r.start, r.end))
        for name, items in (("entities", doc.entities), ("quantities", doc.quantities), ("dates", doc.dates))
    }
    starts = {name: [r.start for r in items] for name, items in records.items()}
    quotes = _quotations(doc)
    quote_starts = [start for start, _ in quotes]
    table = doc.tokens
    views = []
    # An interviewer's paragraph (`Q. …`) runs to its first question mark; what follows it
    # in the same paragraph answers (`Q. 비결은 무엇입니까? 지난해 매출은 …`).
    block, interviewer = -1, False
    for index, sentence in enumerate(doc.sentences):
        tokens = _reread([
            Token(table.text[i], table.start[i], table.end(i), _tag_heads(table.tag[i]), table.lemma[i])
            for i in range(bisect_left(table.start, sentence.start), bisect_left(table.start, sentence.end))
            if not table.is_space(i)
        ])
        kind = doc.blocks[sentence.block].kind if doc.blocks else "paragraph"
        if sentence.block != block:
            block = sentence.block
            interviewer = bool(doc.blocks and INTERVIEWER_MARK.match(doc.text, doc.blocks[block].start))
        question = doc.text[sentence.start : sentence.end].rstrip().endswith("?")
        if interviewer and (mark := INTERVIEWER_MARK.match(doc.text, sentence.start)):
            tokens = [t for t in tokens if t.start >= mark.end()]  # `Q.` names no one
        view = View(
            index=index, id=sentence.id, start=sentence.start, end=sentence.end, block=sentence.block, kind=kind,
            asks=question, interviewer=interviewer, tokens=tokens,
            quotes=[(s, e) for s, e in quotes[: bisect_left(quote_starts, sentence.end)] if e > sentence.start],
            **{name: _within(items, starts[name], sentence.start, sentence.end) for name, items in records.items()},
        )
        if kind == "quote":
            view.quotes.append((sentence.start, sentence.end))
        _brackets(view)
        views.append(view)
        interviewer = interviewer and not question
    return views

def _reread(tokens: list[Token]) -> list[Token]:
    """Kiwi's misreadings the claims depend on, corrected: `한` glued to a verbal noun is
    `하다`'s adnominal (`2019년 4월 창업한 스타트업`), not the determiner `한` ("one"),
    which stands apart (`한 해`); `내놨다`, read as `내다` and `놓다`, is `내놓다`."""
    for index in range(1, len(tokens)):
        token, before = tokens[index], tokens[index - 1]
        if token.text == "한" and token.tags == ("MM",) and before.end == token.start and before.first == "NNG":
            tokens[index] = token._replace(tags=("XSV", "ETM"), lemma="하다")
        elif before.lemma == "내다" and token.lemma == "놓다" and before.end == token.start and token.first == "VX":
            tokens[index - 1] = before._replace(lemma="내놓다")
    return tokens


def _within(records: list, starts: list[int], start: int, end: int) -> list:
    """The records (sorted by start, ``starts``) that lie in ``[start, end)``."""
    return [r for r in records[bisect_left(starts, start) : bisect_left(starts, end)] if r.end <= end]

def _quotations(doc: Document) -> list[tuple[int, int]]:
    """Spans of double-quoted text (marks included), found block by block."""
    spans = []
    for block in doc.blocks or []:
        for match in QUOTATION.finditer(doc.text, block.start, block.end):
            spans.append((match.start(), match.end()))
    return spans

def _brackets(view: View) -> None:
    """Match brackets and quotation marks; mark the tokens inside round brackets."""
    stack: list[int] = []
    for index, token in enumerate(view.tokens):
        if stack and OPENERS[view.tokens[stack[-1]].text] == token.text:
            opener = stack.pop()
            view.partner[index] = opener
            view.partner[opener] = index
        elif token.text in OPENERS:
            stack.append(index)
    view.in_round = [False] * len(view.tokens)
    for opener, closer in view.partner.items():
        if opener < closer and view.tokens[opener].text in _ROUND:
            for index in range(opener + 1, closer):
                view.in_round[index] = True

# Determiners and pronouns that point back (`이 플랫폼은`, `이들은`).
DEMONSTRATIVES = lexicon.words("demonstrative")
MAX_PREDICATE_CHARS = 60
# Words a predicate leaves out: qualifiers, rate words and date positions that
# stand next to the numbers (`2017년 7월 기준`, `약`, `연간`).
PREDICATE_NOISE = lexicon.words("predicate_noise")
# Particle forms that Kiwi sometimes leaves as a token of their own with a noun tag.
_PARTICLE_FORMS = frozenset({"을", "를", "은", "는", "이", "가", "의", "에", "도", "로", "으로", "와", "과"})


def words_of(text: str, view: View, phrase: Phrase, without_entities: bool = False) -> str:
    """A phrase as a predicate: without determiners, particles, glosses in
    brackets, quotation marks, qualifiers, dates and quantities (and entities,
    when asked); conjuncts joined by `·`."""
    dropped = [(r.start, r.end) for r in (*view.dates, *view.quantities) if r.id not in view.attributive]
    if without_entities:
        dropped += [(e.start, e.end) for e in view.entities]
    parts: list[str] = []
    previous_end = None
    first = phrase.first
    if view.tokens[first].first == "MM" and view.tokens[first].text in DEMONSTRATIVES:
        # `그 결과 6개월 유지율`, `이 회사의 직원 수`: what the pointer names is no
        # part of the measure, unless it is all the phrase holds (`이 알고리즘`).
        after = first + 1
        while after <= phrase.last and view.tokens[after].first in ("NNG", "NNP"):
            after += 1
        first = after if after <= phrase.last else first + 1
    for index in range(first, phrase.last + 1):
        token = view.tokens[index]
        if token.first == "JC" and parts:
            parts[-1] += "·"
            previous_end = None
            continue
        if (
            view.in_round[index] or token.text in OPENERS or index in view.partner
            or token.first == "JKG" or (token.first == "MM" and token.text in DEMONSTRATIVES)
            or token.text in PREDICATE_NOISE and not _bounds_kept(view, index) and not _glued_on(view, index)
            or is_particle(token)
            or any(start < token.end and token.start < end for start, end in dropped)
        ):
            continue
        if previous_end is not None and token.start == previous_end and parts:
            parts[-1] += token.text
        else:
            parts.append(token.text)
        previous_end = token.end
    words = " ".join(parts).replace("· ", "·").strip(" ·")
    return words[:MAX_PREDICATE_CHARS].strip()

def _glued_on(view: View, index: int) -> bool:
    """Whether a noun runs on, glued, into the next one, a word of a name (`하루결`: no `하루` a rate word)."""
    following = view.tokens[index + 1] if index + 1 < len(view.tokens) else None
    return following is not None and following.start == view.tokens[index].end and following.nominal and not is_particle(following)


def _bounds_kept(view: View, index: int) -> bool:
    """Whether a bound word follows a figure kept as part of a noun (`경력 3년 미만 간호사`)."""
    return view.tokens[index].text in _BOUNDS and index > 0 and any(
        q.id in view.attributive and q.end == view.tokens[index - 1].end for q in view.quantities)


_BOUNDS = frozenset({"미만", "이상", "이하", "초과"})


def is_particle(token: Token) -> bool:
    return token.last.startswith("J") and (not token.nominal or token.text in _PARTICLE_FORMS)
