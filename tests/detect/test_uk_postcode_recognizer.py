"""UkPostcodeRecognizer: full UK postcodes in any case, with or without the space."""

import pytest

from redactor.detect.recognizers.uk_postcode import UkPostcodeRecognizer
from redactor.types import POSTCODE

THRESHOLD = 0.4
RECOGNIZER = UkPostcodeRecognizer()


def found(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every result the pipeline would keep."""
    results = RECOGNIZER.analyze(text, RECOGNIZER.supported_entities)
    return sorted((r.start, r.end, r.score) for r in results if r.score >= THRESHOLD)


POSITIVES = [
    pytest.param("12 Any Road, Rotherham, S60 2TH.", "S60 2TH", 0.85, 1.0, id="address-line-end"),
    pytest.param("Postcode: s602th", "s602th", 0.85, 1.0, id="lower-unspaced"),
    pytest.param(
        "DN12 4AB is the family's postcode", "DN12 4AB", 0.85, 1.0,
        id="line-start-four-char-outward",
    ),
    pytest.param("Moved to (S65 1AA) last year", "S65 1AA", 0.85, 1.0, id="in-brackets"),
    pytest.param("London SW1A 1AA office", "SW1A 1AA", 0.85, 1.0, id="outward-with-letter"),
    pytest.param("Lives in s66 8zz now", "s66 8zz", 0.85, 1.0, id="lower-spaced"),
    pytest.param("Sheffield S1 2ND", "S1 2ND", 0.85, 1.0, id="capital-inward-like-ordinal"),
    pytest.param("Address | 4 Hill Street | DN1 1AA |", "DN1 1AA", 0.85, 1.0, id="table-cell"),
    # a made-up or misread postcode in any of the country's areas, with letters Royal Mail never uses
    pytest.param("Weston-super-Mare BS23 1OE", "BS23 1OE", 0.8, 1.0, id="letters-no-real-one-uses-bristol"),
    pytest.param("Carlisle CA2 7IK", "CA2 7IK", 0.8, 1.0, id="letters-no-real-one-uses-carlisle"),
    pytest.param("London EC1V 2OM", "EC1V 2OM", 0.8, 1.0, id="letters-no-real-one-uses-outward-letter"),
]


@pytest.mark.parametrize("text, span, low, high", POSITIVES)
def test_finds_postcode(text, span, low, high):
    start = text.index(span)
    hits = found(text)
    assert [(s, e) for s, e, _ in hits] == [(start, start + len(span))]
    assert low <= hits[0][2] <= high


NEGATIVES = [
    pytest.param("In Year 6 and Y6 2nd half term, then Y5 1st term.", id="year-groups-ordinals"),
    pytest.param("Cost £1,250 in 2025, 25% at 10:30, section 42, page 12.", id="numbers"),
    pytest.param("EHCP, SEN Support, KS2 SATs, COVID-19.", id="acronyms"),
    pytest.param("Children and Families Act 2014.", id="act"),
    pytest.param("Email s602th@example.org about it.", id="inside-email"),
    pytest.param("Section S2 of the form.", id="section-letter-number"),
    pytest.param("Outward code B12 alone (not this area).", id="district-elsewhere"),
    pytest.param("Version V2 3AB and ISBN 12 3AB", id="no-postcode-area"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_non_postcode_text(text):
    assert found(text) == []


def test_declares_entity_and_language():
    assert RECOGNIZER.supported_entities == [POSTCODE]
    assert RECOGNIZER.supported_language == "en"


@pytest.mark.parametrize("text,district", [
    ("Out-of-area pick-up (DN12) refused.", "DN12"),
    ("Most S60 families use the bus.", "S60"),
], ids=["in-brackets", "in-a-sentence"])
def test_a_district_of_the_area_alone_is_redacted_with_a_low_score(text, district):
    results = UkPostcodeRecognizer().analyze(text, ["POSTCODE"])
    assert [(text[r.start:r.end], r.score) for r in results] == [(district, 0.5)]
