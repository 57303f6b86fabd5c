"""Who the article is about, and which organisation each person belongs to: what the
actor rules fall back on for a sentence without an actor, and for a person's figures."""

from __future__ import annotations

import re

from pipeline.document import Document
from pipeline.schema import Entity, LinkedEntity
from pipeline.stages.claims import lexicon
from pipeline.stages.claims.views import QUOTATION
from pipeline.stages.entities.labels import title_follows

# Nouns by which a book review names the book it reviews (`원서는`, `이 책은`).
BOOK_WORDS = lexicon.words("book_word")
# ... and its author (`저자는`).
BOOK_AUTHOR_WORDS = lexicon.words("book_author_word")

# Titles that tie a person to an organisation (`다카하시 겐타로 유키하나제과 사장`, `도담 창업자 정하윤`).
TITLES = lexicon.in_order("title")

_TITLE = "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True))

# `다카하시 겐타로(高橋健太郎) 유키하나제과 사장`: a person, an optional gloss, the organisation, a title
_PERSON_TO_ORGANISATION = re.compile(r"\s*(?:\([^)]*\))?\s*")

# A title after the organisation, or its head's `장` glued to it (`해솔은행장은`, `경찰청장`).
_TITLE_AFTER_ORGANISATION = re.compile(rf"\s{{0,3}}(?:{_TITLE})|장(?:[은는이가을의과도]|에게)?(?![가-힣])")

# `도담 창업자 정하윤`, `해담F&B 대표로 취임한 윤재희`: the organisation, a title (which the
# person took up), the person
_TITLE_BETWEEN = re.compile(rf"\s*(?:{_TITLE})(?:으?로 (?:(?:취임|부임)한|(?:선임|임명|발탁|영입)된))?\s*")
# `고운끼니를 2019년 창업한 배수아 대표`: the organisation a relative clause says the person founded
_FOUNDED_BY = re.compile(r"[을를] (?:[^\s,.]+ ){0,3}(?:창업한|세운|설립한|창립한) ")


# The organisation an article is about names at least this many mentions, and this many
# times as many as the next one.
PROTAGONIST_MENTIONS = 3
PROTAGONIST_LEAD = 1.5
# ... and is named in the first third of the text: one the article comes to later is an
# example of its subject (a column's case, a digest's company quoted), not its subject.
PROTAGONIST_OPENING = 1 / 3


# A journal or paper an article cites (`저널 오브 마케팅 리서치(JMR)`) is where a study was
# published, never what the article is about.
_PUBLICATION = re.compile(r"저널|리뷰|신문|매거진|\b(?:Journal|Review|Quarterly|Times|Magazine)\b", re.I)
# A university, the home of a study's researchers, is no article's protagonist (`만하임대`, `성균관대학교`).
_UNIVERSITY = re.compile(r"(?:대학교|대학|대학원|[가-힣]{2,}대)$")


def protagonist(doc: Document) -> LinkedEntity | None:
    """The organisation the article is about (a case study's company), if one stands out."""
    organisations = sorted((e for e in doc.linked_entities if e.label == "ORG" and not _PUBLICATION.search(
        " ".join([e.canonical, *e.aliases])) and not _UNIVERSITY.search(e.canonical)), key=lambda e: -len(e.mentions))
    if not organisations or len(organisations[0].mentions) < PROTAGONIST_MENTIONS:
        return None
    if len(organisations) > 1 and len(organisations[1].mentions) * PROTAGONIST_LEAD > len(organisations[0].mentions):
        return None
    first = min(mention.start for mention in doc.entities if mention.entity == organisations[0].id)
    return organisations[0] if first <= len(doc.text) * PROTAGONIST_OPENING else None


# Nouns the first person names its own organisation by (`우리 재단`, `저희 회사`).
OWN_ORGANISATION_NOUNS = lexicon.in_order("own_organisation_noun")
_OWN_ORGANISATION = re.compile(rf"(?<![가-힣])(?:우리|저희) (?:{'|'.join(OWN_ORGANISATION_NOUNS)})(?=[은는이가의도을를과와에로]|[^가-힣]|$)")
# A practitioner writes of their organisation so at least this often, outside quotations.
OWN_ORGANISATION_MENTIONS = 2


def author_organisation(doc: Document) -> str | None:
    """The organisation a practitioner writing in the first person works for (`우리 재단은`,
    `우리 병원`, twice or more outside quotations): the one the byline's affiliation opens with
    (`봉하린 - 새움의료재단 구매관리팀장`), named in the article too (gold guide, reader columns)."""
    affiliation = doc.metadata.authors[0].affiliation if doc.metadata.authors else None
    if not affiliation or len(_OWN_ORGANISATION.findall(QUOTATION.sub("", doc.text))) < OWN_ORGANISATION_MENTIONS:
        return None
    named = [e for e in doc.linked_entities if e.label == "ORG" and any(
        affiliation.startswith(name) for name in (e.canonical, *e.aliases))]
    return max(named, key=lambda e: len(e.canonical)).canonical if named else None


def affiliations_of(doc: Document, about: str | None) -> dict[str, str]:
    """Person → organisation, from `다카하시 겐타로(高橋健太郎) 유키하나제과 사장`, `도담 창업자 정하윤`,
    `한빛랩 윤도경 대표` and `고운끼니를 2019년 창업한 배수아 대표`; a
    titled person named with no organisation (`오재민 대표는`) heads the one the article
    is ``about``."""
    text = doc.text
    # Glosses in brackets stand between a name and what follows it: they are left out.
    entities = sorted((e for e in doc.entities if text.rfind("(", 0, e.start) <= text.rfind(")", 0, e.start)),
                      key=lambda e: e.start)
    found: dict[str, str] = {}
    for before, after in zip(entities, entities[1:]):
        between = text[before.end : after.start]
        if before.label == "PERSON" and after.label == "ORG":
            if _PERSON_TO_ORGANISATION.fullmatch(between) and (
                    _TITLE_AFTER_ORGANISATION.match(text, after.end) or title_follows(text, after.end, words=2)):
                found.setdefault(before.canonical, after.canonical)
        elif before.label == "ORG" and after.label == "PERSON" and (
            _TITLE_BETWEEN.fullmatch(between) or _FOUNDED_BY.fullmatch(between)
            or (between == " " and _TITLE_AFTER_ORGANISATION.match(text, after.end))  # `한빛랩 윤도경 대표`
        ):
            found.setdefault(after.canonical, before.canonical)
    if about is not None:
        for entity in entities:
            if entity.label == "PERSON" and _TITLE_AFTER_ORGANISATION.match(text, entity.end):
                found.setdefault(entity.canonical, about)
    return found


def book_or_author(views: list, head_lemma: str) -> Entity | None:
    """The book a review names by a book word (`원서는 2019년 … 출간돼`, `이 책은`), or its author
    by an author word (`저자는 “…”라고 쓴다`: gold guide, fifteenth round), the person its credit
    line names before `지음`."""
    if head_lemma in BOOK_WORDS:
        return book_of(views)
    if head_lemma not in BOOK_AUTHOR_WORDS or book_of(views) is None:
        return None
    return next((e for view in views for e in view.entities if e.label == "PERSON" and any(
        t.lemma == "짓다" and e.end <= t.start <= e.end + 1 for t in view.tokens)), None)  # `지음`: 짓다 + 음


def book_of(views: list) -> Entity | None:
    """The book a review is about: the first title in book marks the article gives (the
    entity stage's `book titles`)."""
    return next((e for view in views for e in view.entities if e.found_by == "book titles"), None)

