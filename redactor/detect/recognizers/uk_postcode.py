"""UK postcode recognizer: full postcodes in any case, with or without the space."""

from __future__ import annotations


import re

from presidio_analyzer import Pattern
from spacy.lang.en.stop_words import STOP_WORDS

from redactor.detect.recognizers.base import DomainPatternRecognizer, make_result
from redactor.detect.words import SPOKEN_NUMBER, misread_reading, unwrapped
from redactor.types import POSTCODE

# Outward code (position-specific letter rules, as in Presidio's UK recognizer).
_OUTWARD = (
    r"(?:[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]?"
    r"|[A-PR-UWYZ][0-9][0-9Ol]"   # "S6O", "S6l": OCR reads 0 as O, 1 as l
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]?"
    r"|[A-PR-UWYZ][A-HK-Y](?:[0-9][0-9Ol]|[lO][0-9]))"  # "DN1l", "DNl2": the same in two digits
)
_INWARD = r"[0-9lO][ABD-HJLNP-UW-Z]{2}"  # "lRT", "OJN": OCR reads 1 as l, 0 as O (never C, I, K, M, O or V)
# The postcode areas of the United Kingdom and the Crown Dependencies, longest first where one
# starts another ("BS" before "B")
_AREAS = frozenset("""
AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN
EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK
ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA
TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE""".split())
_AREA = "(?:" + "|".join(sorted(_AREAS, key=lambda a: (-len(a), a))) + ")"
_SCANNED_ONE_DIGIT_DISTRICT = re.compile(r"(?<![\w@/-])(?-i:" + "|".join(sorted(a for a in _AREAS if len(a) == 2))
                                         + r")[Ol][ \u00a0][0-9][ABD-HJLNP-UW-Z]{2}(?![\w@/-])")
# A full postcode as Royal Mail writes it: its area, district and sector, two letters
_STRICT_OUTWARD = r"(?P<area>[A-PR-UWYZ][A-HK-Y]?)(?:[0-9][0-9]?|[0-9][A-HJKPSTUW]|(?<=[A-Z]{2})[0-9][ABEHMNPRVWXY])"
_STRICT = re.compile(_STRICT_OUTWARD + r" [0-9][ABD-HJLNP-UW-Z]{2}")
# ... its inward part's three characters apart, as speech-to-text writes them: "RM3 9 H P"
_SPACED_INWARD = re.compile(r"(?<![\w@/])" + _STRICT_OUTWARD + r" [0-9] [ABD-HJLNP-UW-Z] [ABD-HJLNP-UW-Z](?![\w@])")
# ... or its district alone in brackets after a place's name, as a note places a family: "Hayes (BR2)"
# (an area of two letters only: "Makaton (L1)", "Numicon (N1)" are a level, a stage)
_DISTRICT_AFTER_PLACE = re.compile(r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[ \t]\((?P<district>(?P<area>[A-Z]{2})[0-9][0-9A-Z]?)\)")
# ... written whole, where a speaker may say it again
_WRITTEN = re.compile(r"(?<![\w@/])" + _STRICT.pattern + r"(?![\w@])")
_SAID_IN_WORDS = re.compile(r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|zero|oh|double|ten|eleven|twelve|"
                            r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b")
# Where a scan may have read a letter as a digit or a digit as a letter ("8S15 4AB" is BS15 4AB,
# "PEZ1 0XY" PE21 0XY, "lP4 5QT" IP4 5QT): a postcode's shape in capitals and digits, one digit
# at least, its parts apart
# (a letter of the inward part read as a digit too: "DH4 7R8" is DH4 7RB)
_SCANNED_SHAPE = re.compile(r"(?<![\w@/])(?P<out>[A-Z0-9l]{2,4})[ \u00a0]{1,2}(?P<in>[0-9A-Zl](?:[A-Z]{2}|[A-Z][0-9]|[0-9][A-Z]))"
                            r"(?![\w@]|\.\w)")
_READ_AS = {"8": "B", "5": "S", "0": "O", "1": "IL", "6": "G", "2": "Z", "l": "I1",
            "B": "8", "S": "5", "O": "0", "I": "1", "G": "6", "Z": "2"}
_MOST_MISREAD = 2  # characters a scan misread in one postcode


def _real(written: str) -> bool:
    """Whether ``written`` ("S60 2TH") is a full postcode of a real area as Royal Mail writes it."""
    return (m := _STRICT.fullmatch(written)) is not None and m.group("area") in _AREAS


def scanned_postcode(outward: str, inward: str) -> bool:
    """Whether ``outward`` and ``inward``, a scan's reading with a letter and a digit confused at
    most twice, are a real area's postcode that is not already one as written."""
    written = f"{outward} {inward}"
    # (the inward part's digit written as one, or as a scan's l or O: "L2 BSL", "E1 IEP", "B2 SEN" are
    # a subject's or a plan's letters)
    # (a district's digits may be read as l's too, "Bll 4SD" for B11: the caller asks for a scan's text then)
    if inward[0] not in "0123456789lO" or not (any(c.isdigit() or c == "l" for c in outward)
                                               and any(c.isalpha() and c != "l" for c in outward)):
        return False
    if _real(written):
        return False  # a postcode as written: the patterns have it
    readings = [("", 0)]
    for c in written:
        readings = [(r + alt, n + (alt != c)) for r, n in readings
                    for alt in (c, *_READ_AS.get(c, "")) if n + (alt != c) <= _MOST_MISREAD]
    return any(_real(r) for r, _ in readings)


# A postcode's shape in any case, for the rules that read a lower-case address before one ("3 pit
# row, stainmoor, s75 6hd"); its inward part never an ordinal ("yr9 1st term", "ks2 2nd trip")
ANY_CASE_POSTCODE = r"(?i:[a-z]{1,2}[0-9][a-z0-9]?[ \t]?(?![0-9](?:st|nd|rd|th)\b)[0-9][a-z]{2})(?![\w@])"
_BEFORE = r"(?<![\w@/])"
_AFTER = r"(?![\w@]|\.\w)"
_ORDINAL_SUFFIX = {"1": "st", "2": "nd", "3": "rd"}
_NUMBER_WORDS = rf"(?:{SPOKEN_NUMBER}|(?i:zero|oh))"
# an inward part's letter said in lower case, "zed" for z: "c b six two r zed"
_SAID_LETTER = r"(?:zed|(?-i:[abd-hjlnp-uw-z]))"


# A postcode said after its word, as a call's transcript writes it, read word by word: a letter
# as itself, by its name or by the phonetic alphabet ("ess tee", "Sierra Tango"), a number in
# words ("fifty three", "double oh"), the speaker's fillers and pauses between ("c v ten uh nine
# g h", "T F two, nine double E", "S-T-4 7-A-B"). Only what spells a real area's full postcode
# is one.
# A district written, its inward part said apart, as a transcript gives an agent's repeat: "m35 9 q w lovely"
INWARD_SAID_APART = re.compile(r"(?<![\w@/.-])(?P<out>[a-z]{1,2}[0-9]{1,2}[a-z]?)[ \t](?P<digit>[0-9])[ \t](?P<l1>[a-z])[ \t](?P<l2>[a-z])(?![\w@'’-])")
_ADDRESS_CUE = re.compile(r"(?i)\b(?:address|live|lives|living|moved|staying)\b")
_TURNS = re.compile(r"(?m)^[ \t]*(?:\[[\d:.]+\][ \t]*)?(?:speaker[ \t]*\d+|caller|agent|adviser|advisor|officer)\b[^\n:]{0,20}:", re.I)
# (a lesson's or a role's letters in lower case that are an area's too: "he has pe 2 1hr lessons")
_WORDS_AS_AREAS = frozenset("pe dt ta sw st ha ls".split())
# ... or read back in a transcript's lower case, its area's letters and its parts apart: "w r 11 3 zd",
# "mk 41 6jd"
READ_BACK = re.compile(r"(?<![\w@/.'’-])(?P<area>[a-z](?:[ \t]?[a-z])?)[ \t](?P<district>[0-9]{1,2}[a-z]?)[ \t]"
                       r"(?P<inward>[0-9][ \t]?[a-z][ \t]?[a-z])(?![\w@'’-])")
_SAID_CUE = re.compile(r"(?i)\bpost[ \t-]?codes?\b(?:['’]s)?")
# (a part written as it is spelled: "st4", "7ae", "9EE")
_SAID_WORD = re.compile(r"[A-Za-z]{1,2}[0-9]{1,2}[A-Za-z]?(?![A-Za-z0-9])|[0-9][A-Za-z]{2}(?![A-Za-z0-9])"
                        r"|[A-Za-z]+(?:['’][a-z]+|-ray)?|[0-9]+|[^\sA-Za-z0-9]")
_LETTER_NAMES = {
    "ay": "A", "bee": "B", "see": "C", "cee": "C", "dee": "D", "ee": "E", "eff": "F", "gee": "G", "aitch": "H",
    "haitch": "H", "jay": "J", "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P", "cue": "Q", "queue": "Q",
    "are": "R", "ess": "S", "tee": "T", "you": "U", "vee": "V", "ex": "X", "why": "Y", "wye": "Y", "zed": "Z",
    "zee": "Z"}
_PHONETIC = frozenset("alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike "
                      "november oscar papa quebec romeo sierra tango uniform victor whiskey whisky x-ray xray "
                      "yankee zulu".split())
_UNITS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_TENS = frozenset(_TENS_WORDS)
_NUMBERS = _UNITS | {w: str(i) for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), 10)} \
    | {w: str(10 * i) for i, w in enumerate(_TENS_WORDS, 2)}
# said between a postcode's parts, or before it ("postcode's, um, it's ..."): nothing of it
_HESITATIONS = frozenset("uh um umm er erm ah err sorry".split())
_FILLERS = _HESITATIONS | frozenset("like is it's it’s its that's that’s thats it the yeah yes ok okay and".split())
_PUNCTUATION = frozenset(",.-:;–?")
# "\n[00:00:38] Speaker 2:", after the asking turn's stop too ("And a postcode?\n[00:01:20] CALLER:")
_LABEL = re.compile(r"[?.!]?[ \t]*\n[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?[^\n:]{0,30}:")
_MOST_SAID = 10  # words read after the cue (its fillers and pauses apart)
# ... or spelled with hyphens where no word says it is one: "Oakley, R-G-two-three, seven, um, seven-A-F"
_SPELLED_START = re.compile(r"(?<![\w-])[A-Za-z](?:-[A-Za-z])?-(?:[0-9]|(?i:"
                            + "|".join(w for w in _NUMBERS if w != "zero") + r"))\b")


def _readings(word: str) -> list[str] | None:
    """What one said word may spell in a postcode ("" for a filler), or None where it can be
    no part of one."""
    low = word.lower()
    if low in _FILLERS or word in _PUNCTUATION:
        return [""]
    if low in ("oh", "o"):
        return ["0", "O", ""]  # (or a speaker's "oh")
    if low == "so":
        return ["SO", ""]  # "so fifty three" (Southampton), or a speaker's "so"
    if low in _LETTER_NAMES:  # (or an area's letters: "ex" is X, or EX of Exeter)
        return [_LETTER_NAMES[low]] + ([word.upper()] if word.upper() in _AREAS else [])
    if len(word) == 1 and word.isalpha() or len(word) == 2 and word.upper() in _AREAS:
        return [word.upper()]  # "s t", "st"
    if low in _PHONETIC:
        return [low[0].upper()]
    if low in _NUMBERS:
        return [_NUMBERS[low]]
    if word.isalnum() and len(word) <= 4 and any(c.isdigit() for c in word):
        return [word.upper()]  # "ST4", "7ab", "53"
    return None


def said_postcodes(text: str, is_transcript) -> list[tuple[int, int]]:
    """Spans of postcodes said after their word, or said again after they were written ("E1 4QT.
    sorry, e one four q t"), whatever words spell them; in a call's transcript (``is_transcript()``,
    looked for once by the caller), also said just before they are written ("S forty three, three q
    y.\n[00:01:56] Agent: S43 3QY.")."""
    found = []
    written_postcodes = list(_WRITTEN.finditer(text))
    written = {m.end() for m in written_postcodes}
    starts = [cue.end() for cue in _SAID_CUE.finditer(text)] + [m.start() for m in _SPELLED_START.finditer(text)] \
        + list(written)
    read_to = 0  # (each word read once: a start inside words already read is no new one)
    for begin in sorted(set(starts)):
        if begin < read_to:
            continue
        said, read_to = _said_from(text, begin)
        # (said again only in a number's or a letter's words, "e one four q t"; a table's cells after a
        # written postcode, "B12 9QT,N,1,6,Y,N", spell nothing)
        found.extend(span for span, _ in _spelled(said) if begin not in written or _SAID_IN_WORDS.search(text, *span))
    if written_postcodes and is_transcript():
        for w in written_postcodes:
            area = w.group("area")
            letters = re.sub(r"\s", "", w.group())
            opens = re.compile(rf"(?i)(?<![\w'’-]){area[0]}(?:[ \t]?{area[1:]})?(?![\w'’-])" if len(area) == 2
                               else rf"(?i)(?<![\w'’-]){area}(?![\w'’-])")
            for m in opens.finditer(text, max(0, w.start() - 160), w.start()):
                said, _ = _said_from(text, m.start())
                spans = [span for span, spelled in _spelled(said) if spelled == letters and span[1] <= w.start()]
                if spans and _SAID_IN_WORDS.search(text, *spans[0]):
                    found.append(spans[0])
                    break
    return found


def _said_from(text: str, begin: int) -> tuple[list, int]:
    """The words said from ``begin`` on that may spell a postcode, each with its readings, and
    where the reading stopped."""
    pos = begin
    if label := _LABEL.match(text, pos):
        pos = label.end()
    said = []  # (start, end, readings, word)
    last_said = None  # the last word that spelled something, and whether a hesitation came after it
    hesitated = False
    for w in _SAID_WORD.finditer(text, pos, min(len(text), pos + 120)):
        if "\n" in text[pos:w.start()]:
            break
        pos = w.end()
        word = w.group()
        low = word.lower()
        if low in ("double", "triple"):
            said.append((w.start(), w.end(), None, low))
            continue
        readings = _readings(word)
        if readings is None:
            break
        if said and said[-1][2] is None:  # "double E", "double oh"; "double you" is W
            times = 2 if said[-1][3] == "double" else 3
            start = said.pop()[0]
            readings = ["W"] if low in ("you", "u") and times == 2 else [r * times for r in readings]
            said.append((start, w.end(), readings, low))
            last_said, hesitated = said[-1], False
            continue
        if last_said is not None and low in _UNITS and last_said[3] in _TENS \
                and text[last_said[1]:w.start()] in (" ", "-", "\t"):
            del said[said.index(last_said):]  # "fifty three", "fifty-three": one number
            said.append((last_said[0], w.end(), [last_said[2][0][:-1] + _UNITS[low]], low))
            last_said, hesitated = said[-1], False
            continue
        if readings == [""]:
            hesitated = hesitated or low in _HESITATIONS
            said.append((w.start(), w.end(), readings, low))
            continue
        if last_said is not None and len(readings) > 1:
            readings = [r for r in readings if r]  # a speaker's "oh" or "so" opens a postcode only
        # (a part said again after a hesitation may be its repeat: "seven, um, seven-A-F")
        if last_said is not None and hesitated and last_said[2] == readings:
            readings = readings + [""]
        said.append((w.start(), w.end(), readings, low))
        last_said, hesitated = said[-1], False
        if len(said) > 3 * _MOST_SAID or sum(x[2] != [""] for x in said) == _MOST_SAID:
            break
    return said, pos


def _spelled(said: list) -> list[tuple[tuple[int, int], str]]:
    """The longest run of ``said`` that spells a real area's postcode, from the first word whose
    reading is a letter or a number (a word that may be nothing, "oh" or "so", may open it or not),
    with what it spells."""
    spellings = {("", None, None)}  # (letters so far, where they start, where they end)
    best = None
    for start, end, readings, _ in said:
        if readings is None:
            break
        spellings = {(s + r, (at if at is not None or not r else start), (to if not r else end))
                     for s, at, to in spellings for r in readings if len(s + r) <= 8}
        for s, at, to in spellings:
            if at is not None and 5 <= len(s) <= 7 and _real(f"{s[:-3]} {s[-3:]}") \
                    and (best is None or to - at > best[0][1] - best[0][0]):
                best = ((at, to), s)
        if not spellings:
            break
    return [best] if best else []


class UkPostcodeRecognizer(DomainPatternRecognizer):
    """Recognize full UK postcodes ("S60 2TH", "s602th", "DN12 4AB", "GIR 0AA").

    A lower-case inward part that reads as an ordinal ("Y6 2nd half term") is not a postcode.
    """

    ENTITY = POSTCODE
    PATTERNS = [
        Pattern(
            # A postcode district of the area alone: "pick-up (DN12) refused", "S60 families".
            "South Yorkshire postcode district",
            # (never a room's, a bed's or a block's number: "Room S14", "Block DN12")
            rf"{_BEFORE}(?<!\b(?i:room|rm|block|bay|bed|ward|unit|lab|studio)[ \t])(?-i:(?:S|DN)[1-9][0-9]){_AFTER}"
            rf"(?![ \u00a0]{{1,2}}[0-9][A-Za-z]{{2}})",
            0.5,
        ),
        Pattern(
            # any area's district alone before the word for where one lives: "posted to the IP3
            # address on file", "moved to a PE21 postcode"
            "postcode district before its word",
            rf"{_BEFORE}(?-i:{_AREA}[1-9][0-9]?)(?=[ \t]+(?i:address|addresses|postcode|post[ \t]code)\b)",
            0.6,
        ),
        Pattern(
            # a district and its sector, asked for as "the first half" of a postcode: "S61 3"
            "South Yorkshire postcode sector after the word",
            r"(?<![\w@/])(?-i:(?:S|DN)[1-9][0-9]?)[ \u00a0][0-9](?![\w@]|[.,:/][0-9])"
            r"(?<=(?i:post[ ]?code)[^\n]{0,60}\n?[ \t]*(?-i:(?:S|DN)[1-9][0-9]?)[ \u00a0][0-9])",
            0.6,
        ),
        Pattern(
            "UK postcode (spaced)",
            rf"{_BEFORE}(?:{_OUTWARD}[ \u00a0]{{1,2}}{_INWARD}|GIR[ \u00a0]0AA){_AFTER}",
            0.9,
        ),
        Pattern(
            # A postcode whose last letters no real one uses ("S65 3DV", "BS23 1OE"): an OCR slip
            # or a made-up address is still somebody's address. Any of the country's postcode
            # areas, in capitals, with a space only.
            "postcode of a real area (any letters)",
            rf"{_BEFORE}(?-i:{_AREA}[0-9][0-9A-Z]?[ \u00a0][0-9][A-Z]{{2}}){_AFTER}",
            0.8,
        ),
        Pattern(
            # a scan's digit for the area's first letter: "Rochdale  0L16 1ZZ" (OL), "1P4 2BX" (IP)
            "UK postcode (scanned area)",
            rf"{_BEFORE}(?-i:(?:0[LX]|1[GPV])[0-9][0-9ABCDEFGHJKPSTUW]?[ \u00a0]{{1,2}}{_INWARD}){_AFTER}",
            0.8,
        ),
        Pattern(
            # a scan's W read as two V's: "Halifax. HX2 8RVV", "LS7 4AVV" (an area's letters, capitals only)
            "UK postcode (scanned W)",
            rf"{_BEFORE}(?-i:{_AREA}[0-9][0-9A-Z]?[ \u00a0]{{1,2}}[0-9lO](?:VV[ABD-HJLNP-UW-Z]|[ABD-HJLNP-UW-Z]VV)){_AFTER}",
            0.8,
        ),
        Pattern(
            # a scan's l for a two-letter area's one digit: "Peterborough PEl 4XN" (capitals and a
            # space only: "Caller", "belong" are words)
            "UK postcode (scanned district)",
            rf"{_BEFORE}(?-i:[A-PR-UWYZ][A-HK-Y]l[ \u00a0]{{1,2}}[0-9][ABD-HJLNP-UW-Z]{{2}}){_AFTER}",
            0.85,
        ),
        Pattern(
            "UK postcode (unspaced)",
            rf"{_BEFORE}(?:{_OUTWARD}{_INWARD}|GIR0AA){_AFTER}",
            0.85,
        ),
        Pattern(
            # read out, as a call transcript writes it: "S 63 7 UJ", "DN 4 5 R Z"
            "UK postcode (read out)",
            # (its area's letters spaced too: "W V 10 0 PN")
            r"(?<![\w@/])(?-i:[A-PR-UWYZ](?: ?[A-HK-Y])?) (?:[1-9]|[1-9][0-9]) [0-9] ?(?-i:[A-Z]) ?(?-i:[A-Z])(?![\w@])",
            0.75,
        ),
        Pattern(
            # ... or its district written and the rest read out, its clause's end: "In Maltby. S66 8 RJ"
            # (never a timetable's or a ratio's "B1 3 PE, B2 4 RE", "L3 1 TA")
            "UK postcode (inward read out)",
            rf"{_BEFORE}(?-i:{_AREA}[0-9][0-9A-Z]?) [0-9] (?!(?-i:PE|RE|DT|TA|PA|IT|RS|PD|HE|GP|EP|OT|SA|TT)\b)"
            rf"(?-i:[ABD-HJLNP-UW-Z]{{2}})(?=[ \t]*(?:[.;)]|\r?\n|$)"
            # (or before its own copy, or a bracket's note after an area of two letters: "BS11 0 PQ BS11 0PQ",
            # "BS5 9 LT (father - PR)"; never a room's "N1 3 DR (drama studio)")
            rf"|[ \t]+(?:\((?!\d)(?:(?<=[A-Z]{{2}}[0-9] [0-9] [A-Z]{{2}} \()|(?<=[A-Z]{{2}}[0-9][0-9A-Z] [0-9] [A-Z]{{2}} \())"
            rf"|(?-i:{_AREA}[0-9])))",
            0.75,
        ),
        Pattern(
            # an auto-transcript's lower case, the district apart from its area: "harrietsham me 17 1qp"
            # (never an ordinal's letters: "s 12 3rd")
            "UK postcode (lower case, district apart)",
            r"(?<![\w@/])(?-i:" + "|".join(sorted((a.lower() for a in _AREAS if len(a) == 2), key=len, reverse=True))
            + r") [1-9][0-9]? [0-9](?!st|nd|rd|th|hr|ft|pm|am|mg|ml|yr|wk|pw|pd)(?-i:[abd-hjlnp-uw-z]{2})(?![\w@])"
            r"(?=[ \t]*(?:[.,;)]|\r?\n|$)|[ \t]+(?-i:[0-9A-Z]))",  # (its line's or clause's end: never "pe 2 1hr lessons")
            0.7,
        ),
        Pattern(
            # ... its letters said one by one too, as a transcript writes them: "Pudsey l s 28 8 h j"
            "UK postcode (lower case, letters spaced)",
            r"(?<![\w@/])(?-i:" + "|".join(sorted((" ".join(a.lower()) for a in _AREAS), key=len, reverse=True))
            + r") [1-9][0-9]? [0-9] (?-i:[abd-hjlnp-uw-z]) (?-i:[abd-hjlnp-uw-z])(?![\w@])",
            0.7,
        ),
        Pattern(
            # said in words with no word before it, letters a postcode's own ("Yes, N seventeen six
            # X R."): an area of one letter or two, a number's words, two letters of an inward part
            "UK postcode (said in words, letters spaced)",
            # (a comma where the speaker paused: "N G three one, seven E Q")
            rf"(?<![\w@/])(?-i:[BEGLMNSW]|[A-PR-UWYZ][ \t]?[A-HK-Y])(?:,?[ \t]+{_NUMBER_WORDS}){{1,3}}"
            rf",?[ \t]+(?-i:[ABD-HJLNP-UW-Z])[ \t]?(?-i:[ABD-HJLNP-UW-Z])(?![\w@])",
            0.75,
        ),
        Pattern(
            # ... speech-to-text's "to" for its district's two, after its cue: "It's GL to five TQ"
            # (never "ask the LA to one EP visit")
            "UK postcode (said in words, to for two)",
            rf"(?<=\b(?i:it's|it’s|its|it is|postcode|post code|postcode is|postcode's)[ \t]+)"
            rf"(?-i:[A-PR-UWYZ][ \t]?[A-HK-Y]?)[ \t]+(?-i:to|too)(?:,?[ \t]+{_NUMBER_WORDS}){{1,2}}"
            rf",?[ \t]+(?-i:[ABD-HJLNP-UW-Z])[ \t]?(?-i:[ABD-HJLNP-UW-Z])(?![\w@])",
            0.75,
        ),
        Pattern(
            # said in words after the word: "postcode S sixty three four R Z"
            "UK postcode (said in words)",
            # (its area's letters spaced too: "postcode is N G sixteen two B X")
            rf"(?<=\b(?i:postcode|post code)(?:[ \t]+(?:is|er|erm|um|it's))*[ \t]+)(?-i:[A-Z](?:[ \t]?[A-Z])?)"
            rf"(?:[ \t]+(?:{_NUMBER_WORDS}|[0-9])){{1,3}}[ \t]+(?-i:[A-Z])[ \t]?(?-i:[A-Z])(?![\w@])",
            0.85,
        ),
        Pattern(
            # ... in lower case, letter by letter, in the answer to the question on the line before:
            # "can i take a postcode\n[00:00:38] Speaker 2: b d five oh e x"
            "UK postcode (said in words, in lower case)",
            # (a blank line between the question and the answer too)
            rf"(?<=\b(?i:postcode|post code)[^\n]{{0,40}}(?:\r?\n[ \t]*){{0,2}}[^\n]{{0,30}}[ \t:])(?-i:[a-z](?:[ \t][a-z])?)"
            rf"(?:[ \t]+(?:{_NUMBER_WORDS}|[0-9]{{1,2}})){{1,3}}[ \t]+(?:zed|(?-i:[a-z]))[ \t]+(?:zed|(?-i:[a-z]))(?![\w@])",
            0.75,
        ),
        Pattern(
            # ... or with no word before it, an area of two letters: "it's m e twelve three h n"
            "UK postcode (said in words, in lower case, letters spaced)",
            # (a comma where the speaker paused: "s r four, six j q")
            rf"(?<![\w@/])(?-i:[a-pr-uwyz][ \t][a-hk-y])(?:,?[ \t]+(?:{_NUMBER_WORDS}|[0-9])){{1,3}}"
            rf",?[ \t]+{_SAID_LETTER}[ \t]{_SAID_LETTER}(?![\w@])",
            0.75,
        ),
        Pattern(
            # ... an area of one letter after an address's comma: "crossington road in walton vale,
            # l nine four t x"
            "UK postcode (said in words, in lower case, one letter after a comma)",
            rf"(?<=,[ \t])(?-i:[bglmnsw])(?:[ \t]+(?:{_NUMBER_WORDS}|[0-9])){{1,3}}"
            rf"[ \t]+{_SAID_LETTER}[ \t]{_SAID_LETTER}(?![\w@])",
            0.75,
        ),
        Pattern(
            # ... or after its place, its district and sector said as two numbers at least: "cranmore
            # avenue olton b ninety two seven q t"
            "UK postcode (said in words, in lower case, one letter, two numbers)",
            rf"(?<=[a-z][ \t])(?-i:[bglmnsw])(?:[ \t]+(?:{_NUMBER_WORDS}|[0-9])){{2,3}}"
            rf"[ \t]+{_SAID_LETTER}[ \t]{_SAID_LETTER}(?![\w@])",
            0.7,
        ),
    ]
    CONTEXT = ["postcode", "post code", "address", "lives at", "road", "street"]


    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        # ("h u eight nine\nt l": a postcode said across a transcript's wrapped line is one)
        text = unwrapped(text)
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        # (an inward letter read as a digit only in a text a scan wrote: "DH4 7R8", never "Room B12 1A2";
        # the text's words counted only when such a postcode is there to judge)
        scanned = None

        def is_scanned() -> bool:
            nonlocal scanned
            if scanned is None:
                scanned = sum(misread_reading(w) is not None for w in re.findall(r"[A-Za-z0-9]+", text)) >= 2
            return scanned

        for m in _SCANNED_SHAPE.finditer(text):
            if (m.group("in")[1:].isalpha() or is_scanned()) and scanned_postcode(m.group("out"), m.group("in")) \
                    and (any(c.isdigit() for c in m.group("out")) or is_scanned()):
                results.append(make_result(self, POSTCODE, m.start(), m.end(), 0.8, "scanned"))
        # (a district of one digit read as a letter, in a scanned letter only: "Croydon CRO 1XQ";
        # never "TWO 3AB" typed)
        for m in _SCANNED_ONE_DIGIT_DISTRICT.finditer(text):
            if is_scanned() and m.group()[:3].upper() not in ("TWO", "PRO", "BRO"):  # ("YEAR TWO 2ND TERM")
                results.append(make_result(self, POSTCODE, m.start(), m.end(), 0.8, "scanned"))
        for m in INWARD_SAID_APART.finditer(text):
            if _real(f"{m.group('out').upper()} {m.group('digit')}{m.group('l1').upper()}{m.group('l2').upper()}"):
                results.append(make_result(self, POSTCODE, m.start(), m.end(), 0.8, "said"))
        transcript = None  # (whether speakers' turns are written: looked for once, where it matters)

        def is_transcript() -> bool:
            nonlocal transcript
            if transcript is None:
                transcript = _TURNS.search(text) is not None
            return transcript

        for m in READ_BACK.finditer(text):
            area, inward = m.group("area"), re.sub(r"[ \t]", "", m.group("inward"))
            written = re.sub(r"[ \t]", "", area + m.group("district")).upper() + " " + inward.upper()
            # (never an ordinal or an hour, "rm 1 1st floor", "b 2 1hr sessions"; only where a call is written
            # or a postcode asked for)
            if inward[1:] in ("st", "nd", "rd", "th", "hr") or not (is_transcript() or _SAID_CUE.search(
                    text, max(0, m.start() - 300), m.start()) or _ADDRESS_CUE.search(text, max(0, m.start() - 80), m.start())):
                continue
            if _real(written) and (" " in area or "\t" in area or len(area) == 1
                                   or area not in _kept_words() and area not in STOP_WORDS and area not in _WORDS_AS_AREAS):
                results.append(make_result(self, POSTCODE, m.start(), m.end(), 0.8, "said"))  # (never "pe 2 1hr")
        for start, end in said_postcodes(text, is_transcript):
            results.append(make_result(self, POSTCODE, start, end, 0.85, "said"))
        for m in _DISTRICT_AFTER_PLACE.finditer(text):
            if m.group("area") in _AREAS and re.fullmatch(_OUTWARD, m.group("district")) and _a_place(m.group("place")):
                results.append(make_result(self, POSTCODE, m.start("district"), m.end("district"), 0.85, "district"))
        for m in _SPACED_INWARD.finditer(text):
            if len(m.group("area")) == 2 and m.group("area") in _AREAS:  # (never "Set: M1 2 B B")
                results.append(make_result(self, POSTCODE, m.start(), m.end(), 0.85, "said"))
        return results

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject a lower-case ordinal inward part such as "2nd" or "4th"."""
        if len(pattern_text) < 4:
            return False  # a district alone ("IP3 address")
        digit, letters = pattern_text[-3], pattern_text[-2:]
        return letters == _ORDINAL_SUFFIX.get(digit, "th")


def _a_place(name: str) -> bool:
    """A place the lists know ("Sidcup"), or a name no dictionary and no list of first names has
    ("Hayes"); never a word ("Mum (B12)", "Maths (L5)") nor a first name ("Jo (L5)")."""
    from redactor.detect import gazetteer
    gaz = gazetteer.load()
    words = re.split(r"[ -]", name)
    if all(gaz.is_english(w) for w in words) or gazetteer.fold(name) in _kept_words():
        return False  # ("Mum (B12)"; a kept programme's level: "WellComm (B4)")
    return gazetteer.fold(name) in gaz.places or not any(gazetteer.fold(w) in gaz.first_names for w in words)


def _kept_words() -> frozenset[str]:
    from redactor.detect import gazetteer
    return gazetteer.kept_terms()
