"""LOCATION: villages, estates, towns and areas below the Local Authority.

The places gazetteer (models/places.tsv) finds the area's villages and estates when written with
a capital; spaCy GPE/LOC spans add the rest. The Local Authority itself and other non-identifying
places (England, South Yorkshire) are kept by the allow list, not here.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redactor.detect import gazetteer
from redactor.detect.words import (
    is_all_caps, is_capitalised, ner_pieces, ner_span_is_noise, strip_possessive, words,
)
from redactor.detect.recognizers.base import make_result
from redactor.types import LOCATION

GAZETTEER_SCORE = 0.75
LOWER_CASE_SCORE = 0.5
NER_SCORE = 0.6
MAX_PLACE_WORDS = 5


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
                    hit = (group[0].start, end, n, LOWER_CASE_SCORE if phrase.islower() else GAZETTEER_SCORE)
                    break
            if hit:
                out.append(self._result(hit[0], hit[1], hit[3], "gazetteer"))
                i += hit[2]
            else:
                i += 1
        if nlp_artifacts:
            for ent in nlp_artifacts.entities:
                if ent.label_ != LOCATION:
                    continue
                for start, end in ner_pieces(text, ent.start_char, ent.end_char):
                    if not ner_span_is_noise(text, start, end):
                        out.append(self._result(*strip_possessive(text, start, end), NER_SCORE, "ner"))
        return out

    def _written_as_name(self, phrase: str, key: str) -> bool:
        # "Wales", "Broom", "Aston": ordinary words or ambiguous places need NER.
        if key in self.gaz.ambiguous:
            return False
        first = phrase.split()[0]
        if is_capitalised(first) or is_all_caps(first):
            return True
        # Lower-case in hurried notes ("posted to conisbrough"): only names that are no English word.
        return phrase.islower() and len(key) >= 5

    def _result(self, start, end, score, how):
        return make_result(self, LOCATION, start, end, score, how)
