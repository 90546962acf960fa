"""Defence in depth: read the written output back and fail if any redacted original remains.

An original counts as leaked when it occurs in the output as a whole word with the same case
(for names of two letters and more). Replacements are never equal to originals, so any hit is a
real leak: a writer bug, a missed text node, a run the writer did not reach.
"""

from __future__ import annotations

import re
from pathlib import Path

from redactor.errors import LeakError
from redactor.types import Document, Finding

MIN_LEN = 2


def originals(doc: Document, findings: list[Finding]) -> set[str]:
    return {doc.text[f.start:f.end].strip() for f in findings
            if len(doc.text[f.start:f.end].strip()) >= MIN_LEN}


def check_no_leak(doc: Document, findings: list[Finding], written: Path, name: str) -> None:
    if doc.kind == "docx":
        from redactor.extract.docx import read_docx
        out = read_docx(written)
    else:
        from redactor.extract.text import read_text
        out = read_text(written)
    replacements = " ".join(f.replacement or "" for f in findings)
    leaked = 0
    for value in originals(doc, findings):
        pattern = re.compile(rf"(?<![\w]){re.escape(value)}(?![\w])")
        if pattern.search(out.text) and not pattern.search(replacements):
            leaked += 1
    if leaked:
        raise LeakError(f"{name}: {leaked} redacted value(s) still present in the output; "
                        "the output was not written")
