"""UK phone number recognizer: the many ways people write mobiles and landlines."""

from __future__ import annotations

from collections.abc import Callable

import phonenumbers
import regex as re
from presidio_analyzer import Pattern

from redactor.detect.recognizers._checked import CheckedPatternRecognizer
from redactor.detect.recognizers.base import make_result
from redactor.types import PHONE

# International (+44 / 0044, optional "(0)") or national trunk "0", maybe as "(0114)".
_PREFIX = r"(?:(?:\+|00)[ \u00a0]?44[ \u00a0.-]?(?:\(0\)[ \u00a0.-]?)?|\(0|0)"
# 9-10 further digits; between digits at most two of space, dot, hyphen or ")".
_NATIONAL = r"[1-9](?:[ \u00a0.)-]{0,2}\d){8,9}"
# "/" is allowed either side: "07700 900123/07700 900124".
# A comma before is another CSV cell when the number starts with its 0: "07700 900123,07700 900456".
_BEFORE = r"(?<![\w+])(?<!\d[.-])(?<!\d,(?![0+]))"  # (a cell's "+44 7700 900 321" after a number's cell too)
# Not glued to more digits ("07700 900123.5"); a comma then a cell of its own ("...214,17/03/2025"
# in a CSV row, or a second number, "0113 496 0911,07700900487,") is no continuation.
_AFTER = r"(?!\w|[.-]\d|,(?!0\d{9,10}(?!\d))\d+(?![/.:\-\d]|[ \u00a0]\d))"

# Ofcom's ranges reserved for drama (national significant numbers). Some, like 07700 900xxx
# and 01632 960xxx, are not "valid" to libphonenumber but are what fictional casework uses.
_DRAMA = re.compile(
    r"(?:11[3-8]4960|1[2-6]14960|1914980|2079460|2896496|2920180|1632960|7700900"
    r"|8081570|9098790|3069990)\d{3}"
)


# A number read out ("oh seven seven double oh, nine double oh, eight seven three"), as a
# voicemail transcript or a dictated note writes it: digit words, "double"/"triple", digits,
# between them spaces, commas, a line break, or a hesitation ("er").
_DIGIT_WORDS = {"oh": "0", "o": "0", "oo": "00", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
                "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
# every word a read-out number is said with, its repeats too ("double oh")
DIGIT_SAYINGS = frozenset(_DIGIT_WORDS) | frozenset("double triple treble".split())
SPOKEN_TOKEN = r"(?:oh|oo|o|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|treble|hundred|\d{1,4}(?!\d))"
SPOKEN_GAP = r"(?:[ \t,.\-]*\n?[ \t,.\-]*(?:(?:er|erm|um|uh)[ \t,.\-]+)?)"
# (its first nought heard as a letter too: "it's o 7 7 0 0 9 0 0 4 1 7")
SPOKEN = re.compile(rf"(?<![\w-])(?:oh|zero|nought|0|o)(?:{SPOKEN_GAP}{SPOKEN_TOKEN}){{4,20}}(?![\w-])",
                    re.IGNORECASE)


SPOKEN_MORE = re.compile(rf"{SPOKEN_GAP}{SPOKEN_TOKEN}(?![a-z])", re.IGNORECASE)  # more digits said
SPOKEN_ZERO = re.compile(r"(?<![a-z])(?:oh|oo|zero|nought|0)(?![a-z\d])", re.IGNORECASE)  # where another may start


# a mobile read out without its first 0, after what introduces a number: "it's seven seven hundred ..."
# ("ring me, seven seven double oh ...")
SPOKEN_MOBILE = re.compile(rf"(?<=\b(?i:it['’]s|its|is|on|number|mobile|mob|me,?)[ \t])(?i:seven)(?:{SPOKEN_GAP}{SPOKEN_TOKEN}){{4,20}}(?![\w-])")


# a number read out over two of a transcript's turns, the caller cut off mid-number: "my number is
# oh seven seven double oh\n[00:00:55] CALLER: nine oh oh one nine six"
_SAID_ON_A_LINE = rf"(?:[ \t,.\-]*(?:(?:er|erm|um|uh)[ \t,.\-]+)?{SPOKEN_TOKEN})"
SPOKEN_ACROSS_TURN = re.compile(rf"(?<![\w-])(?P<a>(?:oh|zero|nought|0|o){_SAID_ON_A_LINE}{{1,12}})[ \t,.\-]*\r?\n[ \t]*"
                                r"(?:\[[\d:.]+\][ \t]*(?:[A-Za-z][\w ()]{0,30}:[ \t]*)?|[A-Za-z][\w ()]{0,30}:[ \t]*)"
                                rf"(?P<b>{SPOKEN_TOKEN}{_SAID_ON_A_LINE}{{1,12}})(?![\w-])", re.IGNORECASE)
SHORT_EXTENSION = re.compile(r"[ \t]*,?[ \t]*(?i:ext|extn|extension|x)\.?[ \t]?\d{1,5}(?![\w/-]|\.\d)")
# A mobile number a spreadsheet stored as a number, its leading 0 lost, as a CSV's cell: ",7700900745,"
LOST_ZERO = re.compile(r"(?m)(?:(?<=,)|^)7\d{9}(?=,|\r?$)")
EXTENSION = re.compile(r"(?<![\w-])(?i:ext|extn|extension)\.?[ \t]?\d{3,5}(?![\w/-]|\.\d)")
# A number's last digits after an ellipsis, as a note shortens one: "old one (…900731)", "...496 0218"
# (six or seven digits run together, or a landline's last groups, "496 0218"; never a round amount or
# two scores, "...100000", "... 115 120", "(...100 000)")
PHONE_TAIL = re.compile(r"(?<![\d.])(?:…|\.{3})[ \t]?(?!\d*000(?!\d))(?P<tail>\d{6,7}|\d{3}[ ](?!0000)\d{4})(?![\w/-]|[.,]\d|[ ]\d)")


def spoken_digits(words: str) -> str:
    """The digits a read-out number says ("double oh" is "00", "nine hundred" 900); "" if a word is not one."""
    digits, times = [], 1
    for token in re.findall(r"[a-z]+|\d+", words.lower()):
        if token in ("er", "erm", "um", "uh"):
            continue
        if token == "double":
            times = 2
        elif token in ("triple", "treble"):
            times = 3
        elif token == "hundred" and digits:
            digits.append("00")  # "nine hundred" is 900
        elif token in _DIGIT_WORDS or token.isdigit():
            digit = _DIGIT_WORDS.get(token, token)
            digits.append(digit * times if len(digit) == 1 else digit)
            times = 1
        else:
            return ""
    return "".join(digits)


def spoken_run(span: str, accept: Callable[[str], bool], least: int = 4) -> int:
    """The end of the longest run of ``span``'s number words, from the first and of at least
    ``least`` words, whose digits ``accept`` takes; 0 if none does."""
    tokens = list(re.finditer(rf"{SPOKEN_TOKEN}(?![a-z])", span, re.IGNORECASE))
    for last in range(len(tokens) - 1, least - 2, -1):
        digits = spoken_digits(span[:tokens[last].end()])
        if digits and accept(digits):
            return tokens[last].end()
    return 0


# a phone number as a scan reads it: O or o for 0, l, I or | for 1 ("0l632 96O742", "O77OO 9OO417")
OCR_PHONE = re.compile(r"(?<![\w|])[0O](?=[\dOolI|]{3,4}[ ]?[\dOolI|]{3}[ ]?[\dOolI|]{3,4}(?![\w|]))"
                       r"[\dOolI|]{3,4}[ ]?[\dOolI|]{3}[ ]?[\dOolI|]{3,4}")
OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})

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


    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for m in LOST_ZERO.finditer(text):
            if text.count(",", max(0, m.start() - 200), m.start()) >= 2:  # (among a row's cells)
                results.append(make_result(self, PHONE, m.start(), m.end(), self.VALID_SCORE, "lost zero"))
        for m in EXTENSION.finditer(text):  # "Secretary: Mrs K. Hulley ext 4417"
            results.append(make_result(self, PHONE, m.start(), m.end(), self.VALID_SCORE, "extension"))
        for m in PHONE_TAIL.finditer(text):
            results.append(make_result(self, PHONE, m.start("tail"), m.end("tail"), self.VALID_SCORE, "tail"))
        for r in list(results):  # "01632 960 771 ext 2": a short extension goes with its number
            m = SHORT_EXTENSION.match(text, r.end)
            if m:
                results.append(make_result(self, PHONE, r.start, m.end(), r.score, "extension"))
        for m in OCR_PHONE.finditer(text):  # a scan's "0l632 96O742": l for 1, O for 0
            read = m.group().translate(OCR_DIGITS)
            if re.search(r"[OolI|]", m.group()) and sum(c.isdigit() for c in m.group()) >= 7 \
                    and self.validate_result(read):
                results.append(make_result(self, PHONE, m.start(), m.end(), self.VALID_SCORE, "scanned"))
        for m in SPOKEN.finditer(text):
            if not re.search(r"[a-z]", m.group(), re.IGNORECASE) and any(r.start <= m.start() < r.end for r in results):
                continue  # all digits: the pattern above reads it (not one digit at a time: "0 7 7 0 0 9 ...")
            results += self._read_out(m)
        for m in SPOKEN_MOBILE.finditer(text):  # "it's seven seven hundred nine hundred six oh three"
            results += self._read_out(m, lead="0")
        for m in SPOKEN_ACROSS_TURN.finditer(text):
            joined = m.group("a") + " " + m.group("b")
            end = spoken_run(joined, lambda d: len(d) in (10, 11) and self.validate_result(d))
            if end > len(m.group("a")) + 1:
                results.append(make_result(self, PHONE, m.start("a"), m.end("a"), self.VALID_SCORE, "spoken"))
                results.append(make_result(self, PHONE, m.start("b"), m.start("b") + end - len(m.group("a")) - 1,
                                           self.VALID_SCORE, "spoken"))
        return results

    def _read_out(self, m: re.Match, lead: str = "") -> list:
        """The runs of a read-out number's words that are phone numbers: from the first word
        (``lead``: the digit left unsaid, a mobile's first 0) or from any "oh". A run cut off while
        digits go on gives way to one inside it that takes them all: a number said twice, or
        after a false start ("oh-seven-seven-double-oh, nine-double-oh... oh seven seven double
        oh, nine double oh, three two one")."""
        span = m.group()
        starts = sorted({0} | {z.start() for z in SPOKEN_ZERO.finditer(span)})
        runs = {}
        for start in starts:
            said = lead if start == 0 else ""
            end = spoken_run(span[start:], lambda d, said=said: len(said + d) in (10, 11)
                             and self.validate_result(said + d))
            if end:
                runs[start] = (start + end, SPOKEN_MORE.match(span, start + end) is None)
        out, taken = [], 0
        for start, (end, whole) in sorted(runs.items()):
            if start < taken:
                continue
            if not whole and any(taken < other < end and runs[other][1] for other in runs if other > start):
                continue  # "... double oh. oh seven seven ...": the whole number starts later
            out.append(make_result(self, PHONE, m.start() + start, m.start() + end, self.VALID_SCORE, "spoken"))
            taken = end
        return out

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
