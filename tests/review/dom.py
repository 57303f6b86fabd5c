"""A small strict reading of generated HTML: elements with their attributes and text,
and an error for any end tag that does not close the element open last."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass(eq=False)  # elements are equal only to themselves
class Element:
    tag: str
    attrs: dict[str, str]
    parent: Element | None = None
    parts: list[Element | str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(part if isinstance(part, str) else part.text for part in self.parts)

    def text_without(self, skip: Callable[[Element], bool]) -> str:
        """The text, less that of the descendants that ``skip`` picks."""
        return "".join(part if isinstance(part, str) else "" if skip(part) else part.text_without(skip)
                       for part in self.parts)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def ancestors(self) -> list[Element]:
        found, node = [], self.parent
        while node is not None:
            found.append(node)
            node = node.parent
        return found


class Page(HTMLParser):
    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.elements: list[Element] = []
        self._open = [self.root]
        self._ids: dict[str, Element] | None = None
        self._pieces: dict[str, list[Element]] = {}
        self.feed(markup)
        self.close()
        assert len(self._open) == 1, f"unclosed: {[e.tag for e in self._open[1:]]}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs}, parent=self._open[-1])
        self._open[-1].parts.append(element)
        self.elements.append(element)
        if "data-of" in element.attrs:
            self._pieces.setdefault(element.attrs["data-of"], []).append(element)
        if tag not in VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        assert self._open[-1].tag == tag, f"</{tag}> closes <{self._open[-1].tag}>"
        self._open.pop()

    def handle_data(self, data: str) -> None:
        self._open[-1].parts.append(data)

    def by_id(self) -> dict[str, Element]:
        if self._ids is None:
            self._ids = {}
            for element in self.elements:
                if "id" in element.attrs:
                    assert element.attrs["id"] not in self._ids, f"id {element.attrs['id']} used twice"
                    self._ids[element.attrs["id"]] = element
        return self._ids

    def select(self, tag: str, *classes: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag and set(classes) <= e.classes]

    def span_text(self, key: str) -> str:
        """A span's text: its head element's, then its continuation pieces'."""
        return self.by_id()[key].text + "".join(e.text for e in self._pieces.get(key, ()))
