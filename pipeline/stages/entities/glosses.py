"""The glosses pass: what stands in brackets right after a name — a gloss in Latin or
Chinese characters, a short form, an alias (`(이하 KLS)`) — and the names an alias shortens,
which the other passes may read only later (``aliased_names``)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.stages.entities.cues import cue_before
from pipeline.stages.entities.lexicon import HANGUL, cued_label, known_common_nouns
from pipeline.stages.entities.mentions import CUED, Mention, TokenIndex, korean_full_name

GLOSS_SPLIT = re.compile(r"\s*[,;/]\s*")
# `(이하 KLS)`, `(이하 ‘그린큐브’)`: the name the article uses from here on.
_ALIAS = re.compile(r"이하\s*[‘'“\"]?(?P<alias>[^‘'“\"’”)]+?)[’'”\"]?\s*")
# `(Coralbit Games·이하 코랄빗)`: a gloss, then the alias.
_GLOSS_AND_ALIAS = re.compile(r"(?P<gloss>[^·,]+?)\s*[·,]\s*이하\s*[‘'“\"]?(?P<alias>[^‘'“\"’”)]+?)[’'”\"]?\s*")


def _aliased(text: str, mention: Mention, start: int, end: int) -> list[Mention]:
    """The alias a name's brackets give it (`(이하 KLS)`), with the name's canonical."""
    label, short, canonical = mention.label, text[start:end], mention.canonical or text[mention.start : mention.end]
    if len(words := canonical.split()) > 1 and _abbreviates(short, words[-1]):
        canonical = words[-1]  # `프롭테크 스타트업 고른집랩(이하 고른집)`: it shortens the name, not what describes it
    found = []
    before = mention.start - len(short) - 1
    if before >= 0 and text[before : mention.start] == short + " " and (before == 0 or not text[before - 1].isalnum()):
        # `메이플테이블 키친(이하 메이플테이블)`: the alias is the first word of the name, which
        # runs back over it; a name so shortened is a body's, not a person's.
        canonical = text[before : mention.end]
        label = "ORG" if label == "PERSON" and not korean_full_name(short) else label
        found.append(Mention(before, mention.end, label, "glosses", canonical))
    found.append(Mention(start, end, label, "glosses", canonical))
    return found


# The opening of an alias's brackets, a gloss first or not: `(이하 `, `(Hanteo Association·이하 ‘`.
_ALIAS_OPENER = r"\((?:[^()·,]+?\s*[·,]\s*)?이하\s*[‘'“\"]?"
# An alias's brackets before it: `세광밸브(이하 세광)`, `(이하 ‘그린큐브’)`, a gloss first
# (`한터중소제조협회(Hanteo Association·이하 한터협회)`).
_ALIAS_OPENS = re.compile(rf"(?P<name>[^\s()]+){_ALIAS_OPENER}$")


def _abbreviates(alias: str, name: str) -> bool:
    """Whether ``alias`` is ``name`` shortened: its beginning (`세광` of `세광밸브`), or
    syllables of it in order from its first (`한전` of `한국전력공사`, `한터협회` of
    `한터중소제조협회`)."""
    if len(name) <= len(alias) or name[0] != alias[0]:
        return False
    rest = iter(name)
    return all(character in rest for character in alias)


def _named_before_alias(text: str, mentions: list[Mention]) -> list[Mention]:
    """The word before an alias's brackets that the alias shortens (`세광밸브(이하 세광)`,
    `한국전력공사(이하 한전)`, where only the alias was read as a name): the full name, with the
    alias's label, canonical of both."""
    found = []
    spans = {(m.start, m.end) for m in mentions}
    for mention in mentions:
        if not text.startswith(")", mention.end) and text[mention.end : mention.end + 1] not in "’'”\"":
            continue  # tested first: it rules out most mentions, and the search costs
        opens = _ALIAS_OPENS.search(text, max(0, mention.start - 100), mention.start)
        if opens is None:
            continue
        alias, name = text[mention.start : mention.end], opens.group("name")
        if _abbreviates(alias, name) and (opens.start(), opens.end("name")) not in spans:
            mention.canonical = name
            found.append(Mention(opens.start(), opens.end("name"), mention.label, "glosses", name))
    return found


# A one-word name and its alias's brackets, a gloss before the alias or not:
# `가늠ESG평가(이하 가늠)`, `세광밸브(Sekwang Valve·이하 세광)`.
_NAME_AND_ALIAS = re.compile(
    rf"(?<![^\s(‘“])(?P<name>[가-힣A-Za-z0-9&]{{2,}}){_ALIAS_OPENER}(?P<alias>[^‘'“\"’”)\s]+)[’'”\"]?\)")
# The word before such a name, which a name of two words opens (`스튜디오 담쟁이`).
_WORD_BEFORE = re.compile(r"(?<![^\s(‘“])([가-힣A-Za-z0-9&]{2,}) $")


@lru_cache(maxsize=1)
def _names_and_aliases(text: str) -> tuple[re.Match[str], ...]:
    """The matches of ``_NAME_AND_ALIAS`` in ``text``, which the glosses of every recurrence
    pass over one article look for in turn."""
    return tuple(_NAME_AND_ALIAS.finditer(text))


def aliased_names(text: str) -> frozenset[str]:
    """The one-word names that give themselves an alias they shorten to, with the aliases
    (`겨레기공`, `겨레` of `겨레기공(이하 겨레)`): organisations' names before any pass reads them."""
    return frozenset(word for match in _names_and_aliases(text) if _abbreviates(match.group("alias"), match.group("name"))
                     for word in (match.group("name"), match.group("alias")))


def _unread_aliased(text: str, mentions: list[Mention], tokens: TokenIndex) -> list[Mention]:
    """A name that gives itself an alias it shortens to (`가늠ESG평가(이하 가늠)`), or a name of
    two words one of which is the alias (`스튜디오 담쟁이(이하 담쟁이)`), where no pass read it or
    its alias: a name that brackets so is an organisation's, unless its ending or a cue noun
    before it says otherwise. Not common nouns a study names its group by (`병동(이하 도입
    병동)`), unless a cue noun stands before them (`감속기 제조사 겨레기공(이하 겨레)`: `겨레`+`기공`)."""
    ends, by_start = {m.end for m in mentions}, {m.start: m for m in mentions}
    found = []
    for match in _names_and_aliases(text):
        start, name, alias = match.start("name"), match.group("name"), match.group("alias")
        read = by_start.get(match.start("alias"))
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        cue = None
        if before is not None and alias in (before.group(1), name):
            start, name = before.start(1), f"{before.group(1)} {name}"  # `스튜디오 담쟁이(이하 담쟁이)`
        elif read is not None or not _abbreviates(alias, name):
            continue  # a read alias of one word is _named_before_alias's
        elif known_common_nouns(name):
            first = tokens.at_start.get(start)
            if first is None or (cue := cue_before(tokens, first)) is None:
                continue  # a study's group (`병동(이하 도입 병동)`)
        if match.end("name") in ends:
            continue
        label = read.label if read is not None else cue or cued_label(name, "ORG")
        found.append(Mention(start, match.end("name"), label, "glosses", name))
        found.append(Mention(match.start("alias"), match.end("alias"), label, "glosses", name))
    return found


def glosses(text: str, mentions: list[Mention], tokens: TokenIndex) -> list[Mention]:
    """Mentions in parentheses right after a name, with its canonical name: glosses
    (`(高橋健太郎)`, `(Volkswagen)`), short forms (`그린큐브팜(그린큐브)`) and aliases (`(이하 KLS)`),
    and the name an alias shortens where only the alias was read (`세광밸브(이하 세광)`)."""
    added: list[Mention] = _named_before_alias(text, mentions) + _unread_aliased(text, mentions, tokens)
    labelled = {(m.start, m.end): m for m in mentions if m.source in CUED}
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
        if alias := _ALIAS.fullmatch(inside):  # `케이로지스솔루션(이하 KLS)`
            added += _aliased(text, mention, inside_start + alias.start("alias"), inside_start + alias.end("alias"))
            continue
        if both := _GLOSS_AND_ALIAS.fullmatch(inside):  # `코랄빗게임즈(Coralbit Games·이하 코랄빗)`
            added += _aliased(text, mention, inside_start + both.start("alias"), inside_start + both.end("alias"))
            inside, close = both.group("gloss"), inside_start + both.end("gloss")
        if HANGUL.search(inside):
            if inside in name and inside != name and inside_start in tokens.at_start:
                added.append(Mention(inside_start, close, mention.label, "glosses", canonical))
            continue
        position = inside_start
        for part in GLOSS_SPLIT.split(inside):
            part_start = text.find(part, position, close)
            position = part_start + len(part)
            if not part or part_start < 0 or not re.search(r"[A-Za-z\u4e00-\u9fff\u30a0-\u30ff]", part):
                continue
            if (own := labelled.get((part_start, part_start + len(part)))) is not None:
                own.canonical = canonical  # `KLS(Korea Logistics Service)`: its last word says what both name
                continue
            added.append(Mention(part_start, part_start + len(part), mention.label, "glosses", canonical))
    return added


# A gloss of as many capitalised words as two names side by side have: `(Rochebelle Materials)`.
_TWO_WORD_LATIN_GLOSS = re.compile(r"\([A-Z][\w'-]+ [A-Z][\w'-]+\)")


def glossed_pairs(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two mentions side by side, both an organisation's or both a product's, that a gloss of
    two capitalised words follows, are one name (`기업 로슈벨 머티리얼즈(Rochebelle Materials)`,
    read as `로슈벨` and `머티리얼즈`); not where the first is a whole name by its ending
    (`한빛그룹 누리전자(Nuri Electronics)`: a group and its company)."""
    result: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        previous = result[-1] if result else None
        if (previous is not None and previous.label == mention.label in ("ORG", "PRODUCT") and previous.end + 1 == mention.start
                and text[previous.end] == " " and _TWO_WORD_LATIN_GLOSS.match(text, mention.end)
                and not cued_label(text[previous.start : previous.end], "")):
            result[-1] = Mention(previous.start, mention.end, previous.label, previous.source,
                                 confidence=min(previous.confidence, mention.confidence))
            continue
        result.append(mention)
    return result
