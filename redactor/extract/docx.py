"""Word (.docx): every paragraph of the body (tables, nested tables, text boxes, content controls
included), headers, footers, footnotes, endnotes and comments, as text with addresses back into the
XML text nodes, so replacements keep each run's formatting.

A paragraph's text is the concatenation of its own runs' ``w:t`` text (tabs and breaks become
``\\t`` and ``\\n``), so a name split over several differently formatted runs is one string here.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import XmlPart
from docx.oxml.ns import qn

from redactor.errors import InputError
from redactor.types import Block, Document

PARAGRAPH_SEPARATOR = "\n\n"
W_P, W_T, W_TAB, W_BR, W_CR = qn("w:p"), qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
W_NB_HYPHEN = qn("w:noBreakHyphen")
TEXT_PART_RELS = (RT.HEADER, RT.FOOTER, RT.FOOTNOTES, RT.ENDNOTES, RT.COMMENTS)


@dataclass(frozen=True)
class TextNode:
    element: object  # the lxml w:t element
    start: int       # offsets within the paragraph's text
    end: int


@dataclass(frozen=True)
class ParagraphAddress:
    part: str                        # part name, e.g. /word/document.xml
    nodes: tuple[TextNode, ...]


def paragraph_text(p) -> tuple[str, tuple[TextNode, ...]]:
    """The text of one w:p, from its own runs only (not from paragraphs nested in text boxes)."""
    pieces, nodes, pos = [], [], 0
    for el in p.iter(W_T, W_TAB, W_BR, W_CR, W_NB_HYPHEN):
        if _owning_paragraph(el) is not p:
            continue
        if el.tag == W_T:
            value = el.text or ""
            nodes.append(TextNode(el, pos, pos + len(value)))
        elif el.tag == W_TAB:
            value = "\t"
        elif el.tag == W_NB_HYPHEN:
            value = "-"
        else:
            value = "\n"
        pieces.append(value)
        pos += len(value)
    return "".join(pieces), tuple(nodes)


def _owning_paragraph(el):
    parent = el.getparent()
    while parent is not None and parent.tag != W_P:
        parent = parent.getparent()
    return parent


def text_parts(document) -> list[XmlPart]:
    """The main document part and every header, footer, footnotes, endnotes and comments part."""
    parts = [document.part]
    seen = {document.part.partname}
    for part in list(parts):
        for rel in part.rels.values():
            if rel.is_external or rel.reltype not in TEXT_PART_RELS:
                continue
            target = rel.target_part
            if isinstance(target, XmlPart) and target.partname not in seen:
                seen.add(target.partname)
                parts.append(target)
    return parts


MAX_UNPACKED_BYTES = 300 * 2**20  # a zip bomb is refused before anything is unpacked
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def open_docx(path: Path):
    """python-docx Document, or one clear InputError saying what is wrong with the file."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head == OLE_MAGIC:
        raise InputError(f"{path}: not a valid Word file: it is password protected or a legacy "
                         ".doc saved with a .docx name")
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path}: not a valid Word file (not a zip package; a renamed file?)")
    try:
        with zipfile.ZipFile(path) as package:
            unpacked = sum(info.file_size for info in package.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise InputError(f"{path}: refused: it unpacks to {unpacked // 2**20} MB "
                             f"(the limit is {MAX_UNPACKED_BYTES // 2**20} MB)")
        return docx.Document(str(path))
    except InputError:
        raise
    except zipfile.BadZipFile:
        raise InputError(f"{path}: not a valid Word file (damaged zip package)") from None
    except (KeyError, ValueError, OSError) as exc:
        raise InputError(f"{path}: not a valid Word file ({type(exc).__name__})") from None
    except Exception as exc:  # lxml and python-docx raise many kinds for damaged files
        raise InputError(f"{path}: not a valid Word file: damaged ({type(exc).__name__})") from None


def read_docx(path: Path) -> Document:
    document = open_docx(path)

    texts, blocks, pos = [], [], 0
    for part in text_parts(document):
        for p in part.element.iter(W_P):
            text, nodes = paragraph_text(p)
            if not text.strip():
                continue
            if texts:
                pos += len(PARAGRAPH_SEPARATOR)
            blocks.append(Block(pos, pos + len(text), ParagraphAddress(str(part.partname), nodes)))
            texts.append(text)
            pos += len(text)
    return Document(path=str(path), kind="docx", text=PARAGRAPH_SEPARATOR.join(texts),
                    blocks=blocks, source=document)
