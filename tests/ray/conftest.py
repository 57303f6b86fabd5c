"""A real Ray cluster for the tests of ``--engine ray``: one node with 2 CPUs, started by
``ray start --head`` on a free port of the loopback interface, stopped at the end of the
session (by signalling the ``ray start`` process this fixture started, which stops its
own GCS, raylet and workers; ``ray stop`` would stop every Ray cluster on the machine).
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ..db.conftest import dump, new_database, postgres_databases, postgres_server  # noqa: F401 (fixtures)

RAY = str(Path(sys.executable).parent / "ray")


@dataclass(frozen=True)
class Cluster:
    address: str
    pid: int  # of `ray start`, whose descendants are the cluster's processes


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[Cluster]:
    # Not imported here: Ray reads the token settings below when it is first imported.
    if importlib.util.find_spec("ray") is None:
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail("CI: Ray is not installed, so the Ray tests cannot run (make install installs the ray extra)")
        pytest.skip("Ray is not installed: pip install -e '.[ray]' (make install does)")
    # Ray's sockets live in its temporary directory, whose path must stay short.
    temporary = Path(tempfile.mkdtemp(prefix="ray-", dir="/tmp"))
    port = _free_port()
    # The cluster and its clients (these tests and the dbr-extract they start) share a token.
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv("RAY_AUTH_MODE", "token")
        environment.setenv("RAY_AUTH_TOKEN", secrets.token_hex(16))
        log = temporary / "ray-start.log"
        with log.open("w") as output:
            process = subprocess.Popen(
                [RAY, "start", "--head", "--block", f"--port={port}", "--num-cpus=2",
                 "--node-ip-address=127.0.0.1", f"--temp-dir={temporary}", "--include-dashboard=false",
                 "--disable-usage-stats"],
                stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
            )
        try:
            deadline = time.monotonic() + 120
            while "will now block" not in log.read_text():
                assert process.poll() is None, f"ray start failed:\n{log.read_text()}"
                assert time.monotonic() < deadline, f"ray start did not finish:\n{log.read_text()}"
                time.sleep(0.2)
            yield Cluster(f"127.0.0.1:{port}", process.pid)
        finally:
            process.terminate()
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, 9)
                process.wait()
            shutil.rmtree(temporary, ignore_errors=True)
