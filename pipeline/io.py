"""The edges: reading articles (txt, directories, JSONL; encodings) and writing records.

Bad input never stops a batch: readers yield an ``InputError`` naming the file and
the problem in place of the article, and go on with the rest.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.schema import Record

# What an output directory holds besides the records.
MANIFEST = "manifest.json"
ERRORS = "errors.jsonl"


@dataclass
class Article:
    doc_id: str
    text: str
    source: dict[str, Any] = field(default_factory=dict)


@dataclass
class InputError:
    """An input that could not be read as an article."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class BadInput(ValueError):
    pass


_HTML_MARKERS = ("<!doctype html", "<html", "<head", "<body")


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name of an article file's bytes; ``BadInput`` says why not."""
    if not data.strip():
        raise BadInput("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data:
        raise BadInput("binary file (contains NUL bytes), not text")
    for encoding in ("utf-8-sig", "cp949"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        check_text(text)
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    raise BadInput("not text in UTF-8 or CP949/EUC-KR")


def check_text(text: str) -> None:
    """Reject text that is not an article: blank, binary-looking or an HTML page."""
    if not text.strip():
        raise BadInput("empty text")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > len(text[:4096]) * 0.01:
        raise BadInput("binary file (control characters), not text")
    head = text.lstrip()[:2048].lower()
    if head.startswith("<") and any(marker in head for marker in _HTML_MARKERS):
        raise BadInput("an HTML page, not scraped plain text")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _read_text_file(path: Path) -> Article:
    text, encoding = decode(path.read_bytes())
    return Article(path.stem, text, {"path": str(path), "sha256": sha256(text), "chars": len(text), "encoding": encoding})


def _read_jsonl(path: Path) -> Iterator[Article | InputError]:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if not line.strip():
                continue
            try:
                item = json.loads(line.decode("utf-8"))
                if not isinstance(item, dict):
                    raise BadInput("a line must be a JSON object with `id` and `text`")
                doc_id, text = item.get("id"), item.get("text")
                if not isinstance(doc_id, str | int) or not str(doc_id).strip():
                    raise BadInput("missing `id`")
                if not isinstance(text, str):
                    raise BadInput("missing `text` (a string)")
                check_text(text)
            except (UnicodeDecodeError, json.JSONDecodeError, BadInput) as error:
                yield InputError(where, _message(error))
                continue
            extra = {key: value for key, value in item.items() if key not in ("id", "text")}
            source = {
                "path": str(path), "line": number, **extra,
                "sha256": sha256(text), "chars": len(text), "encoding": "utf-8",
            }
            yield Article(str(doc_id), text, source)


def _message(error: Exception) -> str:
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(error, json.JSONDecodeError):
        return f"not JSON ({error.msg})"
    return str(error)


def read_articles(paths: Iterable[Path]) -> Iterator[Article | InputError]:
    """Articles from ``.txt`` files, directories of them and ``.jsonl`` files, in a stable order."""
    seen: set[str] = set()
    for path in paths:
        if not path.exists():
            yield InputError(str(path), "no such file or directory")
            continue
        files = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl")) if path.is_dir() else [path]
        for file in files:
            items = _read_jsonl(file) if file.suffix == ".jsonl" else _read_one(file)
            for item in items:
                if isinstance(item, Article):
                    if item.doc_id in seen:
                        item = InputError(item.source.get("path", item.doc_id), f"duplicate doc_id {item.doc_id!r}")
                    else:
                        seen.add(item.doc_id)
                yield item


def _read_one(path: Path) -> Iterator[Article | InputError]:
    try:
        yield _read_text_file(path)
    except (OSError, BadInput) as error:
        yield InputError(str(path), str(error) if isinstance(error, BadInput) else error.strerror or str(error))


def record_json(record: Record, *, lines: bool = False) -> str:
    """The record as deterministic JSON (same record, same bytes); one line with ``lines``."""
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=None if lines else 1) + "\n"


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` so that no reader ever sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes files only their owner can read
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
