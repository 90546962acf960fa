"""Word (.docx): every part that can hold text or a name, as blocks of text with addresses back
into the package, so that the writer can put replacements exactly where the originals were.

What is read (each becomes one or more blocks of the document's text):

* every paragraph of every WordprocessingML part: the body with its tables (nested too), text
  boxes (both the DrawingML copy and the VML fallback), content controls, headers and footers of
  every section, footnotes, endnotes, comments and the glossary document. Each paragraph gives up
  to three blocks: its current text (``w:t``), its deleted text (``w:delText``, still in the file
  after a tracked deletion) and its field codes (``w:instrText``);
* attribute values that hold text: field instructions (``w:fldSimple/@w:instr``), image alt text
  and titles (``wp:docPr/@descr``, ``@title``), document variables (``w:docVar/@w:val``);
* names by position, which are PERSON whatever detection says: ``w:author`` of every revision and
  comment, ``w:initials``, ``w15:person/@w15:author`` in people.xml, the creator and
  lastModifiedBy of docProps/core.xml and the Manager of docProps/app.xml;
* document properties (core, app, custom), custom XML parts (SharePoint metadata) and the
  targets of external relationships (``mailto:`` and web links).

Dropped outright: the first-page thumbnail (a picture of the original text) and the attached
template's path (``C:\\Users\\<name>\\...``), which is set to ``Normal.dotm``.
"""

from __future__ import annotations

import base64
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from redactor.errors import InputError
from redactor.extract.wordpackage import PackageTooBig, WordPackage, part_name_of_rels
from redactor.types import PERSON, Block, Document, Finding

PARAGRAPH_SEPARATOR = "\n\n"
MAX_UNPACKED_BYTES = 300 * 2**20  # a zip bomb is refused while it is being unpacked
MAX_PARTS = 5000  # Word writes a few dozen; a package of thousands is refused before reading them
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "v": "urn:schemas-microsoft-com:vml",
}


CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


W_P, W_T, W_TAB, W_BR, W_CR = q("w:p"), q("w:t"), q("w:tab"), q("w:br"), q("w:cr")
W_NB_HYPHEN, W_DEL_TEXT, W_INSTR = q("w:noBreakHyphen"), q("w:delText"), q("w:instrText")
W_INSTR_ATTR = q("w:instr")
W_TC, W_TR = q("w:tc"), q("w:tr")
W_DEL_INSTR = q("w:delInstrText")
PERSON_ATTRS = (q("w:author"), q("w:initials"), q("w15:author"))
TEXT_ATTRS = {
    q("w:fldSimple"): (q("w:instr"),), q("w:docVar"): (q("w:val"),),
    q("w15:presenceInfo"): (q("w15:userId"),),
    # content controls' titles and tags, form fields' names, defaults, help and list items
    q("w:alias"): (q("w:val"),), q("w:tag"): (q("w:val"),), q("w:default"): (q("w:val"),),
    q("w:statusText"): (q("w:val"),), q("w:helpText"): (q("w:val"),),
    q("w:listItem"): (q("w:displayText"), q("w:value")), q("w:date"): (q("w:fullDate"),),
    # bookmarks ("Kacper_DOB") and links to them, link tooltips, numbering text, WordArt
    q("w:bookmarkStart"): (q("w:name"),), q("w:hyperlink"): (q("w:tooltip"), q("w:anchor")),
    q("w:lvlText"): (q("w:val"),), q("v:textpath"): ("string",),
}
# Names that take no spaces: bookmarks, links to them, form fields, content-control tags.
MACHINE_ATTRS = frozenset({(q("w:bookmarkStart"), q("w:name")), (q("w:hyperlink"), q("w:anchor")),
                           (q("w:tag"), q("w:val")), (q("w:name"), q("w:val"))})
CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Form fields keep their name in w:ffData/w:name/@w:val; styles in w:style/w:name/@w:val and
# w:style/w:aliases/@w:val ("Kacper's targets"), which Word shows in its styles list.
FORM_FIELD_NAME, W_ALIASES = q("w:name"), q("w:aliases")
# DrawingML text (SmartArt, charts, shapes) and charts' cached values.
DRAWING_TEXT = (q("a:t"), q("c:v"))
# Alt text, titles and names of pictures and shapes, whatever their namespace (wp:docPr,
# pic:cNvPr, v:shape/@alt, o:title): "Photograph of <child> at <place>", "kacper.jpg".
DESCRIPTIVE_ATTRS = frozenset({"descr", "title", "alt", "name"})
DESCRIBED_ELEMENTS = frozenset({"docPr", "cNvPr", "shape", "imagedata", "rect", "group"})
PERSON_PROPERTIES = {q("dc:creator"), q("cp:lastModifiedBy"), q("ep:Manager")}
# The free-text properties of core.xml and app.xml (not counts, dates, versions or font lists).
TEXT_PROPERTIES = PERSON_PROPERTIES | {
    q("dc:title"), q("dc:subject"), q("dc:description"), q("cp:keywords"), q("cp:category"),
    q("cp:contentStatus"), q("dc:identifier"), q("ep:Company"), q("ep:HyperlinkBase"),
    q("ep:TitlesOfParts"), q("vt:lpstr"),
}
PERSON_LOCAL_NAMES = re.compile(r"(?i)(displayname|author|editor|owner|manager|creator|modifiedby)")
TEMPLATE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
THUMBNAIL_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
NEUTRAL_TEMPLATE = "Normal.dotm"


@dataclass(frozen=True)
class TextNode:
    element: object  # a w:t, w:delText or w:instrText element
    start: int       # offsets within the block's text
    end: int


@dataclass(frozen=True)
class ParagraphAddress:
    part: str
    nodes: tuple[TextNode, ...]


@dataclass(frozen=True)
class ValueAddress:
    """An element's text (attr None) or one of its attributes. ``machine``: a name that takes no
    spaces (a bookmark, a form field, a tag): it is read with "_" and camel-case humps as spaces
    ("KacperNowak_DOB" -> "Kacper Nowak DOB") and written back with "_" for spaces."""

    part: str
    element: object
    attr: str | None = None
    machine: bool = False

    def get(self) -> str:
        return (self.element.text or "") if self.attr is None else self.element.get(self.attr, "")

    def set(self, value: str) -> None:
        if self.machine:
            value = value.replace(" ", "_")
        if self.attr is None:
            self.element.text = value
        else:
            self.element.set(self.attr, value)


@dataclass(frozen=True)
class WordOptions:
    revisions: str = "anonymise"   # anonymise | accept
    images: str = "keep"           # keep | placeholder


# -- opening ------------------------------------------------------------------------------------

_DTD_MARKERS = tuple(marker.encode(encoding) for marker in ("<!DOCTYPE", "<!ENTITY")
                     for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"))


def declares_dtd(data: bytes) -> bool:
    """A DTD or entity declaration anywhere in a part, in any encoding XML allows (not only in
    its first bytes, not only in UTF-8)."""
    return any(marker in data for marker in _DTD_MARKERS)


def open_package(path: Path, password_provider=None) -> WordPackage:
    """The package of a .docx, decrypted in memory if it is password protected; or one clear
    InputError saying what is wrong with the file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError.unreadable(path, exc) from None
    read = raw
    if raw[:8] == OLE_MAGIC:
        raw = _decrypt(path, raw, password_provider)
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        raise InputError(f"{path}: not a valid Word file (not a zip package; a renamed file?)")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            unpacked = sum(i.file_size for i in z.infolist())
            names = set(z.namelist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise InputError(f"{path}: refused: it unpacks to {unpacked // 2**20} MB "
                             f"(the limit is {MAX_UNPACKED_BYTES // 2**20} MB)")
        if "word/document.xml" not in names or "[Content_Types].xml" not in names:
            raise InputError(f"{path}: not a valid Word file (no main document part)")
        try:
            package = WordPackage.from_bytes(raw, MAX_UNPACKED_BYTES, MAX_PARTS)
        except PackageTooBig as exc:
            raise InputError(f"{path}: refused: {exc}") from None
        for name in package.names():
            if package.is_xml(name) and declares_dtd(package.data[name]):
                # Word never writes a DTD; entities could hide text from every reader.
                raise InputError(f"{path}: refused: part {name} declares XML entities (a DTD), "
                                 "which Word never writes")
        package.xml("word/document.xml")
        package.read_bytes = read  # exactly the bytes that were read (encrypted, if they were)
        return package
    except InputError:
        raise
    except (zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, ValueError, OSError) as exc:
        raise InputError(f"{path}: not a valid Word file: damaged ({type(exc).__name__})") from None


def _decrypt(path: Path, raw: bytes, password_provider) -> bytes:
    import msoffcrypto
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(raw))
        encrypted = office.is_encrypted()
    except Exception:
        encrypted = False
    if not encrypted:
        raise InputError(f"{path}: not a valid Word file: it is a legacy .doc saved with a .docx "
                         "name; save it as .docx and try again")
    password = password_provider(path) if password_provider else None
    if not password:
        raise InputError(f"{path}: password protected; run redactor on a terminal to be asked for "
                         "the password, or save an unprotected copy")
    out = io.BytesIO()
    try:
        office.load_key(password=password)
        office.decrypt(out)
    except Exception:
        raise InputError(f"{path}: the password did not open it") from None
    return out.getvalue()


# -- reading --------------------------------------------------------------------------------------

class _Builder:
    """Collects blocks of text and the findings that are PERSON by position."""

    def __init__(self):
        self.texts: list[str] = []
        self.blocks: list[Block] = []
        self.forced: list[Finding] = []
        self.protected: list[tuple[int, int]] = []  # spans never to be replaced
        self.pos = 0

    def add(self, text: str, address, person: bool = False, how: str = "",
            field: bool = False, sep: str = PARAGRAPH_SEPARATOR) -> bool:
        """``field``: the text is a field instruction, whose keyword and switches are machine
        words (``HYPERLINK``, ``\\* MERGEFORMAT``) that must never be replaced. ``sep``: what
        stands between the block before and this one (a tab between a table row's cells).
        Returns whether a block was added (blank text is not)."""
        if not text.strip():
            return False
        if self.texts:
            self.texts.append(sep)
            self.pos += len(sep)
        block = Block(self.pos, self.pos + len(text), address)
        self.blocks.append(block)
        self.texts.append(text)
        if field:
            self.protected.extend((block.start + s, block.start + e) for s, e in field_machine_words(text))
        if person:
            lead = len(text) - len(text.lstrip())
            self.forced.append(Finding(PERSON, block.start + lead, block.start + len(text.rstrip()),
                                       1.0, f"docx:{how}"))
        self.pos += len(text)
        return True


def read_docx(path: Path, options: WordOptions = WordOptions(), password_provider=None) -> Document:
    package = open_package(path, password_provider)
    if options.revisions == "accept":
        accept_revisions(package)
    scrub_package(package)
    builder = _Builder()
    # A signer's names are read (so their other mentions are found and the leak check knows
    # them), then the signatures themselves are dropped.
    for signer in signer_names(package):
        builder.add(signer, None, person=True, how="signature")
    signatures = drop_signatures(package)
    unknown: list[str] = []
    for name in package.names():
        if not package.is_xml(name) or name == "[Content_Types].xml":
            continue
        try:
            root = package.xml(name)
        except etree.XMLSyntaxError:
            raise InputError(f"{path}: not a valid Word file: damaged part {name}") from None
        if drop_comments(root):
            package.touch(name)
        # A part is read by what it is (its root element), not by its name: a second
        # core-properties part ("docProps/core2.xml") is read like the first.
        kind = etree.QName(root).namespace if isinstance(root.tag, str) else None
        if name.endswith(".rels"):
            _read_relationships(builder, name, root)
        elif kind in (NS["cp"], NS["ep"]):
            _read_properties(builder, name, root, lambda el: el.tag in PERSON_PROPERTIES,
                             only=TEXT_PROPERTIES)
        elif kind == CUSTOM_PROPERTIES:
            _read_properties(builder, name, root, lambda el: False)
        elif name.startswith("customXml/"):
            _read_properties(builder, name, root,
                             lambda el: bool(PERSON_LOCAL_NAMES.search(etree.QName(el).localname)))
        elif name.startswith("word/") or kind == NS["w"]:
            _read_wordprocessing(builder, name, root)
        else:  # a part this reader does not know: every text read, and listed for a human
            _read_properties(builder, name, root, lambda el: False)
            unknown.append(name)
    images = [n for n in package.names() if n.startswith("word/media/")]
    # Embedded files (spreadsheets, other documents, OLE objects) are not opened: listed for a human.
    embedded = [n for n in package.names() if n.startswith("word/embeddings/")]
    if options.images == "placeholder":
        for name in images:
            package.replace_bytes(name, placeholder_image(name))
    return Document(path=str(path), kind="docx", text="".join(builder.texts),
                    blocks=builder.blocks, source=package, read_bytes=package.read_bytes,
                    extras={"forced": builder.forced, "protected": builder.protected,
                            "images": images, "embedded": embedded, "unknown_parts": unknown,
                            "signatures": signatures,
                            "image_policy": options.images})


def paragraph_views(p) -> list[tuple[str, tuple[TextNode, ...]]]:
    """(text, nodes) of a paragraph's own current text, deleted text and field codes."""
    views = {"current": ([], []), "deleted": ([], []), "field": ([], [])}
    positions = {"current": 0, "deleted": 0, "field": 0}
    last = None  # the view of the text read just before
    for el in p.iter(W_T, W_TAB, W_BR, W_CR, W_NB_HYPHEN, W_DEL_TEXT, W_INSTR, W_DEL_INSTR):
        if _owning_paragraph(el) is not p:
            continue
        if el.tag == W_DEL_TEXT and last not in (None, "deleted") and views["deleted"][0]:
            # (a deletion apart from the one before, current text between them, as Word shows it:
            # "15 December 2025" then "17 December 2025" never read as "202517", each on a line of
            # its own, so that no phrase runs from one into the next)
            views["deleted"][0].append("\n")
            positions["deleted"] += 1
        if el.tag == W_DEL_TEXT:
            view, value, editable = "deleted", el.text or "", True
        elif el.tag in (W_INSTR, W_DEL_INSTR):
            view, value, editable = "field", el.text or "", True
        elif el.tag == W_T:
            view, value, editable = "current", el.text or "", True
        else:
            view, editable = "current", False
            value = "\t" if el.tag == W_TAB else "-" if el.tag == W_NB_HYPHEN else "\n"
        last = view
        pieces, nodes = views[view]
        start = positions[view]
        if editable:
            nodes.append(TextNode(el, start, start + len(value)))
        pieces.append(value)
        positions[view] = start + len(value)
    return [("".join(pieces), tuple(nodes)) for pieces, nodes in views.values() if nodes]


def _owning_paragraph(el):
    parent = el.getparent()
    while parent is not None and parent.tag != W_P:
        parent = parent.getparent()
    return parent


def _cell_of(p):
    """(row, column, cells of the row) when ``p`` is the first paragraph with text of a table
    cell (inside content controls too), else None."""
    cell = p.getparent()
    while cell is not None and etree.QName(cell).localname in ("sdt", "sdtContent", "customXml"):
        cell = cell.getparent()
    if cell is None or cell.tag != W_TC or cell.getparent() is None or cell.getparent().tag != W_TR:
        return None
    for other in cell.iter(W_P):
        if other is p:
            break
        if _has_text(other):
            return None
    cells = cell.getparent().findall(W_TC)
    return cell.getparent(), cells.index(cell), cells


def _has_text(el) -> bool:
    return any((t.text or "").strip() for t in el.iter(W_T))


def _read_wordprocessing(builder: _Builder, name: str, root) -> None:
    user_styles = _user_styles(root)
    # A table row whose cells hold one line each is read as one line, its cells separated by
    # tabs (an empty cell too), as a text export's row is: the column reader then reads the
    # cells under a "Staff" or "Initials" header as names, and a label's cell runs into its
    # value's. ``row``: (row, column) of the last block added, while that row is one line.
    row = None
    for p in root.iter(W_P):
        views = paragraph_views(p)
        for i, (text, nodes) in enumerate(views):
            sep, joins = PARAGRAPH_SEPARATOR, False
            place = _cell_of(p) if i == 0 and nodes[0].element.tag == W_T else None
            if place is not None and not re.search(r"[\t\n]", text.strip()):
                tr, col, cells = place
                if row is not None and row[0] is tr and col > row[1]:
                    sep, joins = "\t" * (col - row[1]), True
                elif not any(_has_text(c) for c in cells[:col]):
                    sep, joins = PARAGRAPH_SEPARATOR + "\t" * col, True
            if not sep.startswith("\t") and row is not None and row[1] < row[2] - 1:
                sep = "\t" * (row[2] - 1 - row[1]) + sep  # the row before ended in empty cells
            if builder.add(text, ParagraphAddress(name, nodes),
                           field=nodes[0].element.tag == W_INSTR, sep=sep):
                row = (place[0], place[1], len(place[2])) if joins else None
    for el in root.iter(*DRAWING_TEXT):
        builder.add(el.text or "", ValueAddress(name, el))
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in PERSON_ATTRS:
            value = el.get(attr)
            if value:
                builder.add(value, ValueAddress(name, el, attr), person=True,
                            how=etree.QName(attr).localname)
        attrs = list(TEXT_ATTRS.get(el.tag, ()))
        owner = etree.QName(el.getparent()).localname if el.getparent() is not None else None
        if el.tag == FORM_FIELD_NAME and owner == "ffData":
            attrs.append(q("w:val"))
        if el.tag in (FORM_FIELD_NAME, W_ALIASES) and owner == "style" and el.get(q("w:val")) \
                and el.getparent() in user_styles:  # a built-in style's name is Word's own
            builder.add(el.get(q("w:val")), ValueAddress(name, el, q("w:val")))  # shown by Word
        if etree.QName(el).localname in DESCRIBED_ELEMENTS:
            attrs += [a for a in el.attrib if etree.QName(a).localname in DESCRIPTIVE_ATTRS]
        for attr in attrs:
            value = el.get(attr)
            if value and (el.tag, attr) in MACHINE_ATTRS:
                builder.add(machine_words(value), ValueAddress(name, el, attr, machine=True))
            elif value:
                builder.add(value, ValueAddress(name, el, attr), field=attr == W_INSTR_ATTR)


# A field instruction: its keyword, then switches ("\h", "\* MERGEFORMAT", "\@ "d MMMM yyyy"").
_FIELD_KEYWORD = re.compile(r"^\s*([A-Za-z][A-Za-z0-9.=]*)")
_FIELD_SWITCH = re.compile(r'\\[*@#]\s*(?:"[^"]*"|\S+)|\\\S+')


def field_machine_words(instruction: str) -> list[tuple[int, int]]:
    """Spans of a field instruction that are machine words: the keyword and every switch (with
    the format or picture that follows ``\\*``, ``\\@``, ``\\#``). Only the arguments (a
    mailto: target, a merge field's text) may hold personal data and be replaced."""
    spans = []
    keyword = _FIELD_KEYWORD.match(instruction)
    if keyword:
        spans.append(keyword.span(1))
    spans.extend(m.span() for m in _FIELD_SWITCH.finditer(instruction))
    return spans


def machine_words(value: str) -> str:
    """"KacperNowak_DOB" -> "Kacper Nowak DOB" (same words, so detection can see them)."""
    return CAMEL_HUMP.sub(" ", value).replace("_", " ")


def _read_properties(builder: _Builder, name: str, root, is_person, only=None) -> None:
    for el in root.iter():
        if not isinstance(el.tag, str) or len(el) or not (el.text or "").strip():
            continue
        if only is not None and el.tag not in only and (
                el.getparent() is None or el.getparent().tag not in only):
            continue
        person = is_person(el) or (el.getparent() is not None and is_person(el.getparent()))
        builder.add(el.text, ValueAddress(name, el), person=person, how="property")


def _read_relationships(builder: _Builder, name: str, root) -> None:
    for rel in root.iter(q("rel:Relationship")):
        if rel.get("TargetMode") == "External":
            builder.add(rel.get("Target", ""), ValueAddress(name, rel, "Target"))


# -- package clean-up -------------------------------------------------------------------------

def drop_comments(root) -> bool:
    """Remove XML comments and processing instructions, keeping the text that follows them:
    "<w:t>Kac<!-- x -->per</w:t>" must read, and be redacted, as "Kacper". Word writes none."""
    nodes = [n for n in root.iter(etree.Comment, etree.ProcessingInstruction) if n.getparent() is not None]
    for node in nodes:
        parent, tail = node.getparent(), node.tail or ""
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(node)
    return bool(nodes)

def signer_names(package: WordPackage) -> list[str]:
    """The names in the certificates of a digitally signed document (signer and issuer: common
    name, organisation, given name, surname, e-mail, serial number, which can be a national ID)."""
    from cryptography import x509
    names: list[str] = []
    for part in package.names():
        if not part.startswith("_xmlsignatures/") or not package.is_xml(part):
            continue
        try:
            root = package.xml(part)
        except etree.XMLSyntaxError:
            continue
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            local = etree.QName(el).localname
            if local in ("X509SubjectName", "X509IssuerName") and el.text:
                names += [v.split("=", 1)[1].strip() for v in el.text.split(",") if "=" in v]
            elif local == "X509Certificate" and el.text:
                try:
                    cert = x509.load_der_x509_certificate(base64.b64decode("".join(el.text.split())))
                except (ValueError, TypeError):
                    continue
                names += [str(a.value) for who in (cert.subject, cert.issuer) for a in who]
    return list(dict.fromkeys(n for n in names if n.strip()))


def drop_signatures(package: WordPackage) -> list[str]:
    """Remove every digital signature (``_xmlsignatures/``, their relationships and content
    types): its certificate names the signer, and any change makes it invalid anyway."""
    dropped = [n for n in package.names() if n.startswith("_xmlsignatures/")]
    for name in dropped:
        package.drop(name)
        _drop_content_type_override(package, "/" + name)
    for rels in package.names():
        if rels.endswith(".rels"):
            root = package.xml(rels)
            for rel in list(root.iter(q("rel:Relationship"))):
                if "digital-signature" in rel.get("Type", ""):
                    rel.getparent().remove(rel)
                    package.touch(rels)
    return dropped


# Where a style is named by its id: the style's own definition and every reference to it.
STYLE_REFERENCES = frozenset({q("w:pStyle"), q("w:rStyle"), q("w:tblStyle"), q("w:basedOn"),
                              q("w:next"), q("w:link"), q("w:numStyleLink"), q("w:styleLink")})


def _user_styles(root) -> set:
    """The styles of a styles part that a person made: custom ones, less the "Heading 1 Char"
    kind Word makes itself (custom, but linked to a built-in style)."""
    styles = list(root.iter(q("w:style")))
    custom = {s for s in styles if s.get(q("w:customStyle")) in ("1", "true", "on")}
    built_in = {s.get(q("w:styleId")) for s in styles if s not in custom}
    return {s for s in custom if not (s.find(q("w:link")) is not None
                                      and s.find(q("w:link")).get(q("w:val")) in built_in)}


def neutral_style_ids(package: WordPackage) -> None:
    """A style someone made ("Kacper's targets") has an id made from its name; Word never shows
    the id, so every custom style gets a neutral one ("Custom1"...), changed in every part that
    refers to it. Its name, which Word does show, is read and anonymised like text."""
    styles = [n for n in package.names() if package.is_xml(n) and n.startswith("word/")
              and n.rpartition("/")[2].startswith("styles")]
    renamed: dict[str, str] = {}
    for name in styles:
        for style in _user_styles(package.xml(name)):
            old = style.get(q("w:styleId"))
            if old:
                style.set(q("w:styleId"), renamed.setdefault(old, f"Custom{len(renamed) + 1}"))
                package.touch(name)
    if not renamed:
        return
    for name in package.names():
        if not (package.is_xml(name) and name.startswith("word/")):
            continue
        root = package.xml(name)
        for el in root.iter(*STYLE_REFERENCES):
            new = renamed.get(el.get(q("w:val")))
            if new:
                el.set(q("w:val"), new)
                package.touch(name)


def scrub_package(package: WordPackage) -> None:
    """Drop the thumbnail and neutralise the attached template's path (both always), and give
    custom styles neutral ids (``neutral_style_ids``)."""
    neutral_style_ids(package)
    for name in package.names():
        if not name.endswith(".rels"):
            continue
        root = package.xml(name)
        for rel in list(root.iter(q("rel:Relationship"))):
            kind, target = rel.get("Type"), rel.get("Target", "")
            if kind == THUMBNAIL_REL:
                base = part_name_of_rels(name).rpartition("/")[0]
                part = target.lstrip("/") if target.startswith("/") or not base else f"{base}/{target}"
                package.drop(part)
                rel.getparent().remove(rel)
                package.touch(name)
                _drop_content_type_override(package, "/" + part)
            elif kind == TEMPLATE_REL and target != NEUTRAL_TEMPLATE:
                rel.set("Target", NEUTRAL_TEMPLATE)
                package.touch(name)


def _drop_content_type_override(package: WordPackage, part_name: str) -> None:
    root = package.xml("[Content_Types].xml")
    for override in list(root.iter(q("ct:Override"))):
        if override.get("PartName", "").lower() == part_name.lower():
            root.remove(override)
            package.touch("[Content_Types].xml")


REVISION_WRAPPERS = ("w:ins", "w:moveTo")
REVISION_REMOVED = ("w:del", "w:moveFrom", "w:rPrChange", "w:pPrChange", "w:sectPrChange",
                    "w:tblPrChange", "w:tblGridChange", "w:trPrChange", "w:tcPrChange",
                    "w:numberingChange", "w:moveFromRangeStart", "w:moveFromRangeEnd",
                    "w:moveToRangeStart", "w:moveToRangeEnd")


def accept_revisions(package: WordPackage) -> None:
    """Apply tracked changes: keep insertions and moved-to text, drop deletions, moved-from text and
    the records of formatting changes (which carry old formatting and the author)."""
    for name in package.names():
        if not (name.startswith("word/") and package.is_xml(name)) or name.endswith(".rels"):
            continue
        root = package.xml(name)
        changed = False
        for tag in REVISION_REMOVED:
            for el in list(root.iter(q(tag))):
                el.getparent().remove(el)
                changed = True
        for el in list(root.iter(q("w:ins"))):  # a paragraph mark's insertion marker in w:rPr
            if el.getparent().tag == q("w:rPr"):
                el.getparent().remove(el)
                changed = True
        for tag in REVISION_WRAPPERS:
            for el in list(root.iter(q(tag))):
                parent = el.getparent()
                index = parent.index(el)
                for child in list(el):
                    parent.insert(index, child)
                    index += 1
                parent.remove(el)
                changed = True
        if changed:
            package.touch(name)


# -- images ------------------------------------------------------------------------------------

# A 1x1 grey PNG, and a 1x1 grey baseline JPEG: same format as the picture they replace.
_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63686868f80f00040301810aef5ffe0000000049454e44ae426082")
_JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912"
    "130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b0800"
    "01000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002"
    "010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f024"
    "33627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a"
    "737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6"
    "c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9")


def placeholder_image(name: str) -> bytes:
    lower = name.lower()
    if lower.endswith(".png"):
        return _PNG
    if lower.endswith((".jpg", ".jpeg")):
        return _JPEG
    return _PNG  # other formats: Word and LibreOffice sniff the content
