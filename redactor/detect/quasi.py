"""Quasi-identifiers: details that name nobody but, together, can point at one family.

The ICO's "motivated intruder" (a neighbour, a parent at the school gate, a local journalist)
re-identifies by combining details: a rare condition, a village, a year group, a family event.
``find(text, findings)`` returns each such detail as a :class:`Detail`: where it is, what kind,
about what share of the borough's children it fits, and the neutral phrase that can stand in for
it. How the details combine into a risk is ``redactor.review.intruder``; how the phrase is fitted
into its sentence is ``redactor.replace.generalise``.

The words are data: ``models/conditions.tsv`` (conditions with a prevalence band and a category)
and ``models/quasi_identifiers.tsv`` (backgrounds, family make-up, work, events, settings);
ages, year groups, small counts and chromosome changes are patterns here; places are the
LOCATION findings of the detection stage.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from redactor import resources
from redactor.types import LOCATION, Finding

RARE_CONDITION = "RARE_CONDITION"
CONDITION = "CONDITION"
AGE = "AGE"
YEAR_GROUP = "YEAR_GROUP"
ETHNICITY = "ETHNICITY"
NATIONALITY = "NATIONALITY"
LANGUAGE = "LANGUAGE"
RELIGION = "RELIGION"
FAMILY = "FAMILY"
OCCUPATION = "OCCUPATION"
EVENT = "EVENT"
SETTING = "SETTING"
SMALL_COUNT = "SMALL_COUNT"
PLACE = "PLACE"

QUASI_TYPES = (RARE_CONDITION, CONDITION, AGE, YEAR_GROUP, ETHNICITY, NATIONALITY, LANGUAGE,
               RELIGION, FAMILY, OCCUPATION, EVENT, SETTING, SMALL_COUNT, PLACE)

# What a reviewer reads for each kind of detail.
LABELS = {RARE_CONDITION: "rare condition", CONDITION: "condition", AGE: "exact age",
          YEAR_GROUP: "year group", ETHNICITY: "ethnicity", NATIONALITY: "nationality or origin",
          LANGUAGE: "language", RELIGION: "religion", FAMILY: "family make-up",
          OCCUPATION: "parent's work", EVENT: "distinctive event", SETTING: "specialist setting",
          SMALL_COUNT: "count under 5", PLACE: "place below the borough"}

# Shares are of the children and young people with special educational needs in the borough
# (redactor.review.intruder.POPULATION), the people a casework document could be about. A rare
# condition almost always brings special educational needs, so its prevalence among all children
# (Orphanet's band) is about 8 times higher among them (82,000 children and young people, 10,000
# with SEND). A common condition is common there too: autism, ADHD or dyslexia each fits a sizeable
# part of any SEND caseload, so the band "more than 1 in 1,000" reads as about 1 in 7.
SEND_FACTOR = 8
BAND_SHARE = {">1/1000": 0.15, "1-5/10000": 0.0003 * SEND_FACTOR, "1-9/100000": 0.00005 * SEND_FACTOR,
              "1-9/1000000": 0.000005 * SEND_FACTOR, "<1/1000000": 0.0000005 * SEND_FACTOR}
UNLISTED_SYNDROME_SHARE = 0.0001 * SEND_FACTOR   # "<Name> syndrome" not in the list: taken as rare
YEAR_SHARE = 0.06                  # one school year of the 0-25 population with SEND (weighted to school age)
MONTHS_SHARE = YEAR_SHARE / 12     # an age in years and months
PLACE_SHARE = 0.03                 # a village or estate of the borough
COUNT_SHARE = 0.0005               # a count under 5 is a handful of families by itself


@dataclass(frozen=True)
class Detail:
    """One mention of a quasi-identifier. ``key`` names the detail itself (the same condition
    written two ways, or a place mentioned twice, is one detail); it holds document words, so it
    never leaves the process: stored findings carry only a detail number."""

    type: str
    start: int
    end: int
    key: str
    share: float          # about what share of the borough's children and young people it fits
    generalised: str      # the neutral phrase, before it is fitted into the sentence


@dataclass(frozen=True)
class _Term:
    type: str
    pattern: re.Pattern
    key: str
    share: float
    generalised: str
    lead: str | None = None   # a literal term's first word (lower case): looked for only where it occurs


def _lead(term: str) -> str | None:
    if term.startswith("re:"):
        return None
    m = re.search(r"[a-z0-9]+", term.lower())
    return m.group() if m else None


def _words(term: str) -> str:
    """A literal term as a pattern: spaces and hyphens interchangeable (never a line break: a
    detail is generalised within one paragraph), an apostrophe optional."""
    parts = [re.escape(p).replace("'", "'?") for p in re.split(r"[\s-]+", term.strip()) if p]
    return r"[ \t-]+".join(parts)


def _compile(term: str) -> re.Pattern:
    """A capitalised term matches as written or in capitals; a lower-case one in any case. A
    ``re:`` term is a pattern, in any case."""
    if term.startswith("re:"):
        return re.compile(term[3:], re.IGNORECASE)
    body = r"(?<![\w-])(?:" + _words(term) + r")(?![\w-]|'\w)"
    if term.lower() == term:
        return re.compile(body, re.IGNORECASE)
    return re.compile(body + "|" + body.replace(_words(term), _words(term.upper())))


@lru_cache(maxsize=1)
def _terms() -> tuple[_Term, ...]:
    out = []
    for row in resources.table("conditions.tsv"):
        if len(row) < 5 or row[3] not in BAND_SHARE:
            continue
        name, aliases, category, band, rare = row[:5]
        kind = RARE_CONDITION if rare.lower() == "yes" else CONDITION
        for form in [name] + [a for a in aliases.split("|") if a.strip()]:
            form = form.strip()
            # Condition names are written every way; only an abbreviation keeps its capitals.
            pattern = _compile(form if form.isupper() or len(form) < 4 else form.lower())
            out.append(_Term(kind, pattern, f"{kind}:{name.lower()}", BAND_SHARE[band], category, _lead(form)))
    for row in resources.table("quasi_identifiers.tsv"):
        if len(row) < 4:
            continue
        kind, term, share, generalised = row[:4]
        out.append(_Term(kind, _compile(term), f"{kind}:{term.lower()}", float(share), generalised, _lead(term)))
    # Longest first, so "Irish Traveller" wins over "Traveller" where both match.
    return tuple(sorted(out, key=lambda t: -len(t.pattern.pattern)))


_SYNDROME = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+(?:'s)?[\s-]){1,3}(?:syndrome|disease|disorder))\b")
_CHROMOSOME = re.compile(
    r"(?<![\w-])(?:(?:chromosome\s+)?\d{1,2}\s?[pq]\s?\d{1,2}(?:\.\d{1,2})?\s*"
    r"(?:micro)?(?:deletion|duplication|del|dup)(?:\s+syndrome)?"
    r"|trisomy\s+(?:13|18|8|9|22)|ring\s+chromosome\s+\d{1,2}"
    r"|chromosome\s+\d{1,2}\s+(?:deletion|duplication|disorder|abnormality))\b", re.IGNORECASE)
_NUMBER = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
           "fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three "
           "twenty-four twenty-five").split()
_N = r"(\d{1,2}|" + "|".join(sorted(_NUMBER, key=len, reverse=True)) + r")"
_AGE = re.compile(
    r"\b(?:aged?[ \t]+" + _N + r"(?:[ \t]*(?:years?|yrs?))?(?:[ \t,]+(?:and[ \t]+)?" + _N +
    r"[ \t]*(?:months?|mths?))?"
    r"|" + _N + r"[ \t]*(?:years?|yrs?)(?:[ \t,]+(?:and[ \t]+)?" + _N + r"[ \t]*(?:months?|mths?))?[ \t]+old"
    r"|" + _N + r"[ \t]*(?:years?|yrs?)[ \t,]+(?:and[ \t]+)?" + _N + r"[ \t]*(?:months?|mths?)"
    r"|" + _N + r"-years?-old)\b", re.IGNORECASE)
# "hes 13", "I'm 16", "he was seven", "at the age of four", "Age: 17": an age said in words (a
# named subject, "Oliver is 6", is _NAMED_AGE); never "one of those days", "2 years behind"
_NOT_AN_AGE = (r"(?![ \t]*(?:%|am\b|pm\b|[:.]\d|o'clock|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|"
               r"months?|years?[ \t]+(?:ago|since|later|behind|ahead|late|early|older|younger|below|above)|"
               r"miles?|times|children|kids|pupils|families|percent|pounds|of\b|out\b|or\b|to\b|"
               r"p\b|st\b|nd\b|rd\b|th\b|-|/|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))")
_AGE_SAID = re.compile(
    r"\b(?:(?:at[ \t]+)?the[ \t]+age[ \t]+of[ \t]+" + _N + r"|age[ \t]*[:*][ \t:*]{0,6}" + _N +
    r"|(?:he|she|they|i)(?:'s|’s|s|[ \t]+is|[ \t]+was|'m|’m|m|[ \t]+am|[ \t]+turned|[ \t]+turns)[ \t]+" + _N +
    r")\b" + _NOT_AN_AGE, re.IGNORECASE)
_NAMED_AGE = re.compile(r"\b[A-Z][a-z]+(?:'s)?[ \t]+(?P<said>(?:is|was|turned|turns)[ \t]+" + _N + r")\b" + _NOT_AN_AGE)
_YEAR_GROUP = re.compile(r"\b(?:(?i:year|yr)\s?([1-9]|1[0-4])|Y([1-9]|1[0-3])|(Reception))\b(?![-/.]\d)")
_PLURALS = {"family": "families", "child": "children", "young person": "young people",
            "pupil": "pupils", "parent": "parents", "case": "cases", "household": "households",
            "learner": "learners", "student": "students", "boy": "boys", "girl": "girls"}
_GROUP = (r"families|family|children|child|young people|young person|pupils?|parents?|cases?|"
          r"households?|learners?|students?|boys?|girls?")
_GROUP += r"|exclusions?|referrals?|complaints?|appeals?|incidents?|placements?"
# "3 families in Brinsworth", "Two parents told us", "two of the children": a count under 5 of
# people or cases (not "her two children": that is family make-up)
_SMALL_COUNT = re.compile(
    r"\b(?P<n>one|two|three|four|only one|just one|[1-4])[ \t]+"
    r"(?P<between>(?:of[ \t]+the[ \t]+)?(?:[A-Za-z-]+[ \t]+){0,2}?)(?P<group>" + _GROUP + r")\b", re.IGNORECASE)
# "a Stage 2 appeal", "Year 3 pupils": a number that labels, not a count
_COUNT_LABEL = re.compile(r"(?i)\b(?:stage|level|tier|step|phase|section|part|page|year|yr|week|day|no|"
                          r"number|band|grade|option|ks)\.?\s*$")
_FAMILY_COUNT = re.compile(r"(?i)\b(?:has|have|had|her|his|my|their|our|with|of|the|these|those|both)\s+$")
_PARENT_BEFORE = re.compile(
    r"\b(?:mum|mam|mom|dad|mother|father|parents?|carers?|step-?(?:dad|mum|father|mother)|grand(?:ad|dad|ma|pa)|"
    r"nan|nana|partner|husband|wife|uncle|aunt(?:ie)?|i)\b[^.\n]{0,25}?"
    r"\b(?:is|was|are|were|am|works?|worked|working|job|employed|trained|retired)\b[^.\n]{0,25}$",
    re.IGNORECASE)
# "Kelly works part time as a dinner lady", "gave up her job as a hairdresser", "works shifts at a
# distribution warehouse": work said outright, whoever's
_JOB_BEFORE = re.compile(r"\b(?:works?|worked|working|job|employed)\b[^.\n]{0,20}?\b(?:as|at|in)\s+"
                         r"(?:an?|the)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


def _number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _NUMBER.index(word) + 1 if word in _NUMBER else None


def find(text: str, findings: list[Finding] | tuple = ()) -> list[Detail]:
    """Every quasi-identifier of ``text``, in text order, no two overlapping (the longer wins).
    ``findings``: the document's direct identifiers; its places (LOCATION) are details too."""
    found: list[Detail] = []
    present = set(re.findall(r"[a-z0-9]+", text.lower()))  # one pass: most terms' first word is absent
    for term in _terms():
        if term.lead is not None and term.lead not in present:
            continue
        for m in term.pattern.finditer(text):
            before = text[max(0, m.start() - 60):m.start()]
            if term.type == OCCUPATION and not (_PARENT_BEFORE.search(before) or _JOB_BEFORE.search(before)):
                continue  # a job is a detail of the family only when a parent holds it
            found.append(Detail(term.type, m.start(), m.end(), term.key, term.share, term.generalised))
    listed = [(d.start, d.end) for d in found]

    def unlisted(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in listed)

    for m in _CHROMOSOME.finditer(text):
        if not unlisted(m.start(), m.end()):
            continue  # a listed entry knows its prevalence and category better
        found.append(Detail(RARE_CONDITION, m.start(), m.end(),
                            f"{RARE_CONDITION}:{' '.join(m.group(0).lower().split())}",
                            UNLISTED_SYNDROME_SHARE, "a rare chromosomal condition"))
    for m in _SYNDROME.finditer(text):
        if not unlisted(m.start(1), m.end(1)):
            continue
        found.append(Detail(RARE_CONDITION, m.start(1), m.end(1),
                            f"{RARE_CONDITION}:{' '.join(m.group(1).lower().split())}",
                            UNLISTED_SYNDROME_SHARE, "a rare condition"))
    for m in _AGE.finditer(text):
        months = m.group(0).lower().count("month") or m.group(0).lower().count("mth")
        years = next(_number(g) for g in m.groups() if g)
        if years is None or years > 25:
            continue
        found.append(Detail(AGE, m.start(), m.end(), f"{AGE}:{years}:{bool(months)}",
                            MONTHS_SHARE if months else YEAR_SHARE, ""))
    for pattern, group in ((_AGE_SAID, 0), (_NAMED_AGE, "said")):
        for m in pattern.finditer(text):
            years = next((_number(g) for g in m.groups()[1 if group else 0:] if g), None)
            if years is not None and years <= 25:
                found.append(Detail(AGE, m.start(group), m.end(group), f"{AGE}:{years}:False", YEAR_SHARE, ""))
    for m in _YEAR_GROUP.finditer(text):
        group = m.group(1) or m.group(2) or "R"
        found.append(Detail(YEAR_GROUP, m.start(), m.end(), f"{YEAR_GROUP}:{group}", YEAR_SHARE, ""))
    for m in _SMALL_COUNT.finditer(text):
        if _FAMILY_COUNT.search(text, max(0, m.start() - 8), m.start()) or \
                _COUNT_LABEL.search(text, max(0, m.start() - 10), m.start()):
            continue  # "her two children", "mum of two boys"
        n = m.group("n").lower()
        one = n in ("one", "only one", "just one", "1")
        end = m.end("group") if one else m.end("n")
        found.append(Detail(SMALL_COUNT, m.start(), end, f"{SMALL_COUNT}:{m.start()}", COUNT_SHARE, ""))
    places: dict[str, int] = {}
    for f in findings:
        if f.type == LOCATION:
            key = f"{PLACE}:{' '.join(text[f.start:f.end].lower().split())}"
            places.setdefault(key, len(places))
            found.append(Detail(PLACE, f.start, f.end, key, PLACE_SHARE, "a village in the borough"))
    return _no_overlaps(found)


def _no_overlaps(found: list[Detail]) -> list[Detail]:
    """Text order; of overlapping details the longer (then the rarer) stays. The chosen spans
    never overlap, so each candidate is checked against its two neighbours by bisection."""
    starts: list[int] = []
    chosen: list[Detail] = []
    for d in sorted(found, key=lambda d: (-(d.end - d.start), d.share, d.start)):
        k = bisect_left(starts, d.start)
        if (k < len(chosen) and chosen[k].start < d.end) or (k > 0 and chosen[k - 1].end > d.start):
            continue
        starts.insert(k, d.start)
        chosen.insert(k, d)
    return chosen


def plural(group: str) -> str:
    """The plural of a counted group ("family" -> "families")."""
    lowered = group.lower()
    if lowered in _PLURALS.values() or lowered.endswith(("s", "people")):
        return group
    return _PLURALS.get(lowered, group + "s")


@lru_cache(maxsize=1)
def condition_names() -> tuple[str, ...]:
    """Condition names of two words or more and abbreviations in capitals, as written in
    conditions.tsv: they are never a person, a school or a place ("Angelman syndrome", "PWS")."""
    from redactor.detect import gazetteer
    gaz = gazetteer.load()
    out = []
    for row in resources.table("conditions.tsv"):
        if len(row) >= 2:
            for form in [row[0]] + row[1].split("|"):
                form = form.strip()
                key = gazetteer.fold(form)
                if len(form.split()) >= 2 or (form.isupper() and len(form) >= 3 and not (
                        key in gaz.first_names or key in gaz.surnames or key in gaz.places)):
                    out.append(form)  # never "JIA": the allow list is read in any case, and Jia is a name
    return tuple(out)


__all__ = ["Detail", "QUASI_TYPES", "LABELS", "find", "plural", "condition_names"]
