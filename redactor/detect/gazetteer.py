"""Word lists from ``models/``, loaded once and shaped for fast look-ups.

All keys are lower-cased with diacritics kept; ``fold()`` gives the ASCII spelling too, so
"Wójcik" and "Wojcik" are both found.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from redactor import resources

MONTHS = ("january february march april may june july august september october november "
          "december jan feb mar apr jun jul aug sep sept oct nov dec").split()
WEEKDAYS = ("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu "
            "thur thurs fri sat sun").split()

# Two-letter forms that are far more often abbreviations than someone's initials.
NOT_INITIALS = frozenset(
    "EP TA LA OT SW PE IT RE AM PM OK UK NI GP HT DT MP PA PR HR CV ID IQ SA AP SI SN CP CT "
    "KS EY FE HE PT ST DR MR MS NB PS TV ED OR AS IF IN ON NO SO TO UP US WE GO AR HV VM CC "
    "BC AD DC PC PO RD ND TH NE NW SE UN EU OH AH OF BE BY DO HI IS IT ME MY OX PS YR QA AI "
    "CB CF DV FS FT GM IO JP KC LD MA MD MH NQ OD PH QC RN SS TB VI WC XL CD DS".split())

LOWER_CASE_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "cllr"})


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case and strip diacritics (ł -> l as well)."""
    word = word.lower().replace("ł", "l").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Gazetteer:
    first_names: dict[str, str]      # folded name -> gender f/m/u
    surnames: frozenset[str]         # folded
    ambiguous: frozenset[str]        # folded: names that are also ordinary words
    titles: frozenset[str]           # folded, without the full stop
    role_cues: dict[str, str]        # folded cue (may be several words) -> role
    places: dict[str, str]           # folded place name (may be several words) -> kind
    calendar: frozenset[str]         # months and weekdays, folded

    def is_title(self, word: str) -> bool:
        """Mr, Mrs, Dr., Cllr; lower-case only for the courtesy titles hurried notes use
        ("mrs begum"): "sister Maja" is a relation, "Sister Maja" a title."""
        key = fold(word).rstrip(".")
        if key not in self.titles:
            return False
        return word[:1].isupper() or key in LOWER_CASE_TITLES

    def gender(self, name: str) -> str:
        return self.first_names.get(fold(name), "u")

    def is_first_name(self, word: str) -> bool:
        return fold(word) in self.first_names

    def is_surname(self, word: str) -> bool:
        return fold(word) in self.surnames

    def is_ambiguous(self, word: str) -> bool:
        key = fold(word)
        return key in self.ambiguous or key in self.calendar


@lru_cache(maxsize=None)
def load() -> Gazetteer:
    first: dict[str, str] = {}
    for row in resources.table("first_names.tsv"):
        gender = row[1].lower() if len(row) > 1 and row[1].lower() in ("f", "m", "u") else "u"
        key = fold(row[0])
        # A name listed for both genders is unisex.
        first[key] = gender if first.get(key, gender) == gender else "u"
    places = {fold(row[0]): (row[1] if len(row) > 1 else "place")
              for row in resources.table("places.tsv")}
    cues = {fold(row[0]): (row[1] if len(row) > 1 else "person")
            for row in resources.table("role_cues.txt")}
    return Gazetteer(
        first_names=first,
        surnames=frozenset(fold(w) for w in resources.word_list("surnames.txt")),
        ambiguous=frozenset(fold(w) for w in resources.word_list("ambiguous_names.txt")),
        titles=frozenset(fold(w).rstrip(".") for w in resources.word_list("titles.txt")),
        role_cues=cues,
        places=places,
        calendar=frozenset(MONTHS + WEEKDAYS),
    )
