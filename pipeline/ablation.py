"""``make ablate``: what each entity pass gains on the dev split of the gold corpus.

The stages before the entity stage run once per article; then the entity, link and
claims stages run once with every pass and once without each pass in turn. The table
gives, per pass, the F1 of entity mentions, unique entities and claims without it, and
its gain (F1 with every pass minus F1 without it) on the dev articles other than the
reference article (the one the rules were first written on) and on all of them. A pass
that gains nothing on the other dev articles has no place in the stage.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from pipeline.core import STAGES, to_record
from pipeline.document import Document
from pipeline.evaluate import Report, compare
from pipeline.schema import Record
from pipeline.stages import entities
from pipeline.validate import load_record

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "gold" / "dev"
REFERENCE = "dbr-247-bat-ai-strategy"
MEASURES = ("entities", "entities.unique", "claims")
_EARLY = tuple(stage for stage in STAGES if stage[0] in ("clean", "morph", "quantities", "dates"))
_LATE = tuple((name, run) for name, run in STAGES if name in ("link", "claims"))


def _prepared(gold_dir: Path) -> list[tuple[Document, Record]]:
    pairs = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = load_record(gold_path)
        doc = Document(doc_id=gold.doc_id, raw=(gold_dir / f"{gold.doc_id}.txt").read_text(encoding="utf-8"))
        for _, run in _EARLY:
            run(doc)
        pairs.append((doc, gold))
    return pairs


def _scores(pairs: list[tuple[Document, Record]], without: frozenset[str]) -> dict[str, dict[str, float]]:
    """F1 per measure, on the articles other than the reference (`others`) and on all."""
    others, everything = Report(), Report()
    for prepared, gold in pairs:
        doc = copy.copy(prepared)
        entities.run(doc, without=without)
        for _, run in _LATE:
            run(doc)
        article = Report()
        compare(to_record(doc), gold, article)
        everything.merge(article)
        if gold.doc_id != REFERENCE:
            others.merge(article)
    return {group: {m: report.scores[m].f1 for m in MEASURES} for group, report in (("others", others), ("all", everything))}


def main(gold_dir: Path = DEV) -> None:
    pairs = _prepared(gold_dir)
    baseline = _scores(pairs, frozenset())
    header = f"{'left out':<24}" + "".join(f"{m + ' (others)':>26}" for m in MEASURES) + f"{'entities (all)':>22}"
    print(f"{len(pairs)} dev articles; F1 without the pass, and its gain (F1 with it minus without)\n{header}")

    def row(name: str, scores: dict[str, dict[str, float]]) -> str:
        cells = [f"{scores['others'][m]:.3f} ({baseline['others'][m] - scores['others'][m]:+.3f})" for m in MEASURES]
        cells.append(f"{scores['all']['entities']:.3f} ({baseline['all']['entities'] - scores['all']['entities']:+.3f})")
        return f"{name:<24}" + "".join(f"{cell:>26}" for cell in cells[:-1]) + f"{cells[-1]:>22}"

    print(row("(nothing)", baseline))
    for name, _ in entities.PASSES:
        print(row(name, _scores(pairs, frozenset({name}))), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEV)
