"""Find every mention of each person, school and place found anywhere in a document.

Detection finds "Kacper Nowak" once; a real note then says "Kacper's", "KACPER", "kacper",
"Mr Nowak", "KN", "Kas". Each found name is broken into its parts; every part (and the initials,
and short forms defined in the text) is searched for in the whole document. Parts that are also
ordinary words (Grace, Will, May) are only matched when capitalised; others in any case.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from redactor.detect import gazetteer
from redactor.detect.engine import resolve_overlaps, split_at_cells
from redactor.detect.check import text_speak
from redactor.detect.recognizers.uk_phone import DIGIT_SAYINGS, spoken_digits
from redactor.detect.gazetteer import (LISTED_STAFF_WORDS, NAME_PARTICLES, NOT_INITIALS, ROLE_INITIALS, SIGN_OFF_NOT_INITIALS,
                                      TAUGHT_SUBJECTS, VERB_NAMES, initials_as_a_person)
from redactor.detect.words import WORD_RE, is_capitalised, misread_reading, names_a_class, sentence_initial, strip_possessive
from redactor.types import ADDRESS, CASE_REF, DATE, DATE_OF_BIRTH, EMAIL, LOCATION, PERSON, SCHOOL, Finding, SpanIndex

LINK_SCORE = 0.8
# An e-mail address read out, up to its "at": "andi munt 87 at yahoo.com"
SAID_LOCAL_PART = re.compile(r"(.+?)[ \t]+at[ \t]+\S")
# Below this, a detection is a guess (the safety net, a listed word-name with no cue): an ordinary
# English word guessed at once is not searched for elsewhere.
WEAK_SEED = 0.5
PLACED_SEED = 0.8
# A title at a line's end, its name on the next line ("spoke to Mrs\nHolroyd")
TITLE_ABOVE = re.compile(r"(?<![\w'’])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]*\r?\n[ \t>]*$")
# A lower-case name as a sentence's subject: its sentence's start before it, a verb after it
LOWER_SHORT_FORM = re.compile(r"(?<![\w'’@./-])[a-z]{3,6}(?![\w'’@-]|\.\w)")
LOWER_SUBJECT_BEFORE = re.compile(r"(?:^|\n[ \t]*|[.!?:;][ \t]+|\n[ \t]*[-*•][ \t]*|[\t\"“(][ \t]*)$")  # (a cell's start too)
LOWER_CLAUSE_BEFORE = re.compile(r"(?<![\w'’-])(?:and|but|so|that|because|cos|when|if|then|until|unless)[ \t]+$")
# (a verb only a person takes, after a name that is also a word: "that dawn rang", never "dawn is the worst time")
PERSONS_VERB = re.compile(r"[ \t]+(?:says|said|rang|phoned|told|wants|wanted|thinks|thought|mentioned|asked|agreed|explained|"
                          r"reported|refused|cried|emailed|texted)\b")
COPY_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an|the|every|each)[ \t]+$")  # ("a mark on his face")
LOWER_THING_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an|the|this|that|last|next|every|each|one|of)[ \t]+$")
SPELLED_OUT = re.compile(r"[A-Za-z](?:[ \t]?-[ \t]?[A-Za-z]|[ \t][A-Za-z]){2,}\.?")
PLACE_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?:in|from|to|at|near|around|of)[ \t]+$")
SETTING_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?:at|from|to|attends|attending|attended|into)[ \t]+(?:(?:um|er|erm)[ \t]+)?$")
# ... or spoken to at the start of a message ("bev should I say about it now", "bev, can you"): a
# name no dictionary has only ("hope you are well" is a wish)
LOWER_ADDRESSED = re.compile(r"[ \t]*,|[ \t]+(?:should|can|could|would|will|do|are|have|r|u|you|i)\b")
LOWER_SUBJECT_VERB = re.compile(r"[ \t]+(?:has|had|was|is|says|said|rang|phoned|came|went|goes|told|wants|wanted|"
                                r"thinks|thought|did|does|can't|cant|won't|wont|isn't|wasn't|mentioned|asked|agreed|"
                                r"explained|reported|stepped|got|gets|loves|loved|hates|refused|cried)\b")
# ... and, after a name found here, a message's negatives with or without their apostrophe too: "his dad
# (dean) ... dean doesnt even go" (a word no one was found as stays: "patience isnt his strong point")
_NEGATIVES = r"|doesn['’]?t|didn['’]?t|wouldn['’]?t|couldn['’]?t|hasn['’]?t|isnt|wasnt|keeps)\b"
FOUND_SUBJECT_VERB = re.compile(LOWER_SUBJECT_VERB.pattern[:-3] + _NEGATIVES)
# ... and what follows a short form of a name that opens a sentence ("Fin suspended", "Fin now on")
SUBJECT_PREDICATE = re.compile(LOWER_SUBJECT_VERB.pattern[:-3] + r"|now|suspended|excluded|started|attends|attended|"
                               r"struggles|struggled|likes|liked|needs|needed|seems|seemed|became|becomes|"
                               r"finds|found|enjoys|enjoyed|returned|left|moved|missed|settled|managed|remains|"
                               r"remained|will|would|could|should|might|must)\b"
                               # (or the year group that is hers: "Dezi Yr7 transfer delayed")
                               r"|[ \t]+\(?(?:Y|Yr|Year[ \t]?)\d{1,2}\b")
SENTENCE_OPEN = re.compile(r"(?:^|[.!?;:][ \t]+|\t|^[ \t]*[-*•][ \t]+)[ \t]*$")
# "my son is will": a relation said to be someone, each a fixed-width look-behind
_RELATION_IS = "|".join(rf"(?<=\b{w} is )" for w in ("son", "daughter", "child", "brother", "sister", "grandson"))
LOWER_SEED = 0.7   # a name found at least this surely is followed into lower-case writing
CALENDAR_NAME_SEED = 0.6  # a month's or a season's name placed by a rule ("my eldest summer"): before a person's verb
CALENDAR_NAME_VERB = (r"[ \t]+(?:has|had|says|said|rang|told|wants|wanted|listens|listened|loves|loved|hates|hated|"
                      r"cried|refused|asked|goes|went|gets|got|does|did|can['’]?t|won['’]?t|isn['’]?t|doesn['’]?t|"
                      r"didn['’]?t|wasn['’]?t|likes|liked|keeps|kept)\b")
# What someone owns, after a name with the apostrophe left out ("rileys mum", "masons school").
_POSSESSED = ("mum|dad|nan|nana|grandad|sister|brother|school|teacher|class|ehcp|plan|meeting|"
              "review|appointment|transport|taxi|bus|social|worker|needs|dx|diagnosis|number|phone|mobile|"
              "house|home|car|birthday|email|address|son|daughter|boy|girl|kids|baby|partner|husband|wife|"
              "room|bedroom|flat|caravan|trailer|place|college|nursery|uni|course|tutor|timetable|uniform|"
              "meds|medication|ipad|tablet|bag|friend|friends|mate|mates|carer|keyworker|ta|sen|send|dla|pip|"
              "secondary|primary|views|speech|attendance|behaviour|sleep|ehcna|assessment|paperwork")
# a setting's first words that open many other names, never one setting's alone ("North", "Park", "Church")
FIRST_WORDS_OF_MANY = frozenset("north south east west upper lower little great greater middle central church chapel "
                                "park green hill high royal sacred queen queens king kings saint holy grange manor "
                                "valley river forest castle abbey priory bishop cathedral city county village "
                                "westfield eastfield northfield southfield".split())
SCHOOL_GENERIC = frozenset("""
primary junior juniors infant infants nursery high secondary special grammar community comprehensive
church c of e ce rc catholic methodist free studio j i & and school academy college pupil referral
unit pru children's childrens centre learning sixth form pre-school preschool day the st saint
club youth holiday breakfast kids homework playscheme madrassa madrasa madrasah
resource resourced provision base hub hubs project enhanced
stay play silc specialist inclusive short break breaks respite saturday sunday
""".split())
_KIND_AFTER_FAMILY = frozenset({"hub", "hubs", "centre", "centres"})


def distinctive_words(name: str) -> list[str]:
    """The words of a setting's name that say which one it is: "Oakwood" of "Oakwood High
    School", "Kelsworth" of "Kelsworth Family Hub" (but "Holy Family" of "Holy Family Catholic
    Primary": "Family" is generic only before the hub or centre it is a kind of)."""
    words = name.split()
    out = []
    for k, w in enumerate(words):
        key = gazetteer.fold(w).strip(".")
        nxt = gazetteer.fold(words[k + 1]).strip(".") if k + 1 < len(words) else ""
        if key in SCHOOL_GENERIC or (key == "family" and nxt in _KIND_AFTER_FAMILY):
            continue
        out.append(w)
    return out


THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+$")
# Words before a month that make it one: "in june", "since may", "end of april"
MONTH_WORD_BEFORE = re.compile(r"\b(?i:in|of|since|until|till|by|from|during|early|late|mid|end|last|next|this|"
                               r"before|after|throughout|each|every|the|that|over|all)[ \t]+$")
SUBJECT_LABEL = re.compile(r"[>\s]*(?i:subject|subj|re)")  # an e-mail's subject line (or a quoted one)
SEASONS = gazetteer.SEASONS
# A first name that is also a word, in lower-case writing, standing as a sentence's subject
# ("summer was in the back", "but amber n may sat with me", "she said jay can have"), or as what
# is brought or taken somewhere ("can i bring may."): after a clause's start ...
WORD_NAME_BEFORE = re.compile(r"(?:^|\n[ \t]*|[.!?:;,)][ \t]+|\n[ \t]*[-*•][ \t]*|(?<![\w'’-])(?:and|n|but|cos|coz|so|"
                              r"then|because|when|if|that|said|say|says|told|think|thinks|know|knows|mate|friend|bestie|pal|sister|"
                              r"brother|cousin|daughter|son|niece|nephew|nan|nana|auntie|aunty)[ \t]+)$")
# ... before a person's verb (a season or a month only before one that no season or month takes)
WORD_NAME_VERB = re.compile(LOWER_SUBJECT_VERB.pattern[:-3] + r"|sat|sits|gave|gives|sees|saw|plays|played|screams|"
                            r"screamed|cries|kicked|hit|hits|can|can't|cant|wont|won't|starts|started|likes|liked|"
                            # (and a message's dialect past: "jay come home with a mark", "jay swore at")
                            r"swore|come|pushed|punched|shouted|threw)\b")
# ... "will" before what no modal comes before: a past or a third person's verb ("will pushed him
# first", "everyone knows will winds him up"; never "will need", "will feed", "will pass")
MODAL_NAME_VERB = re.compile(LOWER_SUBJECT_VERB.pattern[:-3]
                             + r"|(?!(?:shed|wed|embed|bed|red)\b)[a-z]{2,}(?<!e)ed|winds|keeps|hits|kicks|pushes|"
                             r"makes|takes|plays|lives|comes|knows|likes|needs)\b")
FOUND_WORD_NAME_VERB = re.compile(WORD_NAME_VERB.pattern[:-3] + _NEGATIVES)
WORD_NAME_PERSON_VERB = re.compile(r"[ \t]+(?:says|said|rang|phoned|told|wants|wanted|thinks|asked|cried|loves|hates|"
                                   r"sat|sits|gave|screams|screamed|cries|kicked|refused|"
                                   r"(?:is|was)[ \t]+(?:at|with|off|asleep|poorly|ill|sick|crying|upset|screaming|"
                                   r"in[ \t]+(?:the[ \t]+)?(?:back|car|bath|bed|yr|year|reception|nursery)))\b")
# ... a name a word is far more often before a verb of who speaks or hits out: "pat rang", "mark said"
# (never "i hope is ok", "the bill has gone up", "bill came to 40 quid", "art went well")
COMMON_NAME_VERB = re.compile(r"[ \t]+(?:says|said|rang|phoned|told|asked|swore|cried|shouted|screamed|"
                              r"kicked|pushed|refused)\b")
WORD_NAME_BROUGHT = re.compile(r"(?<![\w'’-])(?:bring|brings|brought|take|takes|took|collect|collects|collected|"
                               r"picked[ \t]+up|pick[ \t]+up|fetch|fetched)[ \t]+$")
WORD_NAME_AFTER_BROUGHT = re.compile(r"[ \t]*(?:[.,!?]|$)|[ \t]+(?:to|with|home|too|along|aswell|as[ \t]+well)\b", re.M)
WORD_NAME_OWNS = re.compile(r"(?<![\w'’-])([a-z]{3,})(?:['’]s|s)[ \t]+(?:" + _POSSESSED
                            + r"|fault|diary|views|party|bday|fave|favourite|dog|cat|toys|stuff|old[ \t]+one|new[ \t]+one)\b")
# words that are first names too but in lower case mostly are not ("bill is due", "mark is", "hope is")
# ("will" and "may" are modals: a modal never goes on "has", "was", "said", "sat")
NOT_WORD_NAMES = frozenset("hope bill mark rob pat sue frank gene art rich chance sky".split())
MODAL_WORD_NAMES = frozenset({"will", "may"})
LOWER_ALIAS_RE = re.compile(r"[ \t]*\([ \t]*([a-z][a-z'’]{2,10})[ \t]*\)")
ALIAS_RE = re.compile(r"\s*\(\s*[\"“'‘]?([A-Z][A-Za-z&]{0,8}(?:-[A-Z][A-Za-z]{0,3})?)[\"”'’]?\s*\)")
NICKNAME_RE = re.compile(
    r"\s*(?:\(|,)?\s*(?:known as|aka|a\.k\.a\.|called|nicknamed|prefers|pref\.|preferred(?: name)?:?)\s+[\"“'‘]?(?!(?:name|names|to|is|as)\b)([A-Z][\w'’\-]+)[\"”'’]?",
    re.IGNORECASE)
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "dame", "sister", "lady"})
MALE_TITLES = frozenset({"mr", "sir", "master", "lord", "fr"})
WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
# The word just before a found name, on its line ("Dawn" of "Dawn Skelby"), and just after one.
_LETTERS = re.compile(r"[^\W\d_]+")  # a run of letters: a word or a letter of one spelled out
# a status's label before its colour ("RAG: **Amber**", "RAG rated Amber", "Status | Green")
RAG_STATUS = re.compile(r"\b(?:RAG\b[^\n.]{0,30}|(?i:status|rating)[ \t]*[:=|-]?[ \t]*(?:\*\*|\|[ \t]*)?)$")
RAG_WORD = re.compile(r"(?i:red|amber|green)")
# (what a worker does after her initials: "NB to check", "NB's ext", "NB chased school", "NB attending")
STAFF_WORD_ACTS = re.compile(r"['’]s\b|[ \t]+(?:to[ \t]+[a-z]{2,}|attending|attended|chased|passed|rang|emailed|spoke|visiting|"
                             r"visited|covering|diary|agreed|said|asked|sent|replied|called|met|will|has|is[ \t]+on|off|on[ \t]+leave|"
                             r"to[ \t]*$)\b")
# a word with a digit, a stroke or a question mark where a scan misread a letter ("Pi/kington",
# "Petrauskait6", "Zieli?ski"), and how close its reading must come to a found name
MISREAD_NAME = re.compile(r"(?<![\w/|?-])[A-Za-z](?:[A-Za-z0-9/|?]*[0-9/|?][A-Za-z0-9/|?]*[A-Za-z0-9]|[A-Za-z]*[0-9])(?![\w/|?])")
MISREAD_LIKE = 0.85
_LETTERS_AND_DIGITS = re.compile(r"[^\W_]+")
# An abbreviation that is someone's initials too, used as the event it names: before a paper's word
# or its date after "was", or after an article or "without" ("AR was 11/2", "AR minutes", "w/o AR";
# never a worker's initials before the day she signed, "NB 23/01/2025", nor where a log names who
# wrote, "Email from MH", "Papers from DS rec'd", nor a table's next cell, "PS<tab>Report")
EVENT_LETTERS_AFTER = re.compile(r"[ ]+(?:(?:was|is|due)[ ]+\d{1,2}[/.]\d|(?i:minutes|paperwork|"
                                 r"report|letter|process|decision))\b")
EVENT_LETTERS_BEFORE = re.compile(r"(?<![\w'’-])(?i:w/o|without|at[ \t]+the|the)[ \t]+\Z")
# A first name's surname of two by its hyphened initials: "Kai A-T (Y5, ...)", "Contact Kai A-T's mum"
HYPHENED_INITIALS_AFTER = re.compile(r" (?!A-Z\b)[A-Z]-[A-Z](?:-[A-Z])?(?![\w-])")  # (never "an A-Z of")
# the initial of a surname after a first name, closing a bracket or before a number or a cell's end:
# "(Flo A)", "rang Ruth A 07700 900267"
# (or before a companion or a quote's end: "Hodan A + Faisal (intptr)", '"Kelly A" via info@'; never "A & E")
INITIAL_AFTER_NAME = re.compile(r" (?!I\b)[A-Z](?=\)|[ \t]+\d|\t|[ \t]*\r?\n|[ \t]+\+[ \t]|[\"”])")
# a child's letter doing what only a person does, after it ("K cant walk it", "H wants to do GCSEs")
LETTER_ACTING = re.compile(r"[ \t]+(?:said|says|wants|wanted|had|has|cant|can['’]t|won['’]?t|doesn['’]?t|didn['’]?t|refuses|refused|"
                           r"likes|loves|hates|went|goes|started|attends|attended|now[ \t]+(?:at|in|attends|on)|"
                           # ("T being sent home", "T sent home again", "T needs a small setting", "O back at school
                           # pt", "J Y8 at Brentry Vale")
                           r"being|sent|needs|needed|back|got|gets|came|ran|hit|kicked|excluded|suspended|"
                           r"struggling|struggles|enjoys|asked|told|Y\d{1,2})\b")
LETTER_OPENS = re.compile(r"(?:^|[.!?;:][ \t]+|\t|\(|[-–][ \t]|\n[ \t]*)\Z")  # ("Bus B goes", "Student B said": no opening)
# a transcript's turns: "[00:01:12] Caller:", "CALLER:", "Speaker 2:" opening lines
TRANSCRIPT_TURNS = re.compile(r"(?m)^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*)?(?i:caller|agent|adviser|advisor|"
                              r"speaker[ \t]*\d|parent|mum|dad|officer|operator|call[ \t]+handler)[ \t]*:")
# the words before a name said on a call: "my name is", "it's", "my son", "mr", "the caseworker is", "at"
HEARD_NAME_CUE = re.compile(r"(?i)\b(?:name[ \t]+is|name['’]s|it['’]?s|called|son|daughter|mum|mam|dad|nan|nana|grandad|"
                            r"mr|mrs|ms|miss|dr|doctor|surname|worker[ \t]+is|caseworker[ \t]+is|"
                            r"at|to|from|attends|attended|about)[ \t,]+\Z")
HEARD_PLACE_CUE = re.compile(r"(?i)\b(?:at|to|from|attends|attended|in|near|on)[ \t,]+(?:(?:um|er|erm)[ \t,]+)?\Z")
SOUNDED_LIKE = 0.65  # how close a heard name's letters read to the name (difflib's ratio)
SOUNDED_ONE_WORD = 0.75  # ... and a heard surname of one word after a first name found
_SOUND_CODES = {**dict.fromkeys("bfpv", "1"), **dict.fromkeys("cgjkqsxz", "2"), **dict.fromkeys("dt", "3"),
                "l": "4", **dict.fromkeys("mn", "5"), "r": "6"}


def sound_key(word: str) -> str:
    """A word's sound, as Soundex writes it but whole: its first letter, then its consonants' codes,
    a repeated code once, vowels, h, w and y only parting them ("sandywho" and "sandhu": "s53")."""
    codes, last = [word[0]], ""
    for c in word[1:]:
        code = _SOUND_CODES.get(c, "")
        if code and code != last:
            codes.append(code)
        last = code
    return "".join(codes)


# the next word of a name spelled letter by letter, a wider space before it: "   A C A D E M Y"
_SPELLED_ON = re.compile(r"[ ]{2,4}((?-i:[A-Z](?: [A-Z]){1,11}))(?![\w])")
# A capitalised word that may be a short form of a first name ("Mase has a diagnosis")
# a name in a list with a found person: "miss lilley + amber from the attendance team"
CODE = re.compile(r"[A-Z]{2,3}")  # a person's initials as notes write them
# the line a short form signs under: "Thanks hun", "Kind regards", "Many thanks,"
SIGN_OFF_ABOVE = re.compile(r"(?i)\b(?:thanks|thank you|regards|cheers|best|wishes|love|speak soon|ta|x+)\b[^\n]{0,20}\r?\n[ \t>]*$")
# a setting's kind: a part of no one's name alone, though a setting's name was read as a person's
SETTING_PARTS = frozenset("school academy primary nursery college infants juniors".split())
SHARED_CODE_ACTS = re.compile(r"[ \t]+(?:to[ \t]+[a-z]+|[a-z]+(?:ing|ed|s))\b")
# a subject before a word that is a name too: the word is its verb ("i hope", "they will")
PRONOUN_BEFORE = re.compile(r"(?<![\w'’-])(?i:i|we|they|he|she|who|lets|let['’]s)[ \t]+$")
# staff initials in lower case where they act ("kb to email", "rh explained") or are asked for
# ("mum wants sa there", "checking w gt", "(for dp)")
LOWER_CODE = re.compile(r"(?<![\w'’./@-])[a-z]{2,3}(?![\w'’/@-]|\.\w)")
LOWER_CODE_ACTS = re.compile(r"[ \t]+(?:to|explained|signposted|spoke|gave|ended|checking|checked|drafting|drafted|"
                             r"supporting|supported|advised|emailed|emailing|rang|phoned|called|sent|sending|will|"
                             r"already|attending|attended|met|visited|agreed|said|helped|helping|told|asked|booked|"
                             r"chased|chasing|completed|covering|left|passed|referred|arranged)\b")
LOWER_CODE_ASKED = re.compile(r"(?:\b(?:w|with|for|ask|asked|wants|want|told|tell|cc|by|from)[ \t]+|\()$")
# what follows a Local Authority's name where it is the authority: "Devon CS", "Devon SEN team"
AUTHORITY_AFTER = re.compile(rf"[ \t]+(?:{gazetteer.DEPARTMENT_LETTERS}|County|Council|City|Borough|SENDIASS|SENDIAS|IASS|SEN|SEND|EHC)\b")
CODE_WORD = re.compile(r"(?<![\w'’./-])[A-Z]{2,3}(?![\w'’/-])")
# a transcript's word its speaker corrects to a name: "I'm with Funny, sorry, Funmi Adeyemi"
CORRECTED = re.compile(r"(?<![\w'’-])(?P<wrong>[A-Z][a-z'’-]+),?[ \t]+(?:sorry|I[ \t]+mean|i[ \t]+mean)[ \t]*,?[ \t]+(?=[A-Z])")
# a call log's column of who took the call, after its time: "0900  GA  Funmi re case statement"
LOG_COLUMN = re.compile(r"(?m)^[ \t]*\d{1,2}[:.]?\d{2}[ \t]+(?P<code>[A-Z]{2,3})(?=[ \t]{2,}|\t)")
# a transcript's hesitations, never a name's letters ("um", "er")
FILLERS = frozenset("er erm um umm uh hm hmm mm ah eh oh".split())
# a reference's own number after its letters and year ("IAS-25-0659"), and that number standing alone
# ("welcome calls for 0659 and 0646"), never a year, a time's or a date's part, or a longer number's
REF_OWN_NUMBER = re.compile(r"(?<=[-/ ])\d{4,8}$")
# a reference written: its letters, then its numbers apart or joined ("MKS 250614", "MKS-25-0614")
# a code of letters and digits in parts ("D25-0603-04", "SA/25/0144")
CODE_SHAPE = re.compile(r"(?<![\w/-])[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)+(?![\w/-])")
WRITTEN_REFERENCE = re.compile(r"(?<![\w/-])[A-Z]{2,6}(?: [A-Z])?(?:[ /-]?\d{2,8}){1,3}(?![\w/-])")  # ("EHC R 24 4471")
# the words a reference is said with, between its letters and numbers
REF_SAID_JOINS = frozenset("dash hyphen slash stroke oblique".split())
BARE_NUMBER = re.compile(r"(?<![\w/.:,£$-])\d{4,8}(?![\w/:%]|[.,-]\d)")
YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
TIME_NUMBER = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
TIME_BEFORE = re.compile(r"(?:^|\n|\t|\b(?i:at|by|from|until|till|before|after|about|around))[ \t]*$")
COUNTED_AFTER = re.compile(r"[ \t]*-?[ \t]*(?i:words?|pounds|hours?|hrs|minutes?|mins|miles|people|pupils|children|"
                           r"families|calls|cases|days|weeks|students|staff)\b")
LIST_NEXT = re.compile(r"[ \t]*(?:,|\+|&|and|or)[ \t]+([A-Za-z][a-z'’-]+)(?![\w'’-])")
LIST_BEFORE = re.compile(r"(?<![\w'’.-])([A-Za-z][a-z'’-]+)[ \t]*(?:,|\+|&|and|or)[ \t]+$")
# places joined by a slash, as a team's patch is written ("Team: Harehills/Burmantofts")
SLASH_NEXT = re.compile(r"/([A-Z][a-z'’-]+)(?![\w'’/-])")
SLASH_BEFORE = re.compile(r"(?<![\w'’./-])([A-Z][a-z'’-]+)/$")
# what may follow a listed name that is also a word, in a list of people ("amber from the team")
LIST_END = re.compile(r"[ \t]*(?:$|[\n.,;:)!?(+&]|and\b|from\b|(?:came|come|said|says|rang|phoned|were|are|both)\b)")
# an initial one space before a name's span ("W K Leung"), and a school's town in brackets ("(Goole)")
INITIAL_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z]\.? $")
PLACE_IN_BRACKETS = re.compile(r"[ \t]*\(([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2})\)")
# the rest of a word a line's end broke: "Prim-\nary", and a double-barrelled surname's "Ahmed-\nAli"
BROKEN_TAIL = re.compile(r"-[ \t]*\r?\n[ \t]*[A-Za-z][a-z]*(?![\w'’-])")
SMUDGED_TAIL = re.compile(r"(?:~(?!~)|\^|¬)[a-z]{1,12}(?![\w'’-])")  # (never "~~was~~", a strikethrough)
# A setting called by its kind alone: "the Academy must set work" (never "the Academy Trust", "The College of ...")
THE_KIND = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+(Academy|College)(?![\w'’-])(?![ \t]+(?:Trust|of|[Ss]chools?)\b)")
# ... alone on its line as a message opens ("Gill,\n\nFYI - see chain below", Gillian found)
GREETING_LINE = re.compile(r",[ \t]*\r?\n[ \t>]*\r?\n|[ \t]+[-–][ \t]+(?=[a-z])")  # (or "> Gav - this came in")
SHORT_FORM = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})(?:['’]s)?(?![\w'’-])")
# a role in brackets after a code in a list of them: "GA (chair), RP, TW"
_LISTED_ROLE = r"(?:[ \t]*\([^()\n]{1,30}\))?"
# two codes listed after one, each with its role in brackets or none: " (chair), RP, TW"
LISTED_PAIR = re.compile(rf"{_LISTED_ROLE}[ \t]*,[ \t]+([A-Z]{{2,3}}){_LISTED_ROLE}[ \t]*,[ \t]+([A-Z]{{2,3}})\b")
# what a person is to do, after the code that stands for her: "GA to draft a report"
TO_ACT = re.compile(r"[ \t]+to[ \t]+(?:draft|review|check|chase|email|e-mail|call|ring|phone|send|contact|write|speak|"
                    r"arrange|book|update|attend|follow|ask|visit|text|meet|share|forward|confirm)\b")
# what a person did, said after the code that stands for her: "GA texted him", "BC rang mum"
ACTED = re.compile(r"[ \t]+(?:said|says|texted|emailed|e-mailed|rang|phoned|called|spoke|met|visited|agreed|asked|"
                   r"confirmed|explained|advised|chased|sent|wrote|attended|took|passed|handled|logged)\b")
# the lower-case word right after a lower-case first name, on its line: "alfie-ray wickens"
# (letters only: never a contraction, "jack he's eight")
LOWER_WORD_AFTER = re.compile(r"[ \t]([a-z][a-z-]*[a-z])(?![\w'’-])")
# a street's kind at a span's end, and a site after it ("Pear Tree Lane site, Saughall Brook")
STREET_END = re.compile(r"\b(?:Road|Lane|Street|Way|Drive|Avenue|Close|Row|Drove|Common|Green)\Z")
SITE_AFTER = re.compile(r"[ \t]+(?P<kind>(?i:Travell?ers?['’]?|Gypsy and Traveller|caravan)[ \t]+)?(?:site|Site)\b"
                        + gazetteer.NOT_A_SITE_AFTER)
# ... of those kinds, a surname's too ("Paul Green"): a person's span before "site" is a site's only
# with a Traveller's word
SURNAME_STREET_END = re.compile(r"\b(?:Green|Common|Row)\Z")
# a system's user name: an initial and a surname in lower case ("cpemberton", "jsandhu2")
USER_NAME = re.compile(r"[a-z]{5,}\d{0,3}")
# a setting's kind in lower case after its name ("Bloxham Fields infants")
# (never a kind of school in the place: "Oxford primary schools", "Leek primary phase")
LOWER_KIND_AFTER = re.compile(r"[ \t]+(?:infants|juniors|primary|academy)(?![\w'’-])(?![ \t]+(?:schools?|settings?|phase|"
                              r"sector|heads?|headteachers?|teachers?|pupils?|children|staff|provision|places?|"
                              r"transfer|admissions?|age|aged|years?|stage|level)\b)")
# ... or its kind Capitalised, a word of its own in no other name: "(Pershore Vale Middle)", "Mum
# wants Fernhill Special?" (never "Special Educational Needs", "Special Measures")
KIND_AFTER = re.compile(r"[ \t]+(?:Middle|Special)(?:[ \t]+School)?(?![\w'’-])(?![ \t]+(?:Educational|Needs|Measures|"
                        r"Guardianship|Constable|Branch|Forces|Interest|Circumstances|Provision)\b)")
# A file's name, words joined by hyphens or underscores: "case-example-Boyes-HJ.docx"
FILE_NAME = re.compile(r"(?<![\w.-])(?P<stem>[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+)\.(?:docx?|pdf|xlsx?|odt|rtf|txt|msg|eml|jpe?g|png)(?![\w])")
# A lower-case writer greeting someone found here by the start of their name: "hiya gem text is
# best" (Gemma signs above), "thanks bec", "Thanks shell", "cheers sky"; never a question ("hi will you ring")
GREETED_LOWER = re.compile(r"(?<![\w'’])(?i:hi|hiya|hey|heya|thanks|thank[ \t]+(?:you|u)|ta|cheers|morning|evening|night)"
                           r"[ \t]*,?[ \t]+([a-z]{3,})(?![\w'’-])(?![ \t]+(?:you|u|we|i|they|he|she|it|is|are|was|"
                           r"do|can|could|would|will|have|has|did|the|a|an|to|for|and)\b)")
# Where only a person stands, for a first name found here that is also a word and is written in
# lower case: spoken to ("hiya will its roxanne", "thanks dawn bye"), with or told someone ("pair
# me with will", "tell will yes", "get will to draw"), someone at a service ("dawn at sendiass",
# "summer from camhs"), or doing what a person does ("dawn rang me back")
NAME_SLOT_BEFORE = re.compile(r"(?<![\w'’-])(?:hiya|hi|hey|heya|thanks|thank[ \t]+(?:you|u)|ta|cheers|with|tell|told|"
                              r"ask|asked|get|got|speak[ \t]+to|spoke[ \t]+to|talk[ \t]+to|talked[ \t]+to|me[ \t]+and|"
                              r"me[ \t]+n)[ \t]+$")
NAME_SLOT_AFTER = re.compile(r"[ \t]+(?:at|from)[ \t]+(?:sendiass|sendias|camhs|school|college|nursery|the[ \t]+"
                             r"(?:council|school|la|nursery|college))\b"
                             r"|[ \t]+(?:says|said|rang|phoned|told|texted|emailed|wants|wanted|asked|thinks|reckons)\b")
ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:the|a|an|this|that|last|next|every|each|all|of|in|by|since|until|till)[ \t]+$")
# What a greeting is followed by that is no one's name: "thanks hun", "cheers pal"
ENDEARMENTS = frozenset("hun hunny honey pal mate bro babe babes love lovely darling chick sis bud buddy".split())
# What a kin word after a name with its apostrophe left out says: "(skys dad, Jordan)"
_KIN = "mum|mam|dad|nan|nana|nanna|gran|grandma|grandad|grandpa|sister|brother|stepdad|step[ \t-]dad|stepmum|step[ \t-]mum|auntie|aunty|uncle|cousin"
# A capitalised word after a first name, then who she is in brackets or the next cell: "Tom
# Friend (class teacher)", "Bridget Spain\tSchool nurse" (a surname that is a word or a country)
SURNAME_BEFORE_ROLE = re.compile(r" (?P<last>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?:[ \t]*\((?P<role>[^()\n]{2,40})\)"
                                 r"|\t(?P<cell>[A-Za-z][^\t\n]{1,40}))")
# what an attendance list writes beside a name: "Tom Yes (class teacher)" names no Yes
ATTENDANCE = frozenset("yes no present absent apologies attended sent late tbc".split())
NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z](?:[a-z'’]|[^\x00-\x7F\W\d_])+(?:-[A-Z][a-z'’]+)?|[A-Z]{2,})[ \t]+$")  # "Precious-Joy", "Emīls"
NAME_NEXT = re.compile(r"[ \t]+(Ma?c[A-Z][a-z]*|O['’][A-Z][a-z]+|[A-Z][a-z'’-]+|[A-Z]{2,})(?![\w'’-])")
# A surname in capitals beside a name written in lower case, as forms and exports write it:
# "Ania KOWALCZYK", "KAVANAGH-DOYLE Tilly"
CAPS_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z]{2,}(?:[-'’][A-Z]{2,})?)[ \t]+$")
CAPS_NEXT = re.compile(r"[ \t]+([A-Z]{2,}(?:[-'’][A-Z]{2,})?)(?![\w'’-])")
GAELIC_SURNAME = re.compile(r"Ma?c[A-Z][a-z]*|O['’][A-Z][a-z]+")  # "McG", "McGrath", "O'Neill"
# After that word, what makes it a place or a setting's name ("Sarah Park Primary").
NOT_A_SURNAME_AFTER = re.compile(r"[ \t]+(?i:Primary|School|Academy|College|Nursery|Road|Street|Lane|Avenue|"
                                 r"Close|Drive|Way|Centre|Hospital|Surgery|Estate|Park|LLP|Ltd|Limited|PLC|"
                                 r"Solicitors|Associates|Partnership|Trust|Group|Services)\b")
DOTTED = re.compile(r"(?:[A-Z]\.[ \t]?){1,3}[A-Z]")
ABBREVIATED_KIND = re.compile(r"\b(?:Acad|Prim|Pri|Comp|Jnr|Jnrs|Inf|Sch|Coll)$")
# A letter after these is a label's, not a person's: "Section E", "Plan B", "Vitamin D", "Mr K"
LETTER_LABEL = re.compile(r"(?i:\b(?:section|sections|part|parts|grade|grades|plan|band|level|class|year|stage|"
                          r"appendix|annex|option|table|box|type|vitamin|key|point|step|room|block|unit|"
                          r"phase|tier|group|set|form|question|item|paragraph|para|figure|schedule|category|"
                          r"hepatitis|mark|score|division|row|column|area|zone|wing|ward|floor|bay|gate|door|"
                          r"site|parent|child|school|pupil|mum|dad|plot|flat|house|number|no|route|team|"
                          r"mr|mrs|ms|miss|mx|dr|and|or|to|the|a|of|tab|bundle|page|pages|exhibit|annex|appendices)[ \t]+|"
                          # a stop only after an abbreviation: "para. B", "Mr. R"; "the contact plan. R smiled" is R
                          # a dash with a space after it is a list's or a sentence's ("- G covered")
                          r"\b(?:para|no|pt|fig|sect|mr|mrs|ms|mx|dr|app|sch)\.[ \t]*|[&/+][ \t]*|(?<![ \t])-)$")
# A place's last word after a name: "Denby Moor", "kelham rise"
PLACE_SUFFIX_AFTER = re.compile(r" {1,2}((?i:moor|rise|carr|common|green|park|grange|bank|hill|dale|fold|vale|top|"
                                r"bottom|edge|side|heath|cross|field|fields|estate|village|wood|end|manor|hall|house|lodge|farm|view|brook|"
                                r"bridge|mill|croft|meadow|meadows|valley|ridge|lea|grove))(?![\w'’-])")
# Initials before a name: "C. A. " of "Mrs C. A. Pryor", "C A " of "C A Pryor"
INITIALS_BEFORE = re.compile(r"(?<![\w'’.&/-])(?:[A-Z]\.?[ \t]){1,3}$")
TITLE_BEFORE = re.compile(r"(?<![\w'’])([A-Za-z]+)(\.?[ \u00a0]+)$")
# A family's titles a name is found without: "Grandad Frank" is Frank (his grandchild's word stays a
# word, as a reviewer sees it; "Nana Pat" and "Aunty Bev" are written as the name they go by); and a
# judge's: "Tribunal Judge A. Pemberton" is A. Pemberton, the tribunal's title its own
KIN_TITLES_APART = frozenset("grandad granddad grandpa grandfather nan gran judge".split())


@dataclass
class Entity:
    id: str
    type: str
    parts: list[str] = field(default_factory=list)   # name parts as first written
    first: str | None = None                          # folded first name, for persons
    last: str | None = None                           # folded surname, for persons
    gender: str = "u"                                 # f, m or u
    role: str = "person"                              # child, parent, relative, professional, person
    aliases: set[str] = field(default_factory=set)    # defined short forms and nicknames
    evidence: float = 0.0                             # the best score a detection of it had
    placed: float = 0.0                               # ... leaving NER's guesses out


@dataclass
class Linked:
    findings: list[Finding]
    entities: dict[str, Entity]


def link(text: str, findings: list[Finding], allow: frozenset[str] = frozenset(),
         allowed_span: Callable[[str, int, int], bool] | None = None) -> Linked:
    """Link ``findings`` of ``text``. ``allow``: folded terms never searched for; ``allowed_span``
    (the detector's) says whether a place in the text lies inside an allow-listed phrase."""
    return _Linker(text, allow, allowed_span).run(findings)


class _Linker:
    def __init__(self, text: str, allow: frozenset[str], allowed_span=None):
        # Windows line ends read as a space and a line break, as the detector reads them (same
        # length, same offsets): a CRLF e-mail's empty line parts its paragraphs too
        self.text = text.replace("\r\n", " \n")
        self.allow = allow
        self.allowed_span = allowed_span or (lambda text, start, end: False)
        self.gaz = gazetteer.load()
        self.entities: dict[str, Entity] = {}
        self.part_owner: dict[str, list[str]] = defaultdict(list)  # folded part -> entity ids
        self.special: dict[str, str] = {}  # pattern text -> "initials", "lower" or "town" (see _patterns)
        self._class_words: dict[str, bool] = {}  # a word -> whether a class here is named by it
        self._lower_paragraphs: dict[int, bool] = {}
        self._lower_lines: dict[int, bool] = {}
        self._breaks: list[int] | None = None
        self._break_ends: list[int] = []
        self._line_starts: list[int] | None = None
        self.initialled: set[str] = set()  # people whose initials the document writes as a name
        self.first_at: dict[str, int] = {}  # entity id -> offset of its first detected mention
        self._lower_cells: dict[int, bool] = {}  # a table cell's start -> written in lower case
        self.shared_codes: dict[str, str] = {}  # initials two people share -> the one who takes them
        self._codes: set[str] | None = None  # initials written in the text ("T.W.", "TW"), without stops
        self._surnames: set[str] | None = None  # the surnames of the people found with two names or more

    # -- main ---------------------------------------------------------------------------------
    def run(self, findings: list[Finding]) -> Linked:
        findings = [f.with_(end=self._surname_before_role(f.start, f.end)) if f.type == PERSON else f
                    for f in findings]  # (before any is linked: "Mr Friend" is Tom Friend's)
        findings = findings + self._lower_case_names(findings)
        findings = sorted(findings + self._word_names(findings), key=lambda f: f.start)
        # Full names first, so that single-part mentions can attach to them (and a name as first
        # Capitalised before its copies in lower case). Initials ("R.O.") after every name they
        # may stand for ("Reuben Okafor").
        order = sorted(range(len(findings)), key=lambda i: (
            findings[i].type != PERSON, self._all_initials(self._parts(findings[i])),
            -len(self._parts(findings[i])), self._span(findings[i]).islower(), findings[i].start))
        assigned: dict[int, Finding] = {}
        for i in order:
            assigned[i] = findings[i].with_(entity=self._entity_for(findings[i]))
            ent = self.entities[assigned[i].entity]
            ent.evidence = max(ent.evidence, findings[i].score)
            if not findings[i].recognizer.endswith(":ner"):
                ent.placed = max(ent.placed, findings[i].score)
        findings = [assigned[i] for i in range(len(findings))]
        for f in findings:  # where each one is first named ("Supervisee: Gemma Lockwood")
            self.first_at[f.entity] = min(self.first_at.get(f.entity, f.start), f.start)
        self._collect_aliases(findings)
        found = findings + self._search_mentions() + self._user_names() + self._single_letters() \
            + self._spaced_copies() + self._sounded_copies(findings) + self._hyphened_initials() \
            + self._misread_copies(findings)
        merged = self._merge(found)
        for _ in range(2):  # "Mary Ann Skelby": one word a pass
            more = self._neighbours(merged)
            if not more:
                break
            merged = self._merge(merged + more)
        merged = self._merge(merged + self._short_forms(merged))
        merged = self._merge(merged + self._staff_codes(merged))
        merged = self._merge(merged + self._lower_codes(merged))
        merged = self._merge(merged + self._every_copy(merged))
        merged = self._merge(merged + self._said_address_words(merged))
        # (a reference written again whole before its number alone: "RS 25 0618" is one, not "0618")
        merged = self._merge(merged + self._written_references(merged))
        merged = self._merge(merged + self._reference_shapes(merged))
        merged = self._merge(merged + self._reference_numbers(merged))
        # (after every copy is followed: a copy found so is no seed for the others)
        merged = self._merge(merged + self._word_names_found_here(merged))
        merged = self._merge(merged + self._school_letters(merged))
        merged = self._merge(merged + self._corrected(merged))
        merged = self._merge(merged + self._in_file_names(merged))
        merged = self._merge(merged + self._lower_surnames(merged))
        merged = self._merge(merged + self._same_surname(merged))
        merged = self._merge(merged + self._the_kind(merged))
        merged = self._merge(merged + self._places_by_suffix(merged))
        merged = self._join_particles(self._edges(merged))
        # (a status's colour after its label is no one, whoever is called Amber: "RAG: **Amber**")
        merged = [f for f in merged if not (f.type == PERSON and f.recognizer == "linker" and RAG_STATUS.search(
            self.text, max(0, f.start - 40), f.start) and RAG_WORD.fullmatch(self.text, f.start, f.end))]
        # a copy found across a table's cells ("Harvey<tab>Doyle") is written back cell by cell
        merged = split_at_cells(self.text, merged)
        self._classify_people(merged)
        return Linked(findings=merged, entities=self.entities)

    def _lower_case_names(self, findings: list[Finding]) -> list[Finding]:
        """A family's name written in lower case: a listed first name before the surname of a
        full name found here ("hi its dawn marsh, summer marsh's mum", where "Dawn Marsh" signs).
        A first name that is also a word ("summer", "will") only where the writing around it has
        no capitals. Found before the search, so that "summer" found so is followed into the rest
        of the lower-case writing; "the marsh", "town hall" stay."""
        surnames = set()
        for f in findings:
            parts = self._parts(f)
            # (or a whole name in lower case whose first name is only a name: "my name is kirsty shepherd")
            lower_seed = parts and parts[0].islower() and gazetteer.fold(parts[0]) in self.gaz.first_names \
                and not self.gaz.is_english(parts[0]) and not self.gaz.is_ambiguous(parts[0])
            if f.type == PERSON and len(parts) >= 2 and not self._all_initials(parts) \
                    and (f.score >= LOWER_SEED and is_capitalised(parts[0]) or lower_seed):
                surname = parts[-1].lower()
                if len(surname) >= 3 and re.fullmatch(r"[a-z'’-]+", surname) and surname not in STOP_WORDS:
                    surnames.add(surname)
        if not surnames:
            return []
        taken = SpanIndex((f.start, f.end) for f in findings)
        out = []
        pattern = re.compile(r"(?<![\w'’-])([a-z][a-z'’-]*[a-z])[ \t]+(" + "|".join(map(re.escape, sorted(surnames)))
                             + r")(?![\w-])")
        for m in pattern.finditer(self.text):
            first = gazetteer.fold(m.group(1))
            # (a first name that is a function word, "will shepherd", only in writing without capitals)
            stop = first in STOP_WORDS and not (first in VERB_NAMES and self._lower_case_writing(m.start()))
            if first not in self.gaz.first_names or len(first) < 3 or stop \
                    or first in self.gaz.calendar or first in self.gaz.titles or first in self.allow \
                    or first in self.gaz.role_cues or any(taken.overlapping(m.start(), m.end())):
                continue
            if self.gaz.is_english(first) and not self._lower_case_writing(m.start()):
                continue
            if self.allowed_span(self.text, m.start(), m.end()):
                continue
            out.append(Finding(type=PERSON, start=m.start(), end=m.end(), score=LINK_SCORE, recognizer="linker"))
        return out

    def _word_names(self, findings: list[Finding]) -> list[Finding]:
        """A first name that is also a word ("summer", "amber", "may", "jay"), in writing without
        capitals, where only a person stands: a clause's subject before a person's verb ("summer
        was in the back", "but amber n may sat with me", "she said jay can have a card"), or who is
        brought or taken ("can i bring may."). A season or a month only before a verb no season
        or month takes ("summer said", not "summer is over"); "in june", "the summer was" stay."""
        taken = SpanIndex((f.start, f.end) for f in findings)
        named_here = {self.text[f.start:f.end].lower() for f in findings if f.type == PERSON}
        out = []
        for m in re.finditer(r"(?<![\w'’@#./-])[a-z]{3,}(?![\w'’@-])", self.text):
            key = m.group()
            # (a name that is a word far more often, only before a verb of who speaks, comes or
            # goes: "mark came with me", "pat rang"; never "i hope is ok", "the bill has")
            common = key in NOT_WORD_NAMES and key in self.gaz.first_names and key not in self.allow
            if not (self._word_name(key) or common) or key in self.allow and key not in self.gaz.calendar \
                    or key in self.gaz.role_cues or any(taken.overlapping(m.start(), m.end())):
                continue
            before = self.text[max(0, m.start() - 24):m.start()]
            seasonal = key in self.gaz.calendar or key in SEASONS
            verb = COMMON_NAME_VERB if common else WORD_NAME_PERSON_VERB if seasonal else MODAL_NAME_VERB if key in MODAL_WORD_NAMES \
                else FOUND_WORD_NAME_VERB if key in named_here else WORD_NAME_VERB
            subject = WORD_NAME_BEFORE.search(before) and verb.match(self.text, m.end())
            brought = not common and WORD_NAME_BROUGHT.search(before) and WORD_NAME_AFTER_BROUGHT.match(self.text, m.end())
            if not (subject or brought) or not self._lower_case_writing(m.start()):
                continue
            if self.allowed_span(self.text, m.start(), m.end()):
                continue
            out.append(Finding(type=PERSON, start=m.start(), end=m.end(), score=LINK_SCORE, recognizer="linker"))
        # ... or who owns what a person owns, the apostrophe perhaps left out: "summers mum", "will's
        # school", "jacks fault" (a modal or a season owns no mum; "the summers holidays" aside)
        for m in WORD_NAME_OWNS.finditer(self.text):
            if not self._word_name(m.group(1)) or any(taken.overlapping(m.start(1), m.end(1))):
                continue
            if re.search(r"(?<![\w'’-])(?:the|a|an|this|that|last|next|all|two|three|many|few)[ \t]+$",
                         self.text[max(0, m.start() - 8):m.start()]) or not self._lower_case_writing(m.start()):
                continue
            out.append(Finding(type=PERSON, start=m.start(1), end=m.end(1), score=LINK_SCORE, recognizer="linker"))
        # ... and one named with her ("amber n may sat with me", may found so)
        for f in list(out):
            pair = re.search(r"(?<![\w'’-])([a-z]{3,})[ \t]+(?:n|and|&)[ \t]+$", self.text[max(0, f.start - 24):f.start])
            if pair and pair.group(1) in self.gaz.first_names and pair.group(1) not in STOP_WORDS \
                    and pair.group(1) not in NOT_WORD_NAMES and pair.group(1) not in self.gaz.calendar | SEASONS:
                start = f.start - len(pair.group(0))
                if not any(taken.overlapping(start, start + len(pair.group(1)))):
                    out.append(Finding(type=PERSON, start=start, end=start + len(pair.group(1)), score=LINK_SCORE,
                                       recognizer="linker"))
        return out

    def _word_name(self, key: str) -> bool:
        """A listed first name that is also an ordinary word, and may be one in lower case ("summer",
        "amber"; "will" and "may" too, whose modal use the verbs after them rule out)."""
        return key in self.gaz.first_names and self.gaz.is_english(key) and key not in NOT_WORD_NAMES \
            and (key not in STOP_WORDS or key in MODAL_WORD_NAMES) and key not in self.gaz.titles

    def _join_particles(self, findings: list[Finding]) -> list[Finding]:
        """Two parts of a name found apart with a surname's particle between ("Aoibheann Ní
        Bhriain", "Ahmed bin Salleh"): one name, so the draft keeps no "Ní" between replacements."""
        out: list[Finding] = []
        for f in sorted(findings, key=lambda f: (f.start, f.end)):
            prev = out[-1] if out else None
            gap = re.fullmatch(r"[ \t]+(\S+)[ \t]+", self.text[prev.end:f.start]) if prev and prev.end <= f.start else None
            if prev and f.type == PERSON and prev.type == PERSON and gap and gap.group(1) in NAME_PARTICLES:
                out[-1] = prev.with_(end=f.end)
                continue
            out.append(f)
        return out

    def _edges(self, findings: list[Finding]) -> list[Finding]:
        """A person's span takes in what belongs to the name at its edges: an initial's stop ("Mr
        F. and Mrs S. Chaudhry") and a title left at the end of the line above ("spoke to Mrs\n
        Holroyd"), so the draft holds no "." or "Mrs" orphaned from the name that replaced it."""
        out = []
        person_starts = {f.start for f in findings if f.type == PERSON}
        place_starts = {f.start for f in findings if f.type == LOCATION}
        for f in findings:
            if f.type == PERSON:
                start, end = f.start, f.end
                if self.text[end:end + 1] == "." and re.search(r"(?<![\w.])[A-Z]$", self.text[start:end]):
                    end += 1
                title = TITLE_ABOVE.search(self.text, max(0, start - 16), start)
                if title:
                    start = title.start()
                # "W K Leung" where "K Leung" was found (a second signer on a signature's line): an
                # initial before an initial is hers too
                initial = INITIAL_BEFORE.search(self.text, max(0, start - 4), start)
                if initial and re.match(r"[A-Z]\.?[ \t]", self.text[start:end]):
                    start = initial.start()
                # "Tsz Hin WONG" where "Hin WONG" was found: a Capitalised word no list or
                # dictionary knows, just before a name of two words, is the name's first word
                before = NAME_BEFORE.search(self.text, max(0, start - 30), start)
                gap = re.match(r"[ \t]+", self.text[end:end + 3])
                two_words = len([w for w in WORD_RE.findall(self.text[start:end]) if not self.gaz.is_title(w)]) >= 2 or (
                    gap is not None and end + gap.end() in person_starts)  # ("Hin" and "WONG" found apart)
                if before and self.text[before.end(1):start] == " " and is_capitalised(before.group(1)) \
                        and two_words and self._unknown_word(before.group(1)):  # (one space: no label's cell)
                    start = before.start(1)
                if (start, end) != (f.start, f.end):
                    f = f.with_(start=start, end=end)
            elif f.type == SCHOOL:
                # "St Bede's RC Primary (Hull)": the place in brackets says which one it is
                place = PLACE_IN_BRACKETS.match(self.text, f.end)
                if place and (gazetteer.fold(place.group(1)) in self.gaz.places
                              or place.start(1) in place_starts):
                    f = f.with_(end=place.end())
                # "The Willows", "at the Bridge": a setting named by a plain word has its article
                # in its name (and the draft no "the" before a replacement that has none)
                first = WORD_RE.match(self.text, f.start)
                article = THE_BEFORE.search(self.text, max(0, f.start - 5), f.start)
                if article and first and self.gaz.is_english(first.group()) \
                        and gazetteer.fold(first.group()) not in SCHOOL_GENERIC:
                    f = f.with_(start=article.start())
            if f.type in (ADDRESS, LOCATION, PERSON) and STREET_END.search(self.text, f.start, f.end):
                # "Fordingbridge Road site", "Pear Tree Lane site": a Traveller site by its road
                # (a place, whatever rule took its road: "outreach at Furze Hill Lane site")
                site = SITE_AFTER.match(self.text, f.end)
                # (a person's span whose last word is a surname too only with a Traveller's word:
                # "Met Paul Green site manager", never "Furze Hill Lane site visit")
                if site and (f.type != PERSON or site.group("kind")
                             or not SURNAME_STREET_END.search(self.text, f.start, f.end)):
                    f = f.with_(end=site.end(), type=LOCATION if f.type == PERSON else f.type)
            if f.type in (LOCATION, SCHOOL) and is_capitalised(self.text[f.start:f.end]):
                # "at Bloxham Fields infants": a setting's kind a message writes in lower case
                kind = LOWER_KIND_AFTER.match(self.text, f.end) or KIND_AFTER.match(self.text, f.end)
                if kind:
                    f = f.with_(end=kind.end(), type=SCHOOL)
            # a word broken at a line's end goes with the span that holds its start ("St Ninian's
            # RC Prim-\nary", "Ahmed-\nAli"): no half of it is left in clear
            broken = BROKEN_TAIL.match(self.text, f.end)
            if broken and f.type in (PERSON, SCHOOL, LOCATION, ADDRESS) and self.text[f.end - 1:f.end].isalpha():
                f = f.with_(end=broken.end())
            # ... and so does a scan's smudge inside a word and the letters after it ("Fletch~r")
            smudged = SMUDGED_TAIL.match(self.text, f.end)
            if smudged and f.type in (PERSON, SCHOOL, LOCATION, ADDRESS) and self.text[f.end - 1:f.end].isalpha():
                f = f.with_(end=smudged.end())
            out.append(f)
        return self._merge(out) if len(out) > 1 else out

    def _surname_before_role(self, start: int, end: int) -> int:
        """The end of a first name found alone, taking in the capitalised word after it where her
        role follows in brackets or in the next cell: "Tom Friend (class teacher)", "Bridget
        Spain\tSchool nurse" (a surname a word or a place, which no rule took as a name)."""
        name = self.text[start:end]
        m = SURNAME_BEFORE_ROLE.match(self.text, end)
        if not m or " " in name.strip() or gazetteer.fold(name) not in self.gaz.first_names:
            return end
        last = gazetteer.fold(m.group("last"))
        if self.gaz.is_title(m.group("last")) or last in self.gaz.calendar or last in SCHOOL_GENERIC or last in ATTENDANCE \
                or self.gaz.is_cue(m.group("last")) and last not in self.gaz.surnames and not self.gaz.is_english(last):
            return end
        role = m.group("role") or m.group("cell")
        words = re.findall(r"[A-Za-z]+", role)
        # (the role's own words: "class teacher", "SENCO", "school nurse, Year 4")
        if not words or not any(self.gaz.is_cue(w) for w in words[:3]):
            return end
        return m.end("last")

    # -- entities -----------------------------------------------------------------------------
    def _span(self, f: Finding) -> str:
        return self.text[f.start:f.end]

    def _parts(self, f: Finding) -> list[str]:
        if f.type != PERSON:
            return []
        # Titles lead a name ("Mrs", "Dr"); one after a name word is a surname ("Farida Sheikh")
        words = [m.group() for m in WORD_RE.finditer(self._span(f))]
        if 2 <= len(words) <= 4 and re.fullmatch(r"[^,\s]+,[ \t]*[^,\s]+(?:[ \t]+[^,\s]+){0,2}", self._span(f)):
            # "Bastow, Karen", "PETROV, Viktor Georgiev": written surname first, she is Karen Bastow
            words = words[1:] + words[:1]
        while words and gazetteer.fold(words[0]) in self.gaz.titles and len(words) > 1:
            words.pop(0)
        return [w for i, w in enumerate(words)
                if i > 0 or gazetteer.fold(w) not in self.gaz.titles]

    def _entity_for(self, f: Finding) -> str:
        if f.type == PERSON:
            return self._person_entity(f)
        if f.type == SCHOOL:
            key = "school:" + (self._distinctive(self._span(f)) or gazetteer.fold(self._span(f)))
        elif f.type == LOCATION:
            key = "place:" + gazetteer.fold(self._span(f))
        else:
            key = f"{f.type.lower()}:" + _normalise_value(self._span(f))
        if key not in self.entities:
            self.entities[key] = Entity(id=key, type=f.type, parts=[self._span(f)])
        elif f.type not in (SCHOOL, LOCATION) and self._span(f) != self.entities[key].parts[0]:
            # "HK/SD/C448812" and "CAMHS No: C448812" are one number written two ways: each
            # written form is searched for, or a third copy of the shorter one stays in the draft
            self.entities[key].aliases.add(self._span(f))
        return key

    def _person_entity(self, f: Finding) -> str:
        parts = self._parts(f)
        folded = [gazetteer.fold(p) for p in parts]
        if not folded:
            folded, parts = [gazetteer.fold(self._span(f))], [self._span(f)]
        gender = self._title_gender(f.start)
        if len(folded) >= 2 and self._all_initials(parts):
            # "Young person: R.O. (Reuben Okafor)": initials are the one person here they spell
            code = "".join(p.upper() for p in parts)
            owners = [e for e in self.entities.values() if e.type == PERSON and e.first and e.last
                      and e.first != e.last and len(e.parts) == len(parts) and _initials(e) == code]
            if len(owners) == 1:
                owners[0].aliases.add(code)
                self.initialled.add(owners[0].id)
                return owners[0].id
        if len(folded) >= 2:
            for eid in self.part_owner.get(folded[0], []):
                ent = self.entities[eid]
                if ent.first == folded[0] and ent.last == folded[-1]:
                    return eid
            key = "person:" + " ".join(folded)
            ent = self.entities.setdefault(key, Entity(
                id=key, type=PERSON, parts=parts, first=folded[0], last=folded[-1]))
            ent.gender = self.gaz.gender(parts[0]) if gender == "u" else gender
            for p in folded:
                if key not in self.part_owner[p]:
                    self.part_owner[p].append(key)
            return key
        part = folded[0]
        owners = self.part_owner.get(part, [])
        if owners:
            if len(owners) > 1 and gender != "u":
                for eid in owners:
                    if self.entities[eid].gender == gender:
                        return eid
            as_first = [e for e in owners if self.entities[e].first == part]
            return (as_first or owners)[0]
        key = "person:" + part
        is_surname = part in self.gaz.surnames and part not in self.gaz.first_names
        is_surname = is_surname or gender != "u" and self._after_title(f.start)
        ent = Entity(id=key, type=PERSON, parts=parts,
                     first=None if is_surname else part, last=part if is_surname else None,
                     gender=gender if gender != "u" else self.gaz.gender(parts[0]))
        self.entities[key] = ent
        self.part_owner[part].append(key)
        return key

    @staticmethod
    def _all_initials(parts: list[str]) -> bool:
        return 2 <= len(parts) <= 3 and all(len(p) == 1 and p.isupper() for p in parts)

    def _family_named(self, surname: str) -> bool:
        """Whether someone of this surname is found here by a whole name ("Ngozi Okoye")."""
        return any(e.type == PERSON and e.last == surname and e.first and e.first != surname
                   for e in self.entities.values())

    def _neighbours(self, findings: list[Finding]) -> list[Finding]:
        """The rest of a full name around a part found: a listed first name just before a found
        surname ("Dawn Skelby", where "Dawn" is also a word and only "Skelby" was found), a listed
        surname just after a found first name ("Farida Sheikh", where "Sheikh" is also a title).
        Both words Capitalised (or both in capitals), on one line, neither a role word nor kept."""
        out = []
        redacted = SpanIndex((f.start, f.end) for f in findings)
        for f in findings:
            if f.type == LOCATION:
                out.extend(self._places_listed(f, redacted))
            if f.type != PERSON or not f.entity or f.entity not in self.entities:
                continue
            ent = self.entities[f.entity]
            span = self.text[f.start:f.end]
            if SPELLED_OUT.fullmatch(span):
                continue  # letters spelled out have no first name or surname beside them ("T H O R N. Jade")
            for m in self._listed_beside(f):
                if self._listed_with(m.group(1), span, m.end(1)) \
                        and not any(redacted.overlapping(m.start(1), m.end(1))):
                    out.append(Finding(type=PERSON, start=m.start(1), end=m.end(1), score=LINK_SCORE,
                                       recognizer="linker"))
            if not span[:1].isupper():
                continue
            span_words = WORD_RE.findall(span)
            first_word = gazetteer.fold(span_words[0]) if span_words else ""
            last_word = gazetteer.fold(span_words[-1]) if span_words else ""
            # before: the found span starts with the entity's surname (or a word no list has)
            m = NAME_BEFORE.search(self.text, max(0, f.start - 30), f.start)
            if m and first_word and (first_word == ent.last or first_word not in self.gaz.first_names) \
                    and not self.gaz.is_title(span_words[0]):  # "Chase Mrs Ainsworth": a word before a title is no first name
                word = m.group(1)
                key = gazetteer.fold(word)
                # (or a word no list has before the family's surname: "Pupil<tab>Chidera Okoye", where
                # "Ngozi Okoye" and "Emeka Okoye" are found and no list has "Chidera"; or one written with
                # its own letters before any found surname: "Emīls Bērziņš")
                unlisted = first_word == ent.last and len(span_words) == 1 and is_capitalised(word) \
                    and len(key) >= 3 and (self._family_named(ent.last) and (self._unknown_word(word) or any(
                        # ... or the start of a first name found here: "Shell Parkin" (Shelley)
                        e.type == PERSON and e.first and len(e.first) > len(key) and e.first.startswith(key)
                        for e in self.entities.values()))
                        # (its own letters are no English word's, whatever the folded spelling is near)
                        or not word.isascii() and not self.gaz.is_english(key) and key not in STOP_WORDS) \
                    and key not in self.allow and not self.gaz.is_cue(word) and key not in self.gaz.places \
                    and key not in self.gaz.calendar and not self.gaz.is_title(word)
                if (self._name_word(word, key, span, self.gaz.first_names) or unlisted) \
                        and not any(redacted.overlapping(m.start(1), m.end(1))):
                    # "D Skelby" found before: "Dawn" is her; "John Skelby" found: "Dawn" is his kin
                    same = not ent.first or ent.first == key or ent.first == ent.last \
                        or (len(ent.first) == 1 and ent.first == key[:1])
                    out.append(Finding(type=PERSON, start=m.start(1), end=m.end(1), score=LINK_SCORE,
                                       recognizer="linker", entity=f.entity if same else None))
            # after: the found span ends with a first name
            m = NAME_NEXT.match(self.text, f.end)
            if m and last_word and last_word != ent.last and (last_word in self.gaz.first_names or last_word == ent.first):
                word = m.group(1)
                key = gazetteer.fold(word)
                phrase = re.match(r"[ \t]+([a-z]+)", self.text[m.end(1):m.end(1) + 24])
                if self._name_word(word, key, span, self.gaz.surnames) \
                        and not any(redacted.overlapping(m.start(1), m.end(1))) \
                        and not NOT_A_SURNAME_AFTER.match(self.text, m.end(1)) \
                        and not (phrase and f"{key} {phrase.group(1)}" in self.allow):  # "Tracey<tab>Foster carer"
                    out.append(Finding(type=PERSON, start=m.start(1), end=m.end(1), score=LINK_SCORE,
                                       recognizer="linker", entity=f.entity))
            if any(c.islower() for c in span):
                # after a name only where the name so far is a first name or an initial: after a
                # surname come letters ("Sam Lee MRCSLT")
                first_so_far = re.search(r"(?<!\w)[A-Z]\.?$", span) or (
                    last_word in self.gaz.first_names and (len(span_words) == 1 or last_word not in self.gaz.surnames))
                # before a name only where that is a first name alone ("KAVANAGH-DOYLE Tilly"):
                # before a full name stands a team's or a body's ("SENSS Amy Hall")
                first_only = len(span_words) == 1 and first_word in self.gaz.first_names
                for m in (CAPS_BEFORE.search(self.text, max(0, f.start - 30), f.start) if first_only else None,
                          CAPS_NEXT.match(self.text, f.end) if first_so_far else None):
                    if m and self._caps_surname(m.group(1)) and not any(redacted.overlapping(m.start(1), m.end(1))):
                        out.append(Finding(type=PERSON, start=m.start(1), end=m.end(1), score=LINK_SCORE,
                                           recognizer="linker", entity=f.entity))
        return out

    def _staff_codes(self, findings: list[Finding]) -> list[Finding]:
        """Staff initials that are also an abbreviation ("BC", "AR"), in notes that write their
        people as initials (two codes found at least): listed with a found code ("HB and BC",
        "JW, HB, AR, BC"), or acting at a line's or a sentence's start ("BC to decide", "- BC:
        decision on ..."). ``_every_copy`` then takes each copy of it that stands as a person."""
        found = self._found_codes(findings)
        if len(found) < 2:
            return []
        out = []
        # a log's column that holds found codes holds staff in every line, even a code a list
        # keeps ("GA", general anaesthetic, beside "AJ" and "RF")
        column = list(LOG_COLUMN.finditer(self.text))
        if len({m.group("code") for m in column} & found) >= 2:
            out += [Finding(type=PERSON, start=m.start("code"), end=m.end("code"), score=LINK_SCORE, recognizer="linker")
                    for m in column if m.group("code") not in found and not self.gaz.is_cue(m.group("code"))
                    and (m.group("code") not in SIGN_OFF_NOT_INITIALS or m.group("code") in LISTED_STAFF_WORDS)]
        # the letters of a system's user names found here: "cpemberton" in the officer's column is
        # "CP" in the notes ("CP emailed SEN caseworker"), whatever else "CP" stands for
        user_codes = {(w[0] + w[1]).upper() for f in findings if f.type == PERSON
                      for w in [self._span(f)] if USER_NAME.fullmatch(w) and (w[1:].rstrip("0123456789") in self.gaz.surnames)}
        for m in CODE_WORD.finditer(self.text):
            code = m.group()
            if code in user_codes and code not in found and (ACTED.match(self.text, m.end()) or TO_ACT.match(self.text, m.end())) \
                    and initials_as_a_person(self.text, m.start(), m.end()):
                out.append(Finding(type=PERSON, start=m.start(), end=m.end(), score=LINK_SCORE, recognizer="linker"))
                continue
            # an abbreviation that is also initials ("AR", "BC"), or one the allow list keeps that
            # no list of abbreviations counts as letters ("GA"), never one both keep ("LA", "EAL")
            kept_code = gazetteer.fold(code) in self.allow
            plain = code not in NOT_INITIALS and not kept_code  # letters no list has: "BK + SP visit"
            if code in found or code in NOT_INITIALS and kept_code and code not in LISTED_STAFF_WORDS \
                    or code.lower() in STOP_WORDS or code in SIGN_OFF_NOT_INITIALS and code not in LISTED_STAFF_WORDS \
                    or self.gaz.is_cue(code):
                continue  # (a role's abbreviation is the role: "consent from KL and SW")
            before = self.text[max(0, m.start() - 40):m.start()]
            after = self.text[m.end():m.end() + 40]
            # ("GA (chair), RP, TW": a role in brackets after a code in a list of them)
            # (never a role's letters before its band or its team: "Rachel Mercer SN (Band 6), TB = ...")
            role = "" if code in ROLE_INITIALS else _LISTED_ROLE
            listed = any(x in found for x in re.findall(rf"([A-Z]{{2,3}}){_LISTED_ROLE}[ \t]*(?:,|&|\+|/|and|or)[ \t]*$", before)) \
                or any(x in found for x in re.findall(rf"^{role}[ \t]*(?:,|&|\+|/|and|or)[ \t]*([A-Z]{{2,3}})\b", after))
            if kept_code and code not in LISTED_STAFF_WORDS:
                # (a kept code before two found ones, as a list of those present writes it;
                # never a CSV's last cells, "NFA,RS", "HN,EAL")
                run = LISTED_PAIR.match(after)
                listed = bool(run) and run.group(1) in found and run.group(2) in found
            # (a code a list keeps acts only with a person's verb: "GA to draft", never "ASD to be ruled out")
            # (a line's, a sentence's or a CSV cell's start: '"PA took initial call, passed to GA."')
            acting = re.search(r"(?:^|\n|[.;]\s|(?:^|,)[\"“])[ \t]*(?:[-*•]|\d+\.)?[ \t]*$", before) and (
                not kept_code and (re.match(r"[ \t]*:[ \t]+[a-z]", after) or re.match(r"[ \t]+to[ \t]+[a-z]+", after))
                or TO_ACT.match(after) or ACTED.match(after))
            if code in LISTED_STAFF_WORDS:  # ("NB" is nota bene wherever it acts: "NB: ...", "NB to be confirmed")
                acting = False
            if plain:  # (such letters a rule finds where they act; here, only joined to a found code)
                listed = any(x in found for x in re.findall(r"\b([A-Z]{2,3})[ \t]*(?:&|\+|/|and)[ \t]*$", before)) \
                    or any(x in found for x in re.findall(r"^[ \t]*(?:&|\+|/|and)[ \t]*([A-Z]{2,3})\b", after))
                acting = False
            if (listed or acting) and initials_as_a_person(self.text, m.start(), m.end()) \
                    and not self.allowed_span(self.text, m.start(), m.end()):
                out.append(Finding(type=PERSON, start=m.start(), end=m.end(), score=LINK_SCORE,
                                   recognizer="linker"))
        return out

    def _staff_word_acts(self, start: int, end: int) -> bool:
        """Whether a note's word that is a worker's initials too ("NB", "PS") stands as the worker
        here: acting ("NB to check", "NB's ext", "NB chased"), listed with others ("Mon NB · Tue
        TY", "NB, TY"), or alone in a cell or at a heading's end ("– NB"); never as a note ("NB -
        mum has not had it", "NB the LA deadline", "(NB: check)")."""
        after = self.text[end:end + 24]
        before = self.text[max(0, start - 12):start]
        if STAFF_WORD_ACTS.match(after):
            return True
        if re.match(r"[ \t]*(?:,|·|\||\t|\r?\n|$)", after) and re.search(r"(?:[,·|\t–—]|(?:Mon|Tue|Wed|Thu|Fri)[ \t]*)[ \t]*$|^$", before):
            return True
        return False

    def _lower_surnames(self, findings: list[Finding]) -> list[Finding]:
        """A surname written in lower case after a found first name in lower case
        ("alfie-ray wickens 14th feb 2015", where "Alfie-Ray" is found), and each copy of it in
        any case ("sorry WICKENS not wickins"): a listed surname or a word no list has (one near
        a word too), never a dictionary's word, a kept term, text-speak, a place, a month, a title
        or a role."""
        out, words_found = [], set()
        redacted = SpanIndex((f.start, f.end) for f in findings)
        found_lasts = {ent.last for ent in self.entities.values() if ent.type == PERSON and ent.first and ent.last
                       and ent.first != ent.last and len(ent.last) >= 3 and ent.last not in STOP_WORDS}
        for f in findings:
            span = self.text[f.start:f.end]
            ent = self.entities.get(f.entity) if f.entity else None
            if f.type != PERSON or not ent or not span.islower() or " " in span or gazetteer.fold(span) != ent.first:
                continue
            m = LOWER_WORD_AFTER.match(self.text, f.end)
            if not m:
                continue
            key = m.group(1)
            # (a listed surname, or a word no list has, even one near a word: "wickens" beside "wickets";
            # or the surname of a person found here by her whole name: "child: summer bishop" beside
            # "name: april bishop")
            if key in found_lasts and not any(redacted.overlapping(m.start(1), m.end(1))):
                out.append(Finding(type=PERSON, start=m.start(1), end=m.end(1), score=LINK_SCORE, recognizer="linker"))
                continue
            name_like = key in self.gaz.surnames or self._unknown_word(key) or self.gaz.near_english(key)
            if len(key) < 4 or not name_like or self.gaz.is_english(key) or key in STOP_WORDS or key in self.allow \
                    or key in text_speak() or key in self.gaz.places or key in self.gaz.calendar \
                    or self.gaz.is_title(key) or self.gaz.is_cue(key) or any(redacted.overlapping(m.start(1), m.end(1))):
                continue
            words_found.add(key)
        for key in words_found:
            for m in re.finditer(rf"(?<![\w'’-])(?i:{re.escape(key)})(?![\w'’-])", self.text):
                if not any(redacted.overlapping(m.start(), m.end())):
                    out.append(Finding(type=PERSON, start=m.start(), end=m.end(), score=LINK_SCORE, recognizer="linker"))
        return out

    def _same_surname(self, findings: list[Finding]) -> list[Finding]:
        """A first name just before the surname of a person found by her whole name: her family
        ("April Bishop" in a CSV's mother column beside "Summer Bishop"), even where the first
        name is a month or a word too; never a month a date's word stands before ("in April
        Bishop ..."), a title or a role."""
        lasts = {ent.last for f in findings if f.type == PERSON and f.entity
                 for ent in [self.entities.get(f.entity)]
                 if ent and ent.first and ent.last and ent.first != ent.last and len(ent.last) >= 3}
        if not lasts:
            return []
        redacted = SpanIndex((f.start, f.end) for f in findings)
        out = []
        alternation = "|".join(re.escape(last) for last in sorted(lasts, key=len, reverse=True))
        # (in lower case too, as a message writes both: "his name is mark bishop")
        for m in re.finditer(rf"(?<![\w'’.-])([A-Za-z][a-z]+)[ \t]+((?i:{alternation}))(?=['’]s\b|(?![\w'’-]))", self.text):
            word, key, last = m.group(1), gazetteer.fold(m.group(1)), gazetteer.fold(m.group(2))
            lower = word.islower() and m.group(2).islower()
            if not (lower or is_capitalised(word) and (is_capitalised(m.group(2)) or m.group(2).isupper())) \
                    or key == last or lower and (key in text_speak() or len(key) < 3) \
                    or key not in self.gaz.first_names or key in STOP_WORDS or self.gaz.is_title(word) \
                    or self.gaz.is_cue(word) or key in self.gaz.role_cues or any(redacted.overlapping(m.start(1), m.end(1))):
                continue
            if lower and (key in gazetteer.COLOUR_FIRST_NAMES and last in gazetteer.COLOUR_WORDS
                          or gazetteer.COLOURED_AFTER.match(self.text, m.end())):
                continue  # "hazel brown eyes", "jade green" beside "Kayden Brown": a colour, no name
                # (never "grace brown would come")
            if key in self.gaz.calendar and re.search(r"\b(?i:in|of|since|until|till|by|from|during|early|late|mid|"
                                                      r"end|last|next|this|before|after)[ \t]+$",
                                                      self.text[max(0, m.start() - 10):m.start()]):
                continue
            out.append(Finding(type=PERSON, start=m.start(1), end=m.end(2), score=LINK_SCORE, recognizer="linker"))
        return out

    def _in_file_names(self, findings: list[Finding]) -> list[Finding]:
        """A found person's name or initials inside a file's name the text gives, whose words
        hyphens or underscores join ("(file: case-example-Boyes-HJ.docx)")."""
        names: dict[str, str] = {}
        for ent in self.entities.values():
            if ent.type == PERSON and ent.first and ent.last and ent.first != ent.last:
                for part in ent.parts:
                    if len(part) >= 3 and is_capitalised(part) and gazetteer.fold(part) not in self.allow:
                        names.setdefault(part, ent.id)
                # (the initials of the whole name, or of a double first name: "HJ" for Harley-Jay)
                codes = _initials_variants(ent) + ["".join(p[:1].upper() for p in ent.first.split("-"))]
                for code in codes:
                    if len(code) >= 2:
                        names.setdefault(code, ent.id)
        if not names:
            return []
        redacted = SpanIndex((f.start, f.end) for f in findings)
        out = []
        for m in FILE_NAME.finditer(self.text):
            stem = m.group("stem")
            for w in re.finditer(r"[A-Za-z]+", stem):
                at = m.start("stem") + w.start()
                ent = names.get(w.group())
                if ent and not any(redacted.overlapping(at, at + len(w.group()))):
                    out.append(Finding(type=PERSON, start=at, end=at + len(w.group()), score=LINK_SCORE,
                                       recognizer="linker", entity=ent))
        return out

    def _corrected(self, findings: list[Finding]) -> list[Finding]:
        """What a transcript heard before its speaker put the name right ("Funny, sorry, Funmi"):
        the same person misheard, so a word of the name's first letter, no role or title."""
        people = {f.start: f for f in findings if f.type == PERSON}
        out = []
        for m in CORRECTED.finditer(self.text):
            right, wrong = people.get(m.end()), m.group("wrong")
            key = gazetteer.fold(wrong)
            if right and self.text[m.end()] == wrong[0] and key not in STOP_WORDS and not self.gaz.is_cue(wrong) \
                    and not self.gaz.is_title(wrong) and key not in self.allow:
                out.append(Finding(type=PERSON, start=m.start("wrong"), end=m.end("wrong"), score=LINK_SCORE,
                                   recognizer="linker", entity=right.entity))
        return out

    def _found_codes(self, findings: list[Finding]) -> set[str]:
        """The initials found as people by a rule (NER's guesses at codes aside): "BC", "PH"."""
        return {self._span(f) for f in findings if f.type == PERSON and CODE.fullmatch(self._span(f))
                and not f.recognizer.endswith(":ner")}

    def _lower_codes(self, findings: list[Finding]) -> list[Finding]:
        """Staff initials found in capitals ("PH" under "taken by") and written in lower case in
        the notes where they act or are asked for: "ph explained", "gt to cover?", "mum wants sa
        there", "(for dp)". Never a code that is a word ("is", "me") or a kept term."""
        found = {c.lower() for c in self._found_codes(findings)}
        found = {c for c in found if c not in STOP_WORDS and not self.gaz.is_english(c) and c not in self.allow}
        if not found:
            return []
        out = []
        for m in LOWER_CODE.finditer(self.text):
            if m.group() in found and (LOWER_CODE_ACTS.match(self.text, m.end())
                                       or LOWER_CODE_ASKED.search(self.text, max(0, m.start() - 12), m.start())):
                out.append(Finding(type=PERSON, start=m.start(), end=m.end(), score=LINK_SCORE, recognizer="linker"))
        return out

    def _caps_surname(self, word: str) -> bool:
        """A word in capitals that can be a surname: no word of the dictionary, no kept term,
        no abbreviation we know ("Ania SALT", "Mr Khan SENCO" are no names)."""
        parts = [gazetteer.fold(p) for p in re.split(r"[-'’]", word)]
        # (nor a word of a kept term: "EHC" of "EHC plan", "INSET day")
        # (nor a council's letters: "BHCC" in the cell before "Alfie")
        return len(word.replace("-", "")) >= 3 and gazetteer.fold(word) not in gazetteer.words_of(self.allow) \
            and word not in gazetteer.council_acronyms() and not self.gaz.is_cue(word) and all(
                len(p) >= 2 and not self.gaz.is_english(p) and p not in STOP_WORDS and p not in self.allow
                and p not in self.gaz.role_cues and p not in self.gaz.titles and p not in self.gaz.calendar
                and (p not in text_speak() or p in self.gaz.surnames)  # "OMG Gosia", "LOL"
                for p in parts)

    def _listed_beside(self, f: Finding) -> list[re.Match]:
        """The word listed right after a finding and the one right before it ("X, Y", "X + Y",
        "X and Y", "X or Y"), as matches whose group 1 is the word."""
        after = LIST_NEXT.match(self.text, f.end)
        before = LIST_BEFORE.search(self.text, max(0, f.start - 30), f.start)
        return [m for m in (after, before) if m]

    def _places_listed(self, f: Finding, redacted: SpanIndex) -> list[Finding]:
        """A Capitalised word in a list with a place found ("young people in Kilnworth and
        Swathe", "the Swathe and Kilnworth cluster"): a place too, unless it is a kept, a
        function or a calendar word, or a word that starts a Title Case phrase."""
        out = []
        slashed = [m for m in (SLASH_NEXT.match(self.text, f.end), SLASH_BEFORE.search(self.text, max(0, f.start - 30), f.start))
                   if m and not self.gaz.is_english(m.group(1))]  # (no "Harehills/Other")
        for m in self._listed_beside(f) + slashed:
            # (joined by "and" or "&" only: after a comma an address's or a signature's next part
            # goes on, "Health Visitor, Thorne")
            if not re.search(r"(?:\band|&)[ \t]|^/|/$", m.group()) or not is_capitalised(m.group(1)) \
                    or any(redacted.overlapping(m.start(1), m.end(1))):
                continue
            word, key = m.group(1), gazetteer.fold(m.group(1))
            if key in self.allow or key in STOP_WORDS or key in self.gaz.calendar or key in self.gaz.titles \
                    or self.gaz.is_cue(word) or key in self.gaz.role_cues or len(key) < 3:
                continue
            if (self.gaz.is_english(key) or key in gazetteer.QUARTER_WORDS) and (
                    re.match(r"[ \t]+[A-Z]", self.text[m.end(1):m.end(1) + 3]) or sentence_initial(self.text, m.start(1))):
                continue  # "Kilnworth & Swathe Community Noticeboard": a name's words, not a list (nor
                # "Exeter & Mid Devon locality team")
            out.append(Finding(type=LOCATION, start=m.start(1), end=m.end(1), score=LINK_SCORE, recognizer="linker"))
        return out

    def _listed_with(self, word: str, span: str, end: int) -> bool:
        """A first name in a list with a person found ("mr grayson, miss lilley + amber from the
        attendance team"), written as the list writes names; a name that is also a word only
        where a list of people goes on or ends, never "Sarah and will go"."""
        key = gazetteer.fold(word)
        if key not in self.gaz.first_names or key in STOP_WORDS or key in self.gaz.calendar \
                or self.gaz.is_cue(word) or key in self.gaz.role_cues or key in self.gaz.titles \
                or (key in self.allow and not is_capitalised(word)):
            return False
        if not (word.islower() and span.islower() or is_capitalised(word) and not span.islower()):
            return False
        if key in gazetteer.authorities()[0] and AUTHORITY_AFTER.match(self.text, end):
            return False  # "(Aled Prydderch, Devon CS)": his authority's department, no one listed
        return not self.gaz.is_english(key) or bool(LIST_END.match(self.text, end))

    def _short_forms(self, findings: list[Finding]) -> list[Finding]:
        """A short form of one found person's first name: "Mase" where "Mason" was found, "Kels"
        for "Kelsey", "Bev" (a listed name too) for "Beverley". Capitalised, shorter, the same
        first three letters, and a word no dictionary, place list, allow list or role list has
        (a listed first name only where it opens hers); never where two people's names start alike."""
        by_start: dict[str, list[Entity]] = defaultdict(list)
        for ent in self.entities.values():
            if ent.type == PERSON and ent.first and len(ent.first) >= 4 and ent.first.isalpha():
                by_start[ent.first[:3]].append(ent)
        if not by_start:
            return []
        redacted = SpanIndex((f.start, f.end) for f in findings)
        ends = {f.end: f for f in findings if f.type == PERSON}
        out = []
        for m in SHORT_FORM.finditer(self.text):
            word = m.group(1)
            key = gazetteer.fold(word)
            owners = [e for e in by_start.get(key[:3], ()) if len(key) < len(e.first)]
            if len(owners) != 1 or any(redacted.overlapping(m.start(1), m.end(1))):
                continue
            quoted = self.text[m.start(1) - 1:m.start(1)] in ('"', "“", "‘") \
                and self.text[m.end(1):m.end(1) + 1] in ('"', "”", "’")  # 'Archie ... "Arch"': a nickname
            # ... or in brackets right after her found name: "Catherine Pennington (Cat)"
            bracket = re.search(r"[ \t]*\($", self.text[max(0, m.start(1) - 6):m.start(1)])
            named = ends.get(m.start(1) - len(bracket.group())) if bracket else None
            quoted = quoted or named is not None and named.entity == owners[0].id \
                and self.text[m.end(1):m.end(1) + 1] == ")"
            if (not quoted and (self.gaz.is_english(word) or self.gaz.near_english(key))
                    and not (gazetteer.fold(owners[0].first).startswith(key)
                             and (self._named_mid_sentence(m.start(1), m.end())
                                  or self._subject_opening(m.start(1), m.end())
                                  or GREETING_LINE.match(self.text, m.end(1))
                                  and re.search(r"(?:\A|\n)[ \t>]*$", self.text[max(0, m.start(1) - 8):m.start(1)])
                                  or self._signed_above_name(m.start(1), m.end(1), owners[0])))) \
                    or key in self.allow or key in self.gaz.first_names and not gazetteer.fold(owners[0].first).startswith(key) \
                    or key in self.gaz.places or key in STOP_WORDS or self.gaz.is_cue(word) \
                    or key in self.gaz.titles or key in self.gaz.calendar or key in self.gaz.role_cues:
                continue
            out.append(Finding(type=PERSON, start=m.start(1), end=m.end(1), score=LINK_SCORE,
                               recognizer="linker", entity=owners[0].id))
        # ... and in lower case, where the writer writes so: "also mase has been really bad" (Mason
        # found), never a word, a slip from one or text-speak
        for m in LOWER_SHORT_FORM.finditer(self.text):
            key = m.group()
            owners = [e for e in by_start.get(key[:3], ()) if len(key) < len(e.first) and e.evidence >= LOWER_SEED]
            # (one first name found as two people, "Harrison Pike" and "harrisons" with its possessive, is one owner)
            firsts = {gazetteer.fold(e.first): e for e in owners}
            owners = [e for f, e in firsts.items() if not (f.endswith("s") and f[:-1] in firsts)]
            if len(owners) != 1 or gazetteer.fold(owners[0].first).startswith(key) and len(key) < 4 \
                    or any(redacted.overlapping(m.start(), m.end())) or self.gaz.is_english(key) \
                    or len(key) < 4 and self.gaz.near_english(key) or self._no_lower_name(key) \
                    or key in self.gaz.places or not self._lower_case_writing(m.start()):
                continue
            out.append(Finding(type=PERSON, start=m.start(), end=m.end(), score=LINK_SCORE,
                               recognizer="linker", entity=owners[0].id))
        for m in GREETED_LOWER.finditer(self.text):
            key = m.group(1)
            owners = [e for e in self.entities.values() if e.type == PERSON and e.first and e.evidence >= LOWER_SEED
                      and len(e.first) >= 4 and gazetteer.fold(e.first).startswith(key)]
            if len({gazetteer.fold(e.first) for e in owners}) != 1 or any(redacted.overlapping(m.start(1), m.end(1))) \
                    or self._no_lower_name(key) or key in ENDEARMENTS:
                continue
            out.append(Finding(type=PERSON, start=m.start(1), end=m.end(1), score=LINK_SCORE,
                               recognizer="linker", entity=owners[0].id))
        return out

    def _signed_above_name(self, start: int, end: int, ent: Entity) -> bool:
        """A short form alone on its line after a sign-off, signing a message above its owner's full
        name: "Thanks hun\nShab\n\nShabana Kauser" (her first name within the next three lines; never a
        label's word, "Case\nCasey Hall, Y4")."""
        if not (re.search(r"(?:\A|\n)[ \t>]*$", self.text[max(0, start - 8):start])
                and re.match(r"[ \t]*\r?\n", self.text[end:end + 4])
                and SIGN_OFF_ABOVE.search(self.text, max(0, start - 40), start)):
            return False
        below = self.text[end:end + 120].split("\n")[1:4]
        return any(re.match(rf"[ \t>]*{re.escape(ent.parts[0])}\b", line) for line in below)

    def _school_letters(self, findings: list[Finding]) -> list[Finding]:
        """A setting found here, written again by its initials in capitals: "Trinity Fields
        Academy" as "TFA", "Highfield Moor Academy" as "HMA" (three letters at least, the small
        words left out; never letters the allow list keeps or two settings share)."""
        letters: dict[str, set[str]] = defaultdict(set)
        for f in findings:
            if f.type != SCHOOL:
                continue
            words_ = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]*", self._span(f))
                      if w.lower() not in ("the", "of", "and", "for", "in", "at", "s")]
            code = "".join(w[0].upper() for w in words_)
            if 3 <= len(code) <= 5:
                letters[code].add(f.entity or self._span(f))
        redacted = SpanIndex((f.start, f.end) for f in findings)
        out = []
        for code, owners in letters.items():
            if len(owners) != 1 or code.lower() in self.allow or code in NOT_INITIALS or code.lower() in STOP_WORDS:
                continue
            for m in re.finditer(rf"(?<![\w'’&/.-]){code}(?![\w'’&/-])", self.text):
                if not any(redacted.overlapping(m.start(), m.end())):
                    out.append(Finding(type=SCHOOL, start=m.start(), end=m.end(), score=LINK_SCORE, recognizer="linker",
                                       entity=next(iter(owners)) if next(iter(owners)) in self.entities else None))
        return out

    def _word_names_found_here(self, findings: list[Finding]) -> list[Finding]:
        """A found person's first name that is also a word ("Will Dransfield", "Dawn"), in a copy
        written in lower case where only a person stands (see NAME_SLOT_BEFORE and _AFTER): the
        word alone is never followed into lower case, but one written where it is spoken to,
        asked or told, or at a service, is hers. In writing without capitals only; never after
        an article or a word of time ("the summer said", "in may")."""
        owners: dict[str, set[str]] = defaultdict(set)
        for e in self.entities.values():
            if e.type == PERSON and e.first and e.evidence >= LOWER_SEED and len(e.first) >= 3:
                owners[gazetteer.fold(e.first)].add(e.id)
        redacted = SpanIndex((f.start, f.end) for f in findings)
        out = []
        for m in re.finditer(r"(?<![\w'’@#./-])[a-z]{3,}(?![\w'’@-])", self.text):
            key = m.group()
            if len(owners.get(key, ())) != 1 or any(redacted.overlapping(m.start(), m.end())):
                continue
            if key in self.gaz.titles or key in self.gaz.role_cues or key in ENDEARMENTS or key in text_speak() \
                    or key in self.allow and key not in self.gaz.calendar:
                continue
            before = self.text[max(0, m.start() - 24):m.start()]
            if not (NAME_SLOT_BEFORE.search(before) or NAME_SLOT_AFTER.match(self.text, m.end())) \
                    or ARTICLE_BEFORE.search(before) or not self._lower_case_writing(m.start()):
                continue
            if re.match(r"[ \t]+(?:you|u|we|i|they|he|she|it|be|have|not|go|do|get)\b", self.text[m.end():m.end() + 6]):
                continue  # ("hi will you ring me", "thanks may be late": a question, a modal)
            if before.endswith("with ") and not re.match(r"[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:if|when|at|from|cos|because|who)\b",
                                                         self.text[m.end():m.end() + 12]):
                continue  # "pair me with will if you can", not "with grace and dignity"
            if key in MODAL_WORD_NAMES and not NAME_SLOT_BEFORE.search(before):
                continue  # ("will said" is no sentence; "may wants", neither: only where spoken to or with)
            out.append(Finding(type=PERSON, start=m.start(), end=m.end(), score=LINK_SCORE,
                               recognizer="linker", entity=next(iter(owners[key]))))
        return out

    def _subject_opening(self, start: int, end: int) -> bool:
        """A short form that is also a word opens a sentence, a line or a cell and a person's
        verb follows it ("Fin suspended 3 days", ". Fin now on reduced timetable"): the fish's
        fin does neither."""
        line = self.text[max(0, start - 30):start].rsplit("\n", 1)[-1]
        return bool(SENTENCE_OPEN.search(line)) and SUBJECT_PREDICATE.match(self.text, end) is not None

    def _named_mid_sentence(self, start: int, end: int) -> bool:
        """A short form that is also a word ("Con" for Connor, "Trace" for Tracey) is the person
        where a word would not be Capitalised: after a lower-case word or a comma, and before
        no other Capitalised word ("so proud of you Con!!!", "you and Trace have", not "Con Edison")."""
        before = self.text[max(0, start - 30):start]
        prev = re.search(r"([A-Za-z]+)([ \t,]+)$", before)
        if not prev or not prev.group(1).islower() or prev.group(1) in ("the", "a", "an"):
            return False
        return not re.match(r"[ \t]+[A-Z0-9]", self.text[end:end + 3])

    def _unknown_word(self, word: str) -> bool:
        """No dictionary's, list's or rule's word: no English word, title, role, place, kept term
        or listed name (a listed one is for ``_neighbours`` to judge)."""
        key = gazetteer.fold(word)
        return len(key) >= 2 and not self.gaz.is_english(key) and key not in STOP_WORDS \
            and not self.gaz.is_title(word) and not self.gaz.is_cue(word) and key not in self.gaz.role_cues \
            and key not in self.allow and key not in self.gaz.places and key not in self.gaz.first_names \
            and key not in self.gaz.surnames and key not in self.gaz.calendar and not self.gaz.near_english(key) \
            and key not in text_speak() and re.search(r"(.)\1\1", key) is None  # "Hiya Jane Smith", "Hiyaaa"

    def _name_word(self, word: str, key: str, span: str, names: frozenset[str]) -> bool:
        """``word`` is a name of ``names`` written like ``span`` (Capitalised, or both in capitals),
        no role or function word, not kept by the allow list (months aside: "May Skelby")."""
        if GAELIC_SURNAME.fullmatch(word) and names is self.gaz.surnames and not span.isupper():
            return True  # "Pauline McG": a surname cut short, or one no list has
        written_alike = (is_capitalised(word) and not span.isupper()) or (word.isupper() and span.isupper())
        # a double first name of words ("Precious-Joy", "Lily-Mae"): one of its parts a listed first name
        listed = key in names or ("-" in key and names is self.gaz.first_names
                                  and any(p in names for p in key.split("-") if len(p) > 2))
        return written_alike and len(key) >= 2 and listed and (key not in STOP_WORDS or key in self.gaz.calendar) \
            and not self.gaz.is_cue(word) and key not in self.gaz.role_cues \
            and (key not in self.allow or key in self.gaz.calendar) \
            and not (key in self.gaz.titles and key not in self.gaz.surnames)

    def _every_copy(self, findings: list[Finding]) -> list[Finding]:
        """Each name redacted somewhere is redacted wherever it stands written the same way (same
        case, a whole word): the output's leak check holds every copy to that, and a document
        with one "Hope" replaced and another left would not be written at all. The rules above
        decide what a name is; this only makes the decision hold for every copy. Not: an
        allow-listed phrase, a month as a date, a lower-case copy that is an ordinary word, or an
        abbreviation where it is one ("the GP letter": see ``initials_as_a_person``)."""
        from redactor.write.leakcheck import whole_words
        redacted = SpanIndex((f.start, f.end) for f in findings)
        by_value: dict[str, Finding] = {}
        for f in findings:
            value = self.text[f.start:f.end]
            if f.type in (PERSON, SCHOOL, LOCATION) and len(value.strip()) >= 2 and value == value.strip():
                by_value.setdefault(value, f)
        out = []
        for value, places in whole_words(self.text, list(by_value)).items():
            f = by_value[value]
            if value.islower() and self.gaz.is_english(value):
                continue
            for start in places:
                end = start + len(value)
                if any(redacted.overlapping(start, end)):
                    continue
                if self.allowed_span(self.text, start, end) or gazetteer.as_a_word(self.text, start, end) \
                        and not (f.type == PERSON and gazetteer.MIXED_CASE_ABBREVIATION.fullmatch(value)):
                    continue  # (a code found as a person as written is that person's each time: "ShB"
                    # under "Initials", then "ShB said"; "ToD" for a found "Tod" is an abbreviation)
                if value.isupper() and len(value) <= 3 and not initials_as_a_person(self.text, start, end):
                    continue
                if value in LISTED_STAFF_WORDS and not self._staff_word_acts(start, end):
                    continue  # ("NB: the panel meets monthly", "NB - mum has not had it": nota bene, whoever NB is)
                if f.type == PERSON and self._compound_noun(value, start):
                    continue
                out.append(Finding(type=f.type, start=start, end=end, score=LINK_SCORE,
                                   recognizer="linker", entity=f.entity))
        return out

    def _said_address_words(self, findings: list[Finding]) -> list[Finding]:
        """The words of an e-mail address read out on a call, spelled again on their own ("andi munt
        87 at yahoo.com" found, then "like andi with an I then munt and 87"): words no dictionary,
        list of fillers or allow list has, each whole copy as written."""
        redacted = SpanIndex((f.start, f.end) for f in findings)
        said = set()
        for f in findings:
            local = SAID_LOCAL_PART.match(self.text, f.start, f.end) if f.type == EMAIL else None
            for w in re.findall(r"[A-Za-z]{3,}", local.group(1)) if local else ():
                key = gazetteer.fold(w)
                if not (self.gaz.is_english(w) or key in STOP_WORDS or key in text_speak() or key in self.allow
                        or key in self.gaz.places or key in gazetteer.authorities()[0]):  # ("bristol sendiass at ...")
                    said.add(w)
        out = []
        for w in said:
            for m in re.finditer(rf"(?<![\w'’@.-]){re.escape(w)}(?![\w'’@-])", self.text):
                if not any(redacted.overlapping(m.start(), m.end())):
                    out.append(Finding(type=EMAIL, start=m.start(), end=m.end(), score=LINK_SCORE, recognizer="linker"))
        return out

    def _written_references(self, findings: list[Finding]) -> list[Finding]:
        """A found reference written again another way: said on a call and then written ("M K S two
        five oh six one four", then "MKS 250614"), or its separators changed ("MKS-25-0614")."""
        keys = {key for f in findings if f.type == CASE_REF and (key := reference_key(self._span(f)))}
        return self._references_where(findings, WRITTEN_REFERENCE, lambda m: reference_key(m.group()) in keys) if keys else []

    def _reference_shapes(self, findings: list[Finding]) -> list[Finding]:
        """A code written in the very shape of a found reference, its letters and digits in the same
        places: the log's "Ref" column holds "D25-0603-03", the notes say "duplicate of D25-0603-04"
        (a shape with a letter, a separator and six digits at least: never a date's)."""
        shapes = {_shape(span) for f in findings if f.type == CASE_REF
                  and CODE_SHAPE.fullmatch(span := self._span(f))
                  and sum(c.isdigit() for c in span) >= 6 and any(c.isalpha() for c in span)}
        return self._references_where(findings, CODE_SHAPE, lambda m: _shape(m.group()) in shapes) if shapes else []

    def _reference_numbers(self, findings: list[Finding]) -> list[Finding]:
        """A found reference's own number, standing alone elsewhere: "IAS-25-0659" found, then "welcome
        calls for 0659 and 0646" names the same case by its number."""
        numbers = set()
        for f in findings:
            m = REF_OWN_NUMBER.search(self._span(f)) if f.type == CASE_REF else None
            if m and not YEAR_NUMBER.fullmatch(m.group()):
                numbers.add(m.group())
        # (never a time where a time stands, nor a count: "1030 rang mum back", "at 1200", "a 1500 word")
        return self._references_where(findings, BARE_NUMBER, lambda m: m.group() in numbers and not (
            TIME_NUMBER.fullmatch(m.group()) and TIME_BEFORE.search(self.text, max(0, m.start() - 8), m.start()))
            and not COUNTED_AFTER.match(self.text, m.end())) if numbers else []

    def _references_where(self, findings: list[Finding], pattern: re.Pattern, holds) -> list[Finding]:
        """A reference wherever ``pattern`` matches text nothing found covers and ``holds(match)``."""
        redacted = SpanIndex((f.start, f.end) for f in findings)
        return [Finding(type=CASE_REF, start=m.start(), end=m.end(), score=LINK_SCORE, recognizer="linker")
                for m in pattern.finditer(self.text)
                if not any(redacted.overlapping(m.start(), m.end())) and holds(m)]

    def _the_kind(self, findings: list[Finding]) -> list[Finding]:
        """"the Academy", "The College" with its capital, where one setting of that kind is found
        here ("Hallcross Academy"): people write its kind for its name once it is known."""
        kinds: dict[str, set[str]] = defaultdict(set)
        for ent in self.entities.values():
            name = ent.parts[0].split() if ent.type == SCHOOL and ent.parts else []
            if len(name) >= 2 and name[-1] in ("Academy", "College"):
                kinds[name[-1]].add(ent.id)
        if not kinds:
            return []
        redacted = SpanIndex((f.start, f.end) for f in findings)
        out = []
        for m in THE_KIND.finditer(self.text):
            owners = kinds.get(m.group(1), set())
            if len(owners) == 1 and not any(redacted.overlapping(m.start(), m.end())):
                out.append(Finding(type=SCHOOL, start=m.start(), end=m.end(), score=LINK_SCORE,
                                   recognizer="linker", entity=next(iter(owners))))
        return out

    def _compound_noun(self, value: str, start: int) -> bool:
        """A name that is also a word (a surname, a first name), as the last word of a Capitalised
        noun: "the Sports Hall", "Village Green", "Main Hall" (Mr Hall found): a dictionary's word
        no name list has before it."""
        if " " in value or value.isupper() or not self.gaz.is_english(value):
            return False  # ("Refer CC to SENDIASS": initials, not a noun's last word)
        prev = re.search(r"(?<![\w'’.-])([A-Z][a-z]{2,})[ \t]$", self.text[max(0, start - 20):start])
        if not prev:
            return False
        key = gazetteer.fold(prev.group(1))
        return self.gaz.is_english(key) and key not in self.gaz.first_names and key not in self.gaz.surnames \
            and key not in self.gaz.titles and key not in STOP_WORDS and not self.gaz.is_cue(prev.group(1))

    def _lower_case_writing(self, at: int, follow: bool = True) -> bool:
        """Whether the paragraph around ``at`` is written without capitals (a chat, a parent's
        e-mail): past each line's "Name:" or time stamp, no sentence starts with a capital and
        hardly a word does. Hard-wrapped prose has lines without capitals; its sentences do not.
        A paragraph of a word or two (a sign-off) is written as the one above it, which ``follow``
        looks at once."""
        if self._line_starts is None:  # where lines start, found once
            self._line_starts = [0] + [m.end() for m in re.finditer(r"\n", self.text)]
        line_start = self._line_starts[bisect_right(self._line_starts, at) - 1]
        line_end = self.text.find("\n", at)
        line_end = line_end if line_end >= 0 else len(self.text)
        if "\t" in self.text[line_start:line_end]:
            # a table's notes cell ("...\tDurham\twill has dx of adhd ..."): that cell alone, its
            # abbreviations in capitals aside ("AR", "SALT")
            cell_start = self.text.rfind("\t", line_start, at) + 1 or line_start
            if cell_start not in self._lower_cells:
                cell_end = self.text.find("\t", at, line_end)
                said = re.findall(r"[^\W\d_]+", self.text[cell_start:cell_end if cell_end >= 0 else line_end])
                self._lower_cells[cell_start] = len(said) >= 4 and not any(
                    w[0].isupper() and w != "I" and not w.isupper() for w in said)
            if self._lower_cells[cell_start]:
                return True
        colon = self.text.find(": ", line_start, min(line_start + 60, at))
        if colon >= 0 and "\n" not in self.text[line_start:colon]:
            # a chat message or a log entry: that line alone (each line read once)
            if line_start not in self._lower_lines:
                line_end = self.text.find("\n", at)
                said = re.findall(r"[^\W\d_]+", self.text[colon + 2:line_end if line_end >= 0 else len(self.text)])
                if SUBJECT_LABEL.fullmatch(self.text, line_start, colon):
                    # a lower-case writer's subject line: "RE: RE: summers college place - PLEASE READ"
                    said = [w for w in said if not w.isupper()]
                self._lower_lines[line_start] = len(said) >= 2 and not any(
                    w[0].isupper() and w != "I" for w in said)
            return self._lower_lines[line_start]
        if self._breaks is None:  # where paragraphs end, found once
            # (a quoted reply's empty line, "> >>", parts its paragraphs too)
            found = [m.span() for m in re.finditer(r"\n(?:[ \t]*>[> \t]*|[ \t]+)?(?=\n)", self.text)]
            self._breaks = [a for a, _ in found]
            self._break_ends = [b + 1 for _, b in found]
        i = bisect_right(self._breaks, at - 2)
        start = self._break_ends[i - 1] if i else 0
        if start not in self._lower_paragraphs:
            end = self._breaks[i] if i < len(self._breaks) else -1
            body = []
            for line in self.text[start:end if end >= 0 else len(self.text)].splitlines():
                colon = line.find(": ")
                body.append(line[colon + 2:] if 0 <= colon < 60 else line)
            para = "\n".join(body)
            words = re.findall(r"[^\W\d_]+", para)
            capitals = [w for w in words if w[0].isupper() and w != "I" and not w.isupper()]
            starts = re.findall(r"(?:^|[.!?]\s+)([^\W\d_])", para, re.MULTILINE)
            # a writer who starts no sentence with a capital, though names have theirs ("the
            # council took to long. i asked ... Tom Sheard left"): three sentences at least
            sentences = re.findall(r"[.!?]\s+([^\W\d_])", para)
            lower = not any(c.isupper() for c in starts) and (
                len(words) >= 3 and len(capitals) <= len(words) // 20 or len(sentences) >= 3)
            if 0 < len(words) < 3 and not capitals and i > 0 and self._breaks[i - 1] > 0:
                # a sign-off under a lower-case message is written the same way ("...\n\ndawn\n07700
                # 900417"): as the paragraph above, looked at once (not the one above that)
                if not follow:
                    return False
                lower = self._lower_case_writing(self._breaks[i - 1] - 1, follow=False)
            self._lower_paragraphs[start] = lower
        return self._lower_paragraphs[start]

    def _word_before(self, start: int) -> str:
        """The folded word just before ``start`` (a title, if there is one)."""
        m = WORD_BEFORE.search(self.text[max(0, start - 12):start])
        return gazetteer.fold(m.group(1)) if m else ""

    def _after_title(self, start: int) -> bool:
        return self._word_before(start) in self.gaz.titles

    def _title_gender(self, start: int) -> str:
        title = self._word_before(start)
        return "f" if title in FEMALE_TITLES else "m" if title in MALE_TITLES else "u"

    @staticmethod
    def _distinctive(name: str) -> str:
        """The part of a school's name that identifies it: "Oakwood" of "Oakwood High School"."""
        return gazetteer.fold(" ".join(distinctive_words(name)))

    def _collect_aliases(self, findings: list[Finding]) -> None:
        for f in findings:
            if f.type not in (PERSON, SCHOOL, LOCATION):
                continue
            after = self.text[f.end:f.end + 40]
            after = after[2:] if after.startswith(("'s", "’s")) else after
            ent = self.entities[f.entity]
            lower = LOWER_ALIAS_RE.match(after) if f.type == PERSON else None
            if lower and not self.gaz.is_english(lower.group(1)) and lower.group(1) not in STOP_WORDS \
                    and lower.group(1) not in text_speak() and lower.group(1) not in self.allow \
                    and not self.gaz.is_cue(lower.group(1)) \
                    and any(gazetteer.fold(p)[:2] == lower.group(1)[:2] for p in ent.parts):
                ent.aliases.add(lower.group(1))  # "lily-rose (lils)": her short form in lower case
            for rx in (ALIAS_RE, NICKNAME_RE):
                m = rx.match(after)
                if not m:
                    continue
                alias, key = m.group(1), gazetteer.fold(m.group(1))
                # "Gareth Price (GP)": a defined short form wins over the allow list for this
                # document; "(mum)", "(SENCO)" are roles, not aliases.
                defined_initials = alias.isupper() and alias == _initials(ent)
                # "(Pastoral)", "(Inclusion)": a role or team in brackets is no short form
                quoted = bool(re.match(r"\s*\(\s*[\"“'‘]", after))
                word = rx is ALIAS_RE and not quoted and not alias.isupper() and self.gaz.is_english(alias) \
                    and key not in self.gaz.first_names
                # "Mr Kiveton (HOY)": a person's capitals in brackets are their initials ("Alfie-Ray
                # Dinnington (ARD)", "Saima (SA)") or a role
                # (but a first name alone and its initials with a surname's: "Sister Tia (TN)"; never a
                # role's, "Tom (TA)")
                initialled = ent.type == PERSON and len(ent.parts) == 1 and 2 <= len(alias) <= 3 and alias.isalpha() \
                    and alias[0] == ent.parts[0][:1] and alias not in ROLE_INITIALS and alias not in NOT_INITIALS
                word = word or (rx is ALIAS_RE and ent.type == PERSON and alias.isupper() and not initialled
                                and not defined_initials and not _spells(alias, " ".join(ent.parts)))
                # "Miss Fairweather (Art)": the subject a teacher teaches, though a short name too
                word = word or key in TAUGHT_SUBJECTS
                # "Dawn or Ruth (DSLs)": a kept role's letters as a plural are what they both are
                word = word or (key.endswith("s") and key[:-1] in self.allow and alias[:-1].isupper())
                # "prefers email", "known as mum": a lower-case word after the cue is no nickname
                word = word or (alias.islower() and (self.gaz.is_english(alias) or key in STOP_WORDS))
                if defined_initials or (key not in self.allow and not self.gaz.is_cue(alias)
                                        and key not in self.gaz.titles and not word):
                    ent.aliases.add(alias)

    # -- mentions -----------------------------------------------------------------------------
    def _search_mentions(self) -> list[Finding]:
        out = []
        # (people counted once: "A. Pollard" and "Adrian Pollard" are one, whose "AP" it is, and so are
        # "Andrei P." and "Andrei Popescu"; Amy and Alfie Pollard are two)
        owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for ent in self.entities.values():
            if ent.type == PERSON and ent.first and ent.last and ent.first != ent.last:
                for code in _initials_variants(ent):
                    owners[code].add((ent.first, ent.last))
        initials = Counter({code: sum(not any((g, m) != (f, l) and _shortens(f, g) and _shortens(l, m) for g, m in people)
                                      for f, l in people)
                            for code, people in owners.items()})
        # Initials two people here share ("SA": Shabana Akhtar, an officer, and Shilan Ahmed) are
        # still someone's where they act ("SA drafting with mum"): the one whose initials the text
        # writes as a name, or else the one named first, takes them
        for code, people in owners.items():
            if initials[code] > 1 and len(code) >= 2:
                held = [e for e in self.entities.values() if e.type == PERSON and (e.first, e.last) in people]
                held = [e for e in held if e.id in self.initialled] or held
                self.shared_codes[code] = min(held, key=lambda e: self._first_mention(e.id)).id
        # One pass over the text indexes where each word starts; a pattern is then tried only
        # where its first word stands, not run over the whole text once per entity.
        where: dict[str, list[int]] = defaultdict(list)
        for m in _WORDISH.finditer(self.text):
            where[m.group().casefold()].append(m.start())
        for ent in self.entities.values():
            for pattern, lead in self._patterns(ent, initials):
                if lead is None:
                    matches = pattern.finditer(self.text)
                else:
                    matches = filter(None, (pattern.match(self.text, at) for at in where.get(lead, ())))
                special = self.special.get(pattern.pattern)
                for m in matches:
                    start, end = strip_possessive(self.text, m.start(), m.end())
                    if special == "lower" and not self._lower_case_writing(start) \
                            and not self._lower_copy_stands(m.group(), start, end):
                        continue
                    if special == "lower" and (PRONOUN_BEFORE.search(self.text, max(0, start - 12), start)
                                               or COPY_ARTICLE_BEFORE.search(self.text, max(0, start - 8), start)) \
                            and self.gaz.is_english(m.group()):
                        continue  # "i hope they listen", "we will see": the word after its subject;
                        # "a mark on his face", "the jay": the word after its article
                    if special == "lower-place" and not self._lower_case_writing(start) \
                            and not PLACE_WORD_BEFORE.search(self.text, max(0, start - 12), start):
                        continue
                    if special == "lower-setting" and (
                            not SETTING_WORD_BEFORE.search(self.text, max(0, start - 12), start)
                            or (nxt := re.match(r"[ \t]+([a-z]+)", self.text[end:end + 24])) is not None
                            and (nxt.group(1) in ("to", "in", "into", "towards", "of", "for")
                                 or nxt.group(1) not in STOP_WORDS and self.gaz.is_english(nxt.group(1))
                                 and not re.fullmatch(r"[a-z]+(?:ed|s)", nxt.group(1)))):
                        continue  # (never a phrase going on: "from stepping stones to independence",
                        # "the orchard vale path")
                    if special == "lower" and gazetteer.fold(m.group()).rstrip("s") in self.gaz.calendar | SEASONS and (
                            MONTH_WORD_BEFORE.search(self.text, max(0, start - 12), start)
                            or re.match(r"[ \t]*(?:\d|half|holidays?|hols|term|time|break|camp|school|club)\b",
                                        self.text[end:end + 10])):
                        continue  # "june gledhill" found: "my mam is june" is her, "in june" a month, "over the summer" a season
                    code = re.sub(r"[.\s]", "", m.group())
                    if special == "town" and not (
                            gazetteer.fold(m.group(1)).rstrip(".") in self.gaz.first_names
                            or self.gaz.is_title(m.group(1).rstrip("."))
                            or len(m.group(1).rstrip(".")) == 1 and self._after_title(m.start())):
                        continue  # "from Barnsley", "Barnsley CAMHS", "A Barnsley school": the town
                    if special == "initials" and not initials_as_a_person(self.text, start, end):
                        continue  # "the GP letter", "IR panel" stay; "GP welcomed everyone" is Gail Pickering
                    if special in ("initials", "shared") and code in NOT_INITIALS and (
                            EVENT_LETTERS_AFTER.match(self.text, end) or EVENT_LETTERS_BEFORE.search(self.text, max(0, start - 12), start)):
                        continue  # "AR was 11/2", "w/o AR": an annual review where Amy Rowe is in the log
                    if special == "shared" and not (initials_as_a_person(self.text, start, end)
                                                    and SHARED_CODE_ACTS.match(self.text, end)):
                        continue  # two people's initials only where one acts: "SA drafting", not "CB done"
                    if self.allowed_span(self.text, start, end) or gazetteer.as_a_word(self.text, start, end):
                        continue
                    if ent.type == PERSON and self._compound_noun(self.text[start:end], start):
                        continue  # "the Sports Hall" (Mr Hall found)
                    if ent.type == SCHOOL and " " not in m.group() and self._class_named(m.group()):
                        continue  # "Class Kestrel", "Kestrel is my class" (Kestrel Rise Primary found)
                    out.append(Finding(type=ent.type, start=start, end=end, score=LINK_SCORE,
                                       recognizer="linker", entity=ent.id))
        return out

    def _class_named(self, word: str) -> bool:
        """Whether this document names a class by ``word`` ("Class Kestrel", "Kestrel Class")."""
        if word not in self._class_words:
            self._class_words[word] = names_a_class(self.text, word, self.gaz.is_english)
        return self._class_words[word]

    def _spaced_copies(self) -> list[Finding]:
        """A found name as speech-to-text writes it: spelled out letter by letter ("K A S I A",
        "l o m a x") or cut in two ("Oak hurst" for Oakhurst), or broken at a line's end ("Tuck-\nett"). Names of five letters or more that
        are no dictionary word; the copy is two or more words with one space between them, which
        read together (any case) are the name. One pass over the text's words."""
        owner: dict[str, Entity] = {}
        short: dict[str, Entity] = {}  # names of three or four letters
        words_of: dict[str, set[str]] = defaultdict(set)  # an entity's every word, "academy" too
        for ent in self.entities.values():
            if ent.type not in (PERSON, SCHOOL, LOCATION, ADDRESS):  # (a scan's "Fenw ick House" too)
                continue
            for part in ent.parts:
                # (a scan's "Brackenfie1d" is Brackenfield, spelled out in its heading)
                for word in _LETTERS_AND_DIGITS.findall(part):
                    key = gazetteer.fold(misread_reading(word) or word)
                    words_of[ent.id].add(key)
                    if len(key) >= 5 and key.isalpha() and not self.gaz.is_english(key):
                        owner.setdefault(key, ent)
                    elif len(key) >= 3 and key.isalpha() and not self.gaz.is_english(key) and key not in STOP_WORDS:
                        short.setdefault(key, ent)  # (spelled with hyphens only: "Ewa, E-W-A")
        if not owner and not short:
            return []
        prefixes = {key[:n] for key in (*owner, *short) for n in range(1, len(key))}
        words = [(m.start(), m.end(), m.group().casefold()) for m in _LETTERS.finditer(self.text)]
        out = []
        for i, (start, end, word) in enumerate(words):
            joined = word
            for k in range(i + 1, len(words)):
                if joined not in prefixes or self.text[words[k - 1][1]:words[k][0]] not in (" ", "-", " - ", "-\n", "-\r\n"):
                    # "D-E-N-I-S", "D - E - N"; a scan's word broken at a line's end: "Tuck-\nett"
                    break
                joined += words[k][2]
                pieces = [w for _, _, w in words[i:k + 1]]
                hyphened = all(self.text[words[j - 1][1]:words[j][0]] == "-" for j in range(i + 1, k + 1))
                if joined in short and joined not in owner and hyphened and all(len(w) == 1 for w in pieces) \
                        and not self.text.startswith("-", words[k][1]):
                    ent = short[joined]  # "E-W-A"
                elif joined in owner and (all(len(w) == 1 for w in pieces) or hyphened and self.text[start].isupper() or any(
                        len(w) > 1 and not self.gaz.is_english(w) for w in pieces)):  # not "no one" for Noone
                    ent = owner[joined]  # ("Kettle-borough": a name said apart)
                else:
                    ent = None
                if ent is not None:
                    end = words[k][1]
                    if all(len(w) == 1 for w in pieces):  # "B R A C K E N F I E L D   A C A D E M Y"
                        for more in _SPELLED_ON.finditer(self.text, end):
                            if more.start() != end or gazetteer.fold(more.group(1).replace(" ", "")) not in words_of[ent.id]:
                                break
                            end = more.end()
                    out.append(Finding(type=ent.type, start=start, end=end, score=LINK_SCORE,
                                       recognizer="linker", entity=ent.id))
                    break
        return out

    def _misread_copies(self, findings: list[Finding]) -> list[Finding]:
        """A found name as a scan misread it, a digit or a stroke for a letter ("Pi/kington" under
        "Gareth Pilkington", "Petrauskait6" under "L. Petrauskaite", "Zieli?ski" where "Mrs
        Zie1inska" is found): a word of four letters or more with one such character or two, that
        reads as the name with each of them any letter, or reads close to it (the same first two
        letters, a letter more or less at most). Only names of five letters or more. A name found
        up to the misread letter is found to the word's end ("FiIip Zieli" of "FiIip Zieli?ski")."""
        names = {}
        for f in findings:
            if f.type != PERSON:
                continue
            for part in _LETTERS.findall(self._span(f).replace("1", "l").replace("0", "o")):
                key = gazetteer.fold(part)
                if len(key) >= 5:
                    names.setdefault(key, self.entities[f.entity])
        out = []
        for m in MISREAD_NAME.finditer(self.text):
            token = m.group()
            if sum(c.isalpha() for c in token) < 4 or len(re.sub(r"[A-Za-z]", "", token)) > 2:
                continue
            # (a word and its number is a label's, "Week2", "Level3", "Bank1"; a misread name's last letter
            # only where the rest is no word, "Petrauskait6")
            head = re.match(r"[A-Za-z]+(?=\d+$)", token)
            if head and self.gaz.is_english(head.group().lower()) \
                    or self.gaz.is_english(token.lower().replace("1", "l").replace("0", "o")):
                continue  # (nor a word a scan misread: "Medica1 Secretary")
            read = re.compile("".join(re.escape(c.casefold()) if c.isalpha() else "." for c in token))
            for name, ent in names.items():
                # (each misread character read as the name's letter in its place, where the lengths agree)
                word = "".join(c.casefold() if c.isalpha() else name[k] for k, c in enumerate(token)) \
                    if len(token) == len(name) else re.sub(r"[^a-z]", "", token.casefold().replace("0", "o").replace("1", "l"))
                if read.fullmatch(name) or name[:2] == word[:2] and abs(len(name) - len(token)) <= 1 \
                        and difflib.SequenceMatcher(None, word, name).ratio() >= MISREAD_LIKE:
                    start = min([m.start()] + [f.start for f in findings if f.type == PERSON
                                               and f.start < m.start() < f.end < m.end()])
                    out.append(Finding(type=PERSON, start=start, end=m.end(), score=LINK_SCORE,
                                       recognizer="linker", entity=ent.id))
                    break
        return out

    def _sounded_copies(self, findings: list[Finding]) -> list[Finding]:
        """A found name as speech-to-text heard it, in pieces of other words: "tar mailing gum" for
        Tharmalingam, "sandy who" for Sandhu, "Jazz deep" for Jasdeep (spelled "J A S D E E P" on
        the call), "whit lock" for Whitlock; a setting's or a place's the same way after a word of
        where ("at war set rise" for Warsett Rise Primary, "in glad less valley"). Only in a
        transcript (speakers' turns), only after another of the person's names or a word that names
        one ("my son", "mr", "it's"), only names of five letters or more that are no dictionary word;
        the pieces, two or three words one space apart, none a stop word to start nor in capitals,
        sound as the name does (``sound_key``), open with its letter and read close to it. One word
        so heard only right after a name found, and a dictionary's word only before the name said
        right ("Rob divine is it Devine"; never "Jack walks out" for Wilks)."""
        if not TRANSCRIPT_TURNS.search(self.text):
            return []
        names: dict[str, dict[str, Entity]] = defaultdict(dict)  # first letter -> name -> entity
        for ent in self.entities.values():
            if ent.type not in (PERSON, SCHOOL, LOCATION):
                continue
            spelled = SPELLED_OUT.fullmatch(" ".join(ent.parts)) is not None
            for word in [re.sub(r"[^A-Za-z]", "", " ".join(ent.parts))] if spelled else _LETTERS.findall(" ".join(ent.parts)):
                key = gazetteer.fold(word)
                if len(key) >= 5 and key.isalpha() and not self.gaz.is_english(key) and len(sound_key(key)) >= 3 \
                        and key not in SCHOOL_GENERIC:
                    names[key[0]].setdefault(key, ent)
        if not names:
            return []
        words = [(m.start(), m.end(), m.group().casefold()) for m in _LETTERS.finditer(self.text)]
        after_a_name = {f.end + 1 for f in findings if f.type == PERSON}
        after_a_name |= {f.end + 2 for f in findings if f.type == PERSON and self.text[f.end:f.end + 2] == ", "}
        # (or a found name's later word, where the rest was heard apart: "Lorraine Hind March", NER's "Lorraine Hind")
        after_a_name |= {f.start + m.start() for f in findings if f.type == PERSON
                         for m in re.finditer(r"(?<=[ \t])[A-Za-z]", self.text[f.start:f.end])}
        out = []
        for i, (start, end, word) in enumerate(words):
            # (never from a stop word, nor through an abbreviation's capitals: "for an EHC" is no Franek)
            if len(word) < 2 or word in STOP_WORDS:
                continue
            # (only where a name is said: after another of the person's names, "suresh tar mailing gum",
            # "Zuzanna, zoo zana", or a word that names one, "my son Jazz deep", "at war set rise";
            # never "Is Thursday okay for you" for Okafor, "Mind you" for Mandy)
            cued = start in after_a_name or HEARD_NAME_CUE.search(self.text, max(0, start - 24), start) is not None
            placed = HEARD_PLACE_CUE.search(self.text, max(0, start - 24), start) is not None
            if not cued and not placed:
                continue
            if start in after_a_name and self.text[start - 1] == " " and self.text[start:end].islower():
                for name, ent in names.get(word[:1], {}).items():
                    # (a word of the dictionary only where the name is said right after: "Rob divine is it Devine";
                    # never "Jack walks out" for Wilks)
                    if ent.type == PERSON and word != name and sound_key(word) == sound_key(name) \
                            and difflib.SequenceMatcher(None, word, name).ratio() >= SOUNDED_ONE_WORD \
                            and (not self.gaz.is_english(word) or name in self.text[end:end + 40].casefold()):
                        out.append(Finding(type=PERSON, start=start, end=end, score=LINK_SCORE,
                                           recognizer="linker", entity=ent.id))
                        break
            for name, ent in names.get(word[:1], {}).items():
                if not (cued if ent.type == PERSON else placed):
                    continue  # (a setting or a place only after where: "at war set rise", "the family hub in glad less valley")
                joined = word
                for k in range(i + 1, min(i + 3, len(words))):
                    # (pieces of two letters or more, none the name itself: "hoyle H O Y L E" is the name, then its letters)
                    if self.text[words[k - 1][1]:words[k][0]] != " " or len(words[k][2]) < 2 or word == name \
                            or self.text[words[k][0]:words[k][1]].isupper():
                        break
                    joined += words[k][2]
                    if len(joined) > len(name) + 3:
                        break
                    if len(joined) >= len(name) - 2 and sound_key(joined) == sound_key(name) \
                            and difflib.SequenceMatcher(None, joined, name).ratio() >= SOUNDED_LIKE:
                        last = k  # (a setting's other words after it: "war set rise" for Warsett Rise Primary)
                        own = {gazetteer.fold(p) for p in _LETTERS.findall(" ".join(ent.parts))}
                        while ent.type != PERSON and last + 1 < len(words) and words[last + 1][2] in own \
                                and self.text[words[last][1]:words[last + 1][0]] == " ":
                            last += 1
                        out.append(Finding(type=ent.type, start=start, end=words[last][1], score=LINK_SCORE,
                                           recognizer="linker", entity=ent.id))
                        break
        return out

    def _patterns(self, ent: Entity, initials: Counter) -> list[tuple[re.Pattern, str | None]]:
        """(pattern, its first word casefolded, or None when it must scan the whole text)."""
        forms: list[tuple[str, bool]] = []  # (surface, any_case)
        lower: list[str] = []  # names that are words, searched in lower case in lower-case writing
        possessive: list[str] = []  # names searched with an apostrophe-less "s" before "mum"
        led: list[tuple[re.Pattern, str]] = []  # regex forms with the word they start with
        if ent.type == PERSON and SPELLED_OUT.fullmatch(" ".join(ent.parts)):
            # a name spelled letter by letter ("spelt T H O R N", "h-o-y-l-e") is written whole
            # elsewhere: "Jade Thorn", "THORN", as written with its capital
            word = re.sub(r"[^A-Za-z]", "", " ".join(ent.parts))
            # (and in lower case where it is no word: "T H A R M A L I N G A M. tharmalingam")
            lower = (word.lower(),) if len(word) >= 5 and not self.gaz.is_english(word.lower()) else ()
            return [(_compile(w, False), _lead(w, False)) for w in (word[0].upper() + word[1:].lower(), word.upper(), *lower)]
        if ent.type == PERSON and 2 <= len(ent.parts) <= 3 and all(len(p) == 1 and p.isupper() for p in ent.parts) \
                and ("".join(ent.parts).lower() in self.allow or "".join(ent.parts) in NOT_INITIALS):
            # a child by dotted initials that are a kept abbreviation's letters ("A.R. (CPS-24-1156)"):
            # the dotted copies only, never the abbreviation ("overdue AR for A.R.")
            dotted = r"\.[ ]?".join(ent.parts) + r"\."
            return [(re.compile(rf"(?<![\w.]){dotted}"), ent.parts[0].casefold())]
        if ent.type == PERSON and ent.parts == ["I"]:
            return []  # a letter "I" read as a name ("Mrs I"): its copies are the pronoun
        if ent.type == PERSON:
            # Initials in capitals ("IS", "AM") only ever match in capitals: never ordinary words.
            english = [self.gaz.is_english(p) and not (p.isupper() and len(p) <= 3) for p in ent.parts]
            if all(english) and ent.evidence < WEAK_SEED:
                # Ordinary words only guessed at ("Page" of "Title Page", "Major Component"):
                # each other copy must be found on its own evidence, never spread to.
                return []
            if len(ent.parts) == 1 and gazetteer.fold(ent.parts[0]) in gazetteer.authorities()[0]:
                return []  # an authority's name read once as a first name ("EHCNA Devon will lapse"): its
                # copies are the county ("Devon EP Service") unless found so on their own
            # The whole name in any case ("kacper nowak", "tez"), unless every part is an
            # ordinary word: "title page" is not "Title Page", "page" is not "Page".
            if not all(english) or len(ent.parts) >= 2:
                whole = " ".join(ent.parts)
                initials_only = whole.isupper() and len(whole.replace(" ", "")) <= 3  # "IS": never "is"
                if initials_only and whole in gazetteer.SIGN_OFF_NOT_INITIALS:
                    # a worker's letters that are a time's too ("AM" under "Taken by"): hers where
                    # they stand as a person's ("AM to call"), never in "9 AM"
                    rx = re.compile(rf"(?<![\w'’-]){whole}(?![\w'’-])")
                    self.special[rx.pattern] = "initials"
                    led.append((rx, whole.casefold()))
                else:
                    forms.append((whole, not all(english) and not initials_only))
            named = any(gazetteer.fold(p) in self.gaz.first_names or gazetteer.fold(p) in self.gaz.surnames
                        for p in ent.parts)
            for part, ordinary in zip(ent.parts, english):
                key = gazetteer.fold(part)
                known = key in self.gaz.first_names or key in self.gaz.surnames
                if ordinary and not known and not named and ent.placed < PLACED_SEED:
                    # An ordinary word no name list has ("Contributor", "Major Component") is
                    # searched alone only beside a listed name ("Sophie Bright") or when a rule
                    # placed it as a name: a title, "my friend Mads", a name field.
                    continue
                # A listed name that is also a role word or a kept abbreviation ("Jane Nurse",
                # "Joanne Salt", "Dr Sen") is still searched, Capitalised as written: "SALT",
                # "SEN" and "the school nurse" are kept. Months keep the allow list's protection.
                as_name = known and is_capitalised(part) and key not in self.gaz.calendar
                if len(key) < 2 or key in self.gaz.titles or (key in STOP_WORDS and not known) or part in NAME_PARTICLES \
                        or key in SETTING_PARTS:
                    continue  # "Deano At The Shed": "The" and "At" are nobody anywhere else (nor "de"
                    # of "Maria de Souza", nor "School" of a setting read as a name)
                if part.islower() and not known and key in text_speak():
                    continue  # "samsam ok" read as one name: "ok" is nobody anywhere else
                if (part.islower() or is_capitalised(part) and len(ent.parts) >= 2) and key in STOP_WORDS \
                        and key in VERB_NAMES and key in self.gaz.first_names \
                        and ent.evidence >= LOWER_SEED and part == ent.parts[0] and ent.first == key:
                    # "will shepherd" found: "will has been on sen support", "will's sister", "my son
                    # is will" are him; "i will ring" is the verb (a modal never goes on "has", "told")
                    # ("Will Shotton" found in a column: the notes' "will has dx of adhd" too)
                    rx = re.compile(rf"(?<![\w'’-]){key}(?=['’]s\b|{LOWER_SUBJECT_VERB.pattern})"
                                    rf"|(?:{_RELATION_IS}){key}(?![\w'’-])")
                    self.special[rx.pattern] = "lower"
                    led.append((rx, key))
                    if part.islower():
                        continue
                if (key in self.gaz.calendar or key in SEASONS) and key in self.gaz.first_names \
                        and ent.placed >= CALENDAR_NAME_SEED \
                        and part == ent.parts[0] and ent.first == key and len(key) >= 4:
                    # "my eldest summer (shes 11)" placed by a rule: "summer had her transition day" is
                    # her, where a verb of a person follows; "this summer was", "in june is" stay the time
                    # (MONTH_WORD_BEFORE, where the search reads a "lower" match, leaves them; "for" too)
                    rx = re.compile(rf"(?i)(?<![\w'’-])(?<!for ){key}(?=['’]s\b|{CALENDAR_NAME_VERB})")
                    self.special[rx.pattern] = "lower"
                    led.append((rx, key))
                if part.islower() and key in self.gaz.english:
                    if key in self.gaz.first_names and len(key) >= 3 and key not in STOP_WORDS \
                            and key not in self.gaz.calendar and ent.evidence >= LOWER_SEED \
                            and part == ent.parts[0] and ent.first == key:  # not "mr dawson said", "miss hope"
                        lower.append(part)  # "my other son mason": in lower-case writing only
                        if ent.placed >= LOWER_SEED and key not in self.allow:
                            # placed by a rule, "(chase's mum)": the reply's "- Chase has been suspended" too
                            forms.append((part[:1].upper() + part[1:], False))
                    continue  # "kelly rang": a lower-case common word is never searched for
                if key in self.gaz.calendar and key in self.gaz.first_names and is_capitalised(part) \
                        and len(ent.parts) >= 2 and part == ent.parts[0]:
                    # "April Moss" found once: "April has asked", "see April" are her too; "in
                    # April", "April 2025", "3 April" stay dates (gazetteer.calendar_date)
                    forms.append((re.escape(part), None))
                    if ent.evidence >= LOWER_SEED:
                        lower.append(part.lower())  # ... and "april x" signing her lower-case message
                    continue
                if key in self.gaz.calendar and key in self.gaz.first_names and part.islower() \
                        and len(ent.parts) >= 2 and part == ent.parts[0] and ent.evidence >= LOWER_SEED:
                    lower.append(part)  # "june gledhill" found in lower case: "my mam is june"
                    continue
                if key in self.allow or key in self.gaz.role_cues:
                    if as_name and key in gazetteer.AUTHORITY_TOWNS:
                        # the area's town as a surname ("Mrs T Barnsley"): only where a first name
                        # or a title stands before it ("Jade Barnsley"), never the town's every copy
                        rx = re.compile(rf"(?<![\w'’-])([A-Z][a-z]*\.?)[ \t]+{re.escape(part)}(?![\w-])")
                        self.special[rx.pattern] = "town"
                        led.append((rx, None))
                    elif as_name:
                        forms.append((re.escape(part), None))  # exactly as written
                    continue
                # Any case ("kacper", "KACPER") only for known names that are no ordinary word
                # and no role word ("Nurse", "Dada": as written only); anything else ("Will",
                # "Grace") as written, Capitalised or in capitals.
                # Never a common English word in lower case ("page", "frank", "title"): one false
                # detection must not spread to every copy of an ordinary word.
                any_case = known and not self.gaz.is_ambiguous(part) and key not in STOP_WORDS \
                    and key not in self.gaz.role_cues and key not in self.gaz.english
                forms.append((part, any_case))
                if any_case and len(key) >= 3:
                    possessive.append(part.lower())  # "rileys mum"
                    if not self.gaz.is_english(key + "s"):
                        forms.append((part + "s", True))  # "HARVEYS WEEK": a possessive without its apostrophe
                elif known and is_capitalised(part) and len(key) >= 3 and key + "s" not in self.gaz.english \
                        and key not in self.gaz.calendar and key + "s" not in self.gaz.surnames:
                    forms.append((part + "s", False))  # "about Paddys atendence", as written
                elif known and is_capitalised(part) and len(ent.parts) >= 2 and part == ent.parts[-1] \
                        and key in self.gaz.surnames and len(key) >= 3:
                    # the family by its surname's plural, a word too: "same site as the Wards and Joyces"
                    # (a family's words after it: never "on the Wards upstairs", "running on the Fields")
                    rx = re.compile(rf"(?<=\b[Tt]he[ \t]){re.escape(part)}s(?![\w'’-])"
                                    r"(?=[ \t]+(?:and|&)[ \t]+[A-Z]|['’]|[ \t]+(?:family|lot|kids|children|boys|girls)\b)")
                    led.append((rx, None))
                # (a first name this document gives, whatever the lists say: "Brook Shepherd" found,
                # "brook's dad"; a first name of letters, "TJ Robson": "tj arrested")
                # (or a name of two capitals found alone, no word and no text-speak: "TJ" found,
                # "everyone calls him TJ or tj", "we split when tj was 2")
                first_here = len(ent.parts) >= 2 and part == ent.parts[0] and ent.first == key and (
                    len(key) >= 4 or part.isupper() and len(key) == 2) or (
                    len(ent.parts) == 1 and part.isupper() and self._letters_name(key))
                if not any_case and (key in self.gaz.first_names or first_here) and len(key) >= 2 \
                        and (len(key) >= 3 or first_here) and key not in STOP_WORDS \
                        and key not in self.gaz.role_cues and ent.evidence >= LOWER_SEED \
                        and (is_capitalised(part) or first_here and part.isupper()) and key not in self.gaz.calendar:
                    # "so update on mason": where the writer puts nothing in capitals, a found
                    # name that is also a word is that person in lower case too (and "rileys mum")
                    lower.append(part.lower())
                if first_here and part.isupper() and len(key) == 2 and key + "s" not in self.allow \
                        and part + "S" not in NOT_INITIALS and not self.gaz.is_english(key + "s"):
                    forms.append((part + "s", False))  # "TJs paediatrician": its possessive without the apostrophe
                    # (never a kept abbreviation's letters: "DB" found, "DBS ref" stays)
                if gazetteer.fold(part) != part.lower():  # Wójcik -> also Wojcik
                    forms.append((_ascii(part), any_case))
                if re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", part) and part == ent.parts[0] and len(ent.parts) >= 2:
                    # a double first name written with a space: "Summer-Rose Millard", "summer rose plan"
                    forms += [(part.replace("-", " "), False), (part.replace("-", " ").lower(), False)]
                    # ... and its two letters, as the family writes them: "Rhys-Jay" is "RJ", "rj" in
                    # lower-case writing (no word, no text-speak: never "bf" of "Bobbie-Faye")
                    code = (part[0] + part[part.index("-") + 1]).lower()
                    if self._letters_name(code) and ent.evidence >= LOWER_SEED:
                        lower.append(code)
            # ... and a double first name's letters where the family writes it in lower case: "my son
            # tyler-jay" is "tj", and "tjs nhs number" his (both halves first names)
            head = ent.parts[0]
            if re.fullmatch(r"[a-z]{2,}-[a-z]{2,}", head) and ent.evidence >= LOWER_SEED \
                    and all(gazetteer.fold(h) in self.gaz.first_names for h in head.split("-")):
                code = head[0] + head[head.index("-") + 1]
                if self._letters_name(code):
                    lower += [code, code + "s"]
            # ... and a first and a middle name's letters, as the family writes them: "my son is pj,
            # patrick joseph mcdonagh" (no word, no text-speak, no role's letters)
            code = (ent.parts[0][0] + ent.parts[1][0]).lower() if len(ent.parts) >= 3 else ""
            if code and all(gazetteer.fold(p) in self.gaz.first_names for p in ent.parts[:2]) \
                    and ent.evidence >= LOWER_SEED and self._letters_name(code):
                lower.append(code)
            # Initials of a full name in this document ("Gareth Price" -> GP), when no other
            # person here has the same. Recall first: that includes codes that are also
            # abbreviations (GP), because staff sign notes with their initials.
            code = _initials(ent) if ent.first and ent.last and ent.first != ent.last else ""
            if code and len(ent.parts) >= 2 and ent.parts[0][:1].isupper() and is_capitalised(ent.parts[-1]) \
                    and ent.parts[0][0].isascii():
                # "Mr Daniel Frost" found: "D Frost" signing, "I. Siddiqui" in a field are him (tried
                # only where the initial stands as a word)
                led.append((_compile(re.escape(ent.parts[0][0]) + r"\.?[ \t]" + re.escape(ent.parts[-1]), None),
                            ent.parts[0][0].casefold()))
            for code in _initials_variants(ent) if code else ():
                if (initials[code] == 1 or self.shared_codes.get(code) == ent.id) and len(code) >= 2:
                    dotted = code.replace("'", "['’]") if "'" in code \
                        else r"\.?\s?".join(code) if code.isupper() else re.escape(code)
                    forms.append((dotted, None))
                    self.special[_compile(dotted, None).pattern] = "initials" if initials[code] == 1 else "shared"
        elif ent.type == SCHOOL:
            full = ent.parts[0]
            forms.append((full, False))
            distinctive = self._distinctive(full)
            if len(distinctive) >= 4 and distinctive not in self.allow:
                original = " ".join(distinctive_words(full))
                forms.append((original, False))
                if not any(self.gaz.is_english(w) for w in original.split()) and original[:1].isupper():
                    forms.append((original, True))  # "all his mates are from wathley" (once "Wathley Primary")
                elif len(original.split()) >= 2 and original[:1].isupper() \
                        and not self.gaz.is_english(original.split()[0]):
                    forms.append((original.lower(), False))  # "i put rockley bank 1st" (once "Rockley Bank Primary")
                elif len(original.split()) >= 2 and all(w[:1].isupper() for w in original.split()):
                    # ... its words all a dictionary's, in lower case only where a setting stands: "at
                    # orchard vale they took his card", "um at crane valley" (never "the orchard vale path")
                    rx = re.compile(rf"(?<![\w'’-]){re.escape(original.lower())}(?![\w'’-])")
                    self.special[rx.pattern] = "lower-setting"
                    led.append((rx, None))
                # ... and its first word alone, capitalised and no other name's start, where it is no
                # list's place, name or kept word: "told mum Bluebell is full" (once "Bluebell Park School")
                head = original.split()[0] if len(original.split()) >= 2 else ""
                key = gazetteer.fold(head)
                if len(head) >= 5 and head[:1].isupper() and head[1:].islower() and key not in SCHOOL_GENERIC \
                        and key not in self.gaz.first_names and key not in self.gaz.surnames and key not in self.gaz.places \
                        and key not in self.allow and not self.gaz.is_cue(head) and key not in FIRST_WORDS_OF_MANY:
                    # (within a sentence: never "Stepping back, mum feels" where Stepping Stones Nursery is found)
                    led.append((re.compile(rf"(?<=[a-z,;][ \t]){re.escape(head)}(?![\w'’-]|[ \t]+[A-Z&])"), None))
                # The initials people write for it: "Ferham Park Primary School" -> FPPS, FPP.
                for short in _acronyms(full):
                    if gazetteer.fold(short) not in self.allow:
                        forms.append((short, False))
        elif ent.type == LOCATION:
            # "brampley", "wathley" in a parent's message: a place no dictionary knows, any case
            # (a town of the country's list with its capital only, as it is found: "Paisley" is a
            # place, "a paisley shirt" none)
            national = self.gaz.places.get(gazetteer.fold(ent.parts[0])) == gazetteer.NATIONAL
            wordless = not any(self.gaz.is_english(w) for w in ent.parts[0].split())
            forms.append((ent.parts[0], not national and wordless))
            if national and wordless and ent.parts[0][:1].isupper():
                # ... and in lower case where the writer writes so, or after "in", "from", "to":
                # "the kids miss stranraer", "nan still lives in stranraer"
                rx = re.compile(rf"(?<![\w'’-]){re.escape(ent.parts[0].lower())}(?![\w'’-])")
                self.special[rx.pattern] = "lower-place"
                led.append((rx, None))
        elif not (ent.type in (DATE, DATE_OF_BIRTH) and gazetteer.day_alone(ent.parts[0])) \
                and not re.fullmatch(r"\d{1,4}", ent.parts[0].strip()):
            # not a day alone ("the 20th" is no "20th century"), nor a bare number ("11" in a
            # table's cell is not every "11" of the document, "11:48" included)
            forms.append((ent.parts[0], True))
        for alias in ent.aliases:
            forms.append((alias, False))
        # A found word spelled out letter by letter, as a caller spells it: "14 Sandbank Walk S A N D B
        # A N K", "W H I T, L O C K" (Whitlock found); a place's or a school's ordinary words aside
        spelled = ent.parts if ent.type == PERSON else re.findall(r"[A-Za-z]+", ent.parts[0]) \
            if ent.type in (ADDRESS, LOCATION, SCHOOL) else []
        for word in dict.fromkeys(spelled):
            if len(word) >= 4 and word.isascii() and word.isalpha() and not (
                    ent.type != PERSON and self.gaz.is_english(word.lower())):
                rx = re.compile(r"(?<![\w'’-])" + r"(?:[ \t]+|[ \t]*[,.-][ \t]*)".join(word.lower())
                                + r"(?![\w'’-])", re.IGNORECASE)
                led.append((rx, word[0].casefold()))
                # ... and its first letters alone, in capitals, where the speller is cut short: "Duckworth
                # like D U C K", "Casper is that K A C" (three letters at least, never the whole word)
                # (never a kept abbreviation's letters said apart: "S E N support" where Sennett is found)
                if not any(word[:k].lower() in self.allow or word[:k].upper() in NOT_INITIALS
                           or word[:k].upper() in gazetteer.glossary_letters() for k in range(3, len(word))):
                    prefixes = "|".join(r"[ \t]+".join(word[:k].upper()) for k in range(len(word) - 1, 2, -1))
                    rx = re.compile(rf"(?<![\w'’-])(?:{prefixes})(?![\w'’-]|[ \t]+[A-Z]\b)")
                    led.append((rx, word[0].casefold()))
        # each form once: a span NER read as one long name ("mason lewis mason lewis ...") repeats
        # its parts, and each copy of a pattern would find every mention again
        out = [(_compile(surface, any_case), _lead(surface, any_case))
               for surface, any_case in dict.fromkeys(forms) if surface.strip()] + led
        for word in dict.fromkeys(lower):
            rx = re.compile(rf"(?<![\w'’-]){re.escape(word)}s?(?![\w-])")  # "masons EHCP" too
            self.special[rx.pattern] = "lower"
            out.append((rx, word))
            possessive.append(word)
        for word in dict.fromkeys(lower):
            if not self.gaz.is_english(word + "s"):  # "skys dad" wherever it stands: no word's plural
                out.append((re.compile(rf"(?<![\w'’-]){re.escape(word)}s(?=[ \t]+(?:{_KIN})\b)", re.IGNORECASE), word + "s"))
        for word in dict.fromkeys(possessive):  # tried only where the word with its "s" stands
            rx = re.compile(rf"(?<![\w'’-]){re.escape(word)}s(?=[ \t]+(?:{_POSSESSED})\b)", re.IGNORECASE)
            if word in lower:
                self.special[rx.pattern] = "lower"
            out.append((rx, word + "s"))
        return out

    def _no_lower_name(self, key: str) -> bool:
        """A lower-case word that is no one's short name: a stop word, a kept term, a cue or a role's
        word, text-speak, a month or a title."""
        return key in STOP_WORDS or key in self.allow or self.gaz.is_cue(key) or key in self.gaz.role_cues \
            or key in text_speak() or key in self.gaz.calendar or key in self.gaz.titles

    def _lower_copy_stands(self, word: str, start: int, end: int) -> bool:
        """Whether a found name's lower-case copy outside lower-case writing is still her: a sentence
        that opens with her and goes on with a verb ("ruby had panic attack"), a clause that does,
        in a transcript that writes her so ("that blessing said"; a name that is a word only before a
        person's verb), or what is hers ("check oluchi's details"; never "a summer's day")."""
        english = self.gaz.is_english(word)
        if LOWER_SUBJECT_BEFORE.search(self.text, max(0, start - 40), start) and (
                FOUND_SUBJECT_VERB.match(self.text, end)
                or LOWER_ADDRESSED.match(self.text, end) and not self.gaz.is_english(self.text[start:end])):
            return True
        if LOWER_CLAUSE_BEFORE.search(self.text, max(0, start - 12), start) \
                and (PERSONS_VERB if english else LOWER_SUBJECT_VERB).match(self.text, end):
            return True
        return self.text[end:end + 2] in ("'s", "’s") and not re.match(r"\w", self.text[end + 2:end + 3]) \
            and not english and not LOWER_THING_BEFORE.search(self.text, max(0, start - 8), start)

    def _letters_name(self, key: str) -> bool:
        """Two letters that can be someone's name in lower case ("tj", "rj"): no word, no text-speak,
        no kept abbreviation and no role's letters ("ep", "dm", "sw")."""
        return len(key) == 2 and key.isalpha() and not self.gaz.is_english(key) and key not in text_speak() \
            and key not in FILLERS \
            and key not in STOP_WORDS and key not in self.allow and key.upper() not in NOT_INITIALS \
            and key.upper() not in ROLE_INITIALS and not self.gaz.is_cue(key)

    def _single_letters(self) -> list[Finding]:
        """A child written as a letter in notes ("E came in with grandad", "give E a warning",
        "Observed: F used signs"), where one person found here has a first name starting with it:
        every such letter standing alone, at least twice, outside a label ("Section E", "Plan B",
        "Vitamin D"), a list marker ("E) ..."), a compound ("A&E", "E-mail") or a line in capitals.
        Never "A" or "I"."""
        by_letter: dict[str, list[str]] = defaultdict(list)
        for ent in self.entities.values():
            if ent.type == PERSON and ent.first and len(ent.first) >= 3 and ent.parts[0][:1].isupper():
                by_letter[ent.parts[0][0]].append(ent.id)
        out = []
        capitals: dict[int, bool] = {}
        # "Key: C = call, S = signposted", "a T code": letters the document defines as codes
        # (a colon defines a code only before a word or two and a list's comma: "C: call, E: email";
        # "M: let mum decide, give her the template" is the supervisor speaking)
        # (so does a dash: "C - call, E - email"; "Told K - he ran round" is the child)
        coded = set(re.findall(r"(?<![\w'’.-])([A-Z])[ \t]*(?:=|(?:-[ \t]|:)[ \t]*[a-z]+(?:[ \t][a-z]+)?[ \t]*(?:[,;)]|$))"
                               r"|\b([A-Z])[ \t]+codes?\b", self.text, re.MULTILINE))
        coded = {a or b for a, b in coded}
        people_letters = {letter for letter, owners in by_letter.items() if letter not in coded and letter not in "AI"}
        for letter, owners in by_letter.items():
            if letter in coded:
                continue
            if len(owners) > 1:  # "R.O. (Reuben Okafor)": the one whose initials are written
                owners = [e for e in owners if e in self.initialled or self._initials_written(self.entities[e])] \
                    or owners
            if len(owners) > 1:  # "Supervisee: Gemma Lockwood" ... "G to book": the one named first
                owners = [min(owners, key=self._first_mention)]
            if letter in "AI" or not letter.isascii() or len(owners) != 1:
                continue
            places = []
            # "R settled", "(R's school)"; not "R.E.", "R&R", "R-rated", "R)"
            for m in re.finditer(rf"(?<![\w.'’/&-]){letter}(?![\w/&-]|['’](?!s\b)|\.\w|\))", self.text):
                start = m.start()
                line_start = self.text.rfind("\n", 0, start) + 1
                after = self.text[m.end():m.end() + 8]
                if re.match(r"[ \t]*(?:[,\t|]|\r?\n|$)", after) and re.search(r"[,\t|][ \t]*$", self.text[max(0, start - 3):start]):
                    continue  # ",K,": a table's cell of one letter is a code (a status, a grade)
                if not self.text[line_start:start].strip() and (after[:1] in ".:" or after[:2] in ("  ", " \t")
                                                                 or after[:1] == "\t"):
                    continue  # "E. Next steps", "E: Outcomes", "E    E1  Letter": a list's or table's letter
                listed = re.match(r"(?:,[ \t]*|[ \t]+(?:and|or|to)[ \t]+)([A-Z])(?![\w'’])", after) \
                    or re.search(r"(?<![\w'’])([A-Z])(?:,[ \t]*|[ \t]+(?:and|or|to)[ \t]+)$",
                                 self.text[max(0, start - 8):start])
                if listed and listed.group(1) not in people_letters:
                    continue  # "Sections B, F and I", "from A to E": letters listed; "M and D agreed" are two people
                if (LETTER_LABEL.search(self.text, max(0, start - 16), start)
                        and not re.match(r"['’]s\b", self.text[m.end():m.end() + 3])) \
                        or re.match(r"[ \t]+of[ \t]+[A-Z]\b|\.?[ \t]+(?:coli|numbers?)\b", self.text[m.end():m.end() + 12]):
                    continue  # "C of E", "E. coli", "E numbers"
                if line_start not in capitals:  # each line counted once, however many letters it holds
                    line_end = self.text.find("\n", start)
                    line = self.text[line_start:line_end if line_end >= 0 else len(self.text)]
                    capitals[line_start] = sum(c.isupper() for c in line) > sum(c.islower() for c in line)
                if capitals[line_start]:
                    continue  # a heading or form line in capitals
                if self.allowed_span(self.text, start, m.end()):
                    continue  # "YP T", "Child K": a placeholder someone already wrote
                places.append(start)
            # (once is enough where the letter does what only a person does: "K cant walk it", "H wants
            # to do GCSEs", "J said he wanted to die", "C now at Cedar Lodge")
            if len(places) >= 2 or len(places) == 1 and LETTER_ACTING.match(self.text, places[0] + 1) \
                    and LETTER_OPENS.search(self.text, max(0, places[0] - 4), places[0]):
                out += [Finding(type=PERSON, start=p, end=p + 1, score=LINK_SCORE, recognizer="linker",
                                entity=owners[0]) for p in places]
        return out

    def _hyphened_initials(self) -> list[Finding]:
        """A hyphened first name's letters standing for her ("E-M being sent to the reset room" where
        Ellie-Mae Crouch is found; "E-M Crouch"): the letters with their hyphen, of one person only."""
        owners: dict[str, set[str]] = defaultdict(set)
        out = []
        for ent in self.entities.values():
            first = ent.parts[0] if ent.type == PERSON and ent.parts else ""
            halves = first.split("-")
            if len(halves) == 2 and all(len(h) >= 2 and h[:1].isupper() for h in halves):
                owners[f"{halves[0][0]}-{halves[1][0]}"].add(ent.id)
            if len(halves) == 2 and all(len(h) >= 3 and h[:1].isupper() and h[1:].islower() for h in halves):
                # ... and the name in lower case, with its hyphen or a space: "summer-rose", "summer rose"
                # (Summer-Rose found)
                out += [Finding(type=PERSON, start=m.start(), end=m.end(), score=LINK_SCORE, recognizer="linker",
                                entity=ent.id)
                        for m in re.finditer(rf"(?<![\w'’-]){re.escape(halves[0].lower())}[- ]{re.escape(halves[1].lower())}"
                                             rf"(?![\w'’-])", self.text)]
        for code, ids in owners.items():
            if len(ids) != 1:
                continue
            # (where it acts or her surname follows: never a range's letters, "sections A-K", "rated A-E")
            out += [Finding(type=PERSON, start=m.start(), end=m.end(), score=LINK_SCORE, recognizer="linker",
                            entity=next(iter(ids)))
                    for m in re.finditer(rf"(?<![\w'’-]){re.escape(code)}(?![\w-])", self.text)
                    if (LETTER_ACTING.match(self.text, m.end()) or re.match(r"[ \t]+(?:[A-Z][a-z]{2,}|put|is|was|has)\b|['’]s\b",
                                                                            self.text[m.end():m.end() + 20]))
                    and not re.search(r"(?i)\b(?:sections?|rated|grades?|tracks?|from|levels?|bands?|parts?)[ \t]*$",
                                      self.text[max(0, m.start() - 12):m.start()])]
        return out

    def _first_mention(self, eid: str) -> int:
        return self.first_at.get(eid, len(self.text))

    def _initials_written(self, ent: Entity) -> bool:
        """Whether a full name's initials stand in the text ("T.W.", "TW"); the text is read once."""
        if not (ent.first and ent.last and ent.first != ent.last):
            return False
        if self._codes is None:
            self._codes = {m.group().replace(".", "")
                           for m in re.finditer(r"(?<![\w.])(?:[A-Z]\.?){2,3}(?!\w)", self.text)}
        return _initials(ent) in self._codes

    def _user_names(self) -> list[Finding]:
        """A person's user name in a system, a chat or an address, built from their name
        ("Dean Wombwell": dwombwell, d.wombwell, dean.wombwell, deanwombwell, wombwelld, with
        digits after: "mkhan2"), wherever it stands: a chronology's worker column, "Teams:
        rhellaby", "(dwombwell)". One pass over the text's tokens, whatever the number of people."""
        forms: dict[str, str] = {}
        for ent in self.entities.values():
            if ent.type == PERSON and ent.first and ent.last and ent.first != ent.last:
                first, last = _ascii(ent.first).lower(), _ascii(ent.last).lower()
                if len(last) < 3 or not (first + last).isalpha():
                    continue
                for form in (first[0] + last, f"{first[0]}.{last}", f"{first}.{last}", first + last,
                             last + first[0], f"{first}_{last}", f"{first[0]}_{last}"):
                    if form not in self.gaz.english:  # "Ann Ward" is never "award"
                        forms.setdefault(form, ent.id)
        out = []
        if not forms:
            return out
        for m in USER_TOKEN.finditer(self.text):
            token = m.group().lower().rstrip("0123456789")
            eid = forms.get(token)
            if eid:
                out.append(Finding(type=PERSON, start=m.start(), end=m.end(), score=LINK_SCORE,
                                   recognizer="linker", entity=eid))
        return out

    def _merge(self, found: list[Finding]) -> list[Finding]:
        """Union overlapping spans; an explicit detection's entity wins over a linked one. A
        person's mention includes the title before it ("Mr Galip Yalman"): the replacement keeps
        the title as written, a label replaces it too."""
        merged = resolve_overlaps([self._with_title(f) for f in found])
        return [f if f.entity else f.with_(entity=self._entity_for(f)) for f in merged]

    def _with_title(self, f: Finding) -> Finding:
        if f.type == SCHOOL and self.text[f.end:f.end + 1] == "." and ABBREVIATED_KIND.search(self.text, f.start, f.end):
            return f.with_(end=f.end + 1)  # "Hollin Edge Acad." ends with its full stop
        if f.type != PERSON:
            return f
        if self.text[f.end:f.end + 1] == "." and (DOTTED.fullmatch(self.text, f.start, f.end) or (
                f.end - f.start == 1 and self.text[f.end + 1:f.end + 2] in ("\n", ""))):
            f = f.with_(end=f.end + 1)  # "A.T.", "K.D.": initials keep their last full stop
        f = self._with_initials(f)
        if re.match(r"_[A-Z](?![A-Za-z0-9])", self.text[f.end:f.end + 3]):
            f = f.with_(end=f.end + 2)  # a folder of a path named "Ricketts_P": the initial too
        if INITIAL_AFTER_NAME.match(self.text, f.end) and re.fullmatch(r"[A-Z][a-z]+", self.text[f.start:f.end]) \
                and (self.text[f.start - 1:f.start] == "(" if self.text[f.end + 2:f.end + 3] == ")"
                     else gazetteer.fold(self.text[f.start:f.end]) in self.gaz.first_names):
            f = f.with_(end=f.end + 2)  # "(Flo A)", "Ruth A 07700 900267": her first name and her surname's initial
        if (hyphened := HYPHENED_INITIALS_AFTER.match(self.text, f.end)) and re.fullmatch(r"[A-Z][a-z]+", self.text[f.start:f.end]) \
                and gazetteer.fold(self.text[f.start:f.end]) in self.gaz.first_names:
            f = f.with_(end=hyphened.end())  # "Kai A-T (Y5)": the initials of his surname of two
        if self._surnames is None:
            self._surnames = {e.parts[-1] for e in self.entities.values()
                              if e.type == PERSON and len(e.parts) >= 2 and re.fullmatch(r"[A-Z][a-z'’-]+", e.parts[-1])}
        after = re.match(r" ([A-Z][a-z'’-]+)(?![\w'’-])", self.text[f.end:f.end + 40])
        if after and after.group(1) in self._surnames and re.fullmatch(r"[A-Z][a-z]+", self.text[f.start:f.end]) \
                and gazetteer.fold(self.text[f.start:f.end]) in self.gaz.first_names:
            f = f.with_(end=f.end + after.end())  # "Oscar Friend" where Amy Friend is found: the family's surname,
            # though a word ("Friend", "Young")
        m = TITLE_BEFORE.search(self.text[max(0, f.start - 12):f.start])
        # before a name already found, "miss lilley" and "doctor Okonkwo" are titles in lower case too
        if m and (self.gaz.is_title(m.group(1)) or m.group(1) in ("miss", "doctor")) \
                and gazetteer.fold(m.group(1)) not in KIN_TITLES_APART \
                and not (m.group(2).startswith(".") and gazetteer.fold(m.group(1)) not in self.gaz.dotted_titles):
            return f.with_(start=f.start - len(m.group(0)))  # (never a sentence's last word: "Sir or Madam. Mr Men")
        return f

    def _with_initials(self, f: Finding) -> Finding:
        """The other initials before a name found with one or none ("Mrs C. A. Pryor" found as
        "A. Pryor", "C A Pryor" signing): initials with full stops, or after a title, a line's
        start or a cell's edge; never a lone "I" or "A" of a sentence ("then I Pryor...")."""
        if not self.text[f.start:f.start + 1].isupper():
            return f
        m = INITIALS_BEFORE.search(self.text, max(0, f.start - 12), f.start)
        if not m:
            return f
        if not (re.match(r"[A-Z]\.?[ \t]", self.text[f.start:f.end]) or len(m.group().split()) >= 2):
            return f  # "Section F. Harriet said", "in Year R. Ms Stainforth": a sentence's end
        if re.search(r"(?:(?<![\w'’])[A-Za-z][ \t]?-?[ \t]?){4,}\.[ \t]+$", self.text[max(0, f.start - 40):f.start]):
            return f  # four letters and more before a stop are a word spelled out: "spelt T H O R N. Jade"
        before = self.text[max(0, m.start() - 12):m.start()]
        title = TITLE_BEFORE.search(before)
        titled = title is not None and self.gaz.is_title(title.group(1))
        if not titled and LETTER_LABEL.search(self.text, max(0, m.start() - 16), m.start()):
            return f  # "Section E A. Pryor"'s label keeps its letter
        placed = titled or bool(re.search(r"(?:^|[\n\t,:])[ \t]*$", before))
        if "." not in m.group() and (not placed or (m.group().strip() in ("I", "A") and not titled)):
            return f
        return f.with_(start=m.start())

    def _places_by_suffix(self, findings: list[Finding]) -> list[Finding]:
        """A name found alone that a place's last word follows is the place ("Denby Moor" where
        Kayleigh Denby lives, "at denby moor", "Kelham Rise estate"): the word after it, written in
        the same case, makes one place of the two. Never a full name or a titled one."""
        out = []
        for f in findings:
            if f.type not in (PERSON, LOCATION) or " " in self._span(f).strip() or self._after_title(f.start):
                continue
            m = PLACE_SUFFIX_AFTER.match(self.text, f.end)
            if not m:
                continue
            word, suffix = self._span(f), m.group(1)
            if not (word.islower() and suffix.islower() or is_capitalised(word) and is_capitalised(suffix)):
                continue
            if f.type == PERSON and re.match(r" [A-Z]", self.text[m.end():m.end() + 2]):
                continue  # "Denby Hill Smith": a longer name, not a place
            out.append(Finding(type=LOCATION, start=f.start, end=m.end(), score=0.9, recognizer="linker"))
        return out

    def _classify_people(self, findings: list[Finding]) -> None:
        """Role for labels ([Child A], [Parent A]): only from a cue right next to a mention
        ("mum Sarah", "Lee (dad)", "Kacper (Year 6)"); with none, the label says Person."""
        cues = self.gaz.cue_pattern()  # lower-case cues in any case, "ELSA", "SALT" as written
        before = re.compile(rf"\b({cues})[ ,:(\-–]{{0,3}}$")
        after = re.compile(rf"^(?:['’]s)?\s?[(,\-–]\s?({cues})\b")
        child_after = re.compile(r"^\s?[(,]\s?(?:year\s?\d|y\d|aged?\s?\d|\d{1,2}\s?[,)]|dob\b|d\.o\.b)",
                                 re.IGNORECASE)
        votes: dict[str, Counter] = defaultdict(Counter)
        for f in findings:
            if f.type != PERSON:
                continue
            prefix = self.text[max(0, f.start - 30):f.start].rsplit("\n", 1)[-1]
            suffix = self.text[f.end:f.end + 30]
            for m in (before.search(prefix), after.match(suffix)):
                if m:
                    votes[f.entity][self.gaz.cue_role(m.group(1)) or "person"] += 1
            if child_after.match(suffix):
                votes[f.entity]["child"] += 1
        for eid, counter in votes.items():
            if eid in self.entities:
                self.entities[eid].role = counter.most_common(1)[0][0]


def _shape(code: str) -> str:
    """A code's shape: each letter an "A", each digit a "9" ("D25-0603-04" is "A99-9999-99")."""
    return re.sub(r"\d", "9", re.sub(r"[A-Za-z]", "A", code))


def reference_key(span: str) -> str | None:
    """A reference's letters and digits, however written or said ("M K S two five oh six one four",
    "MKS 250614", "MKS-25-0614" are all "MKS250614"); None where a word of it is neither, or where
    it has too few letters or digits to tell one case from another."""
    letters, said = [], []
    for token in re.findall(r"[A-Za-z]+|\d+", span):
        if token.isdigit() or token.lower() in DIGIT_SAYINGS:
            said.append(token)
        elif token.lower() in REF_SAID_JOINS:
            continue
        elif not said and (token.isupper() or len(token) == 1):
            letters.append(token.upper())
        else:
            return None
    digits = spoken_digits(" ".join(said))
    return "".join(letters) + digits if len("".join(letters)) >= 2 and len(digits) >= 5 else None


def _spells(code: str, name: str) -> bool:
    """Whether ``code``'s letters run through ``name`` in order, from its first letter."""
    name = name.lower()
    if not name or code[:1].lower() != name[0]:
        return False
    at = 0
    for c in code.lower():
        at = name.find(c, at)
        if at < 0:
            return False
        at += 1
    return True


def _acronyms(name: str) -> list[str]:
    words = [w for w in re.split(r"[\s&]+", name) if w[:1].isupper()]
    full = "".join(w[0] for w in words)
    out = [full] if len(full) >= 3 else []
    if len(words) > 2 and words[-1] in ("School", "Academy", "College") and len(full) > 3:
        out.append(full[:-1])
    if len(words) >= 2 and words[-1] in ("High", "Primary", "Infant", "Junior", "Grammar") and len(full) >= 3:
        out.append(full + "S")  # "Warren Brook High" written "WBHS": its "School" unsaid where it is named
    return out


def _shortens(part: str, other: str) -> bool:
    """``part`` is ``other`` or its initial: "A" of "Adrian"."""
    return part == other or len(part) == 1 and len(other) > 1 and other.startswith(part)


def _initials(ent: Entity) -> str:
    return "".join(p[0].upper() for p in ent.parts if p[:1].isalpha())


def _initials_variants(ent: Entity) -> list[str]:
    """The ways a full name's initials are written: "Louise Mellor-Haigh" is LM and LMH,
    "Bridget McDonagh" BM and BMcD, "Rhiannon Moss" RM and RMo."""
    code = _initials(ent)
    out = [code]
    hyphens = "".join(piece[0].upper() for p in ent.parts for piece in p.split("-") if piece[:1].isalpha())
    if hyphens != code and len(hyphens) <= 4:
        out.append(hyphens)
        # ... and with the hyphen kept: "TM-B" for Tyler Marsh-Bennett
        out.append("".join("-".join(piece[0].upper() for piece in p.split("-") if piece[:1].isalpha())
                           for p in ent.parts if p[:1].isalpha()))
    mac = "".join(m.group(1) + m.group(2) if (m := re.match(r"(Ma?c)([A-Z])", p)) else p[0].upper()
                  for p in ent.parts if p[:1].isalpha())
    if mac != code:
        out.append(mac)
    # ... and an O' surname's letter after its apostrophe: "RO'D" for Rachel O'Donoghue
    oh = "".join(f"O'{m.group(1)}" if (m := re.match(r"O['’]([A-Z])", p)) else p[0].upper()
                 for p in ent.parts if p[:1].isalpha())
    if oh != code:
        out.append(oh)
    # a school's staff code, the initial and the surname's first two letters ("RMo" for Rhiannon
    # Moss, where two share "RM"); never a plural's shape ("TAs", "EPs")
    first, last = ent.parts[0], ent.parts[-1]
    if len(ent.parts) >= 2 and first[:1].isupper() and re.fullmatch(r"[A-Z][a-rt-z][a-z]+", last):
        out.append(first[0] + last[:2])
    return out


def _ascii(word: str) -> str:
    import unicodedata
    word = word.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_WORDISH = re.compile(r"[^\W_]+")
# A user name: letters, dots or underscores inside, digits at the end ("d.wombwell", "mkhan2").
USER_TOKEN = re.compile(r"(?<![\w.@-])[A-Za-z]+(?:[._][A-Za-z]+)?\d{0,4}(?![\w@-]|\.\w)")


def _lead(surface: str, any_case: bool | None) -> str | None:
    """The first word of a literal form ("kacper" of "Kacper Nowak"), casefolded; None for a
    regex (initials) or a form that does not start with a letter or digit."""
    if any_case is None:
        return None
    m = _WORDISH.match(surface.split()[0])
    return m.group().casefold() if m and m.end() > 0 else None


@lru_cache(maxsize=4096)
def _compile(surface: str, any_case: bool | None) -> re.Pattern:
    """Whole-word pattern. any_case: True any case; False exact, Capitalised or ALL CAPS;
    None: ``surface`` is already a regex (initials), matched exactly."""
    if any_case is None:
        body = surface
    elif any_case:
        body = _spaced(surface)
        if " " not in surface and len(surface) >= 3 and surface[-1:].isalpha() \
                and not gazetteer.load().is_english(surface + "s"):
            body += "s?"  # a possessive that texting writes without its apostrophe: "rubys views"
        return re.compile(rf"(?<![\w'’-]){body}(?![\w-]|['’][A-Za-z]{{2}})", re.IGNORECASE)
    else:
        forms = {surface, surface.upper()}
        if surface[:1].islower():
            forms.add(surface[:1].upper() + surface[1:])
        elif surface.isupper() and len(surface) > 2:
            forms.add(surface[:1] + surface[1:].lower())  # first seen in a heading: "SUMMER"
        body = "|".join(_spaced(s) for s in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{body})(?![\w-]|['’][A-Za-z]{{2}})")


def _spaced(surface: str) -> str:
    """Escaped words joined by one whitespace class: safe from catastrophic backtracking however
    many spaces the original had."""
    return r"\s+".join(re.escape(token) for token in surface.split())


def _normalise_value(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return digits if len(digits) >= 6 and len(digits) >= len(value) // 2 else value.lower().strip()
