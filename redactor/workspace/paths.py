"""The workspace folder and database file, created private on first use."""

from __future__ import annotations

import fcntl
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DEFAULT_FOLDER = Path("redactor-workspace")
DB_NAME = "workspace.db"
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def db_path(folder: str | os.PathLike[str] | None) -> Path:
    """The database file inside ``folder`` (default ``./redactor-workspace``)."""
    return Path(folder if folder is not None else DEFAULT_FOLDER) / DB_NAME


@contextmanager
def creation_lock(db: Path) -> Iterator[None]:
    """Held while a workspace is created: a second process starting at the same moment waits,
    then finds the workspace made and opens it (instead of creating it twice)."""
    db.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    os.chmod(db.parent, FOLDER_MODE)
    fd = os.open(db.parent, os.O_RDONLY)  # the folder itself is the lock: no extra file in it
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def create_private(db: Path) -> None:
    """Create the folder (0700) and an empty database file (0600); fail if it exists."""
    db.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    os.chmod(db.parent, FOLDER_MODE)
    fd = os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    os.chmod(db, FILE_MODE)


def tighten(db: Path) -> None:
    """Reset the folder to 0700 and the database and its SQLite side files to 0600.

    Called after a successful open. Other files in the folder are left alone.
    """
    os.chmod(db.parent, FOLDER_MODE)
    for suffix in ("", "-journal", "-wal", "-shm"):
        path = db.with_name(db.name + suffix)
        if path.is_file() and not path.is_symlink() and stat.S_IMODE(path.stat().st_mode) != FILE_MODE:
            os.chmod(path, FILE_MODE)
