"""Formatting survives redaction: only text changes, untouched parts are byte-identical."""

import zipfile

import docx
from docx.enum.section import WD_ORIENT
from lxml import etree

from redactor.extract.docx import read_docx
from redactor.replace import Mapping
from redactor.write import write_document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _source(path):
    d = docx.Document()
    d.add_heading("Case example: Kacper Nowak", level=1)
    d.add_paragraph("Kacper likes Lego.", style="List Number")
    d.add_paragraph("Mum says Kacper sleeps badly.", style="List Bullet")
    p = d.add_paragraph()
    run = p.add_run("Kacper Nowak")
    run.bold, run.italic = True, True
    p.add_run(" attends Oakwood Primary School.")
    table = d.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(0, 1).text = "Child", "Kacper Nowak"
    table.cell(1, 0).text, table.cell(1, 1).text = "Year", "Year 6"
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    d.save(str(path))
    return path


def _redact(engine, src, out):
    doc = read_docx(src)
    findings = engine.anonymise(doc, engine.detector.detect(doc.text), Mapping(3))
    write_document(doc, findings, out)


def _parts(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_untouched_parts_are_byte_identical(tmp_path, redactor_engine):
    src = _source(tmp_path / "in.docx")
    out = tmp_path / "out.docx"
    _redact(redactor_engine, src, out)
    before, after = _parts(src), _parts(out)
    assert set(after) <= set(before)
    unchanged = {"word/styles.xml", "word/numbering.xml", "word/fontTable.xml", "word/theme/theme1.xml",
                 "[Content_Types].xml", "word/_rels/document.xml.rels"}
    for name in unchanged & set(before):
        assert after[name] == before[name], f"{name} changed"
    assert after["word/document.xml"] != before["word/document.xml"]


def test_styles_numbering_run_formatting_tables_and_sections_survive(tmp_path, redactor_engine):
    src = _source(tmp_path / "in.docx")
    out = tmp_path / "out.docx"
    _redact(redactor_engine, src, out)
    a, b = docx.Document(str(src)), docx.Document(str(out))
    assert [p.style.name for p in a.paragraphs] == [p.style.name for p in b.paragraphs]
    assert b.paragraphs[3].runs[0].bold and b.paragraphs[3].runs[0].italic
    assert "Kacper" not in b.paragraphs[3].runs[0].text
    assert b.tables[0].style.name == "Table Grid" and b.tables[0].cell(1, 1).text == "Year 6"
    assert b.sections[0].orientation == WD_ORIENT.LANDSCAPE
    # Every paragraph and run property element is unchanged, in order.
    def props(path):
        root = etree.fromstring(_parts(path)["word/document.xml"])
        return [etree.tostring(e) for e in root.iter(W + "pPr", W + "rPr", W + "sectPr", W + "tblPr")]
    assert props(src) == props(out)
