"""Shared for the PERSON, SCHOOL and LOCATION tests: the real engine, loaded once."""

import pytest

from redactor.detect.engine import Detector


@pytest.fixture(scope="module")
def detector(training):
    return Detector(training)


def covered(detector, text, word):
    """True when ``word`` (its first occurrence) lies inside something the detector redacts."""
    i = text.index(word)
    return any(f.start <= i and i + len(word) <= f.end for f in detector.detect(text))
