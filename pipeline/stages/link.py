"""Stage ``link``: which entity mentions name one entity — the article's entity table —
with its canonical name and its label (SPEC §3 `canonical`, §8 canonical names).

The entity stage hands over mentions whose ``canonical`` is what their own evidence
gave: the name a gloss or an `(이하 X)` alias belongs to, a gazetteer entry's full
name, or the mention itself. Mentions join into one entity when they are spelt alike,
when that evidence ties them (a gazetteer's full name only when the article spells it
out: the gazetteer is a default, never an override of the article's own names), when a
Latin spelling sounds like a Hangul one, when a spelling is one vowel off a more
frequent one, when an airport is named without `국제` (`청주공항`), and when one is the short form of another: a company's first word
(`한빛` after `한빛에너지솔루션`), a person's surname with a title (`박 대표`) or one part
of a foreign name (`나델라`, `다카하시`). A short form that could belong to several
entities belongs, at each mention, to the one named last before it.

The canonical name is the fullest spelling the article uses outside brackets, Hangul
before Latin; the label is the one most mentions carry (weighed by the evidence that
set it), short forms left out: they take the label of the name they shorten. Every
mention gets its entity's id, canonical and label.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable

from pipeline import transliteration
from pipeline.document import Document
from pipeline.resources import word_list
from pipeline.schema import Entity, LinkedEntity
from pipeline.stages.entities.labels import title_after, title_follows
from pipeline.stages.entities.lexicon import HANGUL, OPERATOR_WORDS, gazetteer_entries, gazetteer_places, korean_surnames
from pipeline.stages.entities.mentions import CUED, PARTICLE_AFTER_NAME, TRUSTED

# How much a mention's label counts towards its entity's label, by the pass that set it:
# the words beside the name or its own last word (the cue passes) state what it is, more
# surely than a curated list of mostly unambiguous names or a job title right after the name
# (`titled names`), and those more surely than the model. A founding outweighs them all: a
# product is launched, not founded (`채용 플랫폼 일다리`, then `일다리는 … 설립된 …으로`); a launch
# counts as a cue does (`노을랩이 개발한 ‘널스플랜’이다`, then the model's `널스플랜은` twice).
VOTES = {**dict.fromkeys(CUED, 5), **dict.fromkeys(TRUSTED, 2), "titled names": 2, "founded description": math.inf,
         "brought out": 5}
# Passes that copy another mention's label to the name's other places: a copy is no vote of
# its own (`하루온` read as a person at its first place and found again twice there), unless
# words beside the name support the label it copies.
COPIED = frozenset({"propagation"})
# Passes whose canonical names come from the gazetteer rather than from the article.
_DEFAULT_CANONICALS = frozenset({"gazetteer"})
_APP = re.compile(r" (?:앱|애플리케이션|어플)")
_NAMED_THINGS = frozenset({"ORG", "PRODUCT", "EVENT"})


class _Groups:
    """Union-find over mention indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def join_all(self, items: Iterable[int]) -> None:
        items = list(items)
        for item in items[1:]:
            self.union(items[0], item)


def run(doc: Document) -> None:
    mentions = sorted(doc.entities, key=lambda e: e.start)
    groups = _Groups(len(mentions))
    by_spelling: dict[str, list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        by_spelling[mention.text].append(index)
    headlines = [(block.start, block.end) for block in doc.blocks if block.kind in ("title", "subtitle")]
    short = _short_forms(mentions, by_spelling, headlines)
    for spelling, indices in by_spelling.items():
        if spelling not in short:
            groups.join_all(indices)
    _join_by_evidence(mentions, by_spelling, short, groups)
    _join_by_sound(mentions, by_spelling, groups)
    _join_airports(by_spelling, groups)
    _join_short_forms(doc.text, mentions, by_spelling, short, groups)
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(mentions)):
        members[groups.find(index)].append(index)
    table = []
    for number, indices in enumerate(sorted(members.values())):
        group = [mentions[i] for i in indices]
        canonical = _canonical(doc.text, group)
        label = _vote([m for m in group if m.text not in short or m.found_by == "founded description"] or group)
        entity_id = f"n{number}"
        for mention in group:
            mention.canonical, mention.label, mention.entity = canonical, label, entity_id
        table.append(LinkedEntity(id=entity_id, label=label, canonical=canonical,
                                  aliases=sorted({m.text for m in group} - {canonical}),
                                  mentions=[m.id for m in sorted(group, key=lambda m: int(m.id[1:]))]))
    _apps(doc.text, doc.entities)
    doc.linked_entities = table


def _join_by_evidence(mentions: list[Entity], by_spelling: dict[str, list[int]], short: dict[str, list[str]],
                      groups: _Groups) -> None:
    """A mention joins the name its own evidence gave it (a gloss's name, an alias's full
    name), and a gazetteer's full name where the article spells that name out, also for a
    listed short form another pass found (`산업부`, read by the model); but a listed name
    that is a short form of the article's own names goes with those (`신한금융그룹도 …
    신한금융은`, though the gazetteer reads 신한금융 as 신한금융지주)."""
    entries = gazetteer_entries()
    for index, mention in enumerate(mentions):
        full, listed = mention.canonical, mention.found_by in _DEFAULT_CANONICALS
        if full == mention.text and (entry := entries.get(mention.text)) and entry[0] == mention.label:
            full, listed = entry[1], True
        if full == mention.text or listed and mention.text in short:
            continue
        if target := by_spelling.get(full):
            groups.union(index, target[0])
        elif mention.found_by in _DEFAULT_CANONICALS:
            mention.canonical = mention.text


def _join_by_sound(mentions: list[Entity], by_spelling: dict[str, list[int]], groups: _Groups) -> None:
    """A Latin spelling that sounds like exactly one Hangul spelling (`Voltaway` →
    `볼타웨이`), and a spelling one vowel from a more frequent one (`몬테랄데` → `몬테랄디`).
    A person's name and a Latin word not read as a person are never one by sound: a
    three-consonant skeleton is too short to tell `차윤서` from `Chains` of an English title."""
    hangul = [s for s in by_spelling if HANGUL.search(s)]
    for spelling in by_spelling:
        if HANGUL.search(spelling) or not re.search(r"[A-Za-z]", spelling):
            continue
        person = _is_person(mentions, by_spelling[spelling])
        alike = [name for name in hangul if transliteration.sound_alike(spelling, name)
                 and _is_person(mentions, by_spelling[name]) == person]
        if len(alike) == 1:
            groups.union(by_spelling[spelling][0], by_spelling[alike[0]][0])
    places = gazetteer_places()
    counts = {spelling: len(indices) for spelling, indices in by_spelling.items()}
    for spelling in by_spelling:
        if spelling in places:
            continue
        likelier = [other for other in by_spelling
                    if counts[other] > counts[spelling] and _one_syllable_apart(spelling, other)]
        if likelier:
            groups.union(by_spelling[spelling][0], by_spelling[max(likelier, key=counts.get)][0])


def _is_person(mentions: list[Entity], indices: list[int]) -> bool:
    return any(mentions[i].label == "PERSON" for i in indices)


def _join_airports(by_spelling: dict[str, list[int]], groups: _Groups) -> None:
    """An international airport is named without `국제` too (`청주국제공항`, `청주공항`)."""
    for spelling, indices in by_spelling.items():
        if spelling.endswith("국제공항") and (short := by_spelling.get(spelling[: -len("국제공항")] + "공항")):
            groups.union(indices[0], short[0])


def _one_syllable_apart(a: str, b: str) -> bool:
    """`몬테랄데` and `몬테랄디`: one syllable's vowel apart; not `구마모토대` and `구마모토현`, a
    university and a prefecture, nor `IEG` and `TEG`, where one letter makes another acronym."""
    if len(a) != len(b) or len(a) < 3:
        return False
    differences = [(x, y) for x, y in zip(a, b) if x != y]
    if len(differences) != 1 or not all(HANGUL.match(c) for c in differences[0]):
        return False
    (initial, _, final), (other_initial, _, other_final) = map(transliteration.syllable_parts, differences[0])
    return (initial, final) == (other_initial, other_final)  # the vowel alone differs


def _short_forms(mentions: list[Entity], by_spelling: dict[str, list[int]],
                 headlines: list[tuple[int, int]] = ()) -> dict[str, list[str]]:
    """Spellings that are the short form of longer ones the article used before, with those:
    the first word of an organisation's, product's or event's name (`도담` of
    `도담리테일테크`, `세진` of `세진 로지스`), a surname (`박` of `박정훈`), or a part of
    a person's name in several words (`나델라` of `사티아 나델라`). A headline (``headlines``:
    the title and subtitle) shortens the names its article spells out: a spelling only the
    headline uses counts as used after every other (`소담바이오` of the subtitle, for
    `소담바이오로직스` of the lead)."""
    # each spelling's label as the entity's is voted (`한지수` read once each as an organisation, a
    # place and, before its title, a person, is a person)
    labels = {spelling: _vote([mentions[i] for i in indices]) for spelling, indices in by_spelling.items()}
    first_seen: dict[str, float] = {}
    for spelling, indices in by_spelling.items():
        headline_only = all(any(start <= mentions[i].start < end for start, end in headlines) for i in indices)
        first_seen[spelling] = math.inf if headline_only else mentions[indices[0]].start
    places = gazetteer_places()
    company_words = frozenset(word_list("company_words"))
    found: dict[str, list[str]] = {}
    for spelling in by_spelling:
        if spelling in places:
            continue
        fuller = []
        for other in by_spelling:
            # A short form comes after the name it shortens, unless the longer name is the
            # same brand with a company word (`유키하나` before `유키하나제과`): a name used
            # first is a name of its own (`몬테랄디` before `몬테랄디 아카데미`, its school).
            if other == spelling or len(other) <= len(spelling) or (
                first_seen[other] > first_seen[spelling] and other[len(spelling) :].strip() not in company_words
            ):
                continue
            label = labels[other]
            if other[len(spelling) :].strip() in OPERATOR_WORDS:
                continue  # `가로림공항` and `가로림공항공사`: a facility and the body that runs it
            if label in _NAMED_THINGS and len(spelling) >= 2 and other.startswith(spelling) and (
                HANGUL.match(other, len(spelling)) or other[len(spelling)] == " " or other[len(spelling)].isalnum()
            ) and not _glued_word(spelling, other):
                fuller.append(other)
            elif label == "ORG" and _clipped(spelling, other):
                fuller.append(other)  # `볕뜰연구원` of `볕뜰에너지생활연구원`: the name's head and its ending
            elif label == "PERSON" and _part_of_person(spelling, other) and (
                len(spelling) > 1 or labels[spelling] == "PERSON"
            ):  # a surname alone is a person's when it is named as one (`한 대표`; not `한·중`)
                fuller.append(other)
        if fuller:
            found[spelling] = fuller
    return found


def _clipped(spelling: str, other: str) -> bool:
    """Whether a Korean spelling is a longer name's first syllables and its ending, the middle
    left out (`볕뜰연구원` of `볕뜰에너지생활연구원`), each part two syllables or more."""
    return re.fullmatch(r"[가-힣]+", spelling) is not None and len(other) > len(spelling) + 1 and any(
        other.startswith(spelling[:cut]) and other.endswith(spelling[cut:]) for cut in range(2, len(spelling) - 1))


def _glued_word(spelling: str, other: str) -> bool:
    """Whether a Latin spelling runs on into more Latin letters (`LG` in `LGD` is no word)."""
    return spelling[-1].isascii() and spelling[-1].isalpha() and other[len(spelling)].isascii() and (
        other[len(spelling)].isalpha()
    )


def _part_of_person(spelling: str, other: str) -> bool:
    """The surname of a Korean name (`박` of `박정훈`, `제갈` of `제갈은호`), or the first or
    last words of a name in several words (`다카하시` of `다카하시 겐타로`, `나델라` of `사티아
    나델라`, `데 브리스` of `마르턴 데 브리스`)."""
    words = other.split()
    if len(words) > 1:
        return other.startswith(f"{spelling} ") or other.endswith(f" {spelling}")  # also `데 브리스`
    return other.startswith(spelling) and (
        len(spelling) == 1 and HANGUL.match(spelling) is not None and 2 <= len(other) <= 4
        or len(spelling) == 2 and spelling in korean_surnames() and len(other) == 4
    )


def _join_short_forms(text: str, mentions: list[Entity], by_spelling: dict[str, list[int]],
                      short: dict[str, list[str]], groups: _Groups) -> None:
    """Each mention of a short form joins the entity of the fuller name it stands for: the
    only one, the one its alias declares (`해밀커피앤베이커리(이하 해밀)`, though `해밀제과` comes
    later), or the one named last before the mention (else first after it); a person's
    where a job title follows the mention (`하르퉁 CEO는` after `클라라 하르퉁` and `하르퉁
    메디테크`)."""
    for spelling, fuller in short.items():
        titled = _titled_people(text, mentions, by_spelling, spelling)
        for index, person in titled.items():
            groups.union(index, person)
        candidates = {groups.find(by_spelling[name][0]) for name in fuller}
        declared = candidates & {groups.find(i) for i in by_spelling[spelling] if i not in titled}
        if len(candidates) == 1 or len(declared) == 1:
            groups.join_all([*(i for i in by_spelling[spelling] if i not in titled), next(iter(declared or candidates))])
            continue
        named = sorted((mentions[i].start, i) for name in fuller for i in by_spelling[name])
        people = [(position, i) for position, i in named if mentions[i].label == "PERSON"]
        for index in by_spelling[spelling]:
            if groups.find(index) in candidates:
                continue  # its own evidence joined it to one of them: joining another would merge two
            start = mentions[index].start
            pool = people if people and title_follows(text, mentions[index].end, words=1) else named
            before = [i for position, i in pool if position < start]
            groups.union(index, before[-1] if before else pool[0][1])


# A title's English initials in brackets right after it: `최고기술책임자(CTO)`.
_TITLE_GLOSS = re.compile(r"\(([A-Z]{2,5})\)")


def _titled_people(text: str, mentions: list[Entity], by_spelling: dict[str, list[int]], surname: str) -> dict[int, int]:
    """The person each mention of a surname with a title stands for, of those with that family
    name named before it: the one last named with that title (`장 대표` → `장민채 휴온 대표`, not
    `장기문 명예회장`); a mention with no such person is left out."""
    if len(surname) != 1 and surname not in korean_surnames():
        return {}
    by_title: dict[str, list[tuple[int, int]]] = defaultdict(list)  # title → (start, mention) in text order
    for other, indices in by_spelling.items():
        if other != surname and _part_of_person(surname, other):
            for i in indices:
                if mentions[i].label == "PERSON" and (title := title_after(text, mentions[i].end, words=3)):
                    by_title[title].append((mentions[i].start, i))
                    # and by the title's English gloss: `김세린 … 최고기술책임자(CTO)`, then `김 CTO는`
                    at = text.find(title, mentions[i].end, mentions[i].end + 40)
                    if at >= 0 and (gloss := _TITLE_GLOSS.match(text, at + len(title))):
                        by_title[gloss[1]].append((mentions[i].start, i))
    for people in by_title.values():
        people.sort()
    found = {}
    for index in by_spelling[surname]:
        mention = mentions[index]
        titled = by_title.get(title_after(text, mention.end, words=1) or "", []) if mention.label == "PERSON" else []
        before = bisect_left(titled, (mention.start, -1))
        if before:
            found[index] = titled[before - 1][1]
    return found


def _canonical(text: str, group: list[Entity]) -> str:
    """The fullest spelling used outside brackets (a gloss in brackets names what stands
    before it), or given by the mentions' own evidence (`미` of `한미` names `미국`), Hangul
    before Latin; among equals, the first."""
    outside = [m for m in group if not _in_brackets(text, m.start)] or group
    names = [(m.text, m.start) for m in outside] + [(m.canonical, m.start) for m in group]
    return max(names, key=lambda name: (HANGUL.search(name[0]) is not None, len(name[0]), -name[1]))[0]


def _in_brackets(text: str, position: int) -> bool:
    opening = text.rfind("(", 0, position)
    return opening >= 0 and text.find(")", opening) >= position and "\n" not in text[opening:position]


def _vote(group: list[Entity]) -> str:
    """The entity's label: its mentions' votes, a cue's counting more; where words beside the
    name state what it is (a cue pass's mention), a label no such words support does not count
    (`나예린 온결 대표는` and `거래 플랫폼 온결`: not the model's places)."""
    cued = {mention.label for mention in group if mention.found_by in CUED}
    voters = [mention for mention in group if mention.found_by not in COPIED or mention.label in cued] or group
    votes: Counter = Counter()
    for mention in voters:
        if not cued or mention.label in cued:
            votes[mention.label] += VOTES.get(mention.found_by or "", 1)
    return votes.most_common(1)[0][0]


def _apps(text: str, entities: list[Entity]) -> None:
    """A name right before the word `앱` names the app, whatever its other mentions name:
    `세움ON 앱을 내려받은` is the PRODUCT, where `세움ON은 …` was the company."""
    for entity in entities:
        if (app := _APP.match(text, entity.end)) and PARTICLE_AFTER_NAME.match(text, app.end()):
            entity.label = "PRODUCT"
