"""EmailRecognizer: email addresses, found without any network access."""

import importlib
import socket

import pytest

from redactor.detect.recognizers import _tld
from redactor.detect.recognizers.email import EmailRecognizer
from redactor.types import EMAIL

THRESHOLD = 0.4
RECOGNIZER = EmailRecognizer()


def found(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every result the pipeline would keep."""
    results = RECOGNIZER.analyze(text, RECOGNIZER.supported_entities)
    return sorted((r.start, r.end, r.score) for r in results if r.score >= THRESHOLD)


POSITIVES = [
    pytest.param("Email: jo.bloggs@example.org", "jo.bloggs@example.org", id="table-cell"),
    pytest.param(
        "Write to mum@rotherham-sendiass.org.uk.", "mum@rotherham-sendiass.org.uk",
        id="sentence-end",
    ),
    pytest.param(
        "j_smith+school@example.com is dad's", "j_smith+school@example.com",
        id="line-start-plus",
    ),
    pytest.param(
        "(contact: Sam.OKeefe@Example.COM)", "Sam.OKeefe@Example.COM",
        id="brackets-mixed-case",
    ),
    pytest.param(
        "<send.team@oakwood.rotherham.sch.uk>", "send.team@oakwood.rotherham.sch.uk",
        id="angle-brackets",
    ),
    pytest.param("'parent1@example.org'", "parent1@example.org", id="quoted"),
    # any domain: internal, reserved and mistyped ones identify a person as well
    pytest.param("SALT: k.ahmed@sych-therapies.local", "k.ahmed@sych-therapies.local", id="local"),
    pytest.param("mum: kerry.b@hotmail.test", "kerry.b@hotmail.test", id="test-domain"),
    pytest.param("office@thurlstone.sch.exmaple (sic)", "office@thurlstone.sch.exmaple", id="mistyped"),
]


@pytest.mark.parametrize("text, span", POSITIVES)
def test_finds_email(text, span):
    start = text.index(span)
    hits = found(text)
    assert [(s, e) for s, e, _ in hits] == [(start, start + len(span))]
    assert hits[0][2] >= 0.85


NEGATIVES = [
    pytest.param("Follow @jo_bloggs on Instagram.", id="social-handle"),
    pytest.param("The file logo@2x.png was attached.", id="file-name"),
    pytest.param("Meet @ 3pm in room 4.", id="at-time"),
    pytest.param("Year 6, £1,250, 25%, section 42, Children and Families Act 2014.", id="numbers"),
    pytest.param("EHCP and SEN Support", id="words"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_non_email_text(text):
    assert found(text) == []


def test_never_touches_the_network(monkeypatch):
    """A fresh suffix lookup, made with sockets and DNS disabled, still finds the address."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append("network")
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    importlib.reload(_tld)  # a new extractor whose suffix list is loaded under the patch
    text = "Email jo.bloggs@example.org today"
    assert [(s, e) for s, e, _ in found(text)] == [(6, 27)]
    assert attempts == []


def test_declares_entity_and_language():
    assert RECOGNIZER.supported_entities == [EMAIL]
    assert RECOGNIZER.supported_language == "en"


def test_an_address_read_out_on_a_call():
    from redactor.detect.recognizers.email import EmailRecognizer
    recognizer = EmailRecognizer()
    text = ("Speaker 2: yeah it's b quinn sixty seven at gmail dot com all one word\n"
            "Speaker 1: b quinn six seven at gmail\nI emailed them at rotherham dot gov")
    spans = [text[r.start:r.end] for r in recognizer.analyze(text, recognizer.supported_entities)]
    assert spans == ["b quinn sixty seven at gmail dot com", "b quinn six seven at gmail"]
