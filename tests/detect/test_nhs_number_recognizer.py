"""NhsNumberRecognizer: which NHS numbers are found in casework text, where, and how sure.

Fictional numbers with valid modulus-11 check digits (computed with python-stdnum):
943 476 5919, 485 777 3457, 401 023 2137, 612 345 6784, 700 100 2003.
"""

import pytest

from redactor.detect.recognizers.nhs_number import NhsNumberRecognizer
from redactor.types import NHS_NUMBER

THRESHOLD = 0.4
RECOGNIZER = NhsNumberRecognizer()


def found(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every result the pipeline would keep."""
    results = RECOGNIZER.analyze(text, RECOGNIZER.supported_entities)
    return sorted((r.start, r.end, r.score) for r in results if r.score >= THRESHOLD)


POSITIVES = [
    pytest.param("NHS No: 943 476 5919", "943 476 5919", 0.85, 1.0, id="table-cell-spaced"),
    pytest.param(
        "Her NHS number is 485-777-3457.", "485-777-3457", 0.85, 1.0,
        id="sentence-hyphens",
    ),
    pytest.param(
        "4010232137 was given by the GP", "4010232137", 0.85, 1.0,
        id="line-start-unspaced-no-cue",
    ),
    pytest.param(
        "The GP letter (612 345 6784) was sent", "612 345 6784", 0.85, 1.0,
        id="brackets-no-cue",
    ),
    pytest.param("NHS No.9434765919, DOB unknown", "9434765919", 0.85, 1.0, id="cue-glued"),
    pytest.param("NHS number:\n700 100 2003\n", "700 100 2003", 0.85, 1.0, id="cue-previous-line"),
    pytest.param(
        "| NHS no | 401 023 2138 |", "401 023 2138", 0.5, 0.6,
        id="checksum-typo-with-cue",
    ),
    pytest.param(
        "National Health Service number 700 100 2004.", "700 100 2004", 0.5, 0.6,
        id="checksum-typo-long-cue",
    ),
    pytest.param("ULN: 4857773457", "4857773457", 0.4, 0.5, id="valid-but-labelled-uln"),
]


@pytest.mark.parametrize("text, span, low, high", POSITIVES)
def test_finds_nhs_number(text, span, low, high):
    start = text.index(span)
    hits = found(text)
    assert [(s, e) for s, e, _ in hits] == [(start, start + len(span))]
    assert low <= hits[0][2] <= high


NEGATIVES = [
    pytest.param("The number 401 023 2138 was quoted.", id="checksum-fails-no-cue"),
    pytest.param("Invoice 1234567890 was paid in 2025.", id="ordinary-10-digits"),
    pytest.param("Call 0114 496 0123 or 07700 900123.", id="phone-numbers"),
    pytest.param("Mobile +44 7700 900 123 and +44 (0)114 496 0123.", id="international-phones"),
    pytest.param(
        "In Year 6 the top-up was £1,250 under section 42 of the Children and Families Act 2014.",
        id="year-money-section-act",
    ),
    pytest.param("Dated 12/03/2025 at 10:30, 25% attendance, page 12.", id="date-time-percent"),
    pytest.param("EHCP and SEN Support, appeal EH372/25/00412.", id="words-and-refs"),
    pytest.param("Score 3.1234567890 and ISBN 978-0-12-345678-9.", id="decimal-isbn"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_non_nhs_text(text):
    assert found(text) == []


def test_cue_is_not_borrowed_across_an_earlier_number():
    text = "NHS No: 943 476 5919, ULN: 1234567899"
    assert [(s, e) for s, e, _ in found(text)] == [(8, 20)]


def test_declares_entity_and_language():
    assert RECOGNIZER.supported_entities == [NHS_NUMBER]
    assert RECOGNIZER.supported_language == "en"
