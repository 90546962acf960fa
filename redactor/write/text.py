"""Plain text and Markdown: the same encoding, byte-order mark and line endings as the input."""

from __future__ import annotations

from pathlib import Path

from redactor.replace import render
from redactor.types import Document, Finding


def write_text(doc: Document, findings: list[Finding], out_path: Path) -> None:
    text = render(doc.text, findings)
    encoding = doc.encoding or "utf-8"
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        # A pseudonym the old encoding cannot hold (rare): fall back to UTF-8 with a BOM so
        # editors still detect it.
        data = text.encode("utf-8-sig")
    out_path.write_bytes(data)
