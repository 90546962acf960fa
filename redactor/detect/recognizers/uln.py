"""ULN (Unique Learner Number) recognizer: 10 digits with a modulus-11 check digit."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from redactor.detect.recognizers._checked import (
    DIGITS_AFTER,
    DIGITS_BEFORE,
    CheckedPatternRecognizer,
)
from redactor.detect.recognizers.base import make_result
from redactor.detect.recognizers.nhs_number import SPOKEN
from redactor.detect.recognizers.uk_phone import spoken_run
from redactor.types import ULN

# a learner's number read out on a call after it was named ("my ULN is on my letter, it's four oh
# two nine ..."): ten digits that pass the check, said within 200 characters of its name
ULN_SAID_BEFORE = re.compile(r"(?i)\bULN\b|\blearner[ \t]+(?:no|number)\b")



def is_valid_uln(number: str) -> bool:
    """Check a ULN's check digit (DfE/LRS "ULN validation" rule, as in ILR rule ULN_04).

    Multiply the first nine digits by the weights 10, 9, ..., 2 and take the sum modulo 11.
    A remainder of 0 can never be issued; otherwise the tenth digit must be 10 - remainder.
    Example: for the first nine digits 100000004 the sum is 1*10 + 4*2 = 18, the remainder 7,
    so the check digit is 3 and 1000000043 is valid.
    """
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) != 10 or not digits.isascii():
        return False
    remainder = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1))) % 11
    return remainder != 0 and int(digits[9]) == 10 - remainder


class UlnRecognizer(CheckedPatternRecognizer):
    """Recognize Unique Learner Numbers (learners aged 14+ in English education and training).

    A number passing the check digit scores high; one failing it is kept (lower score) only
    when "ULN" or "learner number" stands just before it.
    """

    ENTITY = ULN
    PATTERNS = [
        Pattern(
            "ULN (10 digits)",
            rf"{DIGITS_BEFORE}(?:\d{{10}}|\d{{4}}[ -]\d{{3}}[ -]\d{{3}}"
            rf"|\d{{3}}[ -]\d{{3}}[ -]\d{{4}}|\d{{5}}[ -]\d{{5}}){DIGITS_AFTER}",
            0.5,
        ),
    ]
    CONTEXT = ["uln", "unique learner number", "learner number"]
    CUES = r"\bULN\b|learner\s+(?:no|number|ref)"
    RIVAL_CUES = r"\bNHS\b|\bUPN\b|pupil\s+(?:no|number)|\bcase\b|\bref\b"
    VALID_SCORE = 0.85


    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for m in SPOKEN.finditer(text):
            end = spoken_run(m.group(), lambda d: len(d) == 10 and is_valid_uln(d), least=5)
            if end and ULN_SAID_BEFORE.search(text, max(0, m.start() - 200), m.start()):
                results.append(make_result(self, ULN, m.start(), m.start() + end, self.VALID_SCORE, "spoken"))
        return results

    def validate_result(self, pattern_text: str) -> bool:
        """ULN check digit, see :func:`is_valid_uln`."""
        return is_valid_uln(pattern_text)
