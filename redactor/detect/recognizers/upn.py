"""UPN (Unique Pupil Number) recognizer: check letter, LA code and nine more characters."""

from __future__ import annotations


from presidio_analyzer import Pattern
from stdnum.gb import upn

from redactor.detect.recognizers._checked import CheckedPatternRecognizer
from redactor.types import UPN


class UpnRecognizer(CheckedPatternRecognizer):
    """Recognize English Unique Pupil Numbers, e.g. a Rotherham (LA 372) pupil's UPN.

    Shape: check letter, 3-digit LA code, 4-digit DfE establishment number, 2-digit year,
    3-character serial (a temporary UPN ends in a letter). Validated with python-stdnum
    ``gb.upn`` (check letter and known LA code); a failing one is kept with a lower score.
    """

    ENTITY = UPN
    PATTERNS = [
        Pattern(
            "UPN (13 characters)",
            # (a scan may part its last digit: "A33246150291 7")
            r"(?<![\w/-])[A-Z] ?\d{3} ?\d{4} ?\d{2} ?\d{2}(?:[0-9A-Z]| [0-9])(?![\w/]|-\w)",
            0.5,
        ),
    ]
    CONTEXT = ["upn", "unique pupil number", "pupil number"]
    CUES = r"\bUPN\b|(?:pupil|school)\s+(?:no|number|ref)"
    VALID_SCORE = 0.95
    # a letter and twelve digits is no ordinary word or number: one whose check letter is wrong
    # (mistyped, misread by OCR) still identifies a child
    UNCHECKED_SCORE = 0.45


    def validate_result(self, pattern_text: str) -> bool:
        """Check letter and LA code (python-stdnum ``gb.upn``)."""
        return upn.is_valid(pattern_text)
