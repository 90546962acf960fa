"""Email address recognizer that never fetches the Public Suffix List."""

from __future__ import annotations

from typing import List, Optional

from presidio_analyzer import Pattern, PatternRecognizer

from redactor.detect.recognizers._tld import public_suffix
from redactor.types import EMAIL


class EmailRecognizer(PatternRecognizer):
    """Recognize email addresses whose domain ends in a known public suffix.

    Same shape as Presidio's email recognizer, but the suffix check uses tldextract's bundled
    snapshot, so no network access happens (Presidio's downloads the list on first match).
    """

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

    def __init__(
        self,
        patterns: Optional[List[Pattern]] = None,
        context: Optional[List[str]] = None,
        supported_language: str = "en",
        supported_entity: str = EMAIL,
        name: Optional[str] = None,
    ):
        super().__init__(
            supported_entity=supported_entity,
            patterns=patterns or self.PATTERNS,
            context=context or self.CONTEXT,
            supported_language=supported_language,
            name=name,
        )

    def validate_result(self, pattern_text: str) -> bool:
        """True when the domain has a known public suffix (offline lookup)."""
        domain = pattern_text.rsplit("@", 1)[-1]
        return public_suffix(domain) != ""
