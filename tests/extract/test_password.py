"""Password-protected Word files: decrypted in memory with a password asked for on a terminal,
never taken from the command line; a script (no terminal) gets one clear error."""

import io
import re

import pytest
from click.testing import CliRunner
from msoffcrypto.format.ooxml import OOXMLFile

from redactor.cli import main
from redactor.errors import InputError
from redactor.extract import read_document
from tests.docx_builder import build

PASSWORD = "correct horse"


@pytest.fixture()
def protected(tmp_path):
    plain = build(tmp_path / "plain.docx", paragraphs=["Kacper Nowak is in Year 6 at Oakwood Primary School."])
    out = io.BytesIO()
    with open(plain, "rb") as fh:
        OOXMLFile(fh).encrypt(PASSWORD, out)
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "protected.docx"
    path.write_bytes(out.getvalue())
    plain.unlink()
    return path


def test_decrypted_in_memory_with_the_password(protected):
    doc = read_document(protected, password_provider=lambda path: PASSWORD)
    assert "Kacper Nowak" in doc.text
    assert not list(protected.parent.glob("*.tmp"))  # nothing decrypted lands on disk


def test_wrong_password_is_one_clear_error(protected):
    with pytest.raises(InputError) as err:
        read_document(protected, password_provider=lambda path: "wrong")
    assert "protected.docx" in str(err.value) and "password" in str(err.value)
    assert PASSWORD not in str(err.value)


def test_without_a_terminal_the_file_fails_with_a_clear_line(protected, tmp_path):
    result = CliRunner().invoke(main, ["redact", str(protected.parent), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "password protected" in errors[0]


@pytest.mark.parametrize("command", [["redact"], ["detect"], ["workspace", "init"], ["account", "setup"],
                                     ["account", "password"], ["review", "approve"]])
def test_there_is_no_password_option(command):
    """A password or code is never a command-line argument (argv is visible through ps)."""
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert not re.search(r"--\S*(pass|code|secret)", result.output.lower())
