"""``make bench-ray``: articles/s of ``dbr-extract extract`` with the local engine and with
``--engine ray`` (1 and 2 actors) on the same synthetic articles, side by side.

The Ray runs join a one-node cluster started here once (``ray start --head``, 2 CPUs),
as they would join a cluster that is already up; each run still starts its actors
(Kiwi, spaCy and the NER model load in each), as the local engine starts its workers.
Runs alternate between the four set-ups, round after round, so that machine noise hits
all alike; medians are reported. Every run is a new ``dbr-extract`` process timed
from start to end, start-up included; each set-up also runs on the first 100 of the
articles, and the difference between the two sizes, which share the start-up, gives
the rate past start-up (as ``make bench`` does for the local engine).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from pipeline import synth
from pipeline.bench import extract_run

ARTICLES = 500
SMALL = 100  # the first articles of the same corpus: the same start-up, less work
ROUNDS = 3
SEED = 7
TARGET_SPEEDUP = 1.6  # Ray with 2 actors against Ray with 1
TARGET_OVERHEAD = 0.15  # Ray against the local engine, at the same number of workers
RAY = str(Path(sys.executable).parent / "ray")


@contextlib.contextmanager
def local_cluster(cpus: int) -> Iterator[tuple[str, int]]:
    """A one-node Ray cluster on the loopback interface, as ``ray start --head`` makes one: its
    address, and the pid of the ``ray start`` process (the cluster's processes descend from it).

    Ray's authentication token goes into this process's environment, for the clients it starts.
    The cluster stops at the end by a signal to that process, which stops its own processes
    (``ray stop`` would stop every Ray cluster of the machine)."""
    temporary = Path(tempfile.mkdtemp(prefix="ray-", dir="/tmp"))  # Ray's socket paths must stay short
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    os.environ["RAY_AUTH_MODE"] = "token"
    os.environ["RAY_AUTH_TOKEN"] = secrets.token_hex(16)
    log = temporary / "ray-start.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [RAY, "start", "--head", "--block", f"--port={port}", f"--num-cpus={cpus}", "--node-ip-address=127.0.0.1",
             f"--temp-dir={temporary}", "--include-dashboard=false", "--disable-usage-stats"],
            stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 120
        while "will now block" not in log.read_text():
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"ray start failed:\n{log.read_text()}")
            time.sleep(0.2)
        yield f"127.0.0.1:{port}", process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait()
        shutil.rmtree(temporary, ignore_errors=True)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="dbr-bench-ray-") as scratch, local_cluster(2) as (address, _):
        root = Path(scratch)
        corpora = {count: root / f"corpus-{count}" for count in (SMALL, ARTICLES)}
        for count, corpus in corpora.items():
            synth.write_directory(corpus, count, SEED)  # the small corpus is the large one's first articles
        setups = {
            ("local", 1): (), ("ray", 1): ("--engine", "ray", "--address", address),
            ("local", 2): (), ("ray", 2): ("--engine", "ray", "--address", address),
        }
        print(f"{ARTICLES} synthetic articles (pipeline.synth), median of {ROUNDS} rounds, each run a new "
              f"dbr-extract process; load average before: {_load()}", flush=True)
        seconds: dict[tuple[str, int, int], list[float]] = {
            (*setup, count): [] for setup in setups for count in corpora
        }
        for round_number in range(1, ROUNDS + 1):
            for (engine, workers), options in setups.items():
                for count, corpus in corpora.items():
                    run, _ = extract_run(corpus, root / f"out-{engine}-{workers}-{count}", workers, *options,
                                         sample_memory=False)
                    seconds[engine, workers, count].append(run)
                    print(f"  round {round_number}: {engine:<5} {workers} worker{'s' if workers > 1 else ' '} "
                          f"{count:4} articles {run:6.1f} s  {count / run:6.1f} articles/s", flush=True)
        median = {key: statistics.median(times) for key, times in seconds.items()}
        whole = {setup: ARTICLES / median[(*setup, ARTICLES)] for setup in setups}
        # The two sizes share the start-up (imports, joining the cluster, workers, models).
        steady = {setup: (ARTICLES - SMALL) / (median[(*setup, ARTICLES)] - median[(*setup, SMALL)]) for setup in setups}
        print(f"articles/s on {ARTICLES} articles, over the whole run / past start-up ({ARTICLES} against {SMALL}):")
        print(f"{'workers':>8} {'local':>16} {'ray':>16} {'ray overhead':>16}")
        for workers in (1, 2):
            print(f"{workers:>8} {whole['local', workers]:>7.1f} / {steady['local', workers]:<6.1f} "
                  f"{whole['ray', workers]:>7.1f} / {steady['ray', workers]:<6.1f} "
                  f"{_overhead(whole, workers):>7.1%} / {_overhead(steady, workers):.1%}")
        for name, rates in (("whole run", whole), ("past start-up", steady)):
            print(f"  {name}: ray 2 actors against 1 {rates['ray', 2] / rates['ray', 1]:.2f} (target >= {TARGET_SPEEDUP}; "
                  f"local 2 workers against 1 {rates['local', 2] / rates['local', 1]:.2f}), ray's overhead at most "
                  f"{max(_overhead(rates, w) for w in (1, 2)):.1%} (target <= {TARGET_OVERHEAD:.0%})")
        print(f"  load average after: {_load()}")


def _overhead(rates: dict[tuple[str, int], float], workers: int) -> float:
    """How much longer Ray takes than the local engine with ``workers`` workers."""
    return rates["local", workers] / rates["ray", workers] - 1


def _load() -> str:
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
