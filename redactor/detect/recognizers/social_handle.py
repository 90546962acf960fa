"""Social media handle recognizer: @names, not email addresses or "@ 3pm"."""

from __future__ import annotations


import regex as re
from presidio_analyzer import Pattern

from redactor.detect.recognizers.base import DomainPatternRecognizer
from redactor.types import SOCIAL_HANDLE

_TIME = re.compile(r"@\d{1,2}(?:[.:]\d{2})?(?:am|pm)?", flags=re.IGNORECASE)


class SocialHandleRecognizer(DomainPatternRecognizer):
    """Recognize handles such as "@jo_bloggs", "@jo.bloggs.22" or "@jo@mastodon.social".

    The "@" must not follow a word character (so the local part of an email is never taken),
    must be followed directly by the name, and the name needs a letter; "@3pm" is a time.
    """

    ENTITY = SOCIAL_HANDLE
    PATTERNS = [
        Pattern(
            "Social handle",
            r"(?<![\w@.%+/-])@(?=[\w.]*[a-z])\w(?:[\w.]{0,28}\w)?"
            r"(?:@\w+(?:-\w+)*(?:\.\w+(?:-\w+)*)+)?(?![\w@-]|\.\w)",
            0.85,
        ),
    ]
    PATTERNS.append(Pattern(
        # "his snap is kaid_f1fan", "insta: jakeyb_2007": a handle written without its "@" after the
        # app's name; with a digit or an underscore, so "his snap is private" stays
        "Handle after an app's name",
        r"(?<![\w@.])(?=[\w.]*[\d_])(?<=\b(?i:snap|snapchat|insta|instagram|tiktok|twitter|fb|facebook|discord|xbox|psn|gamertag|roblox)"
        r"(?:\s+(?i:name|handle|username|user|is|id|tag|account)){0,2}\s*[:\-]?\s+)"
        r"(?=[\w.]*[\d_])[A-Za-z][\w.]{2,29}(?<![.])(?![\w@])",
        0.85,
    ))
    PATTERNS.append(Pattern(
        # 'a man on Snapchat (username "callz_x99")', "her handle: kee.x.l": after the word itself,
        # in quotes or not; with a digit, an underscore or a dot inside
        "Handle after a user name's label",
        r"(?<![\w@.])(?<=\b(?i:username|user\s?name|gamertag|other\s+one|account)(?:\s+is)?\s*[:\-]?\s*[\"“'‘]?)"
        r"(?!(?i:e\.g|i\.e|etc|n\.b|a\.k\.a)\b)(?=[\w.]*[\d_.])[A-Za-z][\w.]{2,29}(?<![.])(?![\w@])",
        0.85,
    ))
    CONTEXT = ["instagram", "twitter", "tiktok", "facebook", "snapchat", "x", "handle", "account"]


    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject times written with an at sign ("@3pm", "@10:30")."""
        return _TIME.fullmatch(pattern_text) is not None
