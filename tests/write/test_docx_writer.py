"""Word output: replacements land in the right runs, formatting survives, nothing leaks."""

import docx

from redactor.extract.docx import read_docx
from redactor.replace import Mapping
from redactor.write import write_document
from tests.docx_builder import build


def _redact(engine, src, out):
    doc = read_docx(src)
    findings = engine.detector.detect(doc.text)
    final = engine.anonymise(doc, findings, Mapping(1))
    write_document(doc, final, out)
    return docx.Document(str(out))


def _all_text(d):
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    for s in d.sections:
        parts.extend(p.text for p in s.header.paragraphs)
        parts.extend(p.text for p in s.footer.paragraphs)
    return "\n".join(parts)


def test_name_split_across_runs_is_replaced_once_with_first_run_format(tmp_path, redactor_engine):
    src = build(tmp_path / "in.docx", paragraphs=["Kacper Nowak is in Year 6."],
                split_runs=[("Today Kac", "per", " Nowak was calm in class.")])
    out = _redact(redactor_engine, src, tmp_path / "out.docx")
    text = _all_text(out)
    assert "Kac" not in text and "per Nowak" not in text and "Nowak" not in text
    p = out.paragraphs[1]
    assert p.text.endswith(" was calm in class.")
    # The replacement sits in the first run (not bold); the bold run is emptied.
    assert p.runs[0].bold is not True and p.runs[0].text.startswith("Today ")
    assert p.runs[1].text == ""


def test_tables_headers_and_footers_are_redacted(tmp_path, redactor_engine):
    src = build(tmp_path / "in.docx",
                paragraphs=["Annual review summary for Ayesha Begum."],
                table=[["Name", "Ayesha Begum"], ["School", "Thornhill Primary School"],
                       ["NHS No", "943 476 5919"]],
                header="Begum family - confidential", footer="Caseworker: Joanne Pickering")
    out = _redact(redactor_engine, src, tmp_path / "out.docx")
    text = _all_text(out)
    for original in ("Ayesha", "Begum", "Thornhill", "943 476 5919", "Joanne", "Pickering"):
        assert original not in text
    assert "Annual review summary" in text and "NHS No" in text


def test_paragraph_styles_survive(tmp_path, redactor_engine):
    d = docx.Document()
    d.add_heading("Case example: Kacper Nowak", level=1)
    d.add_paragraph("Kacper likes Lego.", style="List Bullet")
    src = tmp_path / "in.docx"
    d.save(str(src))
    out = _redact(redactor_engine, src, tmp_path / "out.docx")
    assert out.paragraphs[0].style.name == "Heading 1"
    assert out.paragraphs[1].style.name == "List Bullet"
    assert "Kacper" not in _all_text(out)
