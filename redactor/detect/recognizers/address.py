"""ADDRESS: street addresses as casework writes them.

Found, strongest evidence first:

===============================================  ==========================  ===========
shape                                            example                     score
===============================================  ==========================  ===========
flat/apartment + house number + street           "Flat 3, 21 Wellgate"       FLAT_SCORE
house number (+ house name) + street + suffix    "14a Beech Road"            NUMBER_SCORE
house name + street                              "Rose Cottage, Elm Grove"   NUMBER_SCORE
"lives at" + house number + street               "lives at 21 Wellgate"      CUE_SCORE
"lives on" + street with any suffix              "lives on Maple Court"      CUE_SCORE
street with an unambiguous suffix, no number     "Cranworth Road"            BARE_SCORE
===============================================  ==========================  ===========

The span is the street part; a following village or town ("12 Elm Grove, Maltby") is left to
the location recognizer. Street names must be capitalised, so the regexes are case-sensitive.

Not addresses: "Year 6 Close observation", "section 3 Way forward", "the Local Offer",
"Parent View", "High Court", "St Mary's" (a saint, not a street), "Mrs Lane" (a person),
"Meadow View Primary" (a school, left to the school recognizer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from redactor.detect import gazetteer
from redactor.detect.recognizers.base import make_result
from redactor.detect.recognizers.uk_postcode import ANY_CASE_POSTCODE
from redactor.detect.words import SPOKEN_NUMBER, SPOKEN_NUMBER_LOWER
from redactor.types import ADDRESS

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

FLAT_SCORE = 0.95
NUMBER_SCORE = 0.9  # above a PERSON guess from NER on "Elm Grove"
CUE_SCORE = 0.85
BARE_SCORE = 0.6  # a bare "Sarah Lane" is more likely a person: PERSON scores win


def _title_and_upper(words: str) -> str:
    """Alternation of each word in Title case and UPPER case, longest first."""
    forms = {form for w in words.split() for form in (w, w.upper())}
    return "(?:" + "|".join(sorted(forms, key=lambda f: (-len(f), f))) + ")"


# Suffixes that name a street whatever stands before them.
# (and the kinds as people misspell them: "27 Ferndale Cresent", "Raod"; no word of the dictionary)
STRONG = _STRONG = "Road Rd Street Lane Avenue Ave Crescent Grove Gardens Gdns Terrace Tce Mews Drive " \
    "Cresent Cresant Crescant Crecent Raod Avenu Aveune Terace Steet"
# Abbreviated, these name nothing but a street ("Pinfold Ct", "Lowfield Cres"); as written only:
# in capitals they are a person's initials ("Dr Priya Lall<tab>PL")
_ABBREVIATED = "(?:Cres|Cl|Ct|Pl|Gr|Sq|Crt|Terr|Bvd|Blvd|Pde)"  # ("7 Beaumont Crt", "3 Wellington Terr", "Sovereign Bvd")
# Suffixes that are also ordinary words in casework ("Close observation", "Way forward",
# "Parent View", "High Court", "Food Bank"): a street only with a house number or a cue.
WEAK = _WEAK = (
    "Close Way Court Place View Walk Rise Row Hill Green Square Croft Fold Bank Vale Park "
    "Parade Chase Mount Gate End Garth Dale Meadows Heights Cottages Approach Boulevard "
    "Wharf Yard Paddock Nook Brow Common Fields Walks Wynd Ings Side Ridge Crest Glade Dene Knoll Hollow Spur "
    # (not "Rank" or "Circus": "Percentile Rank 16", "4 Drama Circus sessions")
    "Oval Grange Lawn Lawns Drove Loke Promenade Esplanade Quay Causeway "
    # ("12 Wharf Meadow, Heybridge": the newer estates' names)
    "Meadow Mead Acres Leys Copse Spinney Pastures "
    # ("3 Orchard Pitch, Paganhill": the West Country's and others' own words for a way)
    "Pitch Batch Tump Leaze Barton Combe Coombe Twitten Ginnel Vennel Chare"
)
# "St" ends a street only when no name follows it ("High St", not "St Mary's").
_ST = r"(?:St|ST)(?!\.?[^\S\r\n]+[A-Z])"
_STRONG_SUFFIX = rf"(?:{_title_and_upper(_STRONG)}|{_ST}|{_ABBREVIATED})"
_ANY_SUFFIX = rf"(?:{_title_and_upper(_STRONG + ' ' + _WEAK)}|{_ST}|{_ABBREVIATED})"
_HOUSE_WORD = _title_and_upper(
    "Cottage Cottages House Farm Lodge Barn Hall Villa Mill Manor Bungalow Grange Rectory "
    "Vicarage Court Mansions Buildings Flats Apartments Chambers Offices Office Works Tower Building Site Yard "
    "Centre Studio Studios Chapel Wing Annexe Annex Dairy Forge Granary Stables"
)

_SP = r"[^\S\r\n\t]{1,3}"  # spaces on one line (a tab parts a table's cells: "11<tab>Fernbank Academy<tab>Cantley Lane")
_COMMA_SP = rf",?{_SP}"
# A capitalised word: Elm, St, St., John's, O'Brien, McAllister, Moor-End, ELM.
_WORD = (
    r"(?:St\.|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z][a-z]+|[A-Z]{2,})"
    r"(?:['’]s)?(?:-[A-Za-z][a-z]+)*"
)
_END = r"(?![\w'’-])"
# House number: 12, 14a, 12-14. Not part of a decimal, reference, time or thousands ("1,250"); a
# CSV's cell may start with one (",,22 Brook Terrace"), after a cell of digits too where that cell is a
# date's or a time's end or the number is no thousands' three ("08/01/2014,44 Herbert Road",
# "2016,120 Somerville Road", "B93,7 Mill Lane")
_NUMBER = r"(?<![\w./:£$-])(?:(?<!\d,)|(?<=[/.\-:]\d{1,4},)|(?<=\d,)(?!\d{3}(?!\d)))\d{1,4}[A-Za-z]?(?:[-–]\d{1,4}[A-Za-z]?)?(?![\w/:.]\w)"
# Words before a number that counts, not a house's: "Lesson 4 Astro Pitch", "Week 3 Oak Lane walk"
_NOT_A_COUNT_BEFORE = r"(?<!\b(?i:lesson|period|session|group|table|page|week|year|step|stage|set|question|slide|item|" \
                      r"part|section|chapter|module|round|game|match|pitch|court)[ \t])"
# Words that follow a count, not a house number: "15 Hours Close supervision".
_COUNT_NOUN = (
    r"(?!(?:Hours?|Hrs|Weeks?|Days?|Minutes?|Mins?|Months?|Years?|Sessions?|Pupils?|Children"
    r"|Staff|Times|Points?|Members?|Adults?|Lessons?|Pages?|Steps?|Targets?|Outcomes?"
    r"|Places?|Schools?|Visits?|Calls?|Meetings?|Weekly|Daily|Termly|Monthly)\b)"
)
# Words that start a clause, not a street name: "Then Cranworth Road ...".
_NOT_A_NAME = (
    r"(?!(?:On|At|In|To|From|Of|And|Or|But|If|So|As|By|For|With|Then|When|While|After"
    r"|Before|Since|Until|Lives|Living|Lived|Moved|Near|Off|Via|Visited|Down|Up|Along|Past"
    r"|Opposite|Behind|The|A|An|This|That|His|Her|Their|Our|My|Mum|Dad|Home|Address)\b)"
)
# ("4 Regent Street South": a street's quarter after its kind)
# a particle inside a street's name: "Chy an Gweal Terrace", "Heol y Parc", "Rue de la Paix Close"
# (never a preposition of prose: "Kerry on Church Lane" is a person on a street)
_PARTICLE = r"(?:an|y|yr|de|la|le|du|des|del|upon)"
_STREET = rf"{_COUNT_NOUN}(?:{_WORD}{_SP}(?:{_PARTICLE}{_SP}){{0,2}}){{1,3}}{_ANY_SUFFIX}(?:{_SP}(?:North|South|East|West)(?![\w'’-]|{_SP}Yorkshire))?{_END}"
_STREET_NAME_ONLY = rf"{_COUNT_NOUN}{_WORD}(?:{_SP}{_WORD}){{0,2}}{_END}"  # "Wellgate"
# (a Traveller site's plot or pitch is written in lower case too: "plot 4, Furze Hill Lane site")
# (and a flat's in lower case, before a house's number: "flat 3, 41 Kernow Mews")
_FLAT = (rf"(?:(?:{_title_and_upper('Flat Apartment Apt Unit Plot Suite Pitch Room Block Floor Level')}|plot|pitch|flat)\.?{_SP}\d{{1,4}}[A-Za-z]?"
         rf"|(?:{_title_and_upper('Ground First Second Third Top')}|\d{{1,2}}(?:st|nd|rd|th)){_SP}(?i:floor))")
# A building's name may be broken at a line end ("Cavendish\nCourt"); "Moss Clough site" (a site).
_SP_NL = r"(?:[^\S\r\n]{1,3}|[^\S\r\n]*\r?\n[^\S\r\n]*)"
_HOUSE = rf"(?:{_WORD}{_SP}){{0,2}}{_WORD}{_SP_NL}(?:{_HOUSE_WORD}|site)"  # "The Old Welfare Hall"

_LOWER_WORD = r"[a-z][a-z'’-]+"
# what a count or a time is followed by, not a street: "2 weeks, s75 6hd"
_LOWER_NOT_A_STREET = r"(?:mins?|minutes?|hours?|hrs?|secs?|days?|weeks?|months?|years?|miles?|metres?|meters?|yards?)\b"
# what a number said counts, no street's word: "two kids really close", "ten minute drive", "one bus each way"
_SAID_COUNT = (r"(?:kids|children|schools|buses|bus|streets|minutes?|mins?|hours?|miles?|doors|houses|roads|weeks?|days?|"
               r"years?|times|really|very|each|so|quite|more|other|of|the|a|an)\b")
_LOWER_SUFFIX = r"(?:road|rd|street|st|lane|ln|avenue|ave|close|drive|grove|crescent|court|way|terrace|walk|row|view)"

_I = r"(?i:{})".format
_CUE_AT = _I(
    r"\b(?:(?:lives|living|lived|live|resides|residing|staying|stays|stayed)"
    # (a form's label may be padded to its colon: "Address      : 7 Rivelin Terrace")
    r"[^\S\r\n]{1,3}at|(?:home[^\S\r\n]{1,3})?address(?:[^\S\r\n]{1,3}is)?(?:[^\S\r\n]{0,3}|[ \t]{4,12}(?=:)):?)[^\S\r\n]{1,3}"
)
_CUE_ON = _I(
    r"\b(?:(?:lives|living|lived|live|resides|residing|staying|stays|stayed|moved|moving"
    # ("he lived with us on Blackberry Close")
    r"|house|home|flat)(?:[^\S\r\n]{1,3}(?:just|right|with[^\S\r\n]{1,3}(?:us|me|them|him|her|(?:my|his|her|our)[^\S\r\n]{1,3}[a-z]+)))?[^\S\r\n]{1,3}"
    r"(?:on|at|in|off|to|into|onto|along|near)"
    r"|(?:home[^\S\r\n]{1,3})?address(?:[^\S\r\n]{1,3}(?:is|on|at))?[^\S\r\n]{0,3}:?)[^\S\r\n]{1,3}"
    # "at her house (Elm Tree Walk, Brinsford)"
    r"|\b(?:house|home|flat|address)[^\S\r\n]{0,3}\("
)

# (name, regex, score), strongest evidence first.
# the kinds of an office's building, named where a meeting is: "Heron Court meeting room"
# (never a hall: "Barnsley Town Hall room 2" is the authority's)
_OFFICE_KIND = r"Court|House|Chambers|Buildings|Offices|Lodge|Mill|Tower|Works|Business[ \t]Centre"
# a venue's generic words: a room of any school or building, never an office's own name ("Venue:
# School Hall", "Location: Sports Hall", "the Science Wing room 4", "the Magistrates Court room 3")
VENUE_GENERIC = frozenset("""school sports family conference main science magistrates crown county town city civic
community village church parish youth children's childrens staff meeting training learning resource study dining
assembly drama music art technology sixth inclusion medical health leisure outdoor day children adult
""".split())

_SHAPES = (
    # (a letter's address may put the flat on a line of its own: "Flat 4\n19 Garden Street")
    # (the building between may be named without its kind: "Floor 2, Civic Quarter, 9 Tanyard Street")
    ("flat", rf"{_FLAT}(?:{_COMMA_SP}|,?[^\S\r\n]*\r?\n[^\S\r\n]*)(?:(?:{_HOUSE}|(?:{_WORD}{_SP}){{0,2}}{_WORD}),{_SP})?"
             rf"{_NUMBER},?{_SP}"
             rf"(?:{_STREET}|{_STREET_NAME_ONLY})", FLAT_SCORE),
    ("flat-house", rf"{_FLAT}{_COMMA_SP}{_HOUSE}{_COMMA_SP}{_STREET}", FLAT_SCORE),
    # "Plot 7, Kettleby Lane", "Suite 5, Albion Chambers", "Ground Floor, Orchard House"
    # ... and the street it is on: "Unit 6, Canal Wharf, Mexborough Road"
    ("flat-street", rf"{_FLAT},?{_SP}(?:{_STREET}(?:{_SP}(?:Site|SITE))?|{_HOUSE})(?:,{_SP}{_STREET})?", FLAT_SCORE),
    # (a letter's address may put the house's name on the line above: "Rose Cottage\n3 Back Lane")
    # (never a lesson's, a page's or a week's number before what it names: "Lesson 4 Astro Pitch")
    ("number", rf"(?:{_HOUSE}(?:{_COMMA_SP}|,?[^\S\r\n]*\r?\n[^\S\r\n]*))?{_NOT_A_COUNT_BEFORE}{_NUMBER},?{_SP}{_STREET}",
     NUMBER_SCORE),
    # ... a northern town's one-word street, its "gate" the old word for a way: "21 Houndgate",
    # "14 Micklegate"
    ("number-gate", rf"{_NOT_A_COUNT_BEFORE}{_NUMBER},?{_SP}(?-i:[A-Z][a-z]{{2,}}gate){_END}", NUMBER_SCORE),
    # read out: "they moved to, um, number 9 Hartley Street"
    ("said-number", rf"(?<![\w-])(?i:number|no\.?){_SP}(?=\d){_NUMBER},?{_SP}{_STREET}", NUMBER_SCORE),
    # "The Old Welfare Hall, 2 ...", and with the building's number: "5 Chantry Buildings, Millgate Row"
    # ... and a numbered building on a numbered street: "8 Elm Court, 41 Chapeltown Road"
    # a flat's number alone: "called by a neighbour at Flat 5", "FLAT 2" (not a room or a unit:
    # a school has those)
    ("flat-alone", r"(?<![\w-])(?-i:Flat|FLAT|Apartment|Apt)\.?[ \t]+\d{1,4}[A-Za-z]?(?![\w/.-]|\.\d)", BARE_SCORE),
    ("house", rf"(?<![\w'’-])(?:{_NUMBER}{_SP})?{_HOUSE}{_COMMA_SP}(?:{_NUMBER},?{_SP})?{_STREET}", NUMBER_SCORE),
    # (the cheap look at what starts here first: the look back runs only where a street can start,
    # and a cue's spaces are a few, never a run of a Word table's empty cells)
    ("cue-number", rf"(?=\d)(?<={_CUE_AT}){_NUMBER},?{_SP}{_STREET_NAME_ONLY}", CUE_SCORE),
    ("cue-street", rf"(?=[A-Z])(?<={_CUE_ON}){_STREET}", CUE_SCORE),
    # ... in lower case: "we used to be at the flat on lindisfarne walk" (never "on the main road")
    ("cue-lower-street", rf"(?=[a-z])(?<={_CUE_ON})(?!(?:the|a|an|my|our|his|her|their|your|this|that|same|main|next|"
                         r"other|busy|quiet|new|old|back|front|high|top|bottom|end)\b)"
                         r"[a-z][a-z'’-]+(?:[ \t](?!(?:mins?|minutes?|hours?|hrs?|secs|days?|weeks?|months?|years?|miles|metres|meters|yards)\b)[a-z][a-z'’-]+){0,2}[ \t]"
                         r"(?:road|street|lane|avenue|close|drive|grove|crescent|court|way|gardens|terrace|place|walk|"
                         r"rise|mews|croft)(?![\w'’-])(?![ \t]+(?:to|by)\b)", CUE_SCORE),  # (never "accommodation close to",
    # "in town two minutes walk")
    # "88 Wellgate flat 4": a one-word street between a house number and a flat number.
    ("number-street-flat", rf"{_NUMBER},?{_SP}{_WORD}{_COMMA_SP}(?i:flat|apartment|apt|unit)\.?{_SP}"
                           r"\d{1,4}[A-Za-z]?(?![\w/])", NUMBER_SCORE),
    # Hurried notes: "5 laburnum ct", "12 elm grove".
    # (a flat's number before the house's too: "flat 3, 118 marsden crescent")
    ("lower-case-number", rf"(?:(?<![\w-])(?:flat|apartment|apt|unit|plot|pitch)\.?{_SP}(?:\d{{1,4}}[a-z]?,?{_SP})?(?=\d))?{_NUMBER},?{_SP}"
                          r"(?!(?:mins?|minutes?|hours?|hrs?|secs?|days?|weeks?|miles?|metres?|meters?|yards?)\b)"
                          rf"[a-z][a-z'’-]+(?:{_SP}[a-z][a-z'’-]+){{0,2}}{_SP}"
                          r"(?:road|rd|street|lane|ln|avenue|ave|close|cl|drive|dr|grove|crescent|cres"
                          r"|court|ct|way|gardens|gdns|terrace|place|pl|walk|rise|mews|view|croft|fold"
                          r"|bank|vale)(?![\w'’-])", CUE_SCORE),
    # ... and before a postcode in any case, whatever the street's last word: "we are at 3 pit row,
    # stainmoor, s75 6hd" (the locality between is the location recognizer's)
    # ("pitch 4, bramley carr, holme lane, low hagg, sheffield s35 4wx": a pitch, its site and the lane)
    # ("flat 2 47 roman bank pe25 2sq": a flat's number before the house's)
    ("lower-case-before-postcode", rf"(?<![\w-])(?:(?i:flat|pitch|plot|unit|apartment|apt)\.?{_SP}(?:\d{{1,4}}[a-z]?,?{_SP}(?=\d))?)?{_NUMBER},?{_SP}"
                                   rf"(?!{_LOWER_NOT_A_STREET}){_LOWER_WORD}(?:{_SP}{_LOWER_WORD}){{0,2}}"
                                   rf"(?:,{_SP}{_LOWER_WORD}(?:{_SP}{_LOWER_WORD}){{0,2}}{_SP}{_LOWER_SUFFIX}(?![\w'’-]))?"
                                   rf"(?=(?:,{_SP}{_LOWER_WORD}(?:{_SP}{_LOWER_WORD})?){{0,3}}(?:,{_SP}|{_SP}(?<=[a-z][ \t]))"
                                   rf"{ANY_CASE_POSTCODE})",
     CUE_SCORE),
    # ... or capitalised, whatever the street's last word, right before its postcode: "addr 22 Clyde
    # Circus N15 4NF" (a suffix no list has, "Circus", is a street there)
    ("number-before-postcode", rf"(?<![\w'’.,/-])(?<!(?i:box|plot|pitch|flat|unit|bay|apt)[ \t]){_NUMBER},?{_SP}[A-Z][a-z'’-]+(?:{_SP}[A-Z][a-z'’-]+){{0,2}}"
                               rf"(?=,?{_SP}[A-Z]{{1,2}}[0-9][A-Z0-9]?[ ][0-9][A-Z]{{2}}\b)", CUE_SCORE),
    # Lower-case writing: "the contact centre on brook street", "lives off elm grove road"
    # ("we moved to fen lane", "we live on st peters avenue": where one moves, a saint's street)
    ("lower-case-street", r"(?=[a-z])(?<=\b(?:on|off|along|down|up|onto|at|near|lives[ \t]+on|(?:top|end|bottom|corner)[ \t]+of|"
                          r"(?:moved|move|moving)[ \t]+(?:in[ \t]+)?to)[ \t]+)(?:(?:st|saint)[ \t]+)?"
                          r"(?!(?:the|a|an|high|main|back|side|this|that|same|busy|our|my|your|their|his|her|one|"
                          r"ring|slip|next|wrong|right|left|quiet|country|dual|private|open|public|long|bumpy|"
                          r"narrow|steep|main|old|new|every|each|any|no|shared|hard|network|google|team|pen|flash|first|last|"
                          r"usb|external|test|cul-de-sac)\b)[a-z][a-z'’-]{2,}[ \t]+"
                          # ("his nana lives on ackton hall crescent": two words before the suffix)
                          r"(?:(?!(?:the|a|an|and|or|to|at|on|in|of|for|with|by|from)\b)[a-z][a-z'’-]{2,}[ \t]+)?"
                          # (never "close" as near: "moved to temporary accommodation close to school")
                          # ("she lives on hollybush walk by the shops": those only where one lives, never
                          # "at county court", "on daily walk")
                          r"(?:street|st|road|rd|lane|avenue|close(?![ \t]+(?:to|by)\b)|drive|crescent|grove|terrace|gardens|mews"
                          r"|(?<=\b(?:lives|live|lived|living)[ \t]+on[ \t]+[a-z][a-z'’-]{2,}[ \t]+(?:[a-z][a-z'’-]{2,}[ \t]+)?)(?:walk|rise|court))"
                          r"(?![\w'’-])", CUE_SCORE),
    # Read out on a call: "we're at twenty eight Mill race drive"
    # (or as an answer: "Yes, nine Pit Lane")
    # (or as a speaker's answer: "Terry Scrimshaw: Twelve Cherry Tree Walk, on the Earlesfield")
    # (after a speaker's "yeah" or "um", or wherever a number of two words is: "near the market forty
    # two Claydon Mews", "yeah twenty two Ash Moor Grove")
    # (or said again after the street written: "6 Redhill Close six Redhill close")
    # (or after a speaker's label, or "it's": "Agent: fourteen Coltman Grove", "it's fourteen Coltman Grove")
    ("spoken-number", r"(?<![\w-])(?:(?<=\b(?i:at|on|address|address is|live|lives|living|it's|it’s)[ \t]+|(?<=\w:[ \t])|(?<=\b(?-i:Road|Street|Lane|Avenue|Close|"
                      r"Drive|Crescent|Grove|Way|Walk|Court|Terrace|Mews|Gardens|Rise|View)[ \t]+)|\b(?i:yes|yeah|it's|its|that's),[ \t]+|\w:[ \t]"
                      r"|\b(?i:yes|yeah|um|erm|er|uh)[ \t]+)" + SPOKEN_NUMBER
                      # (a number of two words with no cue only before a street's own word: never "twenty two
                      # Family Court hearings", "forty five Minutes each way")
                      + r"|(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ \t-](?i:one|two|three|four|five|six|seven|"
                      # (its kind in lower case too where no count's noun is one, as a transcript writes it:
                      # "twenty seven Ashgrove terrace"; never "twenty five Minute drive", "Google street view")
                      r"eight|nine)(?=[ \t]+(?:[A-Z][a-z'’-]+[ \t]+){1,3}(?:Road|Street|Lane|Avenue|Close|Drive|"
                      r"Grove|Crescent|Mews|Gardens|Terrace|terrace|avenue|crescent|mews)\b))(?![ \t]+(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                      r"january|february|march|april|may|june|july|august|september|october|november|december)\b)" +
                      rf"{_SP}[A-Z][a-z'’-]+(?:{_SP}(?!(?i:the|a|an|up|down|to|of|on|in|at|by|for|from|into|over|"
                      rf"and|or|my|his|her|our|their)\b)[A-Za-z][a-z'’-]+){{0,2}}{_SP}"
                      r"(?i:road|street|lane|avenue|close|drive|grove|crescent|court|way|gardens|terrace|walk|rise|"
                      r"mews|croft|view|place|row|square|parade|green|hill|park|vale|bank|heights|fold|wynd|garth)(?![\w'’-])", CUE_SCORE),
    # ... or a flat's number in a block: "still at flat six Harwood house", "flat thirty seven Kessock House"
    ("spoken-flat", r"(?<![\w-])(?i:flat|apartment)[ \t]+" + SPOKEN_NUMBER + rf"{_SP}[A-Z][a-z'’-]+(?:{_SP}[A-Za-z][a-z'’-]+)?{_SP}"
                    # (and the street its block is on: "flat six Tennyson Court Saltmarsh Road")
                    r"(?i:house|court|tower|point|lodge|mansions|buildings|heights)(?![\w'’-])" + rf"(?:,?{_SP}{_STREET})?",
     CUE_SCORE),
    # ... or a flat's number said before the house's and its street: "flat two, forty one Penrose Road"
    ("spoken-flat-street", r"(?<![\w-])(?i:flat|apartment)[ \t]+" + SPOKEN_NUMBER + r",?[ \t]+" + SPOKEN_NUMBER
                           + rf"{_SP}{_STREET}", CUE_SCORE),
    # ... or both said in a transcript's lower case: "it's flat two twelve port street in evesham"
    ("spoken-flat-lower", r"(?<![\w-])flat[ \t]+" + SPOKEN_NUMBER_LOWER + r",?[ \t]+" + SPOKEN_NUMBER_LOWER
                          + rf"{_SP}(?!{_LOWER_NOT_A_STREET}){_LOWER_WORD}(?:{_SP}{_LOWER_WORD})?{_SP}(?:road|street|lane|avenue|"
                          r"close|drive|grove|crescent|court|way|gardens|terrace|walk|rise|mews|croft|view|place|row)(?![\w'’-])",
     CUE_SCORE),
    # ... or written in a lower-case message: ">> hodan\n>> flat 6 marlowe house"
    # (or its building's name with a capital a transcript gave it: "flat 7 Dorset house")
    ("flat-lower", r"(?<![\w-])flat[ \t]+\d{1,3}[a-z]?[ \t]+[A-Za-z][a-z]{2,}(?:[ \t][A-Za-z][a-z]{2,})?[ \t]+"
                   r"(?i:house|court|tower|point|lodge|mansions|heights)(?![\w'’-])(?![ \t]*,[ \t]*\d)", CUE_SCORE),
    # ... or in an auto-transcript's lower case, as a speaker's answer or after where one lives:
    # "Speaker 2: forty two hawthorn avenue swinton", "we're at twenty eight mill race drive" (or as
    # the caller corrects herself: "forty two cressington, no, forty two crossington road")
    # (never a count's or a time's noun: "a ten minute walk", "two really close friends")
    # (or after a speaker's "yeah" or "um", or the word "number": "yeah forty two dunsbury way", "we're at
    # number nine crossbank close")
    ("spoken-number-lower", r"(?:(?<=(?m:^)[ \t]{0,4})|(?<=:[ \t]{1,4})|(?<=\b(?:at|on|address|address is|live|lives|living|it's|its|no,|sorry,|sorry|"
                            # (or after whose house it is: "i'm staying at me mum's twenty two laburnum grove")
                            r"yeah|yes|um|erm|er|(?:mum|mam|dad|nan|nana|nanna|gran|sister|brother)['’]?s)[ \t]))(?:number[ \t]+)?"
                            + SPOKEN_NUMBER_LOWER + rf"{_SP}(?!{_LOWER_NOT_A_STREET}|(?:more|other|main|side|back|"
                            r"new|old|big|little|long|short|the|a|an|of|or|and|to|way|ways|dead|really|very|so|quite|pretty|"
                            r"separate|safe|quiet|nice|different|quick|small|good|bad|whole|same|"
                            r"one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                            r"ninety|hundred)\b)"
                            rf"{_LOWER_WORD}(?:{_SP}(?!(?:of|the|a|an|and|or|to|in|on|at|for|with|by|from|my|your|our)\b){_LOWER_WORD})?"
                            rf"{_SP}(?:road|street|lane|avenue|close|drive|grove|crescent|"
                            # ("i'm at twelve beacon view holmsea", never "it's one point of view")
                            r"terrace|mews|croft|way|gardens|view|rise|court|row|fold|garth|mount"
                            # (a walk, a square or a parade only where the address ends, its town aside: never
                            # "two separate walk ins")
                            # (or before where it is: "twelve abbot's walk in brayton")
                            r"|(?:walk|square|parade)(?=[ \t]*(?:[,.;\n]|$)|[ \t]+(?:in[ \t]+)?[a-z]+[ \t]*(?:[,.;\n]|$)))(?![\w'’-])", CUE_SCORE),
    # ... or after the place one lives in, a street's own kind ending it: "we live in marston twenty seven
    # cherwell drive" (never "we live in hull two kids really close", "in leeds now two buses each way")
    ("spoken-number-after-place", r"(?<=\b(?:live|lives|living)[ \t]+in[ \t]+(?!(?:the|a|an|now|town|here|there)\b)[a-z]{3,}[ \t])"
                                  + SPOKEN_NUMBER_LOWER + rf"{_SP}(?!{_SAID_COUNT}){_LOWER_WORD}"
                                  rf"(?:{_SP}(?!{_SAID_COUNT}){_LOWER_WORD})?"
                                  rf"{_SP}(?:road|street|lane|avenue|drive|crescent|grove|gardens|terrace|mews|close|way|court|"
                                  r"place|walk|rise|view|row|croft)(?![\w'’-])", CUE_SCORE),
    # a house's number and a street's name with capitals, its kind in lower case as typed in a hurry:
    # "7 Hubbard's lane", "19 Marley road"
    # (with its flat's block before it: "flat 6 Hollybush house, 41 Carnegie street")
    ("number-lower-kind", rf"(?<![\w'’.,/-])(?:(?i:flat|apartment|apt|unit)\.?{_SP}\d{{1,4}}[a-z]?,?{_SP}(?:[A-Za-z][a-z]+{_SP}){{1,2}}"
                          rf"(?i:house|court|lodge|tower|mansions|point|heights),?{_SP})?"
                          rf"{_NOT_A_COUNT_BEFORE}(?<!\b(?i:the|a|an|did|sat|has|have|had|hired)[ \t]){_NUMBER},?{_SP}{_COUNT_NOUN}"
                          rf"[A-Z][a-z'’]+(?:{_SP}[A-Z][a-z'’]+){{0,2}}{_SP}"
                          r"(?:road|rd|street|lane|avenue|ave|crescent|terrace|gardens|mews)(?![\w'’-])"
                          r"(?![ \t]+(?:trips?|safety|signs?|works?|users?|tests?|maps?|traffic|crossings?|rage|sense)\b)",
     CUE_SCORE),
    # ... or the number said after the street: "to here, Hawthorne Crescent number twenty two"
    # (a suffix no ordinary noun shares, never "the Main Gate number 2" or "Food Bank number 0300 ...")
    # ("Blackthorn Road, number sixty-two": after a comma too)
    ("number-after", rf"(?<![\w'’-]){_NOT_A_NAME}{_COUNT_NOUN}(?:{_WORD}{_SP}){{1,3}}{_STRONG_SUFFIX},?[ \t]+(?i:number|no\.?)[ \t]+"
                     rf"(?:\d{{1,4}}[A-Za-z]?|{SPOKEN_NUMBER})(?![\w'’-]|[ \t]+\d|[ \t]+(?i:bus|buses|route|service)\b)", CUE_SCORE),
    # a street without a number in an address written on one line: "Kelsworth College, Station
    # Approach, Kelsworth Bridge, DN12 3AB"
    # (or parted by bullets or bars on a letterhead: "Kestrel Way • Rotherham • S65 4PQ")
    ("street-before-postcode", rf"(?:(?<=,{_SP})|(?<=[•·|]{_SP})|(?m:^)){_STREET}(?=(?:,|{_SP}[•·|]){_SP}(?:{_WORD}(?:{_SP})?){{1,3}}(?:(?:,|{_SP}[•·|]){_SP}(?:{_WORD}(?:{_SP})?){{1,3}})?(?:,|{_SP}[•·|])?{_SP}"
                               r"[A-Z]{1,2}[0-9][A-Z0-9]?[^\S\r\n]{1,2}[0-9][A-Z]{2}\b)", NUMBER_SCORE),
    # ... or before a locality and the authority's town: "Church Lane, Brinsworth Dale, Rotherham"
    ("street-before-town", rf"(?<=(?:^|,){_SP}|^){_STREET}(?=,{_SP}(?:{_WORD}(?:{_SP})?){{1,3}},{_SP}"
                           r"(?:Rotherham|Sheffield|Doncaster|Barnsley|ROTHERHAM|SHEFFIELD|DONCASTER|BARNSLEY)\b)",
     NUMBER_SCORE),
    # a street of one word in "-way" before a town or a postcode: "Kingsway Court, 2 Queensway, Hove BN3 4LX"
    ("number-way", rf"(?<![\w'’-])(?:{_HOUSE}{_COMMA_SP})?{_NUMBER},?{_SP}[A-Z][a-z]{{2,}}way"
                   rf"(?=,?{_SP}(?:[A-Z][a-z]+(?:{_SP}[A-Z][a-z]+)?,?{_SP})?[A-Z]{{1,2}}\d[A-Z\d]?{_SP}\d[A-Z]{{2}}\b)", NUMBER_SCORE),
    # a house's name where someone lives: "I live at Low Fold Cottage in Scalebeck", "moved to
    # Beck House Farm", "at home (Low Fold Cottage, ...)" (a dwelling's word only: no centre, office or site)
    ("house-lived-in", rf"(?<=\b(?i:live|lives|living|lived|stay|stays|staying|moved|moving)[ \t](?i:at|to)[ \t]|\b(?i:at[ \t]home|home[ \t]visit)[ \t]\()"
                       rf"(?:The{_SP})?(?:{_WORD}{_SP}){{0,2}}{_WORD}{_SP}"
                       r"(?:Cottage|Cottages|House|Farm|Lodge|Barn|Villa|Manor|Bungalow|Grange|Rectory|Vicarage)(?![\w'’-])",
     CUE_SCORE),
    # care of a building: "c/o Riverside Resource Centre"
    ("care-of", rf"(?<=\b[cC]/[oO][^\S\r\n]{{1,3}})(?:{_WORD}{_SP}){{0,3}}{_HOUSE_WORD}{_END}", CUE_SCORE),
    # a pitch on a named site and the lane the site is on, as a letter's address writes it:
    # "Pitch 4, Bramley Carr Travellers' Site\nHolme Lane"
    # ("Bay 6, Oakfield Lane Site": a bay on a site named as a site; "Plot 6 Priory Grove site")
    ("pitch-site", rf"(?<![\w-])(?:Plot|Pitch|Bay|PLOT|PITCH|BAY)[ \t]\d{{1,3}}[A-Za-z]?,?{_SP}(?:{_WORD}{_SP}){{0,2}}{_WORD}"
                   r"[ \t]+(?:(?i:Travell?ers?['’]?|Gypsy and Traveller|Caravan)[ \t]+(?i:site|park)|Site|SITE|(?<=(?:Plot|Pitch|PLOT|PITCH)[^\n]{4,60})site)(?![\w-])"
                   rf"(?:(?:,{_SP}|,?[^\S\r\n]*\r?\n[^\S\r\n]*){_STREET})?", FLAT_SCORE),
    # a post office box, as an office's address gives it: "PO Box 5530", "P.O. Box 88"
    ("po-box", r"(?<![\w-])(?:[Pp]\.?[ \t]?[Oo]\.?[ \t]?|Post[ \t]Office[ \t])(?:[Bb]ox|BOX)[ \t]*:?[ \t]*\d{1,6}(?![\w/-])", CUE_SCORE),
    # a pitch or plot on a Traveller site, alone: "off Hollinby Lane (Plot 6)"
    ("plot", r"(?<![\w-])(?:Plot|Pitch|PLOT|PITCH)[ \t]\d{1,3}[A-Za-z]?(?![\w/-]|[ \t]+of\b)", CUE_SCORE),
    # ... in lower case where someone lives: "lives on pitch 7", "at plot 3", "the Lane site, pitch six"
    # ... with the site and the lane it is off: "pitch 4 bramley carr travellers site off holme lane"
    ("lower-plot", r"(?=p)(?:(?<=\b(?:on|at|from|onto|to|is|took details:)[ \t]{1,3}|(?:Road|Lane|Street|site|Site),[ \t]{1,3})"
                   r"(?:plot|pitch)[ \t]\d{1,3}[a-z]?"
                   # (a number in words only after the site: "learning to plot two points", "PE is on pitch two")
                   r"|(?<=(?:site|Site),[ \t]{1,3})(?:plot|pitch)[ \t]" + SPOKEN_NUMBER + r")(?![\w/-]|[ \t]+of\b)"
                   r"(?:,?[ \t]+[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){0,2}[ \t]+(?:(?:travell?ers?['’]?|gypsy)[ \t]+)?"
                   r"(?:site|park|caravan[ \t]+park)(?![\w-]))?"
                   r"(?:[ \t]+off[ \t]+[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?[ \t]+(?:lane|road|street|way)(?![\w-]))?",
     CUE_SCORE),
    # a letter's address block: a building's name on its own line, a postcode within two lines below
    # ("Riverside House\nRotherham\nS60 1AE")
    # (a Word letter's blank paragraph between the lines: "Bank Road Offices\n\nMatlock\n\nDE4 3FL")
    ("house-line", rf"^(?:{_WORD}{_SP}){{0,2}}{_WORD}{_SP}{_HOUSE_WORD}(?=,?[^\S\r\n]*\r?\n(?:[^\S\r\n]*\r?\n)?"
                   r"(?:[^\n]*\n(?:[^\S\r\n]*\r?\n)?){0,2}"
                   r"[^\S\r\n]*[A-Z]{1,2}[0-9][A-Z0-9]?[^\S\r\n]*[0-9][A-Z]{2}\b)", NUMBER_SCORE),
    # a Traveller site by its road, whatever the road's kind: "Home visit Fordey Drove site"
    ("street-site", rf"(?<![\w'’.-]){_NOT_A_NAME}{_STREET}{_SP}(?:site|Site|SITE)(?![\w'’-]){gazetteer.NOT_A_SITE_AFTER}",
     CUE_SCORE),
    # a Traveller site's plot said in words, as a call's transcript writes it, a phrase of its own:
    # "little downham, plot four, the postman knows us" (never "learning to plot two points")
    ("plot-said", r"(?:(?<=,[ \t])|(?<=\b(?:on|at)[ \t])|(?<=(?m:^)))(?:[Pp]lot|PLOT)[ \t]+(?i:one|two|three|four|five|"
                  r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                  r"nineteen|twenty)(?=[ \t]*(?:[,.;)]|$))", CUE_SCORE),
    # a house's name that opens an address on one line, its place and postcode after it: "Faith
    # Storey, The Old Forge, Burradon Vale, NE23 7AY" (whatever its last word: no kind of house),
    # "Bank Road Offices, Matlock DE4 3FL"
    # (never a post or a team one writes to there: "The Admissions Team, Trowbridge, BA14 8JN")
    ("house-name-before-place", rf"(?<![\w'’-])(?:The{_SP}(?:{_WORD}{_SP}){{0,2}}{_WORD}|(?:{_WORD}{_SP}){{0,2}}{_WORD}{_SP}{_HOUSE_WORD})"
                                r"(?<!Team)(?<!Officer)(?<!Clerk)(?<!Manager)(?<!Service)(?<!Services)(?<!Department)"
                                r"(?<!Panel)(?<!Board)(?<!Lead)(?<!Coordinator)(?<!Co-ordinator)(?<!Administrator)"
                                rf"(?=,{_SP}[A-Z][a-z'’-]+(?:{_SP}[A-Z][a-z'’-]+){{0,2}},?{_SP}{ANY_CASE_POSTCODE})", CUE_SCORE),
    # where a meeting is held, a building's name: "**Venue:** Priory Bridge Court (meeting room 2)",
    # "Where: Ropewalk Chambers, Boston", "10:00, Heron Court meeting room", "Brunts Business Centre room 2"
    # (the cheap look at a capital first: the look back runs only where a name starts)
    ("venue", rf"(?=[A-Z])(?:(?<=\b(?i:venue|where|location|held[ \t]at|meeting[ \t]place)[ \t]{{0,3}}(?:\*\*)?:(?:\*\*)?[ \t]{{1,3}})"
              # (unlabelled, an office's kind: never a school's unit, "the Inclusion Centre room 3")
              rf"|(?<![\w'’-])(?=(?:{_WORD}{_SP}){{1,3}}(?:{_OFFICE_KIND})[ \t]+(?:\(?(?i:meeting[ \t]+room|room[ \t]+\w|office)\b)))"
              rf"(?:The{_SP})?(?:{_WORD}{_SP}){{1,3}}{_HOUSE_WORD}{_END}", CUE_SCORE),
    ("bare", rf"(?<![\w'’.-]){_NOT_A_NAME}{_WORD}(?:{_SP}{_WORD}){{0,2}}{_SP}"
             rf"{_STRONG_SUFFIX}{_END}", BARE_SCORE),
)
# Shapes with a house number: a following "Primary" or "Surgery" does not make them a name.
_NUMBERED = frozenset({"flat", "flat-house", "number", "number-gate", "cue-number", "number-street-flat",
                       "lower-case-number", "spoken-number", "spoken-flat", "spoken-flat-lower", "number-before-postcode",
                       "lower-case-before-postcode"})

# A number straight after one of these is not a house number: "Year 6 Green Close".
_LABEL_BEFORE = re.compile(
    r"\b(?:(?:year|y|aged?|section|page|paragraph|stage|ks|band|level|step|outcome|target|appendix"
    r"|table|figure|class|group|set|room|week|term|phase|priority|point|question|item|part"
    r"|chapter|tier)[^\S\r\n]*|(?:yr|sect|para|pg|p|fig)\.?[^\S\r\n]*)$",
    re.IGNORECASE,
)
# A street name followed by one of these is part of an institution's name.
_INSTITUTION_AFTER = re.compile(
    r"[^\S\r\n]*(?:Primary|School|Academy|Infants?|Juniors?|Nursery|College|Surgery|Medical"
    r"|Health|Hospital|Church|Chapel|Mosque|Centre|Center|Clinic|Library|Leisure|Practice"
    r"|Campus|Hub|Federation|Trust|Children['’]s|Family|Community|Sports|Methodist|Catholic"
    r"|C\.?[^\S\r\n]?of[^\S\r\n]?E|CE|RC|J\.?I\.?|JI|JNI|PRU)\b",
)
# A suffix followed by one of these is an ordinary word: "3 The Way Forward", "Close observation".
_PHRASE_AFTER = re.compile(
    r"[^\S\r\n]+(?i:forward|observation|supervision|monitoring|working|meeting|review|plan"
    r"|class|group|team|paper|panel|forum|support|time|play|area|provision)\b"
)
TRAVELLER_SITE = re.compile(r"[^\S\r\n]+(?i:Travell?ers?['’]?|Gypsy and Traveller|Caravan)[^\S\r\n]+(?i:site|park)\b")
# A house's name before its number and street, straight after an address's label: "Address<tab>Casa
# Nova, 3 Drove End Lane", "Home address: Rose Villa, 12 Mill Lane"
HOUSE_NAME_LABELLED = re.compile(r"(?im:(?:^|\t)[^\S\r\n]*(?:home[^\S\r\n]+|postal[^\S\r\n]+)?address[^\S\r\n]*[:\t][^\S\r\n]*)"
                                 r"(?P<house>(?:[A-Z][\w'’-]*[^\S\r\n]+){0,3}[A-Z][\w'’-]*),[^\S\r\n]*\Z")
# A speaker's turn that answers a question about the address: "And your address?\nTerry Scrimshaw: "
# (asked with or without its question mark, the answer's line led by its time: "what's your address
# Kerry\n00:00:55 Speaker 2: fourteen Marlpit Close")
SPEAKER_ANSWERS_ADDRESS = re.compile(r"(?i:address)[^\n]*(?:\r?\n[ \t]*){1,2}(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?"
                                     r"[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}:[ \t]\Z")
# letters after a name that end its line: its degrees and qualifications
_POST_NOMINAL_LINE_END = re.compile(r"(?:NPQH|NPQSL|NPQSENCO|PGCE|QTS|BA|BSc|BEd|MA|MSc|MEd|PhD|Hons|MBChB|FRCPCH|MRCPCH|"
                                    r"RGN|RMN|RSCN|DipSW|CQSW|NASENCO)\)?[ \t]*\r?\n")
_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\b")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[^\S\r\n]+$")
# a relation or a name's label just before a bare "<word> Street": a person whose surname is a
# street's kind ("for my son, Archie Street"), never her street
# (never after an address's label: "Address of parent/carer: Victoria Road")
_RELATION_BEFORE = re.compile(r"\b(?i:son|daughter|child|mum|mother|dad|father|brother|sister|nan|grandad|carer|"
                              r"pupil|name|parent)[^\S\r\n]*[,:]?[^\S\r\n]+$")
_ADDRESS_LABEL_ON_LINE = re.compile(r"(?i:address)[^\r\n]*\Z")
# ... or a letter's sender above her house's number and street ("April Street\n63 Blossomfield
# Crescent"), never above a date ("Home visit: Albert Street\n12 March 2025")
_NUMBERED_LINE_AFTER = re.compile(rf"[^\S\r\n]*\r?\n[^\S\r\n]*\d{{1,4}}[A-Za-z]?,?{_SP}{_STREET}")


# a road's kind that names nothing but a road (a Traveller site is often known by it: "Fordey
# Drove site"); "Park", "Fields", "Bank" are many things' kinds
_ROAD_OF_A_SITE = re.compile(rf"\b(?:{_title_and_upper(_STRONG + ' Drove Way')})[^\S\r\n]+(?i:site)\Z")
# what a plot said in words is on: a site, a place, "on" or "at" before it on its line
_SITE_BEFORE_ON_LINE = re.compile(r"\b(?i:site|on|at)\b[^\r\n]*\Z")


class AddressRecognizer(PatternRecognizer):
    """Street addresses (ADDRESS): house number or name, street name and suffix."""

    def __init__(
        self,
        patterns: Optional[List[Pattern]] = None,
        supported_language: str = "en",
        supported_entity: str = ADDRESS,
        name: Optional[str] = None,
    ):
        super().__init__(
            supported_entity=supported_entity,
            patterns=patterns or [Pattern(n, regex, score) for n, regex, score in _SHAPES],
            context=None,  # cues are part of the patterns
            supported_language=supported_language,
            name=name,
            global_regex_flags=re.MULTILINE,  # case matters: street names are capitalised
        )

    def analyze(
        self,
        text: str,
        entities: List[str],
        nlp_artifacts: Optional["NlpArtifacts"] = None,
        regex_flags: Optional[int] = None,
    ) -> List[RecognizerResult]:
        """Every address, longest first where two shapes overlap."""
        found = []
        for pattern in self.patterns:
            for match in re.finditer(pattern.regex, text, flags=self.global_regex_flags):
                start, end = match.span()
                if self._plausible(text, start, end, pattern.name):
                    found.append((start, end, pattern.name, pattern.score))
        found.sort(key=lambda f: (-(f[1] - f[0]), -f[3], f[0]))
        kept: list[tuple[int, int, str, float]] = []
        for item in found:
            if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
                kept.append(item)
        out = []
        for start, end, how, score in sorted(kept):
            house = HOUSE_NAME_LABELLED.search(text, max(0, start - 80), start)
            start = house.start("house") if house else start  # "Address<tab>Casa Nova, 3 Drove End Lane",
            # "Address: The Old Forge, Church Lane"
            site = TRAVELLER_SITE.match(text, end)  # "Plot 7, Brickyard Lane Traveller Site"
            out.append(make_result(self, self.supported_entities[0], start, site.end() if site else end, score, how))
        return out

    @staticmethod
    def _plausible(text: str, start: int, end: int, shape: str) -> bool:
        before = text[max(0, start - 20):start]
        if shape == "spoken-number" and re.search(r"\w:[ \t]$", before) and not SPEAKER_ANSWERS_ADDRESS.search(
                text, max(0, start - 200), start):
            return False  # after a label's colon only as a speaker's answer to the address: never "Likes: One Tree Hill"
        if text[start:start + 1].isdigit() and _LABEL_BEFORE.search(before):
            return False
        if shape not in _NUMBERED and _INSTITUTION_AFTER.match(text, end):
            return False
        if _PHRASE_AFTER.match(text, end) and shape != "venue" and not (
                shape == "flat-street" and re.match(r"[^\S\r\n]+(?i:meeting)[^\S\r\n]+(?i:room)\b", text[end:end + 16])):
            return False  # ("Heron Court meeting room", its venue's; "Unit 3, Larchwood House meeting room" whole)
        if shape == "bare" and (_TITLE_BEFORE.search(before) or _TITLE.search(text, start, end)):
            return False
        gaz = gazetteer.load()
        if shape == "bare" and (_RELATION_BEFORE.search(before) and not _ADDRESS_LABEL_ON_LINE.search(
                text, max(0, start - 60), start) or _NUMBERED_LINE_AFTER.match(text, end)) \
                and gazetteer.fold(text[start:end].split()[0]) in gaz.first_names:
            return False
        if shape == "street-site" and not _ROAD_OF_A_SITE.search(text, start, end) and all(
                gaz.is_english(w) for w in re.findall(r"[A-Za-z]+", text[start:end])[:-2]) \
                and not re.match(r",?[ \t]+(?i:plot|pitch)[ \t]+\w+(?![ \t]+of\b)", text[end:end + 24]):
            return False  # "the Playing Fields site", "the Food Bank site": words and a weak kind, no road
            # (with a plot on it, a Traveller site still: "Family on Brook Meadow site, Plot 4")
        if shape == "number-gate" and gazetteer.load().is_english(text[start:end].split()[-1]):
            return False  # "45 Aggregate", "3 Navigate": a word's "gate", no street's
        if shape == "plot-said" and not _SITE_BEFORE_ON_LINE.search(text, max(0, start - 60), start):
            return False  # "In science, plot two.": no site or place the plot is on
        if shape == "venue" and gazetteer.fold(re.sub(r"^The\s+", "", text[start:end]).split()[0]) in VENUE_GENERIC:
            return False
        if shape == "number-lower-kind" and all(
                gaz.is_english(w.lower()) for w in re.findall(r"[A-Z][a-z]+", text[start:end])):
            return False  # "5 Mile road race", "2 English Papers": counted things, no street's name
        if shape == "spoken-flat-lower" or shape == "spoken-number-lower" and re.search(
                r"\b(?:yeah|yes|um|erm|er|(?:mum|mam|dad|nan|nana|nanna|gran|sister|brother)['’]?s)[ \t]$", before):
            words = re.findall(r"[a-z'’]+", text[start:end])
            street = next((w for w in words if w not in _SAID_NUMBER_WORDS and w not in ("number", "flat")), "")
            if street in _COUNTED or street.endswith("s") and gaz.is_english(street) and gaz.is_english(street[:-1]):
                return False  # "yeah two teachers view it", "yes one parent way of thinking", "my nan's three
                # sisters close ranks": after a speaker's "yeah" or whose house it would be, a count of people
                # or things, no street ("yeah forty two church lane", "me mum's twenty two laburnum grove" are)
        if shape == "house" and _POST_NOMINAL_LINE_END.match(text, start):
            return False  # "Mr G. Thackray BA (Hons) NPQH\nMill Hill Road": a line ends with a degree, no house
        return True


_COUNTED = frozenset("parent teacher child kid person pupil thing time day week year way more other side "
                     "bed bedroom bedrooms best children kids people".split())
_SAID_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                               "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                               "hundred and a".split())


# An address written as a letterhead or a letter's block writes it: its parts parted by commas,
# bars or line ends, the postcode last ("Unit 4, Bradgate Court, Rothley Lane, Birstall, Leicester
# LE4 3TQ"; "County Hall\nTaunton TA1 4DY"). A part is a few capitalised words (a scan's digits for
# letters too: "County Hal1", "Huddersfie1d"), with a flat's or a box's number or a house number
# before them.
_PART = re.compile(
    r"(?:(?:(?:Flat|Unit|Block|Suite|Apartment|Apt|Plot|Pitch|FLAT|UNIT|BLOCK|Room|Floor)\.?[ ]+[0-9A-Z]{1,4}(?:\.[0-9]{1,3})?[a-z]?"
    r"|(?:P\.?[O0]\.?|Post[ ]Office)[ ]*(?i:box)[ ]*\d{1,6})(?:,?[ ]+|\Z))?"
    r"(?:\d{1,4}[A-Za-z]?(?:[-–]\d{1,4}[A-Za-z]?)?,?[ ]+)?"
    # (each word taken whole, never given back: a part of many words is read in one pass)
    r"(?:(?=[A-Z0-9][A-Za-z0-9'’.-]*[A-Za-z])[A-Z0-9][A-Za-z0-9'’.-]*+(?:[ ]+(?:of|the|on|upon|le|de|in|by|under|cum|&|and)"
    r"(?=[ ]+[A-Z]))?(?:[ ]+|\Z)){0,6}\Z")
_POSTCODE_IN_PART = re.compile(r"(?<![\w@/])[A-Z]{1,2}[0-9][A-Z0-9]?[ \t]?[0-9][A-Z]{2}\b")
# (a table's tab parts its cells, never an address: a tab ends one)
_PARTED = re.compile(r"[ ]*(?:[,|•·]|\r?\n)[ ]*|\t")
# parts no address has: a person's title, a body's or a service's word, a label
_NOT_A_PART = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Council|Team|Teams|Service|Services|School|Academy|College|University|NHS|"
    r"Trust|SENDIASS|SENDIAS|IASS|Department|Directorate|Surgery|Hospital|Clinic|Practice|Authority|Tribunal|"
    r"Police|Ltd|Limited|Paediatrics|Partnership|Federation|Nursery|Primary|Infants?|Juniors?|Group|Officer|Manager|"
    r"Coordinator|Co-ordinator|Lead|Panel|Board|Re|Ref|Tel|Email|E-mail|Dear|Date|Yours|Private|Confidential|"
    r"PRIVATE|CONFIDENTIAL|To|From|Subject|Sent|Cc|Postcode|Address|Phone|Mobile)\b")
# a part that opens an address: a number, a flat's or a box's, a building's kind or a street's
_OPENS = re.compile(
    # (never a phase's "Post-16")
    # (and a room or a floor of an office, as a letterhead writes it: "Room 2.14, Caddsdown House")
    rf"(?:^(?:\d|(?:Flat|Unit|Block|Suite|Apartment|Apt|Plot|Pitch|FLAT|UNIT|BLOCK|Room|Floor)\.?[ ]+[0-9A-Z]|(?:P\.?[O0]\.?|Post)\b(?![-– ]?\d))"
    rf"|(?:{_HOUSE_WORD}|Campus|Plaza|Hse|{_ANY_SUFFIX}|Hal1|0ffices|Offlces)\Z)")


# A flat's, a unit's or a room's number said or written just before an address found: "flat nine,
# Ethelbert Mansions", "Room 2.14, Caddsdown House" (its words only where a call says it)
UNIT_BEFORE = re.compile(rf"(?i)(?<![\w'’-])(?:flat|unit|apartment|apt|room|suite|floor)\.?[ \t]+"
                         rf"(?:\d{{1,4}}(?:\.\d{{1,3}})?[a-z]?|{SPOKEN_NUMBER})[ \t]*,?[ \t]*\Z")


def lines_before_postcode(text: str, postcode_start: int, unlike, kept) -> list[tuple[int, int]]:
    """The parts of the address written before a postcode starting at ``postcode_start``, from the
    first that opens it (a number, a flat's, a building's or a street's) to the postcode, one span
    a part (a place among them stays the place it was found as, for the linker to find again); none
    where no part opens one. ``unlike(start, end)`` says a part is no address's (a kept term, a
    person); ``kept(part)`` that it is a word kept as written (the authority's town: "Rotherham"),
    left out where it ends the address."""
    # (from a line's start some way back, never more than 600 characters: one long line is read once)
    start = max(0, postcode_start - 600, text.rfind("\n", 0, max(0, postcode_start - 400)) + 1)
    before = text[start:postcode_start]
    cuts = [(start + m.start(), start + m.end(), m.group()) for m in _PARTED.finditer(before)]
    bounds = [start] + [c[1] for c in cuts]
    ends = [c[0] for c in cuts] + [postcode_start]
    parts: list[tuple[int, int]] = []  # nearest the postcode first
    opened = 0  # how many of them, from the nearest, the opening part ends
    breaks, blank = 0, False
    for k in range(len(bounds) - 1, -1, -1):
        a, b = bounds[k], ends[k]
        part = text[a:b].strip(" \t,")
        gap = text[b:bounds[k + 1]] if k + 1 < len(bounds) else ""
        if gap == "\t":
            break  # (another cell of a table's row)
        if "\n" in gap:
            breaks += 1
            if not part and blank or breaks > 6:
                break  # (a letter's blank paragraph between lines, never two)
            blank = not part
        if not part:
            if k == len(bounds) - 1:
                continue  # (the postcode on a line of its own)
            if "\n" not in gap and "\n" not in text[max(0, a - 1):a + 1]:
                break  # (two separators running: ", ,")
            continue
        if not parts and kept(part):
            continue
        if _POSTCODE_IN_PART.search(part):
            break  # (an address of its own above: "..., Yorkham YO9 8HE\n14 Elm Road")
        span = (a + len(text[a:b]) - len(text[a:b].lstrip(" \t,")), a + len(text[a:b].rstrip(" \t,")))
        if len(part) > 60 or not _PART.match(part) or _NOT_A_PART.search(part) or unlike(*span):
            break
        parts.append(span)
        if _OPENS.search(part):
            opened = len(parts)
    return parts[:opened]
