"""A .docx as a zip of parts, read and written without touching what redaction does not change.

python-docx re-serialises every XML part it has loaded when it saves, and does not load every part
(glossary, custom XML, people.xml stay opaque blobs). Redaction must reach every part and leave the
untouched ones byte-identical, so the package is handled here with zipfile and lxml (python-docx's own
foundation): parts are parsed on first use, and only parts marked changed are serialised again.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

XML_TYPES = (".xml", ".rels")
# lxml's safe defaults plus no network and no entity expansion: a hostile file gets nothing.
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                         remove_blank_text=False)


CHUNK = 1 << 20


class PackageTooBig(ValueError):
    """A package past the reader's limits (refused while it was being unpacked)."""


@dataclass
class WordPackage:
    """The parts of one Word file, by zip name ("word/document.xml")."""

    infos: list[zipfile.ZipInfo]
    data: dict[str, bytes]
    trees: dict[str, etree._Element] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)
    dropped: set[str] = field(default_factory=set)
    replaced: dict[str, bytes] = field(default_factory=dict)  # non-XML parts given new bytes
    read_bytes: bytes | None = None  # the file exactly as it was read

    @classmethod
    def from_bytes(cls, raw: bytes, max_bytes: int | None = None,
                   max_parts: int | None = None) -> "WordPackage":
        """Unpack every part. With limits, reading stops while inflating, the moment the bytes
        actually produced (not what the zip's directory claims) or the number of parts pass
        them (``PackageTooBig``)."""
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            infos = [i for i in z.infolist() if not i.is_dir()]
            if max_parts is not None and len(infos) > max_parts:
                raise PackageTooBig(f"it has {len(infos)} parts (the limit is {max_parts})")
            data, total = {}, 0
            for info in infos:
                chunks = []
                with z.open(info) as member:
                    while chunk := member.read(CHUNK):
                        total += len(chunk)
                        if max_bytes is not None and total > max_bytes:
                            raise PackageTooBig(f"it unpacks to more than {max_bytes // 2**20} MB")
                        chunks.append(chunk)
                data[info.filename] = b"".join(chunks)
        return cls(infos=infos, data=data)

    def names(self) -> list[str]:
        return [i.filename for i in self.infos if i.filename not in self.dropped]

    def is_xml(self, name: str) -> bool:
        return name.lower().endswith(XML_TYPES) and name not in self.dropped

    def xml(self, name: str) -> etree._Element:
        """The parsed root of an XML part (parsed once)."""
        if name not in self.trees:
            self.trees[name] = etree.fromstring(self.data[name], PARSER)
        return self.trees[name]

    def touch(self, name: str) -> None:
        self.changed.add(name)

    def drop(self, name: str) -> None:
        self.dropped.add(name)

    def replace_bytes(self, name: str, blob: bytes) -> None:
        self.replaced[name] = blob

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
            for info in self.infos:
                name = info.filename
                if name in self.dropped:
                    continue
                if name in self.changed:
                    blob = etree.tostring(self.trees[name], xml_declaration=True, encoding="UTF-8",
                                          standalone=True)
                else:
                    blob = self.replaced.get(name, self.data[name])
                new = zipfile.ZipInfo(name, date_time=info.date_time)
                new.compress_type = zipfile.ZIP_DEFLATED
                new.external_attr = info.external_attr
                z.writestr(new, blob)
        return out.getvalue()

    def save(self, path: Path) -> None:
        path.write_bytes(self.to_bytes())


def part_name_of_rels(rels_name: str) -> str:
    """"word/_rels/document.xml.rels" -> "word/document.xml"; "_rels/.rels" -> ""."""
    folder, _, file = rels_name.rpartition("_rels/")
    return folder + file[: -len(".rels")]


def rels_name_of(part: str) -> str:
    folder, _, file = part.rpartition("/")
    return f"{folder + '/' if folder else ''}_rels/{file}.rels"


# Machine vocabularies are not text: font and theme names, language tags, relationship and
# content types, URI schemes. An ordinary word wrongly redacted in the body that is also a font
# name ("Georgia") must not make the leak check refuse the file.
MACHINE_PARTS = re.compile(r"^(?:\[Content_Types\]\.xml|word/fontTable\.xml|word/theme/.*)$")
MACHINE_ATTRIBUTES = frozenset({
    "ascii", "hAnsi", "eastAsia", "cs", "asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme",
    "typeface", "panose", "pitchFamily", "charset", "bidi", "Type", "ContentType", "Extension",
    "PartName", "TargetMode", "lang"})
LANGUAGE_ELEMENTS = frozenset({"lang"})  # w:lang/@w:val is a language tag
URI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?://)?")


def package_text(package: WordPackage) -> str:
    """Every text node and every attribute value of every XML part (relationship targets
    included, without their URI scheme), one a line, leaving out machine vocabularies: what
    the leak check searches."""
    from lxml import etree as _etree
    out = []
    for name in package.names():
        if not package.is_xml(name) or MACHINE_PARTS.match(name):
            continue
        try:
            root = package.xml(name)
        except _etree.XMLSyntaxError:
            continue
        for el in root.iter():
            if isinstance(el.tag, str):
                if el.text and el.text.strip():
                    out.append(el.text)
                local = _etree.QName(el).localname
                for attr, value in el.attrib.items():
                    key = _etree.QName(attr).localname
                    if not value.strip() or key in MACHINE_ATTRIBUTES or (
                            local in LANGUAGE_ELEMENTS and key == "val"):
                        continue
                    out.append(URI_SCHEME.sub("", value) if key == "Target" else value)
            if el.tail and el.tail.strip():
                out.append(el.tail)
    return "\n".join(out)
