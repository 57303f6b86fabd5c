"""Running ``dbr-extract`` as a separate process, and killing it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

COMMAND = str(Path(sys.executable).parent / "dbr-extract")


def run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([COMMAND, *arguments], capture_output=True, text=True, timeout=1200)


def start(*arguments: str) -> subprocess.Popen[str]:
    """``dbr-extract`` in a process group of its own (so that its workers can be found)."""
    return subprocess.Popen(
        [COMMAND, *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )


def wait_until(condition: Callable[[], bool], timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def kill_when(process: subprocess.Popen[str], ready: Callable[[], bool]) -> None:
    """SIGKILL ``process`` (the main process only, as the OOM killer would) as soon as ``ready()``;
    then wait until its workers have died too."""
    wait_until(lambda: process.poll() is not None or ready())
    assert process.poll() is None, "the run ended before it could be killed: give it more work"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    wait_until(lambda: not _living_members(process.pid), timeout=30)


def _living_members(group: int) -> list[int]:
    """Processes of process group ``group`` that are not zombies."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, process_group = fields[0], int(fields[2])
        if process_group == group and state != "Z":
            members.append(int(stat.parent.name))
    return members
