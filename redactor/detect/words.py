"""Word-level helpers shared by the name, school and place recognizers."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

# A word: letters (any script), with inner apostrophes or hyphens: O'Neill, Lacey-Mae, Wójcik.
WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# A sentence, line, bullet or cell ends just before (then spaces, quotes, brackets or Markdown
# emphasis): "**Hope**" in mid-sentence is not sentence-initial, "* Hope" at a bullet is.
SENTENCE_END = re.compile(r"(?:^|[.!?:;•\-–>|\t]|\n)[\s\"'“‘(\[*_#]*$")
# A diary line's time or date before its first word: "14:00  ", "9.15am - ", "[03/12] "
STAMP_BEFORE = re.compile(r"[ \t\[(*]*(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]*(?i:am|pm|hrs)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)"
                          r"[ \t\])*,\-–]*$")


class Word(NamedTuple):
    start: int
    end: int
    text: str


def words(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


def is_capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() or (len(word) == 1 and word.isupper())


def is_all_caps(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def sentence_initial(text: str, start: int) -> bool:
    """True when the word at ``start`` opens a sentence, line, bullet or table cell, or a diary's
    entry after its time or date ("14:00  Said she wants", "03/12 Will ring back")."""
    if SENTENCE_END.search(text[max(0, start - 6):start]):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start <= 30 and STAMP_BEFORE.match(text, line_start, start) is not None


def strip_possessive(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing 's / ’s / s' from a span (the replacement keeps the original's)."""
    span = text[start:end]
    for suffix in ("'s", "’s", "'S", "’S"):
        if span.endswith(suffix) and end - start > len(suffix):
            return start, end - len(suffix)
    return start, end


def in_caps_line(text: str, start: int, end: int) -> bool:
    """True when the span sits on a line written wholly in capitals (a heading), where spaCy's
    NER labels ordinary words ("BACKGROUND", "US") as names and places."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end != -1 else len(text)]
    return not any(c.islower() for c in line)


def in_caps_run(text: str, start: int, end: int) -> bool:
    """True when a word in capitals stands among words in capitals, the word before or after it
    on its line too ("SPOKE TO SENDIASS", "WENT TO THE"): a form typed in capitals, where "TO",
    "IS" and "AS" are words, whatever the line's label is written in."""
    before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, start - 40):start])
    after = re.match(r"[ \t]+([A-Za-z]+)", text[end:end + 40])
    return any(m and len(m.group(1)) >= 2 and m.group(1).isupper() for m in (before, after))


def ner_span_is_noise(text: str, start: int, end: int) -> bool:
    """NER organisation/place spans with no capital letter, under three letters, or inside an
    all-caps heading."""
    span = text[start:end]
    if sum(c.isalpha() for c in span) < 3:
        return True  # "C1", "D1-D9": bundle page references, not places or organisations
    if " " not in span and text[end:end + 1] == ":":
        return True  # "Venue:", "Attendees:": a form's field label
    if bracket_label(text, start, end):
        return True
    return not any(c.isupper() for c in span) or in_caps_line(text, start, end)


def bracket_label(text: str, start: int, end: int) -> bool:
    """A word in capitals opening a square bracket as its label: "[DEL: ...]", "[INS: ...]" (a
    marker of tracked changes), never anyone's name or initials."""
    return text[start:end] in TRACKED_MARKERS and text[start - 1:start] == "[" and text[end:end + 1] in (":", "]")


TRACKED_MARKERS = frozenset("DEL INS DELETE DELETED INSERT INSERTED ADD ADDED REMOVED MOVED COMMENT NOTE EDIT "
                            "EDITED CHANGE CHANGED FORMAT FORMATTED REDACTED QUERY TBC".split())


# (a bar between two lower-case letters is a scanned "l": "Ho|royd")
PIECE_BREAK = re.compile(r"\n|\t|(?<![a-z])\||\|(?![a-z])|\s{3,}|\s+[•–—]\s+|\s+-\s+|[()\[\]{}]"
                         r"|(?<=[a-z]{3})\.[ \t]+(?=[A-Z])"  # (and a sentence's end: "at SEN Support. School submitted")
                         # (and a CSV row's quoted cell: 'Agata Kowalczyk,"Lukasz, Maja"')
                         r"|,(?=\")|(?<=\"),"
                         # (and a CSV row's cells with no space between: "Y5,9 Ashbourne Close")
                         r"|(?<=\w),(?=\w)")


PIECE_OR_CELL_BREAK = re.compile(PIECE_BREAK.pattern + r"|,{2,}")


def ner_pieces(text: str, start: int, end: int, empty_cells: bool = False) -> list[tuple[int, int]]:
    """Split an NER span where layout, not language, joined it: line breaks, tabs, wide gaps
    (tables typed with spaces or bars, bundle indexes with dot leaders); with ``empty_cells``,
    a CSV row's empty cells too ("THANK YOU,,Yes": a person's guess; a place's keeps its row
    whole, or its piece would be spread to every copy of a venue's ordinary words)."""
    pieces, pos = [], start
    for m in (PIECE_OR_CELL_BREAK if empty_cells else PIECE_BREAK).finditer(text, start, end):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, end))
    out = []
    for s, e in pieces:
        # (and a CSV cell's quotes and commas: NER reads '"Kent County Council"' with them, and
        # "St Helens," before the next cell)
        chunk = text[s:e]
        s += len(chunk) - len(chunk.lstrip(' \t\r\n"“”,;'))
        e -= len(chunk) - len(chunk.rstrip(' \t\r\n"“”,;'))
        if e > s:
            out.append((s, e))
    return out


# A number said in words, as call transcripts write a house number or a postcode's digits
# ("twenty eight", "sixty-three", "four"), or digit by digit ("one four" for 14)
_SPOKEN_NUMBER = (r"(?:one|two|three|four|five|six|seven|eight|nine)(?:[ \t](?:oh|zero|one|two|three|four|five|six|"
                  r"seven|eight|nine)){1,2}(?![ \t-]*(?i:hundred|thousand|oh|zero|one|two|three|four|five|six|seven|eight|nine)\b)|"
                  r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \t-](?:one|two|three|four|"
                  r"five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                  r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
SPOKEN_NUMBER = f"(?i:{_SPOKEN_NUMBER})"
SPOKEN_NUMBER_LOWER = f"(?:{_SPOKEN_NUMBER})"  # as an auto-transcript writes it, in lower case

# A village's name joined to its river, hills or sea: "Nethergarth on the Wolds", "Stratford-upon-
# Avon", "Wells-next-the-Sea" (the tail; the place gazetteers and the location rules read it)
PLACE_PARTICLE = r"[ -](?:on|upon|under|next|by|in|le)(?:[ -]the)?[ -]"
PLACE_BY = rf"(?:{PLACE_PARTICLE}[A-Z][a-z]+)"
PLACE_BY_RE = re.compile(PLACE_BY)
# A town named by its river, as only places are: "Burton upon Trent", "Newcastle-under-Lyme",
# "Stratford-on-Avon", "Chapel-en-le-Frith" (never "Focus on Maths")
# (with spaces, "upon" only: "assessment under Section 36" is no place; the river's name no word
# of the dictionary, which the caller checks: "Mother-in-Law", "Teacher-in-Charge" are none)
PLACE_BY_RIVER = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[ ](?i:upon)[ ]|-(?i:upon|under)-|-on-(?:the-)?|-(?:in|le|en-le)-)"
                            r"(?P<river>[A-Z][a-z]+)(?![\w'’-])")

# A line a transcript or a pasted message wrapped inside what was said: "two thousand and\neleven",
# "h u eight nine\nt l", "at east\nriding dot gov dot UK" (a word or a comma, then a lower-case word)
# (a Windows line end, read by the detector as a space and a line break, wraps too)
_WRAPPED_LINE = re.compile(r"(?<=[A-Za-z0-9,]) ?\r?\n(?=[a-z0-9])")


def unwrapped(text: str) -> str:
    """``text`` with each line break inside a said thing read as the space it stands for, for the
    rules that read numbers, dates, postcodes and addresses said in words (the same length, so
    offsets hold)."""
    return _WRAPPED_LINE.sub(lambda m: " " * len(m.group()), text)  # (" \n" as two spaces)


# -- scanned text ----------------------------------------------------------------------------
_OCR_TOKEN = re.compile(r"[A-Za-z0-9]+")
# A word with a 0 or 1 between letters ("Ju1y", "D0B", "Bradfie1d"); not "1st", "10am", "KS1".
_MISREAD_WORD = re.compile(r"[A-Za-z]+[01][A-Za-z01]*[A-Za-z][A-Za-z01]*")
_MISREAD_START = re.compile(r"0[a-z]{2,}")
# A capital I where a scan read an l inside a word ("WheeIwright", "CIose", "HaII", "PIanning");
# never a Mc's or a Mac's ("McIntyre")
_CAPITAL_I_INSIDE = re.compile(r"(?!Ma?cI)(?:[A-Z]?[a-z]*[a-z]I+[a-z]+|[A-Z]I+[a-z]{2,}|[A-Z][a-z]+II)")
_MISREAD_ORDINAL = re.compile(r"(?:[lI][0-9]|[0-3][lIO])(?:st|nd|rd|th)")
# Other signs of a scan, undone too: an I or a 1 for an l at a word's end ("schooI", "Goodal1"),
# an l among capitals ("SENDlASS").
_SCAN_SIGN = re.compile(r"[A-Z]?[a-z]{3,}I|[A-Z]+l[A-Z]+|[A-Z]?[a-z]{3,}11?")  # ("Apri1", "Medica1", "Tidwe11")
# A phone number in groups whose digits OCR read as letters: "O77OO 9OO 318"
_OCR_PHONE = re.compile(r"(?<![\w])[0O][0-9OolI]{3,4}(?:[ ][0-9OolI]{3,4}){1,3}(?![\w])")
# A date whose digits OCR read as letters: "Ol/O5/2O24", "l5.O3.2O25"
_OCR_DATE = re.compile(r"(?<![\w.])(?<!\d/)[0-9OolI]{1,2}([/.])[0-9OolI]{1,2}\1[0-9OolI]{2,4}(?![\w/])")
# ... or any number in groups, an NHS number's: "5OO 157 8434" (each group with a digit)
_OCR_GROUPS = re.compile(r"(?<![\w])[1-9](?=[0-9OolI]{0,3}\d|[0-9OolI]{2,3}[ ])[0-9OolI]{2,3}(?:[ ](?=[0-9OolI]{0,3}\d)[0-9OolI]{3,4}){1,3}(?![\w])")
# a postcode's district with its last digit read as O ("Andover SP1O 5HX"): a postcode, no word
_SCANNED_DISTRICT = re.compile(r"[A-Z]{1,2}[0-9]O")
# a title's initial a scan read as a digit: "Dr 0. Mensah", "Mr 1. Khan"
_TITLE_DIGIT_INITIAL = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+(?P<initial>[01])\.[ \t]*[A-Z0-9][A-Za-z0-9]")
OCR_MIN_CONFUSIONS = 2  # a text with fewer such tokens is read as typed


def misread_reading(token: str) -> str | None:
    """A scanned word's reading with 1 as l and 0 as o ("Specia1ist" -> "Specialist"), or None
    when ``token`` is no misread word."""
    if not _MISREAD_WORD.fullmatch(token) and not re.fullmatch(r"[A-Za-z]{3,}[01]+", token):
        return None
    return token.replace("1", "l").replace("0", "o")


def ocr_twins(text: str, known: Callable[[str], bool] | None = None) -> list[str]:
    """Readings of a scanned (OCR'd) text with its letter and digit confusions undone, each the
    same length as ``text`` so every offset stays valid: in a word, 0 read as o (O at its start)
    and 1 as l in one reading, as i in the other ("Ju1y", "Bal1ey", "Kath0ryn", "0'Connell");
    in a short number, O or o read as 0 and l or I as 1 ("22/O7/2017"). Detection reads the text
    and its readings and keeps everything any of them finds. Empty when the text shows fewer than
    ``OCR_MIN_CONFUSIONS`` such tokens (typed text is read once). ``known(word)``: whether a word
    is one the dictionaries know; a misread word with one known reading is read so in both
    ("Hea1th" is "Health", "Ba1ley" "Bailey"), so NER never meets "Heaith" or "Balley"."""
    as_l, as_i = list(text), list(text)
    confusions = 0
    for m in _OCR_TOKEN.finditer(text):
        token = m.group()
        letters = sum(c.isalpha() for c in token)
        digits = len(token) - letters
        if letters >= 2 and _MISREAD_WORD.fullmatch(token) and not _SCANNED_DISTRICT.fullmatch(token):
            confusions += 1
            for k, c in enumerate(token, m.start()):
                if c == "0":
                    as_l[k] = as_i[k] = "O" if k == m.start() else "o"
                elif c == "1":
                    as_l[k], as_i[k] = "l", "i"
            if known is not None and "1" in token:
                for reading in (as_l, as_i):
                    word = "".join(reading[m.start():m.end()])
                    if known(word):
                        as_l[m.start():m.end()] = as_i[m.start():m.end()] = list(word)
                        break
        elif known is not None and re.fullmatch(r"[A-Za-z]{2}[01]{1,3}", token) \
                and known(token.replace("1", "l").replace("0", "o")):
            confusions += 1  # "Mi11 Hill Road": a short word's last letters misread, its reading a word
            as_l[m.start():m.end()] = as_i[m.start():m.end()] = list(token.replace("1", "l").replace("0", "o"))
        elif digits >= 1 and letters == 1 and len(token) <= 4 and token.strip("0123456789") in "OolI":
            confusions += 1
            k = m.start() + next(i for i, c in enumerate(token) if c.isalpha())
            as_l[k] = as_i[k] = "0" if text[k] in "Oo" else "1"
        elif _MISREAD_ORDINAL.fullmatch(token):
            confusions += 1  # "l8th Feb", "2Ist": a day's ordinal with a letter for a digit
            for k in range(m.start(), m.end() - 2):
                if text[k] in "OolI":
                    as_l[k] = as_i[k] = "0" if text[k] in "Oo" else "1"
        elif _SCAN_SIGN.fullmatch(token):
            confusions += 1
            for k, c in enumerate(token, m.start()):
                if c in "I1" and k == m.end() - 1 or c == "1" and text[k + 1:m.end()] == "1":
                    as_l[k] = as_i[k] = "l"  # "schooI", "Goodal1", "Tidwe11"
                elif c == "l" and token.isupper() is False and token.replace("l", "").isupper():
                    as_l[k] = as_i[k] = "I"  # "SENDlASS"
        elif _CAPITAL_I_INSIDE.fullmatch(token):
            confusions += 1  # "WheeIwright CIose", "County HaII": an I for an l inside a word
            for k in range(m.start() + 1, m.end()):
                if text[k] == "I":
                    as_l[k] = as_i[k] = "l"
        elif known is not None and re.fullmatch(r"l[a-z]{2,}", token) and not known(token) and known("I" + token[1:]):
            confusions += 1  # "Mrs A lonescu", "lan": a capital I read as an l, the reading a name
            as_l[m.start()] = as_i[m.start()] = "I"
        elif _MISREAD_START.fullmatch(token):
            confusions += 1  # "0ctober", "0ur": a word that starts with a zero for an O
            as_l[m.start()] = as_i[m.start()] = "O"
        elif 3 <= len(token) <= 6 and digits >= 2 and set(token) - set("0123456789") <= {"O"} \
                and text[m.start() - 1:m.start()] in ("/", "-") and m.start() > 0:
            confusions += 1  # a reference's last part with O for 0: "EHC/MED/25/OO48"
            for k in range(m.start(), m.end()):
                if text[k] == "O":
                    as_l[k] = as_i[k] = "0"
        elif len(token) >= 6 and digits >= 0.6 * len(token) and any(c in "OolI" for c in token):
            # a number with letters among its digits ("K4471O93", "OO43817", "T9l7340022816"):
            # O and o read as 0, l and I as 1 next to a digit (a leading letter of a code stays)
            chars = list(token)
            changed = True
            while changed:
                changed = False
                for i, c in enumerate(chars):
                    if c in "OolI" and any(0 <= j < len(chars) and chars[j].isdigit() for j in (i - 1, i + 1)):
                        chars[i] = "0" if c in "Oo" else "1"
                        changed = True
            if "".join(chars) != token:
                confusions += 1
                for i, c in enumerate(chars):
                    as_l[m.start() + i] = as_i[m.start() + i] = c
    for rx, digits in ((_OCR_PHONE, 5), (_OCR_DATE, 3), (_OCR_GROUPS, 7)):  # a number in groups, a date
        for m in rx.finditer(text):
            if sum(c.isdigit() for c in m.group()) >= digits and any(c in "OolI" for c in m.group()):
                confusions += 1
                for k in range(m.start(), m.end()):
                    if text[k] in "OolI":
                        as_l[k] = as_i[k] = "0" if text[k] in "Oo" else "1"
    for m in _TITLE_DIGIT_INITIAL.finditer(text):
        confusions += 1  # "Dr 0. Mensah": a title's initial read as a digit
        k = m.start("initial")
        as_l[k] = as_i[k] = "O" if text[k] == "0" else "I"
    if confusions < OCR_MIN_CONFUSIONS:
        return []
    for m in BROKEN_WORD.finditer(text):  # "Brack-\nenrigg Nursery": one word, as the scan's page broke it
        for reading in (as_l, as_i):
            head = "".join(reading[m.start("head"):m.end("head")])
            tail = "".join(reading[m.start("tail"):m.end("tail")])
            reading[m.start():m.end()] = list(head + tail + " " * (m.end() - m.start() - len(head) - len(tail)))
    return [t for t in dict.fromkeys(("".join(as_l), "".join(as_i))) if t != text]


# A word a scanned page broke at its line's end with a hyphen: "Plaws-\nworth Road", "Swaff-\ner".
# Its readings write it whole, then two spaces (the same length): a finding that ends in the
# word or the spaces ends at the broken word's end (see ``broken_word_end``).
BROKEN_WORD = re.compile(r"(?<![\w-])(?P<head>[A-Za-z]{2,})-\n[ \t]{0,8}(?P<tail>[a-z]{2,})(?![\w-])")  # ("Col-\n lege", "Cran-\n     more")


def broken_word_end(end: int, breaks: list[tuple[int, int]]) -> int:
    """Where a finding of a reading that ends at ``end`` ends in the text: at its broken word's
    end when it ends inside one (``breaks``: the spans of ``BROKEN_WORD`` in the text)."""
    for a, b in breaks:
        if a < end < b:
            return b
    return end


# -- text in capitals ---------------------------------------------------------------------------
# Two or more words in capitals in a row, on one line: a form typed in capitals, a name or a school
# written in capitals ("MS JOANNE BLENKINSOP", "ST OSWALD'S C OF E JUNIOR ACADEMY")
_CAPS_RUN = re.compile(r"(?<![\w'’-])(?:[A-Z](?:[A-Z'’-]*[A-Z])?\.?)(?:[ \t]*(?:[,&/(\"'‘’“”]|\)|\n)?[ \t]*"
                       r"(?<![\w-])[A-Z](?:[A-Z'’-]*[A-Z])?\.?['’”]?)+(?![\w'’-])")
_QUOTES = frozenset("\"'‘’“”")
_CAPS_WORD = re.compile(r"[A-Z]+(?:['’][A-Z]+)?")


# Words that say which setting, not its name, before a kind in capitals ("HIS NEW PRIMARY SCHOOL")
KIND_ADJECTIVES = frozenset("""new local current previous mainstream special specialist nearest same other good
old independent catchment chosen preferred named existing suitable alternative private state different
main first second last next usual normal big small little large full part""".split())


def caps_twin(text: str, case_of) -> list[str]:
    """A reading of ``text`` with its runs of words in capitals written as prose is ("MUM FEELS
    MS JOANNE BLENKINSOP SHOULD" read as "mum feels Ms Joanne Blenkinsop should"), the same
    length, every other line blank: spaCy's NER and the rules that look for a Capitalised word
    read a form typed in capitals as they read the rest. ``case_of(word)`` says what each word of
    a run is: "name" (a listed name: Capitalised), "title" (Capitalised before a word), "lower"
    (an ordinary word), "capital" (a day or a month: Capitalised, no evidence of a name), "keep"
    (an abbreviation: "SENCO"), or, Capitalised only beside a name or
    an initial: "maybe" (a word no list has; also beside another: "TAMSIN HOLROYDE"), "maybe
    word" (a word that is also a name: "ALAN WOOD") and "kind" (a setting's or a street's kind,
    also beside a word no list has: "ASHBURY PARK ESTATE"); else a word no list has stays as it
    is ("VTIMEZONE"), a word goes to lower case ("THE HALL IS LOUD"). Empty when the text has no
    run of two such words or more."""
    out = [c if c == "\n" else " " for c in text]
    changed = False
    shown = -1  # the end of the text shown so far
    for run in _CAPS_RUN.finditer(text):
        words = list(_CAPS_WORD.finditer(run.group()))
        if len(words) < 2:
            continue
        line_start = text.rfind("\n", 0, run.start()) + 1
        line_end = text.find("\n", run.end())
        line_end = len(text) if line_end < 0 else line_end
        if line_start >= shown:  # (a line is shown once: a second run on it keeps the first's)
            out[line_start:line_end] = text[line_start:line_end]
        else:
            out[shown:line_end] = text[shown:line_end]
        shown = max(shown, line_end)
        cases = [case_of(w.group()) if len(w.group()) >= 2 else "initial" for w in words]
        for k, w in enumerate(words):  # a nickname in quotes inside a name: MS PHILIPPA "PIPPA" ARKWRIGHT
            at = run.start() + w.start()
            if cases[k] in ("lower", "maybe word") and text[at - 1:at] in _QUOTES \
                    and text[at + len(w.group()):at + len(w.group()) + 1] in _QUOTES:
                cases[k] = "maybe"
        if cases[-1] == "title":
            cases[-1] = "keep"  # a title with no name after it is an abbreviation ("SENDIASS (DC)")
        cases = ["name" if c == "title" else c for c in cases]
        # (the words on one line with each one: a form's "END:VTIMEZONE\nBEGIN:VEVENT" is no name)
        lines = [run.group().count("\n", 0, w.start()) for w in words]
        for _ in range(len(cases)):  # a name's evidence passes along the run ("T. OKONKWO-BELL")
            settled = list(cases)
            for k, case in enumerate(cases):
                beside = {cases[j] for j in (k - 1, k + 1) if 0 <= j < len(cases)}
                on_line = {cases[j] for j in (k - 1, k + 1) if 0 <= j < len(cases) and lines[j] == lines[k]}
                if case in ("maybe", "maybe word", "kind") and beside & {"name", "initial"} \
                        or case in ("maybe", "kind") and on_line & {"maybe", "kind"}:
                    settled[k] = "name"  # two words no list has ("TAMSIN HOLROYDE"), "ASHBURY PARK ESTATE"
                elif case == "lower" and k + 2 < len(cases) and cases[k + 1] == cases[k + 2] == "kind" \
                        and lines[k + 2] == lines[k] and words[k].group().lower() not in KIND_ADJECTIVES:
                    settled[k] = "name"  # a word opening a setting's name: "MEADOW VIEW PRIMARY SCHOOL"
            if settled == cases:
                break
            cases = settled
        for w, case in zip(words, cases):
            word = w.group()
            at = run.start() + w.start()
            if case == "name" and text[at - 1:at] in _QUOTES and text[at + len(word):at + len(word) + 1] in _QUOTES:
                out[at - 1] = out[at + len(word)] = " "  # the nickname read as part of the name
            case = {"maybe": "keep", "maybe word": "lower", "kind": "lower", "capital": "name"}.get(case, case)
            if case in ("keep", "initial"):
                continue
            out[at:at + len(word)] = word[0] + word[1:].lower() if case == "name" else word.lower()
            changed = True
    return ["".join(out)] if changed else []


_CLASS_BEFORE = re.compile(r"\bClass[ \t]+$")
# ("the Willow class cupboard"; never "Hazel class teacher", her role)
_CLASS_AFTER = re.compile(r"[ \t]+(?:Class|class(?![ \t]+(?:teachers?|teacher['’]s|TAs?|support|assistant|work|test|tests|"
                          r"friends?|mates?|rep|reps|trip|assembly|discussions?|activities|photos?|register)\b))\b")


# What schools name classes after that name lists also have: trees, birds, gems ("Class Rowan")
CLASS_NAME_WORDS = frozenset("""rowan willow hazel holly ash oak elm beech birch maple cedar aspen alder juniper
poplar linden laurel ivy heather robin wren jay finch swift kestrel merlin ruby amber jade pearl opal
jasper crystal sapphire emerald coral saffron""".split())


def names_a_class(text: str, word: str, is_word: Callable[[str], bool]) -> bool:
    """Whether ``text`` names a school's class by ``word`` anywhere ("Class Kestrel" once: "Kestrel
    is my class" is the class too, though no word beside it says so)."""
    return any(class_name(text, m.start(), m.end(), is_word)
               for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text))


def class_name(text: str, start: int, end: int, is_word: Callable[[str], bool]) -> bool:
    """Whether the word at ``start:end`` names a school's class ("Class Rowan", "Willow Class"):
    a dictionary word (``is_word``) or what classes are named after; never a teacher's surname
    ("Class Okonkwo") nor a child "in class" ("in class Lily cried")."""
    word = text[start:end]
    return (word.lower() in CLASS_NAME_WORDS or is_word(word)) and bool(
        _CLASS_BEFORE.search(text, max(0, start - 8), start) or _CLASS_AFTER.match(text, end))


# No one is "the" Name, except a family ("the Kowalski family", "the Nowaks' house")
_THE_BEFORE = re.compile(r"(?<![\w'’-])the[ \t]+$")
_FAMILY_AFTER = re.compile(r"['’]|[ \t]+(?i:family|families|household|twins|children|kids|boys|girls|siblings|"
                           r"brothers|sisters|parents|grandparents|house|home|case)(?![\w'’-])")


def a_thing_after_the(text: str, start: int, end: int, gaz) -> bool:
    """A word after "the" that is an English word misspelt ("the Attendence Officer") or two run
    together ("at the Guildhall", "the Riverside"): a thing, not a person (names of no list are
    left to the caller: this reads one word only)."""
    key = text[start:end].lower()
    if " " in key or not _THE_BEFORE.search(text, max(0, start - 5), start) or _FAMILY_AFTER.match(text, end):
        return False
    return gaz.near_english(key) or any(gaz.is_english(key[:i]) and gaz.is_english(key[i:])
                                        for i in range(3, len(key) - 2))
