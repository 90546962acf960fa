"""Word: put replacements back where the originals were, part by part.

Paragraph text goes back into the ``w:t`` / ``w:delText`` / ``w:instrText`` nodes it came from: a
replacement lands in the first node the original touched (so it takes the first run's formatting)
and the rest of the original is removed from the following nodes. Attribute values, property texts
and relationship targets are rewritten whole. Only parts that changed are serialised again; every
other part is copied byte for byte.
"""

from __future__ import annotations

from pathlib import Path

from redactor.extract.docx import ParagraphAddress, ValueAddress
from redactor.replace import render
from redactor.types import Document, Finding

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def write_docx(doc: Document, findings: list[Finding], out_path: Path) -> None:
    package = doc.source
    for block in doc.blocks:
        local = [f.with_(start=max(f.start, block.start) - block.start,
                         end=min(f.end, block.end) - block.start)
                 for f in findings if f.start < block.end and f.end > block.start]
        if not local:
            continue
        address = block.address
        if address is None:  # read from a part that is dropped (a signature's certificate)
            continue
        if isinstance(address, ParagraphAddress):
            apply_to_paragraph(address, [(f.start, f.end, f.replacement or "") for f in local])
        elif isinstance(address, ValueAddress):
            address.set(render(doc.text[block.start:block.end], local))  # machine names: "_"
        package.touch(address.part)
    package.save(out_path)


def apply_to_paragraph(address: ParagraphAddress, spans: list[tuple[int, int, str]]) -> None:
    """Replace block-local [start, end) spans; later spans first so offsets stay valid."""
    for start, end, replacement in sorted(spans, reverse=True):
        placed = False
        for node in address.nodes:
            if node.end <= start or node.start >= end:
                continue
            el = node.element
            value = el.text or ""
            a, b = max(start, node.start) - node.start, min(end, node.end) - node.start
            el.text = value[:a] + (replacement if not placed else "") + value[b:]
            el.set(XML_SPACE, "preserve")
            placed = True
