"""NHS number recognizer: 10 digits written 3-3-4 (spaces, hyphens or none), modulus-11 checked."""

from __future__ import annotations


from presidio_analyzer import Pattern
from stdnum.gb import nhs

from redactor.detect.recognizers._checked import (
    DIGITS_AFTER,
    DIGITS_BEFORE,
    CheckedPatternRecognizer,
)
from redactor.types import NHS_NUMBER

_SEP = r"[ \u00a0-]?"


class NhsNumberRecognizer(CheckedPatternRecognizer):
    """Recognize NHS numbers (England, Wales, Isle of Man).

    A number passing the modulus-11 check scores high; one failing it is kept (lower score)
    only when "NHS" stands just before it, since a mistyped real number still identifies.
    """

    ENTITY = NHS_NUMBER
    PATTERNS = [
        Pattern(
            "NHS number (3-3-4)",
            rf"{DIGITS_BEFORE}\d{{3}}{_SEP}\d{{3}}{_SEP}\d{{4}}{DIGITS_AFTER}",
            0.5,
        ),
    ]
    CONTEXT = ["nhs", "nhs number", "nhs no", "national health service"]
    CUES = r"\bNHS\b|national\s+health\s+service"
    RIVAL_CUES = r"\bULN\b|\bUPN\b|learner\s+(?:no|number)|pupil\s+(?:no|number)|\bcase\b|\bref\b"
    VALID_SCORE = 0.85


    def validate_result(self, pattern_text: str) -> bool:
        """Modulus-11 check digit (python-stdnum ``gb.nhs``)."""
        return nhs.is_valid(pattern_text.replace("\u00a0", " "))
