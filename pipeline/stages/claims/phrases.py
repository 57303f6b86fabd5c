"""The noun phrases of a sentence that a particle ends (SPEC §6's grammatical roles): topic
(`은`/`는`), subject (`이`/`가`), object (`을`/`를`), `도` ("also"), `만` before `보면` ("only"),
a place of `에는`, and adverbials; each from its particle back over nouns, `의`, coordination,
determiners and brackets."""

from __future__ import annotations

from pipeline.stages.claims.markets import CONTRAST_NOUNS
from pipeline.stages.claims.views import OPENERS, Phrase, Token, View


# Marks that open a list's item (`• 고령 고객의 …`, `○ …`).
LIST_MARKS = frozenset("•●○▪◦")


def find_phrases(view: View) -> None:
    tokens = view.tokens
    for index, token in enumerate(tokens):
        role = _role(tokens, index) or _particle_after_name(view, index)
        if role is None:
            continue
        last = index if token.nominal and len(token.tags) > 1 else index - 1
        if role == "locative":
            last = index - 2  # before `에`/`에서` of `에는`
        if last < 0 or not (view.nominal(last) or last in view.partner):
            continue
        first = _phrase_start(view, last)
        while first < last and tokens[first].text in LIST_MARKS:
            first += 1  # `• 표시 매장의 … 비중은`: a list item's mark is no word of its phrase
        view.phrases.append(Phrase(first, last, index, role))

def _role(tokens: list[Token], index: int) -> str | None:
    token = tokens[index]
    tag = token.last
    if tag == "JX" and token.text[-1] in "은는" and not any(t.startswith("E") for t in token.tags):
        previous = tokens[index - 1] if index else None
        if previous is not None and previous.last == "JKB" and len(token.tags) == 1:
            return "locative"
        return "topic"
    if tag == "JX" and token.text.endswith("도") or token.text == "역시" and token.tags == ("MAG",):
        return "also"  # `삼성전자도`, `코스트코 역시` ("as well")
    if tag == "JX" and token.text == "만" and _looked_at(tokens, index + 1):
        return "only"  # `개인 음식점 점주만 보면`: the part of a whole a sentence looks at
    return {"JKS": "subject", "JKO": "object", "JKB": "adverbial"}.get(tag)


def _looked_at(tokens: list[Token], index: int) -> bool:
    """Whether token ``index`` opens `보면`, `따로 보면` or `떼어 보면` (looking at it alone)."""
    while index < len(tokens) and tokens[index].lemma in ("따로", "떼다"):
        index += 1 + (tokens[index].lemma == "떼다")  # `떼`+`어`
    return index + 1 < len(tokens) and tokens[index].lemma == "보다" and tokens[index + 1].text == "면"


# The role of a particle by its form, where Kiwi read the name before it as a verb and the
# particle as its ending (`콩담은` → `콩`/NNG `담`/VV `은`/ETM).
_PARTICLE_ROLES = {"은": "topic", "는": "topic", "이": "subject", "가": "subject", "을": "object", "를": "object",
                   "도": "also"}


def _particle_after_name(view: View, index: int) -> str | None:
    """The role of token ``index`` where it is a particle's form glued right after a name
    that Kiwi read as other words, with the particle as an ending."""
    token = view.tokens[index]
    if not index or index in view.named or index - 1 not in view.named or view.tokens[index - 1].end != token.start:
        return None
    ends_name = any(entity.end == token.start for entity in view.entities)
    return _PARTICLE_ROLES.get(token.text) if ends_name and token.first.startswith("E") else None


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
        if token.text in OPENERS:
            if index in view.partner:
                break  # the phrase started inside these brackets
            index -= 1  # a stray opener: `디디다처((嘀嘀打车)`
            continue
        inside = (
            view.nominal(index)
            or token.first in ("JKG", "JC", "MM")
            or token.text in ("및", "·")
            or (token.first == "VCP" and token.last == "ETM")
        )
        if not inside:
            break
        index -= 1
    first = index + 1
    # A phrase starts with a noun, not with a particle or `인` left at its edge, nor with a
    # noun that joins its clause to the one before (`… 쓴 반면 바이오 벤처는`, `반면 니켈 가격은`).
    while first < last and (not (view.nominal(first) or tokens[first].first == "MM" or first in view.partner)
                            or tokens[first].lemma in CONTRAST_NOUNS):
        first += 1
    return first


def object_after(view: View, phrase: Phrase) -> Phrase | None:
    """The object phrase that follows ``phrase`` in its clause, if any."""
    for later in view.phrases:
        if later.first <= phrase.particle:
            continue
        if any(view.clause_end(i) for i in range(phrase.particle + 1, later.first)):
            return None
        if later.role == "object":
            return later
    return None


def measured_after(view: View, phrase: Phrase) -> bool:
    """Whether a figure follows the phrase in its clause."""
    start, end = view.tokens[phrase.particle].end, view.tokens[view.clause_end_from(phrase.particle)].end
    return any(start <= q.start < end for q in view.quantities)
