"""Stage ``claims``: metric, plan, event and quote claims (SPEC §6, §8).

One pass over the sentences builds the claims from what the earlier stages left
(entities, quantities, dates) and Kiwi's morphemes in ``doc.tokens``:

- the *actor* of a sentence is the entity its topic or subject particle marks
  (`알리바바는`, `알리바바 클라우드 부문의 수익은`), else the entity a demonstrative
  (`이 스피커로`) points back to, else the actor of the sentence before;
- every measured quantity gives a metric, or a plan in a sentence with a plan
  word, dated by the date it follows;
- a dated event verb of a fixed kind gives an event;
- direct speech in quotation marks gives a quote when someone says it.

The rules chosen where SPEC is silent are written down in ``docs/claims.md``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from pipeline.document import Document
from pipeline.schema import Claim, DateRecord, Entity, EventKind, Quantity

# --- Word lists -------------------------------------------------------------

# A plan needs one of these words (SPEC §6).
PLAN_WORDS = frozenset({"계획", "목표", "방침"})

# Event nouns, as predicates (`설립했다`, `설립된`) or objects of a light verb
# (`투자를 진행했다`, `파트너십을 맺고`).
EVENT_NOUNS: dict[str, EventKind] = {
    "설립": "founded", "출범": "founded", "개설": "founded", "창립": "founded", "창업": "founded",
    "출시": "launched", "론칭": "launched", "런칭": "launched",
    "인수": "acquired",
    "투자": "invested",
    "제휴": "partnered", "파트너십": "partnered", "업무협약": "partnered",
    "합병": "merged",
    "발표": "announced", "선포": "announced",
}
# Event verbs, by lemma.
EVENT_VERBS: dict[str, EventKind] = {"선보이다": "launched"}
# Verb nouns that make an event only with a certain object: (verb noun, word in
# the object) → kind. `소스코드를 개방` is open-sourcing; `사업을 시작한` a founding.
OBJECT_EVENTS: dict[tuple[str, str], EventKind] = {
    ("개방", "소스"): "launched", ("공개", "소스"): "launched",
    ("시작", "사업"): "founded",
}
# Verbs that carry an event noun as their object: lemmas of verbs, and verb nouns
# that take 하다 (`진행했다`).
LIGHT_VERBS = frozenset({"하다", "맺다"})
# Verbs after which a noun names the action (`다운로드 받았다`), for predicates.
VERB_NOUN_CARRIERS = LIGHT_VERBS | {"받다"}
LIGHT_VERB_NOUNS = frozenset({"진행", "단행", "체결", "완료", "마무리"})
# Deal events carry the deal amount as their quantity (SPEC §8).
DEAL_KINDS = frozenset({"acquired", "invested", "partnered"})

# A sentence opening with one of these continues the sentence before, so a claim
# without a date of its own takes that sentence's date.
DATE_TIES = ("특히", "이때", "이날", "당시", "같은 해", "그해", "이 자리에서")
# A sentence opening with one of these reports the occasion of the sentence
# before, whose actor it names when that one has none.
ACTOR_TIES = ("이 자리에서", "이날", "이때")

# Determiners and pronouns that point back (`이 플랫폼은`, `이들은`).
DEMONSTRATIVES = frozenset({"이", "그", "해당", "동", "이런", "그런", "이러한", "그러한", "저"})
# Nouns that refer back to the actor in view (`회사는 …을 늘렸다`), not to a new one.
REFERRING_NOUNS = frozenset({"회사", "기업", "업체", "그룹", "당사", "자사", "동사", "측", "이들", "그", "그들", "이곳", "그곳"})
# Words for the article's author (`필자는`).
AUTHOR_WORDS = frozenset({"필자", "글쓴이"})
# Titles that tie a person to an organisation (`마윈 알리바바 회장`, `두야 창업자 뤼청`).
TITLES = ("회장", "부회장", "대표", "대표이사", "사장", "부사장", "의장", "총재", "최고경영자", "CEO",
          "창업자", "창업주", "설립자", "공동창업자", "이사장", "총수")
_TITLE = "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True))
# `마윈(马云) 알리바바 회장`: a person, an optional gloss, the organisation, a title
_PERSON_TO_ORGANISATION = re.compile(r"\s*(?:\([^)]*\))?\s*")
_TITLE_AFTER_ORGANISATION = re.compile(rf"\s{{0,3}}(?:{_TITLE})")
# `두야 창업자 뤼청`: the organisation, a title, the person
_TITLE_BETWEEN = re.compile(rf"\s*(?:{_TITLE})\s*")

# Counters that, glued to the noun after them, name a list (`5대 AI 기술`,
# `2가지 측면`) rather than measure something.
LIST_COUNTERS = frozenset({"대", "가지"})
# Words after a duration that make it the time frame of another fact
# (`5년 만에 성장했다`, `지난 5년간`), not a measured value.
TIME_FRAME_AFTER = re.compile(r"\s*(?:만에|만의|동안|사이|새|째|뒤|후|전|이후|이전)(?![가-힣])")
# A forecast of the author: `…할 것이다`, `…할 것으로 보인다`, `…전망이다`.
FORECAST_HEAD = "것"
FORECAST_NOUNS = frozenset({"전망", "예상"})

# After a closing quotation mark: a quotative ending means direct speech
# (`”라고 말했다`, `”며`); `”라는` / `”는` is speech only before a speech noun.
DIRECT_SPEECH_AFTER = re.compile(r"\s*(?:(?:이)?라고|고|(?:이)?라며|며|(?:이)?라면서|하고|하며)(?![가-힣])")
NOMINAL_QUOTE_AFTER = re.compile(r"\s*(?:(?:이)?라는|는|란)\s*([가-힣]+)")
SPEECH_NOUNS = ("포부", "각오", "입장", "의지", "소감", "발언", "주장", "의견", "당부", "메시지", "다짐", "약속")
QUOTATION = re.compile(r"“[^“”]+”|\"[^\"]+\"")
SPEAKER_LABELS = frozenset({"PERSON", "ORG"})
ATTRIBUTION_WINDOW = 2  # sentences after a pull-quote that may name its speaker
RESOLUTION_REACH = 2  # sentences back that `이 <noun>` may point to
EVIDENCE_REACH = 3  # sentences back that the evidence reaches to show where a carried actor was named

# Kind of a quantity → the noun that names what it measures, when the text names
# only the thing measured (`80개 이상의 핵심 AI 알고리즘` → `핵심 AI 알고리즘 수`).
KIND_NOUNS = {"count": "수", "rank": "순위", "score": "점수", "percent": "비중", "duration": "시간", "length": "거리",
              "money": "금액", "ratio": "배수", "data_size": "데이터량"}
# Counters of people: a count of people doing something is a headcount.
PERSON_COUNTERS = frozenset({"명", "인"})
HEADCOUNT = "인원"
MAX_PREDICATE_CHARS = 60

# --- Tags -------------------------------------------------------------------

_NOMINAL = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "SL", "SH", "SN", "XSN", "XPN", "XR", "SW", "SO",
                      "W_URL", "W_EMAIL", "W_HASHTAG", "W_SERIAL"})
_OPENERS = {"(": ")", "[": "]", "‘": "’", "“": "”", "「": "」", "『": "』", "《": "》", "〈": "〉", "<": ">"}
_ROUND = frozenset({"(", "["})
_ENDINGS = frozenset({"EC", "EF", "ETM", "ETN"})


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
        return self.first in _NOMINAL

    @property
    def ending(self) -> str | None:
        """The verb ending the token carries (`EC`, `EF`, `ETM`, `ETN`), if any."""
        return next((tag for tag in reversed(self.tags) if tag in _ENDINGS), None)

    @property
    def adnominal_future(self) -> bool:
        """`할`, `될`, `을`: the ㄹ-adnominal that `…할 것이다` is built on."""
        last = self.text[-1]
        return self.ending == "ETM" and (last == "을" or ("가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 == 8))


@dataclass(frozen=True)
class Phrase:
    """A noun phrase and the particle that closes it (token indices, inclusive)."""

    first: int
    last: int
    particle: int
    role: str  # topic, locative, subject, object, also, adverbial


@dataclass(frozen=True)
class Actor:
    name: str
    label: str | None  # the entity's label; None for a noun phrase
    sentence: int  # index of the sentence that names it


@dataclass(frozen=True)
class Candidate:
    rank: int  # lower speaks louder: see _RANKS
    position: int
    actor: Actor


_RANKS = {"topic": 1, "subject": 2, "locative": 3}
_DEMONSTRATIVE_RANK = 4  # a demonstrative in any other phrase


@dataclass
class View:
    """One sentence with its tokens, records and noun phrases."""

    index: int
    id: str
    start: int
    end: int
    block: int
    kind: str
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

    def ending(self, index: int) -> str | None:
        """The verb ending token ``index`` carries, outside names and brackets."""
        if index in self.named or self.in_round[index]:
            return None
        return self.tokens[index].ending

    def clause_end(self, index: int) -> bool:
        """Whether token ``index`` ends a clause: a connective or final ending
        followed by a space or the end (`투입하고 있으며,`), not one glued to an
        auxiliary verb (`입어본`)."""
        if self.ending(index) not in ("EC", "EF"):
            return False
        return index + 1 == len(self.tokens) or self.tokens[index + 1].start > self.tokens[index].end \
            or self.tokens[index + 1].first in ("SP", "SF")

    def clause_start(self, index: int) -> int:
        """First token of the clause that holds token ``index``."""
        return next((i + 1 for i in range(index - 1, -1, -1) if self.clause_end(i)), 0)

    def clause_end_from(self, index: int) -> int:
        """Last token of the clause that holds token ``index``."""
        return next((i for i in range(index, len(self.tokens)) if self.clause_end(i)), len(self.tokens) - 1)

    def token_at(self, position: int) -> int:
        """Index of the token that holds character ``position``."""
        return max(bisect_right(self.starts, position) - 1, 0)

    def quoted(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.quotes)

    def entities_in(self, start: int, end: int) -> list[Entity]:
        return [e for e in self.entities if start <= e.start and e.end <= end]



# --- The stage --------------------------------------------------------------


def run(doc: Document) -> None:
    assert doc.tokens is not None, "morph has not run"
    views = _views(doc)
    affiliations = _affiliations(doc)
    author = doc.metadata.authors[0].name if doc.metadata.authors else None
    for view in views:
        _phrases(view)
        _attributive(view)
    for view in views:
        _candidates(views, view, author)
    builder = _Builder(doc, views, affiliations)
    builder.build()
    doc.claims = builder.claims()


@cache
def _tag_heads(tags: str) -> tuple[str, ...]:
    """A token's Kiwi tags without their subtypes (`VV-R+EC` → `VV`, `EC`)."""
    return tuple(tag.split("-")[0] for tag in tags.split("+"))


def _views(doc: Document) -> list[View]:
    records = {
        name: sorted(items, key=lambda r: (r.start, r.end))
        for name, items in (("entities", doc.entities), ("quantities", doc.quantities), ("dates", doc.dates))
    }
    starts = {name: [r.start for r in items] for name, items in records.items()}
    quotes = _quotations(doc)
    quote_starts = [start for start, _ in quotes]
    table = doc.tokens
    views = []
    for index, sentence in enumerate(doc.sentences):
        tokens = [
            Token(table.text[i], table.start[i], table.end(i), _tag_heads(table.tag[i]), table.lemma[i])
            for i in range(bisect_left(table.start, sentence.start), bisect_left(table.start, sentence.end))
            if not table.is_space(i)
        ]
        kind = doc.blocks[sentence.block].kind if doc.blocks else "paragraph"
        view = View(
            index=index, id=sentence.id, start=sentence.start, end=sentence.end, block=sentence.block, kind=kind,
            tokens=tokens,
            quotes=[(s, e) for s, e in quotes[: bisect_left(quote_starts, sentence.end)] if e > sentence.start],
            **{name: _within(items, starts[name], sentence.start, sentence.end) for name, items in records.items()},
        )
        if kind == "quote":
            view.quotes.append((sentence.start, sentence.end))
        _brackets(view)
        views.append(view)
    return views


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
        if stack and _OPENERS[view.tokens[stack[-1]].text] == token.text:
            opener = stack.pop()
            view.partner[index] = opener
            view.partner[opener] = index
        elif token.text in _OPENERS:
            stack.append(index)
    view.in_round = [False] * len(view.tokens)
    for opener, closer in view.partner.items():
        if opener < closer and view.tokens[opener].text in _ROUND:
            for index in range(opener + 1, closer):
                view.in_round[index] = True


# --- Noun phrases -----------------------------------------------------------


def _phrases(view: View) -> None:
    tokens = view.tokens
    for index, token in enumerate(tokens):
        role = _role(tokens, index)
        if role is None:
            continue
        last = index if token.nominal and len(token.tags) > 1 else index - 1
        if role == "locative":
            last = index - 2  # before `에`/`에서` of `에는`
        if last < 0 or not (view.nominal(last) or last in view.partner):
            continue
        first = _phrase_start(view, last)
        view.phrases.append(Phrase(first, last, index, role))


def _attributive(view: View) -> None:
    """Mark the quantities glued to the noun of a topic or subject phrase whose
    clause measures it with other quantities: `6개월 유지율은 38%에서 57%로`,
    `1회 평균 주문액도 10.3달러에서`."""
    for quantity in view.quantities:
        first, last = view.token_at(quantity.start), view.token_at(quantity.end - 1)
        after = last + 1
        if after >= len(view.tokens) or view.tokens[after].first not in ("NNG", "NNP", "SL") or view.in_round[first]:
            continue
        phrase = next((p for p in view.phrases if p.first <= first and last < p.last), None)
        if phrase is None or phrase.role not in ("topic", "subject", "also"):
            continue
        end = view.tokens[view.clause_end_from(phrase.particle)].end
        if any(view.tokens[phrase.particle].end <= q.start < end for q in view.quantities):
            view.attributive.add(quantity.id)


def _role(tokens: list[Token], index: int) -> str | None:
    token = tokens[index]
    tag = token.last
    if tag == "JX" and token.text[-1] in "은는" and not any(t.startswith("E") for t in token.tags):
        previous = tokens[index - 1] if index else None
        if previous is not None and previous.last == "JKB" and len(token.tags) == 1:
            return "locative"
        return "topic"
    if tag == "JX" and token.text.endswith("도"):
        return "also"
    return {"JKS": "subject", "JKO": "object", "JKB": "adverbial"}.get(tag)


def _phrase_start(view: View, last: int) -> int:
    """First token of the noun phrase that ends at token ``last``: nouns, `의`,
    coordination, determiners, appositive `인`, and whatever brackets hold."""
    tokens = view.tokens
    index = last
    while index >= 0:
        token = tokens[index]
        opener = view.partner.get(index)
        if opener is not None and opener < index:
            index = opener - 1
            continue
        if token.text in _OPENERS:
            if index in view.partner:
                break  # the phrase started inside these brackets
            index -= 1  # a stray opener: `디디다처((嘀嘀打车)`
            continue
        inside = (
            view.nominal(index)
            or token.first in ("JKG", "JC", "MM")
            or token.text == "및"
            or (token.first == "VCP" and token.last == "ETM")
        )
        if not inside:
            break
        index -= 1
    first = index + 1
    # A phrase starts with a noun, not with a particle or `인` left at its edge.
    while first < last and not (view.nominal(first) or tokens[first].first == "MM" or first in view.partner):
        first += 1
    return first


def _phrase_entities(view: View, phrase: Phrase) -> list[Entity]:
    tokens = view.tokens
    return view.entities_in(tokens[phrase.first].start, tokens[phrase.last].end)


def _head(view: View, phrase: Phrase) -> Entity | None:
    """The entity a phrase is about: its person (`리옌훙(李彦宏) 바이두 회장`), else
    the entity that ends it (`알리바바의 물류 조직 차이니아오(Cainiao)`), else its
    first entity (`알리바바 클라우드 부문의 수익`, `중국 AI 관련 스타트업 수`).
    Names in brackets are glosses (`총 거래액(GMV)`) and never the head; of a
    coordination (`콰이디다처와 디디다처`) the first conjunct speaks."""
    entities = [e for e in _phrase_entities(view, phrase) if not view.in_round[view.token_at(e.start)]]
    conjunctions = [
        view.tokens[i].start for i in range(phrase.first, phrase.last + 1)
        if view.tokens[i].first == "JC" and not view.in_round[i]
    ]
    last = phrase.last
    if conjunctions:
        entities = [e for e in entities if e.end <= conjunctions[0]]
        last = view.token_at(conjunctions[0]) - 1
    if not entities:
        return None
    persons = [e for e in entities if e.label == "PERSON"]
    if persons:
        return persons[0]
    while last in view.partner and view.partner[last] < last:
        last = view.partner[last] - 1  # past a gloss: `메이퇀디엔핑(메이퇀)`
    end = view.tokens[last].end if last >= 0 else -1
    return next((e for e in entities if e.end == end), entities[0])


def _conjuncts(view: View, phrase: Phrase) -> list[Entity]:
    """Entities of the conjuncts after the first (`콰이디다처와 디디다처` → 디디다처)."""
    conjunctions = [
        view.tokens[i].start for i in range(phrase.first, phrase.last + 1)
        if view.tokens[i].first == "JC" and not view.in_round[i]
    ]
    if not conjunctions:
        return []
    entities = _phrase_entities(view, phrase)
    return [e for e in entities if e.start > conjunctions[0] and not view.in_round[view.token_at(e.start)]]


def _embedded(view: View, particle: int) -> bool:
    """Whether the clause of a particle ends in an adnominal or nominal ending
    (`바이두가 개발한 스피커`): a relative clause, not the sentence's own."""
    for index in range(particle + 1, len(view.tokens)):
        ending = view.ending(index)
        if ending:
            return ending in ("ETM", "ETN")
    return False


def _demonstrative(view: View, phrase: Phrase) -> str | None:
    """The noun a demonstrative phrase names (`이 스피커` → 스피커), if it is one."""
    first = view.tokens[phrase.first]
    if first.first != "MM" or first.text not in DEMONSTRATIVES:
        return None
    noun = None
    for token in view.tokens[phrase.first + 1 : phrase.last + 1]:
        if token.first not in ("NNG", "NNP"):
            break  # `이 플랫폼의 월간 이용자`: the determiner points with `플랫폼`
        noun = token.text
    return noun


# --- Actors -----------------------------------------------------------------


def _candidates(views: list[View], view: View, author: str | None) -> None:
    """Who the sentence's topic and subject phrases name, ranked."""
    own: list[Candidate] = []
    embedded: list[Candidate] = []
    for phrase in view.phrases:
        rank = _RANKS.get(phrase.role)
        if phrase.role == "also" and _object_follows(view, phrase):
            rank = _RANKS["subject"]  # `삼성전자도 21%를 기록했다`; but `매직미러도 개발했다` is an object
        if rank is None or view.quoted(view.tokens[phrase.particle].start):
            continue
        actor = _phrase_actor(views, view, phrase, author)
        if actor is None and phrase.role == "topic":
            view.plain_topic = True
            actor = _agent(view, phrase)
        if actor is None:
            continue
        candidate = Candidate(rank, view.tokens[phrase.first].start, actor)
        (embedded if phrase.role == "subject" and _embedded(view, phrase.particle) else own).append(candidate)
    # A subject inside a relative clause (`바이두가 개발한 …`) speaks for the
    # sentence only when the sentence has no topic of its own.
    view.candidates = sorted(own + ([] if view.plain_topic else embedded), key=lambda c: c.position)
    if view.candidates:
        return
    # Without one, a demonstrative anywhere names the actor: `이 스피커로 …`.
    for phrase in view.phrases:
        noun = _demonstrative(view, phrase)
        position = view.tokens[phrase.first].start
        resolved = _resolve(views, view, noun, position) if noun else None
        if resolved is not None:
            view.candidates = [Candidate(_DEMONSTRATIVE_RANK, position, _actor(resolved, view.index))]
            return


def _object_follows(view: View, phrase: Phrase) -> bool:
    """Whether an object phrase follows ``phrase`` in its clause."""
    for later in view.phrases:
        if later.first <= phrase.particle:
            continue
        if any(view.clause_end(i) for i in range(phrase.particle + 1, later.first)):
            return False
        if later.role == "object":
            return True
    return False


def _agent(view: View, phrase: Phrase) -> Actor | None:
    """A topic without an entity that acts on an object names an actor of its
    own (`한 증권사는 … 592개를 분석해`), unless it refers back (`회사는`, `이들은`);
    a topic without an object is what the sentence measures (`입점 업체 수는 …`)."""
    if not _object_follows(view, phrase) or view.tokens[phrase.first].text in DEMONSTRATIVES:
        return None
    nouns = [t.text for t in view.tokens[phrase.first : phrase.last + 1] if t.nominal and not _particle(t)]
    if not nouns or nouns == [nouns[-1]] and nouns[-1] in REFERRING_NOUNS or view.tokens[phrase.last].first == "NP":
        return None
    start, end = view.tokens[phrase.first].start, view.tokens[phrase.last].end
    view.attributive.update(q.id for q in view.quantities if start <= q.start < end)  # `업계 1위 기업은`
    return Actor(_words("", view, phrase), None, view.index)


def _phrase_actor(views: list[View], view: View, phrase: Phrase, author: str | None) -> Actor | None:
    head = _head(view, phrase)
    if head is not None:
        return _actor(head, view.index)
    if author and any(t.text in AUTHOR_WORDS for t in view.tokens[phrase.first : phrase.last + 1]):
        return Actor(author, "PERSON", view.index)
    noun = _demonstrative(view, phrase)
    resolved = _resolve(views, view, noun, view.tokens[phrase.first].start) if noun else None
    return _actor(resolved, view.index) if resolved is not None else None


def _actor(entity: Entity, sentence: int) -> Actor:
    return Actor(entity.canonical, entity.label, sentence)


def _resolve(views: list[View], view: View, noun: str, before: int) -> Entity | None:
    """The entity that `이 <noun>` points back to: the last one the noun named,
    in this sentence before ``before`` or in the sentences just before."""
    for earlier in (view, *reversed(views[max(view.index - RESOLUTION_REACH, 0) : view.index])):
        limit = before if earlier is view else earlier.end
        found = None
        for index, token in enumerate(earlier.tokens):
            if token.start >= limit:
                break
            if token.text == noun:
                found = _named_by(earlier, index) or found
        if found is not None:
            return found
    return None


def _named_by(view: View, index: int) -> Entity | None:
    """The entity the noun at ``index`` stands for in its own sentence: `스피커
    레이븐 H`, `의료 플랫폼인 텅아이이성`, `진르터우탸오 앱`, `DuerOS는 … 플랫폼이다`."""
    tokens = view.tokens
    copula = index + 1 < len(tokens) and tokens[index + 1].first == "VCP"
    entity = _entity_starting(view, index + 1) or _entity_ending(view, index - 1)
    if entity is None and copula:
        entity = _entity_starting(view, index + 2)
        if entity is None and any(t.last == "EF" for t in tokens[index + 1 : index + 3]):
            topics = [c for c in view.candidates if c.rank == _RANKS["topic"]]
            entity = _entity_named(view, topics[0].actor.name) if topics else None
    return entity


def _entity_starting(view: View, index: int) -> Entity | None:
    while index < len(view.tokens) and view.tokens[index].text in _OPENERS:
        index += 1
    if index >= len(view.tokens):
        return None
    start = view.tokens[index].start
    return next((e for e in view.entities if e.start == start), None)


def _entity_ending(view: View, index: int) -> Entity | None:
    while index >= 0 and index in view.partner and view.partner[index] < index:
        index = view.partner[index] - 1  # past a gloss or a closing quote
    if index < 0:
        return None
    end = view.tokens[index].end
    return next((e for e in view.entities if e.end == end), None)


def _entity_named(view: View, name: str) -> Entity | None:
    return next((e for e in view.entities if e.canonical == name), None)


def _affiliations(doc: Document) -> dict[str, str]:
    """Person → organisation, from `마윈(马云) 알리바바 회장` and `두야 창업자 뤼청`."""
    text = doc.text
    entities = sorted(doc.entities, key=lambda e: e.start)
    found: dict[str, str] = {}
    for before, after in zip(entities, entities[1:]):
        between = text[before.end : after.start]
        if before.label == "PERSON" and after.label == "ORG":
            if _PERSON_TO_ORGANISATION.fullmatch(between) and _TITLE_AFTER_ORGANISATION.match(text, after.end):
                found.setdefault(before.canonical, after.canonical)
        elif before.label == "ORG" and after.label == "PERSON" and _TITLE_BETWEEN.fullmatch(between):
            found.setdefault(after.canonical, before.canonical)
    return found


# --- Claims -----------------------------------------------------------------


@dataclass
class _Draft:
    type: str
    anchor: int  # text position that orders the claim
    view: View
    subject: Actor
    predicate: str | None = None
    object: str | None = None
    quantity: Quantity | None = None
    date: DateRecord | None = None
    speaker: str | None = None
    sources: tuple[int, ...] = ()  # indices of the sentences the evidence spans


class _Builder:
    def __init__(self, doc: Document, views: list[View], affiliations: dict[str, str]) -> None:
        self.doc = doc
        self.text = doc.text
        self.views = views
        self.affiliations = affiliations
        self.drafts: list[_Draft] = []
        issue = doc.metadata.issue_date
        self.issue_year = issue[:4] if issue else None
        self.organisations = [e for e in sorted(doc.entities, key=lambda e: e.start) if e.label == "ORG"]

    def build(self) -> None:
        carried: Actor | None = None
        pull_quote: list[View] = []
        for view in self.views:
            if pull_quote and (view.kind != "quote" or view.block != pull_quote[-1].block):
                self._pull_quote(pull_quote)
                pull_quote = []
            if view.kind == "quote":
                pull_quote.append(view)
                continue
            if view.kind in ("title", "subtitle", "heading"):
                heads = [e for e in view.entities if not view.in_round[view.token_at(e.start)]]
                if heads:
                    carried = _actor(heads[-1], view.index)
                continue
            own = min(view.candidates, key=lambda c: (c.rank, c.position)).actor if view.candidates else None
            fallback = own or self._actor_from_next(view) or carried
            self._sentence(view, fallback)
            if own is not None and own.label is not None:
                carried = own  # a named actor; a noun phrase (`한 증권사`) speaks for its sentence only
        if pull_quote:
            self._pull_quote(pull_quote)

    def claims(self) -> list[Claim]:
        ordered = sorted(self.drafts, key=lambda d: (d.view.index, d.anchor))
        return [self._claim(f"c{index}", draft) for index, draft in enumerate(ordered)]

    # -- per sentence

    def _sentence(self, view: View, fallback: Actor | None) -> None:
        events = self._events(view, fallback)
        deal_amounts = {d.quantity.id for d in events if d.quantity is not None}
        self.drafts.extend(events)
        plan = self._plan_word(view)
        # A plan word speaks for the clauses up to its own (`… 끌어올리고, … 확대하겠다는 계획을 발표했다`).
        scope = view.clause_end_from(plan) if plan is not None else -1
        planned = [q for q in view.quantities if view.token_at(q.start) <= scope and self._measured(view, q, True)]
        if plan is not None:
            self._plans(view, plan, planned, fallback)
        for quantity in view.quantities:
            if quantity in planned or quantity.id in deal_amounts or not self._measured(view, quantity, False):
                continue
            if not self._forecast(view, quantity):
                self._metric(view, quantity, fallback)
        self._inline_quotes(view, fallback)

    def _past_clause(self, view: View, quantity: Quantity, plan_word: int) -> bool:
        """Whether the clause of a quantity is told in the past (`기록했으며`): a
        fact beside the plan, not its target."""
        start = view.token_at(quantity.end - 1) + 1
        for index in range(start, min(view.clause_end_from(start) + 1, plan_word)):
            token = view.tokens[index]
            if "EP" in token.tags and "겠" not in token.text and index not in view.named:
                return True
        return False

    def _actor_at(self, view: View, position: int, fallback: Actor | None) -> Actor | None:
        """The actor for a claim at ``position``: the one its own clause names
        (`…출시됐고, 2019년 딜리버리히어로가 … 인수했다`), else the sentence's;
        of the best-ranked phrases, the nearest before it, else the first after."""
        index = view.token_at(position)
        start = view.clause_start(index)
        end = view.tokens[view.clause_end_from(index)].end
        in_clause = [c for c in view.candidates if view.tokens[start].start <= c.position < end]
        candidates = in_clause or view.candidates
        if not candidates:
            return fallback
        best = min(c.rank for c in candidates)
        ranked = [c for c in candidates if c.rank == best]
        before = [c for c in ranked if c.position < position]
        return (before[-1] if before else ranked[0]).actor

    def _actor_from_next(self, view: View) -> Actor | None:
        following = self.views[view.index + 1] if view.index + 1 < len(self.views) else None
        if following is None or not following.candidates:
            return None
        opening = self.text[following.start : following.end]
        if not opening.startswith(ACTOR_TIES):
            return None
        return min(following.candidates, key=lambda c: (c.rank, c.position)).actor

    # -- metrics and plans

    def _measured(self, view: View, quantity: Quantity, plan: bool) -> bool:
        """Whether a quantity is a measured value that a claim can hold."""
        if quantity.value is None or view.quoted(quantity.start) or quantity.id in view.attributive:
            return False
        index = view.token_at(quantity.start)
        if view.in_round[index]:
            return False  # a gloss or a unit definition: `15PB(1페타바이트=1024TB)`
        if quantity.kind == "duration" and (
            quantity.text.endswith("간") or TIME_FRAME_AFTER.match(self.text, quantity.end)
        ):
            return False
        if quantity.unit in LIST_COUNTERS and not plan:
            after = bisect_left(view.starts, quantity.end)
            if after < len(view.tokens) and view.tokens[after].first in ("NNG", "NNP", "SL"):
                return False
        return True

    def _forecast(self, view: View, quantity: Quantity) -> bool:
        """Whether the clause of a quantity foretells it (`…에 달할 것이다`,
        `…을 투자하겠다고`) instead of measuring it."""
        tokens = view.tokens
        for index in range(bisect_left(view.starts, quantity.end), len(tokens)):
            token = tokens[index]
            if token.lemma in FORECAST_NOUNS or ("EP" in token.tags and "겠" in token.text):
                return True
            if token.adnominal_future and index + 1 < len(tokens) and tokens[index + 1].text == FORECAST_HEAD:
                return True
            if view.clause_end(index):
                return False
        return False

    def _metric(self, view: View, quantity: Quantity, fallback: Actor | None) -> None:
        subject = self._quantity_actor(view, quantity) or self._actor_at(view, quantity.start, fallback)
        if subject is None:
            return
        date, date_view = self._quantity_date(view, quantity)
        self.drafts.append(_Draft(
            "metric", quantity.start, view, subject, predicate=self._measure(view, quantity),
            quantity=quantity, date=date, sources=self._sources(view, subject, date_view),
        ))

    def _plans(self, view: View, plan_word: int, measured: list[Quantity], fallback: Actor | None) -> None:
        actor = self._actor_at(view, view.tokens[plan_word].start, fallback)
        if actor is None:
            return  # no one's plan: the author's own forecast
        company = self._company(actor, view)
        targets = []
        for quantity in measured:
            date = self._paired_date(view, quantity)
            baseline = self._past_clause(view, quantity, plan_word) or (
                date is not None and (date.qualifier == "as_of" or self._past(date))
            )
            draft = _Draft(
                "metric" if baseline else "plan", quantity.start, view, company,
                predicate=self._measure(view, quantity), quantity=quantity, date=date,
                sources=self._sources(view, actor, None),
            )
            self.drafts.append(draft)
            targets.append(draft)
        if not any(d.type == "plan" for d in targets):  # a plan without a figure
            target = next((d for d in view.dates if d.qualifier == "by" or self._future(d)), None)
            self.drafts.append(_Draft(
                "plan", view.tokens[plan_word].start, view, company, predicate=self._plan_content(view, plan_word),
                date=target, sources=self._sources(view, actor, None),
            ))

    def _plan_word(self, view: View) -> int | None:
        """The sentence's last plan word (`목표 총 거래액을 … 확대하겠다는 계획을`
        → `계획`): it closes the plan."""
        found = None
        for index, token in enumerate(view.tokens):
            if token.lemma in PLAN_WORDS and token.first == "NNG" and not view.quoted(token.start):
                found = index
        return found

    def _company(self, actor: Actor, view: View) -> Actor:
        """A plan is the company's (SPEC §6): an executive's plan goes to the
        organisation the text ties them to, else the one last named."""
        if actor.label != "PERSON":
            return actor
        organisation = self.affiliations.get(actor.name)
        if organisation is None:
            starts = [e.start for e in self.organisations]
            earlier = self.organisations[: bisect_left(starts, view.start)]
            organisation = earlier[-1].canonical if earlier else None
        return Actor(organisation, "ORG", actor.sentence) if organisation else actor

    def _past(self, date: DateRecord) -> bool:
        return self.issue_year is not None and date.value[:4].isdigit() and date.value[:4] < self.issue_year

    def _future(self, date: DateRecord) -> bool:
        return self.issue_year is not None and date.value[:4].isdigit() and date.value[:4] > self.issue_year

    def _quantity_actor(self, view: View, quantity: Quantity) -> Actor | None:
        """An actor the quantity's own clause names: `인간 참가자가 득점한 82.30점`,
        or the entity a relative clause describes: `… 10억 명에 달하는 … 위챗`."""
        tokens = view.tokens
        index = view.token_at(quantity.start)
        verb = index - 1
        if verb >= 1 and view.ending(verb) == "ETM":
            if tokens[verb].first in ("XSV", "XSA") and verb >= 2:
                verb -= 1
            particle = verb - 1
            phrase = next((p for p in view.phrases if p.particle == particle and p.role == "subject"), None)
            if phrase is not None:
                head = _head(view, phrase)
                if head is not None:
                    return _actor(head, view.index)
                words = _words(self.text, view, phrase)
                if words:
                    return Actor(words, None, view.index)
        for after in range(index, len(tokens)):
            ending = view.ending(after)
            if ending is None:
                continue
            if ending != "ETM":
                return None
            phrase = next((p for p in view.phrases if p.first > after), None)
            if phrase is None or phrase.first != after + 1:
                return None
            last = phrase.last
            while last in view.partner and view.partner[last] < last:
                last = view.partner[last] - 1
            entity = _entity_ending(view, last)
            return _actor(entity, view.index) if entity is not None and entity.start >= tokens[phrase.first].start else None
        return None

    def _quantity_date(self, view: View, quantity: Quantity) -> tuple[DateRecord | None, View | None]:
        date = self._paired_date(view, quantity)
        if date is not None:
            return date, view
        return self._tied_date(view)

    def _paired_date(self, view: View, quantity: Quantity) -> DateRecord | None:
        """The date a quantity follows in its sentence. With several dates the
        sentence lists dated values (`2016년 30억 위안, 2017년 66억 위안`): each
        date goes to the first quantity after it."""
        dates = [d for d in view.dates if not view.quoted(d.start)]
        before = [d for d in dates if d.end <= quantity.start]
        if not before:
            return None
        date = before[-1]
        if len(dates) == 1:
            return date
        following = [q for q in view.quantities if q.start >= date.end and not view.in_round[view.token_at(q.start)]]
        return date if following and following[0].id == quantity.id else None

    def _tied_date(self, view: View) -> tuple[DateRecord | None, View | None]:
        """The date of the sentence before, for a sentence without dates that
        opens by continuing it (`특히 …`)."""
        if view.dates or view.index == 0 or not self.text[view.start : view.end].startswith(DATE_TIES):
            return None, None
        previous = self.views[view.index - 1]
        dates = [d for d in previous.dates if not previous.quoted(d.start)]
        return (dates[-1], previous) if dates else (None, None)

    # -- what a quantity measures

    def _measure(self, view: View, quantity: Quantity) -> str:
        """The noun phrase a quantity measures, for ``predicate``."""
        first = view.token_at(quantity.start)
        last = view.token_at(quantity.end - 1)
        clause = view.clause_start(first)
        noun = KIND_NOUNS.get(quantity.kind)
        before = [p for p in view.phrases if p.particle < first]
        # A rank or a score is a place in some contest: `… 대회에서 1위`.
        if quantity.kind in ("rank", "score"):
            settings = [p for p in before if p.role == "adverbial" and view.tokens[p.particle].text == "에서"]
            if settings:
                return _join(_words(self.text, view, settings[-1]), noun)
        # The nouns it counts: `2800개 도시`, `1위 배달 서비스 앱`, `15PB의 데이터가 생성`.
        following = _following_nouns(view, last)
        if following is not None and not following[1]:
            return _measured_as(following[0], quantity, noun)
        in_clause = [p for p in before if p.first >= clause]
        subject = self._phrase_words(view, in_clause, ("topic", "subject", "also"))
        # The nearest topic, subject or object: `총 거래액은 350억 달러`, `메뉴 후보를 48개에서 130개로`.
        measured = self._phrase_words(view, in_clause, ("topic", "subject", "also", "object"))
        # The phrase it ends: `개발자 37만 명이`, `전 세계의 23%를`.
        holding = next((p for p in view.phrases if p.first < first <= p.last), None)
        if holding is not None:
            words = _words(self.text, view, Phrase(holding.first, first - 1, holding.particle, holding.role))
        else:
            words = _preceding_nouns(view, first)  # `매출 60조 원, …`
        if words:
            return _join(subject if quantity.kind == "percent" else None, _measured_as(words, quantity, noun))
        if following is not None:  # `수익은 … 2배 성장`
            return _join(measured or following[0], following[0] if measured else None)
        # A duration is how long something after it takes: `100밀리 초 내에 … 동선을 산출`.
        done = self._what_is_done(view, last)
        if quantity.kind == "duration" and done:
            return _join(done, noun)
        if measured:
            return _measured_as(measured, quantity, noun)
        # What a relative clause describes: `5억3000만 명에 달하는 활성 고객 수`.
        described = self._described(view, last)
        if described:
            return _measured_as(described, quantity, noun)
        # People doing what the clause says: `7800만 명이 … 이 앱에 머무른다`.
        if done:
            return _join(done, HEADCOUNT if quantity.unit in PERSON_COUNTERS else noun)
        return noun or quantity.kind

    def _phrase_words(self, view: View, phrases: list[Phrase], roles: tuple[str, ...]) -> str | None:
        """The words of the nearest phrase of one of ``roles``, without its
        entities: `중국 AI 관련 스타트업 수는` → `AI 관련 스타트업 수`."""
        for phrase in reversed(phrases):
            if phrase.role in roles:
                words = _words(self.text, view, phrase, without_entities=True)
                if words:
                    return words
        return None

    def _described(self, view: View, last: int) -> str | None:
        for index in range(last + 1, len(view.tokens)):
            ending = view.ending(index)
            if ending is None:
                continue
            if ending != "ETM":
                return None
            phrase = next((p for p in view.phrases if p.first == index + 1), None)
            return _words(self.text, view, phrase, without_entities=True) if phrase else None
        return None

    def _what_is_done(self, view: View, last: int) -> str | None:
        """The object or place after a quantity with the verb that acts on it
        (`… 배달 동선을 산출한다` → `배달 동선 산출`; `이 앱에 머무른다` → `앱에 머무르는`)."""
        tokens = view.tokens
        for phrase in view.phrases:
            if phrase.first <= last or phrase.role not in ("object", "adverbial"):
                continue
            if any(view.clause_end(i) for i in range(last + 1, phrase.first)):
                return None
            words = _words(self.text, view, phrase, without_entities=True)
            verb_noun = _verb_noun(view, phrase.particle + 1)
            if not words or verb_noun:
                return _join(words, verb_noun) or None
            verb = tokens[phrase.particle + 1] if phrase.particle + 1 < len(tokens) else None
            if verb is not None and verb.first == "VV" and verb.lemma.endswith("다"):
                return f"{words}{tokens[phrase.particle].text} {verb.lemma[:-1]}는"
            return words
        return None

    def _plan_content(self, view: View, plan_word: int) -> str | None:
        """What a plan is to do: its clause up to the verb (`… 서비스를 대형 마켓,
        교통 서비스 등에 확대` of `… 확대할 계획이다`)."""
        tokens = view.tokens
        end = plan_word - 1
        # Endings and auxiliaries glued to the verb: `극대화하겠다는` → `극대화`.
        while end > 0 and tokens[end].start == tokens[end - 1].end and tokens[end].first in _VERB_TAIL:
            end -= 1
        if end > 0 and tokens[end].first in ("XSV", "XSA") and tokens[end].start == tokens[end - 1].end:
            end -= 1
        if end > 0 and tokens[end].lemma == "하다" and tokens[end].start > tokens[end - 1].end:
            end -= 1  # `구매할 수 있도록 할 계획`: the light verb adds nothing
        start = view.clause_start(end)
        if start >= end and start > 0:
            start = view.clause_start(start - 1)  # `… 있도록`: the clause it completes
        topics = [p.particle for p in view.phrases if p.role in _RANKS and start <= p.particle < end]
        if topics:
            start = topics[-1] + 1
        dated = [(d.start, d.end) for d in view.dates]
        while start < end and (
            tokens[start].first in ("SP", "SF", "SO") or any(a <= tokens[start].start < b for a, b in dated)
        ):
            start += 1  # `2017년 5월 AI 연구 확대`: the date is the announcement's
        if start > end:
            return None
        return self.text[tokens[start].start : tokens[end].end].strip()[:MAX_PREDICATE_CHARS] or None

    # -- events

    def _events(self, view: View, fallback: Actor | None) -> list[_Draft]:
        drafts = []
        for index, token in enumerate(view.tokens):
            kind = self._event_kind(view, index)
            if kind is None or view.quoted(token.start) or self._intended(view, index):
                continue
            date, date_view = self._event_date(view, index)
            subject = self._actor_at(view, token.start, fallback)
            if date is None or subject is None:
                continue  # SPEC: an event is dated and someone's
            anchor = min(date.start, token.start) if date_view is view else token.start
            drafts.append(_Draft(
                "event", anchor, view, subject, predicate=kind, object=self._event_object(view, index, kind, subject),
                quantity=self._deal_amount(view, index) if kind in DEAL_KINDS else None, date=date,
                sources=self._sources(view, subject, date_view),
            ))
        return drafts

    def _intended(self, view: View, index: int) -> bool:
        """Whether the verb at ``index`` says what is to happen (`투자하겠다고`,
        `설립할`, `인수하기로 했다`) rather than what happened."""
        for after in range(index + 1, min(index + 4, len(view.tokens))):
            token = view.tokens[after]
            if ("EP" in token.tags and "겠" in token.text) or token.adnominal_future or token.text.startswith("기로"):
                return True
            if view.clause_end(after):
                break
        return False

    def _event_kind(self, view: View, index: int) -> EventKind | None:
        tokens = view.tokens
        token = tokens[index]
        if token.first == "VV":
            return EVENT_VERBS.get(token.lemma)
        if token.first not in ("NNG", "NNP", "SL"):
            return None
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is None:
            return None
        if following.first == "XSV":
            kind = EVENT_NOUNS.get(token.lemma)
            obj = next((p for p in view.phrases if p.particle == index - 1 and p.role == "object"), None)
            if kind == "announced" and obj is not None and tokens[obj.last].lemma in PLAN_WORDS:
                return None  # `계획을 발표했다`: the plan claims say it
            if kind is not None:
                return kind
            object_text = self.text[tokens[obj.first].start : tokens[obj.last].end] if obj else ""
            return next((k for (verb, word), k in OBJECT_EVENTS.items() if token.lemma == verb and word in object_text),
                        None)
        if token.lemma in EVENT_NOUNS and following.last == "JKO" and index + 2 < len(tokens):
            verb = tokens[index + 2]
            after = tokens[index + 3] if index + 3 < len(tokens) else None
            if verb.lemma in LIGHT_VERBS or (
                verb.lemma in LIGHT_VERB_NOUNS and after is not None and after.first == "XSV"
            ):
                return EVENT_NOUNS[token.lemma]
        return None

    def _event_date(self, view: View, index: int) -> tuple[DateRecord | None, View | None]:
        position = view.tokens[index].start
        dates = [d for d in view.dates if not view.quoted(d.start)]
        before = [d for d in dates if d.end <= position]
        if before:
            return before[-1], view
        if dates:
            return dates[0], view
        return self._tied_date(view)

    def _event_object(self, view: View, index: int, kind: EventKind, subject: Actor) -> str | None:
        """What was founded, launched, bought or invested in, or the partner."""
        tokens = view.tokens
        verb = index + 1 if index + 1 < len(tokens) and tokens[index + 1].first == "XSV" else index
        if tokens[verb].ending == "ETM":
            # `2017년 4월 출시한 아폴로`: what the relative clause describes
            phrase = next((p for p in view.phrases if p.first == verb + 1), None)
            if phrase is not None:
                named = self._named(view, phrase)
                return named if named != subject.name else None
        if kind in ("merged", "partnered"):
            subjects = [p for p in view.phrases if p.role in ("subject", "topic") and p.particle < index]
            partners = _conjuncts(view, subjects[-1]) if subjects else []
            if partners:
                return ", ".join(dict.fromkeys(e.canonical for e in partners))
        clause = view.clause_start(index)
        targets = [p for p in view.phrases if clause <= p.first and p.particle < index and p.role == "adverbial"
                   and tokens[p.particle].text in _TARGET_PARTICLES]
        obj = next((p for p in view.phrases if p.particle == index - 1 and p.role == "object"), None)
        # A deal's object is the money; what it went to is the target (`업체에 … 투자`).
        target = targets[-1] if targets else None
        phrase = (target or obj) if kind in DEAL_KINDS else (obj or target)
        return self._named(view, phrase) if phrase is not None else None

    def _named(self, view: View, phrase: Phrase) -> str | None:
        head = _head(view, phrase)
        return head.canonical if head else _words(self.text, view, phrase) or None

    def _deal_amount(self, view: View, index: int) -> Quantity | None:
        money = [q for q in view.quantities if q.kind == "money" and not view.in_round[view.token_at(q.start)]]
        position = view.tokens[index].start
        before = [q for q in money if q.end <= position]
        return before[-1] if before else (money[0] if money else None)

    # -- quotes

    def _inline_quotes(self, view: View, fallback: Actor | None) -> None:
        if view.kind == "quote":
            return
        for start, end in view.quotes:
            if not view.start <= start < view.end:
                continue
            speech = DIRECT_SPEECH_AFTER.match(self.text, end)
            nominal = NOMINAL_QUOTE_AFTER.match(self.text, end)
            if not speech and not (nominal and nominal.group(1).startswith(SPEECH_NOUNS)):
                continue  # a scare quote or a term: `“살아남았다”는 표현`
            closing = self.doc.sentence_at(end - 1)
            attribution = next((v for v in self.views[view.index :] if v.id == closing.id), view)
            speaker = self._actor_at(attribution, start, fallback)
            if speaker is None or speaker.label not in SPEAKER_LABELS:
                continue
            dates = [d for d in attribution.dates if not attribution.quoted(d.start)]
            self.drafts.append(_Draft(
                "quote", start, view, speaker, object=self.text[start + 1 : end - 1].strip(),
                date=dates[0] if dates else None, speaker=speaker.name,
                sources=tuple(sorted({view.index, attribution.index})),
            ))

    def _pull_quote(self, quote: list[View]) -> None:
        """A quotation standing alone takes its speaker, and its date, from the
        sentence after it that names who said it."""
        last = quote[-1]
        for attribution in self.views[last.index + 1 : last.index + 1 + ATTRIBUTION_WINDOW]:
            if attribution.kind in ("quote", "heading", "title", "subtitle"):
                return  # the quotation stands apart from what follows
            speakers = [
                c for c in attribution.candidates
                if c.actor.label in SPEAKER_LABELS and c.rank < _DEMONSTRATIVE_RANK
            ]
            if not speakers:
                continue
            speaker = min(speakers, key=lambda c: (c.actor.label != "PERSON", c.rank, c.position)).actor
            dates = [d for d in attribution.dates if not attribution.quoted(d.start)]
            said = self.text[quote[0].start : last.end].strip().strip("“”\"").strip()
            self.drafts.append(_Draft(
                "quote", quote[0].start, quote[0], speaker, object=said, date=dates[0] if dates else None,
                speaker=speaker.name, sources=(quote[0].index, attribution.index),
            ))
            return

    # -- records

    def _sources(self, view: View, subject: Actor, date_view: View | None) -> tuple[int, ...]:
        """The sentences a claim's evidence spans: its own, the one its date came
        from, and the one that named its actor when that is close before."""
        sources = {view.index}
        if date_view is not None:
            sources.add(date_view.index)
        if view.index - EVIDENCE_REACH <= subject.sentence < view.index:
            sources.add(subject.sentence)
        return tuple(sorted(sources))

    def _claim(self, claim_id: str, draft: _Draft) -> Claim:
        qualifiers: list[str] = []
        for record in (draft.quantity, draft.date):
            qualifier = record.qualifier if record is not None else None
            if qualifier and qualifier not in qualifiers:
                qualifiers.append(qualifier)
        start = min(self.views[i].start for i in draft.sources)
        end = max(self.views[i].end for i in draft.sources)
        return Claim(
            id=claim_id, type=draft.type, subject=draft.subject.name, predicate=draft.predicate, object=draft.object,
            quantity=draft.quantity.id if draft.quantity else None, date=draft.date.id if draft.date else None,
            qualifiers=qualifiers, speaker=draft.speaker, sentence=draft.view.id, start=start, end=end,
            evidence=self.text[start:end],
        )


# --- Words ------------------------------------------------------------------

# Words a predicate leaves out: qualifiers, rate words and date positions that
# stand next to the numbers (`2017년 7월 기준`, `약`, `연간`).
_PREDICATE_NOISE = frozenset({"기준", "약", "이상", "이하", "미만", "초과", "가량", "정도", "여", "남짓", "안팎",
                              "연간", "매년", "매일", "하루", "일평균", "연평균", "현재", "지난", "최근", "당시", "말", "까지"})
# Words between a quantity and the noun it counts (`80개 이상의 핵심 AI 알고리즘`).
_BETWEEN_QUANTITY_AND_NOUN = frozenset({"이상", "이하", "미만", "초과", "가량", "정도", "여", "의", "남짓", "안팎"})
# Nouns of place or limit after a quantity, which do not say what it measures.
_POSITION_NOUNS = frozenset({"밖", "안", "내", "이내", "전", "후", "뒤", "만", "동안", "간", "째", "사이", "새", "이후", "이전"})
# Nouns that already say "how many" or "how much": no `수` after them.
_MEASURE_NOUNS = ("수", "량", "액", "율", "률", "비중", "규모", "가격", "횟수", "건수", "점수", "순위")
# Particle forms that Kiwi sometimes leaves as a token of their own with a noun tag.
_PARTICLE_FORMS = frozenset({"을", "를", "은", "는", "이", "가", "의", "에", "도", "로", "으로", "와", "과"})
_TARGET_PARTICLES = frozenset({"에", "에게", "와", "과"})
_VERB_TAIL = frozenset({"EP", "EC", "ETM", "EF", "VX"})


def _words(text: str, view: View, phrase: Phrase, without_entities: bool = False) -> str:
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
            view.in_round[index] or token.text in _OPENERS or index in view.partner
            or token.first == "JKG" or (token.first == "MM" and token.text in DEMONSTRATIVES)
            or token.text in _PREDICATE_NOISE or _particle(token)
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


def _particle(token: Token) -> bool:
    return token.last.startswith("J") and (not token.nominal or token.text in _PARTICLE_FORMS)


def _measured_as(words: str, quantity: Quantity, noun: str | None) -> str:
    """``words`` with the noun that names the measure when they only name the
    thing counted (`도시` → `도시 수`)."""
    if quantity.kind in ("count", "rank", "score", "percent") and noun and not words.endswith(_MEASURE_NOUNS):
        return _join(words, noun)
    return words


def _following_nouns(view: View, last: int) -> tuple[str, bool] | None:
    """The nouns right after a quantity that say what it counts (`2800개 도시에서`
    → `도시`; `15PB의 데이터가 생성` → `데이터 생성`), and whether they are a verb
    noun of their own (`2배 성장하고`)."""
    tokens = view.tokens
    index = last + 1
    if index in view.partner and view.partner[index] > index:
        index = view.partner[index] + 1  # past a gloss: `15PB(1페타바이트=1024TB)의`
    while index < len(tokens) and tokens[index].text in _BETWEEN_QUANTITY_AND_NOUN:
        index += 1
    nouns: list[Token] = []
    while index < len(tokens) and tokens[index].first in ("NNG", "NNP", "SL", "XSN") and not view.in_round[index] \
            and not _particle(tokens[index]):
        if not nouns and tokens[index].text in _POSITION_NOUNS:
            return None
        nouns.append(tokens[index])
        index += 1
        if nouns[-1].last != nouns[-1].first:
            break  # a noun with its particle glued on
    if not nouns:
        return None
    if index < len(tokens) and tokens[index].first in ("XSV", "XSA") and len(nouns) == 1:
        return nouns[0].text, True
    words = nouns[0].text
    for previous, token in zip(nouns, nouns[1:]):
        words += ("" if token.start == previous.end else " ") + token.text
    return words, False


def _preceding_nouns(view: View, first: int) -> str | None:
    """The bare nouns right before a quantity that closes no phrase (`매출 60조 원,`)."""
    index = first - 1
    while index >= 0 and view.tokens[index].first == "NNG" and index not in view.named \
            and view.tokens[index].text not in _PREDICATE_NOISE | _POSITION_NOUNS:
        index -= 1
    if index == first - 1:
        return None
    return _words("", view, Phrase(index + 1, first - 1, first, "bare"))


def _verb_noun(view: View, index: int) -> str | None:
    """The verb noun at ``index`` (`산출` of `산출한다`, `다운로드` of `다운로드 받았다`)."""
    tokens = view.tokens
    if index + 1 < len(tokens) and tokens[index].first == "NNG" and (
        tokens[index + 1].first == "XSV" or tokens[index + 1].lemma in VERB_NOUN_CARRIERS
    ):
        return tokens[index].text
    return None


def _join(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)
