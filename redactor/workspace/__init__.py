"""Encrypted review-and-release workspace (library API; the CLI is wired separately)."""

from redactor.workspace.crypto import ScryptParams
from redactor.workspace.errors import (
    AccessDenied,
    InvalidTransition,
    NotFound,
    Tampered,
    WorkspaceError,
    WrongPassphrase,
)
from redactor.workspace.schema import MIGRATIONS
from redactor.workspace.store import Workspace

__all__ = [
    "MIGRATIONS",
    "AccessDenied",
    "InvalidTransition",
    "NotFound",
    "ScryptParams",
    "Tampered",
    "Workspace",
    "WorkspaceError",
    "WrongPassphrase",
]
