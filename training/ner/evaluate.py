"""`make bench-ner`: strict precision, recall and F1 of the entity stage on two validation sets.

- news: tests/ner/validation.jsonl, 400 KLUE-NER news sentences;
- business: tests/ner/business-validation.jsonl, 754 sentences of business articles (cases,
  columns, interviews, book reviews, research digests) written and labelled by hand for
  the project, none naming an entity of a gold-corpus article that KLUE and the gazetteer
  do not know.

Neither is ever trained or tuned on. The sentences go through morph and entities as they
are — no page cleaning, since they are sentences, not pages. A prediction counts when its
label, start and end equal a gold entity's.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from pipeline import Pipeline
from pipeline.document import Document
from pipeline.offsets import TextBuilder
from pipeline.schema import Block
from pipeline.stages import entities, morph

ROOT = Path(__file__).resolve().parent.parent.parent
VALIDATION = ROOT / "tests" / "ner" / "validation.jsonl"
BUSINESS_VALIDATION = ROOT / "tests" / "ner" / "business-validation.jsonl"
LABELS = ("PERSON", "ORG", "LOCATION", "PRODUCT", "EVENT")
CORE = ("PERSON", "ORG", "LOCATION")


def sentence_document(sentence_id: str, text: str) -> Document:
    """A document holding one sentence as its only paragraph, offsets one for one."""
    builder = TextBuilder()
    builder.append(text, 0)
    doc = Document(doc_id=sentence_id, raw=text)
    doc.text, doc.offsets = builder.build()
    doc.blocks = [Block(kind="paragraph", start=0, end=len(text), raw_start=0, raw_end=len(text))]
    return doc


def predict(items: list[dict]) -> list[set[tuple[int, int, str]]]:
    stages = Pipeline((("morph", morph.run), ("entities", entities.run)))
    return [{(e.start, e.end, e.label) for e in stages.run(sentence_document(i["id"], i["text"])).entities}
            for i in items]


def score(gold: list[set], predicted: list[set]) -> dict[str, tuple[int, int, int]]:
    """``label → (correct, predicted, gold)``, plus the micro totals ``core`` and ``all``."""
    counts: dict[str, Counter] = {name: Counter() for name in (*LABELS, "core", "all")}
    for gold_set, predicted_set in zip(gold, predicted):
        for span in gold_set:
            for name in _groups(span[2]):
                counts[name]["gold"] += 1
                counts[name]["correct"] += span in predicted_set
        for span in predicted_set:
            for name in _groups(span[2]):
                counts[name]["predicted"] += 1
    return {name: (c["correct"], c["predicted"], c["gold"]) for name, c in counts.items()}


def _groups(label: str) -> tuple[str, ...]:
    return (label, "all", "core") if label in CORE else (label, "all")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--min-core-f1", type=float, default=None,
                        help="exit 1 when PERSON+ORG+LOCATION micro F1 on the news set is below this")
    args = parser.parse_args()
    news = report("news", VALIDATION)
    report("business", BUSINESS_VALIDATION)
    if args.min_core_f1 is not None and news["core"] < args.min_core_f1:
        sys.exit(f"PERSON+ORG+LOCATION F1 {news['core']:.3f} on news is below {args.min_core_f1}")


def report(name: str, path: Path) -> dict[str, float]:
    """Print a validation set's scores per label; F1 per label and for ``core``/``all``."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    started = time.perf_counter()
    predicted = predict(items)
    elapsed = time.perf_counter() - started
    gold = [{(e["start"], e["end"], e["label"]) for e in item["entities"]} for item in items]
    print(f"{name}: {len(items)} validation sentences, {sum(map(len, gold))} entities ({elapsed:.1f} s)")
    print(f"{'label':<22}{'gold':>6}{'pred':>6}{'ok':>6}{'P':>8}{'R':>8}{'F1':>8}")
    f1s = {}
    for label, (correct, n_predicted, n_gold) in score(gold, predicted).items():
        p = correct / n_predicted if n_predicted else 0.0
        r = correct / n_gold if n_gold else 0.0
        f1s[label] = f = 2 * p * r / (p + r) if p + r else 0.0
        shown = {"core": "PERSON+ORG+LOCATION", "all": "all labels"}.get(label, label)
        print(f"{shown:<22}{n_gold:>6}{n_predicted:>6}{correct:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    sys.stdout.flush()
    return f1s

if __name__ == "__main__":
    main()
