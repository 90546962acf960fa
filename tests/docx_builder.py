"""Build small Word files for tests with python-docx (recipes, not opaque binaries)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt


def build(path: Path, paragraphs=(), table=None, header=None, footer=None, split_runs=None,
          tables=()) -> Path:
    """paragraphs: strings; table: list of rows (lists of strings); tables: more of them, each
    after a paragraph of its own; split_runs: list of (plain, bold, rest) triples written as
    three runs in one paragraph, the middle one bold."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(11)
    for text in paragraphs:
        document.add_paragraph(text)
    for plain, bold, rest in split_runs or ():
        p = document.add_paragraph()
        p.add_run(plain)
        run = p.add_run(bold)
        run.bold = True
        p.add_run(rest)
    for number, rows in enumerate(([table] if table else []) + list(tables)):
        if number:
            document.add_paragraph(f"Table {number + 1}")
        t = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    document.save(str(path))
    return path
