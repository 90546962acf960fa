"""Private scratch space for the few steps that need a file path: a stored original read back
for review, a release rebuilt before it is checked, a legacy file converted by LibreOffice.

The folder is on a RAM-backed filesystem when there is one (``/dev/shm``), so an original never
reaches a disk; ``$REDACTOR_SCRATCH`` names another place (a site without one, or the tests). It
is readable by its owner only (0700), named after the process, removed in ``finally``, and swept by
the next redactor process if this one was killed before it could remove it.

Child processes (LibreOffice) get ``child_env()``: a few locale and path variables and nothing
else, never a password, passphrase or token from this process's environment.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PREFIX = "redactor-scratch-"
RAM = Path("/dev/shm")
_CHILD_VARS = ("PATH", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "TZ", "SYSTEMROOT")


def base() -> Path:
    configured = os.environ.get("REDACTOR_SCRATCH")
    if configured:
        return Path(configured)
    if RAM.is_dir() and os.access(RAM, os.W_OK | os.X_OK):
        return RAM
    return Path(tempfile.gettempdir())


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def sweep() -> int:
    """Remove scratch folders left by redactor processes that no longer run (killed); return how
    many. Only this user's folders are touched."""
    removed = 0
    try:
        entries = list(base().glob(PREFIX + "*"))
    except OSError:
        return 0
    for path in entries:
        try:
            pid = int(path.name[len(PREFIX):].split("-", 1)[0])
            if pid == os.getpid() or _alive(pid) or path.stat().st_uid != os.getuid():
                continue
        except (ValueError, OSError):
            continue
        shutil.rmtree(path, ignore_errors=True)
        removed += 1
    return removed


@contextmanager
def scratch_dir() -> Iterator[Path]:
    """A private folder, removed when the block ends however it ends."""
    sweep()
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base()))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def child_env(home: Path) -> dict[str, str]:
    """The environment for a child process: locale and PATH only, HOME in scratch space."""
    env = {k: os.environ[k] for k in _CHILD_VARS if k in os.environ}
    env["HOME"] = str(home)
    env["TMPDIR"] = str(home)
    return env


__all__ = ["base", "child_env", "scratch_dir", "sweep"]
