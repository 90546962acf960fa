"""Defence in depth: read the written output back and fail if any redacted original remains.

An original counts as leaked when it occurs in the output as a whole word with the same case
(for values of two characters and more). Replacements are never equal to originals, so a hit
is a writer bug, a missed text node, a run the writer did not reach. Two kinds of occurrence are
not leaks: an original that is also an ordinary word ("will", found once as a father's name in
"will (dad)") where it stands in lower case as the word, and an occurrence inside an allow-listed
phrase ("Strategic" in "SEND Strategic Partnership Board").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from redactor.detect import gazetteer
from redactor.errors import LeakError, OutputError
from redactor.types import Document, Finding

MIN_LEN = 2


def originals(doc: Document, findings: list[Finding]) -> set[str]:
    return {doc.text[f.start:f.end].strip() for f in findings
            if len(doc.text[f.start:f.end].strip()) >= MIN_LEN}


def _ordinary_word(value: str) -> bool:
    key = gazetteer.fold(value)
    return value.islower() and (key in STOP_WORDS or key in gazetteer.load().ambiguous)


def leaked_values(doc: Document, findings: list[Finding], output_text: str,
                  allowed_span: Callable[[str, int, int], bool] | None = None) -> int:
    """How many distinct redacted originals still occur in ``output_text``."""
    replacements = " ".join(f.replacement or "" for f in findings)
    leaked = 0
    for value in originals(doc, findings):
        if _ordinary_word(value):
            continue
        pattern = re.compile(rf"(?<![\w]){re.escape(value)}(?![\w])")
        if pattern.search(replacements):
            continue
        if any(not (allowed_span and allowed_span(output_text, m.start(), m.end()))
               for m in pattern.finditer(output_text)):
            leaked += 1
    return leaked


def check_no_leak(doc: Document, findings: list[Finding], written: Path, name: str,
                  allowed_span: Callable[[str, int, int], bool] | None = None) -> None:
    if doc.kind == "docx":
        # Every text node and attribute of every part of the written package, not just what
        # the reader extracts: a part the reader never reached is checked too.
        from lxml import etree

        from redactor.extract.wordpackage import WordPackage, package_text
        package = WordPackage.from_bytes(written.read_bytes())
        for part in package.names():  # a part no XML reader can read is never written out
            if package.is_xml(part):
                try:
                    package.xml(part)
                except etree.XMLSyntaxError:
                    raise OutputError(f"{name}: part {part} of the output is not well-formed XML; "
                                      "the output was not written") from None
        text = package_text(package)
    else:
        from redactor.extract.text import read_text
        text = read_text(written).text
    leaked = leaked_values(doc, findings, text, allowed_span)
    if leaked:
        raise LeakError(f"{name}: {leaked} redacted value(s) still present in the output; "
                        "the output was not written")
