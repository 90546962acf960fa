"""SCHOOL: schools, nurseries, colleges and other settings (and other named organisations).

Patterns catch the shapes settings are named in ("Oakwood Primary School", "Brinsworth Academy",
"Thomas Rotherham College", "St Bede's", "Riverside Pupil Referral Unit"); spaCy ORG/FAC spans add
what the patterns miss, at a lower score. Short forms defined in the text ("(OHS)") are linked by
the link stage, not here.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer
from spacy.lang.en.stop_words import STOP_WORDS

from redactor.detect import gazetteer
from redactor.detect.check import text_speak
from redactor.detect.words import (
    CLASS_NAME_WORDS, is_capitalised, names_a_class, ner_pieces, ner_span_is_noise, sentence_initial, strip_possessive,
    unwrapped,
)
from redactor.detect.nlp import apart, from_reader, reader_guess_holds
from redactor.detect.recognizers.base import make_result
from redactor.types import SCHOOL

PATTERN_SCORE = 0.85
SAINT_SCORE = 0.6
NER_SCORE = 0.5

# Spaces, or one line break: hard-wrapped text breaks names too ("Cortonwood Fields\nPrimary").
SP = r"(?:[ \u00a0]+|[ \u00a0]*\r?\n[ \u00a0>]*)"  # a quoted e-mail's line break too ("\n>>>> ")
# Words that describe a kind of setting: they end a setting's name.
KIND = (r"(?:Nursery" + SP + r"(?:&|and)" + SP + r"(?:Infants?|Primary)|Primary" + SP + r"(?:&|and)" + SP + r"Nursery|"
        # ("Bluebell Wood Nursery and Infant School", "Hollybank Primary and Nursery School")
        r"Primary|Prirnary|Junior|Juniors|Infant|Infants|Nursery|High|Secondary|Special|Grammar|"
        r"Community|Comprehensive|Church|C\.?\s?of\s?E\.?|CE|RC|Catholic|Methodist|Free|Studio|"
        r"J\s?&\s?I|Junior" + SP + r"(?:&|and)" + SP + r"Infants?|Pre-?[Ss]chool|Day" + SP + r"Nursery|"
        r"Sixth" + SP + r"Form|"
        # a church school's status in brackets: "St Hilda's CE (VA) Primary School"
        r"\((?:VA|VC|Aided|Controlled)\))")
# Kinds that name a setting without "School" after them ("Oakwood Primary", "Ferham J&I",
# "Westcroft Infant and Junior").
# (a scan's "rn" for an "m": "Hallcross Acaderny", "Moorgate Prirnary")
# ("Eastgate Junior/Infant", "Ashfield Primary/Nursery": two kinds of one setting)
STRONG_KIND = (r"(?:(?:Juniors?|Infants?|Primary|Nursery)/(?:Juniors?|Infants?|Primary|Nursery)|Infants?" + SP + r"(?:&|and)" + SP + r"(?:Juniors?|Nursery)|Primary|Prirnary|Prim|Pri|Comp|Jnr|Jnrs|Acad\.?|C\.?\s?of\s?E|CofE|Junior|Juniors|Infant|Infants|Nursery|High|Secondary|Grammar|"
               r"Comprehensive|J\s?&\s?I|Junior" + SP + r"(?:&|and)" + SP + r"Infants?)")
# A community primary by its letters: "names Kitcliffe CP in Section I" (a place's name, never a
# kind of cerebral palsy: "Spastic CP", "Ataxic CP", "Bilateral CP")
# (never a child-protection plan by its authority's name: "an Essex CP plan", "Lancashire CP
# procedures")
COMMUNITY_PRIMARY = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]+[ \t]+)?(?P<last>[A-Z][a-z]{3,})[ \t]+CP(?:[ \t]+School)?(?![\w'’-])"
                               r"(?![ \t]+(?i:plans?|procedures?|conferences?|registers?|meetings?|reviews?|policy|"
                               r"policies|process|processes|concerns?|referrals?|enquiry|enquiries|investigations?|"
                               r"threshold|medicals?|category|team|coordinator|chair|status|core[ \t]+group)\b)")
# (a trust first: "Ninesprings Multi Academy Trust" is one name, not an academy and a word)
ENDING = (r"(?:(?:Learning|Academy|Academies|Multi-?Academy|Education|Schools)" + SP + r"Trust|"
          # a trust or partnership of schools: "Ridgeway Schools Partnership", "Don Valley Schools
          # Partnership Trust"; a centre that teaches those out of school: "Albion Education Centre"
          r"(?:Schools|Learning|Education|Educational)" + SP + r"Partnership(?:" + SP + r"Trust)?|Education" + SP + r"Centre|"
          r"School" + SP
          + r"Hub|School|Academy|Acaderny|College|Nursery|Pre-?[Ss]chool|Pupil" + SP + r"Referral" + SP + r"Unit|"
          # (a centre's own nursery: "Marsden Sands Children's Centre Nursery")
          # (an alternative provision named by its letters: "The Beacon AP Centre")
          r"PRU|AP" + SP + r"(?:Centre|Center|Hub|Base|Unit)|Children'?s" + SP + r"Centre(?:" + SP + r"Nursery)?|Learning" + SP + r"(?:Centre|Hub)|Free" + SP + r"School|"
          # Leeds's specialist schools: "Oakridge SILC" (Specialist Inclusive Learning Centre)
          r"SILC|Specialist" + SP + r"Inclusive" + SP + r"Learning" + SP + r"Centre|"
          # a toddler group: "Little Treasures Stay & Play"
          r"Stay" + SP + r"(?:&|and)" + SP + r"Play|"
          # a short-breaks unit: "Brambles Short Break Centre", "Larch House Respite Unit"
          r"Short" + SP + r"Breaks?" + SP + r"(?:Centre|Unit|House)|Respite" + SP + r"(?:Centre|Unit)|"
          # ... and a club on a day of the week: "Sparkle Saturday Club"
          r"(?:Saturday|Sunday)" + SP + r"Club|"
          r"Sixth" + SP + r"Form(?:" + SP + r"(?:College|Centre))?|"  # ("Wentbridge Sixth Form Centre")
          # a college's or a school's post-16 site: "the Hopwood Lane Post-16 Centre"
          r"Post-?16" + SP + r"(?:Centre|Hub|Unit|Provision|Campus)|"
          # settings a child goes to outside school: "Haven Holiday Club", "Cinderhill Youth Club"
          r"(?:Holiday|Youth|Breakfast|After[- ]School|Kids|Homework)" + SP + r"Club|Play[- ]?[Ss]cheme|"
          # ... a club for a sport, a family hub or centre: "Dolphins SEN Swim Club", "Kingstone Family Hub"
          r"(?:Swim(?:ming)?|Sports?|Football|Gym(?:nastics)?|Boxing|Dance|Drama|Judo|Karate|Trampoline)" + SP + r"Club|"
          r"Family" + SP + r"(?:Hub|Centre)|"
          # a childminder's setting: "Little Owls Childminding", "Acorn Childminders"
          r"Childminding|Childminders|"
          # a tutoring business: "Bright Letters Tuition"; a skills or training centre, a youth theatre
          r"Tuition(?:" + SP + r"Centre)?|Tutoring|(?:Skills|Training|Vocational)" + SP + r"Centre|Youth" + SP + r"Theatre|"
          # a school's own unit named in full: "Rainbow Resource Base", "Oakfield Nurture Group"
          r"Resource" + SP + r"Base|Resourced?" + SP + r"(?:Provision|Unit)|Nurture" + SP + r"(?:Group|Base|Room)|"
          # a specialist setting by its kind: "Castle Lane Specialist Provision"; a first school's short
          # form: "Wey Meadows First Sch"
          r"Specialist" + SP + r"Provision|(?:First|Middle|Upper|Primary|Infant|Junior)" + SP + r"Sch\.?|"

          # a hospital school: "Ashdene Hospital & Home Education Service"
          r"(?:Hospital|Home|Medical" + SP + r"Needs)(?:" + SP + r"(?:&|and)" + SP + r"Home)?" + SP + r"Education"
          + SP + r"Service)")
# A capitalised name word (not a kind word), with inner apostrophes, hyphens, ampersands.
# Capitalised function words ("Incompatible With Secondary Licenses", "Transfer To Secondary")
# join no setting's name.
FUNCTION_WORDS = r"(?:With|For|From|To|Into|In|On|At|By|Or|Under|Over|Than|Without)\b"
FUNCTION_WORD = re.compile(r"(?<=\s)" + FUNCTION_WORDS)
# (a word is taken whole, never given back: a run of hyphened capitals, "AB-CD-EF-...", is read in
# one pass, not once a letter)
NAME = rf"(?:St\.|(?!{FUNCTION_WORDS})[A-Z][A-Za-z'’\-]*+|&)"  # no digits: "Y4 Cherrytree Lane Primary"
# What follows "High" where it is no place's word: "High Needs Unit", "High Dependency Unit"
HIGH_NOT_A_PLACE = frozenset("Needs Dependency Support Ability Achievers Performance Performing Incidence Risk "
                             "Intensity Functioning Quality Court Tariff Level".split())
# ... and the school's kinds a place's "High" may come before: "High Stoop Primary School"
HIGH_PLACE_KIND = r"(?:Primary|School|Schoo[1l]|Academy|College|Infants?|Juniors?|Nursery|Prim|Pri)"
# Generic words that cannot be a setting's whole distinctive name.
GENERIC = frozenset("""
The the A An This That His Her Their Our Your Its Current Previous Former New Another Any Each Every
Local Mainstream Independent Specialist Resourced Enhanced Integrated Additional State Maintained Special Primary Secondary High
Nursery Infant Junior Community Catholic Church Free Alternative Provision Hospital Home Parent
Year Reception Key Stage Named Preferred Proposed Both Same Different Next Local Authority
Consultant Paediatrician Senior Head Deputy Acting Assistant Teacher Headteacher SENCO SENCo
Can Could Would Should Does Did Do Is Was Are Were Has Have Had Might Must Shall Please Why When Where
What How If So But And Also Then Yes No Ask Asked Email Ring Call Contact Tell Highly
Maybe Perhaps Possibly Probably Hopefully Ideally
Adult Further Continuing Outdoor
""".split())

SETTING_RE = re.compile(
    rf"(?<![\w'’-])(?:(?:St\.?|Saint){SP})?{NAME}(?:{SP}(?:{NAME}|of|the|and|upon|on|le|en)){{0,11}}?"
    rf"(?:{SP}{KIND})*{SP}{ENDING}(?:{SP}(?:&|and){SP}(?:Sixth{SP}Form|Pre-?[Ss]chool))?"
    # (a college named for what it teaches: "Farnborough College of Technology")
    rf"(?:(?<=College){SP}of{SP}(?:Technology|Further{SP}Education|FE|Arts?(?:{SP}(?:&|and){SP}Design)?|Sciences?|"
    rf"Agriculture|Music|Performing{SP}Arts|Art{SP}(?:&|and){SP}Technology))?(?![a-z])"  # never "The Old Schoolroom"
    rf"|(?<![\w'’-])(?:(?:St\.?|Saint){SP})?{NAME}(?:{SP}{NAME}){{0,3}}(?:{SP}{STRONG_KIND}(?![\w'’]))+"
)
SAINT_RE = re.compile(r"(?<![\w'’])(?:St\.?|Saint)[ \u00a0]+[A-Z][a-z]+(?:'s|’s|s)?(?:[ \u00a0]+(?:and|&)"
                      r"[ \u00a0]+(?:St\.?[ \u00a0]+)?[A-Z][a-z]+(?:'s|’s|s)?)?(?![\w'’])"
                      # ... or after Our Lady, a school's name with no kind after it: "wants Our Lady of
                      # Walsingham named", "Our Lady and St Joseph's", "Our Lady's"
                      r"|(?<![\w'’])Our[ \u00a0]+Lady(?:'s|’s|[ \u00a0]+(?:of|Queen[ \u00a0]+of)[ \u00a0]+(?:the[ \u00a0]+)?"
                      r"[A-Z][a-z]+(?:[ \u00a0]+[A-Z][a-z]+)?|[ \u00a0]+(?:and|&)[ \u00a0]+St\.?[ \u00a0]+[A-Z][a-z]+(?:'s|’s|s)?)"
                      r"(?![\w'’])")
# A supplementary school named after its kind: "Madrassa Taleem-ul-Quran", "MADRASSA NOOR-UL-HUDA"
# ... and a prison or young offender institution, where a young person is educated: "HMYOI Aldersyke"
KIND_FIRST = re.compile(r"(?<![\w'’])(?:Madrass?ah?|MADRASS?AH?)[ \t]+[A-Z][\w'’]*(?:-[A-Za-z]+)*"
                        r"(?:[ \t][A-Z][\w'’]*(?:-[A-Za-z]+)*){0,2}"
                        r"|(?<![\w'’])(?:HMP(?:[ \t]*(?:&|and|/)[ \t]*YOI)?|HMYOI|HM[ \t]YOI)[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?")
# A place of worship named after its kind, where a child may learn or be known: "Gurdwara Sikh
# Sangat Calder Vale", "Masjid Al-Noor", "Jamia Masjid Ghausia"
WORSHIP_FIRST = re.compile(r"(?<![\w'’])(?:Jamia[ \t]+)?(?:Gurdwara|Gurudwara|Masjid|Mandir)[ \t]+"
                           r"(?P<name>[A-Z][\w'’]*(?:-[A-Za-z]+)*(?:[ \t][A-Z][\w'’]*(?:-[A-Za-z]+)*){0,4})")
# Hurried notes: "st ann's J&I", "oakwood primary", "at brinsworth academy".
LOWER_RE = re.compile(
    r"(?<![\w'’])(?:(?:st|saint)[ \u00a0]+[a-z]+(?:'s|’s)(?:(?:[ \u00a0]+(?:catholic|c of e|ce|rc|methodist))?[ \u00a0]+(?i:j&i|primary|school|academy|nursery|juniors?|infants?)"
    r"|(?![ \u00a0]+(?:day|wort|ambulance|church|cathedral|flag|cross|parade|night|eve|hospital)\b))"  # never "st patrick's day"
    r"|(?:st|saint)[ \u00a0]+[a-z]+(?:'s|’s|s)?(?:[ \u00a0]+(?:catholic|c of e|ce|rc|methodist))?[ \u00a0]+"
    r"(?:j&i|primary|school|academy|nursery|juniors?|infants?|high school|college)"
    r"|[a-z][a-z'’\-]{3,}(?:[ \u00a0]+[a-z][a-z'’\-]{2,})?[ \u00a0]+"
    r"(?:(?:primary|juniors?|infants?)(?:[ \u00a0]+(?:school|academy))?|j&i|academy|nursery|high school|secondary school|college))(?![\w'’])")
# "at st josephs": a saint's school in lower case, its apostrophe left out, after a word of where
# (or anywhere, its saint one schools are named after: "basically st brides have said", "shes at st saviours")
LOWER_SAINT = re.compile(r"(?:\b(?P<lead>at|to|from|attends|attending|attended|into)[ \t]|(?<![\w'’.-]))"
                         r"(?P<saint>st[ \t]+(?P<root>[a-z]{3,})s(?P<kind>(?:[ \t]+(?:r[ \t]?c|c[ \t]of[ \t]e|ce|catholic|"
                         r"primary|juniors?|infants?|high|academy|college|school)(?![\w'’-]))*))(?![\w'’])")
SAINTS_WORDS = frozenset("bride saviour mary anne john peter paul michael margaret george andrew david patrick bede wilfrid "
                         "edmund alban helen catherine teresa clare chad aidan cuthbert hilda oswald swithun benedict "
                         "augustine dominic bernadette bartholomew stephen giles leonard lawrence martin cyprian edward "
                         "hugh werburgh withburga joseph matthew mark luke james anselm ambrose gregory bernard philip "
                         "vincent winefride wilfred joan monica agnes bridget brigid columba kentigern mungo ninian piran "
                         "botolph etheldreda brendan kevin".split())
SAINT_NOT_SETTING_AFTER = re.compile(r"[ \t]+(?i:day|council|road|street|lane|avenue|close|way|hospital|church|ward|"
                                     r"ambulance|park|station|centre|square)\b")
# "she liked the base (the Nest)": a unit's name in brackets after the word for it
# (or after the school it is part of: "Hollinwell Academy (The Nest)")
UNIT_IN_BRACKETS = re.compile(r"\b(?:(?i:base|unit|hub|provision|room|space)|Academy|School|Primary|College|Juniors|Infants)"
                              r"[ \t]*\((?i:the)[ \t]+(?P<name>[A-Z][a-z]{2,})\)")
# ... or in quotes after any base or unit: 'specialist ASD base "The Hive"', 'Learning Support base "The Cabin"'
UNIT_IN_QUOTES = re.compile(r"\b(?i:base|unit|hub|provision|room|space)[ \t]*\(?[ \t]*[\"“‘'](?P<name>The[ \t]+[A-Z][a-z]{2,}"
                            r"(?:[ \t]+[A-Z][a-z]{2,})?)[\"”’']")
# "stay at coldwell common school": a lower-case name before "school", its first word no word
LOWER_SCHOOL_RE = re.compile(r"\b(?:at|to|from|in|into|attends?|attending|attended)[ \t]+"
                             r"(?P<name>([a-z][a-z'’]{3,})((?:[ \t]+[a-z][a-z'’]{2,})?)[ \t]+school)(?![\w'’])")
# "i put ashcarr high first", "offered him grange view academy": without a word before it, a
# name no dictionary has (five letters or more) before the kind of setting, in lower case
# (and a family hub or children's centre: "kerry from the sandiacre family hub")
LOWER_KIND_RE = re.compile(r"(?<![\w'’@./-])(?P<name>([a-z]{5,})(?![\w'’])((?:[ \t]+[a-z][a-z'’]{2,})?)[ \t]+"
                           r"(?:school|high|primary|academy|juniors|infants|college|nursery|family[ \t]+(?:hub|centre)|"
                           r"learning[ \t]+centre|"
                           r"children['’]?s[ \t]+centre))(?![\w'’-])")
# ... and a family hub or children's centre named by two words of the dictionary, after a word of
# where: "shannon from stoke bridge family hub" (never "the local family hub", "our early help hub")
LOWER_HUB_RE = re.compile(r"\b(?:at|to|from|in|into|the)[ \t]+(?P<name>(?P<first>[a-z]{3,})[ \t]+(?P<second>[a-z]{3,})[ \t]+"
                          r"(?:family[ \t]+(?:hub|centre)|children['’]?s[ \t]+centre))(?![\w'’-])")
HUB_NOT_NAME = frozenset("early help area town village city council district locality north south east west "
                         "central nearest usual big little main family hub virtual borough dads mums parents online "
                         "digital county".split())
# "at Saltersby Park school": a Capitalised name, then the kind of setting in lower case
NAME_THEN_LOWER_KIND = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){0,2})[ \t]+"
                                  r"(?:(?:community|primary|high|secondary|infant|junior|special)[ \t]+)?"
                                  # (or a centre's or a hub's: "Sunbeam children's centre", "Howletch family hub")
                                  r"(?:school|primary|academy|nursery|college|children['’]s[ \t]+centre|family[ \t]+hub)(?![\w'’-])")
# ... which, after a word of where, may be words of the dictionary: "the base at Bishops Court school"
_WHERE = r"(?:at|to|from|into|attends|attending|attended)"
WHERE_BEFORE = re.compile(rf"\b{_WHERE}[ \t]+$")
HUB_WHERE_BEFORE = re.compile(r"\b(?:at|in|to|from|into|the)[ \t]+$")
LOWER_SCORE = 0.45
# words that say what a setting should be, never its name ("the nearest suitable mainstream secondary school")
WHAT_KIND = frozenset("suitable appropriate other alternative "
                      # (its size and where: "a large mainstream academy", "the small local primary")
                      "large small big huge tiny local nearby nearest".split())
# A child's year group, then the setting she is in it at, in lower-case writing: "he's in year ten at
# range more park academy", "tyler's yr 8 at dene heights now", "in year five at per beck heath um"
YEAR_AT = re.compile(r"\b(?:year|yr|y)[ \t]?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"thirteen)[ \t]+at[ \t]+(?:the[ \t]*\r?\n?[ \t]*|(?=[a-z]))"
                     r"(?P<name>[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){0,3})")
# the words that end a setting's name, said or written lower case ("... academy", "dene heights")
SCHOOL_WORDS = frozenset("school academy primary college high juniors junior infants infant nursery campus".split())
NAME_END_KINDS = SCHOOL_WORDS | {"secondary"}  # (the kind's own words after a name: "... secondary school")
LOWER_SETTING_END = SCHOOL_WORDS | frozenset("heights heath fields field park vale grange hall view hill brook bridge "
                                             "green wood lane croft moor edge".split())
# A child's details in a case list, her setting after her year group: "(mum of Archie, Y1, Grove Fields)",
# "ZH (Zayan, Y2, Banstead Pk)", "Kacper, Y4, Carlingcott Lane, autism dx"
YEAR_THEN_SETTING = re.compile(r"\b(?:Y|Yr|Year)[ \t]?\d{1,2},[ \t](?P<name>[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+\.?){0,3})"
                               r"(?=[ \t]*(?:[,;)]|\(|\r?\n|$|[ \t][-–][ \t]))")
# A setting by its letters where a child is at it, goes or is wanted, its kind's letter last: "PEX 31/10
# from KMA", "off-rolling at CRA", "Mr P at OVPS", "Parents want KVHS / The Harbour" (never a kept body's
# or a council's letters, a shop's or a game's: "at NAS", "from CAMHS", "to UCAS", "works at ASDA", "best at FIFA")
SETTING_LETTERS_AT = re.compile(r"\b(?:at|from|to|attends?|attending|attended|into|wants?|wanted|prefers?|named|consulted|"
                                r"consulting|(?i:senco|sendco|head|headteacher|deputy|dht|ht))[ \t]+"
                                # (or after whose school it is in brackets: "Mr Okonedo (SENCo HRA)")
                                r"(?P<code>[A-Z]{2,3}A|[A-Z]{2}(?:HS|PS|JS|IS)|[A-Z]{1,2}GS)(?![\w'’&-])")
# (the letters of bodies, agencies, shops and games no list keeps, of the shapes above: "to STA",
# "from ESFA", "at ASDA", "best at FIFA")
NOT_SETTING_LETTERS = frozenset("ESA DLA PTA ISA SSA NCA LGA STA ESFA DVLA DSA FSA EFA EHA CSA "
                                "FIFA UEFA NBA NASA USA ASDA IKEA".split())
# A community primary by its letters, where a child is at it: "EC Yr 6 at Goss Moor CP", "(Y4, Willow Bank CP)"
# (never a plan's: "on a CP plan", "at risk of CP")
NAME_THEN_CP = re.compile(r"(?:\b(?:at|to|from|attends?|attending|attended)[ \t]+|\b(?:Y|Yr|Year)[ \t]?\d{1,2},[ \t])"
                          r"(?P<name>[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+){0,2}[ \t]+CP)(?![\w'’-])"
                          r"(?![ \t]+(?i:conference|plan|meeting|register|review|case|core|investigation|procedures?|enquiry)\b)")
# A setting with its kind's letters in brackets after it: "Kingfisher House (ISP)", "Meadow Lodge (INMSS)"
KIND_IN_BRACKETS_AFTER = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+){0,2}[ \t]"
                                    r"(?:House|Lodge|Hall|Centre|Grange|Court|Park|Manor|View|Farm|Barn))[ \t]*"
                                    r"\((?:ISP|INMSS|NMSS|ISS|AP|PRU|ERB|SRP|ARP|(?i:(?:independent|indep\.?|specialist)[ \t]+"
                                    r"(?:school|provision|setting|college|placement)))\)")
SETTING_ABBREVIATED_ENDS = frozenset("pk rd acad prim sch jnr inf".split())
YEAR_AT_NOT = frozenset("moment minute time start end beginning weekend age point referral college sixth uni "
                        "university home school least present weekends night".split())
# the first words of a lower-case name the pattern above began too late, after a word of where
LOWER_NAME_AHEAD = re.compile(rf"\b{_WHERE}[ \t]+" r"(?P<words>[a-z]{2,}(?:[ \t]+[a-z]{2,})?)[ \t]+$")
# "school (hollowgate)": a setting's name given in brackets after the word for it.
# A setting written only as its initials, ending in its kind's letter (Primary, School, Academy,
# College, High, Junior, Infants, Nursery), where only a setting stands: before its staff's role
# ("(HFP SENCO)", "HFP's head"), after a child's year group ("(Y2, HFP)", "Y1 @ MPP")
SETTING_INITIALS = (
    re.compile(r"(?<![\w'’./&-])(?P<code>[A-Z]{2,3}[PSACHJIN])(?=(?:['’]s)?[ \t]+(?:SENCO|SENDCo|SENDCO|senco|head|"
               r"Head|headteacher|Headteacher|HT|DSL|office|reception|staff)\b)"),
    re.compile(r"\b(?:Y|Yr|Year)[ \t]?\d{1,2}[ \t]?(?:,|@|at)[ \t]{0,2}(?P<code>[A-Z]{2,3}[PSACHJIN])(?![\w'’/&-])"),
)
NAMED_IN_BRACKETS = re.compile(
    # ("Cody now at PRU (Cedar Lodge)")
    r"\b(?:school|nursery|academy|college|setting|provision|PRU|pupil[ \t]+referral[ \t]+unit)\s*\(\s*([A-Za-z][\w'’\-]{3,}"
    r"(?:\s[A-Za-z][\w'’\-]+)?)\s*\)", re.IGNORECASE)
# A setting named only by what is said of it: "Attends Little Acorns 15 hrs", "on roll at
# Brinsworth", "starting nursery at oakdene in sept". The words after the cue are the name.
BY_CONTEXT = re.compile(
    r"(?i:\b(?:attends|attended|attending|attend|on roll at|enrolled at|started at|starts at|"
    r"starting at|placement at|place at|(?:nursery|school|college|pre-?school|setting) at|"
    # "Short breaks at Maple Lodge (one weekend a month)"
    r"(?:short[ \u00a0]breaks?|respite|overnight[ \u00a0]stays?)[ \u00a0]at))"
    r"[ \u00a0]+((?:[A-Z][\w'’\-]+|[a-z][a-z'’\-]{3,})(?:[ \u00a0][A-Z][\w'’\-]+){0,2})")
RESPITE_CUE = re.compile(r"(?i)short[ \u00a0]breaks?|respite|overnight")
# After "short breaks at", a time of year is when, not where: "Short breaks at Easter Time"
SEASON_WORDS = frozenset("easter christmas xmas summer winter spring autumn half term terms time times holiday "
                         "holidays hols weekend weekends week weeks".split())
# A setting a family wants, names or visits: "Mum wants Wexthorpe Park", "we visited Carrbrook"
# (capitalised: a person, a title or a place is left to their rules; the linker then finds "he go to
# Wexthorpe Park after Christmas")
# A school's own provision named like a place: 'resourced provision ("The Hive")', "the school's
# resourced unit, The Oaks", "attends The Nest resource base"
_UNIT_KIND = r"(?i:res(?:ource|\.)?[ \t]+base|resourced[ \t]+(?:provision|unit|base)|specialist[ \t]+(?:provision|unit)|" \
             r"enhanced[ \t]+(?:resource[ \t]+)?provision|(?:additionally[ \t]+)?resourced?[ \t]+provision|ARP|SRP|SRB|nurture[ \t]+(?:room|group|base|unit|provision)|(?:autism|communication)[ \t]+(?:base|unit|provision)|" \
             r"youth[ \t]+(?:group|club|fellowship|project|provision)|(?:holiday|after[ -]school|breakfast|homework|social|lunchtime)[ \t]+club|" \
             r"play[ \t]?scheme|(?:respite|short[ \t]+breaks?)[ \t]+(?:unit|home|centre|provision))"
# (never a subject's or a plan's: "The Maths unit", "The Plan for Respite", "The Offer for Short Breaks")
_UNIT_NAME = (r"[Tt]he[ \t]+(?!(?:Inclusion|Inclusive|Quiet|Calm|Therapy|Wellbeing|Pastoral|SEN|SEND|Student|Study|"
              r"Isolation|Reflection|Transition|Exclusion|Withdrawal|Intervention|Access|ASD|Social|Emotional|Time|"
              r"Adolescent|Secure|Deaf|Head|Emergency|Overnight|Police|Duty|Day|Night|Weekend|Holiday|"
              r"Hearing|Autism|Communication|Sensory|Support|Behaviour|Pupil|Sixth|Primary|"
              r"Secondary|Early|Foundation|Speech|Language|Visual|Physical|Medical|Enhanced|Additional|Hub|"
              r"Local|Family|Children|Specialist|Resource|Learning|Main|School|Same|New|Other|Nurture|Unit|Base|"
              r"Maths|Math|Science|English|History|Geography|Art|Music|Computing|French|Spanish|German|Reading|Writing|"
              r"Phonics|Topic|Curriculum|Teaching|Plan|Review|Offer|Policy|Assessment|Application|Form|Guidance|"
              r"Budget|Funding|Panel|Team|Service|Council|Authority|Report)\b)[A-Z][a-z]+")
# ... or called so: "a different base called The Lighthouse", "a room known as The Pod"
# (its article capitalised: "the unit called the Police" is a call)
UNIT_CALLED = re.compile(r"\b(?i:base|unit|hub|provision|room|space|centre)[ \t]+(?:called|named|known[ \t]+as)[ \t]+(?P<name>"
                         + _UNIT_NAME.replace("[Tt]he", "The", 1) + r")(?![\w'’-])")
# ('Enhanced Resource Provision "The Burrow"', 'ARP - Communication base "The Harbour"': its name in quotes)
UNIT_AFTER_KIND = re.compile(_UNIT_KIND + r"[ \t]*(?:,[ \t]*[\"“‘']?|\([ \t]*[\"“']?|[ \t]+[\"“']|[ \t]+(?:called|named|known[ \t]+as)[ \t]+[\"“']?)"
                             r"(?P<name>" + _UNIT_NAME + r")(?![\w'’-])")
# ... or the kind said after it: "at The Loft, the youth group that meets at ..."
UNIT_THEN_KIND = re.compile(r"(?P<name>" + _UNIT_NAME + r")[ \t]*,[ \t]*(?i:the|our|a|their)[ \t]+(?:[a-z]+[ \t]+)?"
                            + _UNIT_KIND + r"(?![\w'’-])")
# ("The Willows unit @ Oakwell Vale", "The Willows (resourced provision)", "The Willows (Oakwell Vale ARP)")
UNIT_BEFORE_KIND = re.compile(r"(?P<name>" + _UNIT_NAME + r")[ \t]+(?:" + _UNIT_KIND + r"|(?i:(?:resource|resourced|learning|specialist)[ \t]+)?(?:unit|base)|for[ \t]+(?i:short[ \t]+breaks?|respite)|\((?:[^()\n]{0,30}[ \t])?"
                              + _UNIT_KIND + r"\))(?![\w'’-])")
# A house, unit or school named by its trees, as English places are ("at The Willows", "the
# Beeches"): a capital on the trees (the willows by the river are trees)
TREES_NAME = re.compile(r"(?<![\w'’-])(?P<name>[Tt]he[ \t]+(?:Willows|Beeches|Oaks|Limes|Elms|Hollies|Poplars|Laurels|"
                        r"Maples|Cedars|Firs|Pines|Birches|Chestnuts|Sycamores|Rowans|Hawthorns|Larches|Alders|Hazels|Yews))"
                        r"(?![\w'’-])")
# A web form's answer in lower case: "School or setting: st withburgas", "nursery: little owls"
LOWER_SCHOOL_FIELD = re.compile(r"(?im)^[ \t>*-]*(?:(?:child'?s|current|your[ \t]+child'?s)[ \t]+)?(?:school(?:[ \t]*(?:or|/)[ \t]*setting)?|"
                                r"setting|nursery|college|school[ \t]+name|name[ \t]+of[ \t]+school)[ \t*]*:[ \t*]*"
                                r"(?P<name>(?-i:[a-z][a-z'’&.-]*(?:[ \t]+[a-z][a-z'’&.-]*){0,4}))[ \t]*\r?$")
# (a resourced base's kind in brackets: "(ASC resourced provision)")
_RESOURCED_KIND = r"(?:[A-Za-z]{2,6}[ \t]+)?(?i:resourced|resource|specialist|enhanced)[ \t]+(?i:provision|base|unit)"
# ... or with its kind of placement in brackets: "The Harbour Centre (AP)", "The Bridge (PRU)"
UNIT_WITH_PLACEMENT = re.compile(r"(?P<name>" + _UNIT_NAME + r"(?:[ \t]+(?:Centre|Center|Project|House|Hub|Unit|Base|"
                                 r"Academy|School|Campus|Lodge))?)[ \t]*\((?i:AP|PRU|alternative[ \t]+provision|"
                                 r"pupil[ \t]+referral[ \t]+unit|EOTAS|tuition|SILC|ARP|SEMH|independent|"
                                 + _RESOURCED_KIND + r")\)")
# A base named as a place is, before its kind in brackets: "Harbour Base (ASC resourced provision)"
# (never a base named by what it does: "Learning Base", "Support Base")
# A resourced provision named by its own words and the letters of its kind, as a duty log writes it:
# "wants Stepping Stones ARP named" (never "the Autism ARP", "an ASD SRP": what it is, no name)
# (or its kind in lower case: "Bushy Heath School (Lime Tree resource base)")
UNIT_BY_ITS_LETTERS = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+){0,2})[ \t]+"
                                 r"(?:ARP|SRP|SRB|resourced?[ \t]+(?:base|provision|unit))(?![\w'’-])")
_GENERIC_UNIT_WORD = (r"(?:Resource|Interaction|Resourced|Learning|Support|Inclusion|Nurture|Autism|ASD|Sensory|Specialist|Enhanced|"
                      r"Hearing|Communication|Behaviour|Pupil|Student|School|Main|Home|Outreach|Therapy|Provision|The|"
                      r"Family|Community|Youth|Health|Wellbeing|Children|Early|Parent|Education|SEND|SEN|Training|Evidence|"
                      r"Knowledge|Data|Skills|Study|Day|Respite|Assessment|Medical|Army|Air|Naval|Military|Customer|Fan|"
                      r"Client|Tax|Code|Power|Sixth|Year|Key|Stage|Engagement|Sports?|Isolation|Pastoral|Centre|Center|"
                      r"Tuition|Reintegration|Intervention|Enrichment|Access|Achievement|Progress|Hospital|Language|"
                      r"Speech|Vision|Visual|Physical|Emotional|Social|Mental|Alternative|Flexible|Vocational|"
                      r"Transition|Reading|Maths|English|Science|Music|Art|Forest|Outdoor|Careers|Sensory|Calm|Quiet|"
                      r"Safe|Wellness|Exclusion|Behavior|Inclusive|Integrated|Hub|Base|Unit|"
                      # (a council's or a health service's team: "The Admissions Unit", "The Safeguarding Hub";
                      # a phase or a need: "the Deaf base", "Junior base")
                      r"Admissions?|Placements?|Tribunal|Safeguarding|Parenting|Local|Virtual|Digital|Adolescent|"
                      r"Transport|Finance|Complaints|Commissioning|Deaf|Primary|Secondary|Junior|Senior|Infant|"
                      r"Lower|Upper|Nursery)\b")
# A base, unit or hub named as a place is, before what it is for: "the Cleveland Gate ASD base",
# "Oakfield autism unit", "tutor via Peak Outreach Hub", "Tickford Tuition Centre" (never a council's,
# named by its town: "Sheffield Autism Hub")
NAMED_NEED_UNIT = re.compile(r"(?<![\w'’-])(?P<name>(?P<own>(?!" + _GENERIC_UNIT_WORD + r")[A-Z][a-z]{2,}(?:[ \t]+(?!"
                             + _GENERIC_UNIT_WORD + r")[A-Z][a-z]{2,})?)[ \t]+(?P<kind>(?:ASD|ASC|SEMH|SLCN|MLD|SpLD|"
                             r"(?i:autism|communication|hearing|sensory|resourced?|enhanced|specialist|outreach|tuition|"
                             r"inclusion|nurture))[ \t]+(?i:base|unit|hub|centre)))(?![\w'’-])")
# A need's base named in quotes after its letters ('ASD resource base, “the Hive”', 'SEMH hub, "The Burrow"'),
# and a base named before the school's room it is ("The Bridge, the school's inclusion room")
NEED_BASE_QUOTED = re.compile(r"\b(?:ASD|ASC|SEMH|SLCN|SpLD|MLD|autism|inclusion|nurture)[ \t]+(?:resource[ \t]+)?"
                              r"(?i:base|unit|hub|room)[ \t]*,?[ \t]*\(?[ \t]*(?:[\"“‘'](?P<name>[Tt]he[ \t]+[A-Z][a-z]{2,}"
                              r"(?:[ \t]+[A-Z][a-z]{2,})?)[\"”’']"
                              # (or unquoted with its own capital, between commas: "ASD base, The Hive, is full")
                              r"|(?P<bare>The[ \t]+[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})?)(?=[ \t]*[,)]))")
BASE_THEN_SCHOOLS_ROOM = re.compile(r"(?<![\w'’-])(?P<name>The[ \t]+[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})?),[ \t]+the[ \t]+"
                                    r"school['’]s[ \t]+(?i:inclusion|nurture|sensory|calm|quiet|wellbeing|ASD|SEMH)[ \t]+"
                                    r"(?i:room|base|unit|hub)(?=[ \t]*(?:[.,;:)]|\r?\n|$)|[ \t]+(?:where|which|and|for|at|in|on)\b)")
# An alternative provision named by its own words before its letters: "School pushing Pathways AP
# mornings", "Horizons PRU" (never a kind or a town's: "Offsite AP", "Local AP", "Bridgwater PRU")
AP_KINDS = frozenset("motor vehicle car bike building trade trades skills work works training farm forest hair "
                     "beauty construction animal care sports music art media catering".split())
AP_QUALIFIERS = frozenset("offsite onsite external internal registered unregistered interim commissioned temporary "
                          "some more less no full".split())
NAMED_AP = re.compile(r"(?<![\w'’-])(?P<own>(?!" + _GENERIC_UNIT_WORD + r")[A-Z][a-z]{3,}(?:[ \t]+(?!" + _GENERIC_UNIT_WORD
                      + r")[A-Z][a-z]{2,})?)[ \t]+(?:AP|PRU)(?![\w'’-])")
# words that say which or what kind a unit is, never its name: "Independent Specialist Provision",
# "Mainstream ASD base", "Our ASD base", "Current SEMH hub"
UNIT_QUALIFIERS = frozenset("""independent maintained mainstream appropriate suitable current previous proposed another
each our this that these those any alternative physical disability mental local new existing named preferred additional
full part same different other secure residential day weekly termly specialist specialised separate small large
nearest nearby suggested recommended possible their his her your my its the a an""".split())
NAMED_BASE = re.compile(r"(?<![\w'’-])(?P<name>(?!" + _GENERIC_UNIT_WORD + r")[A-Z][a-z]{2,}[ \t]+Base)[ \t]*\("
                        + _RESOURCED_KIND + r"\)")
# A setting's named base after its school and a dash ("Greenacre Academy – Compass Base"), and a
# named hub or base a pupil attends as alternative provision ("Bridges Hub (AP)")
_NAMED_UNIT = (r"(?P<name>(?!" + _GENERIC_UNIT_WORD + r")[A-Z][a-z]{2,}(?:[ \t]+(?!" + _GENERIC_UNIT_WORD
               + r")[A-Z][a-z]{2,})?[ \t]+(?:Base|Hub|Unit))(?![\w'’-])")
# ... or named with its article, a Capital on each word: "visited Hollowmead Academy and The Beacon Base"
THE_NAMED_UNIT = re.compile(r"(?<![\w'’-])(?P<name>The[ \t]+(?!" + _GENERIC_UNIT_WORD + r")[A-Z][a-z]{2,}[ \t]+(?:Base|Hub|Unit))"
                            r"(?![\w'’-])")
# (or a comma: "Year 9 – Thamesbrook School, Meadow Base (specialist resource ...)")
UNIT_AFTER_SETTING = re.compile(r"\b(?:Academy|School|College|Primary|High)(?:[ \t]+[–—-]|,)[ \t]+(?:the[ \t]+|The[ \t]+)?"
                                + _NAMED_UNIT)
# ... or as the school speaks of it: "welcoming her into Year 8 in our Cedar Base"
UNIT_OF_OURS = re.compile(r"\b(?:in|at|to|into|from|joins?|joined)[ \t]+our[ \t]+" + _NAMED_UNIT)
# ... or where a pupil goes, its kind in lower case or not: "Mason in Kingfisher base (SRP)", "back to
# Orchard base", "with support from the Compass Base", "friends mainly through Compass Base"
UNIT_GONE_TO = re.compile(r"\b(?:in|at|to|into|from|through|joins?|joined|attends?|attending)[ \t]+(?:the[ \t]+)?"
                          r"(?P<name>(?!" + _GENERIC_UNIT_WORD + r")[A-Z][a-z]{2,}[ \t]+[Bb]ase)(?![\w'’-])")
# ... or its name given in brackets after its kind in lower case: 'the inclusion base ("the Bridge")',
# "the nurture room (The Nest)"
UNIT_NAME_IN_BRACKETS = re.compile(r"\b(?:base|unit|room|hub|provision|resource)[ \t]*\([ \t]*[\"“'‘]?(?:the|The)[ \t]+"
                                   r"(?P<name>(?!" + _GENERIC_UNIT_WORD + r")[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})?)"
                                   r"[\"”'’]?[ \t]*\)")
# A school's room named as its classes are, by a tree, a bird or a flower: "in the Willow Room",
# "go to the Rainbow Room" (never "the Quiet Room", "the Staff Room": ``CLASS_NAME_WORDS``)
ROOM_GONE_TO = re.compile(r"\b(?:in|at|to|into|from|use|uses|using)[ \t]+the[ \t]+(?P<name>(?P<word>[A-Z][a-z]{2,})[ \t]+Room)(?![\w'’-])")
ROOM_NAME_WORDS = CLASS_NAME_WORDS | frozenset("""rainbow sunshine sunflower bluebell daisy poppy primrose acorn
butterfly dragonfly ladybird owl hedgehog squirrel fox badger otter kingfisher puffin heron starling swallow
sparrow dolphin lighthouse harbour orchard meadow""".split())
# ... wherever the school's words name it, after its article or its school's "our" (a line's quote
# marks between them too): "a quiet base at break (the Kingfisher Room)", "they have the Kingfisher
# base", "with Mrs Begum in the\n> Sunflower Room"
ROOM_NAMED = re.compile(r"\b(?:the|The|our|Our)[ \t]*(?:\r?\n[ \t>]*)?[ \t]*(?P<name>(?P<word>[A-Z][a-z]{2,})[ \t]+(?:Room|room|Base|base))"
                        r"(?![\w'’-])")
# A nurture room by the word schools give one, Capitalised in a sentence: "go to the Nest with Miss
# Fenwick", "eat in the Nest on Tuesdays"
NURTURE_ROOM = re.compile(r"\b(?:to|in|into|at|from|use|uses|using)[ \t]+the[ \t]+(?P<name>Nest|Hive|Burrow|Snug|Cocoon|"
                          r"Hideaway)(?![\w'’-])")
# A named centre, room or base before its kind in lower case: "Cliffe Hill Academy (Compass Centre
# learning support base)"
UNIT_BEFORE_LOWER_KIND = re.compile(r"(?<![\w'’-])(?P<name>(?!" + _GENERIC_UNIT_WORD + r")[A-Z][a-z]{2,}[ \t]+(?:Centre|Room|Base|Hub))"
                                    r"[ \t]+(?:learning[ \t]+support|nurture|inclusion|resourced?|specialist|SEN|SEMH|ASC|"
                                    r"autism|enhanced)[ \t]+(?:base|provision|unit|room|centre)\b")
# A nursery or a pre-school by its own two words, its kind in lower case after them, in a sentence:
# "she goes to Little Owls preschool in Warndon", "his sister is at Acorn Tree nursery" (one word is
# what it is more often than its name: "a Polish nursery", "an Outstanding nursery", "Thursday nursery")
NURSERY_LOWER_KIND = re.compile(r"(?<=[a-z,][ \t])(?P<name>(?!" + _GENERIC_UNIT_WORD + r"|Montessori|Private|Council|Day|"
                                r"Sure|Start|Local|Her|His|Their|My|Our|This|That|Same|Other|Another|Maintained|Independent|"
                                r"Registered|Funded|Outstanding|Good|Catholic|Church|Christmas)[A-Z][a-z]{2,}"
                                r"[ \t]+(?!" + _GENERIC_UNIT_WORD + r")[A-Z][a-z]{2,}[ \t]+(?:nursery|pre-?school))(?![\w'’-])")
CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+\Z")
UNIT_AS_PROVISION = re.compile(r"(?<![\w'’-])" + _NAMED_UNIT + r"[ \t]*\((?:AP|PRU|(?i:alternative[ \t]+provision))\)")
# A nursery named as nurseries are, words of their own and a plural ("Little Acorns", "Busy Bees"),
# and the site it is at ("Little Acorns @ Mill House"); never at a sentence's start
NURSERY_NAME = re.compile(r"(?<=[a-z0-9,;:(][ \t])(?P<name>(?:Little|Tiny|Busy|Happy|Teddy|Rainbow|Sunshine|Bright|Precious)[ \t]+"
                          r"[A-Z][a-z]{2,}s)(?P<site>[ \t]+@[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})?(?![\w'’-])")
NURSERY_BEFORE = re.compile(r"\b(?:at|attends|attended|attending|goes[ \t]+to|nursery|setting|placement)[ \t]+$")
# Schools ranked on a preference form, said as a parent says it: "we put elizabethan first and idle
# valley second" (never "put him first", "put safety first")
RANKED = re.compile(r"\bput[ \t]+(?P<name>(?!(?:him|her|them|it|us|me|you|the|a|an|his|her|my|our|their|your|this|that|"
                    r"family|safety|education|children|kids|health|needs|everything|nothing|something|people|myself|"
                    r"himself|herself|ourselves|yourself|down|up|in|on|forward|back|off|out|away)\b)[A-Za-z][a-z'’-]{2,}"
                    r"(?:[ \t](?!(?:first|second|third)\b)[A-Za-z][a-z'’-]{2,})?)[ \t]+(?:as[ \t]+)?(?:first|second|third|1st|2nd|3rd)\b")
RANKED_CUE = re.compile(r"(?i)\b(?:school|schools|secondary|primary|college|nursery|academy|preference|preferences|"
                        r"choice|choices|list|form|application|apply|applied|placement|setting|naming|named)\b")
RANKED_NEXT = re.compile(r"[ \t]*(?:,[ \t]*|[ \t]+)(?:(?:and|then)[ \t]+)?(?P<name>[A-Za-z][a-z'’-]{2,}(?:[ \t](?!(?:second|third)\b)[A-Za-z][a-z'’-]{2,})?)"
                         r"[ \t]+(?:second|third|2nd|3rd)\b")
# An e-mail's display name that a school's domain spells: "Brackenfield Office <office@brackenfield-academy.sch.uk>"
DISPLAY_NAME = re.compile(r"(?<![\w@.'’-])(?P<name>[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,4})[ \t]*"
                          r"<[\w.+'-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)>")
SCHOOL_DOMAIN = re.compile(r"\.sch\.uk$|academy|school|college|nursery|primary|infant|junior", re.IGNORECASE)
KIND_WORDS = frozenset("academy school primary college nursery infant infants junior juniors federation "
                       "high secondary pre-school preschool".split())
# ... or its kind in its name: "The Willows Short Breaks, Ackworth", "The Beeches Respite Centre"
UNIT_NAMED_KIND = re.compile(r"(?P<name>" + _UNIT_NAME + r"(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:Short[ \t]+Breaks?|"
                             r"Respite(?:[ \t]+(?:Centre|Unit|Home|Service))?))(?![\w'’-])")
WANTED = re.compile(
    r"(?i:\b(?:wants?|wanted|transfer[ \u00a0]+to|visited|named))"
    r"[ \u00a0]+((?-i:[A-Z][\w'’\-]+)(?:[ \u00a0](?-i:[A-Z][\w'’\-]+)){0,2})")
# A setting the authority consulted (or did not), as the law has it consult schools: "Forest Edge
# were never formally consulted", "the LA consulted Brook Vale", "consultation with Oak Hill"
CONSULTED = re.compile(
    r"(?<![\w'’-])((?-i:[A-Z][\w'’\-]+)(?:[ \u00a0](?-i:[A-Z][\w'’\-]+)){0,2})[ \u00a0]+(?:were|was|have[ \u00a0]been|"
    r"has[ \u00a0]been|had[ \u00a0]been)[ \u00a0]+(?:(?:never|not|only|also|formally|properly|even|finally)[ \u00a0]+){0,2}consulted\b"
    r"|(?i:\b(?:consulted|consult|consulting|consultation[ \u00a0]+with))[ \u00a0]+((?-i:[A-Z][\w'’\-]+)"
    r"(?:[ \u00a0](?-i:[A-Z][\w'’\-]+)){0,2})")
# A case heading's setting and place in brackets after the child: "### SIAS/25/0418 - Andrei D.
# (Heathercombe, Kinson) - GL" (a first name there is the child's, left to the person rules)
HEADING_SETTING_PLACE = re.compile(r"(?m)^[ \t]*(?:#{1,6}|\*\*)[^\n(]{3,80}\((?P<name>[A-Z][a-z'’-]{3,}(?:[ \t][A-Z][a-z'’-]+){0,2}),"
                                   r"[ \t]*(?P<place>[A-Z][a-z'’-]+(?:[ \t-][A-Z][a-z'’-]+){0,2})\)")
# ... never a service or a body ("Speech Therapy was consulted", "Neighbouring Authorities")
CONSULTED_NOT_SETTING = frozenset("therapy therapies psychology psychologist offending youth authorities authority "
                                  "neighbouring health social care services service team teams panel colleagues "
                                  "agencies agency partners professionals".split())
# A setting named before its own staff role: "- Aldwick Park SENCO Debbie Kettle", "Carrbrook head said"
BEFORE_ITS_ROLE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]+(?:[ \u00a0][A-Z][a-z'’-]+){0,2})[ \u00a0]+"
    r"(?=(?:SENCO|SENDCo|SENDCO|Senco|Sendco|DSL|headteacher|Headteacher|head[ \u00a0]teacher|"
    r"Head[ \u00a0]Teacher|head|Head|deputy[ \u00a0]head|Deputy[ \u00a0]Head|office|reception)\b)")
CONTEXT_SCORE = 0.6
LIST_JOIN = re.compile(r"(?<!\s)\s+(?:and|&|\+|/)\s+(?:the\s+)?|,\s*(?!(?:Inc|Ltd|LLC|LLP|plc)\b)"
                       r"|(?<!\s)\s+(?:to|for|with|from|at|by|in|into)\s+")  # "Signposted to Parent Carer Forum"
# A digit standing for a letter inside a word of a scanned letter: 1 for l, 0 for o.
OCR_DIGIT = re.compile(r"(?<=[A-Za-z])[10](?=[a-z'’])|(?<=[a-z])1(?![\w'’])|(?<![\w'’])0(?=[a-z]{2})")
# A line all in capitals (a letterhead, a heading), two words or more.
OCR_CAPS_DIGIT = re.compile(r"(?<=[A-Z])0+(?=[A-Z])")
CAPS_LINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z'’&.\-]*(?:[ \t]+(?:[-–|:][ \t]+)?(?:[A-Z0-9][A-Z0-9'’&./\-]*|&))+[ \t]*$")
LOWER_NOT_NAME = frozenset("""
a an the his her their our your my its this that mainstream local special specialist new current
previous former old another any each every state maintained independent free catholic church
community secondary primary high nursery infant junior sixth further education the school at to
in from for and or of with go goes went going attend attends attended start started starting
move moved moving into onto back same different nearest nearer near closer closest good outstanding
""".split())
# What a school is called by its kind, its faith, its pupils or what it teaches, never by its name:
# two such words before "school" are no name ("at private boarding school", "to sunday school").
# Two other words of the dictionary are ("at castle mead school", "to oak tree school").
KIND_OF_SCHOOL = frozenset("""
private boarding grammar comprehensive faith village sunday saturday weekend summer holiday night
evening drama dance music art ballet language driving riding swimming football sports medical law
nursing hospital forest home big little middle upper lower senior first prep preparatory day
residential alternative pupil referral public normal regular proper right wrong whole full next
last sister feeder partner named preferred chosen catchment nearest girls boys mixed single sex
deaf blind autism autistic polish english welsh bible after before modern ordinary usual
islamic muslim jewish hebrew arabic quran koran steiner montessori
time term year class choice medium arts creative gaelic break lunch play tutor registration autumn spring
one two three four five six seven eight nine ten eleven twelve thirteen fourteen
""".split())
# "school" that opens the next clause is no name's end: "at break time school staff ignored him"
SCHOOL_ACTS = re.compile(r"[ \t]+(?:staff|say|says|said|is|are|was|were|lets|let|do|does|did|refused|refuse|won['’]?t|"
                         r"want|wants|ignored|rang|called|keep|keeps|kept|think|thinks|told|have|has|had|can|can['’]?t|will)\b")

# What a child does at a setting, between her name and its kind: "tyler starts nursery", "mia loves college"
STARTS_AT = frozenset("starts started begins began joins joined leaves left loves loved likes liked hates hated "
                      "misses missed finishes finished attends attended goes went enjoys enjoyed refuses refused "
                      "dreads dreaded adores adored quit skips skipped needs needed visited tried does did".split())

# What ends the name of a document or a law, a firm ("... Foundation, Inc", "Castlegate Law LLP")
# or a public body, never a setting, when it ends an organisation NER finds.
DOCUMENT_HEADS = frozenset("""
license licence licenses licences act acts regulation regulations directive agreement treaty
convention version policy framework statement guidance code
inc incorporated corp corporation llc llp ltd limited plc company
parliament court courts tribunal department ministry agency commission government
team teams service services forum board panel partnership network helpline appeal appeals
admissions transport
""".split())


# What NER reads as an organisation and no setting is: a post box, a post's title, a nation
NOT_A_SETTING = re.compile(r"(?i)\bP\.?\s?O\.?\s?Box\b|(?:(?:\bco-?ordinator|\bofficer|\bmanager|\badministrator|"
                           r"\badviser|\badvisor|\blead|\bassistant|worker|\bpractitioner)$)|^(?:England|Wales|Scotland|"
                           r"Ireland|Northern Ireland|Britain|Great Britain|United Kingdom|UK|England (?:and|&) Wales)$"
                           # an NHS trust by its place: "School nurse, Oxford Health" (no setting is named so)
                           r"|^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\sHealth$"
                           # ... or by its kind: "West Suffolk NHS Foundation Trust", "Oxford University Hospitals",
                           # "Dorset HealthCare", and a carers' or an advice body: "Suffolk Family Carers"
                           r"|\bNHS\b|\b(?:Foundation\s)?Trust$|\bHospitals$|\bHealth[Cc]are$|\b(?:Family\s|Young\s)?Carers$"
                           r"|\bCitizens\sAdvice\b"
                           # ... nor a council's service: "Oxfordshire County Council Children's Social Care"
                           r"|^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:(?:County|City|Borough|District)\s)?Council\b"
                           # ... nor a contact's label a log's cell opens with: "Tel in", "Tel out", "Mob"
                           r"|^(?:Tel|Tele|Mob|Fax|Email|E-mail)$")

# A post named by the kind of setting that opens its line: "Lorraine Tait\nSchool Business Manager"
# (a signature's job title under a name, no setting)
POST_AFTER_KIND = re.compile(r"[ \t]+(?:Business[ \t]+Manager|Office[ \t]+Manager|Nurse|Administrator|Manager|Secretary|"
                             r"Receptionist|Governor|Counsellor|Liaison[ \t]+Officer|Support[ \t]+Officer|Admin)\b")


def _a_verb(text: str, at: int) -> bool:
    """Whether the word in -s at ``at`` is a verb, by its subject before it ("he finds secondary
    school", "Jack loves primary"; not "meadows academy", "to willows primary")."""
    before = re.search(r"([A-Za-z'’]+)[ \t]+$", text[max(0, at - 30):at])
    if not before:
        return False
    word = before.group(1)
    return word.lower() in ("he", "she", "it", "who", "son", "daughter", "child") or word[:1].isupper() \
        and word.lower() not in STOP_WORDS


class SchoolRecognizer(EntityRecognizer):
    """Named schools, nurseries, colleges and other settings."""

    def __init__(self, generic_words: frozenset[str] = frozenset(), supported_language: str = "en"):
        # allow-listed single words ("CAMHS", "SENCO"): never a setting's name or its first word
        self.allowed = frozenset(w.lower() for w in generic_words)
        # the words of the kept vocabulary's phrases ("Cognition" of "Cognition and Learning")
        self.kept_words = gazetteer.kept_phrase_words()
        super().__init__(supported_entities=[SCHOOL], name="SchoolRecognizer",
                         supported_language=supported_language)

    def load(self) -> None:  # the patterns are compiled at import
        self.english, self.places = gazetteer.load().english, gazetteer.load().places

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        for m in SETTING_RE.finditer(text):
            if re.search(r"\n[ \t]*\S+$", m.group()) and POST_AFTER_KIND.match(text, m.end()):
                continue  # the kind alone opens its line before a post's words: a job title
            span = self._trim(text, *self._last_lines(text, m.start(), m.end()))
            if span:
                out.append(self._result(*span, PATTERN_SCORE, "pattern"))
        for m in KIND_FIRST.finditer(text):
            out.append(self._result(m.start(), m.end(), PATTERN_SCORE, "kind-first"))
        for m in KIND_IN_BRACKETS_AFTER.finditer(text):
            out.append(self._result(m.start("name"), m.end("name"), PATTERN_SCORE, "kind-in-brackets"))
        gaz = gazetteer.load()
        for m in SETTING_LETTERS_AT.finditer(text):
            code = m.group("code")
            if code.lower() not in self.allowed and code not in gazetteer.glossary_letters() \
                    and code not in gazetteer.council_acronyms() and not gaz.is_cue(code) and code not in NOT_SETTING_LETTERS:
                out.append(self._result(m.start("code"), m.end("code"), CONTEXT_SCORE, "letters"))
        for m in NAME_THEN_CP.finditer(text):
            words_ = m.group("name").split()[:-1]
            if not any(gazetteer.fold(w) in self.allowed or w in GENERIC or gaz.is_cue(w) for w in words_):
                out.append(self._result(m.start("name"), m.end("name"), PATTERN_SCORE, "pattern"))
        for m in YEAR_THEN_SETTING.finditer(text):
            words_ = m.group("name").split()
            keys = [gazetteer.fold(w.rstrip(".")) for w in words_]
            whole = gazetteer.fold(m.group("name"))
            if whole in gaz.places or whole in self.allowed or any(k in self.allowed or gaz.is_cue(w) for k, w in zip(keys, words_)):
                continue  # "Y6, Pudsey": the town; "Y3, Autism dx", "Y7, SEN support": no setting
            if keys[-1] in LOWER_SETTING_END or keys[-1] in SETTING_ABBREVIATED_ENDS or not all(gaz.is_english(k) for k in keys):
                out.append(self._result(m.start("name"), m.end("name"), PATTERN_SCORE, "after-year"))
        for m in WORSHIP_FIRST.finditer(text):
            words = m.group("name").split()
            while words and (gaz.is_english(words[-1]) or words[-1] in GENERIC):
                words.pop()  # "Gurdwara Management Committee": the words after it name no place
            if words:
                end = m.start("name") + len(" ".join(words))
                out.append(self._result(m.start(), end, PATTERN_SCORE, "kind-first"))
        for m in COMMUNITY_PRIMARY.finditer(text):
            last = gazetteer.fold(m.group("last"))
            if not last.endswith(("ic", "al", "ed", "ia", "ar", "oid")) and not gaz.is_english(last) \
                    and not gaz.near_english(last) and last not in self.allowed and last not in gazetteer.authorities()[0]:
                # ("names Kitcliffe CP": a word of the sentence before the name is no part of it)
                first_word = gazetteer.fold(m.group().split()[0])
                out.append(self._result(m.start("last") if gaz.is_english(first_word) else m.start(), m.end(),
                                        PATTERN_SCORE, "pattern"))
        for m in SAINT_RE.finditer(text):
            out.append(self._result(m.start(), m.end(), SAINT_SCORE, "saint"))
        for m in (m for rx in SETTING_INITIALS for m in rx.finditer(text)):
            code = m.group("code")
            if code.lower() not in self.allowed and code.lower() not in self.english \
                    and not gazetteer.load().is_cue(code) and code not in gazetteer.council_acronyms():
                out.append(self._result(m.start("code"), m.end("code"), SAINT_SCORE, "initials"))
        for m in NAMED_IN_BRACKETS.finditer(text):
            words = m.group(1).lower().split()
            if m.group(1).islower() and all(gazetteer.load().is_english(w) or w in text_speak()
                                            or gazetteer.load().near_english(w) for w in words):
                continue  # "Fernlea Hall School (indep)": what kind it is, no name
            if all(w.islower() and (gazetteer.load().is_english(w) or w in text_speak() or gazetteer.load().near_english(w))
                   or w.lower() in self.allowed or w in gazetteer.glossary_letters() for w in m.group(1).split()):
                continue  # "Swanborough Lodge School (indep ASC)": its kind and the need it meets, no name
            if not any(w in STOP_WORDS or w in LOWER_NOT_NAME for w in words):
                out.append(self._result(m.start(1), m.end(1), SAINT_SCORE, "named-in-brackets"))
        for m in BY_CONTEXT.finditer(text):
            unit = bool(RESPITE_CUE.search(m.group()))
            span = self._named_by_context(text, m.start(1), m.end(1), unit=unit)
            if span:
                out.append(self._result(*span, CONTEXT_SCORE, "context"))
        gaz = gazetteer.load()
        for m in BEFORE_ITS_ROLE.finditer(text):
            words = m.group("name").split()
            first = gazetteer.fold(words[0])
            if gaz.is_title(words[0]) or first in gaz.first_names or first in STOP_WORDS \
                    or sentence_initial(text, m.start()) and len(words) == 1:
                continue  # "Mrs Kettle SENCO", "Debbie SENCO", "The head"
            if all(gaz.is_english(w) or w.lower() in self.allowed for w in words):
                continue  # "Primary SENCO", "Trust Head"
            span = self._named_by_context(text, m.start("name"), m.end("name"))
            if span:
                out.append(self._result(*span, CONTEXT_SCORE, "context"))
        for m in YEAR_AT.finditer(text):
            words = m.group("name").split()
            if words[0] in LOWER_NOT_NAME or words[0] in YEAR_AT_NOT or words[0] in KIND_OF_SCHOOL \
                    or words[0] in text_speak():
                continue  # "in year 6 at the moment", "at the same school", "y13 at college"
            # to the word that ends a setting's name, whatever small words a transcript heard in it
            # ("range more park academy", "per beck heath"), else to the first small word
            ends = [i for i, w in enumerate(words) if w in LOWER_SETTING_END]
            if ends and not any(w in ("um", "er", "erm", "uh") or w in YEAR_AT_NOT for w in words[:ends[0]]):
                last = ends[0]
                while last + 1 < len(words) and words[last + 1] in SCHOOL_WORDS and words[last] not in SCHOOL_WORDS:
                    last += 1  # "woodland view school"
                kept = words[:last + 1]
            else:
                kept = []
                for w in words:
                    if w in STOP_WORDS or w in YEAR_AT_NOT:
                        break  # "dene heights now he hates it"
                    kept.append(w)
            if not kept or words[0] in STOP_WORDS and len(kept) < 2:
                continue  # "at all", "at once"
            # (words of the dictionary only where they end as a setting's name does)
            if (kept[-1] in LOWER_SETTING_END or not all(gaz.is_english(w) for w in kept)) \
                    and " ".join(kept) not in self.allowed:
                end = m.start("name") + [w.end() for w in re.finditer(r"\S+", m.group("name"))][len(kept) - 1]
                out.append(self._result(m.start("name"), end, LOWER_SCORE, "lower-case"))
        for m in LOWER_SAINT.finditer(text):
            root = m.group("root")
            phrase = gazetteer.fold(m.group("saint")[:len(m.group("saint")) - len(m.group("kind"))])
            if any(v in gaz.places or v in gazetteer.authorities()[0] for v in (phrase, phrase.replace("st ", "st. ", 1),
                                                                                 phrase.replace("st ", "saint ", 1))) \
                    or SAINT_NOT_SETTING_AFTER.match(text, m.end()):
                continue  # "we live in st helens", "st albans council", "st patricks day": a town, a council, a feast
            if (m.group("lead") or m.group("kind")) and (root in gaz.first_names or root + "e" in gaz.first_names) \
                    or root in SAINTS_WORDS or root + "e" in SAINTS_WORDS:
                out.append(self._result(m.start("saint"), m.end("saint"), CONTEXT_SCORE, "saint"))
        for m in [*UNIT_AFTER_KIND.finditer(text), *UNIT_BEFORE_KIND.finditer(text), *UNIT_THEN_KIND.finditer(text),
                  *UNIT_IN_BRACKETS.finditer(text), *UNIT_IN_QUOTES.finditer(text), *UNIT_NAMED_KIND.finditer(text),
                  *UNIT_CALLED.finditer(text), *TREES_NAME.finditer(text),
                  *UNIT_WITH_PLACEMENT.finditer(text), *NAMED_BASE.finditer(text),
                  *UNIT_AFTER_SETTING.finditer(text), *UNIT_AS_PROVISION.finditer(text), *UNIT_OF_OURS.finditer(text),
                  *UNIT_GONE_TO.finditer(text), *UNIT_NAME_IN_BRACKETS.finditer(text),
                  *(m for m in THE_NAMED_UNIT.finditer(text) if not sentence_initial(text, m.start())),
                  *(m for m in ROOM_GONE_TO.finditer(text) if m.group("word").lower() in ROOM_NAME_WORDS),
                  *(m for m in ROOM_NAMED.finditer(text) if m.group("word").lower() in ROOM_NAME_WORDS),
                  *NURTURE_ROOM.finditer(text), *UNIT_BEFORE_LOWER_KIND.finditer(text),
                  *(m for m in NAMED_NEED_UNIT.finditer(text) if self._named_unit(m)),
                  *(m for m in NAMED_AP.finditer(text) if self._named_ap(m, text)),
                  *NEED_BASE_QUOTED.finditer(text), *BASE_THEN_SCHOOLS_ROOM.finditer(text),
                  *(m for m in NURSERY_LOWER_KIND.finditer(text)
                    if not CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start())
                    and not any(gazetteer.fold(w) in gazetteer.CALENDAR for w in m.group("name").split()))]:
            if m.re in (UNIT_AS_PROVISION, UNIT_OF_OURS) and CAPITALISED_BEFORE.search(text, max(0, m.start("name") - 30),
                                                                                      m.start("name")):
                continue  # (the end of a longer name: "Inclusion Centre Hub (AP)" is no "Centre Hub")
            if m.re is NAMED_NEED_UNIT and m.group("kind").islower():
                # (its kind in lower case is what it is, kept: "Brookfield Park autism base", "the Oakfield
                # autism unit"; "ASD base" and "Outreach Hub" are written as its name is)
                out.append(self._result(m.start("own"), m.end("own"), CONTEXT_SCORE, "unit"))
                continue
            if m.re is NAMED_AP:
                out.append(self._result(m.start("own"), m.end("own"), CONTEXT_SCORE, "unit"))
                continue
            if m.re is NEED_BASE_QUOTED and m.group("name") is None:
                out.append(self._result(m.start("bare"), m.end("bare"), CONTEXT_SCORE, "unit"))
                continue
            out.append(self._result(m.start("name"), m.end("name"), CONTEXT_SCORE, "unit"))
        for m in UNIT_BY_ITS_LETTERS.finditer(text):
            own = m.group("name").split()
            if not any(re.fullmatch(_GENERIC_UNIT_WORD, w) or w.lower() in self.allowed or gazetteer.fold(w) in KIND_WORDS
                       for w in own) and not (len(own) == 1 and sentence_initial(text, m.start())):
                # (its kind in lower case kept, the name alone taken: "Lime Tree resource base")
                end = m.end("name") if m.group().endswith(("base", "provision", "unit")) else m.end()
                out.append(self._result(m.start("name"), end, CONTEXT_SCORE, "unit"))
        for m in LOWER_SCHOOL_FIELD.finditer(text):
            words_ = re.findall(r"[a-z]+", m.group("name"))
            if words_ and not all(gaz.is_english(w) or w in STOP_WORDS or w in self.allowed or w in text_speak()
                                  for w in words_):
                out.append(self._result(m.start("name"), m.end("name"), CONTEXT_SCORE, "field"))
        for m in RANKED.finditer(text):
            if not RANKED_CUE.search(text, max(0, m.start() - 120), m.start()):
                continue
            for ranked in (m, RANKED_NEXT.match(text, m.end())):  # "... and idle valley second"
                if not ranked or any(w.lower() in STOP_WORDS for w in ranked.group("name").split()):
                    break
                out.append(self._result(ranked.start("name"), ranked.end("name"), CONTEXT_SCORE, "ranked"))
        for m in NURSERY_NAME.finditer(text):
            if m.group("site") or NURSERY_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                out.append(self._result(m.start(), m.end(), CONTEXT_SCORE, "nursery"))  # never "plays Happy Families"
        for m in DISPLAY_NAME.finditer(text):
            if not SCHOOL_DOMAIN.search(m.group("domain")):
                continue
            spelled = re.sub(r"[^a-z]", "", m.group("domain").lower())
            local = re.sub(r"[^a-z]", "", m.group(0).rsplit("<", 1)[1].split("@")[0].lower())
            if re.sub(r"[^a-z]", "", m.group("name").split()[0].lower()) in local:
                continue  # "Hallam Jones <hallam.jones@hallamacademy.org.uk>": a person at her school
            words = list(re.finditer(r"[A-Za-z'’-]+", m.group("name")))
            end = None
            for w in words:  # the name's words the domain spells, and its kind ("Primary")
                key = re.sub(r"[^a-z]", "", w.group().lower())
                if key in spelled and len(key) >= 4 or key in KIND_WORDS and end is not None:
                    end = m.start("name") + w.end()
                else:
                    break
            first = gazetteer.fold(words[0].group())
            if end is not None and not gaz.is_english(first) and first not in gaz.first_names:
                out.append(self._result(m.start("name"), end, CONTEXT_SCORE, "display-name"))
        for m in WANTED.finditer(text):
            first = gazetteer.fold(m.group(1).split()[0])
            if first in gaz.first_names or first in gaz.surnames or gazetteer.fold(m.group(1)) in self.places \
                    or first in gaz.places or gaz.is_cue(first) or gaz.is_title(m.group(1).split()[0]):
                continue  # "wants Jayden to", "go to Maltby": a person's or a place's own rules
            span = self._named_by_context(text, m.start(1), m.end(1))
            if span:
                out.append(self._result(*span, CONTEXT_SCORE, "context"))
        for m in HEADING_SETTING_PLACE.finditer(text):
            keys = [gazetteer.fold(w) for w in m.group("name").split()]
            place = gazetteer.fold(m.group("place"))
            if (place in gaz.places or place in gazetteer.authorities()[0]
                    or not any(gaz.is_english(w) for w in m.group("place").split())) \
                    and any(not gaz.is_english(k) for k in keys) and not any(
                    k in gaz.first_names or k in gaz.places or k in self.allowed or gaz.is_cue(k) or k in gaz.calendar
                    for k in keys):
                out.append(self._result(m.start("name"), m.end("name"), CONTEXT_SCORE, "context"))
        for m in CONSULTED.finditer(text):
            group = 1 if m.group(1) else 2
            name = m.group(group).split()
            keys = [gazetteer.fold(w) for w in name]
            if keys[0] in gaz.first_names or keys[0] in gaz.surnames or keys[0] in gaz.places or keys[0] == "the" \
                    or any(k in gazetteer.kept_phrase_words() or k in CONSULTED_NOT_SETTING for k in keys) \
                    or gazetteer.fold(m.group(group)) in self.allowed or gazetteer.fold(m.group(group)) in self.places \
                    or any(w in GENERIC or gaz.is_cue(w) or gaz.is_title(w) or k in self.allowed
                           for w, k in zip(name, keys)):
                continue  # "Dr Shah was consulted", "Social Care were consulted": no setting
            span = self._named_by_context(text, m.start(group), m.end(group), unit=True)
            if span:
                out.append(self._result(*span, CONTEXT_SCORE, "context"))
        said = unwrapped(text)  # "at holmsea community\nprimary", "saint\nmichael's": one school a transcript wrapped
        for m in LOWER_RE.finditer(said):
            start, words = m.start(), m.group().split()
            if "\n" in text[m.start():m.end()] and words[0] not in ("st", "saint") \
                    and not LOWER_NAME_AHEAD.search(said, max(0, m.start() - 40), m.start()):
                continue  # "at home\nprimary school want a meeting": two lines, no name wrapped
            # "from wathley primary": the first word may be no name while the second is; "tyler starts
            # nursery": a verb between a child and the kind names no setting
            if len(words) >= 3 and words[0].lower() in LOWER_NOT_NAME | STOP_WORDS and words[0] not in ("st", "saint"):
                start = m.start() + m.group().index(words[1], len(words[0]))
                words = words[1:]
            if len(words) == 3 and words[1].lower() in STARTS_AT:
                continue
            first = words[0].lower()
            name = [w.lower() for w in words[:-1] if w.lower() not in ("high", "secondary")]
            before_kind = [w.lower() for w in words[:-1]]
            while before_kind and before_kind[-1] in NAME_END_KINDS:
                before_kind.pop()
            if before_kind and all(w in LOWER_NOT_NAME or w in KIND_OF_SCHOOL or w in WHAT_KIND for w in before_kind):
                continue  # "the nearest suitable mainstream secondary school": what kind, no name
            if first not in ("st", "saint") and (
                    # "plan for nursery", "support when college"; not "kelham more primary"
                    (gaz.is_english(first) or first in STOP_WORDS) and any(w in STOP_WORDS for w in name)
                    # "loves nursery", "sing nursery": before the kinds that are everyday nouns, one
                    # word of the dictionary is none ("oakdene nursery", "north cliff college" are)
                    or words[-1].lower() in ("nursery", "college") and len(name) == 1 and gaz.is_english(first)
                    # "finds secondary school", "loves primary", "started high school": a verb
                    # before the kind, no name ("oakwood primary", "valley high" are names)
                    # (a plural no verb: "meadows academy", "willows primary" are names)
                    or len(name) == 1 and gaz.is_english(first) and (
                        first.endswith(("ed", "ing")) or first.endswith("s") and _a_verb(text, start))
                    and first not in gaz.places):
                continue
            if first in ("st", "saint") or (first not in LOWER_NOT_NAME and first not in STOP_WORDS):
                # "at pen dean cross academy": a name's first words back to the word of where
                ahead = LOWER_NAME_AHEAD.search(text, max(0, start - 40), start)
                if ahead and not any(w in STOP_WORDS or w in LOWER_NOT_NAME for w in ahead.group("words").split()):
                    start = ahead.start("words")
                out.append(self._result(start, m.end(), LOWER_SCORE, "lower-case"))
        gaz = gazetteer.load()
        for m in NAME_THEN_LOWER_KIND.finditer(text):
            words = m.group("name").split()
            keys = [gazetteer.fold(w) for w in words]
            unlisted = any(not gaz.is_english(k) and k not in gaz.calendar and w not in GENERIC
                           and k not in gaz.first_names and k not in self.allowed for k, w in zip(keys, words))
            if (unlisted
                    # (a name of the dictionary's words after "at", before "school", none a kind of
                    # school: never "at Sunday school", "to Forest School", "at Mainstream school")
                    or m.group().endswith("school") and len(words) >= 2
                    and WHERE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                    and not any(k in KIND_OF_SCHOOL or k in LOWER_NOT_NAME or k in gaz.calendar or k in self.allowed
                                or k in STOP_WORDS for k in keys)
                    # (or before a family hub or a children's centre after a word of where: "meet again in
                    # the Sale Moor family hub"; never "at the Local family hub")
                    or m.group().endswith(("hub", "centre")) and HUB_WHERE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                    and not any(k in HUB_NOT_NAME or k in KIND_OF_SCHOOL or k in LOWER_NOT_NAME or k in gaz.calendar
                                or k in self.allowed or k in STOP_WORDS for k in keys)) \
                    and not words[-1].endswith(("'s", "’s")) and words[0] not in GENERIC:
                # (a hub of the dictionary's words by its name only, its kind kept: "the Sale Moor family hub")
                end = m.end("name") if not unlisted and m.group().endswith(("hub", "centre")) else m.end()
                out.append(self._result(m.start("name"), end, LOWER_SCORE + 0.1, "lower-kind"))
        for m in LOWER_HUB_RE.finditer(said):
            if not any(w in STOP_WORDS or w in LOWER_NOT_NAME or w in HUB_NOT_NAME or w in self.allowed
                       or w in text_speak() for w in (m.group("first"), m.group("second"))):
                out.append(self._result(m.start("name"), m.end("name"), LOWER_SCORE, "lower-case"))
        for m in [*LOWER_SCHOOL_RE.finditer(said), *LOWER_KIND_RE.finditer(said)]:
            first, second = m.group(2), m.group(3).strip()
            if m.re is LOWER_SCHOOL_RE and second and self._two_name_words(first, second) \
                    and not SCHOOL_ACTS.match(said, m.end("name")):
                out.append(self._result(m.start("name"), m.end("name"), LOWER_SCORE, "lower-case"))
            elif not (gaz.is_english(first) or gaz.near_english(first) or first in STOP_WORDS
                    or first in text_speak() or first in LOWER_NOT_NAME or first in self.allowed
                    or second in STOP_WORDS or second in STARTS_AT):  # "madrassa after school": a kept word, "after school"
                out.append(self._result(m.start("name"), m.end("name"), LOWER_SCORE, "lower-case"))
        # A scanned letter read by OCR writes 1 for l and 0 for o inside words ("St Wi1frid's
        # Catho1ic Primary Schoo1"): the patterns are run again over the text read as letters
        # (the same length, so the offsets hold).
        read = OCR_DIGIT.sub(lambda m: "l" if m.group() == "1" else "o", text)
        read = OCR_CAPS_DIGIT.sub(lambda m: "O" * len(m.group()), read)  # "VALLEY BR00K HIGH SCHOOL"
        if read != text:
            for m in SETTING_RE.finditer(read):
                if OCR_DIGIT.search(text, m.start(), m.end()):
                    span = self._trim(read, *self._last_lines(read, m.start(), m.end()))
                    if span:
                        out.append(self._result(*span, PATTERN_SCORE, "scanned"))
        for line in CAPS_LINE.finditer(read):
            # A letterhead in capitals ("HOLLOWGATE  ACADEMY"): read as if written in title case;
            # a heading ("WHAT I LIKE ABOUT SCHOOL") has no name word no dictionary knows.
            line_words = re.findall(r"[A-Za-z]+", line.group())
            titled = re.sub(r"[A-Z]+(?:['’][A-Z]+)?", lambda w: w.group()[0] + w.group()[1:].lower(), line.group())
            if len(line.group()) > 120 or all(gazetteer.load().is_english(w) or w.lower() in self.allowed
                                               or len(w) < 3 for w in line_words) \
                    and not self._setting_alone(titled, line_words):
                continue
            for m in SETTING_RE.finditer(titled):
                span = self._trim(titled, m.start(), m.end())
                if span:
                    # ("THE VANGE WICK ACADEMY": a letterhead's article opens its line and the name)
                    start = span[0] - 4 if re.fullmatch(r"[ \t]*THE ", line.group()[:span[0]]) else span[0]
                    out.append(self._result(line.start() + start, line.start() + span[1],
                                            PATTERN_SCORE, "capitals"))
        if nlp_artifacts:
            class_named: dict[str, bool] = {}
            for ent in nlp_artifacts.entities:
                if ent.label_ not in ("ORGANIZATION", "FACILITY"):
                    continue
                for piece_start, piece_end in ner_pieces(text, ent.start_char, ent.end_char):
                    # "Portage and the Family Hub": a list of names is read name by name
                    cuts = [piece_start] + [c for m in LIST_JOIN.finditer(text, piece_start, piece_end)
                                            for c in (m.start(), m.end())] + [piece_end]
                    for start, end in zip(cuts[::2], cuts[1::2]):
                        span = None if ner_span_is_noise(text, start, end) else self._trim(text, start, end)
                        word = text[span[0]:span[1]] if span else ""
                        if span and " " not in word and class_named.setdefault(
                                word, names_a_class(text, word, gazetteer.load().is_english)):
                            continue  # "Kestrel is my class" where "Class Kestrel" is written
                        if span and any(w in gazetteer.council_acronyms() for w in word.split()) \
                                or span and " " not in word and re.fullmatch(r"[A-Z]{1,4}i[A-Z]?C{1,2}", word):
                            continue  # "Chase SMBC AR decisions": the council's letters in NER's guess, no setting
                            # ("DCiC", a city council's letters in a log's LA column)
                        if span and NOT_A_SETTING.search(text[span[0]:span[1]]):
                            continue  # "PO Box", "Travel Training Co-ordinator", "England & Wales"
                        ner_words = text[span[0]:span[1]].split() if span else []
                        if len(ner_words) >= 2 and ner_words[-1] in STOP_WORDS:
                            continue  # "Tel in (ADV LINE)": a log's channel, its last word a function word
                        if len(ner_words) >= 2 and ner_words[-1] in ("school", "nursery", "college") and all(
                                gazetteer.load().is_english(w) for w in ner_words[:-1]):
                            continue  # "Rang school": a setting's kind in lower case after a word, no name
                        if span and from_reader(ent) and not reader_guess_holds(
                                text, ent, *span, _listed_place_or_name, setting=any(
                                    gazetteer.fold(w) in KIND_WORDS for w in word.split())):
                            continue
                        if span and not text[span[0]:span[1]].islower() \
                                and not self._ordinary_words(text[span[0]:span[1]]):  # "cert": NER's lower-case guess
                            out.append(make_result(self, apart(SCHOOL, ent), *span, NER_SCORE, "ner"))
        return out

    @staticmethod
    def _setting_alone(titled: str, line_words: list[str]) -> bool:
        """A letterhead line (read in title case) that is a setting's name and nothing else
        ("ASH GROVE ACADEMY"), even of dictionary words: no function word, and the name and its
        kind make the line."""
        if any(w.lower() in STOP_WORDS for w in line_words) or len(line_words) > 6:
            return False
        return SETTING_RE.fullmatch(titled.strip()) is not None

    def _named_by_context(self, text, start, end, unit=False):
        """The name after "attends" and the like, if it can be one: no ordinary English word
        in lower case ("attends regularly"), no generic word, month or day alone. After short
        breaks or respite (``unit``), two Capitalised words name the unit even when both are
        words ("short breaks at Windmill Lodge")."""
        words = text[start:end].split()
        while words and (gazetteer.fold(words[-1]) in gazetteer.CALENDAR or words[-1] in GENERIC
                         or gazetteer.fold(words[-1]) in STOP_WORDS):
            words.pop()  # "Little Acorns Monday", "Oakdene In"
        # "short breaks at The Willows", "attends The Nest": a place named by its article and a word
        named_the = len(words) >= 2 and words[0] == "The" and words[1][:1].isupper() and words[1] not in GENERIC \
            and gazetteer.fold(words[1]) not in self.allowed and gazetteer.fold(" ".join(words[1:])) not in self.allowed \
            and re.match(_UNIT_NAME + r"$", " ".join(words[:2])) is not None
        if named_the:
            return self._trim(text, start, start + len(" ".join(words))) if text.startswith(" ".join(words), start) else None
        if not words or words[0] in GENERIC or gazetteer.fold(words[0]) in STOP_WORDS:
            return None
        if words[0].islower() and (words[0] in self.english or words[0] in LOWER_NOT_NAME
                                   or all(gazetteer.load().is_english(p) for p in words[0].split("-") if p)):
            return None  # "attends regularly", "attends full-time"
        gaz = gazetteer.load()
        named_unit = unit and len(words) >= 2 and all(is_capitalised(w) for w in words) \
            and not any(w.lower() in SEASON_WORDS for w in words)
        if all(gaz.is_english(w) or w.lower() in self.allowed for w in words) and not named_unit \
                and gazetteer.fold(" ".join(words)) not in self.places:
            return None  # "attends Reception", "attends Breakfast Club", "attended Speech Therapy"
        if words[0].islower() and (words[0] in text_speak() or words[0].lower() in self.allowed):
            return None  # "attended appts", "attends physio"
        if len(words) == 1 and words[0].isupper():
            return None  # "attended CAMHS": a setting known by its initials is linked from its name
        if len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+['’]s", words[0]) and re.fullmatch(r"[A-Z]{2,6}s?", words[1]) \
                and gazetteer.fold(words[0][:-2]) in gaz.first_names:
            return None  # "attend Kai's AR", "attend Kai's EHCP review": his meeting, no setting
        joined = " ".join(words)
        if text.startswith(joined, start):
            end = start + len(joined)
        if words[0].islower():
            return strip_possessive(text, start, end)  # "at oakdene"
        return self._trim(text, start, end)

    def _two_name_words(self, first: str, second: str) -> bool:
        """Two words of the dictionary before "school", after a word of where, that can name one
        ("at castle mead school"): neither a kind of school, a function word, a kept word, a
        verb's or an adverb's form nor text-speak ("to private boarding school", "at his old
        school", "in high performing school", "at my mates school")."""
        return not any(w in STOP_WORDS or w in LOWER_NOT_NAME or w in KIND_OF_SCHOOL or w in self.allowed
                       or w in text_speak() or w.endswith(("ing", "ed", "ly", "'s", "’s")) or len(w) < 3
                       for w in (first, second))

    def _ordinary_words(self, span: str) -> bool:
        """An organisation NER finds that names no kind of setting and is made only of common
        English words ("License", "Derivative Works", "Legal Entity") is a defined term, not a
        school: a setting's name has a kind word ("Hillside Academy") or a distinctive word."""
        # (a header's joined words are read apart: "CaseRef", "LastContact", "ChildYP")
        words = [part for w in re.findall(r"[^\W\d_]+", span) if len(w) > 1  # "D. Preserve"
                 for part in (re.findall(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+", w) if re.search(r"[a-z][A-Z]", w) else [w])]
        if words and (words[-1].lower() in DOCUMENT_HEADS or FUNCTION_WORD.search(span)):
            return True  # "... Public License", "Incompatible With Secondary"
        if not words or re.search(r"\b(?:" + ENDING + "|" + STRONG_KIND + r")\b", span, re.IGNORECASE) \
                or gazetteer.fold(span) in self.places:
            return False
        # (a scan's "rn" for an "m" is the word: "Needs Assessrnent")
        if all(w.lower() in self.english or gazetteer.load().is_english(w) or w.lower() in self.allowed
               or w.lower() in self.kept_words or gazetteer.load().is_particle_compound(w)
               or gazetteer.load().scanned_word(w) for w in words):
            return True  # "Appropriate Legal Notices", "Installation Information", "Text/WhatsApp", "Callback"
        # A document or a law ("GNU Affero General Public License", "Directive 96/9/EC"), or a
        # bare abbreviation ("XML", "CC-BY-SA"): a setting known only by its initials is found
        # from its full name by the link stage.
        return all(w.isupper() for w in words)

    @staticmethod
    def _last_lines(text, start, end):
        """A match over line breaks keeps its last line, and the line before only when the last
        holds no name of its own: "Cortonwood Fields\nPrimary" whole, but only
        "Hollowgate Primary Academy" of a signature "Mrs Greaves\nHeadteacher\nHollowgate ..."."""
        lines = [m.end() for m in re.finditer(r"\r?\n", text[start:end])]
        if not lines:
            return start, end
        last = start + lines[-1]
        if re.search(NAME, re.sub(rf"{SP}?{KIND}|{SP}?{ENDING}", "", text[last:end]).replace("&", "")):
            return last, end
        return (start + lines[-2], end) if len(lines) > 1 else (start, end)

    def _trim(self, text, start, end):
        """Drop leading generic words ("The", "his") and a possessive; reject generic-only names."""
        # NER spans start or end on times, numbers and bullets ("3.45pm · Venue"): a setting's
        # name starts and ends with a capitalised word.
        while start < end and not (text[start].isupper() or text[start:start + 2] in ("St",)):
            nxt = text.find(" ", start, end)
            start = end if nxt == -1 else nxt + 1
        while end > start and not (text[end - 1].isalpha() or text[end - 1] in "'’"):
            end -= 1
        span = text[start:end]
        tokens = span.split()
        dropped = 0
        # An allow-listed word before the name is dropped ("WhatsApp Chat"); before a kind word
        # only an abbreviation is ("CAMHS Primary"), not a town ("Doncaster North College").
        named_kind = re.search(rf"(?:{ENDING}|{STRONG_KIND})$", span) is not None
        # (a name all in capitals has no abbreviation to tell by its capitals: "MEADOW VIEW PRIMARY")
        # (never a place's own "High" before its name: "High Stoop Primary School", "High Lane Primary")
        # (and a joining word left at the front by one: "Head of School" is a role, no setting)
        while tokens and tokens[:2] != ["Our", "Lady"] and not self._high_place(tokens) and (
                tokens[0] in GENERIC or tokens[0].islower() or self._verb_opening(text, start + dropped, tokens)
                or (tokens[0].lower() in self.allowed
                                         and (tokens[0].isupper() and not span.isupper() or not named_kind))):
            dropped += len(tokens[0])
            tokens.pop(0)
            while start + dropped < end and text[start + dropped].isspace():
                dropped += 1
        start += dropped
        # a worker's role in capitals between her name and her setting: "Sarah Yeo SENCo Portishead Bay
        # Primary" (the setting starts after it)
        role = next((i for i, t in enumerate(tokens[:-2]) if i and (t.isupper() or gazetteer.MIXED_CASE_ABBREVIATION.fullmatch(t)
                                                                    or t in ("SENCo", "SENDCo"))
                     and gazetteer.load().is_cue(t.upper()) and not span.isupper()), None)
        if role is not None:
            start = text.index(tokens[role + 1], text.index(tokens[role], start) + len(tokens[role]))
            tokens = tokens[role + 1:]
        if not tokens or all(t in GENERIC or re.fullmatch(ENDING + "|" + KIND, t) for t in tokens) \
                or re.fullmatch(ENDING, " ".join(tokens)):  # "the Youth Club": a kind, no name
            return None
        if sum(c.isalpha() for c in " ".join(tokens)) < 2:
            return None  # "B" of "Parent B": no setting's name is one letter
        if all(re.sub(r"['’].*$", "", t).lower() in STOP_WORDS for t in tokens):
            return None  # "I'm" left of "Insta I'm": a pronoun and its verb, no setting
        return strip_possessive(text, start, end)

    @staticmethod
    def _verb_opening(text: str, at: int, tokens: list[str]) -> bool:
        """A verb opening a note's sentence before "the" and a setting: "Attends the Willows SRP",
        "Joined the Orchard Resource Base" (never a setting's own words: "Beyond the Rainbow Nursery"
        where no sentence opens with it as a verb's form)."""
        first = tokens[0].lower()
        return len(tokens) >= 3 and tokens[1] == "the" and first.endswith(("s", "ed")) \
            and gazetteer.load().is_english(first) and sentence_initial(text, at)

    @staticmethod
    def _named_ap(m: re.Match, text: str) -> bool:
        """An alternative provision's own words: none a word of which or what kind, a town, an
        authority, a month or a stop word ("Pathways AP"; never "Offsite AP", "Bridgwater PRU"); words
        of the dictionary only in the plural or where the text names it again without its letters
        ("not happy with Pathways"; never "Equine AP", "Funded AP" alone)."""
        gaz = gazetteer.load()
        own = m.group("own")
        # (a noun names one as such names go, "Pathways", "Compass", "Phoenix"; never a describing word or a
        # trade's, "Funded", "Equine", "Motor Vehicle")
        plain = not any(re.search(r"(?:ed|al|ic|ive|ous|ine|ary|ful|less|ing)$", w.lower()) or w.lower() in AP_KINDS
                        for w in own.split())
        if all(gaz.is_english(w.lower()) for w in own.split()) and not plain and not any(
                not re.match(r"[ \t]+(?:AP|PRU)\b", text[a.end():a.end() + 5])
                for a in re.finditer(rf"(?<![\w'’-]){re.escape(own)}(?![\w'’-])", text)):
            return False
        return not any(w.lower() in UNIT_QUALIFIERS or w.lower() in AP_QUALIFIERS or gazetteer.fold(w) in gaz.places or gazetteer.fold(w) in gaz.calendar
                       or w.lower() in STOP_WORDS or gazetteer.fold(w) in gazetteer.authorities()[0] or gaz.is_cue(w)
                       for w in m.group("own").split())

    def _named_unit(self, m: re.Match) -> bool:
        """A unit named by its own words ("Cleveland Gate", "Oakfield", "Peak"), no authority and no
        word that says which or what kind it is; words of a dictionary only where its kind is
        written with capitals as a name is ("Peak Outreach Hub", never "Brook autism unit")."""
        own = m.group("own").split()
        gaz = gazetteer.load()
        if gazetteer.fold(own[0]) in gazetteer.authorities()[0] or any(w.lower() in UNIT_QUALIFIERS for w in own) \
                or re.fullmatch(ENDING, own[-1]):
            return False  # (a school's own base, its kind before: "Kilnworth Academy resource base")
        return not all(gaz.is_english(w) for w in own) or all(w[:1].isupper() for w in m.group("kind").split())

    @staticmethod
    def _high_place(tokens: list[str]) -> bool:
        """Whether "High" begins a place's name the setting is named for ("High Stoop", "High Green"),
        a name and a school's kind after it, never the kind itself ("High School", "Secondary High"),
        nor a need's or a service's words ("the High Needs Unit", "High Dependency Unit")."""
        return len(tokens) >= 3 and tokens[0] == "High" and tokens[1] not in GENERIC \
            and tokens[1] not in HIGH_NOT_A_PLACE and not re.fullmatch(ENDING + "|" + KIND, tokens[1]) \
            and re.fullmatch(HIGH_PLACE_KIND, tokens[-1]) is not None

    def _result(self, start, end, score, how):
        return make_result(self, SCHOOL, start, end, score, how)


def _listed_place_or_name(key: str) -> bool:
    """A word a setting is often named after: a listed place, first name or surname."""
    gaz = gazetteer.load()
    return key in gaz.places or key in gaz.first_names or key in gaz.surnames
