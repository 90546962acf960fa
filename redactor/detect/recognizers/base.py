"""What every recognizer of ours shares."""

from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, PatternRecognizer, RecognizerResult


def make_result(recognizer: EntityRecognizer, entity_type: str, start: int, end: int,
                score: float, how: str = "") -> RecognizerResult:
    """A RecognizerResult naming the recognizer (and which of its rules) that found it."""
    name = f"{recognizer.name}:{how}" if how else recognizer.name
    return RecognizerResult(
        entity_type=entity_type, start=start, end=end, score=score,
        analysis_explanation=AnalysisExplanation(
            recognizer=recognizer.name, original_score=score, textual_explanation=how or None),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )


class DomainPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer declared by class attributes: ``ENTITY``, ``PATTERNS``, ``CONTEXT``."""

    ENTITY: str = ""
    PATTERNS: list = []
    CONTEXT: list = []

    def __init__(self, patterns=None, context=None, supported_language: str = "en",
                 supported_entity: str | None = None, name: str | None = None):
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            patterns=patterns or self.PATTERNS,
            context=context if context is not None else (self.CONTEXT or None),
            supported_language=supported_language,
            name=name,
        )
