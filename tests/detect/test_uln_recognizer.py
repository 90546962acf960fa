"""UlnRecognizer and its check-digit function.

Fictional ULNs with valid check digits: 1000000043, 4123456781, 8001234567, 1234567899.
"""

import pytest

from redactor.detect.recognizers.uln import UlnRecognizer, is_valid_uln
from redactor.types import ULN

THRESHOLD = 0.4
RECOGNIZER = UlnRecognizer()


def found(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every result the pipeline would keep."""
    results = RECOGNIZER.analyze(text, RECOGNIZER.supported_entities)
    return sorted((r.start, r.end, r.score) for r in results if r.score >= THRESHOLD)


@pytest.mark.parametrize(
    "number, valid",
    [
        pytest.param("1000000043", True, id="dfe-worked-example"),
        pytest.param("4123456781", True, id="valid-a"),
        pytest.param("8001234567", True, id="valid-b"),
        pytest.param("1000000044", False, id="wrong-check-digit"),
        pytest.param("1000000063", False, id="remainder-zero-never-issued"),
        pytest.param("123456789", False, id="too-short"),
    ],
)
def test_check_digit(number, valid):
    assert is_valid_uln(number) is valid


POSITIVES = [
    pytest.param("ULN: 1000000043", "1000000043", 0.85, 1.0, id="table-cell"),
    pytest.param(
        "His unique learner number is 4123456781.", "4123456781", 0.85, 1.0,
        id="sentence",
    ),
    pytest.param(
        "8001234567 is on the college form", "8001234567", 0.85, 1.0,
        id="line-start-no-cue",
    ),
    pytest.param("Learner number 1234 567 899 (college)", "1234 567 899", 0.85, 1.0, id="spaced"),
    pytest.param("| ULN | 1000000044 |", "1000000044", 0.5, 0.6, id="typo-with-cue"),
    pytest.param("NHS no: 8001234567", "8001234567", 0.4, 0.5, id="valid-but-labelled-nhs"),
]


@pytest.mark.parametrize("text, span, low, high", POSITIVES)
def test_finds_uln(text, span, low, high):
    start = text.index(span)
    hits = found(text)
    assert [(s, e) for s, e, _ in hits] == [(start, start + len(span))]
    assert low <= hits[0][2] <= high


NEGATIVES = [
    pytest.param("Invoice 1234567890 was paid.", id="ordinary-10-digits"),
    pytest.param("The form quoted 1000000044 twice.", id="typo-no-cue"),
    pytest.param("Phone 07700 900123 or 0114 496 0123.", id="phones"),
    pytest.param("Year 6, 2025, £1,250, section 42, 25%, 10:30, page 12.", id="ordinary-numbers"),
    pytest.param("Children and Families Act 2014; EHCP; SEN Support.", id="act-and-words"),
    pytest.param("Scores 3 4 5 2 1 3 4 5 2 1 on the scale.", id="row-of-single-digits"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_non_uln_text(text):
    assert found(text) == []


def test_declares_entity_and_language():
    assert RECOGNIZER.supported_entities == [ULN]
    assert RECOGNIZER.supported_language == "en"
