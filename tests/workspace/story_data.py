"""Fictional case data for workspace tests: none of these identifiers may ever appear
in the clear in the workspace folder."""

from __future__ import annotations

import json

from redactor.workspace import KdfParams
from tests.conftest import CHEAP_KDF

NEW_PASSWORD = "a different long sentence 7"
FAST_KDF = KdfParams(**CHEAP_KDF)

# Fictional identifiers (Ofcom drama-range phone, valid-check-digit invented NHS number).
CHILD = "Ellie-Mae Thornbury"
PARENT = "Gareth Thornbury"
NHS = "485 777 3457"
MOBILE = "07700 900461"
EMAIL = "g.thornbury@example.org"
FILE_NAME = "Thornbury_EHCP_annual_review.docx"
SOURCE_TEXT = (f"{CHILD} (NHS {NHS}) attends Wickersley Brook Primary. "
               f"Her father {PARENT} can be reached on {MOBILE} or {EMAIL}. "
               "She finds the lunchtime hall overwhelming.")
SOURCE = SOURCE_TEXT.encode("utf-8")
NOTE = f"Checked with {PARENT}: the school name is a real risk here."


def findings_for(text: str) -> str:
    """Findings JSON as the pipeline would produce it, including the matched text."""
    items = []
    for value, kind in ((CHILD, "PERSON"), (PARENT, "PERSON"), (NHS, "NHS_NUMBER"),
                        (MOBILE, "PHONE"), (EMAIL, "EMAIL")):
        start = text.index(value)
        items.append({"type": kind, "start": start, "end": start + len(value), "text": value})
    return json.dumps(items)


FINDINGS = findings_for(SOURCE_TEXT)

IDENTIFIERS = {
    "child": CHILD, "parent": PARENT, "surname": "Thornbury", "nhs-spaced": NHS,
    "nhs-digits": NHS.replace(" ", ""), "mobile-spaced": MOBILE,
    "mobile-digits": MOBILE.replace(" ", ""), "email": EMAIL, "file-name": FILE_NAME,
    "file-stem": "EHCP_annual_review", "phrase": "lunchtime hall", "school": "Wickersley Brook",
}
