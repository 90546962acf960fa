"""Errors raised by the encrypted workspace.

Messages are one line and never contain a passphrase, document text, a file name
of a stored document or any other stored value: only ids, statuses and user names.
"""

from __future__ import annotations

from redactor.errors import RedactorError


class WrongPassword(RedactorError):
    """The user name and password (or setup code, or old passphrase) do not open this workspace;
    nothing was changed. The message never says which of the two was wrong."""

    code = "R500"


WrongPassphrase = WrongPassword


class WeakPassword(RedactorError):
    """A new password breaks the password rule (too short, blank, common, the user name)."""

    code = "R505"


class WorkspaceError(RedactorError):
    """The workspace cannot be created, opened or used (not a workspace, bad argument)."""

    code = "R510"


class SetupRequired(WorkspaceError):
    """The account has a setup code and no password yet: ``redactor account setup`` first."""

    code = "R515"


class MigrationRequired(WorkspaceError):
    """The workspace still uses one shared passphrase: a lead migrates it once to accounts."""

    code = "R516"


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
