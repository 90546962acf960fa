"""redactor.replace.dates: dates are parsed with their written form, shifted and generalised."""

import pytest

from redactor.replace.dates import generalise_date, parse_date, shift_date

SHIFTS = [
    pytest.param("Tuesday 4th March", 14, "Tuesday 18th March", id="weekday-ordinal-no-year"),
    pytest.param("03/03/2025", -7, "24/02/2025", id="slashes-padded-back"),
    pytest.param("3/3/25", -3, "28/2/25", id="slashes-unpadded-short-year"),
    pytest.param("3.3.25", 7, "10.3.25", id="dots"),
    pytest.param("03-03-2025", 28, "31-03-2025", id="hyphens"),
    pytest.param("2025-03-03", -7, "2025-02-24", id="iso"),
    pytest.param("3 March 2025", 7, "10 March 2025", id="day-month-year"),
    pytest.param("3rd March 2025", 14, "17th March 2025", id="ordinal"),
    pytest.param("3rd of March 2025", -14, "17th of February 2025", id="ordinal-of"),
    pytest.param("March 3rd 2025", 7, "March 10th 2025", id="month-first"),
    pytest.param("Tuesday, March 4th, 2025", 7, "Tuesday, March 11th, 2025",
                 id="month-first-weekday-commas"),
    pytest.param("March 3, 2025", 1, "March 4, 2025", id="month-first-plain"),
    pytest.param("Tuesday the 4th of March", 7, "Tuesday the 11th of March", id="the-of"),
    pytest.param("4th March", 28, "1st April", id="ordinal-suffix-changes"),
    pytest.param("21st May", 1, "22nd May", id="suffix-nd"),
    pytest.param("22nd May", 1, "23rd May", id="suffix-rd"),
    pytest.param("10th May", 1, "11th May", id="suffix-eleventh"),
    pytest.param("4 Mar 25", 30, "3 Apr 25", id="abbrev-short-year"),
    pytest.param("Sept 2nd", 30, "Oct 2nd", id="sept-to-abbrev"),
    pytest.param("Sept 2nd", 7, "Sept 9th", id="sept-kept"),
    pytest.param("14 JULY 2025", 7, "21 JULY 2025", id="upper-case"),
    pytest.param("TUESDAY 4TH MARCH", 35, "TUESDAY 8TH APRIL", id="upper-case-changes"),
    pytest.param("tuesday 4th march", 28, "tuesday 1st april", id="lower-case"),
    pytest.param("Tuesday 4th March 2025", 1, "Wednesday 5th March 2025",
                 id="weekday-computed-from-year"),
    pytest.param("Tuesday 4th March", 1, "Wednesday 5th March", id="weekday-computed-no-year"),
    pytest.param("Tues 4 March", 2, "Thurs 6 March", id="long-weekday-abbrev"),
    pytest.param("Tue 4 March", 2, "Thu 6 March", id="short-weekday-abbrev"),
    pytest.param("3/3/2025", 30, "2/4/2025", id="unpadded-stays-unpadded"),
    pytest.param("13/12/2025", -10, "03/12/2025", id="two-digit-fields-pad"),
    pytest.param("31/12/2024", 1, "01/01/2025", id="year-rolls-over"),
    pytest.param("31/12/99", 1, "01/01/00", id="century-rolls-over"),
    pytest.param("31 December", 1, "1 January", id="no-year-rolls-over"),
    pytest.param("28/02/2024", 1, "29/02/2024", id="leap-year"),
    pytest.param("28 February", 1, "1 March", id="no-year-non-leap-reference"),
    pytest.param("29 February", 7, "7 March", id="no-year-leap-day"),
    pytest.param("03-Mar-2025", 7, "10-Mar-2025", id="day-abbrev-hyphens"),
    pytest.param(" 03/03/2025 ", 7, " 10/03/2025 ", id="surrounding-space-kept"),
    # a date and its time of day (a call log's "Received"): the date moves, the time is kept
    pytest.param("15/09/2025 10:07", 7, "22/09/2025 10:07", id="time-after-kept"),
    pytest.param("3 March at 2.30pm", 1, "4 March at 2.30pm", id="time-after-at-kept"),
    pytest.param("2025-09-15T10:07", -15, "2025-08-31T10:07", id="iso-time-kept"),
]


@pytest.mark.parametrize("text, days, expected", SHIFTS)
def test_shift_keeps_the_written_form(text, days, expected):
    assert shift_date(text, days) == expected


NOT_DATES = [
    pytest.param("March 2025", id="month-year"),
    pytest.param("2025", id="year"),
    pytest.param("Year 6", id="year-group"),
    pytest.param("10:30", id="time"),
    pytest.param("the 3rd", id="ordinal-alone"),
    pytest.param("3/4", id="fraction"),
    pytest.param("12/20", id="score"),
    pytest.param("31/02/2025", id="no-31-february"),
    pytest.param("29/02/2025", id="no-leap-day-2025"),
    pytest.param("13/13/2025", id="month-13"),
    pytest.param("00/03/2025", id="day-0"),
    pytest.param("1.2.3", id="section-number"),
    pytest.param("3/3/1234", id="implausible-year"),
    pytest.param("March 3", id="month-first-bare"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert parse_date(text) is None
    assert shift_date(text, 7) is None
    assert generalise_date(text) == ""


FORMS = [
    # text, (day, month, year, weekday), order, month_form, day_padded, month_padded,
    # ordinal, year_digits, of
    pytest.param("03/03/2025", (3, 3, 2025, None), "DMY", "number", True, True, False, 4, False,
                 id="slashes"),
    pytest.param("3.3.98", (3, 3, 1998, None), "DMY", "number", False, False, False, 2, False,
                 id="dots-last-century"),
    pytest.param("2025-03-03", (3, 3, 2025, None), "YMD", "number", True, True, False, 4, False,
                 id="iso"),
    pytest.param("Tuesday the 4th of March", (4, 3, None, 1), "DM", "name", False, False, True,
                 None, True, id="weekday-the-of"),
    pytest.param("Sept 2nd", (2, 9, None, None), "MD", "abbrev", False, False, True, None, False,
                 id="sept"),
    pytest.param("4 Mar 25", (4, 3, 2025, None), "DMY", "abbrev", False, False, False, 2, False,
                 id="abbrev-short-year"),
    pytest.param("March 3rd, 2025", (3, 3, 2025, None), "MDY", "name", False, False, True, 4,
                 False, id="month-first"),
]


@pytest.mark.parametrize(
    "text, value, order, month_form, day_padded, month_padded, ordinal, year_digits, of", FORMS)
def test_parse_records_the_form(text, value, order, month_form, day_padded, month_padded,
                                ordinal, year_digits, of):
    parsed = parse_date(text)
    assert (parsed.day, parsed.month, parsed.year, parsed.weekday) == value
    assert parsed.order == order
    assert parsed.month_form == month_form
    assert (parsed.day_padded, parsed.month_padded) == (day_padded, month_padded)
    assert parsed.ordinal is ordinal
    assert parsed.year_digits == year_digits
    assert parsed.of is of
    assert parsed.has_weekday is (value[3] is not None)
    assert "".join(t for _, t in parsed.parts) == text


GENERALISED = [
    pytest.param("03/03/2025", "March 2025", id="numeric"),
    pytest.param("3.3.98", "March 1998", id="short-year"),
    pytest.param("Tuesday 4th March", "March", id="no-year"),
    pytest.param("Sept 2nd", "September", id="abbrev-no-year"),
    pytest.param("4 MAR 25", "March 2025", id="upper-abbrev"),
]


@pytest.mark.parametrize("text, expected", GENERALISED)
def test_generalise_to_month_and_year(text, expected):
    assert generalise_date(text) == expected


def test_shift_round_trips():
    for text in ("Tuesday 4th March", "03/03/2025", "4 Mar 25", "2025-03-03", "3rd of May"):
        assert shift_date(shift_date(text, 14), -14) == text
