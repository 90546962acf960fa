"""The detection engine: Presidio's AnalyzerEngine over our registry, plus allow list and overlap
resolution. It only orchestrates; every rule lives in a recognizer.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from spacy.lang.en.stop_words import STOP_WORDS

from redactor.detect import gazetteer, quasi, recognizers
from redactor.detect.check import text_speak
from redactor.detect.gazetteer import AUTHORITY_DEPARTMENTS, COUNCIL_KIND_LETTERS, DEPARTMENT_LETTERS, NOT_INITIALS
from redactor.detect.context import TextWindowContextEnhancer
from redactor.detect.nlp import LocalSpacyNlpEngine, unmarked
from redactor.detect.recognizers import address as address_words
from redactor.detect.recognizers.columns import authority_cells, header_cells
from redactor.detect.words import (BROKEN_WORD, PLACE_BY_RIVER, PLACE_PARTICLE, broken_word_end, caps_twin, misread_reading, ocr_twins,
                                   strip_possessive)
from redactor.pipeline import Pipeline
from redactor.types import (ADDRESS, CASE_REF, LOCATION, NHS_NUMBER, NI_NUMBER, PERSON, PHONE, POSTCODE, SCHOOL, ULN,
                            UPN, Finding, SpanIndex)

BATCH_SIZE = 32
# Recognizers that guess (NER; a word no dictionary knows): a table's header cell is none of theirs.
# (a town or village of the country's list is a guess too: "Haxby" in "Lynsey Haxby", "Thurlby"
# in "Thurlby Main" must not cut a longer name found around it)
GUESSES = (":ner", ":safety-net", ":national")
# Institutional nouns: an NER organisation made only of these and allow-listed words is generic.
GENERIC_ORG_WORDS = frozenset("""
service services team department unit panel trust partnership board council authority forum
support plan assessment review meeting provision needs education health care social the of and
for a an school schools children young people family families parent carer carers centre
""".split())


# Words that name a setting's, a street's or a place's kind, Capitalised in the reading of text in
# capitals ("ST OSWALD'S JUNIOR ACADEMY", "14 PRIORY MEWS", "ASHBURY PARK ESTATE")
CAPS_NAME_KINDS = frozenset(w.lower() for w in (
    "Primary Junior Juniors Infant Infants Nursery High Secondary Special Grammar Community "
    "Comprehensive Church Catholic Methodist Academy School College Centre Unit Pre-School Preschool "
    "Hospital Surgery Clinic Practice House Flat Farm Estate Village Hall Lodge Cottage Court "
    "Moor Bridge Wood Brook Heath Top "
    + address_words.STRONG + " " + address_words.WEAK).split())

DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,7}[A-Z]?")
# What a person writes when they anonymise by hand: "Child A", "School X", "Mum B", "[Name]".
PLACEHOLDER = re.compile(
    r"(?:(?:the\s+)?(?:Child|Pupil|Young\s+Person|YP|Parent|Mum|Dad|Mother|Father|Carer|Sibling|Brother|"
    # (and the rest of a family: "Grandparent B", "Aunt C", "Step-parent D")
    r"Grandparent|Grandmother|Grandfather|Aunt|Uncle|Cousin|Step-?parent|Guardian|"
    r"Sister|Family|Person|Teacher|Officer|Worker|School|Setting|College|Nursery|Academy|Village|Town|"
    r"Place|Area|Estate|LA|Council)\s+[A-Z]{1,2}\d?|\[[A-Za-z][A-Za-z ]{0,30}\]|\(name\)|XX+)")


# A piece of a placeholder NER read on its own ("B" of "Parent B"): a role and one letter only;
# "Dad TW" (initials) and "[Sarah to call]" (a note) are not placeholders.
ROLE_LETTER = re.compile(r"\b(?:Child|Pupil|Young\s+Person|YP|Parent|Carer|Sibling|Family|Person|Teacher|"
                         r"Grandparent|Grandmother|Grandfather|Aunt|Uncle|Cousin|Step-?parent|Guardian|"
                         r"Officer|Worker|School|Setting|College|Nursery|Academy|Village|Town|Place|Area|"
                         r"Estate)\s+[A-Z]\d?\b")


# An information, advice and support service by its letters: "DIAS" (Devon), "SIAS", "SENDIASS"
# (a surname in capitals under a surname's column or after a title is still one: "Mr DIAS"; and a
# name's letters only beside the service's words: "(Independent Supporter, DIAS)", "DIAS team",
# never "ELIAS", "TOBIAS", "MATIAS")
# Where a language is meant: after a verb of speaking or a language's label, or before "and
# English", "-speaking", "speaker" ("speak Shona and English", "a Shona speaker", "Language: Shona")
# (never "Shona speaking, how can I help?" answering a call, nor a log's "spoke Shona (mum)")
SPOKEN_BEFORE = re.compile(r"(?i)\b(?:speaks?|speaking|spoken|fluent[ \t]+in|languages?[ \t]*:?|tongue[ \t]*:?)[ \t]+\Z")
SPOKEN_AFTER = re.compile(r"[ \t]+and[ \t]+English\b|-speaking\b|[ \t]+speakers?\b|[ \t]+(?:interpreter|translation)\b")
SERVICE_LETTERS = re.compile(r"(?:SEND|[DKSPN])?IASS?|IASK")
SERVICE_BEFORE = re.compile(r"(?:,|\(|\b(?i:from|contact|contacted|via|with|by|at|to))[ \t]*\Z")
SERVICE_AFTER = re.compile(r"[ \t]*\)|[ \t]+(?i:team|service|adviser|advisor|officer|worker|supporter|office|duty|helpline|on)\b")
# ... or by its words: "Devon Information, Advice & Support (DIAS)"; or the county's hospital:
# "the paediatrician at Gloucestershire Royal"
SERVICE_WORDS = re.compile(r"(?:SEND[ \t]+)?Information,?[ \t]+(?:Advice|and[ \t]+Advice)|Royal\b")
TITLE_BEFORE = re.compile(r"\b(?i:mr|mrs|ms|miss|mx|dr)\.?[ \t]+\Z")
# A capital letter and a word joined by a hyphen: "A-type", "T-shirt", "U-turn"
LETTER_THEN_WORD = re.compile(r"[A-Z]-[a-z]{2,}")
# A council's service by its letters, ending a guess: no setting's name ends so
SPELLING_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z])[ \t]+for[ \t]+\Z")
SERVICE_BEFORE_AUTHORITY = re.compile(rf"{gazetteer.SERVICE_LETTERS}[ \t]+(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)")
SERVICE_LETTERS_LAST = re.compile(rf"[ \t]{gazetteer.SERVICE_LETTERS}\Z")
# Numbers whose recognizers check their shape (a phone's ranges, a check digit)
CHECKED_SHAPES = frozenset({PHONE, NHS_NUMBER, NI_NUMBER, ULN, UPN})
# Capitals joined by an ampersand: an abbreviation ("T&W" for Telford and Wrekin, "A&E", "B&NES"), no one's initials
AMPERSAND_LETTERS = re.compile(r"[A-Z]{1,5}[ \t]?&[ \t]?[A-Z]{1,5}")
# What may join two placeholders: "Child A and School X", "Child A / Pupil B"
PLACEHOLDER_JOIN = re.compile(r"[\s,;/&()'’.:-]*(?:\b(?:and|or)\b[\s,;/&()'’.:-]*)*")


def placeholders_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is made of placeholders ("Child A", "School X", "YP T") and the
    words that join them, nothing else: "Child A and School" of "Child A and School X", the "T" of
    "YP T" however it was found."""
    lo, hi = max(0, start - 24), min(len(text), end + 24)
    held = [m.span() for m in ROLE_LETTER.finditer(text, lo, hi) if m.start() < end and m.end() > start]
    if not held:
        return False
    rest = "".join(" " if any(a <= i < b for a, b in held) else text[i] for i in range(start, end))
    return PLACEHOLDER_JOIN.fullmatch(rest) is not None


def ner_reading(text: str) -> str:
    """The text as NER reads it, the same length (so its offsets are the text's): a table's cells
    as lines ("Parent<tab>Buccal midazolam" is no sentence) and Markdown's emphasis blanked
    ("**Notes:** Bev Pilcher" hides the name). The casework reader is trained on this reading."""
    return MARKDOWN_EMPHASIS.sub(lambda m: " " * len(m.group()), text.replace("\t", "\n"))


class Detector:
    """Find identifiers in texts according to a pipeline definition."""

    def __init__(self, pipeline: Pipeline):
        self.pipeline = pipeline
        # Condition names ("Angelman syndrome", "PWS") are never a person, a school or a place:
        # they are details for the motivated-intruder test (redactor.detect.quasi).
        allow_terms = pipeline.allow_set() | frozenset(quasi.condition_names())
        self.allow = frozenset(gazetteer.fold(t) for t in allow_terms)
        self.gaz = gazetteer.load()
        # Single-word allow terms ("SENCO", "CAMHS") are never part of a name; the words of longer
        # terms are ("Summer" of "Summer term").
        self.generic_words = frozenset(t for t in self.allow if " " not in t) | GENERIC_ORG_WORDS
        self.allow_words = gazetteer.words_of(self.allow)
        # words of kept terms written in capitals ("SENCO", "EHC" of "EHC plan") stay so in the
        # reading of text in capitals (see _caps_case)
        self.caps_terms = frozenset(gazetteer.fold(w) for t in allow_terms for w in t.split()
                                    if w.isupper() and len(w) >= 2)
        self.phrases_by_word: dict[str, list[re.Pattern]] = {}
        self._bodies: tuple[str | None, list[tuple[int, int]]] = (None, [])  # (a text, its bodies' names)
        for term in allow_terms:
            if " " in term.strip():
                rx = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, term.split())) + r"(?!\w)",
                                re.IGNORECASE)
                for word in term.split():
                    self.phrases_by_word.setdefault(gazetteer.fold(word), []).append(rx)
                    if re.search(r"['’]s$", word):  # ("Prince" of "Prince's Trust", a finding without its 's)
                        self.phrases_by_word.setdefault(gazetteer.fold(word[:-2]), []).append(rx)
        # a Local Authority's name of more words holds no name or place of its own ("Furness" of
        # "Westmorland and Furness", "Somerset" of "North Somerset"): nothing inside one is found
        # or linked (its words alone are left to the rules)
        _, authorities, longer = gazetteer.authorities()
        for word in {gazetteer.fold(w) for name in longer for w in re.findall(r"[A-Za-z]+", name)}:
            self.phrases_by_word.setdefault(word, []).append(authorities)
        self.nlp_engine = LocalSpacyNlpEngine(pipeline.spacy_model, pipeline.casework_model)
        self.nlp_engine.load()
        registry = RecognizerRegistry(
            recognizers=recognizers.build(pipeline.recognizers, self.generic_words),
            supported_languages=["en"],
        )
        self.analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=self.nlp_engine, supported_languages=["en"],
            default_score_threshold=pipeline.score_threshold,
            context_aware_enhancer=TextWindowContextEnhancer(),
        )
        self.entities = list(pipeline.entities)

    def detect(self, text: str) -> list[Finding]:
        return next(self.detect_many([text]))

    def detect_many(self, texts: Iterable[str]) -> Iterator[list[Finding]]:
        """Findings for each text, in order; spaCy runs batched over all of them. A long text is
        read in windows of at most ``WINDOW`` characters cut at line breaks, so the memory NER
        needs stays bounded however long the document (offsets are the whole text's)."""
        # Windows line ends are read as a space and a line break (same length, same offsets): every
        # rule that looks for a line's end then holds for a CRLF file too ("41 Coppice View\r\nSallow Green")
        # (NER reads the text as written: its model was trained on it, and reads a CRLF file's names
        # better so)
        originals = list(texts)
        texts = [rejoin_wrapped(calendar_reading(text.replace("\r\n", " \n"))) for text in originals]
        # A scanned text is also read with its OCR confusions undone, and a text with runs of words
        # in capitals with them written as names are (same length, same offsets).
        twins = [[(twin, False) for twin in ocr_twins(text, self._known_word)] + [(twin, True) for twin in caps_twin(text, self._caps_case)]
                 for text in texts]
        extra = [twin for group in twins for twin, _ in group]
        found = self._detect_readings(texts + extra, originals + extra)
        k = len(texts)
        for i, text in enumerate(texts):
            extra: list[Finding] = []
            breaks = [m.span() for m in BROKEN_WORD.finditer(text)] if twins[i] else []
            for twin, of_capitals in twins[i]:
                # (of a reading of capitals, only what touches a word it wrote otherwise: the rest
                # of its lines is there for context, and read already as written; of a scan's, a
                # finding that ends in a word it wrote whole ends at the broken word's end)
                extra += _touching_changes(found[k], twin, text) if of_capitals else [
                    f.with_(end=broken_word_end(f.end, breaks)) for f in found[k]] if breaks else found[k]
                k += 1
            if any(not of_capitals for _, of_capitals in twins[i]):
                yield resolve_overlaps(self._mend_scanned(text, found[i] + extra))
                continue
            yield resolve_overlaps(found[i] + extra) if extra else found[i]

    def _detect_readings(self, texts: list[str], written: list[str]) -> list[list[Finding]]:
        """Findings for each text; NER reads ``written``, the same text as written (same length)."""
        windows = [(i, offset, piece) for i, text in enumerate(texts)
                   for offset, piece in text_windows(text, WINDOW)]
        found: list[list[Finding]] = [[] for _ in texts]
        as_written = [(i, offset, written[i][offset:offset + len(piece)]) for i, offset, piece in windows]
        for (i, offset, piece), artifacts in zip(windows, self._read(as_written)):
            results = self.analyzer.analyze(
                text=piece, language="en", entities=self.entities, nlp_artifacts=artifacts,
                score_threshold=self.pipeline.score_threshold,
            )
            findings = [
                Finding(type=unmarked(r.entity_type), start=r.start, end=r.end, score=round(r.score, 3),
                        recognizer=(r.recognition_metadata or {}).get("recognizer_name", "?"))
                for r in results
            ]
            labels = header_cells(piece) if any(f.recognizer.endswith(GUESSES) for f in findings) else set()
            found[i].extend(f.with_(start=f.start + offset, end=f.end + offset)
                            for f in split_at_cells(piece, findings) if not self._allowed(piece, f)
                            and not (f.recognizer.endswith(GUESSES) and (f.start, f.end) in labels))
        return [self._settled(findings, text) for findings, text in zip(found, texts)]

    def _settled(self, findings: list[Finding], text: str) -> list[Finding]:
        """One text's findings through each check in turn, the overlaps resolved last."""
        for step in (self._not_the_council, self._not_a_language, self._not_defined, self._service_tails,
                     prefer_precise, self._address_lines):
            findings = step(findings, text)
        return resolve_overlaps(findings)

    @staticmethod
    def _not_a_language(findings: list[Finding], text: str) -> list[Finding]:
        """Without a person who is a language that is a first name too, where a language is
        meant: "The family speak Shona and English", "a Shona speaker" (never "Shona said")."""
        return [f for f in findings if not (
            f.type == PERSON and gazetteer.fold(text[f.start:f.end]) in gazetteer.languages()
            and (SPOKEN_BEFORE.search(text, max(0, f.start - 24), f.start) or SPOKEN_AFTER.match(text, f.end)))]

    def _address_lines(self, findings: list[Finding], text: str) -> list[Finding]:
        """With what an address writes before each postcode found: its parts from the first that
        opens an address, as a letterhead or a letter's block writes them ("Unit 4, Bradgate Court,
        Rothley Lane, Birstall, Leicester LE4 3TQ", "Gun Wharf, Dock Road\n\nChatham ME4 4TR"), and
        the locality said between a street found and the postcode ("forty two keppel street in
        hill sea, p o two nine b j"). Never a kept term's or a person's part, nor the post town
        that is an authority's ("..., Luton LU4 8QN"); and an address found from a kept service's
        name starts after it ("Child Development Centre, Wigginton Road"; a council's building
        stays its address's: "County Hall, Ridgeway Lane")."""
        people = SpanIndex((f.start, f.end) for f in findings
                           if f.type == PERSON and not f.recognizer.endswith(GUESSES))
        known = gazetteer.authorities()[0]

        def unlike(start: int, end: int) -> bool:
            return next(people.overlapping(start, end), None) is not None or self.allowed_span(text, start, end)

        def kept(part: str) -> bool:  # a kept word or an authority's name (as a scan misread it too: "Barns1ey")
            key = gazetteer.fold(" ".join(misread_reading(w) or w for w in part.split()))
            return key in known or " " not in part and key in self.allow

        extra, out = [], []
        found = SpanIndex((f.start, f.end) for f in findings)
        addresses = sorted((f.end, f.start) for f in findings if f.type == ADDRESS)
        for f in findings:
            head = re.match(r"([^,\n]+),[ \t]*", text[f.start:f.end]) if f.type == ADDRESS else None
            if head and self.allowed_span(text, f.start, f.start + len(head.group(1))) \
                    and not COUNCIL_BUILDING.search(head.group(1)) \
                    and not re.fullmatch(r"(?i:level|floor|unit|suite|block)[ \t]+\d{1,3}", head.group(1)):
                # (a building's floor is the address's, though "Level 3" is a qualification's too)
                f = f.with_(start=f.start + head.end())
            elif f.type == ADDRESS and (unit := address_words.UNIT_BEFORE.search(text, max(0, f.start - 40), f.start)):
                f = f.with_(start=unit.start())  # "flat nine, Ethelbert Mansions"
            out.append(f)
            if f.type != POSTCODE:
                continue
            extra += [Finding(type=ADDRESS, start=a, end=b, score=address_words.CUE_SCORE, recognizer="AddressRecognizer:lines")
                      for a, b in address_words.lines_before_postcode(text, f.start, unlike, kept)
                      if next(found.overlapping(a, b), None) is None]
            i = bisect_right(addresses, (f.start, len(text))) - 1
            gap = LOCALITY_BETWEEN.fullmatch(text, addresses[i][0], f.start) if i >= 0 else None
            said = gap.group("place").split() if gap else []
            if gap and not kept(gap.group("place")) and not POSTCODE_WORD.search(gap.group("place")) \
                    and not any(w.lower() in STOP_WORDS for w in said) \
                    and not all(w.lower() in SAID_FILLERS for w in said) \
                    and not (gap.group("said") and (all(self.gaz.is_english(w) for w in said) or any(
                        len(w) < 3 or w.lower() in SAID_FILLERS or w.lower() in text_speak() for w in said))):
                extra.append(Finding(type=LOCATION, start=gap.start("place"), end=gap.end("place"),
                                     score=address_words.CUE_SCORE, recognizer="AddressRecognizer:locality"))
        return out + extra

    def _service_tails(self, findings: list[Finding], text: str) -> list[Finding]:
        """A place before a service's kept name is the place alone: "Thanet Early Help", "Devizes
        CAMHS", "Gloucester City Early Help" keep the service's words and lose only the place
        (a guess that took both as a name or a place)."""
        out = []
        for f in findings:
            span_words = text[f.start:f.end].split()
            if f.type == SCHOOL and len(span_words) >= 3 and gazetteer.fold(" ".join(span_words[1:])) in SERVICES \
                    and self.gaz.is_english(span_words[0].lower()) and not any(
                        gazetteer.fold(span_words[0]) in known for known in (self.gaz.places, self.gaz.surnames, self.gaz.first_names)):
                continue  # "Explained Virtual School + SW can request": a verb before the service, no setting
            if f.type in (PERSON, LOCATION) or f.type == SCHOOL and f.recognizer.endswith(GUESSES):
                words = list(re.finditer(r"\S+", text[f.start:f.end]))
                for k in range(1, len(words)):
                    written = text[f.start + words[k].start():f.end]
                    tail = gazetteer.fold(written)
                    head = [gazetteer.fold(w.group()) for w in words[:k]]
                    # (a service's abbreviation, or its words where no setting is named: "Crewe Child
                    # Development Centre" is one, "Nanny Vi" no service)
                    if not (written.isupper() and len(written) >= 3 or " " in written and f.type != SCHOOL):
                        continue
                    if tail not in self.allow or SETTING_WORDS.search(written) or not written[0].isupper() or any(
                                w in self.gaz.places or w in self.gaz.surnames or w in self.gaz.first_names
                                or w in self.gaz.calendar for w in tail.split()):
                        continue  # (a service's words, never a place's or a name's: "Rose Barnsley", "Gideon March")
                    if head[0] in self.gaz.places and all(h in self.gaz.places or h in PLACE_QUARTERS for h in head):
                        f = f.with_(end=f.start + words[k - 1].end(), type=LOCATION)
                    elif f.type == PERSON:  # (no one's name ends in "Early Help": its head is still redacted)
                        f = f.with_(end=f.start + words[k - 1].end())
                    break
            out.append(f)
        return out

    def _not_defined(self, findings: list[Finding], text: str) -> list[Finding]:
        """Without the people found as letters the text defines as ordinary words' abbreviation:
        "Additional Learning Support (ALS)" makes every "ALS" that support, nobody's initials."""
        codes = set()
        for m in DEFINED_ABBREVIATION.finditer(text):
            words = [w.rstrip(",") for w in m.group("words").split() if w[:1].isupper()]
            code = m.group("code")
            named = words[-len(code):]
            start = m.start("words") + m.group("words").rfind(named[0]) if named else m.start()
            if len(words) >= len(code) and "".join(w[0] for w in named) == code \
                    and all(self.gaz.is_english(w) for w in named) \
                    and not any(gazetteer.fold(w) in self.gaz.first_names or gazetteer.fold(w) in self.gaz.surnames
                                for w in named) \
                    and not any(f.type == PERSON and f.start < m.start("code") and start < f.end for f in findings):
                codes.add(code)  # (never a person's: "Will Mason (WM)", "Grace Hope (GH)")
        if not codes:
            return findings
        return [f for f in findings if not (f.type == PERSON and text[f.start:f.end] in codes)]

    def _not_the_council(self, findings: list[Finding], text: str) -> list[Finding]:
        """Without the guesses (NER's, the safety net's, the gazetteers') of a town the text names
        as a Local Authority ("City of York Council", "Wakefield Council"), or of the council
        itself: the authority identifies no family."""
        known, longer, _ = gazetteer.authorities()
        # (a scan's council too, as written and with its words mended: "Sunder1and City Counci1")
        mended = re.sub(r"[A-Za-z0-9]+", lambda w: misread_reading(w.group()) or w.group(), text) if "1" in text or "0" in text else ""
        councils = {name for m in (*COUNCIL.finditer(text), *COUNCIL.finditer(mended))
                    if m.group("name").split()[-1] not in NOT_AN_AUTHORITY
                    # (before a service's name, only a town: "Carys Bell SENDIASS" is its officer)
                    for name in [gazetteer.fold(m.group("name"))]
                    if not m.group("service") or name in self.gaz.places or name in known}
        written = [m.span() for m in longer.finditer(text)] + [
            m.span() for m in STYLED_AUTHORITY.finditer(text) if gazetteer.fold(m.group("name")) in known] + [
            m.span() for m in BODY_NAME.finditer(text) if self._a_body(m)]
        authority_cell = authority_cells(text) if any(f.type in (PERSON, LOCATION) for f in findings) else set()

        def named(f: Finding) -> str:
            # (an authority as styled: "the Isle of Wight Council", "Royal Borough of Greenwich",
            # "London Borough of Bexley": the name after its style)
            styled = AUTHORITY_STYLE.match(text, f.start, f.end)
            words = text[styled.end() if styled else f.start:f.end].split()
            while len(words) > 1 and (gazetteer.fold(words[-1]) in self.allow
                                      and (not self.gaz.is_english(words[-1]) or words[-1].isupper())
                                      or (misread_reading(words[-1]) or words[-1]).title() in AUTHORITY_KINDS
                                      or words[-1] in AUTHORITY_DEPARTMENTS or words[-1] in COUNCIL_KIND_LETTERS
                                      or words[-1].title() == "Children" and text.startswith(("'s", "’s"), f.end)):
                words.pop()  # "York SENDIASS": the authority's own service; "Kent County" (Council), "CUMBERLAND
                # COUNCIL" on a letterhead; "Devon CS"; "Darlington BC"; "Newcastle Children" of its
                # "Children's Social Care"
                # (never a word of a place's own name: "Northumberland Park" is a neighbourhood)
            for k in range(1, len(words) - 1):
                tail = " ".join(words[k:])
                if gazetteer.fold(tail) in self.allow and (not SETTING_WORDS.search(tail) or gazetteer.fold(tail) in SERVICES):
                    words = words[:k]  # "Somerset Local Offer", "Somerset Virtual School": the authority's
                    break  # (never a school's kind: "Bristol Grammar School" is a school)
            return " ".join(gazetteer.fold(w) for w in words)

        def the_council(f: Finding) -> bool:
            name = named(f)
            written_as = re.escape(text[f.start:f.end])
            # a council's letters: "KY to write to DCC" (Devon County Council; never "Sarah Okafor (SCC)"),
            # "WSCC", "BHCC" guessed a place or standing under "LA": the council, whoever guessed it
            # (never whoever took a call or typed a note: "Call taken by BCP", "BCP" under "Taken by")
            if text[f.start:f.end] in gazetteer.council_acronyms() \
                    and not f.recognizer.endswith((":staff-initials", ":by-initials")) \
                    and not re.search(r"\bby[ \t]+\Z", text[max(0, f.start - 4):f.start]) \
                    and (f.type == LOCATION or f.type == PERSON and (
                    (f.start, f.end) in authority_cell or re.search(rf"Council[ \t]*\({written_as}\)", text)
                    or not re.search(rf"\({written_as}[),]", text))):
                return True
            if f.type == PERSON and (
                    name in known and f.recognizer.endswith((":first-name", ":first-name-weak"))
                    and gazetteer.LA_QUARTER_BEFORE.search(text, max(0, f.start - 8), f.start)
                    or name in gazetteer.QUARTER_WORDS and (after := NEXT_WORD.match(text, f.end)) is not None
                    and gazetteer.fold(after.group(1)) in known):
                return True  # "Exeter & Mid Devon locality team": a quarter of the county, no one named Mid or Devon
            if f.type in (PERSON, LOCATION) and (f.start, f.end) in authority_cell and (
                    name in known or len(name) >= 3 and " " not in name and any(k.startswith(name) for k in known)):
                return True  # "Bolton" under "LA": the authority, whoever guessed it a person; "Hav" there
                # is its short form (Havering)
            if f.type == LOCATION and f.recognizer.endswith(":column") and name in known and name not in self.gaz.places:
                return True  # "IoW", "Hants" under a log's "Area": the authority's short name (never a town's
                # name in an address's column, "Peterborough": the family's town)
            council = COUNCIL.fullmatch(text, f.start, f.end)
            if f.type == PERSON and name in known and f.recognizer.endswith((":first-name", ":first-name-weak")) \
                    and (as_council := COUNCIL.match(text, f.start)) and as_council.end("name") == f.end \
                    and as_council.group("name").split()[-1] not in NOT_AN_AUTHORITY:
                return True  # "Devon\n  County Council" on a letterhead: the authority, no one named Devon
            if f.type == PERSON and council and not f.recognizer.endswith(":title") \
                    and council.group("name").split()[-1] not in NOT_AN_AUTHORITY:
                return True  # "Stockport Council" read as a person in a table's column: a council
            if f.type == CASE_REF or PERSON_BEFORE.search(text, max(0, f.start - 24), f.start) \
                    or PERSON_AFTER.match(text, f.end):
                return False  # "Dear Kent,", "Camden is 7", "Merton's mum": a person of an authority's name
            guess = f.recognizer.endswith(PLACE_GUESSES)
            if name in known and f.type == LOCATION and LOWER_COUNCIL_AFTER.match(text, f.end) \
                    or f.type == SCHOOL and f.recognizer.endswith(":lower-kind") \
                    and re.fullmatch(r"\S+ (?:school|children['’]s centre|family hub)", text[f.start:f.end]) \
                    and gazetteer.fold(text[f.start:f.end].split()[0]) in known:
                return True  # "the lady at liverpool council", "a Wirral school": the authority, and
                # any of its schools
            if f.type == SCHOOL and name in known \
                    and gazetteer.fold(" ".join(text[f.start:f.end].split()[-2:])) in SERVICES:
                return True  # "Somerset Virtual School": the authority's own, no one's school
            if guess and (name in councils or council and council.group("name").split()[-1] not in NOT_AN_AUTHORITY):
                return True  # the authority the text names as one, or its council ("Meadow Vale Community
                # Council" is none)
            # an authority of the country's list, guessed a place or a setting ("Blackpool",
            # "Lancs"), or guessed a word of no dictionary or a person by a role word after it
            # ("in Lancashire", "Officer, Cumberland SENDIASS"), or any guess inside one's name of
            # more words ("Westmorland and Furness")
            if f.type == PERSON and f.recognizer.endswith((":ner", ":surname", ":first-name")) and name in known and (
                    PLACE_BEFORE.search(text, max(0, f.start - 16), f.start) or COUNCIL_AFTER.match(text, f.end)
                    or f.end - f.start > len(name)):
                return True  # "lives in Kent", "Kent County Council": NER's person is the county
            if f.type == PERSON and f.recognizer.endswith(":ner") and name in known and name in councils \
                    and not any(self.gaz.is_first_name(w) for w in name.split()) \
                    and re.fullmatch(r"[ \t]*", text[text.rfind("\n", 0, f.start) + 1:f.start]) \
                    and re.match(r"[ \t]*(?:\n|$)", text[f.end:]):
                return True  # "TOGETHER FOR CHILDREN\nSunderland" on a letterhead where the text names
                # Sunderland City Council: the authority on a line of its own (never "Devon" the boy)
            if f.type == PERSON and name in known and (f.recognizer.endswith(":surname") or (
                    f.recognizer.endswith(":ner") and not any(self.gaz.is_first_name(w) or self.gaz.is_surname(w)
                                                              for w in name.split()))):
                return True  # "the Kent GRT Education Service": a surname alone by the list, the county;
                # "Herefordshire EHCP - transfer review due": NER's person, whose name no list has
            quarter = QUARTER.fullmatch(name)
            if quarter and quarter.group(1) in known and f.type in (PERSON, LOCATION, SCHOOL) and (
                    guess or f.recognizer.endswith((":first-name", ":first-name-weak", ":surname"))):
                return True  # a quarter of one, as its teams are named: "SEN South Kent", "North Kent"
            # (or a list's or NER's guess at a word of one, its kind after it: "Hove City" of
            # "Brighton & Hove City Council")
            inside = any(s <= f.start < e and (f.end <= e or all(w.title() in AUTHORITY_KINDS for w in text[e:f.end].split()))
                         for s, e in written)
            return name in known and (guess and f.type in (LOCATION, SCHOOL)
                                          or f.recognizer.endswith((":safety-net", ":role-cue"))) \
                or inside and (guess or f.recognizer.endswith((":surname", ":first-name", ":ner")))
        return [f for f in findings if not the_council(f)]

    def _read(self, windows) -> Iterator:
        """NER over the windows, in groups of at most ``BATCH_CHARS`` characters: spaCy's NER
        needs temporary memory in proportion to the text it reads at once."""
        group: list[str] = []
        for _, _, piece in windows:
            piece = ner_reading(piece)
            if group and sum(map(len, group)) + len(piece) > BATCH_CHARS:
                yield from (a for _, a in self.nlp_engine.process_batch(group, "en", batch_size=BATCH_SIZE))
                group = []
            group.append(piece)
        if group:
            yield from (a for _, a in self.nlp_engine.process_batch(group, "en", batch_size=BATCH_SIZE))

    def _mend_scanned(self, text: str, findings: list[Finding]) -> list[Finding]:
        """NER's guesses on a scan as written: one that stops inside a misread word ("Gemma Ha" of
        "Gemma Ha11") runs to the word's end; one made only of words ("Specia1ist", "Barns1ey") is
        dropped, as its reading is (the twin readings find the names)."""
        out = []
        for f in findings:
            if not f.recognizer.endswith(GUESSES):
                out.append(f)
                continue
            start, end = f.start, f.end
            while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
                end += 1
            while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
                start -= 1
            tokens = re.findall(r"[A-Za-z0-9]+", text[start:end])
            readings = [misread_reading(t) for t in tokens]
            folded = [gazetteer.fold(r or t) for t, r in zip(tokens, readings)]
            # (an authority's name only as the council's own: "C0VENTRY CITY COUNC1L", never "Norfo1k House")
            council = any(k in gazetteer.authorities()[0] for k in folded) and all(
                k in gazetteer.authorities()[0] or k in COUNCIL_WORDS for k in folded)
            if any(readings) and (council or all(
                    self.gaz.is_english((r or t).lower()) and k not in self.gaz.first_names or k in self.allow
                    for t, r, k in zip(tokens, readings, folded))):
                continue  # "Specia1ist Teacher", "Barns1ey": words and a kept name, misread
            out.append(f.with_(start=start, end=end) if (start, end) != (f.start, f.end) else f)
        return out

    def _known_word(self, word: str) -> bool:
        """A word a dictionary, a list of names or places or the allow list knows (for the
        readings of a scanned text)."""
        key = gazetteer.fold(word)
        return key in self.gaz.english or key in self.gaz.first_names or key in self.gaz.surnames \
            or key in self.gaz.places or key in self.allow

    def _caps_case(self, word: str) -> str:
        """What a word in capitals is, for the reading of a text in capitals (see
        ``words.caps_twin``): "name", "title", "kind", "capital", "lower", "keep", "maybe" or
        "maybe word"."""
        key = gazetteer.fold(word)
        if key in self.caps_terms:
            return "keep"  # "SENCO", "EHC"
        if key in self.gaz.titles or key == "st":
            return "title"
        if key in CAPS_NAME_KINDS:
            return "kind"
        if key in self.gaz.calendar:
            return "capital"  # "MONDAY", "MAY"
        if key in STOP_WORDS:
            return "lower"
        listed = key in self.gaz.first_names or key in self.gaz.surnames
        word_like = self.gaz.is_english(key) or key in self.allow_words
        if len(key) < 3:
            return "maybe word" if listed else "keep"  # initials ("DS", "JO")
        if word_like:
            return "maybe word" if listed else "lower"
        if listed:
            return "name"
        if len(key) <= 4 or not re.search(r"[aeiouy]", key):
            return "keep"  # an abbreviation no list has ("MARF", "DMBC", "HSG")
        return "maybe"

    def _allowed(self, text: str, f: Finding) -> bool:
        start, end = strip_possessive(text, f.start, f.end)
        if PLACEHOLDER.fullmatch(text[start:end].strip()) or placeholders_only(text, start, end):
            return True  # "Child A", "School X", "[Name]" (or a piece of one): already anonymised
        if SERVICE_LETTERS.fullmatch(text[start:end]) and not f.recognizer.endswith((":position", ":column")) \
                and not TITLE_BEFORE.search(text, max(0, start - 8), start) and (
                    not self._a_name(text[start:end]) or SERVICE_BEFORE.search(text, max(0, start - 12), start)
                    or SERVICE_AFTER.match(text, end)):
            return True  # "DIAS", "SIAS": an information, advice and support service by its letters
        if f.type == PERSON and LETTER_THEN_WORD.fullmatch(text[start:end]) \
                and self.gaz.is_english(text[start + 2:end]):
            return True  # "A-type", "T-shirt", "X-ray": a letter and a word, no one's name
        if f.type in (PERSON, LOCATION, SCHOOL) and AMPERSAND_LETTERS.fullmatch(text[start:end]):
            return True  # "T&W" in an area's column, "A&E"
        held = PLACEHOLDER.match(text, start, end)
        if held and re.fullmatch(r"\.[ \t]+[A-Z][a-z]*", text[held.end():end]):
            return True  # "at College Y. He has": NER ran a placeholder on into the next sentence's word
        left, right = start, end  # (the whole of it: NER reads "S.D" of "A.S.D.")
        while left > 0 and re.match(r"[A-Z.]", text[left - 1]):
            left -= 1
        while right < len(text) and re.match(r"[A-Z.]", text[right]):
            right += 1
        dotted = text[left:right].split()
        if dotted and f.recognizer.endswith(PLACE_GUESSES) and all(DOTTED_ABBREVIATION.fullmatch(w) for w in dotted) and all(
                w.replace(".", "").lower() in self.allow or len(dotted) > 1 and w.replace(".", "") in NOT_INITIALS
                for w in dotted):
            return True  # "A.S.D.", "N.H.S.", "S.E.N.C.O. R.E. D.T": kept words written with stops ("J.P."
            # alone is someone's initials, though "JP" is kept as letters)
        span = gazetteer.fold(text[start:end].strip(" .,;:()[]\"'“”‘’"))
        span = span[4:] if span.startswith("the ") else span
        if span.endswith("s") and len(span) > 3 and span[:-1] in self.allow and span[:-1] not in gazetteer.CALENDAR \
                and " " not in span and span not in gazetteer.load().surnames \
                and span not in gazetteer.load().first_names \
                and not f.recognizer.endswith(":position"):
            span = span[:-1]  # "tescos", "Asdas": a kept chain as people say it
        if span in self.allow and not (f.recognizer.endswith((":position", ":staff-initials", ":by-initials",
                                                              ":town-after-street")) or (
                f.recognizer.endswith(":column") and (span in gazetteer.CALENDAR
                                                      or f.type == PERSON and span in gazetteer.AUTHORITY_TOWNS
                                                      or f.type == PERSON and text[start:end] in gazetteer.LISTED_STAFF_WORDS))):
            return True  # "June" is kept, but not "Miss June", "my colleague June", a forename cell or
            # a surname's ("barnsley" under "Surname"), nor "NB" in a worker's column (never "SEN" under "Follow-up")
        parts = [w for w in re.split(r"[\s/&+-]+", span) if w]
        if f.recognizer.endswith(":ner") and all(w in self.generic_words for w in parts):
            return True
        if f.type in (PERSON, SCHOOL) and HOSPICE_WORDS_ONLY.fullmatch(text, start, end):
            return True  # "The Hospice said", "the Children's Hospice", "Hospice UK", "Hospice at Home": no name
        if (f.type == PERSON or f.recognizer.endswith(":ner")) and HEALTH_PLACE_LAST.search(text, start, end):
            return True  # "Community Paediatrician, Rochdale Infirmary", "at the Royal Oldham Hospital", "the Isle
            # of Wight NHS Trust Children": a hospital or a trust serves a district, no family; no one's name ends so
            # (never a child's hospice: "Acorns Hospice" is a small place a family goes)
        if f.recognizer.endswith(":ner") and " " not in text[start:end].strip() and self.gaz.is_title(text[start:end].strip(" .")):
            return True  # "Prof" alone in a log's cell (a professional caller): a title, no name or setting
        # (a table's cells NER read as one across their comma, each kept: "Y5,ASD"; or sections'
        # letters: "Section B/F")
        if f.recognizer.endswith(":ner") and ("," in span and all(
                w in self.generic_words for w in re.split(r"[\s/&+,-]+", span) if w)
                or re.fullmatch(r"[A-Z](?:/[A-Z])+", text[start:end])):
            return True
        if f.type == SCHOOL and len(parts) > 1 and self._every_word_kept(parts):
            return True  # "Rotherham Virtual School": the LA's own service, no setting of a family's
        if f.type == SCHOOL and f.recognizer.endswith(":ner") and SERVICE_LETTERS_LAST.search(text, start, end):
            return True  # "Chase Coventry SEND re the draft": NER's setting ends with a service's letters
        kind, after = re.search(r"\S+$", text[start:end]), re.match(r"[ \t]+[^\W\d_]+", text[end:end + 40])
        if f.type == SCHOOL and kind and after and kind.start() > 0 \
                and self._allowed_phrase(text, start + kind.start(), end + after.end()):
            return True  # "Renfrew Action Picture Test and the Preschool" of "Preschool Language Scales": its
            # kind's word begins a kept phrase, so no setting ends there
        if CONTACT_LABEL.fullmatch(text[start:end]) and re.match(r"\.?[ \t]*[:\d+(]", text[end:end + 4]):
            return True  # "Tel: 07700 900540" whoever guessed it a name (NER, the safety net)
        if f.recognizer.endswith(GUESSES) and " " not in span and NUMBER_LABEL_AFTER.match(text, end) \
                and (self.gaz.is_english(span) or len(span) <= 5 and span not in self.gaz.first_names
                     and span not in self.gaz.surnames):
            return True  # "Hosp No: S1127745", "Record no. 4471": a system's label, guessed a name
            # (not a name no list has before its number: "Referral for Chidubem ID: 2231")
        if self._label_words(text[start:end], text[end:end + 4]):
            return True  # "IssueCategory", "School/Setting", 'Transport,"Transport': a table's labels
            # (whoever guessed them a name: NER, or a role word beside them, "IncidentRef,Pupil")
        if f.recognizer.endswith((":ner", ":context", ":column")) and f.type != CASE_REF \
                and self._allowed_with_words(parts) and not (
                    f.recognizer.endswith(":column") and f.type == PERSON and self._first_name_first(text[start:end])):
            return True  # a guess made of a kept term and dictionary words ("Talk Boost KS", a
            # "Who" cell's "Specialist SaLT"); never a code under a "Route" header ("DN-SEN-07")
        return self.allowed_span(text, start, end)

    def _label_words(self, span: str, after: str) -> bool:
        """A span of dictionary words joined as a label or a table joins them, and no name among
        them: "IssueCategory" (CamelCase), "School/Setting", 'Transport,"Transport'."""
        gaz = self.gaz
        if not LABEL_JOIN.search(span) or re.search(r"\d", span):
            return False  # (a date and its time, "28/11/2024 at 9.15am", is no label)
        words = [w for w in re.findall(r"[A-Z][a-z]+|[a-z]+", span)]
        return len(words) >= 2 and all(
            (gaz.is_english(w) or w.lower() in LABEL_ABBREVIATIONS)
            and gazetteer.fold(w) not in gaz.first_names and gazetteer.fold(w) not in gaz.surnames
            for w in words)

    def _every_word_kept(self, parts: list[str]) -> bool:
        """Whether kept terms cover every word, one of them a kept phrase ("rotherham" + "virtual
        school"; not "barnsley" + "college", a college of its own)."""
        i, phrase = 0, False
        while i < len(parts):
            j = next((j for j in range(len(parts), i, -1) if " ".join(parts[i:j]) in self.allow), None)
            if j is None:
                return False
            phrase = phrase or j - i > 1
            i = j
        return phrase

    def _first_name_first(self, span: str) -> bool:
        """Two or three capitalised words, the first a listed first name: "April Hockey", "Dawn
        Friend" under a column of people are a name, though a month or a word opens it."""
        words = span.split()
        # ("June H" under "Contact": a first name and the initial of her surname)
        return 2 <= len(words) <= 3 and all(w[:1].isupper() and (w[1:].islower() or k and k == len(words) - 1 and w[1:] in ("", "."))
                                            for k, w in enumerate(words)) \
            and gazetteer.fold(words[0]) in self.gaz.first_names \
            and gazetteer.fold(span) not in self.allow  # ("Art Therapist" under "Who": a role, kept whole)

    @staticmethod
    def _service_after_authorities(span: str) -> bool:
        """Authorities' names, joined by "&" or "and", then a service's letters: "Suffolk SENDIASS
        Advice", "Dorset & BCP SENDIASS"."""
        words = span.split()
        k = 0
        while k < len(words) and (gazetteer.fold(words[k]) in gazetteer.authorities()[0] or k and words[k] in ("&", "and")):
            k += 1
        return 0 < k < len(words) and SERVICE_LETTERS.fullmatch(words[k]) is not None

    def _a_name(self, word: str) -> bool:
        key = gazetteer.fold(word)
        return key in self.gaz.first_names or key in self.gaz.surnames

    def _allowed_with_words(self, parts: list[str]) -> bool:
        """An NER guess that holds a kept term and otherwise only dictionary words, stop words
        and short codes ("Talk Boost KS", "buccal midazolam dose"): the term, not a name."""
        if len(parts) < 2 or len(parts) > 8:
            return False
        covered = [False] * len(parts)
        for i in range(len(parts)):
            for j in range(len(parts), i, -1):
                if " ".join(parts[i:j]) in self.allow:
                    covered[i:j] = [True] * (j - i)
                    break
        gaz = gazetteer.load()
        return any(covered) and all(
            c or (w in STOP_WORDS or gaz.is_english(w) or (len(w) <= 3 and w.isalnum()))
            and w not in gaz.first_names and w not in gaz.surnames  # "Talk Boost with Green"
            and w not in gaz.titles  # "Mrs Salt" is a person
            for c, w in zip(covered, parts))

    def allowed_span(self, text: str, start: int, end: int) -> bool:
        """"EHC" inside "EHC needs assessment", "Summer" inside "Summer term"; "Wessex Coast"
        inside "Wessex Coast SENDIASS"; "T" inside "YP T" (a placeholder)."""
        if placeholders_only(text, start, end):
            return True
        first = gazetteer.fold(text[start:end].split()[0]) if text[start:end].split() else ""
        lead = re.match(r"[^\W\d_][\w&]*[ \t]+(?=\S)", text[start:end])
        if lead and first in gazetteer.authorities()[0] and not AUTHORITY_SETTING.search(text, start, end) \
                and (self._allowed_phrase(text, start + lead.end(), end) or self._service_after_authorities(text[start:end])
                     or SERVICE_WORDS.match(text, start + lead.end())):
            return True  # the authority's own service: "BwD Children's Advice & Duty Service", an e-mail's
            # "Suffolk SENDIASS Advice", a cc line's "Dorset & BCP SENDIASS", "Devon Information, Advice &
            # Support" (never its school: "Bolton Special School", "Oldham Sixth Form")
        if self._allowed_phrase(text, start, end):
            return True
        spelled = SPELLING_WORD_BEFORE.search(text, max(0, start - 8), start)
        if spelled and text[start:start + 1].upper() == spelled.group(1) and re.fullmatch(r"[A-Za-z][a-z]+", text[start:end]):
            return True  # "Q for queen, T for Tom": a letter spelled by a word, no one called Tom
        service = SERVICE_BEFORE_AUTHORITY.fullmatch(text, start, end)
        if service and gazetteer.fold(service.group("name")) in gazetteer.authorities()[0]:
            return True  # "SENDIASS Oxfordshire", "IASS Kent": the service, its authority after its letters
        of, bodies = self._bodies
        if of is not text:  # each body's name, found once a text
            bodies = [m.span() for m in BODY_NAME.finditer(text) if self._a_body(m)]
            self._bodies = (text, bodies)
        i = bisect_right(bodies, (start, len(text) + 1)) - 1
        return i >= 0 and end <= bodies[i][1]

    def _allowed_phrase(self, text: str, start: int, end: int) -> bool:
        """Whether a kept phrase's occurrence holds ``start:end``."""
        words_ = text[start:end].split()
        first = gazetteer.fold(words_[0]) if words_ else ""
        window_start = max(0, start - 80)
        window = text[window_start:end + 80]
        return any(m.start() + window_start <= start and end <= m.end() + window_start
                   for rx in self.phrases_by_word.get(first, ()) for m in rx.finditer(window))

    def _a_body(self, m: re.Match) -> bool:
        """A body's name ``BODY_NAME`` matched of places and words, never of a person ("Carys Bell
        SENDIASS" is its officer) nor a school's ("SENCO, Brackenhill Primary School\n SENDIASS", a
        copy list's lines)."""
        return not SETTING_WORDS.search(m.group("name")) and not any(
            self.gaz.is_first_name(w) or gazetteer.fold(w) in self.gaz.surnames and gazetteer.fold(w) not in self.gaz.places
            for w in m.group("name").split())


WINDOW = 20_000        # the most characters of one document NER reads as one piece
BATCH_CHARS = 100_000  # the most characters NER reads at once (its memory grows with them)


# a hospice by its kind alone, no name: "the Children's Hospice", "Hospice UK", "Hospice at Home"
HOSPICE_WORDS_ONLY = re.compile(r"(?i:the[ \t]+)?(?:(?:Children['’]?s|Childrens|Local|Adult|Day)[ \t]+)?Hospice"
                                r"(?:[ \t]+(?:UK|at[ \t]+Home|Team|Nurse|Nurses))?")
# A hospital's or a health body's last word, or the NHS's letters inside a guess
HEALTH_PLACE_LAST = re.compile(r"\b(?:Hospital|Infirmary)(?:[ \t]+(?:Trust|NHS[ \t]+(?:Foundation[ \t]+)?Trust))?[ \t]*$|\bNHS\b")


def _touching_changes(findings: list[Finding], twin: str, text: str) -> list[Finding]:
    """The findings in ``twin`` that touch a character it writes otherwise than ``text`` does."""
    changed = [k for k, (a, b) in enumerate(zip(twin, text)) if a != b]
    return [f for f in findings if bisect_left(changed, f.end) > bisect_left(changed, f.start)]


def text_windows(text: str, size: int) -> Iterator[tuple[int, str]]:
    """(offset, piece) covering ``text``: pieces of at most ``size`` characters, cut after a line
    break where there is one (else after a space), so a name is never split."""
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = text.rfind("\n", start + size // 2, end)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, end)
        end = cut + 1 if cut >= 0 else end
        yield start, text[start:end]
        start = end
    yield start, text[start:]


# A cell's edge: a tab, or a bar that is no scanned "l" between two lower-case letters ("Ho|royd")
CELL_EDGE = re.compile(r"\t|(?<![a-z])\||\|(?![a-z])")


def split_at_cells(text: str, findings: list[Finding]) -> list[Finding]:
    """A finding that runs over a tab or a bar is cut there: both end a table's cell (a Word row
    is read as one line, its cells separated by tabs), and "Tomlinson<tab>A.T." is a surname and
    the next cell's initials, not one name ("Swinholme|EHCNA" a place and the next cell's word). Every piece keeps the finding's type: nothing redacted
    before is kept now."""
    out = []
    for f in findings:
        if not CELL_EDGE.search(text, f.start, f.end):
            out.append(f)
            continue
        for m in re.finditer(r"(?:[^\t|]|(?<=[a-z])\|(?=[a-z]))+", text[f.start:f.end]):
            lead = len(m.group()) - len(m.group().lstrip())
            piece = m.group().strip()
            if piece:
                start = f.start + m.start() + lead
                out.append(f.with_(start=start, end=start + len(piece)))
    return out


def prefer_precise(findings: list[Finding], text: str = "") -> list[Finding]:
    """Drop an NER guess (or a safety-net guess) where a pattern, checksum or gazetteer finding
    overlaps it: NER spans wander ("Rotherham S65", "SENCO Mrs"), the precise finding has the
    right edges. Two guesses that overlap are both kept (their union is redacted). An NER person
    that holds a precise person and more listed names, or starts with a village that is a first
    name, is kept too: there the guess has the right edges."""
    precise = [f for f in findings if not f.recognizer.endswith(GUESSES)]
    index = SpanIndex((p.start, p.end) for p in precise)
    places = {(p.start, p.end) for p in precise if p.type == LOCATION}
    people = {(p.start, p.end) for p in precise if p.type == PERSON}
    gaz = gazetteer.load()

    def names_more(f: Finding, inside: list[tuple]) -> bool:
        """"Reece O'CONNOR" read by NER, "O'CONNOR" by a rule: the guess's other words are a listed
        first name or surname (no dictionary word, no role), so it stays and its union is redacted."""
        if not all(span in people and f.start <= span[0] and span[1] <= f.end for span in inside):
            return False
        rest = text[f.start:f.end]
        for a, b in sorted(inside, reverse=True):
            rest = rest[:a - f.start] + " " + rest[b - f.start:]
        words_ = re.findall(r"[^\W\d_][\w'’-]*", rest)
        return bool(words_) and all(w[:1].isupper() and not gaz.is_english(w) and (
            gazetteer.fold(w) in gaz.first_names or gazetteer.fold(w) in gaz.surnames) for w in words_)

    def holds_a_place(f: Finding, inside: list[tuple]) -> bool:
        """"Harley Marsh" read by NER as a person, "Harley" a village and a listed first name: the
        place is her first name, the guess stays (resolve_overlaps types the union a person);
        "Brinsworth Dale" stays a place."""
        return len(inside) == 1 and inside[0] in places and inside[0][0] == f.start and inside[0][1] < f.end \
            and gazetteer.fold(text[inside[0][0]:inside[0][1]]) in gaz.first_names

    weak = {(p.start, p.end) for p in precise if p.recognizer.endswith(":first-name-weak")}
    # (a surname by the list alone, inside a place of more words: "Water Eaton" holds no one named Eaton)
    listed_surnames = {(p.start, p.end) for p in precise if p.recognizer.endswith(":surname")}

    def kept(f: Finding) -> bool:
        inside = list(index.overlapping(f.start, f.end))
        if f.type == LOCATION and f.recognizer.endswith(":national") and inside \
                and all(f.start <= span[0] and span[1] <= f.end for span in inside):
            name = gazetteer.fold(text[f.start:f.end])
            # "Northumberland Park" of the national gazetteer, where "Park" alone was a weak guess;
            # "King's Lynn", whatever names were read in it: no person's name has a possessive inside it
            # "Burton upon Trent", whatever names were read in it: a town named by its river is a place
            if " " in text[f.start:f.end] and all(span in weak or span in listed_surnames and span[0] > f.start
                                                  for span in inside) \
                    or "'s " in name and all(span in people for span in inside) \
                    or PLACE_BY_RIVER.fullmatch(text, f.start, f.end) and all(span in people for span in inside) \
                    or PLACE_JOINED.search(text, f.start, f.end) \
                    and all(span in people for span in inside):
                # ("Kirkby in Ashfield" of the national list, "Kirkby" read as a surname: a town
                # joined by its particle is the town)
                return True
        return not inside or f.type == PERSON and (holds_a_place(f, inside) or names_more(f, inside))

    return precise + [f for f in findings if f.recognizer.endswith(GUESSES) and kept(f)]


_CALENDAR = re.compile(r"^BEGIN:V(?:CALENDAR|EVENT|CARD|TODO)\b", re.MULTILINE)
# A property's name and parameters before its value: "LOCATION:", "DTSTART;TZID=GMT Standard Time:"
_PROPERTY = re.compile(r"^(?:[A-Z][A-Z0-9-]*)(?:;[^:\n]*)?(:)", re.MULTILINE)
_ESCAPE = re.compile(r"\\([,;\\nN])")


def calendar_reading(text: str) -> str:
    """An iCalendar or vCard export as its rules read it (same length, same offsets): each value
    on a line of its own after its property's name, its escapes undone ("42 Carlisle Street\\,
    Eastwood Vale" is an address, "Parents\\n Mark" a line break). Other texts are returned as they are."""
    if not _CALENDAR.search(text):
        return text
    chars = list(text)
    for m in _PROPERTY.finditer(text):
        chars[m.start(1)] = "\n"
    for m in _ESCAPE.finditer(text):
        chars[m.start()] = " "
        if m.group(1) in "nN":
            chars[m.start() + 1] = "\n"
    return "".join(chars)


# A line break inside a number, a postcode, a street or a name after its initial: a text pasted
# from a narrow window or a PDF ("NHS No: 374 903\n8783", "Sheffield S4\n7HZ", "56 Abbeyfield\nRoad",
# "Review by H.\nCresswell")
# a line break, and in a quoted reply the quote marks that start the next line ("19th\n> June")
_BREAK = r"([ \t]*\n(?:[ \t]*>)*[ \t]*)"
_WRAPPED_NUMBER = re.compile(r"(?<![\w+/.:-])(\+?\d[\d ]{1,12}\d)" + _BREAK + r"(\d[\d ]{0,8}\d|\d)(?![\w/:-]|[.,]\d)")
_WRAPPED_POSTCODE = re.compile(r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]?" + _BREAK + r"\d[A-Z]{2}(?![\w-])")
_STREET_SUFFIXES = "|".join(sorted(set((address_words.STRONG + " " + address_words.WEAK).split()), key=len, reverse=True))
_WRAPPED_STREET = re.compile(r"(?<![\w-])\d{1,4}[A-Za-z]?[ \t]+[A-Z][a-z]+" + _BREAK + "(?:" + _STREET_SUFFIXES + r")\b")
_WRAPPED_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.([ \t]*\n(?:[ \t]*>)*[ \t]*)([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b")
# a house number and its street ("I'm at 41\nGrange Crescent")
_WRAPPED_NUMBER_STREET = re.compile(
    r"(?<![\w./:£$-])\d{1,4}[A-Za-z]?" + _BREAK + r"(?=[A-Z][a-z]+[ \t]+(?:" + _STREET_SUFFIXES + r")\b)")
# a weekday and its day ("looking at Tuesday\nthe first of April", "Mon\n3rd March")
_WRAPPED_WEEKDAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)" + _BREAK
    + r"(?=(?:the[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
    r"twentieth|twenty|thirtieth|thirty)))")
# a day and its month ("on Wednesday 19th\n> June", "the 3rd of\nMarch"), a month and its year
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WRAPPED_DATE = re.compile(
    r"(?<![\w/.])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:[ \t]+of)?" + _BREAK + r"(?=" + _MONTH_NAMES + r"\b)"
    r"|(?<![\w/.])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \t]+" + _MONTH_NAMES + _BREAK + r"(?=(?:19|20)\d\d(?!\d))")


def rejoin_wrapped(text: str) -> str:
    """``text`` with a line break that cuts a number, a postcode, a street (or its house number), a
    date or an initial from its surname read as a space (same length, same offsets); in a quoted
    reply, the quote marks that open the next line too. A number is joined only when its two
    pieces make a phone's or an NHS number's length and the first is no whole number of its own."""
    if "\n" not in text:
        return text
    chars = None

    def blank(m: re.Match, group: int) -> None:
        nonlocal chars
        chars = chars or list(text)
        for k in range(m.start(group), m.end(group)):
            chars[k] = " "

    for m in _WRAPPED_NUMBER.finditer(text):
        before, after = (sum(c.isdigit() for c in m.group(k)) for k in (1, 3))
        if 3 <= before <= 9 and before + after in (10, 11, 12):
            blank(m, 2)
    for rx in (_WRAPPED_POSTCODE, _WRAPPED_STREET):
        for m in rx.finditer(text):
            blank(m, 1)
    for m in _WRAPPED_DATE.finditer(text):
        blank(m, 1 if m.start(1) >= 0 else 2)
    for rx in (_WRAPPED_NUMBER_STREET, _WRAPPED_WEEKDAY):
        for m in rx.finditer(text):
            blank(m, 1)
    gaz = gazetteer.load()
    for m in _WRAPPED_INITIAL.finditer(text):
        word = m.group(2)
        before = text[max(0, m.start() - 6):m.start()].split()
        if before and gaz.is_title(before[-1].rstrip(".")):
            continue  # "Dr P.\n  Sengupta": the title's rule reads it across the break
        if gazetteer.fold(word) in gaz.surnames or not gaz.is_english(word.split("-")[0]):
            blank(m, 1)
    return "".join(chars) if chars else text


# Words joined with no space as labels are ("IssueCategory"), by a slash ("School/Setting") or by a
# table's comma and quote ('Transport,"Transport')
LABEL_JOIN = re.compile(r"[a-z][A-Z]|\w/\w|\w,[\"']?\w")
# Words a table's label cuts short ("IncidentRef", "PupilNo", "RecordID", "CaseDesc")
LABEL_ABBREVIATIONS = frozenset("ref no num id dob yr qty desc addr info msg tel uid".split())
# A Local Authority named as one: "City of York Council", "Wakefield Council", "North Yorkshire
# Council", "Bath and North East Somerset Council" (a town's, parish's or school's council is none)
COUNCIL = re.compile(r"(?:\b(?:City|Royal Borough|London Borough|Borough|County|Metropolitan Borough) of[ ]+)?"
                     r"(?<![\w'’-])(?P<name>[A-Z][a-z]+(?:[ -](?:and|upon|on|under|le|[A-Z][a-z]+)){0,5}?)"
                     # (a scanned letterhead's name on a line of its own: "Devon\n  County Council")
                     # (never "Okonkwo-Hale\nCouncil Tax Support Officer": a line's end only before its kind)
                     r"(?:(?:[ ]+|[ ]*\n[ ]*)(?:City|County|Borough|Metropolitan Borough|District))?[ ]+"
                     # (or its service for parents, which one authority runs: "York SENDIASS")
                     # (as a scan misread it too: "Surrey County Counci1")
                     r"(?:Council|Counci[1I]|(?P<service>SENDIASS|SENDIAS|IASS))\b")
# An authority's style before its name: "the", "Royal Borough of", "London Borough of", "City of"
_BOROUGH_OF = r"(?:(?:Royal|London|Metropolitan)[ \t]+)?Borough[ \t]+of[ \t]+"
AUTHORITY_STYLE = re.compile(rf"(?:the[ \t]+|The[ \t]+)?(?:{_BOROUGH_OF}|City[ \t]+of[ \t]+|County[ \t]+of[ \t]+)?")
# ... and the whole of it, its name one word or two: "Royal Borough of Greenwich", "London Borough of
# Bexley" (the council, whatever guessed a word of it a person or a setting)
STYLED_AUTHORITY = re.compile(rf"(?<![\w'’-]){_BOROUGH_OF}"
                              r"(?P<name>[A-Z][a-z]+(?:[ \t](?:upon[ \t])?[A-Z][a-z]+)?)(?![\w'’-])")
# The name of a body that serves a whole area, no family: the service for parents ("Wessex Coast
# SENDIASS", its words across a scanned line's break) or an NHS trust ("Solent NHS Trust")
BODY_NAME = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+(?:[ ]+(?:&[ ]+|and[ ]+)?[A-Z][a-z']+){0,3}?)"
                       r"(?:(?:[ ]+|[ ]*\n[ ]*)(?:SENDIASS|SENDIAS|IASS)\b|[ ]+NHS(?:[ ]+Foundation)?[ ]+Trust\b"
                       # (or the area's mediation service or community health service: "Mersey Mediation
                       # Partners", "Wirral Community Health")
                       r"|[ ]+Mediation(?:(?:[ ]+|[ ]*\n[ ]*)(?:Partners|Partnership|Services?))?\b"
                       r"|[ ]+Community[ ]+Health(?:care)?\b)")
# Between a street and its postcode, the locality's words: ", Dane Hollow estate ", " up keighley ",
# " on the gunton rise " (a line's words only; never a sentence: no stop word among them)
# (or said on a call before the postcode is asked: " plumstead and the postcode is ")
LOCALITY_BETWEEN = re.compile(r"[ \t]*,?[ \t]*(?:(?:in|on|up|near|at|off)[ \t]+(?:the[ \t]+)?)?"
                              r"(?P<place>[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,3}?)[ \t]*,?[ \t]*"
                              r"(?P<said>(?:and[ \t]+)?(?:the[ \t]+|my[ \t]+)?post[ \t]?code[ \t]+(?:is|it's|its)[ \t]+)?")
# a speaker's fillers, never a locality said before the postcode's word ("14 Plumstead Road um and the postcode")
SAID_FILLERS = frozenset("um umm er erm ermm uh uhh hmm mm yeah yep yes ok okay innit sorry like right so".split())
# A council's own building heads its address ("County Hall, Ridgeway Lane"): kept alone, written
# with its street it is the address
COUNCIL_BUILDING = re.compile(r"(?i)\b(?:hall|house|offices|civic centre)$")
POSTCODE_WORD = re.compile(r"(?i)\bpost[ \t]?code\b|\bp/?c\b")
LOWER_COUNCIL_AFTER = re.compile(r"[ \t]+(?:(?:city|county|borough)[ \t]+)?council\b")
NOT_AN_AUTHORITY = frozenset("Town Parish Village Community School Student Pupil Youth Governing Care City County "
                             "Borough District Metropolitan Executive Advisory Management Church".split())
# a quarter of an authority, as its teams are named ("South Kent"), folded
QUARTER = re.compile(r"(?:north|south|east|west|mid) (.+)")
NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)")
MARKDOWN_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\w)|(?<=[\w.:)])\*(?![\w*])")
AUTHORITY_KINDS = frozenset("County City Borough Council".split())
_SETTING = r"School|Schools|Academy|College|Nursery|Primary|Grammar|High|Infants?|Juniors?"
# a kept phrase after an authority's name that is no kind of school, or is the authority's own service
SETTING_WORDS = re.compile(rf"\b(?:{_SETTING})\b")
# what makes an authority's named phrase a setting, not its service ("Derby Pupil Referral Unit")
AUTHORITY_SETTING = re.compile(rf"\b(?:{_SETTING}|Sixth[ \t]+Form|Unit|Base|Provision|PRU)\b")
# a town joined to the rest of its name by a particle: "Kirkby in Ashfield"
PLACE_JOINED = re.compile(PLACE_PARTICLE + "[A-Z]")
# (and its front door for children's social care: "consultation with Stockton Children's Hub")
SERVICES = frozenset({"virtual school", "virtual school head", "children's hub", "children’s hub", "childrens hub",
                      "front door"})
# Words of a place's name that name a part of it: "Gloucester City", "Thanet North"
PLACE_QUARTERS = frozenset("city town north south east west mid central".split())
PLACE_BEFORE = re.compile(r"(?<![\w'’-])(?:in|across|around|near|into|throughout|within|outside|(?:moved|move|moving|relocated)"
                          r"[ \t]+(?:to|from))[ \t]+$")  # (never "spoke to", "from": "email from Devon" is hers)
# (or the authority's service: "Signposted to Sunderland IAS", "with the Sunderland service",
# "contact sunderland ias")
COUNCIL_AFTER = re.compile(r"[ \t]+(?:County[ \t]+|City[ \t]+|Borough[ \t]+)?(?:Council|SENDIASS|SENDIAS|IASS|IAS|"
                           rf"{DEPARTMENT_LETTERS}|"
                           r"(?:sendiass|sendias|iass|ias)\b|(?:SEND?|EHC)[ \t]+(?i:team|service)|service\b|Local[ \t]+Offer"
                           # (or one of its services by its letters: "Devon EP Service")
                           rf"|{gazetteer.AUTHORITY_SERVICE})\b")
# Where an authority's name is someone's: after a greeting, a title or kin; before an age, a year
# group, a possessive's family word or a child's verb (not one an authority does too: "Blackpool
# says 25 hours", "Kent wants evidence")
PERSON_BEFORE = re.compile(r"(?:\b(?:Dear|Hi|Hello|Hiya|Thanks|Mr|Mrs|Ms|Miss|Mx|Dr|son|daughter|brother|sister|"
                           r"child|grandson|granddaughter|nephew|niece)\.?,?[ \t]+)$")
PERSON_AFTER = re.compile(r"(?:['’]s[ \t]+(?:mum|mam|dad|nan|gran|grandad|sister|brother|teacher|"
                          r"school|behaviour|diagnosis)\b|[ \t]+(?:is|was)[ \t]+(?:\d|aged?\b|in[ \t]+(?:Year|Y\d|Reception))"
                          r"|[ \t]+(?:\(\d{1,2}\)|\(Y(?:ear|r)?[ \t]?\d|loves|likes|hates|cried|"
                          r"attends|struggles|gets|got|has[ \t]+(?:autism|ADHD|ASD|an[ \t]+EHCP|been)))")
# An abbreviation defined after the words it stands for: "Additional Learning Support (ALS)"
# (its words listed with commas, across a line's end too: "an Education,\nHealth and Care (EHC) needs assessment")
DEFINED_ABBREVIATION = re.compile(r"(?P<words>(?:[A-Z][a-z]+,?(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:and|of|for|&|the)[ \t]+)?){2,5})"
                                  r"\((?P<code>[A-Z]{2,5})\)")
COUNCIL_WORDS = frozenset("city county council borough metropolitan district of and the".split())
PLACE_GUESSES = (":national", ":ner", ":gazetteer", ":safety-net", ":context")
NUMBER_LABEL_AFTER = re.compile(r"\.?[ \t]+(?i:no|number|ref|id)\b\.?[ \t]*[:#]")
CONTACT_LABEL = re.compile(r"(?i:tel|telephone|fax|mob|mobile|email|e-mail|web|website)\.?")


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Merge overlapping findings into one span: the union, typed by the strongest finding.

    Recall first: an overlap never shrinks what is redacted.
    """
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if out and f.start < out[-1].end:
            prev = out[-1]
            best = max((prev, f), key=lambda x: (x.score, x.end - x.start))
            # (a reference is what any number may be: a phone's or an NHS number's own checked shape over
            # the same characters says better what it is, "his number is 07700 900123")
            if (prev.start, prev.end) == (f.start, f.end) and {prev.type, f.type} & {CASE_REF} \
                    and {prev.type, f.type} & CHECKED_SHAPES:
                best = prev if prev.type in CHECKED_SHAPES else f
            # A person's name that holds a place ("Lee Hoyland"): the place is the surname; a setting's
            # that holds one ("rockingham forest academy"): the place names the setting.
            for kind in (PERSON, SCHOOL):
                holder = next((x for x in (prev, f) if x.type == kind), None)
                other = f if holder is prev else prev
                if holder is not None and other.type == LOCATION and holder.start <= other.start \
                        and other.end <= holder.end and (holder.end - holder.start) > (other.end - other.start):
                    best = holder
                    break
            out[-1] = best.with_(start=prev.start, end=max(prev.end, f.end))
        else:
            out.append(f)
    return out
