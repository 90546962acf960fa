"""Every place a Word file hides text or a name is anonymised, and nothing planted survives.

Fixtures come from tests/word_fixtures.py (a recipe, not opaque binaries): one file per hiding
place plus one with all of them. The check reads every text node, every attribute value and every
relationship target of every part of the output package, independently of redactor's reader.
"""

import json
import re
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from lxml import etree

from redactor.cli import main
from tests.word_fixtures import build_all, package_text


def still_there(planted, text):
    """Planted values found as whole words (initials "NH" inside "NHS" are not a leak)."""
    return [p for p in planted if re.search(rf"(?<![\w]){re.escape(p)}(?![\w])", text)]


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory):
    return build_all(tmp_path_factory.mktemp("word-fixtures"))


def redact(fixture, tmp_path, *extra):
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    target = src / fixture.path.name
    target.write_bytes(fixture.path.read_bytes())
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["redact", str(target), "--out", str(out), "-q", *extra])
    assert result.exit_code == 0, result.output
    return out / fixture.path.name


PLACES = ["body_textbox", "nested_table", "content_control", "fields", "headers_footers",
          "footnotes_endnotes", "comments", "tracked_insert", "tracked_delete", "tracked_move",
          "tracked_format", "hyperlinks", "core_properties", "app_properties", "custom_properties",
          "alt_text", "custom_xml", "doc_vars", "attached_template", "glossary", "split_runs",
          "everything"]


@pytest.mark.parametrize("place", PLACES)
def test_nothing_planted_survives(fixtures, tmp_path, place):
    fixture = fixtures[place]
    out = redact(fixture, tmp_path)
    text = package_text(out)
    left = still_there(fixture.planted, text)
    assert not left, f"{len(left)} planted identifier(s) still in the output package"
    assert fixture.visible_body in "\n".join(p.text for p in docx.Document(str(out)).paragraphs)


@pytest.mark.parametrize("place", ["tracked_insert", "tracked_delete", "tracked_move", "tracked_format",
                                   "everything"])
def test_accepting_revisions_leaves_no_revision_and_no_original(fixtures, tmp_path, place):
    fixture = fixtures[place]
    pipeline = tmp_path / "accept.yaml"
    pipeline.write_text("name: accept\nword:\n  revisions: accept\n", encoding="utf-8")
    out = redact(fixture, tmp_path, "--pipeline", str(pipeline))
    with zipfile.ZipFile(out) as z:
        body = z.read("word/document.xml").decode("utf-8")
    for tag in ("<w:ins ", "<w:del ", "<w:moveFrom ", "<w:moveTo ", "<w:delText", "<w:rPrChange"):
        assert tag not in body
    assert not still_there(fixture.planted, package_text(out))


def test_thumbnail_is_dropped(fixtures, tmp_path):
    out = redact(fixtures["thumbnail"], tmp_path)
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        rels = z.read("_rels/.rels").decode("utf-8")
        types = z.read("[Content_Types].xml").decode("utf-8")
    assert not [n for n in names if n.startswith("docProps/thumbnail")]
    assert "thumbnail" not in rels and "thumbnail" not in types.lower().replace("image/jpeg", "")


def test_images_are_listed_for_a_human_and_can_be_replaced(fixtures, tmp_path):
    out = redact(fixtures["alt_text"], tmp_path)
    report = json.loads(Path(str(out) + ".findings.json").read_text(encoding="utf-8"))
    assert report["images"] and report["images"][0]["part"].startswith("word/media/")
    pipeline = tmp_path / "placeholder.yaml"
    pipeline.write_text("name: placeholder\nword:\n  images: placeholder\n", encoding="utf-8")
    before = zipfile.ZipFile(fixtures["alt_text"].path)
    second = tmp_path / "second"
    second.mkdir()
    after = zipfile.ZipFile(redact(fixtures["alt_text"], second, "--pipeline", str(pipeline)))
    media = [n for n in before.namelist() if n.startswith("word/media/")]
    assert media and all(after.read(n) != before.read(n) for n in media)


def test_a_name_first_seen_in_a_comment_is_replaced_in_the_body_too(tmp_path, fixtures):
    fixture = fixtures["everything"]
    out = redact(fixture, tmp_path)
    body = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert not still_there(fixture.planted, body)


EXTRA_PLACES = (
    '<w:sdt><w:sdtPr><w:alias w:val="Kacper Nowak details"/><w:tag w:val="child_Kacper"/></w:sdtPr>'
    '<w:sdtContent><w:p><w:bookmarkStart w:id="9" w:name="Kacper_Nowak_DOB"/><w:r><w:t>DOB 14/03/2012'
    '</w:t></w:r><w:bookmarkEnd w:id="9"/></w:p></w:sdtContent></w:sdt>'
    '<w:p><w:hyperlink w:anchor="Kacper_Nowak_DOB" w:tooltip="Kacper Nowak date of birth"><w:r><w:t>'
    'see above</w:t></w:r></w:hyperlink></w:p>'
    '<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="KacperNowak"/><w:textInput>'
    '<w:default w:val="Kacper Nowak"/></w:textInput></w:ffData></w:fldChar></w:r></w:p>'
)


def _redacted(src: Path, tmp_path) -> Path:
    """``redactor redact SRC --out TMP/out`` through the CLI; the output folder."""
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["redact", str(src), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def _input_with(tmp_path, paragraph: str, xml: str, name: str, edit=None) -> Path:
    """A folder holding one Word file: a paragraph, then ``xml`` at the start of its body;
    ``edit(parts)`` may change or add parts (name -> bytes) before it is zipped."""
    from tests.docx_builder import build
    plain = build(tmp_path / "plain.docx", paragraphs=[paragraph])
    with zipfile.ZipFile(plain) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    body = parts["word/document.xml"].decode("utf-8").replace("<w:body>", "<w:body>" + xml, 1)
    parts["word/document.xml"] = body.encode("utf-8")
    if edit:
        edit(parts)
    src = tmp_path / "in"
    src.mkdir()
    with zipfile.ZipFile(src / name, "w") as z:
        for part, data in parts.items():
            z.writestr(part, data)
    return src


def test_control_titles_bookmarks_tooltips_and_form_fields(tmp_path):
    src = _input_with(tmp_path, "Kacper Nowak is in Year 6.", EXTRA_PLACES, "controls.docx")
    out = _redacted(src, tmp_path)
    with zipfile.ZipFile(out / "controls.docx") as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "Kacper" not in xml and "Nowak" not in xml and "14/03/2012" not in xml
    # The bookmark and the link to it were renamed the same way, so the link still works.
    name = re.search(r'w:bookmarkStart w:id="9" w:name="([^"]+)"', xml).group(1)
    assert f'w:anchor="{name}"' in xml


FIELDS = [' HYPERLINK "mailto:kacper.nowak@example.org" \\h ', " PAGE \\* MERGEFORMAT ",
          ' CREATEDATE \\@ "d MMMM yyyy" ', " MERGEFIELD Page \\* MERGEFORMAT ",
          " AUTHOR \\* Upper "]


def test_field_keywords_and_switches_are_never_replaced(tmp_path):
    """Other programs' fields: the keyword and switches are machine words; only arguments (here
    a mailto: target) are replaced, so every field still works."""
    fields = "".join(
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
        f"{f}</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
        for f in FIELDS[:4])
    fields += '<w:p><w:fldSimple w:instr="%s"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>' % FIELDS[4]
    folder = _input_with(tmp_path, "Kacper Nowak and Ms Page met on Monday.", fields, "fields.docx")
    out = _redacted(folder, tmp_path)
    (written,) = out.glob("*.docx")
    with zipfile.ZipFile(written) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    instructions = [e.text for e in root.iter(w + "instrText")] + \
        [e.get(w + "instr") for e in root.iter(w + "fldSimple")]
    keywords = [i.split()[0] for i in instructions]
    assert keywords == ["HYPERLINK", "PAGE", "CREATEDATE", "MERGEFIELD", "AUTHOR"]
    assert "\\h" in instructions[0] and "kacper" not in instructions[0].lower()
    assert instructions[1].split()[1:] == ["\\*", "MERGEFORMAT"]
    assert '\\@ "d MMMM yyyy"' in instructions[2] and instructions[4].split()[1:] == ["\\*", "Upper"]


def test_every_part_that_holds_text_is_read_whatever_its_name(tmp_path):
    """A second core-properties part (core2.xml) and a part of a kind the reader does not know:
    both read and anonymised; the unknown one is listed for a human."""
    def edit(parts):
        parts["docProps/core2.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
        b'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Maja Kowalska</dc:creator>'
        b'<dc:title>Review for Kacper Nowak</dc:title></cp:coreProperties>')
        parts["extra/notes.xml"] = (b'<?xml version="1.0" encoding="UTF-8"?><notes><note>Call Kacper '
                                    b'Nowak on 07700 900461</note></notes>')
    folder = _input_with(tmp_path, "Kacper Nowak is in Year 6.", "", "parts.docx", edit)
    out = _redacted(folder, tmp_path)
    with zipfile.ZipFile(out / "parts.docx") as z:
        core2, notes = z.read("docProps/core2.xml").decode(), z.read("extra/notes.xml").decode()
    for secret in ("Maja", "Kowalska", "Kacper", "Nowak", "07700 900461"):
        assert secret not in core2 and secret not in notes
    report = json.loads((out / "parts.docx.findings.json").read_text(encoding="utf-8"))
    assert [u["part"] for u in report["unknown_parts"]] == ["extra/notes.xml"]


def _certificate(common_name: str, serial_number: str) -> str:
    import base64
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.SERIAL_NUMBER, serial_number)])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1).not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=365)).sign(key, hashes.SHA256()))
    return base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()


def test_a_digital_signature_is_dropped_and_its_signer_never_leaks(tmp_path):
    sig = ('<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><KeyInfo><X509Data>'
           f'<X509Certificate>{_certificate("Joanne Pryce", "QQ123456C")}</X509Certificate>'
           '<X509IssuerSerial><X509IssuerName>CN=Joanne Pryce, serialNumber=QQ123456C</X509IssuerName>'
           '</X509IssuerSerial></X509Data></KeyInfo></Signature>')
    def edit(parts):
        parts["_xmlsignatures/sig1.xml"] = sig.encode()
        parts["_xmlsignatures/origin.sigs"] = b""
        parts["_xmlsignatures/_rels/origin.sigs.rels"] = (
            b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/'
            b'relationships/digital-signature/signature" Target="sig1.xml"/></Relationships>')
        parts["_rels/.rels"] = parts["_rels/.rels"].replace(
            b"</Relationships>", b'<Relationship Id="rIdSig" Type="http://schemas.openxmlformats.org/'
            b'package/2006/relationships/digital-signature/origin" Target="_xmlsignatures/origin.sigs"/>'
            b"</Relationships>")
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>", b'<Override PartName="/_xmlsignatures/sig1.xml" ContentType="application/'
            b'vnd.openxmlformats-package.digital-signature-xmlsignature+xml"/></Types>')
    folder = _input_with(tmp_path, "Signed off by Joanne Pryce, SENCO.", "", "signed.docx", edit)
    out = _redacted(folder, tmp_path)
    with zipfile.ZipFile(out / "signed.docx") as z:
        names = z.namelist()
        everything = b"".join(z.read(n) for n in names)
    assert not [n for n in names if n.startswith("_xmlsignatures/")]
    assert b"digital-signature" not in everything and b"Joanne" not in everything
    assert b"Pryce" not in everything and b"QQ123456C" not in everything
    report = json.loads((out / "signed.docx.findings.json").read_text(encoding="utf-8"))
    assert "_xmlsignatures/sig1.xml" in [s["part"] for s in report["signatures"]]


def test_a_name_that_is_also_a_font_or_language_tag_does_not_refuse_the_file(tmp_path):
    """Font and theme names, language tags and URI schemes are machine words, not text: a person
    called Georgia Cambria (both font names here) is replaced in the text and the file written,
    its fonts untouched."""
    def edit(parts):
        fonts = (b'<w:font w:name="Georgia"/><w:font w:name="Cambria"/>')
        parts["word/fontTable.xml"] = parts["word/fontTable.xml"].replace(b"</w:fonts>", fonts + b"</w:fonts>")
    lang = '<w:p><w:pPr><w:rPr><w:lang w:val="Georgia"/></w:rPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'
    folder = _input_with(tmp_path, "Georgia Cambria attends Oakwood Primary School. Georgia likes "
                         "art and Ms Cambria agreed.", lang,
                         "fonts.docx", edit)
    out = _redacted(folder, tmp_path)
    with zipfile.ZipFile(out / "fonts.docx") as z:
        body, fonts = z.read("word/document.xml").decode(), z.read("word/fontTable.xml").decode()
    assert ">Georgia" not in body and "Cambria attends" not in body
    assert 'w:name="Georgia"' in fonts and 'w:name="Cambria"' in fonts


def test_a_style_named_after_a_child_is_renamed_in_the_list_and_its_id_made_neutral(tmp_path):
    """Word shows a custom style's name ("Kacper Nowak targets") in its styles list: it is
    anonymised like text. Its id, made from the name, becomes neutral in every part that uses it,
    so the paragraph keeps its style."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    folder = tmp_path / "in"
    folder.mkdir()
    document = docx.Document()
    style = document.styles.add_style("Kacper Nowak targets", WD_STYLE_TYPE.PARAGRAPH)
    style.font.bold = True
    document.add_paragraph("Kacper Nowak is in Year 6 at Oakwood Primary School.")
    document.add_paragraph("Targets agreed with the SENCO.", style="Kacper Nowak targets")
    document.save(folder / "styled.docx")
    out = _redacted(folder, tmp_path)
    with zipfile.ZipFile(out / "styled.docx") as z:
        styles, body = z.read("word/styles.xml").decode(), z.read("word/document.xml").decode()
    assert "Kacper" not in styles and "Nowak" not in styles and "Kacper" not in body
    reopened = docx.Document(out / "styled.docx")
    targets = reopened.paragraphs[1]
    assert targets.text == "Targets agreed with the SENCO."
    assert targets.style.font.bold and targets.style.name.endswith(" targets")
    assert targets.style.style_id == "Custom1"


def test_separate_tracked_deletions_in_one_paragraph_are_read_apart(tmp_path):
    """Two tracked deletions with current text between them are two pieces of deleted text, as Word
    shows them: the end of one never runs into the start of the next ("...2025" then "17 December",
    a school's name then a title), so what each holds is found and replaced."""
    def deleted(text, n):
        return (f'<w:del w:id="{n}" w:author="Reviewer" w:date="2026-01-14T10:00:00Z">'
                f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>')

    def run(text):
        return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
    xml = (f"<w:p>{run('The meeting on ')}{deleted('15 December 2025', 101)}{run(' was moved to ')}"
           f"{deleted('17 December 2025 at Oakfield Primary', 102)}{run(' and ')}{deleted('Mrs Halloran', 103)}"
           f"{run(' chaired it.')}</w:p>")
    src = _input_with(tmp_path, "Notes of the review.", xml, "deletions.docx")
    out = _redacted(src, tmp_path)
    with zipfile.ZipFile(out / "deletions.docx") as z:
        body = z.read("word/document.xml").decode("utf-8")
    deleted_text = "".join(re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", body))
    for secret in ("15 December 2025", "17 December 2025", "Oakfield", "Halloran"):
        assert secret not in deleted_text, "an identifier was left in a tracked deletion"
    assert "The meeting on " in body and " chaired it." in body
