"""Identifiers by the column they stand in: exports and logs laid out as tables in text.

A casework database export ("CaseRef|Opened|ChildYP|DOB|ParentCarer|...|Officer") or a duty log
("DATE | TIME | BY | CALLER / YP | ...") says in its header what each cell holds. A cell under
a person column is a name however it is written ("harvey stones", "KOWALCZYK, Zofia", "bhollis",
"SA"); under a setting column a school; under DOB a date of birth. Language models read such rows
badly (no sentences, no capitals), so the header is the better evidence.

Tables are found by their separators (``|`` or a tab) and a header line of short words; each
following line with the same number of cells is read against it, until a line without them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections import defaultdict

from presidio_analyzer import EntityRecognizer
from spacy.lang.en.stop_words import STOP_WORDS

from redactor.detect import gazetteer
from redactor.detect.check import text_speak
from redactor.detect.gazetteer import CLOSING_CODES, NOT_INITIALS, ROLE_INITIALS, SIGN_OFF_NOT_INITIALS
from redactor.detect.recognizers.base import make_result
from redactor.types import (ADDRESS, CASE_REF, DATE, DATE_OF_BIRTH, LOCATION, PERSON, POSTCODE,
                            SCHOOL, ULN, UPN)

SCORE = 0.8
STAFF = "STAFF"  # a person column of the service's own staff
NAMED = "NAMED"  # a column of names alone: a first name, a surname, a preferred name, initials
TOWN = "TOWN"    # a town or village: whatever its word ("March", "Eye" are towns), a place
ROOM = "ROOM"    # where in a school: a named room or base is a setting's own ("The Hive"), "Corridor C" is none
FOLLOW_UP = "FOLLOW_UP"  # who follows a call up, or what is next: a cell of initials alone is a worker's ("RW")
CASE_CODE = "CASE_CODE"  # a "Case" or "Case No" column: a code alone there is the case's number ("1040", "DDS-0412")
# Header words (letters only, lower case) and the type of what stands under them.
HEADERS = {
    PERSON: ("child childyp yp cyp pupil pupils student students learner learners family families household parent parents parentcarer parentscarers carer "
             "carers mum dad mother father caller callers contact keyworker socialworker "
             "sw leadprofessional professional driver escort assistant guardian sibling siblings tutor "
             "teacher therapist mentor interpreter coach client clients patient resident serviceuser "
             "youngperson").split(),
    # a column that holds nothing but names: any word under it is one ("Cat", "Will", "TJ")
    NAMED: ("name names fullname childname pupilname contactname forename forenames firstname surname "
            "lastname preferredname preferred knownas nickname legalforename legalsurname givenname "
            "familyname initials clientinitials").split(),
    # the service's own people: initials ("SA") and user names ("bhollis") stand here
    STAFF: ("officer officers caseworker worker staff by who user username owner allocated "
            "allocatedto assignedto author createdby recordedby enteredby adviser advisor duty "
            # who leads an action or a case ("Lead": HT, Bethan; "Action by", "Responsible")
            "lead leadofficer leadworker responsible actionby actionowner "
            # who took a call ("Handler": a user name, "rbolton")
            "handler handledby takenby "
            # (a role's abbreviation heads the column of who holds it: "AO" for advice officer)
            "dutyofficer ao iao iaso cw kw lp staffcode usercode officercode staffinitials "
            # who signed a sheet, however they signed it ("N Rennison", "S.T.", "jw", "MCB"); a role
            # standing there is no one ("Health", "School (SENCO)")
            "signed signature signedby signoff").split(),
    SCHOOL: ("school setting nursery college provider placement currentsetting currentschool namedschool "
             "unit venue").split(),  # a respite unit's or a club's name
    DATE_OF_BIRTH: "dob dateofbirth birthdate born".split(),
    POSTCODE: "postcode pc".split(),
    ADDRESS: "address addressline street addr addrline streetaddress homeaddress".split(),  # ("addr1", "Addr line 1", "Addr_Line1")
    LOCATION: "area locality ward estate district neighbourhood suburb".split(),
    TOWN: "village town townvillage villagetown townorvillage towncity".split(),
    # a school's own rooms and bases: an incident log's "Location" ("The Hive", "Corridor C")
    ROOM: "location room base".split(),
    FOLLOW_UP: "followup fu".split(),
    # (a transport list's route, a contract's or a booking's number: codes each row repeats)
    CASE_REF: ("caseref ref reference caseid clientid personid id route routeno routecode routenumber "
               "contract contractno bookingref bookingno claimno claimref").split(),
    CASE_CODE: "case caseno casenumber casenum".split(),
    UPN: "upn".split(),
    ULN: "uln".split(),  # "ULN (post-16)": a learner's number, whatever its check digit
}
# a child's column's header words: a cell of initials alone there is the child's
CHILD_PLACEHOLDERS = frozenset("TBC TBA UNK SIB NK NKA NA ANON ALL NEW DOB".split())  # no child's letters
CHILD_HEADERS = frozenset("child childyp yp cyp pupil student learner youngperson recyp childname".split())
# a cell of initials: "JB", "T-JB", "HMcB"
_INITIALS = r"(?:[A-Z](?:-?[A-Z]){1,2}|[A-Z](?:Mc|Mac)[A-Z])"
INITIALS_CELL = re.compile(_INITIALS)
INITIALS_IN_CELL = re.compile(rf"(?<![\w-]){_INITIALS}(?![\w-])")
# groups a school counts pupils in, not anyone's initials ("Pupils: PP, EAL")
PUPIL_GROUPS = frozenset("PP EAL SEN SEND FSM LAC CLA CIN CP EHCP MAT GT HAP LAP MAP SS K E".split())


def _a_childs_initials(code: str, in_a_column_of_them: bool = False) -> bool:
    """Whether a code can be a child's initials: no role ("TA"), no group ("PP", "EAL"); in a
    column of initials (three different ones at least) an abbreviation's letters are a child's
    too ("AR"), though they never count towards making one."""
    return code not in ROLE_INITIALS and code not in PUPIL_GROUPS and code not in SIGN_OFF_NOT_INITIALS \
        and (in_a_column_of_them or code not in NOT_INITIALS)
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # where a CamelCase label's next word starts
_BY_HEADER = {word: kind for kind, words in HEADERS.items() for word in words}
_EMPTY = re.compile(r"(?i)^(?:none\b.*|n/?a|-+|tbc|tba|unknown|not known|nk|\?+|self|same|as above|withheld|anon|anonymous|not given|declined"
                    # (a case nobody holds yet, in an officer's column: "UNALLOCATED", "Awaiting allocation")
                    r"|(?:not[ \t]+(?:yet[ \t]+)?)?(?:un)?(?:allocated|assigned)|awaiting(?:[ \t]+allocation)?|vacant|pending|duty|waiting[ \t]+list)$")
# what a sheet's "Signed" or "Staff" cell holds where no one is named: "Y", "OK", "Y (verbal)", "e-signed"
_ANSWER = re.compile(r"(?i)^(?:y|n|yes|no|x|ok|✓|✔|e-?signed|signed|verbal|declined|refused)(?:[ \t]*\([^)]*\))?$")
_NAME_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*$")  # (any alphabet's letters: "Gabrielė")
_TITLES = re.compile(r"(?i)^(?:mr|mrs|ms|miss|mx|dr|prof|cllr)\.?\s+")


def _header_kinds(cells: list[str]) -> list[str | None] | None:
    """The type under each header cell, or None when the line is no header (too few short
    alphabetic cells, or no column of ours)."""
    keys = [re.sub(r"[^a-z]", "", c.lower()) for c in cells]
    # Header cells are short labels; a survey export's may be questions ("Overall rating (1-5)",
    # "Your contact details (optional)"): a quarter of them may be long or hold a digit.
    # ("Q4. What did we do well?": a numbered question heads its column as a label does)
    # ("Which advice officer supported you?": a form's question heads its column too)
    labels = sum(1 for c in cells if c.strip() and (len(c.strip()) <= 30 and not re.search(r"\d", c)
                                                     or SURVEY_QUESTION.match(c.strip())
                                                     or len(c.strip()) <= 80 and c.strip().endswith("?")))
    if labels < len(cells) - max(1, len(cells) // 4) or any(_VALUE.fullmatch(c.strip()) for c in cells):
        return None
    if any(PLACEHOLDER_CELL.fullmatch(c.strip()) for c in cells):
        return None  # "Address | [Address] | 27 Tidemill Close": a row of a key-facts table, someone's
        # placeholder standing where its value was, under no header
    kinds = []
    for cell, key in zip(cells, keys):
        kind = _BY_HEADER.get(key)
        if kind is None and re.fullmatch(r"[a-z]{3,}(?:ed|en)by", key):
            kind = STAFF  # "LoggedBy", "Updated_By", "WrittenBy": whoever did it, as a system writes it
        # ("Your child's school or setting", "Your name (optional)": a form's label, though it opens as a question does)
        if kind is None and not cell.strip().endswith("?") and (
                not QUESTION.match(cell.strip()) or re.match(r"(?i)your\b", cell.strip())):
            kind = _label_kind(cell)
        kinds.append(kind)
    valued = [cell for cell, kind in zip(cells, kinds) if kind is None and _value_cell(cell)]
    gaz = gazetteer.load()
    named = any(gazetteer.fold(w) in gaz.first_names for cell in valued for w in re.findall(r"[A-Za-z'’-]+", cell))
    if len(valued) >= 2 or named or valued and sum(1 for k in kinds if k) < 3:
        return None  # a form's first row, "Pupil name | Bianca Stoica | School | Birchwood Primary"
        # (one odd label, of no first name, among three of ours is still a header: "Reg Group";
        # "Virtual School | Sarah Tennant" is a form's pair)
    return kinds if any(kinds) else None


# a school's roles by their letters, as an action plan's "Lead" column holds them (class teacher, deputy and
# assistant heads, midday supervisors)
SCHOOL_ROLE_LETTERS = frozenset("CT DHT AHT MDS MSA MSAs SLT SENCO SENDCo SENDCO DSL DDSL LSA HLTA TAs EWO FSW PSA SBM".split())
# what kind of worker took it, before or instead of her name: "vol - Denise", "admin"
STAFF_KINDS = frozenset("vol vols volunteer admin reception receptionist student trainee locum bank agency".split())


def _role_letters(value: str, gaz) -> bool:
    """A role by its letters ("SW", "CT", "SENCO"), as a worker's column may hold one."""
    return value in ROLE_INITIALS or value in SCHOOL_ROLE_LETTERS or gaz.is_cue(value)


# a label's shortened words, never a name in a header ("Contact Tel", "Mob", "Ext", "Ref No")
LABEL_SHORT_WORDS = frozenset("tel tels mob mobile ext fax no nos num ref refs yr yrs addr dept".split())


def _value_cell(cell: str) -> bool:
    """A name standing where a label should: two or more capitalised words, one of them a listed
    first name or a word no dictionary has ("Bianca Stoica", "Birchwood Primary School (Year 2)");
    a label's words are a dictionary's ("Named School", "Date Of Birth", "Lead Professional")."""
    # ("Mei Ling Chen and Jun Chen": two names joined are names too)
    # ("Date Rec'd", "Date Rec.": a label's abbreviated word is no name)
    words = [w for w in re.sub(r"\([^)]*\)?", " ", cell).split() if w not in ("and", "&", "+")
             and not (re.fullmatch(r"[A-Za-z]+['’][a-z]{1,2}|[A-Za-z]{2,5}\.", w)
                      and w.rstrip(".").lower() not in gazetteer.load().titles)]  # (never "Mrs.", "Dr.")
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if any(re.search(r"[%#\d]", w) for w in words):
        return False  # "Att% YTD": a sign or a digit makes a label, never a name
    gaz = gazetteer.load()
    # ("Request Rcvd", "Wks Late": a word without a vowel is a label's abbreviation, no name)
    # ("Contact Tel", "Home Mob": a label's short word, though a first name too, "Tel" for Terence)
    return any(not w.isupper() and re.sub(r"[^a-z]", "", w.lower()) not in _BY_HEADER
               and re.sub(r"[^a-z]", "", w.lower()) not in LABEL_SHORT_WORDS
               and (gazetteer.fold(w) in gaz.first_names or not gaz.is_english(w.strip(".,'’"))
                    and re.search(r"[aeiouy]", w.lower()))
               for w in words)


def _label_kind(cell: str) -> str | None:
    """The type a short label names by its head word: the last word of each of its
    alternatives, outside brackets ("Child's name", "Officer (if known)", "Parent/carer",
    "Caller / YP"); never a word that only qualifies another ("Parents' wording", "By when")."""
    cell = cell.replace("_", " ")  # "sias_officer", "child_init": a database's field names, word by word
    if re.search(r"\be-?mail\b", cell.lower()):
        return None  # "Email address": the e-mail recognizer reads it, no street stands there
    if re.search(r"\b(?:initials|inits|init)\b", cell.lower()):
        return NAMED  # "Client (initials)", "Staff initials", "child_init": nothing but names stands there
    if re.search(r"\b(?:bundle|page|pages|pp|exhibit|appendix|tab)\b", cell.lower()):
        return None  # "Source / bundle ref": where in a bundle ("D14", "SLT report, D21-D26"), no one's number
    label = re.sub(r"\([^)]*\)?", " ", cell.lower())
    inside = re.search(r"\(([^)]*)\)", cell.lower())
    if inside and re.fullmatch(r"[ \t]*(?:re|about|regarding|concerning|for)[:.]?[ \t]*", label):
        label = inside.group(1)  # "Re (CYP)": what the row is about, said in its brackets
    words = [w for w in re.split(r"\s+", label) if w]
    if re.search(r"\barea\b", label) and re.search(r"\b(?:sub-?tests?|tests?|skills?|needs?|domains?|subjects?|"
                                                 r"assessments?|development|learning|focus|targets?|strands?)\b", label):
        return None  # "Subtest / area", "Area of need": what is measured, no place
    if not words or len(words) > 5:
        return None  # a question, not a label ("How did you contact us")
    if len(words) >= 2 and words[0] in ("in", "at", "on", "from", "to", "for", "of", "with"):
        return None  # "In school" says where, not which school
    for part in re.split(r"[/&+]|\bor\b|\band\b", label):
        part_words = [re.sub(r"[^a-z]", "", w) for w in part.split()]
        part_words = [w for w in part_words if w]
        if part_words and part_words[-1] in _BY_HEADER:
            return _BY_HEADER[part_words[-1]]
        if part_words and "".join(part_words) in _BY_HEADER:
            return _BY_HEADER["".join(part_words)]
        if part_words and len("".join(part_words)) >= 4 and "".join(part_words).endswith(("id", "ref")) \
                and (cell.strip()[-2:] in ("ID", "Id", "ef", "EF") or cell.strip().lower().endswith(("_id", "_ref"))) \
                and " " not in cell.strip():
            return CASE_REF  # "ContactID", "RecordId", "CallRef", "record_id": a system's key
    spaced = CAMEL.sub(" ", cell.strip())
    if " " not in cell.strip() and spaced != cell.strip():
        return _label_kind(spaced)  # "ChildForename", "CallerName": a database's label, word by word
    return None




# what a follow-up column's capitals say is next, no one's initials: "CB" (call back), "LVM" (left a voicemail)
FOLLOW_UP_STEPS = frozenset("CB LVM SMS EHC VMS".split())
# an area's cell that names its place and then its council: "Beverley - ERYC", "Greatfield - Hull"
AUTHORITY_AFTER_PLACE = re.compile(r"(?P<place>[^-–/]+?)[ \t]+[-–/][ \t]+(?P<la>[A-Z][\w&' -]*?)[ \t]*")
DATE_SHAPE = re.compile(r"\d{1,4}[/.\-]\d{1,2}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d\d\b")
SURVEY_QUESTION = re.compile(r"Q\d{1,3}[.:)]?[ \t]+\S.*\?$|Q\d{1,3}[.:)][ \t]+[A-Z]")
COLUMNS_LINE = re.compile(r"[ \t]*(?i:columns|fields|headers?)[ \t]*:[ \t]*")
PLACEHOLDER_CELL = re.compile(r"\[[^\]]{1,30}\]")  # "[Address]", "[Name]": a value already taken out
_VALUE = re.compile(r"[\d/.:\- ]*\d[\d/.:\- ]*")  # a date, time or number: a row's value, no label
# (three digits at least, no range: never "2nd", "KS2-3", "Y5/6", "16-25", "Y10-11", "16-19s", "2024/25", "EHCP-20wk")
CASE_CODE_CELL = re.compile(r"(?=(?:[^\d]*\d){3})(?!(?:Y|Yr|KS)?\d{1,2}[-–/]\d{1,2}s?$|(?:19|20)\d\d[-/]\d\d$)"
                            r"[A-Za-z]{0,6}[-/]?\d[\w/-]{2,20}")  # "1040", "0011", "DDS-24-0412", "YNY/24/1026"
RECORD_ID = re.compile(r"(?:[A-Z]{1,4}[-/]?)?\d{5,12}")  # "88120311", "CT-0091873", "R104417"
_COUNT_CELL = re.compile(r"[A-Za-z][A-Za-z /&%.'’-]{0,30}:[ \t]*\d{1,5}")  # "SEN Support: 16"
_RULE = re.compile(r"[ \t]*(?:\|[ \t]*)?:?-+")
QUESTION = re.compile(r"(?i)(?:how|what|why|when|where|which|who|happy|would|do|did|are|is|can|could|your)\b")  # a Markdown table's rule under its header
_CSV_FIELD = re.compile(r'[ \t]*"((?:[^"]|"")*)"[ \t]*(?=,|$)|([^,]*)')


def _split(body: str, sep: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a row. A Markdown row's outer bars hold no cells
    ("| a | b |"); a comma-separated row's quoted cells are read inside their quotes."""
    if sep == ",":
        cells, at = [], 0
        while at <= len(body):
            m = _CSV_FIELD.match(body, at)
            if m.group(1) is not None:
                cells.append((m.start(1), m.group(1)))
            else:
                cells.append((m.start(2), m.group(2)))
            at = m.end() + 1
        return cells
    cells, at = [], 0
    for cell in body.split(sep):
        cells.append((at, cell))
        at += len(cell) + 1
    if sep == "|" and body.strip().startswith("|") and body.strip().endswith("|") and len(cells) > 2:
        cells = cells[1:-1]
    return cells


def _rejoin_split_cells(body: str, placed: list[tuple[int, str]], n: int) -> list[tuple[int, str]]:
    """A CSV row with more cells than its header's ``n``: a comma written inside a cell without
    quotes split it ("Kamara, Idris", "rang back, left msg"). An export writes no space after its
    own commas, so a piece that opens with a space is the rest of the cell before it; joined
    from the left until the row fits (not in a file whose every cell opens with a space)."""
    spaced = [j for j in range(1, len(placed)) if placed[j][1][:1] in " \t"]
    if len(spaced) > len(placed) // 2:
        return placed
    placed = list(placed)
    while len(placed) > n:
        j = next((j for j in range(1, len(placed)) if placed[j][1][:1] in " \t"), None)
        if j is None:
            break
        at, end = placed[j - 1][0], placed[j][0] + len(placed[j][1])
        placed[j - 1:j + 1] = [(at, body[at:end])]
    return placed


MAX_RECORD_LINES = 30


def _prose_commas(body: str) -> bool:
    """Whether every comma of a line is followed by a space, as a sentence's are; a CSV's
    commas between its cells have none ("Ref,Forename,...", '"a","b"')."""
    return all(body[at + 1:at + 2] in (" ", "\t") for at in range(len(body)) if body[at] == ",")


def _next_row_as_wide(text: str, line_end: int, width: int) -> bool:
    """Whether the next line with text, after ``line_end``, splits at its commas into ``width``
    cells, not all of them after a space: a CSV's first row under its header, not a letter's next
    sentence."""
    for start, end in _records(text[line_end + 1:line_end + 1 + 4000]):
        body = text[line_end + 1 + start:line_end + 1 + end]
        if body.strip():
            return not _prose_commas(body) and len(_split(body, ",")) == width
    return False


def _records(text: str):
    """(start, end) of each line; a comma-separated record whose quoted cell holds line breaks
    (a database export's notes) runs on to the line where its quotes close, at most
    ``MAX_RECORD_LINES`` lines."""
    pos = 0
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text.count(",", pos, end) >= 2 and text.count('"', pos, end) % 2:
            probe = end
            for _ in range(MAX_RECORD_LINES):
                if probe >= len(text):
                    break
                nxt = text.find("\n", probe + 1)
                nxt = len(text) if nxt < 0 else nxt
                if text.count('"', pos, nxt) % 2 == 0:
                    end = nxt
                    break
                probe = nxt
        yield pos, end
        pos = end + 1


def _rows(text: str):
    """(line start, placed cells, the kinds of the columns, whether it is the header) of each
    header a text table has and of each row under one."""
    kinds: list[str | None] | None = None
    sep = None
    open_row = False  # the table's last line had fewer cells than its header: its last cell goes on
    for line_start, line_end in _records(text):
        body = text[line_start:line_end]
        if not body.strip():
            continue
        if re.fullmatch(r"[\s|:+=_-]+", body):
            continue  # a rule under the header ("----+----", "|---|---|")
        # (a header given on a line of its own: "Columns: Date/Time | Direction | ... | User")
        named = COLUMNS_LINE.match(body)
        skip = named.end() if named else 0
        found = next((s for s in ("|", "\t", ",") if body.count(s, skip) >= 2), None)
        if found is None:
            if not (sep == "\t" and kinds is not None and open_row):
                kinds = None  # (the lines of text pasted into a tab table's cell, after the row it opens
                # with fewer cells, are still the table's)
            continue
        placed = [(skip + at, cell) for at, cell in _split(body[skip:], found)]
        cells = [c for _, c in placed]
        open_row = kinds is not None and found == sep == "\t" and len(cells) < len(kinds)
        # under a header, a row of as many cells is a row ("Ionut Munteanu | Father | ..."),
        # never the header of a new table
        data_row = kinds is not None and found == sep and len(cells) == len(kinds)
        header = None if data_row and not named else _header_kinds([c.strip() for c in cells])
        if header is not None and found == "," and len(cells) <= 4 and any(len(c.split()) > 5 for c in cells) \
                and _prose_commas(body) and not _next_row_as_wide(text, line_end, len(cells)):
            header = None  # a sentence with commas ("Request for an Education, Health and Care needs
            # assessment for my son, Archie Street"), never a CSV's labels (a form's export has many,
            # some of them whole questions; its commas have no space after them, and rows as wide
            # under them)
        if named and header is None:
            continue
        if header is not None and body.lstrip().startswith("|") and not _RULE.match(text, line_end + 1):
            header = None  # a Markdown table's header is the row above its rule: "| Name | Tegan |" is a row
        if header is not None:
            kinds, sep = header, found
            yield line_start, placed, kinds, True
            continue
        if kinds is not None and found == sep == "," and len(cells) > len(kinds):
            placed = _rejoin_split_cells(body, placed, len(kinds))
            # a CSV row whose free-text last column was written without quotes ("rang back, left
            # msg"): its commas add cells at the end; the columns before it stand where they are
            placed = placed[:len(kinds) - 1] if len(placed) > len(kinds) else placed
            cells = [c for _, c in placed]
        elif kinds is None or found != sep or len(cells) != len(kinds):
            continue
        if sum(1 for c in cells if _COUNT_CELL.fullmatch(c.strip())) >= 2:
            continue  # a totals line under the table ("Total on register: 23<tab>EHCP: 6"), no record
        yield line_start, placed, kinds, False


def header_cells(text: str) -> set[tuple[int, int]]:
    """Where each cell of a text table's header stands, when a row stands under it: a label,
    whatever NER makes of it ("Reg", a tutor group's column, is no Reg). (A line of prose with
    commas, or a signature's "College | Campus | Town", may read as a header; with no row under
    it, it is no table.)"""
    out: set[tuple[int, int]] = set()
    header = None
    for line_start, placed, _, is_header in _rows(text):
        if is_header:
            header = (line_start, placed)
        elif header is not None:
            out |= {(header[0] + at + len(cell) - len(cell.lstrip()), header[0] + at + len(cell.rstrip()))
                    for at, cell in header[1] if cell.strip()}
            header = None
    return out


# What an area's column says of a row that is no place: a direction, a kind, no answer
NOT_AN_AREAS_PLACE = frozenset("""north south east west central mid inner outer rural urban other various unknown none
transport county city town borough district countywide citywide multiple mixed national regional local online remote
tbc tbd pending na n/a all both""".split())
AUTHORITY_HEADERS = frozenset("la localauthority authority council homela placingla responsiblela lea".split())


@lru_cache(maxsize=8)
def authority_cells(text: str) -> frozenset[tuple[int, int]]:
    """Where each cell under a Local Authority's header stands ("LA", "Local Authority"): the
    authority's name there ("Bolton", "Trafford") is no one's surname, whatever NER makes of it."""
    out: set[tuple[int, int]] = set()
    columns: set[int] = set()
    for line_start, placed, _, is_header in _rows(text):
        if is_header:
            columns = {i for i, (_, cell) in enumerate(placed)
                       if re.sub(r"[^a-z]", "", cell.lower()) in AUTHORITY_HEADERS}
            continue
        out |= {(line_start + at + len(cell) - len(cell.lstrip()), line_start + at + len(cell.rstrip()))
                for i, (at, cell) in enumerate(placed) if i in columns and cell.strip()}
    return frozenset(out)


# A name that opens a cell and its note after it, a year group or a number first: "Will Bunting
# Yr9 Brimington Vale Academy"
NAME_THEN_MORE = re.compile(r"(?P<name>[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+){1,2})[ \t]+(?=(?i:y(?:ea)?r)[ \t]?\d|\d|\()")


class ColumnRecognizer(EntityRecognizer):
    """Cells of text tables read by their column's header."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entities=[PERSON, SCHOOL, DATE_OF_BIRTH, POSTCODE, ADDRESS,
                                             LOCATION, CASE_REF, UPN, ULN, DATE],
                         name="ColumnRecognizer", supported_language=supported_language)

    def load(self) -> None:
        self.gaz = gazetteer.load()

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        rows, table = [], 0
        children: set[tuple[int, int]] = set()  # a child's column: "CYP", "Child", "Pupil"
        for line_start, placed, kinds, is_header in _rows(text):
            if is_header:
                table += 1
                children |= {(table, column) for column, (_, cell) in enumerate(placed)
                             if re.sub(r"[^a-z]", "", cell.lower()) in CHILD_HEADERS}
                continue
            rows.append((table, line_start, placed, kinds))
        initials = self._initials_columns(rows)
        people = self._people_columns(rows)
        places = self._places_columns(rows)
        for table, line_start, placed, kinds in rows:
            for column, ((at, cell), kind) in enumerate(zip(placed, kinds)):
                if (table, column) in initials and kind == STAFF and _role_letters(cell.strip(), self.gaz):
                    # "TA" under "Officer" where the column's workers are all initials ("BQ", "JF"): a
                    # worker's letters, though a role's too (a column of roles, "SW", "EP", is none)
                    out += [make_result(self, PERSON, line_start + at + m.start(), line_start + at + m.end(), SCORE,
                                        "staff-initials")
                            for m in INITIALS_IN_CELL.finditer(cell) if m.group() not in SIGN_OFF_NOT_INITIALS]
                elif (table, column) in initials and kind == PERSON:
                    # "JB" under "Pupil" where the column's pupils are all initials ("PP", "EAL": groups)
                    out += [make_result(self, PERSON, line_start + at + m.start(), line_start + at + m.end(), SCORE, "column")
                            for m in INITIALS_IN_CELL.finditer(cell) if _a_childs_initials(m.group(), True)]
                elif (table, column) in children and kind == PERSON and INITIALS_CELL.fullmatch(cell.strip()) \
                        and _a_childs_initials(cell.strip(), True) and not self.gaz.is_cue(cell.strip()) \
                        and cell.strip() not in gazetteer.glossary_letters() and cell.strip() not in CHILD_PLACEHOLDERS:
                    # "LMC" under "CYP" among the children's names: her initials (never "YP", "SEN")
                    out.append(make_result(self, PERSON, line_start + at + len(cell) - len(cell.lstrip()),
                                           line_start + at + len(cell.rstrip()), SCORE, "column"))
                elif kind is not None and cell.strip():
                    out += self._cell(text, line_start + at + len(cell) - len(cell.lstrip()), cell.strip(), kind,
                                      people=(table, column) in people, places=(table, column) in places)
        return out + self._id_columns(text)

    def _people_columns(self, rows) -> set[tuple[int, int]]:
        """A worker's column where two cells at least hold someone (initials no role has, "RK", or a
        first name, "Bethan"): its role letters are someone's initials too."""
        found: dict[tuple[int, int], set[str]] = defaultdict(set)
        for table, _, placed, kinds in rows:
            for column, ((_, cell), kind) in enumerate(zip(placed, kinds)):
                value = cell.strip()
                if kind == STAFF and (INITIALS_CELL.fullmatch(value) and not _role_letters(value, self.gaz)
                                      or gazetteer.fold(value) in self.gaz.first_names and value[:1].isupper()):
                    found[table, column].add(value)
        return {key for key, values in found.items() if len(values) >= 2}

    def _places_columns(self, rows) -> set[tuple[int, int]]:
        """An area's column where three cells at least name places (a place the lists know, or words
        no dictionary has all of: "Seaton Carew", "Owton Manor"): its other capitalised cells are
        places too, words of a dictionary as well ("Headland", "Hale"); never a row of a test's
        areas ("Reading", "Writing")."""
        found: dict[tuple[int, int], set[str]] = defaultdict(set)
        cells: dict[tuple[int, int], set[str]] = defaultdict(set)
        for table, _, placed, kinds in rows:
            for column, ((_, cell), kind) in enumerate(zip(placed, kinds)):
                value = cell.strip()
                if kind != LOCATION or not value:
                    continue
                cells[table, column].add(value)
                if value[:1].isupper() and (
                        gazetteer.fold(value) in self.gaz.places or not self._ordinary_phrase(value, town=True)):
                    found[table, column].add(value)
        # (most of its different cells: an "Area" of school life, "Exams", "PE", "Food Tech", is none)
        return {key for key, values in found.items() if len(values) >= 3 and len(values) >= 0.6 * len(cells[key])}

    @staticmethod
    def _initials_columns(rows) -> set[tuple[int, int]]:
        """A person's or a worker's column whose cells are initials (a provision map's "Pupil": JB,
        RS, T-JB; "Pupils": "KP, OW"; a duty log's "Officer": BQ, JF): three different codes at
        least, and most of its cells nothing else. Elsewhere capitals under a person's header may
        be a code ("SGO" under "Carer")."""
        codes: dict[tuple[int, int], set[str]] = defaultdict(set)
        cells: dict[tuple[int, int], list[bool]] = defaultdict(list)
        for table, _, placed, kinds in rows:
            for column, ((_, cell), kind) in enumerate(zip(placed, kinds)):
                if kind not in (PERSON, STAFF) or not cell.strip():
                    continue
                parts = [p.strip() for p in re.split(r"[,;&/]", re.sub(r"\([^()]*\)", "", cell)) if p.strip()]
                only = bool(parts) and all(INITIALS_CELL.fullmatch(p) for p in parts)
                cells[table, column].append(only)
                if only:
                    codes[table, column].update(p for p in parts if _a_childs_initials(p))
        return {key for key, flags in cells.items() if len(codes[key]) >= 3 and sum(flags) >= 0.6 * len(flags)}

    def _id_columns(self, text) -> list:
        """A table's column whose cells are each a different record number, whatever its header
        says ("audit_id", "Entry", "#", none of ours): five digits or more, perhaps with a short
        prefix, in four rows at least, nine in ten of them. A count, a year, a date, a time or an
        amount (most of them round) is none. A table here is a run of lines with the same number of
        cells between the same separators."""
        columns: dict[tuple[int, int], list[tuple[int, str]]] = defaultdict(list)
        run, shape = 0, None
        for line_start, line_end in _records(text):
            body = text[line_start:line_end]
            found = next((s for s in ("|", "\t", ",") if body.count(s) >= 2), None)
            placed = _split(body, found) if found else []
            if found is None or (found, len(placed)) != shape:
                run, shape = run + 1, (found, len(placed)) if found else None
                continue  # a table's first line is its header
            for column, (at, cell) in enumerate(placed):
                if cell.strip():
                    columns[run, column].append((line_start + at + len(cell) - len(cell.lstrip()), cell.strip()))
        out = []
        for cells in columns.values():
            ids = [(start, value) for start, value in cells if RECORD_ID.fullmatch(value)]
            round_ = sum(v.endswith("0") for _, v in ids)  # amounts and counts: 15000, 16500
            if len(ids) >= 4 and len(ids) >= 0.9 * len(cells) and len({v for _, v in ids}) == len(ids) \
                    and round_ < len(ids) / 2:
                out += [make_result(self, CASE_REF, start, start + len(value), SCORE, "id column")
                        for start, value in ids]
        return out

    def _cell(self, text, start, value, kind, people=False, places=False):
        if _EMPTY.match(value) or (kind == STAFF and _ANSWER.match(value)):
            return []
        if kind == FOLLOW_UP:
            # a worker's initials alone in the cell ("TW" under "follow_up"); never a note or a step
            # ("CB w/c 10/2", "NO URGENT"), an abbreviation ("IS", "LVM", "SMS"), a word or the council
            if not re.fullmatch(r"[A-Z]{2,3}", value) or value in NOT_INITIALS or value in CLOSING_CODES \
                    or value in FOLLOW_UP_STEPS or value in ROLE_INITIALS \
                    or gazetteer.load().is_english(value.lower()) or value.lower() in text_speak() \
                    or value in gazetteer.glossary_letters() or value in gazetteer.council_acronyms():
                return []
            # (tagged as a column's name, so the allow list still keeps its words: "SEN")
            return [make_result(self, PERSON, start, start + len(value), SCORE, "column")]
        if kind == ROOM:
            named = re.fullmatch(r"The[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?", value) or any(
                not self.gaz.is_english(w) for w in re.findall(r"[A-Z][a-z]{2,}", value))
            return [make_result(self, SCHOOL, start, start + len(value), SCORE, "column")] if named else []
        if kind in (TOWN, LOCATION) and (council := AUTHORITY_AFTER_PLACE.fullmatch(value)) is not None and (
                gazetteer.fold(council.group("la")) in gazetteer.authorities()[0]
                or council.group("la") in gazetteer.council_acronyms()):
            value = council.group("place")  # "Beverley - ERYC", "Kingswood - Hull": the place, its council kept
        if kind == TOWN:
            value = re.sub(r"\s*\([^()]*\)$", "", value) or value
            if len(value.split()) > 4 or not value[:1].isupper():
                return []
            return [make_result(self, LOCATION, start, start + len(value), SCORE, "column")]
        if kind in (LOCATION, SCHOOL) and not (places and kind == LOCATION and re.fullmatch(r"[A-Z][a-z'’-]+", value)
                                               and value.lower() not in NOT_AN_AREAS_PLACE
                                               and not self.gaz.is_cue(value)) \
                and self._ordinary_phrase(re.sub(r"\s*\([^()]*\)$", "", value) or value, town=kind == LOCATION):
            return []  # "Verbal ability" under "Area": a row of a test's scores, no place (its note aside:
            # "Meadow View (specialist provision)" is a name)
        if kind == CASE_CODE:
            # ("Open", "new", "2nd call", "Stage 2" under "Case": what the case is, no number)
            code = CASE_CODE_CELL.fullmatch(value)
            return [make_result(self, CASE_REF, start, start + len(value), SCORE, "column")] if code else []
        if kind == CASE_REF and not re.search(r"\d", re.sub(r"\s*\([^()]*\)$", "", value)):
            return []  # "Walk", "TBC" under "Route": no number, no reference (nor a journey with the
            # bus in its note: "Home > Honeywell LC (bus 22X)")
        if kind == DATE_OF_BIRTH and (not DATE_SHAPE.search(value) or len(value.split()) > 4):
            return []  # "11", "approx 35" under "DOB / age": an age, no date (the date recognizers read the rest);
            # a sentence is no one's birth date ("No – EHCNA request submitted 08/01/2024")
        if kind not in (PERSON, STAFF, NAMED):
            # "The Acorn Centre (pupil referral unit)", "St Bede's (Y5)": the name, not its note
            value = re.sub(r"\s*\([^()]*\)$", "", value) or value
            if kind == SCHOOL:  # "Ferham Park Primary School, Year 1": the setting, not its year
                value = re.split(r"\s*(?:[,(]|\s[-–]\s)", value)[0] or value
                if self._ordinary_phrase(value):
                    return []  # "Home - 7 Ings View" under "Venue": at home, no setting
            return [make_result(self, kind, start, start + len(value), SCORE, "column")]
        if re.fullmatch(r"[A-Z][\w'’-]+,[ \t][A-Z][\w'’-]*[a-z][\w'’-]*", value) \
                and self._name_like(value.replace(",", ""), kind != PERSON):
            return [make_result(self, PERSON, start, start + len(value), SCORE, "column")]  # "Gashi, Arben": one name
        outside = re.sub(r"\([^)]*\)?", lambda m: "\0" * len(m.group()), value)
        if len(outside.replace("\0", " ").split()) > 8:
            return []  # prose under a person's column ("Parents' view"), no name cell
        out = []
        full_name = False
        for piece in re.finditer(r"(?:[^,;&/():\s\"“”]|\s(?![-–]\s))+", value):
            first_name = any(gazetteer.fold(t) in self.gaz.first_names for t in piece.group().split())
            if "\0" in outside[piece.start():piece.end()] and not first_name:
                continue  # "Zuzana Olahova (Family Support Worker, Slovak speaking)": her role
            if full_name and len(piece.group().split()) >= 2 and not first_name:
                continue  # "Claire Broadhead, Paediatric Diabetes Team": her team
            # (a name the taker was unsure of, in quotes or with a query: "\"Jade\"", "'Frank'?")
            part = _TITLES.sub("", piece.group().strip(" \t-–")).strip("\"'“”‘’?")
            part = re.sub(r"\s+and\s+.*$", "", part)
            if kind == PERSON:  # "Summer Y4" under "CYP": the child, her year group aside
                part = re.sub(r"\s+(?:Y|Yr|Year)[ ]?\d{1,2}$", "", part)
            lead = NAME_THEN_MORE.match(part)
            if lead and len(part.split()) > 4 and gazetteer.fold(lead.group("name").split()[0]) in self.gaz.first_names:
                part = lead.group("name")  # "Will Bunting Yr9 Brimington Vale Academy" under "Child": the child
            if kind == STAFF and part.lower() in STAFF_KINDS:
                continue  # "vol - Denise" under "Officer": a volunteer, then her name
            if kind == STAFF and not people and _role_letters(part, self.gaz):
                continue  # "SW", "CT", "HT" under "Lead" or "Responsible": a role holds the action, no one named
                # (where the column's others are people, "RK", "Bethan", its "HT" is someone's initials too)
            # a cell of one word under a names' column is a name ("Cat"); "Apologies: Keith Oxley" is a line
            # (a cell of one listed first name under a child's or a caller's column is a name, though a
            # word too: "Will" under "CYP")
            alone = kind == PERSON and part == value and re.fullmatch(r"[A-Z][a-z]+", part) is not None \
                and gazetteer.fold(part) in self.gaz.first_names and gazetteer.fold(part) not in self.gaz.calendar
            if part and (alone or self._name_like(part, kind in (STAFF, NAMED), named=kind == NAMED and part == value)):
                at = start + piece.start() + piece.group().find(part)
                # initials under a staff column are someone's, even letters a list keeps ("CP"
                # under "KW" is a caseworker, not child protection); never a role's ("SW")
                # (a worker's letters that are a time's too: "AM" under "Taken by" is Aoife Moss)
                how = "staff-initials" if kind == STAFF and re.fullmatch(_INITIALS, part) \
                    and part not in ROLE_INITIALS and (part not in SIGN_OFF_NOT_INITIALS or part in ("AM", "PM", "PS")) \
                    else "column"
                out.append(make_result(self, PERSON, at, at + len(part), SCORE, how))
                full_name = full_name or len(part.split()) >= 2
        return out

    def _ordinary_phrase(self, value: str, town: bool = False) -> bool:
        """Ordinary words written as a phrase, not as a name: every word a dictionary's and one
        after the first in lower case ("Processing speed", "Word reading (WIAT-III)"), or one
        such word alone that no place list has ("Reading", "Maths" under "Area"), a town of one word
        aside in a ``town`` column ("Leek" under "Area"; "Pool" under "Venue" is the pool)."""
        tokens = re.findall(r"[^\W\d_]+", value)
        if len(tokens) == 1:  # (a town of one word is its town: "Leek" under "Area")
            return self.gaz.is_english(tokens[0]) and gazetteer.fold(tokens[0]) not in self.gaz.places \
                and not (town and tokens[0][:1].isupper() and gazetteer.fold(tokens[0]) in gazetteer.word_towns())
        return len(tokens) >= 2 and all(self.gaz.is_english(t) or t.isupper() for t in tokens) \
            and any(t.islower() for t in tokens[1:])

    def _name_like(self, part: str, staff: bool, named: bool = False) -> bool:
        """One to four words of letters, none a stop word, a role or a generic word, and not all
        ordinary lower-case words ("missed call"); user names ("bhollis") pass, and initials
        ("SA") in a staff column (elsewhere capitals are a code: "CB", "SGO")."""
        tokens = part.split()
        if not 1 <= len(tokens) <= 4 or not all(_NAME_TOKEN.match(t) for t in tokens):
            return False
        if len(tokens) == 1 and part.isupper() and len(part) <= 3:
            return staff
        if named and len(tokens) == 1 and tokens[0][:1].isupper() and gazetteer.fold(tokens[0]) not in STOP_WORDS \
                and not (part.isupper() and len(part) > 3 and self.gaz.is_english(part)):  # "SYSTEM", "ADMIN"
            return True  # "Cat" under "Preferred Name": a name, whatever else the word is
        if staff and len(tokens) == 1 and part[:1].isupper() and part[1:].islower() \
                and gazetteer.fold(part) in self.gaz.first_names:
            return True  # "Will" under "Taken by": a worker's first name, though a word too
        if named and len(tokens) == 1 and part.islower():
            key = gazetteer.fold(part)  # "admin", "training" in an initials column: a row of no one
            return key in self.gaz.first_names or key in self.gaz.surnames
        if len(tokens) == 1 and self.gaz.is_english(tokens[0]) and gazetteer.fold(tokens[0]) not in self.gaz.first_names \
                and gazetteer.fold(tokens[0]) not in self.gaz.surnames:
            return False  # "Phone", "Email", "Letter" under "Contact": how, not who
        if len(tokens) == 1 and "-" in part and all(
                self.gaz.is_english(p) and gazetteer.fold(p) not in self.gaz.first_names
                and gazetteer.fold(p) not in self.gaz.surnames for p in part.split("-")):
            return False  # "Walk-in", "Drop-in", "Call-back" under "Contact": a way of coming, no one
        folded = [gazetteer.fold(t).strip(".") for t in tokens]
        # ("Will Sayers", "May Jones": a first name that is a stop word too, before a surname; "A Kaur",
        # "I. Shah": an initial before a Capitalised surname, never the article)
        first_of_full = len(tokens) >= 2 and tokens[-1][:1].isupper() and (
            tokens[0][:1].isupper() and folded[0] in self.gaz.first_names
            and (folded[-1] in self.gaz.surnames or not self.gaz.is_english(tokens[-1])
                 or len(tokens) == 2 and re.fullmatch(r"[A-Z]\.?", tokens[-1]) is not None)  # "June H" under "Contact"
            or re.fullmatch(r"[A-Z]\.?", tokens[0]) is not None and tokens[-1][1:].islower())
        # ("Dawn Friend", "Tom Carer": a first name and a surname that is a role's word too)
        named_pair = len(tokens) == 2 and tokens[0][:1].isupper() and tokens[1][:1].isupper() \
            and tokens[1][1:].islower() and folded[0] in self.gaz.first_names and not self.gaz.is_cue(tokens[0])
        if any((f in STOP_WORDS and not (k == 0 and first_of_full)) or self.gaz.is_cue(t) and not (k == 1 and named_pair)
               or f in self.gaz.titles for k, (f, t) in enumerate(zip(folded, tokens))):
            return False
        named = any(f in self.gaz.first_names or f in self.gaz.surnames for f in folded)
        # (a text's short forms too: "text msg" under "Caller")
        ordinary = all(t.islower() and (f in self.gaz.english or f in text_speak()) for f, t in zip(folded, tokens))
        # "Nil return", "Paediatric Diabetes Team": words of a dictionary's and no first name
        phrase = all(self.gaz.is_english(t) for t in tokens) and not any(
            f in self.gaz.first_names for f in folded) and (
            len(tokens) >= 2 or any(t.islower() for t in tokens))
        return named or not (ordinary or phrase)
