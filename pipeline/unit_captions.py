"""Bare numbers in a chart's or a table's rows whose unit a caption gives (`단위: 억 달러, %`
above `2020년⇥76.3⇥16.5`): each cell written with digits is a figure in the caption's unit,
the units going to the value columns in order (gold guide, eighth round)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

from pipeline.korean_numbers import LARGE_MAGNITUDES, SMALL_MAGNITUDES, parse_korean_number

U = TypeVar("U")

# `단위: 억 달러, %`, also inside a caption's brackets (`(…, 단위: 원)`).
_CAPTION = re.compile(r"단위\s*[:：]\s*(?P<units>[^)\n]+)")
# A cell of digits alone, with a sign written against it (`-12.7`, `+3.1`).
_CELL = re.compile(r"[+-−]?\d[\d,]*(?:\.\d+)?")
# What parts a row's cells: tabs, ` / `, or two spaces or more.
_CELL_BREAK = re.compile(r"\t| / |\s{2,}")
# A note or a source under the rows ends them.
_AFTER_ROWS = re.compile(r"(?:주|자료|출처)\s*[:：]")
# A caption's magnitude word before its unit (`억 달러`).
_MAGNITUDES = {**SMALL_MAGNITUDES, **LARGE_MAGNITUDES}


@dataclass(frozen=True)
class Cell(Generic[U]):
    start: int
    end: int
    value: Decimal
    unit: U


def captioned_cells(text: str, start: int, end: int, units: Mapping[str, U]) -> Iterator[Cell[U]]:
    """The bare numbers of the rows after a unit caption in ``text[start:end]`` (one block,
    its rows on lines of their own), each in its column's unit of ``units`` (written unit →
    the caller's unit)."""
    caption = _CAPTION.search(text, start, end)
    if caption is None:
        return
    read = [_unit(written.strip(), units) for written in caption["units"].split(",")]
    if not read or any(unit is None for unit in read):
        return
    line_start = text.find("\n", caption.end(), end)
    while 0 <= line_start < end:
        line_start += 1
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end < 0 else line_end
        if _AFTER_ROWS.match(text, line_start):
            return
        cells = [(m.start(), m.end()) for m in _cells(text, line_start, line_end)]
        if len(read) == 1 or len(read) == len(cells):
            for column, (cell_start, cell_end) in enumerate(cells):
                magnitude, unit = read[min(column, len(read) - 1)]  # type: ignore[misc]
                number = parse_korean_number(text[cell_start:cell_end].lstrip("+-−").replace(",", ""))
                if number is not None:
                    sign = -1 if text[cell_start] in "-−" else 1
                    yield Cell(cell_start, cell_end, sign * Decimal(number) * magnitude, unit)
        line_start = line_end if line_end < end else -1


def _cells(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The cells of a row that are digits alone; the row's first cell is its label. A row
    that nothing wider parts is parted by its single spaces (`2020년 4.1`)."""
    position = start
    parts = _CELL_BREAK.split(text[start:end])
    for number, part in enumerate(parts if len(parts) > 1 else text[start:end].split(" ")):
        offset = text.find(part, position, end)
        position = offset + len(part)
        if number and (match := _CELL.fullmatch(text, offset, position)) is not None:
            yield match


def _unit(written: str, units: Mapping[str, U]) -> tuple[int, U] | None:
    """A caption's unit: a magnitude word, then a unit of ``units`` (`억 달러`, `%`, `만 명`)."""
    magnitude = _MAGNITUDES.get(written[:1], 1)
    if magnitude > 1:
        written = written[1:].strip()
    unit = units.get(written)
    return (magnitude, unit) if unit is not None else None
