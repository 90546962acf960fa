"""CaseRefRecognizer: tribunal, LA and service case references."""

import pytest

from redactor.detect.recognizers.case_ref import CaseRefRecognizer
from redactor.types import CASE_REF

THRESHOLD = 0.4
RECOGNIZER = CaseRefRecognizer()


def found(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every result the pipeline would keep."""
    results = RECOGNIZER.analyze(text, RECOGNIZER.supported_entities)
    return sorted((r.start, r.end, r.score) for r in results if r.score >= THRESHOLD)


POSITIVES = [
    pytest.param("The appeal EH372/25/00412 was lodged.", "EH372/25/00412", id="send-tribunal"),
    pytest.param("EH372/25/00412 hearing bundle", "EH372/25/00412", id="tribunal-line-start"),
    pytest.param("LA ref: RMBC/EHC/2024/0173", "RMBC/EHC/2024/0173", id="la-ref-table-cell"),
    pytest.param("Our file RMBC/EHC/2024/0173.", "RMBC/EHC/2024/0173", id="la-ref-no-cue"),
    pytest.param("(SIAS-2025-0412)", "SIAS-2025-0412", id="service-ref-brackets"),
    pytest.param("See case no. 41873 for details.", "41873", id="case-no"),
    pytest.param("Case number: 41873", "41873", id="case-number-colon"),
    pytest.param("our ref: 2025/0412", "2025/0412", id="our-ref"),
    pytest.param("Please quote ref 12345/AB.", "12345/AB", id="ref-sentence-end"),
    pytest.param("Appeal no. 2025-0041 was registered", "2025-0041", id="appeal-no"),
    pytest.param("Tribunal ref: 00412/25", "00412/25", id="tribunal-ref"),
    pytest.param("EHCP no: 2024/173", "2024/173", id="ehcp-no"),
]


@pytest.mark.parametrize("text, span", POSITIVES)
def test_finds_case_ref(text, span):
    start = text.index(span)
    hits = found(text)
    assert [(s, e) for s, e, _ in hits] == [(start, start + len(span))]
    assert hits[0][2] >= 0.85


NEGATIVES = [
    pytest.param("The EHCP was finalised; SEN Support before that.", id="ehcp-sen-support"),
    pytest.param("Under section 42 of the Children and Families Act 2014.", id="section-act"),
    pytest.param("In Year 6 (2024-2025) at 10:30, £1,250, 25%, page 12.", id="ordinary-numbers"),
    pytest.param("With reference to the 2015 Code of Practice.", id="reference-to"),
    pytest.param("Case no. 2025 was discussed.", id="cue-then-year"),
    pytest.param("Ref: 12/03/2025", id="cue-then-date"),
    pytest.param("The 12345/AB and 2025/0412 codes.", id="weak-shape-no-cue"),
    pytest.param("COVID-19 closures and KS2/KS3 transition.", id="acronyms"),
    pytest.param("In case 2 fails, preferred 2025.", id="case-word-alone"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_non_ref_text(text):
    assert found(text) == []


def test_declares_entity_and_language():
    assert RECOGNIZER.supported_entities == [CASE_REF]
    assert RECOGNIZER.supported_language == "en"


@pytest.mark.parametrize("text,expected", [
    ("**EHCP ref:** 372/EHC/0198\n", "372/EHC/0198"),
    ("SW Marcus Osei (LCS ID 2084571)", "2084571"),
    ("an application (no. 36110/97) against", "36110/97"),
], ids=["markdown-bold-cue", "social-care-id", "application-no"])
def test_references_after_newer_cues(text, expected):
    found = [text[r.start:r.end] for r in CaseRefRecognizer().analyze(text, ["CASE_REF"])]
    assert found == [expected]


@pytest.mark.parametrize("text", ["we had no. 12 in the queue", "the No. 105 bus"],
                         ids=["short-number", "bus-route"])
def test_no_dot_alone_is_not_a_reference(text):
    assert CaseRefRecognizer().analyze(text, ["CASE_REF"]) == []


LABELLED = [
    ("mrn", "MRN: RC4471093    Hospital no. K0512877", ["RC4471093", "K0512877"]),
    ("hospital-number-in-brackets", "ADHD (Rotherham Hospital, hospital no. RH0448213) and", ["RH0448213"]),
    ("table-cell", "| Centre number | 38421 |", ["38421"]),
    ("candidate", "Pearson candidate no: 7719", ["7719"]),
    ("professional-registration", "Dr Moyo, HCPC PYL034417; GMC No. 7O12345", ["PYL034417", "7O12345"]),
    ("exported-by", "Exported by kbrampton 18/03/2024 08:02", ["kbrampton"]),
    ("printed-on-by", "Printed: 02/10/2023 by hwheatley", ["hwheatley"]),
    ("run-by-colon", "Report: OPEN_CASES  |  Run by: jbeever  |  Run: 2025-04-02", ["jbeever"]),
    ("hosp-no", "NHS No: 866 210 5815    Hosp No: RK4471093", ["RK4471093"]),
    ("police-collar-number", "Police (PC Jenkinson, DA unit, collar 2291) have", ["2291"]),
    ("system-case", "Plan owner: Social Worker. LCS case F-0101842. Printed", ["F-0101842"]),
    ("number-is", "Jayden's LAC number is 889034; my student ID is NC240117", ["889034", "NC240117"]),
    ("manager-user-name", "| Team: SEND East | Manager: mkhan2\n", ["mkhan2"]),
    ("interpreter-register", "Interpreter: Ionela Dragomir, NRPSI no. 19874", ["19874"]),
    ("certificate-number", "family on LA certificate no. 2418HD7731Q - check scope", ["2418HD7731Q"]),
    ("number-alone-in-a-table-cell", "Ravensfield School (Y9)\n\n1190441\n\nDominik", ["1190441"]),
    ("staff-code", "hours logged under staff code W207 on the system", ["W207"]),
    ("force-letters-before-a-crime-number", "reported it (crime ref WYP 22/41907/25) that week", ["WYP 22/41907/25"]),
    ("spaced-parts-after-a-label", "Pathway ref:\n   KDP 24 / 3381.\nur ref TB2 - 24 - 0917\n"
     "Our ref: ATT/MB/2024/ 00412\nHearing ID: 7730 1184 52.", ["KDP 24 / 3381", "TB2 - 24 - 0917",
                                                               "ATT/MB/2024/ 00412", "7730 1184 52"]),
    ("a-reference-then-a-date", "our ref 4471 on 23 March", ["4471"]),
]


@pytest.mark.parametrize("text,values", [r[1:] for r in LABELLED], ids=[r[0] for r in LABELLED])
def test_any_code_behind_a_label_is_a_reference(text, values):
    recognizer = CaseRefRecognizer()
    hits = {text[r.start:r.end] for r in recognizer.analyze(text, ["CASE_REF"]) if r.score >= 0.4}
    assert hits == set(values)


@pytest.mark.parametrize("text", ["printed by hand", "The hospital is open on Mondays.",
                                  "the student said 3 things", "created by the SENCO",
                                  "Manager: head of year", "the staff code of conduct"])
def test_ordinary_words_after_such_labels_are_not(text):
    assert [r for r in CaseRefRecognizer().analyze(text, ["CASE_REF"]) if r.score >= 0.4] == []


def test_a_reference_at_the_end_of_a_path_is_found():
    from redactor.detect.recognizers.case_ref import CaseRefRecognizer
    recognizer = CaseRefRecognizer()
    text = "saved on shared drive /Cases/2025/SIA-25-0301 and RMBC/EHC/2024/0173"
    spans = sorted(text[r.start:r.end] for r in recognizer.analyze(text, recognizer.supported_entities))
    assert spans == ["RMBC/EHC/2024/0173", "SIA-25-0301"]


def test_an_interpreter_number_and_a_second_reference_with_digits_in_its_first_part():
    from redactor.detect.recognizers.case_ref import CaseRefRecognizer
    recognizer = CaseRefRecognizer()
    text = "Your ref: EHC-2019-0133 / PT25-SEC-044\n(interpreter no. 4471). Gave him IS's card.\n13.05  RI  rang"
    spans = sorted(text[r.start:r.end] for r in recognizer.analyze(text, recognizer.supported_entities))
    assert spans == ["4471", "EHC-2019-0133", "PT25-SEC-044"]


def test_numbers_after_case_practice_charity_police_and_card_cues():
    from redactor.detect.recognizers.case_ref import CaseRefRecognizer
    recognizer = CaseRefRecognizer()
    text = ("scanned to case 25-0702, allocated. Practice code: C87654\nNRPSI reg. no. 18342\n"
            "Registered charity no. 1187654\nOfficer:  PCSO 7731 HINCHLIFFE\ngave on the form ending ...4471.\n"
            "In case 1 we saw. the year ending 2025.")
    spans = sorted(text[r.start:r.end] for r in recognizer.analyze(text, recognizer.supported_entities))
    assert spans == ["1187654", "18342", "25-0702", "4471", "7731", "C87654"]
