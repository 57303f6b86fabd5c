from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.io import Article, BadInput, decode, read_articles, write_atomic

ARTICLE = "김철수 | 300호 (2020년 7월 Issue 1)\n알리바바는 2016년 성장했다.\n"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x00\x01\x02binary", "binary file"),
        (bytes(range(1, 32)) * 20, "binary file"),
        (b"<!DOCTYPE html><html><body>page</body></html>", "HTML page"),
        (b"\n  <html lang='ko'><head></head></html>", "HTML page"),
        (b"\xff\xff\xfe\x80\x81", "not text in UTF-8 or CP949"),
    ],
)
def test_bad_input_is_named(data: bytes, problem: str) -> None:
    with pytest.raises(BadInput, match=problem):
        decode(data)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8"),
        (ARTICLE.encode("cp949"), "cp949"),
        (ARTICLE.encode("euc-kr"), "cp949"),
        (ARTICLE.encode("utf-16"), "utf-16"),
    ],
)
def test_encodings_are_detected(data: bytes, encoding: str) -> None:
    assert decode(data) == (ARTICLE, encoding)


def test_a_batch_goes_on_past_bad_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(ARTICLE.encode("cp949"))
    items = list(read_articles([tmp_path, tmp_path / "missing.txt"]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article", "InputError"]
    assert str(items[1]) == f"{tmp_path / 'b.txt'}: empty file"
    assert items[2].source["encoding"] == "cp949"
    assert "no such file" in str(items[3])


def test_jsonl_keeps_extra_keys_and_reports_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "x1", "text": ARTICLE, "url": "https://dbr.donga.com/x1"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "x2"}),
        "",
        json.dumps({"id": "x1", "text": ARTICLE}, ensure_ascii=False),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_articles([path]))
    assert isinstance(items[0], Article) and items[0].doc_id == "x1"
    assert items[0].source["url"] == "https://dbr.donga.com/x1" and items[0].source["line"] == 1
    assert [str(i) for i in items[1:]] == [
        f"{path}:2: not JSON (Expecting property name enclosed in double quotes)",
        f"{path}:3: missing `text` (a string)",
        f"{path}:5: doc_id 'x1' is also that of {path}:1, read earlier in this run",
    ]


def test_atomic_write_leaves_old_file_when_interrupted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.json"
    write_atomic(target, "old")

    def interrupted(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("os.fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_atomic_write_leaves_a_file_others_may_read(tmp_path: Path) -> None:
    import os

    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "r.json", "{}")
    finally:
        os.umask(umask)
    assert (tmp_path / "r.json").stat().st_mode & 0o777 == 0o644
