"""Errors raised by redactor.

Every message names the file and what is wrong, and NEVER contains document text,
a detected value or an original. Each error carries a short code so a message can be
looked up in the README and asserted in tests.
"""

from __future__ import annotations


class RedactorError(Exception):
    """Base class. ``str(err)`` is one line, safe to print and log: a control character in a
    file name (a newline, an escape sequence) is shown escaped, never acted on."""

    code = "R000"

    def __init__(self, message: str):
        super().__init__(f"{self.code}: {one_line(message)}")


def one_line(text: str) -> str:
    """``text`` with every non-printable character escaped ("a\\nb" for a newline)."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


class PipelineError(RedactorError):
    """The pipeline definition (YAML) is missing or invalid."""

    code = "R100"


class ModelError(RedactorError):
    """The spaCy model or a model data file cannot be loaded."""

    code = "R110"


class InputError(RedactorError):
    """An input file cannot be read (unsupported type, corrupt, undecodable, too big)."""

    code = "R200"

    @classmethod
    def unreadable(cls, path, exc: OSError) -> InputError:
        return cls(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})")


class OutputError(RedactorError):
    """An output cannot be written (would overwrite an input, disk error)."""

    code = "R300"

    @classmethod
    def unwritable(cls, path, exc: OSError) -> OutputError:
        return cls(f"{path}: cannot be written ({exc.strerror or type(exc).__name__})")


class LeakError(RedactorError):
    """The written output still contains a redacted original: the output is discarded."""

    code = "R400"


class InternalError(RedactorError):
    """Something unexpected went wrong with one file (a bug): the batch goes on."""

    code = "R900"
