"""Email address recognizer that never fetches the Public Suffix List."""

from __future__ import annotations


import re

from presidio_analyzer import Pattern

from redactor.detect.recognizers.base import DomainPatternRecognizer, make_result
from redactor.detect.words import unwrapped
from redactor.types import EMAIL


# "logo@2x.png": image and document file names, not addresses.
FILE_EXTENSIONS = frozenset("png jpg jpeg gif svg webp heic bmp tif tiff pdf doc docx txt md xls xlsx "
                            "csv ppt pptx zip mp3 mp4 mov".split())


# An address read out, as a call transcript writes it: "b quinn sixty seven at gmail dot com".
# A domain that is also a word or a place is one only with its "dot": "at Rotherham General" is no
# address, "at rotherham dot gov dot uk" and "at example dot com" are.
# (a family's own country's too: "kasia dot dobro at wp dot pl")
_SPOKEN_SUFFIX = r"[ \t]+dot[ \t]+(?:com|co|uk|net|org|gov|pl|ro|lt|lv|bg|sk|cz|hu|de|fr|it|es|pt|ie|nl)"
_SAID_SUFFIX = r"[ \t]+(?:dot[ \t]+)?(?:com|co|uk|net|org)"  # "at hotmail co uk": the dots unsaid
# a label of the domain: a word, its letters said apart ("solent e p s dot gov dot uk"), or words
# joined by a said hyphen ("nottscc dash send dot gov dot uk")
_SAID_WORD_LABEL = r"(?:[a-z][a-z0-9-]{1,30}|[a-z](?:[ \t][a-z]){1,5}\b)"
# (never a word of the sentence around it: "at their website kooth dot com" is a site)
# (its letters said apart may start with one: "dot a v l t dot org")
_NOT_A_LABEL = r"(?!(?:their|the|our|your|his|her|its|a|an|my|website|web|site|page|online|on|is|at|to|by|via)\b(?![ \t][a-z][ \t]))"
_SAID_LABEL = rf"(?:{_NOT_A_LABEL}{_SAID_WORD_LABEL}(?:[ \t]+(?:dash|hyphen|underscore)[ \t]+{_SAID_WORD_LABEL}){{0,3}})"
# what a shared inbox is called before its "at": "advice at ...", "info at ..."
SHARED_MAILBOXES = frozenset("advice info enquiries enquiry admin office send duty team helpline contact hello "
                             "referrals sendiass iass reception governance governors clerk admissions transport "
                             "sen senco inclusion safeguarding finance headteacher head".split())
_MAIL_PROVIDERS = "gmail|googlemail|hotmail|yahoo|outlook|icloud|btinternet|aol"
# ... heard apart, only with the domain's ending said: "at g mail dot com" (never "jo at bt internet and")
_PROVIDERS_APART = r"g[ \t]mail|google[ \t]mail|hot[ \t]mail|out[ \t]look|i[ \t]cloud|bt[ \t]internet"
SPOKEN_DOMAIN = re.compile(rf"(?i)[ \t]at[ \t]+(?:(?:{_PROVIDERS_APART})(?:(?:{_SAID_SUFFIX})+|[ \t]?\.(?:com|co\.uk|net|co)\b)|(?:{_MAIL_PROVIDERS})"
                           # (any domain with its "dot" said: "at example dot com")
                           # (a hyphen unsaid and the labels before the suffix said too: "at
                           # sendiass durham dot example dot org")
                           # (a service's name said as words, the spaces unsaid: "at portsmouth send advice dot org dot uk")
                           rf"(?:{_SAID_SUFFIX})*|{_SAID_LABEL}(?:[ \t]+{_SAID_LABEL}){{0,3}}"
                           rf"(?:[ \t]+dot[ \t]+(?!(?:com|co|uk|net|org|gov|pl|ro|lt|lv|bg|sk|cz|hu|de|fr|it|es|pt|ie|nl)\b){_SAID_LABEL}){{0,3}}(?:{_SPOKEN_SUFFIX})+)\b")
KNOWN_PROVIDER = re.compile(rf"(?i)\b(?:{_MAIL_PROVIDERS}|live|sky|mail|nhs)\b")
SAID_ASIDE = re.compile(r"(?i),?[ \t]+(?:all[ \t]+)?(?:one[ \t]+word|(?:in[ \t]+)?(?:lower[ \t]?case|small[ \t]+letters)|no[ \t]+spaces)"
                        r"[ \t]*,?[ \t]*\Z")
# An address's own part said again as one token, letters and digits, "all one word": "... dot co dot
# uk so bridgetmcd81 all one word"
PART_SAID_AS_ONE_WORD = re.compile(r"(?i)(?<![\w@.])(?:[a-z][a-z._]*\d[a-z0-9._]*|[a-z]+[._][a-z0-9._]+)"
                                   r"(?=[ \t]*,?[ \t]+all[ \t]+one[ \t]+word\b)")
ONE_WORD_AFTER = re.compile(r"(?i)[ \t]*,?[ \t]*(?:all[ \t]+)?one[ \t]+word\b")
# what a caller says before an address she spells as one word, never a part of it
NOT_SAID_PARTS = frozenset("its it's is it yeah yes email e-mail address my the so that's thats and er um erm uh "
                           "ok okay right oh mine me our to through on at via down please send reach".split())
_SPOKEN_PART = re.compile(r"(?i)(?:[a-z]|\d+|[a-z]+\d+|[a-z]+_[a-z0-9_]+|\d+[a-z]{1,3}|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                          r"fifty|sixty|seventy|eighty|ninety|hundred|underscore|dot|dash|hyphen)")


class EmailRecognizer(DomainPatternRecognizer):
    """Recognize e-mail addresses on any domain.

    Same shape as Presidio's email recognizer, without its public-suffix check: casework is full
    of internal and reserved domains (``.local``, ``.example``, ``.test``, a council's intranet)
    and mistyped suffixes, and an address is identifying whatever its domain. Only the last label
    must look like one (two or more letters, not a file extension: "logo@2x.png" is a file).
    """

    ENTITY = EMAIL
    PATTERNS = [
        Pattern(
            "Email",
            r"(?<![\w.%+-])[\w%+-]+(?:\.[\w%+-]+)*"
            # Domain labels are letters and digits (not "_": Markdown italics end "org._").
            r"@[^\W_]+(?:-+[^\W_]+)*(?:\.[^\W_]+(?:-+[^\W_]+)*)+(?![^\W_])",
            0.5,
        ),
        Pattern(
            # as a hand, a scan or a wrapped line wrote it: spaces about its "@" ("r.patel @ nhs.net"),
            # the "@" as "(at)", "[at]" or a scan's "©", an apostrophe in a name ("j.o'neill@"),
            # a domain broken at a line's end ("@lincoln-\nshire.gov.uk") or a space before its
            # suffix ("@suffolk .gov.uk")
            "Email (written loosely)",
            r"(?<![\w.%+'’-])[\w%+-]+(?:['’][\w%+-]+)?(?:\.[\w%+-]+(?:['’][\w%+-]+)?)*"
            # (a space before the "@" only with one after: "Instagram @morgan.on.the.fells" is a handle)
            r"(?:[ \t]+@[ \t]+|@[ \t]*|[ \t]*(?i:\(at\)|\[at\]|\{at\})[ \t]*|©)"
            # (its last label a common suffix, in lower case or capitals: "Seen @ clinic.No concerns",
            # a sentence's missing space, is no address)
            r"[^\W_]+(?:(?:-+|-\r?\n[ \t>]*)[^\W_]+)*"
            r"(?:(?:\.|[ \t]\.(?=(?:gov|org|co|ac|nhs|sch|net|com)\b))[^\W_]+(?:(?:-+|-\r?\n[ \t>]*)[^\W_]+)*)*"
            r"\.(?:(?:uk|com|net|org|gov|nhs|ac|sch|local|co|io|me|info|edu|test|example|internal|ie|eu|scot|wales)"
            r"|(?:UK|COM|NET|ORG|GOV|NHS|LOCAL))(?![^\W_])",
            0.5,
        ),
    ]
    CONTEXT = ["email", "e-mail", "mail"]

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        from redactor.detect import gazetteer
        gaz = gazetteer.load()
        said_text = unwrapped(text)  # "at east\nriding dot gov dot UK": one address a transcript wrapped
        for m in SPOKEN_DOMAIN.finditer(said_text):
            # the words said before "at": letters, numbers, and names no dictionary has
            start, parts, said = m.start(), 0, []
            # (a number said with its hyphen: "terry dot scrimshaw sixty-one at talktalk dot net")
            # (a word is part of it when a said "dot" joins it on: "sendiass dot team at ...")
            # (letters said apart take a word each: "a g a dot n o w a k eight four at gmail dot com")
            offset = max(0, m.start() - 160)
            # (how it is written, said between the address's parts: "marshall eighty eight, all one word, at")
            if aside := SAID_ASIDE.search(said_text, offset, m.start()):
                start = aside.start()
            # (said as one word, before or after: every word back to the cue is the address's, words of
            # a dictionary too: "kezza duck eight seven at hotmail dot co dot UK all one word")
            one_word = aside is not None or ONE_WORD_AFTER.match(said_text, m.end()) is not None
            before = list(re.finditer(r"[\w']+(?:-[\w']+)*", said_text[offset:start]))
            for i in range(len(before) - 1, -1, -1):
                w = before[i]
                word = w.group()
                joined = i > 0 and before[i - 1].group().lower() in ("dot", "underscore") \
                    and not said_text[offset + before[i - 1].end():offset + w.start()].strip() \
                    or said and said[-1].lower() in ("dot", "underscore") \
                    or not parts and word.lower() in SHARED_MAILBOXES  # "advice at notts dash s i a s dot org"
                # (a comma where the speaker paused: "D U M I eight seven, at yahoo dot co dot uk")
                if said_text[offset + w.end():start].strip(" \t,") or not (
                        all(_SPOKEN_PART.fullmatch(piece) for piece in word.split("-")) or (word.isalpha() and word.lower() not in ("its", "it's", "is", "yeah")
                                                         and (not gaz.is_english(word) or joined or one_word and word.lower() not in NOT_SAID_PARTS
                                                              or gazetteer.fold(word) in gaz.first_names
                                                              or gazetteer.fold(word) in gaz.surnames))):
                    break  # a word said before the address, or punctuation ("Speaker 1:")
                start, parts = offset + w.start(), parts + 1
                said.append(word)
                if parts == 24:
                    break
            # (on a domain no mail provider's, a word of letters said before it: never "2015 at gov dot uk")
            if parts and (KNOWN_PROVIDER.search(m.group()) or any(re.fullmatch(r"[^\W\d_]{3,}\d*", w) for w in said)):
                results.append(make_result(self, EMAIL, start, m.end(), 0.85, "spoken"))
        for m in PART_SAID_AS_ONE_WORD.finditer(said_text):
            # (only where an address was just said or asked for: never "the app is called sumdog2 all one word")
            if SPOKEN_DOMAIN.search(said_text, max(0, m.start() - 200), m.start()) \
                    or re.search(r"(?i)\be-?mail\b", said_text[max(0, m.start() - 120):m.start()]):
                results.append(make_result(self, EMAIL, m.start(), m.end(), 0.85, "spoken"))
        return results

    def validate_result(self, pattern_text: str) -> bool:
        last = pattern_text.rsplit(".", 1)[-1]
        return len(last) >= 2 and last.isalpha() and last.lower() not in FILE_EXTENSIONS
