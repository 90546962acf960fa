"""The replacement mapping: one per document, or one per batch (``consistency: batch``).

It remembers every original it has replaced and what it chose, so the same person, school or
number is replaced the same way everywhere, two originals never share a replacement, and no
replacement is ever equal to an original seen in the document or batch.

State belongs to one run (or one batch) and is passed explicitly: nothing is kept on a class.
"""

from __future__ import annotations

import random
from collections import defaultdict

from faker import Faker

from redactor import resources
from redactor.detect.gazetteer import fold

MIN_SHIFT_WEEKS, MAX_SHIFT_WEEKS = 4, 26


class Mapping:
    def __init__(self, seed: int | None = None):
        self.rng = random.Random(seed)
        self.faker = Faker("en_GB")
        self.faker.seed_instance(self.rng.randrange(2**32))
        self.originals: set[str] = set()          # folded originals (whole spans and name parts)
        self.reserved: set[str] = set()           # folded terms a replacement must not be (NHS, EP)
        self.used: set[str] = set()               # folded replacements handed out
        self.names: dict[tuple[str, str], str] = {}   # (kind, folded original) -> replacement
        self.labels: dict[tuple[str, str], str] = {}  # (label kind, entity id) -> label
        self.counters: dict[str, int] = defaultdict(int)
        weeks = self.rng.randint(MIN_SHIFT_WEEKS, MAX_SHIFT_WEEKS) * self.rng.choice((-1, 1))
        self.date_shift_days = weeks * 7
        self._places = [p for p in resources.word_list("pseudonym_places.txt")]
        self.rng.shuffle(self._places)

    def reserve(self, values) -> None:
        """Terms no replacement may be: the allow list ("NHS" must not stand for a school)."""
        self.reserved.update(fold(v) for v in values)

    def remember_originals(self, values) -> None:
        for value in values:
            self.originals.add(fold(value))

    def _fresh(self, make, attempts: int = 200) -> str:
        for _ in range(attempts):
            candidate = make()
            key = fold(candidate)
            if key not in self.originals and key not in self.used and key not in self.reserved:
                self.used.add(key)
                return candidate
        raise RuntimeError("could not find an unused pseudonym")  # pragma: no cover

    def pseudonym(self, kind: str, original: str, make) -> str:
        """The replacement of ``original`` as a ``kind`` (first, last, place, phone...)."""
        key = (kind, fold(original))
        if key not in self.names:
            self.names[key] = self._fresh(make)
        return self.names[key]

    def first_name(self, original: str, gender: str) -> str:
        def make():
            g = gender if gender in ("f", "m") else self.rng.choice("fm")
            return self.faker.first_name_female() if g == "f" else self.faker.first_name_male()
        return self.pseudonym("first", original, make)

    def surname(self, original: str) -> str:
        return self.pseudonym("last", original, self.faker.last_name)

    def place(self, original: str) -> str:
        def make():
            if self._places:
                return self._places.pop()
            return self.faker.last_name() + self.rng.choice(("field", "thorpe", "ley", " Vale"))
        return self.pseudonym("place", original, make)

    def number(self, kind: str, original: str, make) -> str:
        return self.pseudonym(kind, original, make)

    def label(self, kind: str, entity_id: str, letters: bool = False) -> str:
        """"Child A", "School 1": numbered per kind in the order entities are first met."""
        key = (kind, entity_id)
        if key not in self.labels:
            self.counters[kind] += 1
            n = self.counters[kind]
            self.labels[key] = f"{kind} {_letters(n) if letters else n}"
        return self.labels[key]


def _letters(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out
