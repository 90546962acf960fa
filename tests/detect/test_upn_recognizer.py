"""UpnRecognizer: Unique Pupil Numbers (Rotherham's LA code is 372).

Fictional UPNs with valid check letters (python-stdnum): M372200125123, Q372410724056,
E372200125045 and the temporary V37220012501A.
"""

import pytest

from redactor.detect.recognizers.upn import UpnRecognizer
from redactor.types import UPN

THRESHOLD = 0.4
RECOGNIZER = UpnRecognizer()


def found(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every result the pipeline would keep."""
    results = RECOGNIZER.analyze(text, RECOGNIZER.supported_entities)
    return sorted((r.start, r.end, r.score) for r in results if r.score >= THRESHOLD)


POSITIVES = [
    pytest.param("UPN: M372200125123", "M372200125123", 0.85, 1.0, id="table-cell"),
    pytest.param("Her pupil number is Q372410724056.", "Q372410724056", 0.85, 1.0, id="sentence"),
    pytest.param(
        "E372200125045 moved school in May", "E372200125045", 0.85, 1.0,
        id="line-start-no-cue",
    ),
    pytest.param("(temporary V37220012501A)", "V37220012501A", 0.85, 1.0, id="temporary-upn"),
    pytest.param("upn m372200125123", "m372200125123", 0.85, 1.0, id="lower-case"),
    pytest.param("UPN A372200125123", "A372200125123", 0.5, 0.6, id="wrong-check-letter-with-cue"),
    pytest.param("UPN: M999200125123", "M999200125123", 0.5, 0.6, id="unknown-la-with-cue"),
    # a letter and twelve digits with a wrong check letter and no cue: a mistyped or misread UPN
    # still identifies a child, so it is kept, below a checked one
    pytest.param("his school num is A372200125123 ok", "A372200125123", 0.4, 0.5, id="wrong-check-letter-no-cue"),
]


@pytest.mark.parametrize("text, span, low, high", POSITIVES)
def test_finds_upn(text, span, low, high):
    start = text.index(span)
    hits = found(text)
    assert [(s, e) for s, e, _ in hits] == [(start, start + len(span))]
    assert low <= hits[0][2] <= high


NEGATIVES = [
    pytest.param("The code A37220012512 was on a parcel.", id="a-digit-short"),
    pytest.param("EHCP issued, SEN Support ended in Year 6.", id="words"),
    pytest.param("Appeal EH372/25/00412 and RMBC/EHC/2024/0173.", id="case-refs"),
    pytest.param("£1,250 in 2025, section 42, Children and Families Act 2014.", id="numbers"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_non_upn_text(text):
    assert found(text) == []


def test_declares_entity_and_language():
    assert RECOGNIZER.supported_entities == [UPN]
    assert RECOGNIZER.supported_language == "en"
