"""Social media handle recognizer: @names, not email addresses or "@ 3pm"."""

from __future__ import annotations

from typing import List, Optional

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

from redactor.types import SOCIAL_HANDLE

_TIME = re.compile(r"@\d{1,2}(?:[.:]\d{2})?(?:am|pm)?", flags=re.IGNORECASE)


class SocialHandleRecognizer(PatternRecognizer):
    """Recognize handles such as "@jo_bloggs", "@jo.bloggs.22" or "@jo@mastodon.social".

    The "@" must not follow a word character (so the local part of an email is never taken),
    must be followed directly by the name, and the name needs a letter; "@3pm" is a time.
    """

    PATTERNS = [
        Pattern(
            "Social handle",
            r"(?<![\w@.%+/-])@(?=[\w.]*[a-z])\w(?:[\w.]{0,28}\w)?"
            r"(?:@\w+(?:-\w+)*(?:\.\w+(?:-\w+)*)+)?(?![\w@-]|\.\w)",
            0.85,
        ),
    ]
    CONTEXT = ["instagram", "twitter", "tiktok", "facebook", "snapchat", "x", "handle", "account"]

    def __init__(
        self,
        patterns: Optional[List[Pattern]] = None,
        context: Optional[List[str]] = None,
        supported_language: str = "en",
        supported_entity: str = SOCIAL_HANDLE,
        name: Optional[str] = None,
    ):
        super().__init__(
            supported_entity=supported_entity,
            patterns=patterns or self.PATTERNS,
            context=context or self.CONTEXT,
            supported_language=supported_language,
            name=name,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject times written with an at sign ("@3pm", "@10:30")."""
        return _TIME.fullmatch(pattern_text) is not None
