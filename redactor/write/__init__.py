"""Writing: apply replacements to each format, atomically, then check nothing redacted remains.

``write_document(doc, findings, out_path)`` writes next to ``out_path`` under a temporary name,
reads the result back, runs the leak check, and only then renames it into place. A file that fails
the check is removed and ``LeakError`` raised: no output is better than a leaking one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from redactor.errors import OutputError

TEMP_PREFIX = ".redactor-tmp-"


def temp_prefix() -> str:
    """Hidden temporary files carry our process id, so a run can tell its own from ones a
    killed run left behind (``sweep_temporary``)."""
    return f"{TEMP_PREFIX}{os.getpid()}-"


def sweep_temporary(folder: str | Path) -> int:
    """Remove half-written temporary files a killed redactor run left under ``folder``."""
    from redactor.scratch import _alive
    removed = 0
    for path in Path(folder).rglob(TEMP_PREFIX + "*") if Path(folder).is_dir() else ():
        try:
            pid = int(path.name[len(TEMP_PREFIX):].split("-", 1)[0])
        except ValueError:
            continue
        if pid != os.getpid() and not _alive(pid) and path.is_file() and not path.is_symlink():
            path.unlink(missing_ok=True)
            removed += 1
    return removed
from redactor.types import Document, Finding
from redactor.write.leakcheck import check_no_leak


def staging_path(final: Path) -> Path:
    """A hidden name beside ``final`` for a draft that is written and checked but not yet
    named (a killed run's staging files are swept like any temporary file of ours)."""
    import secrets
    return final.with_name(f"{temp_prefix()}stage-{secrets.token_hex(6)}{final.suffix}")


def write_document(doc: Document, findings: list[Finding], out_path: str | Path,
                   allowed_span=None, name: str | None = None) -> None:
    """``allowed_span(text, start, end)``: the detector's allow-list test, so the leak check
    does not count an original standing inside an allow-listed phrase. ``name``: how errors name
    the output (default: ``out_path``'s name)."""
    out_path = Path(out_path)
    shown = out_path.with_name(name) if name else out_path
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(), suffix=out_path.suffix, dir=out_path.parent)
        os.close(fd)
    except OSError as exc:
        raise OutputError.unwritable(shown, exc) from None
    tmp = Path(tmp_name)
    try:
        if doc.kind == "docx":
            from redactor.write.docx import write_docx
            write_docx(doc, findings, tmp)
        else:
            from redactor.write.text import write_text
            write_text(doc, findings, tmp)
        check_no_leak(doc, findings, tmp, shown.name, allowed_span)
        os.replace(tmp, out_path)
    except OSError as exc:
        raise OutputError.unwritable(shown, exc) from None
    finally:
        if tmp.exists():
            tmp.unlink()


def write_atomic_bytes(data: bytes, out_path: str | Path) -> None:
    """Write a small file (e.g. findings JSON) atomically."""
    out_path = Path(out_path)
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(), dir=out_path.parent)
    except OSError as exc:
        raise OutputError.unwritable(out_path, exc) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp_name, out_path)
    except OSError as exc:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise OutputError.unwritable(out_path, exc) from None
