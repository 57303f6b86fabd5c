"""A synthetic corpus for scale tests and ``make bench``: variants of real pages.

Each article is one of the template pages (the hand-written fixture pages in
``tests/fixtures/pages`` and the reference article in ``corpus/``) with its
authors renamed and its figures changed, so that no two articles are the same
text while every one keeps the layout the cleaner reads (header, byline, body,
bio, footer). Dates are left alone, so that bylines and date expressions stay
valid. The same seed gives the same corpus, byte for byte.

    python -m pipeline.synth OUT_DIR --count 1000 --seed 7      # OUT_DIR/<name>.txt
    python -m pipeline.synth batch.jsonl --count 1000 --seed 7  # JSON Lines
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_FILES = (*sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.txt")), *sorted((ROOT / "corpus").glob("*.txt")))

SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경"
GIVEN_SYLLABLES = "민서지현수준도예하윤우진영은재호연성태경혜유다아시나희주원석훈상규동채소빈승라온결미선"

# A byline: authors, then `NNN호 (YYYY년 M월 Issue N)` (digits may be full-width).
_BYLINE = re.compile(r"^(?P<authors>.*?)\|\s*[0-9０-９]+호\s*\(")
_LINE_END = re.compile(r"\r\n|\r|\n")
_AUTHOR_SEPARATORS = re.compile(r"[,·]")
_NOT_A_NAME = re.compile(r"\(.*?\)|정리\s*=|기자|에디터")
_KOREAN_NAME = re.compile(r"^[가-힣]{2,4}$")
# ASCII digit runs, except years, months, days and issue parts, which keep dates valid.
_FIGURE = re.compile(r"(?<![0-9.])[0-9]+(?![0-9]|\s*(?:년|월|일|분기))")
_ISSUE_PART = re.compile(r"Issue\s*$")


@dataclass(frozen=True)
class Template:
    name: str
    text: str
    authors: tuple[str, ...]


def load_templates(files: tuple[Path, ...] = TEMPLATE_FILES) -> list[Template]:
    """The template pages, decoded as written (line ends and BOMs kept)."""
    templates = []
    for path in files:
        text = path.read_bytes().decode("utf-8")
        templates.append(Template(path.stem, text, _authors(text)))
    return templates


def _authors(text: str) -> tuple[str, ...]:
    """The Korean names in the page's byline, which the variants rename everywhere."""
    match = next(filter(None, map(_BYLINE.match, _LINE_END.split(text))), None)
    if not match:
        return ()
    names = []
    for part in _AUTHOR_SEPARATORS.split(_NOT_A_NAME.sub(" ", match["authors"])):
        for word in part.split():
            if _KOREAN_NAME.match(word) and word not in names:
                names.append(word)
    return tuple(names)


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN_SYLLABLES) + rng.choice(GIVEN_SYLLABLES)


def variant(template: Template, rng: random.Random) -> str:
    """``template`` with new author names and new figures of the same number of digits."""
    text = template.text
    for name in template.authors:
        text = text.replace(name, _name(rng))

    def figure(match: re.Match[str]) -> str:
        if _ISSUE_PART.search(text[max(0, match.start() - 8) : match.start()]):
            return match[0]
        digits = match[0]
        first = "0" if digits[0] == "0" else str(rng.randint(1, 9))
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    return _FIGURE.sub(figure, text)


def articles(count: int, seed: int, templates: list[Template] | None = None) -> Iterator[tuple[str, str]]:
    """``count`` distinct (doc_id, text) pairs; template ``i % len(templates)`` makes article ``i``."""
    templates = templates or load_templates()
    seen: set[str] = set()
    width = len(str(count - 1))
    for number in range(count):
        template = templates[number % len(templates)]
        for attempt in range(100):
            text = variant(template, random.Random(f"{seed}:{number}:{attempt}"))
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if digest not in seen:
                break
        else:
            raise ValueError(f"template {template.name} gives no new variant: it has no author name or figure")
        seen.add(digest)
        yield f"synth-{number:0{width}d}-{template.name}", text


def write_directory(directory: Path, count: int, seed: int) -> list[Path]:
    """Writes the corpus as ``<doc_id>.txt`` files (UTF-8, line ends as in the templates)."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc_id, text in articles(count, seed):
        path = directory / f"{doc_id}.txt"
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    return paths


def write_jsonl(path: Path, count: int, seed: int) -> Path:
    """Writes the corpus as JSON Lines: ``{"id", "text", "url"}`` per article."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for doc_id, text in articles(count, seed):
            line = {"id": doc_id, "text": text, "url": f"https://example.com/dbr/{doc_id}"}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic corpus of distinct DBR-like pages.")
    parser.add_argument("output", type=Path, help="a directory for .txt files, or a .jsonl file")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    if arguments.output.suffix == ".jsonl":
        write_jsonl(arguments.output, arguments.count, arguments.seed)
    else:
        write_directory(arguments.output, arguments.count, arguments.seed)


if __name__ == "__main__":
    main()
