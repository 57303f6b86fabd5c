"""Stages planted among the real ones, for the tests of what the engines do when a stage
fails or kills its worker."""

from __future__ import annotations

import os
import signal

from pipeline.document import Document

FAIL = "이 기사는 실패한다"
CRASH = "이 기사는 작업자를 죽인다"


def fail_on_marker(doc: Document) -> None:
    """A stage that fails on articles holding FAIL."""
    if FAIL in doc.raw:
        raise ValueError("a planted failure")


def crash_on_marker(doc: Document) -> None:
    """A stage that kills its process on articles holding CRASH, as a crash in native code would."""
    if CRASH in doc.raw:
        os.kill(os.getpid(), signal.SIGKILL)
