"""The safety net (as Philter does it): a word no dictionary knows, standing where a name can.

Names the other recognizers miss are mostly words of no list: an invented-sounding surname, a
village no gazetteer has, a nickname. A capitalised word in the middle of a sentence that is no
English word (models/english_words.txt), no allow-listed or generic term, no title or role, no
number and no code in capitals is taken for a name: recall first. What it costs in precision is
measured in benchmarks/quality.py (issue 10).
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer
from spacy.lang.en.stop_words import STOP_WORDS

from redactor.detect import gazetteer
from redactor.detect.check import text_speak
from redactor.detect.recognizers.base import make_result
from redactor.detect.words import a_thing_after_the, class_name, names_a_class, sentence_initial
from redactor.types import PERSON

SCORE = 0.45   # above the pipelines' 0.4 threshold, below every other kind of evidence
# (with its possessive: "So Alfy's had a mixed term")
_WORD = re.compile(r"(?<![\w@./#'’-])([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?:['’]s)?(?![\w@/'’-]|\.\w)")


_ACTS = re.compile(r"[ \t]+(?:being|is|was|has|had|said|says|wants|wanted|needs|rang|came|went|attends|attended|"
                   r"told|refused|cried|loves|hates|started|struggles|struggled|"
                   # (who helps a family: "Farhia read this letter through with Hodan")
                   # (never an app's message: "Parentmail texted", "Weduc emailed")
                   r"read|wrote|helped|explained|translated|interpreted|spoke|visited|"
                   # (a log's clause after its dash, what a child does: "- Jahmai back at Hamstead Road", "- Oskar
                   # still on half days"; never "- Edukey still not updated")
                   r"back[ \t]+(?:at|in|to|home)|still[ \t]+(?:on[ \t]+(?:half|part|reduced)|off[ \t]+school|out[ \t]+of|refusing|"
                   r"excluded|not[ \t]+(?:attending|in[ \t]+school|going|eating|sleeping))|excluded|suspended)\b")


class SafetyNetRecognizer(EntityRecognizer):
    """Capitalised words mid-sentence that no dictionary knows."""

    def __init__(self, generic_words: frozenset[str] = frozenset(), supported_language: str = "en"):
        self.generic = frozenset(w.lower() for w in generic_words)
        super().__init__(supported_entities=[PERSON], name="SafetyNetRecognizer",
                         supported_language=supported_language)

    def load(self) -> None:
        self.gaz = gazetteer.load()

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        for m in _WORD.finditer(text):
            word = m.group(1)
            key = gazetteer.fold(word)
            parts = key.split("-")
            if any(self.gaz.is_english(p) or p in STOP_WORDS or p in self.generic or p in gazetteer.kept_phrase_words()
                   for p in parts):
                continue
            if self.gaz.scanned_word(key) and key.replace("rn", "m") not in ("academy", "primary", "community"):
                continue  # "Assessrnent", "Cornmunication": a scan's "rn" for an "m"
            if key in text_speak() and key not in self.gaz.first_names and key not in self.gaz.surnames:
                continue  # "since Xmas", "Plz ring": a message's spelling, no one
            if key in self.gaz.titles or self.gaz.is_cue(word) or key in self.gaz.calendar \
                    or self.gaz.is_particle_compound(key):
                continue
            if key in self.gaz.places and gazetteer.TRUST_AFTER_PLACE.match(text, m.end(1)):
                continue  # "Oxford Health": an NHS trust named by its place
            acts = _ACTS.match(text, m.end()) is not None and key not in self.gaz.places \
                and key not in gazetteer.authorities()[0] and len(key) >= 4 \
                and not names_a_class(text, word, self.gaz.is_english)  # "Kestrel is my class"
            # (opening a sentence, only where a person's verb follows: "Chidera being driven by dad")
            if sentence_initial(text, m.start()) and not acts or _in_heading(text, m.start()) \
                    or class_name(text, m.start(1), m.end(1), self.gaz.is_english) \
                    or a_thing_after_the(text, m.start(1), m.end(1), self.gaz):
                continue
            out.append(make_result(self, PERSON, m.start(1), m.end(1), SCORE, "safety-net"))
        return out


HEADING_MOST = 200


def _in_heading(text: str, at: int) -> bool:
    """A line of capitalised words (a heading, a title line) says nothing about one word."""
    # A heading is short: a line longer than HEADING_MOST is none (and is never read whole, so
    # that a one-line file of a million characters stays linear).
    start = text.rfind("\n", max(0, at - HEADING_MOST), at) + 1
    end = text.find("\n", at, at + HEADING_MOST)
    if (start == 0 and at > HEADING_MOST) or (end < 0 and len(text) - at > HEADING_MOST):
        return False
    line = text[start:end if end >= 0 else len(text)]
    words = re.findall(r"[A-Za-z]+", line)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
