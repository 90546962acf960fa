"""Check that the gold annotations in samples/gold/ agree with the sample documents.

Gold format
===========
One JSON file per sample document, named ``<document file name>.json`` (for example
``gold/case-example-kacper.txt.json``)::

    {
      "file": "case-example-kacper.txt",
      "kind": "case example",
      "identifiers": [
        {"type": "PERSON", "text": "Kacper"},
        {"type": "PERSON", "text": "Will", "skip": [2]},
        {"type": "SCHOOL", "text": "Oakwood High School"}
      ],
      "keep": ["EHCP", "SENCO", "Rotherham"]
    }

``file``
    The document's file name, relative to samples/.
``kind``
    Free text: what sort of casework document this is (case example, notes, email, ...).
``identifiers``
    Every case-sensitive, whole-word occurrence of ``text`` in the document text is one gold
    mention of ``type`` that must be redacted. "Whole word" means the occurrence is neither
    preceded nor followed by a word character (``(?<!\\w)text(?!\\w)``), so "Kacper" matches in
    "Kacper's" but not in "Kacpers". ``skip`` lists 1-based occurrence numbers, counted in
    document-text order, that are NOT this identifier (for example "Will" the verb), and
    ``text`` may contain a newline where a name or date is broken across lines.
    Each distinct surface form (full name, first name, surname, possessive base, lowercase,
    ALL CAPS, initials) is its own entry. Entries may overlap: a full name and its parts are
    all listed when the parts also occur alone, and then the occurrences of a part inside the
    full name are mentions too (they are covered when the full name is redacted).
    Types are the names in redactor/types.py: PERSON, SCHOOL, LOCATION (village, estate or
    area below Local Authority level), ADDRESS (street address without the postcode),
    POSTCODE, PHONE, EMAIL, URL, SOCIAL_HANDLE, DATE_OF_BIRTH, DATE (an exact date, not a
    month and year), NHS_NUMBER, UPN, ULN, NI_NUMBER, CASE_REF.
``keep``
    Generic terms present in the document that must survive redaction (SEND vocabulary,
    "Rotherham", the service's name). Each must occur at least once.

Where golds written before stop 44 disagreed, these are the conventions (older folders are
left as they were written):

- A service's, a council's or a school's shared e-mail address, telephone number, office
  address and website are identifiers (EMAIL, PHONE, ADDRESS, URL), as a person's are: a
  shared mailbox cannot be told from a person's, and a small office narrows where a family is.
- A named family hub, children's centre, unit or base ("Kingstone Family Hub", "The Hub") is a
  SCHOOL identifier, whole: it names the place a family goes. The kind of setting survives in
  the replacement ("Foxwood Family Hub"), so list no keep term inside such a name.
- An exact date is a DATE identifier whatever happens on it (a deadline, a meeting).
- A district below the Local Authority ("Fenland", "North Wiltshire") is a LOCATION identifier;
  the Local Authority's name, and a city authority's short name ("Newcastle" for Newcastle upon
  Tyne), is a keep term.

Document text
=============
- ``.txt``: the file's bytes decoded as UTF-8 with BOM when it starts with one, else UTF-8,
  else Windows-1252. Line endings are kept as they are (one sample uses CRLF).
- ``.md``, ``.csv``, ``.tsv``: the raw UTF-8 text, markup and separators included.
- ``.docx``: via python-docx, in this order, joined by newlines: the paragraphs of every
  section's headers, then the body in document order (paragraphs, and tables cell by cell,
  row by row, each merged cell once), then the paragraphs of every section's footers.
  The .docx samples' gold uses no ``skip``, so their counts do not depend on this order.

Run from the repository root::

    .venv/bin/python samples/check_gold.py

It prints one line per sample and a closing "N passed, N failed" line, and exits non-zero
when a gold file names text that is not in its document, a ``skip`` number is out of range,
a file is missing, or a sample document has no gold file.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent
GOLD = SAMPLES / "gold"
DOCUMENT_SUFFIXES = (".txt", ".md", ".docx", ".csv", ".tsv")
TYPES = frozenset({
    "PERSON", "SCHOOL", "LOCATION", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "URL",
    "SOCIAL_HANDLE", "DATE_OF_BIRTH", "DATE", "NHS_NUMBER", "UPN", "ULN", "NI_NUMBER", "CASE_REF",
})


def decode_txt(data: bytes) -> str:
    """Decode a .txt sample: UTF-8 with BOM, UTF-8, or Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _table_texts(table) -> list[str]:
    """Paragraph texts of a table, cell by cell, row by row, each merged cell once."""
    texts: list[str] = []
    seen: list = []  # the cells' XML elements; kept alive so identity checks are sound
    for row in table.rows:
        for cell in row.cells:
            if any(cell._tc is element for element in seen):
                continue
            seen.append(cell._tc)
            for block in cell.iter_inner_content():
                texts.extend(_block_texts(block))
    return texts


def _block_texts(block) -> list[str]:
    """Texts of one body block: a paragraph, or a table's cells."""
    from docx.table import Table

    if isinstance(block, Table):
        return _table_texts(block)
    return [block.text]


def _part_texts(parts) -> list[str]:
    """Texts of header or footer parts, skipping those linked to the previous section."""
    texts: list[str] = []
    for part in parts:
        if part.is_linked_to_previous:
            continue
        for block in part.iter_inner_content():
            texts.extend(_block_texts(block))
    return texts


def docx_text(path: Path) -> str:
    """Headers, body (paragraphs and table cells in order) and footers of a .docx sample."""
    import docx

    document = docx.Document(str(path))
    headers: list = []
    footers: list = []
    for section in document.sections:
        headers += [section.first_page_header, section.header, section.even_page_header]
        footers += [section.first_page_footer, section.footer, section.even_page_footer]
    texts = _part_texts(headers)
    for block in document.iter_inner_content():
        texts.extend(_block_texts(block))
    texts += _part_texts(footers)
    return "\n".join(texts)


def document_text(path: Path) -> str:
    """The text the gold offsets and counts refer to, for any sample format."""
    if path.suffix == ".docx":
        return docx_text(path)
    data = path.read_bytes()
    if path.suffix == ".txt":
        return decode_txt(data)
    return data.decode("utf-8")


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every case-sensitive, whole-word occurrence of ``needle``."""
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [m.start() for m in pattern.finditer(text)]


def check_gold(gold_path: Path) -> tuple[list[str], dict[str, int]]:
    """Problems found in one gold file, and its number of gold mentions by type."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    problems: list[str] = []
    counts: dict[str, int] = {}
    if gold_path.name != f"{gold.get('file')}.json":
        problems.append("gold file name does not match its 'file' field")
    doc_path = SAMPLES / gold["file"]
    if not doc_path.is_file():
        return problems + ["document not found"], counts
    text = document_text(doc_path)
    seen: set[tuple[str, str]] = set()
    for index, entry in enumerate(gold["identifiers"], 1):
        label = f"identifier #{index} ({entry.get('type')})"
        if entry.get("type") not in TYPES:
            problems.append(f"{label}: unknown type")
        if (entry["type"], entry["text"]) in seen:
            problems.append(f"{label}: listed twice")
        seen.add((entry["type"], entry["text"]))
        found = len(occurrences(text, entry["text"]))
        skip = entry.get("skip", [])
        if found == 0:
            problems.append(f"{label}: text not found in document")
        bad = [n for n in skip if not 1 <= n <= found]
        if bad or len(set(skip)) != len(skip):
            problems.append(f"{label}: skip numbers out of range or repeated")
        if found - len(set(skip)) <= 0 and found:
            problems.append(f"{label}: every occurrence is skipped")
        counts[entry["type"]] = counts.get(entry["type"], 0) + max(found - len(set(skip)), 0)
    for index, term in enumerate(gold.get("keep", []), 1):
        if not occurrences(text, term):
            problems.append(f"keep term #{index}: not found in document")
    return problems, counts


def main() -> int:
    """Check every gold file; print a line per sample and a closing summary line."""
    passed = failed = 0
    totals: dict[str, int] = {}
    gold_files = sorted(GOLD.glob("*.json"))
    annotated = {p.name[: -len(".json")] for p in gold_files}
    for doc in sorted(SAMPLES.iterdir()):
        if doc.suffix in DOCUMENT_SUFFIXES and doc.name not in annotated:
            print(f"FAIL {doc.name}: no gold file")
            failed += 1
    for gold_path in gold_files:
        problems, counts = check_gold(gold_path)
        for name, value in counts.items():
            totals[name] = totals.get(name, 0) + value
        if problems:
            failed += 1
            print(f"FAIL {gold_path.name}")
            for problem in problems:
                print(f"     {problem}")
        else:
            passed += 1
            print(f"ok   {gold_path.name}: {sum(counts.values())} gold mentions")
    print("gold mentions by type: " + ", ".join(f"{k} {totals[k]}" for k in sorted(totals)))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
