"""SCHOOL: settings by pattern, NER and hurried-notes shapes."""

import pytest

from tests.detect.conftest import covered

SCHOOLS = [
    ("primary-school", "He attends Oakwood Primary School.", "Oakwood Primary School"),
    ("academy", "She moved to Brinsworth Academy in Year 7.", "Brinsworth Academy"),
    ("junior-and-infant", "Ferham J&I School has a resourced provision.", "Ferham J&I School"),
    ("saint", "Her brother goes to St Bede's.", "St Bede's"),
    ("college", "He has a place at Thomas Rotherham College.", "Thomas Rotherham College"),
    ("pru", "He was moved to the Riverside Pupil Referral Unit.", "Riverside Pupil Referral Unit"),
    ("catholic-primary", "St Mary's Catholic Primary School agreed.", "St Mary's Catholic Primary School"),
    ("hard-wrapped", "a Year 4 pupil at Cortonwood Fields\nPrimary, our ref", "Cortonwood Fields\nPrimary"),
    ("lowercase-notes", "SENCO at st ann's J&I asking for a leaflet", "st ann's J&I"),
    ("named-in-brackets", "school (hollowgate) sent her home", "hollowgate"),
    ("named-by-attends", "- Paddy, brother, 4. Attends Little Acorns 15 hrs.", "Little Acorns"),
    ("lower-case-nursery-at", "hes starting nursery at oakdene in sept", "oakdene"),
    ("letterhead-in-capitals", "--- photo ---\n\n        HOLLOWGATE  ACADEMY\n        Carr Lane", "HOLLOWGATE  ACADEMY"),
    ("lower-case-after-from", "all his mates are there from wathley primary. i dont", "wathley primary"),
    ("short-kind-word", "Paddy at Wathley Prim Y2-Y5", "Wathley Prim"),
    ("after-a-year-group-in-a-row", "Summer Ashby   DOB 03/12/2014   Y4   Cherrytree Lane Primary", "Cherrytree Lane Primary"),
    ("short-kind-words", "| K.F., 9 | Thornbeck Jnr | Ravensby Acad. | Hatherfield Pri |", "Thornbeck Jnr"),
    ("church-school-short", "Another family (Tyler R, Cragwell CofE) waited", "Cragwell CofE"),
    ("academy-trust", "Kelby Park Academy - part of the Don Valley Learning Trust\n", "Don Valley Learning Trust"),
    ("scanned-with-digits-for-letters", "You have named St Wi1frid's Catho1ic Primary Schoo1 in Section I.",
     "St Wi1frid's Catho1ic Primary Schoo1"),
    ("a-city-in-the-name", "LA named Doncaster North College (general FE)", "Doncaster North College"),
    ("a-place-s-high-in-the-name", "Mrs Ruth Elwood, SENCO, High Fellside Primary School", "High Fellside Primary School"),
    ("a-centre-before-its-lower-case-kind", "she goes to the Pennyfold children's centre", "Pennyfold children's centre"),
    ("a-hub-before-its-lower-case-kind", "Gemma from the Howsham family hub rang", "Howsham family hub"),
    ("a-place-s-high-in-a-scanned-name", "School: High Fellside Primary Schoo1     UPN:", "High Fellside Primary Schoo1"),
    ("a-children-s-centre-s-own-nursery", "Setting\tMarsden Sands Children's Centre Nursery, 30 hours",
     "Marsden Sands Children's Centre Nursery"),
    ("a-named-base-after-its-school-s-comma", "Year 9 – Thamesbrook School, Meadow Base (specialist resource)",
     "Meadow Base"),
]


@pytest.mark.parametrize("text,school", [r[1:] for r in SCHOOLS], ids=[r[0] for r in SCHOOLS])
def test_school_found(detector, text, school):
    assert covered(detector, text, school), "a school was not redacted"


def test_generic_setting_words_are_not_a_school(detector):
    text = "Mum wants a specialist provision, not a mainstream Primary School or a Special School."
    assert not [f for f in detector.detect(text) if f.type == "SCHOOL"]


NOT_SCHOOLS = [
    ("document-names", "It is subject to the Mozilla Public License and the GNU Affero General Public License.",
     ["Mozilla Public License", "General Public License"]),
    ("bare-abbreviations", "Send it as a PDF or XML file, not CC-BY-SA.", ["PDF", "XML"]),
    ("capitalised-function-word", "Software that is Incompatible With Secondary Licenses is excluded.",
     ["Incompatible With Secondary"]),
    ("services-and-teams", "once transport sits (LA Travel Training Team); Signposted to Parent Carer Forum + "
     "CAMHS; referred to the Community Paediatric service; Home to School Transport Appeals",
     ["Travel Training Team", "Parent Carer Forum", "Paediatric", "School Transport Appeals"]),
    ("a-service-before-a-kind-word", "Sam Thorne (ST) - CAMHS Primary Mental Health Worker", ["CAMHS Primary"]),
    ("a-placeholder-a-person-wrote", "He lives with his mother (Parent B). Parent B has some English.", ["Parent B"]),
    ("apps-everyone-uses", "WhatsApp Chat with the group. Nobody outside, not even WhatsApp, can read it.",
     ["WhatsApp"]),
    ("attends-ordinary-things", "He attends regularly and attended CAMHS; she attends Reception.",
     ["regularly", "CAMHS", "Reception"]),
]


@pytest.mark.parametrize("text,kept", [r[1:] for r in NOT_SCHOOLS], ids=[r[0] for r in NOT_SCHOOLS])
def test_organisations_that_are_no_setting_are_not_schools(detector, text, kept):
    schools = [f for f in detector.detect(text) if f.type == "SCHOOL"]
    for term in kept:
        i = text.index(term)
        assert not any(f.start < i + len(term) and i < f.end for f in schools), "not a setting, typed as one"


@pytest.mark.parametrize("text,kept", [
    ("He attends Breakfast Club and attended Speech Therapy; attends physio weekly.", ["Breakfast Club", "Speech Therapy", "physio"]),
    ("WHAT I LIKE ABOUT SCHOOL\n\nMY VIEWS ON MY NEW SCHOOL\n", ["ABOUT SCHOOL", "NEW SCHOOL"]),
    ("He has an Ear Inf again.", ["Ear Inf"]),
], ids=["attends-ordinary-things", "headings-in-capitals", "an-abbreviation"])
def test_reviewed_phrases_are_no_setting(detector, text, kept):
    schools = [f for f in detector.detect(text) if f.type == "SCHOOL"]
    for term in kept:
        i = text.index(term)
        assert not any(f.start < i + len(term) and i < f.end for f in schools), "not a setting, typed as one"


def test_a_setting_of_two_kinds_joined_is_one_name(detector):
    """"Bluebell Wood Nursery and Infant School" is one setting, its second kind and "School" with
    it, never a nursery and the words "and Infant School" left after it."""
    text = "R,Bluebell Wood Nursery and Infant School,Rebecca Stanton,Mother\nHe goes to Hollybank Primary and Nursery School now."
    found = {text[f.start:f.end] for f in detector.detect(text) if f.type == "SCHOOL"}
    assert "Bluebell Wood Nursery and Infant School" in found
    assert "Hollybank Primary and Nursery School" in found
