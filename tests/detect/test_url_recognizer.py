"""UrlRecognizer: web addresses, including bare domains with a path."""

import pytest

from redactor.detect.recognizers.url import UrlRecognizer
from redactor.types import URL

THRESHOLD = 0.4
RECOGNIZER = UrlRecognizer()


def found(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every result the pipeline would keep."""
    results = RECOGNIZER.analyze(text, RECOGNIZER.supported_entities)
    return sorted((r.start, r.end, r.score) for r in results if r.score >= THRESHOLD)


POSITIVES = [
    pytest.param(
        "Targets: https://portal.therapies.example/caseload/oliver-f/targets",
        "https://portal.therapies.example/caseload/oliver-f/targets", 0.85, 1.0, id="any-domain-with-scheme",
    ),
    pytest.param(
        "See https://www.example.org/page?id=3.", "https://www.example.org/page?id=3", 0.85, 1.0,
        id="https-sentence-end",
    ),
    pytest.param(
        "http://oakwood.rotherham.sch.uk/ has it", "http://oakwood.rotherham.sch.uk/", 0.85, 1.0,
        id="http-line-start",
    ),
    pytest.param(
        "Website: www.oakwood-primary.co.uk,", "www.oakwood-primary.co.uk", 0.85, 1.0,
        id="www-comma",
    ),
    pytest.param(
        "Her page facebook.com/some.name shows", "facebook.com/some.name", 0.85, 1.0,
        id="bare-domain-path",
    ),
    pytest.param(
        "(instagram.com/jo.b_22)", "instagram.com/jo.b_22", 0.85, 1.0,
        id="bare-domain-path-brackets",
    ),
    pytest.param(
        "| Blog | smithfamily.example.com |", "smithfamily.example.com", 0.5, 0.7,
        id="bare-host-table",
    ),
    pytest.param(
        "School site oakwood.rotherham.sch.uk.", "oakwood.rotherham.sch.uk", 0.5, 0.7,
        id="bare-host-sentence",
    ),
]


@pytest.mark.parametrize("text, span, low, high", POSITIVES)
def test_finds_url(text, span, low, high):
    start = text.index(span)
    hits = found(text)
    assert [(s, e) for s, e, _ in hits] == [(start, start + len(span))]
    assert low <= hits[0][2] <= high


NEGATIVES = [
    pytest.param("Email jo.bloggs@example.org today.", id="email-address"),
    pytest.param("Attached: notes.md, report.docx and plan.pdf.", id="file-names"),
    pytest.param("They met at school.Today he was calm.", id="missing-space-after-full-stop"),
    pytest.param("e.g. i.e. a.m. Mr.Smith and Dr.Jones", id="abbreviations"),
    pytest.param("He said yes and/or no; v2.0; 87.5%; £1,250.", id="slashes-and-numbers"),
    pytest.param("Year 6, section 42, page 12, Children and Families Act 2014.", id="numbers"),
    pytest.param("EHCP and SEN Support", id="words"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_non_url_text(text):
    assert found(text) == []


def test_declares_entity_and_language():
    assert RECOGNIZER.supported_entities == [URL]
    assert RECOGNIZER.supported_language == "en"
