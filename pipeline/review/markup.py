"""Spans of a text as nested HTML elements, whatever their overlaps.

Records overlap: an entity inside a sentence, a date beside a quantity, a missed gold
span across a predicted one. HTML elements only nest, so each span is an element
opened at its start and closed at its end, outer spans first; where a span ends
while spans opened after it are still open (the two cross), those are closed with
it and opened again as continuation pieces. The first piece of a span carries its
``id`` and attributes; a continuation piece carries the class ``cont`` and
``data-of`` naming the span, so a span's text is its head piece followed by its
continuations.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    key: str  # the head piece's element id
    classes: str
    tag: str = "mark"
    attributes: tuple[tuple[str, str], ...] = ()  # on the head piece only
    layer: int = 1  # of spans over the same stretch, the lower layer is outside


class MarkedText:
    """``text`` with ``marks``, rendered range by range (a block at a time); ``inserts``
    are HTML put in at a position, after the spans that end there."""

    def __init__(self, text: str, marks: Iterable[Mark], inserts: Mapping[int, list[Markup]] | None = None) -> None:
        self.text = text
        self.marks = sorted((m for m in marks if m.start < m.end), key=lambda m: (m.start, -m.end, m.layer, m.key))
        self.inserts = inserts or {}
        self.written: set[str] = set()  # keys whose head piece is written

    def html(self, start: int, end: int) -> Markup:
        inside = [m for m in self.marks if m.start < end and start < m.end]
        ends = {m.key: min(m.end, end) for m in inside}
        opening = sorted(inside, key=lambda m: (max(m.start, start), -ends[m.key], m.layer, m.key))
        points = sorted({start, end, *(max(m.start, start) for m in inside), *ends.values(),
                         *(p for p in self.inserts if start <= p <= end)})
        out: list[str] = []
        stack: list[Mark] = []
        position, next_open = start, 0
        for point in points:
            out.append(escape(self.text[position:point]))
            position = point
            ending = [depth for depth, mark in enumerate(stack) if ends[mark.key] == point]
            if ending:
                closed = stack[ending[0]:]
                del stack[ending[0]:]
                out.extend(f"</{mark.tag}>" for mark in reversed(closed))
                for mark in closed:
                    if ends[mark.key] != point:
                        out.append(self._open(mark))
                        stack.append(mark)
            out.extend(self.inserts.get(point, ()))
            while next_open < len(opening) and max(opening[next_open].start, start) == point:
                out.append(self._open(opening[next_open]))
                stack.append(opening[next_open])
                next_open += 1
        return Markup("".join(out))

    def _open(self, mark: Mark) -> str:
        if mark.key in self.written:
            return f'<{mark.tag} class="{escape(mark.classes)} cont" data-of="{escape(mark.key)}">'
        self.written.add(mark.key)
        attributes = "".join(f' {name}="{escape(value)}"' for name, value in mark.attributes)
        return f'<{mark.tag} id="{escape(mark.key)}" class="{escape(mark.classes)}"{attributes}>'
