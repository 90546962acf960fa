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
from itertools import chain, pairwise
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from redactor.detect import gazetteer
from redactor.errors import LeakError, OutputError
from redactor.types import Document, Finding

MIN_LEN = 2


def originals(doc: Document, findings: list[Finding]) -> set[str]:
    """The redacted originals to look for. A generalised quasi-identifier ("Year 4") is not one:
    it names nobody, and the same words may stand elsewhere in an ordinary sense. Nor is a day
    written alone ("the 20th"): elsewhere the same "20th" is a century or a floor."""
    from redactor.detect.quasi import QUASI_TYPES
    return {doc.text[f.start:f.end].strip() for f in findings
            if f.type not in QUASI_TYPES and len(doc.text[f.start:f.end].strip()) >= MIN_LEN
            and not gazetteer.day_alone(doc.text[f.start:f.end])}


def _ordinary_word(value: str) -> bool:
    """A lower-case original that is also an ordinary word: the linker leaves its other
    lower-case copies alone on purpose ("a frank talk"), so they are no leak."""
    key = gazetteer.fold(value)
    gaz = gazetteer.load()
    return value.islower() and (key in STOP_WORDS or key in gaz.ambiguous or key in gaz.english)


def leaked_values(doc: Document, findings: list[Finding], output_text: str,
                  allowed_span: Callable[[str, int, int], bool] | None = None) -> int:
    """How many distinct redacted originals still occur in ``output_text``. One pass over the
    output and one over the replacements, whatever the number of originals (``whole_words``)."""
    values = [v for v in originals(doc, findings) if not _ordinary_word(v)]
    in_replacements = whole_words(" ".join(f.replacement or "" for f in findings), values)
    in_output = whole_words(output_text, [v for v in values if v not in in_replacements])
    from redactor.detect.gazetteer import initials_as_a_person
    return sum(1 for value, starts in in_output.items()
               if any(not (allowed_span and allowed_span(output_text, s, s + len(value)))
                      and not gazetteer.as_a_word(output_text, s, s + len(value))
                      # "the GP letter" beside Gail Pickering's replaced "GP": the abbreviation
                      and not (value.isupper() and len(value) <= 3
                               and not initials_as_a_person(output_text, s, s + len(value)))
                      for s in starts))


_WORD = re.compile(r"\w+")


def whole_words(text: str, values: list[str]) -> dict[str, list[int]]:
    """Where each value occurs in ``text`` as a whole word, with the same case (neither preceded
    nor followed by a word character), as start offsets; values that do not occur are left out.

    Each value is looked up by its first run of word characters: one scan of ``text``'s runs, a
    dictionary lookup each, and a comparison at the few places that share it, so the cost is
    linear in the text (a regular expression per value was quadratic on long documents)."""
    by_word: dict[str, list[tuple[str, int]]] = {}
    # values of two runs or more by their first two ("Dr Okafor"): thousands of titled names share
    # their first word, and comparing each at every "Dr" would be quadratic
    by_pair: dict[tuple[str, str], list[tuple[str, int]]] = {}
    odd = []
    for value in dict.fromkeys(values):
        runs = _WORD.findall(value)
        first = _WORD.search(value)
        if first is None:
            odd.append(value)  # no word character at all: looked for directly
        elif len(runs) >= 2:
            by_pair.setdefault((runs[0], runs[1]), []).append((value, first.start()))
        else:
            by_word.setdefault(first.group(), []).append((value, first.start()))
    found: dict[str, list[int]] = {}

    def whole(start: int, value: str) -> bool:
        end = start + len(value)
        return (start >= 0 and text.startswith(value, start)
                and not (start > 0 and _is_word(text[start - 1]))
                and not (end < len(text) and _is_word(text[end])))

    for m, after in pairwise(chain(_WORD.finditer(text), [None])):  # each run with the one after it
        candidates = by_word.get(m.group(), ())
        if after is not None and by_pair:
            candidates = [*candidates, *by_pair.get((m.group(), after.group()), ())]
        for value, offset in candidates:
            if whole(m.start() - offset, value):
                found.setdefault(value, []).append(m.start() - offset)
    for value in odd:
        for m in re.finditer(rf"(?<![\w]){re.escape(value)}(?![\w])", text):
            found.setdefault(value, []).append(m.start())
    return found


def _is_word(char: str) -> bool:
    return bool(_WORD.match(char))


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
