"""The edges: reading articles (txt, directories, JSONL; encodings) and writing records.

Bad input never stops a batch: readers yield an ``InputError`` naming the file (and
the line of a JSONL file) and the problem in place of the article, and go on with
the rest. docs/reliability.md lists the problems and what each looks like.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.schema import Record
from pipeline.validate import json_type, parse_json, printable, string_problem, value_problems

# What an output directory holds besides the records.
MANIFEST = "manifest.json"
ERRORS = "errors.jsonl"


@dataclass
class Article:
    doc_id: str
    text: str
    source: dict[str, Any] = field(default_factory=dict)

    @property
    def where(self) -> str:
        """The input file, with the line for JSONL: what messages name."""
        path = self.source.get("path") or self.doc_id
        line = self.source.get("line")
        return printable(f"{path}:{line}" if line else str(path))


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
# Tags of the HTML elements an article's markup is made of: a fragment (`<div><p>…`)
# starts with one or is thick with them; `<표 1>` or a lone `<br>` in prose is neither.
_HTML_TAG = re.compile(
    r"</?(?P<name>a|article|aside|b|blockquote|body|br|div|em|figcaption|figure|footer|h[1-6]|head|header|hr|html|i|img"
    r"|li|main|meta|nav|ol|p|script|section|span|strong|style|table|tbody|td|th|thead|tr|u|ul)\b[^<>]{0,500}>",
    re.I,
)
# What other files renamed .txt begin with.
_SIGNATURES = {
    "%pdf-": "a PDF file", "{\\rtf": "an RTF document", "%!ps": "a PostScript file", "<?xml": "an XML document",
}
# Keys that the record's ``source`` takes for itself: a JSONL line may not set them.
RESERVED_SOURCE_KEYS = ("path", "line", "sha256", "chars", "encoding")
# The longest article taken, in characters of its decoded text (``source.chars``): the
# pipeline's time and memory grow with the text, and one huge input must not hold up a batch.
MAX_CHARS = 2_000_000
# The most bytes one character takes in the encodings read (UTF-8, UTF-16, CP949), and the
# longest byte-order mark: a file larger than ``max_chars`` times this, plus that, is too
# long whatever it decodes to, and is refused without being read.
_MAX_BYTES_PER_CHAR, _LONGEST_BOM = 4, 3


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name of an article file's bytes; ``BadInput`` says why not."""
    if not data.strip():
        raise BadInput("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadInput("not text in UTF-16, though it starts with UTF-16's byte-order mark") from None
        check_text(text)
        return text, "utf-16"
    if b"\x00" in data:
        return _utf16_without_bom(data)
    for encoding in ("utf-8-sig", "cp949"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        check_text(text)
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    raise BadInput("not text in UTF-8 or CP949/EUC-KR")


def _utf16_without_bom(data: bytes) -> tuple[str, str]:
    """Text of UTF-16 that lacks a byte-order mark: the NUL bytes (high bytes of ASCII
    characters) all fall on one side of the byte pairs, where in binary data they fall
    on both."""
    binary = BadInput("binary file (contains NUL bytes), not text")
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if len(data) % 2 or min(even, odd) * 4 > max(even, odd):
        raise binary
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise binary from None
    sample = text[:4096]
    if sum(ch.isprintable() or ch.isspace() for ch in sample) < len(sample) * 0.95:
        raise binary
    check_text(text)
    return text, encoding


def check_text(text: str) -> None:
    """Reject text that is not an article: blank, binary-looking, HTML, or another kind of document."""
    if not text.strip():
        raise BadInput("empty text")
    if "\x00" in text:
        raise BadInput("binary file (NUL characters), not text")
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > len(sample) * 0.01:
        raise BadInput("binary file (control characters), not text")
    head = text.lstrip()[:2048].lower()
    if head.startswith("<") and any(marker in head for marker in _HTML_MARKERS):
        raise BadInput("an HTML page, not scraped plain text")
    for signature, kind in _SIGNATURES.items():
        if head.startswith(signature):
            raise BadInput(f"{kind}, not text")
    tags = list(_HTML_TAG.finditer(sample))
    markup = sum(len(tag.group()) for tag in tags)
    if len(tags) >= 3 and (_HTML_TAG.match(sample.lstrip()) or markup > len(sample) * 0.02):
        names = ", ".join(f"<{name}>" for name in list(dict.fromkeys(tag["name"].lower() for tag in tags))[:4])
        raise BadInput(f"HTML markup ({names}), not scraped plain text")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _too_long(size: int, max_chars: int, unit: str = "characters of text") -> BadInput:
    return BadInput(f"too long: {size:,} {unit}, more than the limit of {max_chars:,} characters (--max-chars)")


def _read_text_file(path: Path, max_chars: int | None) -> Article:
    if max_chars is not None and (size := path.stat().st_size) > max_chars * _MAX_BYTES_PER_CHAR + _LONGEST_BOM:
        raise _too_long(size, max_chars, "bytes")
    text, encoding = decode(path.read_bytes())
    if max_chars is not None and len(text) > max_chars:
        raise _too_long(len(text), max_chars)
    return Article(path.stem, text, {"path": str(path), "sha256": sha256(text), "chars": len(text), "encoding": encoding})


def _read_jsonl(path: Path, max_chars: int | None) -> Iterator[Article | InputError]:
    try:
        handle = path.open("rb")
    except OSError as error:
        yield InputError(printable(str(path)), error.strerror or str(error))
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield _jsonl_article(path, number, parse_json(line), max_chars)
            except ValueError as error:  # BadInput, or a line that is not JSON
                yield InputError(printable(f"{path}:{number}"), str(error))


def _jsonl_article(path: Path, number: int, item: Any, max_chars: int | None) -> Article:
    """The article of one JSONL line; ``BadInput`` says what is wrong with the line."""
    if not isinstance(item, dict):
        raise BadInput(f"a line must be a JSON object with `id` and `text`, not {json_type(item)}")
    doc_id, text = item.get("id"), item.get("text")
    if isinstance(doc_id, bool) or not isinstance(doc_id, str | int) or not str(doc_id).strip():
        raise BadInput("missing `id` (a string or an integer)")
    if not isinstance(text, str):
        raise BadInput("missing `text` (a string)")
    if max_chars is not None and len(text) > max_chars:
        raise _too_long(len(text), max_chars)
    if found := value_problems(item):
        raise BadInput("; ".join(found[:3]) + (f" (and {len(found) - 3} more)" if len(found) > 3 else ""))
    if reserved := [key for key in RESERVED_SOURCE_KEYS if key in item]:
        raise BadInput(f"key `{reserved[0]}` is the record's own (source.{reserved[0]}): rename it in the input")
    check_text(text)
    extra = {key: value for key, value in item.items() if key not in ("id", "text")}
    source = {
        "path": str(path), "line": number, **extra, "sha256": sha256(text), "chars": len(text), "encoding": "utf-8",
    }
    return Article(str(doc_id), text, source)


def read_articles(paths: Iterable[Path], max_chars: int | None = MAX_CHARS) -> Iterator[Article | InputError]:
    """Articles from ``.txt`` files, directories of them and ``.jsonl`` files, in a stable order.

    An article longer than ``max_chars`` characters (None: no limit) is an ``InputError``."""
    first_seen: dict[str, str] = {}
    for path in paths:
        if not path.exists():
            yield InputError(printable(str(path)), "no such file or directory")
            continue
        files = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl")) if path.is_dir() else [path]
        for file in files:
            if string_problem(str(file)):  # a lone surrogate: a byte that is not UTF-8
                yield InputError(printable(str(file)), "the file name is not UTF-8: rename the file")
                continue
            items = _read_jsonl(file, max_chars) if file.suffix == ".jsonl" else _read_one(file, max_chars)
            for item in items:
                if isinstance(item, Article):
                    if item.doc_id in first_seen:
                        earlier = first_seen[item.doc_id]
                        item = InputError(item.where, f"doc_id {item.doc_id!r} is also that of {earlier}, read earlier in this run")
                    else:
                        first_seen[item.doc_id] = item.where
                yield item


def same_source(recorded: str | None, path: str | None) -> bool:
    """Whether the input file a record names (``source.path``) is ``path``: the same name,
    or two names of one file (``corpus/a.txt`` and ``/home/me/corpus/a.txt``)."""
    if recorded == path:
        return True
    try:
        return recorded is not None and path is not None and os.path.samefile(recorded, path)
    except (OSError, ValueError):
        return False


def _read_one(path: Path, max_chars: int | None) -> Iterator[Article | InputError]:
    try:
        yield _read_text_file(path, max_chars)
    except (OSError, BadInput) as error:
        message = str(error) if isinstance(error, BadInput) else error.strerror or str(error)
        yield InputError(printable(str(path)), message)


def record_json(record: Record, *, lines: bool = False) -> str:
    """The record as deterministic JSON (same record, same bytes); one line with ``lines``.

    ``warnings`` is left out when there is none, so that a record says the same as before
    the field was added."""
    data = record.model_dump(mode="json", exclude=None if record.warnings else {"warnings"})
    return json.dumps(data, ensure_ascii=False, indent=None if lines else 1) + "\n"


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` so that no reader ever sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # A short temporary name, whatever the target's: a file name holds at most 255 bytes.
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name[:16]}.", suffix=".tmp", dir=path.parent)
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
