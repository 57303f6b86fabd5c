"""``make bench``: the pipeline's wall time next to bare ``Kiwi.tokenize`` on the same texts,
then batch runs at corpus scale.

Runs alternate between the two so that machine noise hits both alike; medians
are reported, with their ratio.

The batch part runs ``dbr-extract extract`` as a user would (a new process, cold
start included) on a synthetic corpus (``pipeline.synth``): articles/s with 1 and
2 workers and their ratio, over the whole run and past start-up, the peak memory
of the whole run (main process and workers, sampled) for 100 and for 1,000
articles, and the time to load 1,000 records into SQLite.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pipeline import Pipeline, db, synth, to_record
from pipeline.document import Document
from pipeline.resources import kiwi

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "corpus" / "dbr-247-bat-ai-strategy.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "pages"
TARGET_RATIO = 2.0
RUNS = 5
SEED = 7
SMALL, LARGE = 100, 1000  # synthetic articles
TARGET_SPEEDUP = 1.7  # 2 workers against 1, on 2 cores
TARGET_MEMORY_GROWTH = 0.10  # peak RSS for 1,000 articles against 100
DBR_EXTRACT = str(Path(sys.executable).parent / "dbr-extract")


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def compare(name: str, texts: list[str], pipeline: Pipeline) -> float:
    """Median seconds of bare Kiwi and of each stage on ``texts``; prints the ratio of
    every prefix of the pipeline (`… + dates` is what the pipeline costs up to dates)."""
    analyser = kiwi()

    def bare() -> None:
        for text in texts:
            analyser.tokenize(text)

    def staged() -> dict[str, float]:
        seconds = dict.fromkeys([stage for stage, _ in pipeline.stages] + ["record"], 0.0)
        for number, text in enumerate(texts):
            doc = Document(doc_id=f"bench-{number}", raw=text)
            for stage, run in pipeline.stages:
                seconds[stage] += _timed(lambda run=run: run(doc))
            seconds["record"] += _timed(lambda: to_record(doc))
        return seconds

    staged()  # warm caches and lazy loads outside the measurement
    bare_times, stage_times = [], []
    for _ in range(RUNS):
        bare_times.append(_timed(bare))
        stage_times.append(staged())
    bare_median = statistics.median(bare_times)
    full_median = statistics.median(sum(times.values()) for times in stage_times)
    ratio = full_median / bare_median
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{name:<40} {len(texts):>4} docs {size:6.2f} MB   kiwi {bare_median:7.3f} s   "
          f"pipeline {full_median:7.3f} s   ratio {ratio:5.2f}")
    cumulative = 0.0
    for stage in stage_times[0]:
        cumulative += statistics.median(times[stage] for times in stage_times)
        print(f"    up to {stage:<12} {cumulative:7.3f} s   ratio {cumulative / bare_median:5.2f}")
    return ratio


def main() -> None:
    pipeline = Pipeline()
    reference = REFERENCE.read_text(encoding="utf-8")
    copies = [reference] * max(1, round(1e6 / len(reference.encode("utf-8"))))
    print(f"median of {RUNS} runs each, stages: {', '.join(name for name, _ in pipeline.stages)}")
    ratios = [compare("reference article repeated to ~1 MB", copies, pipeline)]
    fixtures = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    if fixtures:
        ratios.append(compare(f"fixture pages x10 ({len(fixtures)} pages)", fixtures * 10, pipeline))
    worst = max(ratios)
    print(f"worst ratio {worst:.2f} (target <= {TARGET_RATIO})")
    print()
    batch_scale()


def process_tree(pid: int) -> list[int]:
    """Process ``pid`` and all its descendants that are still there."""
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                pending.extend(int(child) for child in (task / "children").read_text().split())
        except OSError:  # the process ended meanwhile
            continue
        found.append(current)
    return found


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of process ``pid`` and all its descendants, in MB."""
    total = 0
    for process in process_tree(pid):
        try:
            status = Path(f"/proc/{process}/status").read_text()
        except OSError:  # the process ended meanwhile
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return total / 1024


def extract_run(corpus: Path, output: Path, workers: int, *options: str) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, sampled every 20 ms: this process's tree) of one
    ``dbr-extract extract`` run, with ``options`` such as ``--engine ray``."""
    command = [DBR_EXTRACT, "extract", str(corpus), "-o", str(output), "--workers", str(workers), "--force", *options]
    log = output.with_suffix(".log")
    start = time.perf_counter()
    with log.open("w") as stderr:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
        peak = 0.0
        while process.poll() is None:
            peak = max(peak, _tree_rss_mb(process.pid))
            time.sleep(0.02)
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{log.read_text()}")
    return seconds, peak


def batch_scale() -> None:
    with tempfile.TemporaryDirectory(prefix="dbr-bench-") as scratch:
        root = Path(scratch)
        corpora = {count: root / f"corpus-{count}" for count in (SMALL, LARGE)}
        for count, corpus in corpora.items():
            synth.write_directory(corpus, count, SEED)  # the small corpus is the large one's first articles
        # Other work on the machine takes cores from the workers: say how much there was.
        load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
        print(f"batch: dbr-extract extract on a synthetic corpus (pipeline.synth); load average before: {load}")
        seconds, peaks = {}, {}
        for workers in (1, 2):
            for count, corpus in corpora.items():
                run = extract_run(corpus, root / f"out-{workers}-{count}", workers)
                seconds[workers, count], peaks[workers, count] = run
                print(f"  {count:4} articles, {workers} worker{'s' if workers > 1 else ' '}  "
                      f"{seconds[workers, count]:6.1f} s  {count / seconds[workers, count]:6.1f} articles/s   "
                      f"peak RSS {peaks[workers, count]:5.0f} MB")
        # The runs differ by LARGE - SMALL articles and share the start-up (imports, Kiwi, models).
        steady = {w: (LARGE - SMALL) / (seconds[w, LARGE] - seconds[w, SMALL]) for w in (1, 2)}
        print(f"  speed-up with 2 workers: {seconds[1, LARGE] / seconds[2, LARGE]:.2f} over the whole run of "
              f"{LARGE}, {steady[2] / steady[1]:.2f} past start-up ({steady[1]:.1f} and {steady[2]:.1f} articles/s) "
              f"(target >= {TARGET_SPEEDUP})")
        growth = peaks[2, LARGE] / peaks[2, SMALL] - 1
        print(f"  peak RSS, 2 workers: {peaks[2, SMALL]:.0f} MB for {SMALL} articles, {peaks[2, LARGE]:.0f} MB "
              f"for {LARGE}: {growth:+.1%} (target within {TARGET_MEMORY_GROWTH:.0%})")

        url = f"sqlite:///{root / 'dbr.sqlite'}"
        first = db.load([root / f"out-2-{LARGE}"], url)
        second = db.load([root / f"out-2-{LARGE}"], url)
        print(f"  load into SQLite: {first.seconds * 1000 / LARGE:.1f} s per 1000 articles ({first.loaded} loaded); "
              f"again, all unchanged: {second.seconds:.1f} s")


if __name__ == "__main__":
    main()
