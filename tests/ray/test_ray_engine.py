"""``dbr-extract extract --engine ray`` on a real Ray cluster (``ray_cluster``): the same
records as the local engine, a worker killed mid-run, failing and crashing articles,
reruns, JSON Lines on stdout, and Parquet loaded into the databases."""

from __future__ import annotations

import io
import json
import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline import STAGES, batch, db, ray_engine, synth
from pipeline.bench import process_tree
from pipeline.schema import Record

from .. import planted
from ..db import processes
from ..planted import CRASH, FAIL, crash_on_marker, fail_on_marker
from ..db.conftest import dump
from .conftest import Cluster

pytestmark = pytest.mark.ray
ARTICLES = 50


@pytest.fixture(scope="module", autouse=True)
def _stages_travel_by_value(ray_cluster: Cluster) -> None:
    """The actors cannot import the tests: the planted stages go to them pickled by value.
    (After ``ray_cluster``, which sets the token that Ray reads when it is first imported.)"""
    import ray.cloudpickle

    ray.cloudpickle.register_pickle_by_value(planted)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("corpus")
    synth.write_directory(directory, ARTICLES, seed=5)
    return directory


def records(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.glob("*.json")) if p.name != batch.MANIFEST}


@pytest.fixture(scope="module")
def local_records(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """What the local engine writes for the corpus."""
    out = tmp_path_factory.mktemp("local")
    assert batch.run([corpus], out, workers=2).done == ARTICLES
    return records(out)


@pytest.fixture(scope="module")
def ray_output(corpus: Path, ray_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus extracted by ``dbr-extract --engine ray`` through the cluster's address."""
    out = tmp_path_factory.mktemp("ray") / "out"
    result = processes.run("extract", str(corpus), "-o", str(out), "--engine", "ray",
                           "--address", ray_cluster.address, "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert f"{ARTICLES} extracted, 0 failed, 0 skipped" in result.stderr
    return out


def test_records_are_those_of_the_local_engine(ray_output: Path, local_records: dict[str, bytes]) -> None:
    assert len(local_records) == ARTICLES
    assert records(ray_output) == local_records
    assert (ray_output / batch.ERRORS).read_text() == ""
    manifest = json.loads((ray_output / batch.MANIFEST).read_text())
    assert manifest["engine"] == "ray" and manifest["status"] == "complete" and manifest["workers"] == 2
    assert manifest["cluster"]["nodes"] == 1 and manifest["cluster"]["cpus"] == 2
    assert manifest["counts"] == {"done": ARTICLES, "skipped": 0, "failed": 0, "warned": 0}
    assert manifest["timings"]["extract"] > 0 and manifest["peak_rss_mb"]["largest_worker"] > 100


@pytest.fixture(scope="module")
def rerun(ray_output: Path, corpus: Path, ray_cluster: Cluster) -> tuple[str, dict[str, int], dict[str, int]]:
    """The same command again, with ``--format parquet``: its stderr, and the records' mtimes before and after."""
    def written() -> dict[str, int]:
        return {p.name: p.stat().st_mtime_ns for p in ray_output.glob("*.json") if p.name != batch.MANIFEST}

    before = written()
    result = processes.run("extract", str(corpus), "-o", str(ray_output), "--engine", "ray",
                           "--address", ray_cluster.address, "--format", "parquet")
    assert result.returncode == 0, result.stderr
    return result.stderr, before, written()


def test_a_rerun_redoes_nothing(rerun: tuple[str, dict[str, int], dict[str, int]]) -> None:
    stderr, before, after = rerun
    assert f"0 extracted, 0 failed, {ARTICLES} skipped" in stderr
    assert len(after) == ARTICLES and after == before


def test_parquet_loads_into_the_same_rows_as_the_records(
    ray_output: Path, rerun: tuple[str, dict[str, int], dict[str, int]], new_database: Callable[[], str]
) -> None:
    tables = ray_output / ray_engine.PARQUET
    assert sorted(p.name for p in tables.iterdir()) == sorted(table.name for table in db.tables())
    assert db.count_records([tables]) == db.count_records([ray_output]) == ARTICLES
    from_records, from_parquet = new_database(), new_database()
    assert db.load([ray_output], from_records).loaded == ARTICLES
    assert db.load([tables], from_parquet).loaded == ARTICLES
    assert dump(from_parquet) == dump(from_records)
    again = db.load([tables], from_parquet)
    assert (again.loaded, again.unchanged) == (0, ARTICLES)


def _actors(cluster: Cluster) -> list[int]:
    """The pids of the cluster's extraction actors."""
    found = []
    for pid in process_tree(cluster.pid):
        try:
            if Path(f"/proc/{pid}/cmdline").read_bytes().startswith(b"ray::Extractor"):
                found.append(pid)
        except OSError:
            continue
    return found


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
    corpus: Path, ray_cluster: Cluster, local_records: dict[str, bytes], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    earlier = set(_actors(ray_cluster))  # of earlier runs, on their way out

    def actors() -> list[int]:
        return [pid for pid in _actors(ray_cluster) if pid not in earlier]

    run = processes.start("extract", str(corpus), "-o", str(out), "--engine", "ray",
                          "--address", ray_cluster.address, "--workers", "2")
    processes.wait_until(lambda: run.poll() is not None or (len(records(out)) >= 8 and len(actors()) == 2))
    assert run.poll() is None, "the run ended before a worker could be killed: give it more work"
    os.kill(actors()[0], signal.SIGKILL)
    assert run.wait(timeout=600) == 0, (out / batch.ERRORS).read_text()
    assert records(out) == local_records
    for name, content in records(out).items():
        assert Record.model_validate_json(content).doc_id + ".json" == name
    manifest = json.loads((out / batch.MANIFEST).read_text())
    assert manifest["worker_deaths"] >= 1  # the kill was seen, and recovered from
    assert manifest["counts"]["failed"] == 0
    assert manifest["counts"]["done"] + manifest["counts"]["skipped"] == ARTICLES
    assert (out / batch.ERRORS).read_text() == "" and not list(out.glob(".*.tmp"))


def _with_planted(corpus: Path, directory: Path, marker: str) -> Path:
    directory.mkdir()
    for path in sorted(corpus.glob("*.txt"))[:6]:
        (directory / path.name).write_bytes(path.read_bytes())
    (directory / "planted.txt").write_text(f"박기자 | 300호 (2020년 7월 Issue 1)\n{marker}.\n", encoding="utf-8")
    return directory


def test_a_failing_article_is_one_line_of_errors_jsonl(corpus: Path, ray_cluster: Cluster, tmp_path: Path) -> None:
    inputs, out = _with_planted(corpus, tmp_path / "in", FAIL), tmp_path / "out"
    summary = ray_engine.run([inputs], out, address=ray_cluster.address, workers=1,
                             stages=(*STAGES, ("planted", fail_on_marker)))
    assert (summary.done, summary.failed) == (6, 1)
    (error,) = [json.loads(line) for line in (out / batch.ERRORS).read_text().splitlines()]
    assert error | {"traceback": None} == {
        "file": str(inputs / "planted.txt"), "doc_id": "planted", "stage": "planted",
        "message": "ValueError: a planted failure", "traceback": None,
    }
    assert "fail_on_marker" in error["traceback"]
    assert sorted(records(out)) == sorted(f"{p.stem}.json" for p in inputs.glob("*.txt") if p.stem != "planted")


def test_an_article_that_kills_its_worker_fails_alone(corpus: Path, ray_cluster: Cluster, tmp_path: Path) -> None:
    inputs, out = _with_planted(corpus, tmp_path / "in", CRASH), tmp_path / "out"
    summary = ray_engine.run([inputs], out, address=ray_cluster.address, workers=2,
                             stages=(*STAGES, ("crash", crash_on_marker)))
    assert (summary.done, summary.failed) == (6, 1)
    (error,) = [json.loads(line) for line in (out / batch.ERRORS).read_text().splitlines()]
    assert error["file"] == str(inputs / "planted.txt") and error["stage"] == "worker"
    assert len(records(out)) == 6


def test_without_an_address_a_local_cluster_is_started_for_the_run(
    corpus: Path, ray_cluster: Cluster, local_records: dict[str, bytes]
) -> None:
    import ray

    inputs = sorted(corpus.glob("*.txt"))[:3]
    lines = io.StringIO()
    # Not on ray_cluster, whose token (in the environment) the new cluster takes as its own.
    summary = ray_engine.run(inputs, lines, workers=1)
    assert summary.done == 3
    streamed = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert streamed == [json.loads(local_records[f"{path.stem}.json"]) for path in inputs]
    assert not ray.is_initialized()
