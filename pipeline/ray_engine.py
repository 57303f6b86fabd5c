"""Extraction on a Ray cluster: ``dbr-extract extract --engine ray [--address ADDRESS]``.

Ray core with a pool of actors, not Ray Data: the inputs already stream through
``pipeline.io.read_articles`` (encodings, JSONL, duplicate doc_ids), outcomes must
come back in input order for ``errors.jsonl`` and the progress line, and an article
that kills its worker must fail alone, as with the local engine; an actor pool driven
from here does all three in a page of code, where Ray Data would need a datasource
of its own and would fail the whole dataset on an article that keeps killing its
worker. It also needs only Ray's core package.

- This process (the driver) reads the articles one at a time, as the local engine
  does, and sends them in blocks of ``BLOCK`` to ``workers`` actors, at most
  ``BLOCKS_PER_ACTOR`` blocks per actor in flight and ``HELD_PER_ACTOR`` held until
  the blocks before them are done: memory stays flat however large the corpus.
- Each actor holds one ``Pipeline`` (Kiwi, spaCy and the NER model load once per
  actor) and runs ``batch.extract_article``, the local engine's own function: it
  skips up-to-date records and writes each record to the output directory by an
  atomic rename. The directory must be one that every node can write (shared storage).
- ``batch.output_directory`` does what every engine does around the work: the lock,
  the sweep of a killed run's temporaries, ``errors.jsonl`` and ``manifest.json``.
- An actor that dies (OOM killer, a crash in native code, a lost node) is restarted
  by Ray; the articles of its blocks in flight are run again one per task, on an
  actor with nothing else to do, so that only an article that kills its actor when
  alone fails (stage ``worker``). Records it wrote before it died are up to date, so
  they are skipped, and none is ever half-written.
- ``--format parquet`` then writes every record of the output directory as the
  database's tables (``pipeline.parquet``), parts spread over the actors, into a new
  directory that replaces ``parquet/`` only when complete.
"""

from __future__ import annotations

import contextlib
import logging
import os
import resource
import shutil
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from pipeline import batch, db, parquet
from pipeline.io import MAX_CHARS, Article, InputError, read_articles
from pipeline.validate import printable

Format = Literal["json", "parquet"]
# Articles per task: a few hundred milliseconds of work, so that Ray's cost per task
# (a millisecond or two) is lost in it while the actors stay evenly loaded.
BLOCK = 8
# Blocks sent ahead to each actor: it never waits for the next one.
BLOCKS_PER_ACTOR = 2
# Blocks held per actor until the blocks before them are done (outcomes go out in input order).
HELD_PER_ACTOR = 16
# Records per Parquet part.
PART_RECORDS = 1000
PARQUET = "parquet"
# A Parquet directory being written; a killed run's is removed by the next run.
_PARQUET_BUILDING = ".parquet-building-"


class Extractor:
    """One actor: one ``Pipeline``, built once, for all the blocks it is sent."""

    def __init__(self, stages: batch.Stages, output: Path | None, force: bool) -> None:
        from pipeline.core import Pipeline

        self.pipeline = Pipeline(stages)
        self.output = output
        self.force = force

    def extract(self, articles: list[Article]) -> list[batch.Outcome]:
        stream = self.output is None
        return [batch.extract_article(self.pipeline, article, self.output, self.force, stream) for article in articles]

    def write_parquet(self, record_files: list[Path], directory: Path, name: str) -> list[tuple[Path, str | None, str]]:
        return parquet.write_part(record_files, directory, name)

    def peak_rss_mb(self) -> float:
        return batch.max_rss_mb(resource.RUSAGE_SELF)


def run(
    paths: list[Path],
    output: Path | IO[str],
    *,
    address: str | None = None,
    workers: int | None = None,
    force: bool = False,
    output_format: Format = "json",
    stages: batch.Stages = None,
    max_chars: int | None = MAX_CHARS,
    on_outcome: Callable[[batch.Outcome], None] = lambda outcome: None,
) -> batch.Summary:
    """Extract every article of ``paths`` on the Ray cluster at ``address`` (``auto``: the one
    running on this machine; None: a new local one) into the directory ``output``, or as
    JSON Lines onto a stream. ``on_outcome`` sees every outcome, in input order; an article
    longer than ``max_chars`` characters fails (None: no limit)."""
    if output_format == PARQUET:
        if not isinstance(output, Path):
            raise batch.BatchError("--format parquet writes into a directory, not onto a stream")
        try:
            parquet.schema(db.tables()[0])  # without pyarrow, fails now rather than after the extraction
        except parquet.ParquetUnavailable as error:
            raise batch.BatchError(str(error)) from None
    ray = _ray()
    started = time.perf_counter()
    with _connected(ray, address, workers) as cluster:
        connected = time.perf_counter() - started
        workers = workers or cluster["cpus"]
        if workers > cluster["cpus"]:
            raise batch.BatchError(f"the Ray cluster has {cluster['cpus']} CPUs, too few for {workers} workers")
        if not isinstance(output, Path):
            pool = _Pool(ray, workers, stages, None, force)
            summary = batch.Summary()
            for outcome in _extract(pool, read_articles(paths, max_chars), summary):
                if outcome.line is not None:
                    output.write(outcome.line)
                on_outcome(outcome)
            return summary
        manifest = batch.describe_run(paths, output, workers, force, stages) | {
            "engine": "ray", "format": output_format, "cluster": cluster,
        }
        with batch.output_directory(output, manifest, on_outcome) as directory:
            for building in output.glob(f"{_PARQUET_BUILDING}*"):
                shutil.rmtree(building, ignore_errors=True)
            pool = _Pool(ray, workers, stages, output, force)
            for outcome in _extract(pool, read_articles(paths, max_chars), directory.summary):
                directory.record(outcome)
            timings = {"connect": connected, "actors_ready": pool.ready, "extract": directory.summary.seconds}
            if output_format == PARQUET:
                parquet_started = time.perf_counter()
                for failure in _write_parquet(pool, output):
                    directory.summary.add(failure)
                    directory.record(failure)
                timings["parquet"] = time.perf_counter() - parquet_started
            timings["total"] = time.perf_counter() - started
            directory.results.update({
                "timings": {name: round(seconds, 3) for name, seconds in timings.items()},
                "worker_deaths": pool.deaths,
                "peak_rss_mb": {"main": batch.max_rss_mb(resource.RUSAGE_SELF), "largest_worker": pool.peak_rss_mb()},
            })
        return directory.summary


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise batch.BatchError(f"--engine ray needs Ray: {parquet.INSTALL}") from None
    return ray


@contextlib.contextmanager
def _connected(ray: Any, address: str | None, workers: int | None) -> Iterator[dict[str, Any]]:
    """Joins the cluster at ``address`` or starts a local one (``workers`` CPUs, else all cores);
    leaves it at the end (a local one stops). A caller that has joined a cluster already keeps it."""
    joined = not ray.is_initialized()
    if joined:
        options: dict[str, Any] = {"address": address} if address else {
            "address": "local", "num_cpus": workers or batch.default_workers(), "include_dashboard": False,
            "_node_ip_address": "127.0.0.1",  # a cluster of this run alone: no other machine has to reach it
        }
        try:
            # Ray's own INFO lines and the actors' output would mix with the progress line.
            ray.init(**options, logging_level=logging.WARNING, log_to_driver=False, configure_logging=True)
        except (ConnectionError, ValueError, RuntimeError) as error:
            what = f"join the Ray cluster at {address}" if address else "start a local Ray cluster"
            raise batch.BatchError(f"cannot {what}: {error}") from None
    try:
        nodes = [node for node in ray.nodes() if node["Alive"]]
        yield {
            "address": address or "local",
            "nodes": len(nodes),
            "cpus": int(sum(node["Resources"].get("CPU", 0) for node in nodes)),
            "ray": ray.__version__,
        }
    finally:
        if joined:
            ray.shutdown()


@dataclass
class _Block:
    """Consecutive inputs, with a slot per input for its outcome."""

    items: list[Article | InputError]
    outcomes: list[batch.Outcome | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.outcomes = [None if isinstance(item, Article) else batch.unreadable(item) for item in self.items]

    @property
    def done(self) -> bool:
        return all(outcome is not None for outcome in self.outcomes)


@dataclass
class _Task:
    block: _Block
    slots: list[int]  # the block's articles this task extracts
    actor: int
    alone: bool  # a suspect, run with nothing else on its actor


class _Pool:
    """``workers`` actors, what each has in flight, and which are down (restarting)."""

    def __init__(self, ray: Any, workers: int, stages: batch.Stages, output: Path | None,
                 force: bool) -> None:
        self.ray = ray
        actor = ray.remote(Extractor).options(num_cpus=1, max_restarts=-1, max_task_retries=0)
        started = time.perf_counter()
        self.actors = [actor.remote(stages, output, force) for _ in range(workers)]
        try:
            ray.get([actor.peak_rss_mb.remote() for actor in self.actors])
        except ray.exceptions.RayActorError as error:
            raise batch.BatchError(f"the Ray actors cannot start: {error}") from error
        self.ready = time.perf_counter() - started  # seconds until every actor was up
        self.load = [0] * workers
        self.tasks: dict[Any, _Task] = {}
        # Actors that died, each with a call that returns once Ray has restarted it: until
        # then a task sent to it would fail at once, through no fault of its articles.
        self.down: dict[Any, int] = {}
        self.deaths = 0

    def _up(self) -> list[int]:
        down = set(self.down.values())
        return [actor for actor in range(len(self.actors)) if actor not in down]

    def idle(self) -> int | None:
        """The least loaded actor that is up, if it can take a block."""
        actor = min(self._up(), key=self.load.__getitem__, default=None)
        return actor if actor is not None and self.load[actor] < BLOCKS_PER_ACTOR else None

    def free(self) -> int | None:
        """An actor that is up with nothing in flight."""
        return next((actor for actor in self._up() if self.load[actor] == 0), None)

    def submit(self, block: _Block, slots: list[int], actor: int, alone: bool = False) -> None:
        articles = [block.items[slot] for slot in slots]
        reference = self.actors[actor].extract.remote(articles)
        self.tasks[reference] = _Task(block, slots, actor, alone)
        # A suspect has its actor to itself: should the actor die, the suspect killed it.
        self.load[actor] = BLOCKS_PER_ACTOR if alone else self.load[actor] + 1

    def finished(self) -> Iterator[tuple[_Task, list[batch.Outcome] | None]]:
        """Waits for the next tasks to end: their outcomes, or None when their actor died."""
        ready, _ = self.ray.wait([*self.tasks, *self.down], num_returns=1)
        for reference in ready:
            if reference in self.down:
                self.down.pop(reference)
                continue
            task = self.tasks.pop(reference)
            self.load[task.actor] = 0 if task.alone else self.load[task.actor] - 1
            try:
                yield task, self.ray.get(reference)
            except self.ray.exceptions.RayActorError:
                if task.actor not in self.down.values():
                    self.deaths += 1
                    back = self.actors[task.actor].peak_rss_mb.options(max_task_retries=-1).remote()
                    self.down[back] = task.actor
                yield task, None

    def peak_rss_mb(self) -> float | None:
        """The largest peak memory of the actors that are up (one restarting is not waited for)."""
        peaks = []
        for reference in [self.actors[actor].peak_rss_mb.remote() for actor in self._up()]:
            with contextlib.suppress(self.ray.exceptions.RayActorError):
                peaks.append(self.ray.get(reference))
        return max(peaks, default=None)


def _blocks(items: Iterable[Article | InputError]) -> Iterator[_Block]:
    items = iter(items)
    while block := [item for _, item in zip(range(BLOCK), items, strict=False)]:
        yield _Block(block)


def _extract(pool: _Pool, items: Iterable[Article | InputError], summary: batch.Summary) -> Iterator[batch.Outcome]:
    """The outcomes of ``items``, in input order, as the actors finish them."""
    start = time.perf_counter()
    blocks = _blocks(items)
    held: deque[_Block] = deque()
    suspects: deque[tuple[_Block, int]] = deque()  # articles whose actor died under them
    read_all = False
    workers = len(pool.actors)
    while True:
        while suspects and (actor := pool.free()) is not None:
            block, slot = suspects.popleft()
            pool.submit(block, [slot], actor, alone=True)
        while not suspects and not read_all and len(held) < workers * HELD_PER_ACTOR:
            actor = pool.idle()
            if actor is None:
                break
            block = next(blocks, None)
            if block is None:
                read_all = True
                break
            held.append(block)
            slots = [slot for slot, outcome in enumerate(block.outcomes) if outcome is None]
            if slots:
                pool.submit(block, slots, actor)
        while held and held[0].done:
            for outcome in held.popleft().outcomes:
                assert outcome is not None
                summary.add(outcome)
                summary.seconds = time.perf_counter() - start
                yield outcome
        if not held:
            return
        for task, outcomes in pool.finished():
            if outcomes is not None:
                for slot, outcome in zip(task.slots, outcomes, strict=True):
                    task.block.outcomes[slot] = outcome
            elif task.alone:
                (slot,) = task.slots
                article = task.block.items[slot]
                assert isinstance(article, Article)
                task.block.outcomes[slot] = batch.worker_died(article)
            else:
                suspects.extend((task.block, slot) for slot in task.slots)


def _write_parquet(pool: _Pool, output: Path) -> list[batch.Outcome]:
    """Writes every record of ``output`` as Parquet tables into ``output/parquet``, replaced whole
    at the end; the records that cannot be written, as failures."""
    building = output / f"{_PARQUET_BUILDING}{uuid.uuid4().hex}"
    files = list(db.record_files([output]))
    parts = [files[start : start + PART_RECORDS] for start in range(0, len(files), PART_RECORDS)] or [[]]
    references = [
        pool.actors[number % len(pool.actors)].write_parquet.remote(part, building, f"part-{number:05d}")
        for number, part in enumerate(parts)
    ]
    try:
        refused = [item for part in pool.ray.get(references) for item in part]
    except pool.ray.exceptions.RayActorError:
        raise batch.BatchError("a worker died while writing the Parquet tables: run the command again "
                               "(the records are written; only the Parquet is redone)") from None
    failures = [batch.Outcome("failed", printable(str(file)), doc_id, "parquet", message)
                for file, doc_id, message in refused]
    target, previous = output / PARQUET, output / f"{_PARQUET_BUILDING}{uuid.uuid4().hex}"
    if target.exists():
        os.replace(target, previous)
    os.replace(building, target)
    shutil.rmtree(previous, ignore_errors=True)
    return failures
