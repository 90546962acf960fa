"""UkPhoneRecognizer: UK numbers as people write them, Ofcom drama ranges included."""

import pytest

from redactor.detect.recognizers.uk_phone import UkPhoneRecognizer
from redactor.types import PHONE

THRESHOLD = 0.4
RECOGNIZER = UkPhoneRecognizer()


def found(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every result the pipeline would keep."""
    results = RECOGNIZER.analyze(text, RECOGNIZER.supported_entities)
    return sorted((r.start, r.end, r.score) for r in results if r.score >= THRESHOLD)


POSITIVES = [
    pytest.param("Mum's mobile is 07700 900123.", "07700 900123", 0.85, 1.0, id="mobile-spaced"),
    pytest.param("07700900123 (dad)", "07700900123", 0.85, 1.0, id="mobile-unspaced-line-start"),
    pytest.param("Ring 07700-900-123 after 4", "07700-900-123", 0.85, 1.0, id="mobile-hyphens"),
    pytest.param("Tel: +44 7700 900123", "+44 7700 900123", 0.85, 1.0, id="mobile-international"),
    pytest.param(
        "or +44 (0)7700 900123,", "+44 (0)7700 900123", 0.85, 1.0,
        id="mobile-plus44-trunk",
    ),
    pytest.param(
        "School office (0114) 496 0123.", "(0114) 496 0123", 0.85, 1.0,
        id="landline-brackets",
    ),
    pytest.param("Phone: 0114 496 0123", "0114 496 0123", 0.85, 1.0, id="sheffield-drama"),
    pytest.param(
        "Rotherham number 01709 123456 is new", "01709 123456", 0.85, 1.0,
        id="rotherham-landline",
    ),
    pytest.param("| Home | 01632 960123 |", "01632 960123", 0.85, 1.0, id="drama-01632-table"),
    pytest.param("London office: 020 7946 0123", "020 7946 0123", 0.85, 1.0, id="london-drama"),
    pytest.param("Leeds 0113 496 0999.", "0113 496 0999", 0.85, 1.0, id="leeds-drama"),
    pytest.param("call 0044 7700 900456", "0044 7700 900456", 0.85, 1.0, id="double-zero-prefix"),
    pytest.param("mob:07700.900.789", "07700.900.789", 0.85, 1.0, id="dots"),
    pytest.param("Tel: 04567 123456", "04567 123456", 0.5, 0.6, id="unallocated-range-with-cue"),
]


@pytest.mark.parametrize("text, span, low, high", POSITIVES)
def test_finds_phone(text, span, low, high):
    start = text.index(span)
    hits = found(text)
    assert [(s, e) for s, e, _ in hits] == [(start, start + len(span))]
    assert low <= hits[0][2] <= high


def test_finds_two_numbers_joined_by_slash():
    text = "Numbers: 07700 900123/07700 900124"
    assert [(s, e) for s, e, _ in found(text)] == [(9, 21), (22, 34)]


NEGATIVES = [
    pytest.param("In 2025 the top-up was £1,250 (25%).", id="year-money-percent"),
    pytest.param("Meeting at 10:30 on 12/03/2025, page 12.", id="time-date-page"),
    pytest.param("Under section 42 of the Children and Families Act 2014.", id="section-act"),
    pytest.param("NHS No: 943 476 5919, ULN 1000000043.", id="nhs-and-uln"),
    pytest.param("The code 0114960123456 is a product number.", id="too-many-digits"),
    pytest.param("Score 0.1234567890 on the test.", id="decimal"),
    pytest.param("Year 6, EHCP, SEN Support.", id="words"),
    pytest.param("Item 04567 123456 in the catalogue.", id="unallocated-range-no-cue"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_non_phone_text(text):
    assert found(text) == []


def test_declares_entity_and_language():
    assert RECOGNIZER.supported_entities == [PHONE]
    assert RECOGNIZER.supported_language == "en"


def test_a_number_read_out_in_words_is_found():
    """A voicemail transcript or a dictated note writes the number as it was said."""
    text = ("My number is er oh\nseven seven double oh, nine double oh, eight seven three. Again oh "
            "seven seven\noh oh nine oh oh eight seven three. Or oh one one four four nine six oh one "
            "two three.")
    spans = [text[s:e] for s, e, _ in found(text)]
    assert spans == ["oh\nseven seven double oh, nine double oh, eight seven three",
                     "oh seven seven\noh oh nine oh oh eight seven three",
                     "oh one one four four nine six oh one two three"]


@pytest.mark.parametrize("text", ["one two three four five, off we go", "oh two, oh no, oh well",
                                  "scored seven out of nine, then six and one"])
def test_counting_in_words_is_no_phone_number(text):
    assert found(text) == []


def test_an_extension_and_a_number_in_a_csv_cell():
    text = "Secretary: Mrs K. Hulley ext 4417\nmum,07700 900214,17/03/2025\n5 x 500ml"
    spans = [text[s:e] for s, e, _ in found(text)]
    assert spans == ["ext 4417", "07700 900214"]
