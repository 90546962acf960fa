"""LOCATION: villages, estates, towns and areas below the Local Authority.

The places gazetteer (models/places.tsv) finds the area's villages and estates when written with
a capital; spaCy GPE/LOC spans add the rest. The Local Authority itself and other non-identifying
places (England, South Yorkshire) are kept by the allow list, not here.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer
from spacy.lang.en.stop_words import STOP_WORDS

from redactor.detect import gazetteer
from redactor.detect.check import text_speak
from redactor.detect.words import (
    PLACE_BY, PLACE_BY_RIVER, SPOKEN_NUMBER, is_all_caps, is_capitalised, ner_pieces, ner_span_is_noise, strip_possessive, words,
)
from redactor.detect.nlp import apart, from_reader, reader_guess_holds
from redactor.detect.recognizers.base import make_result
from redactor.detect.recognizers.uk_postcode import ANY_CASE_POSTCODE
from redactor.types import LOCATION

GAZETTEER_SCORE = 0.75
# a listed place with a possessive inside its name ("King's Lynn", "Bishop's Stortford"): no
# person's name is so written, so it outranks the first name and the surname NER reads in it
POSSESSIVE_PLACE_SCORE = 0.9
LOWER_CASE_SCORE = 0.5
NER_SCORE = 0.6
MAX_PLACE_WORDS = 5
CONTEXT_SCORE = 0.6
_PLACE = r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
_POSTCODE = r"[A-Z]{1,2}[\dO][A-Z\dO]?[ \t]*[\dO](?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\b"  # (a scan's "DH4 7R8" too)
# ", Swinholme, S64 3RA" or "Hollin Carr\nS61 5DU": the locality of an address
# ", Dunmoor S64 2LB", "Holmthorpe\nRotherham\nS60 3PW": the locality and town lines too
# (a Word letter's address lines are paragraphs: a blank line between them)
_SEP = r"[ \t]*(?:,[ \t]*|\n(?:[ \t]*\n)?[ \t]*|(?<=[a-z])[ \t]+)"
# ("9 WHITELEA CLOSE, KILNWORTH, S63 7HB": an address in capitals has its locality in capitals)
# ("Nethergarth on the Wolds, YO25 3LW": a village by its river, hills or sea)
_PLACE_OR_CAPS = r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?" + PLACE_BY + r"?|[A-Z]{3,}(?:[ -][A-Z]{3,})?)"
BEFORE_POSTCODE = re.compile(r"(?:,[ \t]*|^[ \t]*)" + _PLACE_OR_CAPS + r"(?:" + _SEP
                             + _PLACE_OR_CAPS.replace("place", "place2") + r")?" + _SEP + _POSTCODE, re.MULTILINE)
# ", stainmoor, s75 6hd": the same in lower-case writing, after a street ("3 pit row") only
# (or a line of its own in a block: "118 marsden crescent\npaulsgrove\npo6 4lr")
LOWER_BEFORE_POSTCODE = re.compile(r"(?:,[ \t]*|(?<=[a-z])[ \t]+|(?<=[a-z])[ \t]*\n[ \t]*)(?P<place>(?!(?:road|street|lane|avenue|close|drive|way|"
                                   r"crescent|grove|row|terrace|court|place|view|walk|rise|gardens|mews)\b)"
                                   r"[a-z]{3,}(?:[ -][a-z]{3,})?)"
                                   r"(?:(?:,[ \t]*|[ \t]*\n[ \t]*)(?:" + "|".join(sorted(gazetteer.AUTHORITY_TOWNS)) + r"))?"
                                   # ... and the town after the locality: "22 bampton rd, ducklington end, witney ox28 5jr"
                                   r"(?:(?:,[ \t]*|[ \t]*\n[ \t]*)(?P<place2>(?!(?:" + "|".join(sorted(gazetteer.AUTHORITY_TOWNS)) + r")\b)"
                                   r"[a-z]{3,}(?:[ -][a-z]{3,})?))?(?:,?[ \t]*|[ \t]*\n[ \t]*)"
                                   + ANY_CASE_POSTCODE)
FORM_LABELS = frozenset("postcode post address tel telephone phone mobile email town city county area district".split())
# "15 Coke Oven Lane, Swathe, S62 4JF": after a street, even a word is the locality
STREET_BEFORE = re.compile(r"(?i:\b(?:Road|Rd|Street|St|Lane|Avenue|Ave|Close|Drive|Way|Crescent|Grove|Row|Terrace|"
                           r"Court|Place|View|Walk|Rise|Gardens|Mews|Green|Hill|Croft|Fold|Bank|Vale|Drove|Cres|Cl|Ct))"
                           r"[ \t]*(?:,[ \t]*|\n[ \t]*)$")  # or on the line above: "41 Coppice View\nSallow Green"
# An address written a line a part, between its street and its postcode: the lines between are
# its village, district or town ("58 Rook Lane\n\nBobbing\n\nSittingbourne\n\nKent\n\nME10 1YE",
# "1-3 Ravenswood Parade\nPrinces Park\nChatham ME5 8LP"); a county among them is kept as the
# authority's name by the engine
ADDRESS_BLOCK = re.compile(r"(?m)^[ \t]*(?:Flat[ \t]+\d+[A-Za-z]?,?[ \t]+)?\d{1,4}[A-Za-z]?(?:-\d{1,4})?,?[ \t]+(?:[A-Z][a-z'’-]+[ \t]+){1,3}"
                           r"(?:Road|Rd|Street|St|Lane|Avenue|Ave|Close|Drive|Way|Crescent|Grove|Row|Terrace|Court|Place|"
                           r"View|Walk|Rise|Gardens|Mews|Parade|Green|Hill|Croft|Fold|Mount|Square|Park)\.?,?[ \t]*\r?\n"
                           r"(?P<lines>(?:[ \t]*\r?\n)?(?:[ \t]*[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2},?[ \t]*\r?\n(?:[ \t]*\r?\n)?){1,3})"
                           r"(?=[ \t]*(?:[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}[ \t,]+)?" + _POSTCODE + r")")
ADDRESS_BLOCK_LINE = re.compile(r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}")
NOT_A_LOCALITY = frozenset("england uk united kingdom great britain wales scotland".split())
# "3 wellgate, stainmoor, s75 6hd": a house number and its street, in any case
NUMBERED_STREET_BEFORE = re.compile(r"(?<![\w./:-])\d{1,4}[a-zA-Z]?,?[ \t]+[A-Za-z][A-Za-z'’-]+(?:[ \t]+[A-Za-z][A-Za-z'’-]+){0,2}"
                                    r"[ \t]*,[ \t]*$")
# ... or with no comma, a lower-case street's kind: "7 bure view close hemblingford nr13 5pj"
LOWER_STREET_JUST_BEFORE = re.compile(r"(?<![\w./:-])\d{1,4}[a-z]?[ \t]+[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){0,2}[ \t]+"
                                      r"(?:road|street|lane|avenue|close|drive|way|crescent|grove|row|terrace|court|"
                                      r"place|view|walk|rise|gardens|mews|green|hill|croft|fold|bank|vale|"
                                      r"rd|st|ave|cl|ct|cres|dr|gdns)[ \t]+$")  # ("9 mayfield rd chelmsley wood b37 6hx")
# "5 Slag Lane, Dearnley Moor, Rotherham": the locality between a street and the town
AFTER_STREET = re.compile(r"\b(?:Road|Rd|Street|St|Lane|Avenue|Close|Drive|Way|Crescent|Grove|Row|Terrace|Court|"
                          r"Place|View|Walk|Rise|Gardens|Mews|Green|Hill|Croft|Fold|Bank|Vale)" + _SEP
                          + _PLACE + _SEP + r"(?:Rotherham|Sheffield|Doncaster|Barnsley)\b")
# "they live on Greenside Walk in Low Carr": the district a street is in
_STREET_WORDS = ("Road|Rd|Street|St|Lane|Avenue|Close|Drive|Way|Crescent|Grove|Row|Terrace|Court|Place|View|Walk|"
                 "Rise|Gardens|Mews|Croft|Fold|Vale")
STREET_IN = re.compile(r"\b(?:" + _STREET_WORDS + r")[ \t]+in[ \t]+(?:the[ \t]+)?" + _PLACE
                       + r"(?![\w'’-])(?![ \t]*(?:[A-Z]|[0-9]{4}))")  # (never "View in Septembe" of "September 2021")
# ... and in lower-case writing, after a numbered street: "we're at 8 hawthorn close in low hagg"
# (or one read out on a call: "it's twenty seven Ashgrove terrace in horden")
LOWER_STREET_IN = re.compile(r"(?:\b\d{1,4}[a-z]?|(?<![\w'’-])" + SPOKEN_NUMBER + r")[ \t]+[A-Za-z][a-z]+(?:[ \t]+[a-z]+)?[ \t]+"
                             r"(?:" + _STREET_WORDS.lower() + r")"
                             r"[ \t]+in[ \t]+(?P<place>[a-z]{3,}(?:[ \t][a-z]{3,})?)\b")
# what makes "X Park" or "X Hill" part of another name: a street, a setting, a club
_NOT_A_PLACE_AFTER = (r"(?![ \t]+(?:Road|Rd|Street|Lane|Avenue|Close|Drive|Way|Crescent|School|Primary|Academy|"
                      r"College|Nursery|Hospital|Surgery|Medical|Health|Family|Children|Community|Council|"
                      r"Football|Rugby|Cricket))")
# "a mates in Scarrow Hill", "near her home in Kelham Bridge", "Outing to Ravensfield Country Park":
# a name no dictionary has before a place's last word, after a word that says where
PLACE_WITH_SUFFIX = re.compile(
    r"\b(?:in|at|near|from|to|around|round|outside|past|off|of)[ \t]+(?:the[ \t]+)?"
    r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?[ \t]+(?:Hill|Park|Green|Bridge|Vale|Moor|End|Common|Wood|Top|"
    r"Bottom|Bank|Edge|Side|Dale|Heath|Carr|Cross|Field|Fields|Country Park|Estate|Village|Grange|Valley))\b"
    + _NOT_A_PLACE_AFTER)
# "lives on the Airedale estate", "settled on the Sandholme site": an estate or a Traveller site,
# its word in lower case
# (an estate also where someone lives without "the": "Lives Orchard Reach estate, Chatham")
ESTATE_OR_SITE = re.compile(r"\b(?:on|in|at|from|near|off|to|of)[ \t]+the[ \t]+"
                            r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?[ \t]+(?:estate|site))\b"
                            r"|\b(?i:lives|living|live|moved)[ \t]+(?:(?:on|in|to)[ \t]+)?"
                            r"(?P<place2>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?[ \t]+estate)\b")
# "Brinsworth Carr > Brackenholme Park", "Canal St, Kelham Rise": the same anywhere, when the
# name before the place's last word is no word at all (checked in _by_context)
SUFFIX_PLACE = re.compile(
    r"(?<![\w'’&/-])(?P<place>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})? {1,2}(?:Hill|Park|Green|Bridge|Vale|Moor|End|Common|Wood|Top|"
    r"Bottom|Bank|Edge|Side|Dale|Heath|Carr|Cross|Field|Fields|Estate|Village|Grange|Valley|Rise|Fold|Heights))\b"
    + _NOT_A_PLACE_AFTER)
# "at Meadow View", "(Erik, Y R, Meadow View)", "moved to meadow view": a view of a landscape's
# word is a place's name (a street, an estate, a school), never a phrase ("point of view")
_VIEWED = ("Meadow|Valley|Hill|Park|Lake|River|Sea|Moor|Moorland|Field|Fell|Dale|Wood|Woodland|Forest|Castle|"
           "Church|Chapel|Abbey|Priory|Minster|Bay|Harbour|Bridge|Mill|Brook|Orchard|Green|Pennine|Beacon|Oak|"
           "Ash|Willow|Beech|Elm|Birch|Cedar|Rose|Heather|Fern|Bracken|Manor|Tower|Canal|Marsh|Ridge|Glen|"
           "Cliff|Spring|Pine|Mount|Hall|Grange|Ocean|Coast|Lawn|Garden|Links|Heath|Common|Forge|Quarry")
VIEW_PLACE = re.compile(r"(?<![\w'’&/-])(?P<place>(?:" + _VIEWED + r") [Vv]iew)(?![\w'’-])" + _NOT_A_PLACE_AFTER)
LOWER_VIEW_PLACE = re.compile(r"\b(?:at|to|from|in|near|round)[ \t]+(?P<place>(?:" + _VIEWED.lower() + r") view)(?![\w'’-])"
                              r"(?![ \t]+(?:of|that|is|was|on)\b)")
AFTER_MOVING = re.compile(r"\b(?:(?i:lives?|living|lived|moved|moving|move|based|resides?|staying|grew up|"
                          r"brought up)|from"
                          # (or where a home is: "weekends at his flat in Sale", "Family in Barking since 2023")
                          r"|(?i:flat|house|home|family|caravan)[ \t]+in(?=[ \t]))"
                          r"[ \t]+(?:in|at|on|to|near|out to|over to)?[ \t]*(?:the[ \t]+)?"
                          # (a village of a saint's name too: "lives in Peasedown St John")
                          r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:[ \t]+St\.?[ \t]+[A-Z][a-z]+(?![\w'’]))?)"
                          r"\b(?![ \t]+(?:Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|School|"
                          r"Primary|Academy|College|Hospital|Council|License|Licence|Act|Agreement|Policy|Code|Order)\b)")
# "school in Fair Oak won't do it", "the nursery in Chandlers Ford": where a setting is (never a job's
# "works in Haematology": a department)
SETTING_IN = re.compile(r"\b(?i:school|primary|academy|nursery|college|setting)[ \t]+in[ \t]+"
                        r"(?P<place>[A-Z][a-z]+(?:['’]s(?=[ -][A-Z]))?(?:[ -][A-Z][a-z]+)?)\b(?![ \t]+(?:Road|Street|Lane|Avenue|Close|Drive|Way|"
                        r"Crescent|School|Primary|Academy|College|Hospital|Council)\b|[ \t]*\d)")
# "from Swinholme to Dearne Side": the second place of a journey
FROM_TO = re.compile(r"\bfrom[ \t]+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?[ \t]+to[ \t]+" + _PLACE)
BEFORE_SERVICE = re.compile(_PLACE + r"[ \t]+(?:family hub|clinic|health centre|medical centre|medical "
                            r"practice|children's centre|community centre|leisure centre|library|campus|"
                            r"surgery|Child Development Centre|child development centre|CDC|Family Hub|"
                            r"Health Centre|Medical Practice|Medical Centre|Clinic|Surgery|Practice|Library|Leisure Centre|Community Centre)\b")
# "Setting: Lodge Causeway Primary School, Fishponds": a setting's district after it, ending the line
AFTER_SETTING = re.compile(r"(?m)\b(?:School|Academy|College|Primary|Nursery|Infants|Juniors)[ \t]*,[ \t]*"
                           + _PLACE + r"[ \t]*(?:$|[;)]|,[ \t]*(?:[A-Z]{1,2}\d|\n)|[–-][ \t]*(?:Year|Y\d|Reception|Nursery)\b)")
# "plot 6, Lower Ashton Traveller site": a site is named by its place (its words read like
# an address's: one of them no word)
BEFORE_SITE = re.compile(_PLACE + r"[ \t]+(?:Traveller|Travellers['’]?|Gypsy|Caravan|caravan|traveller|travellers['’]?)"
                         r"[ \t]+(?:[Ss]ite|[Pp]ark)\b")
# "Wickersley Fold Surgery", "Dalton Medical Centre": a practice is named with its kind
PRACTICE = re.compile(r"(?<![\w'’&/-])(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?[ \t]+(?:Surgery|Medical Practice|"
                      r"Medical Centre|Health Centre|Group Practice|Family Practice)"
                      # a letterhead in capitals: "ORCHARD LEA SURGERY"
                      r"|[A-Z]{3,}(?:[ -][A-Z]{2,})?[ \t]+(?:SURGERY|MEDICAL PRACTICE|MEDICAL CENTRE|HEALTH CENTRE))\b")
# "i work at the warehouse in thornbeck", "go to brinkcliffe which is the pru": a lower-case word
# after a place word, in writing without capitals
LOWER_AFTER_PLACE_WORD = re.compile(
    r"\b(?:in|at|from|near|round|around|outside|(?:lives?|living|lived|stays?|staying)[ \t]+(?:up|down|over|out|round|(?P<on>on))"
    r"|(?:go|goes|going|went|gone|move|moved|moving|sent|send|"
    r"transfer|transferred|back|over|down|up|drive|drove|walk|walked|taxi|bus)[ \t]+to)[ \t]+"
    # (a speaker's pause between: "primary school in um ruscote")
    r"(?:(?:um|umm|er|erm|uh)[ \t]+)?"
    # ("in south normanton", "little downham": a compass or a size word before a place's name)
    # (and a saint's town: "in st neots", "at st ives")
    r"(?P<place>(?:(?P<prefix>north|south|east|west|upper|lower|great|little|nether|old|new|st)[ \t-])?"
    r"[a-z]{4,}(?:[ \t-][a-z]{4,})?)\b")
# ... or before "estate": "on the thornholme estate" (never "the council estate")
LOWER_ESTATE = re.compile(r"\b(?:on|off|from|in|at|near|round|to|by)[ \t]+the[ \t]+(?P<place>(?P<name>[a-z]{4,})[ \t]+estate)\b")
# ... and with its capital, though the name is a word: "mum on the Abbey estate", "off the Priory
# estate" (the estate's own word in lower case: a housing estate's name, never "the Council estate")
CAPITAL_ESTATE = re.compile(r"\b(?:on|off|from|in|at|near|round|to|by)[ \t]+the[ \t]+"
                            r"(?P<place>(?P<name>[A-Z][a-z]{3,}(?:[ \t][A-Z][a-z]{3,})?)[ \t]+estate)\b")
NOT_AN_ESTATE_NAME = frozenset("council housing industrial trading business retail local family national crown "
                               "whole same other next new old big main private social traveller travellers gypsy "
                               "school college hospital building army forces military navy barratt persimmon "
                               "bellway redrow wimpey newbuild duchy".split())
COMPASS_AFTER = frozenset("north south east west".split())
# shops and banks by their names, before a word that ends a place's too ("tesco bank", "asda bridge")
SHOPS = frozenset("tesco asda lidl aldi morrisons sainsburys iceland boots primark argos halifax natwest barclays".split())
PLACE_SUFFIXES = frozenset("common moor park green bank hill vale top bottom end wood field fields bridge "
                           "cross edge side gate dale heath carr".split())
SETTING_NAME_END = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){1,4}(?:Primary|School|Academy|College|Nursery|Infants|Juniors)"
                              r"(?:[ \t]+School)?[ \t]*\Z")
SETTING_AFTER = re.compile(r"(?P<words>(?:[ \t]+[a-z]+){0,2})[ \t]+(?:school|primary|academy|college|nursery|juniors?|infants?)\b")
STREET_WORDS = frozenset("road street lane avenue close drive way crescent".split())
# ... and the words that end a village's name after an ordinary word ("Fair Oak", "Kings Worthy")
NAME_OF_A_PLACE_ENDS = PLACE_SUFFIXES | frozenset("oak oaks worthy ford well wells barr heath".split())
# what follows a town of one word where it is the town: a clause's end or a word that goes on
# about where ("college in Leek to do Level 1", "moved to Wool last year"; never "in Over the summer")
WORD_TOWN_AFTER = re.compile(r"[ \t]*(?:[.,;:)!?\n]|$)|[ \t]+(?:to|for|with|and|now|since|last|this|next|at|on|in|"
                             r"where|but|so|which|who|because|until|till|during|from|area)\b")
# a town of one word after a word of where, ending its clause or before what is there ("course in
# Hastings from 24/3", "(Hastings CIN team)", "(independent specialist, Battle)", "anonymous, Sheerness
# area"); never the words that stand so as often as the towns ("in Over the summer", "at Rugby")
WORD_TOWN_IN = re.compile(r"(?:\b(?:in|at|near|around)[ \t]+|(?P<open>(?:\(|,)[ \t]*))(?P<town>[A-Z][a-z]+)"
                          r"(?=[ \t]+(?:CIN|area|team|office|hub|library|clinic|town[ \t]+centre)\b|(?(open)[ \t]*\)|(?:"
                          + WORD_TOWN_AFTER.pattern + r")))")
# (only the towns of ``gazetteer.word_towns`` no class, house, form or garment is named after: never "in Poplar.", "Year 2 (Eagle)",
# "Form 9W (Wellington)", "Mr Okoro (Warden)", "Help in Bath")
WORD_TOWNS_NAMED = frozenset("hastings sheerness battle barking staines tooting lancing leek goring felling welling "
                             "sandwich settle thorner streetly sharpness".split())
# a case's heading in notes, its last part where the family lives: "### 2.4 Precious M / Tendai (IS) -
# Pennywell", "### 2.5 Lucy H (LT) - YP, 21, Roker" (a word no dictionary or list of names has)
HEADING_LAST_PLACE = re.compile(r"(?m)^#{2,6}[ \t][^\n]*?(?:[ \t][-–][ \t]|,[ \t])(?P<place>[A-Z][a-z]{3,}(?:[ \t][A-Z][a-z]{3,})?)[ \t]*\r?$")
HOME_ONLY_IN = re.compile(r"\b(?i:flat|house|home|family|caravan)[ \t]+in[ \t]+\Z")
HOME_IN = re.compile(r"\b(?i:lives?|living|lived|flat|house|home|family)[ \t]+in[ \t]+\Z")
NOT_A_PLACE_START = frozenset("year term week day month half school class big dead front back red food car retail "
                              "blood play theme business".split())  # "from Year End", "the Food Bank"
MOVING_FROM = re.compile(r"(?<=\bfrom[ \t])|(?<=\bfrom[ \t]the[ \t])")  # the place's start after "from"


# Words that after a place's name make a street of it, and never a district ("Kimberworth Park",
# "Thorpe Hesley Green" and "Wath Upon Dearne" are places: Park, Green and the like are not here)
STREET_AFTER_PLACE = re.compile(r"[ \t](?:Walk|Close|Way|Court|Rise|Row|Croft|Fold|Mount|Garth|Chase|Parade|"
                                r"Approach|Wynd|Paddock|Nook|Brow|Mews|Crescent|Drive|Avenue|Road|Lane|Street|"
                                r"Terrace|Grove|Gardens|Promenade|Esplanade|Quay)(?![\w'’-])")
# The word before a place's name that names a part of it ("Old Goole", "Upper Denby")
_PARTS = "Old New Upper Lower Nether Great Little High Low Over Far North South East West Kings King's King’s Bishops".split()
# A part's word and a name no list has, where one is: "Carers in Great Barr", "he's in Kings Norton"
# (the name no dictionary's word, and no first name: never "in Great Detail", "in Little Amelia's class")
PART_PLACE_AFTER = re.compile(r"\b(?:in|at|from|near|around|to)[ \t]+(?P<place>(?:%s)[ \t]+(?P<name>[A-Z][a-z]{2,}))(?![\w'’-])"
                              r"(?![ \t]+(?:Road|Rd|Street|Lane|Avenue|Close|Drive|Way|Crescent|School|Primary|Academy|"
                              r"College|Nursery|Hospital|Council|Park|Surgery|Medical|Health|Family)\b)" % "|".join(_PARTS))
PART_BEFORE_PLACE = re.compile(r"(?<![\w'’-])(?:%s)[ \t]$" % "|".join(_PARTS + [p.upper() for p in _PARTS]))


def _line_of(text: str, start: int, end: int) -> str:
    """The whole line a span stands on."""
    line_end = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(text)]


class LocationRecognizer(EntityRecognizer):
    """Places from the gazetteer and from NER."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entities=[LOCATION], name="LocationRecognizer",
                         supported_language=supported_language)

    def load(self) -> None:
        self.gaz = gazetteer.load()
        # Only words that can start a place name are looked at further.
        self.first_words = frozenset(key.replace("-", " ").split()[0] for key in self.gaz.places)

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        ws = words(text)
        places = self.gaz.places
        i = 0
        while i < len(ws):
            hit = None
            first = gazetteer.fold(ws[i].text).replace("-", " ").split()[0]
            if first not in self.first_words and first.removesuffix("'s") not in self.first_words:
                i += 1
                continue
            for n in range(min(MAX_PLACE_WORDS, len(ws) - i), 0, -1):
                group = ws[i:i + n]
                if any(text[a.end:b.start] not in (" ", "-", " - ") for a, b in zip(group, group[1:])):
                    continue
                end = strip_possessive(text, group[0].start, group[-1].end)[1]
                phrase = text[group[0].start:end]
                key = gazetteer.fold(phrase)
                if key in places and self._written_as_name(phrase, key):
                    score = POSSESSIVE_PLACE_SCORE if n > 1 and "'s " in key else GAZETTEER_SCORE
                    hit = (group[0].start, end, n, LOWER_CASE_SCORE if phrase.islower() else score,
                           "national" if places[key] == gazetteer.NATIONAL else "gazetteer")
                    break
            if hit:
                # "Old Goole", "Upper Denby": a listed place after the word that names its part
                part = PART_BEFORE_PLACE.search(text, max(0, hit[0] - 8), hit[0])
                if part and not text[hit[0]:hit[1]].islower():
                    hit = (part.start(), *hit[1:])
                # "Wentworth Walk", "Brinsworth Close": a place's name on a street's sign is the street
                street = STREET_AFTER_PLACE.match(text, hit[1])
                if street and not text[hit[0]:hit[1]].islower():
                    hit = (hit[0], street.end(), *hit[2:])
                # "Oxford Health", "Sussex Partnership": an NHS trust named by a big place is no one's place
                if hit[4] == "national" and gazetteer.TRUST_AFTER_PLACE.match(text, hit[1]):
                    i += hit[2]
                    continue
                out.append(self._result(hit[0], hit[1], hit[3], hit[4]))
                i += hit[2]
            else:
                i += 1
        out.extend(self._by_context(text))
        for m in PART_PLACE_AFTER.finditer(text):
            key = gazetteer.fold(m.group("name"))
            if not self.gaz.is_english(key) and key not in self.gaz.first_names and key not in gazetteer.kept_phrase_words() \
                    and key not in gazetteer.authorities()[0] and gazetteer.fold(m.group("place")) not in gazetteer.authorities()[0]:
                out.append(self._result(m.start("place"), m.end("place"), CONTEXT_SCORE, "part-place"))
        out.extend(self._result(m.start(), m.end(), CONTEXT_SCORE, "by its river") for m in PLACE_BY_RIVER.finditer(text)
                   if not self.gaz.is_english(m.group("river")))
        for rx, score in ((VIEW_PLACE, CONTEXT_SCORE), (LOWER_VIEW_PLACE, LOWER_CASE_SCORE)):
            out.extend(self._result(m.start("place"), m.end("place"), score, "view") for m in rx.finditer(text))
        for m in ADDRESS_BLOCK.finditer(text):
            for line in ADDRESS_BLOCK_LINE.finditer(text, m.start("lines"), m.end("lines")):
                if gazetteer.fold(line.group()) not in NOT_A_LOCALITY:
                    out.append(self._result(line.start(), line.end(), CONTEXT_SCORE, "address block"))
        out.extend(self._lower_case_places(text))
        for m in HEADING_LAST_PLACE.finditer(text):
            words_ = [gazetteer.fold(w) for w in m.group("place").split()]
            if not any(self.gaz.is_english(w) or w in self.gaz.first_names or w in gazetteer.authorities()[0]
                       or self.gaz.is_cue(w) or w in gazetteer.kept_phrase_words() for w in words_) \
                    and gazetteer.fold(m.group("place")) not in gazetteer.authorities()[0]:
                out.append(self._result(m.start("place"), m.end("place"), CONTEXT_SCORE, "heading"))
        for m in WORD_TOWN_IN.finditer(text):
            key = gazetteer.fold(m.group("town"))
            if key in WORD_TOWNS_NAMED \
                    and not (m.group("open") == "(" and not re.match(r"[ \t]+(?:CIN|area|team|office|hub)\b", text[m.end():m.end() + 8])):
                # (in brackets alone only before what is there: "(Hastings CIN team)", never "(Battle)")
                out.append(self._result(m.start("town"), m.end("town"), CONTEXT_SCORE, "word town"))
        out.extend(self._lower_street_in(text))
        if nlp_artifacts:
            for ent in nlp_artifacts.entities:
                if ent.label_ != LOCATION:
                    continue
                for start, end in ner_pieces(text, ent.start_char, ent.end_char):
                    if ner_span_is_noise(text, start, end):
                        continue
                    start, end = strip_possessive(text, start, end)
                    names = [w for w in re.findall(r"[^\W\d_]+", text[start:end]) if w.lower() != "the"]
                    if gazetteer.fold(text[start:end]) not in self.gaz.places and len(names) == 1 \
                            and self.gaz.is_english(names[0]):
                        continue  # "Affirmer", "the United": an ordinary word NER took for a place
                        # ("Chapel Town", two words, may be a district no list has: kept)
                    if gazetteer.TRUST_AFTER_PLACE.match(text, end):
                        continue  # "Oxford Health": an NHS trust named by its place, no one's place
                    if len(names) == 1 and text[start - 1:start] == "," and text[end:end + 1] == "," \
                            and gazetteer.fold(names[0]) not in self.gaz.places and gazetteer.fold(names[0]) not in self.gaz.first_names:
                        continue  # ",Inbound,": a CSV cell's one unknown word, its column's to judge (the column
                        # recognizer reads an area's or a town's)
                    if re.search(r",[ \t]*,", text[start:end]):
                        continue  # "No,,ASD": a CSV row's cells across an empty one, no place's name
                    if len(names) == 1 and len(names[0]) >= 3 and names[0].isupper() \
                            and gazetteer.fold(names[0]) not in self.gaz.places \
                            and not re.search(r"\b(?i:to|from|in|at|near|of|visit|visiting)[ \t]+$", text[max(0, start - 12):start]) \
                            and re.search(r"\b[a-z]{3,}\b", _line_of(text, start, end)):
                        continue  # "ESNEFT", "SENSAP": an unknown word in capitals among words in lower case is
                        # a body's letters (a place in capitals stands in an address typed so, or is listed, or
                        # after a word of where: "back to KRAKOW for 3 weeks")
                    named = names[:-1] if names[-1:] in (["and"], ["or"]) else names
                    if named[-1:] == ["Room"] and all(self.gaz.is_english(w) for w in named):
                        continue  # "the Quiet Room (and)", "the Staff Room": a room of a building, no place
                    if from_reader(ent) and not reader_guess_holds(text, ent, start, end, self.gaz.places.__contains__):
                        continue
                    out.append(make_result(self, apart(LOCATION, ent), start, end, NER_SCORE, "ner"))
        return out

    def _by_context(self, text):
        """Places no list knows, by where they stand: the line of an address before its postcode
        ("56 Greenfield Crescent, Swinholme, S64 3RA"; "Hollin Carr" on the line above "S61 5DU"),
        after living and moving words ("lives in Swinholme", "from Swinholme to Dearne Side"), and
        before a local service ("Swinholme family hub", "Kelbrook Child Development Centre"). The
        word must be no ordinary English word and no first name, so "lives in Sheffield Road"
        aside, a person or a thing is not taken for a place."""
        out = []
        for pattern in (BEFORE_POSTCODE, LOWER_BEFORE_POSTCODE, AFTER_STREET, STREET_IN, AFTER_MOVING, SETTING_IN, FROM_TO, BEFORE_SERVICE, PLACE_WITH_SUFFIX,
                        SUFFIX_PLACE, PRACTICE, ESTATE_OR_SITE, BEFORE_SITE, AFTER_SETTING):
            groups = ("place", "place2") if pattern in (BEFORE_POSTCODE, ESTATE_OR_SITE, LOWER_BEFORE_POSTCODE) else ("place",)
            spans = [(*m.span(g), m.start("place")) for m in pattern.finditer(text) for g in groups if m.start(g) >= 0]
            for start, end, first_start in spans:
                place = text[start:end]
                keys = [gazetteer.fold(w) for w in re.split(r"[\s-]", place) if w]
                if not keys or self.gaz.places.get(gazetteer.fold(place), gazetteer.NATIONAL) != gazetteer.NATIONAL:
                    continue  # the area's gazetteer's own (the country's list is read with capitals only)
                after_street = pattern in (BEFORE_POSTCODE, LOWER_BEFORE_POSTCODE) \
                    and STREET_BEFORE.search(text, max(0, start - 20), start)
                if pattern is LOWER_BEFORE_POSTCODE:
                    # (a town after its locality is read where the locality stands: after the street)
                    after_street = after_street or NUMBERED_STREET_BEFORE.search(text, max(0, first_start - 40), first_start) \
                        or LOWER_STREET_JUST_BEFORE.search(text, max(0, first_start - 50), first_start)
                if pattern is LOWER_BEFORE_POSTCODE and (not after_street or keys[0] in gazetteer.AUTHORITY_TOWNS):
                    continue
                if pattern is LOWER_BEFORE_POSTCODE and text[:first_start].rstrip(" \t").endswith("\n") \
                        and (self.gaz.is_english(keys[0]) or keys[0] in text_speak()):
                    continue  # a line of its own is a place only as no word: "12 holly road\nthanks again\npo6 4lr"
                if any(k in self.gaz.first_names for k in keys[:1]) and pattern not in (BEFORE_POSTCODE, AFTER_STREET, STREET_IN):
                    continue
                # before a postcode, a place of ordinary words may be a district ("Low Haigh"): only
                # one made of nothing but words is none; elsewhere its first word must be no word
                words_ = keys if pattern in (BEFORE_POSTCODE, AFTER_STREET, STREET_IN, BEFORE_SITE) else keys[:1]
                # where a setting is or a family moved to ("school in Fair Oak", "lives in Kings Worthy", "from
                # North Ormesby to Grove Hill"; never after "from" alone: "vouchers from the Food Bank")
                moved = pattern in (SETTING_IN, FROM_TO) or pattern is AFTER_MOVING and not MOVING_FROM.match(text, first_start)
                if words_ is not keys and len(keys) >= 2 and keys[0].title() in _PARTS:
                    words_ = keys[1:2]  # "in Nether Hollins", "Upper Haugh": the name after its part
                elif moved and len(keys) == 2 and not self.gaz.is_english(keys[1]) and keys[1] not in self.gaz.first_names \
                        and not self.gaz.is_cue(keys[1]) and keys[1] not in gazetteer.kept_phrase_words():
                    # (never a role or a kept word: "benefit from the Young Carers group")
                    words_ = keys  # "Larkspur Primary School in Water Eaton": a word, then a name no dictionary has
                # there, an ordinary word and one that ends a place's name ("Fair Oak", "Grove Hill")
                place_end = moved and (
                    len(keys) == 2 and keys[1] in NAME_OF_A_PLACE_ENDS and keys[0] not in self.gaz.calendar
                    and keys[0] not in NOT_A_PLACE_START and keys[1] not in gazetteer.kept_phrase_words()
                    # ... or a town of one word ("college in Leek", "lives in Street")
                    or len(keys) == 1 and keys[0] in gazetteer.word_towns() and (
                        WORD_TOWN_AFTER.match(text, end)
                        # (after where someone lives, any word in lower case: "his flat in Sale hard after")
                        or pattern is AFTER_MOVING and HOME_IN.search(text, max(0, first_start - 30), first_start)
                        and re.match(r"[ \t]+[a-z]", text[end:end + 2])))
                named_practice = pattern is PRACTICE and len(keys) >= 3  # "Orchard Lea Surgery": a name of two words
                # ... and so an estate ("Orchard Reach estate"), a kept phrase's words aside
                named_practice = named_practice or pattern is ESTATE_OR_SITE and len(keys) >= 3 and keys[-1] == "estate" \
                    and not any(k in gazetteer.kept_phrase_words() or k in STREET_WORDS for k in keys[:-1])
                if keys[0] in FORM_LABELS:
                    continue  # "Laughton Road\n\nPostcode<tab>S25 2QH": a form's label, no place
                if pattern is AFTER_MOVING and HOME_ONLY_IN.search(text, max(0, first_start - 30), first_start) \
                        and not place_end and gazetteer.fold(" ".join(keys)) not in self.gaz.places:
                    continue  # after a home's word, only a place the lists know: "The house in Lockdown felt small"
                if all(k in self.gaz.english for k in words_) and not after_street and not named_practice and not place_end \
                        or keys[0] in self.gaz.titles \
                        or keys[0] in STREET_WORDS or keys[0] in self.gaz.calendar and not after_street \
                        or keys[0] in gazetteer.kept_phrase_words() and words_ is not keys and not place_end:
                    continue  # (a kept phrase's word opens a service's name: "the Autism Outreach team")
                # (a month's name there is the town: "17 Gaul Drove, March, PE15 8QT")
                how = "town-after-street" if after_street and keys[0] in self.gaz.calendar else "context"
                out.append(self._result(start, end, CONTEXT_SCORE, how))
        return out

    def _lower_street_in(self, text):
        """The district a lower-case street is in ("8 hawthorn close in low hagg"): words of
        which one at least no dictionary has; a second word that is a word ends it ("in thornbeck
        now"), a place's last word aside ("in windle common")."""
        out = []
        for m in LOWER_STREET_IN.finditer(text):
            words_ = m.group("place").split()
            if len(words_) > 1 and (words_[1] in STOP_WORDS or self.gaz.is_english(words_[1])) \
                    and words_[1] not in PLACE_SUFFIXES and self.gaz.is_english(words_[0]) is False:
                words_ = words_[:1]
            if words_[0] in STOP_WORDS or words_[0] in gazetteer.AUTHORITY_TOWNS or all(self.gaz.is_english(w) for w in words_):
                continue
            start = m.start("place")
            out.append(self._result(start, start + len(" ".join(words_)), LOWER_CASE_SCORE, "lower-case"))
        return out

    def _lower_case_places(self, text):
        """A place no word list knows, in lower case after "in", "at", "from" or "go to", where
        the writer uses no capitals around it ("the warehouse in thornbeck"): no English word,
        no misspelling of one (one typing slip away), no text-speak ("at skool" aside)."""
        speak = text_speak()
        out = []
        for m in LOWER_AFTER_PLACE_WORD.finditer(text):
            words_ = m.group("place").replace("-", " ").split()
            prefix = words_.pop(0) if m.group("prefix") else None
            # ("in leighton buzzard": a place the lists know whole; "from ashmead lane": a street)
            whole = len(words_) > 1 and (gazetteer.fold(" ".join(words_)) in self.gaz.places
                                         or words_[1] in STREET_WORDS)
            # ("in knowle west": a known place and its quarter)
            quarter = len(words_) == 2 and words_[1] in COMPASS_AFTER and self.gaz.places.get(words_[0]) == gazetteer.NATIONAL \
                and not text.startswith(" of", m.end("place"))
            if len(words_) > 1 and (self.gaz.is_english(words_[1]) or words_[1] in STOP_WORDS) \
                    and words_[1] not in PLACE_SUFFIXES and not whole and not quarter:
                words_ = words_[:1]  # "in thornbeck on shifts"; but "in windle common"
            # (a name no dictionary has before a place's last word is a place wherever it is written,
            # near a word or not: "or something at bretch hill", "she lives on carr vale")
            suffixed = len(words_) == 2 and words_[1] in PLACE_SUFFIXES and prefix is None
            if m.group("on") and not suffixed or words_[0] in SHOPS:
                continue  # "she lives on carr vale"; "he lives on haribo" is what he eats, "to tesco bank" a shop
            # (a town the country's list knows that is no word: "in ryde", "at bradwell", "near yate")
            known = len(words_) == 1 and self.gaz.places.get(words_[0]) == gazetteer.NATIONAL \
                and len(words_[0]) >= 4 and not self._a_word(words_[0], speak)
            if len(words_[0]) < 5 and not suffixed and not known:
                continue  # (a short word alone is too often a slip or a word: "at tesc"; "carr vale" is a place)
            if self._a_word(words_[0], speak, slips=prefix != "st" and not suffixed):
                continue  # (after "st" a saint's name, whatever words it is near: "st neots", "st ives")
            setting = SETTING_AFTER.match(text, m.end("place"))
            if setting and not any(w in STOP_WORDS for w in setting.group("words").split()):
                continue  # "at coldwell common school", "at kirkley fen infant school": a setting's name, the school recognizer's
            if gazetteer.fold(m.group("place")) in gazetteer.authorities()[0] or words_[0] in gazetteer.authorities()[0]:
                continue  # "in sunderland", "review in gateshead", "from warrington doesnt": a Local Authority identifies no family
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_start = text.rfind("\t", line_start, m.start()) + 1 or line_start  # a table's cell alone
            said = text.find(": ", line_start, min(line_start + 40, m.start()))
            line_start = said + 2 if said >= 0 else line_start  # "[00:00:27] Speaker 2: ..."
            around = text[max(line_start, m.start() - 80):m.start()]
            # (a setting's name just before, written with its capitals: "Eaton Brook Primary in st neots")
            around = SETTING_NAME_END.sub("", around)
            if not suffixed and not known and any(w[0].isupper() and w != "I" and not (w.isupper() and len(w) >= 2)
                                    for w in re.findall(r"[^\W\d_]+", around)):
                continue  # a writer who uses capitals would have written a place with one (an
                # abbreviation or a name's letters in capitals aside: "calls him TJ or tj ... in rosegrove")
            start = m.start("place")
            one_word = " ".join(w for w in (prefix, words_[0]) if w)  # ("south normanton" of "in south normanton on shifts")
            end = start + len(one_word) if len(words_) == 1 else m.end("place")
            # (and the street's own word after it: "the bus from bracken moor close")
            street = re.match(r"[ \t]+([a-z]+)(?![\w'’-])", text[end:end + 16])
            if street and street.group(1) in STREET_WORDS and len(words_) == 2:
                end += street.end()
            out.append(self._result(start, end, LOWER_CASE_SCORE, "lower-case"))
        for m in CAPITAL_ESTATE.finditer(text):  # "mum on the Abbey estate"
            keys = gazetteer.fold(m.group("name")).split()
            if not any(k in NOT_AN_ESTATE_NAME or k in self.gaz.calendar or k in gazetteer.kept_phrase_words()
                       or k in STREET_WORDS for k in keys):
                out.append(self._result(m.start("place"), m.end("place"), CONTEXT_SCORE, "context"))
        for m in LOWER_ESTATE.finditer(text):  # "she lives on the thornholme estate"
            word = m.group("name")
            if not (self._a_word(word, speak) or gazetteer.fold(word) in gazetteer.authorities()[0]):
                out.append(self._result(m.start("place"), m.end("place"), LOWER_CASE_SCORE, "lower-case"))
        return out

    def _a_word(self, word: str, speak: frozenset[str], slips: bool = True) -> bool:
        """A lower-case word that is no place's name: a dictionary's word or (``slips``) one typing slip
        from it, a stop word, text-speak, a month or a cue."""
        return self.gaz.is_english(word) or word in STOP_WORDS or word in speak or slips and self.gaz.near_english(word) \
            or word in self.gaz.calendar or self.gaz.is_cue(word)

    def _written_as_name(self, phrase: str, key: str) -> bool:
        # "Wales", "Broom", "Aston": ordinary words or ambiguous places need NER.
        if key in self.gaz.ambiguous:
            return False
        first = phrase.split()[0]
        if is_capitalised(first) or is_all_caps(first):
            return True
        if self.gaz.places.get(key) == gazetteer.NATIONAL:
            return False  # the country's places are looked for with their capital only
        # Lower-case in hurried notes ("posted to conisbrough"): only names that are no English word.
        return phrase.islower() and len(key) >= 5

    def _result(self, start, end, score, how):
        return make_result(self, LOCATION, start, end, score, how)
