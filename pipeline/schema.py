"""The record contract (SPEC §1–6): the single source of the JSON Schema and the SQL.

Field names are fixed by SPEC; fields may be added, never renamed or removed
without bumping ``SCHEMA_VERSION``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

BlockKind = Literal[
    "title", "subtitle", "summary", "editor_note", "heading", "paragraph", "quote", "sidebar", "bio"
]
EntityLabel = Literal["PERSON", "ORG", "LOCATION", "PRODUCT", "EVENT"]
QuantityKind = Literal[
    "money", "percent", "count", "score", "data_size", "duration", "length", "ratio", "rank", "other"
]
QuantityQualifier = Literal["approx", "at_least", "more_than", "at_most", "less_than", "estimate", "range"]
Period = Literal["day", "week", "month", "quarter", "year"]
DateQualifier = Literal["approx", "by", "end", "as_of", "since", "start", "mid"]
Granularity = Literal["century", "decade", "year", "half", "quarter", "month", "day", "time"]
ClaimType = Literal["metric", "plan", "event", "quote"]
EventKind = Literal["founded", "launched", "acquired", "invested", "partnered", "merged", "announced"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Model):
    """A stretch of the cleaned text, with where it came from in the input."""

    start: int = Field(ge=0, description="Start in `text` (code points).")
    end: int = Field(ge=0, description="End in `text`, exclusive.")
    raw_start: int = Field(ge=0, description="Start in the input as decoded.")
    raw_end: int = Field(ge=0, description="End in the input, exclusive.")


class Source(BaseModel):
    """Where the record came from. Extra keys of a JSONL input line (`url`, …) are kept."""

    model_config = ConfigDict(extra="allow")

    path: str | None = None
    sha256: str = Field(description="SHA-256 of the input text, UTF-8 encoded.")
    chars: int = Field(ge=0, description="Length of the decoded input in code points.")
    encoding: str = Field(default="utf-8", description="Encoding the input bytes were decoded from.")


class Author(Model):
    name: str
    name_en: str | None = None
    affiliation: str | None = None
    email: str | None = None


class Interviewee(Model):
    """A person the article interviews, as the subtitle or lead names them: first-person
    answers (`저희`, `우리 회사`) speak for ``organization``."""

    name: str
    organization: str | None = None
    role: str | None = Field(default=None, description="Job title as written, e.g. `대표`.")


class FootnoteRef(Model):
    marker: str = Field(description="The marker as printed, e.g. `2`.")
    start: int = Field(ge=0, description="Where the marker stood in `text`.")
    raw_start: int = Field(ge=0)
    raw_end: int = Field(ge=0)


class Metadata(Model):
    title: str | None = None
    section: str | None = None
    subtitle: str | None = None
    authors: list[Author] = []
    issue_number: int | None = None
    issue_date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}$")
    issue_part: int | None = None
    summary: str | None = None
    categories: list[str] = []
    editor_note: str | None = None
    credits: list[str] = []
    interviewees: list[Interviewee] = []
    footnote_refs: list[FootnoteRef] = []


class Block(Span):
    kind: BlockKind
    label: str | None = Field(default=None, description="Box label of a sidebar, e.g. `DBR mini box I`.")


class Sentence(Span):
    id: str
    block: int = Field(ge=0, description="Index of the block the sentence lies in.")


class Mention(Span):
    """A span of text that belongs to one sentence."""

    id: str
    text: str
    sentence: str


class Entity(Mention):
    label: EntityLabel
    canonical: str
    found_by: str | None = Field(default=None, description="The pass of the entity stage that found the mention "
                                                           "(or set its label), e.g. `model`, `gazetteer`.")
    entity: str | None = Field(default=None, description="Id of the entity (in `linked_entities`) it names.")


class LinkedEntity(Model):
    """One entity of the article: the mentions that name it, joined by the `link` stage."""

    id: str
    label: EntityLabel
    canonical: str
    aliases: list[str] = Field(default=[], description="Its other spellings in the article.")
    mentions: list[str] = Field(default=[], description="Ids of its mentions (`entities`).")


class Quantity(Mention):
    value: float | None = Field(description="The full number; null when the text gives none (`수천억`).")
    unit: str | None
    kind: QuantityKind
    qualifier: QuantityQualifier | None = None
    value_max: float | None = None
    per: Period | None = None


class DateRecord(Mention):
    value: str = Field(description="ISO style: `2018-01`, `2017-Q1`, `2017-H1`; `XXXX` for an unknown year, "
                                   "`199X` for a decade, `18XX` for a century (EDTF's unspecified digits).")
    end_value: str | None = None
    granularity: Granularity
    qualifier: DateQualifier | None = None
    end_qualifier: DateQualifier | None = Field(
        default=None, description="Qualifier of a range's last date (`초` in `2008년 말부터 2009년 초까지`)."
    )


class Claim(Model):
    id: str
    type: ClaimType
    subject: str
    predicate: str | None = None
    object: str | None = None
    quantity: str | None = Field(default=None, description="Id of a quantity record.")
    date: str | None = Field(default=None, description="Id of a date record.")
    qualifiers: list[str] = []
    speaker: str | None = None
    subject_entity: str | None = Field(
        default=None, description="Id of the entity (`linked_entities`) the subject names; null for a noun phrase.")
    object_entity: str | None = Field(default=None, description="Id of the entity the object names, if it names one.")
    speaker_entity: str | None = Field(default=None, description="Id of the entity the speaker names.")
    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    evidence: str


class Record(Model):
    """One article."""

    schema_version: str = SCHEMA_VERSION
    doc_id: str
    pipeline_version: str
    source: Source
    metadata: Metadata
    text: str
    blocks: list[Block]
    sentences: list[Sentence]
    linked_entities: list[LinkedEntity] = Field(default=[], description="The article's entities, each once.")
    entities: list[Entity] = Field(default=[], description="Mentions of named entities.")
    quantities: list[Quantity] = []
    dates: list[DateRecord] = []
    claims: list[Claim] = []
    warnings: list[str] = Field(
        default=[], description="What a user should know about the input: text that cleaning dropped, no article text."
    )
