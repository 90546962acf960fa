"""Risk of serious harm marks a document for the Service Lead; ordinary SEND casework does not."""

import pytest

from redactor.review.risk import find_risks, needs_lead

FLAGS = [
    ("self-harm", "She told the TA she wants to hurt herself and showed marks on her arms."),
    ("suicide-words", "Mum said he has been talking about wanting to die since the exclusion."),
    ("suicidal", "CAMHS note: suicidal thoughts reported at home."),
    ("threat", "He threatened to stab his brother during the row."),
    ("not-safe", "Child said she is not safe at home and is scared to go home on Fridays."),
    ("disclosure", "During the visit the child made a disclosure to the social worker."),
    ("neglect", "School report no food in the house most mornings."),
    ("line-break", "he said he would kill\nhimself"),
]


@pytest.mark.parametrize("text", [t for _, t in FLAGS], ids=[i for i, _ in FLAGS])
def test_serious_harm_language_needs_the_lead(text):
    assert needs_lead(text)


CLEAR = [
    ("ordinary-casework", "Mum asked for an EHC needs assessment; the SENCO agreed to the annual review."),
    ("negated", "There are no concerns about self-harm and school reports no safeguarding issues."),
    ("denies", "He denies any self harm."),
    ("words-inside-words", "The overdue report was chased; Mr Hurtley rang back."),
]


@pytest.mark.parametrize("text", [t for _, t in CLEAR], ids=[i for i, _ in CLEAR])
def test_ordinary_language_does_not(text):
    assert not needs_lead(text)


def test_matches_name_the_category_and_place_not_the_text():
    text = "Intro. She said she wants to die. More."
    (match,) = find_risks(text)
    assert match.category == "suicide" and text[match.start:match.end] == "wants to die"
