from __future__ import annotations

import fcntl
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import STAGES, batch, synth
from pipeline.cli import app
from pipeline.progress import Reporter
from pipeline.schema import Record

from ..planted import CRASH, FAIL, crash_on_marker, fail_on_marker

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("corpus")
    synth.write_directory(directory, 12, seed=3)
    return directory


def records(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.glob("*.json")) if p.name != batch.MANIFEST}


def test_records_are_the_same_whatever_the_number_of_workers(corpus: Path, tmp_path: Path) -> None:
    one = batch.run([corpus], tmp_path / "one", workers=1)
    two = batch.run([corpus], tmp_path / "two", workers=2)
    assert (one.done, two.done, one.failed, two.failed) == (12, 12, 0, 0)
    assert records(tmp_path / "one") == records(tmp_path / "two")
    assert len(records(tmp_path / "one")) == 12

    lines = io.StringIO()
    batch.run([corpus], lines, workers=2)
    streamed = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert [r["doc_id"] + ".json" for r in streamed] == sorted(records(tmp_path / "one"))
    assert streamed[0] == json.loads(records(tmp_path / "one")[streamed[0]["doc_id"] + ".json"])


def test_up_to_date_records_are_skipped_unless_forced(corpus: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted(corpus.glob("*.txt"))[:3]:
        (inputs / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "out"
    assert batch.run([inputs], out, workers=1).done == 3
    again = batch.run([inputs], out, workers=1)
    assert (again.done, again.skipped) == (0, 3)

    first, second, _ = sorted(inputs.glob("*.txt"))
    first.write_bytes(first.read_bytes() + "\n덧붙인 문단이다.\n".encode())
    stale = out / f"{second.stem}.json"
    stale.write_text(stale.read_text().replace('"pipeline_version": "', '"pipeline_version": "0.0.0-', 1))
    changed = batch.run([inputs], out, workers=1)
    assert (changed.done, changed.skipped) == (2, 1)
    assert "덧붙인 문단이다." in Record.model_validate_json((out / f"{first.stem}.json").read_bytes()).text

    forced = batch.run([inputs], out, workers=1, force=True)
    assert (forced.done, forced.skipped) == (3, 0)


def test_a_failing_article_goes_to_errors_jsonl_and_the_batch_goes_on(corpus: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted(corpus.glob("*.txt")):
        (inputs / path.name).write_bytes(path.read_bytes())
    (inputs / "planted.txt").write_text(f"박기자 | 300호 (2020년 7월 Issue 1)\n{FAIL}.\n", encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    seen: list[batch.Outcome] = []
    summary = batch.run([inputs], out, workers=2, stages=(*STAGES, ("planted", fail_on_marker)),
                        on_outcome=seen.append)
    assert (summary.done, summary.failed) == (12, 2)
    assert [o.where for o in seen] == [str(p) for p in sorted(inputs.glob("*.txt"))]
    errors = [json.loads(line) for line in (out / batch.ERRORS).read_text().splitlines()]
    assert errors[0] | {"traceback": None} == {
        "file": str(inputs / "empty.txt"), "doc_id": None, "stage": "read", "message": "empty file", "traceback": None,
    }
    assert errors[1]["file"] == str(inputs / "planted.txt") and errors[1]["doc_id"] == "planted"
    assert errors[1]["stage"] == "planted" and errors[1]["message"] == "ValueError: a planted failure"
    assert "fail_on_marker" in errors[1]["traceback"]
    assert len(records(out)) == 12

    (inputs / "planted.txt").unlink()
    batch.run([inputs], out, workers=1)
    assert [json.loads(line)["stage"] for line in (out / batch.ERRORS).read_text().splitlines()] == ["read"]


def test_an_article_that_kills_its_worker_fails_alone(corpus: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted(corpus.glob("*.txt")):
        (inputs / path.name).write_bytes(path.read_bytes())
    (inputs / "b-crash.txt").write_text(f"박기자 | 300호 (2020년 7월 Issue 1)\n{CRASH}.\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = batch.run([inputs], out, workers=2, stages=(*STAGES, ("crash", crash_on_marker)))
    # An article the other worker had written when the crash broke the pool is skipped on its
    # rerun, its record already in place: every one of the twelve has its record either way.
    assert (summary.done + summary.skipped, summary.failed) == (12, 1)
    assert sorted(path.stem for path in out.glob("*.json") if path.name != batch.MANIFEST) == sorted(
        path.stem for path in corpus.glob("*.txt"))
    (error,) = [json.loads(line) for line in (out / batch.ERRORS).read_text().splitlines()]
    assert error["file"] == str(inputs / "b-crash.txt") and error["stage"] == "worker"


def test_the_manifest_records_the_run(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch.run([corpus], out, workers=1)
    manifest = json.loads((out / batch.MANIFEST).read_text())
    assert manifest["status"] == "complete"
    assert manifest["counts"] == {"done": 12, "skipped": 0, "failed": 0, "warned": 0}
    assert manifest["pipeline_version"] and manifest["versions"]["kiwipiepy"] and manifest["stages"][0] == "clean"
    assert manifest["seconds"] > 0 and manifest["articles_per_second"] > 0 and manifest["peak_rss_mb"]["main"] > 0
    assert manifest["inputs"] == [str(corpus)] and manifest["workers"] == 1
    assert manifest["engine"] == "local"


def test_one_run_at_a_time_writes_to_a_directory(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with (out / batch.LOCK).open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with pytest.raises(batch.BatchError, match="another dbr-extract run"):
            batch.run([corpus], out, workers=1)


def test_temporaries_of_a_killed_run_are_swept(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / ".synth-1.json.abc123.tmp").write_text('{"doc_id": "half')
    (out / f".{batch.ERRORS}.x1.tmp").write_text("")
    batch.run([corpus], out, workers=1)
    assert not list(out.glob(".*.tmp"))


def test_doc_ids_that_cannot_name_a_file_are_refused(tmp_path: Path) -> None:
    batch_file = tmp_path / "batch.jsonl"
    text = "박기자 | 300호 (2020년 7월 Issue 1)\n본문이다."
    lines = [{"id": doc_id, "text": f"{text} {doc_id}"} for doc_id in ("../escape", "manifest", ".hidden", "fine")]
    batch_file.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    out = tmp_path / "out"
    summary = batch.run([batch_file], out, workers=1)
    assert (summary.done, summary.failed) == (1, 3)
    assert not (tmp_path / "escape.json").exists()
    assert sorted(records(out)) == ["fine.json"]
    assert [json.loads(line)["file"] for line in (out / batch.ERRORS).read_text().splitlines()] == [
        f"{batch_file}:1", f"{batch_file}:2", f"{batch_file}:3"
    ]


def test_cli_extract_prints_failures_and_a_summary(corpus: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "one.txt").write_bytes(next(corpus.glob("*.txt")).read_bytes())
    (inputs / "page.txt").write_text("<!DOCTYPE html><html><body></body></html>")
    result = runner.invoke(app, ["extract", str(inputs), "-o", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 1
    assert f"error: {inputs / 'page.txt'}: an HTML page" in result.stderr
    assert "1 extracted, 1 failed, 0 skipped: 2 articles in" in result.stderr
    again = runner.invoke(app, ["extract", str(inputs / "one.txt"), "-o", str(tmp_path / "out")])
    assert again.exit_code == 0 and "0 extracted, 0 failed, 1 skipped" in again.stderr


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_bar_on_a_terminal_and_log_lines_elsewhere() -> None:
    log = io.StringIO()
    with Reporter("extract", 3, names={"done": "extracted"}, stream=log, interval=0) as reporter:
        reporter.advance("done")
        reporter.note("error: x.txt: empty file")
    assert re.fullmatch(r"extract: 1/3 \(1 extracted\), [\d.]+/s\nerror: x.txt: empty file\n", log.getvalue())

    screen = Terminal()
    with Reporter("extract", 3, stream=screen) as reporter:
        reporter.advance("done")
        reporter.note("error: x.txt: empty file")
    assert "error: x.txt: empty file" in screen.getvalue() and "\x1b[" in screen.getvalue()


# Extracts a directory with two workers in a fresh interpreter and prints which NLP
# libraries the main process imported.
_MAIN_PROCESS_IMPORTS = """
import sys
from pathlib import Path
from pipeline import batch
summary = batch.run([Path(sys.argv[1])], Path(sys.argv[2]), workers=2)
assert summary.done == 12, summary
print(sorted(name for name in ("pipeline.core", "spacy", "kiwipiepy") if name in sys.modules))
"""


def test_with_workers_the_main_process_does_not_load_the_nlp(corpus: Path, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", _MAIN_PROCESS_IMPORTS, str(corpus), str(tmp_path / "out")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
    manifest = json.loads((tmp_path / "out" / batch.MANIFEST).read_text())
    assert manifest["stages"] == ["clean", "morph", "quantities", "dates", "entities", "link", "claims"]
