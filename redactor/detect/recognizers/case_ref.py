"""Case reference recognizer: tribunal appeal numbers, LA and service refs, "case no." values."""

from __future__ import annotations


import regex as re
from presidio_analyzer import Pattern
from spacy.lang.en.stop_words import STOP_WORDS

from redactor.detect import gazetteer
from redactor.detect.check import text_speak
from redactor.detect.recognizers.base import DomainPatternRecognizer
from redactor.types import CASE_REF

_END = r"(?![\w/]|[-.](?!_)\w)"  # "ID RMcD-0447._": a stop, then Markdown's closing underscore
# Cue words that make a following number a reference; the cue itself is not redacted.
_CUE = (
    r"(?:\b(?:(?:our|your|my|their|the|tribunal)\s+)?ref(?:erence)?(?:\s+(?:no|number))?"
    r"|\b(?:case|appeal|tribunal|EHCP?|EHC\s+plan|file|claim|application)\s+(?:no|number|ref|reference|id)"
    r"|\b(?:case|appeal)(?=\s*[:#])"
    # a file's code of letters and numbers: "pupil file KNP/EX/24-07"
    r"|\bfile(?=[ \t]+(?-i:[A-Z]{2,5})[/-](?-i:[A-Z0-9]{1,6})[/-])"
    r"|\b(?:cost|budget|project|finance|billing)\s+code"
    # "new case 25-0866", "attach to case 24-1342": a case system's number after the word
    r"|\bcase(?=[ \t]+\d{2,4}[-/]\d{3,6}\b)"
    # "(Doncaster court, case DN19C00731)", "EHCNA-R-0925 / case 77418", "SENDIASS case W-3391": a number
    # of five digits, a court's code of letters and digits or a letter's (never "case 2", "in case 2025 goes", "in this case 50000 pounds")
    r"|(?<!\b(?:in|this|that|any|each|every|such|which|one)[ \t])\bcase(?=[ \t]+(?:\d{5,}|(?-i:[A-Z]{1,3}\d{2}[A-Z]{1,2}\d{3,}|[A-Z]{1,3}-\d{3,}))"
    r"(?![\w/-])(?![ \t]+(?:pounds|people|hours|days|pupils|children|families|words|miles)\b))"
    r"|\b(?:practice\s+code|registered\s+charity(?:\s+no)?|charity\s+(?:no|number)|(?:card|account|number|form|phone|mobile)\s+ending(?:\s+in)?|"
    r"PCSO|PC|DC|PS|DS|DI|DCI|Sgt|(?:police\s+)?(?:constable|sergeant)|collar\s+(?:no|number)|bleep|"
    # a police system's log or occurrence number: "(log 0417 of that date)", "occurrence\n14RO/25/20466"
    r"(?:storm|log|occurrence)(?=\s+\d{3,}|\s+\d{1,3}[A-Z]{1,4}/)|"
    # "i normaly do route 109", "SYP log 0007", "police incident no. 447": a route's or a log's number
    r"route|(?:police|SYP|incident|crime)\s+(?:log|incident|crime|ref|reference|report)(?:\s+(?:no|number))?|"
    r"(?:log|incident|crime)\s+(?:no|number)"
    # a bare label's number: "YAS Incident: 25-0214-0387", "Ticket #44871", "Job: J-20331"
    r"|(?:incident|crime|ticket|job|certificate)(?=\s*[:#]))(?=\s*[.:#]?\s*(?:\.{2,3}\s*)?(?-i:[A-Z]{0,4})-?\d)"
    # "CMC reg. 40217", "GMC reg no 7012345": a register's number behind its body's name
    r"|\b(?-i:[A-Z]{2,6})\s+reg(?:istration)?\.?(?:\s*(?:no|number)\.?)?(?=\s*:?\s*[A-Z]{0,3}\d)"
    # "Kai's CiC number for forms is 1049283", "her case number is 44120"
    r"|\b(?:number|no)\s+(?:for\s+[a-z]+\s+)?is(?=\s+[A-Z]{0,3}-?\d)"
    r"|\b(?:LCS|Mosaic|EHM|Liquidlogic|social\s+care|child|client|person|pupil|LAC|CLA|admission|"
    r"student|hospital)\s+(?:ID|no|number|case)"
    # a school's admission number as its MIS labels it: "Adno 004217", "Adm No 4217"
    r"|\b(?:adno|adm\.?\s*no)(?=\s*[.:#]?\s*\d{4,})"
    # a clinical or case system's own number after its name: "Case file / RiO 1190347", "SystmOne 4471902"
    r"|\b(?-i:RiO|RIO|SystmOne|EMIS|Mosaic|MOSAIC|LCS|EHM|Liquidlogic|CPOMS|SIMS|Arbor|Lorenzo|Cerner)(?=[ \t]{1,3}\d{5})"
    # a casework system's or a complaints team's number: "check CMS 23-1172", "see CMS case note 25/0388",
    # "complaint ref PALS 24/1183"
    r"|\b(?-i:CMS|PALS|Lamplight|Charitylog)(?:[ \t]+(?:case[ \t]+note|case|ref|no\.?))?(?=[ \t]{1,3}\d{2,4}[-/]\d{3,6}(?![\w/-])|[ \t]{1,3}\d{5})"
    r"|\bID(?:\s+(?:no|number))?(?=\s*[:#]?\**\s*(?-i:[A-Z]{0,4})[ -]?\d)"
    # hospital, exam-board, college and professional numbers ("MRN: RC4471093", "Hospital no.
    # K0512877", "candidate number | 4417", "Student ID: MEC-2305518", "GMC No. 7O12345")
    r"|\b(?:MRN|URN|SRA|(?-i:DX|PNC|APC)|hosp(?:ital)?|candidate|centre|center|student|learner|staff|employee|payroll|GMC|HCPC|NMC|NRPSI|SWE|"
    r"DBS|smartcard|passport|unit|ward|clinic|patient|collar|warrant|badge|shoulder|interp(?:reter)?|job|booking)\s*(?:no|n0|number|ref|reference|id|code|"
    r"reg(?:istration)?(?:\.?\s*no)?)?"
    r"(?=\s*(?:\([A-Za-z ]{1,12}\)\s*)?\)?\s*(?:\.|:|#|\||\t| {2,}|\s(?=[A-Z]{0,4} ?\d)))"
    # any system's number behind its label: "EMIS no:", "SystmOne number:", "Mosaic No.: "
    r"|\b(?!(?i:tel|telephone|phone|mobile|fax|nhs|uln|upn|ni|room|page|house|flat|bed|year|week|item|line|table|"
    r"question|point|step|part|section|version|the|this|that|our|your|their|his|her|its|"
    r"and|for|not|nor|any|one|two|was|are|has|had|yes|but|all|say|said)\b)"
    # ("vol no. V118": a label cut to three letters)
    r"(?-i:[A-Z]{2,6}|[A-Z][A-Za-z]{2,14}|[a-z]{3,14})\)?,?\s+(?-i:no|No|NO|number|Number)"
    # "EMIS no: 48213", "**CPOMS no:** 2231", "volunteer no. V-118", "registered charity, No. 1158204"
    r"(?=\.?\**\s*[:#]\**\s*[A-Z]{0,3}-?\d|\.\s*[A-Z]{0,3}-?\d)"
    r"|(?<=\(|\b(?:application|appeal|claim|case)\s+)no(?=\.\s*\d)"
    # a certificate, licence, registration or account number ("LA certificate no. 2418HD7731Q")
    r"|\b(?:certificate|licen[cs]e|registration|account|membership|policy|permit|blue\s+badge)\s+"
    r"(?:no|number|ref|reference|id)(?=\s*[.:#]?\s*[A-Z0-9]))"
)
# Between cue and value: a full stop, a colon or hash, and Markdown emphasis ("**EHCP ref:** ...").
# ... and a bracketed second name of the number ("Hosp No (MRN): ...") or "will be".
# (the first gap is bounded: looking back from a code over a long run of spaces, an unbounded one was
# tried from every space, and each cue's own look ahead scanned the run again: quadratic)
_CUE_GAP = (r"\s{0,60}(?:\.\s*|,[ \t]{1,3}(?=[A-Z]{2,5}[ /-]?\d{2,}[ /-]\d{3,}))?(?:for\s+[a-z]{3,8}\s*(?=:))?(?:\.{2,3}\s*)?(?:\([A-Za-z ]{1,12}\)\s*|\)\s*)?(?:[*_]{1,2}\s*)?(?:[:#|]\s*)?(?:\|\s*)?(?:[*_]{1,2}\s*)?"
            r"(?:with\s+us\s+)?(?:(?:is|was|will\s+be)\s+)?"
            # (a caller told when to quote it: "a reference number if you ring back it's E S 25 0458")
            # (bounded, as the rest of the gap: a long run of spaces before "it's" stays linear)
            r"(?:(?:,[ \t]{1,3})?(?:if[ \t]{1,3}you[ \t]{1,3}(?:ring|call|phone)(?:[ \t]{1,3}(?:back|us|again))?[ \t]{0,3},?[ \t]{0,3})?"
            # ("I'll give you a reference, it is S I A S 2025 0192")
            r"(?:it['’]?s|that['’]?s|it[ \t]+is)[ \t]{1,3})?")
_TOKEN = r"(?=[A-Z0-9/.-]*\d)[A-Z0-9](?:[A-Z0-9]|[/.-](?=[A-Z0-9])){2,40}"
# ... and one whose parts a form or a hurried hand spaced: "NDP 25 / 1147", "TA1 - 25 - 0193",
# "ATT/LI/2025/ 00318", "8841 2207 63" (capitals and digits only; a part after a space has digits,
# and a group of digits after a bare space is no day before its month: "ref 4471 on 23 March")
_PART = r"[A-Z0-9](?:[A-Z0-9]|[/.-](?=[A-Z0-9])){0,20}"
_SPACED_JOIN = r"(?:[ ]?[/-][ ]|[ ][/-][ ]?|[ ](?=\d{2,}(?![\w/-]|[ \t]+[A-Za-z])))(?=\d)"
# (a part of four digits at least: "ID: 12 15 17 and 19 were there" lists people, no reference)
_SPACED_TOKEN = rf"(?-i:(?=[A-Z0-9/ -]{{0,40}}?\d{{4}}){_PART}(?:{_SPACED_JOIN}{_PART}){{1,4}})"
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words that follow "printed by", "created by" and the like in ordinary prose.
_ORDINARY_AFTER_BY = frozenset("hand post email mail staff school parents parent mum dad teacher teachers "
                               "someone somebody everyone office system council admin "
                               # (a label's placeholders: "Assigned: tbc", "Allocated: unallocated")
                               "tbc tba tbd none pending unassigned unallocated nobody awaiting unknown duty".split())
_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
_SAID_DIGIT = r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)"
_SAID_JOIN = r"(?:dash|hyphen|(?:forward[ \t]+|back[ \t]*)?slash|stroke)"
# ("T R A N S dash two five dash zero eight eight one six"; "EXC slash 25 slash 0 4 4": a prefix, a
# said separator, then its numbers said or written)
# (a transcript's commas between the parts: "E H three seven one, slash, two five, slash, ...")
# (its year said as a number: "S D S twenty four oh six six one")
_SAID_PART = rf"(?:{_SAID_DIGIT}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" \
             r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SAID_NUMBERS = rf"(?:\d(?: \d){{1,7}}(?![\w'’-])|{_SAID_PART}(?:[ -]{_SAID_PART})*|\d{{1,6}})"  # ("1 8 0 6 4": digit by digit)
# (a label's word is no part of a reference's letters: "LCS ID 2084571" is the number after its label;
# nor a register's, "HCPC SL 041827")
_NO_LABEL = r"(?!(?:ID|NO|REF|NUM|NUMBER|NHS|UPN|ULN|NI|DOB|TEL|MOB|CASE|HNB|DSG|SI|FY|AY|HCPC|GMC|NMC|SWE|DBS)\b)"
SPOKEN_REF = re.compile(rf"(?<![\w'’-])(?-i:[a-zA-Z](?: [a-zA-Z]){{1,5}}(?: [A-Z]{{2,5}})?),? (?:{_SAID_JOIN},? )?"
                        rf"{_SAID_PART}(?:,? (?:{_SAID_PART}|{_SAID_JOIN}|\d(?=[ ,]|\.(?!\d)|$))){{3,15}}(?![\w'’-])"  # ("double 0 3 7 1 9")
                        rf"|(?<![\w'’-])(?-i:[A-Z]{{2,5}}|[a-zA-Z](?: [a-zA-Z]){{1,5}}),? {_SAID_JOIN},? (?:{_SAID_DIGIT}|\d{{1,4}})"
                        rf"(?:,? (?:{_SAID_DIGIT}|\d{{1,4}}|{_SAID_JOIN})){{2,15}}(?![\w'’-])"
                        # (letters between the strokes, the number last: "SEN stroke EHC stroke twenty stroke
                        # oh-six-one-one", "EHC slash DN slash 22 slash 0619"; the letters spelled: "P C C
                        # slash E H slash two four slash six one zero three")
                        # ("R B forward slash E H C forward slash 1 9 forward slash 0 7 4 2")
                        # (or its authority's number first, its letters spelled in lower case: "nine three one slash
                        # e h c slash one three two oh seven")
                        rf"|(?<![\w'’-]){_SAID_DIGIT}(?: {_SAID_DIGIT}){{2}} (?:stroke|(?:forward[ \t]+)?slash) "
                        rf"(?-i:[a-z](?: [a-z]){{1,4}}|[A-Z]{{2,5}}|(?!(?:one|two|three|four|five|six|seven|eight|nine|zero|oh|ten|and|the|or)\b)[a-z]{{2,5}})"
                        rf" (?:stroke|(?:forward[ \t]+)?slash) {_SAID_NUMBERS}(?![\w'’-])"
                        rf"|(?<![\w'’-])(?-i:[A-Z]{{2,5}}|[A-Z](?: [A-Z]){{1,4}})(?: (?:stroke|(?:forward[ \t]+)?slash) "
                        rf"(?:(?-i:[A-Z]{{2,5}}|[A-Z](?: [A-Z]){{1,4}})|{_SAID_NUMBERS})){{1,5}}"
                        rf" (?:stroke|(?:forward[ \t]+)?slash) {_SAID_NUMBERS}(?![\w'’-])"
                        # (read off its letter with spaces for its strokes: "it says KEHC 2022 0913")
                        # (never a year's span or a statutory instrument's number: "DSG 2024 2025", "SI 2014 1530")
                        # (its team's letters before it too: "ESCC ISEND 2024 04152")
                        rf"|(?<![\w'’/-])(?-i:(?:{_NO_LABEL}[A-Z]{{2,5}} )?(?!(?:SI|SR|FY|AY|DSG|HNB)\b)[A-Z]{{2,5}}) (?:19|20)\d\d (?!(?:19|20)\d\d(?!\d))\d{{4,6}}(?![\w'’/-])"
                        # (or with its team's letters: "WCC SEN 003719", "EHC RC 19 0442")
                        rf"|(?<![\w'’/-])(?-i:{_NO_LABEL}[A-Z]{{2,5}}(?: {_NO_LABEL}[A-Z]{{2,5}}){{1,2}}) (?:\d{{5,7}}|\d\d (?!(?:19|20)\d\d(?!\d))\d{{4,6}})(?![\w'’/-])(?! \d)"
                        # (its letters, its strokes and its numbers parted by a transcript's commas and
                        # hyphens: "E H C, stroke, W, stroke, two four, stroke, zero one nine five five",
                        # "S I A S twenty-four eleven twenty-six")
                        rf"|(?<![\w'’-])(?-i:[A-Z](?: [A-Z]){{1,5}})(?:(?:,? |-)(?:{_SAID_PART}|{_SAID_JOIN}"
                        rf"|(?-i:[A-Z])(?=,? {_SAID_JOIN}))){{4,24}}(?<=(?:{_SAID_PART}))(?![\w'’-])", re.IGNORECASE)
# its letters spelled and its number said, short, after its cue only: "S T S four one two"
SAID_AFTER_CUE = re.compile(rf"(?-i:[A-Z](?: [A-Z]){{1,4}})(?: {_SAID_PART}){{3,10}}", re.IGNORECASE)
# a number said digit by digit, opening with a word ("four zero six seven one", "double oh 3 5 1")
SAID_NUMBER = re.compile(rf"\b(?={_SAID_DIGIT}\b)(?:{_SAID_DIGIT}|\d)(?:(?:[ \t]+|[ \t]*-[ \t]*)(?:{_SAID_DIGIT}|\d)\b){{3,15}}", re.IGNORECASE)
# short codes that are still codes: a tutor group ("8KH"), a passcode ("Xk3q9P"), a route ("SPB-07"),
# a sort code ("20-44-81", no date: no 44th month)
SHORT_CODE = re.compile(r"\d{1,2}[A-Z]{1,3}\d?|[A-Z]{1,3}\d{1,3}|(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*\d[A-Za-z0-9]*\d)[A-Za-z0-9]{5,12}"
                        r"|[A-Z]{2,4}-\d{2}|\d{2}-(?:1[3-9]|[2-9]\d)-\d{2}")
# A code of three parts or more, letters first, its number short: "R-OGS-17", "SIAS-INT-25"
STRUCTURED_CODE = re.compile(r"(?=(?:[^A-Z]*[A-Z]){3})[A-Z]{1,6}(?:[-/][A-Z0-9]{1,6}){2,4}"
                             r"|[A-Z]{4,}\d{1,3}")  # (a user name in capitals with its number: "SWATKINS2")
VEHICLE = re.compile(r"[A-Z]{2}\d{2} ?[A-Z]{3}")


# (letters in capitals before two numbers that are a unit's, a count's or a document's, never a team's)
_NOT_SERVICE_LETTERS = frozenset("hrs hr mins min sess amt inv wks wk yrs yr qty tel mob ext no num pg pp vol tot avg "
                                 "est max approx".split())


class CaseRefRecognizer(DomainPatternRecognizer):
    """Recognize case references in SEND casework.

    Strong shapes stand alone: SEND Tribunal appeal numbers ("EH372/25/00412") and
    capitalised structured references ("RMBC/EHC/2024/0173", "SIAS-2025-0412"). Weaker
    shapes ("41873", "2025/0412", "12345/AB") count only right after a cue such as
    "case no.", "our ref:", "appeal number" or "EHCP no".
    """

    ENTITY = CASE_REF
    PATTERNS = [
        Pattern(
            "SEND Tribunal appeal number",
            rf"(?<![\w/-])[A-Z]{{2}} ?\d{{3}}/\d{{2}}/\d{{4,6}}{_END}",
            0.95,
        ),
        Pattern(
            "Structured reference",
            # also at the end of a path ("/Cases/2025/SIA-25-0301"), never inside a longer code
            r"(?<![\w&-])(?<![A-Z]/)(?-i:(?:[A-Z]{2,8}|[A-Z]{1,2}Mc[A-Z]|[A-Z]{1,3}&[A-Z]{1,3})\d{0,4}(?:[/-][A-Z0-9]{1,8})*[/-]\d{3,8}(?:[/-][A-Z0-9]{1,8})*)"
            + _END,
            0.85,
        ),
        Pattern(
            # a log's row number of one letter, opening its row: "D-0611<tab>Mon 17/03/25<tab>..."
            "Row reference",
            r"(?m)(?<=^[ \t|]{0,3})(?-i:[A-Z])-\d{3,6}(?=[ \t]*(?:\t|\||,))",
            0.7,
        ),
        Pattern(
            # a professional body's or a system's code: two or three capitals and five digits or
            # more ("PY031874", an HCPC number), never a longer code's piece
            "Capitals then digits",
            r"(?<![\w/.-])(?-i:[A-Z]{2,3})\d{5,8}(?![\w/-]|\.\d)",
            0.6,
        ),
        # a crime or incident number in its force's shape: "14/20877/24" (no date: no 20877th month),
        # and the force's letters before it: "SYP 14/88213/24"
        Pattern("Force reference", r"(?<![\w/.-])(?:(?-i:[A-Z]{2,5})[ \t])?"
                r"(?!\d{1,4}/(?:19|20)\d\d/\d\d(?!\d))\d{1,4}/\d{4,8}/\d{2,4}(?![\w/]|[-.]\w)", 0.85),
        # a code in parts between slashes with a letter and five digits: "14RO/25/20466", and its
        # parts spaced as a form writes them, "14 / YR / 00382 / 25"
        # (never a name's initial before a stroke and its reference: "Freya H / EH351/24/00988")
        Pattern("Slashed code", r"(?<![\w/.-])(?!(?-i:[A-Z]) / )(?=[A-Z0-9])(?=[A-Z0-9/ ]{0,40}[A-Z])(?=(?:[A-Z/ ]{0,12}\d){5})(?-i:[A-Z0-9]{1,8}"
                r"(?:(?:/| / )[A-Z0-9]{1,8}){2,4})(?![\w/])", 0.8),
        # a Royal Mail tracking number: "KF 2290 6617 3GB", "KF229066173GB"
        Pattern("Tracking number", r"(?<![\w/-])(?-i:[A-Z]{2} ?\d{4} ?\d{4} ?\d[A-Z]{2})(?![\w/-])", 0.85),
        # a structured code whose last part mixes letters and digits: "SEND35-DRAFT-7Q2K9"
        Pattern("Structured code", r"(?<![\w/-])(?-i:[A-Z]{2,8}\d{0,4}(?:-[A-Z0-9]{2,8}){1,3}-(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])"
                r"[A-Z0-9]{4,8})(?![\w/-])", 0.7),
        # a system's own key: a GUID, or a long hexadecimal string (a calendar event's UID, a
        # record's hash) with letters and digits in it
        Pattern("System key", r"(?<![\w-])(?:[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}"
                r"|(?=[0-9A-F]*[A-F])(?=[0-9A-F]*\d)[0-9A-F]{24,})(?![\w-])", 0.7),
        # one letter and seven digits, in brackets or after a label: "(P2290419)", a system's key
        Pattern("Letter then digits", r"(?<=\(|:[ \t]{0,3}|\bno\.?[ \t]{1,3})(?-i:[A-Z])\d{6,8}(?=\)|[ \t]*$|[ \t]*[,;])", 0.7),
        Pattern(
            "LA code reference",
            r"(?<![\w/-])\d{3}/(?-i:[A-Z]{2,6})/\d{3,6}" + _END,
            0.85,
        ),
        # (a token's own shape is looked at first: the long look back runs only where one starts)
        Pattern("Reference after a cue", rf"(?<![A-Za-z0-9])(?=[A-Za-z0-9][A-Za-z0-9/.-]*\d)(?<={_CUE}{_CUE_GAP}){_TOKEN}{_END}", 0.9),
        Pattern("Spaced reference after a cue", rf"(?<![A-Za-z0-9])(?=[A-Z0-9])(?<={_CUE}{_CUE_GAP}){_SPACED_TOKEN}{_END}", 0.9),
        # letters, a space and digits after a cue: "your reference number is RS 240881"
        # (its letters spelled, or a year and a number after them: "reference number C W S E N 112650", "my
        # reference on the letters is BOL SEN 2020 0456")
        Pattern("Spaced reference after a cue", rf"(?<![A-Za-z0-9])(?=[A-Z]{{1,4}} (?:[A-Z]{{2,6}} )?\d|(?:[A-Z] ){{2,8}}\d|[A-Z]{{2,5}} [A-Z]{{1,2}}\d{{5}})"
                rf"(?<={_CUE}{_CUE_GAP})"
                rf"(?-i:[A-Z]{{1,4}}(?: [A-Z]{{2,6}})?|[A-Z](?: [A-Z]){{1,7}}) (?:(?:19|20)\d\d \d{{3,6}}|\d{{4,10}}|\d{{2,6}}/\d{{2,6}}|"
                # (or the authority's number, a year and a number: "ref PCC SEN 874 25 02116"; or a
                # hospital's letters before its number: "hospital no. RCH K0481276")
                rf"\d{{3}} \d{{2}} \d{{3,6}}|(?-i:[A-Z]{{1,2}})\d{{5,9}}){_END}", 0.9),  # "RMBC EHCP 0087321" too
        # (and "Hartlepool ref EHCP 805/1129")
        # read out on a call, in any case, its letters perhaps spelled: "your case reference will be
        # sia 25 0192", "s i a 25 0192"
        Pattern("Reference read out after a cue", rf"(?<![A-Za-z0-9])(?=[A-Za-z]{{1,4}} )(?<={_CUE}{_CUE_GAP})"
                r"(?!(?i:is|was|in|on|at|to|no|be|it|of|for|and|the|now|ref|nos?)\b)"
                # (and its digits said one by one: "case ref E H C 25 0 2 1 1")
                # (a letter after its letters: "the reference is EHC R 24 4471")
                # (its letters spelled, six of them: "l c c r e q 1 4 0 7")
                r"(?:[A-Za-z]{2,4}(?: (?-i:[A-Z]))?|[A-Za-z](?: [A-Za-z]){1,6})(?:(?: \d{1,4}){4,10}|(?: \d{2,6}){1,3})" + _END, 0.85),
        # ... its letters spelled and its number said: "your reference with us is S T S four one two"
        Pattern("Reference said after a cue", rf"(?<![A-Za-z0-9])(?<={_CUE}{_CUE_GAP}){SAID_AFTER_CUE.pattern}(?![\w'’-])", 0.85),
        # its letters spaced, then its year and number, as a call's notes repeat it: "C P S 25 1204"
        # (its dash said and its digits one by one: "W S X 25 dash 0 3 1 7")
        # (or its dash written: "the reference is S T 25-0317")
        Pattern("Reference of spaced letters", r"(?<![\w/-])(?-i:[A-Z](?: [A-Z]){1,3}) \d{2}(?:(?: (?:dash|hyphen|slash))? (?:\d{3,6}|\d(?: \d){3,5})|-\d{4,6})"
                r"(?![\w/-]|[ \t]+\d)", 0.6),
        # spelled out on a voicemail: "c d t dash two four dash oh nine one three"
        Pattern("Reference spelled out", SPOKEN_REF.pattern, 0.6),
        # A call's conference or meeting ID read out in groups ("conference ID 518 226 904#")
        # a case's number after its word: "separate case 0148", "case 20417" (never a year: "case 2019")
        Pattern("Case number after its word", r"(?<=\b(?i:case)[ \t])(?<!\b(?i:in|this|that|which|each|any|every|such|one|her|his|my|their|our|your|its|pencil|brief|tribunal|court)[ \t]case[ \t])(?!(?:19|20)\d\d(?!\d))\d{3,6}(?![\w/,:-]|\.\d|[ \t]+(?i:words?|pages?|people|pupils?|children|times?|pounds?|quid|euros?|k|hours?|hrs|minutes?|mins|days?|weeks?|months?|years?|pens?|items?|sessions?)\b)", 0.6),
        Pattern("Meeting ID", r"(?<!\d)(?=\d{3,4}[ -]\d)(?<=\b(?:conference|meeting|call|webinar)\s+(?:ID|id|number|no\.?)\s*:?\s*)"
                r"\d{3,4}(?:[ -]\d{3,4}){2,3}(?![\w/])", 0.85),
        # A number alone on its line or in its own table cell (a record's ID in a Word table:
        # "Ravensfield Community School (Y9)\n\n1190441\n\nDominik ..."): seven digits or more,
        # no year, no phone (those have their own recognizers and win on overlap).
        Pattern("Number alone on a line", r"(?m)(?<=^[ \t|]*)\d{7,12}(?=[ \t|]*$)", 0.55),
        # a worker's staff code in brackets after their name: "prepared by A. Rafiq (SEN022)"
        Pattern("Code in brackets after a name", r"(?<=[A-Z][a-z]{2,}[ \t]\()(?-i:[A-Z]{2,4}\d{3,5})(?=\))", 0.6),
        # a code in three parts, its number short: a transport route's "DN-SEN-07", "RMBC-TR-12"
        Pattern("Code broken at a line's end", r"(?<![\w/-])(?-i:[A-Z]{2,6}(?:-[A-Z0-9]{2,8}){1,3}-)[ \t]*\r?\n"
                r"[ \t>]*\d{4,10}(?![\w/-])", 0.8),
        # a reference's shape written in lower case, as a transcript repeats one: "bss-25-0140."
        # (never a word's or a month's: "covid-19-2020", "post-16-2025", "mar-14-2025")
        Pattern("Reference in lower case", r"(?<![\w/.@-])(?!(?:covid|post|pre|ks|yr|year|age|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|"
                r"oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|top|ref|no|up|and|or|to)-)(?-i:[a-z]{2,5})-\d{2}-\d{3,6}(?![\w/-])", 0.6),
        # ... or with spaces, as a transcript writes one read back: "sias 25 1203", "att 26 0441"
        # (never a word's, a unit's or a month's before a count: "page 12 1234", "year 10 2025", "at 25 1203")
        Pattern("Spaced reference in lower case", r"(?<![\w/.@-])(?!(?:at|on|in|to|by|is|it|of|no|or|up|we|us|me|my|the|"
                r"and|for|age|aged|year|years|yr|yrs|page|pages|room|flat|unit|bus|route|ward|bed|class|set|group|form|"
                r"term|week|wk|wks|day|days|ks|key|stage|level|grade|band|num|number|tel|mob|ph|ext|jan|feb|mar|apr|may|"
                r"jun|jul|aug|sep|sept|oct|nov|dec|was|were|are|has|had|got|from|about|over|under|till|until|then|than|"
                r"just|like|only|also|and|but|so|its|his|her|our|you|him|them|they|she|he|ive|im|id|ill)[ \t])"
                r"(?-i:[a-z]{2,5})[ \t]\d{2}[ \t](?!(?:19|20)\d\d(?!\d))(?!\d*000(?!\d))\d{4,6}(?![\w/-]|[ \t]\d)", 0.6),
        # ... or in capitals, as a parent copies one from a letter: "the reference was SIASS 25 0701"
        Pattern("Spaced reference in capitals", r"(?<![\w/.@-])(?-i:[A-Z]{3,6})[ \t]\d{2}[ \t](?!(?:19|20)\d\d(?!\d))"
                r"(?!\d*000(?!\d))\d{4,6}(?![\w/-]|[ \t]\d)", 0.6),
        # ... or its letters, an authority's number, a year and a number between strokes: "ehc/353/25/00881"
        Pattern("Slashed reference in lower case", r"(?<![\w/.@-])(?-i:[a-z]{2,5})/\d{3}/\d{2}/\d{3,6}(?![\w/-])", 0.6),
        # a case's number of the year's two digits and four more, in its heading after the child's initials:
        # "### 2.1 AWS – 25-0417 – Ramsey", "### 2.5 ZI – NEW 25-0481 – Millfield"
        Pattern("Case number in a case's heading", r"(?m)(?<=^(?:#{1,6}|[ \t]*[-*•])[ \t]+(?:\d{1,2}[a-z]?(?:\.\d{1,2})*\.?[ \t]+)?"
                r"(?-i:[A-Z]{2,4}|[A-Z](?:Mc|Mac)[A-Z]?)(?:[ \t]+\([^)\n]{1,30}\))?[ \t]+[–—-][ \t]+(?:(?-i:NEW)[ \t]+)?)"
                r"(?:1\d|2\d)-\d{4}(?![\w/-])", 0.8),
        # ... or a bare number after the worker's initials: "### SK (Yr8, Lufton Fields) – RV – 0674 – RAG",
        # "### OFH (Yr11, Tor Meadow) – SP – 24/1187", "### IRP (3, Wivey) – KA (BH covering) – 0659"
        # (never a meeting's time after its kind and a role: "### TAC – SW – 1400 – Room 2")
        Pattern("Case number after a heading's worker", r"(?m)(?<=^#{1,6}[ \t]+(?:\d{1,2}[a-z]?(?:\.\d{1,2})*\.?[ \t]+)?"
                r"(?:(?-i:[A-Z]{2,4}|[A-Z]{1,2}-[A-Z])[ \t]+\([^)\n]{1,60}\)[ \t]+[–—-][ \t]+(?-i:[A-Z]{2,3})"
                r"(?:[ \t]+[–—-][ \t]+(?-i:[A-Z]{2,3}))?"
                # (without the case's details, never a meeting's kind and a role: "### TAC – SW – 1400")
                r"|(?!(?-i:TAC|TAF|MDT|CIN|CP|LAC|CLA|PEP|AR|EHC|SLT|SMT|AOB|TAS)\b)(?-i:[A-Z]{2,4}|[A-Z]{1,2}-[A-Z])[ \t]+[–—-][ \t]+"
                r"(?!(?-i:SW|EP|LA|TA|OT|GP|HV|SN|HT|DT|PA|SLT|DSL|EWO)\b)(?-i:[A-Z]{2,3}))"
                r"(?:[ \t]+\([^)\n]{1,30}\))?[ \t]+[–—-][ \t]+)(?:\d{2}/)?\d{4}(?=[ \t]+[–—-]|[ \t]*$)", 0.8),
        # an authority's number first, its team's letters and the case's number: "(case 851-SEN-30417)"
        Pattern("Authority's number first", r"(?<![\w/.-])\d{3}-(?-i:[A-Z]{2,5})-(?!(?:19|20)\d\d(?!\d))\d{4,6}(?![\w/-])", 0.7),
        Pattern("Three-part code", r"(?<![\w/-])(?-i:[A-Z]{2,6}-[A-Z]{2,6}-\d{1,3})(?![\w/-])", 0.6),
        # A long number anywhere: seven digits or more in a run is a record's, a crime's or a
        # system's number ("Niche occurrence: 14250061329", "Kai's is 4410297"), never a count or an
        # amount (written with commas, or round) nor part of a phone, a date or a decimal
        Pattern("Long number", r"(?<![\w/.,£$€#+-])(?!\d*000(?!\d))\d{7,12}(?![\w/]|[.,]\d)", 0.5),
        # "Exported by kbrampton", "Printed: 02/10/2023 by hwheatley": a system's user name
        # "Manager: mkhan2", "Worker: dstainton": a user name in a record's header
        # "Agent: nfirth | Queue 2", "Adviser: kbell2": a call system's agent, its field ending there
        # (never a transcript's speaker: "agent: ok so ...")
        Pattern("User name after an agent's label", r"(?<=\b(?:agent|adviser|advisor|operator|handler|caseworker)"
                r"\s*:[ \t]*)(?-i:[a-z][a-z]{3,}(?:\.[a-z]{1,3})?\d{0,3}|[A-Z]{2}[a-z]{3,}\d{0,3}"
                # (or her name and its letter in lower case: "Agent: nadia r   Start: 05/11/2025")
                r"|[a-z]{3,}[ ][a-z])(?=[ \t]*(?:$|\r?\n|[|;()\]\t])|[ \t]{2,}\S)", 0.6),
        # ("Agent: skaur   Duration 00:04:02": a field ends at a run of spaces too; "Agent: DPengelly (ext 2207)":
        # a user name of her initial and surname)
        # A user name in capitals with its number, after the label or the role it works in:
        # "(user: SWATKINS2)", "handler LHEPW01", "Agent: KPENROSE01"
        Pattern("User name in capitals after a label", r"(?<=\b(?i:user|user\s?name|user\s?id|login|handler|agent|"
                r"operator|officer|by)(?:\s*:\s*|[ \t]+))(?-i:[A-Z]{4,}\d{1,3})(?![\w@.-])", 0.6),
        Pattern("User name after a label", r"(?<=\b(?:manager|worker|officer|user|owner|author|login|log\s?in|"
                r"user\s?name|user\s?id|allocated(?:\s+to)?|assigned(?:\s+to)?|run\s+by|exported\s+by|printed\s+by)\s*:\s*)"
                r"(?-i:[a-z][a-z]*(?:\.[a-z]{1,20})?\d{0,3})(?![\w@.])", 0.6),  # ("Exported by: admin.tbowden")
        # A nurse's registration (NMC PIN "12A3456E") and a school's DfE number ("DfE 209/2157",
        # "DfE no. 3732041"): each names one person or one setting
        Pattern("NMC PIN", r"(?<![\w/-])(?-i:\d{2}[A-Z]\d{4}[A-Z])(?![\w/-])", 0.6),
        Pattern("DfE number", r"(?<=\b(?-i:DfE|DFE|LAESTAB)(?:[ \t]+(?i:no\.?|number|ref))?[ \t]*[:.]?[ \t]*)"
                r"\d{3}[ \t]?/?[ \t]?\d{4}(?![\w/])", 0.7),
        # a list of record numbers after a plural label: "LCS IDs: 1184552 / 1184553 / 1261907"
        Pattern("Numbers listed after a label", r"(?<=\b(?:IDs|ID\s+numbers|refs|references|case\s+numbers|numbers)"
                r"\s{0,3}:?\s{0,20}(?:\d{4,10}\s{0,3}[/,;&]\s{0,3})*)\d{4,10}(?![\w/])", 0.6),
        # "Flag raised by: dawn.h", "Typist: kb", "Checked by: jbrook": a label's user name or
        # initials in lower case (a word, "Referred by: mum", is none: invalidate_result)
        Pattern("User name after a by-label", r"(?<=\b(?:[a-z]+ed\s+by|typist|typed|scribe|minute[ -]?taker|"
                r"note[ -]?taker)\s*:\s*)(?-i:[a-z]{2,}(?:\.[a-z]{1,20})?\d{0,3})(?![\w@]|\.\w)", 0.6),
        # ... and with no colon, a system's user name no dictionary has: "Case note locked by sbird at
        # request of JS" after what a system records was done (never "closed by phone", "fed by
        # gastrostomy", "checked by paramedics")
        Pattern("User name after a by-verb", r"(?<=\b(?-i:locked|unlocked|closed|reopened|opened|created|edited|modified|"
                r"updated|entered|logged|added|reassigned|allocated|assigned|exported|printed|uploaded|actioned|"
                r"archived|deleted|merged|saved|scanned|recorded|submitted|amended|filed|attached)[ \t]+by[ \t]+)(?-i:[a-z]{4,}\d{0,3})(?![\w@'’-]|\.\w)", 0.5),
        # ... or after what was saved where, at the line's end: "Saved to case SIAS-25-0019 by jpike"
        Pattern("User name after a by-verb's object", r"(?<=\b(?-i:[Ss]aved|[Ll]ogged|[Uu]ploaded|[Aa]ttached|[Ff]iled|"
                r"[Aa]dded|[Ll]inked|[Mm]oved|[Ss]canned)[ \t]+(?:to|on|onto|in|into|against)[ \t][^\n]{1,40}?[ \t]by[ \t]+)"
                r"(?-i:[a-z]{4,}\d{0,3})(?=[ \t]*(?:$|\r?\n|[|;)\]\t]))", 0.5),
        # ... or after the time a system stamped, at the line's end: "Received 21/10/2024 08:02 by stoon"
        Pattern("User name after a time", r"(?<=\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]?[ap]m)?[ \t]+by[ \t]+)"
                r"(?-i:[a-z]{4,}\d{0,3})(?=[ \t]*(?:$|\r?\n|[|;)\]\t]))", 0.5),
        # a note's typist between commas before its date: "(typed, nfirth, 18/02/2025 11:41)",
        # "(typed, nfirth, 18 Feb 2025)"
        Pattern("User name before a date after typed", r"(?<=\b(?:typed|keyed)[ \t]*,[ \t]*)"
                r"(?-i:[a-z][a-z0-9._]{2,30})(?=[ \t]*,[ \t]*\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?"
                r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))", 0.7),
        # a number said digit by digit after its label: "my ID number is four zero six seven one",
        # "my number's four zero six"
        Pattern("Number said after a label", rf"(?<=\b(?:number|no|id|ref|reference|code|pin|account)"
                rf"(?:['’]s|[ \t]+(?:is|was|it's))?[ \t]*:?[ \t]*){SAID_NUMBER.pattern}(?![\w'’-])(?![ \t]+and\b)", 0.7),
        # a letter's typist after its dictation line, without a colon: "Dictated T.A. / typed rh 15/02/25"
        Pattern("Typist's initials", r"(?=[a-z])(?<=\b(?i:typed|transcribed)(?:[ \t]+by)?[ \t]{1,3})(?-i:[a-z]{2,3})"
                r"(?=[ \t]*(?:$|\n|/|,|\d{1,2}[/.]\d))", 0.6),
        # the second of two numbers after one label: "Person ID: 1207734 (child) / 1207735 (sibling)"
        Pattern("Second number after a label", r"(?<=\b(?:ID|no|number|ref|reference)\.?\s*[:#]?\s*\d{4,10}\s*"
                r"(?:\([A-Za-z ]{1,15}\)\s*)?(?:[/,&]|and)\s*)\d{4,10}(?![\w/])", 0.6),
        # a reference inside a file's name: "Certificate-PSM-25-0617.pdf", "EHCP_RMBC-2025-0173.docx"
        Pattern("Reference in a file name", r"(?<=[A-Za-z][-_])(?-i:[A-Z]{2,8}(?:[-_/]\d{2,4})*[-_]\d{3,8})"
                r"(?=\.(?i:pdf|docx?|xlsx?|msg|eml|txt|csv|odt|rtf)\b)", 0.85),
        # "(typed by jbottomley 02/04/2025 11:20)", "[noted by s_akhtar]": after other verbs, a user
        # name stands before a date or a bracket's end, or has a stop, a digit or an underscore
        Pattern("User name after a by-verb", r"(?<=\b(?:typed|written|noted|keyed|input|inputted|signed|checked|"
                r"reviewed|raised|flagged|sent|logged|taken|made)\s+by\s*:?\s+)"
                r"(?-i:[a-z][a-z0-9]{2,30}(?:[._][a-z0-9]+)?)(?![\w@])"
                r"(?=\s+\d{1,2}[/.-]\d{1,2}|\s*[)\]]|(?<=[._\d][a-z0-9]{0,30}))", 0.7),
        # "Saved from Google Docs by aalqadhi08": a user name with digits after "by"
        Pattern("User name with digits after by", r"(?<=\bby\s+)(?-i:[a-z][a-z._]{2,30}\d{1,4})(?![\w@])", 0.7),
        # "entered on database by jprescott 16/10/2025": a user name between "by" and a date
        Pattern("User name before a date after by", r"(?<=\bby\s+)(?-i:[a-z][a-z._]{3,30})"
                r"(?=\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})", 0.6),
        # a user name with an initial and a stop anywhere ("user s.haigh", "ask j.brook", "dawn.h"):
        # the name part must be a name or no word (invalidate_result)
        Pattern("Dotted user name", r"(?<![\w@./-])(?-i:[a-z]{1,2}\.[a-z]{3,20}|[a-z]{3,20}\.[a-z])\d{0,3}(?![\w@-]|\.\w)",
                0.6),
        # a numbered response, ticket or submission: "Response #0147", "Ticket #44871", "#0152" opening a line
        Pattern("Hash number", r"(?=#\d)(?<=(?:^|\b[A-Za-z]{3,20}[ \t]{1,3}))#\d{3,10}(?![\w/]|[.,]\d)", 0.7),
        # a pupil's tutor or registration group ("Tutor group 8KH", "Reg group: 10RW"): with the
        # school, it points at one class of thirty
        Pattern("Tutor group", r"(?=[A-Z0-9])(?<=\b(?i:tutor|form|reg(?:istration)?)[ \t]{1,3}(?i:group|grp)[ \t]{0,3}:?[ \t]{0,3})"
                r"(?-i:\d{1,2}[A-Z]{1,3}\d?|[A-Z]{1,3}\d{1,2})(?![\w/])", 0.7),
        # a meeting's passcode and a dial-in's conference number ("Passcode: Xk3q9P", ",,718443062#")
        Pattern("Passcode", r"(?=[A-Za-z0-9])(?<=\b(?i:passcode|pass code|meeting password|PIN)[ \t]{0,3}:[ \t]{0,3})(?=\S*\d)[A-Za-z0-9]{4,12}(?![\w])", 0.7),
        Pattern("Dial-in number", r"(?<=,,)\d{6,12}#?|(?=\d)(?<!\d)(?<=\b(?i:conference|meeting)[ \t]{1,3}(?i:ID|id)[ \t]{0,3}:?[ \t]{0,3})"
                r"\d{3,4}(?:[ -]\d{3,4}){1,3}#", 0.85),
        # bank details: "Account 20-44-81 / 71992054", "sort code 20 44 81, a/c 71992054"
        Pattern("Sort code", r"(?=\d)(?<!\d)(?<=\b(?i:account|a/c|sort[ \t]?code)[ \t]{0,3}(?:no\.?|number)?[ \t]{0,3}:?[ \t]{0,3})\d{2}[- ]\d{2}[- ]\d{2}(?![\d-])", 0.85),
        Pattern("Account number", r"(?=\d)(?<!\d)(?<=\b(?i:account|a/c)[^\n]{0,30}?\b\d{2}[- ]\d{2}[- ]\d{2}[ \t]{0,3}[/,;][ \t]{0,3})\d{6,10}(?!\d)|"
                r"(?=\d)(?<!\d)(?<=\b(?i:account|a/c)[ \t]{0,3}(?i:no\.?|number)[ \t]{0,3}:?[ \t]{0,3})\d{6,10}(?!\d)", 0.85),
        # a vehicle's registration ("Vehicle reg: YK19 RXN"): the current UK shape is no other code's
        Pattern("Vehicle registration", r"(?<![\w/-])(?-i:[A-Z]{2}\d{2} ?[A-Z]{3})(?![\w/-])", 0.6),
        Pattern("User name after a cue", rf"(?<=\b(?:exported|printed|created|entered|logged|updated|"
                rf"modified|run|generated|uploaded|scanned|added|saved|edited|amended|submitted|closed|"
                rf"opened|recorded|completed|allocated|assigned|reassigned|authorised|approved|posted|moderated)"
                rf"(?:\s*:?\s*{_DATE.pattern}(?:\s+\d{{1,2}}:\d{{2}})?)?\s+by\s*:?\s+"
                rf"(?:(?:page|group|site|system)\s+)?(?:admin(?:istrator)?\s+)?)"
                r"(?-i:[a-z][a-z0-9._-]{3,30})(?![\w@])", 0.85),
    ]
    CONTEXT = ["ref", "reference", "case", "appeal", "tribunal", "ehcp"]


    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject values that are a year, a date or too short to identify anything; a user name
        must not be an ordinary word ("printed by hand")."""
        if VEHICLE.fullmatch(pattern_text) or SPOKEN_REF.fullmatch(pattern_text) or SHORT_CODE.fullmatch(pattern_text) \
                or SAID_NUMBER.fullmatch(pattern_text) or SAID_AFTER_CUE.fullmatch(pattern_text):
            return False  # (only the tutor group's, the passcode's and the cues' patterns give these)
        if re.fullmatch(r"[a-z]{2,3}", pattern_text):  # a typist's initials ("kb"), never "me"
            return pattern_text in STOP_WORDS or pattern_text in _ORDINARY_AFTER_BY
        dotted = re.fullmatch(r"(?:[a-z]{1,2}\.([a-z]{3,})|([a-z]{3,})\.[a-z])\d{0,3}", pattern_text)
        if dotted:  # "s.haigh", "dawn.h": a listed name or a word no dictionary has ("end.i" is none)
            gaz = gazetteer.load()
            word = dotted.group(1) or dotted.group(2)
            return not ((word in gaz.first_names or word in gaz.surnames or not gaz.is_english(word))
                        and word not in STOP_WORDS)
        pair = re.fullmatch(r"([a-z]{2,})\.([a-z]{4,})\d{0,3}", pattern_text)
        if pair:  # "admin.tbowden", "sarah.jones": a part no dictionary has ("school.nurse" is none)
            return all(gazetteer.load().is_english(w) for w in pair.groups())
        user = re.fullmatch(r"([a-z]{3,})(?:\.[a-z]{1,3})?\d{0,3}", pattern_text)
        if user:  # a user name ("kbrampton", "mkhan2"), never an ordinary word ("head")
            word = user.group(1)
            # ("admin2": with its digits, an account even where the word is ordinary)
            return (word in STOP_WORDS or (word in _ORDINARY_AFTER_BY and pattern_text.isalpha())
                    or word in text_speak() or re.search(r"(.)\1\1", word) is not None  # "hiya", "hmmm"
                    or (pattern_text.isalpha() and gazetteer.load().is_english(word)))
        if re.fullmatch(r"[A-Z]{2}[a-z]{3,}\d{0,3}", pattern_text):  # "DPengelly": her initial and surname
            return gazetteer.load().is_english(pattern_text[1:].rstrip("0123456789").lower())
        capitals = re.fullmatch(r"([A-Z]{3,6})[ \t]\d{2}[ \t]\d{4,6}", pattern_text)
        if capitals:  # "SIASS 25 0701", "SND 25 0417": a service's or a team's letters ("HRS 25 1230", "INV 24 5567",
            # "GCSE 25 2027" are a count's, an invoice's, a kept term's)
            letters = capitals.group(1).lower()
            return re.search(r"ias+$", letters) is None and (
                letters in gazetteer.kept_terms() or gazetteer.load().is_english(letters) or letters in _NOT_SERVICE_LETTERS)
        spaced = re.fullmatch(r"([a-z]{2,5})[ \t]\d{2}[ \t]\d{4,6}", pattern_text)
        if spaced:  # "sias 25 1203": a service's letters no dictionary has ("paid 25 1000" is a sum,
            # "rm 12 1430" a room and a time, "gcse 25 2027", "dla 25 1000" a kept term's)
            letters = spaced.group(1)
            # (a service's own letters are kept words too, but its references' first part: "sias 25 1203")
            service = re.search(r"ias+$", letters) is not None
            return gazetteer.load().is_english(letters) or letters in text_speak() \
                or letters in gazetteer.kept_terms() and not service \
                or letters in gazetteer.CALENDAR or letters in ("rm", "ch", "pg", "pp", "no", "nr", "wk", "yr", "sect", "para")
        named = re.fullmatch(r"([a-z]{3,}) [a-z]", pattern_text)
        if named:  # "nadia r": a listed first name and her surname's letter
            return named.group(1) not in gazetteer.load().first_names or named.group(1) in STOP_WORDS
        digits = sum(ch.isdigit() for ch in pattern_text)
        return (
            (digits < 3 and not STRUCTURED_CODE.fullmatch(pattern_text))
            or _YEAR.fullmatch(pattern_text.lstrip("#")) is not None
            or _DATE.fullmatch(pattern_text) is not None
        )
