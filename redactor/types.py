"""Small frozen records passed between the stages.

Offsets are character offsets into the decoded document text (end exclusive).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import accumulate

# Entity types redactor reports. Recognizers emit exactly these names.
PERSON = "PERSON"
SCHOOL = "SCHOOL"
LOCATION = "LOCATION"
ADDRESS = "ADDRESS"
POSTCODE = "POSTCODE"
PHONE = "PHONE"
EMAIL = "EMAIL"
URL = "URL"
SOCIAL_HANDLE = "SOCIAL_HANDLE"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
DATE = "DATE"
NHS_NUMBER = "NHS_NUMBER"
UPN = "UPN"
ULN = "ULN"
NI_NUMBER = "NI_NUMBER"
CASE_REF = "CASE_REF"

ENTITY_TYPES = (
    PERSON, SCHOOL, LOCATION, ADDRESS, POSTCODE, PHONE, EMAIL, URL, SOCIAL_HANDLE,
    DATE_OF_BIRTH, DATE, NHS_NUMBER, UPN, ULN, NI_NUMBER, CASE_REF,
)

# Direct identifiers: the recall target of >= 0.99 applies to these.
DIRECT_TYPES = frozenset({
    PERSON, SCHOOL, ADDRESS, POSTCODE, PHONE, EMAIL, URL, SOCIAL_HANDLE,
    NHS_NUMBER, UPN, ULN, NI_NUMBER, CASE_REF, DATE_OF_BIRTH,
})


@dataclass(frozen=True)
class Finding:
    """One detected span. ``entity`` is set by the link stage (same id = same person/school)."""

    type: str
    start: int
    end: int
    score: float
    recognizer: str
    entity: str | None = None
    replacement: str | None = None

    def with_(self, **changes) -> "Finding":
        return replace(self, **changes)

    def overlaps(self, other: "Finding") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Block:
    """A piece of document text with an address back into the file it came from.

    ``start``/``end`` locate the block in the document text; ``address`` is opaque to every
    stage except the writer for that format.
    """

    start: int
    end: int
    address: object = None


@dataclass
class Document:
    """Decoded text of one input file, plus what the writer needs to put replacements back."""

    path: str
    kind: str  # "txt" | "md" | "docx"
    text: str
    blocks: list[Block] = field(default_factory=list)
    encoding: str | None = None
    source: object = None  # format-specific handle (the WordPackage of a .docx)
    read_bytes: bytes | None = None  # exactly the bytes that were read (what the workspace keeps)
    # Format-specific extras: "forced" findings known by position (a comment's author is a
    # person), "images" (parts a human must check), "image_policy".
    extras: dict = field(default_factory=dict)


class SpanIndex:
    """Spans (start, end, anything) found by position: sorted by start, with the furthest end
    reached so far, so a lookup walks back only over the spans that reach its start. Linear in
    the spans whatever the length of the document (comparing every pair was quadratic)."""

    def __init__(self, spans: Iterable[tuple]):
        self.spans = sorted(spans, key=lambda s: (s[0], s[1]))
        self.starts = [s[0] for s in self.spans]
        self.reach = list(accumulate((s[1] for s in self.spans), max))

    def overlapping(self, start: int, end: int) -> Iterator[tuple]:
        """Every span that overlaps [start, end), the nearest first."""
        j = bisect_left(self.starts, end) - 1
        while j >= 0 and self.reach[j] > start:
            if self.spans[j][1] > start:
                yield self.spans[j]
            j -= 1
