"""Training data for the NER model: hand-labelled gold, and optionally silver projected from KLUE's forms.

- gold: ``training/ner/gold-train.jsonl`` (news sentences labelled by hand per
  docs/annotation-ner.md); a tenth of it, chosen by a fixed seed, is the dev set
  used for model selection. The validation set in ``tests/ner/`` is never read here.
- silver (``--silver``; off by default: with 3,150 gold training sentences, gold x3 plus
  silver scored 0.695 dev F1 against 0.712 for gold alone): the other KLUE-NER news sentences (``../shared/data/ner``), labelled by
  longest match against the entity-form table, with the fine NIKL tags mapped to
  the product's labels. Forms whose labels disagree are left out; proper nouns the
  table does not know are marked *missing* rather than *outside*, so the model is
  not taught that unknown names are not names.

Everything is tokenised with the pipeline's own Kiwi tokenizer, so the model sees
the same tokens and tags at training and at run time.
"""

from __future__ import annotations

import csv
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Doc, DocBin

from pipeline.resources import kiwi, word_list
from pipeline.stages.morph import language

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DATA = ROOT.parent / "shared" / "data" / "ner"
VALIDATION = ROOT / "tests" / "ner" / "validation.jsonl"
SEED = 20261127
GOLD_COPIES = 3  # gold weighs this many times a silver sentence
# Business-article sentences written and labelled for this project (genre-train.jsonl):
# fewer than the news sentences, and the genre the product reads, so each counts twice.
GENRE_COPIES = 2
MIN_AGREEMENT = 0.8  # a form is used when this share of its KLUE labels map to one product label

# Fine NIKL tag (prefix) → product label; anything unlisted is not a named entity here.
LABELS = {
    "PS_NAME": "PERSON", "PS_CHARACTER": "PERSON",
    "OGG_": "ORG",
    "LCP_": "LOCATION", "LCG_": "LOCATION", "LC_OTHERS": "LOCATION",
    "AF_BUILDING": "LOCATION", "AF_ROAD": "LOCATION", "AF_CULTURAL_ASSET": "LOCATION",
    "AF_TRANSPORT": "PRODUCT", "AFA_": "PRODUCT", "AFW_": "PRODUCT",
    "TMI_HW": "PRODUCT", "TMI_SW": "PRODUCT", "TMI_SITE": "PRODUCT", "TMI_SERVICE": "PRODUCT",
    "TMI_MODEL": "PRODUCT", "TMI_PROJECT": "EVENT",
    "EV_": "EVENT",
}
# Kiwi tags that mark a name: proper noun, foreign (Latin, Hanja) word.
NAME_TAGS = ("NNP", "SL", "SH")


def product_label(fine: str) -> str | None:
    for prefix, label in LABELS.items():
        if fine == prefix or (prefix.endswith("_") and fine.startswith(prefix)):
            return label
    return None


def form_table() -> dict[str, str]:
    """Surface form → label, for forms KLUE labels consistently."""
    votes: dict[str, Counter] = defaultdict(Counter)
    with (DATA / "klue-train-entity-forms.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            votes[row["form"]][product_label(row["label"])] += int(row["train_freq"])
    table = {}
    titles = set(word_list("job_titles"))
    analyser = kiwi()
    for form, counter in votes.items():
        label, count = counter.most_common(1)[0]
        if not label or count / sum(counter.values()) < MIN_AGREEMENT:
            continue
        words = form.split()
        if label == "PERSON" and len(words) > 1 and words[-1] in titles:
            form = " ".join(words[:-1])  # the name only: titles are not part of it
        # KLUE also labels generic nouns (경찰, 정부, 차량); a name has a proper noun,
        # a foreign word or a number in it, and no verb or ending.
        tags = [token.tag for token in analyser.tokenize(form)]
        if any(tag in NAME_TAGS for tag in tags) and not any(tag[0] in "VE" for tag in tags) and len(form) >= 2:
            table[form] = label
    return table


def gold_doc(item: dict) -> Doc:
    doc = language().make_doc(item["text"])
    spans = []
    for entity in item["entities"]:
        span = doc.char_span(entity["start"], entity["end"], label=entity["label"], alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.set_ents(_non_overlapping(spans), default="outside")
    return doc


def silver_doc(text: str, table: dict[str, str], longest: int) -> Doc:
    doc = language().make_doc(text)
    starts = {token.idx: token.i for token in doc}
    ends = {token.idx + len(token): token.i for token in doc}
    spans, position = [], 0
    while position < len(text):
        if position in starts:
            for length in range(min(longest, len(text) - position), 1, -1):
                label = table.get(text[position : position + length])
                if label and position + length in ends:
                    spans.append(doc[starts[position] : ends[position + length] + 1])
                    spans[-1].label_ = label
                    position += length
                    break
            else:
                position += 1
        else:
            position += 1
    spans.extend(_surname_with_title(doc))
    covered = {i for span in spans for i in range(span.start, span.end)}
    missing = [doc[i : i + 1] for i, token in enumerate(doc)
               if i not in covered and token.tag_.split("+")[0] in NAME_TAGS]
    doc.set_ents(_non_overlapping(spans), missing=missing, default="outside")
    return doc


def _surname_with_title(doc: Doc) -> list:
    """`박 대통령`: a one-syllable surname before a title is a PERSON mention (KLUE's convention)."""
    titles = set(word_list("job_titles"))
    spans = []
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if len(token.text) == 1 and token.tag_ == "NNP" and token.whitespace_ and following.text in titles:
            span = doc[token.i : token.i + 1]
            span.label_ = "PERSON"
            spans.append(span)
    return spans


def _non_overlapping(spans: list) -> list:
    chosen, taken = [], set()
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return chosen


def main(out: Path, silver: bool = False) -> None:
    out.mkdir(parents=True, exist_ok=True)
    excluded = {json.loads(line)["id"] for line in VALIDATION.read_text(encoding="utf-8").splitlines()}
    gold = [json.loads(line) for line in (HERE / "gold-train.jsonl").read_text(encoding="utf-8").splitlines()]
    assert excluded.isdisjoint(item["id"] for item in gold), "validation sentences must never be trained on"
    excluded |= {item["id"] for item in gold}

    genre = [json.loads(line) for line in (HERE / "genre-train.jsonl").read_text(encoding="utf-8").splitlines()]

    rng = random.Random(SEED)
    rng.shuffle(gold)
    rng.shuffle(genre)
    dev = gold[: len(gold) // 10] + genre[: len(genre) // 10]
    train_gold, train_genre = gold[len(gold) // 10 :], genre[len(genre) // 10 :]

    train = DocBin(store_user_data=False)
    copies = GOLD_COPIES if silver else 1
    for items, weight in ((train_gold, copies), (train_genre, copies * GENRE_COPIES)):
        for item in items:
            doc = gold_doc(item)
            for _ in range(weight):
                train.add(doc)
    print(f"gold: {len(train_gold)} news (x{copies}) and {len(train_genre)} business sentences "
          f"(x{copies * GENRE_COPIES}) to train, {len(dev)} dev")
    if silver:
        add_silver(train, excluded)
    train.to_disk(out / "train.spacy")
    DocBin(docs=[gold_doc(item) for item in dev]).to_disk(out / "dev.spacy")


def add_silver(train: DocBin, excluded: set[str]) -> None:
    """The KLUE news sentences not excluded, labelled from the form table."""
    table = form_table()
    longest = max(map(len, table))
    sentences = 0
    entities: Counter = Counter()
    with (DATA / "klue-ner-train-sentences.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            sentence_id, text = line.rstrip("\n").split("\t", 1)
            if sentence_id.endswith("_wikitree") and sentence_id not in excluded:
                doc = silver_doc(text, table, longest)
                entities.update(ent.label_ for ent in doc.ents)
                train.add(doc)
                sentences += 1
    print(f"silver: {sentences} sentences, {sum(entities.values())} entities {dict(entities)}; "
          f"form table: {len(table)} forms")


if __name__ == "__main__":
    main(ROOT / "build" / "ner", silver="--silver" in sys.argv[1:])
