"""Outputs are real Word files, and legacy formats come in through LibreOffice.

LibreOffice (Debian: libreoffice-writer-nogui) is installed by .ci/run; where it is missing these
tests are skipped, never passed silently.
"""

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from redactor.cli import main

SOFFICE = shutil.which("soffice")
needs_libreoffice = pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")


def to_text(docx: Path, tmp: Path) -> str:
    """What LibreOffice reads from a .docx: proof that the file opens."""
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp / 'lo-profile'}", "--headless",
                    "--convert-to", "txt:Text", "--outdir", str(tmp), str(docx)],
                   check=True, capture_output=True, timeout=120)
    return (tmp / (docx.stem + ".txt")).read_text(encoding="utf-8-sig")


@needs_libreoffice
def test_every_redacted_sample_word_file_opens_in_libreoffice(tmp_path):
    samples = Path(__file__).resolve().parent.parent / "samples"
    words = sorted(str(p) for p in samples.glob("*.docx"))  # the bundled Word samples
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["redact", *words, "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    outputs = sorted(out.glob("*.docx"))
    assert len(outputs) >= 8
    for docx in outputs:
        text = to_text(docx, tmp_path)
        assert text.strip(), f"{docx.name} converted to no text"
        assert "Kacper" not in text and "Nowak" not in text


@needs_libreoffice
def test_rtf_is_converted_redacted_and_written_as_docx(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "letter.rtf").write_text(
        r"{\rtf1\ansi Kacper Nowak attends Oakwood Primary School in Year 6.\par}", encoding="ascii")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["redact", str(src), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    text = to_text(out / "letter.docx", tmp_path)
    assert "Year 6" in text and "Kacper" not in text and "Oakwood" not in text


@needs_libreoffice
def test_the_everything_fixture_opens_after_redaction_and_shows_only_anonymised_text(tmp_path):
    from tests.word_fixtures import build_all
    fixture = build_all(tmp_path / "fixtures")["everything"]
    src = tmp_path / "in"
    src.mkdir()
    (src / "everything.docx").write_bytes(fixture.path.read_bytes())
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["redact", str(src), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    text = to_text(out / "everything.docx", tmp_path)
    assert fixture.visible_body in text
    assert not [p for p in fixture.planted if len(p) > 3 and p in text]
