"""What an article's review page shows: its blocks with every record marked in place,
its claims, and, against gold, what was missed and what is spurious.

Which records differ from the gold is ``pipeline.evaluate``'s decision (the same keys
and matching as ``dbr-extract evaluate``); gold records are placed in the shown text
with evaluate's ``Aligner`` when the two cleaned texts differ.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from pipeline.evaluate import Aligner, Report, compare, record_differences
from pipeline.review.markup import Mark, MarkedText
from pipeline.schema import Claim, DateRecord, Entity, Quantity, Record

KINDS = ("entities", "quantities", "dates", "claims")
MARKED_KINDS = KINDS[:3]
_MARK_CLASS = {"entities": "ent", "quantities": "qty", "dates": "date"}
_STATUS_TIPS = {"missed": " · MISSED: in the gold, not in the record", "spurious": " · SPURIOUS: not in the gold"}
_GROUPED = ("summary", "sidebar", "bio")  # kinds whose consecutive blocks make one box


@dataclass
class Item:
    """A record shown on the page: one of the article's own, or a gold record it missed."""

    record: Entity | Quantity | DateRecord | Claim
    source: Record  # the record (article or gold) it belongs to
    status: str | None  # None without gold; "matched", "spurious" or "missed"
    anchor: str  # its element id
    span: tuple[int, int] | None  # in the shown text; None for a gold record that the text lacks
    evidence: list[str] = field(default_factory=list)  # claims: the ids of the sentences of the evidence

    @property
    def name(self) -> str:
        """The record's id, marked as the gold's for a missed record (ids of the two may clash)."""
        return f"gold {self.record.id}" if self.status == "missed" else self.record.id

    @property
    def tip(self) -> str:
        """What hovering over the mark (or focusing it) tells."""
        record = self.record
        if isinstance(record, Entity):
            told = f"{record.label} · canonical: {record.canonical}"
        elif isinstance(record, Quantity):
            told = describe_quantity(record)
        elif isinstance(record, DateRecord):
            told = describe_date(record)
        else:
            told = f"{record.type} claim"
        return f"{self.name} · {told}{_STATUS_TIPS.get(self.status, '')}"


def describe_quantity(quantity: Quantity) -> str:
    value = "no value" if quantity.value is None else _number(quantity.value)
    if quantity.value_max is not None:
        value += f"–{_number(quantity.value_max)}"
    parts = [f"{value} {quantity.unit or ''}".strip(), quantity.kind]
    parts += [part for part in (quantity.qualifier, f"per {quantity.per}" if quantity.per else None) if part]
    return " · ".join(parts)


def describe_date(date: DateRecord) -> str:
    value = date.value + (f"–{date.end_value}" if date.end_value else "")
    return " · ".join(part for part in (value, date.granularity, date.qualifier) if part)


def _number(value: float) -> str:
    return f"{value:,.0f}" if value.is_integer() else f"{value:,}"


@dataclass
class ClaimRow:
    item: Item
    quantity: Quantity | None
    date: DateRecord | None
    quantity_anchor: str | None  # where the quantity is marked, if it is
    date_anchor: str | None


@dataclass
class ArticleView:
    record: Record
    gold: Record | None
    blocks: list[tuple[str, str | None, list[Markup]]]  # (kind, sidebar label, the HTML of each block)
    items: dict[str, list[Item]]  # per kind, in text order
    claims: list[ClaimRow]
    placed: set[str]  # the ids written in the text: sentences and the records marked there
    report: Report | None  # against gold: evaluate's scores of this article
    metadata_differences: list[str]

    @property
    def counts(self) -> dict[str, int]:
        return {kind: len(getattr(self.record, kind)) for kind in KINDS}

    def differences(self, kind: str) -> list[Item]:
        return [item for item in self.items[kind] if item.status in ("missed", "spurious")]


def article_view(record: Record, gold: Record | None = None) -> ArticleView:
    items = _items(record, gold)
    sentence_starts = [s.start for s in record.sentences]
    for claim in items["claims"]:
        if claim.span is not None:
            first = max(bisect_right(sentence_starts, claim.span[0]) - 1, 0)
            last = bisect_left(sentence_starts, claim.span[1])
            claim.evidence = [s.id for s in record.sentences[first:last] if s.end > claim.span[0]]
    text = MarkedText(record.text, _marks(record, items), _back_links(record, items["claims"]))
    blocks = _blocks(record, text)
    placed = text.written
    report: Report | None = None
    metadata_differences: list[str] = []
    if gold is not None:
        report = Report()
        compare(record, gold, report)
        metadata_differences = [f"missed: {d}" for d in report.scores["metadata"].misses]
        metadata_differences += [f"spurious: {d}" for d in report.scores["metadata"].spurious]
    return ArticleView(
        record=record, gold=gold, blocks=blocks, items=items,
        claims=[_claim_row(item, items, placed) for item in items["claims"]], placed=placed,
        report=report, metadata_differences=metadata_differences,
    )


def _items(record: Record, gold: Record | None) -> dict[str, list[Item]]:
    """The article's records and, against gold, the gold records it missed, in text order."""
    differences = record_differences(record, gold) if gold is not None else {}
    align = Aligner(gold.text, record.text) if gold is not None else None
    items: dict[str, list[Item]] = {}
    for kind in KINDS:
        missed, spurious = differences.get(kind, ((), ()))
        spurious = set(spurious)
        own = [
            Item(record=item, source=record, status=None if gold is None else "spurious" if index in spurious else "matched",
                 anchor=item.id, span=(item.start, item.end))
            for index, item in enumerate(getattr(record, kind))
        ]
        gold_only = [Item(record=item, source=gold, status="missed", anchor=f"gold-{item.id}", span=_placed(align, item))
                     for item in (getattr(gold, kind)[index] for index in missed)]
        items[kind] = sorted(own + gold_only, key=lambda i: (i.span is None, i.span or (0, 0), i.status == "missed"))
    return items


def _placed(align: Aligner, item) -> tuple[int, int] | None:
    start, end = align(item.start), align(item.end)
    return (start, end) if start is not None and end is not None and start < end else None


def _marks(record: Record, items: dict[str, list[Item]]) -> list[Mark]:
    marks = [Mark(s.start, s.end, s.id, "sent", tag="span", layer=0) for s in record.sentences]
    for kind in MARKED_KINDS:
        for item in (i for i in items[kind] if i.span is not None):
            classes = [_MARK_CLASS[kind]]
            if kind == "entities":
                classes.append(f"l-{item.record.label}")
            if item.status:
                classes.append(item.status)
            marks.append(Mark(*item.span, item.anchor, " ".join(["m", *classes]),
                              attributes=(("title", item.tip), ("tabindex", "0"))))
    return marks


def _back_links(record: Record, claims: list[Item]) -> dict[int, list[Markup]]:
    """Links from the end of each claim's evidence back to its row in the claims table."""
    sentence_ends = {s.id: s.end for s in record.sentences}
    links: dict[int, list[Markup]] = {}
    for item in claims:
        if item.evidence:
            classes = " ".join(filter(None, ("back", f"t-{item.record.type}", item.status)))
            links.setdefault(sentence_ends[item.evidence[-1]], []).append(Markup(
                f'<a class="{classes}" href="#row-{escape(item.anchor)}" title="{escape(item.tip)}">'
                f"{escape(item.record.id)}</a>"
            ))
    return links


def _blocks(record: Record, text: MarkedText) -> list[tuple[str, str | None, list[Markup]]]:
    """The blocks' HTML; consecutive summary or bio blocks, or sidebar blocks of one box, go together."""
    grouped: list[tuple[str, str | None, list[Markup]]] = []
    for block in record.blocks:
        html = text.html(block.start, block.end)
        if grouped and block.kind in _GROUPED and grouped[-1][:2] == (block.kind, block.label):
            grouped[-1][2].append(html)
        else:
            grouped.append((block.kind, block.label, [html]))
    return grouped


def _claim_row(item: Item, items: dict[str, list[Item]], placed: set[str]) -> ClaimRow:
    claim, source = item.record, item.source
    quantity = next((q for q in source.quantities if q.id == claim.quantity), None) if claim.quantity else None
    date = next((d for d in source.dates if d.id == claim.date), None) if claim.date else None

    def anchor(kind: str, record) -> str | None:
        if record is None:
            return None
        found = next((i.anchor for i in items[kind] if i.record is record), None)
        return found if found in placed else None

    return ClaimRow(
        item=item,
        quantity=quantity,
        date=date,
        quantity_anchor=anchor("quantities", quantity),
        date_anchor=anchor("dates", date),
    )
