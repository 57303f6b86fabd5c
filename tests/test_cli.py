from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.schema import Record

from .conftest import REFERENCE, ROOT

runner = CliRunner()


def test_extract_writes_one_record_per_article_and_names_failures(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(REFERENCE, inputs)
    (inputs / "broken.txt").write_bytes(b"<html><body>x</body></html>")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(inputs), "-o", str(out)])
    assert result.exit_code == 1
    assert f"{inputs / 'broken.txt'}: an HTML page" in result.stderr
    assert "1 extracted, 1 failed" in result.stderr
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "dbr-247-bat-ai-strategy.json", "errors.jsonl", "manifest.json"
    ]


def test_output_is_byte_identical_across_runs(tmp_path: Path) -> None:
    for run in ("a", "b"):
        assert runner.invoke(app, ["extract", str(REFERENCE), "-o", str(tmp_path / run)]).exit_code == 0
    first = (tmp_path / "a" / "dbr-247-bat-ai-strategy.json").read_bytes()
    assert first == (tmp_path / "b" / "dbr-247-bat-ai-strategy.json").read_bytes()
    record = Record.model_validate_json(first)
    assert record.source.path == str(REFERENCE) and record.source.chars == len(REFERENCE.read_text())


def test_extract_to_stdout_writes_json_lines(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [{"id": f"doc-{n}", "text": f"김철수 | 300호 (2020년 7월 Issue 1)\n기사 {n}번 본문이다.", "url": f"u{n}"} for n in range(2)]
    batch.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(batch), "-o", "-"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == ["doc-0", "doc-1"]
    assert records[1]["source"]["url"] == "u1"


def test_validate_names_each_broken_invariant(tmp_path: Path) -> None:
    out = tmp_path / "out"
    runner.invoke(app, ["extract", str(REFERENCE), "-o", str(out)])
    good = out / "dbr-247-bat-ai-strategy.json"
    assert runner.invoke(app, ["validate", str(good)]).exit_code == 0

    data = json.loads(good.read_text())
    data["sentences"][1]["id"] = data["sentences"][0]["id"]
    data["blocks"][0]["end"] = len(data["text"]) + 5
    data["entities"] = [{"id": "e0", "text": "알리바바", "label": "ORG", "start": 0, "end": 4, "raw_start": 0,
                         "raw_end": 4, "sentence": "s0", "canonical": "알리바바"}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False))
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "id s0 is used twice" in result.stderr
    assert "block 0: offsets" in result.stderr
    assert "entity e0: text[0:4] is 'BAT의'" in result.stderr

    data["metadata"]["issue_date"] = "April"
    bad.write_text(json.dumps(data, ensure_ascii=False))
    result = runner.invoke(app, ["validate", str(bad)])
    assert "does not match the schema: metadata.issue_date" in result.stderr


def test_committed_json_schema_matches_the_models() -> None:
    result = runner.invoke(app, ["schema"])
    committed = (ROOT / "schemas" / "record.schema.json").read_text(encoding="utf-8")
    assert json.loads(result.stdout) == json.loads(committed), "schemas/ drifted: run `make schemas`"


def test_validate_takes_an_output_directory_and_passes_over_the_manifest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(app, ["extract", str(REFERENCE), "-o", str(out)]).exit_code == 0
    assert (out / "manifest.json").exists()
    result = runner.invoke(app, ["validate", str(out)])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [f"{out / 'dbr-247-bat-ai-strategy.json'}: ok"]


GOLD = ROOT / "tests" / "gold" / "dev" / "dbr-247-bat-ai-strategy.json"
# Runs one command in a fresh interpreter and prints which NLP libraries it imported.
_IMPORTS_OF_A_COMMAND = """
import sys
from typer.testing import CliRunner
from pipeline.cli import app
result = CliRunner().invoke(app, sys.argv[1:])
assert result.exit_code == 0, result.output
print(sorted(name for name in ("spacy", "thinc", "kiwipiepy") if name in sys.modules))
"""


@pytest.mark.parametrize("command", [["--help"], ["extract", "--help"], ["schema"], ["validate", "GOLD"],
                                     ["evaluate", "GOLD", "GOLD"], ["load", "GOLD", "--db", "DB"]])
def test_commands_that_need_no_nlp_do_not_load_it(command: list[str], tmp_path: Path) -> None:
    arguments = [str(GOLD) if a == "GOLD" else f"sqlite:///{tmp_path / 'x.sqlite'}" if a == "DB" else a
                 for a in command]
    done = subprocess.run([sys.executable, "-c", _IMPORTS_OF_A_COMMAND, *arguments], capture_output=True,
                          text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
