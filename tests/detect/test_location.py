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


def test_the_locality_lines_of_an_address_are_places(detector):
    text = ("Address 9 Colliery Row, Dunmoor S64 2LB.\n"
            "Mrs F Sheikh\n18 Slag Heap Lane\nHolmthorpe\nRotherham\nS60 3PW\n")
    for place in ("Dunmoor", "Holmthorpe"):
        assert covered(detector, text, place), "a locality was not redacted"
    assert not covered(detector, text, "Rotherham")


def test_a_lower_case_place_after_a_place_word_in_lower_case_writing(detector):
    text = ("cos of the part time timetable, i work at the warehouse in thornbeck on shifts and if "
            "he gets excluded he will go to brinkcliffe which is the pru. we go in tesco after, he "
            "wont go in skool or in recieve")
    for place in ("thornbeck", "brinkcliffe"):
        assert covered(detector, text, place), "a lower-case place was not redacted"
    for word in ("tesco", "skool", "recieve"):  # a chain, text-speak, a misspelling
        assert not covered(detector, text, word), "an ordinary word was redacted"


def test_a_locality_between_a_street_and_the_town_and_one_said_on_a_call(detector):
    text = ('Address:,"5 Slag Lane, Dearnley Moor, Rotherham",Postcode:,S63 4RT\n'
            "[00:00:40] Speaker 2: he's placed with me out here in windle common so he's out of area\n"
            "[handwritten at bottom, partly cut off]")
    for place in ("Dearnley Moor", "windle common"):
        assert covered(detector, text, place), "a locality was not redacted"
    assert not covered(detector, text, "bottom")


def test_an_address_written_in_lower_case_before_its_postcode(detector):
    text = ("hiya, just so u know we moved, we are at 9 kiln row, ashbury moor, s63 2tq now not "
            "the flat on tanner st. my sister is at 14 wellcroft, holbeck, dn5 8pp.\n"
            "we live at 7 elm close, sheffield, s5 6ab")
    for part in ("9 kiln row", "ashbury moor", "tanner st", "14 wellcroft", "holbeck", "7 elm close"):
        assert covered(detector, text, part), "a lower-case address was not redacted"
    assert not covered(detector, text, "sheffield"), "the authority's own name was redacted"


def test_the_district_a_street_is_in(detector):
    text = "They live on Ashfield Walk in High Kelby and Jordan can walk to school."
    assert covered(detector, text, "High Kelby"), "a district after its street was not redacted"
    assert not covered(detector, text, "school")


def test_a_lower_case_locality_on_its_own_line_or_said_with_its_street(detector):
    text = ("Kelly-Ann\nflat 3, 118 marsden crescent\npaulsgrove\npo6 4lr\nmob 07700900562\n\n"
            "Speaker 2: it's twenty seven Ashgrove terrace in horden\n"
            "Speaker 1: and the postcode\nSpeaker 2: s r eight four l p\n"
            "Speaker 2: it's um flat six Tennyson Court Saltmarsh Road plumstead and the postcode is "
            "S E eighteen two R W\n")
    for place in ("paulsgrove", "horden", "plumstead"):
        assert covered(detector, text, place), "a lower-case locality was not redacted"


def test_ordinary_words_between_a_street_and_its_postcode_are_kept(detector):
    text = ("12 holly road\nthanks again\npo6 4lr\n"
            "Speaker 2: it's 4 Saltmarsh Road please and the postcode is S E eighteen two R W\n"
            "Speaker 2: we're at twenty two Mill lane in town now")
    for word in ("thanks again", "please", "town"):
        assert not covered(detector, text, word), "an ordinary word was redacted as a place"
