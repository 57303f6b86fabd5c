"""Stage ``entities``: named mentions and their labels (SPEC §3).

The stage is an ordered list of named passes (``PASSES``), each a function of the
``Context``: finders add mentions (the gazetteer and country abbreviations first, as
the most trusted, then the NER model, then names that context shows), span passes set
where a mention begins and ends, filters drop what is no name, label passes set what a
name names, and recurrence passes find recognised names again. Every mention keeps the
pass that found it (``Entity.found_by``). Which mentions are one entity, and its
canonical name, is the next stage's (``link``).

``run(doc, without={...})`` leaves passes out: ``make ablate`` measures each one's gain.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from pipeline.document import Document
from pipeline.schema import Entity
from pipeline.stages.entities import citations, cues, filters, finders, glosses, labels, recurrence, spans
from pipeline.stages.entities.lexicon import cued_label
from pipeline.stages.entities.mentions import CUED, TRUSTED, Mention, TokenIndex, merge


@dataclass
class Context:
    doc: Document
    text: str
    tokens: TokenIndex
    mentions: list[Mention] = field(default_factory=list)


def _gazetteer(ctx: Context) -> None:
    ctx.mentions += finders.gazetteer_mentions(ctx.text, ctx.tokens)


def _page_people(ctx: Context) -> None:
    ctx.mentions = merge(ctx.text, finders.page_people(ctx.doc.metadata, ctx.text), ctx.mentions)


def _country_abbreviations(ctx: Context) -> None:
    ctx.mentions += finders.country_abbreviations(ctx.tokens)


def _model(ctx: Context) -> None:
    assert ctx.doc.tokens is not None
    ctx.mentions = merge(ctx.text, ctx.mentions, finders.model_mentions(ctx.doc.tokens, ctx.tokens))


def _english_headlines(ctx: Context) -> None:
    ctx.mentions = filters.english_headlines(ctx.text, ctx.mentions)


def _page_organisations(ctx: Context) -> None:
    # after the model: they win over what it read there, but never cut a longer name it read
    found = [o for o in finders.page_organisations(ctx.doc.metadata, ctx.text)
             if not any(m.start <= o.start and o.end <= m.end and m.end - m.start > o.end - o.start for m in ctx.mentions)]
    ctx.mentions = merge(ctx.text, found, ctx.mentions)


def _company_forms(ctx: Context) -> None:
    ctx.mentions = merge(ctx.text, ctx.mentions, finders.company_forms(ctx.text, ctx.mentions))


def _latin_glosses(ctx: Context) -> None:
    ctx.mentions = merge(ctx.text, ctx.mentions, finders.latin_glossed(ctx.tokens, ctx.mentions))


def _hanja_glosses(ctx: Context) -> None:
    ctx.mentions = merge(ctx.text, ctx.mentions, finders.hanja_glossed(ctx.tokens, ctx.mentions))


def _apposition(ctx: Context) -> None:
    found = cues.apposition(ctx.tokens, ctx.mentions)
    # A quoted name a cue classifies replaces the shorter mentions inside it (`‘등불 패스’`, the
    # model's `패스`), and one of its own span and label, which the cue confirms.
    around: dict[int, list[Mention]] = {}  # position → the names found that cover it
    for name in found:
        for position in range(name.start, name.end):
            around.setdefault(position, []).append(name)
    kept = [m for m in ctx.mentions if not any(
        m.end <= f.end and (f.end - f.start > m.end - m.start or f.label == m.label) for f in around.get(m.start, ()))]
    ctx.mentions = merge(ctx.text, kept, found)


def _brought_out(ctx: Context) -> None:
    found = cues.brought_out(ctx.text, ctx.mentions)
    kept = [m for m in ctx.mentions if not any(f.start <= m.start and m.end <= f.end for f in found)]
    ctx.mentions = sorted(kept + found, key=lambda m: m.start)


def _book_titles(ctx: Context) -> None:
    titles = cues.book_titles(ctx.text)
    spans = [(title.start, title.end) for title in titles]
    kept = [m for m in ctx.mentions if not any(start < m.end and m.start < end for start, end in spans)]
    ctx.mentions = kept + titles


def _completion(ctx: Context) -> None:
    for mention in ctx.mentions:
        spans.university(ctx.text, mention)
        spans.subdivision(ctx.text, mention)
        if mention.source not in TRUSTED:
            spans.complete(ctx.tokens, mention)
            if mention.source not in CUED | {"brought out"}:  # words beside the name said what it is (`‘비채 모아카드’`)
                mention.label = cued_label(ctx.text[mention.start : mention.end], mention.label)
        finders.group_company(ctx.text, mention)


def _place_chains(ctx: Context) -> None:
    labels.place_chains(ctx.text, ctx.mentions)


def _places_of_units(ctx: Context) -> None:
    ctx.mentions = labels.places_of_units(ctx.text, ctx.mentions)


def _branches(ctx: Context) -> None:
    ctx.mentions = merge(ctx.text, spans.branches(ctx.text, ctx.mentions), ctx.mentions)


def _event_names(ctx: Context) -> None:
    ctx.mentions = spans.event_names(ctx.tokens, ctx.mentions)


def _company_units(ctx: Context) -> None:
    ctx.mentions = spans.company_units(ctx.text, ctx.mentions)


def _person_and_organisation(ctx: Context) -> None:
    ctx.mentions = spans.person_and_organisation(ctx.text, ctx.mentions)


def _titled_glosses(ctx: Context) -> None:
    ctx.mentions = labels.glossed_titled_person(ctx.text, ctx.mentions)


def _titled_names(ctx: Context) -> None:
    titled = labels.titled_persons(ctx.text, ctx.mentions, glosses.aliased_names(ctx.text))
    confirmed = {(m.start, m.end) for m in titled}
    ctx.mentions = merge(ctx.text, [m for m in ctx.mentions if (m.start, m.end) not in confirmed], titled)


def _employer_before_title(ctx: Context) -> None:
    labels.employer_before_title(ctx.text, ctx.mentions)


def _founded_description(ctx: Context) -> None:
    labels.founded_description(ctx.text, ctx.mentions)
    ctx.mentions = merge(ctx.text, ctx.mentions, labels.founded_names(ctx.text, ctx.mentions))


def _book_credits(ctx: Context) -> None:
    labels.book_credits(ctx.text, ctx.mentions)


def _glossed_person(ctx: Context) -> None:
    ctx.mentions = glosses.glossed_pairs(ctx.text, spans.glossed_person(ctx.text, ctx.mentions))


def _hesitant_model(ctx: Context) -> None:
    ctx.mentions = filters.hesitant(ctx.tokens, ctx.mentions)


def _common_noun_names(ctx: Context) -> None:
    ctx.mentions = filters.common_noun_names(ctx.text, ctx.mentions)


def _kinds_of_things(ctx: Context) -> None:
    ctx.mentions = cues.kinds_of_things(ctx.tokens, ctx.mentions)


def _determined_words(ctx: Context) -> None:
    ctx.mentions = cues.determined_words(ctx.text, ctx.mentions)


def _untold_persons(ctx: Context) -> None:
    ctx.mentions = filters.untold_persons(ctx.text, ctx.mentions)


def _descriptions(ctx: Context) -> None:
    ctx.mentions = filters.descriptions(ctx.text, ctx.tokens, ctx.mentions)


def _person_before_title(ctx: Context) -> None:
    labels.person_before_title(ctx.text, ctx.mentions)


def _glosses(ctx: Context) -> None:
    ctx.mentions = merge(ctx.text, _sources_kept(glosses.glosses(ctx.text, ctx.mentions, ctx.tokens), ctx.mentions),
                         ctx.mentions)


def _sources_kept(glossed: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """``glossed``, where one is a mention of ``mentions`` found again (span and label), with
    that mention's source when a cue or a list found it: a name found again by its gloss or
    alias keeps the evidence (`2019년 설립된 율하스토리웍스(이하 율하)`, whose cue would otherwise
    no longer outvote the model's places)."""
    evidenced = {(m.start, m.end, m.label): m.source for m in mentions if m.source in CUED | TRUSTED}
    for mention in glossed:
        mention.source = evidenced.get((mention.start, mention.end, mention.label), mention.source)
    return glossed


def _found_again(find: Callable[[Context], list[Mention]]) -> Callable[[Context], None]:
    """A recurrence pass: the mentions ``find`` finds again, and the glosses after them
    (`훙위안정밀(宏遠精密)`, found only now). A name found again where a cue noun stands beside
    it (`퀵커머스 스타트업 지금마켓과`) takes the cue's label, as a name found first does, and
    the cue counts in the entity's vote; so does a founding that describes it (`2017년 설립된
    한술은`), which outweighs any cue."""

    def run_pass(ctx: Context) -> None:
        found = find(ctx)
        cues.relabel_by_apposition(ctx.tokens, found)
        labels.founded_description(ctx.text, found)
        glossed = _sources_kept(glosses.glosses(ctx.text, found, ctx.tokens), ctx.mentions)
        ctx.mentions = merge(ctx.text, glossed, merge(ctx.text, found, ctx.mentions))

    return run_pass


def _citations(ctx: Context) -> None:
    ctx.mentions = citations.cited(ctx.text, ctx.mentions)


def _languages(ctx: Context) -> None:
    ctx.mentions = merge(ctx.text, ctx.mentions, finders.languages(ctx.text, ctx.mentions))


def _latin_countries(ctx: Context) -> None:
    ctx.mentions = finders.latin_countries(ctx.text, ctx.mentions)


def _plausible(ctx: Context) -> None:
    ctx.mentions = filters.plausible(ctx.doc, ctx.mentions)

Pass = Callable[[Context], None]

PASSES: tuple[tuple[str, Pass], ...] = (
    ("gazetteer", _gazetteer),
    ("country abbreviations", _country_abbreviations),
    ("page people", _page_people),
    ("model", _model),
    ("english headlines", _english_headlines),
    ("page organisations", _page_organisations),
    ("company forms", _company_forms),
    ("hanja glosses", _hanja_glosses),
    ("latin glosses", _latin_glosses),
    ("apposition", _apposition),
    ("book titles", _book_titles),
    ("brought out", _brought_out),
    ("completion", _completion),
    ("place chains", _place_chains),
    ("places of units", _places_of_units),
    ("branches", _branches),
    ("event names", _event_names),
    ("person and organisation", _person_and_organisation),
    ("person before a title", _person_before_title),
    ("employer before a title", _employer_before_title),
    ("founded description", _founded_description),
    ("book credits", _book_credits),
    ("glossed person", _glossed_person),
    ("titled glosses", _titled_glosses),
    ("titled names", _titled_names),
    ("hesitant model", _hesitant_model),
    ("descriptions", _descriptions),
    ("common-noun names", _common_noun_names),
    ("kinds of things", _kinds_of_things),
    ("glosses", _glosses),
    ("determined words", _determined_words),
    ("untold persons", _untold_persons),
    ("propagation", _found_again(lambda ctx: recurrence.propagate(ctx.text, ctx.mentions, ctx.tokens))),
    ("short forms", _found_again(lambda ctx: recurrence.short_forms(ctx.text, ctx.mentions))),
    ("short forms spelt on", lambda ctx: recurrence.spelt_on(ctx.text, ctx.mentions)),
    ("product short forms", _found_again(lambda ctx: recurrence.product_short_forms(ctx.text, ctx.mentions))),
    ("family names", _found_again(lambda ctx: recurrence.family_names(ctx.text, ctx.mentions))),
    ("titled surnames", _found_again(lambda ctx: recurrence.titled_surnames(ctx.text, ctx.mentions))),
    ("company units", _company_units),
    ("citations", _citations),
    ("languages", _languages),
    ("latin countries", _latin_countries),
    ("plausible", _plausible),
)


def run(doc: Document, without: Collection[str] = ()) -> None:
    assert doc.tokens is not None, "morph has not run"
    ctx = Context(doc, doc.text, TokenIndex(doc.tokens, doc.text))
    for name, run_pass in PASSES:
        if name not in without:
            run_pass(ctx)
    doc.entities = [
        Entity(id=f"e{index}", text=ctx.text[m.start : m.end], label=m.label,
               canonical=m.canonical or ctx.text[m.start : m.end], found_by=m.source,
               start=m.start, end=m.end, sentence=doc.sentence_at(m.start).id, **_raw(doc, m))
        for index, m in enumerate(ctx.mentions)
    ]


def _raw(doc: Document, mention: Mention) -> dict[str, int]:
    raw_start, raw_end = doc.raw_span(mention.start, mention.end)
    return {"raw_start": raw_start, "raw_end": raw_end}
