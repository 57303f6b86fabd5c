"""``make bench``: the pipeline's wall time next to bare ``Kiwi.tokenize`` on the same texts,
how it grows with one article's size, start-up as new processes, then batch runs at
corpus scale. ``python -m pipeline.bench SECTION …`` runs some of the sections only.

Runs alternate between the pipeline and its yardstick so that machine noise hits both
alike; medians are reported, with their ratio.

- ``stages``: the reference article repeated to about 1 MB, and the ~60 varied pages
  (the gold pages of both splits and the fixture pages), each stage's share included.
- ``growth``: one article of about 10 KB, 100 KB, 1 MB and 5 MB (the dev gold pages'
  body paragraphs one after another): time per MB of the pipeline and of bare Kiwi
  reading the same text paragraph by paragraph, and the peak memory of the 5 MB run,
  in a process of its own.
- ``cold``: ``dbr-extract --help``, and ``dbr-extract extract`` of the reference article,
  as new processes, against a process that loads Kiwi and tokenises one character (Kiwi
  as it loads by default, the issue's yardstick, and Kiwi as the pipeline loads it).
- ``batch``: ``dbr-extract extract`` as a user runs it (a new process, cold start
  included) on a synthetic corpus (``pipeline.synth``): articles/s with 1 and 2 workers
  and their ratio, over the whole run and past start-up, the peak memory of the whole
  run (main process and workers, sampled) for 100 and for 1,000 articles, and the time
  to load 1,000 records into SQLite.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pipeline import Pipeline, batch, db, synth, to_record
from pipeline.document import Document
from pipeline.resources import kiwi

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "corpus" / "dbr-247-bat-ai-strategy.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "pages"
GOLD = ROOT / "tests" / "gold"
TARGET_RATIO = 1.5
RUNS = 5
GROWTH_SIZES = (10_000, 100_000, 1_000_000, 5_000_000)  # bytes of UTF-8
# Runs of each size: fewer for the large ones, which take minutes; the 5 MB article runs
# once, in a process of its own, so that its peak memory is its own.
GROWTH_RUNS = {10_000: 5, 100_000: 5, 1_000_000: 3, 5_000_000: 1}
TARGET_GROWTH = 1.5  # largest time per MB against the smallest
TARGET_PEAK_MB = 1500  # the 5 MB article's process
# Block kinds of a gold record that the growth article is made of.
BODY_KINDS = ("paragraph", "heading")
COLD_RUNS = 5
TARGET_HELP_SECONDS = 0.3
TARGET_COLD_RATIO = 1.3
# The yardstick of the issue (Kiwi as it loads by default), and Kiwi as the pipeline loads it
# (``resources.kiwi``: without the multi-word dictionary, which is most of Kiwi's load time).
KIWI_PROCESS = [sys.executable, "-c", "from kiwipiepy import Kiwi; Kiwi().tokenize('가')"]
PIPELINE_KIWI_PROCESS = [sys.executable, "-c", "from pipeline.resources import kiwi; kiwi().tokenize('가')"]
SEED = 7
SMALL, LARGE = 100, 1000  # synthetic articles
TARGET_SPEEDUP = 1.7  # 2 workers against 1, on 2 cores
TARGET_MEMORY_GROWTH = 0.10  # peak RSS for 1,000 articles against 100
DBR_EXTRACT = str(Path(sys.executable).parent / "dbr-extract")


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _medians(a: Callable[[], object], b: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median seconds of ``a`` and of ``b``, run by turns."""
    times = [(_timed(a), _timed(b)) for _ in range(runs)]
    return statistics.median(t for t, _ in times), statistics.median(t for _, t in times)


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


def stages() -> None:
    pipeline = Pipeline()
    reference = REFERENCE.read_text(encoding="utf-8")
    copies = [reference] * max(1, round(1e6 / len(reference.encode("utf-8"))))
    print(f"stages: median of {RUNS} runs each, stages: {', '.join(name for name, _ in pipeline.stages)}")
    ratios = [compare("reference article repeated to ~1 MB", copies, pipeline)]
    gold = sorted((GOLD / "dev").glob("*.txt")) + sorted((GOLD / "test").glob("*.txt"))
    fixtures = sorted(FIXTURES.glob("*.txt"))
    varied = [path.read_text(encoding="utf-8") for path in gold + fixtures]
    ratios.append(compare(f"{len(gold)} gold + {len(fixtures)} fixture pages", varied, pipeline))
    print(f"worst ratio {max(ratios):.2f} (target <= {TARGET_RATIO})")


def growing_article(size: int) -> str:
    """One article of at most ``size`` bytes of UTF-8: the page head of the first dev gold page,
    then the body paragraphs and headings of every dev gold page in turn (from the first
    again when they run out), cut at the paragraph that would pass ``size``. The gold
    record's blocks say where each is in the page."""
    head, paragraphs = "", []
    for page in sorted((GOLD / "dev").glob("*.txt")):
        raw = page.read_text(encoding="utf-8")
        blocks = [b for b in json.loads(page.with_suffix(".json").read_text())["blocks"] if b["kind"] in BODY_KINDS]
        head = head or raw[: blocks[0]["raw_start"]]
        paragraphs += [raw[block["raw_start"] : block["raw_end"]] for block in blocks]
    body, used = [], len(head.encode("utf-8"))
    for paragraph in itertools.cycle(paragraphs):
        used += len(paragraph.encode("utf-8")) + 2
        if used > size:
            break
        body.append(paragraph)
    return head + "\n\n".join(body)


def bare_kiwi(text: str) -> None:
    """Kiwi on ``text`` as a user would give it a long document: paragraph by paragraph (in
    one string, Kiwi's time grows faster than the text)."""
    analyser = kiwi()
    for paragraph in text.split("\n"):
        if paragraph.strip():
            analyser.tokenize(paragraph)


def _pipeline_alone(size: int) -> None:
    """In a process of its own: the pipeline on the growth article of ``size`` bytes;
    prints its seconds and the process's peak memory (MB) as JSON."""
    pipeline = Pipeline()
    pipeline.process(batch.WARM_UP, "warm-up")
    text = growing_article(size)
    seconds = _timed(lambda: pipeline.process(text, "growth"))
    print(json.dumps({"seconds": seconds, "peak_mb": batch.max_rss_mb(resource.RUSAGE_SELF)}))


def growth() -> None:
    pipeline = Pipeline()
    pipeline.process(batch.WARM_UP, "warm-up")
    print("growth: one article of the dev gold pages' paragraphs; bare Kiwi reads it paragraph by paragraph")
    print(f"  {'size':>8} {'chars':>9} {'runs':>4}   {'kiwi s/MB':>9} {'pipeline s/MB':>13} {'ratio':>5}")
    per_mb, peak = {}, None
    for size in GROWTH_SIZES:
        text = growing_article(size)
        megabytes = len(text.encode("utf-8")) / 1e6
        runs = GROWTH_RUNS[size]
        if runs > 1:
            kiwi_s, pipeline_s = _medians(lambda: bare_kiwi(text), lambda: pipeline.process(text, "growth"), runs)
        else:
            kiwi_s = _timed(lambda: bare_kiwi(text))
            alone = subprocess.run([sys.executable, "-m", "pipeline.bench", "--pipeline-alone", str(size)],
                                   capture_output=True, text=True, check=True)
            result = json.loads(alone.stdout.splitlines()[-1])
            pipeline_s, peak = result["seconds"], result["peak_mb"]
        per_mb[size] = pipeline_s / megabytes
        print(f"  {megabytes:7.2f}M {len(text):9,} {runs:4}   {kiwi_s / megabytes:9.2f} {per_mb[size]:13.2f} "
              f"{pipeline_s / kiwi_s:5.2f}", flush=True)
    spread = max(per_mb.values()) / min(per_mb.values())
    print(f"  pipeline time per MB, largest against smallest: {spread:.2f} (target <= {TARGET_GROWTH})")
    if peak is not None:
        print(f"  peak memory of the {GROWTH_SIZES[-1] / 1e6:.0f} MB article's process: {peak:.0f} MB "
              f"(target < {TARGET_PEAK_MB})")


def cold() -> None:
    """``--help`` and ``extract`` of one article as new processes, by turns with a process that
    loads Kiwi and tokenises one character."""
    with tempfile.TemporaryDirectory(prefix="dbr-bench-") as scratch:
        commands = {
            "dbr-extract --help": [DBR_EXTRACT, "--help"],
            "dbr-extract extract (reference article)": [DBR_EXTRACT, "extract", str(REFERENCE), "-o", scratch, "--force"],
            "Kiwi() and tokenize('가')": KIWI_PROCESS,
            "the pipeline's Kiwi and tokenize('가')": PIPELINE_KIWI_PROCESS,
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(COLD_RUNS):
            for name, command in commands.items():
                times[name].append(_timed(lambda command=command: subprocess.run(
                    command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)))
    medians = {name: statistics.median(seconds) for name, seconds in times.items()}
    print(f"cold start: new processes, median of {COLD_RUNS} by turns")
    for name, seconds in medians.items():
        print(f"  {name:<42} {seconds:6.2f} s")
    help_s, extract_s, kiwi_s, pipeline_kiwi_s = medians.values()
    print(f"  --help {help_s:.2f} s (target < {TARGET_HELP_SECONDS}); extract against Kiwi's process "
          f"{extract_s / kiwi_s:.2f} (target <= {TARGET_COLD_RATIO}), against the pipeline's Kiwi "
          f"{extract_s / pipeline_kiwi_s:.2f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description="make bench, or some of its sections.")
    parser.add_argument("sections", nargs="*", metavar="SECTION", help=f"of {', '.join(SECTIONS)} (default: all)")
    parser.add_argument("--pipeline-alone", type=int, metavar="BYTES", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.pipeline_alone:
        _pipeline_alone(args.pipeline_alone)
        return
    if unknown := [name for name in args.sections if name not in SECTIONS]:
        parser.error(f"no section {', '.join(unknown)}; sections: {', '.join(SECTIONS)}")
    # Other work on the machine takes cores from the runs: say how much there was.
    print("load average before: " + ", ".join(f"{value:.1f}" for value in os.getloadavg()))
    for name in args.sections or SECTIONS:
        print()
        SECTIONS[name]()


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


def extract_run(corpus: Path, output: Path, workers: int, *options: str,
                sample_memory: bool = True) -> tuple[float, float | None]:
    """Wall seconds and peak RSS (MB, sampled every 20 ms: this process's tree; None when not
    ``sample_memory``) of one ``dbr-extract extract`` run, with ``options`` such as ``--engine ray``.
    Sampling costs this process a tenth of a core, taken from the run when every core is busy."""
    command = [DBR_EXTRACT, "extract", str(corpus), "-o", str(output), "--workers", str(workers), "--force", *options]
    log = output.with_suffix(".log")
    start = time.perf_counter()
    with log.open("w") as stderr:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
        peak = 0.0 if sample_memory else None
        while sample_memory and process.poll() is None:
            peak = max(peak, _tree_rss_mb(process.pid))
            time.sleep(0.02)
        process.wait()
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


SECTIONS: dict[str, Callable[[], None]] = {"stages": stages, "growth": growth, "cold": cold, "batch": batch_scale}

if __name__ == "__main__":
    main()
