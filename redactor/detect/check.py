"""Words to check: what no dictionary knows and nothing redacted, shown to the reviewer.

The safety net (``recognizers/safety_net.py``) redacts a capitalised word in mid-sentence that
no word list knows. The rest of what no list knows is left in the draft but not left unseen:
lower-case words ("brinkcliffe which is the pru", "dawn at sendiass") and capitalised ones at a
sentence start are listed for the reviewer, each with a score that says how much it looks like a
name, so that one who names someone can be added (``review add``, or the page's form).

Only offsets and scores leave this module: never the words themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from redactor import resources
from redactor.detect import gazetteer
from redactor.types import SpanIndex

# A word: letters, with an inner apostrophe or hyphen; not touching a digit, "@", "/" or "." (codes,
# addresses, paths and file names are the pattern recognizers' business).
_WORD = re.compile(r"(?<![\w@/.#'’-])[^\W\d_]{3,}(?:['’-][^\W\d_]+)*(?![\w@/'’-]|\.\w)")
_BEFORE_NAME = re.compile(r"(?i)\b(?:at|with|from|to|called|named|and|mum|dad|nan|sister|brother|"
                          r"son|daughter|friend|miss|mrs|mr|ms)\s+$")
_AT_A_SERVICE = re.compile(r"[ \t]+(?:at|from)[ \t]+(?:the[ \t]+)?[A-Za-z]")
MOST = 60  # the most words listed for one document, the likeliest names first

NAME_LIKE = 0.6     # a listed name or place in lower case ("brampley")
AFTER_CUE = 0.5     # after "at", "with", "nan"... ("dawn at sendiass")
UNKNOWN = 0.3       # any other word no list knows


@dataclass(frozen=True)
class Check:
    start: int
    end: int
    score: float


@lru_cache(maxsize=1)
def text_speak() -> frozenset[str]:
    """Spellings people use in messages that no dictionary has ("dont", "gonna", "appt")."""
    return frozenset(resources.word_list("text_speak.txt"))


def words_to_check(text: str, covered: list[tuple[int, int]], allow: frozenset[str]) -> list[Check]:
    """Words of ``text`` outside the ``covered`` spans (what is redacted) that no word list,
    allow list or glossary knows, likeliest names first (at most ``MOST``); ``allow`` holds the
    pipeline's folded allow-list terms."""
    gaz = gazetteer.load()
    speak = text_speak()
    redacted = SpanIndex(covered)
    seen: dict[str, Check] = {}
    for m in _WORD.finditer(text):
        word = m.group()
        key = gazetteer.fold(word)
        if key in seen or any(redacted.overlapping(m.start(), m.end())):
            continue
        if word[0].isupper() and not word.islower() and not _sentence_start(text, m.start()):
            continue  # capitalised mid-sentence: the safety net's (redacted, or known)
        named_word = key in gaz.first_names and key not in gaz.calendar and word.islower() \
            and bool(_AT_A_SERVICE.match(text, m.end()))  # "dawn at sendiass told me"
        if not named_word and (word.isupper() or key in STOP_WORDS or key in allow or key in speak
                               or gaz.is_english(key) or key in gaz.titles or gaz.is_cue(word)
                               or key in gaz.calendar):
            continue
        if not named_word and "-" not in key and any(
                gaz.is_english(p) or p in allow for p in re.split(r"['’]", key) if len(p) > 2):
            continue  # "mum's", "o'clock"
        known = key in gaz.first_names or key in gaz.surnames or key in gaz.places
        score = AFTER_CUE if named_word else NAME_LIKE if known else AFTER_CUE if _BEFORE_NAME.search(text[max(0, m.start() - 12):m.start()]) \
            else UNKNOWN
        seen[key] = Check(m.start(), m.end(), score)
    ranked = sorted(seen.values(), key=lambda c: (-c.score, c.start))[:MOST]
    return sorted(ranked, key=lambda c: c.start)


def _sentence_start(text: str, at: int) -> bool:
    before = text[max(0, at - 3):at]
    return at == 0 or "\n" in before or bool(re.search(r"[.!?:]\s+$", before))
