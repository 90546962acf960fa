"""Replacement operators, in Presidio's anonymizer operator form.

``Pseudonymise`` (training material) swaps each identifier for an invented one that reads naturally:
a name of the same gender and case, a school with its kind kept ("Oakwood High School" ->
"Larchfield High School"), a drama-range phone number, a date moved by the document's shift.
``Label`` (reports to the Local Authority) writes clear typed labels: "[Child A]", "[School 1]".

Both take the span's text and, in ``params``, the finding, its entity and the mapping.
"""

from __future__ import annotations

import re

from presidio_anonymizer.operators import Operator, OperatorType

from redactor.detect import gazetteer
from redactor.detect.words import PLACE_BY_RE, WORD_RE
from redactor.link.linker import SCHOOL_GENERIC, Entity, distinctive_words
from redactor.replace import dates
from redactor.replace.mapping import Mapping
from redactor.types import (
    ADDRESS, CASE_REF, DATE, DATE_OF_BIRTH, EMAIL, LOCATION, NHS_NUMBER, NI_NUMBER, PERSON,
    PHONE, POSTCODE, SCHOOL, SOCIAL_HANDLE, ULN, UPN, URL,
)

TYPE_LABELS = {
    SCHOOL: "School", LOCATION: "Place", ADDRESS: "Address", POSTCODE: "Postcode",
    PHONE: "Phone number", EMAIL: "Email", URL: "Web address", SOCIAL_HANDLE: "Social media handle",
    DATE: "Date", DATE_OF_BIRTH: "Date of birth", NHS_NUMBER: "NHS number", UPN: "UPN", ULN: "ULN",
    NI_NUMBER: "NI number", CASE_REF: "Case reference",
}
ROLE_LABELS = {"child": "Child", "parent": "Parent", "relative": "Relative",
               "professional": "Professional", "person": "Person"}
WEBMAIL = frozenset({"gmail.com", "googlemail.com", "hotmail.com", "hotmail.co.uk", "outlook.com",
                     "yahoo.com", "yahoo.co.uk", "icloud.com", "live.co.uk", "btinternet.com"})


def match_case(original: str, new: str) -> str:
    """Give ``new`` the case pattern of ``original`` (KACPER -> OLIVER, kacper -> oliver)."""
    if original.isupper() and len(original) > 1:
        return new.upper()
    if original.islower():
        return new.lower()
    return new


class _Base(Operator):
    def validate(self, params: dict = None) -> None:
        for key in ("mapping", "finding", "entity"):
            if key not in (params or {}):
                raise ValueError(f"operator parameter missing: {key}")
        if not isinstance(params["mapping"], Mapping):
            raise ValueError("operator parameter 'mapping' must be a Mapping")

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class Pseudonymise(_Base):
    """Readable, consistent invented values."""

    def operator_name(self) -> str:
        return "redactor_pseudonymise"

    def operate(self, text: str = None, params: dict = None) -> str:
        m: Mapping = params["mapping"]
        ent: Entity = params["entity"]
        kind = params["finding"].type
        if kind == PERSON:
            return _person(text, ent, m)
        if kind in (SCHOOL, LOCATION):
            return _setting(text, ent, m)
        if kind == PHONE:
            return _phone(text, m)
        if kind == EMAIL:
            return _email(text, m, params.get("people", {}))
        if kind in (DATE, DATE_OF_BIRTH):
            return _date(text, kind, m, params.get("dates", "shift"))
        if kind == ADDRESS:
            return m.number("address", text, lambda: f"{m.rng.randint(2, 98)} "
                            f"{m.place(text + '#street').split()[0]} "
                            f"{m.rng.choice(('Road', 'Close', 'Avenue', 'Street', 'Grove', 'Lane'))}")
        return "[" + _numbered(m, kind, ent) + "]"


class Label(_Base):
    """Typed labels: [Child A], [Parent B], [School 1], [Date]."""

    def operator_name(self) -> str:
        return "redactor_label"

    def operate(self, text: str = None, params: dict = None) -> str:
        m: Mapping = params["mapping"]
        ent: Entity = params["entity"]
        kind = params["finding"].type
        if kind == PERSON:
            return "[" + m.label(ROLE_LABELS.get(ent.role, "Person"), ent.id, letters=True) + "]"
        if kind in (DATE, DATE_OF_BIRTH):
            # A generalised date of birth still narrows a child down: label it.
            mode = "label" if kind == DATE_OF_BIRTH else params.get("dates", "label")
            return _date(text, kind, m, mode)
        return "[" + _numbered(m, kind, ent) + "]"


def _date(text: str, kind: str, m: Mapping, mode: str) -> str:
    """Shift by the mapping's whole number of weeks, generalise to month and year, or label."""
    new = None
    if mode == "shift":
        new = dates.shift_date(text, m.date_shift_days, known_date=True)
    elif mode == "generalise":
        new = dates.generalise_date(text, known_date=True)
    if new and gazetteer.fold(new) != gazetteer.fold(text):
        return new
    return f"[{TYPE_LABELS[kind]}]"


def _numbered(m: Mapping, kind: str, ent: Entity) -> str:
    return m.label(TYPE_LABELS.get(kind, kind.title()), ent.id)


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.[ \t]?){1,3}[A-Z]\.?")
# A name spelled out letter by letter: "d - a - n - n - y", "H-O-Y-L-E", "R I G G" (three letters
# with a hyphen or in lower case; four when only spaces part capitals, as "J R T" may be initials)
_SPELLED = re.compile(r"[A-Za-z](?P<sep>[ \t]?-[ \t]?)[A-Za-z](?:(?P=sep)[A-Za-z])+"
                      r"|[a-z](?P<space> )[a-z](?:(?P=space)[a-z])+|[A-Z] [A-Z](?: [A-Z]){2,}")


def _spelled(text: str, m: Mapping, gaz) -> str | None:
    """The pseudonym of the spelled name, spelled the same way: "h-o-y-l-e" becomes "w-o-o-d"
    when "hoyle" is "wood", never a name for each letter."""
    stop = "." if text.endswith(".") else ""  # (a sentence's stop the span took: "spelt T H O R N.")
    text = text[:-1] if stop else text
    if not _SPELLED.fullmatch(text):
        return None
    sep = re.search(r"[ \t]?-[ \t]?| ", text).group()
    word = "".join(c for c in text if c.isalpha()).lower()
    key = gazetteer.fold(word)
    if ("last", key) in m.names or ("first", key) not in m.names and gaz.is_surname(word) \
            and not gaz.is_first_name(word):
        new = m.surname(word)
    else:
        new = m.first_name(word, gaz.gender(word))
    letters = [c for c in new if c.isalpha()]
    return sep.join(c.upper() if text.isupper() else c.lower() for c in letters) + stop


STAFF_CODE = re.compile(r"[A-Z]{2}[a-z]")  # a school's staff code: "RMo"


def _person(text: str, ent: Entity, m: Mapping) -> str:
    gaz = gazetteer.load()
    spelled = _spelled(text, m, gaz)
    if spelled:
        return spelled
    if _DOTTED_INITIALS.fullmatch(text):
        # "A.T.", "K. D.": the pseudonym's initials, written the same way ("D.R.", not "DR.DR.")
        letters = re.findall(r"[A-Z]", text)
        code = "".join(letters)
        new = _initials_for(ent, m) if len(ent.parts) > 1 and len(code) == 2 and not all(
            p.isupper() and len(p) <= 3 for p in ent.parts) else _initials(code, m)
        if len(new) == len(letters):
            swap = iter(new)
            return re.sub(r"[A-Z]", lambda _: next(swap), text)
    out, pos = [], 0
    found = list(WORD_RE.finditer(text))
    for i, w in enumerate(found):
        word = w.group()
        out.append(text[pos:w.start()])
        pos = w.end()
        key = gazetteer.fold(word)
        # a title leads a name ("Mrs", "Dr"); one that ends the mention or is the surname is the
        # surname ("Mrs Sheikh", "Farida Sheikh")
        if key in gaz.titles and i + 1 < len(found) and key != ent.last:
            out.append(word)
        elif len(word) == 1 and word.isupper() and ent.first and len(ent.first) > 1 \
                and word == ent.parts[0][:1]:
            out.append(_first(ent.parts[0], ent, m, gaz)[:1])  # "E" for Ewan: the pseudonym's initial
        elif len(word) == 1 and word.isupper():
            # an initial of someone known by initials ("J. Holroyd", "D." of "Mrs D. J. Holroyd"):
            # a letter of its own, every time the same, never the one it stands for nor any the
            # document holds (a pseudonym's first letter could be either)
            out.append(_initials(word, m))
        elif STAFF_CODE.fullmatch(word) and len(ent.parts) > 1 and word == ent.parts[0][0] + ent.parts[-1][:2]:
            last = m.surname(ent.parts[-1])  # "RMo" for Rhiannon Moss: the pseudonym's own code
            out.append(m.first_name(ent.parts[0], ent.gender)[:1].upper() + last[:1].upper() + last[1:2].lower())
        elif word.isupper() and len(word) <= 3 and (key not in (ent.first, ent.last) or all(
                p.isupper() and len(p) <= 3 for p in ent.parts)):
            out.append(_initials_for(ent, m) if len(ent.parts) > 1 and not all(
                p.isupper() and len(p) <= 3 for p in ent.parts) else _initials(word, m))  # "RD" -> "KT"
        elif len(key) > 3 and key[-1] == "s" and not gaz.is_first_name(word) and not gaz.is_surname(word) \
                and (gaz.is_first_name(word[:-1]) and word.islower() or key[:-1] in (ent.first, ent.last)):
            # "paddys mam": the pseudonym of "paddy", as its possessive is written, with no apostrophe
            # ("hughs mam" where "paddy" is "hugh")
            base = word[:-1]
            new = m.surname(base) if key[:-1] == ent.last and key[:-1] != ent.first else _first(base, ent, m, gaz)
            out.append(match_case(base, new) + ("'" if new.endswith("s") else word[-1]))  # ("marcus' mam")
        elif key == ent.last or (key != ent.first and ent.first and gaz.is_surname(word)
                                 and not gaz.is_first_name(word)):
            out.append(match_case(word, m.surname(word)))
        else:
            out.append(match_case(word, _first(word, ent, m, gaz)))
    out.append(text[pos:])
    return "".join(out)


def _first(word: str, ent: Entity, m: Mapping, gaz) -> str:
    gender = ent.gender if ent.gender != "u" else gaz.gender(word)
    return m.first_name(word, gender)


def _initials_for(ent: Entity, m: Mapping) -> str:
    """The initials of the pseudonym ("LL" for Liam Lawrence), unless they are someone's initials
    in the document ("A.T." of Aled Tomlinson, or this person's own): then initials of their own."""
    first = m.first_name(ent.parts[0], ent.gender)
    last = m.surname(ent.parts[-1])
    new = (first[0] + last[0]).upper()
    if m.is_original_initials(new):
        return _initials(ent.parts[0][:1] + ent.parts[-1][:1], m)
    return new


def _initials(word: str, m: Mapping) -> str:
    """Initials with no known full name ("KN" in a day-book): other initials of the same length."""
    def make():  # no letter where the original has it: "K.D." never becomes "K.K."
        return "".join(m.rng.choice([c for c in "ABCDEFGHJKLMNPRSTW" if c != o.upper()]) for o in word)
    return m.pseudonym("initials", word, make)


def _setting(text: str, ent: Entity, m: Mapping) -> str:
    """Replace the distinctive words of a name, keep the kind: "St Bede's RC Primary"."""
    full = ent.parts[0]
    distinctive = distinctive_words(full)
    new_name = m.place(" ".join(distinctive) or full)
    if text in ent.aliases or (text.isupper() and 1 < len(text) <= 6 and text not in full):
        # A defined short form: the initials of the replaced full name.
        replaced_full = full.replace(" ".join(distinctive), new_name) if distinctive else new_name
        short = "".join(w[0] for w in replaced_full.split() if w[:1].isupper())
        tries = iter(range(1000))

        def make():  # the initials first; if taken (or an abbreviation we keep), add a letter
            return short if next(tries) == 0 else short + m.rng.choice("BCDFGHJKLMNPRSTVWXYZ")
        return m.pseudonym("short", text, make)
    words = text.split()
    if not distinctive_words(text) or ent.type == LOCATION and PLACE_BY_RE.search(text):
        return new_name  # ("Nethergarth on the Wolds": a village by its hills, named anew whole)
    # the words that say what kind of setting it is, kept: "Hub" and the "Family" of "Family Hub"
    kept_kind = {k for k, w in enumerate(words) if distinctive_words(" ".join(words[k:k + 2]))[:1] != [w]}
    pieces, replaced, k = [], False, -1
    for w in re.split(r"(\s+)", text):
        k += bool(w.strip())
        if w.strip() and gazetteer.fold(w).strip(".'’s") not in SCHOOL_GENERIC \
                and k not in kept_kind:
            if not replaced:
                pieces.append(match_case(w, new_name))
                replaced = True
            elif pieces and pieces[-1].isspace():
                pieces.pop()
        else:
            pieces.append(w)
    return "".join(pieces).strip()


def _phone(text: str, m: Mapping) -> str:
    digits = re.sub(r"\D", "", text)
    mobile = digits.startswith(("07", "447", "4407"))

    def make():
        n = m.rng.randrange(1000)
        return f"07700 900{n:03d}" if mobile else f"0114 496 0{n:03d}"
    return m.number("phone", digits, make)


def _email(text: str, m: Mapping, people: dict[str, str]) -> str:
    local, _, domain = text.partition("@")
    tokens = [t for t in re.split(r"[._\-+]", local) if t]
    mapped = []
    for token in tokens:
        key = gazetteer.fold(token)
        if key in people:
            mapped.append(match_case(token, people[key]))
        else:
            mapped = []
            break
    new_domain = domain.lower() if domain.lower() in WEBMAIL else "example.org"

    def make():
        if mapped:
            return ".".join(mapped) + "@" + new_domain
        m.counters["email"] += 1
        return f"contact{m.counters['email']}@{new_domain}"
    return m.number("email", text.lower(), make)
