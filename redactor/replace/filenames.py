"""File and folder names, anonymised like the text they hold.

Casework is named after the child ("Ayesha Khan annual review.docx", a folder per family), so a
draft, its findings and every listing use the anonymised name: each word of the name that was
redacted in the text gets the same replacement, a word that is a listed first name or surname
gets a pseudonym from the same mapping even when the text never used it, and an exact date moves
like the text's dates. Only ``review show`` ever shows the original name.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePath

from redactor.detect import gazetteer
from redactor.detect.words import WORD_RE
from redactor.replace import dates
from redactor.replace.operators import match_case
from redactor.types import LOCATION, PERSON, SCHOOL, Finding

NAMED = frozenset({PERSON, SCHOOL, LOCATION})  # whose words may also name a file

# camelCase humps and runs of letters or digits: "AyeshaKhan_EHCP-2025" -> Ayesha, Khan, EHCP, 2025
_PIECE = re.compile(r"[A-Z]?[a-z\u00df-\u00ff\u0100-\u024f]+|[A-Z\u00c0-\u00de\u0100-\u024f]+(?![a-z])|\d+|[^\W\d_]+")
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{1,4})([-._ ])(\d{1,2})\2(\d{2,4})(?!\d)")


def _slug(text: str) -> str:
    return re.sub(r"[^\w-]+", "", re.sub(r"\s+", "-", text.strip("[] "))) if text.strip("[] ") else ""


def word_pairs(text: str, findings: list[Finding]) -> dict[str, str]:
    """Folded original word -> the word that replaced it in the text (by position in the span)."""
    pairs: dict[str, str] = {}
    for f in sorted(findings, key=lambda f: f.end - f.start):
        if f.replacement is None or f.type not in NAMED:
            continue
        originals = WORD_RE.findall(text[f.start:f.end])
        replaced = WORD_RE.findall(f.replacement) or [f.replacement]
        if len(originals) >= 3 and all(len(w) == 1 for w in originals):
            # a name spelled out ("T H O R N"): the name is the word, never each of its letters
            # (a file called "t.txt" is no T of it)
            pairs.setdefault(gazetteer.fold("".join(originals)), "".join(c for c in f.replacement if c.isalpha()))
            continue
        if len(replaced) != len(originals) or f.replacement.startswith("["):
            # "Ferham Park Primary School" -> "Westholme Primary School", "Kacper Nowak" ->
            # "[Child A]": the new words stand for the first replaced word, the rest go.
            kept = {gazetteer.fold(w) for w in originals}
            still = {gazetteer.fold(r) for r in replaced}
            new_words = " ".join(w for w in replaced if gazetteer.fold(w) not in kept) or f.replacement
            gone = [w for w in originals if gazetteer.fold(w) not in still]
            for i, word in enumerate(gone):
                pairs.setdefault(gazetteer.fold(word), new_words if i == 0 else "")
            continue
        for word, new in zip(originals, replaced):
            if gazetteer.fold(word) != gazetteer.fold(new):
                pairs.setdefault(gazetteer.fold(word), new)
    # File names drop apostrophes and hyphens: "O'Neill" is "oneill", "Lacey-Mae" "laceymae".
    for key, new in list(pairs.items()):
        pairs.setdefault(re.sub(r"['’\-]", "", key), new)
    return pairs


def anonymise_part(part: str, pairs: dict[str, str], mapping, style: str = "pseudonym",
                   allow: frozenset[str] = frozenset()) -> str:
    """One file or folder name (suffix kept)."""
    path = PurePath(part)
    stem, suffix = (path.stem, path.suffix) if path.suffix and len(path.suffix) <= 6 else (part, "")
    gaz = gazetteer.load()
    stem = _DATE_IN_NAME.sub(lambda m: _date(m.group(0), mapping, style), stem)

    def swap(m: re.Match) -> str:
        word = m.group(0)
        key = gazetteer.fold(word)
        if key in pairs:
            return match_case(word, _slug(pairs[key])) if pairs[key] else ""
        if len(key) < 3 or key in allow or gaz.is_ambiguous(word) or word.isdigit():
            return word
        if key in gaz.first_names or key in gaz.surnames:
            if style == "label":
                new = "person"
            elif key in gaz.first_names:
                new = mapping.first_name(word, gaz.gender(word))
            else:
                new = mapping.surname(word)
            pairs[key] = new
            return match_case(word, _slug(new))
        return word
    stem = _PIECE.sub(swap, stem)
    # a word dropped with its separator: "review-kacper-nowak" -> "review-child-a", not "...-a-"
    stem = re.sub(r"([-_. ])[-_. ]+", r"\1", stem).strip("-_. ") or "document"
    return stem + suffix


def _date(text: str, mapping, style: str) -> str:
    moved = dates.shift_date(text, mapping.date_shift_days, known_date=True) if style != "label" \
        else dates.generalise_date(text, known_date=True)
    return _slug(moved) if moved else "date"


def anonymise_path(relative: str | Path, text: str, findings: list[Finding], mapping,
                   style: str = "pseudonym", allow: frozenset[str] = frozenset()) -> Path:
    """Every folder and the file name of ``relative``, anonymised with the document's mapping."""
    pairs = word_pairs(text, findings)
    return Path(*(anonymise_part(p, pairs, mapping, style, allow) for p in Path(relative).parts))


__all__ = ["anonymise_part", "anonymise_path", "word_pairs"]
