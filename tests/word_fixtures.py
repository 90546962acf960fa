"""Generate Word test files that hide fictional identifiers in every part of a .docx.

`build_all(folder)` writes one small SEND casework document per hiding place (a heading and a few
paragraphs of ordinary text) plus identifiers planted only in that place, and one "everything" file
that combines all of them. `package_text(path)` returns every text node, attribute value and
relationship target of every XML part, so a test can prove that no planted identifier survives
anywhere in a written package.

How the files are made: python-docx builds the base document and does what it has an API for
(headers and footers, comments, pictures, core properties, tables, runs); the saved package is then
edited with zipfile + lxml for everything else, keeping [Content_Types].xml and the relationship
parts consistent. python-docx's default template ships a thumbnail and a bibliography customXml
part; both are removed from every fixture so each hiding place appears only in its own fixture.

The "thumbnail" fixture has `planted=()`: a thumbnail is a picture of the first page, nothing in it
is readable text. Tests should check that the part (and its relationship) is gone after redaction.

All identifiers are fictional: mobiles from Ofcom's drama range (07700 900xxx), emails at
example.org. This module must not import anything from `redactor`.
"""

from __future__ import annotations

import io
import itertools
import posixpath
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote
from xml.sax.saxutils import escape

import docx
from docx.document import Document as DocxDocument
from docx.shared import Inches
from lxml import etree

NS: dict[str, str] = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "op": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "ds": "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
}
"""Namespace prefixes used by the fixtures (handy for XPath in tests)."""

_OD_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT_HYPERLINK = f"{_OD_REL}/hyperlink"
RT_FOOTNOTES = f"{_OD_REL}/footnotes"
RT_ENDNOTES = f"{_OD_REL}/endnotes"
RT_CUSTOM_PROPERTIES = f"{_OD_REL}/custom-properties"
RT_CUSTOM_XML = f"{_OD_REL}/customXml"
RT_CUSTOM_XML_PROPS = f"{_OD_REL}/customXmlProps"
RT_ATTACHED_TEMPLATE = f"{_OD_REL}/attachedTemplate"
RT_GLOSSARY = f"{_OD_REL}/glossaryDocument"
RT_PEOPLE = "http://schemas.microsoft.com/office/2011/relationships/people"
RT_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"

_WML_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
CT_FOOTNOTES = f"{_WML_CT}.footnotes+xml"
CT_ENDNOTES = f"{_WML_CT}.endnotes+xml"
CT_PEOPLE = f"{_WML_CT}.people+xml"
CT_GLOSSARY = f"{_WML_CT}.document.glossary+xml"
CT_CUSTOM_PROPERTIES = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"

HEADING = "Annual review preparation"
OPENING = (
    "This note records the preparation for an annual review of an education, health and care plan."
)
VISIBLE_BODY = (
    "The meeting agreed that the reading support plan should continue with small group sessions."
)
CLOSING = "Further advice will be requested from the speech and language therapy service."

_DATE = "2024-03-12T10:15:00Z"


@dataclass(frozen=True)
class Fixture:
    """One generated .docx.

    `planted` lists every fictional identifier written into the hidden place(s); it is empty for
    "thumbnail", whose hidden content is a picture (check the part is removed instead).
    `visible_body` is a sentence of ordinary body text, free of identifiers, that must survive.
    """

    name: str
    path: Path
    planted: tuple[str, ...]
    visible_body: str


# --------------------------------------------------------------------------------------------
# Reading a package back as text
# --------------------------------------------------------------------------------------------

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
_TEXT_LOCAL_NAMES = {"t", "delText"}


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _strings(root: etree._Element) -> Iterator[str]:
    """Text nodes, comments and attribute values (plus their %-decoded form) of one XML tree,
    and the joined text of every paragraph so a name split over runs is seen whole."""
    for node in root.iter():
        for value in (node.text, node.tail):
            if value and value.strip():
                yield value
        if not isinstance(node.tag, str):
            continue
        for value in node.attrib.values():
            yield value
            if "%" in value:
                yield unquote(value)
        if _local(node.tag) == "p":
            joined = "".join(
                el.text or "" for el in node.iter() if _local(el.tag) in _TEXT_LOCAL_NAMES
            )
            if joined.strip():
                yield joined


def part_texts(path: Path) -> dict[str, str]:
    """Map each XML part of the package (including .rels and [Content_Types].xml) to its text:
    all text nodes, attribute values and joined paragraph texts, one per line. Binary parts
    (pictures, thumbnails) are skipped."""
    texts: dict[str, str] = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
                continue
            try:
                root = etree.fromstring(data, _PARSER)
            except etree.XMLSyntaxError:
                continue
            texts[name] = "\n".join(_strings(root))
    return texts


def package_text(path: Path) -> str:
    """All text nodes AND attribute values of every XML part, and every relationship target,
    joined by newlines, with XML entities decoded. Use it to prove nothing leaked."""
    return "\n".join(part_texts(path).values())


# --------------------------------------------------------------------------------------------
# Editing a saved package with zipfile + lxml
# --------------------------------------------------------------------------------------------


def _rels_name(source: str) -> str:
    """The relationship part for `source` ("" is the package itself)."""
    if not source:
        return "_rels/.rels"
    folder, base = posixpath.split(source)
    return posixpath.join(folder, "_rels", f"{base}.rels")


def _rels_source_folder(rels_name: str) -> str:
    return posixpath.dirname(posixpath.dirname(rels_name))


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


class _Package:
    """The parts of a .docx held in memory; XML parts are parsed on first use."""

    def __init__(self, data: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            self._blobs = {name: archive.read(name) for name in archive.namelist()}
        self._trees: dict[str, etree._Element] = {}
        self._ids = itertools.count(1000)

    def next_id(self) -> int:
        """A fresh number for w:id, wp:docPr/@id and similar attributes."""
        return next(self._ids)

    def has(self, name: str) -> bool:
        return name in self._blobs or name in self._trees

    def xml(self, name: str) -> etree._Element:
        if name not in self._trees:
            self._trees[name] = etree.fromstring(self._blobs.pop(name), _PARSER)
        return self._trees[name]

    def add_xml(self, name: str, xml: str, content_type: str | None = None) -> None:
        """Add an XML part; without `content_type` the .xml Default (application/xml) applies."""
        self._trees[name] = _parse(xml)
        if content_type:
            self._override(name, content_type)

    def add_binary(self, name: str, data: bytes, content_type: str) -> None:
        self._blobs[name] = data
        extension = posixpath.splitext(name)[1].lstrip(".").lower()
        types = self.xml("[Content_Types].xml")
        defaults = {d.get("Extension", "").lower(): d for d in types.iterfind("ct:Default", NS)}
        if extension not in defaults:
            default = etree.Element(f"{{{NS['ct']}}}Default")
            default.set("Extension", extension)
            default.set("ContentType", content_type)
            types.insert(0, default)
        elif defaults[extension].get("ContentType") != content_type:
            self._override(name, content_type)

    def _override(self, name: str, content_type: str) -> None:
        types = self.xml("[Content_Types].xml")
        for old in types.iterfind("ct:Override", NS):
            if old.get("PartName") == f"/{name}":
                types.remove(old)
        override = etree.SubElement(types, f"{{{NS['ct']}}}Override")
        override.set("PartName", f"/{name}")
        override.set("ContentType", content_type)

    def relate(self, source: str, reltype: str, target: str, external: bool = False) -> str:
        """Add a relationship from `source` ("" for the package) and return its r:id.
        Internal targets are given as package paths ("word/footnotes.xml")."""
        rels_name = _rels_name(source)
        if not self.has(rels_name):
            self._trees[rels_name] = etree.Element(
                f"{{{NS['rel']}}}Relationships", nsmap={None: NS["rel"]}
            )
        rels = self.xml(rels_name)
        taken = {rel.get("Id") for rel in rels}
        rid = next(f"rId{n}" for n in itertools.count(1) if f"rId{n}" not in taken)
        rel = etree.SubElement(rels, f"{{{NS['rel']}}}Relationship")
        rel.set("Id", rid)
        rel.set("Type", reltype)
        if external:
            rel.set("Target", target)
            rel.set("TargetMode", "External")
        else:
            start = posixpath.dirname(source) or "."
            rel.set("Target", posixpath.relpath(target, start))
        return rid

    def remove(self, name: str) -> None:
        """Remove a part, its own relationships, every relationship to it and its Override."""
        self._blobs.pop(name, None)
        self._trees.pop(name, None)
        self._blobs.pop(_rels_name(name), None)
        self._trees.pop(_rels_name(name), None)
        for rels_name in [n for n in [*self._blobs, *self._trees] if n.endswith(".rels")]:
            rels = self.xml(rels_name)
            folder = _rels_source_folder(rels_name)
            for rel in list(rels):
                if rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target", "")
                resolved = target[1:] if target.startswith("/") else posixpath.normpath(
                    posixpath.join(folder, target)
                )
                if resolved == name:
                    rels.remove(rel)
        types = self.xml("[Content_Types].xml")
        for override in list(types.iterfind("ct:Override", NS)):
            if override.get("PartName") == f"/{name}":
                types.remove(override)

    def save(self, path: Path) -> None:
        names = ["[Content_Types].xml"] + sorted(
            n for n in {*self._blobs, *self._trees} if n != "[Content_Types].xml"
        )
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in names:
                data = _serialise(self._trees[name]) if name in self._trees else self._blobs[name]
                archive.writestr(name, data)


# --------------------------------------------------------------------------------------------
# Small XML helpers
# --------------------------------------------------------------------------------------------

_WRAPPER_NS = " ".join(
    f'xmlns:{prefix}="{uri}"'
    for prefix, uri in NS.items()
    if prefix in {"w", "r", "mc", "wp", "a", "pic", "wps", "v", "o", "w10", "w14"}
)


def _q(text: str) -> str:
    """Escape text for use inside an XML attribute or element."""
    return escape(text, {'"': "&quot;"})


def _parse(xml: str) -> etree._Element:
    """Parse XML written over several lines, dropping the layout whitespace between elements
    (text inside w:t and friends is never whitespace-only here, so nothing significant goes)."""
    root = etree.fromstring(xml.encode("utf-8"), _PARSER)
    for node in root.iter():
        if node.tail is not None and not node.tail.strip():
            node.tail = None
        if len(node) and node.text is not None and not node.text.strip():
            node.text = None
    return root


def _fragment(xml: str) -> list[etree._Element]:
    """Parse WordprocessingML elements written with the usual prefixes."""
    return list(_parse(f"<w:wrapper {_WRAPPER_NS}>{xml}</w:wrapper>"))


def _run(text: str, rpr: str = "") -> str:
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{_q(text)}</w:t></w:r>'


def _append_to_body(pkg: _Package, xml: str) -> None:
    """Insert block elements at the end of the body, before the final w:sectPr."""
    body = pkg.xml("word/document.xml").find("w:body", NS)
    sect_pr = body.find("w:sectPr", NS)
    for element in _fragment(xml):
        if sect_pr is not None:
            sect_pr.addprevious(element)
        else:
            body.append(element)


# Children of w:settings in schema order (ECMA-376 CT_Settings); Word rejects out-of-order ones.
_SETTINGS_ORDER = """writeProtection view zoom removePersonalInformation removeDateAndTime
doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText
printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts saveSubsetFonts
saveFormsData mirrorMargins alignBordersAndEdges bordersDoNotSurroundHeader
bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors hideGrammaticalErrors activeWritingStyle
proofState formsDesign attachedTemplate linkStyles stylePaneFormatFilter stylePaneSortMethod
documentType mailMerge revisionView trackRevisions doNotTrackMoves doNotTrackFormatting
documentProtection autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop autoHyphenation
consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope summaryLength
clickAndTypeStyle defaultTableStyle evenAndOddHeaders bookFoldRevPrinting bookFoldPrinting
bookFoldPrintingSheets drawingGridHorizontalSpacing drawingGridVerticalSpacing
displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery
doNotUseMarginsForDrawingGridOrigin drawingGridHorizontalOrigin drawingGridVerticalOrigin
doNotShadeFormData noPunctuationKerning characterSpacingControl printTwoOnOne
strictFirstAndLastChars noLineBreaksAfter noLineBreaksBefore savePreviewPicture
doNotValidateAgainstSchema saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText
doNotDemarcateInvalidXml saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags
alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat docVars rsids
mathPr attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats
doNotAutoCompressPictures forceUpgrade captions readModeInkLockDown smartTagType schemaLibrary
shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator""".split()


def _add_setting(pkg: _Package, xml: str) -> None:
    """Insert one w:settings child at its schema position."""
    settings = pkg.xml("word/settings.xml")
    (element,) = _fragment(xml)
    rank = _SETTINGS_ORDER.index(_local(element.tag))
    for child in settings:
        name = _local(child.tag)
        if name not in _SETTINGS_ORDER or _SETTINGS_ORDER.index(name) > rank:
            child.addprevious(element)
            return
    settings.append(element)


def _tiny_png(width: int = 4, height: int = 4) -> bytes:
    """A small solid blue RGB PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + b"\x5b\x8d\xc9" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _tiny_jpeg() -> bytes:
    """A baseline JPEG of an 8x8 mid-grey square: one DC-only block, one-code Huffman tables."""

    def segment(marker: int, payload: bytes) -> bytes:
        return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload

    one_code = bytes([1] + [0] * 15) + b"\x00"  # a single 1-bit code ("0") for symbol 0
    return b"".join(
        [
            b"\xff\xd8",
            segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"),
            segment(0xDB, b"\x00" + b"\x01" * 64),
            segment(0xC0, struct.pack(">BHHB", 8, 8, 8, 1) + b"\x01\x11\x00"),
            segment(0xC4, b"\x00" + one_code),
            segment(0xC4, b"\x10" + one_code),
            segment(0xDA, b"\x01\x01\x00\x00\x3f\x00"),
            b"\x3f",  # DC category 0, then end of block, padded with 1 bits
            b"\xff\xd9",
        ]
    )


# --------------------------------------------------------------------------------------------
# Hiding places
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _HidingPlace:
    """What one fixture plants: python-docx edits first, then package (zip + lxml) edits."""

    name: str
    planted: tuple[str, ...]
    in_document: Callable[[DocxDocument], None] | None = None
    in_package: Callable[[_Package], None] | None = None


def _body_textbox(pkg: _Package) -> None:
    text = "Key contact: Zuzanna Wojcik (mum), 07700 900412"
    content = f"<w:txbxContent><w:p>{_run(text)}</w:p></w:txbxContent>"
    shape_id = pkg.next_id()
    _append_to_body(
        pkg,
        f"""<w:p>{_run("The family's views are summarised in the box.")}<w:r>
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0"
 relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>3200400</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="2360930" cy="640080"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="640080"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/></a:ln>
</wps:spPr>
<wps:txbx>{content}</wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720"
 anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Text Box {shape_id}" o:spid="_x0000_s{shape_id + 1025}" type="#_x0000_t202"
 style="position:absolute;margin-left:252pt;margin-top:0;width:185.9pt;height:50.4pt;z-index:251659264;mso-wrap-style:square">
<v:textbox style="mso-fit-shape-to-text:t">{content}</v:textbox>
<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r></w:p>""",
    )


def _nested_table(document: DocxDocument) -> None:
    outer = document.add_table(rows=2, cols=2)
    outer.style = "Table Grid"
    outer.cell(0, 0).text = "Area of need"
    outer.cell(0, 1).text = "Support in place"
    outer.cell(1, 0).text = "Communication and interaction"
    cell = outer.cell(1, 1)
    cell.text = "Family contact details:"
    inner = cell.add_table(rows=3, cols=2)
    inner.style = "Table Grid"
    rows = [
        ("Parent", "Tariq Mahmood"),
        ("School", "Brookfield Primary School"),
        ("Phone", "07700 900233"),
    ]
    for r, (label, value) in enumerate(rows):
        inner.cell(r, 0).text = label
        inner.cell(r, 1).text = value


def _content_control(pkg: _Package) -> None:
    _append_to_body(
        pkg,
        f"""<w:sdt><w:sdtPr><w:alias w:val="Parent or carer"/><w:tag w:val="ParentName"/>
<w:id w:val="{pkg.next_id()}"/><w:text/></w:sdtPr>
<w:sdtContent><w:p>{_run("Dusan Horvath")}</w:p></w:sdtContent></w:sdt>
<w:p>{_run("Preferred contact: ")}<w:sdt><w:sdtPr><w:alias w:val="Contact email"/>
<w:tag w:val="ContactEmail"/><w:id w:val="{pkg.next_id()}"/><w:text/></w:sdtPr>
<w:sdtContent>{_run("d.horvath@example.org")}</w:sdtContent></w:sdt></w:p>""",
    )


_LINK_STYLE = '<w:color w:val="0563C1"/><w:u w:val="single"/>'


def _fields(pkg: _Package) -> None:
    _append_to_body(
        pkg,
        f"""<w:p>{_run("Child: ")}<w:fldSimple w:instr=" MERGEFIELD ChildName \\* MERGEFORMAT ">
{_run("Amara Okafor")}</w:fldSimple></w:p>
<w:p>{_run("Email the parent: ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r>
<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:joanne.pryce@example.org" </w:instrText></w:r>
<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_run("Joanne Pryce", _LINK_STYLE)}
<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>""",
    )


def _headers_footers(document: DocxDocument) -> None:
    section = document.sections[0]
    section.different_first_page_header_footer = True
    document.settings.odd_and_even_pages_header_footer = True
    texts = [
        (section.header, "Caseworker: Priya Raman"),
        (section.first_page_header, "Prepared for the family of Kwame Mensah"),
        (section.even_page_header, "Shared with Ewa Kowalska"),
        (section.footer, "Contact Liam Fairbrother"),
        (section.first_page_footer, "Reviewed by Siobhan Gallagher"),
        (section.even_page_footer, "Copy to Mohammed Ashraf"),
    ]
    for part, text in texts:
        part.paragraphs[0].text = text
    document.add_page_break()
    document.add_paragraph("The actions agreed at the meeting are listed on this page.")


def _footnotes_endnotes(pkg: _Package) -> None:
    def notes(kind: str, text: str) -> str:
        separators = "".join(
            f'<w:{kind} w:type="{sep}" w:id="{i}"><w:p><w:pPr><w:spacing w:after="0" '
            f'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:{sep}/></w:r></w:p></w:{kind}>'
            for i, sep in ((-1, "separator"), (0, "continuationSeparator"))
        )
        return (
            f'<w:{kind}s xmlns:w="{NS["w"]}" xmlns:r="{NS["r"]}">{separators}'
            f'<w:{kind} w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f"<w:{kind}Ref/></w:r>{_run(' ' + text)}</w:p></w:{kind}></w:{kind}s>"
        )

    pkg.add_xml(
        "word/footnotes.xml",
        notes("footnote", "Information given by Gareth Pickering on 07700 900318."),
        CT_FOOTNOTES,
    )
    pkg.add_xml(
        "word/endnotes.xml",
        notes("endnote", "Letter from Fatima Begum to the school."),
        CT_ENDNOTES,
    )
    pkg.relate("word/document.xml", RT_FOOTNOTES, "word/footnotes.xml")
    pkg.relate("word/document.xml", RT_ENDNOTES, "word/endnotes.xml")
    for kind in ("footnote", "endnote"):
        _add_setting(
            pkg, f'<w:{kind}Pr><w:{kind} w:id="-1"/><w:{kind} w:id="0"/></w:{kind}Pr>'
        )
    superscript = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    _append_to_body(
        pkg,
        f"""<w:p>{_run("The family described their concerns about homework.")}
<w:r>{superscript}<w:footnoteReference w:id="1"/></w:r>
{_run(" The school replied in writing.")}<w:r>{superscript}<w:endnoteReference w:id="1"/></w:r></w:p>""",
    )


def _comments_document(document: DocxDocument) -> None:
    paragraph = next(p for p in document.paragraphs if p.text == OPENING)
    document.add_comment(
        paragraph.runs,
        text="Check this wording with Ioana Popescu before it goes to panel.",
        author="Nadia Hussain",
        initials="NH",
    )


def _comments_package(pkg: _Package) -> None:
    pkg.add_xml(
        "word/people.xml",
        f"""<w15:people xmlns:mc="{NS["mc"]}" xmlns:w="{NS["w"]}" xmlns:w14="{NS["w14"]}"
 xmlns:w15="{NS["w15"]}" mc:Ignorable="w14 w15"><w15:person w15:author="Nadia Hussain">
<w15:presenceInfo w15:providerId="AD"
 w15:userId="S::nadia.hussain@example.org::5b8e2c1d-7f3a-4e6b-9d0c-1a2b3c4d5e6f"/>
</w15:person></w15:people>""",
        CT_PEOPLE,
    )
    pkg.relate("word/document.xml", RT_PEOPLE, "word/people.xml")


def _change(pkg: _Package, author: str) -> str:
    return f'w:id="{pkg.next_id()}" w:author="{_q(author)}" w:date="{_DATE}"'


def _tracked_insert(pkg: _Package) -> None:
    _append_to_body(
        pkg,
        f"""<w:p>{_run("The meeting was attended by the class teacher")}
<w:ins {_change(pkg, "Lerato Dlamini")}>{_run(" and Grace Adeyemi, the child's aunt")}</w:ins>
{_run(".")}</w:p>""",
    )


def _tracked_delete(pkg: _Package) -> None:
    _append_to_body(
        pkg,
        f"""<w:p>{_run("Transport was arranged ")}<w:del {_change(pkg, "Connor Whitfield")}>
<w:r><w:delText xml:space="preserve">by Harpreet Kaur </w:delText></w:r></w:del>
{_run("through the local authority.")}</w:p>""",
    )


def _tracked_move(pkg: _Package) -> None:
    author = "Marta Silva"
    moved = _run("Contact Owen Lloyd on 07700 900587.")
    from_range, to_range = pkg.next_id(), pkg.next_id()
    _append_to_body(
        pkg,
        f"""<w:p><w:moveFromRangeStart w:id="{from_range}" w:author="{author}" w:date="{_DATE}"
 w:name="move1"/><w:moveFrom {_change(pkg, author)}>{moved}</w:moveFrom>
<w:moveFromRangeEnd w:id="{from_range}"/></w:p>
<w:p>{_run("The family asked for written updates after each meeting.")}</w:p>
<w:p><w:moveToRangeStart w:id="{to_range}" w:author="{author}" w:date="{_DATE}" w:name="move1"/>
<w:moveTo {_change(pkg, author)}>{moved}</w:moveTo><w:moveToRangeEnd w:id="{to_range}"/></w:p>""",
    )


def _tracked_format(pkg: _Package) -> None:
    _append_to_body(
        pkg,
        f"""<w:p><w:r><w:rPr><w:b/><w:rPrChange {_change(pkg, "Yusuf Demir")}><w:rPr/></w:rPrChange>
</w:rPr><w:t>Chloe Barraclough</w:t></w:r>{_run(" will join the next review meeting.")}</w:p>""",
    )


def _hyperlinks(pkg: _Package) -> None:
    mail = pkg.relate(
        "word/document.xml", RT_HYPERLINK, "mailto:aisha.khan@example.org", external=True
    )
    web = pkg.relate(
        "word/document.xml",
        RT_HYPERLINK,
        "https://www.example.org/team/daniel-osei",
        external=True,
    )
    _append_to_body(
        pkg,
        f"""<w:p>{_run("Send the draft to ")}
<w:hyperlink r:id="{mail}" w:history="1">{_run("Aisha Khan", _LINK_STYLE)}</w:hyperlink>
{_run(" and see ")}<w:hyperlink r:id="{web}" w:history="1">{_run("Daniel Osei's page", _LINK_STYLE)}
</w:hyperlink>{_run(" for the outreach timetable.")}</w:p>""",
    )


def _core_properties(document: DocxDocument) -> None:
    props = document.core_properties
    props.author = "Rebecca Hollis"
    props.last_modified_by = "Bogdan Petrescu"
    props.title = "Annual review notes for Kayden Shaw"
    props.subject = "Family support in Rawmarsh"
    props.keywords = "Meadowbank Junior School; EHCP"
    props.comments = "Call mum on 07700 900764"
    props.category = "Casework for Leah Cartwright"


def _app_properties(pkg: _Package) -> None:
    app = pkg.xml("docProps/app.xml")
    for tag, value in (("Company", "Oakwood High School"), ("Manager", "Sunita Patel")):
        element = app.find(f"ep:{tag}", NS)
        if element is None:
            element = etree.SubElement(app, f"{{{NS['ep']}}}{tag}")
        element.text = value


def _custom_properties(pkg: _Package) -> None:
    fmtid = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
    pkg.add_xml(
        "docProps/custom.xml",
        f"""<Properties xmlns="{NS["op"]}" xmlns:vt="{NS["vt"]}">
<property fmtid="{fmtid}" pid="2" name="Caseworker"><vt:lpwstr>Gemma Rowbotham</vt:lpwstr></property>
<property fmtid="{fmtid}" pid="3" name="ChildName"><vt:lpwstr>Kacper Zielinski</vt:lpwstr></property>
</Properties>""",
        CT_CUSTOM_PROPERTIES,
    )
    pkg.relate("", RT_CUSTOM_PROPERTIES, "docProps/custom.xml")


def _alt_text(document: DocxDocument) -> None:
    document.add_paragraph("A photograph from the holiday playscheme is shown below.")
    run = document.add_paragraph().add_run()
    run.add_picture(io.BytesIO(_tiny_png()), width=Inches(0.5))
    descr = "Photograph of Ellie-Mae Turner at the Kimberworth Park playscheme"
    doc_pr = document.element.xpath("//wp:docPr")[-1]
    doc_pr.set("descr", descr)
    doc_pr.set("title", "Ellie-Mae Turner")
    doc_pr.getparent().xpath(".//pic:cNvPr")[0].set("descr", descr)


def _thumbnail(pkg: _Package) -> None:
    pkg.add_binary("docProps/thumbnail.jpeg", _tiny_jpeg(), "image/jpeg")
    pkg.relate("", RT_THUMBNAIL, "docProps/thumbnail.jpeg")


def _custom_xml(pkg: _Package) -> None:
    list_ns = "0f6b7c2e-3d4a-4b5c-8e9f-a1b2c3d4e5f6"
    pkg.add_xml(
        "customXml/item1.xml",
        f"""<p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
 xmlns:pc="http://schemas.microsoft.com/office/infopath/2007/PartnerControls">
<documentManagement>
<CaseOwner xmlns="{list_ns}"><UserInfo><DisplayName>Imran Qureshi</DisplayName>
<AccountId>14</AccountId><AccountType/></UserInfo></CaseOwner>
<CaseOwnerEmail xmlns="{list_ns}">imran.qureshi@example.org</CaseOwnerEmail>
<TaxCatchAll xmlns="{list_ns}"/>
</documentManagement></p:properties>""",
    )
    pkg.add_xml(
        "customXml/itemProps1.xml",
        f"""<ds:datastoreItem xmlns:ds="{NS["ds"]}" ds:itemID="{{6A1D3E5B-2C4F-4E8A-9B7D-0F1E2D3C4B5A}}">
<ds:schemaRefs>
<ds:schemaRef ds:uri="http://schemas.microsoft.com/office/2006/metadata/properties"/>
<ds:schemaRef ds:uri="http://schemas.microsoft.com/office/infopath/2007/PartnerControls"/>
<ds:schemaRef ds:uri="{list_ns}"/>
</ds:schemaRefs></ds:datastoreItem>""",
        CT_CUSTOM_XML_PROPS,
    )
    pkg.relate("word/document.xml", RT_CUSTOM_XML, "customXml/item1.xml")
    pkg.relate("customXml/item1.xml", RT_CUSTOM_XML_PROPS, "customXml/itemProps1.xml")


def _doc_vars(pkg: _Package) -> None:
    _add_setting(
        pkg,
        '<w:docVars><w:docVar w:name="ChildName" w:val="Jayden Hallam"/>'
        '<w:docVar w:name="ParentPhone" w:val="07700 900845"/></w:docVars>',
    )


TEMPLATE_PATH = r"file:///C:\Users\rhollis\AppData\Roaming\Microsoft\Templates\Casework.dotm"


def _attached_template(pkg: _Package) -> None:
    rid = pkg.relate("word/settings.xml", RT_ATTACHED_TEMPLATE, TEMPLATE_PATH, external=True)
    _add_setting(pkg, f'<w:attachedTemplate r:id="{rid}"/>')


def _glossary(pkg: _Package) -> None:
    pkg.add_xml(
        "word/glossary/document.xml",
        f"""<w:glossaryDocument xmlns:w="{NS["w"]}" xmlns:r="{NS["r"]}"><w:docParts><w:docPart>
<w:docPartPr><w:name w:val="Adviser signature"/>
<w:category><w:name w:val="General"/><w:gallery w:val="autoTxt"/></w:category>
<w:behaviors><w:behavior w:val="content"/></w:behaviors>
<w:guid w:val="{{3F2B8C41-6D0A-4E5B-9C7D-2A1E0F4B6C83}}"/></w:docPartPr>
<w:docPartBody><w:p>{_run("Oluwaseun Bakare, SENDIASS adviser, 07700 900951")}</w:p></w:docPartBody>
</w:docPart></w:docParts></w:glossaryDocument>""",
        CT_GLOSSARY,
    )
    pkg.relate("word/document.xml", RT_GLOSSARY, "word/glossary/document.xml")


def _split_runs(document: DocxDocument) -> None:
    paragraph = document.add_paragraph("The child, ")
    paragraph.add_run("Dec")
    paragraph.add_run("lan Fitz").bold = True
    paragraph.add_run("gerald").italic = True
    paragraph.add_run(", has settled well into the new class.")


HIDING_PLACES: tuple[_HidingPlace, ...] = (
    _HidingPlace("body_textbox", ("Zuzanna Wojcik", "07700 900412"), in_package=_body_textbox),
    _HidingPlace(
        "nested_table",
        ("Tariq Mahmood", "Brookfield Primary School", "07700 900233"),
        in_document=_nested_table,
    ),
    _HidingPlace(
        "content_control", ("Dusan Horvath", "d.horvath@example.org"), in_package=_content_control
    ),
    _HidingPlace(
        "fields", ("Amara Okafor", "joanne.pryce@example.org", "Joanne Pryce"), in_package=_fields
    ),
    _HidingPlace(
        "headers_footers",
        (
            "Priya Raman",
            "Kwame Mensah",
            "Ewa Kowalska",
            "Liam Fairbrother",
            "Siobhan Gallagher",
            "Mohammed Ashraf",
        ),
        in_document=_headers_footers,
    ),
    _HidingPlace(
        "footnotes_endnotes",
        ("Gareth Pickering", "07700 900318", "Fatima Begum"),
        in_package=_footnotes_endnotes,
    ),
    _HidingPlace(
        "comments",
        ("Nadia Hussain", "NH", "nadia.hussain@example.org", "Ioana Popescu"),
        in_document=_comments_document,
        in_package=_comments_package,
    ),
    _HidingPlace("tracked_insert", ("Lerato Dlamini", "Grace Adeyemi"), in_package=_tracked_insert),
    _HidingPlace(
        "tracked_delete", ("Connor Whitfield", "Harpreet Kaur"), in_package=_tracked_delete
    ),
    _HidingPlace(
        "tracked_move", ("Marta Silva", "Owen Lloyd", "07700 900587"), in_package=_tracked_move
    ),
    _HidingPlace(
        "tracked_format", ("Yusuf Demir", "Chloe Barraclough"), in_package=_tracked_format
    ),
    _HidingPlace(
        "hyperlinks",
        ("aisha.khan@example.org", "Aisha Khan", "daniel-osei", "Daniel Osei"),
        in_package=_hyperlinks,
    ),
    _HidingPlace(
        "core_properties",
        (
            "Rebecca Hollis",
            "Bogdan Petrescu",
            "Kayden Shaw",
            "Rawmarsh",
            "Meadowbank Junior School",
            "07700 900764",
            "Leah Cartwright",
        ),
        in_document=_core_properties,
    ),
    _HidingPlace(
        "app_properties", ("Oakwood High School", "Sunita Patel"), in_package=_app_properties
    ),
    _HidingPlace(
        "custom_properties",
        ("Gemma Rowbotham", "Kacper Zielinski"),
        in_package=_custom_properties,
    ),
    _HidingPlace("alt_text", ("Ellie-Mae Turner", "Kimberworth Park"), in_document=_alt_text),
    _HidingPlace("thumbnail", (), in_package=_thumbnail),
    _HidingPlace(
        "custom_xml", ("Imran Qureshi", "imran.qureshi@example.org"), in_package=_custom_xml
    ),
    _HidingPlace("doc_vars", ("Jayden Hallam", "07700 900845"), in_package=_doc_vars),
    _HidingPlace("attached_template", ("rhollis",), in_package=_attached_template),
    _HidingPlace("glossary", ("Oluwaseun Bakare", "07700 900951"), in_package=_glossary),
    _HidingPlace("split_runs", ("Declan Fitzgerald",), in_document=_split_runs),
)


# --------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------


def _base_document() -> DocxDocument:
    document = docx.Document()
    document.add_heading(HEADING, level=1)
    for text in (OPENING, VISIBLE_BODY, CLOSING):
        document.add_paragraph(text)
    return document


def _strip_template_extras(pkg: _Package) -> None:
    """python-docx's template carries a thumbnail and a bibliography customXml item; drop them
    so those hiding places only exist in their own fixtures."""
    for name in ("docProps/thumbnail.jpeg", "customXml/item1.xml", "customXml/itemProps1.xml"):
        pkg.remove(name)


def _build(folder: Path, name: str, places: tuple[_HidingPlace, ...]) -> Fixture:
    document = _base_document()
    for place in places:
        if place.in_document:
            place.in_document(document)
    buffer = io.BytesIO()
    document.save(buffer)
    pkg = _Package(buffer.getvalue())
    _strip_template_extras(pkg)
    for place in places:
        if place.in_package:
            place.in_package(pkg)
    path = folder / f"{name}.docx"
    pkg.save(path)
    planted = tuple(value for place in places for value in place.planted)
    return Fixture(name=name, path=path, planted=planted, visible_body=VISIBLE_BODY)


def build_all(folder: Path) -> dict[str, Fixture]:
    """Write one fixture per hiding place plus "everything" into `folder`; return them by name."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    fixtures = {place.name: _build(folder, place.name, (place,)) for place in HIDING_PLACES}
    fixtures["everything"] = _build(folder, "everything", HIDING_PLACES)
    return fixtures
