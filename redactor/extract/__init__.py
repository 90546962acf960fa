"""Extraction: turn an input file into a ``Document``: decoded text plus addresses back into the file.

``read_document(path)`` picks the reader by file type. Inputs are only ever read.
"""

from __future__ import annotations

from pathlib import Path

from redactor.errors import InputError
from redactor.types import Document

SUPPORTED = (".txt", ".md", ".docx")
MAX_BYTES = 50 * 1024 * 1024
CONVERT_FIRST = {
    ".doc": "legacy Word .doc", ".rtf": "Rich Text", ".odt": "OpenDocument text",
}


def read_document(path: str | Path, word=None, password_provider=None) -> Document:
    """``word``: WordOptions (revisions, images) for .docx; ``password_provider(path)``: asked for
    the password of a protected Word file (None: such a file fails with a clear error)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docm":
        raise InputError(f"{path}: macro-enabled Word files (.docm) are refused; "
                         "save it as .docx (without macros) first")
    if suffix in CONVERT_FIRST:
        raise InputError(f"{path}: {CONVERT_FIRST[suffix]} files are not read directly; "
                         "save or convert it as .docx first (e.g. soffice --headless --convert-to docx)")
    if suffix not in SUPPORTED:
        raise InputError(f"{path}: unsupported file type '{suffix or '(none)'}' "
                         f"(supported: {', '.join(SUPPORTED)})")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    if size > MAX_BYTES:
        raise InputError(f"{path}: too big ({size // (1024 * 1024)} MB; the limit is "
                         f"{MAX_BYTES // (1024 * 1024)} MB)")
    if suffix == ".docx":
        from redactor.extract.docx import WordOptions, read_docx
        return read_docx(path, word or WordOptions(), password_provider)
    from redactor.extract.text import read_text
    return read_text(path, kind=suffix[1:])
