"""Extraction: turn an input file into a ``Document``: decoded text plus addresses back into the file.

``read_document(path)`` picks the reader by file type. Inputs are only ever read.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from redactor.errors import InputError
from redactor.types import Document

SUPPORTED = (".txt", ".md", ".csv", ".tsv", ".docx")  # a .csv or .tsv is text: a database or spreadsheet export
CONVERT_TIMEOUT_S = 120
MAX_BYTES = 50 * 1024 * 1024
# The most text one document may hold: as many characters as the byte limit, so any text file
# under 50 MB is read whole (detection reads it in windows; time and memory grow linearly:
# benchmarks/long.py). A Word file's text is bounded by its unpacked size.
MAX_TEXT_CHARS = MAX_BYTES
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
        return _converted(path, suffix, word, password_provider)
    if suffix not in SUPPORTED:
        raise InputError(f"{path}: unsupported file type '{suffix or '(none)'}' "
                         f"(supported: {', '.join(SUPPORTED)})")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError.unreadable(path, exc) from None
    if size > MAX_BYTES:
        raise InputError(f"{path}: too big ({size // (1024 * 1024)} MB; the limit is "
                         f"{MAX_BYTES // (1024 * 1024)} MB)")
    if suffix == ".docx":
        from redactor.extract.docx import WordOptions, read_docx
        return read_docx(path, word or WordOptions(), password_provider)
    from redactor.extract.text import read_text
    return read_text(path, kind=suffix[1:])


def converter() -> str | None:
    """LibreOffice's command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _converted(path: Path, suffix: str, word, password_provider) -> Document:
    """A legacy .doc, .rtf or .odt converted to .docx by LibreOffice in a private temporary
    folder, then read like any Word file (the output is a .docx)."""
    soffice = converter()
    if not soffice:
        raise InputError(f"{path}: {CONVERT_FIRST[suffix]} files need LibreOffice to convert them, "
                         "and it is not installed; install it (Debian: libreoffice-writer-nogui) or "
                         "save the file as .docx")
    from redactor.extract.docx import WordOptions, read_docx
    from redactor.scratch import child_env, scratch_dir
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError.unreadable(path, exc) from None
    with scratch_dir() as tmp:
        profile = tmp / "profile"
        copy = tmp / "in" / path.name  # converted from exactly the bytes read (and recorded)
        copy.parent.mkdir()
        copy.write_bytes(data)
        try:
            # No secret of ours (passphrase, password) reaches LibreOffice's environment.
            subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "docx", "--outdir", str(tmp), str(copy)],
                           check=True, capture_output=True, timeout=CONVERT_TIMEOUT_S,
                           env=child_env(tmp))
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError):
            raise InputError(f"{path}: LibreOffice could not convert it to .docx") from None
        converted = Path(tmp) / (path.stem + ".docx")
        if not converted.is_file():
            raise InputError(f"{path}: LibreOffice could not convert it to .docx")
        doc = read_docx(converted, word or WordOptions(), password_provider)
    doc.path = str(path)
    doc.read_bytes = data
    return doc
