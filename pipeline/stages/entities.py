"""Stage ``entities``: named mentions with labels and in-document canonical names (SPEC §3).

Sources, in order of trust:
1. the gazetteer (``resources/gazetteer.tsv``): curated names, always recognised;
2. the trained spaCy ``ner`` model (``resources/ner``, built by ``make train-ner``),
   run on the morph stage's Kiwi tokens;
3. context: an unrecognised proper noun before a person's title is a PERSON.

Then, across the document: spans are trimmed to the name (no particles, suffixes
or titles), a name recognised once is recognised everywhere, every spelling of
one entity takes one label, and ``canonical`` joins spellings: parenthesised
glosses (`리옌훙(李彦宏)`), short forms introduced in parentheses (`메이퇀디엔핑(메이퇀)`)
and near-identical spellings (`알라바바` → `알리바바`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import spacy
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc

from pipeline import entity_tagger, transliteration  # entity_tagger also registers the model's component
from pipeline.document import Document, Tokens
from pipeline.resources import RESOURCES, gazetteer, kiwi, word_list
from pipeline.schema import Entity
from pipeline.stages.morph import language

# Kiwi tags that end a name rather than belong to it: particles, endings, the
# copula, noun suffixes (`중국산`, `중국인들`) and punctuation.
_NOT_NAME_TAGS = ("J", "E", "VCP", "VV", "VA", "VX", "XSN", "XSV", "XSA", "SF", "SP", "SS", "SE", "SO", "SW")
_PROPER_TAGS = ("NNP", "SL", "SH")
_HANGUL = re.compile(r"[가-힣]")
_KOREAN_NAME = re.compile(r"[가-힣]{2,4}")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_GLOSS_SPLIT = re.compile(r"\s*[,;/]\s*")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.kr|kr|cn)\b")


@dataclass
class Mention:
    start: int
    end: int
    label: str
    source: str  # gazetteer | model | context | propagated | gloss
    canonical: str | None = None
    confidence: float = 1.0  # the model's, for its own mentions (`entity_tagger.CONFIDENCE`)


@cache
def recogniser() -> EntityRecognizer:
    """The trained entity tagger, sharing the morph stage's vocabulary."""
    model = spacy.load(RESOURCES / "ner", vocab=language().vocab)
    return model.get_pipe("ner")


@cache
def _gazetteer_entries() -> dict[str, tuple[str, str]]:
    """Gazetteer name → (label, canonical)."""
    return {name: (label, canonical) for name, label, canonical in gazetteer()}


@cache
def _gazetteer_shape() -> tuple[int, frozenset[str]]:
    """The length of the longest gazetteer name, and the characters names begin with."""
    names = _gazetteer_entries()
    return max(map(len, names), default=0), frozenset(name[0] for name in names)


@cache
def _gazetteer_places() -> frozenset[str]:
    return frozenset(name for name, label, _ in gazetteer() if label == "LOCATION")


@cache
def _not_entities() -> frozenset[str]:
    return frozenset(word_list("not_entities"))


@cache
def _titles() -> frozenset[str]:
    return frozenset(word_list("job_titles"))


class _Tokens:
    """The morph stage's tokens, with lookups by character offset."""

    def __init__(self, table: Tokens, text: str) -> None:
        self.words, self.tags, self.starts, self.space_after = table.text, table.tag, table.start, table.space_after
        self.text = text
        self.ends = [start + len(word) for word, start in zip(table.text, table.start)]
        self.at_start, self.at_end = {}, {}
        for index, (tag, start, end) in enumerate(zip(table.tag, table.start, self.ends)):
            if tag != "_SP":
                self.at_start[start] = index
                self.at_end[end] = index

    def __len__(self) -> int:
        return len(self.words)

    def end(self, index: int) -> int:
        return self.ends[index]

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
        return len(tags) > 1 or tags[0].split("+")[0] in _PROPER_TAGS

    def trim(self, mention: Mention) -> Mention | None:
        """``mention`` without particles, suffixes, punctuation or (for people) titles at its edges."""
        bounds = self.span(mention.start, mention.end)
        if bounds is None:
            return mention
        first, last = bounds
        while first <= last and self._edge(first, mention.label):
            first += 1
        while last >= first and self._edge(last, mention.label):
            last -= 1
        generic = _not_entities()
        while last > first and self.words[last] in generic:
            last -= 1
        if first > last:
            return None
        start, end = self.starts[first], self.end(last)
        text = self.text[start:end]
        if text.count("(") != text.count(")"):  # `마윈(马云`: the name stops at the bracket
            end = start + len(text.split("(")[0].rstrip())
            if end <= start:
                return None
        words = text.split(" ")
        if mention.label == "PERSON" and len(words) > 1 and _KOREAN_NAME.fullmatch(words[0]) and any(
            _LATIN_OR_DIGIT.search(word) for word in words[1:]
        ):
            end = start + len(words[0])  # `김병국 9K리서치`: a Korean name is one word
        return replace(mention, start=start, end=end)

    def _edge(self, index: int, label: str) -> bool:
        head = self.tags[index].split("+")[0]
        return head.startswith(_NOT_NAME_TAGS) or (label == "PERSON" and self.words[index] in _titles())


def _covered(mentions: list[Mention]) -> set[int]:
    """The character positions the mentions cover."""
    return {i for m in mentions for i in range(m.start, m.end)}


def _extends(text: str, longer: Mention, shorter: Mention) -> bool:
    """Whether ``longer`` is a longer name around ``shorter``: one of another kind that begins
    with it (`바이두 브레인`, `바이두 월드 콘퍼런스` around `바이두`), or one word glued to it
    (`CJ그룹`, `부산KT` around `CJ`, `KT`)."""
    if not (longer.start <= shorter.start and shorter.end <= longer.end) or longer.end - longer.start <= shorter.end - shorter.start:
        return False
    if shorter.end - shorter.start == 1:
        return False  # a country's abbreviation (`북` of `방북단`) names the country alone
    other_kind = longer.start == shorter.start and longer.label != shorter.label
    glued = " " not in text[longer.start : longer.end]
    suffixed = longer.start == shorter.start and text[shorter.end : longer.end] in _NAME_SUFFIXES
    return (other_kind or glued) and not suffixed


# One-syllable suffixes that make a word of a name without being part of it: `중국인`,
# `한국산`, `미국측`, `서울행`, `중국어` (SPEC §3: the span is the name).
_NAME_SUFFIXES = frozenset({"인", "산", "측", "행", "어", "계", "식", "풍", "발", "향", "판", "들"})


def _merge(text: str, trusted: list[Mention], others: list[Mention]) -> list[Mention]:
    """``trusted`` mentions, plus those of ``others`` that overlap none of them or extend one."""
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
            if len(clashes) > 1 or not _extends(text, mention, accepted[clashes[0]]):
                continue
            del accepted[clashes[0]], starts[clashes[0]]
        position = bisect_left(starts, mention.start)
        accepted.insert(position, mention)
        starts.insert(position, mention.start)
        longest = max(longest, mention.end - mention.start)
    return accepted


# Korean administrative units: provinces, cities, districts …, and short village names
# (`양남면`, `대화리`; a long word ending in 리 is rather `테크노밸리`).
_ADMINISTRATIVE_SUFFIX = re.compile(r"[가-힣]{1,6}[시도구군주성현]|[가-힣]{1,3}[동읍면리]")


def _split_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """Nested place names are separate mentions (SPEC §8): `경북 경주시 양남면` → three."""
    places = _gazetteer_places()
    result = []
    for mention in mentions:
        name = text[mention.start : mention.end]
        if mention.label != "LOCATION" or " " not in name:
            result.append(mention)
            continue
        parts: list[list[int]] = []
        for word in re.finditer(r"\S+", name):
            if parts and len(word.group()) == 1:  # `미시간 주`: a lone suffix belongs to its name
                parts[-1][1] = word.end()
            else:
                parts.append([word.start(), word.end()])
        words = [name[s:e] for s, e in parts]
        if len(words) > 1 and all(w in places or _ADMINISTRATIVE_SUFFIX.fullmatch(w) for w in words):
            result.extend(Mention(mention.start + s, mention.start + e, "LOCATION", mention.source) for s, e in parts)
        else:
            result.append(mention)
    return result


# One-syllable country abbreviations name each country, glued into one word (`한미`,
# `미중`, `한중일`, `남북`) or joined by `·` or `/` (`한·미`, `중/한`), with the
# country's full name as canonical.
_COUNTRY_ABBREVIATIONS = {"한": "한국", "미": "미국", "중": "중국", "일": "일본", "북": "북한", "남": "한국", "러": "러시아"}
_ABBREVIATED_PAIRS = re.compile(r"(?:[한미중일북러]{2,3}|남북|북남)")
_JOINED_ABBREVIATIONS = re.compile(r"(?<![가-힣])[한미중일북남러](?:[·ㆍ/][한미중일북남러])+")
# Words that begin with a prefix and an abbreviation (`대북` toward North Korea, `방한` a
# visit to Korea, `주미` in the US) or with an abbreviation and a suffix (`북측`, `북핵`,
# `미군`): the abbreviation is the place. Left out where the word means something else
# as often: `대미` (finale), `대중` (the public), `주일` (Sunday), `반일` (half a day),
# `재미` (fun), `방한복` (winter clothes).
_PREFIXED_ABBREVIATION = re.compile(
    r"(?<![가-힣])(?:대(?=[북남일])|친(?=[북남일미중])|반(?=[북미중])|방(?!한[복용화])|주(?=[한미])|내(?=한))"
    r"(?P<prefixed>[한미중일북남])|(?<![가-힣])(?P<suffixed>[북남미중])(?=측|핵|군)"
)


def _country_abbreviations(tokens: _Tokens) -> list[Mention]:
    """`한미 정상회담`, `미중 무역분쟁`, `남북정상회담`, `한·미 FTA`, `대북 제재`, `북측`: one
    LOCATION an abbreviation. Glued ones count where Kiwi reads the word's first proper
    nouns as them; a place name of that shape is the place (`북미`, `남미`: the Americas)."""
    text = tokens.text
    places = _gazetteer_places()
    positions = [position for match in _JOINED_ABBREVIATIONS.finditer(text) for position in range(match.start(), match.end(), 2)]
    positions += [match.start(match.lastgroup) for match in _PREFIXED_ABBREVIATION.finditer(text)]
    found = [Mention(p, p + 1, "LOCATION", "gazetteer", _COUNTRY_ABBREVIATIONS[text[p]]) for p in positions]
    words, tags, count = tokens.words, tokens.tags, len(tokens)
    for index in range(count):
        start = tokens.starts[index]
        if tags[index] != "NNP" or words[index][0] not in _COUNTRY_ABBREVIATIONS or start and _HANGUL.match(text, start - 1):
            continue
        last = index
        while last + 1 < count and not tokens.space_after[last] and tags[last + 1] == "NNP" and last - index < 2:
            last += 1
        word = text[start : tokens.end(last)]
        if _ABBREVIATED_PAIRS.fullmatch(word) and len(set(word)) == len(word) and word not in places:
            found.extend(Mention(start + i, start + i + 1, "LOCATION", "gazetteer", _COUNTRY_ABBREVIATIONS[c])
                         for i, c in enumerate(word))
    return found  # a table of names, trusted as the gazetteer is


def _gazetteer_mentions(text: str, tokens: _Tokens) -> list[Mention]:
    """The longest gazetteer name starting at each token, where it ends on a token and reads
    as a name; the next search starts after it."""
    entries = _gazetteer_entries()
    longest, first_characters = _gazetteer_shape()
    starts, ends, count = tokens.starts, tokens.ends, len(tokens)
    found = []
    index = 0
    while index < count:
        start = starts[index]
        match = None
        if text[start] not in first_characters:
            index += 1
            continue
        for last in range(index, count):
            end = ends[last]
            if end - start > longest:
                break
            if text[start:end] in entries and tokens.is_name(start, end):
                match = (last, end)
        if match is None:
            index += 1
            continue
        label, canonical = entries[text[start : match[1]]]
        found.append(Mention(start, match[1], label, "gazetteer", canonical))
        index = match[0] + 1
    return found


@cache
def _label_cues() -> tuple[dict[str, str], dict[str, str]]:
    """Korean endings and Latin last words that say what a name names (`…연구소`, `… Lab`)."""
    korean, latin = {}, {}
    for line in word_list("label_cues"):
        ending, label = line.split("\t")
        (korean if _HANGUL.search(ending) else latin)[ending.casefold()] = label
    return korean, latin


def _cued_label(name: str, label: str) -> str:
    korean, latin = _label_cues()
    last = name.rsplit(" ", 1)[-1]
    if (cue := latin.get(last.casefold())) is not None:
        return cue
    # A one-word name is not its own ending (`연구소` alone names nothing); a last word is.
    longest = min(len(last) if " " in name else len(last) - 1, 5)
    for length in range(longest, 0, -1):
        if (cue := korean.get(last[-length:])) is not None:
            return cue
    return label


def _model_mentions(spacy_doc: Doc, tokens: _Tokens) -> list[Mention]:
    recogniser()(spacy_doc)
    entities = spacy_doc.spans[entity_tagger.CONFIDENCE]
    found = []
    for entity, confidence in zip(entities, entities.attrs["scores"]):
        trimmed = tokens.trim(Mention(entity.start_char, entity.end_char, entity.label_, "model", confidence=confidence))
        if trimmed is not None:
            found.append(trimmed)
    return found


_MODEL_NUMBER = re.compile(r" [A-Z0-9]{1,3}(?![\w.])")


def _complete(tokens: _Tokens, mention: Mention) -> None:
    """Extend a name the model cut short: to the start of its word, Latin letters and digits
    (`9K리서치`) or Hangul (`경남경찰청`: a Korean compound is one word), to the `+` signs
    after it (`Face++`), a model letter after a product (`레이븐 H`), and the rest of its
    word when that ends in a label cue (`광화` in `광화관리학원`); a place glued to a
    nationality suffix is cut to the place (`중국인`)."""
    text = tokens.text
    while mention.start > 0 and text[mention.start - 1].isascii() and text[mention.start - 1].isalnum() and (
        text[mention.start].isascii() and text[mention.start].isalnum()
    ):
        mention.start -= 1
    while mention.start > 0 and _HANGUL.match(text, mention.start - 1) and _HANGUL.match(text, mention.start):
        mention.start -= 1
    while text.startswith("+", mention.end):
        mention.end += 1
    while mention.end - mention.start > 1 and text[mention.end - 1] in "/·-":
        mention.end -= 1
    name = text[mention.start : mention.end]
    if name[-1:] in _NAME_SUFFIXES and (entry := _gazetteer_entries().get(name[:-1])) is not None:
        mention.end, mention.label = mention.end - 1, entry[0]  # `중국인` → `중국`
    elif mention.label in ("ORG", "LOCATION") and (title := _glued_title(name)):
        mention.end -= len(title)
    if mention.label == "PRODUCT" and (number := _MODEL_NUMBER.match(text, mention.end)):
        mention.end = number.end()
    following = tokens.at_start.get(mention.end)
    if following is None or not _HANGUL.match(text, mention.end):
        return
    last = following
    while last + 1 < len(tokens) and not tokens.space_after[last] and tokens.tags[last + 1] in ("NNG", "NNP"):
        last += 1
    if tokens.tags[following] in ("NNG", "NNP") and (cue := _cued_label(text[mention.start : tokens.end(last)], "")):
        mention.end, mention.label = tokens.end(last), cue


def _context_mentions(tokens: _Tokens, taken: list[Mention]) -> list[Mention]:
    """A proper noun directly before a person's title (`… 마화텅(马化腾) 회장`) is a PERSON."""
    covered = _covered(taken)
    titles = _titles()
    found = []
    for index, tag in enumerate(tokens.tags):
        word = tokens.words[index]
        if tag != "NNP" or not 2 <= len(word) <= 4 or tokens.starts[index] in covered or not _HANGUL.match(word):
            continue
        following = _past_gloss(tokens, index + 1)
        if following < len(tokens) and tokens.words[following] in titles:
            found.append(Mention(tokens.starts[index], tokens.end(index), "PERSON", "context"))
    return found


_OPENING_QUOTES = frozenset("‘“'\"「『《")
_CLOSING_QUOTES = frozenset("’”'\"」』》")
_HANJA_GLOSS = re.compile(r"\(([\u4e00-\u9fff]{2,})\)")
_KOREAN_WORD = re.compile(r"[가-힣]{2,}")


@cache
def _apposition_cues() -> dict[str, str]:
    return dict(line.split("\t") for line in word_list("apposition_cues"))


def _past_gloss(tokens: _Tokens, index: int) -> int:
    """The index after a parenthesised gloss starting at ``index`` (or ``index`` itself)."""
    if index < len(tokens) and tokens.words[index] == "(":
        for following in range(index + 1, min(index + 12, len(tokens))):
            if tokens.words[following] == ")":
                return following + 1
    return index


def _cue(tokens: _Tokens, first: int, last: int) -> str | None:
    """The label the common noun ``first..last`` gives a name beside it; Kiwi splits compounds
    (`피팅룸` → `피팅` `룸`), so the whole word counts, and its last noun (`하드웨어기업`)."""
    cues = _apposition_cues()
    if not all(tag == "NNG" for tag in tokens.tags[first : last + 1]):
        return None
    return cues.get("".join(tokens.words[first : last + 1])) or cues.get(tokens.words[last])


def _cue_before(tokens: _Tokens, first: int) -> str | None:
    """The label a common noun right before a name gives it: `기업 두야`, `플랫폼인 아폴로`,
    `프로그램 ‘샤오청쉬’`; or a verb's modifying form: `스탠퍼드대가 주최한 SQuAD`."""
    last = first - 1
    if last >= 0 and tokens.words[last] in _OPENING_QUOTES:
        last -= 1
    if last >= 0 and tokens.words[last] == "인" and tokens.tags[last].startswith("VCP"):
        last -= 1
    elif last >= 0 and tokens.tags[last].endswith("ETM") and tokens.space_after[last]:
        word_start = tokens.text.rfind(" ", 0, tokens.starts[last]) + 1
        return _apposition_cues().get(tokens.text[word_start : tokens.end(last)])
    if last < 0:
        return None
    start = last
    while start > 0 and not tokens.space_after[start - 1] and tokens.tags[start - 1] == "NNG":
        start -= 1
    return _cue(tokens, start, last)


def _past_naming(tokens: _Tokens, index: int) -> int:
    """The index after `(이)라는` ('called') at ``index`` (or ``index`` itself): Kiwi reads it as
    one token or as `이` + `라는`."""
    if tokens.words[index : index + 1] in (["라는"], ["이라는"]):
        return index + 1
    if tokens.words[index : index + 2] == ["이", "라는"]:
        return index + 2
    return index


# `X와 유사한 서비스`: what a name is likened to is a thing of the same kind.
_LIKE = re.compile(r"(?:와|과) ?(?:유사|비슷)")


def _cue_after(tokens: _Tokens, last: int) -> str | None:
    """The label the noun after `(이)라는`, `같은` or `와 유사한` gives a name: `‘Robotics X’라는
    연구소`, `… 배송 로봇`, `알리샤오미 같은 서비스`, `카카오플러스와 유사한 미니 프로그램`."""
    index = _past_gloss(tokens, last + 1)
    if index < len(tokens) and tokens.words[index] in _CLOSING_QUOTES:
        index += 1
    if (named := _past_naming(tokens, index)) > index:
        index = named
    elif tokens.words[index : index + 2] == ["같", "은"]:
        index += 2
    elif index < len(tokens) and tokens.tags[index] in ("JKB", "JC") and _LIKE.match(tokens.text, tokens.starts[index]):
        index += 1
        while index < len(tokens) and not tokens.tags[index].endswith("ETM"):
            index += 1
        index += 1
    else:
        return None
    last = index - 1
    while last + 1 < min(index + 4, len(tokens)) and tokens.tags[last + 1] in ("NNG", "NNP"):
        last += 1
    if last < index:
        return None
    start = last
    while start > index and not tokens.space_after[start - 1]:
        start -= 1
    return _cue(tokens, start, last)


def _apposition(tokens: _Tokens, mentions: list[Mention]) -> list[Mention]:
    """Names a common noun beside them classifies: the label of mentions found otherwise
    (not from the gazetteer) is set by the cue, and quoted names or proper-noun runs with a
    cue are added."""
    for mention in mentions:
        bounds = tokens.span(mention.start, mention.end)
        if bounds is None or mention.source == "gazetteer":
            continue
        cue = _cue_before(tokens, bounds[0]) or _cue_after(tokens, bounds[1])
        if cue is not None:
            mention.label, mention.source = cue, "apposition"
    covered = _covered(mentions)
    found = []
    for first, last in _name_candidates(tokens):
        start, end = tokens.starts[first], tokens.end(last)
        if covered.isdisjoint(range(start, end)):
            cue = _cue_before(tokens, first) or _cue_after(tokens, last)
            if cue is not None:
                found.append(Mention(start, end, cue, "apposition"))
    return found + _quoted_titles(tokens)


def _quoted_titles(tokens: _Tokens) -> list[Mention]:
    """A quotation of any words that `(이)라는` and a cue name (`‘AI 2.0 시대를 준비하는
    디디’라는 포럼`) is the title of that thing."""
    found = []
    for index, word in enumerate(tokens.words):
        if word not in _OPENING_QUOTES:
            continue
        closing = next((i for i in range(index + 2, min(index + 16, len(tokens))) if tokens.words[i] in _CLOSING_QUOTES), None)
        if closing is None or _past_naming(tokens, closing + 1) == closing + 1:
            continue
        if (cue := _cue_after(tokens, closing - 1)) is not None:
            found.append(Mention(tokens.starts[index + 1], tokens.end(closing - 1), cue, "apposition"))
    return found


_NAME_PART_TAGS = frozenset({"NNP", "NNG", "SL", "SH", "SN", "NR", "XSN"})


def _name_candidates(tokens: _Tokens) -> list[tuple[int, int]]:
    """Token ranges that may be a name: the words of a short quotation (up to a gloss), and
    runs of proper-noun and foreign-word tokens."""
    words, tags = tokens.words, tokens.tags
    candidates = []
    index = 0
    while index < len(tokens):
        if words[index] in _OPENING_QUOTES:
            last = index + 1
            while last < len(tokens) and last - index <= 6 and tags[last] in _NAME_PART_TAGS:
                last += 1
            if last > index + 1 and _past_gloss(tokens, last) < len(tokens) and words[_past_gloss(tokens, last)] in _CLOSING_QUOTES:
                candidates.append((index + 1, last - 1))
                index = last
                continue
        elif tags[index] in _PROPER_TAGS:
            last = index
            while last + 1 < len(tokens) and tags[last + 1] in _PROPER_TAGS:
                last += 1
            candidates.append((index, last))
            index = last
        index += 1
    return candidates


def _hanja_glossed(tokens: _Tokens, mentions: list[Mention]) -> list[Mention]:
    """A Korean word glossed in Chinese characters (`두야(渡鸦)`, `홍타이기금(洪泰基金)`) is a
    transliterated name. Its label comes from its ending, a noun beside it or a title after it;
    failing those, a word of up to three syllables is a person's name, a longer one an ORG."""
    text = tokens.text
    covered = _covered(mentions)
    titles = _titles()
    found = []
    for gloss in _HANJA_GLOSS.finditer(text):
        end = start = gloss.start()
        while start > 0 and not text[start - 1].isspace() and text[start - 1] != "(" and text[start - 1] not in _OPENING_QUOTES:
            start -= 1
        word = text[start:end]
        first, last = tokens.at_start.get(start), tokens.at_end.get(end)
        if first is None or last is None or not _KOREAN_WORD.fullmatch(word) or not covered.isdisjoint(range(start, end)):
            continue
        after = _past_gloss(tokens, last + 1)
        label = (
            _cued_label(word, "")
            or _cue_before(tokens, first)
            or _cue_after(tokens, last)
            or ("PERSON" if after < len(tokens) and tokens.words[after] in titles else "")
            or ("PERSON" if len(word) <= 3 else "ORG")
        )
        found.append(Mention(start, end, label, "hanja"))
    return found


def _glosses(text: str, mentions: list[Mention], tokens: _Tokens) -> tuple[list[Mention], dict[str, str]]:
    """Mentions in parentheses right after a name: glosses (`(李彦宏)`, `(Baidu)`) and short forms
    (`메이퇀디엔핑(메이퇀)`). Returns the added mentions and short form → full name."""
    added: list[Mention] = []
    short_forms: dict[str, str] = {}
    labelled = {(m.start, m.end): m for m in mentions if m.source in ("cue", "apposition")}
    for mention in list(mentions):
        if not text.startswith("(", mention.end):
            continue
        close = text.find(")", mention.end + 1)
        if close < 0:
            continue
        inside_start = mention.end + 1
        while inside_start < close and text[inside_start] in "( ":
            inside_start += 1
        inside = text[inside_start:close]
        name = text[mention.start : mention.end]
        canonical = mention.canonical or name
        if _HANGUL.search(inside):
            if inside in name and inside != name and inside_start in tokens.at_start:
                short_forms[inside] = canonical
                added.append(Mention(inside_start, close, mention.label, "gloss", canonical))
            continue
        position = inside_start
        for part in _GLOSS_SPLIT.split(inside):
            part_start = text.find(part, position, close)
            position = part_start + len(part)
            if not part or part_start < 0 or not re.search(r"[A-Za-z\u4e00-\u9fff]", part):
                continue
            if (own := labelled.get((part_start, part_start + len(part)))) is not None:
                own.canonical = canonical  # `WXG(Weixin Group)`: its last word says what both name
                continue
            added.append(Mention(part_start, part_start + len(part), mention.label, "gloss", canonical))
    return added, short_forms


# Sources whose names are names wherever they recur, even where Kiwi reads a common noun.
_EVIDENCED = frozenset({"gazetteer", "hanja", "apposition", "context", "cue", "gloss"})


def _propagate(text: str, mentions: list[Mention], tokens: _Tokens) -> list[Mention]:
    """Other occurrences of a recognised name, wherever they stand as a name, also where a
    shorter mention lies inside (`바이두 브레인` over `바이두`)."""
    generic = _not_entities()
    names: dict[str, Mention] = {}
    for m in mentions:  # a name's evidence is its best-evidenced mention's
        name = text[m.start : m.end]
        if m.end - m.start >= 2 and name not in generic and (name not in names or m.source in _EVIDENCED):
            names[name] = m
    if not names:
        return []
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    starts = {m.start: m for m in mentions}
    ends = {m.end for m in mentions}
    covered = bytearray(len(text))
    for mention in mentions:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if (existing := starts.get(start)) is not None and existing.end == end:
            continue
        inside = any(covered[start:end])
        if inside and (start > 0 and covered[start - 1] and start not in starts or end < len(text) and covered[end] and end not in ends):
            continue  # it would cut a mention around it
        source = names[match.group()]
        bounds = tokens.span(start, end)
        misread = bounds is None or any(tag.startswith(("V", "E", "J")) for tag in tokens.tags[bounds[0] : bounds[1] + 1])
        if misread:
            # Kiwi cuts the word elsewhere (`디디다처는` read as a verb): a name of three or more
            # characters still counts as a whole word followed by nothing but a particle.
            if not (end - start >= 3 and _stands_as_a_word(text, start, end)):
                continue
        elif not (tokens.is_name(start, end) or source.source in _EVIDENCED):
            continue
        found.append(Mention(start, end, source.label, "propagated", source.canonical))
    return found


def _owned_short_forms(tokens: _Tokens, mentions: list[Mention]) -> list[Mention]:
    """A name that begins with its owner's name (`바이두 브레인`, `바이두 스마트 클라우드`) is
    named by the rest alone after it (`브레인을 통해`), where that rest begins a phrase:
    no noun comes before it (`스마트 클라우드` in `AI 스마트 클라우드` is not the name)."""
    text = tokens.text
    organisations = {text[m.start : m.end] for m in mentions if m.label == "ORG"}
    generic, korean_cues = _not_entities(), _label_cues()[0]
    covered = _covered(mentions)
    found = []
    rests: dict[str, Mention] = {}
    for mention in mentions:
        owner, _, rest = text[mention.start : mention.end].partition(" ")
        if mention.label in ("PRODUCT", "EVENT") and owner in organisations and len(rest) >= 2 and (
            rest not in generic and rest not in korean_cues
        ):
            rests.setdefault(rest, mention)
    for rest, mention in rests.items():
        for match in re.finditer(re.escape(rest), text[mention.end :]):
            start, end = mention.end + match.start(), mention.end + match.end()
            if covered.isdisjoint(range(start, end)) and _stands_as_a_word(text, start, end) and _begins_phrase(tokens, start):
                found.append(Mention(start, end, mention.label, "propagated", mention.canonical or text[mention.start : mention.end]))
                covered.update(range(start, end))
    return found


def _begins_phrase(tokens: _Tokens, start: int) -> bool:
    """Whether no noun (or number, or foreign word) comes right before ``start``."""
    index = tokens.at_start.get(start)
    if index is None:
        return False
    previous = index - 1
    while previous >= 0 and tokens.tags[previous] == "_SP":
        previous -= 1
    return previous < 0 or not tokens.tags[previous].startswith(("NN", "SL", "SN", "SH", "XSN", "MM"))


def _misspelt(text: str, mentions: list[Mention]) -> list[Mention]:
    """Words spelt like a recognised name of four or more syllables but for one vowel
    (`위쳇페이` for `위챗페이`, `알라바바` for `알리바바`), standing as a word, are that name."""
    names: dict[tuple[tuple[int, int], ...], Mention] = {}
    for mention in mentions:
        name = text[mention.start : mention.end]
        if len(name) >= 4 and _KOREAN_WORD.fullmatch(name):
            names.setdefault(_consonant_frame(name), mention)
    if not names:
        return []
    lengths = {len(frame) for frame in names}
    first_syllables = {frame[0] for frame in names}
    covered = _covered(mentions)
    found = []
    for word in re.finditer(r"(?<![가-힣])[가-힣]{4,}", text):
        start = word.start()
        if _consonant_frame(text[start])[0] not in first_syllables or start in covered:
            continue
        for length in lengths:
            end = start + length
            source = names.get(_consonant_frame(text[start:end])) if end <= word.end() else None
            if source is None or not _stands_as_a_word(text, start, end):
                continue
            spelling = text[source.start : source.end]
            if sum(a != b for a, b in zip(spelling, text[start:end])) == 1:
                found.append(Mention(start, end, source.label, "propagated", source.canonical or spelling))
    return found


def _consonant_frame(word: str) -> tuple[tuple[int, int], ...]:
    """Each syllable's initial and final consonant: the spelling without its vowels."""
    return tuple((initial, final) for initial, _, final in map(transliteration.syllable_parts, word))


_PARTICLE_AFTER_NAME = re.compile(
    r"(?:(?:에서|에게|에|으로|로|까지|부터)(?:는|도|만|의)?|은|는|이|가|을|를|의|와|과|도|만|처럼|보다|이다|였다|다)?"
    r"(?=[\s.,;:!?()’”'\"]|$)"
)


def _stands_as_a_word(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` begins a word and only a particle follows it in that word
    (`디디다처는`, `바이두가`), where Kiwi's tokens cut the word differently."""
    before = text[start - 1] if start else " "
    return (before.isspace() or before in "(‘“'\"") and _PARTICLE_AFTER_NAME.match(text, end) is not None


def _one_syllable_apart(a: str, b: str) -> bool:
    """`알라바바` and `알리바바`; not `IEG` and `TEG`, where one letter makes another acronym."""
    if len(a) != len(b) or len(a) < 3:
        return False
    differences = [(x, y) for x, y in zip(a, b) if x != y]
    return len(differences) == 1 and all(_HANGUL.match(c) for c in differences[0])


def _canonicals(text: str, mentions: list[Mention], short_forms: dict[str, str]) -> None:
    """Fill ``canonical``: gloss and short-form links first, then spellings in Latin that
    sound like one in Hangul, then near-identical spellings."""
    for mention in mentions:
        name = text[mention.start : mention.end]
        if mention.canonical in (None, name):  # the article's own `…(short form)` beats a default
            mention.canonical = short_forms.get(name, name)
    _cross_script(mentions)
    counts = Counter(m.canonical for m in mentions)
    by_length: dict[int, list[str]] = defaultdict(list)
    for spelling, _ in counts.most_common():
        by_length[len(spelling)].append(spelling)
    known = {name for name, _, _ in gazetteer()}
    for mention in mentions:
        spelling = mention.canonical
        if spelling in known:
            continue
        for other in by_length[len(spelling)]:
            if counts[other] > counts[spelling] and _one_syllable_apart(spelling, other):
                mention.canonical = other
                break


def _cross_script(mentions: list[Mention]) -> None:
    """A name written in Latin only, linked to nothing, that sounds like exactly one Hangul
    name of the article takes that name's canonical (`9Kresearch` → `9K리서치`)."""
    hangul = {m.canonical for m in mentions if _HANGUL.search(m.canonical)}
    latin = {m.canonical for m in mentions if re.search(r"[A-Za-z]", m.canonical) and not _HANGUL.search(m.canonical)}
    links = {}
    for spelling in latin:
        alike = [name for name in hangul if transliteration.sound_alike(spelling, name)]
        if len(alike) == 1:
            links[spelling] = alike[0]
    for mention in mentions:
        mention.canonical = links.get(mention.canonical, mention.canonical)


# How much a mention's label counts towards its entity's label: a noun beside the name
# or its own last word states what it is, more surely than a curated list of mostly
# unambiguous names, and that more surely than the model.
_VOTES = {"apposition": 5, "cue": 5, "gazetteer": 2}


def _cue_labels(text: str, mentions: list[Mention]) -> None:
    """A model mention whose last word says what it names (`Weixin Group`, `…연구소`) takes
    that label, and it counts in the entity's vote as a noun beside it would: the acronym
    `WXG` is the ORG its expansion names, whatever the model made of `WXG`."""
    for mention in mentions:
        if mention.source == "model" and (label := _cued_label(text[mention.start : mention.end], "")):
            mention.label, mention.source = label, "cue"


def _consistent_labels(mentions: list[Mention]) -> None:
    """One entity, one label: the label most of its mentions have (gazetteer labels win ties)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for mention in mentions:
        votes[mention.canonical][mention.label] += _VOTES.get(mention.source, 1)
    for mention in mentions:
        mention.label = votes[mention.canonical].most_common(1)[0][0]


_APP = re.compile(r" (?:앱|애플리케이션|어플)")


def _apps(text: str, mentions: list[Mention]) -> None:
    """A name right before the word `앱` names the app, whatever its other mentions name:
    `진르터우탸오 앱을 다운로드` is the PRODUCT, where `진르터우탸오는 …` was the company."""
    for mention in mentions:
        if (app := _APP.match(text, mention.end)) and _PARTICLE_AFTER_NAME.match(text, app.end()):
            mention.label = "PRODUCT"


# Last syllables of organisation names a title `장` may follow: `경찰청장` is the head of
# `경찰청`, `국정원장` of `국정원`.
_OFFICE_ENDINGS = frozenset("청원부처회단국소위실대원")


def _glued_title(name: str) -> str:
    """The job title glued to the end of an organisation or place name (`경찰청장` → `장`,
    `서울시장` → `시장`, `제주지사` → `지사`), or ``""``."""
    if " " in name[-4:]:
        return ""
    if name.endswith("장") and len(name) >= 3 and name[-2] in _OFFICE_ENDINGS:
        return "장"
    titles = _korean_titles_longest_first()
    if not name.endswith(titles):
        return ""
    return next((title for title in titles if name.endswith(title) and len(name) - len(title) >= 2), "")


@cache
def _korean_titles_longest_first() -> tuple[str, ...]:
    return tuple(sorted((t for t in _titles() if len(t) >= 2 and _HANGUL.match(t)), key=len, reverse=True))


def _longer_names(tokens: _Tokens, mentions: list[Mention]) -> list[Mention]:
    """Names that begin with another name: a name followed by up to three nouns the last of
    which names an event (`바이두 월드 콘퍼런스`) is that EVENT, and a quoted name followed by
    common nouns only (`‘바이두 스마트 클라우드’`) is one name, a PRODUCT unless a cue says
    otherwise; a Latin name, by Latin words only."""
    text = tokens.text
    korean_cues = _label_cues()[0]
    found = []
    for mention in mentions:
        last = tokens.at_end.get(mention.end)
        if last is None or tokens.at_start.get(mention.start) is None:
            continue
        index, end = last + 1, None
        if mention.label not in ("ORG", "PRODUCT"):
            index = len(tokens)  # a place before an event is a place of its own (`항저우 윈치대회`)
        for _ in range(3):
            if index >= len(tokens) or not tokens.space_after[index - 1]:
                break
            stop = index
            while stop < len(tokens) and tokens.tags[stop] in ("NNG", "NNP", "SL", "SN") and (
                stop == index or not tokens.space_after[stop - 1]
            ):
                stop += 1
            if stop == index:
                break
            word = text[tokens.starts[index] : tokens.end(stop - 1)]
            if any(korean_cues.get(word[-length:]) == "EVENT" for length in range(1, min(len(word), 5) + 1)):
                end = tokens.end(stop - 1)
                break
            if stop < len(tokens) and not tokens.space_after[stop - 1]:
                break
            index = stop
        if end is not None:
            found.append(Mention(mention.start, end, "EVENT", "cue"))
            continue
        first = tokens.at_start[mention.start]
        if first == 0 or tokens.words[first - 1] not in _OPENING_QUOTES:
            continue
        # A Latin name goes on in Latin only: `‘Alibaba DAMO Academy 구축’` is building it.
        parts = ("SL", "SN") if not _HANGUL.search(text, mention.start, mention.end) else ("NNG", "NNP", "SL", "SN")
        while last + 1 < len(tokens) and tokens.tags[last + 1] in parts:
            last += 1
        if last + 1 < len(tokens) and tokens.words[last + 1] in _CLOSING_QUOTES and tokens.end(last) > mention.end:
            name = text[mention.start : tokens.end(last)]
            found.append(Mention(mention.start, tokens.end(last), _cued_label(name, "PRODUCT"), "cue"))
    return found


_QUOTED_NAME_TAGS = frozenset({"NNG", "NNP", "SL", "SN", "SH", "XSN"})


def _quoted_names(tokens: _Tokens) -> list[Mention]:
    """A quoted noun phrase whose last word says what it names is that name
    (`‘데이터 과학 및 기술 연구원(iDST)’`, `‘빅데이터 실험실’`): ORG, EVENT, … by the cue."""
    words, tags = tokens.words, tokens.tags
    found = []
    for index, word in enumerate(words):
        if word not in _OPENING_QUOTES:
            continue
        last = index
        while last + 1 < len(tokens) and last - index < 10 and (tags[last + 1] in _QUOTED_NAME_TAGS or words[last + 1] == "및"):
            last += 1
        after = _past_gloss(tokens, last + 1)
        if last == index or after >= len(tokens) or words[after] not in _CLOSING_QUOTES:
            continue
        start, end = tokens.starts[index + 1], tokens.end(last)
        if " " in tokens.text[start:end] and (label := _cued_label(tokens.text[start:end], "")):
            found.append(Mention(start, end, label, "cue"))
    return found


_CAPITALISED = re.compile(r"[A-Z][A-Za-z0-9+.'-]*")
_CONNECTORS = frozenset({"&", "of", "and", "for", "the", "de"})


def _whole_latin_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Latin name is its whole run of capitalised words (with `of`, `&`, … between them):
    the model's pieces `Stanford Question` + `Answering Dataset` are one name."""
    grown = []
    for mention in mentions:
        if not _LATIN_OR_DIGIT.match(text, mention.start) or _HANGUL.search(text, mention.start, mention.end):
            grown.append(mention)
            continue
        start, end = mention.start, mention.end
        while (word := re.search(r"([^\s(]+) $", text[max(0, start - 40) : start])) and (
            _CAPITALISED.fullmatch(word.group(1)) or word.group(1) in _CONNECTORS
        ):
            start -= len(word.group(0))
        while (word := re.match(r" (\S+?)(?=[\s,;()’”']|$)", text[end : end + 40])) and (
            _CAPITALISED.fullmatch(word.group(1)) or word.group(1) in _CONNECTORS
        ):
            end += len(word.group(0))
        while (first := text[start:end].split(" ", 1)[0]) in _CONNECTORS and " " in text[start:end]:
            start += len(first) + 1
        while (last := text[start:end].rsplit(" ", 1)[-1]) in _CONNECTORS and " " in text[start:end]:
            end -= len(last) + 1
        grown.append(Mention(start, end, mention.label, mention.source, mention.canonical))
    return _merge(text, [], sorted(grown, key=lambda m: (m.start, m.start - m.end)))


def _acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """An acronym right before the bracketed name it stands for (`TEG(Technology & Engineering
    Group)`, `SQuAD(Stanford Question Answering Dataset)`) is a mention of that name's entity,
    and the acronym is the entity's canonical name."""
    covered = _covered(mentions)
    ends = {m.end: m for m in mentions}
    found = []
    for mention in mentions:
        if mention.start < 2 or text[mention.start - 1] != "(":
            continue
        acronym = re.search(r"(?<![\w-])[A-Za-z][A-Za-z0-9&]{1,9}$", text[max(0, mention.start - 12) : mention.start - 1])
        if acronym is None:
            continue
        initials = "".join(word[0] for word in text[mention.start : mention.end].split() if word not in _CONNECTORS).upper()
        letters = acronym.group().replace("&", "")
        if initials not in (letters.upper(), "".join(c for c in letters if not c.islower())):
            continue
        start = mention.start - 1 - len(acronym.group())
        if (named := ends.get(mention.start - 1)) is not None and named.start == start:
            mention.canonical = acronym.group()
        elif covered.isdisjoint(range(start, mention.start - 1)):
            found.append(Mention(start, mention.start - 1, mention.label, "gloss"))
    return found


# Below this confidence, Kiwi's reading of a word beats the model's.
_SURE = 0.9


def _hesitant(tokens: _Tokens, mentions: list[Mention]) -> list[Mention]:
    """Where the model hesitates and Kiwi reads the words otherwise, Kiwi's reading stands: a
    single common noun (`에어컨`, `허브`; not `국방부`, of which the model is sure) or the
    first part of a longer word (`테라` in `테라바이트`) is no name."""
    titles = _titles()
    kept = []
    for mention in mentions:
        bounds = tokens.span(mention.start, mention.end)
        if mention.source == "model" and mention.confidence < _SURE and bounds is not None:
            first, last = bounds
            if first == last and tokens.tags[first] == "NNG":
                continue
            following = last + 1
            if following < len(tokens) and not tokens.space_after[last] and tokens.tags[following] == "NNG" and (
                tokens.words[following] not in titles
            ):
                continue
        kept.append(mention)
    return kept


def _common_nouns(tokens: _Tokens, mentions: list[Mention]) -> list[Mention]:
    """One word, one reading within an article: a common noun (by Kiwi) that only the model
    calls a name, at fewer than half of the places the word stands alone, is not one there
    either (`오프라인` tagged once among five)."""
    occurrences = Counter(word for word, tag in zip(tokens.words, tokens.tags) if tag == "NNG")
    named: Counter = Counter()
    single = {}
    for mention in mentions:
        bounds = tokens.span(mention.start, mention.end)
        if mention.source == "model" and bounds is not None and bounds[0] == bounds[1] and tokens.tags[bounds[0]] == "NNG":
            single[id(mention)] = tokens.words[bounds[0]]
            named[tokens.words[bounds[0]]] += 1
    return [m for m in mentions if (word := single.get(id(m))) is None or 2 * named[word] >= occurrences[word]]


def _person_shaped(text: str, mentions: list[Mention]) -> None:
    """A person's name is at most four syllables in one Korean word: a longer single word
    the model calls a person (`진르터우탸오`) names an organisation."""
    for mention in mentions:
        if mention.label == "PERSON" and re.fullmatch(r"[가-힣]{5,}", text[mention.start : mention.end]):
            mention.label = "ORG"


_LATIN_PHRASE = re.compile(r"[A-Za-z][\w&+.-]*(?: [\w&+.-]+)+")
_FUNCTION_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "at", "de", "du", "la", "von", "van"})


# Words that place a thing relative to the one the article is about: `해외 연구소` is
# its overseas lab, not a lab's name.
_RELATIVE = frozenset({"해외", "국내", "현지", "자체", "산하", "사내", "지역", "각국"})


def _descriptions(text: str, tokens: _Tokens, mentions: list[Mention]) -> list[Mention]:
    """Mentions that describe rather than name: a slogan (`All in AI`), a generic term followed
    by common nouns (`AI 기반 서비스`, `해외 연구소`), a common noun with a prefix (`신유통`), a kind of thing
    alone (`연구원`), a Latin phrase in lower case (`Open source`), and a Latin gloss of a
    common Korean word (`심층신경망(Deep Neural Networks)`)."""
    generic = _not_entities()
    korean_cues = _label_cues()[0]
    covered = _covered(mentions)
    slogans = _slogans(tokens, mentions)
    kept = []
    for mention in mentions:
        name = text[mention.start : mention.end]
        if name in slogans:
            continue
        bounds = tokens.span(mention.start, mention.end)
        if bounds is not None and bounds[1] > bounds[0]:
            first, last = bounds
            nouns_after = all(tag in ("NNG", "NNB", "SN") for tag in tokens.tags[first + 1 : last + 1])
            if nouns_after and (
                tokens.words[first] in _RELATIVE or tokens.words[first] in generic and not _cued_label(name, "")
            ):
                continue
        if mention.source != "gazetteer" and (bounds is not None and tokens.tags[bounds[0]] == "XPN" or _coined(name)):
            continue
        if name in korean_cues:
            continue  # the kind of thing alone, with no name: `연구원`, `그룹`
        if _LATIN_PHRASE.fullmatch(name) and any(
            word[0].islower() for word in name.split(" ")[1:] if word not in _FUNCTION_WORDS
        ):
            continue
        if _glosses_common_word(text, tokens, mention, covered, generic):
            continue
        kept.append(mention)
    return kept


@lru_cache(maxsize=4096)
def _coined(word: str) -> bool:
    """Whether ``word`` is a prefix and a common noun (`신유통`, `대확장`): Kiwi reads it so
    on its own, though in running text it may fall back to calling it a proper noun. Real
    names so shaped are in Kiwi's dictionary (`신세계`, `신라`) and read as one."""
    if not _COINED_SHAPE.fullmatch(word):
        return False
    (morphemes, _), = kiwi().analyze(word, top_n=1)
    return len(morphemes) > 1 and morphemes[0].tag == "XPN" and all(m.tag == "NNG" for m in morphemes[1:])


_COINED_SHAPE = re.compile(r"[가-힣]{3,6}")


def _slogans(tokens: _Tokens, mentions: list[Mention]) -> set[str]:
    """Mentions translated somewhere in the article by a sentence in parentheses: `All in
    AI(AI에 모든 것을 건다)` is a slogan, not a name, wherever it stands. A description of
    a name in parentheses ends in a noun or a modifier (`바이두(중국 최대 검색업체인)`), not
    in a sentence ending."""
    found = set()
    for mention in mentions:
        index = tokens.at_start.get(mention.end)
        if index is None or tokens.words[index] != "(" or (after := _past_gloss(tokens, index)) == index:
            continue
        if any(tag.endswith("EF") for tag in tokens.tags[index + 1 : after - 1]):
            found.add(tokens.text[mention.start : mention.end])
    return found


def _glosses_common_word(text: str, tokens: _Tokens, mention: Mention, covered: set[int], generic: frozenset[str]) -> bool:
    """Whether ``mention`` is a Latin gloss in parentheses after a word that is no name:
    one no mention covers, made of common nouns only (hyphens allowed), or a generic term."""
    opening = text.rfind("(", 0, mention.start)
    if opening <= 0 or ")" in text[opening : mention.start] or not _LATIN_OR_DIGIT.search(text[mention.start]):
        return False
    if re.search(r"[^A-Za-z0-9 ,&+.-]", text[opening + 1 : mention.start]):
        return False
    word_start = text.rfind(" ", 0, opening) + 1
    while word_start < opening and text[word_start] in _OPENING_QUOTES:
        word_start += 1
    word = text[word_start:opening]
    if not word or not covered.isdisjoint(range(word_start, opening)):
        return False
    if word in generic:
        return True
    first = tokens.at_start.get(word_start)
    last = tokens.at_end.get(opening)
    if first is None or last is None:
        return False
    return all(tag in ("NNG", "SO") for tag in tokens.tags[first : last + 1])  # SO: `맨-머신`


def _plausible(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Mentions inside one sentence, outside URLs and e-mail addresses, not a lone Latin letter,
    and of one syllable only for a person or a place."""
    addresses = [match.span() for match in _ADDRESS.finditer(doc.text)]
    kept = []
    for mention in mentions:
        if doc.sentence_holding(mention.start, mention.end) is None:
            continue
        if any(start < mention.end and mention.start < end for start, end in addresses):
            continue
        if mention.end - mention.start == 1 and (
            not _HANGUL.match(doc.text[mention.start]) or mention.label not in ("PERSON", "LOCATION")
        ):
            continue  # one syllable names a person by surname (`박 대통령`) or a country (`한·미`)
        if doc.text[mention.start : mention.end] in _not_entities() or mention.canonical in _not_entities():
            continue  # also the gloss of a generic term: `OEM(Original Equipment Manufacturers)`
        kept.append(mention)
    return kept


def run(doc: Document) -> None:
    assert doc.tokens is not None and doc.spacy_doc is not None, "morph has not run"
    text = doc.text
    tokens = _Tokens(doc.tokens, text)
    trusted = _gazetteer_mentions(text, tokens) + _country_abbreviations(tokens)
    mentions = _merge(text, trusted, _model_mentions(doc.spacy_doc, tokens))
    mentions = _merge(text, mentions, _context_mentions(tokens, mentions))
    mentions = _merge(text, mentions, _hanja_glossed(tokens, mentions))
    mentions = _merge(text, mentions, _apposition(tokens, mentions))
    for mention in mentions:
        if mention.source != "gazetteer":
            _complete(tokens, mention)
            mention.label = _cued_label(text[mention.start : mention.end], mention.label)
    mentions = _merge(text, _longer_names(tokens, mentions), mentions)
    mentions = _merge(text, _quoted_names(tokens), mentions)
    mentions = _whole_latin_names(text, mentions)
    mentions = _merge(text, mentions, _acronyms(text, mentions))
    _cue_labels(text, mentions)
    mentions = _descriptions(text, tokens, _common_nouns(tokens, _hesitant(tokens, mentions)))
    _person_shaped(text, mentions)
    mentions = _split_places(text, mentions)
    glosses, short_forms = _glosses(text, mentions, tokens)
    mentions = _merge(text, glosses, mentions)
    found_again = _propagate(text, mentions, tokens)
    found_again += _owned_short_forms(tokens, mentions + found_again)
    found_again += _misspelt(text, mentions + found_again)
    glosses_again, _ = _glosses(text, found_again, tokens)  # `디디다처((嘀嘀打车)` found only now
    mentions = _merge(text, glosses_again, _merge(text, found_again, mentions))
    mentions = _plausible(doc, mentions)
    _canonicals(text, mentions, short_forms)
    _consistent_labels(mentions)
    _apps(text, mentions)
    doc.entities = [
        Entity(id=f"e{index}", text=text[m.start : m.end], label=m.label, canonical=m.canonical,
               start=m.start, end=m.end, sentence=doc.sentence_at(m.start).id, **_raw(doc, m))
        for index, m in enumerate(mentions)
    ]
    set_doc_ents(doc.spacy_doc, doc.entities)


def set_doc_ents(spacy_doc: Doc, entities: list[Entity]) -> None:
    """The final entities as ``doc.ents`` (label, ``kb_id_`` the canonical name, ``id_`` the
    record's id), so that displaCy shows the record's entities. One that does not fall on
    token boundaries (`바이두` in a token `바이두가`) covers the tokens that hold it, and is
    also listed in ``doc.spans["inexact_ents"]``; one whose tokens an earlier one took is
    only listed there."""
    ents, inexact, taken = [], [], set()
    for entity in entities:
        span = spacy_doc.char_span(entity.start, entity.end, label=entity.label, kb_id=entity.canonical,
                                   span_id=entity.id, alignment_mode="expand")
        tokens = set(range(span.start, span.end))
        if span.text != entity.text or tokens & taken:
            inexact.append(span)
        if not tokens & taken:
            ents.append(span)
            taken |= tokens
    spacy_doc.ents = ents
    spacy_doc.spans["inexact_ents"] = inexact


def _raw(doc: Document, mention: Mention) -> dict[str, int]:
    raw_start, raw_end = doc.raw_span(mention.start, mention.end)
    return {"raw_start": raw_start, "raw_end": raw_end}
