"""The map from cleaned-text positions back to positions in the raw input.

Cleaning only ever copies raw characters (possibly normalised one for one, such
as NBSP → space) or inserts a separator that stands for a raw character it
replaced (a joined line break). So every cleaned character has exactly one raw
position, and the map is a list of runs in which both sides advance together.
"""

from __future__ import annotations

from bisect import bisect_right


class TextBuilder:
    """Builds the cleaned text and its offset map in one pass."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._run_clean: list[int] = []
        self._run_raw: list[int] = []

    def __len__(self) -> int:
        return self._length

    def append(self, text: str, raw_start: int) -> None:
        """Append ``text``, whose characters come one for one from ``raw[raw_start:]``."""
        if not text:
            return
        last = len(self._run_clean) - 1
        continues = last >= 0 and self._run_raw[last] + (self._length - self._run_clean[last]) == raw_start
        if not continues:
            self._run_clean.append(self._length)
            self._run_raw.append(raw_start)
        self._parts.append(text)
        self._length += len(text)

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(self._run_clean, self._run_raw, self._length)


class OffsetMap:
    def __init__(self, run_clean: list[int], run_raw: list[int], length: int) -> None:
        self._run_clean = run_clean
        self._run_raw = run_raw
        self._length = length

    def raw_position(self, clean: int) -> int:
        """Raw position of the cleaned character at ``clean`` (0 <= clean < len(text))."""
        if not 0 <= clean < self._length:
            raise IndexError(f"position {clean} outside cleaned text of length {self._length}")
        run = bisect_right(self._run_clean, clean) - 1
        return self._run_raw[run] + clean - self._run_clean[run]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` covering the cleaned span ``[start, end)``."""
        if start >= end:
            position = self.raw_position(start) if start < self._length else self.raw_position(start - 1) + 1
            return position, position
        return self.raw_position(start), self.raw_position(end - 1) + 1
