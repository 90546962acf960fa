"""The replacement mapping: one per document, or one per batch (``consistency: batch``).

It remembers every original it has replaced and what it chose, so the same person, school or
number is replaced the same way everywhere, two originals never share a replacement, and no
replacement is ever equal to an original seen in the document or batch.

More than that: no word of a replacement name, school, place or initials, and no replacement
phone number or e-mail address, may equal a word (or number) *anywhere* in the documents it
serves (``forbid``), detected or not, so a pseudonym can never be mistaken for (or reveal) a real
person of the same document, and anything in an output that is neither a replacement nor kept
text is an original. Dates are exempt: every date moves by the same shift.

State belongs to one run (or one batch) and is passed explicitly: nothing is kept on a class. A
mapping is saved with its document (``to_json``/``from_json``, encrypted in the review workspace),
so a reviewer's later addition, or a new version of the same file, is replaced the same way.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from functools import lru_cache

from faker import Faker

from redactor import resources
from redactor.detect.gazetteer import fold

MIN_SHIFT_WEEKS, MAX_SHIFT_WEEKS = 4, 26
TOKEN_RE = re.compile(r"[^\W_]+")
NUMBER_RE = re.compile(r"\d(?:[\d \-.()]*\d)?")
_INITIALS_RE = re.compile(r"(?:\w\.?\s?){1,4}")
EMAIL_RE = re.compile(r"(?<![^\s<>()\[\]\"',;:])[^\s<>()\[\]\"',;:]+@[^\s<>()\[\]\"',;:]+")
# Kinds whose replacement is checked word by word against the documents' words; phone numbers
# are checked by their digits, e-mail addresses whole. Dates and labels are not checked.
WORD_KINDS = frozenset({"first", "last", "place", "initials", "short"})
FORMAT = 1
SPARE_LABELS = {"first": "Person", "last": "Person", "initials": "Person", "place": "Place",
                "short": "Place", "phone": "Phone number", "email": "Email", "address": "Address"}


def tokens(text: str) -> set[str]:
    return {fold(t) for t in TOKEN_RE.findall(text)}


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


class Mapping:
    def __init__(self, seed: int | None = None):
        self.rng = random.Random(seed)
        self.faker = Faker("en_GB")
        self.faker.seed_instance(self.rng.randrange(2**32))
        self.originals: set[str] = set()          # folded originals (whole spans and name parts)
        self._original_initials: set[str] = set()  # the letters of those written as initials
        self.reserved: set[str] = set()           # folded terms a replacement must not be (NHS, EP)
        self.used: set[str] = set()               # folded replacements handed out
        self.names: dict[tuple[str, str], str] = {}   # (kind, folded original) -> replacement
        self.labels: dict[tuple[str, str], str] = {}  # (label kind, entity id) -> label
        self.counters: dict[str, int] = defaultdict(int)
        weeks = self.rng.randint(MIN_SHIFT_WEEKS, MAX_SHIFT_WEEKS) * self.rng.choice((-1, 1))
        self.date_shift_days = weeks * 7
        self._places = [p for p in resources.word_list("pseudonym_places.txt")]
        self.rng.shuffle(self._places)
        # Every word and number of the documents this mapping serves (folded), and their e-mails.
        self.forbidden: set[str] = set()
        self.forbidden_numbers: set[str] = set()
        self.forbidden_emails: set[str] = set()

    # -- the documents' own words --------------------------------------------------------------
    def forbid(self, text: str) -> None:
        """No replacement made from now on may be a word, number or e-mail of ``text``; any made
        before that now is one is forgotten (and never handed out again)."""
        self.forbidden |= tokens(text)
        self.forbidden_numbers |= {_digits(m.group()) for m in NUMBER_RE.finditer(text)}
        self.forbidden_emails |= {fold(m.group()) for m in EMAIL_RE.finditer(text)}
        for key, value in list(self.names.items()):
            if self._clashes(key[0], value):
                del self.names[key]

    def _clashes(self, kind: str, candidate: str) -> bool:
        if kind in WORD_KINDS:
            return bool(tokens(candidate) & self.forbidden)
        if kind == "phone":
            digits = _digits(candidate)
            return digits in self.forbidden_numbers or any(
                digits.endswith(n) for n in self.forbidden_numbers if len(n) >= 9)
        if kind == "email":
            return fold(candidate) in self.forbidden_emails
        return False

    # -- saved with the document ---------------------------------------------------------------
    def to_json(self) -> str:
        """Everything needed to go on replacing the same way (no random state: later choices
        are new, earlier ones are kept)."""
        return json.dumps({
            "format": FORMAT, "date_shift_days": self.date_shift_days,
            "names": [[k, o, v] for (k, o), v in self.names.items()],
            "labels": [[k, e, v] for (k, e), v in self.labels.items()],
            "counters": dict(self.counters), "originals": sorted(self.originals),
            "used": sorted(self.used), "reserved": sorted(self.reserved),
        }, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str, seed: int | None = None) -> Mapping:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError("unknown mapping format")
        m = cls(seed)
        m.date_shift_days = int(data["date_shift_days"])
        m.names = {(k, o): v for k, o, v in data["names"]}
        m.labels = {(k, e): v for k, e, v in data["labels"]}
        m.counters.update({k: int(v) for k, v in data["counters"].items()})
        m.originals = set(data["originals"])
        m._original_initials = {_initials_letters(o) for o in m.originals if _INITIALS_RE.fullmatch(o)}
        m.used = set(data["used"])
        m.reserved = set(data["reserved"])
        return m

    def reserve(self, values) -> None:
        """Terms no replacement may be: the allow list ("NHS" must not stand for a school)."""
        self.reserved.update(fold(v) for v in values)

    def remember_originals(self, values) -> None:
        for value in values:
            key = fold(value)
            self.originals.add(key)
            if _INITIALS_RE.fullmatch(key):
                self._original_initials.add(_initials_letters(key))

    def is_original_initials(self, letters: str) -> bool:
        """Whether ``letters`` ("AT") are written as initials in an original ("A.T.", "A. T", "AT")."""
        return fold(letters) in self._original_initials

    def _ok(self, kind: str, candidate: str) -> bool:
        key = fold(candidate)
        return key not in self.originals and key not in self.used and key not in self.reserved \
            and not self._clashes(kind, candidate) \
            and not (kind == "initials" and len(candidate) > 1 and self.is_original_initials(candidate))

    def _fresh(self, kind: str, make, attempts: int = 200, pool=tuple) -> str:
        for _ in range(attempts):
            candidate = make()
            if self._ok(kind, candidate):
                self.used.add(fold(candidate))
                return candidate
        # The invented names ran dry (a document naming hundreds of people): the project's own
        # name lists are far larger.
        spare = [c for c in pool() if self._ok(kind, c)]
        if spare:
            choice = self.rng.choice(spare)
            self.used.add(fold(choice))
            return choice
        # Every invented value is taken (a document holding the whole drama range of phone
        # numbers): a numbered label, which no original can equal. Never a crash.
        self.counters[f"spare:{kind}"] += 1
        label = f"[{SPARE_LABELS.get(kind, 'Redacted')} {self.counters[f'spare:{kind}']}]"
        self.used.add(fold(label))
        return label

    def pseudonym(self, kind: str, original: str, make, pool=tuple) -> str:
        """The replacement of ``original`` as a ``kind`` (first, last, place, phone...)."""
        key = (kind, fold(original))
        if key not in self.names:
            self.names[key] = self._fresh(kind, make, pool=pool)
        return self.names[key]

    def first_name(self, original: str, gender: str) -> str:
        def draw():
            g = gender if gender in ("f", "m") else self.rng.choice("fm")
            return self.faker.first_name_female() if g == "f" else self.faker.first_name_male()
        return self.pseudonym("first", original, _other_initial(original, draw),
                              pool=lambda: _spare_names("first", gender))

    def surname(self, original: str) -> str:
        return self.pseudonym("last", original, _other_initial(original, self.faker.last_name),
                              pool=lambda: _spare_names("last"))

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


@lru_cache(maxsize=8)
def _spare_names(kind: str, gender: str = "u") -> tuple[str, ...]:
    """The project's own first names (of ``gender``) or surnames, for when Faker's run dry."""
    from redactor.detect import gazetteer
    gaz = gazetteer.load()
    names = gaz.first_names.items() if kind == "first" else ((n, "u") for n in gaz.surnames)
    return tuple(sorted(n.title() for n, g in names
                        if (kind != "first" or g == gender or gender not in ("f", "m"))
                        and n.isascii() and n.isalpha() and n not in gaz.ambiguous))


def _other_initial(original: str, draw):
    """A maker of names that do not start with the original's letter: Tomasz never becomes Toby,
    so "T.W." and "T up early" cannot come through unchanged (a few draws, then any name)."""
    def make():
        name = draw()
        for _ in range(8):
            if fold(name[:1]) != fold(original[:1]):
                break
            name = draw()
        return name
    return make


def _initials_letters(initials: str) -> str:
    """"a. t" -> "at": the letters of initials however they are written."""
    return re.sub(r"[^\w]", "", initials)


def _letters(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out
