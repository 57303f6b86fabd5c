"""`make train-ner`: rebuild the shipped NER model from the data, reproducibly.

    python -m training.ner.train [--max-steps N]

Prepares gold + silver data (training/ner/prepare.py), trains with
training/ner/config.cfg (fixed seed) and copies the best model on the dev set to
pipeline/resources/ner/.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

from spacy.cli.train import train

import pipeline.entity_tagger  # noqa: F401 - registers the entity tagger component with spaCy
import pipeline.stages.morph  # noqa: F401 - registers the Kiwi tokenizer with spaCy
from training.ner import prepare

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BUILD = ROOT / "build" / "ner"
SHIPPED = ROOT / "pipeline" / "resources" / "ner"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    parser.add_argument("--silver", action="store_true",
                        help="add silver sentences labelled from KLUE's form table (gold x3); measured to lower dev F1")
    args = parser.parse_args()
    prepare.main(BUILD, silver=args.silver)
    overrides = {"paths.train": str(BUILD / "train.spacy"), "paths.dev": str(BUILD / "dev.spacy")}
    if args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    train(HERE / "config.cfg", BUILD / "model", overrides=overrides)
    best = BUILD / "model" / "model-best"
    if SHIPPED.exists():
        shutil.rmtree(SHIPPED)
    shutil.copytree(best, SHIPPED)
    describe(SHIPPED)
    print(f"shipped {best} -> {SHIPPED}")


def describe(model: Path) -> None:
    """Name the shipped model, its data and its licence in its meta.json; no build paths in its config."""
    meta_path = model / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="dbr_ner",
        description="Korean NER (PERSON, ORG, LOCATION, PRODUCT, EVENT) on Kiwi tokens, for dbr-extract",
        license="CC BY-SA 4.0",
        sources=[
            {"name": "KLUE-NER train sentences and entity forms (KLUE-benchmark; konne/konec)",
             "license": "CC BY-SA 4.0"},
            {"name": "dbr-extract hand labels (training/ner/gold-train.jsonl, 7,500 KLUE-NER news sentences)",
             "license": "CC BY-SA 4.0"},
            {"name": "dbr-extract business-article sentences, written and labelled for the project "
                     "(training/ner/genre-train.jsonl)", "license": "CC BY-SA 4.0"},
        ],
    )
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    config_path = model / "config.cfg"  # the build paths mean nothing where the model is used
    config = re.sub(r'(?m)^(train|dev) = ".*"$', r"\1 = null", config_path.read_text(encoding="utf-8"))
    config_path.write_text(config, encoding="utf-8")


if __name__ == "__main__":
    main()
