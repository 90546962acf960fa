"""Exact dates as UK casework writes them: parse, shift by whole days, generalise.

Pure functions over strings (no Presidio). The date *shapes* defined here are also the ones the
date recognizers search for (``redactor.detect.recognizers.dates``), so every span those
recognizers report can be parsed and shifted here.

A parsed date keeps its exact surface form, so a shifted date reads like the original::

    shift_date("Tuesday 4th March", 14)  -> "Tuesday 18th March"
    shift_date("03/03/2025", -7)         -> "24/02/2025"
    shift_date("3rd of Sept 25", 30)     -> "3rd of Oct 25"
    generalise_date("3.3.25")            -> "March 2025"

Numeric dates are read day first (UK order) unless the year comes first (ISO 8601).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Longer weekday abbreviations some writers use ("Tues", "Weds", "Thurs").
_LONG_WEEKDAY_ABBREVS = ("Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun")

_MONTH_BY_WORD = {name.lower(): i for i, name in enumerate(MONTH_NAMES, start=1)}
_MONTH_BY_WORD.update({name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, start=1)})
_MONTH_BY_WORD["sept"] = 9
_WEEKDAY_BY_WORD = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}
_WEEKDAY_BY_WORD.update({name[:3].lower(): i for i, name in enumerate(WEEKDAY_NAMES)})
_WEEKDAY_BY_WORD.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

# A year-less date is shifted inside this (non-leap) year; 29 February inside the leap one.
REFERENCE_YEAR = 2023
LEAP_REFERENCE_YEAR = 2024
# Four-digit years outside this range are not taken as dates ("1.2.3000").
MIN_YEAR, MAX_YEAR = 1900, 2099
# Two-digit years below the pivot are 20xx, the rest 19xx ("3/3/98" is 1998).
TWO_DIGIT_PIVOT = 70

# --- The grammar -------------------------------------------------------------------------
# Written for both ``re`` and the ``regex`` module Presidio uses, matched case-insensitively.
# Field groups: weekday, day, suffix, month, year. Everything else in a match is literal text
# (separators, "the", "of", commas) and is kept as written when a date is re-rendered.

# Spaces or tabs, or one line break: hard-wrapped text splits dates too ("3 February\n2021").
_SP = r"(?:[^\S\r\n]+|[^\S\r\n]*\r?\n[^\S\r\n]*)"
_MONTH_WORD = (
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])"
)
_WEEKDAY = (
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)(?![a-z])"
)
_LEAD = rf"(?:{_WEEKDAY},?{_SP}(?:the{_SP})?)?"  # "Tuesday ", "Tue, ", "Tuesday the "
_DAY = r"(?P<day>\d{1,2})"
_ORDINAL = r"(?P<suffix>st|nd|rd|th)"
# A year after a month name; two digits must not be the hour of a time ("3 March 10:30").
# Nor a day of the next date listed: "3 July, 17 July and 4 September 2024".
# (nor two digits that open the next line's date: "dated 27th feb\n06/03/2025, 19:34 - ...")
_YEAR_AFTER_NAME = (r"(?P<year>\d{4}|\d{2}(?![/-]\d))(?!\d|[:.]\d|[^\S\r\n]*(?:am|pm)\b"
                    r"|(?i:st|nd|rd|th)?[^\S\r\n]+(?:of[^\S\r\n]+)?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)")
_YEAR4 = r"(?P<year>\d{4})(?!\d)"


@dataclass(frozen=True)
class DateShape:
    """One way of writing an exact date. ``numeric`` shapes are all digits and separators."""

    name: str
    regex: str
    numeric: bool


DATE_SHAPES: tuple[DateShape, ...] = (
    # 3 March 2025, 3rd of March 2025, Tuesday 4th March, 4 Mar 25, 03-Mar-2025
    DateShape(
        "day month [year]",
        rf"{_LEAD}{_DAY}{_ORDINAL}?(?:{_SP}of{_SP}|{_SP}|-){_MONTH_WORD}"
        rf"(?:(?:,?{_SP}|-){_YEAR_AFTER_NAME})?",
        numeric=False,
    ),
    # March 3rd 2025, Sept 2nd, Tuesday, March 4th
    DateShape(
        "month day-ordinal [year]",
        rf"{_LEAD}{_MONTH_WORD}{_SP}(?:the{_SP})?{_DAY}{_ORDINAL}(?![a-z0-9])"
        rf"(?:,?{_SP}{_YEAR_AFTER_NAME})?",
        numeric=False,
    ),
    # March 3, 2025 (a bare "March 3" is too often a count: "in May 3 pupils ...")
    DateShape(
        "month day year",
        rf"{_LEAD}{_MONTH_WORD}{_SP}{_DAY}(?!\d),?{_SP}{_YEAR4}",
        numeric=False,
    ),
    # March 12, Sept 3: a month and a bare day, only where the detector found it a date (it
    # brings its own context: "on March 12", "(Sept 3)"), so that it is moved like any other
    DateShape(
        "month day",
        rf"(?<=\(){_MONTH_WORD}{_SP}{_DAY}(?![\d:])",
        numeric=False,
    ),
    # 03/03/2025, 3/3/25, 3.3.25, 03-03-2025 (same separator twice)
    DateShape(
        "day/month/year",
        rf"{_LEAD}{_DAY}(?P<sep>[/.-])(?P<month>\d{{1,2}})(?P=sep)(?P<year>\d{{4}}|\d{{2}})(?!\d)",
        numeric=True,
    ),
    # 10/6, 2/4: day/month without a year, as notes and logs write them. Only where a date is
    # expected (line start, "(", after on/by/from/until/due/received or a weekday), never "24/7",
    # and not a fraction ("3/4 of").
    DateShape(
        "day/month",
        _LEAD + r"(?:(?<=\n)|(?<=\n- )|(?<=\n\* )|(?<=\n• )|(?<=\()|(?<=\bon )|(?<=\bby )|(?<=\bto )|(?<=\bfrom )|(?<=\buntil )"
        r"|(?<=\bMon )|(?<=\bTue )|(?<=\bTues )|(?<=\bWed )|(?<=\bWeds )|(?<=\bThu )|(?<=\bThur )|(?<=\bThurs )"
        r"|(?<=\bFri )|(?<=\bSat )|(?<=\bSun )"
        r"|(?<=\btill )|(?<=\bdue )|(?<=\bdated )|(?<=\bcame )|(?<=\breceived )|(?<=\bmon )"
        r"|(?<=\btue )|(?<=\btues )|(?<=\bwed )|(?<=\bweds )|(?<=\bthu )|(?<=\bthur )|(?<=\bthurs )|(?<=\bfri )"
        r"|(?<=\bdates )|(?<=\bdated )|(?<=\d/\d, )|(?<=\d/\d\d, )"
        r"|(?<=\bsat )|(?<=\bsun )|(?<=\bw/c )|(?<=\bmoved to )|(?<=\bgovernors ))"
        r"(?!24/7(?!\d))(?P<day>\d{1,2})(?P<sep>/)(?P<month>\d{1,2})(?![/\d]|\s+of\b)",
        numeric=True,
    ),
    # (each of the three day/month shapes with its weekday: "Mon 17/03", "Tues 8/4")
    # 04/09, 27/02: day/month without a year, both written with two digits, as exports and logs
    # write them in any context (a pipe- or tab-separated row, "since 04/09", "saw her 27/02").
    # Never 24/7, a fraction or score needs a month that exists, and not "10/10 of".
    DateShape(
        "padded day/month",
        _LEAD + r"(?!24/07(?!\d))(?P<day>0[1-9]|[12]\d|3[01])(?P<sep>/)(?P<month>0[1-9]|1[0-2])(?![/\d]|\s+of\b)",
        numeric=True,
    ),
    # 19/3, 28/3: a day after the 12th and a month, in any context ("rang 19/3", "said on phone
    # 28/3"): no month is 13 or more, so it is no fraction of a year; not a score out of 10 or 20
    # ("15/20" has no such month), not "24/7".
    DateShape(
        "late day/month",
        _LEAD + r"(?!24/7(?!\d))(?P<day>1[3-9]|2\d|3[01])(?P<sep>/)(?P<month>[1-9]|1[0-2])(?![/\d]|\s+of\b)",
        numeric=True,
    ),
    # 2025-03-03 (ISO 8601), 2025/03/03
    DateShape(
        "year-month-day",
        rf"{_LEAD}(?P<year>\d{{4}})(?P<sep>[/.-])(?P<month>\d{{1,2}})(?P=sep){_DAY}(?!\d)",
        numeric=True,
    ),
)

_COMPILED = tuple(re.compile(shape.regex, re.IGNORECASE) for shape in DATE_SHAPES)
_FIELDS = ("weekday", "day", "suffix", "month", "year")


@dataclass(frozen=True)
class ParsedDate:
    """A date and exactly how it was written.

    ``parts`` is the written text cut into fields and literals, in order, e.g. for
    "Tuesday the 4th of March": (("weekday", "Tuesday"), ("lit", " the "), ("day", "4"),
    ("suffix", "th"), ("lit", " of "), ("month", "March")). The other attributes describe
    the same form in a convenient shape.
    """

    day: int
    month: int
    year: int | None  # four digits, two-digit years expanded; None when not written
    weekday: int | None  # as written (Monday is 0); None when not written
    order: str  # order the fields are written in: "DMY", "DM", "MDY", "MD" or "YMD"
    month_form: str  # "number", "name" ("March") or "abbrev" ("Mar", "Sept")
    day_padded: bool  # "03"
    month_padded: bool  # "03" as a month number
    ordinal: bool  # "3rd"
    year_digits: int | None  # 2 or 4; None when no year
    of: bool  # "3rd of March"
    parts: tuple[tuple[str, str], ...]

    @property
    def has_weekday(self) -> bool:
        return self.weekday is not None

    def field(self, name: str) -> str:
        """The text of a field as written ('' when absent)."""
        return next((text for kind, text in self.parts if kind == name), "")


# A time of day written after a date ("15/09/2025 10:07", "3 March at 2.30pm", "2025-09-15T10:07"):
# the detector takes the two as one date; the date is moved and the time kept as written.
# (its shape is shared with the detector, which takes the time into the date's span)
TIME_OF_DAY_AFTER = (r"(?:,?[ ]+(?:at[ ]+)?|T|[ ]*@[ ]*)(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?"
                     r"(?:[ \t]*(?i:am|pm))?")
TIME_AFTER = re.compile(TIME_OF_DAY_AFTER + "$")
# the week a date begins, written before it ("w/c 21st", "w/b 3rd March"): the date moves, the words stay
WEEK_OF = r"(?i:w/c|w/b|w\.c\.|wc|wb)[ \t]+"
_WEEK_OF_LEAD = re.compile(r"[ \t]*" + WEEK_OF)


def _without_time(text: str, known_date: bool) -> tuple[str, str] | None:
    """(date, time written after it) when ``text`` is a date followed by a time of day."""
    core = text.strip()
    m = TIME_AFTER.search(core)
    if m and m.start() > 0 and parse_date(core, known_date) is None \
            and parse_date(core[:m.start()], known_date) is not None:
        return core[:m.start()], core[m.start():]
    return None


def parse_date(text: str, known_date: bool = False) -> ParsedDate | None:
    """Parse an exact date written in one of ``DATE_SHAPES``; None if it is not one.

    Surrounding whitespace is ignored. The date must exist (31/02/2025 does not; a year-less
    29 February does). The weekday is kept as written, even when it disagrees with the year.
    ``known_date``: the text was already found as a date in its context, so shapes that need
    context ("10/6" after "on") are accepted on their own.
    """
    core = text.strip()
    for pattern in _COMPILED:
        match = pattern.fullmatch(core)
        if match:
            return _from_match(match)
    if known_date:
        for pattern in _COMPILED:
            match = pattern.fullmatch("(" + core, 1)
            if match:
                return _from_match(match)
    return None


def shift_date(text: str, days: int, known_date: bool = False) -> str | None:
    """The same date moved by ``days``, written the same way; None if ``text`` is not a date.

    A written weekday is recomputed for the new date: from the calendar when the year is
    known, otherwise by advancing the written weekday by ``days``. A year-less date is moved
    inside ``REFERENCE_YEAR`` (so "28 February" + 1 is "1 March").
    """
    if week := _WEEK_OF_LEAD.match(text):
        moved_date = shift_date(text[week.end():], days, known_date)
        return None if moved_date is None else text[:week.end()] + moved_date
    timed = _without_time(text, known_date)
    if timed:
        moved_date = shift_date(timed[0], days, known_date)
        if moved_date is None:
            return None
        return f"{text[: len(text) - len(text.lstrip())]}{moved_date}{timed[1]}{text[len(text.rstrip()):]}"
    parsed = parse_date(text, known_date)
    if parsed is None:
        return None
    try:
        moved = _as_date(parsed) + timedelta(days=days)
    except OverflowError:
        return None
    if parsed.year is None:
        weekday = None if parsed.weekday is None else (parsed.weekday + days) % 7
        year = None
    else:
        weekday = moved.weekday()
        year = moved.year
    rendered = _render(parsed, moved.day, moved.month, year, weekday)
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return f"{lead}{rendered}{trail}"


def generalise_date(text: str, known_date: bool = False) -> str:
    """Month and year ("March 2025"), or just the month ("March") for a year-less date.

    Returns "" when ``text`` is not a date, so a caller can fall back to a label.
    """
    if week := _WEEK_OF_LEAD.match(text):
        month = generalise_date(text[week.end():], known_date)
        return text[:week.end()] + month if month else ""
    timed = _without_time(text, known_date)
    parsed = parse_date(timed[0] if timed else text, known_date)
    if parsed is None:
        return ""
    month = MONTH_NAMES[parsed.month - 1]
    return month if parsed.year is None else f"{month} {parsed.year}"


# --- Parsing -----------------------------------------------------------------------------


def _from_match(match: re.Match) -> ParsedDate | None:
    groups = match.groupdict()
    day_text, month_text = groups["day"], groups["month"]
    year_text, weekday_text = groups.get("year"), groups.get("weekday")
    day = int(day_text)
    if month_text.isdigit():
        month, month_form = int(month_text), "number"
    else:
        month = _MONTH_BY_WORD[month_text.lower()]
        month_form = "name" if month_text.lower() == MONTH_NAMES[month - 1].lower() else "abbrev"
    year = _expand_year(year_text) if year_text else None
    if (year_text and year is None) or not _exists(day, month, year):
        return None
    parts = _split(match)
    literals = " ".join(text for kind, text in parts if kind == "lit")
    numeric = month_form == "number"
    return ParsedDate(
        day=day,
        month=month,
        year=year,
        weekday=_WEEKDAY_BY_WORD[weekday_text.lower()] if weekday_text else None,
        order="".join(kind[0].upper() for kind, _ in parts if kind in ("day", "month", "year")),
        month_form=month_form,
        day_padded=_padded(day_text, month_text if numeric else ""),
        month_padded=numeric and _padded(month_text, day_text),
        ordinal=bool(groups.get("suffix")),
        year_digits=len(year_text) if year_text else None,
        of=re.search(r"\bof\b", literals, re.IGNORECASE) is not None,
        parts=parts,
    )


def _split(match: re.Match) -> tuple[tuple[str, str], ...]:
    """Cut a match into (field, text) and ("lit", text) pieces, in written order."""
    spans = sorted(
        (match.start(name), match.end(name), name)
        for name in _FIELDS
        if name in match.re.groupindex and match.group(name) is not None
    )
    text, base = match.group(), match.start()
    parts, pos = [], 0
    for start, end, name in spans:
        start, end = start - base, end - base
        if start > pos:
            parts.append(("lit", text[pos:start]))
        parts.append((name, text[start:end]))
        pos = end
    if pos < len(text):
        parts.append(("lit", text[pos:]))
    return tuple(parts)


def _expand_year(text: str) -> int | None:
    value = int(text)
    if len(text) == 2:
        return 2000 + value if value < TWO_DIGIT_PIVOT else 1900 + value
    return value if MIN_YEAR <= value <= MAX_YEAR else None


def _exists(day: int, month: int, year: int | None) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    if year is None:
        return day <= calendar.monthrange(LEAP_REFERENCE_YEAR, month)[1]
    if not MIN_YEAR <= year <= MAX_YEAR:
        return False
    return day <= calendar.monthrange(year, month)[1]


def _padded(text: str, other: str) -> bool:
    """Whether a day/month number is zero-padded; "12" is decided by the other number."""
    if len(text) == 1:
        return False
    if text.startswith("0"):
        return True
    return len(other) == 2


def _as_date(parsed: ParsedDate) -> date:
    year = parsed.year
    if year is None:
        leap_day = (parsed.month, parsed.day) == (2, 29)
        year = LEAP_REFERENCE_YEAR if leap_day else REFERENCE_YEAR
    return date(year, parsed.month, parsed.day)


# --- Rendering ---------------------------------------------------------------------------


def _render(parsed: ParsedDate, day: int, month: int, year: int | None, weekday: int | None) -> str:
    out = []
    for kind, text in parsed.parts:
        if kind == "lit":
            out.append(text)
        elif kind == "day":
            out.append(f"{day:02d}" if parsed.day_padded else str(day))
        elif kind == "suffix":
            out.append(_like(text, _ordinal_suffix(day)))
        elif kind == "month":
            out.append(_month_text(parsed, text, month))
        elif kind == "year":
            out.append(f"{year % 100:02d}" if len(text) == 2 else f"{year:04d}")
        elif kind == "weekday":
            out.append(_weekday_text(parsed, text, weekday))
    return "".join(out)


def _month_text(parsed: ParsedDate, written: str, month: int) -> str:
    if month == parsed.month:
        return written
    if parsed.month_form == "number":
        return f"{month:02d}" if parsed.month_padded else str(month)
    name = MONTH_NAMES[month - 1]
    return _like(written, name if parsed.month_form == "name" else name[:3])


def _weekday_text(parsed: ParsedDate, written: str, weekday: int) -> str:
    if weekday == parsed.weekday:
        return written
    name = WEEKDAY_NAMES[weekday]
    if written.lower() == WEEKDAY_NAMES[parsed.weekday].lower():
        return _like(written, name)
    abbrev = _LONG_WEEKDAY_ABBREVS[weekday] if len(written) > 3 else name[:3]
    return _like(written, abbrev)


def _ordinal_suffix(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _like(model: str, word: str) -> str:
    """``word`` in the letter case of ``model``: UPPER, lower or Title."""
    if len(model) > 1 and model.isupper():
        return word.upper()
    if model.islower():
        return word.lower()
    return word[:1].upper() + word[1:].lower()
