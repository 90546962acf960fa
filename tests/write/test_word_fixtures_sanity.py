"""Sanity tests of the Word fixture generator (tests/word_fixtures.py), not of redactor.

They prove each fixture really hides its identifiers where it claims to, only there, in a package
that python-docx (and LibreOffice, when installed) can open.
"""

from __future__ import annotations

import posixpath
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from tests.word_fixtures import NS, Fixture, build_all, package_text, part_texts

HIDING_PLACES = [
    "body_textbox",
    "nested_table",
    "content_control",
    "fields",
    "headers_footers",
    "footnotes_endnotes",
    "comments",
    "tracked_insert",
    "tracked_delete",
    "tracked_move",
    "tracked_format",
    "hyperlinks",
    "core_properties",
    "app_properties",
    "custom_properties",
    "alt_text",
    "thumbnail",
    "custom_xml",
    "doc_vars",
    "attached_template",
    "glossary",
    "split_runs",
]
ALL_NAMES = [*HIDING_PLACES, "everything"]

# Hiding places outside the main document part: word/document.xml must not hold their values.
OUTSIDE_BODY = [
    "headers_footers",
    "footnotes_endnotes",
    "comments",
    "core_properties",
    "app_properties",
    "custom_properties",
    "custom_xml",
    "doc_vars",
    "attached_template",
    "glossary",
]

DOC = "word/document.xml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
THUMBNAIL_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"

# (label, fixture, part, XPath selecting the hiding place, a planted value it must hold or None)
STRUCTURE = [
    ("textbox-choice", "body_textbox", DOC,
     "//mc:AlternateContent/mc:Choice//wps:txbx/w:txbxContent", "Zuzanna Wojcik"),
    ("textbox-fallback", "body_textbox", DOC,
     "//mc:AlternateContent/mc:Fallback//v:textbox/w:txbxContent", "Zuzanna Wojcik"),
    ("nested-table", "nested_table", DOC, "//w:tc//w:tbl", "Tariq Mahmood"),
    ("sdt-block", "content_control", DOC, "/w:document/w:body/w:sdt/w:sdtContent",
     "Dusan Horvath"),
    ("sdt-inline", "content_control", DOC, "//w:p/w:sdt/w:sdtContent", "d.horvath@example.org"),
    ("fld-simple", "fields", DOC, "//w:fldSimple", "Amara Okafor"),
    ("instr-text", "fields", DOC, "//w:instrText", "joanne.pryce@example.org"),
    ("footnote", "footnotes_endnotes", "word/footnotes.xml", "//w:footnote[@w:id='1']",
     "Gareth Pickering"),
    ("endnote", "footnotes_endnotes", "word/endnotes.xml", "//w:endnote[@w:id='1']",
     "Fatima Begum"),
    ("footnote-ref", "footnotes_endnotes", DOC, "//w:footnoteReference", None),
    ("endnote-ref", "footnotes_endnotes", DOC, "//w:endnoteReference", None),
    ("comment-author", "comments", "word/comments.xml", "//w:comment/@w:author", "Nadia Hussain"),
    ("comment-initials", "comments", "word/comments.xml", "//w:comment/@w:initials", "NH"),
    ("comment-text", "comments", "word/comments.xml", "//w:comment", "Ioana Popescu"),
    ("people-author", "comments", "word/people.xml", "//w15:person/@w15:author", "Nadia Hussain"),
    ("people-email", "comments", "word/people.xml", "//w15:presenceInfo/@w15:userId",
     "nadia.hussain@example.org"),
    ("comment-range", "comments", DOC, "//w:commentRangeStart", None),
    ("ins-author", "tracked_insert", DOC, "//w:ins/@w:author", "Lerato Dlamini"),
    ("ins-text", "tracked_insert", DOC, "//w:ins//w:t", "Grace Adeyemi"),
    ("del-author", "tracked_delete", DOC, "//w:del/@w:author", "Connor Whitfield"),
    ("del-text", "tracked_delete", DOC, "//w:del//w:delText", "Harpreet Kaur"),
    ("move-from", "tracked_move", DOC, "//w:moveFrom", "Owen Lloyd"),
    ("move-to", "tracked_move", DOC, "//w:moveTo", "Owen Lloyd"),
    ("move-author", "tracked_move", DOC, "//w:moveTo/@w:author", "Marta Silva"),
    ("rprchange-author", "tracked_format", DOC, "//w:rPrChange/@w:author", "Yusuf Demir"),
    ("hyperlink-text", "hyperlinks", DOC, "//w:hyperlink[@r:id]", "Aisha Khan"),
    ("hyperlink-mailto", "hyperlinks", "word/_rels/document.xml.rels",
     f"//rel:Relationship[@Type='{REL}/hyperlink']/@Target", "mailto:aisha.khan@example.org"),
    ("hyperlink-web", "hyperlinks", "word/_rels/document.xml.rels",
     f"//rel:Relationship[@Type='{REL}/hyperlink']/@Target", "daniel-osei"),
    ("core-creator", "core_properties", "docProps/core.xml", "//dc:creator", "Rebecca Hollis"),
    ("core-modified-by", "core_properties", "docProps/core.xml", "//cp:lastModifiedBy",
     "Bogdan Petrescu"),
    ("core-title", "core_properties", "docProps/core.xml", "//dc:title", "Kayden Shaw"),
    ("core-subject", "core_properties", "docProps/core.xml", "//dc:subject", "Rawmarsh"),
    ("core-keywords", "core_properties", "docProps/core.xml", "//cp:keywords",
     "Meadowbank Junior School"),
    ("core-description", "core_properties", "docProps/core.xml", "//dc:description",
     "07700 900764"),
    ("core-category", "core_properties", "docProps/core.xml", "//cp:category", "Leah Cartwright"),
    ("app-company", "app_properties", "docProps/app.xml", "//ep:Company", "Oakwood High School"),
    ("app-manager", "app_properties", "docProps/app.xml", "//ep:Manager", "Sunita Patel"),
    ("custom-caseworker", "custom_properties", "docProps/custom.xml",
     "//op:property[@name='Caseworker']/vt:lpwstr", "Gemma Rowbotham"),
    ("custom-child", "custom_properties", "docProps/custom.xml",
     "//op:property[@name='ChildName']/vt:lpwstr", "Kacper Zielinski"),
    ("custom-rel", "custom_properties", "_rels/.rels",
     f"//rel:Relationship[@Type='{REL}/custom-properties']/@Target", "docProps/custom.xml"),
    ("alt-descr", "alt_text", DOC, "//wp:docPr/@descr", "Kimberworth Park"),
    ("alt-title", "alt_text", DOC, "//wp:docPr/@title", "Ellie-Mae Turner"),
    ("thumbnail-rel", "thumbnail", "_rels/.rels",
     f"//rel:Relationship[@Type='{THUMBNAIL_REL}']/@Target", "docProps/thumbnail.jpeg"),
    ("customxml-name", "custom_xml", "customXml/item1.xml", "//*[local-name()='DisplayName']",
     "Imran Qureshi"),
    ("customxml-props", "custom_xml", "customXml/itemProps1.xml", "/ds:datastoreItem/@ds:itemID",
     None),
    ("customxml-rel", "custom_xml", "word/_rels/document.xml.rels",
     f"//rel:Relationship[@Type='{REL}/customXml']/@Target", "../customXml/item1.xml"),
    ("doc-var", "doc_vars", "word/settings.xml", "//w:docVars/w:docVar/@w:val", "Jayden Hallam"),
    ("attached-template", "attached_template", "word/settings.xml", "//w:attachedTemplate/@r:id",
     None),
    ("attached-template-rel", "attached_template", "word/_rels/settings.xml.rels",
     f"//rel:Relationship[@Type='{REL}/attachedTemplate']/@Target", "rhollis"),
    ("glossary-text", "glossary", "word/glossary/document.xml", "//w:docPart/w:docPartBody",
     "Oluwaseun Bakare"),
    ("glossary-rel", "glossary", "word/_rels/document.xml.rels",
     f"//rel:Relationship[@Type='{REL}/glossaryDocument']/@Target", "glossary/document.xml"),
]

HEADERS_FOOTERS = [
    ("header", "default", "Priya Raman"),
    ("header", "first", "Kwame Mensah"),
    ("header", "even", "Ewa Kowalska"),
    ("footer", "default", "Liam Fairbrother"),
    ("footer", "first", "Siobhan Gallagher"),
    ("footer", "even", "Mohammed Ashraf"),
]


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory) -> dict[str, Fixture]:
    return build_all(tmp_path_factory.mktemp("word_fixtures"))


@pytest.fixture(scope="module")
def texts(fixtures) -> dict[str, str]:
    return {name: package_text(fixture.path) for name, fixture in fixtures.items()}


def _xml(path: Path, part: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(part))


def _selected_text(results) -> str:
    """Text nodes and attribute values of what an XPath selected."""
    out = []
    for result in results if isinstance(results, list) else [results]:
        if isinstance(result, str):
            out.append(str(result))
            continue
        out.append("".join(result.itertext()))
        for node in result.iter():
            out.extend(t for t in (node.text, *node.attrib.values()) if t)
    return "\n".join(out)


def _resolve(source: str, target: str) -> str:
    folder = posixpath.dirname(source)
    return target[1:] if target.startswith("/") else posixpath.normpath(
        posixpath.join(folder, target)
    )


def test_build_all_writes_one_fixture_per_hiding_place_and_everything(fixtures):
    assert sorted(fixtures) == sorted(ALL_NAMES)
    for name, fixture in fixtures.items():
        assert fixture.name == name
        assert fixture.path.is_file() and fixture.path.suffix == ".docx"


@pytest.mark.parametrize("name", ALL_NAMES)
def test_fixture_opens_and_keeps_the_visible_sentence_in_the_body(fixtures, name):
    fixture = fixtures[name]
    document = docx.Document(str(fixture.path))
    assert fixture.visible_body in [p.text for p in document.paragraphs]
    assert document.paragraphs[0].text  # the heading
    assert not [value for value in fixture.planted if value in fixture.visible_body]


@pytest.mark.parametrize("name", ALL_NAMES)
def test_every_planted_value_is_in_the_package_text(fixtures, texts, name):
    missing = [i for i, value in enumerate(fixtures[name].planted) if value not in texts[name]]
    assert missing == []


@pytest.mark.parametrize("name", [n for n in HIDING_PLACES if n != "thumbnail"])
def test_planted_values_appear_in_no_other_single_place_fixture(fixtures, texts, name):
    planted = fixtures[name].planted
    assert planted
    leaks = [
        (other, i)
        for other in HIDING_PLACES
        if other != name
        for i, value in enumerate(planted)
        if value in texts[other]
    ]
    assert leaks == []


@pytest.mark.parametrize("name", OUTSIDE_BODY)
def test_main_document_part_holds_none_of_an_outside_place(fixtures, name):
    body = part_texts(fixtures[name].path)[DOC]
    assert [i for i, value in enumerate(fixtures[name].planted) if value in body] == []


def test_planted_values_are_distinct_and_everything_holds_them_all(fixtures):
    singles = [value for name in HIDING_PLACES for value in fixtures[name].planted]
    assert len(singles) == len(set(singles))
    assert fixtures["everything"].planted == tuple(singles)


@pytest.mark.parametrize(
    "fixture_name, part, xpath, value",
    [row[1:] for row in STRUCTURE],
    ids=[row[0] for row in STRUCTURE],
)
@pytest.mark.parametrize("in_everything", [False, True], ids=["own-file", "everything"])
def test_hiding_place_has_the_expected_structure(
    fixtures, fixture_name, part, xpath, value, in_everything
):
    fixture = fixtures["everything" if in_everything else fixture_name]
    results = _xml(fixture.path, part).xpath(xpath, namespaces=NS)
    assert results != [] and results != ""
    if value is not None:
        assert value in _selected_text(results)


@pytest.mark.parametrize("name", ["headers_footers", "everything"])
@pytest.mark.parametrize(
    "kind, page, value", HEADERS_FOOTERS, ids=[f"{k}-{p}" for k, p, _ in HEADERS_FOOTERS]
)
def test_each_header_and_footer_reference_names_its_own_person(fixtures, name, kind, page, value):
    path = fixtures[name].path
    sect_pr = _xml(path, DOC).find("w:body/w:sectPr", NS)
    assert sect_pr.find("w:titlePg", NS) is not None
    assert _xml(path, "word/settings.xml").find("w:evenAndOddHeaders", NS) is not None
    (rid,) = sect_pr.xpath(f"w:{kind}Reference[@w:type='{page}']/@r:id", namespaces=NS)
    rels = _xml(path, "word/_rels/document.xml.rels")
    (target,) = rels.xpath(f"rel:Relationship[@Id='{rid}']/@Target", namespaces=NS)
    part = _resolve(DOC, target)
    assert value in part_texts(path)[part]
    others = [v for k, p, v in HEADERS_FOOTERS if (k, p) != (kind, page)]
    assert [v for v in others if v in part_texts(path)[part]] == []


@pytest.mark.parametrize("name", ["split_runs", "everything"])
def test_split_name_is_whole_in_a_paragraph_but_in_no_single_run(fixtures, name):
    document = docx.Document(str(fixtures[name].path))
    value = "Declan Fitzgerald"
    (paragraph,) = [p for p in document.paragraphs if value in p.text]
    assert not [r for r in paragraph.runs if value in r.text]
    name_runs = [r for r in paragraph.runs if r.text in ("Dec", "lan Fitz", "gerald")]
    assert len(name_runs) == 3
    assert len({(bool(r.bold), bool(r.italic)) for r in name_runs}) == 3


@pytest.mark.parametrize("name", ALL_NAMES)
def test_thumbnail_exists_only_where_planted(fixtures, name):
    path = fixtures[name].path
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        has_part = "docProps/thumbnail.jpeg" in names
        if has_part:
            assert archive.read("docProps/thumbnail.jpeg").startswith(b"\xff\xd8")
    rels = _xml(path, "_rels/.rels").xpath(
        f"rel:Relationship[@Type='{THUMBNAIL_REL}']", namespaces=NS
    )
    expected = name in ("thumbnail", "everything")
    assert has_part == expected
    assert len(rels) == int(expected)
    if name == "thumbnail":
        assert fixtures[name].planted == ()


@pytest.mark.parametrize("name", ALL_NAMES)
def test_package_content_types_and_relationships_are_consistent(fixtures, name):
    path = fixtures[name].path
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        types = etree.fromstring(archive.read("[Content_Types].xml"))
        defaults = {d.get("Extension").lower() for d in types.iterfind("ct:Default", NS)}
        overrides = {o.get("PartName")[1:] for o in types.iterfind("ct:Override", NS)}
        assert overrides <= names
        untyped = [
            n for n in names - {"[Content_Types].xml"}
            if n not in overrides and n.rsplit(".", 1)[-1].lower() not in defaults
        ]
        assert untyped == []
        for rels_name in [n for n in names if n.endswith(".rels")]:
            source = posixpath.join(
                posixpath.dirname(posixpath.dirname(rels_name)),
                posixpath.basename(rels_name)[: -len(".rels")],
            )
            rels = etree.fromstring(archive.read(rels_name))
            ids = set()
            for rel in rels:
                ids.add(rel.get("Id"))
                if rel.get("TargetMode") != "External":
                    assert _resolve(source, rel.get("Target")) in names
            if source in names and source.endswith(".xml"):
                root = etree.fromstring(archive.read(source))
                used = {
                    value
                    for node in root.iter()
                    if isinstance(node.tag, str)
                    for key, value in node.attrib.items()
                    if key.startswith(f"{{{REL}}}")
                }
                assert used <= ids


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.parametrize("name", ALL_NAMES)
def test_libreoffice_converts_fixture_to_text(fixtures, name, tmp_path):
    fixture = fixtures[name]
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            "soffice", f"-env:UserInstallation={profile}", "--headless",
            "--convert-to", "txt:Text", "--outdir", str(tmp_path), str(fixture.path),
        ],
        check=True, capture_output=True, timeout=180,
    )
    text = (tmp_path / f"{fixture.path.stem}.txt").read_text(encoding="utf-8-sig")
    assert fixture.visible_body in text


# Places whose values LibreOffice keeps when it converts .docx to .odt: if it finds them, it
# parsed our text box, comment, notes, tracked changes... as real Word structures.
LIBREOFFICE_READS = [
    "body_textbox", "nested_table", "content_control", "fields", "headers_footers",
    "footnotes_endnotes", "tracked_insert", "tracked_delete", "tracked_move", "tracked_format",
    "hyperlinks", "app_properties", "custom_properties", "alt_text",
]


@pytest.fixture(scope="module")
def libreoffice_odt_text(fixtures, tmp_path_factory) -> str:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) not installed")
    out = tmp_path_factory.mktemp("odt")
    subprocess.run(
        [
            "soffice", f"-env:UserInstallation={(out / 'profile').as_uri()}", "--headless",
            "--convert-to", "odt", "--outdir", str(out), str(fixtures["everything"].path),
        ],
        check=True, capture_output=True, timeout=180,
    )
    strings = []
    with zipfile.ZipFile(out / "everything.odt") as archive:
        for name in [n for n in archive.namelist() if n.endswith(".xml")]:
            strings.append(_selected_text([etree.fromstring(archive.read(name))]))
    return "\n".join(strings)


@pytest.mark.parametrize("name", LIBREOFFICE_READS)
def test_libreoffice_reads_the_hidden_place(fixtures, libreoffice_odt_text, name):
    missing = [i for i, v in enumerate(fixtures[name].planted) if v not in libreoffice_odt_text]
    assert missing == []


def test_libreoffice_reads_the_comment(fixtures, libreoffice_odt_text):
    assert "Nadia Hussain" in libreoffice_odt_text
    assert "Ioana Popescu" in libreoffice_odt_text
