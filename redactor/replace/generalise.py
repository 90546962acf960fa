"""Generalisation: a quasi-identifier replaced by what it is, in words that read in its place.

"Prader-Willi syndrome" becomes "a rare genetic condition", "her PWS" "her rare genetic
condition", "in Year 4" "in Key Stage 2", "aged 7 years 4 months" "aged 7 years", "3 families"
"fewer than 5 families", "in Brinsworth" "in a village in the borough". :func:`fit` works out
the span (an article before the detail is taken in when the phrase brings its own) and the
phrase; :func:`merge` lays generalised spans over the direct identifiers' replacements.
"""

from __future__ import annotations

import re

from redactor.detect.quasi import AGE, PLACE, SMALL_COUNT, YEAR_GROUP, Detail, plural
from redactor.types import Finding, SpanIndex

_DETERMINER = re.compile(r"(?<![\w'])(a|an|the|his|her|their|my|our|your|its|this|that)[ \t]+$",
                         re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n\s*(?:[-*•]\s*)?)$")
_AN_NUMBERS = re.compile(r"^(?:8|11|18|8\d)(?!\d)")
_BANDS = ((4, "under 5", "under-5"), (10, "5 to 10", "5- to 10-"), (15, "11 to 15", "11- to 15-"),
          (18, "16 to 18", "16- to 18-"), (25, "19 to 25", "19- to 25-"))
_KEY_STAGES = (("R", "the Early Years", "EYFS"), ("1", "Key Stage 1", "KS1"), ("2", "Key Stage 1", "KS1"),
               ("3", "Key Stage 2", "KS2"), ("4", "Key Stage 2", "KS2"), ("5", "Key Stage 2", "KS2"),
               ("6", "Key Stage 2", "KS2"), ("7", "Key Stage 3", "KS3"), ("8", "Key Stage 3", "KS3"),
               ("9", "Key Stage 3", "KS3"), ("10", "Key Stage 4", "KS4"), ("11", "Key Stage 4", "KS4"),
               ("12", "Key Stage 5", "KS5"), ("13", "Key Stage 5", "KS5"), ("14", "post-16", "post-16"))
_LAST_NUMBER = re.compile(r"(?i)\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                          r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                          r"twenty(?:-\w+)?)\b(?!.*\b\d)")
_MONTHS = re.compile(r"[\s,]+(?:and\s+)?\w+\s*(?:months?|mths?)", re.IGNORECASE)
_PLACE_NOUN = re.compile(r"[ \t]+(estate|area|village)\b", re.IGNORECASE)
_PLACE_PHRASES = {"estate": "an estate in the borough", "area": "an area of the borough",
                  "village": "a village in the borough"}


def article(word: str) -> str:
    """"a" or "an" for the word that follows (by its sound, roughly)."""
    if word[:1].isdigit():
        return "an" if _AN_NUMBERS.match(word) else "a"
    lowered = word.lower()
    if lowered.startswith(("uni", "use", "eu", "one", "once")):
        return "a"
    return "an" if lowered[:1] in "aeiou" or lowered.startswith(("hour", "honest")) else "a"


def _band(years: int) -> tuple[str, str]:
    return next((words, adjective) for top, words, adjective in _BANDS if years <= top)


def _phrase(text: str, detail: Detail) -> str:
    """The neutral words for a detail (before articles and capitals are fitted)."""
    original = text[detail.start:detail.end]
    if detail.type == AGE:
        if _MONTHS.search(original):
            return _MONTHS.sub("", original, count=1)
        years = int(detail.key.split(":")[1])
        words, adjective = _band(years)
        if re.search(r"-years?-old", original, re.IGNORECASE):
            return f"{adjective}year-old"
        if re.match(r"(?i)aged?\b", original):
            return f"{original.split()[0]} {words}"
        if re.match(r"\S+\s+years?\s+old", original, re.IGNORECASE):
            return re.sub(r"^\S+", words, original, count=1)   # "7 years old" -> "5 to 10 years old"
        between = "under 5" if years <= 4 else f"between {words.replace(' to ', ' and ')}"
        return _LAST_NUMBER.sub(between, original, count=1)   # "he was 9" -> "he was between 5 and 10"
    if detail.type == YEAR_GROUP:
        group = detail.key.split(":")[1]
        long, short = next((w, s) for g, w, s in _KEY_STAGES if g == group)
        return short if re.match(r"Y\d", original) else long
    if detail.type == SMALL_COUNT:
        m = re.match(r"(?i)(?:one|only one|just one|1)[ \t]+(of[ \t]+the[ \t]+)?.*?(young[ \t]+pe\w+|\w+)$", original)
        if m:  # "one family" -> "fewer than 5 families"; never a word between ("one Kowalski family")
            return "fewer than 5 " + ("of the " if m.group(1) else "") + plural(m.group(2))
        return "fewer than 5"
    return detail.generalised


def fit(text: str, detail: Detail) -> tuple[int, int, str]:
    """(start, end, replacement) for generalising one mention so that the sentence still reads:
    an article before it is taken in when the phrase has its own (and "a" and "an" agree), a
    phrase at the start of a sentence gets its capital."""
    start, end = detail.start, detail.end
    phrase = _phrase(text, detail)
    if detail.type == PLACE:
        noun = _PLACE_NOUN.match(text, end)
        if noun:
            end = noun.end()
            phrase = _PLACE_PHRASES[noun.group(1).lower()]
    before = _DETERMINER.search(text, max(0, start - 12), start)
    if before and before.end() == start:
        word = before.group(1)
        own = re.match(r"(?i)(a|an|the)\s+", phrase)
        if own and (word.lower() in ("a", "an") or (word.lower() == "the" and detail.type == PLACE)):
            start = before.start()                       # "a PWS diagnosis": the phrase's article
            phrase = _cased(word, own.group(1)) + phrase[own.end() - 1:]
            if own.group(1).lower() in ("a", "an"):
                phrase = _cased(word, article(phrase.split()[1])) + phrase[len(phrase.split()[0]):]
        elif own:
            phrase = phrase[own.end():]                   # "her PWS" -> "her rare genetic condition"
        elif word.lower() in ("a", "an"):
            start = before.start()                       # "an Urdu speaker": the article agrees
            phrase = _cased(word, article(phrase)) + " " + phrase
    if _SENTENCE_START.search(text, max(0, start - 4), start) and phrase[:1].islower():
        if not text[start:start + 1].islower():
            phrase = phrase[0].upper() + phrase[1:]
    return start, end, phrase


def _cased(model: str, word: str) -> str:
    return word[0].upper() + word[1:] if model[:1].isupper() else word


def merge(direct: list[Finding], generalised: list[Finding]) -> list[Finding]:
    """Direct identifiers' findings with generalised spans laid over them: a direct finding
    wholly inside a generalised span goes (the span replaces it); a generalised span that only
    partly covers a direct finding goes (the identifier's own replacement stands). Text order."""
    directs = SpanIndex((d.start, d.end) for d in direct)
    kept_general = [g for g in generalised
                    if all(g.start <= s and e <= g.end for s, e in directs.overlapping(g.start, g.end))]
    general = SpanIndex((g.start, g.end) for g in kept_general)
    covered = [d for d in direct
               if not any(s <= d.start and d.end <= e for s, e in general.overlapping(d.start, d.end))]
    return sorted(covered + kept_general, key=lambda f: (f.start, f.end))


__all__ = ["article", "fit", "merge"]
