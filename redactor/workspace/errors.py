"""Errors raised by the encrypted workspace.

Messages are one line and never contain a passphrase, document text, a file name
of a stored document or any other stored value: only ids, statuses and user names.
"""

from __future__ import annotations

from redactor.errors import RedactorError


class WrongPassphrase(RedactorError):
    """The passphrase does not open this workspace (nothing was changed)."""

    code = "R500"


class WorkspaceError(RedactorError):
    """The workspace cannot be created, opened or used (not a workspace, bad argument)."""

    code = "R510"


class AccessDenied(WorkspaceError):
    """The user may not perform this action (unknown user, wrong role, four-eyes rule)."""

    code = "R520"


class InvalidTransition(WorkspaceError):
    """The requested status change is not allowed from the document's current status."""

    code = "R530"


class NotFound(WorkspaceError):
    """No such document, or its stored content has been purged."""

    code = "R540"


class Tampered(WorkspaceError):
    """A stored encrypted value failed authentication (edited or moved to another row)."""

    code = "R550"
