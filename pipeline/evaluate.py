"""Comparing predicted records with gold records (SPEC §7).

Every record type is reduced to hashable keys — what must be equal for a
prediction to count — and precision, recall and F1 come from the multiset
intersection of predicted and gold keys. Offsets are compared in the gold text;
when a prediction's cleaned text differs from the gold's, its offsets are first
carried over by aligning the two texts.
"""

from __future__ import annotations

import difflib
from bisect import bisect_right
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field

from pipeline.schema import Record

Keyed = tuple[Hashable, str]  # what must be equal for a match, and how a miss or spurious record reads

METADATA_FIELDS = ("title", "section", "subtitle", "authors", "issue_number", "issue_date", "issue_part", "summary",
                   "categories", "editor_note", "credits", "interviewees")
# The columns of the per-article table.
ARTICLE_COLUMNS = ("metadata", "entities", "entities.unique", "quantities", "dates", "claims")


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"gold": self.gold, "predicted": self.predicted, "correct": self.correct,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


class Report:
    """Scores per record type (``entities``, ``entities.ORG``, ``claims.metric`` …), summed over documents."""

    def __init__(self) -> None:
        self.scores: dict[str, Score] = {}

    def add(self, name: str, gold: Iterable[tuple[Hashable, str]], predicted: Iterable[tuple[Hashable, str]]) -> None:
        """Count one document's ``(key, description)`` pairs for ``name``."""
        score = self.scores.setdefault(name, Score())
        gold, predicted = list(gold), list(predicted)
        misses, spurious = differences([key for key, _ in gold], [key for key, _ in predicted])
        score.gold += len(gold)
        score.predicted += len(predicted)
        score.correct += len(gold) - len(misses)
        score.misses.extend(gold[index][1] for index in misses)
        score.spurious.extend(predicted[index][1] for index in spurious)

    def merge(self, other: Report) -> None:
        """Add ``other``'s counts (another document's) to these."""
        for name, theirs in other.scores.items():
            score = self.scores.setdefault(name, Score())
            score.gold += theirs.gold
            score.predicted += theirs.predicted
            score.correct += theirs.correct
            score.misses.extend(theirs.misses)
            score.spurious.extend(theirs.spurious)


def differences(gold: list[Hashable], predicted: list[Hashable]) -> tuple[list[int], list[int]]:
    """Which records do not match: the indices of the gold keys that no predicted key
    matches (misses) and of the predicted keys that no gold key matches (spurious).
    Keys match as a multiset: where a key occurs more often on one side, its first
    occurrences there are the unmatched ones."""
    unmatched_gold = Counter(gold) - Counter(predicted)
    unmatched_predicted = Counter(predicted) - Counter(gold)

    def unmatched(keys: list[Hashable], left: Counter) -> list[int]:
        found = []
        for index, key in enumerate(keys):
            if left[key] > 0:
                left[key] -= 1
                found.append(index)
        return found

    return unmatched(gold, unmatched_gold), unmatched(predicted, unmatched_predicted)


def _same_number(value: float | None) -> Hashable:
    """A number as a key, equal for values within a relative 1e-9."""
    return None if value is None else float(f"{value:.9e}")


class Aligner:
    """Carries offsets of one text over to another (in ``compare``, the predicted text's to the gold's)."""

    def __init__(self, predicted: str, gold: str) -> None:
        self.identical = predicted == gold
        if not self.identical:
            matcher = difflib.SequenceMatcher(None, predicted, gold, autojunk=False)
            self.blocks = [block for block in matcher.get_matching_blocks() if block.size]
            self.starts = [block.a for block in self.blocks]

    def __call__(self, position: int) -> int | None:
        if self.identical:
            return position
        index = bisect_right(self.starts, position) - 1
        if index < 0:
            return None
        a, b, size = self.blocks[index]
        return b + position - a if position <= a + size else None


def _sentence_text(record: Record, sentence_id: str) -> str:
    for sentence in record.sentences:
        if sentence.id == sentence_id:
            return record.text[sentence.start : sentence.end]
    return ""


def _normalise(value: object) -> object:
    if isinstance(value, str):
        return re.sub(r"\s+", " ", value).strip()
    if isinstance(value, list):
        return tuple(_normalise(item) for item in value)
    if isinstance(value, dict):
        return tuple(sorted((key, _normalise(item)) for key, item in value.items() if key != "name_en"))
    return value


def keyed_records(predicted: Record, gold: Record) -> dict[str, tuple[list[Keyed], list[Keyed]]]:
    """The gold and the predicted ``(key, description)`` pairs of ``entities``, ``quantities``,
    ``quantities.spans``, ``dates`` and ``claims``, one per record in the record's order;
    predicted offsets are carried over to the gold text."""
    align = Aligner(predicted.text, gold.text)

    def spans(record: Record, items: list, key: Callable[[object], Hashable], aligned: bool) -> list[Keyed]:
        out = []
        for item in items:
            start, end = (align(item.start), align(item.end)) if aligned else (item.start, item.end)
            described = f"{item.text!r} [{item.start}:{item.end}] {_describe(item)} — {_sentence_text(record, item.sentence)}"
            out.append(((start, end, key(item)), described))
        return out

    def both(kind: str, key: Callable[[object], Hashable]) -> tuple[list[Keyed], list[Keyed]]:
        return spans(gold, getattr(gold, kind), key, False), spans(predicted, getattr(predicted, kind), key, True)

    return {
        "entities": both("entities", lambda e: e.label),
        "quantities": both("quantities", lambda q: (_same_number(q.value), q.unit, q.kind)),
        "quantities.spans": both("quantities", lambda q: None),
        "dates": both("dates", lambda d: d.value),
        "claims": (_claim_keys(gold), _claim_keys(predicted)),
    }


def record_differences(predicted: Record, gold: Record) -> dict[str, tuple[list[int], list[int]]]:
    """Per record type of ``keyed_records``, the indices of the missed gold records and of
    the spurious predicted ones: the decisions behind ``compare``'s misses and spurious."""
    return {name: differences([key for key, _ in g], [key for key, _ in p])
            for name, (g, p) in keyed_records(predicted, gold).items()}


def compare(predicted: Record, gold: Record, report: Report) -> None:
    """Add one document's comparison to ``report``."""
    keyed = keyed_records(predicted, gold)

    # metadata, field by field
    gold_meta, predicted_meta = gold.metadata.model_dump(), predicted.metadata.model_dump()
    for name in METADATA_FIELDS:
        g, p = _normalise(gold_meta[name]), _normalise(predicted_meta[name])
        empty = (None, ())
        report.add("metadata", [] if g in empty else [((name, g), f"{name} = {g!r}")],
                   [] if p in empty else [((name, p), f"{name} = {p!r}")])
    report.add("metadata.footnotes",
               [((r.marker, r.raw_start), f"marker {r.marker} at raw {r.raw_start}") for r in gold.metadata.footnote_refs],
               [((r.marker, r.raw_start), f"marker {r.marker} at raw {r.raw_start}") for r in predicted.metadata.footnote_refs])

    # entities
    gold_entities, predicted_entities = keyed["entities"]
    report.add("entities", gold_entities, predicted_entities)
    for name in sorted({e.label for e in (*gold.entities, *predicted.entities)}):
        report.add(f"entities.{name}",
                   [pair for pair, e in zip(gold_entities, gold.entities) if e.label == name],
                   [pair for pair, e in zip(predicted_entities, predicted.entities) if e.label == name])
    report.add("entities.unique",
               [((e.label, e.canonical), f"{e.label} {e.canonical}") for e in _unique(gold.entities)],
               [((e.label, e.canonical), f"{e.label} {e.canonical}") for e in _unique(predicted.entities)])

    # quantities and dates
    for name in ("quantities", "quantities.spans", "dates"):
        report.add(name, *keyed[name])

    # claims
    gold_claims, predicted_claims = keyed["claims"]
    report.add("claims", gold_claims, predicted_claims)
    for name in ("metric", "plan", "event", "quote"):
        report.add(f"claims.{name}", [c for c in gold_claims if c[0][0] == name],
                   [c for c in predicted_claims if c[0][0] == name])


def _unique(entities: list) -> list:
    seen: dict[tuple[str, str], object] = {}
    for entity in entities:
        seen.setdefault((entity.label, entity.canonical), entity)
    return list(seen.values())


def _describe(item) -> str:
    if hasattr(item, "label"):
        return f"{item.label} canonical={item.canonical}"
    if hasattr(item, "unit"):
        return f"value={item.value} unit={item.unit} kind={item.kind}"
    return f"value={item.value}"


def _claim_keys(record: Record) -> list[Keyed]:
    quantities = {q.id: q for q in record.quantities}
    dates = {d.id: d.value for d in record.dates}
    keys = []
    for claim in record.claims:
        date = dates.get(claim.date) if claim.date else None
        who = claim.speaker if claim.type == "quote" else claim.subject
        if claim.type in ("metric", "plan"):
            q = quantities.get(claim.quantity) if claim.quantity else None
            what: Hashable = (_same_number(q.value), q.unit) if q else None
        elif claim.type == "event":
            what = claim.predicate
        else:
            what = None
        shown = q.text if claim.type in ("metric", "plan") and q else (claim.predicate or "")
        description = f"{claim.type} {who} | {claim.predicate} | {shown} | date={date} — {claim.evidence[:120]}"
        keys.append(((claim.type, who, date, what), description))
    return keys


def format_table(report: Report) -> str:
    lines = [f"{'type':<22}{'gold':>6}{'pred':>6}{'ok':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for name, score in sorted(report.scores.items(), key=lambda item: _order(item[0])):
        lines.append(f"{name:<22}{score.gold:>6}{score.predicted:>6}{score.correct:>6}"
                     f"{score.precision:>8.3f}{score.recall:>8.3f}{score.f1:>8.3f}")
    return "\n".join(lines)


def format_articles(reports: dict[str, Report]) -> str:
    """F1 per article for the main record types; `-` where the article has none and none was predicted."""
    width = max([len("article"), *map(len, reports)]) + 2
    lines = [f"{'article':<{width}}" + "".join(f"{name:>17}" for name in ARTICLE_COLUMNS)]
    for doc_id, report in sorted(reports.items()):
        cells = []
        for name in ARTICLE_COLUMNS:
            score = report.scores.get(name, Score())
            cells.append(f"{'-' if not score.gold and not score.predicted else f'{score.f1:.3f}'}"
                         f" ({score.correct}/{score.gold})")
        lines.append(f"{doc_id:<{width}}" + "".join(f"{cell:>17}" for cell in cells))
    return "\n".join(lines)


def format_details(report: Report) -> str:
    lines = []
    for name, score in sorted(report.scores.items(), key=lambda item: _order(item[0])):
        if "." in name and not name.startswith("metadata") and name != "entities.unique":
            continue  # per-label rows repeat the rows of their type
        for description in score.misses:
            lines.append(f"MISS      {name:<18} {description}")
        for description in score.spurious:
            lines.append(f"SPURIOUS  {name:<18} {description}")
    return "\n".join(lines)


def _order(name: str) -> tuple[int, str]:
    groups = ("metadata", "entities", "quantities", "dates", "claims")
    head = name.split(".")[0]
    return (groups.index(head) if head in groups else len(groups), name)
