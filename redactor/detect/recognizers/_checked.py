"""Base class for recognizers whose matches can be checked and lifted by a cue word.

Identifier numbers (NHS, UPN, ULN, NI, phone) have a check rule: a checksum, a list of valid
prefixes, a dialling plan. A match is scored like this:

- check passes, cue word just before it: ``CUE_VALID_SCORE`` (1.0)
- check passes, no cue: ``VALID_SCORE`` (>= 0.85, set per recognizer)
- check passes, only a rival identifier's cue before it: ``RIVAL_SCORE`` (0.45, still kept;
  e.g. a number labelled "ULN" that happens to pass the NHS check)
- check fails, cue word just before it: ``CUE_ONLY_SCORE`` (0.55; a typo in a real number
  still identifies the person)
- check fails, no cue: dropped

The cue is looked for in a window of text before the match, inside the recognizer, so it
does not depend on the NLP engine's context enhancer. The window starts after the last digit
before the match, so in "NHS No: 943 476 5919, ULN: 1234567890" the ULN value does not
borrow the NHS cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

import regex as re
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult

from redactor.detect.recognizers.base import DomainPatternRecognizer

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

_LAST_DIGIT = re.compile(r"\d(?=\D*\Z)")

# Lookarounds keeping a digit pattern off longer numbers: not glued to a word, a reference
# ("/"), a decimal or a phone prefix ("+44 ", "(0)"), and not continued by more digits.
# (after a digit and a comma only where no thousands go on: a CSV's cell "14/03/2010,186 091 3903")
DIGITS_BEFORE = r"(?<![\w+/])(?<!\d[.-])(?:(?<!\d,)|(?!\d{1,3},\d))(?<!\+\d{1,3}[ \u00a0.-]?)(?<!\(0\)[ \u00a0]?)"
DIGITS_AFTER = r"(?![\w/]|[.,-]\d)"


class CheckedPatternRecognizer(DomainPatternRecognizer):
    """PatternRecognizer that scores matches by ``validate_result`` plus a cue window.

    Subclasses set ``CUES`` (a case-insensitive regex), optionally ``RIVAL_CUES`` (cue words
    of another identifier with the same shape), and implement ``validate_result``.
    """

    CUES: str = ""
    RIVAL_CUES: str = ""
    CUE_WINDOW = 40
    VALID_SCORE = 0.9
    CUE_VALID_SCORE = 1.0
    CUE_ONLY_SCORE = 0.55
    RIVAL_SCORE = 0.45
    # check fails, no cue: dropped, unless the shape alone is rare enough to keep (a UPN's)
    UNCHECKED_SCORE: Optional[float] = None

    def analyze(
        self,
        text: str,
        entities: List[str],
        nlp_artifacts: Optional["NlpArtifacts"] = None,
        regex_flags: Optional[int] = None,
    ) -> List[RecognizerResult]:
        """Find pattern matches and score each by its check and the text before it."""
        flags = regex_flags or self.global_regex_flags
        results = []
        for pattern in self.patterns:
            if pattern.compiled_regex is None or pattern.compiled_with_flags != flags:
                pattern.compiled_regex = re.compile(pattern.regex, flags=flags)
                pattern.compiled_with_flags = flags
            for match in pattern.compiled_regex.finditer(text):
                if not match.group():
                    continue
                result = self._score(text, match, pattern, flags)
                if result is not None:
                    results.append(result)
        return EntityRecognizer.remove_duplicates(results)

    def has_cue(self, text: str, start: int, cues: Optional[str] = None) -> bool:
        """Whether a cue word (``CUES`` unless given) sits in the window before ``start``.

        The window is ``CUE_WINDOW`` characters, cut after the last digit in it.
        """
        cues = self.CUES if cues is None else cues
        if not cues:
            return False
        window = text[max(0, start - self.CUE_WINDOW):start]
        last_digit = _LAST_DIGIT.search(window)
        if last_digit:
            window = window[last_digit.end():]
        return re.search(cues, window, flags=re.IGNORECASE) is not None

    def _score(
        self, text: str, match: "re.Match", pattern: Pattern, flags: int
    ) -> Optional[RecognizerResult]:
        start, end = match.span()
        valid = self.validate_result(match.group())
        cue = self.has_cue(text, start)
        if valid is None:
            score = self.CUE_VALID_SCORE if cue else pattern.score
        elif cue and valid:
            score = self.CUE_VALID_SCORE
        elif valid:
            rival = self.has_cue(text, start, self.RIVAL_CUES)
            score = self.RIVAL_SCORE if rival else self.VALID_SCORE
        elif cue:
            score = self.CUE_ONLY_SCORE
        elif self.UNCHECKED_SCORE is not None:
            score = self.UNCHECKED_SCORE
        else:
            return None
        explanation = self.build_regex_explanation(
            self.name, pattern.name, pattern.regex, score, valid, flags
        )
        explanation.score = score
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                # The cue window already did the context work; stop a second boost.
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: cue,
            },
        )
