"""Batch extraction: any number of articles, in parallel, incremental, safe to kill.

- Streaming: articles are read one at a time and a bounded number per worker are
  in hand, so memory does not grow with the corpus.
- Parallel: ``workers`` processes, each building its own ``Pipeline`` (Kiwi and the
  spaCy language load once per process; Kiwi cannot be pickled). One worker, or a
  small batch, runs in this process. Results come back in input order, so the
  output does not depend on the number of workers.
- Incremental: an article whose existing record has the same ``source`` (input
  path, SHA-256, …) and ``pipeline_version`` is skipped unless ``force``.
- Safe to kill: every file is written to a hidden temporary and renamed, so a
  run killed at any moment leaves only complete files; the next run sweeps the
  temporaries and redoes what has no up-to-date record.
- A failing article never stops the batch: it becomes a line of ``errors.jsonl``
  (file, stage, message), and a worker that dies is replaced.
- Bounded: an article longer than ``max_chars`` characters is refused unread, and one
  that takes longer than ``timeout`` seconds is abandoned (its worker killed and
  replaced); ``on_running`` hears every second or so which articles are in progress,
  at which stage, for how long.
- A record is never overwritten by the record of another input that has the same
  doc_id: that input fails, naming both.

The output directory holds ``<doc_id>.json`` per article, ``errors.jsonl`` (this
run's failures) and ``manifest.json`` (versions, counts, timings).
"""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import json
import multiprocessing
import os
import platform
import resource
import signal
import tempfile
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import partial
from importlib import metadata
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

import pipeline
from pipeline.io import (
    ERRORS, MANIFEST, MAX_CHARS, Article, InputError, read_articles, record_json, same_source, write_atomic,
)
from pipeline.schema import SCHEMA_VERSION
from pipeline.stages import NAMES, StageError
from pipeline.validate import printable

if TYPE_CHECKING:
    from pipeline.core import Pipeline, Stage

# The stages of a run: None for the pipeline's own (``pipeline.STAGES``), which are then
# imported only by the processes that run them, not by one that only schedules the work.
Stages = tuple[tuple[str, "Stage"], ...] | None

LOCK = ".dbr-extract.lock"
# Articles handed to each worker ahead: it never waits for the next one.
RUNNING_PER_WORKER = 2
# Outcomes held per worker until the articles before them are done (results go out
# in input order): enough that a long article does not leave the other workers
# idle, few enough to keep memory flat.
HELD_PER_WORKER = 64
# A batch of at most this many articles runs in this process: starting a worker
# (Kiwi, spaCy, models) takes seconds, more than extracting a few articles.
SMALL_BATCH = 8
# Names that would clash with the run's own files in the output directory.
RESERVED_DOC_IDS = frozenset({Path(MANIFEST).stem})
# The longest file name (in bytes) that Linux file systems take.
NAME_MAX = 255
# Seconds an article may take by default: far more than any real article needs (a 2 MB
# article takes about a minute), so that only a pathological one is abandoned.
TIMEOUT = 600.0
# How often (seconds) the batch looks at the articles in progress: the time limit's
# precision, and the pace of ``on_running``.
TICK = 1.0
# Worked through when a process builds its pipeline, so that Kiwi, spaCy and the model
# are loaded before the first article's time starts.
WARM_UP = "김민수 기자 | 300호 (2020년 7월 Issue 1)\n삼성전자는 2020년 매출 236조 원을 기록했다고 밝혔다.\n"

Status = Literal["done", "skipped", "failed"]


class BatchError(Exception):
    """The run cannot start (the output directory is in use or not writable)."""


@dataclass(frozen=True)
class Outcome:
    """What became of one article (or one unreadable input)."""

    status: Status
    where: str
    doc_id: str | None = None
    stage: str | None = None
    message: str | None = None
    detail: str | None = None
    line: str | None = None  # the record as a JSON line, when writing to a stream
    warnings: tuple[str, ...] = ()  # the record's warnings (text dropped, no article text)

    def error(self) -> dict[str, Any]:
        return {"file": self.where, "doc_id": self.doc_id, "stage": self.stage, "message": self.message,
                "traceback": self.detail}


@dataclass
class Summary:
    done: int = 0
    skipped: int = 0
    failed: int = 0
    warned: int = 0  # records written with warnings
    seconds: float = 0.0

    @property
    def articles(self) -> int:
        return self.done + self.skipped + self.failed

    @property
    def rate(self) -> float:
        """Articles handled per second (extracted, skipped or failed)."""
        return self.articles / self.seconds if self.seconds else 0.0

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)
        self.warned += bool(outcome.warnings)

    def __str__(self) -> str:
        warned = f", {self.warned} with warnings" if self.warned else ""
        return (
            f"{self.done} extracted, {self.failed} failed, {self.skipped} skipped{warned}: "
            f"{self.articles} articles in {self.seconds:.1f} s ({self.rate:.1f} articles/s)"
        )


def default_workers() -> int:
    """The number of cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass
class Running:
    """An article in progress, as the process extracting it last told."""

    pid: int
    doc_id: str
    where: str
    stage: str
    started: float  # time.monotonic()

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def __str__(self) -> str:
        return f"{self.where}: stage {self.stage}"


class Watch:
    """The articles in progress, from what the processes extracting them tell: which are
    past the time limit, and what ``on_running`` hears."""

    def __init__(self, timeout: float | None, on_running: Callable[[list[Running]], None]) -> None:
        self.timeout = timeout
        self.on_running = on_running
        self.running: dict[int, Running] = {}  # by process id
        self.timed_out: dict[str, Outcome] = {}  # by doc_id, until the batch hands the outcome on

    def note(self, pid: int, doc_id: str, where: str, stage: str | None) -> None:
        """Process ``pid`` is at ``stage`` of article ``doc_id`` (done with it: None)."""
        current = self.running.get(pid)
        if stage is None:
            if current is not None and current.doc_id == doc_id:
                del self.running[pid]
        elif current is not None and current.doc_id == doc_id:
            current.stage = stage
        else:
            self.running[pid] = Running(pid, doc_id, where, stage, time.monotonic())

    def overdue(self) -> list[Running]:
        """The articles past the time limit, now given up: their outcomes wait in ``timed_out``."""
        if not self.timeout:
            return []
        late = [running for running in tuple(self.running.values()) if running.seconds >= self.timeout]
        for running in late:
            self.timed_out[running.doc_id] = took_too_long(running.where, running.doc_id, running.stage, self.timeout)
            self.running.pop(running.pid, None)
        return late

    def tell(self) -> None:
        """``on_running`` hears the articles in progress, the longest running first."""
        self.on_running(sorted(tuple(self.running.values()), key=lambda running: running.started))


def count_articles(paths: Iterable[Path]) -> int:
    """How many articles (or unreadable inputs) ``paths`` hold, without decoding them: for a progress bar."""
    total = 0
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl")) if path.is_dir() else [path]
        for file in files:
            if file.suffix != ".jsonl":
                total += 1
                continue
            with contextlib.suppress(OSError), file.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
    return total


def run(
    paths: list[Path],
    output: Path | IO[str],
    *,
    workers: int | None = None,
    force: bool = False,
    stages: Stages = None,
    max_chars: int | None = MAX_CHARS,
    timeout: float | None = TIMEOUT,
    on_outcome: Callable[[Outcome], None] = lambda outcome: None,
    on_running: Callable[[list[Running]], None] = lambda running: None,
) -> Summary:
    """Extract every article of ``paths`` into the directory ``output`` (or as JSON Lines onto a stream).

    ``on_outcome`` sees every article's outcome, in input order, as it completes;
    ``on_running`` hears, about once a second, the articles in progress (from another
    thread when the articles are extracted in this process). An article longer than
    ``max_chars`` characters, or taking longer than ``timeout`` seconds, fails (None: no limit).
    """
    workers = workers or default_workers()
    watch = Watch(timeout, on_running)
    items = read_articles(paths, max_chars)
    if not isinstance(output, Path):
        return _run(items, partial(_extract, stream=True), workers, stages, watch, on_outcome, output)
    manifest = describe_run(paths, output, workers, force, stages) | {"max_chars": max_chars, "timeout": timeout}
    with output_directory(output, manifest, on_outcome) as directory:
        job = partial(_extract, output=output, force=force)
        _run(items, job, workers, stages, watch, directory.record, None, directory.summary)
    return directory.summary


@dataclass
class DirectoryRun:
    """A run writing into an output directory, as ``output_directory`` hands it to an engine."""

    errors: IO[str]
    on_outcome: Callable[[Outcome], None]
    summary: Summary
    results: dict[str, Any] = field(default_factory=dict)  # what the engine adds to the final manifest

    def record(self, outcome: Outcome) -> None:
        """Takes every outcome, in input order: a failure becomes a line of errors.jsonl."""
        if outcome.status == "failed":
            self.errors.write(json.dumps(outcome.error(), ensure_ascii=False) + "\n")
        self.on_outcome(outcome)


@contextlib.contextmanager
def output_directory(
    output: Path, manifest: dict[str, Any], on_outcome: Callable[[Outcome], None]
) -> Iterator[DirectoryRun]:
    """What every engine does around its work in ``output``: takes the directory's lock,
    sweeps the temporaries of a killed run (and, at the end, of a worker that died while
    writing), keeps ``manifest.json`` (status ``running`` until the end) and writes this
    run's failures to ``errors.jsonl``, replaced only once the run completes."""
    if output.exists() and not output.is_dir():
        raise BatchError(f"{printable(str(output))} is a file: the output must be a directory (or - for stdout)")
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BatchError(f"cannot make the output directory {printable(str(output))}: {error.strerror}") from None
    with _exclusive(output):
        _sweep_temporaries(output)
        manifest = manifest | {"started": datetime.now(UTC).isoformat(timespec="seconds")}
        write_atomic(output / MANIFEST, _json(manifest | {"status": "running"}))
        handle, errors_temporary = tempfile.mkstemp(prefix=f".{ERRORS}.", suffix=".tmp", dir=output)
        summary = Summary()
        results: dict[str, Any] = {}
        status = "interrupted"
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as errors:
                yield DirectoryRun(errors, on_outcome, summary, results)
                errors.flush()
                os.fsync(errors.fileno())
            os.replace(errors_temporary, output / ERRORS)
            _sweep_temporaries(output)  # of a worker that died while writing
            status = "complete"
        finally:
            Path(errors_temporary).unlink(missing_ok=True)
            finished = datetime.now(UTC)
            write_atomic(output / MANIFEST, _json(manifest | _results(summary, status, finished) | results))


def _run(
    items: Iterable[Article | InputError],
    job: Callable[[Article], Outcome],
    workers: int,
    stages: Stages,
    watch: Watch,
    on_outcome: Callable[[Outcome], None],
    stream: IO[str] | None,
    summary: Summary | None = None,
) -> Summary:
    summary = summary or Summary()
    start = time.perf_counter()
    large, items = _more_articles_than(SMALL_BATCH, items)
    # This process's time limit is a signal, which only the main thread can receive.
    elsewhere = watch.timeout and threading.current_thread() is not threading.main_thread()
    if workers > 1 and large or elsewhere:
        outcomes = _in_workers(items, job, workers, stages, watch)
    else:
        outcomes = _in_this_process(items, job, stages, watch)
    try:
        for outcome in outcomes:
            if stream is not None and outcome.line is not None:
                stream.write(outcome.line)
            summary.add(outcome)
            summary.seconds = time.perf_counter() - start
            on_outcome(outcome)
    finally:
        outcomes.close()
        summary.seconds = time.perf_counter() - start
    return summary


def _more_articles_than(count: int, items: Iterable[Article | InputError]) -> tuple[bool, Iterator[Article | InputError]]:
    """Whether ``items`` holds more than ``count`` articles, and the same items, still to be read."""
    items = iter(items)
    head: list[Article | InputError] = []
    articles = 0
    for item in items:
        head.append(item)
        articles += isinstance(item, Article)
        if articles > count:
            break
    return articles > count, itertools.chain(head, items)


def unreadable(item: InputError) -> Outcome:
    """The outcome of an input that could not be read as an article."""
    return Outcome("failed", item.where, stage="read", message=item.message)


def worker_died(article: Article) -> Outcome:
    """The outcome of an article whose worker process died while extracting it, alone."""
    return Outcome("failed", article.where, article.doc_id, "worker",
                   "the worker process died while extracting this article")


def took_too_long(where: str, doc_id: str, stage: str, timeout: float) -> Outcome:
    """The outcome of an article abandoned at ``stage`` for taking longer than ``timeout`` seconds."""
    return Outcome("failed", where, doc_id, stage, f"took longer than {timeout:g} s: abandoned")


class _TimeUp(BaseException):
    """Raised by SIGALRM in this process's main thread: the article in progress is past the
    time limit. Not an ``Exception``, so that neither a stage nor ``extract_article`` takes it
    for the article's own failure."""

    def __init__(self, stage: str) -> None:
        super().__init__(stage)
        self.stage = stage


def _in_this_process(
    items: Iterable[Article | InputError],
    job: Callable[[Article], Outcome],
    stages: Stages,
    watch: Watch,
) -> Iterator[Outcome]:
    """Outcomes of the articles extracted one after another in this process.

    The time limit is SIGALRM, armed for each article, rather than a child process to
    kill: a child would start Kiwi, spaCy and the model again, the very cost that running
    a small batch here avoids. Python runs the signal's handler between two bytecodes,
    so the article is stopped as soon as the native call in progress returns; the stages
    give Kiwi and the model bounded pieces of text, so that is soon. The progress is
    told from a thread, since this one is busy with the article.
    """
    global _tell
    _start_worker(stages, in_main_process=True)
    pid = os.getpid()

    def tell(article: Article, stage: str | None) -> None:
        watch.note(pid, article.doc_id, article.where, stage)

    def time_up(signum: int, frame: object) -> None:
        running = watch.running.get(pid)
        if running is not None:  # else the article is done, its outcome made: it stands
            raise _TimeUp(running.stage)

    _tell = tell
    stop = threading.Event()
    teller = threading.Thread(target=lambda: _tell_until(watch, stop), name="dbr-extract progress", daemon=True)
    teller.start()
    if watch.timeout:
        previous = signal.signal(signal.SIGALRM, time_up)
    try:
        for item in items:
            if not isinstance(item, Article):
                yield unreadable(item)
                continue
            try:
                if watch.timeout:
                    signal.setitimer(signal.ITIMER_REAL, watch.timeout)
                outcome = job(item)
            except _TimeUp as up:
                outcome = took_too_long(item.where, item.doc_id, up.stage, watch.timeout)
            finally:
                if watch.timeout:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            yield outcome
    finally:
        stop.set()
        teller.join()
        if watch.timeout:
            signal.signal(signal.SIGALRM, previous)


def _tell_until(watch: Watch, stop: threading.Event) -> None:
    while not stop.wait(TICK):
        watch.tell()


def _in_workers(
    items: Iterable[Article | InputError],
    job: Callable[[Article], Outcome],
    workers: int,
    stages: Stages,
    watch: Watch,
) -> Iterator[Outcome]:
    """Outcomes in input order, from ``workers`` processes, with a bounded number of articles in hand.

    When a worker process dies (a crash in native code, the OOM killer), the
    articles in flight are rerun one at a time in fresh processes, so that only
    the article that kills its worker fails. An article past the time limit has its
    worker killed: the same recovery follows, but that article is not rerun.
    """
    # spawn, not fork: a forked copy of a parent's Kiwi (and its threads) is not safe to use.
    context = multiprocessing.get_context("spawn")
    messages: Any = None  # what the workers tell of their articles (``Watch.note``'s arguments)

    def new_pool() -> ProcessPoolExecutor:
        # Each pool has its own channel: a killed worker may leave the old one unusable.
        nonlocal messages
        messages = context.SimpleQueue()
        watch.running.clear()  # the old pool's workers are gone
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(stages, messages))

    told = time.monotonic()

    def look() -> None:
        """Takes in what the workers told, kills the workers of articles past the time limit,
        tells the progress (once a tick)."""
        nonlocal told
        while not messages.empty():
            watch.note(*messages.get())
        for late in watch.overdue():
            with contextlib.suppress(ProcessLookupError):
                os.kill(late.pid, signal.SIGKILL)
        if time.monotonic() - told >= TICK:
            told = time.monotonic()
            watch.tell()

    def settle(future: Future[Outcome]) -> Outcome:
        while not wait([future], timeout=TICK).done:
            look()
        look()
        return future.result()

    pool = new_pool()

    def submit(article: Article) -> Future[Outcome]:
        try:
            return pool.submit(job, article)
        except BrokenProcessPool as error:  # a worker died since the last look: rerun below
            failed: Future[Outcome] = Future()
            failed.set_exception(error)
            return failed

    queue: deque[tuple[Article | None, Future[Outcome] | Outcome]] = deque()
    items = iter(items)
    try:
        while True:
            look()
            running = [future for _, future in queue if isinstance(future, Future) and not future.done()]
            while len(running) < workers * RUNNING_PER_WORKER and len(queue) < workers * HELD_PER_WORKER:
                item = next(items, None)
                if item is None:
                    break
                if not isinstance(item, Article):
                    queue.append((None, unreadable(item)))
                    continue
                future = submit(item)
                queue.append((item, future))
                if future.done():
                    break
                running.append(future)
            if not queue:
                return
            article, pending = queue[0]
            if isinstance(pending, Future) and not pending.done():
                wait(running, timeout=TICK, return_when=FIRST_COMPLETED)
                continue
            queue.popleft()
            if isinstance(pending, Outcome):
                yield pending
                continue
            try:
                yield pending.result()
            except BrokenProcessPool:
                suspects = [(article, pending), *queue]
                queue.clear()
                pool.shutdown(cancel_futures=True)
                pool = new_pool()
                for suspect, earlier in suspects:
                    if isinstance(earlier, Outcome):
                        yield earlier
                    elif earlier.done() and earlier.exception() is None:
                        yield earlier.result()
                    elif suspect.doc_id in watch.timed_out:
                        yield watch.timed_out.pop(suspect.doc_id)
                    else:
                        try:
                            yield settle(submit(suspect))
                        except BrokenProcessPool:
                            pool.shutdown(cancel_futures=True)
                            pool = new_pool()
                            yield watch.timed_out.pop(suspect.doc_id, None) or worker_died(suspect)
    finally:
        pool.shutdown(cancel_futures=True)


# The pipeline of this process: built once per worker by ``_start_worker``.
_pipeline: Pipeline | None = None


# Tells the batch which stage of which article this process is at (None: done with it):
# set by ``_start_worker`` in a worker, by ``_in_this_process`` in the main process.
_tell: Callable[[Article, str | None], None]


def _start_worker(
    stages: Stages, messages: Any = None, in_main_process: bool = False
) -> None:
    """Builds this process's pipeline; a worker tells the main process through ``messages``."""
    global _pipeline, _tell
    from pipeline.core import Pipeline

    if not in_main_process:
        # First, before the seconds of loading: a main process killed meanwhile must take
        # this worker with it.
        _die_with_parent()
    _pipeline = Pipeline(stages)
    # A stage that fails on this text fails on articles too, where the batch reports it.
    with contextlib.suppress(StageError):
        _pipeline.process(WARM_UP, "warm-up")
    if in_main_process:
        return
    pid = os.getpid()

    def tell(article: Article, stage: str | None) -> None:
        messages.put((pid, article.doc_id, article.where, stage))

    _tell = tell
    # Ctrl-C is for the main process, which stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the main process dies (e.g. by SIGKILL); if it died
    before this worker could ask, end now, as the request would never fire."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    parent = multiprocessing.parent_process()
    if parent is not None and os.getppid() != parent.pid:
        os._exit(1)


def _extract(article: Article, output: Path | None = None, force: bool = False, stream: bool = False) -> Outcome:
    """Extract one article and write its record (runs in a worker)."""
    assert _pipeline is not None, "_start_worker has not run in this process"
    _tell(article, "read")
    try:
        return extract_article(_pipeline, article, output, force, stream, partial(_tell, article))
    finally:
        _tell(article, None)


def extract_article(
    extractor: Pipeline,
    article: Article,
    output: Path | None = None,
    force: bool = False,
    stream: bool = False,
    on_stage: Callable[[str], None] | None = None,
) -> Outcome:
    """Extract one article with ``extractor`` and write its record to ``output`` (or return it as
    a JSON line with ``stream``); skips an up-to-date record unless ``force``. ``on_stage`` is
    told each stage as it starts, then ``record``."""
    where = article.where
    target = None
    if output is not None:
        if problem := _unsafe_doc_id(article.doc_id):
            return Outcome("failed", where, article.doc_id, "read", problem)
        target = output / f"{article.doc_id}.json"
        exists, existing = _existing(target)
        if exists and (problem := _taken(target, existing, article)):
            return Outcome("failed", where, article.doc_id, "read", problem)
        if not force and _up_to_date(existing, article):
            return Outcome("skipped", where, article.doc_id)
    try:
        record = extractor.process(article.text, article.doc_id, article.source, on_stage)
        if on_stage is not None:
            on_stage("record")
        content = record_json(record, lines=stream)
    except StageError as error:
        cause = error.__cause__ or error
        return Outcome("failed", where, article.doc_id, error.stage, f"{type(cause).__name__}: {cause}",
                       _traceback(cause))
    except Exception as error:  # the stages' output does not make a valid record
        return Outcome("failed", where, article.doc_id, "record", f"{type(error).__name__}: {error}",
                       _traceback(error))
    warnings = tuple(record.warnings)
    if target is None:
        return Outcome("done", where, article.doc_id, line=content, warnings=warnings)
    try:
        write_atomic(target, content)
    except OSError as error:
        return Outcome("failed", where, article.doc_id, "write", str(error))
    return Outcome("done", where, article.doc_id, warnings=warnings)


def _traceback(error: BaseException) -> str:
    return "".join(traceback.format_exception(error)).rstrip()


def _unsafe_doc_id(doc_id: str) -> str | None:
    """Why ``doc_id`` cannot name a file in the output directory, if it cannot."""
    if not doc_id.strip():
        return "the doc_id is empty"
    if doc_id in RESERVED_DOC_IDS:
        return f"doc_id {doc_id!r} is reserved for the run's {doc_id}.json"
    if doc_id in (".", "..") or doc_id.startswith(".") or any(char in doc_id for char in "/\\\0"):
        return f"doc_id {doc_id!r} cannot be a file name (it starts with a dot or holds a slash or NUL)"
    if any(ord(char) < 32 or ord(char) == 127 for char in doc_id):
        return f"doc_id {doc_id!r} cannot be a file name (it holds a control character)"
    size = len(f"{doc_id}.json".encode())
    if size > NAME_MAX:
        name = printable(f"{doc_id}.json")
        return f"doc_id is too long for a file name: {name} would be {size} bytes, more than {NAME_MAX}"
    return None


def _existing(target: Path) -> tuple[bool, Any]:
    """Whether ``target`` exists, and the JSON it holds (``None`` when it holds none)."""
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        return False, None
    except OSError:
        return True, None
    try:
        return True, json.loads(data)
    except (ValueError, RecursionError):
        return True, None


def _taken(target: Path, existing: Any, article: Article) -> str | None:
    """Why the existing file ``target`` may not take ``article``'s record, if it may not:
    it holds the record of another input with the same doc_id, or is not a record."""
    source = existing.get("source") if isinstance(existing, dict) else None
    if not isinstance(source, dict) or existing.get("doc_id") != article.doc_id:
        name = printable(str(target))
        return f"{name} exists and is not the record of doc_id {article.doc_id!r}: it is left as it is"
    recorded = source.get("path")
    if same_source(recorded, article.source.get("path")):
        return None
    line = source.get("line")
    other = printable(f"{recorded}:{line}" if line else str(recorded))
    return (
        f"doc_id {article.doc_id!r} is also that of {other}, whose record {printable(str(target))} is kept: "
        "give one of the two inputs another name (or id), or remove that record"
    )


def _up_to_date(existing: Any, article: Article) -> bool:
    """Whether ``existing`` (a record file's JSON) is a record of this very input by this pipeline version."""
    return (
        isinstance(existing, dict)
        and existing.get("pipeline_version") == pipeline.__version__
        and existing.get("source") == {"path": None, **article.source}
    )


@contextlib.contextmanager
def _exclusive(output: Path) -> Iterator[None]:
    """Holds the output directory's lock: one run at a time writes there. The kernel
    releases it when the process dies, however it dies."""
    try:
        lock_file = (output / LOCK).open("a")
    except OSError as error:
        raise BatchError(f"cannot write to the output directory {printable(str(output))}: {error.strerror}") from None
    with lock_file as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BatchError(f"another dbr-extract run is writing to {output}") from None
        yield


def _sweep_temporaries(output: Path) -> None:
    """Removes the hidden temporaries (``.<name>.<random>.tmp``) of a run that was killed."""
    for path in output.glob(".*.tmp"):
        path.unlink(missing_ok=True)


def describe_run(
    paths: list[Path], output: Path, workers: int, force: bool, stages: Stages
) -> dict[str, Any]:
    """The manifest's description of a run, before it starts."""
    return {
        "engine": "local",
        "pipeline_version": pipeline.__version__,
        "schema_version": SCHEMA_VERSION,
        "versions": _versions(),
        "stages": list(NAMES) if stages is None else [name for name, _ in stages],
        "inputs": [printable(str(path)) for path in paths],
        "output": printable(str(output)),
        "workers": workers,
        "force": force,
    }


def _results(summary: Summary, status: str, finished: datetime) -> dict[str, Any]:
    return {
        "status": status,
        "finished": finished.isoformat(timespec="seconds"),
        "counts": {key: value for key, value in asdict(summary).items() if key != "seconds"},
        "seconds": round(summary.seconds, 3),
        "articles_per_second": round(summary.rate, 2),
        "peak_rss_mb": {
            "main": max_rss_mb(resource.RUSAGE_SELF),
            "largest_worker": max_rss_mb(resource.RUSAGE_CHILDREN),
        },
    }


def max_rss_mb(who: int) -> float:
    """Peak resident memory of ``who`` (``resource.RUSAGE_SELF`` or ``RUSAGE_CHILDREN``), in MB."""
    # Linux reports kilobytes.
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def _versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for package in ("kiwipiepy", "kiwipiepy_model", "spacy", "pydantic"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions[package] = metadata.version(package)
    return versions


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"

