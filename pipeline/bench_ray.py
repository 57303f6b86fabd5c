"""``make bench-ray``: articles/s of ``dbr-extract extract`` with the local engine and with
``--engine ray`` (1 and 2 actors) on the same synthetic articles, side by side.

The Ray runs join a one-node cluster started here once (``ray start --head``, 2 CPUs),
as they would join a cluster that is already up; each run still starts its actors
(Kiwi, spaCy and the NER model load in each), as the local engine starts its workers.
Runs alternate between the four set-ups, round after round, so that machine noise hits
all alike; medians are reported. Every run is a new ``dbr-extract`` process timed
from start to end, start-up included.
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
        corpus = root / "corpus"
        synth.write_directory(corpus, ARTICLES, SEED)
        setups = {
            ("local", 1): (), ("ray", 1): ("--engine", "ray", "--address", address),
            ("local", 2): (), ("ray", 2): ("--engine", "ray", "--address", address),
        }
        print(f"{ARTICLES} synthetic articles (pipeline.synth), median of {ROUNDS} rounds, each run a new "
              f"dbr-extract process, start-up included; load average before: {_load()}", flush=True)
        seconds: dict[tuple[str, int], list[float]] = {setup: [] for setup in setups}
        for round_number in range(1, ROUNDS + 1):
            for (engine, workers), options in setups.items():
                run, _ = extract_run(corpus, root / f"out-{engine}-{workers}", workers, *options)
                seconds[engine, workers].append(run)
                print(f"  round {round_number}: {engine:<5} {workers} worker{'s' if workers > 1 else ' '} "
                      f"{run:6.1f} s  {ARTICLES / run:6.1f} articles/s", flush=True)
        rate = {setup: ARTICLES / statistics.median(times) for setup, times in seconds.items()}
        print(f"{'workers':>8} {'local':>14} {'ray':>14} {'ray overhead':>14}")
        for workers in (1, 2):
            overhead = rate["local", workers] / rate["ray", workers] - 1
            print(f"{workers:>8} {rate['local', workers]:>8.1f} art/s {rate['ray', workers]:>8.1f} art/s "
                  f"{overhead:>13.1%}")
        print(f"  ray, 2 actors against 1: {rate['ray', 2] / rate['ray', 1]:.2f} (target >= {TARGET_SPEEDUP})")
        worst = max(rate["local", w] / rate["ray", w] - 1 for w in (1, 2))
        print(f"  ray's overhead over the local engine: at most {worst:.1%} (target <= {TARGET_OVERHEAD:.0%})")
        print(f"  load average after: {_load()}")


def _load() -> str:
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
