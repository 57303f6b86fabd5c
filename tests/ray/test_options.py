"""``--engine ray`` and its options, without a cluster: what a user without Ray is told,
and the options that go only with it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app

from ..conftest import REFERENCE

runner = CliRunner()


def test_without_ray_the_engine_says_how_to_install_it(tmp_path: Path) -> None:
    # `import ray` fails in this interpreter as it does where Ray is not installed.
    program = (
        "import sys; sys.modules['ray'] = None\n"
        "from pipeline.cli import app\n"
        f"app([\"extract\", {str(REFERENCE)!r}, \"-o\", {str(tmp_path / 'out')!r}, \"--engine\", \"ray\"])\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=300)
    assert result.returncode == 2
    assert "error: --engine ray needs Ray: pip install 'dbr-extract[ray]'" in result.stderr
    assert not (tmp_path / "out").exists()


def test_the_ray_options_need_the_ray_engine(tmp_path: Path) -> None:
    for option in (["--format", "parquet"], ["--address", "auto"]):
        result = runner.invoke(app, ["extract", str(REFERENCE), "-o", str(tmp_path / "out"), *option])
        assert result.exit_code == 2 and "go with --engine ray" in result.stderr
    assert not (tmp_path / "out").exists()


def test_parquet_is_written_into_a_directory_only() -> None:
    result = runner.invoke(app, ["extract", str(REFERENCE), "-o", "-", "--engine", "ray", "--format", "parquet"])
    assert result.exit_code == 2 and "--format parquet writes into a directory" in result.stderr


def test_the_ray_driver_does_not_load_the_nlp() -> None:
    # The driver only schedules; each actor imports the stages (spaCy, Kiwi) for itself.
    program = ("import sys, pipeline.cli, pipeline.ray_engine\n"
               "print(sorted(name for name in ('pipeline.core', 'spacy', 'kiwipiepy') if name in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
