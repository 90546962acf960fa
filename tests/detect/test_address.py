"""AddressRecognizer: which street addresses are found in casework text, and where.

All addresses are fictional.
"""

import pytest

from redactor.detect.recognizers.address import AddressRecognizer

THRESHOLD = 0.4
RECOGNIZER = AddressRecognizer()


def found(text: str) -> list[tuple[str, float]]:
    """(span text, score) of every result the pipeline would keep, in text order."""
    results = RECOGNIZER.analyze(text, RECOGNIZER.supported_entities)
    return [(text[r.start:r.end], r.score)
            for r in sorted(results, key=lambda r: r.start) if r.score >= THRESHOLD]


POSITIVES = [
    pytest.param("The family live at 12 Elm Grove with Nan.", "12 Elm Grove", 0.85, 1.0,
                 id="number-street"),
    pytest.param("Address: 12 Elm Grove, Maltby", "12 Elm Grove", 0.85, 1.0,
                 id="number-street-village"),
    pytest.param("Flat 3, 21 Wellgate, Rotherham", "Flat 3, 21 Wellgate", 0.9, 1.0,
                 id="flat-no-suffix"),
    pytest.param("Mum has moved to 14a Beech Road.", "14a Beech Road", 0.85, 1.0,
                 id="number-with-letter"),
    pytest.param("Sam lives on Cranworth Road with his grandparents.", "Cranworth Road",
                 0.8, 0.9, id="lives-on-no-number"),
    pytest.param("Dad lives at 21 Wellgate.", "21 Wellgate", 0.8, 0.9, id="lives-at-no-suffix"),
    pytest.param("They now live on Maple Court.", "Maple Court", 0.8, 0.9,
                 id="lives-on-weak-suffix"),
    pytest.param("She lives just off Doncaster Road.", "Doncaster Road", 0.8, 0.9,
                 id="lives-just-off"),
    pytest.param("Rose Cottage, Elm Grove", "Rose Cottage, Elm Grove", 0.85, 1.0,
                 id="house-name-street"),
    pytest.param("Flat 2, Beech House, 21 Wellgate", "Flat 2, Beech House, 21 Wellgate",
                 0.9, 1.0, id="flat-house-number"),
    pytest.param("Post went to 45 The Crescent, Wickersley.", "45 The Crescent", 0.85, 1.0,
                 id="the-crescent"),
    pytest.param("Grandparents at 12-14 Park Road.", "12-14 Park Road", 0.85, 1.0,
                 id="number-range"),
    pytest.param("Letter sent to 12 High St, Maltby.", "12 High St", 0.85, 1.0, id="st-suffix"),
    pytest.param("Moved to 12 St John's Road in May.", "12 St John's Road", 0.85, 1.0,
                 id="saint-in-street-name"),
    pytest.param("FLAT 4, 10 HIGH STREET", "FLAT 4, 10 HIGH STREET", 0.9, 1.0, id="upper-case"),
    pytest.param("Taxi collects him from 3 Sunny Bank.", "3 Sunny Bank", 0.85, 1.0,
                 id="number-weak-suffix"),
    pytest.param("The taxi picks him up from Cranworth Road.", "Cranworth Road", 0.5, 0.7,
                 id="bare-street"),
    pytest.param("Sam is happy in his class. 12 Elm Grove is near school.", "12 Elm Grove",
                 0.85, 1.0, id="after-sentence-ending-in-label-word"),
]


@pytest.mark.parametrize("text, span, low, high", POSITIVES)
def test_finds_address(text, span, low, high):
    hits = found(text)
    assert [s for s, _ in hits] == [span]
    assert low <= hits[0][1] <= high


NEGATIVES = [
    pytest.param("Year 6 Close observation is in place at lunchtimes.", id="year-close"),
    pytest.param("Section 3 Way forward: agree a phased transition.", id="section-way"),
    pytest.param("3 The Way Forward", id="numbered-heading-way"),
    pytest.param("Information is on the Local Offer website.", id="local-offer"),
    pytest.param("Parent View and Pupil View were collected.", id="views"),
    pytest.param("The appeal went to the Upper Tribunal, not the High Court.", id="courts"),
    pytest.param("He attends St Mary's Catholic Primary.", id="saint-school"),
    pytest.param("Mrs Lane, the SENCo, attended.", id="surname-lane"),
    pytest.param("Meadow View Primary School has a resource base.", id="school-view"),
    pytest.param("A place at Elmfield Lane Primary was offered.", id="school-lane"),
    pytest.param("Needs 15 Hours Close Supervision", id="hours-close"),
    pytest.param("Key Stage 2 results and the SEND Green Paper.", id="key-stage-green-paper"),
    pytest.param("Mum was referred to the Food Bank.", id="food-bank"),
    pytest.param("Class 4 Green Group meets at 10.30.", id="class-group"),
    pytest.param("Sam lives in Maltby with Mum.", id="village-only"),
    pytest.param("Outcome 2: Sam will walk to the shop.", id="outcome"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_non_addresses(text):
    assert found(text) == []


def test_offsets_are_exact():
    text = "Home: Flat 3, 21 Wellgate, Rotherham"
    results = RECOGNIZER.analyze(text, RECOGNIZER.supported_entities)
    assert [(r.start, r.end) for r in results] == [(6, 25)]


@pytest.mark.parametrize("text,expected", [
    ("address 88 Wellgate flat 4, S60 2LR.", "88 Wellgate flat 4"),
    ("HV notes - wojcik - 5 laburnum ct dinnington", "5 laburnum ct"),
    ("Address:          Plot 7, Kettleby Lane Traveller site", "Plot 7, Kettleby Lane Traveller site"),
    ("Suite 5, Albion Chambers, High St", "Suite 5, Albion Chambers, High St"),
    ("Ground Floor, Orchard House, Moor Road", "Ground Floor, Orchard House, Moor Road"),
    ("says new adress now 6 Foundry Tce. Doesnt read", "6 Foundry Tce"),
], ids=["number-street-flat", "lower-case-notes", "plot", "suite", "floor", "tce"])
def test_addresses_as_hurried_notes_write_them(text, expected):
    from redactor.detect.recognizers.address import AddressRecognizer
    found = [text[r.start:r.end] for r in AddressRecognizer().analyze(text, ["ADDRESS"])]
    assert found == [expected]


@pytest.mark.parametrize("text,address", [
    ("Housing Solutions\nCivic Offices, 2 Wharf Street, Rotherham S60 1AB", "Civic Offices, 2 Wharf Street"),
    ("living at Flat 14, Cavendish\nCourt, Hollin Road, Thornbeck", "Flat 14, Cavendish\nCourt, Hollin Road"),
    ("Location:     Plot 6, Moss Clough site, Kelby Lane, Dunmoor", "Plot 6, Moss Clough site, Kelby Lane"),
], ids=["building-before-number", "building-broken-at-a-line-end", "a-plot-on-a-site"])
def test_a_building_or_site_before_the_street_is_part_of_the_address(text, address):
    assert [s for s, _ in found(text)] == [address]


@pytest.mark.parametrize("text,address", [
    ("Flat 12 Shiloh House, Canal Side, Brampton", "Flat 12 Shiloh House, Canal Side"),
    ("4th Floor, 61 Gresham Yard, London", "4th Floor, 61 Gresham Yard"),
], ids=["a-side-street", "a-numbered-floor"])
def test_more_street_and_floor_shapes(text, address):
    assert [s for s, _ in found(text)] == [address]


@pytest.mark.parametrize("text,address", [
    ("Unit 6, Old Co-op Buildings, Station Road, Kelsworth", "Unit 6, Old Co-op Buildings, Station Road"),
    ("3rd Floor, Cutlers Yard, 41 Tanner Street, Rotherham", "3rd Floor, Cutlers Yard, 41 Tanner Street"),
    ("new address: Plot 7, Brickyard Lane Traveller Site, Kelsworth", "Plot 7, Brickyard Lane Traveller Site"),
    ("Speaker 2: flat 3 lindley court windle common s66 4dw", "flat 3 lindley court"),
    # (the site a pitch is on is the family's address too, its name words or not)
    ("Caller: still the Moss Bank site, pitch nine, yeah", ("Moss Bank site", "pitch nine")),
    ("Family on Brook Meadow site, Plot 4. Levi dyslexic", ("Brook Meadow site", "Plot 4")),
], ids=["hyphenated-building", "a-yard", "a-traveller-site", "a-flat-in-lower-case", "a-pitch-said-in-words",
        "a-site-of-words-with-its-plot"])
def test_buildings_sites_and_flats_as_they_are_written(text, address):
    assert [s for s, _ in found(text)] == ([address] if isinstance(address, str) else list(address))
