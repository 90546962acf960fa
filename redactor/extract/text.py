"""Plain text and Markdown: decode whatever encoding the file came in, keep its line endings.

Markdown is treated as text: the markup stays where it is and only identifiers change.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from redactor.errors import InputError
from redactor.types import Block, Document

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
ASCII = frozenset(range(128))
# cp1252's typographic bytes: the euro, an ellipsis, curly quotes, dashes, a bullet, the trade
# mark, a no-break space, the pound, the copyright, guillemets, a degree, a half
WINDOWS_PUNCTUATION = frozenset({0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99,
                                 0xA0, 0xA3, 0xA9, 0xAB, 0xB0, 0xBB, 0xBD})
# ... and the accented letters of Western names (0xC0-0xFF but the signs for times and divide),
# which sit beside those quotes in a Windows file: "Siân", "Zoë", "José"
WESTERN_LETTERS = frozenset(range(0xC0, 0x100)) - {0xD7, 0xF7}


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 (with or without BOM), UTF-16 with BOM, else detected
    (in practice cp1252 from older Windows editors)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise InputError(f"{path}: starts with a {encoding} byte-order mark but "
                                 "is not valid text in that encoding") from None
    if b"\x00" in data:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    high = set(data) - ASCII
    if high <= WINDOWS_PUNCTUATION or high <= WINDOWS_PUNCTUATION | WESTERN_LETTERS and high & set(range(0x80, 0xA0)):
        return data.decode("cp1252"), "cp1252"  # only a Windows editor's quotes and dashes: no guess
        # (a detector reads so few such bytes as DOS Central European: "Millardĺs", "SaLT ľ Kath",
        # "SiÔn"); its bytes 0x80-0x9F are quotes and dashes in cp1252 alone, so a file with one
        # and Western letters besides is cp1252 too
    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in ("ascii", "utf_8"):
        encoding = "cp1252"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"{path}: cannot tell which text encoding it uses "
                         "(save it as UTF-8 and try again)") from None


def read_text(path: Path, kind: str = "txt") -> Document:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError.unreadable(path, exc) from None
    text, encoding = decode(data, path)
    return Document(path=str(path), kind=kind, text=text, blocks=[Block(0, len(text))],
                    encoding=encoding, read_bytes=data)
