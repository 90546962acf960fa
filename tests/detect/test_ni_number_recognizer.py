"""NiNumberRecognizer: National Insurance numbers with valid HMRC prefixes."""

import pytest

from redactor.detect.recognizers.ni_number import NiNumberRecognizer
from redactor.types import NI_NUMBER

THRESHOLD = 0.4
RECOGNIZER = NiNumberRecognizer()


def found(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every result the pipeline would keep."""
    results = RECOGNIZER.analyze(text, RECOGNIZER.supported_entities)
    return sorted((r.start, r.end, r.score) for r in results if r.score >= THRESHOLD)


POSITIVES = [
    pytest.param("NI number: JK 12 34 56 C", "JK 12 34 56 C", 0.85, 1.0, id="table-cell-spaced"),
    pytest.param(
        "Mum's National Insurance number is AB123456C.", "AB123456C", 0.85, 1.0,
        id="sentence",
    ),
    pytest.param(
        "CE 123456 A was on the DLA form", "CE 123456 A", 0.85, 1.0,
        id="line-start-no-cue",
    ),
    pytest.param("(NINO: PR-12-34-56-D)", "PR-12-34-56-D", 0.85, 1.0, id="hyphens"),
    pytest.param("NI No: DA 12 34 56 A", "DA 12 34 56 A", 0.5, 0.6, id="bad-prefix-with-cue"),
    pytest.param(
        "NI number: QQ 12 34 56 C", "QQ 12 34 56 C", 0.5, 0.6,
        id="hmrc-example-prefix-with-cue",
    ),
    pytest.param("National Insurance jk123456c", "jk123456c", 0.5, 0.6, id="lower-case-with-cue"),
    pytest.param("NI number AB 12 34 56", "AB 12 34 56", 0.5, 0.6, id="no-suffix-with-cue"),
]


@pytest.mark.parametrize("text, span, low, high", POSITIVES)
def test_finds_ni_number(text, span, low, high):
    start = text.index(span)
    hits = found(text)
    assert [(s, e) for s, e, _ in hits] == [(start, start + len(span))]
    assert low <= hits[0][2] <= high


NEGATIVES = [
    pytest.param(
        "Codes GB123456A, AO123456B and ZZ123456C were listed.",
        id="invalid-prefixes-no-cue",
    ),
    pytest.param("The review is at 12 03 25 a meeting.", id="lower-case-words-and-date"),
    pytest.param("Year 6, section 42, £1,250, 25%, 10:30, 2025.", id="numbers"),
    pytest.param("EHCP, SEN Support, Children and Families Act 2014.", id="words"),
    pytest.param("VAT reg GB 123 4567 89.", id="vat-number"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_non_ni_text(text):
    assert found(text) == []


def test_declares_entity_and_language():
    assert RECOGNIZER.supported_entities == [NI_NUMBER]
    assert RECOGNIZER.supported_language == "en"
