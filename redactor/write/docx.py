"""Word: put replacements back into the ``w:t`` text nodes a paragraph's text came from.

A replacement goes into the first text node the original touched (so it takes the first run's
formatting); the rest of the original is removed from the following nodes. Paragraph styles,
numbering, tables and sections are untouched because only ``w:t`` text changes.
"""

from __future__ import annotations

from pathlib import Path

from redactor.extract.docx import ParagraphAddress
from redactor.types import Document, Finding

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def write_docx(doc: Document, findings: list[Finding], out_path: Path) -> None:
    for block in doc.blocks:
        local = [
            (max(f.start, block.start) - block.start, min(f.end, block.end) - block.start,
             f.replacement or "")
            for f in findings if f.start < block.end and f.end > block.start
        ]
        if local:
            apply_to_paragraph(block.address, local)
    doc.source.save(str(out_path))


def apply_to_paragraph(address: ParagraphAddress, spans: list[tuple[int, int, str]]) -> None:
    """Replace paragraph-local [start, end) spans; later spans first so offsets stay valid."""
    for start, end, replacement in sorted(spans, reverse=True):
        placed = False
        for node in address.nodes:
            if node.end <= start or node.start >= end:
                continue
            el = node.element
            value = el.text or ""
            a, b = max(start, node.start) - node.start, min(end, node.end) - node.start
            new = replacement if not placed else ""
            el.text = value[:a] + new + value[b:]
            el.set(XML_SPACE, "preserve")
            placed = True
