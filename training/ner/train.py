"""`make train-ner`: rebuild the shipped NER model from the data, reproducibly.

    python -m training.ner.train [--max-steps N]

Prepares gold + silver data (training/ner/prepare.py), trains with
training/ner/config.cfg (fixed seed) and copies the best model on the dev set to
pipeline/resources/ner/.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from spacy.cli.train import train

import pipeline.stages.morph  # noqa: F401 - registers the Kiwi tokenizer with spaCy
from training.ner import prepare

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BUILD = ROOT / "build" / "ner"
SHIPPED = ROOT / "pipeline" / "resources" / "ner"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    args = parser.parse_args()
    prepare.main(BUILD)
    overrides = {"paths.train": str(BUILD / "train.spacy"), "paths.dev": str(BUILD / "dev.spacy")}
    if args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    train(HERE / "config.cfg", BUILD / "model", overrides=overrides)
    best = BUILD / "model" / "model-best"
    if SHIPPED.exists():
        shutil.rmtree(SHIPPED)
    shutil.copytree(best, SHIPPED)
    print(f"shipped {best} -> {SHIPPED}")


if __name__ == "__main__":
    main()
