"""The motivated-intruder test: could someone who knows the borough single a family out from what
is left once the names are gone?

Each quasi-identifier (``redactor.detect.quasi``) fits some share of the borough's children and
young people. Details of different kinds narrow the field together, so the estimate multiplies
the shares of the kinds present (within one kind, the rarest detail counts: an age and a year
group, or an ethnicity and a language, say much the same thing). ``expected`` is then about how
many of the borough's children and young people with SEND would share every detail:

* fewer than ``HIGH_BELOW`` (3): **high**. A reviewer must generalise details until it is not, or
  keep each remaining one with a reason, before the document can be approved;
* fewer than ``MEDIUM_BELOW`` (30), or any count under 5: **medium**, shown, no gate;
* else **low**: "autism" alone, "Year 9" alone.

A count under 5 in the same sentence as a place, a setting, a background, a rare condition or an
event ("3 families in <village>") is high on its own.

The stored rows (``rows``) carry type, offsets, share, a detail number, the fitted replacement
and whether it applies; never the words, so ``assess`` runs from the findings of a stored
document as well as during redaction.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from math import prod

from redactor.detect.quasi import (AGE, CONDITION, ETHNICITY, EVENT, FAMILY, LABELS, LANGUAGE,
                                   NATIONALITY, OCCUPATION, PLACE, RARE_CONDITION, RELIGION,
                                   SETTING, SMALL_COUNT, YEAR_GROUP, find)
from redactor.replace.generalise import fit
from redactor.types import LOCATION, Finding, SpanIndex

# The people a casework document could be about: children and young people (0-25) with special
# educational needs in a borough of about 265,000 (about 17% of its 50,000 pupils, SEN support and
# EHC plans, with the post-16 plans). Every share in models/ is a share of them.
POPULATION = 10_000
HIGH_BELOW = 3.0
MEDIUM_BELOW = 30.0
ALONE = 1 / 250         # a detail this rare among SEND children (a rare condition, an event, a count under
#                         5) identifies on its own: la-influence always generalises it
LISTS = ("background", "place", "setting")
MANY = 4                # this many different backgrounds, conditions, places or settings: many families

DIMENSIONS = {RARE_CONDITION: "condition", CONDITION: "condition", AGE: "age", YEAR_GROUP: "age",
              ETHNICITY: "background", NATIONALITY: "background", LANGUAGE: "background",
              RELIGION: "background", FAMILY: "family", OCCUPATION: "work", EVENT: "event",
              SETTING: "setting", PLACE: "place", SMALL_COUNT: "count"}
_WITH_COUNT = {PLACE, SETTING, ETHNICITY, NATIONALITY, LANGUAGE, RELIGION, RARE_CONDITION, EVENT}
LEVELS = ("low", "medium", "high")


@dataclass(frozen=True)
class Assessment:
    level: str                        # low | medium | high
    expected: float                   # about how many children in the borough share the details
    kinds: tuple[str, ...]            # the kinds of detail that make it up (labels, for people)
    details: tuple[str, ...]          # the detail numbers that make it up ("Q1", ...)
    small_count: bool = False         # a count under 5 beside another detail
    by_paragraph: bool = False        # judged paragraph by paragraph (a document about many families)

    def describe(self) -> str:
        """One line for a reviewer, no document words."""
        if self.level == "low" and not self.kinds:
            return "re-identification risk: low (no combining details)"
        share = (f"about {self.expected:.1f}" if self.expected >= 0.1 else "fewer than 0.1")
        extra = "; a count under 5 beside other details" if self.small_count else ""
        extra += "; judged paragraph by paragraph (many families)" if self.by_paragraph else ""
        return (f"re-identification risk: {self.level} ({share} of the borough's children with "
                f"SEND would share: {', '.join(self.kinds)}{extra})")


def assess(rows: Iterable[dict]) -> Assessment:
    """The risk of the details in ``rows`` (quasi rows: type, start, end, detail, share). A
    document about many families (``MANY`` different backgrounds, conditions, places or settings:
    a report of a term's themes, a list of languages interpreted) is judged paragraph by
    paragraph, the riskiest one counting: its details do not all belong to one child."""
    rows = [r for r in rows if r.get("quasi")]
    if _many_families(rows):
        paragraphs: dict[int, list[dict]] = {}
        for r in rows:
            paragraphs.setdefault(r["para"], []).append(r)
        parts = [_assess_one(group) for group in paragraphs.values()]
        worst = min(parts, key=lambda a: (-LEVELS.index(a.level), a.expected))
        return Assessment(worst.level, worst.expected, worst.kinds, worst.details, worst.small_count,
                          by_paragraph=True)
    return _assess_one(rows)


def _many_families(rows: list[dict]) -> bool:
    distinct: dict[str, set[str]] = {}
    for r in rows:
        dimension = DIMENSIONS.get(r["type"], r["type"])
        if dimension in LISTS + ("condition",):
            distinct.setdefault(dimension, set()).add(r["detail"])
    return any(len(v) >= MANY for v in distinct.values())


def _assess_one(rows: list[dict]) -> Assessment:
    by_dimension: dict[str, dict[str, float]] = {}
    for r in rows:
        by_dimension.setdefault(DIMENSIONS.get(r["type"], r["type"]), {})[r["detail"]] = float(r["share"])
    expected = float(POPULATION)
    for dimension, shares in by_dimension.items():
        if dimension == "count" or (dimension in LISTS and len(shares) >= MANY):
            continue  # four languages or villages in one paragraph are a list, not one family
        ordered = sorted(shares.values())
        expected *= ordered[0] if dimension != "family" else prod(ordered[:2])
    counts = [r for r in rows if r["type"] == SMALL_COUNT]
    said_with = {r["sentence"] for r in rows if r["type"] in _WITH_COUNT}
    beside = any(c["sentence"] in said_with for c in counts)  # said in one sentence
    if expected < HIGH_BELOW or beside:
        level = "high"
    elif expected < MEDIUM_BELOW or counts:
        level = "medium"
    else:
        level = "low"
    kinds = tuple(dict.fromkeys(LABELS[r["type"]] for r in sorted(rows, key=lambda r: r["start"])))
    details = tuple(dict.fromkeys(r["detail"] for r in sorted(rows, key=lambda r: r["start"])))
    return Assessment(level, expected, kinds, details, beside)


def rows(text: str, findings: list[Finding], generalise_by_default: bool) -> list[dict]:
    """The quasi rows of one document: each mention of each detail, numbered by detail
    ("Q1"), with its fitted replacement and whether it applies before anyone decides:
    with ``generalise_by_default`` (la-influence) every detail of a high-risk document and every
    detail rare enough to identify alone; otherwise none (the reviewer chooses)."""
    details = _one_for_abbreviation(text, find(text, findings))
    breaks = [m.start() for m in re.finditer(r"(?=\n\n)", text)]  # where paragraphs end

    def paragraph(at: int) -> int:  # the key of the paragraph holding ``at``, by bisection
        k = bisect_right(breaks, at - 2) - 1
        return breaks[k] + 1 if k >= 0 else 0
    numbers: dict[str, str] = {}
    out = []
    for d in details:
        number = numbers.setdefault(d.key, f"Q{len(numbers) + 1}")
        start, end, phrase = fit(text, d)
        out.append({"type": d.type, "start": start, "end": end, "quasi": True, "detail": number,
                    "entity": number, "share": d.share, "replacement": phrase, "applied": False,
                    "recognizer": "quasi", "score": 1.0, "sentence": _sentence_start(text, start),
                    "para": paragraph(start)})
    if generalise_by_default:
        level = residual(findings_rows(findings) + out, [])[0].level
        for r in out:
            r["applied"] = r["type"] != CONDITION and (level == "high" or r["share"] < ALONE
                                                      or r["type"] == SMALL_COUNT)
    return out


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def findings_rows(findings: list[Finding]):
    """The identifiers as rows, for ``residual`` (only their type and place matter there)."""
    return [{"type": f.type, "start": f.start, "end": f.end} for f in findings]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence (or line) holding ``at`` starts: details with the same start are said
    together."""
    window = text[max(0, at - 400):at]
    last = None
    for last in _SENTENCE_END.finditer(window):
        pass
    return max(0, at - 400) + last.end() if last else max(0, at - 400)


def _one_for_abbreviation(text: str, details: list) -> list:
    """"Prader-Willi syndrome (PWS)": one mention, so it is generalised once."""
    out = []
    for d in details:
        prev = out[-1] if out else None
        if prev is not None and prev.key == d.key and text[prev.end:d.start] in (" (", "(") \
                and text[d.end:d.end + 1] == ")":
            out[-1] = replace(prev, end=d.end + 1)
            continue
        out.append(d)
    return out


def standing(quasi_rows: list[dict], decisions: list[dict]) -> dict[str, tuple[bool, str | None]]:
    """Per detail: (generalised?, the reason it was kept, if one was given), the defaults
    overridden by the reviewer's latest decision on it."""
    state: dict[str, tuple[bool, str | None]] = {}
    for r in quasi_rows:
        state.setdefault(r["detail"], (bool(r.get("applied")), None))
    for d in decisions:
        detail = d.get("detail")
        if detail in state and d.get("action") == "generalise":
            state[detail] = (True, None)
        elif detail in state and d.get("action") == "keep":
            state[detail] = (False, d.get("reason") or "")
    return state


class _Identifiers:
    """Where a document's identifiers stand as decided: its findings less the rejected ones,
    plus the reviewer's additions, found by position."""

    def __init__(self, rows: list[dict], decisions: list[dict]):
        rejected = {d.get("finding") for d in decisions if d.get("action") == "reject"}
        spans = [(r["start"], r["end"], r["type"]) for i, r in enumerate(rows)
                 if not r.get("quasi") and i not in rejected]
        for d in decisions:
            if d.get("action") == "add":
                spans += [(x["start"], x["end"], x["type"]) for x in d.get("spans", ())]
        self.index = SpanIndex(spans)

    def overlapping(self, row: dict):
        return self.index.overlapping(row["start"], row["end"])

    def block(self, row: dict) -> bool:
        """A mention that cannot be generalised where it stands: its span would swallow or cut
        an identifier ("one Kowalski family", a name that runs into an age). Only a place detail
        may stand over its own place (its LOCATION finding). The identifier's replacement stands,
        and the detail counts as written until a reviewer keeps it with a reason."""
        return any(not (row["type"] == PLACE and kind == LOCATION and row["start"] <= start
                        and end <= row["end"]) for start, end, kind in self.overlapping(row))

    def replaced(self, row: dict) -> bool:
        """A place mention its LOCATION finding still replaces."""
        return any(kind == LOCATION for _, _, kind in self.overlapping(row))


@dataclass(frozen=True)
class _Decided:
    """A stored document's details as its decisions leave them, worked out once."""

    rows: list[dict]                              # the detail rows
    state: dict[str, tuple[bool, str | None]]     # ``standing``
    blocked: set[int]                             # indices into ``rows`` that cannot be generalised
    hidden: set[str]                              # place details replaced as identifiers

    @classmethod
    def of(cls, rows: list[dict], decisions: list[dict]) -> "_Decided":
        quasi_rows = [r for r in rows if r.get("quasi")]
        identifiers = _Identifiers(rows, decisions)
        places: dict[str, bool] = {}
        for r in quasi_rows:
            if r["type"] == PLACE:
                places[r["detail"]] = places.get(r["detail"], True) and identifiers.replaced(r)
        return cls(quasi_rows, standing(quasi_rows, decisions),
                   {i for i, r in enumerate(quasi_rows) if identifiers.block(r)},
                   {d for d, replaced in places.items() if replaced})

    def generalised(self, i: int) -> bool:
        """The mention at ``i`` is generalised in the output."""
        return self.state[self.rows[i]["detail"]][0] and i not in self.blocked

    def residual(self) -> tuple[Assessment, list[str]]:
        left = [r for i, r in enumerate(self.rows)
                if r["detail"] not in self.hidden and not self.generalised(i)]
        now = assess(left)
        if now.level != "high":
            return now, []
        return now, [d for d in now.details if not self.state[d][1]]


def residual(rows: list[dict], decisions: list[dict]) -> tuple[Assessment, list[str]]:
    """The risk of what the output would still say, and the details a reviewer must still
    handle before approval (none unless that risk is high: then every detail neither
    generalised nor kept with a reason). ``rows``: a document's findings rows, identifiers and
    details together as stored. A place is already replaced as an identifier (a pseudonym or
    [Place 1]), so it says nothing of the family unless a reviewer kept the original."""
    return _Decided.of(rows, decisions).residual()


def details(rows: list[dict], decisions: list[dict]) -> tuple[Assessment, list[str], list[dict]]:
    """``residual``, and per detail where it stands, for a reviewer: its number, type, how many
    mentions, the first mention's place, what generalising writes, generalised or not (a
    mention an identifier blocks is not), the reason it was kept, whether it must still be
    handled, and whether it is a place already replaced as an identifier. No words."""
    decided = _Decided.of(rows, decisions)
    now, to_handle = decided.residual()
    mentions: dict[str, list[int]] = {}
    for i, r in enumerate(decided.rows):
        mentions.setdefault(r["detail"], []).append(i)
    out = []
    for number, indices in mentions.items():
        first = decided.rows[indices[0]]
        generalised = all(decided.generalised(i) for i in indices)
        out.append({"detail": number, "type": first["type"], "mentions": len(indices),
                    "start": first["start"], "end": first["end"], "replacement": first["replacement"],
                    "generalised": generalised, "reason": decided.state[number][1],
                    "to_handle": number in to_handle,
                    "replaced": number in decided.hidden and not generalised})
    return now, to_handle, out


def findings_of(rows: list[dict], decisions: list[dict]) -> list[Finding]:
    """The generalised spans the output carries: every mention of every detail that stands
    generalised, except where an identifier is in the way. ``rows``: identifiers and details
    together, as stored."""
    decided = _Decided.of(rows, decisions)
    return [Finding(r["type"], r["start"], r["end"], 1.0, "quasi", entity=r["detail"],
                    replacement=r["replacement"])
            for i, r in enumerate(decided.rows) if decided.generalised(i)]


__all__ = ["Assessment", "assess", "details", "findings_of", "findings_rows", "residual", "rows",
           "standing", "LEVELS"]
