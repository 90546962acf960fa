"""UK phone number recognizer: the many ways people write mobiles and landlines."""

from __future__ import annotations


import phonenumbers
import regex as re
from presidio_analyzer import Pattern

from redactor.detect.recognizers._checked import CheckedPatternRecognizer
from redactor.types import PHONE

# International (+44 / 0044, optional "(0)") or national trunk "0", maybe as "(0114)".
_PREFIX = r"(?:(?:\+|00)[ \u00a0]?44[ \u00a0.-]?(?:\(0\)[ \u00a0.-]?)?|\(0|0)"
# 9-10 further digits; between digits at most two of space, dot, hyphen or ")".
_NATIONAL = r"[1-9](?:[ \u00a0.)-]{0,2}\d){8,9}"
# "/" is allowed either side: "07700 900123/07700 900124".
_BEFORE = r"(?<![\w+])(?<!\d[.,-])"
_AFTER = r"(?!\w|[.,-]\d)"

# Ofcom's ranges reserved for drama (national significant numbers). Some, like 07700 900xxx
# and 01632 960xxx, are not "valid" to libphonenumber but are what fictional casework uses.
_DRAMA = re.compile(
    r"(?:11[3-8]4960|1[2-6]14960|1914980|2079460|2896496|2920180|1632960|7700900"
    r"|8081570|9098790|3069990)\d{3}"
)


class UkPhoneRecognizer(CheckedPatternRecognizer):
    """Recognize UK phone numbers: 07700 900123, +44 (0)7700 900123, (0114) 496 0123, ...

    A number libphonenumber accepts as a valid GB number, or one in an Ofcom drama range,
    scores high. A number of the right length that fails validation is kept (lower score)
    only after a cue such as "tel" or "mobile".
    """

    ENTITY = PHONE
    PATTERNS = [Pattern("UK phone", rf"{_BEFORE}{_PREFIX}{_NATIONAL}{_AFTER}", 0.5)]
    CONTEXT = ["phone", "telephone", "tel", "mobile", "mob", "landline", "call", "contact"]
    CUES = r"\b(?:tel|telephone|phone|mob|mobile|landline|call|ring|text|whatsapp|contact)\b"


    def validate_result(self, pattern_text: str) -> bool:
        """Valid GB number per libphonenumber, or an Ofcom drama number."""
        try:
            number = phonenumbers.parse(pattern_text, "GB")
        except phonenumbers.NumberParseException:
            return False
        if number.country_code != 44:
            return False
        national = phonenumbers.national_significant_number(number)
        return phonenumbers.is_valid_number(number) or _DRAMA.fullmatch(national) is not None
