"""``make bench``: the pipeline's wall time next to bare ``Kiwi.tokenize`` on the same texts.

Runs alternate between the two so that machine noise hits both alike; medians
are reported, with their ratio.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from pipeline import Pipeline
from pipeline.resources import kiwi

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "corpus" / "dbr-247-bat-ai-strategy.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "pages"
TARGET_RATIO = 2.0
RUNS = 5


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def compare(name: str, texts: list[str], pipeline: Pipeline) -> float:
    analyser = kiwi()

    def bare() -> None:
        for text in texts:
            analyser.tokenize(text)

    def full() -> None:
        for number, text in enumerate(texts):
            pipeline.process(text, doc_id=f"bench-{number}")

    full()  # warm caches and lazy loads outside the measurement
    bare_times, full_times = [], []
    for _ in range(RUNS):
        bare_times.append(_timed(bare))
        full_times.append(_timed(full))
    bare_median, full_median = statistics.median(bare_times), statistics.median(full_times)
    ratio = full_median / bare_median
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(
        f"{name:<40} {len(texts):>4} docs {size:6.2f} MB   kiwi {bare_median:7.3f} s   "
        f"pipeline {full_median:7.3f} s   ratio {ratio:5.2f}"
    )
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


if __name__ == "__main__":
    main()
