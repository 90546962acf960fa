"""Word lists from ``models/``, loaded once and shaped for fast look-ups.

All keys are lower-cased with diacritics kept; ``fold()`` gives the ASCII spelling too, so
"Wójcik" and "Wojcik" are both found.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as importlib_resources

from spacy.lang.en.stop_words import STOP_WORDS

from redactor import resources
from redactor.detect.words import class_name, in_caps_run

MONTHS = ("january february march april may june july august september october november "
          "december jan feb mar apr jun jul aug sep sept oct nov dec").split()
WEEKDAYS = ("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu "
            "thur thurs fri sat sun").split()

# An authority's department by its letters, after its name: "Devon CS" (Children's Services), "Kent CSC"
AUTHORITY_DEPARTMENTS = frozenset("CS CSC CSD".split())
# ... or the council itself by its kind's letters: "Darlington BC", "Walsall MBC", "Durham CC"
COUNCIL_KIND_LETTERS = frozenset("BC MBC CBC RBC CC DC MDC".split())
DEPARTMENT_LETTERS = "|".join(sorted(AUTHORITY_DEPARTMENTS | COUNCIL_KIND_LETTERS, key=len, reverse=True))
# Words written in capitals for emphasis ("it was NOT agreed"): never initials, never a sign-off.
EMPHASIS = frozenset("NOT YES ALL AND THE BUT NOW MUST".split())
# Two-letter forms that are far more often abbreviations than someone's initials. (Not "JP" or
# "KC": in casework a worker's far more often than a magistrate or King's Counsel; 35 blind golds
# had "JP" as someone's initials, none kept it.)
NOT_INITIALS = frozenset(
    "EP TA LA OT SW PE IT RE AM PM OK UK NI GP HT DT MP PA PR HR CV ID IQ SA AP SI SN CP CT "
    "KS EY FE HE PT ST DR MR MS NB PS TV ED OR AS IF IN ON NO SO TO UP US WE GO AR HV VM CC "
    "BC AD DC PC PO RD ND TH NE NW SE UN EU OH AH OF BE BY DO HI IS IT ME MY OX PS YR QA AI "
    "CB CF DV FS FT GM IO LD MA MD MH NQ OD PH QC RN SS TB VI WC XL CD DS PP AO IP DP ".split()) | EMPHASIS

# Of those, roles: who holds the role, never anyone's initials ("the EP", "SW (Gemma Lister)")
# (a role's abbreviation: "SLT" a speech and language therapist, "EVC" an educational visits
# coordinator, "EWO" an education welfare officer)
ROLE_INITIALS = frozenset("LA HT DT HV PA SN SW EP GP TA OT DSL EVC SLT LSA FSW EWO PSA ISW AO IAO IASO EHCO".split())

# An abbreviation's shape: a lower-case letter before the closing capitals ("ToD", "QToD",
# "SpLD", "ToDs"), whatever a list says of "Tod"; no name ends so ("DeShawn", "McKenzie"), but
# a Mc may stand in initials and in a surname in capitals ("HMcB", "McDONAGH")
MIXED_CASE_ABBREVIATION = re.compile(r"(?![A-Za-z]*Ma?c)[A-Z]+[a-z]+[A-Z]+s?")

# the small words inside a surname: "Aoibheann Ní Bhriain", "Seán Mac Giolla", "Ahmed bin Salleh"
NAME_PARTICLES = frozenset("Ní Nic Ó Ua Mac Mhic bin binti bint ibn ap de van von der den da di du dos das del della".split())

# How a note or a letter closes, in capitals, where a writer's initials might stand: "NFA", "TBC",
# "ENC" (enclosures)
CLOSING_CODES = frozenset("NFA EOD EOM EOF TBA TBC AOB FAO FYI ETA ASAP RSVP ENC ENCS PTO".split())
# What a teacher in brackets after her name teaches, in words: "Miss Fairweather (Art)" (a short
# name too, but no short form of hers)
TAUGHT_SUBJECTS = frozenset("art music drama maths english science history geography french spanish german "
                            "computing biology chemistry physics dance food".split())
# A unitary council of several words by its letters and a C, as its own staff and families write
# it ("NNC", "WNC": North and West Northamptonshire Council), or by its letters alone ("BCP":
# Bournemouth, Christchurch and Poole); only these, since most such letters are someone's
# initials too ("SHC", "ELC")
UNITARY_ACRONYMS = frozenset("NNC WNC ERYC CWAC CEC NELC BCP RBKC RBWM BANES".split()
                             # (and London boroughs' own: Barking and Dagenham, Tower Hamlets, ...)
                             + "LBBD LBTH LBHF LBWF".split())

# Of those, the ones a note's writer uses as words, never as anyone's initials ("OK", "NB").
SIGN_OFF_NOT_INITIALS = frozenset("OK NB PS NA AM PM UK TV ID IQ CV HR IT IP".split()) | EMPHASIS
# Of those, the ones that are a worker's initials too where a list of those present or a log's
# worker column holds them among other initials ("Present: SG (chair), NB, TY"; never "NB: check")
LISTED_STAFF_WORDS = frozenset("NB PS".split())

CALENDAR = frozenset(MONTHS + WEEKDAYS)  # months and weekdays, folded
SEASONS = frozenset({"spring", "summer", "autumn", "winter"})  # names too ("Summer", "Autumn")
# The kind of a place from gb_places.txt (the whole country's towns and villages, where places.tsv
# lists the area's own with their kinds): found only when written with a capital.
NATIONAL = "national"
# The authority's towns, kept as towns: a surname too ("Mrs T Barnsley"), found only where a rule
# places it, never spread to every copy ("Barnsley CAMHS")
AUTHORITY_TOWNS = frozenset("rotherham sheffield doncaster barnsley".split())
LOWER_CASE_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "cllr", "mister", "missus", "doctor"})  # (a transcript spells them out)
PARTICLES = ("in", "out", "up", "down", "back", "over", "under", "off", "through", "with")


@lru_cache(maxsize=1)
def authorities() -> tuple[frozenset[str], re.Pattern, tuple[str, ...]]:
    """The Local Authorities for SEND (models/local_authorities.txt), folded; a pattern that finds
    those of more than one word as written ("Westmorland and Furness", "North Somerset"); and those."""
    names = resources.word_list("local_authorities.txt")
    longer = tuple(sorted((n for n in names if " " in n or "-" in n), key=len, reverse=True))
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in longer) + r")(?![\w'’-])")
    return frozenset(fold(n) for n in names), pattern, longer


@lru_cache(maxsize=1)
def council_acronyms() -> frozenset[str]:
    """What a county or city council is called by its letters: "DCC" (Devon County Council),
    "NYCC", "BHCC" (Brighton and Hove): the authority, never anyone's initials; and the unitary
    councils' letters ``UNITARY_ACRONYMS`` ("NNC", "WNC"); a metropolitan borough's too ("SMBC",
    Solihull Metropolitan Borough Council; never a borough's three letters, "SBC", which are initials too)."""
    letters = ["".join(w[0] for w in name.split() if w not in ("and", "of", "upon", "on")).upper()
               for name in authorities()[0]]
    return frozenset(code + kind for code in letters for kind in ("CC", "MBC")) | UNITARY_ACRONYMS


@lru_cache(maxsize=1)
def kept_phrase_words() -> frozenset[str]:
    """The words of the SEND glossary's phrases ("cognition" of "Cognition and learning",
    "bursary" of "16 to 19 Bursary Fund"): a guess made of them alone is that vocabulary, no
    name. No name or place among them (the allow list's "Norfolk Island" keeps no "Norfolk House")."""
    gaz = load()
    words_ = {w for term in resources.word_list("send_glossary.txt") if " " in term
              for w in re.findall(r"[a-z]{4,}", term.lower())}
    return frozenset(w for w in words_ if w not in gaz.first_names and w not in gaz.surnames and w not in gaz.places)


@lru_cache(maxsize=1)
def kept_terms() -> frozenset[str]:
    """The allow list's terms, folded ("pe", "gcse", "dla"): what a recogniser's shape takes that
    is kept vocabulary, no identifier."""
    return frozenset(fold(t) for t in resources.word_list("allow_list.txt"))


@lru_cache(maxsize=1)
def languages() -> frozenset[str]:
    """The community languages of ``quasi_identifiers.tsv``, folded, one word each ("shona",
    "urdu"): some are first names too ("Shona")."""
    return frozenset(fold(row[1]) for row in resources.table("quasi_identifiers.tsv")
                     if len(row) >= 2 and row[0] == "LANGUAGE" and re.fullmatch(r"[A-Za-z]+", row[1]))


@lru_cache(maxsize=1)
def glossary_letters() -> frozenset[str]:
    """The SEND glossary's abbreviations in capitals ("CP", "AP", "OT", "EHCP"): what they name
    (child protection, alternative provision) may agree or send; a treatment's letters kept by the
    allow list ("GA") never do, and act only as a person's."""
    return frozenset(term for term in resources.word_list("send_glossary.txt") if term.isupper() and " " not in term)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case and strip diacritics (ł -> l as well)."""
    word = word.lower().replace("ł", "l").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Gazetteer:
    first_names: dict[str, str]      # folded name -> gender f/m/u
    surnames: frozenset[str]         # folded
    ambiguous: frozenset[str]        # folded: names that are also ordinary words
    titles: frozenset[str]           # folded, without the full stop
    role_cues: dict[str, str]        # folded cue (may be several words) -> role
    places: dict[str, str]           # folded place name (may be several words) -> kind
    calendar: frozenset[str]         # months and weekdays, folded
    # folded cue -> its spellings as listed (models/README.md: a cue written in capitals, "ELSA",
    # "SALT", matches only as written; a lower-case one, "mum", in any case)
    cue_spellings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    english: frozenset[str] = frozenset()  # common English words, lower case (english_words.txt)
    # the titles written with a full stop ("Dr. Okafor", "Mrs. Khan"), folded, without it; a family
    # form never is ("my Nana. I love trains": "I" starts the next sentence)
    dotted_titles: frozenset[str] = frozenset()

    def cue_role(self, phrase: str) -> str | None:
        """The role a cue stands for, or None when ``phrase`` as written is no cue: "Elsa" and
        "Salt" are names, "ELSA" and "SALT" are cues; "mum", "Mum" and "MUM" are all cues."""
        words = phrase.split()
        key = fold(" ".join(words))
        for spelling in self.cue_spellings.get(key, (key,) if key in self.role_cues else ()):
            listed = spelling.split()
            if len(listed) == len(words) and all(
                    fold(w) == fold(e) if e == e.lower() else w == e for w, e in zip(words, listed)):
                return self.role_cues[key]
        return None

    def is_cue(self, phrase: str) -> bool:
        return self.cue_role(phrase) is not None

    def is_particle_compound(self, word: str) -> bool:
        """A word and a particle run together, as a system's column writes them ("Inbound",
        "Callback", "Followup", "Walkthrough"): no name, though no word list has it."""
        key = fold(word)
        return any(len(key) - len(p) >= 3 and (key.startswith(p) and self.is_english(key[len(p):])
                                               or key.endswith(p) and self.is_english(key[:-len(p)]))
                   for p in PARTICLES)

    def cue_pattern(self, extra: tuple[str, ...] = ()) -> str:
        """A regular expression (no flags needed) for every cue, longest first, each word
        matched the way ``cue_role`` does: lower-case words in any case, capitals as written."""
        spellings = {s for group in self.cue_spellings.values() for s in group} | set(extra)

        def one(spelling: str) -> str:
            return r"\s+".join(f"(?i:{re.escape(w)})" if w == w.lower() else re.escape(w)
                               for w in spelling.split())
        return "|".join(one(s) for s in sorted(spellings, key=len, reverse=True))

    def is_title(self, word: str) -> bool:
        """Mr, Mrs, Dr., Cllr; lower-case only for the courtesy titles hurried notes use
        ("mrs begum"): "sister Maja" is a relation, "Sister Maja" a title."""
        key = fold(word).rstrip(".")
        if key not in self.titles:
            return False
        return word[:1].isupper() or key in LOWER_CASE_TITLES

    def gender(self, name: str) -> str:
        return self.first_names.get(fold(name), "u")

    def is_first_name(self, word: str) -> bool:
        return fold(word) in self.first_names

    def is_surname(self, word: str) -> bool:
        return fold(word) in self.surnames

    def is_english(self, word: str) -> bool:
        """A common English word, or its plural or derivative ("disclaimers", "licensor")."""
        key = fold(word)
        return key in self.english or derived(key, self.english)

    def scanned_word(self, word: str) -> bool:
        """A common English word as a scan misreads it, "rn" for an "m" ("Assessrnent",
        "Cornmunication"); never a listed name ("Horne", "Garner")."""
        key = fold(word)
        return "rn" in key and key not in self.first_names and key not in self.surnames \
            and self.is_english(key.replace("rn", "m"))

    def near_english(self, word: str) -> bool:
        """One typing slip from a common English word ("recieve", "shcool", "meetin"): a
        misspelling, not a name no list has (a listed name or place never is one)."""
        key = fold(word)
        letters = "abcdefghijklmnopqrstuvwxyz"
        splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
        if key in self.surnames or key in self.first_names or key in self.places:
            return False  # "windle" is a surname, not a slip for "swindle" or "kindle"
        edits = ([a + b[1:] for a, b in splits if b]
                 + [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
                 + [a + c + b[1:] for a, b in splits if b for c in letters]
                 + [a + c + b for a, b in splits for c in letters])
        return any(e != key and e in self.english for e in edits)

    def is_ambiguous(self, word: str) -> bool:
        key = fold(word)
        return key in self.ambiguous or key in self.calendar


# An ordinary word's plural or derivative the short word list leaves out ("Disclaimers",
# "Licensable", "Sublicensor"): (ending, what the stem may need back). "-er" and "-s" only after a
# stem of five letters or more, so that Walker, Booker, Mads or Rubes are not taken for words.
_ENDINGS = (("ations", ("", "e")), ("ation", ("", "e")), ("ability", ("", "e")), ("ables", ("", "e")), ("able", ("", "e")),
            ("ably", ("", "e")), ("ness", ("",)), ("ance", ("", "e")),
            ("ments", ("",)), ("ment", ("",)), ("less", ("",)), ("ors", ("", "e")), ("or", ("", "e")),
            ("ers", ("", "e")), ("er", ("", "e")), ("ies", ("y",)), ("es", ("",)), ("s", ("",)),
            ("ily", ("y",)), ("ly", ("", "e")), ("ed", ("", "e")))


def derived(word: str, english: frozenset[str]) -> bool:
    """Whether folded ``word`` is an English word with an ending the list leaves out."""
    for ending, back in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[:-len(ending)]
            if ending not in ("able", "ables", "ably", "ability") and len(stem) < 5:
                continue  # "Mads", "Rubes", "Jules" are names; "Disclaimers", "Licenses" words
            if stem.startswith("sub") and len(stem) > 5:
                stem = stem[3:]
            if any(stem + b in english for b in back):
                return True
            if stem.startswith("re") and len(stem) > 6 and any(stem[2:] + b in english for b in back):
                return True  # "resettlement", "reassessments": a word done again
    return False


@lru_cache(maxsize=1)
def heard_surnames() -> frozenset[str]:
    """Surnames beyond the local list, folded, no common English word among them: the 88,799 of
    the United States' 1990 census (public domain, shipped by the ``names`` package), which hold
    most of Britain's too ("Copeland", "O'Dowd", "Aspinall"). Only a title's place makes one a
    name: a transcript's "mister cope land", a lower-case writer's "miss leary said"."""
    gaz = load()
    listed = importlib_resources.files("names").joinpath("dist.all.last").read_text(encoding="ascii")
    return frozenset(w for w in (line.split(maxsplit=1)[0].lower() for line in listed.splitlines() if line.strip())
                     if len(w) >= 4 and not gaz.is_english(w) and w not in STOP_WORDS) | gaz.surnames


@lru_cache(maxsize=1)
def word_towns() -> frozenset[str]:
    """Towns whose name is one English word ("leek", "street", "wool"), folded: places only where
    a word cannot stand (models/gb_word_towns.txt)."""
    return frozenset(fold(name) for name in resources.word_list("gb_word_towns.txt"))


# a town's name and the river, sea or place it stands by: "thornaby on tees", "saltburn by the sea"
TOWN_BY_ITS_RIVER = re.compile(r"([a-z]+)[ -](?:on|upon|by|under|in|le)[ -](?:the[ -])?[a-z]+")


@lru_cache(maxsize=None)
def load() -> Gazetteer:
    first: dict[str, str] = {}
    for row in resources.table("first_names.tsv"):
        gender = row[1].lower() if len(row) > 1 and row[1].lower() in ("f", "m", "u") else "u"
        key = fold(row[0])
        # A name listed for both genders is unisex.
        first[key] = gender if first.get(key, gender) == gender else "u"
    places = {fold(row[0]): (row[1] if len(row) > 1 else "place")
              for row in resources.table("places.tsv")}
    for name in resources.word_list("gb_places.txt"):  # the rest of the country's towns and villages
        places.setdefault(fold(name), NATIONAL)
        if " " in name and len(name.split()) >= 3:  # written with hyphens too: "Stow-on-the-Wold"
            places.setdefault(fold(name.replace(" ", "-")), NATIONAL)
        elif "-" in name:  # ... or without them: "Walton on the Naze"
            places.setdefault(fold(name.replace("-", " ")), NATIONAL)
    english = frozenset(resources.word_list("english_words.txt"))
    surnames = frozenset(fold(w) for w in resources.word_list("surnames.txt"))
    for key in [k for k, kind in places.items() if kind == NATIONAL]:
        # a town by its everyday name, its river or its sea left off: "Thornaby" of Thornaby-on-Tees,
        # "Saltburn" of Saltburn-by-the-Sea (never a word or a surname: "Burton" of Burton upon Trent)
        head = TOWN_BY_ITS_RIVER.match(key)
        if head and len(head.group(1)) >= 5 and head.group(1) not in english and head.group(1) not in surnames \
                and head.group(1) not in first:
            places.setdefault(head.group(1), NATIONAL)
    cues: dict[str, str] = {}
    spellings: dict[str, tuple[str, ...]] = {}
    for row in resources.table("role_cues.txt"):
        key = fold(row[0])
        cues.setdefault(key, row[1] if len(row) > 1 else "person")
        spellings[key] = spellings.get(key, ()) + (" ".join(row[0].split()),)
    titles = resources.word_list("titles.txt")
    return Gazetteer(
        first_names=first,
        surnames=surnames,
        ambiguous=frozenset(fold(w) for w in resources.word_list("ambiguous_names.txt")),
        titles=frozenset(fold(w).rstrip(".") for w in titles),
        role_cues=cues,
        places=places,
        calendar=CALENDAR,
        cue_spellings=spellings,
        english=english,
        dotted_titles=frozenset(fold(w).rstrip(".") for w in titles if w.endswith(".")),
    )


_DATE_BEFORE = re.compile(r"(?i)(?:\b(?:in|of|on|since|until|till|from|by|during|early|late|mid|next|last|"
                          r"this|every|each|end|beginning|start|before|after|through)|\d(?:st|nd|rd|th)?)[ \t]*$")
_DATE_AFTER = re.compile(r"(?i)^(?:[ \t]*(?:\d(?!\d?[:.]\d\d)|'\d\d|half|term|holidays?|hols|onwards)|[ \t]*[-/–][ \t]*\w"
                         r"|[ \t]+(?:to|and|or|till|until)[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                         r"mon|tue|wed|thu|fri|sat|sun))")
_MAY_AS_NAME = re.compile(r"(?i)^(?:['’]s\b|[ \t]*[,.;:)!?]|[ \t]+(?:has|had|is|was|will|would|can|could|said|"
                          r"says|told|wants|wanted|likes|loves|needs|and|who|came|went|rang))")


# Names that are also verbs or nouns, and the words that show them used as such ("Hope you are
# well", "Will you come?", "Mark the date", "Drew up a plan").
_WORD_USE_AFTER = {
    "hope": "you|this|that|so|all|everyone|we|it|things|your|everything",
    # ("Will try again pm.": a note's subject left out, then the verb)
    "will": "you|we|they|he|she|it|there|someone|anyone|somebody|anybody|everyone|the|this|that|these|those|your|his|her|their|my|our|all"
            "|try|call|ring|phone|send|chase|email|e-mail|update|check|follow|speak|contact|write|add|"
            "ask|confirm|book|arrange|continue|discuss|forward|pass|text|post",
    # ("Chase LA", "Chase decision": a tracker's next action)
    "chase": "la|up|the|decision|it|them|school|council|panel|this|that|response|reply|caseworker|paperwork|"
             "mr|mrs|ms|miss|dr|ehc|coordinator|co-ordinator|officer|worker|"
             "report|reports|him|her|sendiass|ehcp|plan|draft|outcome|answer|date|copy|letter|email|e-mail|sendist|gp|ep|"
             "slt|ot|camhs|health|social|setting|nursery|college|transport|payment|invoice|referral|appointment",
    "mark": "the|as|it|this|that|down|out|each|your|his|her|their",
    "drew": "up|on|a|the|attention|out|together",
    "bill": "the|for|to|was|is|paid|payer",
    "sue": "the|them|for|him|her|us",
    "rob": "the|them|him|her|us",
    # nouns and adjectives: "Ward 4", "Ward Councillor", "max 8 pupils" (never "Ward 07700 900944")
    "ward": r"\d{1,3}|councillor|councillors|staff|sister|round|rounds|manager|nurse|nurses|clerk|area|member|members|level|based",
    "art": r"(?:&|and)[ \t]+design|lessons?|therapy|therapist|club|room|teacher|department|gcse|coursework|project|class|classes",
    "max": r"\d+|of|out|capacity|size|length|number|time|hours|hrs|mins|minutes",
}
# a surname that opens a sentence as its adjective: "Gold stars chart at home", "Strong wish for
# school to apply", "Young carers group", "White British" (Becky Gold, Leanne Strong found)
_ADJECTIVE_USE_AFTER = {
    "gold": "stars?|star|award|awards|standard|medal|certificate|sticker|stickers|book",
    "strong": "wish|wishes|views?|preference|evidence|case|feelings?|opinion|recommendation|support|links?|bond",
    "young": "carers?|people|person|minds|offenders?|parents?|adults?|children",
    "white": "british|irish|other|board|boards|paper|noise",
}
# (the names that are verbs too: in lower case after a kin word, a verb must follow them, "your
# mum chase." is no one)
VERB_NAMES = frozenset(_WORD_USE_AFTER)
_WORD_USE_RE = {k: re.compile(rf"[ \t]+(?:{v})\b", re.IGNORECASE)
                for k, v in (_WORD_USE_AFTER | _ADJECTIVE_USE_AFTER).items()}


def as_a_word(text: str, start: int, end: int) -> bool:
    """A name that stands as an ordinary word or a date where it is: "in April", "May I ask",
    "Hope you are well", "Will you come?"."""
    if calendar_date(text, start, end):
        return True
    if MIXED_CASE_ABBREVIATION.fullmatch(text, start, end):
        return True  # "the ToD" where Tod Harris is redacted: an abbreviation
    if fold(text[start:end]) in FEASTS and (_FEAST_BEFORE.search(text[max(0, start - 12):start])
                                             or _FEAST_AFTER.match(text, end)):
        return True  # "See you at Christmas", "the Christmas holidays" (Mrs Christmas found)
    if fold(text[start:end]) in authorities()[0]:
        if LA_BODY_AFTER.match(text, end) or LA_QUARTER_BEFORE.search(text, max(0, start - 8), start):
            return True  # "Ask Bolton Council" where Keith Bolton is redacted: the authority
        from redactor.detect.recognizers.columns import authority_cells
        if (start, end) in authority_cells(text):
            return True  # "Bolton" under "LA": the authority
    if class_name(text, start, end, load().is_english):
        return True  # "in Robin class", "Class Willow" where SENCO Robin Aldous is redacted: the class
    rx = _WORD_USE_RE.get(fold(text[start:end]))
    return rx is not None and rx.match(text, end) is not None


def calendar_date(text: str, start: int, end: int) -> bool:
    """A month or day word standing as a date ("in April", "April 2025", "3rd May", "May half
    term"), not as a name."""
    key = fold(text[start:end])
    if key not in CALENDAR:
        return False
    if key == "may" and not _MAY_AS_NAME.match(text[end:end + 12]):
        return True  # "May I ask", "May be": the verb
    return bool(_DATE_BEFORE.search(text[max(0, start - 16):start]) or _DATE_AFTER.match(text[end:end + 12]))


# Feasts a surname may share ("Mrs Christmas"), and where they are the feast
FEASTS = frozenset({"christmas", "easter", "xmas", "eid", "diwali", "hanukkah"})
_FEAST_BEFORE = re.compile(r"(?i)\b(?:at|over|for|since|before|after|until|till|by|this|last|next|of|from|the|"
                           r"merry|happy|during|in)[ \t]+$")
_FEAST_AFTER = re.compile(r"(?i)[ \t]*(?:['’]s\b)?[ \t]*(?:holidays?|hols|day|eve|break|term|party|fair|play|dinner|jumper|"
                          r"cards?|tree|time|concert|show|presents?|lunch|week|period|fayre|market|closure)\b")
# what follows a Local Authority's name that makes it the authority ("Bolton Council", "Bolton SENDIASS")
# ... or one of its services by its letters: "Devon EP Service", "Kent SEN Team"
AUTHORITY_SERVICE = r"(?:EP|EPS|SEN|SEND|SENDIASS|CAMHS|SALT|OT)[ \t]+(?i:service|team)"  # ("Chase Solihull SEN team")
# A council's service by its letters alone, which no setting's name ends with ("Coventry SEND", "Solihull EPS")
SERVICE_LETTERS = r"(?:SEND|SEN|EPS|SENDIASS|SENDIAS|IASS)"
LA_BODY_AFTER = re.compile(r"[ \t]+(?:(?:Metropolitan[ \t]+)?(?:Borough|County|City)[ \t]+)?(?:Council|SENDIASS|SENDIAS|IASS)\b"
                           rf"|[ \t]+{AUTHORITY_SERVICE}\b")
# What a colour is the colour of: "hazel brown eyes", "a jade green coat" (colours that are names too)
COLOURED_AFTER = re.compile(r"[ \t]+(?:eyes|hair|skin|eyebrows|coat|jumper|cardigan|hoodie|top|dress|shoes|trainers|"
                            r"boots|bag|car|door|paint|uniform|ribbon|straps?)\b")
# ... and colours that are first names too, before a colour: "jade green", "hazel brown"
COLOUR_FIRST_NAMES = frozenset("jade hazel ruby amber rose scarlet violet olive ginger coral ivory pearl indigo "
                               "saffron lavender cherry honey sienna ebony sky".split())
COLOUR_WORDS = frozenset("green brown black white grey gray red blue pink gold silver purple orange yellow".split())
# who works at a site, after "site": "Paul Green site manager" names no site
NOT_A_SITE_AFTER = r"(?![ \t]+(?i:manager|staff|team|lead|supervisor)\b)"
# what follows a place in an NHS trust's short name ("Oxford Health", "Sussex Partnership")
TRUST_AFTER_PLACE = re.compile(r"[ \t]+(?:Health|Partnership)\b(?![ \t]+(?:[Vv]isitors?|[Cc]entre|[Cc]linic|[Hh]ub))")
# a quarter of an authority, as its teams and districts are named: "(West Devon)", "Mid Devon"
QUARTER_WORDS = frozenset("north south east west mid central".split())
LA_QUARTER_BEFORE = re.compile(r"\b(?:" + "|".join(w.title() for w in sorted(QUARTER_WORDS)) + r")[ \t]+$")
_DAY_ALONE = re.compile(r"(?i)\d{1,2}(?:st|nd|rd|th)")


def day_alone(value: str) -> bool:
    """A day written alone ("20th" of "is on the 20th"): a date where it was found, no
    identifier wherever else it stands ("the 20th century")."""
    return _DAY_ALONE.fullmatch(value.strip()) is not None


# Nouns after an abbreviation that is one ("GP letter", "EP report"): not someone's initials.
ABBREVIATION_NOUNS = frozenset("""
letter letters surgery practice appointment appointments referral report reports notes record records
visit visits assessment advice service services team clinic review reviews panel panels meeting meetings
form forms hearing request requests
date dates deadline deadlines held booked paperwork papers documentation minutes outcome outcomes
decision invite invites invitation cycle process timeline timescale timescales prep preparation
targets tracker
""".split())
# ... and after a role's letters, what the role gives ("TA hours", "additional TA support"; a worker's
# own initials act there: "KL hours reduced")
ROLE_ABBREVIATION_NOUNS = frozenset("hours hour support time funding allocation cover".split())
# Before an abbreviation for an event, never before a person's initials: "the next AR", "last EP".
EVENT_WORDS_BEFORE = ("next", "last", "this", "each", "every", "upcoming", "following")


@lru_cache(maxsize=4)
def words_of(terms: frozenset[str]) -> frozenset[str]:
    """The words of ``terms`` ("ehc" and "plan" of "ehc plan"), found once per set of terms."""
    return frozenset(w for term in terms for w in term.split())


def initials_as_a_person(text: str, start: int, end: int) -> bool:
    """A full name's initials that are also an abbreviation ("GP" of Gail Pickering) stand for
    the person where they act or own an action ("GP welcomed", "agreed by GP", "GP / DC"), not
    after an article or before a noun ("the GP letter", "has PR?"). The leak check reads kept
    copies the same way. Never a stop word among words in capitals ("WENT TO THE": T. Okonkwo's
    "TO" in a form typed in capitals)."""
    if re.sub(r"[.\s]", "", text[start:end]).lower() in STOP_WORDS and in_caps_run(text, start, end):
        return False
    if text[start:end] in ("AM", "PM") and re.search(r"\d ?$", text[max(0, start - 2):start]):
        return False  # "9 AM", "3PM": a time's letters after its number (a log's "04/06/25 NB -" is hers;
        # a log's "14:00<tab>AM", the next cell, whoever took the call)
    before = text[max(0, start - 12):start].lower().split()
    if before and before[-1] in ("the", "a", "an", "her", "his", "their", "your", "my", "our", "its",
                                 "has", "have", "had", "no") + EVENT_WORDS_BEFORE \
            or before and re.fullmatch(r"[a-z]+(?:['’]s|s['’])", before[-1]) \
            and load().is_cue(before[-1].rstrip("'’s")):
        return False  # ("mum's GP", "the parents' SW": whoever holds the role for them; "it's RM" is hers)
    after = re.match(r"['’]?s?[ \t]+([a-z]+)", text[end:end + 24])
    if after and (after.group(1) in ABBREVIATION_NOUNS
                  or after.group(1) in ROLE_ABBREVIATION_NOUNS and load().is_cue(text[start:end])):
        return False
    if re.match(r"[ \t]+(?:19|20)\d\d\b", text[end:end + 8]) and text[start:end].isupper():
        return False  # "EA 2010", "CFA 2014": an Act and its year
    reading = re.match(r"[ \t]+\d{2,3}/(\d{2,3})\b", text[end:end + 12])
    if reading and int(reading.group(1)) > 12:
        return False  # "BP 98/60": a reading (a day and month after a worker's initials is a date: "JB 12/03")
    # "SW (Gemma Lister)", "VS (Mrs Atwal)": a name in brackets that the code does not spell is
    # whoever holds the role the code abbreviates ("KW (Kelly Walsh)" is Kelly Walsh)
    named = re.match(r"[ \t]*\(((?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)*)\)",
                     text[end:end + 48])
    if named and (named.group(1) or fold(named.group(2).split()[0]) in load().first_names) \
            and not load().is_cue(named.group(2)):  # ("SM (Mum)" is Mum's initials)
        code = re.sub(r"[.\s]", "", text[start:end]).upper()
        initials = "".join(w[0] for w in named.group(2).split())
        return initials == code or (len(initials) == 1 and initials in (code[0], code[-1]))
    return True
