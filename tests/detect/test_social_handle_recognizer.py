"""SocialHandleRecognizer: @handles, not email addresses or times."""

import pytest

from redactor.detect.recognizers.social_handle import SocialHandleRecognizer
from redactor.types import SOCIAL_HANDLE

THRESHOLD = 0.4
RECOGNIZER = SocialHandleRecognizer()


def found(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every result the pipeline would keep."""
    results = RECOGNIZER.analyze(text, RECOGNIZER.supported_entities)
    return sorted((r.start, r.end, r.score) for r in results if r.score >= THRESHOLD)


POSITIVES = [
    pytest.param("Mum posts as @jo_bloggs on Instagram.", "@jo_bloggs", id="sentence"),
    pytest.param("@jo.b.22 shared photos", "@jo.b.22", id="line-start-dots"),
    pytest.param("TikTok: @SamSmith2011.", "@SamSmith2011", id="table-cell-sentence-end"),
    pytest.param("(Mastodon @jo@mastodon.example)", "@jo@mastodon.example", id="fediverse"),
    pytest.param("handle '@the_real_dad'", "@the_real_dad", id="quoted"),
]


@pytest.mark.parametrize("text, span", POSITIVES)
def test_finds_handle(text, span):
    start = text.index(span)
    hits = found(text)
    assert [(s, e) for s, e, _ in hits] == [(start, start + len(span))]
    assert hits[0][2] >= 0.85


NEGATIVES = [
    pytest.param("Email jo.bloggs@example.org today.", id="email-address"),
    pytest.param("Meet @ 3pm in room 4.", id="at-space-time"),
    pytest.param("Pick-up @3pm or @10:30 daily.", id="at-time"),
    pytest.param("Costs £1,250 @ 25% in 2025.", id="money-rate"),
    pytest.param("Year 6, section 42, EHCP, SEN Support.", id="words"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_non_handle_text(text):
    assert found(text) == []


def test_declares_entity_and_language():
    assert RECOGNIZER.supported_entities == [SOCIAL_HANDLE]
    assert RECOGNIZER.supported_language == "en"
