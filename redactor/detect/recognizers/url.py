"""URL recognizer: http(s) and www. addresses, and bare domains such as facebook.com/some.name."""

from __future__ import annotations


import regex as re
from presidio_analyzer import Pattern

from redactor.detect.recognizers._tld import public_suffix
from redactor.detect.recognizers.base import DomainPatternRecognizer
from redactor.types import URL

# A URL runs to whitespace or a quote/bracket, and does not end in sentence punctuation.
_TAIL = r"""(?:[^\s<>"'\[\]]*[^\s<>"'\[\].,;:!?)])?"""
_HOST = r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}"
_PORT_PATH = rf"(?::\d{{1,5}})?(?:/{_TAIL})?"
_BEFORE = r"(?<![\w@.%+/-])"
_AFTER = r"(?![\w@-]|\.\w)"
# a British domain's second label, said before "dot uk": "... dot org dot uk"
_SAID_UK_SECOND = r"(?:org|co|gov|nhs|ac|sch|ltd|me|net)"
# File names whose extension is also a top-level domain ("notes.md", "run.sh").
_FILE_EXTENSIONS = {"md", "py", "sh", "zip", "mov", "pl", "rs", "ai", "so", "js", "cs", "ps"}


class UrlRecognizer(DomainPatternRecognizer):
    """Recognize web addresses that could point at a family, a child or a school.

    Scheme and www. addresses score high, on any domain; a bare host with a path ("facebook.com/jo.b")
    scores high when its suffix is a real public suffix; a bare host alone
    ("oakwood-primary.co.uk") scores lower and needs a lower-case suffix, so a missing
    space after a full stop ("school.Today") is not taken for a domain.
    """

    ENTITY = URL
    PATTERNS = [
        Pattern("URL with scheme", rf"(?<![\w.])https?://{_HOST}{_PORT_PATH}{_AFTER}", 0.95),
        Pattern("www URL", rf"{_BEFORE}www\d{{0,3}}\.{_HOST}{_PORT_PATH}{_AFTER}", 0.9),
        Pattern("Bare host with path", rf"{_BEFORE}{_HOST}/{_TAIL}{_AFTER}", 0.85),
        Pattern("Bare host", rf"{_BEFORE}{_HOST}{_AFTER}(?!/)", 0.6),
        # read out on a call: "www dot notts dash s i a s dot org dot uk slash contact" (its labels words,
        # letters said apart, or joined by a said dash)
        # (never from within a run of said labels: "www dot www dot ..." is read from its first word only)
        Pattern("URL read out", r"(?i)(?<![\w.-])(?<!\bdot[ \t]{1,3})www[ \t]+dot[ \t]+"
                r"(?:[a-z0-9]+|[a-z](?:[ \t][a-z]){1,5}\b)(?:[ \t]+(?:dash|hyphen)[ \t]+(?:[a-z0-9]+|[a-z](?:[ \t][a-z]){1,5}\b))*"
                r"(?:[ \t]+dot[ \t]+[a-z0-9]+)*[ \t]+dot[ \t]+(?:com|co|uk|org|net|gov)\b(?:[ \t]+dot[ \t]+(?:uk|com)\b)?"
                r"(?:[ \t]+slash[ \t]+[a-z0-9-]+)*", 0.85),
        # ... or without its "www", where a British domain's two last labels are said: "the website is
        # wsxsendiass dot org dot uk" (an e-mail's domain is inside its address, which wins; read from
        # a run's first label only, so a long run of "dot" stays linear)
        Pattern("URL read out without www", r"(?i)(?<![\w.-])(?<!\b(?:dot|dash|hyphen)[ \t]{1,3})(?!www\b)"
                r"[a-z0-9]{3,}(?:[ \t]+(?:dash|hyphen)[ \t]+[a-z0-9]+)*"
                rf"(?:[ \t]+dot[ \t]+[a-z0-9]+)*?[ \t]+dot[ \t]+{_SAID_UK_SECOND}[ \t]+dot[ \t]+uk\b"
                r"(?:[ \t]+slash[ \t]+[a-z0-9-]+)*", 0.85),
        # ... its first label said as two words, just after the word "website": "it's all on our
        # website northants sendiass dot org dot uk"
        Pattern("URL read out as words after its cue", r"(?i)(?<=\b(?:website|web[ \t]+site|web[ \t]+address)"
                r"(?:[ \t]+(?:is|it's|its|at|on))?[ \t]+)(?!(?:www|called|named|about|for|the|our|their|is|at|on|"
                r"and|of|to|from|with)\b)[a-z0-9]{3,}[ \t]+[a-z0-9]{3,}"
                rf"[ \t]+dot[ \t]+{_SAID_UK_SECOND}[ \t]+dot[ \t]+uk\b"
                r"(?:[ \t]+slash[ \t]+[a-z0-9-]+)*", 0.85),
        # a file on a network share: "\\\\sendiass-fs01.local\\training\\cs4-april.docx"
        Pattern("Network path", r"""(?<![\w\\])\\\\[A-Za-z0-9][\w.$-]{0,62}\\[^\s<>"'\[\]]*[^\s<>"'\[\].,;:!?)]""", 0.9),
    ]
    CONTEXT = ["url", "website", "web site", "link", "page", "profile", "facebook", "instagram"]


    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject hosts without a known public suffix, file names and "word.Word" slips."""
        match = re.match(r"(?:https?://)?([^/:?#]+)", pattern_text, flags=re.IGNORECASE)
        host = match.group(1) if match else ""
        if "://" in pattern_text or pattern_text.lower().startswith("www") or pattern_text.startswith("\\\\") \
                or re.search(r"(?i)[ \t]dot[ \t]", pattern_text):  # (read out: "... dot org dot uk")
            return False  # an address for certain, on any domain (an intranet, ".local", ".example")
        suffix = public_suffix(host.lower())
        if not suffix:
            return True
        written_suffix = host[-len(suffix):]
        if "/" not in pattern_text:
            return written_suffix != written_suffix.lower() or suffix in _FILE_EXTENSIONS
        return written_suffix[:1].isupper() and not written_suffix.isupper()
