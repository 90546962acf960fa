"""National Insurance number recognizer: two prefix letters, six digits, suffix A-D."""

from __future__ import annotations


import regex as re
from presidio_analyzer import Pattern

from redactor.detect.recognizers._checked import CheckedPatternRecognizer
from redactor.types import NI_NUMBER

_SEP = r"[ \u00a0-]?"
# HMRC rules: neither letter is D, F, I, Q, U or V; the second is not O; some pairs unused.
_VALID = re.compile(
    r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]"
)


class NiNumberRecognizer(CheckedPatternRecognizer):
    """Recognize UK National Insurance numbers (NINO), spaced ("QQ 12 34 56 C") or not.

    python-stdnum has no NINO module, so validity is the HMRC prefix/suffix rule, in capitals.
    A NINO-shaped value breaking the rule (or missing the suffix, or in lower case) is kept
    only after a cue such as "NI number" or "National Insurance".
    """

    ENTITY = NI_NUMBER
    PATTERNS = [
        Pattern(
            "NINO shape",
            rf"(?<![\w/-])[A-Z]{{2}}{_SEP}\d{{2}}{_SEP}\d{{2}}{_SEP}\d{{2}}(?:{_SEP}[A-Z])?"
            r"(?![\w/]|-\w)",
            0.5,
        ),
    ]
    CONTEXT = ["national insurance", "ni number", "ni no", "nino", "nin"]
    # (or "NI" in capitals just before the number: "ULN 4829176350, NI QQ482791B")
    CUES = r"national\s+insurance|\bN\.?I\.?\s*(?:no|number|num|#)|\bNINO\b|\bNI\s*:|(?-i:\bNI)[ \t]+$"
    VALID_SCORE = 0.9


    def validate_result(self, pattern_text: str) -> bool:
        """Valid prefix letters and an A-D suffix, written in capitals."""
        compact = re.sub(r"[\s-]", "", pattern_text)
        return _VALID.fullmatch(compact) is not None
