"""Risk of serious harm: language that sends a document to the Service Lead.

The phrase list is data (``models/risk_phrases.txt``, extendable). A match marks the document
``needs_lead``; the categories and places that raised it are shown to reviewers. Nothing is sent
anywhere, and a match never changes what is redacted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from redactor import resources
from redactor.errors import ModelError

NEGATION = re.compile(r"(?:\b(?:no|not|denies|denied|never|without|nor)\b|\bno concerns? (?:about|re|of)\b)"
                      r"[\w\s,'-]{0,20}$", re.IGNORECASE)


@dataclass(frozen=True)
class RiskMatch:
    category: str
    start: int
    end: int


@dataclass(frozen=True)
class _Phrase:
    category: str
    pattern: re.Pattern
    negatable: bool


def _compile(phrase: str) -> re.Pattern:
    body = re.sub(r"\*", r"\\w*", phrase.strip())
    body = re.sub(r"\s+", r"\\s+", body)
    return re.compile(rf"(?<![\w-]){body}(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=None)
def phrases(name: str = "risk_phrases.txt") -> tuple[_Phrase, ...]:
    out = []
    for row in resources.table(name):
        if len(row) < 2:
            raise ModelError(f"{name}: each line needs a category and a phrase")
        try:
            pattern = _compile(row[1])
        except re.error:
            raise ModelError(f"{name}: a phrase is not a valid pattern (category {row[0]})") from None
        out.append(_Phrase(row[0], pattern, len(row) > 2 and row[2].lower() == "yes"))
    return tuple(out)


def find_risks(text: str, name: str = "risk_phrases.txt") -> list[RiskMatch]:
    """Every place a risk phrase occurs (negated mentions of negatable phrases excluded)."""
    found = []
    for phrase in phrases(name):
        for m in phrase.pattern.finditer(text):
            before = text[max(0, m.start() - 40):m.start()]
            if phrase.negatable and NEGATION.search(before):
                continue
            found.append(RiskMatch(phrase.category, m.start(), m.end()))
    found.sort(key=lambda r: (r.start, r.end))
    return found


def needs_lead(text: str) -> bool:
    return bool(find_risks(text))
