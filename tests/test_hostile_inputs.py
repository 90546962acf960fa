"""Files as they really arrive, including hostile ones: the batch goes on, one clear line per bad
file, exit code 1, nothing half-written."""

import zipfile

from click.testing import CliRunner

from redactor.cli import main
from tests.docx_builder import build

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>
<w:t>&lol3; Kacper Nowak</w:t></w:r></w:p></w:body></w:document>"""


def _with_document_xml(src, dest, xml):
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["word/document.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(dest, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_hostile_and_empty_files_do_not_stop_the_batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Kacper Nowak is in Year 6.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "truncated.docx").write_bytes(build(tmp_path / "x.docx", paragraphs=["Hi"]).read_bytes()[:200])
    _with_document_xml(build(tmp_path / "y.docx", paragraphs=["Hi"]), folder / "entities.docx", BOMB)
    (folder / "~$lock.docx").write_bytes(b"owner file")  # Word's lock file: not a document
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["redact", str(folder), "--out", str(out)])
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert result.exit_code == 1
    assert any("truncated.docx" in e for e in errors)
    assert any("entities.docx" in e and "DTD" in e for e in errors)
    assert all("Traceback" not in e for e in errors)
    assert "Kacper" not in (out / "good.txt").read_text(encoding="utf-8")
    assert (out / "empty.txt").read_bytes() == b""
    assert not (out / "~$lock.docx").exists()
    assert not (out / "entities.docx").exists()  # text behind entities could hide from every reader
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".redactor-")]
    assert not leftovers


def test_a_name_split_by_an_xml_comment_is_still_redacted(tmp_path):
    src = build(tmp_path / "plain.docx", paragraphs=["placeholder"])
    with zipfile.ZipFile(src) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    _with_document_xml(src, folder / "split.docx",
                       xml.replace("placeholder", "Kac<!-- hidden -->per Nowak is in Year 6."))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["redact", str(folder), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out / "split.docx") as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert "Kac" not in body and "Nowak" not in body and "Year 6" in body


def test_a_dtd_anywhere_and_in_any_encoding_is_refused(tmp_path):
    """A DTD after the first 4 KB, or in a UTF-16 part, once slipped past the check."""
    src = build(tmp_path / "plain.docx", paragraphs=["placeholder"])
    folder = tmp_path / "in"
    folder.mkdir()
    late = BOMB.replace('<?xml version="1.0"?>', '<?xml version="1.0"?>\n<!--' + "x" * 5000 + "-->")
    _with_document_xml(src, folder / "late.docx", late)
    utf16 = BOMB.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["word/document.xml"] = utf16.encode("utf-16")
    with zipfile.ZipFile(folder / "utf16.docx", "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["redact", str(folder), "--out", str(out), "-q"])
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert result.exit_code == 1 and len(errors) == 2
    assert all("R200" in e and "DTD" in e for e in errors)
    assert not out.exists() or not list(out.glob("*.docx"))


def _lying_zip(src, dest, extra_name: str, size: int) -> None:
    """A Word package with an extra part whose central directory says it is tiny while it
    inflates to ``size`` bytes."""
    import struct
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
        z.writestr(extra_name, b"\0" * size)
    raw = bytearray(dest.read_bytes())
    at = raw.rfind(b"PK\x01\x02")  # the last central directory entry: the extra part
    struct.pack_into("<I", raw, at + 24, 10)  # its uncompressed size, as the directory states it
    dest.write_bytes(bytes(raw))


def test_a_package_past_the_limits_is_refused_while_it_is_unpacked(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    src = build(tmp_path / "plain.docx", paragraphs=["Kacper Nowak is in Year 6."])
    _lying_zip(src, folder / "lying.docx", "word/media/big.bin", 320 * 2**20)
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    with zipfile.ZipFile(folder / "many.docx", "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
        for i in range(6000):
            z.writestr(f"extra/item{i}.xml", b"<a/>")
    result = CliRunner().invoke(main, ["redact", str(folder), "--out", str(tmp_path / "out"), "-q"])
    errors = sorted(line for line in result.output.splitlines() if line.startswith("error:"))
    assert result.exit_code == 1 and len(errors) == 2
    assert "lying.docx" in errors[0] and "R200" in errors[0]
    assert f"many.docx: refused: it has {len(parts) + 6000} parts (the limit is 5000)" in errors[1]
