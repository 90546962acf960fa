"""Text inputs arrive in whatever encoding the editor used; the output keeps it."""

import codecs

import pytest

from redactor.errors import InputError
from redactor.extract import read_document
from redactor.extract.text import read_text


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8-sig", b""), ("cp1252", b""), ("utf-16", b"")],
    ids=["utf8", "utf8-bom", "cp1252", "utf16-bom"])
def test_decodes_common_encodings(tmp_path, encoding, prefix):
    text = "Transport costs \u00a3120 a week \u2013 mum said \u201cit\u2019s too much\u201d.\r\n"
    path = tmp_path / "note.txt"
    path.write_bytes(prefix + text.encode(encoding))
    doc = read_text(path)
    assert doc.text.lstrip("\ufeff") == text


def test_binary_file_is_one_clear_error(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError) as err:
        read_document(path)
    assert "photo.txt" in str(err.value) and "binary" in str(err.value)


@pytest.mark.parametrize("name,words", [
    ("macro.docm", "macro"), ("sheet.xlsx", "unsupported")],
    ids=["docm", "xlsx"])
def test_unsupported_types_say_what_to_do(tmp_path, name, words):
    path = tmp_path / name
    path.write_bytes(b"whatever")
    with pytest.raises(InputError) as err:
        read_document(path)
    assert name in str(err.value) and words in str(err.value).lower()


def test_bom_is_reported_as_encoding(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Hello".encode())
    assert read_text(path).encoding == "utf-8-sig"


def test_legacy_word_without_libreoffice_says_how_to_convert(tmp_path, monkeypatch):
    monkeypatch.setattr("redactor.extract.converter", lambda: None)
    path = tmp_path / "old.doc"
    path.write_bytes(b"whatever")
    with pytest.raises(InputError) as err:
        read_document(path)
    assert "old.doc" in str(err.value) and "LibreOffice" in str(err.value)
