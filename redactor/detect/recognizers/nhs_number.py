"""NHS number recognizer: 10 digits written 3-3-4 (spaces, hyphens or none), modulus-11 checked."""

from __future__ import annotations


import re

from presidio_analyzer import Pattern
from stdnum.gb import nhs

from redactor.detect.recognizers._checked import (
    DIGITS_AFTER,
    DIGITS_BEFORE,
    CheckedPatternRecognizer,
)
from redactor.detect.recognizers.base import make_result
from redactor.detect.recognizers.uk_phone import SPOKEN_GAP, SPOKEN_TOKEN, spoken_run
from redactor.types import NHS_NUMBER

_SEP = r"[ \u00a0-]?"
# a number read out on a call or dictated ("Nine four three, oh two four, oh two seven seven"),
# opening with a digit's word; only ten digits that pass the check are one
SPOKEN = re.compile(rf"(?<![\w-])(?i:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)"
                    rf"(?:{SPOKEN_GAP}{SPOKEN_TOKEN}){{5,14}}(?![\w-])", re.IGNORECASE)


# ... or its ten digits one by one, as speech-to-text writes each ("9 9 9 4 6 2 2 0 0 5"), where the
# call has just asked for it (never a row of scores: "scaled scores 2 9 10 10 10 3 7")
DIGITS_SAID = re.compile(r"(?<![\w.-])\d(?:[ \t]\d){9}(?![ \t]*\d)(?![\w.-])")
NHS_ASKED = re.compile(r"(?i)\bNHS\b")


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


    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for m in DIGITS_SAID.finditer(text):
            if nhs.is_valid(m.group().replace(" ", "").replace("\t", "")) \
                    and NHS_ASKED.search(text, max(0, m.start() - 300), m.start()):
                results.append(make_result(self, NHS_NUMBER, m.start(), m.end(), self.VALID_SCORE, "spoken"))
        for m in SPOKEN.finditer(text):
            end = spoken_run(m.group(), lambda d: len(d) == 10 and nhs.is_valid(d), least=5)
            if end:
                results.append(make_result(self, NHS_NUMBER, m.start(), m.start() + end, self.VALID_SCORE, "spoken"))
        return results

    def validate_result(self, pattern_text: str) -> bool:
        """Modulus-11 check digit (python-stdnum ``gb.nhs``)."""
        return nhs.is_valid(pattern_text.replace("\u00a0", " "))
