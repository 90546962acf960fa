"""Errors raised by redactor.

Every message names the file and what is wrong, and NEVER contains document text,
a detected value or an original. Each error carries a short code so a message can be
looked up in the README and asserted in tests.
"""


class RedactorError(Exception):
    """Base class. ``str(err)`` is one line, safe to print and log."""

    code = "R000"

    def __init__(self, message: str):
        super().__init__(f"{self.code}: {message}")


class PipelineError(RedactorError):
    """The pipeline definition (YAML) is missing or invalid."""

    code = "R100"


class ModelError(RedactorError):
    """The spaCy model or a model data file cannot be loaded."""

    code = "R110"


class InputError(RedactorError):
    """An input file cannot be read (unsupported type, corrupt, undecodable, too big)."""

    code = "R200"


class OutputError(RedactorError):
    """An output cannot be written (would overwrite an input, disk error)."""

    code = "R300"


class LeakError(RedactorError):
    """The written output still contains a redacted original: the output is discarded."""

    code = "R400"
