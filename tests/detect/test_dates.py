"""DateRecognizer and DateOfBirthRecognizer: which dates are found in casework text, and where.

All people, places and dates are fictional.
"""

import pytest

from redactor.detect.recognizers.dates import DateOfBirthRecognizer, DateRecognizer
from redactor.replace.dates import shift_date

THRESHOLD = 0.4
DATES = DateRecognizer()
BIRTHS = DateOfBirthRecognizer()


def found(recognizer, text: str) -> list[tuple[str, float]]:
    """(span text, score) of every result the pipeline would keep, in text order."""
    results = recognizer.analyze(text, recognizer.supported_entities)
    return [(text[r.start:r.end], r.score)
            for r in sorted(results, key=lambda r: r.start) if r.score >= THRESHOLD]


DATE_POSITIVES = [
    pytest.param("rang bethan @ sendiass 19/3 - she sez ask", "19/3", id="late-day-month-any-context"),
    pytest.param('Kerry said on phone 28/3: "waiting"', "28/3", id="late-day-month-colon"),
    pytest.param("Mum rang on 3 March 2025 about the EHC needs assessment.", "3 March 2025",
                 id="day-month-year"),
    pytest.param("The annual review took place on 3rd March 2025 in school.", "3rd March 2025",
                 id="ordinal"),
    pytest.param("Panel met on the 3rd of March 2025 and agreed to assess.", "3rd of March 2025",
                 id="ordinal-of"),
    pytest.param("Date of request: 03/03/2025", "03/03/2025", id="slashes-padded"),
    pytest.param("Letter dated 3/3/25 from the SENCo.", "3/3/25", id="slashes-short"),
    pytest.param("Phoned school 3.3.25, no answer.", "3.3.25", id="dots"),
    pytest.param("Draft plan issued 03-03-2025.", "03-03-2025", id="hyphens"),
    pytest.param("Case opened 2025-03-03 by the duty worker.", "2025-03-03", id="iso"),
    # a date and its time of day are one moment (the replacement moves the date, keeps the time)
    pytest.param("Exported 2025-03-03T10:15 from the case system.", "2025-03-03T10:15",
                 id="iso-datetime"),
    pytest.param("Call received 15/09/2025 10:07 by the duty line.", "15/09/2025 10:07", id="date-and-time"),
    pytest.param("Logged\t15/09/2025\t10:07\tby the duty line.", "15/09/2025", id="time-in-the-next-cell"),
    pytest.param("Tribunal hearing listed for March 3rd 2025.", "March 3rd 2025",
                 id="month-first-ordinal"),
    pytest.param("We spoke on March 12 about the plan.", "March 12", id="month-and-bare-day"),
    pytest.param("Panel (Sept 3) said no.", "Sept 3", id="month-abbreviation-and-bare-day"),
    pytest.param("Meeting moved to Tuesday, March 4th, 2025.", "Tuesday, March 4th, 2025",
                 id="month-first-weekday-commas"),
    pytest.param("Decision due March 3, 2025 at the latest.", "March 3, 2025",
                 id="month-first-plain-year"),
    pytest.param("Home visit on Tuesday 4th March with Mum and Sam.", "Tuesday 4th March",
                 id="weekday-no-year"),
    pytest.param("Home visit on Tuesday the 4th of March.", "Tuesday the 4th of March",
                 id="weekday-the-of"),
    pytest.param("The consultation deadline is 4th March.", "4th March", id="no-year"),
    pytest.param("Email sent 4 Mar 25 to the EHC team.", "4 Mar 25", id="abbrev-short-year"),
    pytest.param("Sept 2nd was his first day at Hollybank.", "Sept 2nd", id="sept-ordinal"),
    pytest.param("REVIEW DATE: 14 JULY 2025", "14 JULY 2025", id="upper-case"),
    pytest.param("Seen on 3 March 10:30am with Dad.", "3 March 10:30am", id="time-not-a-year"),
    pytest.param("Final plan issued (4.3.2025).", "4.3.2025", id="brackets"),
    pytest.param("12/05/2025 - phone call with Mum", "12/05/2025", id="line-start"),
    pytest.param("Started nursery 29/02/2024.", "29/02/2024", id="leap-day"),
    pytest.param("Transport starts w/c 3 March.", "w/c 3 March", id="week-commencing"),
    pytest.param("Sam settled in his new class. 3 March was his first full day.", "3 March",
                 id="after-sentence-ending-in-label-word"),
]


@pytest.mark.parametrize("text, span", DATE_POSITIVES)
def test_finds_date(text, span):
    hits = found(DATES, text)
    assert [s for s, _ in hits] == [span]
    assert 0.6 <= hits[0][1] <= 0.85


def test_finds_every_date_in_a_chronology():
    text = ("03/03/2025 Request received. 4th March: acknowledgement sent. "
            "Panel on Tuesday 18th March agreed to assess; decision letter 19.3.25.")
    assert [s for s, _ in found(DATES, text)] == [
        "03/03/2025", "4th March", "Tuesday 18th March", "19.3.25"]


DATE_NEGATIVES = [
    pytest.param("Sam starts Year 6 in September 2025.", id="month-year-and-year-group"),
    pytest.param("The plan was due in March 2025 but is late.", id="month-year"),
    pytest.param("She was born in 2015.", id="year-only"),
    pytest.param("Year 6 March assessments were shared with Mum.", id="year-group-then-month"),
    pytest.param("Session runs 10:30 to 11.45, then lunch at 12.15.", id="times"),
    pytest.param("He was the 3rd child in the family to need support.", id="ordinal-alone"),
    pytest.param("See section 9.2.12 of the SEND Code of Practice.", id="section-number"),
    pytest.param("Paragraph 1.2.10 explains the duty.", id="paragraph-number"),
    pytest.param("Form v2.1.10 and clause 1.2.10.4 apply.", id="version-and-clause"),
    pytest.param("Around 3/4 of the class are below expectations.", id="fraction"),
    pytest.param("He scored 12/20 in reading and 15/20 in maths.", id="scores"),
    pytest.param("1:1 support at lunch, 2:1 on trips.", id="ratios"),
    pytest.param("In May 3 pupils were excluded.", id="month-then-count"),
    pytest.param("Dated 31/02/2025 in error, and 13/13/2025.", id="impossible-dates"),
    pytest.param("Key Stage 2 results; 25 pupils; 7.5 hours.", id="numbers"),
    pytest.param("Call 0114 496 0123 or 07700 900123.", id="phone-numbers"),
]


@pytest.mark.parametrize("text", DATE_NEGATIVES)
def test_ignores_non_dates(text):
    assert found(DATES, text) == []


DOB_POSITIVES = [
    pytest.param("DOB: 03/03/2015", "03/03/2015", id="dob-label"),
    pytest.param("D.O.B. 3.3.15", "3.3.15", id="dotted-label"),
    pytest.param("d.o.b 03-03-2015", "03-03-2015", id="lower-dotted-label"),
    pytest.param("Date of birth:\n3rd March 2015", "3rd March 2015", id="label-on-line-above"),
    pytest.param("| Date of Birth | 03/03/2015 |", "03/03/2015", id="table-row"),
    pytest.param("Sam was born on 3 March 2015 at Rotherham Hospital.", "3 March 2015",
                 id="born-on"),
    pytest.param("Sam was born in Maltby on 3 March 2015.", "3 March 2015", id="born-in-place-on"),
    pytest.param("Her birthday is on 4th March.", "4th March", id="birthday-before"),
    pytest.param("4th March is her birthday, so the visit moved.", "4th March",
                 id="birthday-after"),
    pytest.param("Child: Sam (DOB 03/03/2015)", "03/03/2015", id="bracketed"),
    pytest.param("Sam Example, 03/03/2015 (DOB)", "03/03/2015", id="cue-after"),
    pytest.param("Birthdate 2015-03-03", "2015-03-03", id="birthdate-iso"),
]


@pytest.mark.parametrize("text, span", DOB_POSITIVES)
def test_finds_date_of_birth_above_date_score(text, span):
    births = found(BIRTHS, text)
    assert [s for s, _ in births] == [span]
    dates = dict(found(DATES, text))
    assert births[0][1] > dates[span]  # the engine keeps the DOB for the same span


DOB_SELECTION = [
    pytest.param("DOB 03/03/2015, reviewed 04/04/2024.", ["03/03/2015"], id="second-date-plain"),
    pytest.param("Reviewed 3/3/25 (DOB 4/4/15).", ["4/4/15"], id="cue-before-second"),
    pytest.param("03/03/2015 (DOB), seen 04/04/2024.", ["03/03/2015"], id="cue-after-first"),
    pytest.param("Sam was born early and was diagnosed on 3 March 2019.", [],
                 id="born-different-clause"),
    pytest.param("Sam was born in Doncaster. On 3 March 2019 they moved.", [],
                 id="born-different-sentence"),
    pytest.param("Born in 2015; EHCP issued 3 March 2019.", [], id="born-year-only"),
    pytest.param("Annual review on 3 March 2025 with Mum.", [], id="no-cue"),
]


@pytest.mark.parametrize("text, spans", DOB_SELECTION)
def test_date_of_birth_only_where_cued(text, spans):
    assert [s for s, _ in found(BIRTHS, text)] == spans


@pytest.mark.parametrize("text, span", DATE_POSITIVES + DOB_POSITIVES)
def test_every_found_date_can_be_shifted(text, span):
    """The replacement stage must be able to move every date this stage finds (as it does, with
    the date known to be one: redactor/replace/operators.py)."""
    for s, _ in found(DATES, text):
        assert shift_date(s, 7, known_date=True) is not None


def test_offsets_are_exact():
    text = "Review: Tuesday 4th March."
    results = DATES.analyze(text, DATES.supported_entities)
    assert [(r.start, r.end) for r in results] == [(8, 25)]


@pytest.mark.parametrize("text,expected", [
    ("MON 30/6\n09.10 rang", "MON 30/6"),
    ("Consent form on file (2/4) - mum", "2/4"),
    ("date moved to 17/7. she will", "17/7"),
    ("Received 15/04\n", "15/04"),
], ids=["after-weekday", "in-brackets", "after-moved-to", "after-received"])
def test_day_month_without_year_where_a_date_is_expected(text, expected):
    from redactor.detect.recognizers.dates import DateRecognizer
    assert [text[r.start:r.end] for r in DateRecognizer().analyze(text, ["DATE"])] == [expected]


@pytest.mark.parametrize("text", ["24/7 support", "scored 3/4 of the", "about 2/3 of pupils"],
                         ids=["24-7", "fraction-of", "fraction-count"])
def test_day_month_shapes_that_are_not_dates(text):
    from redactor.detect.recognizers.dates import DateRecognizer
    assert DateRecognizer().analyze(text, ["DATE"]) == []


@pytest.mark.parametrize("text,date", [
    ("EP (Mr Iqbal) saw her 27/02. Dad emailed.", "27/02"),
    ("12\t04/09\tPhone in\tTransport", "04/09"),
    ("| 17/10 | annual review booked |", "17/10"),
    ("sessions (17/06 and 19/06) and", "19/06"),
])
def test_a_padded_day_and_month_is_a_date_anywhere(text, date):
    recognizer = DateRecognizer()
    found = {text[r.start:r.end] for r in recognizer.analyze(text, ["DATE"])}
    assert date in found


@pytest.mark.parametrize("text", ["support 24/07 on call", "scored 12/20", "3/4 of the class"])
def test_scores_and_fractions_are_not_dates(text):
    assert DateRecognizer().analyze(text, ["DATE"]) == []


def test_a_range_of_days_is_two_dates():
    assert [s for s, _ in found(DATES, "left 3 VMs\n\n13/10-17/10 - no answer")] == ["13/10", "17/10"]
    assert [s for s, _ in found(DATES, "ref SI-24-13/10 logged")] == []


def test_a_day_and_month_after_a_bullet_is_a_date_that_can_be_moved():
    hits = [s for s, _ in found(DATES, "no letter that time\n- 1/10 suspended 3 days")]
    assert hits == ["1/10"]
    assert shift_date(hits[0], 7, known_date=True) == "8/10"


def test_day_and_month_after_a_short_weekday_and_in_a_list_of_dates():
    assert [s for s, _ in found(DATES, "diary\nWeds 5/2\nSchool: good day")] == ["Weds 5/2"]  # the weekday with its date: shifted together
    assert [s for s, _ in found(DATES, "screenshots saved (dates 9/1, 14/1, 15/1)")] == ["9/1", "14/1", "15/1"]


@pytest.mark.parametrize("text,dates", [
    ("his new EHCP meeting is on\nthe 20th?? can you come?", ["20th"]),
    ("see you Tues 22nd at 10, or Friday the 13th", ["Tues 22nd", "Friday the 13th"]),
    ("send it back by the 14th.", ["14th"]),
    ("the letter from er the fifteenth of\nOctober I think", ["fifteenth of\nOctober"]),
    ("Panel is March the third, then the twenty-first of June.", ["March the third", "twenty-first of June"]),
], ids=["on-the-day", "weekday-and-day", "by-the-day", "said-in-words", "month-first-in-words"])
def test_a_day_alone_or_said_in_words_is_a_date(text, dates):
    assert [s for s, _ in found(DATES, text)] == dates


@pytest.mark.parametrize("text", ["for the 3rd time", "on the 5th floor", "in the 20th century",
                                  "her 5th birthday", "first of all, in May", "the second March meeting"])
def test_ordinals_that_are_no_day_are_no_date(text):
    assert found(DATES, text) == []


@pytest.mark.parametrize("text,dates", [
    ("she thinks it's the 10th – i've told her it's the 8th).", ["10th", "8th"]),
    ("4.00 - training prep for 15th with NQ", ["15th"]),
    ("home visit today the seventh of April twenty twenty five to mum", ["seventh of April twenty twenty five"]),
    ("cc Mrs Gill by Friday eleventh April full stop", ["Friday eleventh April"]),
], ids=["its-the-day", "for-a-day", "a-year-in-words", "weekday-day-month-in-words"])
def test_more_ways_of_writing_a_day(text, dates):
    assert [s for s, _ in found(DATES, text)] == dates


@pytest.mark.parametrize("text", ["he is the 3rd child", "for the 2nd year running"])
def test_an_ordinal_before_a_noun_is_no_day(text):
    assert found(DATES, text) == []


def test_the_first_day_of_a_range_and_a_month_said_in_lower_case():
    assert [s for s, _ in found(DATES, "suspended for 3 days (Weds 5 - Fri 7 March 2025)")] == \
        ["Weds 5", "Fri 7 March 2025"]
    assert [s for s, _ in found(DATES, "it was supposed to be the [fifth of march?] today")] == ["fifth of march"]


def test_a_date_written_with_spaces_after_its_stops():
    assert [s for s, _ in found(DATES, "Rotherham, 3. 3. 2025\n\nVážená pani")] == ["3. 3. 2025"]
    assert found(DATES, "see sections 3. 3. 20 and 4") == []
