"""Stage ``clean``: page chrome out; metadata, blocks and footnote markers in (SPEC §2).

The page is read line by line (``lines``): its head (``header``: section, title,
byline, credits, summary), its body (``body``: paragraphs, headings, quotes, sidebars,
the editor's note, the bio) and the furniture around them (``chrome``). Every character
of the cleaned text is copied from one raw character, or stands for the raw line break
it replaces, so the offset map stays exact. docs/format.md states the rules in prose.
"""

from __future__ import annotations

from pipeline.document import Document
from pipeline.offsets import TextBuilder
from pipeline.schema import Block, FootnoteRef
from pipeline.stages.clean.body import read_body
from pipeline.stages.clean.ending import bio_start, credits_after, footer_start, prose_after, read_bio, without_inline_widgets
from pipeline.stages.clean.header import read_head
from pipeline.stages.clean.lines import NORMALISE, split_lines

__all__ = ["NORMALISE", "run"]

_BLOCK_SEPARATOR = "\n\n"
# Blocks of article text: a record with none of them warns that the page had none.
_BODY_KINDS = frozenset({"summary", "paragraph", "quote", "sidebar"})


def run(doc: Document) -> None:
    lines = without_inline_widgets(split_lines(doc.raw))
    head = read_head(lines)
    metadata = head.metadata
    footer = footer_start(lines, head.body_start)
    bio = bio_start(lines, head.body_start, footer, metadata)
    drafts = [*head.drafts, *read_body(lines[head.body_start : bio], metadata), *read_bio(lines[bio:footer], metadata)]

    builder = TextBuilder()
    blocks: list[Block] = []
    footnotes: list[FootnoteRef] = []
    separator_raw = 0
    for draft in drafts:
        if not draft.text:
            continue
        if blocks:
            for character in _BLOCK_SEPARATOR:
                builder.append(character, separator_raw)
        separator_raw = draft.raw_break
        start = len(builder)
        for piece in draft.pieces:
            builder.append(piece.text, piece.raw_start)
        for offset, marker, raw_start, raw_end in draft.markers:
            footnotes.append(FootnoteRef(marker=marker, start=start + offset, raw_start=raw_start, raw_end=raw_end))
        first_piece = next(p for p in draft.pieces if p.text)
        last_piece = next(p for p in reversed(draft.pieces) if p.text)
        blocks.append(Block(kind=draft.kind, start=start, end=len(builder), raw_start=first_piece.raw_start,
                            raw_end=last_piece.raw_start + len(last_piece.text), label=draft.label))
    metadata.credits.extend(credits_after(lines[footer:]))
    doc.text, doc.offsets = builder.build()
    doc.blocks = blocks
    metadata.footnote_refs = footnotes
    doc.metadata = metadata
    if not any(block.kind in _BODY_KINDS for block in blocks):
        doc.warnings.append("no article text: nothing on the page but site chrome, a title or headings")
    if dropped := prose_after(lines[footer:]):
        doc.warnings.append(
            f"text after the page footer was dropped: {len(dropped)} line(s) from raw character "
            f"{dropped[0].raw_start} ({dropped[0].content[:30]}…)"
        )
