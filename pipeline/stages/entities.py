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
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.pipeline import EntityRecognizer
from spacy.attrs import IDX, IS_SPACE, LENGTH
from spacy.tokens import Doc

from pipeline.document import Document
from pipeline.resources import RESOURCES, gazetteer, word_list
from pipeline.schema import Entity
from pipeline.stages.morph import language

# Kiwi tags that end a name rather than belong to it: particles, endings, the
# copula, noun suffixes (`중국산`, `중국인들`) and punctuation.
_NOT_NAME_TAGS = ("J", "E", "VCP", "XSN", "XSV", "XSA", "SF", "SP", "SS", "SE", "SO", "SW")
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


@cache
def recogniser() -> EntityRecognizer:
    """The trained ``ner`` component, sharing the morph stage's vocabulary."""
    model = spacy.load(RESOURCES / "ner", vocab=language().vocab)
    return model.get_pipe("ner")


@cache
def _gazetteer_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    entries = {name: (label, canonical) for name, label, canonical in gazetteer()}
    names = sorted(entries, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))), entries


@cache
def _not_entities() -> frozenset[str]:
    return frozenset(word_list("not_entities"))


@cache
def _titles() -> frozenset[str]:
    return frozenset(word_list("job_titles"))


class _Tokens:
    """Token boundaries and tags of the spaCy doc, by character offset."""

    def __init__(self, spacy_doc: Doc, text: str) -> None:
        self.doc = spacy_doc
        self.text = text  # ``spacy_doc.text`` is rebuilt from the tokens on every access
        bounds = spacy_doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()
        self.at_start = {start: i for i, (start, _, space) in enumerate(bounds) if not space}
        self.at_end = {start + length: i for i, (start, length, space) in enumerate(bounds) if not space}

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
        tags = [self.doc[i].tag_ for i in range(bounds[0], bounds[1] + 1)]
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
        while last > first and self.doc[last].text in generic:
            last -= 1
        if first > last:
            return None
        start, end = self.doc[first].idx, self.doc[last].idx + len(self.doc[last].text)
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
        return Mention(start, end, mention.label, mention.source, mention.canonical)

    def _edge(self, index: int, label: str) -> bool:
        token = self.doc[index]
        head = token.tag_.split("+")[0]
        return head.startswith(_NOT_NAME_TAGS) or (label == "PERSON" and token.text in _titles())


def _extends(text: str, longer: Mention, shorter: Mention) -> bool:
    """Whether ``longer`` is a longer name around ``shorter``: one of another kind that begins
    with it (`바이두 브레인`, `바이두 월드 콘퍼런스` around `바이두`), or one word glued to it
    (`CJ그룹`, `부산KT` around `CJ`, `KT`)."""
    if not (longer.start <= shorter.start and shorter.end <= longer.end) or longer.end - longer.start <= shorter.end - shorter.start:
        return False
    other_kind = longer.start == shorter.start and longer.label != shorter.label
    return other_kind or " " not in text[longer.start : longer.end]


def _merge(text: str, trusted: list[Mention], others: list[Mention]) -> list[Mention]:
    """``trusted`` mentions, plus those of ``others`` that overlap none of them or extend one."""
    owner: dict[int, Mention] = {}
    for mention in trusted:
        owner.update(dict.fromkeys(range(mention.start, mention.end), mention))
    result = {id(m): m for m in trusted}
    for mention in others:
        clashes = {id(m): m for i in range(mention.start, mention.end) if (m := owner.get(i)) is not None}
        if clashes:
            if len(clashes) > 1 or not _extends(text, mention, next(iter(clashes.values()))):
                continue
            del result[next(iter(clashes))]
        result[id(mention)] = mention
        owner.update(dict.fromkeys(range(mention.start, mention.end), mention))
    return sorted(result.values(), key=lambda m: m.start)


# Korean administrative units: provinces, cities, districts …, and short village names
# (`양남면`, `대화리`; a long word ending in 리 is rather `테크노밸리`).
_ADMINISTRATIVE_SUFFIX = re.compile(r"[가-힣]{1,6}[시도구군주성현]|[가-힣]{1,3}[동읍면리]")


def _split_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """Nested place names are separate mentions (SPEC §8): `경북 경주시 양남면` → three."""
    places = {name for name, label, _ in gazetteer() if label == "LOCATION"}
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


def _gazetteer_mentions(text: str, tokens: _Tokens) -> list[Mention]:
    pattern, entries = _gazetteer_pattern()
    found = []
    for match in pattern.finditer(text):
        if tokens.is_name(match.start(), match.end()):
            label, canonical = entries[match.group()]
            found.append(Mention(match.start(), match.end(), label, "gazetteer", canonical))
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
    for length in range(min(len(last) - 1, 5), 0, -1):  # the word itself is not its own ending
        if (cue := korean.get(last[-length:])) is not None:
            return cue
    return label


def _model_mentions(spacy_doc: Doc, tokens: _Tokens) -> list[Mention]:
    recogniser()(spacy_doc)
    found = []
    for entity in spacy_doc.ents:
        trimmed = tokens.trim(Mention(entity.start_char, entity.end_char, entity.label_, "model"))
        if trimmed is not None:
            trimmed.label = _cued_label(tokens.text[trimmed.start : trimmed.end], trimmed.label)
            found.append(trimmed)
    return found


def _context_mentions(spacy_doc: Doc, taken: list[Mention]) -> list[Mention]:
    """A proper noun directly before a person's title (`… 마화텅(马化腾) 회장`) is a PERSON."""
    covered = {i for m in taken for i in range(m.start, m.end)}
    titles = _titles()
    found = []
    for token in spacy_doc:
        if token.tag_ != "NNP" or token.idx in covered or not _HANGUL.match(token.text):
            continue
        following = token.i + 1
        if following < len(spacy_doc) and spacy_doc[following].text == "(":
            while following < len(spacy_doc) and spacy_doc[following].text != ")":
                following += 1
            following += 1
        if following < len(spacy_doc) and spacy_doc[following].text in titles and 2 <= len(token.text) <= 4:
            found.append(Mention(token.idx, token.idx + len(token.text), "PERSON", "context"))
    return found


def _glosses(text: str, mentions: list[Mention], tokens: _Tokens) -> tuple[list[Mention], dict[str, str]]:
    """Mentions in parentheses right after a name: glosses (`(李彦宏)`, `(Baidu)`) and short forms
    (`메이퇀디엔핑(메이퇀)`). Returns the added mentions and short form → full name."""
    added: list[Mention] = []
    short_forms: dict[str, str] = {}
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
            added.append(Mention(part_start, part_start + len(part), mention.label, "gloss", canonical))
    return added, short_forms


def _propagate(text: str, mentions: list[Mention], tokens: _Tokens) -> list[Mention]:
    """Other occurrences of a recognised name, wherever they stand as a name."""
    generic = _not_entities()
    names = {name: m for m in mentions if m.end - m.start >= 2 and (name := text[m.start : m.end]) not in generic}
    if not names:
        return []
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    covered = bytearray(len(text))
    for mention in mentions:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    found = []
    for match in pattern.finditer(text):
        if any(covered[match.start() : match.end()]) or not tokens.is_name(match.start(), match.end()):
            continue
        source = names[match.group()]
        found.append(Mention(match.start(), match.end(), source.label, "propagated", source.canonical))
    return found


def _one_syllable_apart(a: str, b: str) -> bool:
    return len(a) == len(b) >= 3 and sum(x != y for x, y in zip(a, b)) == 1


def _canonicals(text: str, mentions: list[Mention], short_forms: dict[str, str]) -> None:
    """Fill ``canonical``: gloss and short-form links first, then near-identical spellings."""
    for mention in mentions:
        name = text[mention.start : mention.end]
        if mention.canonical is None:
            mention.canonical = short_forms.get(name, name)
    counts = Counter(m.canonical for m in mentions)
    known = {name for name, _, _ in gazetteer()}
    for mention in mentions:
        spelling = mention.canonical
        if spelling in known:
            continue
        for other, count in counts.most_common():
            if count > counts[spelling] and _one_syllable_apart(spelling, other):
                mention.canonical = other
                break


def _consistent_labels(mentions: list[Mention]) -> None:
    """One entity, one label: the label most of its mentions have (gazetteer labels win ties)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for mention in mentions:
        votes[mention.canonical][mention.label] += 2 if mention.source == "gazetteer" else 1
    for mention in mentions:
        mention.label = votes[mention.canonical].most_common(1)[0][0]


def _plausible(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Mentions inside one sentence, outside URLs and e-mail addresses, and not a lone Latin letter."""
    addresses = [match.span() for match in _ADDRESS.finditer(doc.text)]
    kept = []
    for mention in mentions:
        if doc.sentence_holding(mention.start, mention.end) is None:
            continue
        if any(start < mention.end and mention.start < end for start, end in addresses):
            continue
        if mention.end - mention.start == 1 and not _HANGUL.match(doc.text[mention.start]):
            continue
        if doc.text[mention.start : mention.end] in _not_entities():
            continue
        kept.append(mention)
    return kept


def run(doc: Document) -> None:
    text, spacy_doc = doc.text, doc.spacy_doc
    tokens = _Tokens(spacy_doc, text)
    mentions = _merge(text, _gazetteer_mentions(text, tokens), _model_mentions(spacy_doc, tokens))
    mentions = _merge(text, mentions, _context_mentions(spacy_doc, mentions))
    mentions = _split_places(text, mentions)
    glosses, short_forms = _glosses(text, mentions, tokens)
    mentions = _merge(text, glosses, mentions)
    mentions = _merge(text, mentions, _propagate(text, mentions, tokens))
    mentions = _plausible(doc, mentions)
    _canonicals(text, mentions, short_forms)
    _consistent_labels(mentions)
    doc.entities = [
        Entity(id=f"e{index}", text=text[m.start : m.end], label=m.label, canonical=m.canonical,
               start=m.start, end=m.end, sentence=doc.sentence_at(m.start).id, **_raw(doc, m))
        for index, m in enumerate(mentions)
    ]


def _raw(doc: Document, mention: Mention) -> dict[str, int]:
    raw_start, raw_end = doc.raw_span(mention.start, mention.end)
    return {"raw_start": raw_start, "raw_end": raw_end}
