"""Which entity words point to: the name that starts or ends at a token, the noun a
demonstrative phrase names (`이 스피커` → 스피커), and the organisation `이 회사` stands for
where no sentence called one so."""

from __future__ import annotations

from pipeline.schema import Entity
from pipeline.stages.claims.markets import past_time
from pipeline.stages.claims.views import DEMONSTRATIVES, OPENERS, Phrase, View


def demonstrative(view: View, phrase: Phrase) -> str | None:
    """The noun a demonstrative phrase names (`이 스피커` → 스피커, `올해 상반기 이 회사의` →
    회사), if it is one."""
    start = phrase.first + past_time(view, view.tokens[phrase.first : phrase.last + 1])
    first = view.tokens[start]
    if first.first != "MM" or first.text not in DEMONSTRATIVES:
        return None
    noun = None
    for token in view.tokens[start + 1 : phrase.last + 1]:
        if token.first not in ("NNG", "NNP"):
            break  # `이 플랫폼의 월간 이용자`: the determiner points with `플랫폼`
        noun = token.text
    return noun


# Nouns by which `이 회사` points back to an organisation.
COMPANY_NOUNS = ("회사", "기업", "업체")


def cited_organisation(view: View, before: int) -> Entity | None:
    """The organisation `이 회사` points back to where no sentence called one so: the source
    its sentence cites before it (`하나투어에 따르면 올해 상반기 이 회사의 송출객은`)."""
    def cites(entity: Entity) -> bool:
        after = view.token_at(entity.end - 1) + 1
        return [t.lemma for t in view.tokens[after : after + 2]] == ["에", "따르다"]
    cited = [e for e in view.entities if e.label == "ORG" and e.end <= before and cites(e)]
    return cited[-1] if cited else None


def entity_starting(view: View, index: int) -> Entity | None:
    """The entity that starts at token ``index``, past opening brackets and quotes."""
    while index < len(view.tokens) and view.tokens[index].text in OPENERS:
        index += 1
    if index >= len(view.tokens):
        return None
    start = view.tokens[index].start
    return next((e for e in view.entities if e.start == start), None)


def entity_ending(view: View, index: int) -> Entity | None:
    """The entity that ends at token ``index``, before a gloss in brackets."""
    index = view.name_end(index)
    if index < 0:
        return None
    end = view.tokens[index].end
    return next((e for e in view.entities if e.end == end), None)


def entity_named(view: View, name: str) -> Entity | None:
    return next((e for e in view.entities if e.canonical == name), None)
