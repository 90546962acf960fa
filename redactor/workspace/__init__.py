"""Encrypted review-and-release workspace with accounts (library API; the CLI is wired separately)."""

from redactor.workspace.errors import (
    AccessDenied,
    InvalidTransition,
    MigrationRequired,
    NotFound,
    SetupRequired,
    Tampered,
    WeakPassword,
    WorkspaceError,
    WrongPassphrase,
    WrongPassword,
)
from redactor.workspace.schema import MIGRATIONS
from redactor.workspace.slots import KdfParams
from redactor.workspace.store import Workspace

__all__ = [
    "MIGRATIONS",
    "AccessDenied",
    "InvalidTransition",
    "KdfParams",
    "MigrationRequired",
    "NotFound",
    "SetupRequired",
    "Tampered",
    "WeakPassword",
    "Workspace",
    "WorkspaceError",
    "WrongPassphrase",
    "WrongPassword",
]
