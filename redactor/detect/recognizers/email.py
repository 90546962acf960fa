"""Email address recognizer that never fetches the Public Suffix List."""

from __future__ import annotations


from presidio_analyzer import Pattern

from redactor.detect.recognizers._tld import public_suffix
from redactor.detect.recognizers.base import DomainPatternRecognizer
from redactor.types import EMAIL


class EmailRecognizer(DomainPatternRecognizer):
    """Recognize email addresses whose domain ends in a known public suffix.

    Same shape as Presidio's email recognizer, but the suffix check uses tldextract's bundled
    snapshot, so no network access happens (Presidio's downloads the list on first match).
    """

    ENTITY = EMAIL
    PATTERNS = [
        Pattern(
            "Email",
            r"(?<![\w.%+-])[\w%+-]+(?:\.[\w%+-]+)*"
            # Domain labels are letters and digits (not "_": Markdown italics end "org._").
            r"@[^\W_]+(?:-+[^\W_]+)*(?:\.[^\W_]+(?:-+[^\W_]+)*)+(?![^\W_])",
            0.5,
        ),
    ]
    CONTEXT = ["email", "e-mail", "mail"]


    def validate_result(self, pattern_text: str) -> bool:
        """True when the domain has a known public suffix (offline lookup)."""
        domain = pattern_text.rsplit("@", 1)[-1]
        return public_suffix(domain) != ""
