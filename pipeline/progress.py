"""Progress of a long command, on stderr: a progress bar on a terminal, log lines otherwise.

Log files and CI logs get a line every ``interval`` seconds instead of a bar's
control characters. Error lines are printed as they come, in both modes. Items in
progress for ``interval`` seconds or more are shown too: beside the bar, or a line
each in the log every ``interval`` seconds, so that a long item does not look like a hang.
"""

from __future__ import annotations

import math
import sys
import threading
import time
from collections import Counter
from collections.abc import Sequence
from typing import IO, Protocol

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn


class InProgress(Protocol):
    """An item in progress: ``str()`` says what it is (and how far it is)."""

    @property
    def seconds(self) -> float:
        """Seconds since it started."""
        ...


def on_terminal(stream: IO[str] | None = None) -> bool:
    """Whether ``stream`` (stderr by default) is a terminal, where a progress bar can be drawn."""
    return (stream or sys.stderr).isatty()


class Reporter:
    """Counts items by status (``done``, ``skipped``, ``failed``, …) and shows how far a run is."""

    def __init__(
        self, label: str, total: int | None = None, *, names: dict[str, str] | None = None,
        stream: IO[str] | None = None, interval: float = 10.0,
    ) -> None:
        self.label = label
        self.total = total
        self.names = names or {}
        self.stream = stream or sys.stderr
        self.interval = interval
        self.counts: Counter[str] = Counter()
        self._bar: Progress | None = None
        self._task = None
        self._started = self._last_line = time.monotonic()
        self._last_in_progress = -math.inf
        self._printing = threading.Lock()  # in_progress may be called from another thread

    def __enter__(self) -> Reporter:
        if on_terminal(self.stream):
            self._bar = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[counts]}"),
                TimeElapsedColumn(), TimeRemainingColumn(), TextColumn("{task.fields[running]}"),
                console=Console(file=self.stream), transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=self.total, counts="", running="")
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def note(self, message: str) -> None:
        """A line that stays above the bar (or in the log)."""
        with self._printing:
            if self._bar is not None:
                self._bar.console.print(message, markup=False, highlight=False, soft_wrap=True)
            else:
                print(message, file=self.stream, flush=True)

    def advance(self, status: str) -> None:
        self.counts[status] += 1
        if self._bar is not None:
            self._bar.update(self._task, advance=1, counts=self._counts())
        elif time.monotonic() - self._last_line >= self.interval:
            self._last_line = time.monotonic()
            seen = sum(self.counts.values())
            rate = seen / (self._last_line - self._started)
            of_total = f"/{self.total}" if self.total is not None else ""
            self.note(f"{self.label}: {seen}{of_total} ({self._counts()}), {rate:.1f}/s")

    def in_progress(self, items: Sequence[InProgress]) -> None:
        """Shows the items that have been in progress for ``interval`` seconds or more."""
        long = [f"still on {item}, {item.seconds:.0f} s" for item in items if item.seconds >= self.interval]
        if self._bar is not None:
            self._bar.update(self._task, running=", ".join(long))
        elif long and time.monotonic() - self._last_in_progress >= self.interval:
            self._last_in_progress = time.monotonic()
            for line in long:
                self.note(f"{self.label}: {line}")

    def _counts(self) -> str:
        return ", ".join(f"{count} {self.names.get(status, status)}" for status, count in self.counts.items())
