"""The leak check is the last line of defence: prove it fails a file when a writer misses."""

import pytest
from click.testing import CliRunner

from redactor.cli import main
from redactor.errors import LeakError
from redactor.extract.text import read_text
from redactor.replace import Mapping
from redactor.write import write_document

TEXT = "Kacper Nowak (Year 6) lives in Maltby. Mum: Agnieszka Nowak, 07700 900123.\n"


def _broken_render(text, findings):
    # A writer bug: the first finding is put back unchanged.
    first = min(findings, key=lambda f: f.start)
    out, pos = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        out.append(text[pos:f.start])
        out.append(text[f.start:f.end] if f is first else f.replacement)
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


def test_a_writer_that_leaks_produces_no_output(tmp_path, redactor_engine, monkeypatch):
    src = tmp_path / "case.txt"
    src.write_text(TEXT, encoding="utf-8")
    doc = read_text(src)
    findings = redactor_engine.anonymise(doc, redactor_engine.detector.detect(doc.text), Mapping(1))
    monkeypatch.setattr("redactor.write.text.render", _broken_render)
    out = tmp_path / "out" / "case.txt"
    with pytest.raises(LeakError) as err:
        write_document(doc, findings, out)
    assert "case.txt" in str(err.value)
    assert "Kacper" not in str(err.value) and "Nowak" not in str(err.value)
    assert not out.exists()
    assert list((tmp_path / "out").iterdir()) == []  # no temporary file left behind


def test_the_cli_reports_a_leak_as_a_failed_file(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    (src / "case.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr("redactor.write.text.render", _broken_render)
    result = CliRunner().invoke(main, ["redact", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "R400" in result.output and "case.txt" in result.output
    assert not (tmp_path / "out" / "case.txt").exists()


def test_a_word_writer_that_misses_a_part_produces_no_output(tmp_path, monkeypatch):
    """Break the Word writer on purpose: paragraph text is left as it was."""
    from tests.docx_builder import build
    src = tmp_path / "in"
    src.mkdir()
    build(src / "review.docx", paragraphs=["Annual review for Kacper Nowak at Oakwood Primary School."],
          header="Nowak family")
    monkeypatch.setattr("redactor.write.docx.apply_to_paragraph", lambda address, spans: None)
    result = CliRunner().invoke(main, ["redact", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "R400" in result.output and "review.docx" in result.output
    assert not (tmp_path / "out" / "review.docx").exists()


def test_an_output_part_that_is_not_well_formed_is_never_written(tmp_path, monkeypatch):
    """A writer bug that breaks a part's XML: the leak check cannot read that part, so the file
    is refused (it once skipped such a part and wrote the file)."""
    import redactor.write.docx as docx_writer
    from tests.docx_builder import build
    folder = tmp_path / "in"
    folder.mkdir()
    build(folder / "note.docx", paragraphs=["Kacper Nowak is in Year 6."])
    real = docx_writer.write_docx

    def breaks_xml(doc, findings, out):
        real(doc, findings, out)
        import zipfile
        with zipfile.ZipFile(out) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        parts["word/document.xml"] = parts["word/document.xml"][:-20]  # cut mid-element
        with zipfile.ZipFile(out, "w") as z:
            for n, data in parts.items():
                z.writestr(n, data)
    monkeypatch.setattr(docx_writer, "write_docx", breaks_xml)
    result = CliRunner().invoke(main, ["redact", str(folder), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1
    assert "R300" in result.output and "not well-formed" in result.output
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.docx"))
