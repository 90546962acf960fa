"""LOCATION: villages, estates and towns below the Local Authority."""

import pytest

from tests.detect.conftest import covered

@pytest.mark.parametrize("text,place", [
    ("The family live in Maltby.", "Maltby"),
    ("They moved from Kimberworth Park last year.", "Kimberworth Park"),
    ("Nan lives in Wath-upon-Dearne.", "Wath-upon-Dearne"),
], ids=["village", "estate", "hyphenated-town"])
def test_place_found(detector, text, place):
    assert covered(detector, text, place), "a place was not redacted"
