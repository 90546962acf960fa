"""Word-level helpers shared by the name, school and place recognizers."""

from __future__ import annotations

import re
from typing import NamedTuple

# A word: letters (any script), with inner apostrophes or hyphens: O'Neill, Lacey-Mae, Wójcik.
WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
SENTENCE_END = re.compile(r"(?:^|[.!?:;•\-–*#>|]|\n)\s*[\"'“‘(\[]*$")


class Word(NamedTuple):
    start: int
    end: int
    text: str


def words(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


def is_capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() or (len(word) == 1 and word.isupper())


def is_all_caps(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def sentence_initial(text: str, start: int) -> bool:
    """True when the word at ``start`` opens a sentence, line, bullet or table cell."""
    return bool(SENTENCE_END.search(text[max(0, start - 6):start]))


def strip_possessive(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing 's / ’s / s' from a span (the replacement keeps the original's)."""
    span = text[start:end]
    for suffix in ("'s", "’s", "'S", "’S"):
        if span.endswith(suffix) and end - start > len(suffix):
            return start, end - len(suffix)
    return start, end
