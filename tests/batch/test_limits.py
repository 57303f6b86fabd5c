"""The batch's bounds: the size limit and the time limit per article, and the progress
lines that keep coming while one article takes long."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import STAGES, batch, synth
from pipeline.cli import app
from pipeline.progress import Reporter

from ..planted import SLOW, slow_on_marker

runner = CliRunner()
REFERENCE = Path(__file__).resolve().parents[2] / "corpus" / "dbr-247-bat-ai-strategy.txt"
WITH_SLOW = (*STAGES, ("slow", slow_on_marker))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("corpus")
    synth.write_directory(directory, 12, seed=5)
    return directory


def records(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.glob("*.json") if p.name != batch.MANIFEST)


def errors(directory: Path) -> list[dict]:
    return [json.loads(line) for line in (directory / batch.ERRORS).read_text().splitlines()]


def article(chars: int) -> str:
    """The reference article, repeated and cut to ``chars`` characters."""
    text = REFERENCE.read_text(encoding="utf-8")
    return (text * (chars // len(text) + 1))[:chars]


def jsonl_line(chars: int) -> bytes:
    return json.dumps({"id": "from-jsonl", "text": article(chars)}, ensure_ascii=False).encode()


LIMIT = "the limit of {:,} characters (--max-chars)"
# file name, its bytes, the options, what the error says (None: extracted) and, for an
# extracted article, its length as its record's source.chars says.
SIZES = [
    pytest.param("long.txt", lambda: article(2_100_000).encode(), [],
                 f"too long: 2,100,000 characters of text, more than {LIMIT.format(2_000_000)}", None,
                 id="2.1 M characters, over the default limit"),
    pytest.param("over.txt", lambda: article(5001).encode(), ["--max-chars", "5000"],
                 f"too long: 5,001 characters of text, more than {LIMIT.format(5000)}", None,
                 id="one character over a lowered limit"),
    pytest.param("edge.txt", lambda: article(5000).encode(), ["--max-chars", "5000"], None, 5000,
                 id="exactly at the limit"),
    pytest.param("cp949.txt", lambda: article(5000).encode("cp949", errors="replace"), ["--max-chars", "5000"], None, 5000,
                 id="characters, not bytes (CP949: two bytes each)"),
    pytest.param("huge.txt", lambda: ("가" * 6668).encode(), ["--max-chars", "5000"],
                 f"too long: 20,004 bytes, more than {LIMIT.format(5000)}", None,
                 id="more bytes than any text within the limit takes: refused unread"),
    pytest.param("lines.jsonl", lambda: jsonl_line(5001), ["--max-chars", "5000"],
                 f"too long: 5,001 characters of text, more than {LIMIT.format(5000)}", None,
                 id="a JSONL line's text"),
    pytest.param("free.txt", lambda: article(5001).encode(), ["--max-chars", "0"], None, 5001, id="0: no limit"),
]


@pytest.mark.parametrize(("name", "content", "options", "refused", "chars"), SIZES)
def test_an_article_over_the_size_limit_is_refused_before_any_analysis(
    corpus: Path, tmp_path: Path, name: str, content, options: list[str], refused: str | None, chars: int | None
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    good = sorted(corpus.glob("*.txt"))[:2]
    for path in good:
        (inputs / path.name).write_bytes(path.read_bytes())
    (inputs / name).write_bytes(content())
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(inputs), "-o", str(out), *options])
    expected = sorted(f"{path.stem}.json" for path in good)
    if refused is None:
        assert result.exit_code == 0, result.stderr
        assert records(out) == sorted([*expected, f"{Path(name).stem}.json"])
        assert json.loads((out / f"{Path(name).stem}.json").read_text())["source"]["chars"] == chars
        return
    where = f"{inputs / name}:1" if name.endswith(".jsonl") else str(inputs / name)
    assert result.exit_code == 1
    assert errors(out) == [{"file": where, "doc_id": None, "stage": "read", "message": refused, "traceback": None}]
    assert f"error: {where}: {refused}\n" in result.stderr
    assert records(out) == expected
    assert "2 extracted, 1 failed, 0 skipped" in result.stderr


def test_the_limits_given_are_the_runs_and_the_time_limit_goes_with_the_local_engine(
    corpus: Path, tmp_path: Path
) -> None:
    one = next(corpus.glob("*.txt"))
    out = tmp_path / "out"
    assert runner.invoke(app, ["extract", str(one), "-o", str(out), "--timeout", "2.5", "--max-chars", "0"]).exit_code == 0
    manifest = json.loads((out / batch.MANIFEST).read_text())
    assert (manifest["timeout"], manifest["max_chars"]) == (2.5, None)
    assert runner.invoke(app, ["extract", str(one), "-o", str(out), "--force", "--timeout", "0"]).exit_code == 0
    manifest = json.loads((out / batch.MANIFEST).read_text())
    assert (manifest["timeout"], manifest["max_chars"]) == (None, 2_000_000)
    assert runner.invoke(app, ["extract", str(one), "-o", str(out), "--force"]).exit_code == 0
    assert json.loads((out / batch.MANIFEST).read_text())["timeout"] == batch.TIMEOUT
    refused = runner.invoke(app, ["extract", str(one), "-o", str(out), "--engine", "ray", "--timeout", "5"])
    assert refused.exit_code == 2 and "--timeout goes with the local engine" in refused.stderr


def with_slow_article(corpus: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The corpus and, first in order so that it holds up every article after it, one that never ends."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted(corpus.glob("*.txt")):
        (inputs / path.name).write_bytes(path.read_bytes())
    slow = inputs / "a-slow.txt"
    slow.write_text(f"박기자 | 300호 (2020년 7월 Issue 1)\n{SLOW}.\n", encoding="utf-8")
    return inputs, slow


# 1: in this process (SIGALRM); 2: in worker processes (the worker is killed and replaced).
@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_past_the_time_limit_is_abandoned_and_the_batch_goes_on(
    corpus: Path, tmp_path: Path, workers: int
) -> None:
    inputs, slow = with_slow_article(corpus, tmp_path)
    out = tmp_path / "out"
    summary = batch.run([inputs], out, workers=workers, stages=WITH_SLOW, timeout=2)
    assert (summary.done, summary.failed) == (12, 1)
    assert errors(out) == [{"file": str(slow), "doc_id": "a-slow", "stage": "slow",
                            "message": "took longer than 2 s: abandoned", "traceback": None}]
    assert records(out) == sorted(f"{path.stem}.json" for path in corpus.glob("*.txt"))
    assert json.loads((out / batch.MANIFEST).read_text())["status"] == "complete"

    again = batch.run([inputs], out, workers=workers, stages=WITH_SLOW, timeout=2)
    assert (again.done, again.skipped, again.failed) == (0, 12, 1)
    assert [error["stage"] for error in errors(out)] == ["slow"]


@pytest.mark.parametrize("workers", [1, 2])
def test_progress_lines_keep_coming_while_a_long_article_runs(corpus: Path, tmp_path: Path, workers: int) -> None:
    inputs, slow = with_slow_article(corpus, tmp_path)
    log = io.StringIO()
    with Reporter("extract", stream=log, interval=1) as reporter:
        batch.run([inputs], tmp_path / "out", workers=workers, stages=WITH_SLOW, timeout=5,
                  on_outcome=lambda outcome: reporter.advance(outcome.status), on_running=reporter.in_progress)
    seconds = [int(s) for s in re.findall(rf"^extract: still on {re.escape(str(slow))}: stage slow, (\d+) s$",
                                          log.getvalue(), re.M)]
    assert len(seconds) >= 2, log.getvalue()
    assert seconds == sorted(seconds) and 1 <= seconds[0] and seconds[-1] <= 5


class Item:
    def __init__(self, name: str, seconds: float) -> None:
        self.name, self.seconds = name, seconds

    def __str__(self) -> str:
        return self.name


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_only_items_in_progress_for_the_interval_or_more_are_shown() -> None:
    log = io.StringIO()
    with Reporter("extract", stream=log, interval=0.5) as reporter:
        reporter.in_progress([Item("a.txt: stage entities", 12.4), Item("b.txt: stage morph", 0.2)])
    assert log.getvalue() == "extract: still on a.txt: stage entities, 12 s\n"

    screen = Terminal()
    with Reporter("extract", 3, stream=screen, interval=0.5) as reporter:
        reporter.in_progress([Item("a.txt: stage claims", 7.0)])
        reporter._bar.refresh()
    assert "still on a.txt: stage claims, 7 s" in screen.getvalue()


# What processes tell, in order: (pid, doc_id, stage); what the watch then holds, by pid.
NOTES = [
    ([(1, "a", "read"), (1, "a", "clean")], {1: ("a", "clean")}),
    ([(1, "a", "read"), (1, "a", None)], {}),
    ([(1, "a", "read"), (1, "a", None), (1, "b", "read")], {1: ("b", "read")}),
    ([(1, "a", "read"), (2, "b", "morph")], {1: ("a", "read"), 2: ("b", "morph")}),
    ([(1, "b", "read"), (1, "a", None)], {1: ("b", "read")}),  # the end of another article leaves b
]


@pytest.mark.parametrize(("notes", "running"), NOTES)
def test_the_watch_follows_what_each_process_tells(notes: list[tuple], running: dict) -> None:
    watch = batch.Watch(None, lambda running: None)
    for pid, doc_id, stage in notes:
        watch.note(pid, doc_id, f"{doc_id}.txt", stage)
    assert {pid: (r.doc_id, r.stage) for pid, r in watch.running.items()} == running
    assert watch.overdue() == []


def test_the_watch_gives_up_articles_past_the_time_limit() -> None:
    heard: list[list[batch.Running]] = []
    watch = batch.Watch(30, heard.append)
    watch.note(1, "a", "a.txt", "entities")
    watch.note(2, "b", "b.txt", "morph")
    watch.running[1].started -= 31
    watch.tell()
    assert [str(running) for running in heard[0]] == ["a.txt: stage entities", "b.txt: stage morph"]
    assert [running.pid for running in watch.overdue()] == [1]
    assert watch.timed_out == {"a": batch.Outcome("failed", "a.txt", "a", "entities", "took longer than 30 s: abandoned")}
    assert list(watch.running) == [2] and watch.overdue() == []
