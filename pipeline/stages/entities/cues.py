"""Words beside a name that say what it names (`기업 두야`, `‘Robotics X’라는 연구소`), and
the passes that use them: apposition (with quoted titles), book titles, and kinds of things
(`칩용 소켓`), which are no names."""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.stages.entities.lexicon import apposition_cues, cued_label, known_common_nouns
from pipeline.stages.entities.mentions import (
    CLOSING_QUOTES, OPENING_QUOTES, PROPER_TAGS, TRUSTED, Mention, TokenIndex, covered_positions, past_gloss,
)


def noun_cue(tokens: TokenIndex, first: int, last: int) -> str | None:
    """The label the common noun ``first..last`` gives a name beside it; Kiwi splits compounds
    (`피팅룸` → `피팅` `룸`), so the whole word counts, and its last noun (`하드웨어기업`)."""
    cues = apposition_cues()
    if not all(tag == "NNG" for tag in tokens.tags[first : last + 1]):
        return None
    return cues.get("".join(tokens.words[first : last + 1])) or cues.get(tokens.words[last])


def cue_before(tokens: TokenIndex, first: int) -> str | None:
    """The label a common noun right before a name gives it: `기업 두야`, `플랫폼인 아폴로`,
    `프로그램 ‘샤오청쉬’`; or a verb's modifying form: `스탠퍼드대가 주최한 SQuAD`."""
    last = first - 1
    if last >= 0 and not tokens.space_after[last] and tokens.words[last] not in OPENING_QUOTES:
        return None  # the name's own word goes on before it (`한국공공서비스정보원`'s `서비스`): no noun beside it
    if last >= 0 and tokens.words[last] in OPENING_QUOTES:
        last = _before_gloss(tokens, last - 1)
    if last >= 0 and tokens.words[last] == "인" and tokens.tags[last].startswith("VCP"):
        last -= 1
    elif last >= 0 and tokens.tags[last].endswith("ETM") and tokens.space_after[last]:
        word_start = tokens.text.rfind(" ", 0, tokens.starts[last]) + 1
        return apposition_cues().get(tokens.text[word_start : tokens.end(last)])
    if last < 0:
        return None
    start = last
    while start > 0 and not tokens.space_after[start - 1] and tokens.tags[start - 1] == "NNG":
        start -= 1
    return noun_cue(tokens, start, last)


def _before_gloss(tokens: TokenIndex, index: int) -> int:
    """The index before a gloss in round brackets glued to the word before it, where
    ``index`` closes one (`역할수행게임(RPG) ‘잿빛 왕관’`: the cue noun is `게임`); else ``index``."""
    if index < 0 or tokens.words[index] != ")":
        return index
    opening = next((i for i in range(index - 1, max(index - 6, 0), -1) if tokens.words[i] == "("), None)
    if opening is None or opening == 0 or tokens.space_after[opening - 1]:
        return index
    return opening - 1


def past_naming(tokens: TokenIndex, index: int) -> int:
    """The index after `(이)라는` ('called') at ``index`` (or ``index`` itself): Kiwi reads it as
    one token or as `이` + `라는`."""
    if tokens.words[index : index + 1] in (["라는"], ["이라는"]):
        return index + 1
    if tokens.words[index : index + 2] == ["이", "라는"]:
        return index + 2
    return index

# `X와 유사한 서비스`: what a name is likened to is a thing of the same kind.
LIKE = re.compile(r"(?:와|과) ?(?:유사|비슷)")


def cue_after(tokens: TokenIndex, last: int) -> str | None:
    """The label the noun after `(이)라는`, `같은` or `와 유사한` gives a name: `‘Robotics X’라는
    연구소`, `… 배송 로봇`, `알리샤오미 같은 서비스`, `카카오플러스와 유사한 미니 프로그램`."""
    index = past_gloss(tokens, last + 1)
    if index < len(tokens) and tokens.words[index] in CLOSING_QUOTES:
        index += 1
    if (named := past_naming(tokens, index)) > index:
        index = named
    elif tokens.words[index : index + 2] == ["같", "은"]:
        index += 2
    elif index < len(tokens) and tokens.tags[index] in ("JKB", "JC") and LIKE.match(tokens.text, tokens.starts[index]):
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
    return noun_cue(tokens, start, last)


def _nominalised_verbs(tokens: TokenIndex) -> dict[int, int]:
    """The words that open with common nouns glued to a verb nominalised by `기` (`다리놓기`):
    the first token of each → its last, the `기`. Found from the `기`, far rarer than nouns."""
    tags, space_after = tokens.tags, tokens.space_after
    found = {}
    for last in tokens.where(["기"]):
        if tags[last] != "ETN" or last < 2:
            continue
        noun = last - 2
        if tags[noun + 1] != "VV" or tags[noun] != "NNG" or space_after[noun] or space_after[noun + 1]:
            continue
        first = noun
        while first > 0 and tags[first - 1] == "NNG" and not space_after[first - 1]:
            first -= 1
        if first == 0 or space_after[first - 1]:
            found[first] = last
    return found


def apposition(tokens: TokenIndex, mentions: list[Mention]) -> list[Mention]:
    """Names a common noun beside them classifies: the label of mentions found otherwise
    (not from the gazetteer) is set by the cue, and quoted names or proper-noun runs with a
    cue are added."""
    relabel_by_apposition(tokens, mentions)
    covered = covered_positions(mentions)
    ordered = sorted(mentions, key=lambda m: m.start)
    found = []
    for first, last in name_candidates(tokens):
        start, end = tokens.starts[first], tokens.end(last)
        quoted = first > 0 and tokens.words[first - 1] in OPENING_QUOTES
        if covered.isdisjoint(range(start, end)) or quoted and _whole_quotation(ordered, start, end):
            cue = cue_before(tokens, first) or cue_after(tokens, last) or (quoted and _event_name(tokens.text[start:end]))
            if cue:
                found.append(Mention(start, end, cue, "apposition"))
    for first, last in _split_words(tokens):
        start, end = tokens.starts[first], tokens.end(last)
        # the cue first: reading a word alone in Kiwi is the costly test
        if covered.isdisjoint(range(start, end)) and (cue := cue_before(tokens, first)) and not known_common_nouns(
                tokens.text[start:end]):
            found.append(Mention(start, end, cue, "apposition"))
    return found + quoted_titles(tokens)


def _split_words(tokens: TokenIndex) -> list[tuple[int, int]]:
    """Words that Kiwi splits into nouns (`서오기계`: `서오` + `기계`): where no word of its
    dictionary reads them whole and a cue noun stands before them (`부품 기업 서오기계는`), a
    name it never learnt."""
    tags, space_after, count = tokens.tags, tokens.space_after, len(tokens)
    found = []
    for first in range(1, count):
        if tags[first] == "NNG" and space_after[first - 1]:
            last = first
            while last + 1 < count and not space_after[last] and tags[last + 1] in ("NNG", "NNB"):
                last += 1
            if last > first:
                found.append((first, last))
    return found


def _event_name(name: str) -> str | None:
    """EVENT for a quotation whose last word ends as an event's name does (`‘하나노모리
    꽃축제’를 연다`, `‘가람 테크 페스티벌’`): events are named in quotes, and their kind ends the name."""
    return "EVENT" if cued_label(name, "") == "EVENT" else None


def _whole_quotation(ordered: list[Mention], start: int, end: int) -> bool:
    """Whether the mentions found so far (``ordered`` by start) lie inside a quotation's words
    at ``start..end`` (`정액 상품 ‘등불 패스’` around the model's `패스`): the quoted name
    replaces them. Not over the gazetteer's, nor over a mention that crosses the quotes
    (mentions do not overlap, so only the last to start before them can)."""
    before = bisect_left(ordered, start, key=lambda m: m.start)
    if before and ordered[before - 1].end > start:
        return False
    inside = ordered[before : bisect_left(ordered, end, key=lambda m: m.start)]
    return all(m.end <= end and m.source not in TRUSTED for m in inside)


def relabel_by_apposition(tokens: TokenIndex, mentions: list[Mention]) -> None:
    """Sets the label of each mention (not the gazetteer's) that a cue noun stands beside."""
    for mention in mentions:
        bounds = tokens.span(mention.start, mention.end)
        if bounds is None or mention.source in TRUSTED:
            continue
        cue = cue_before(tokens, bounds[0]) or cue_after(tokens, bounds[1])
        if cue is not None:
            mention.label, mention.source = cue, "apposition"


# A book's title in its marks, with an optional gloss: `『조용한 권위(Quiet Authority)』`.
BOOK_TITLE = re.compile(r"『([^『』()]{1,60}?)\s*(?:\(([^()』]{1,60})\))?』")
# A work's title in the other marks Korean sets around one (`<검은 봄>`, `《기생충》`, `〈오징어 게임〉`):
# Hangul words, not a chart's or table's label (`<표>`).
WORK_TITLE = re.compile(r"[<《〈]((?!(?:표|그림|그래프|사진|도표)\s*\d*[>》〉])[가-힣][^<>《》〈〉\n]{0,30}?)[>》〉]")


def book_titles(text: str) -> list[Mention]:
    """A title in the marks Korean sets around a book's (`『조용한 권위』`) or another work's
    (`<검은 봄>`) is a PRODUCT, and the gloss in brackets inside a book's
    (`『첫 90일(The First 90 Days)』`) names the same book."""
    found = [Mention(match.start(1), match.end(1), "PRODUCT", "book titles", match.group(1))
             for match in WORK_TITLE.finditer(text)]
    for match in BOOK_TITLE.finditer(text):
        title = match.group(1).strip()
        start = match.start(1) + match.group(1).index(title)
        found.append(Mention(start, start + len(title), "PRODUCT", "book titles", title))
        if match.group(2):
            gloss = match.group(2).strip()
            gloss_start = match.start(2) + match.group(2).index(gloss)
            found.append(Mention(gloss_start, gloss_start + len(gloss), "PRODUCT", "book titles", title))
    return found


def quoted_titles(tokens: TokenIndex) -> list[Mention]:
    """A quotation of any words that `(이)라는` and a cue name (`‘AI 시대를 준비하는
    은행’이라는 포럼`) is the title of that thing; so is a short one that a cue noun follows as
    the next word (`‘618’ 행사로`, `‘구독메모’ 서비스를`)."""
    found = []
    for index in tokens.where(OPENING_QUOTES):
        closing = next((i for i in range(index + 2, min(index + 16, len(tokens))) if tokens.words[i] in CLOSING_QUOTES), None)
        if closing is None:
            continue
        if past_naming(tokens, closing + 1) > closing + 1:
            cue = cue_after(tokens, closing - 1)
        else:
            cue = _kind_after(tokens, closing) if closing - index <= 5 else None
        if cue is not None:
            found.append(Mention(tokens.starts[index + 1], tokens.end(closing - 1), cue, "apposition"))
    return found

# A short quotation (up to a gloss) that is the object of a verb of bringing out, alone or
# with the kind of thing it names, the verb up to three words after it: `‘굴라아렌 라테’를
# 내놨다`, `‘포근밴드 캣’을 출시했는데`, `‘구독노트’ 서비스를 선보였다`, `‘들풀 라면’을 유럽과
# 미국에 동시에 출시했다`.
_BROUGHT_OUT = re.compile(
    r"‘(?P<name>[^‘’\n]{1,40})’(?:\s?(?P<kind>[가-힣]{1,4}))?(?:을|를|(?:이)?라는 이름으로)\s+(?:\S+\s+){0,3}"
    r"(?P<verb>내놓|내놨|출시|선보|공개|개발|만들|만든|운영|완성)"
)
# The same verbs in their past adnominal form right before the quotation (`함께 내놓은 ‘비채
# 모아카드’는`, `노을랩이 개발한 ‘널스플랜’이다`).
_BROUGHT_OUT_BEFORE = re.compile(r"(?P<verb>내놓은|내놨던|출시한|선보인|공개한|개발한|만든) ‘(?P<name>[^‘’\n]{1,40})’")
# Last words of a quoted report's or survey's title, which is brought out too but names no product
# (`지난달 내놓은 ‘2024 수도권 통근 실태 조사’`).
_REPORT_WORDS = ("조사", "보고서", "리포트", "백서", "대책")
# A verb among them that puts a product on the market, not only makes it, from the verb the
# pattern found to the end of its sentence (`‘…’을 개발해 지난해 10월 … 내놨다`).
_LAUNCHING = re.compile(r"[^.\n]*?(?:내놓|내놨|출시|선보|공개)")


_POLICY_WORDS = frozenset({"전략", "계획", "방안", "대책", "정책", "원칙", "비전", "목표", "로드맵", "지침"})

_INTENDED = re.compile(r"(?:할|을)?\s(?:계획|예정|방침)|[가-힣]{0,2}겠")


def brought_out_spans(text: str, launched: bool = False) -> list[tuple[int, int]]:
    """Where quoted names stand that the article brings out (`‘굴라아렌 라테’를 내놨다`): a
    product's name each, up to a gloss; no policy nor a description of what it does. With
    ``launched``, only those put on the market (`내놨다`, `출시했다`), not only made (`만들었다`)."""
    found = []
    for match in sorted((*_BROUGHT_OUT.finditer(text), *_BROUGHT_OUT_BEFORE.finditer(text)), key=lambda m: m.start("name")):
        if launched and not _LAUNCHING.match(text, match.start("verb")):
            continue
        start, end = match.span("name")
        end = start + len(text[start:end].split("(")[0].rstrip())  # up to a gloss: `‘엑사원(EXAONE) 2.0’`
        name = text[start:end]
        if " ".join(name.split()) != name or len(name.split()) > 4 or name.split()[-1] in _POLICY_WORDS or (
                match.groupdict().get("kind") in _POLICY_WORDS) or name.endswith(_REPORT_WORDS):
            continue  # `‘핵심 광물 확보 전략’을 내놓고`, `‘탈탄소’ 전략을`: a policy, not a product
        if name.endswith(("는", "다")):
            continue  # `‘아무거나 틀어주는’ 기능을`: a description of what it does
        if _INTENDED.match(text, match.end()):
            continue  # `‘나눔 물류망’을 만들 계획이다`: not brought out yet
        found.append((start, end))
    return found


def brought_out(text: str, mentions: list[Mention]) -> list[Mention]:
    """A quoted name brought out (`‘굴라아렌 라테’를 내놨다`, `‘사장님 바로정산’을 내놨다`) is a
    product's, all of it; a mention inside it (`바로정산`) gives way."""
    found = []
    for start, end in brought_out_spans(text):
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        if any(m.start < end and start < m.end for m in mentions if m not in inside):
            continue
        if [(m.start, m.end) for m in inside] == [(start, end)]:
            if inside[0].source == "model" and inside[0].label in ("PERSON", "PRODUCT", "ORG"):
                inside[0].label, inside[0].source = "PRODUCT", "brought out"  # a person is not brought out
            continue  # found already, as it stands
        found.append(Mention(start, end, "PRODUCT", "brought out"))
    return found


def _kind_after(tokens: TokenIndex, closing: int) -> str | None:
    """The label of a cue noun that is the whole next word after a quotation (`‘618’ 행사로`,
    `‘구독메모’ 서비스를`), a particle after it."""
    first = closing + 1
    if first >= len(tokens) or not tokens.space_after[closing]:
        return None
    last = first
    while last + 1 < len(tokens) and not tokens.space_after[last] and tokens.tags[last + 1] == "NNG":
        last += 1
    return noun_cue(tokens, first, last)


NAME_PART_TAGS = frozenset({"NNP", "NNG", "SL", "SH", "SN", "NR", "XSN"})


def name_candidates(tokens: TokenIndex) -> list[tuple[int, int]]:
    """Token ranges that may be a name: the words of a short quotation (up to a gloss), runs
    of proper-noun and foreign-word tokens, and a noun glued to a verb nominalised by `기`
    (`다리놓기`, which Kiwi reads as 다리 + 놓 + 기)."""
    words, tags, count = tokens.words, tokens.tags, len(tokens)
    verb_names = _nominalised_verbs(tokens)
    openers = verb_names.keys() | set(tokens.where(OPENING_QUOTES)) | {
        index for index, tag in enumerate(tags) if tag in PROPER_TAGS}
    candidates = []
    after = 0  # the token after the last candidate
    for index in sorted(openers):
        if index < after:
            continue
        if (verb_name := verb_names.get(index)) is not None:
            candidates.append((index, verb_name))
            after = verb_name + 1
        elif words[index] in OPENING_QUOTES:
            last = index + 1
            while last < count and last - index <= 6 and tags[last] in NAME_PART_TAGS:
                last += 1
            if last > index + 1 and past_gloss(tokens, last) < count and words[past_gloss(tokens, last)] in CLOSING_QUOTES:
                candidates.append((index + 1, last - 1))
                after = last
        else:
            last = index
            while last + 1 < count and (tags[last + 1] in PROPER_TAGS or _glued_part(tokens, index, last + 1)):
                last += 1
            candidates.append((index, last))
            after = last + 1
    return candidates


def _glued_part(tokens: TokenIndex, first: int, index: int) -> bool:
    """Whether the token at ``index`` goes on, glued, a name that Latin letters open: a model
    code's hyphen, or its digits after a hyphen or a dot (`ID.3`, `HR-105`), or the rest of
    the Korean word after the letters (`H마트`, `K바이오인사이트`, which Kiwi reads as letters and
    common nouns); not digits glued to the letters, a technology's generation more often than a
    product (`HBM3E`)."""
    words, tags = tokens.words, tokens.tags
    if tokens.starts[index] != tokens.end(index - 1) or not ("A" <= words[first][:1].upper() <= "Z"):
        return False
    if tags[index] == "NNG":
        return True
    return words[index] == "-" or (tags[index] == "SN" and (words[index - 1] == "-" or words[index - 1].endswith(".")))


# Noun suffixes of use or type, as Kiwi splits them off (`가속기`+`용`): the word after them is a
# kind of thing. Kiwi keeps some such words whole (`한국식`, `재활용`), which then make nothing so.
_KIND_SUFFIXES = frozenset({"용", "식", "형"})


def kinds_of_things(tokens: TokenIndex, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the words the article writes, anywhere, right after a noun with a
    suffix of use or type (`AI 칩용 소켓은`, `소상공인용 포스`, `용접·적재용 협동로봇`): a kind of
    thing, no name wherever it stands (the model read `소켓` as a company 29 times in one
    interview). Listed names stand."""
    kinds = set()
    for index in range(1, len(tokens)):
        before = index - 1
        if tokens.tags[before] == "XSN" and tokens.words[before] in _KIND_SUFFIXES and tokens.space_after[before] and (
                tokens.tags[index] in ("NNG", "NNP")):
            last = index
            while last + 1 < len(tokens) and not tokens.space_after[last] and tokens.tags[last + 1] in ("NNG", "NNP"):
                last += 1
            kinds.add(tokens.text[tokens.starts[index] : tokens.end(last)])
    return [m for m in mentions if m.source in TRUSTED or tokens.text[m.start : m.end] not in kinds]


# Determiners, which stand before a common noun and never before a person's or a place's name.
_DETERMINERS = frozenset({"한", "이", "그", "각", "모든", "어느", "여러", "이런", "그런"})
_WORD_BEFORE = re.compile(r"(?<=\s)(\S+) $")


def determined_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the model's names whose word stands right after a determiner
    somewhere in the article (`성수동의 한 안경원`, `이 안경원은`, read as a person for its shape
    of a Korean full name; `한 크래프트 맥주`): a common noun there, and so everywhere."""
    determined = {
        text[m.start : m.end] for m in mentions
        if m.source == "model" and (before := _WORD_BEFORE.search(text, max(0, m.start - 8), m.start)) is not None
        and before[1] in _DETERMINERS
    }
    return [m for m in mentions if not (m.source == "model" and text[m.start : m.end] in determined)]
