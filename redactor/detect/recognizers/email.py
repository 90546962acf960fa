"""Email address recognizer that never fetches the Public Suffix List."""

from __future__ import annotations


from presidio_analyzer import Pattern

from redactor.detect.recognizers.base import DomainPatternRecognizer
from redactor.types import EMAIL


# "logo@2x.png": image and document file names, not addresses.
FILE_EXTENSIONS = frozenset("png jpg jpeg gif svg webp heic bmp tif tiff pdf doc docx txt md xls xlsx "
                            "csv ppt pptx zip mp3 mp4 mov".split())


class EmailRecognizer(DomainPatternRecognizer):
    """Recognize e-mail addresses on any domain.

    Same shape as Presidio's email recognizer, without its public-suffix check: casework is full
    of internal and reserved domains (``.local``, ``.example``, ``.test``, a council's intranet)
    and mistyped suffixes, and an address is identifying whatever its domain. Only the last label
    must look like one (two or more letters, not a file extension: "logo@2x.png" is a file).
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
        last = pattern_text.rsplit(".", 1)[-1]
        return len(last) >= 2 and last.isalpha() and last.lower() not in FILE_EXTENSIONS
