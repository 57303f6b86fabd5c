"""Stages planted among the real ones, for the tests of what the engines do when a stage
fails, kills its worker or never ends."""

from __future__ import annotations

import os
import signal
import time

from pipeline.document import Document
from pipeline.resources import kiwi

FAIL = "이 기사는 실패한다"
CRASH = "이 기사는 작업자를 죽인다"
SLOW = "이 기사는 끝나지 않는다"
# How long the never-ending stage works at most: so that a batch whose time limit does
# not work still ends, and its test fails instead of hanging.
SLOW_SECONDS = 60


def fail_on_marker(doc: Document) -> None:
    """A stage that fails on articles holding FAIL."""
    if FAIL in doc.raw:
        raise ValueError("a planted failure")


def crash_on_marker(doc: Document) -> None:
    """A stage that kills its process on articles holding CRASH, as a crash in native code would."""
    if CRASH in doc.raw:
        os.kill(os.getpid(), signal.SIGKILL)


def slow_on_marker(doc: Document) -> None:
    """A stage that works on and on on articles holding SLOW, as one on a pathological input
    would: it has Kiwi analyse the text again and again."""
    if SLOW in doc.raw:
        give_up = time.monotonic() + SLOW_SECONDS
        while time.monotonic() < give_up:
            kiwi().tokenize(doc.raw)
