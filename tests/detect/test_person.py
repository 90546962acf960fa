"""PERSON through the real engine (NER, titles, role cues, gazetteers), and the SEND vocabulary
that must not be taken for a name. Each row: text, what must (or must not) be redacted."""

import re

import pytest

from tests.detect.conftest import covered

PERSONS = [
    ("ner-full-name", "Kacper Nowak is in Year 6 and loves football.", ["Kacper Nowak"]),
    ("title-surname", "We met Mrs Begum and Dr. Okafor after school.", ["Begum", "Okafor"]),
    ("role-cue-lowercase", "spoke w/ mum (sarah) re transport", ["sarah"]),
    ("role-cue-after", "Present: Lee (dad), the SENCO and the EP.", ["Lee"]),
    ("gazetteer-roma-name", "Dominik and his sister Sabina walk to school together.", ["Dominik", "Sabina"]),
    ("all-caps", "CHILD: KACPER NOWAK", ["KACPER NOWAK"]),
    ("hyphenated-first-name", "Lacey-Mae Turner is settling in.", ["Lacey-Mae Turner"]),
    ("apostrophe-surname", "Mr O'Neill rang the office.", ["O'Neill"]),
    ("ambiguous-name-mid-sentence", "Staff said Hope enjoyed the trip.", ["Hope"]),
    ("ambiguous-name-in-markdown-bold", "She lives with her sister **Hope** (4).", ["Hope"]),
    ("lowercase-title", "spoke to mrs begum again, then dr okafor rang", ["begum", "okafor"]),
    ("title-and-initial", "Mrs B agreed; mrs b will bring the letter.", ["B", "b"]),
    ("lowercase-first-and-surname", "ryan horvath came in with his nan", ["ryan horvath"]),
    ("lowercase-ordinary-word-name-with-cue", "09.10  will (dad) re son oscar", ["will"]),
    ("lowercase-ordinary-word-name-then-surname", "faith mensah (foster carer) rang", ["faith mensah"]),
    ("hyphenated-known-part", "Tayla-Rose Hirst, 8, lives with her nan.", ["Tayla-Rose"]),
    ("initials-in-running-text", "The TA says KN was upset; (LM) to chase.", ["KN", "LM"]),
    ("quoted-nickname", 'Ibrahim Khan, known as "Ibby" to friends.', ["Ibby"]),
    ("month-first-name-with-surname", "Other: June Ashby (paternal grandmother) rang.", ["June Ashby"]),
    ("month-first-name-with-role", "09:05  May Oduya (SENCO, Cherrytree Lane) called.", ["May Oduya"]),
    ("family-form-of-address", "Present: Nana Pat and Uncle Tez.", ["Pat", "Tez"]),
    # a scanned letter: OCR reads 1 for l, 0 for O and l for I, and keeps a name broken at a line end
    ("scanned-digits-for-letters", "clinic today with her mother, Mrs Danie11e Ecclesfield.", ["Danie11e"]),
    ("scanned-zero-for-o", "Her SENCO, Mrs Heather 0'Connell, knows.", ["0'Connell"]),
    ("scanned-one-in-surname", "Educational Psychologist (Dr Tariq Ma1ik) in the", ["Ma1ik"]),
    ("scanned-l-for-capital-i", "Re: lsla Brown, seen today.", ["lsla"]),
    ("scanned-broken-hyphenated-surname", "Yours sincerely\n\nDr Adaeze Hughes-\nWhitaker", ["Hughes-\nWhitaker"]),
    ("scanned-broken-surname", "with her mother, Mrs Dawn Eccles-\nfield, and", ["Eccles-\nfield"]),
    # names that only their place gives away (issue 10, outside-3)
    ("initial-and-surname", "Report from Dr R. Okonjo and a letter from T. Hargreave.", ["R. Okonjo", "T. Hargreave"]),
    ("title-initial-surname", "Mrs K Bishop rang about the bus.", ["K Bishop"]),
    ("first-name-and-initial", "in one case the child - Milan K., Y4 - was sent home", ["Milan K."]),
    ("title-and-month-name", "Please thank Miss April for the chart; miss june said yes.", ["April", "june"]),
    ("relation-and-unknown-name", "I sit with my friend Tavi at lunch.", ["Tavi"]),
    ("colleague-month-name", "Ring me or my colleague June.", ["June"]),
    ("daughter-month-name", "asking re SEN support - daughter April (Y2) not talking", ["April"]),
    ("quoted-reply-header", "> On 2 May 2025, at 09:10, Brookes, Carl <carl.b@x.local> wrote:", ["Brookes, Carl"]),
    ("initial-above-signature", "Shall I reply?\n\nR\n\nRuth Kenyon\nAdvice Officer", ["R"]),
    ("lower-case-sign-off", "he cant walk that far on his own.\n\nkez x\n", ["kez"]),
    ("initial-and-place-surname", "Yours sincerely\n\nR. Denaby\nSEN Officer", ["R. Denaby"]),
    ("nickname-field", "Name: Ruby-Mae HATFIELD    Known as: Rubes\nDOB: 21/07/2022", ["Rubes"]),
    ("name-field", "**Name:** Mirela Dunn  \n**Age:** 15", ["Mirela Dunn"]),
    ("surname-first-field", "Page 2 of 2\nPt: HOLROYD, Kian  K0011223", ["HOLROYD, Kian"]),
    ("staff-initials-listed", "Duty officers: Mon XB, Tue QL (pm)\nHelpline", ["XB", "QL"]),
    ("log-line-initials", "10.40  QL  Rang mum back re transport.", ["QL"]),
    ("team-initials-in-brackets", "on behalf of the team (XB, QL, ZT). Data", ["XB", "QL", "ZT"]),
    ("lower-case-name-after-relation", "my fella tez cant keep leaving work, baby sister mia is poorly", ["tez", "mia"]),
    ("listed-name-that-is-a-word-before-a-verb", "his nan pat has got the paed letter; dad frank said no",
     ["pat", "frank"]),
    ("initials-of-who-reviewed", "Handout version 2.1 - reviewed by JB / SA. Next review Feb 2026.", ["JB", "SA"]),
    ("form-label-cell-then-name", "Section 1\n\nChild's name\n\nHope Bright\n\nDate of birth", ["Hope Bright"]),
    ("mixed-case-staff-initials", "Duty: Mon/Tue QR, Wed HMcB, Thu TO\n14:00 C   Rang back. [HMcB -> QR]",
     ["HMcB", "TO"]),
    ("chat-display-names", "14/10/2024, 18:55 - Kel Marsh: so update\n19/10/2024, 21:02 - Marta K: ok",
     ["Kel Marsh", "Marta K"]),
    ("log-caller-with-a-month-name", "Wed 16/10\n08:55 E   April Moss: Harvey had a meltdown", ["April Moss"]),
    ("first-name-and-surname-in-capitals", "To the parent/carer of:\nMason MARSH  (Year 10)", ["Mason MARSH"]),
    ("month-name-after-a-relation", "a meeting with mum and his nan, June Brampley. Our records", ["June Brampley"]),
    ("signed-off-initials", "agreed with mum on the phone 31/01/2025. KAM\n\nNew word in ages. G\n", ["KAM", "G"]),
    ("initial-after-thanks", "thanks T. write it up tonight if you can", ["T"]),
    ("staff-initials-listed-in-prose", "Prepared by D. Skelby with input from LB, TM, KAM and SK.\n", ["LB", "TM", "KAM", "SK"]),
    ("log-line-user", "15/10/2024 11:30  tmahmood   Type: Phone (in)   Dur: 5", ["tmahmood"]),
    ("surname-in-capitals-first", "DRAFT Plan   |   WROBEL, Oskar   |   EHC ref", ["WROBEL, Oskar"]),
    ("hyphenated-initials", "*Prepared by: K-A Marsh. Please do not share", ["K-A Marsh"]),
    ("time-stamped-speaker-line", "23/01/2025 15:50  Dawn Skelby\nthanks", ["Dawn Skelby"]),
    ("first-name-that-is-a-word-and-initial", "Speech report attached. Joy K\nHome: rang.", ["Joy K"]),
    ("short-form-and-place-surname", "LA SEN officer .: Becky Stainton, SEN Assessment Team", ["Becky Stainton"]),
    ("title-that-is-a-surname", "Dear Mrs Sheikh\n\nApplicant(s):   Mrs Farida\nSheikh and Mr Imran Sheikh",
     ["Sheikh", "Farida\nSheikh", "Imran Sheikh"]),
    ("relation-then-name-in-brackets", "his mam dont live with us. his nan (carol)\nhelps", ["carol"]),
    # the safety net: a capitalised word mid-sentence that no dictionary knows
    ("safety-net-unknown-word", "After the meeting we spoke to Vrendle about the bus pass.", ["Vrendle"]),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in PERSONS], ids=[r[0] for r in PERSONS])
def test_person_found(detector, text, expected):
    for name in expected:
        assert covered(detector, text, name), "a name was not redacted"


KEEP = [
    ("send-vocabulary", "The SENCO asked the Educational Psychologist and CAMHS for advice on the EHCP.",
     ["SENCO", "Educational Psychologist", "CAMHS", "EHCP"]),
    ("law-and-tribunal", "Under the Children and Families Act 2014 the First-tier Tribunal can order it.",
     ["Children and Families Act 2014", "First-tier Tribunal"]),
    ("local-authority", "Rotherham SENDIASS supports families across Rotherham.", ["Rotherham"]),
    ("ordinary-words", "We hope the plan will work in May.", ["hope", "will", "May"]),
    ("year-group", "She moved up to Year 6 in September.", ["Year 6", "September"]),
    ("heading-words", "HOW THE FAMILY CAME TO US\n\nBACKGROUND", ["US", "BACKGROUND"]),
    ("countries-and-languages", "Dad came over from Poland and speaks Polish and Urdu.", ["Poland", "Urdu"]),
    ("signature-block", "Mrs Greaves\nHeadteacher\nHollowgate Primary Academy", ["Headteacher"]),
    ("initials-that-are-abbreviations", "The EP and the TA met the GP.", ["EP", "TA", "GP"]),
    ("phrase-containing-a-name-word", "By the end of the Summer term attendance was 61%.", ["Summer term"]),
    ("month-and-miss-as-words", "I will miss June and May half terms.", ["June", "May"]),
    ("condition-eponyms", "He has Angelman syndrome (AS); PWS is different.", ["Angelman syndrome", "PWS"]),
    ("days-of-a-journey", "The bus runs from Monday to Friday.", ["Monday", "Friday"]),
    ("words-after-relations", "my sister works nights and my son loves school", ["works", "loves"]),
    ("words-after-relations-that-are-names", "my mum will ring you and my sister may be there",
     ["will", "may"]),
    ("roles-after-by", "Plan agreed by LA and checked by HT.", ["LA", "HT"]),
    ("abbreviations-listed-in-prose", "We met the EP, SENCO, LA and SW. The EHCP was agreed. OK\n", ["EP", "LA", "SW", "OK"]),
    ("a-header-that-names-a-role", "Ref,Child name,DOB,Setting,Parent/carer,Officer", ["Setting"]),
    ("headings-before-a-colon", "Subject: transport\nOutcome: agreed\nApril: a quiet month", ["Outcome", "April"]),
    ("a-month-before-a-time", "Rang April 10:00 to book.", []),
    ("title-case-phrases", "such that the Copyright Holder keeps control; see the Title Page.", ["Holder", "Page"]),
    ("derived-words-are-words", "The Licensor offers Warranty Disclaimers to Sublicensees.",
     ["Licensor", "Disclaimers"]),
    ("a-role-after-a-name-field", "REFERRER\nName: Sandra Coe, Health Visitor (SCPHN)        Team",
     ["Health Visitor"]),
    ("registration-bodies", "Highly Specialist Speech and Language Therapist, HCPC SL041877", ["HCPC"]),
    ("safety-net-leaves-words-and-headings", "Background And Context\nThe Library is open; Ofsted came.",
     ["Background", "Library", "Ofsted"]),
]


@pytest.mark.parametrize("text,kept", [r[1:] for r in KEEP], ids=[r[0] for r in KEEP])
def test_generic_vocabulary_is_kept(detector, text, kept):
    for term in kept:
        assert not covered(detector, text, term), "a generic term was redacted"




LETTERS = [
    ("dear", "Dear Shantelle,\n\nThanks for your email.", ["Shantelle"]),
    ("sign-off-next-line", "Kind regards\nBronagh\nIAS Officer", ["Bronagh"]),
    ("cheers-same-line", "Speak soon.\nCheers, Oluwaseun", ["Oluwaseun"]),
]


@pytest.mark.parametrize("text,names", [r[1:] for r in LETTERS], ids=[r[0] for r in LETTERS])
def test_names_in_greetings_and_sign_offs(detector, text, names):
    for name in names:
        assert covered(detector, text, name), "a name in a letter was not redacted"


def test_generic_greetings_are_not_names(detector):
    text = "Dear Parent/Carer,\nRegards\nThe SEND Team"
    assert not [f for f in detector.detect(text) if f.type == "PERSON"]


PLACE_SURNAMES = [
    ("first-name", "09:40  Lee Hoyland (dad) asked about transport.", "Lee Hoyland"),
    ("first-name-that-is-a-word", "Dawn Maltby (mum) phoned about the EHCP.", "Dawn Maltby"),
    ("title", "Our attendance officer, Mrs June Cudworth, can send it.", "June Cudworth"),
    ("role-after", "Wombwell (dad) rang twice.", "Wombwell"),
]


@pytest.mark.parametrize("text,name", [r[1:] for r in PLACE_SURNAMES], ids=[r[0] for r in PLACE_SURNAMES])
def test_a_surname_that_is_a_place_makes_the_whole_name_a_person(detector, text, name):
    """Many local surnames are villages or suburbs: with a first name, a title or a role beside
    it, the whole name is one PERSON (never "Lee <some village>" with the first name in clear)."""
    start = text.index(name)
    (finding,) = [f for f in detector.detect(text) if f.start <= start < f.end]
    assert finding.type == "PERSON" and finding.start <= start and start + len(name) <= finding.end


def test_the_same_word_as_a_place_stays_a_place(detector):
    text = "The bus goes through Hoyland and Wombwell; they live in Maltby."
    assert {text[f.start:f.end]: f.type for f in detector.detect(text)} == {
        "Hoyland": "LOCATION", "Wombwell": "LOCATION", "Maltby": "LOCATION"}


def test_ocr_like_words_that_are_not_names_are_left(detector):
    text = "Room 101, set l0, Year 10 and the B12 bus."
    assert [f for f in detector.detect(text) if f.type == "PERSON"] == []


def test_e_mail_headers_name_people_surname_first(detector):
    text = "From: Hellaby, Rob <r@council.example>\nTo: Grace Wickersley; Hellaby, Rob\n> Cc: Armthorpe, Frank\n"
    for name in ("Hellaby, Rob", "Armthorpe, Frank", "Grace Wickersley"):
        assert covered(detector, text, name), "a name in a header was not redacted"


def test_a_scanned_letter_is_also_read_with_its_confusions_undone(detector):
    """OCR reads 1 for l or i and 0 for O in words, O for 0 in numbers: dates, names and cues
    are found as if typed (the offsets are the scan's own)."""
    text = "Re: Mas0n Edl1ngton   D0B: 22/O7/2017\nPanel on 4 Ju1y 2024.\ncc: Mrs Kath0ryn Bal1ey"
    for value in ("22/O7/2017", "4 Ju1y 2024", "Kath0ryn Bal1ey", "Edl1ngton"):
        assert covered(detector, text, value), "a scanned value was not redacted"


def test_a_scanned_letter_s_misread_ordinary_words_are_read_as_the_words_they_are(detector):
    """A misread word one of whose readings a dictionary knows is read so ("Specia1ist Teacher"
    is "Specialist", never "Speciaiist", which NER took for a name); a misread name is still
    found ("Gemma Ha11", "Mrs Ba1ley")."""
    text = ("PO Box 634, Barns1ey S70 9GG\nRequest for an Education, Hea1th and Care Needs Assessment\n"
            "We read the report from the Specia1ist Teacher and the Educationa1 Psycho1ogy Service. You "
            "may appea1 to the First-tier Tribuna1 (Specia1 Educationa1 Needs and Disabi1ity) unless the "
            "appea1 is only about the socia1 care or hea1th e1ements.\nP1ease contact your case officer "
            "Gemma Ha11 or Mrs Ba1ley.\n\nYours sincere1y\n")
    for word in ("Specia1ist", "Psycho1ogy", "Tribuna1", "Disabi1ity", "e1ements", "sincere1y",
                 "Barns1ey", "Hea1th"):
        assert not covered(detector, text, word), "a misread ordinary word was redacted"
    assert covered(detector, text, "Gemma Ha11") and covered(detector, text, "Ba1ley")


def test_a_table_says_what_its_cells_hold(detector):
    """A database export or a duty log names its columns: a person column's cells are names
    however they are written, a staff column's initials and user names too; a code in capitals
    in a caller column ("CB": call back) is not a name."""
    text = ("CaseRef|Opened|ChildYP|ParentCarer|Setting|Officer|Notes\n"
            "XY-25-0101|2025-01-06|harvey stones|Mrs N Chaudhry (mum)|Larkfield Primary|qbarraclough|ring back\n\n"
            "DATE  | BY | CALLER / YP                 | OUTCOME\n"
            "------+----+-----------------------------+--------\n"
            "10/03 | QW | Pav (Pavlina Horakova) (CB) | A - QW\n")
    for name in ("harvey stones", "N Chaudhry", "Larkfield Primary", "qbarraclough", "QW", "Pav",
                 "Pavlina Horakova"):
        assert covered(detector, text, name), "a cell was not redacted"
    assert not covered(detector, text, "CB") and not covered(detector, text, "ring back")


def test_a_system_s_who_did_it_column_holds_staff_and_its_header_cells_are_no_names(detector):
    """"LoggedBy", "Updated_By": a system's column of whoever did it holds staff initials; a
    header's cells are labels whatever NER makes of them ("Reg", a tutor group's column)."""
    text = ("RecordID,Logged,Student,Yr,Reg,Category,LoggedBy,Narrative,Updated_By\n"
            'PST-0047812,04/09/2024 08:41,"NOWICKI, Filip",9,9C2,SEND,DRO,"Arrived late.",KWA\n'
            'PST-0047830,04/09/2024 13:15,"SHEPHERD, William",7,7W1,Welfare,JLO,"Sat alone.",DRO\n')
    for value in ("DRO", "JLO", "KWA", "NOWICKI, Filip"):
        assert covered(detector, text, value), "a cell was not redacted"
    assert not covered(detector, text, "Reg") and not covered(detector, text, "LoggedBy")


def test_markdown_and_comma_separated_tables_are_read_by_their_header(detector):
    text = ("| # | Theme | No. of cases | Raised by |\n|---|-------|---|---|\n"
            "| 1 | Consultation responses | 4 | QR, DF |\n\n"
            "Ref,Child name,DOB,Setting,Officer\n"
            'R-1,"Kowalczyk, Zofia",03/04/2015,Larkfield Primary,bhollis\n')
    for value in ("QR", "DF", "Kowalczyk", "Zofia", "Larkfield Primary", "bhollis"):
        assert covered(detector, text, value), "a cell was not redacted"
    assert not covered(detector, text, "Consultation responses")


def test_places_no_list_knows_are_found_by_where_they_stand(detector):
    text = ("Address: 56 Greenfield Crescent, Thornwick, S64 3RA\n"
            "6 Orchard Rise\nHolme Carrow\nS61 5DU\n\n"
            "Chloe lives in Marbeck and gets the bus from Marbeck to Dearne Edge. The drop-in is at "
            "Wharnley family hub.")
    for place in ("Thornwick", "Holme Carrow", "Marbeck", "Dearne Edge", "Wharnley"):
        assert covered(detector, text, place), "a place was not redacted"


def test_placeholders_a_person_already_wrote_are_left_as_they_are(detector):
    text = ("Child A started at School X in Year 3. Mum B asked [Name] at the LA. Section F. Hollin "
            "Carr School is named.")
    for placeholder in ("Child A", "School X", "Mum B", "[Name]"):
        assert not covered(detector, text, placeholder), "a placeholder was redacted"
    assert not covered(detector, text, "F.")


def test_a_scanned_letter_s_misread_dates_codes_and_postcodes_are_found(detector):
    """OCR writes 0 for O at a word's start ("0ctober"), letters among a code's digits
    ("K4471O93") and l for 1 in a postcode ("S6l 7QB", "S65 lRT")."""
    text = ("Hatherby Child Deve1opment Centre, Unit 4, Canal Wharf Way  S6l 7QB\n"
            "Ju1y clinic. Seen on Monday 13 0ctober 2025.\nPt: Mason  Hosp No: K4471O93\n"
            "14 Gerrard Street\nThornwe1l Va1e\nS65 lRT\n")
    for value in ("S6l 7QB", "13 0ctober 2025", "K4471O93", "S65 lRT"):
        assert covered(detector, text, value), "a misread value was not redacted"


def test_a_forename_column_keeps_a_month_name_a_name(detector):
    text = "Ref|Surname|Forename|DOB\nSIS-25-0440|MOSS|April|2008-04-27\n"
    assert covered(detector, text, "April") and covered(detector, text, "MOSS")


# Found in a review of this stop's rules: each would have been a leak or an over-redaction.
REVIEWED_FOUND = [
    ("initials-next-to-a-role", "Present: Dad TW and Mum KN.", ["TW", "KN"]),
    ("a-note-in-square-brackets", "chase the LA [Sarah Brampley to call].", ["Sarah Brampley"]),
    ("lower-case-names-that-are-words", "spoke to sally from school, she said conor was upset", ["sally", "conor"]),
    ("a-surname-that-is-an-app", "Chloe Messenger is in Year 5. Ms Messenger (mum) rang.", ["Messenger"]),
    ("a-nickname-in-brackets-after-a-role", "mum (Bubbles) rang today.", ["Bubbles"]),
]
REVIEWED_KEPT = [
    ("grades-and-answers", "Reading - B\nMaths - C\nHas an EHCP - YES\nNext review date - TBC\n", ["B", "YES", "TBC"]),
    ("form-labels", "Long Term Goals: to read\nHall: quiet\nCar Reg: none\n", ["Long Term Goals", "Hall"]),
    ("a-word-in-capitals-before-a-name", "URGENT, Grace please call.", ["URGENT"]),
    ("a-rating-after-a-name-word", "Attendance is Amber RAG rated", ["RAG"]),
    ("a-mark", "Mark A: 60%", ["Mark A"]),
    ("short-forms-that-are-words", "the Shell garage; did Trace and Colour activities", ["Shell", "Trace"]),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in REVIEWED_FOUND], ids=[r[0] for r in REVIEWED_FOUND])
def test_reviewed_names_are_found(detector, text, expected):
    for name in expected:
        assert covered(detector, text, name), "a name was not redacted"


@pytest.mark.parametrize("text,kept", [r[1:] for r in REVIEWED_KEPT], ids=[r[0] for r in REVIEWED_KEPT])
def test_reviewed_words_are_kept(detector, text, kept):
    for term in kept:
        assert not covered(detector, text, term), "an ordinary word was redacted"


# A month that is a first name, where only a person can be meant (outside-6's phone log).
MONTH_PEOPLE = [
    ("a-month-name-ringing", "Sam works nights so May ringing about the review.", ["May"]),
    ("rang-a-month-name-back", "13:45 OUT rang May back re chase letter", ["May"]),
    ("capitalised-verb", "10.00  GE  Rang April back - she prefers email.", ["April"]),
]
MONTHS_KEPT = [
    ("a-month-after-in", "In May said he would start the plan.", ["May"]),
    ("a-month-and-year-after-a-verb", "Call May 2025 list of reviews.", ["May"]),
    ("a-month-before-its-day", "rang June 12 about it.", ["June"]),
]




# From the seventh blind set's misses, each a class.
SEVENTH_FOUND = [
    ("initial-and-listed-surname-without-a-stop", "Pasted by: L Hartley (Advice Officer). Saved by C Whitworth.",
     ["L Hartley", "C Whitworth"]),
    ("a-month-name-after-a-title", "he sits in the corridor with Miss May (TA) a lot", ["May"]),
    ("a-month-name-with-an-initial-acting", "Meeting went ok (April L attended).", ["April L"]),
    ("first-name-and-initial-before-a-dash", "11.00 - Jade K - LA agreed", ["Jade K"]),
    ("first-name-and-dotted-initials", "chase LA re Maryam S.A. - EHCP", ["Maryam S.A."]),
    ("initials-after-with", "training prep for Friday with HB and cc JW", ["HB", "JW"]),
    ("lower-case-name-after-mum-then-surname", "home visit to mum kasha Lewandowska full stop", ["kasha Lewandowska"]),
    ("word-name-after-a-relation-then-surname", "my best mate will Dransfield is in my form", ["will Dransfield"]),
]
SEVENTH_KEPT = [
    ("a-band-letter", "5,200\ttop-up band C. hates the hall", ["C"]),
    ("an-abbreviation-before-its-noun", "wants to know about IR panel. sent guide", ["IR"]),
    ("a-job-title-after-a-name", "Prepared by: N. Qureshi, Senior Advice Officer, for the team", ["Senior Advice Officer"]),
    ("a-service-after-a-question-word", "5. Can the Virtual School pay for a taxi?", ["Virtual School"]),
    ("medicines", "Continue Sytron and Movicol as above.", ["Sytron", "Movicol"]),
    ("benefits", "mum is on UC and ESA now", ["UC", "ESA"]),
    ("a-typo-or-text-speak-after-mum", "pass this on to mum sensitively; mum dont drive", ["sensitively", "dont"]),
    ("a-year-group-after-a-name", "Tayla Y7 Hollin Edge Acad.", ["Y7"]),
]




# From the eighth blind set's misses, each a class.
EIGHTH_FOUND = [
    ("a-first-name-before-a-place-surname", "with your supporter, Bernie Stainton from Rotherham SENDIASS.",
     ["Bernie Stainton"]),
    ("a-name-that-is-a-word-acting", "Mon 13 Jan\nbad morning. Summer wouldnt put her uniform on", ["Summer"]),
    ("a-signed-label-then-the-name", "Signed\n\nJ Moss\n\nDate\n\n14/04/2025", ["J Moss"]),
    ("a-lower-case-school", "can he stay at coldwell common school if she drives", ["coldwell common school"]),
    ("a-user-name-after-entered-and-a-date", "[duty log - entered 02/04/2025 by bstainton]", ["bstainton"]),
    ("a-handle-without-its-at", "his snap is kaid_f1fan but dont add him yet", ["kaid_f1fan"]),
    ("numbers-after-their-labels", "conference ID 518 226 904#\nPAYE reference will be 120/RB48213\n"
     "Hosp No (MRN):  RCH4471920\nOfsted URN EY583214. (SRA number 801447)",
     ["518 226 904", "120/RB48213", "RCH4471920", "EY583214", "801447"]),
]
EIGHTH_KEPT = [
    ("a-section-letter-before-a-name", "- Kelly raised Section F. Harriet said the Hub is good.", ["Section F"]),
    ("a-name-word-used-as-a-word", "Hope you are well. Summer term starts soon.", ["Hope", "Summer term"]),
    ("a-handle-word-that-is-no-handle", "his snap is private", ["private"]),
    ("orders-and-classifications", "Referral Order, 9 months. GMFCS level V.", ["Referral Order", "GMFCS"]),
]




def test_a_survey_export_and_a_key_value_table_are_read_by_their_real_headers(detector):
    """A survey's header cells are questions ("How did you contact us", "Overall rating (1-5)"):
    its columns are still read, but a question is no column of names. A Markdown table whose
    header row is empty holds labels and values ("| Name | Tegan |"), not a header; a test's
    rows under "Area" are no places."""
    survey = ("Submitted,Respondent,Area,Officer (if known),Overall rating (1-5),How did you contact us,"
              "Happy for us to contact you?,Your contact details (optional)\n"
              "05/07/2025 16:33,Young person (16-25),Greave End,Kerry,5,Text/WhatsApp,Yes,insta\n")
    assert covered(detector, survey, "Greave End") and covered(detector, survey, "Kerry")
    assert not covered(detector, survey, "Text/WhatsApp") and not covered(detector, survey, "Yes")
    table = ("| | |\n|---|---|\n| Name | Tegan Shepherd |\n| School | Skelmoor CE Primary, Year 5 |\n\n"
             "| Area | Standard score |\n|---|---|\n| Verbal ability | 74 |\n| Word reading (WIAT-III) | 65 |\n")
    assert covered(detector, table, "Tegan Shepherd")
    for kept in ("School", "Verbal ability", "Word reading"):
        assert not covered(detector, table, kept), "a label was redacted"


NINTH_FOUND = [
    ("initials-acting-that-are-also-abbreviations", "working late on the bundle. RD acknowledged this. "
     "RD to write to April.", ["RD"]),
    ("initials-signing-an-entry", "Passed to LK for her return. IS\n\n", ["IS"]),
    ("initials-owning-an-action", "## 4. Actions\n\n1. RD - email the LA re contact\n", ["RD"]),
    ("a-nickname-the-allow-list-keeps-elsewhere", 'Goes by "Dari" at school and at home.', ["Dari"]),
    ("an-unlisted-first-name-and-initial", "Plan owner: SENCO  |  Mariyah I., Class 4B\n\nRuksana B\nsister ur not alone",
     ["Mariyah I.", "Ruksana B"]),
    ("an-initial-after-thanks-above-a-signature", "Thanks, R\n\nRachel Dyson\nService Lead", ["R"]),
    ("a-title-and-an-initial-with-a-diacritic", "cc: Mrs Ž. Balážová (parent) - by post", ["Ž. Balážová"]),
    ("a-lower-case-name-after-called", "a taxi with an escort a lady called pat she's lovely", ["pat"]),
]
NINTH_KEPT = [
    ("an-abbreviation-that-is-a-word-mid-sentence", "that is OK. The GP agreed. LA to write to mum.", ["is", "GP", "LA"]),
    ("school-after-a-preposition-and-ordinary-words", "meltdowns after school; referral via school", ["meltdowns", "via"]),
]

TENTH_FOUND = [
    ("an-initial-and-surname-without-a-space", "SENCO Mr Paget. N.Akhtar]", ["N.Akhtar"]),
    ("a-name-broken-across-a-quoted-line", "(present: you,\n>> Derek, Mrs Joanne\n>> Birkinshaw (EHC co-ordinator)",
     ["Joanne\n>> Birkinshaw"]),
    ("initials-after-initialled", "initialled:  1 ✓ JA   2 ✓ JA   3 ✓ JA/PK   4 __", ["JA", "PK"]),
    ("a-name-after-prepared-by-then-a-role", "Prepared by: Owain Rees, Trainee Solicitor, for the bundle", ["Owain Rees"]),
    ("a-setting-then-its-kind-in-lower-case", "It's Monday 10th at 9.30 at Saltersby Park school, with Mr Hurst",
     ["Saltersby Park school"]),
    ("a-letterhead-with-a-saint-and-a-dash", "ST HILDA'S CATHOLIC PRIMARY SCHOOL - TELEPHONE MESSAGES\n",
     ["ST HILDA'S CATHOLIC PRIMARY SCHOOL"]),
]
TENTH_KEPT = [
    ("a-role-after-a-name-field", "**Prepared by:** Tom Heeley, IAS Officer (user: theeley)", ["IAS Officer"]),
    ("ordinary-words-before-a-kind-in-lower-case", "I go to Sunday school. Jayden's school bag. Mainstream school.",
     ["Sunday school", "Mainstream school"]),
]
# Tables (a Word table's row is read as one line, its cells separated by tabs) and names
# with initials after them.
ELEVENTH_FOUND = [
    ("a-first-name-before-a-surname-with-initials", "Class teacher: Mr Aled Tomlinson A.T. 03/03/2025",
     ["Aled Tomlinson"]),
    ("a-label-cell-then-its-value-cell", "Child's name\tMason Lewis WHITAKER\n\nSigned\tJ Mossley\n\nDate\t14/04/2025",
     ["Mason Lewis WHITAKER", "J Mossley"]),
    ("initials-under-raised-by", "| # | Theme | Examples (case ref) | Raised by |\n|---|---|---|---|\n"
     "| 1 | Transport refusals | SI-24-0318 | SR, DF |\n", ["SR", "DF"]),
    ("a-name-before-its-role-in-a-who-cell", "Need\tAction\tWho\tBy when\tRAG\n"
     "Hearing\tAudiology referral\tZuzana Olahova (Family Support Worker, Slovak speaking)\t31/10/2024\tRed\n",
     ["Zuzana Olahova"]),
    ("a-setting-cell-with-a-note", "Name\tDOB\tSchool / setting\tLCS ID\n"
     "Nikolas Balaz\t02/05/2011\tThe Acorn Centre (pupil referral unit)\t1190441\n", ["The Acorn Centre", "1190441"]),
]
ELEVENTH_KEPT = [
    ("a-header-word-that-qualifies-another", "Section / para\tLA wording\tParents' wording\tComments\n"
     "B1\tEllie has autism.\tEllie needs a quiet playtime and tactile toys.\tAgreed\n", ["playtime", "tactile"]),
    ("a-rating-a-deadline-and-a-team", "Need\tAction\tWho\tBy when\tRAG\n"
     "Diabetes\tTraining\tClaire Broadhead, Paediatric Diabetes Team\tOngoing\tAmber\n",
     ["Paediatric Diabetes Team", "Ongoing", "Amber"]),
    ("a-forms-first-row-is-no-header", "Pupil name\tBianca Stoica\tYear / class\tYear 5\n\n"
     "SEN status\tSEN Support\tStart date\tMonday 3 March\n", ["SEN status", "Start date"]),
    ("a-data-row-that-looks-like-a-header", "Name\tRole\tOrganisation\tInitials\tAttended\n"
     "Ionut Munteanu\tFather\t-\t-\tApologies\nLisa Stenton\tMinutes\tHollowgate Academy\tLS\tYes\n", ["Minutes"]),
    ("subjects-under-area-and-in-school", "Area\tCurrent\tProgress\nReading\tage 6\tgood\nMaths\tage 7\tslow\n\n"
     "Medication\tWhen\tWho gives\tIn school\nKeppra\tmorning\tParent\tNone in school\n", ["Reading", "Maths", "None in school"]),
    ("a-kept-term-inside-a-longer-guess", "Pupil\tNeed\tIntervention\tStaff\nMason Aspinall\tSLCN\tTalk Boost KS1\tKim W\n",
     ["Talk Boost"]),
]

# Ranges, labels, brackets and places written by other hands (outside-11 and -12).
TWELFTH_FOUND = [
    ("ranges-of-days-sharing-a-month", "she is off 14-22/04, duty CC instead. Night 21-22/03 (waking). "
     "Next stay is 11-13 April. On leave 9–13 Dec so", ["14-22/04", "21-22/03", "11-13 April", "9–13 Dec"]),
    ("a-day-and-month-with-a-stop-and-a-week-commencing", "AR on 25.11 - family want. cb agreed for wk commencing 11th.",
     ["25.11", "11th"]),
    ("numbers-after-new-labels", "Agent login: bmoss\nSYP log 0007 of the night. (interp no 40271). "
     "i normaly do route 109 in the afternoons", ["bmoss", "0007", "40271", "109"]),
    ("a-user-name-in-quotes-after-its-label", 'a man on Snapchat (username "callz_x99"). her other one kee.x.l',
     ["callz_x99", "kee.x.l"]),
    ("initials-after-a-role-and-before-a-year-group", "Escalated to team leader (JMcC). Language Line booked.\n"
     "| 1 | SI-25-0388 | KT (mum) re TJT, Y4, Greasley |\n| 2 | Mrs Saleh re IS, Y2, Brackenthorpe |", ["JMcC", "TJT", "IS"]),
    ("a-nickname-in-quotes-and-a-display-name-in-quotes", "   Shelley 'Shell' Armitage\n"
     'Cc: "Pickering, Joanne" <j.pickering@school.example>', ["Shell", "Pickering, Joanne"]),
    ("names-with-initials-in-a-list", "In vehicle: 4 (Reece W, Alfie T, Precious A, Jayden R)\n"
     "| 2 | SI-25-0422 | Shazia A (newsletter Child A) |", ["Precious A", "Shazia A"]),
    ("a-street-abbreviated-and-a-locality-between-blank-lines", "home visit, 6 Chantry Cl | Mick to do\n\n"
     "14 Winding Wheel Way\n\nDenthorpe\n\nRotherham\n\nS63 8QZ", ["6 Chantry Cl", "Denthorpe"]),
    ("a-place-named-by-its-last-word", 'she was at "a mates in Scarrow Hill". centre near her home in Kelham '
     "Bridge. Outing to Ravensfield Country Park in the minibus", ["Scarrow Hill", "Kelham Bridge", "Ravensfield Country Park"]),
    ("a-college-in-a-capitals-heading-with-a-year", "DEARNESIDE COLLEGE – FULL-TIME APPLICATION 2025/26\n",
     ["DEARNESIDE COLLEGE"]),
    ("a-scanned-l-read-as-a-bar", "Please ask for: Craig Ho|royd\n\nDear Mrs Maughan,", ["Craig Ho|royd"]),
    ("a-setting-a-family-wants", "Mum wants Wexthorpe Park. Maybe he go to Carrbrook after Christmas.",
     ["Wexthorpe Park", "Carrbrook"]),
    ("dotted-initials-acting-with-no-full-name", "Class teacher: A.T. will send the plan home.", ["A.T."]),
    ("found-by-a-review-of-this-stop", "Frances rang the office. Her username is callz_x99 on Snapchat.\n"
     "Child\tSenco Initials\tParent\ntilly marsh\tGE\tdawn marsh\n", ["Frances", "callz_x99", "dawn marsh"]),
    ("a-titled-initial-and-surname-broken-at-a-line-end", "His neuro1ogist, Dr P.\n  Sengupta, has written",
     ["P.\n  Sengupta"]),
    ("a-setting-before-its-staff-role", "- Aldwick Park SENCO Debbie Kettle: 0114 496 0123\n", ["Aldwick Park"]),
    ("a-lower-case-first-name-before-her-titled-name", "about his 1 to 1. june (Mrs Pashley) was lovely", ["june"]),
    ("two-numbers-in-one-csv-cell", 'R1,Jo Bell,"07700 900123,07700 900456"\nR2,Al Dean,07700 900457,07700 900458\n',
     ["07700 900123", "07700 900456", "07700 900457", "07700 900458"]),
]
TWELFTH_KEPT = [
    ("times-scores-and-plans", "pick up has gone from 8.05 to 7.10. She scored 5-7/10. We chose Plan B, Plan C "
     "and Plan D.", ["8.05", "7.10", "5-7/10", "Plan B"]),
    ("what-kind-of-school-in-brackets", "Fernlea Hall School (indep) was named.", ["indep"]),
    ("what-a-child-wants-and-when", "He wants Lego on Fridays.", ["Lego", "Fridays"]),
    ("decimals-fractions-subjects-and-placement-words", "on 2.5mg melatonin, up by 1.6 years. achieved 3-4/6 "
     "targets. Timetable: PE Y4. we could only find one Special School place. he can't handle loud.noises. "
     "His surname is spelt wrong.", ["2.5mg", "1.6 years", "3-4/6", "PE", "Special School place", "loud.noises", "spelt"]),
    ("header-words-and-how-a-contact-was-made", "Name\tRole\tOrganisation\nDawn Skelby\tMum\t-\n\n"
     "Contact\tMethod\tBy\nEmma Stott\tPhone\tRI\n", ["Role", "Organisation", "Phone", "Method"]),
    ("roles-after-ordinary-words", "The head said no. Primary SENCO network. Debbie SENCO agreed.",
     ["The head", "Primary SENCO"]),
    ("shops-as-people-say-them-and-conditions-by-initials", "i was in tescos when she rang then specsavers. "
     "a boy with HFA and CVI", ["tescos", "specsavers", "HFA", "CVI"]),
    ("a-label-then-an-abbreviation", "Choose a user name e.g. your initials.", ["e.g"]),
    ("words-read-out-that-are-no-address", "it takes five Minutes down the road. We were at Rotherham General.",
     ["Minutes down the road", "Rotherham General"]),
]

THIRTEENTH_FOUND = [
    ("a-month-name-after-a-kin-word-or-doing-what-people-do", "- nanna June does tea on thursdays\n"
     "the form was hard. our April sorted it in the end", ["June", "April"]),
    ("initials-owning-an-action-in-a-letter-reference-and-signing-a-quote", "ACTION (RB): book the room.\n"
     "Dictated 02/02/2025  TW/hj  -  copy to file\nnote on file: parent to ring back  - GS\"\n"
     "rang her back, no answer -- lp\n", ["RB", "TW", "hj", "GS", "lp"]),
    ("a-first-name-ending-a-line-and-its-surname-the-next", "- and why has Kenzie\n  Oldroyd-Vasey not had the "
     "assessment yet", ["Kenzie\n  Oldroyd-Vasey"]),
    ("a-whole-name-in-lower-case-as-speech-to-text-writes-it", "yeah hi i'm ringing about kayden pashkov he's "
     "eight", ["kayden pashkov"]),
    ("a-lower-case-saint-school-and-a-quoted-line-break", "he goes to saint bedes catholic primary now.\n"
     "> Year 4 at St Wilfrid's Catholic\n>>> Primary, with an EHCP", ["saint bedes catholic primary",
                                                                        "St Wilfrid's Catholic\n>>> Primary"]),
    ("a-holiday-club-and-a-postcode-sector-asked-for", "Places at Brindle Holiday Club are full.\n"
     "Q3. First half of your postcode and the next digit:\n   DN9 4\n", ["Brindle Holiday Club", "DN9 4"]),
    ("codes-after-new-labels-and-a-registration-number", "Educational Psychologist, HCPC PY044127. exam "
     "candidate no. for exams: 5528. interpreting job no. 330912. Posted 04/04/2025 by group admin rkellett",
     ["PY044127", "5528", "330912", "rkellett"]),
    ("a-building-before-a-street-and-a-suite-in-a-business-centre", "The Old Co-op Hall, 4 Pit Lane, and "
     "Unit 2, Dearne Enterprise Centre, 11 Wharf Road", ["The Old Co-op Hall, 4 Pit Lane",
                                                          "Unit 2, Dearne Enterprise Centre, 11 Wharf Road"]),
    ("a-street-in-lower-case-and-days-alone", "the meeting is at the family hub on tinker street. can he stay on "
     "the 14th instead of the 21st? Today 3rd he was fine. letter sent 4/3", ["tinker street", "14th", "21st",
                                                                               "3rd", "4/3"]),
    ("a-scan-whose-digits-were-read-as-letters", "SENDlASS scan for the schooI.\nMum 07700 9OO213, dated "
     "O2/l1/2O24.", ["07700 9OO213", "O2/l1/2O24"]),
]

THIRTEENTH_KEPT = [
    ("months-roles-and-fractions-stay", "May was a busy month. The Ed Psych came. Outcome - NFA\n"
     "he got 3/4 on 2/3 of tests. The Youth Club is good. files saved on shared drive",
     ["May", "Ed Psych", "NFA", "3/4", "2/3", "Youth Club", "shared drive"]),
]

FOURTEENTH_FOUND = [
    ("initials-after-a-reference-in-a-table-row-and-closing-a-bracket", "EHC/25/0417\tRT, Year 8, Ings Lane\n"
     "[filed to case SIA-25-0880 - DW]", ["RT", "DW"]),
    ("a-reference-with-mc-initials-closing-markdown-italics", "_Advocate ID RMcD-1182._", ["RMcD-1182"]),
    ("a-studio-before-its-street-and-an-address-said-without-dots", "The Old Chapel Studio, 9 Kiln Lane\n"
     "[00:01:10] caller: its shaznay1989 at hotmail co uk", ["The Old Chapel Studio, 9 Kiln Lane",
                                                          "shaznay1989 at hotmail co uk"]),
    ("a-reference-read-out-in-lower-case", "[00:05:10] agent: your case reference will be sia 25 0311 ok",
     ["sia 25 0311"]),
    ("a-madrassa-named-after-its-kind", "MADRASSA NOOR-UL-HUDA\nHead teacher, Madrassa Noor-ul-Huda",
     ["MADRASSA NOOR-UL-HUDA", "Madrassa Noor-ul-Huda"]),
]

FIFTEENTH_FOUND = [
    ("names-written-surname-first-where-a-system-writes-people", "Conversation: Ormsby, Janine ; Malik, Tariq\n"
     "[14/10/2024 09:12] Ormsby, Janine\nmorning\nINC-0042\t03/10/2024\tHall, Jacob\tK372216002218\n",
     ["Ormsby, Janine", "Malik, Tariq", "Hall, Jacob"]),
    ("an-initial-after-a-label-and-a-couple-named-together", "Officer:        I Ashworth (taken by K Oates)\n"
     "Present: Cath & Pete Lowther, Noreen", ["I Ashworth", "Cath"]),
    ("a-transport-list-s-driver-and-passenger-assistant-columns", "Route,Driver,Passenger Assistant,Seq\n"
     "R14,Steve Hurst,Marlene Oxley,1\nR14,Steve Hurst,Marlene Oxley,2\n", ["Steve Hurst", "Marlene Oxley"]),
    ("a-month-name-that-is-one-of-the-family", "he has lived with me since our June could not cope.",
     ["June"]),
    ("a-user-name-with-a-stop-and-a-list-of-record-numbers", "Report\tRun by: hardcastle.j\tRun date: 14/10/2024\n"
     "LCS IDs:   1184552 / 1184553 / 1261907\n", ["hardcastle.j", "1184552", "1184553", "1261907"]),
    ("a-upn-whose-check-letter-is-wrong-and-an-ocr-postcode", "his school number is A372301402257.\n"
     "   S64 OJN\n", ["A372301402257", "S64 OJN"]),
    ("a-street-without-a-number-before-a-postcode-and-a-plot", "Learning Support, Kelsworth College, Station "
     "Approach, Kelsworth Bridge, DN12 4RT. They live off Hollinby Lane (Plot 6).", ["Station Approach", "Plot 6"]),
    ("initials-and-a-first-name-in-bold-and-a-name-said-in-lower-case", "**Hope M.** - her son Ellis\n"
     "return to full time as soon as possible. - H.M.\nnobody told me her name is bev i think",
     ["Hope M.", "H.M", "bev"]),
]

SIXTEENTH_FOUND = [
    ("an-export-whose-notes-hold-line-breaks-keeps-its-columns", "ContactID,Officer,Client,Notes,Mins\n"
     'C-204417,dlindley,Ivana Lakatosova,"Mum rang.\nWill ring school Mon.",25\n'
     'C-204452,iqureshi,Lyndsey Booth,"Email in.",10\n', ["C-204452", "iqureshi", "Lyndsey Booth"]),
    ("a-place-surname-after-a-title-and-an-unlisted-first-name-or-a-hyphenated-one",
     "EP advice from Dr Lucinda Marr dated 04/11. cc: Mrs Anne-Marie Crookes, Headteacher",
     ["Lucinda Marr", "Anne-Marie Crookes"]),
    ("a-school-in-capitals-with-an-ampersand", "HOLLYBANK JUNIOR & INFANT SCHOOL\n\nHollybank Road",
     ["HOLLYBANK JUNIOR & INFANT SCHOOL"]),
    ("a-lower-case-street-after-at-and-a-scanned-phone-in-groups", "we live on the site at longcroft lane now.\n"
     "Patr1ck is 8, Denwe11 ring me on O77OO 9OO 318 pIease", ["longcroft lane", "O77OO 9OO 318"]),
    ("a-letter-reference-with-spaces", "Prepared by: PV / tc   Hallam & Webb", ["PV", "tc"]),
    ("a-surname-the-allow-list-keeps-after-an-honorific", "Mrs Salt rang today.\nNeed|Who\n|---|---|\n"
     "|Speech|Mrs Salt|\n", ["Salt"]),
]

# Classes of outside-18 (scored blind first), each written here in other words than the set's.
SEVENTEENTH_FOUND = [
    ("a-handle-joined-by-underscores-in-a-chat-export",
     "Participants: shannonbriggs_x_mum2, SENDIASS\n\nshannonbriggs_x_mum2  04/05/2024 20:11\nhiya",
     ["shannonbriggs_x_mum2"]),
    ("a-lower-case-speaker-with-digits", "bev.holt77  04/05/2024 20:11\nhi is this sendiass", ["bev.holt77"]),
    ("a-place-made-of-an-unknown-name-and-a-place-word",
     "Route: Mill St, Oxcarr Rise > Feltham Grange Park > library\t4.2\tsibling session",
     ["Oxcarr Rise", "Feltham Grange Park"]),
    ("a-street-with-an-abbreviated-kind-and-a-numbered-building",
     "Outing from Tanyard Ct, Hollins Carr. Office: 7 Sovereign Buildings, Kilnhurst Row, Rotherham",
     ["Tanyard Ct", "7 Sovereign Buildings, Kilnhurst Row"]),
    ("a-practice-named-with-its-kind", "Registered GP: Brantcliffe Medical Centre, Dr A. Hussain",
     ["Brantcliffe Medical Centre"]),
    ("a-system-number-behind-its-label-and-a-vehicle", "SystmOne no:\t55120\nVehicle reg: YD21 KMP",
     ["55120", "YD21 KMP"]),
    ("a-typist-and-a-flag-raiser-in-lower-case", "Typist: jm\n[Flag raised by: carol.w (duty) 12/03]",
     ["jm", "carol.w"]),
    ("a-name-and-a-reference-spelled-out-on-a-voicemail",
     "hi it's maddi calling, the boy is called kian, k i a n, and our ref is e h t dash two five dash oh four "
     "one seven, bye", ["maddi", "k i a n", "e h t dash two five dash oh four one seven"]),
    ("names-under-a-preferred-name-and-an-initials-column",
     "UPN,Surname,Forename,Preferred Name,DOB\nA123456789012,PARKES,William,Will,01/02/2012\n"
     "A123456789013,OWEN,Tyler-Jay,TJ,03/04/2011\n\nDate\tClient (initials)\tActivity\n"
     "12/04/2024\tRB\tswimming\n", ["Will", "TJ", "RB"]),
    ("a-lower-case-school-with-no-word-before-it", "they offered him thornwick view academy and i put "
     "kelbeck high first", ["thornwick view academy", "kelbeck high"]),
    ("a-found-surname-before-a-place-word-is-the-place", "my name is gemma sowden. we live at sowden moor now",
     ["sowden moor"]),
]

# Classes of outside-19 (scored blind first, after outside-18's fixes)
EIGHTEENTH_FOUND = [
    ("a-display-name-in-lower-case", "From: kez w <kezwalton09@outlook.com>\nTo: Rotherham SENDIASS "
     "<info@example.org>\n\nhi", ["kez w"]),
    ("a-lower-case-name-under-thanks", "can u ring me after 3\n\nthanks\nkez\n", ["kez"]),
    ("a-user-name-with-an-initial-and-a-stop-and-one-typed-by", "(exported from CaseLink, user r.bramall) ... "
     "---- Duty log (typed by hsenior 02/04/2025 11:20) ----", ["r.bramall", "hsenior"]),
    ("a-workers-initials-after-allocated", "Home visit agreed. Allocated: NB.", ["NB"]),
    ("a-kin-word-written-as-a-title-before-a-month-name", "Keith's sister (Auntie June) came for tea.", ["June"]),
    ("two-numbers-after-one-label-and-a-reference-in-a-file-name",
     "Person ID:   3301872 (child) / 3301873 (sibling)\nAttachments: Certificate-KSM-25-0411.pdf",
     ["3301873", "KSM-25-0411"]),
    ("a-plot-on-a-named-site", "Address:    Plot 4, Millfield Lane Site", ["Plot 4, Millfield Lane Site"]),
    ("a-diarys-day-and-month", "WEDNESDAY 9/4\nPEP meeting at school.", ["9/4"]),
    ("a-workers-initials-a-case-is-handed-to", "Closed - info given, passed to DS for log | open - transfer to "
     "IS |\n[rbarker] - covering for LK\nSupervisor seen: TW 17/01/25\nNote by KAM (30/01/25): thanks",
     ["DS", "IS", "LK", "TW", "KAM"]),
]

# Classes of outside-21 (scored blind first, after the fixes of -18 and -19)
NINETEENTH_FOUND = [
    ("a-lower-case-letter-reference-at-a-lines-end", "Report typed 13/03/2024 · kd/rb\n", ["kd", "rb"]),
    ("codes-behind-labels-without-a-colon-and-in-bold", "Marion Tilly (volunteer no. V-221)\n**CPOMS ID:** "
     "3381-KT\nis a registered charity, No. 1163391. DfE No. 372/6114.", ["V-221", "3381-KT", "1163391",
                                                                          "372/6114"]),
    ("a-user-name-with-digits-after-by", "*Saved from Google Docs by rmahmood07 on 14/01/2025*", ["rmahmood07"]),
    ("a-flat-on-its-own-line-a-wing-and-an-extension", "Ms Anna Kowal\nFlat 7\n21 Garden Street\n\n"
     "Orchard Wing, Kilnhurst Lane\n\nQueries to Lynne ext 0431.", ["Flat 7\n21 Garden Street",
                                                                     "Orchard Wing, Kilnhurst Lane", "0431"]),
    ("a-scanned-postcode-with-an-l-for-a-one", "27 Cowley Gardens\nStainby\nDNl2 4HB\n", ["DNl2 4HB"]),
    ("a-respite-units-name-under-its-column", "unit,date,child\nLarch Lodge,03/06/2024,Ellie W\n"
     "Larch Lodge,04/06/2024,Sam P\n", ["Larch Lodge"]),
]

# Classes of outside-20 (scored blind three times while -18, -19 and -21 were fixed, then read)
TWENTIETH_FOUND = [
    ("a-worker-column-beside-a-percentage-header", "CaseID\tPupil\tWorker\tAtt% wk\tAtt% YTD\n"
     "IA-25-0101\tLuke Harte\tkwalsh\t80.0\t82.5\n", ["kwalsh"]),
    ("a-user-name-between-by-and-a-date", "Office use: entered on database by tpickles 16/10/2025.", ["tpickles"]),
    ("numbers-behind-bodies-and-bracketed-labels", "AMBDA, APC (PATOSS) 3411/0520 | F: 020 7946 0512   DX 12311 "
     "Doncaster\nEnhanced DBS (update service) no. 001844460233\n**PNC:** 25/112234X",
     ["3411/0520", "12311", "001844460233", "25/112234X"]),
    ("care-of-a-building-an-old-address-and-a-named-farm-park", "Advice Officer\nc/o Riverside Family Centre\n\n"
     "they went to the old address on Elm Row). Visit - Ashcroft Farm Park, Ashby Carr",
     ["Riverside Family Centre", "Elm Row", "Ashcroft Farm Park"]),
]

NINETEENTH_KEPT = [
    ("apps-and-pairs-that-are-no-letter-reference-and-home-under-a-venue",
     "logged on CPOMS and saved in Google Docs. use and/or the form\nvenue,tutor\nHome,Jen Bell\n",
     ["CPOMS", "Google Docs", "and/or", "Home"]),
    ("a-diagnosis-date-and-an-exports-columns", "Primary need: SEMH (ADHD dx 03/2023?? - check)\n"
     "case_ref,appellant_phone,sendiass_officer\n", ["03/2023", "appellant_phone", "sendiass_officer"]),
]

EIGHTEENTH_KEPT = [
    ("an-organisations-display-name-a-post-nominal-and-a-snake-case-header",
     "To: Helen Ridgeway MP <h.ridgeway@example.org>; Rotherham SENDIASS <info@example.org>\n"
     "booking_ref,parent_carer,carer_assigned\nchecked by paramedics at the scene; checked by spellchecker only. "
     "Allocated: TBC. it was 3/4 of the way",
     ["MP", "Rotherham SENDIASS", "parent_carer", "carer_assigned", "paramedics", "spellchecker", "TBC", "3/4"]),
    ("a-role-a-team-and-a-word-in-capitals-after-handover-words", "passed to GP. transferred to SEN team. "
     "pasted into case notes by KB, NOT checked", ["GP", "SEN", "NOT"]),
]

SIXTEENTH_KEPT = [
    ("labels-and-words-that-only-look-like-the-new-classes",
     "Reg 45 report due. Handover from day staff. see callback_requested and EHCNA_request_FINAL.pdf; "
     "columns first_name, sen_support. Date\tDay\tStart\tEnd\tHours\n"
     "we don't need school. it's mum here. Section F. Harriet said yes. e h c p",
     ["Reg 45", "Handover", "callback_requested", "EHCNA_request_FINAL.pdf", "first_name", "sen_support",
      "Start", "End", "don't need school", "mum", "Section F", "e h c p"]),
    ("an-apology-line-in-a-names-column", "Name\tRole\tInitials\nBev Haigh\tOfficer\tBH\n"
     "Apologies: Keith Oxley\tManager\t-\n", ["Apologies"]),
]

FIFTEENTH_KEPT = [
    ("subjects-and-months-after-our-and-a-name-being-said", "Reading, Writing\nour May half term. his name is "
     "said first. Plot 2 of the chart", ["Reading, Writing", "May", "said", "Plot 2"]),
    ("a-paid-column-is-no-key", "Name,Paid,Amount\nNick Dale,Yes,40\n", ["Yes"]),
    ("a-role-in-a-who-cell-and-units-and-forms", "Need|Provision|Who\n|---|---|---|\n|Speech|weekly|"
     "Specialist SaLT (Aoife Gallagher or equivalent)|\n9 weeks on NICU. Rotherham MASH Multi-Agency Referral Form",
     ["Specialist SaLT", "NICU", "Multi-Agency Referral Form"]),
]

FOURTEENTH_KEPT = [
    ("section-19-services-and-school-events", "Reason for S19: medical. Next S19 review. Medical Education "
     "Service, English. Reintegration - library base. World Book Day. PP+ money for lego. our madrassa",
     ["S19", "Medical Education Service", "Reintegration", "World Book Day", "PP+", "madrassa"]),
    ("a-reference-word-is-no-spelled-code", "our ref is 25 0192 and the ref is in 2 weeks", ["is 25"]),
    ("a-kept-word-before-after-school", "Going to madrassa after school on Tuesday. I look after the ones.",
     ["madrassa after school", "after the"]),
]

# The classes of the blind sets' misses (outside-6 to -15), found and kept.
BLIND_FOUND = MONTH_PEOPLE + SEVENTH_FOUND + EIGHTH_FOUND + NINTH_FOUND + TENTH_FOUND + ELEVENTH_FOUND + TWELFTH_FOUND \
    + THIRTEENTH_FOUND + FOURTEENTH_FOUND + FIFTEENTH_FOUND + SIXTEENTH_FOUND + SEVENTEENTH_FOUND + EIGHTEENTH_FOUND + NINETEENTH_FOUND + TWENTIETH_FOUND
BLIND_KEPT = MONTHS_KEPT + SEVENTH_KEPT + EIGHTH_KEPT + NINTH_KEPT + TENTH_KEPT + ELEVENTH_KEPT + TWELFTH_KEPT \
    + THIRTEENTH_KEPT + FOURTEENTH_KEPT + FIFTEENTH_KEPT + SIXTEENTH_KEPT + EIGHTEENTH_KEPT + NINETEENTH_KEPT


@pytest.mark.parametrize("text,expected", [r[1:] for r in BLIND_FOUND], ids=[r[0] for r in BLIND_FOUND])
def test_blind_set_classes_are_found(detector, text, expected):
    for name in expected:
        assert covered(detector, text, name), "an identifier was not redacted"


@pytest.mark.parametrize("text,kept", [r[1:] for r in BLIND_KEPT], ids=[r[0] for r in BLIND_KEPT])
def test_blind_set_words_are_kept(detector, text, kept):
    for term in kept:
        assert not covered(detector, text, term), "an ordinary word was redacted"


def test_an_article_or_a_capital_before_a_defined_term_is_no_initial(detector):
    text = "A Front-Cover Text may be at most 5 words. I Think so. L Hartley rang."
    assert not covered(detector, text, "Front-Cover") and not covered(detector, text, "Think")
    assert covered(detector, text, "L Hartley")

TWENTY_FIRST_FOUND = [
    ("numbered-responses-and-a-postcode-no-real-one-uses", "Response #0182\nSubmitted: 05/03/2025\n"
     "#0190 anonymous\n22 Lidget Lane, Rotherham S65 3DV", ["#0182", "#0190", "S65 3DV"]),
    ("a-floor-and-a-unit-with-their-buildings-and-streets", "Floor 2, Civic Quarter, 9 Tanyard Street, Rotherham\n"
     "Pennine Mediation, Unit 6, Canal Wharf, Mexborough Road, DN12 4RS",
     ["Floor 2, Civic Quarter, 9 Tanyard Street", "Unit 6, Canal Wharf, Mexborough Road"]),
    ("settings-named-by-an-infant-and-junior-and-a-hospital-service", "She is in Year 3 at Westcroft Infant and "
     "Junior. Teaching is by Ashdene Hospital & Home Education Service.",
     ["Westcroft Infant and Junior", "Ashdene Hospital & Home Education Service"]),
    ("a-lower-case-speaker-and-a-possessive-no-dictionary-has", "shannon b: yeah I can hear you\n"
     "Tariq Hanif: So Alfy's had a mixed half term.\n", ["shannon b", "Alfy"]),
    ("a-tutor-group-a-passcode-a-dial-in-and-bank-details", "Kirsty Lowe   Year 9   Tutor group 9RW\n"
     "Passcode: Tq7mZ2\n+44 20 7946 0381,,552184907#\nPhone Conference ID: 552 184 907#\n"
     "Account 30-51-77 / 61882043  Holder: Mrs K Lowe",
     ["9RW", "Tq7mZ2", "552184907#", "552 184 907#", "30-51-77", "61882043"]),
    ("codes-behind-a-route-a-register-and-a-said-number", "Shared taxi (route KLB-04)\tOfficer\n"
     "Mediator (accredited, CMC reg. 51302). Her CiC number for forms is 2210457.", ["KLB-04", "51302", "2210457"]),
    ("a-weekday-written-out-before-its-day", "I can do Wednesday 26th. or Saturday the 3rd at 10.",
     ["Wednesday 26th", "Saturday the 3rd"]),
    ("a-schools-named-provision-and-a-letterhead-of-words", "the school's resourced provision (\"The Hive\") "
     "was full. She attends The Nest resource base mornings; his resourced unit, The Oaks, for mornings.\n"
     "                 ASH GROVE ACADEMY\n", ["The Hive", "The Nest", "The Oaks", "ASH GROVE ACADEMY"]),
    ("a-numbered-building-on-a-numbered-street", "Tendai: 8 Elm Court, 41 Chapeltown Road, Leeds",
     ["8 Elm Court, 41 Chapeltown Road"]),
    ("a-surname-that-is-the-areas-town", "his mother Mrs Tracey Barnsley came. cc: Mrs T Barnsley\n"
     "Dear Ms Barnsley,", ["Barnsley", "T Barnsley", "Ms Barnsley"]),
    ("a-forum-threads-authors", "Started by KezP_S63 · 17 Mar 2025\n\nKezP_S63\nHi all first time posting.\n\n"
     "Mummabear2019\nReply · 17 Mar 2025\nHi Kez, no you do not.\n", ["KezP_S63", "Mummabear2019"]),
    ("a-voicemails-number-with-a-hundred-its-date-of-birth-and-its-greeting",
     "can you ring her on oh seven seven double oh nine hundred four one six cheers. about kai date of birth "
     "the fourteenth of the third twenty seventeen. hi it's dean marsh jayden's dad. this is a message for kelly",
     ["oh seven seven double oh nine hundred four one six", "the fourteenth of the third twenty seventeen",
      "dean marsh", "kelly"]),
    ("initials-with-a-date-of-birth-a-named-base-and-a-two-part-reference",
     "the little one at Meadow View Nursery - KT (DOB 21/02/2022). Thrybergh Fields Primary (Rainbow Resource Base)\n"
     "EHCP reference\tRMBC EHCP 0087321\tDate\nviews done at her house (Elm Tree Walk, Brinsford). ME: yes 14th is ok",
     ["KT", "Rainbow Resource Base", "RMBC EHCP 0087321", "Elm Tree Walk", "14th"]),
    ("a-supervisor-and-a-worker-written-as-letters", "Supervisee: Dawn Hepworth (Advice Officer)\n"
     "Supervisor: Margaret Ellis (Service Manager)\n\nD says caseload is 41. Discussed a complaint. "
     "M: let mum decide, give her the template. M will check with the MASH.\n", ["M: let", "M will"]),
    ("record-ids-under-a-survey-questions-header-and-a-call-ref", '"Response ID","Started","Collector",'
     '"Q4. What did we do well?","Q5. What could we do better?"\n"118734502","03/02/2025","Web Link 1","all",""\n'
     "CallRef,Date,Officer,Notes\nCL250303-0012,03/03/2025,Bev Cooper,rang back\n", ["118734502", "CL250303-0012"]),
]

TWENTY_FIRST_KEPT = [
    ("everyday-nouns-before-nursery-and-college", "to start the health care plan for nursery as she is due to "
     "start. He loves nursery. will need support when college ends", ["plan for nursery", "loves nursery",
                                                                     "support when college"]),
    ("a-call-logs-directions-and-a-youth-justice-service", "CallRef,Direction,Officer,Outcome\n"
     "CL1-0001,Inbound,Bev Cooper,Callback\nCL1-0002,Outbound,Bev Cooper,Callback\nSeen by the YJS worker.",
     ["Inbound", "Outbound", "Callback", "YJS"]),
    ("the-areas-towns-with-no-one-of-that-name-and-a-walk-in-minutes", "We live in Barnsley. Barnsley Council "
     "will pay. Rotherham SENDIASS rang. its 5 mins walk", ["Barnsley", "Barnsley Council", "Rotherham", "5 mins walk"]),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in TWENTY_FIRST_FOUND], ids=[r[0] for r in TWENTY_FIRST_FOUND])
def test_twenty_first_blind_set_classes_are_found(anonymise, text, expected):
    out, _ = anonymise(text)
    for name in expected:
        assert name not in out, "an identifier was left in the draft"


@pytest.mark.parametrize("text,kept", [r[1:] for r in TWENTY_FIRST_KEPT], ids=[r[0] for r in TWENTY_FIRST_KEPT])
def test_twenty_first_blind_set_words_are_kept(anonymise, text, kept):
    out, _ = anonymise(text)
    for term in kept:
        assert term in out, "an ordinary word was redacted"


# Classes of the twenty-fifth to twenty-seventh blind sets (outside-25 to -27), each written here
# again in other words: a quoted CSV cell of "Surname, First" whose surname is the area's town, two
# people of one surname, a role before a lower-case first name, labels padded to their colon, a
# bare incident label, a case reference read digit by digit, spoken and listed days, a weekday
# before a day/month, a youth group named like a place, prisons, tutors, typists, CRLF address
# blocks, a title at a line's end, force and tracking references, audit ids under snake_case
# headers, a house's name on the line above its street, and a lower-case name opening a sentence.
TWENTY_SECOND_FOUND = [
    ("a-quoted-csv-cell-of-a-town-surname-and-a-first-name", 'Date,Day,Trainee,Escort\n06/01/2025,Mon,"Barnsley, '
     'Ellis",Tracey Firth\n07/01/2025,Tue,"Barnsley, Ellis",Tracey Firth\n', ["Barnsley, Ellis"]),
    ("two-people-of-one-surname-and-a-role-before-a-lower-case-name", "Parent(s)\tMei Ling Chen and Jun Chen\n\n"
     "Jun is worried about drop off. also there's a social worker will Nuttall from the early help",
     ["Jun", "will Nuttall"]),
    ("a-padded-address-label-an-incident-and-a-typist", "Address      : 7 Rivelin Tcrrace, Hillfoot, Sheffield\n"
     "YAS Incident: 25-0214-0387\nDictated T.A. / typed rh 15/02/25\n",
     ["Rivelin Tcrrace", "25-0214-0387", "typed rh"]),
    ("a-reference-read-digit-by-digit-and-days-said-in-words", "Case ref E H C 25 0 2 1 1. Defer to the "
     "twentieth. Next panel is the thirteenth.", ["E H C 25 0 2 1 1", "twentieth", "thirteenth"]),
    ("weekdays-listed-days-and-days-after-a-word-of-when", "moved appt to Mon 17/03 11am. Visited 3/3 with her "
     "aunt. Sandra away 15th so. Thurs 16 Jan - Fri 17\ndetentions (on 3rd, 10th, 12th and 19th March).",
     ["Mon 17/03", "3/3", "15th", "Fri 17", "10th", "12th"]),
    ("a-youth-group-a-tutor-a-prison-and-a-street-before-its-town", 'Youth Fellowship ("The Loft")\n'
     "Church Lane, Brinsworth Dale, Rotherham\n\nI am the youth leader at The Loft, the youth group. Callum comes "
     "to The Loft.\nBright Letters Tuition\nHe is on Aire unit at HMYOI Aldersyke.",
     ["The Loft", "Church Lane", "Bright Letters", "Aldersyke"]),
    ("a-windows-address-block-and-a-town-surname-signing", "Mrs Shazia Mahmood\r\n41 Coppice View\r\n"
     "Sallow Green\r\nRotherham\r\nS61 4QT\r\n\r\nYours sincerely\r\n\r\nG Barnsley\r\n\r\nGemma Barnsley\r\n"
     "EHC Coordinator\r\n", ["Sallow Green", "G Barnsley", "Gemma"]),
    ("force-tracking-certificate-charity-and-draft-references", "recorded delivery no. KF 2290 6617 3GB\n"
     "Volunteer DBS certificate: 001765432119\nregistered charity 1178842\nsaved draft ref it gave me: "
     "SEND35-DRAFT-7Q2K9\nYour reference from the police was 14/20877/24.\nadd to Mosaic (P2290419). RiO 1190347",
     ["KF 2290 6617 3GB", "001765432119", "1178842", "SEND35-DRAFT-7Q2K9", "14/20877/24", "P2290419", "1190347"]),
    ("ids-under-snake-case-headers-and-an-address-in-a-csv-cell", "audit_id,event_time,user_name,record_id,"
     "field_name,new_value\n88120320,2025-03-17 09:02:41,j.whitworth,CL-0008812,address_line_1,22 Brook Terrace\n",
     ["88120320", "22 Brook Terrace", "j.whitworth"]),
    ("a-house-name-above-its-street-a-said-number-and-a-lower-case-pitch", "Rose Cottage\n3 Back Lane\n"
     "Kettlewell Bridge\nRotherham\n\nthey moved to, um, number 9 Hartley Street, in Eastwood. to the council "
     "site on Thorne Road, pitch 14 - and nan lives on pitch 7", ["Rose Cottage", "9 Hartley Street", "pitch 14",
                                                                   "pitch 7"]),
    ("a-title-at-a-lines-end-an-unlisted-surname-and-names-as-subjects", "Rang school, spoke to Mrs\n"
     "Holroyd (pastoral).\nVolunteer: Hope Adeyinka (VOL-0217)\nnotes - paddy mcdonagh AR mtg\n"
     "student filter: BROOK, Tyler (Y8, 8KP)\nHe lives with Mum (M) and his sister. Penistone Gate - Summer's Y9 "
     "review was good.", ["Holroyd", "Adeyinka", "paddy mcdonagh", "BROOK", "(M)", "Summer's"]),
    ("a-lower-case-saint-a-unit-in-brackets-and-a-thanks", "- at st josephs (St Joseph's Catholic Primary)\n"
     "she liked the base (the Nest) when she was in yr 8\n11/03/2025, 19:05 - Bev Hollins: I'll ask\n"
     "11/03/2025, 19:07 - Kerry: thanks bev x", ["st josephs", "Nest", "thanks bev"]),
]

TWENTY_SECOND_KEPT = [
    ("counts-after-numbers-a-totals-line-and-a-header-of-words", "Reading\tMrs Bev Carr\t4x20 min, 1:1\n"
     "Date,Day,Trainee,Escort\n06/01/2025,Mon,Ellis Barnsley,Tracey Firth\nTotal: 23\tEHCP: 6\tSEN Support: 16",
     ["4x20 min", "Date,Day,Trainee", "SEN Support: 16"]),
    ("counts-and-ordinals-that-are-no-dates", "Sat 11+ exam. Fri 2 hours. she is the first. the fifth time. "
     "He came to the fourth floor. met 3/5 targets. It was the 2024/25 year.",
     ["Sat 11+", "Fri 2 hours", "the first", "fifth time", "fourth floor", "3/5 targets", "2024/25"]),
]


# Wider classes written for text no set has shown yet: a column of record numbers under any header,
# a header's "Surname, First" spelled by the address after it, a name's edges (an initial's stop, a
# title left on the line above), a person whose first name is a village's, a survey's question headers.
WIDER_FOUND = [
    ("a-column-of-record-numbers-under-a-header-of-no-kind", "Entry\tWhen\tNotes\n104417\tMon\tok\n"
     "104423\tTue\trang\n104431\tWed\tleft msg\n104436\tThu\tseen\n", ["104417", "104423", "104431", "104436"]),
    ("a-surname-first-that-the-address-spells", "From:    Pemberton, Dionne <dionne.pemberton@pathfinder.example>\n"
     "Sent: 3 March 2025\n", ["Pemberton, Dionne"]),
    ("a-names-edges", "Mr F. and Mrs S. Chaudhry\n58 Beech Hill Road\nRang school, spoke to Mrs\nHolroyd (pastoral).",
     ["Mr F.", "Mrs\nHolroyd"]),
    ("a-first-name-that-is-a-village-in-a-table", "Officer\tCase no.\tChild / YP\tDOB\nCR\tSY-23-1187\tHarley Marsh\t"
     "14/06/2013\n", ["Harley Marsh", "Marsh"]),
    ("a-settings-column-under-a-surveys-questions", "Timestamp,Your child's school or setting,Which officer "
     "supported you?,How satisfied were you overall? (1-5)\n19/03/2025 15:30,Meadow View (specialist provision),"
     "Claire,4\n", ["Meadow View"]),
]
WIDER_KEPT = [
    ("amounts-and-years-in-a-table-are-no-record-numbers", "Year\tPupils\tAmount\n2021\t12\t15000\n2022\t14\t16500\n"
     "2023\t15\t17250\n2024\t16\t18000\n", ["15000", "16500", "17250", "18000", "2021"]),
]


# Classes of outside-30 (read after it was scored blind), written again in other words.
THIRTIETH_FOUND = [
    ("an-nhs-number-in-a-csv-cell-after-a-date", "Date,Pupil,DOB,NHS No,Reason\n07/01/2025,Amara Test,14/03/2010,"
     "943 476 5919,Headaches\n", ["943 476 5919"]),
    ("a-police-statements-officers-and-numbers", "Signature witnessed by:  K Ward (PS 1093)\nURN:  14 / YR / 00382 / 25\n"
     "Occupation:  Police Constable 2417\ntasked by the control room (log 0417 of that date). Recorded on Niche as "
     "occurrence\n14RO/25/20466. Bleep 2761",
     ["K Ward", "1093", "14 / YR / 00382 / 25", "2417", "0417", "14RO/25/20466", "2761"]),
    ("nicknames-a-family-in-capitals-and-a-name-with-a-prefix", "My name is Summer Mellor but my family call me "
     "Sums or Summer-bug.\n**Families:** McDONAGH (Long Acre Lane site)\n6    08:24  Reece O'CONNOR (Y8)",
     ["Sums", "Summer-bug", "McDONAGH", "Reece"]),
    ("dotted-days-listed-and-a-resource-provision", "three letters (22.01, 30.01 and 11.02). Meadow View Primary "
     "School & The Willows Resource Provision", ["22.01", "30.01", "11.02", "Willows"]),
]
THIRTIETH_KEPT = [
    ("prices-ranks-a-generic-provision-and-a-label", "Prices 1.25, 2.50 and 3.75. Occupation: Police Constable. "
     "Grange Primary School (Enhanced Resource Provision)\nRe:  MARYAM TEST     D.O.B. 03/03/2019",
     ["1.25, 2.50 and 3.75", "Police Constable", "Enhanced Resource Provision", "D.O.B."]),
]


# Classes of outside-36 and -37 (read after they were scored blind), written again in other words.
THIRTY_SIXTH_FOUND = [
    ("an-export-row-split-by-a-comma-in-a-name", "Ref,Pupil,Allocated Officer,Officer ID,Notes\n"
     "RMBC-EHC-25-0101,Haddad, Yasmin,Carol Pike,OFF207,Chased\nRMBC-EHC-25-0102,Barnsley, Tegan,Carol Pike,OFF207,\n",
     ["Haddad", "Yasmin", "OFF207", "Barnsley", "Tegan"]),
    ("a-hard-wrapped-paste-cuts-numbers-a-postcode-a-street-and-a-name", "Patient: Test Child   NHS No: 943 476\n5919\n"
     "Address: 12 Carrbrook\nLane, Sheffield S9\n4QT\nMob: 07700 900\n217\nSeen by R.\nHaddington on the ward.",
     ["5919", "Carrbrook", "4QT", "217", "Haddington"]),
    ("long-numbers-ampersand-refs-and-a-clipped-label", "Niche occurrence 14250099871. Her council tax account is "
     "60022184. Previous assessment S&C/2022/30917. Her mentor (ment no. M204) rang.",
     ["14250099871", "60022184", "S&C/2022/30917", "M204"]),
    ("a-range-of-dates-without-spaces", "Audit filter: 03/02/2025-06/02/2025 | run by jtest", ["03/02/2025", "06/02/2025"]),
    ("initials-beside-a-reference-or-defined-by-a-name", "- **QH** (SIASS-25-0311) - Y3, EBSA\n- TRD (Barnsley, "
     "BSS-24-0917) - transport\nPanel: RMBC-EHC-0441 (JKN) refused.\nJKN = Jessica Kowal-Nunn, mum asked us",
     ["QH", "TRD", "JKN"]),
    ("a-flat-alone-and-a-place-named-on-a-street-sign", "Officers attended Flat 12 after the call. Her nan lives "
     "on Treeton Close.", ["Flat 12", "Treeton"]),
    ("someone-named-by-the-service-they-work-for", "Rose from CAMHS rang back. i cc'd kath from sendiass too.",
     ["Rose", "kath"]),
    ("a-family-hub-a-sports-club-and-a-staff-code", "Meet at Hollinsend Family Hub, then Otters Swim Club. "
     "Letter drafted by B. Tasker (LAO117).", ["Hollinsend", "Otters", "LAO117"]),
]
# ... and of outside-39, written again in other words
THIRTY_SIXTH_FOUND += [
    ("a-named-room-in-an-incident-logs-location-column", "IncidentRef,Pupil,Location,Summary\nINC-1,\"Test, Amy\",The Den,"
     "\"Calmed down in The Den.\"\nINC-2,\"Test, Bo\",Hall,\"Fine\"\n", ["The Den"]),
    ("a-route-code-a-customer-number-and-a-short-route", "Route\tDriver\tPupil\nRMBC-TR-04 (PM)\tDave Test\tAmy Test\n\n"
     "Customer ID\tCRM 5521907\nHer route (Route KT9, minibus) changed.", ["RMBC-TR-04", "CRM 5521907", "KT9"]),
    ("a-teaching-school-hub-of-its-own", "MAT-wide training at Ashwell Teaching School Hub.", ["Ashwell"]),
    ("a-double-first-name-an-age-in-brackets-a-typist-and-a-year-group", "Staff: Precious-Joy Mensah (bank)\n"
     "Poppy (she's 8, also at the school) has started. Typed 03/01/2025 (KH)\n- Twins LT & RT (the Test twins, Y4)",
     ["Precious-Joy", "Poppy", "KH", "RT"]),
    ("a-handle-with-a-dot-and-an-underscore-and-an-extension", "her snap is mia.k_x and she's got 2k friends. "
     "TEL: 01632 960 771 ext 24", ["mia.k_x", "ext 24"]),
    ("a-ridge-and-a-three-part-code", "Cherry Tree House, 72 Bawtry Ridge, Cantley. DN-SEN-07 & 12 = Star Taxis",
     ["72 Bawtry Ridge", "DN-SEN-07"]),
]
THIRTY_SIXTH_KEPT = [
    ("a-named-room-is-not-a-corridor", "IncidentRef,Pupil,Location,Summary\nINC-1,\"Test, Amy\",Corridor C,\"Calmed\"\n"
     "INC-2,\"Test, Bo\",Science Lab,\"Fine\"\n", ["IncidentRef", "Corridor C", "Science Lab"]),
    ("the-national-hubs-and-an-adverb", "Training at the Teaching School Hub. Maybe Enhanced Resource Provision.",
     ["the Teaching School Hub", "Maybe Enhanced Resource Provision"]),
    ("an-acronym-defined-by-its-words", "Key: PE - Physical Education; OT: Occupational Therapy; SaLT = speech",
     ["PE - Physical Education", "OT: Occupational Therapy"]),
    ("clinical-shorthand-a-headteacher-and-hurried-spellings", "Required IV antibiotics. 400mg BD and Clobazam 5mg "
     "nocte. MRI under GA. Mr Jonathan Test (HT) agreed. Not sure addr. mum sed no.",
     ["IV", "BD", "Clobazam", "nocte", "GA", "(HT)", "addr", "sed"]),
    ("a-workers-role-in-brackets", "Staff on shift: Tomasz Zielinski (RSW) and a bank FSW.", ["(RSW)", "FSW"]),
    ("a-contact-label-an-id-label-and-round-amounts", "Tel: 0114 496 0312 (office). Officer ID badge shown. "
     "The budget rose from 2,500,000 to 3000000 in Year 10. Apart from CAMHS, nobody.",
     ["Tel:", "Officer ID", "2,500,000", "3000000", "Apart from CAMHS"]),
    ("the-la-s-own-family-hubs", "Rotherham Family Hubs run the course; ask at the family hub.",
     ["Rotherham Family Hubs", "the family hub"]),
]


# This stop's classes, one pair of tests over all of them
# Classes counted (never read) among the misses of unread blind sets, stop 27: a child named with an
# age or a year group in brackets, and a surname in capitals beside a name written in lower case
THIRTY_SEVENTH_FOUND = [
    ("a-word-name-before-a-sibling-and-an-age", "Home is busy. Faith (his sister, 9) goes to the same "
     "school, and Hazel (11 yrs) to another one.", ["Faith", "Hazel"]),
    ("a-listed-first-name-before-a-bare-age-or-a-year-group", "Children in the house: Rose (12), and "
     "the youngest is Summer (Year 2).", ["Rose", "Summer"]),
    ("a-surname-in-capitals-beside-a-first-name", "Form completed by Aneta WROBLEWSKA. Child: "
     "KAVANAGH-DOYLE Tilly, Y4.", ["WROBLEWSKA", "KAVANAGH-DOYLE", "Tilly"]),
    # a form typed in capitals is read as prose is written, names Capitalised
    ("a-form-typed-in-capitals", "REFERRAL FORM\nSupported to complete by:     MS PHILIPPA \"PIPPA\" "
     "ARKWRIGHT-SEDDON, ADVICE OFFICER\nSchool / setting:             ST CUTHBERT'S C OF E INFANT ACADEMY "
     "(YEAR 2)\nCommunity paediatrician:      DR E. NWACHUKWU - NEXT APPOINTMENT IN MARCH\n"
     "Received by:                  R. ABERNETHY-COLE   03/12/2024 10:47\n",
     ["PHILIPPA", "PIPPA", "ARKWRIGHT-SEDDON", "CUTHBERT'S", "NWACHUKWU", "ABERNETHY-COLE"]),
    ("staff-initials-in-a-forms-field-before-the-next-field", "For office use:  Date received 07/05/2025   "
     "Logged by: QW   EHC No: R-EHC-25-0917", ["QW"]),
    ("minutes-naming-staff-in-capitals", "Present: GWENDOLINE PRIESTLEY-OKORO (GPO) - Service Manager; "
     "TAMSIN HOLROYDE (TH) - IASS Officer.\nActions: GPO to chair; TH to book the room.",
     ["GWENDOLINE", "PRIESTLEY-OKORO", "TAMSIN", "HOLROYDE", "GPO"]),
]
THIRTY_SEVENTH_KEPT = [
    ("numbered-things-and-a-subject-before-a-bracket", "See Section (9) and Appendix (4); PE (Year 5) "
     "is outdoors.", ["Section (9)", "Appendix (4)", "PE (Year 5)"]),
    ("words-of-a-form-typed-in-capitals", "Received by: T. OKONKWARA-BELL\nHub worker notes:   SPOKE TO "
     "SENDIASS 22/11. LETTERS WENT TO THE OLD ADDRESS. EHC NEEDS ASSESSMENT REQUESTED BY SCHOOL.\n"
     "MUM FEELS IT IS NOT FAIR. CHILD VIEWS: LIKES TRAINS.",
     ["SPOKE TO SENDIASS", "WENT TO THE OLD ADDRESS", "EHC NEEDS ASSESSMENT REQUESTED BY SCHOOL",
      "MUM FEELS IT IS NOT FAIR", "CHILD VIEWS"]),
    ("a-word-after-prefers-is-no-nickname", "Mum is Roisin Ní Bhraonáin, prefers email. Please email "
     "her the minutes.", ["prefers email", "Please email"]),
    ("letters-after-a-name-in-a-signature", "Dr Olusegun Bankole-Reid MBChB MRCPCH, consultant; "
     "Jo Pendleton BSc MRCSLT; Ms Ferhat QTS NPQSENCO.",
     ["MBChB MRCPCH", "BSc MRCSLT", "QTS NPQSENCO"]),
]

# Stop 29: the classes left on the read set outside-43
FORTY_THIRD_FOUND = [
    ("initials-before-a-role-in-brackets", "4. MA (SENDIASS manager) to confirm; BC (dad's partner) "
     "will bring him.", ["MA", "BC"]),
    ("a-date-across-a-quoted-line-break", "> I will see you at 2.30 on Tuesday 24th\n> June at the "
     "school office.", ["June at"]),
]
FORTY_THIRD_KEPT = [
    ("abbreviations-spelled-out-in-brackets", "The CYP (child or young person) and the SW (social "
     "worker) met the PC (police officer) and the OT (occupational therapist).",
     ["CYP (child", "SW (social", "PC (police", "OT (occupational"]),
]

# Stop 29: the classes of the read set outside-45 (examples invented, written as wider classes)
FORTY_FIFTH_FOUND = [
    ("a-lower-case-e-mail-from-a-traveller-family", "From: winnie mcginley <wm1979@example.com>\n"
     "Subject: apeal for danny mcginley\n\nthis is about my son patrick mcginley (danny) dob 3/4/2012.\n\n"
     "thank you\n\nbridget mcginley (dannys mum)", ["winnie mcginley", "danny mcginley", "patrick mcginley",
                                                  "bridget mcginley"]),
    ("a-pitch-on-a-site-in-lower-case", "we live on the site at pitch 7 greave carr travellers site off "
     "moss lane, hollin edge. post to pitch 7, greave carr, moss lane, hollin edge, sheffield s36 2wx please",
     ["pitch 7 greave carr", "moss lane", "hollin edge", "pitch 7, greave carr"]),
    ("a-phone-read-out-one-digit-at-a-time", "please ring me back on\n0 7 7 0 0 9 0 0 4 1 8. ta, or the "
     "landline 0 1 1 4 4 9 6 0 5 5 1", ["0 7 7 0 0 9 0 0 4 1 8", "0 1 1 4 4 9 6 0 5 5 1"]),
    ("pupils-listed-by-initials-in-a-provision-map", "Pupil\tYr\tProvision\tStaff\n"
     "QB\t3\tTalk Boost\tMrs Dale\nRW\t4\tLego therapy\tMr Firth\nZK\t5\tPrecision teaching\tMrs Dale\n\n"
     "Agency\tProfessional\tPupils\nSALT\tMs Iqbal\tQB, ZK\n", ["QB", "RW", "ZK"]),
    ("the-areas-town-as-a-surname-after-a-titled-initial-or-a-short-form", "Ms T Rotherham\n4 Elm Close\n\n"
     "Re: Thomas (Tom) Doncaster   DOB 01/02/2013", ["T Rotherham", "Tom", "Doncaster"]),
    ("a-name-that-is-a-verb-doing-what-a-person-does", "- Leanne – Will has been excluded twice. Will is "
     "12 and autistic.", ["Will has", "Will is"]),
    ("families-listed-by-surname", "| Family | CYP | What |\n|---|---|---|\n| Cawley | Mena | Transport |\n\n"
     "## Closed\n- Furey (SIAS-24-0311) – archived.\n- Wood, Mary-Kate – moved away.\n",
     ["Cawley", "Mena", "Furey", "Wood, Mary-Kate"]),
    ("a-nickname-of-two-words-in-quotes", 'Call from a grandad, gave name as "Little Joe" only.', ["Little Joe"]),
    ("a-hard-wrapped-transcripts-date-and-street", "we're looking at Thursday\nthe third of April at ten. "
     "I'm at 17\nHolly Crescent if you need to write.", ["third of April", "17\nHolly Crescent"]),
    ("an-unlisted-name-with-an-age-and-a-year-group", "- Tobenna (14) Year 9 at the academy.", ["Tobenna"]),
    ("a-surname-column-holding-the-areas-town", "First name,Surname,Child\nkerry,doncaster,Mo\n"
     "Lisa,Maddox,Tyler\n", ["doncaster"]),
    ("a-date-in-a-chat-exports-file-name", "<attached: 00000031-PHOTO-2025-04-09-18-02-11.jpg>", ["2025-04-09"]),
    ("a-day-after-an-event-word", "JW to attend meeting 9/4 if mum wants.", ["9/4"]),
    ("the-district-a-lower-case-street-is-in", "we're at 8 ash close in kelby moor, its miles", ["kelby moor"]),
    ("a-pitch-on-a-named-site-in-a-letters-address", "Mrs Winnie Furey\nPitch 9, Greave Carr Travellers' Site\n"
     "Moss Lane\nHollin Edge\nS36 2WX", ["Pitch 9", "Greave Carr", "Travellers' Site\nMoss", "Moss Lane"]),
    ("a-class-named-after-its-teacher-and-a-name-before-an-id", "Tobenna is in Class Okonkwo (Year 3). "
     "Referral for Chidubem ID: 2231 was accepted.", ["Okonkwo", "Chidubem"]),
    ("a-name-that-is-a-word-after-tell", "Ah brilliant! Tell Hope I'll be there. He told Mark G last time.",
     ["Tell Hope", "Mark G"]),
    ("a-lower-case-lane-and-a-worker-by-role", "the bus stop is at the top of moss lane by the garage. my advice "
     "worker kez at sendiass helped me", ["moss lane", "worker kez"]),
]
FORTY_FIFTH_KEPT = [
    ("counts-and-ordinary-words-near-those-shapes", "Session 2/6 done. Aged 8\nGreen Lane is closed. "
     "Will you ring? it is 3 park lane in town now. she scored 7 in yr9 1st term. In maths he is "
     "learning to plot two points; PE is on pitch two. ID: 12 15 17 and 19 were there.",
     ["Session 2/6", "Aged 8", "Will you", "in town", "7 in yr9", "plot two", "pitch two", "12 15 17"]),
    ("group-codes-under-pupils-and-a-class-named-after-a-tree", "Intervention\tPupils\tCost\n"
     "Talk Boost\tPP, EAL\t£200\nELSA\tSEN, LAC\t£300\nLego therapy\tFSM, PP\t£100\n\n"
     "Year group: 3 (Class Rowan)\n", ["PP, EAL", "SEN, LAC", "FSM, PP", "Class Rowan"]),
    ("rooms-classes-readings-and-labels", "Meeting in Room S12 for Year 3 (Class Hazel). Hosp No: RT5512093. "
     "Examination normal, BP 96/58. Hi it's Dawn Pickersgill I'm the SENCO at the school.",
     ["Room S12", "Class Hazel", "Hosp No", "BP 96/58", "I'm the SENCO"]),
    ("a-bundles-page-references-and-an-area-of-need", "| Date | Event | Source / bundle ref |\n|---|---|---|\n"
     "| 2019 | Nursery raised concerns. | D14 |\n| 2020 | SLT report | SLT report, D21-D26 |\n\n"
     "Pupil\tYr\tPrimary need\tProvision\nQB\t3\tCognition & learning\tToe by Toe\n"
     "RW\t4\tCognition & learning\tPrecision teaching\n",
     ["| D14 |", "D21-D26", "Cognition & learning"]),
    ("a-roles-abbreviation-in-a-list-of-roles", "10 days' notice of any change of operator, driver, PA or "
     "pick-up time. The new PA told his mother.", ["driver, PA or", "new PA told"]),
]

# Stop 30: the classes of the read set outside-46 (examples invented, written as wider classes)
FORTY_SIXTH_FOUND = [
    ("a-trackers-initials-and-officer-columns-named-as-database-fields",
     "ref\tfamily\tchild_init\tsias_officer\toutcome\nMD-01\tFirth\tK.F.\tWB\tAgreed\n"
     "MD-02\tOkafor-Lee\tA.O.L.\tPR\tWithdrawn\nMD-03\tShaw\tT.S.\tWB\tNot agreed\n",
     ["K.F.", "A.O.L.", "T.S.", "WB", "PR"]),
    ("initials-before-a-service-in-brackets-and-after-a-callback-label",
     "RJ (SENDIASS) asked for hours to be written in. Callback: PW, 12/05 - done.", ["RJ", "PW"]),
    ("spaced-initials-after-allocated-to-on-a-scanned-form", "Ref  SIAS 25/0093   Allocated to: K W\n\nNAME",
     ["K W"]),
    ("a-units-name-in-quotes-after-its-kind-and-before-unit", 'Holm Lea Academy (ARP - autism base "The Nest"). '
     "She is in The Nest most days; mum says The Nest unit is calm.", ["The Nest"]),
    ("a-form-with-dotted-leaders-and-a-quoted-short-form", 'Name .................. Oluwaseun Adeyemi ("Seun")\n'
     "DOB ................... 04/03/2009\n\nSeun said college felt big.", ["Oluwaseun Adeyemi", "Seun"]),
    ("a-lower-case-writer-greeting-by-a-short-form-and-a-possessive-without-apostrophe",
     "Hi Charlotte it's Kerry-Anne, Jasmine Cole's mum.\n14:02  IN   hiya char yes text is better\n"
     "[14:05] kaz_c: her dad (jasmines dad, Lee) wont come", ["hiya char", "jasmines"]),
    ("a-lower-case-copy-of-a-found-schools-name", "He is on roll at Thornley Dale Primary.\n"
     "[20:11] mum: i put thornley dale 1st on the form", ["thornley dale"]),
    ("ocr-misread-ordinals-and-a-spaced-hyphen-date", "consent given l9th Feb at home visit\nDate:  2l - 3 - 25\n"
     "Rec'd  l4/O3/2025   O1l4 lsmail", ["l9th Feb", "2l - 3 - 25"]),
    ("the-second-of-two-days-listed-with-slashes", "Two falls in the playground (14/03 and 3/4).", ["3/4"]),
    ("a-date-of-birth-and-dates-said-as-numbers-in-a-transcript",
     "Speaker 2: twenty one of March two thousand fifteen.\nSpeaker 1: Twenty six May. Call you "
     "Friday the fourteenth, or Friday fourteenth at ten?", ["twenty one of March", "Twenty six May",
                                                            "Friday the fourteenth", "Friday fourteenth"]),
    ("a-reference-spelled-out-with-dashes", "the reference is B R I D dash two five dash four four "
     "zero nine one, and the other is APL slash 24 slash 3 0 7", ["B R I D", "APL slash 24"]),
    ("a-street-with-its-number-said-after-and-a-quarter", "we're at Linden Grove number thirty one now. "
     "Letters go to Carr House, 12 Bank Street West, Barnsley", ["Linden Grove number thirty one",
                                                                 "12 Bank Street West"]),
    ("a-bay-on-a-named-site-and-a-word-broken-at-a-line-end", "Address: Bay 3, Moorgate Lane Site\n"
     "School: Holy Trinity RC Prim-\nary (not attending)", ["Bay 3, Moorgate", "Lane Site", "Trinity RC Prim", "ary (not"]),
    ("a-setting-named-with-an-ampersand-pre-school", "Tiny Steps Nursery & Pre-School, Barnsley",
     ["Tiny Steps"]),
]
FORTY_SIXTH_KEPT = [
    ("message-spellings-and-form-answers", "yes plz\nyeh i can do thurs. since Xmas he won't go.\n"
     "Interpreter?  NO   Literacy support?  YES - mum asked us to fill it in",
     ["yes plz", "yeh i", "since Xmas", "YES - mum"]),
    ("direction-columns-in-an-sms-export", "03/03/2025 09:40  IN   (her mum rang btw)\n03/03/2025 09:41  OUT  "
     "ok thanks", ["IN   (her", "OUT"]),
    ("a-direction-after-a-time-in-an-sms-export", "14:02  IN   hiya yes text is better\n14:05  OUT  ok",
     ["IN   hiya", "OUT  ok"]),
    ("a-council-a-regulator-and-a-rank-before-a-role", "Respondent: Barnsley MBC (LA presenting officer: "
     "Ms Dee Pratt, Senior SEN Officer). Signed: social worker (SWE reg. SW900123).",
     ["Barnsley MBC", "Senior SEN Officer", "(SWE reg"]),
    ("a-room-named-after-a-surname-found-in-the-document", "Mr Hall will meet us in the Sports Hall, "
     "then the Main Hall.", ["Sports Hall", "Main Hall"]),
    ("parenting-programmes-and-a-sentence-across-an-ner-span", "Dad agreed to do Triple P Stepping Stones "
     "and the Cygnet course. She is at SEN Support. School will apply.", ["Triple P Stepping Stones",
                                                                         "Cygnet", "SEN Support"]),
    ("will-as-a-verb-opening-a-sentence-after-a-will-is-found", "Chair: Mr Will Haigh (SENCO)\n\n"
     "Will the school pay for the trip? Will this be in the plan?", ["Will the school", "Will this"]),
    ("direct-payments-abbreviated", "Personal budget / DP,01/05/2025\nDP Officer", ["/ DP,", "DP Officer"]),
]

# Stop 30: the classes of the read set outside-47 (examples invented, written as wider classes)
FORTY_SEVENTH_FOUND = [
    ("a-child-written-as-a-letter-after-a-dash", "Child: Tobias WARD-LINTON\n\nMon 3/3\nT up at 6. T cried at "
     "the gate.\nTold T - he was thrilled.", ["T up", "T cried", "Told T"]),
    ("the-academy-for-the-one-academy-found", "Child: Rhys Doyle, Y9, Kirkfell Academy. Mum says the Academy "
     "has not reviewed his plan; The Academy must set work.", ["the Academy", "The Academy"]),
    ("a-unit-in-quotes-after-any-base", 'They want Fenwood School (specialist ASD base "The Burrow"); the pass '
     'for the Learning Support base "The Snug" helps.', ["The Burrow", "The Snug"]),
    ("a-spoken-reference-with-commas-and-a-spoken-address-as-an-answer",
     "Caller: Yes. T R, four four one, slash, two five, slash, zero zero nine. Yes, twelve Kiln Lane.",
     ["four four one, slash", "twelve Kiln Lane"]),
    ("welsh-irish-and-scottish-first-names", "Supported by: HYWEL GRIFFITHS, SENDIASS\n"
     "| 13/01/2025 | Induction | Eilidh M | 3 |\nNew referral: Fionnuala Brennan (mum).", ["HYWEL GRIFFITHS",
                                                                                    "Eilidh M", "Fionnuala Brennan"]),
    ("a-caps-surname-and-a-first-name-that-is-a-word-in-a-numbered-list", "7) HOLT, Will (Y8) - refused.\n"
     "8) SHAW, Hope - appeal lodged.", ["HOLT, Will", "SHAW, Hope"]),
    ("a-day-and-month-before-a-time-and-a-day-after-coming", "Consent confirmed by text 14/3 09:12. "
     "Yeah she's coming 19th", ["14/3", "19th"]),
    ("a-named-unit-for-short-breaks", "Leo goes to The Larches for short breaks monthly.", ["The Larches"]),
    ("initials-after-a-capitalised-verb-are-no-nouns-last-word", "Present: Carla Cobb (CC), DS\n"
     "- Refer CC to SENDIASS for support (CC agreed)", ["Refer CC", "CC agreed"]),
    # a review of stop 30's rules: names its new kept words and filters must not hide
    ("names-that-share-a-programmes-or-a-tools-words", "He attends Stepping Stones Nursery in Hoyland. "
     "Letter from Mrs Boxall today.", ["Stepping Stones Nursery", "Mrs Boxall"]),
    ("a-name-after-a-word-messages-use", "Mum's friend Im Soo-ah came too.", ["Im Soo-ah"]),
    ("initials-that-are-also-a-councils", "Sarah Okafor (SCC) will chase. SCC agreed to ring.", ["(SCC)", "SCC agreed"]),
]
FORTY_SEVENTH_KEPT = [
    ("letters-defined-as-codes-with-a-dash", "Key: C - call back, E - email sent\nMon: C. Tue: E, C.",
     ["C - call", "E - email"]),
    ("national-academies-and-trusts", "The Academy Trust board met; The College of Occupational Therapists "
     "wrote.", ["The Academy Trust", "The College of"]),
    ("a-score-before-a-count", "She scored 3/4 10 times in a row.", ["3/4 10"]),
    # a review of stop 30's rules: ordinary prose near their shapes
    ("weekday-words-that-are-verbs-and-first-things", "She sat the first paper of her GCSE. Meet Wednesday "
     "first thing. He sat third in the line.", ["sat the first", "Wednesday first thing", "sat third"]),
    ("a-column-headed-initial-contact", "Ref\tInitial contact\tOutcome\nA1\tPhone\tLetter\nA2\tEmail\tLetter",
     ["Phone", "Email"]),
    ("subjects-and-plans-before-unit-or-short-breaks", "The Maths unit was hard. The Offer for Short Breaks is "
     "online.", ["The Maths unit", "The Offer for"]),
    ("year-groups-periods-and-scores-before-times", "Year 5/6 09:00 swimming. Periods 3/4 10:15 maths. "
     "Spelling: 8/10 and 9/10.", ["5/6 09:00", "3/4 10:15", "9/10"]),
    ("a-gate-a-walk-and-a-food-bank-with-numbers", "Meet at the Main Gate number 2. The Learning Walk number "
     "two is on Friday.", ["Main Gate number 2", "Learning Walk number two"]),
    ("am-and-pm-after-callback-and-a-place-in-a-race", "Callback: AM. Callback: PM\nHe was proud of coming "
     "2nd in sports day.", ["Callback: AM", "Callback: PM", "coming 2nd in"]),
    ("a-message-word-after-a-greeting", "Lola rang.\n[10:03] mum: thanks lol see u at 3", ["thanks lol"]),
    ("a-spoken-number-before-a-weekday", "Yeah, one Sunday morning walk a week helps him.", ["one Sunday morning"]),
    ("a-rank-before-a-role-under-a-signature", "Yours sincerely\n\nJoanna Pickersgill\nSenior SEN Officer\n\n"
     "Mr Mark Baines, Senior SEN Casework Officer, attended.", ["Senior SEN Officer", "Senior SEN Casework"]),
]

# Stop 31: the classes of the read sets outside-48 and outside-49 (examples invented, written as wider classes)
FORTY_EIGHTH_FOUND = [
    ("a-lower-case-child-named-by-his-mother-and-her-signature",
     "From: donna pickersgill <dp@example.org>\nSubject: ryder pickersgill\n\nryder is off school again. ryder "
     "said nobody helps.\n\ndonna pickersgill (ryder's mum)\n\nReply: Ryder has a right to support.",
     ["ryder is", "ryder said", "donna pickersgill", "(ryder's", "Ryder has"]),
    ("a-lower-case-child-carried-or-aged", "i have to pick storm up from nursery and bring ember with me. "
     "then there's my little one arlo he's four", ["storm up", "ember with", "arlo he"]),
    ("a-surname-after-a-lower-case-title-that-acts-or-ends-a-clause", "the OT miss rook says twice a week. "
     "i'd ask miss rook for it. and the lady from the primary miss gaunt, since then", ["miss rook", "miss gaunt"]),
    ("a-name-in-its-own-script-after-a-label", "Sender as written in Urdu: شازیہ   [= Shazia]\n"
     "[signed in Urdu: شازیہ]", ["شازیہ"]),
    ("a-letterhead-spelled-letter-by-letter-and-scanned", "W I N D L E S T O N   A C A D E M Y\n"
     "We write about Jay at Windlest0n\nAcademy.", ["W I N D L E S T O N   A C A D E M Y"]),
    ("a-street-parted-by-bullets-and-a-smudged-signature", "Hartcliffe Way • Barnsley • S70 4QT\n\n"
     "Yours sincerely\n\n    P Hollinsh~d\nMr P. Hollinshead", ["Hartcliffe Way", "~d"]),
    ("a-school-an-email-display-name-spells", "To: Windleston Office <office@windleston-academy.sch.uk>",
     ["Windleston Office"]),
    ("a-nursery-at-a-site-and-a-unit-after-lower-the", "mum of Kit, Busy Bees @ Park House. He was held in "
     "the Larches resource base.", ["Busy Bees @ Park House", "Larches"]),
    ("a-day-in-brackets-after-a-weekday-and-a-day-opening-a-message", "on thursday (13th) nobody came.\n"
     "27th is fine for me", ["(13th)", "27th is"]),
    ("codes-after-case-smartcard-and-initials", "(Leeds court, case LS22C01184). Printed by: BELL, Ann  "
     "Smartcard: 4410 2275 9031. SENDIASS case R-2210. (child in care - initials TQ)",
     ["LS22C01184", "4410 2275 9031", "R-2210", "TQ"]),
    ("a-facebook-page-and-dotted-initials-signing-a-paragraph", "Find us on Facebook /DearneValleyCarers\n\n"
     "Mum agreed and will bring the form. K.W.\n", ["DearneValleyCarers", "K.W."]),
    ("a-child-after-a-markdown-label", "**Child:** Rowan Kettlewell-Bray, born 2016", ["Kettlewell-Bray"]),
    ("a-spoken-lower-case-address-and-a-two-word-lower-street", "Speaker 2: sixty one hollin carr avenue\n"
     "his nana lives on nether edge crescent", ["sixty one hollin carr avenue", "nether edge crescent"]),
    ("a-short-breaks-home-by-its-article", "overnight short breaks at The Hollies. The Hollies Short Breaks, "
     "Ackworth. Transport to The Hollies.", ["The Hollies"]),
    ("an-estate-and-a-site-in-lower-case", "She lives on the Lupset estate; they settled on the Tinsley site.",
     ["Lupset estate", "Tinsley site"]),
    ("a-name-in-a-csv-row-before-a-quoted-cell", 'date,name,children\n12/02/2025,Agnieszka Wrobel,"Kuba, Ola"',
     ["Wrobel"]),
    ("a-persons-initials-where-a-shorter-form-of-the-name-is-found-too", "Notes: A. Pollitt (SENCO)\n"
     "- Andrea Pollitt - SENCO\n\n| 1 | Send papers | AP | 22/10 |", ["| AP |"]),
    # a review of stop 31's rules: names their new kept words and filters must not hide
    ("a-name-that-is-a-verb-before-an-adverb", "Will Brannigan came. Will also attended. Will still finds it "
     "hard. Chase Doyle came. Chase again refused.", ["Will also", "Will still", "Chase again"]),
    ("initials-opening-a-square-bracket", "Minutes. [JB: spoke to mum] Owner: [KL]. Jo Barker (JB) chaired.",
     ["[JB:"]),
    ("initials-that-are-a-word-where-they-act", "Natalie Oyelowo (nurse). N. Oyelowo signed. NO agreed to call.",
     ["NO agreed"]),
    # the classes of the read set outside-51
    ("a-key-of-staff-codes-and-the-codes-in-a-log", "Incident\tStaff_Code\tNote\nBT-1\tRHU\trefused\nBT-2\tKLE\tlate\n"
     "Staff codes: RHU=R Hudson (Maths)\tKLE=K Leyland (PE)", ["RHU", "KLE", "R Hudson", "K Leyland"]),
    ("a-header-on-a-columns-line", "Columns: Date | Direction | Contact | User\n\n17/03/2025 | OUT | Mia Lowe | "
     "jtrevelyan\n18/03/2025 | IN | Mia Lowe | jtrevelyan", ["jtrevelyan"]),
    ("a-name-in-any-alphabet-under-a-names-column", "submitted,parent_name,relationship\n05/03/2025 06:41,"
     "Rūta Jankauskienė,Mother", ["Rūta", "Jankauskienė"]),
    ("a-unit-called-so-and-a-space-in-brackets", "They want him in a base called The Lantern, with a quiet space "
     "(The Nook).", ["The Lantern", "The Nook"]),
    ("a-letter-for-a-name-and-a-letter-with-a-kiss", "I will call him J. He is in Year 3.\n\nYou'll be great. R x",
     ["call him J.", "R x"]),
    ("an-address-read-out-on-any-domain", "email me on tinamarsh at example dot com thanks", ["tinamarsh"]),
    ("a-child-carried-in-a-logs-cell", "17/03/2025 11:52 | IN | Dawn Marsh | can i bring rowan with me | Received",
     ["rowan with"]),
    ("schools-ranked-as-a-parent-says-it", "for secondary we put hollinwood first and birch vale second",
     ["hollinwood", "birch vale"]),
    # a review of the -51 rules: names they must not hide
    ("names-near-the-51-rules", "Mrs Caldicott (class teacher) said Jayden Caldicott was fine. Spoke with Hazel "
     "class teacher.\nTo: Hallam Jones <hallam.jones@hallamacademy.example>", ["Caldicott", "Hazel", "Hallam"]),
    ("a-meetings-day-and-a-romany-first-name", "8. Aras K annual review 20th - I'll take it. 3. Kizzy and "
     "Charlene on the site.", ["review 20th", "Kizzy"]),
]
FORTY_EIGHTH_KEPT = [
    ("tracked-change-markers", "Shown as [DEL: ...] and [INS: ...]. [INS: He wants help.]", ["[DEL:", "[INS:"]),
    ("an-act-and-its-year-after-a-persons-initials", "Esme Atkins rang. Duties under EA 2010 apply.", ["EA 2010"]),
    ("a-note-without-its-subject-and-a-tracker-action", "Will Brannigan rang. Will try again pm.\n"
     "Case,Action\nR1,Chase LA\nChase Mrs Ainsworth for the report.", ["Will try", "Chase LA", "Chase Mrs"]),
    ("a-verb-name-after-a-kin-word-at-a-clause-end", "SENDIASS can help your mum chase. They are free.",
     ["mum chase."]),
    ("a-class-named-like-a-found-school", "Jack attends Kestrel Rise Primary. Class Kestrel is Summer's class. "
     "Kestrel is my class.", ["Class Kestrel", "Kestrel is my class"]),
    ("degrees-and-hydrotherapy", "Headteacher: Mr G. Thackray BA (Hons) NPQH\nI like hydro. Hydro is my best.",
     ["BA (Hons)", "hydro", "Hydro is"]),
    ("case-words-that-are-no-references", "in case 20000 people come; the Inclusive Learning base; "
     "KL said he is 17; my youtube/tiktok channel.", ["20000", "Inclusive Learning", "said he", "youtube/tiktok"]),
    ("an-ordinal-that-is-no-day", "1st is the priority here.", ["1st is"]),
    ("a-child-status-after-a-child-label", "Child: Looked After\nChild: In Need Plan", ["Looked After", "In Need"]),
    # a review of stop 31's rules: ordinary prose near their shapes
    ("counts-before-street-words-and-a-miss-that-is-a-verb", "she has two really close friends and two county "
     "court hearings. the kids miss french, it's a shame.", ["two really close", "county court", "miss french"]),
    ("words-fetched-that-are-no-child", "can you pick kit up and take summer off work. Amelia brings joy to the "
     "class.", ["kit up", "summer off", "brings joy"]),
    ("a-systems-constant-and-a-saying-after-miss", "Template: APPT_REMIND\nhe told me miss said he had to go",
     ["APPT_REMIND", "miss said"]),
    ("a-class-in-lower-case-and-health-words", "Lily Hart (Y2). Bag in the Willow class cupboard. School Nurse "
     "(SCPHN) via NHSmail, Caldicott principles; Little Wandle keep-up; Bristol type 4.",
     ["Willow class", "SCPHN", "NHSmail", "Caldicott", "Little Wandle", "Bristol type"]),
    ("ordinary-words-near-the-51-rules", "Plan A was agreed. Thanks. A x\nA = A Block, B = B Group.\nHome "
     "language (written by parent): اردو\nthe Adolescent unit; the unit called the Police; we should put cost first. "
     "home visit 1st, Home visit 2nd. Code of Practice 2015 at gov dot uk. half acres of land. from Sunshine Taxis.",
     ["Plan A", "A Block", "B Group", "اردو", "Adolescent unit", "the Police", "cost first", "visit 1st", "2015",
      "half acres", "Sunshine Taxis"]),
    ("a-room-after-lower-the-an-amount-a-language-and-a-game", "He went to the Isolation unit and the "
     "Reflection base. In this case 50000 pounds was spent.\nLanguage: العربية\nHe plays Happy Families.",
     ["Isolation unit", "Reflection base", "50000", "العربية", "Happy Families"]),
]

# Classes of the read outside-54 (Hull and the East Riding), as wider classes
FIFTY_FOURTH_FOUND = [
    ("a-month-misspelt-in-a-dated-line", "Dated 14th Febuary 2025. Seen again Septmber 3, 2024.",
     ["14th", "Febuary", "Septmber"]),
    ("days-joined-by-and-before-their-month", "She missed school on 9 and 10 March.", ["9 and", "10 March"]),
    ("a-day-alone-after-on-the-that", "The officer came on the 17th that I told you about.", ["17th"]),
    ("a-year-said-after-a-comma", "Date of birth? Twelfth of June, two thousand sixteen.", ["Twelfth", "sixteen"]),
    ("a-number-said-after-its-label", "My ID number is three one eight two seven, thanks.", ["three one eight"]),
    ("a-user-name-after-agent-and-scanned-by", "Agent: pbarraclough | Queue 2\n[scanned by: clerk7]\n"
     "--- NOTE (typed, pbarraclough, 04/03/2025 10:02) ---", ["pbarraclough", "clerk7"]),
    ("a-name-spelled-with-hyphens", "His name is Teodor. T-E-O-D-O-R. We live on W-I-L-L-O-W-B-R-O-O-K Road.",
     ["T-E-O", "W-I-L-L"]),
    ("a-post-office-box", "Send it to the SEND Team, PO Box 4410, Anytown.", ["PO Box 4410"]),
    ("a-plot-on-a-site-in-lower-case", "Address: Plot 4 Meadow Farm site\nPlot 2, Cherry Lane site, Leven",
     ["Plot 4", "Meadow Farm", "Cherry Lane"]),
    ("a-second-signer-with-two-initials", "Yours sincerely,\n\nP J Kowalczyk        R T Kowalczyk\n",
     ["P J", "R T", "Kowalczyk"]),
    ("an-unknown-first-word-before-a-found-name", "Child\tMing Tsz CHAU (known as 'Tsz' at home)",
     ["Ming", "CHAU"]),
    ("a-nickname-with-a-word-before-it-in-quotes", "Mum and son share a name; the boy is known as 'little Rafe'.",
     ["little Rafe"]),
    ("a-first-name-and-initial-before-and", "The relay team (Oskar B, Ellis W and Zain) won.", ["Oskar B", "Ellis W"]),
    ("a-column-of-signatures", "No\tYoung person\tParent/carer\tSigned (parent)\tDate\n"
     "1\tMaisie Grey\tDawn Grey\tdg\t06/03/2025\n2\tLuca Ferri\tAnna Ferri\tA Ferri\t06/03/2025\n",
     ["\tdg\t", "A Ferri"]),
]
FIFTY_FOURTH_KEPT = [
    ("a-word-spelled-that-is-a-term", "She has S-E-N-D needs.", ["S-E-N-D"]),
    ("a-job-title-and-a-nation-are-no-setting", "Contact the Travel Training Co-ordinator. Registered in England "
     "and Wales.", ["Travel Training Co-ordinator"]),
    ("assessment-subtests-and-their-words", "CTOPP-2 Phonological Awareness composite 82. Weakness in "
     "phonological awareness and rapid naming.", ["Phonological Awareness", "phonological awareness", "rapid naming"]),
    ("a-plan-and-an-article-after-a-word-before-and", "Choose Plan A and Plan B. Zara Holt came.", ["Plan A", "Plan B"]),
    ("counting-said-aloud-is-no-number", "He can count one two three four five now.", ["one two three four five"]),
    ("answers-under-a-signed-column", "No\tYoung person\tParent/carer\tSigned (parent)\tDate\n"
     "1\tMaisie Grey\tDawn Grey\tY (verbal)\t06/03/2025\n2\tLuca Ferri\tAnna Ferri\tOK\t06/03/2025\n", ["Y (verbal)", "\tOK\t"]),
    ("days-words-and-years-that-are-no-dates", "It's the 3rd that's gone missing. By the fifth of June, twenty "
     "one children came.", ["3rd that's", "twenty one children"]),
    ("a-transcripts-agent-and-a-childs-counting", "[00:01] agent: hiya\n[00:02] agent: okay so\nShe can now "
     "say number one, two, three, four and five.", ["agent: hiya", "one, two, three, four and five"]),
    ("phonics-a-hospital-site-and-a-pet-name", "Blend s-t-o-p and f-r-o-g. Parking is in Bay 3 Main Hospital "
     "site. Dad calls him 'little Man'.", ["s-t-o-p", "f-r-o-g", "Main Hospital site", "little Man"]),
]

# Stop 33: the review's narrow items of stop 32 and classes any writer may use, found before the
# new sets were read
STOP_33_FOUND = [
    ("a-month-and-a-bare-day", "We spoke on March 12 about it. Panel (Sept 3) said no. Ring by June 5 please.",
     ["March 12", "Sept 3", "June 5"]),
    ("a-misspelt-month-with-no-year", "She was seen on the 3rd Febuary at home.", ["Febuary"]),
    ("a-name-spelled-with-spaced-hyphens", "Her name is Teodora, that's T - E - O - D - O - R - A.", ["T - E - O"]),
    ("a-typist-before-a-named-month", "(typed, pbarraclough, 18 Feb 2025)", ["pbarraclough"]),
    ("a-number-said-after-its-label-with-s", "My number's four zero six seven one.", ["four zero six"]),
    ("villages-anywhere-in-the-country", "Nan lives in Skirlaugh and we meet at Brandesburton or in Market Rasen.",
     ["Skirlaugh", "Brandesburton", "Rasen"]),
]
# outside-56's classes (Leeds and Bradford), as wider classes
FIFTY_SIXTH_FOUND = [
    ("user-names-under-a-header-with-an-abbreviation", "Log ID\tDate Rec'd\tTaken By\tCaller\n"
     "DL-0042\t02/09/2024\tkbrightmore\tNasreen Aslam\n", ["kbrightmore"]),
    ("a-silc-a-learning-hub-a-stay-and-play", "The LA will name Hollinfield SILC. He goes to the Kestrel Learning "
     "Hub meanwhile; his sister to Tiny Acorns Stay & Play.", ["Hollinfield", "Kestrel", "Tiny Acorns"]),
    ("a-short-breaks-unit-named-with-two-words", "Overnight short breaks at Juniper Lodge (residential unit). "
     "Short breaks at Heron House.", ["Juniper Lodge", "Heron House"]),
    ("an-oval-as-a-street", "They live at 9 Fernbeck Oval, Moortown.", ["Fernbeck Oval"]),
    ("places-joined-by-a-slash", "The family moved to Harehills in May. Team: Harehills/Burmantofts.",
     ["Burmantofts"]),
    ("a-child-as-a-letter-after-a-surname-first-name", "Patient: DIMOVA, Kalina Petrova  DOB 02/02/2022\n"
     "Mum reports K not saying words. K screams in shops.", ["K not", "K screams"]),
    ("a-date-in-the-hebrew-or-islamic-calendar", "Date: 23rd Tishrei 5785. Dated 12 Rabi al-Awwal 1446 AH.",
     ["Tishrei", "Rabi al-Awwal"]),
    ("a-transcripts-spoken-date-and-postcode", "[00:00:34] Speaker 1: second of may 2016 thanks can i take a "
     "postcode\n[00:00:38] Speaker 2: l s nine oh e x\n[00:03:38] Speaker 2: i think the fourteenth june",
     ["second of may", "l s nine oh e x", "fourteenth june"]),
]
FIFTY_SIXTH_KEPT = [
    ("a-month-and-a-two-digit-year", "ASD diagnosed Mar 23 via the CDC. Family arrived May 24, moved from "
     "Sofia Oct 22.", ["Mar 23", "May 24", "Oct 22"]),
    ("faiths-days-languages-counties-and-terms", "Yiddish at home; not on Shabbos or Yom Tov. A college in "
     "Cumbria. Data for the Autumn and Summer terms.", ["Yiddish", "Shabbos", "Yom Tov", "Cumbria", "Autumn and Summer"]),
    ("a-tutor-group-and-a-reply-word", "Subject: RE: Bianca L - 8KT - support\n[00:03:08] Speaker 1: samsam ok "
     "lovely\n[00:03:10] Speaker 2: ok yes\n[00:03:12] Speaker 1: ok", ["8KT", "Speaker 2: ok yes", "Speaker 1: ok"]),
    ("a-spoken-ordinal-before-a-holiday", "it was the first may bank holiday", ["first may bank holiday"]),
    ("respite-at-a-generic-word", "Respite at Home is offered. Short breaks at Weekends only.",
     ["Respite at Home", "Short breaks at Weekends"]),
    ("a-slash-to-a-word", "Team: Harehills/Other areas", ["Other areas"]),
]
STOP_33_KEPT = [
    ("a-month-before-a-count", "In May 3 pupils left and in March 12 children joined; June 20% up.",
     ["May 3 pupils", "March 12 children", "June 20%"]),
    ("a-lists-letters-with-spaced-hyphens", "Options A - B - C - D are listed.", ["A - B - C - D"]),
    ("the-big-cities-and-their-councils", "They moved from London to Manchester, then to Leeds and Hull.",
     ["London", "Manchester", "Leeds", "Hull"]),
]

# outside-57's classes (Wakefield, York and Selby), as wider classes
FIFTY_SEVENTH_FOUND = [
    ("a-date-and-its-time-of-day", "CallID\tReceived\tHandler\nHL0101\t14/10/2025 09:52\tdpembury\n",
     ["14/10/2025", "dpembury"]),
    ("forenames-under-a-camel-case-header", "CaseRef,ChildForename,ChildSurname,KW\n"
     "XSI-0101,Zhenya,Blakey,JT\nXSI-0102,Ruoxi,Tennant,CP\n", ["Zhenya", "Ruoxi", "CP"]),
    ("initials-after-typed-or-sent-by", "Callback note (typed by CP). Easy read copy sent by RW.", ["CP", "RW"]),
    ("a-date-on-the-line-after-a-label-word", "Diagnosed last year\n17/10/2024, 16:49 - Jade: ok", ["17/10/2024"]),
    ("a-short-break-centre-and-a-saturday-club", "Overnights at Larchfield Short Break Centre; Saturdays at "
     "Glitter Saturday Club. The Short Break Centre is shut in August.", ["Larchfield", "Glitter"]),
    ("a-day-after-dated-the", "The refusal letter is dated the 27th so we have two months.", ["27th"]),
    ("a-place-of-worship-named-after-its-kind", "Masjid Noor-ul-Islam Dewsbury Road runs the after-school "
     "class.", ["Noor-ul-Islam"]),
]
FIFTY_SEVENTH_KEPT = [
    ("the-council-the-text-names-as-one", "CITY OF YORK COUNCIL\nYou have contacted York SENDIASS. City of "
     "York Council holds the plan.", ["York SENDIASS", "City of York Council"]),
    ("a-verb-before-the-kind-of-school", "He finds secondary school tiring and he finds maths hard. Connor "
     "attends full-time now.", ["finds secondary school", "finds maths", "full-time"]),
    ("a-diarys-verbs-opening-its-lines", "Rang school 8.40 about it. Actioned by: ____\nSaid the new teacher "
     "shouts. Will the school help?", ["Rang school", "Actioned", "Said the", "Will the"]),
    ("a-faiths-words-and-greetings", "Waheguru Ji Ka Khalsa, Waheguru Ji Ki Fateh. He does sewa at our "
     "Gurdwara and helps the Gurdwara Management Committee.", ["Waheguru Ji Ka Khalsa", "sewa", "Gurdwara Management"]),
    ("office-hours-after-a-weekday", "I work Monday to Thursday, 9 o'clock to 3 o'clock.", ["Thursday, 9"]),
    ("letters-of-a-word-spelled-out", "not an e h c p a support plan, the h i v e person said",
     ["e h c p a", "h i v e"]),
    ("a-town-before-its-sendiass", "Parents are supported by Kendal SENDIASS (Claire). Kendal SENDIASS "
     "will call.", ["Kendal SENDIASS"]),
    ("an-abbreviation-defined-after-its-words", "Additional Learning Support (ALS)\nALS Agreement: the "
     "ALS team meets weekly. Information Governance and the Employability Coach agreed.",
     ["ALS Agreement", "the ALS team", "Information Governance", "Employability Coach"]),
    ("a-withheld-caller", "Received\tCallerName\tRelation\n16/10/2025\tWithheld\tgran\n", ["Withheld"]),
    ("record-and-medicine-abbreviations", "Hosp No: X1234567. Melatonin 2 mg MR at 7pm. SEN Supp plan "
     "reviewed; Resettlement Caseworker; Hypermobility - PE", ["Hosp No", "mg MR", "SEN Supp", "Resettlement", "Hypermobility"]),
]

# outside-59's classes (Lancashire, Cumbria and Blackpool), as wider classes
FIFTY_NINTH_FOUND = [
    ("initials-with-an-age-a-possessive-or-family", "New – TK: P.D. (8), Accrington. JW's EHCNA was refused. "
     "(H family, Clitheroe) were seen.", ["P.D.", "JW's", "H family"]),
    ("an-e-mail-said-with-digits", "SPEAKER 2: yeah jodiebell77 at example dot com, all one word",
     ["jodiebell77"]),
    ("a-name-said-then-spelled", "SPEAKER 2: it's kerry kerry hoyle H O Y L E", ["hoyle", "H O Y L E"]),
    ("a-month-and-day-after-a-label", "Review date: March 12. Deadline: June 15 for the form.",
     ["March 12", "June 15"]),
    ("a-titled-name-with-a-stop-in-a-row", "Caseworker\tMrs. Okonkwo\tSchool\tBirchfield\n",
     ["Okonkwo", "Birchfield"]),
    ("a-date-as-two-ordinals", "she was born the 9th of the 2nd 2014 at home", ["9th of the 2nd"]),
    ("a-translated-letters-dates", "Dziękuję za spotkanie w dniu 14 czerwca. Scrisoarea din 3 septembrie 2024.",
     ["14 czerwca", "3 septembrie"]),
]
FIFTY_NINTH_KEPT = [
    ("the-countrys-local-authorities", "Cases: Blackpool, Lancs and Cumberland. Westmorland and Furness "
     "Council wrote; Westmorland and Furness SENDIASS replied. She lives in Lancashire.",
     ["Blackpool", "Lancs", "Cumberland", "Westmorland and Furness Council", "Westmorland and Furness SENDIASS",
      "Lancashire"]),
    ("a-family-not-a-letter", "A family came to the drop-in. The LA's decision and the GP's letter.",
     ["A family", "LA's", "GP's"]),
    # (a review of stop 33's change)
    ("scores-and-counts-after-a-month", "Standard Score 85, Percentile Rank 16. Attended 4 Drama Circus "
     "sessions. May 1 parent attend the meeting? In June 3 further exclusions were issued.",
     ["Percentile Rank 16", "4 Drama Circus", "May 1 parent", "June 3 further"]),
    ("everyday-words-that-are-villages-too", "Saline flush used. The saline was cold.\nMOLD AND DAMP\n"
     "The flat has mold in the summerhouse.", ["Saline flush", "saline was", "MOLD AND DAMP", "mold", "summerhouse"]),
    ("a-towns-word-in-lower-case", "Nan lives in Paisley; he wore a paisley shirt.", ["paisley shirt"]),
    ("a-forums-family-words", "Update: DS's school finally agreed to the part-time plan.", ["DS's school"]),
]
STOP_35_FOUND = [
    ("a-seaside-street-without-a-number", "Mum said they moved to Queens Promenade last year.",
     ["Queens Promenade"]),
    ("islamic-months-as-families-spell-them", "Nikah on 3rd Zul Hijjah 1445 AH; letter of 12 Rabi-ul-Awwal 1446; "
     "5 Jamadi-us-Sani 1446; 1st Ramzan 1446.", ["Zul Hijjah", "Rabi-ul-Awwal", "Jamadi-us-Sani", "Ramzan"]),
]
STOP_35_KEPT = [
    ("a-promenade-that-is-no-address", "We walked along the Promenade at Blackpool on Saturday.",
     ["the Promenade at Blackpool"]),
    ("a-time-of-year-after-short-breaks", "Short breaks at Easter Time were cancelled; overnights at Christmas "
     "Holidays too.", ["Easter Time", "Christmas Holidays"]),
    ("a-journey-under-a-route-header", "Date,Trainee,Route,Notes\n06/01/2025,Ellis,Home > Fenwick LC (bus 22X),ok\n"
     "07/01/2025,Ellis,Home > Fenwick LC,ok\n", ["Home > "]),
    ("a-thing-after-the", "I cannot get to the Guildhall on Monday. She said the Attendence Officer would come.",
     ["the Guildhall", "the Attendence Officer"]),
    ("a-service-named-by-send-words", "We asked for additional support from the Autism Outreach team.",
     ["the Autism Outreach team"]),
    ("a-wish-in-lower-case-and-lettered-things", "From Hope Lane to Everyone:\n\thope you are well\n"
     "See Appendix B. Bright children do well. Take band C. Further\n- LA (SEN/24/0001) refused",
     ["hope you are well", "B. Bright", "C. Further", "- LA ("]),
    ("kept-words-written-with-stops", "She has A.S.D. and sees the N.H.S. team and C.A.M.H.S. weekly.",
     ["A.S.D.", "N.H.S.", "C.A.M.H.S."]),
    ("which-setting-in-capitals", "HE NEEDS A NEW PRIMARY SCHOOL NEAR HOME. MUM WANTS THE LOCAL SPECIAL SCHOOL.",
     ["NEW PRIMARY SCHOOL", "LOCAL SPECIAL SCHOOL"]),
]


# stop 35's review of stop 34 (helper-written cases, not from any set)
STOP_35_REVIEW_FOUND = [
    ("days-listed-after-a-date-are-no-time", "Missed sessions on 3 March 2025, 14.03 and 21.03.", ["14.03", "21.03"]),
    ("an-authoritys-name-as-a-childs", "Dear Kent, thanks for the call. Camden is 7 and loves trains.",
     ["Kent", "Camden"]),
    ("a-persons-initials-defined-after-her", "Will Mason (WM) rang. WM said the plan is fine.", ["Will Mason", "WM"]),
    ("a-month-and-day-before-a-word", "Rang mum Feb 3 re EHCP.", ["Feb 3"]),
    ("a-name-spoken-to-before-we", "Mark we need the consent form by Friday.", ["Mark"]),
    ("settings-named-by-plural-words", "we moved him to meadows academy in sept and willows primary said no",
     ["meadows academy", "willows primary"]),
    ("a-spelled-surname-and-the-next-sentences-name", "Mum asked us to note her surname is spelt T H O R N. "
     "Jade Thorn is in Year 5.", ["T H O R N", "Jade", "Thorn"]),
    ("a-family-by-its-letter", "Add the request to R family IRP pack. Visit to the K family on Monday.", ["R family", "K family"]),
]
STOP_35_REVIEW_KEPT = [
    ("a-body-logging-a-note", "Note logged by NHS on the system.", ["logged by NHS"]),
    ("plan-b-family-support", "Plan B family support starts soon; Option C family time too.",
     ["Plan B family support", "Option C family time"]),
    ("an-authority-that-says", "Her assessment plan from Blackpool says 25 hours.", ["Blackpool says"]),
    ("authorities-written-with-an-ampersand-or-without-the", "We moved from Telford & Wrekin to Brighton and "
     "Hove, then Bath & North East Somerset.", ["Telford & Wrekin", "Brighton and Hove", "Bath & North East Somerset"]),
    ("will-you-is-a-question", "Will you send the form?", ["Will you"]),
    ("a-county-and-its-council", "Mum moved to Kent last year; Kent County Council agreed.",
     ["moved to Kent", "Kent County Council"]),
]


# outside-60's classes (read in stop 35), in invented words
SIXTIETH_FOUND = [
    ("a-village-of-a-saints-name", "Nan rang back. Lives in Wrenbury St Giles now.", ["Wrenbury St Giles"]),
    ("a-settings-district-ending-its-line", "Setting: Harcombe Lane Infant School, Thistlebrook\nPlan dated",
     ["Thistlebrook"]),
    ("someone-called-by-a-month", 'He said "a lady called Jan" rang him, then a worker named Gwilym Prosser.',
     ["Jan", "Gwilym Prosser"]),
    ("a-letters-reference-of-initials", "Our ref: RT/jm\nDictated but not signed.", ["RT/jm"]),
    ("a-chat-message-opened-by-its-writer", "09/09/2024, 20:10 - Manj: Manjinder here, Ravi's dad.", ["Manjinder"]),
    ("a-trust-of-academies", "Quarrymoor Multi Academy Trust is a company registered in England.",
     ["Quarrymoor Multi Academy Trust"]),
    ("a-traveller-site-by-its-place", "Visit at the trailer, plot 4, Upper Coxley Traveller site, BA5 1QT.",
     ["Upper Coxley"]),
    ("a-hyphenated-town-of-the-countrys-list", "They travel for work, often to the Stow-on-the-Wold fair.",
     ["Stow-on-the-Wold"]),
    ("a-header-with-an-abbreviated-label", "Case Ref,Surname,Forename,Request Rcvd,Wks\n"
     "NS-EHC-24-0301,Vosper,Kit,08/04/2024,19.6\nNS-EHC-24-0302,Penhaligon,Wren,09/04/2024,20.1\n",
     ["Vosper", "Penhaligon", "Kit", "Wren"]),
    ("a-header-with-one-label-that-reads-like-a-name", "UPN,Legal Surname,Legal Forename,DOB,NC Year,Reg Group,Notes\n"
     "A373221516007,Vosper,Kit,14/03/2015,Y5,5H,\nB373221516012,Penhaligon,Wren,02/07/2015,Y5,5H,screener done\n",
     ["Vosper", "Penhaligon", "Kit", "Wren"]),
    ("a-whole-date-after-a-label-word", "Referred via the advice line 14/10/2024; chased on week 21-10-2024.",
     ["14/10/2024", "21-10-2024"]),
    ("a-folder-named-by-surname-and-initial", "Saved to: S:\\Volunteers\\Supervision\\Pengelly_R\\2025-01-15.docx",
     ["Pengelly_R"]),
]
SIXTIETH_KEPT = [
    ("a-body-after-a-role", "witness: Senior EP, Plymouth Educational Psychology Service. Worker (Cornwall Inclusion "
     "Service).", ["Plymouth Educational Psychology Service", "Cornwall Inclusion Service"]),
    ("an-authoritys-own-services", "Found us through the Somerset Local Offer; Somerset Virtual School has the PEP; "
     "referral to Somerset CSC and the Front Door; letter from City Hall.",
     ["Somerset Local Offer", "Somerset Virtual School", "Somerset CSC", "Front Door", "City Hall"]),
    ("conditions-and-tests-named-after-people-or-brands", "Diagnosed with Hodgkin lymphoma in June; QbTest and "
     "PHQ-9 = 14, GAD-7 = 16; Forest School on Thursdays.", ["Hodgkin lymphoma", "QbTest", "PHQ-9", "GAD-7", "Forest School"]),
    ("a-community-named", "The family are English Romany Gypsies.", ["Romany Gypsies"]),
    ("a-diarys-said-before-he", "Visit went well. Said he has a pass card but never uses it.", ["Said he has"]),
    ("a-forms-label-under-a-pair-that-names-someone", "SEN status\tEHC plan (SEMH)\tVirtual School\tSarah Tennant, "
     "Learning Adviser\n\nEthnicity\tMixed – White and Black Caribbean\tDate of PEP meeting\t28/11/2024\n",
     ["Ethnicity", "Virtual School"]),
    ("a-citation-between-volume-and-section", "As defined in 48 C.F.R. 2.101 and 42 U.S.C. 1983.",
     ["48 C.F.R. 2.101", "42 U.S.C. 1983"]),
]


# stop 36: outside-60's remaining misses, in invented words
STOP_36_FOUND = [
    ("a-short-form-that-is-a-word-opening-a-cell", "Name\tNotes\nFinley Tregaskis\tFin suspended 3 days.\n"
     "Call back\tRang school. Fin now on a reduced timetable.\n", ["Fin"]),
    ("a-capitalised-thanks-to-a-short-form", "20:01 - Shelley Tamsin: hi all\n20:05 - Kel: love this. Thanks shell x",
     ["shell"]),
    ("a-family-by-a-surname-that-is-a-word", "TO - rough notes, typed up. Ward fam. SI-24-0347. Visit to the "
     "Hope family on Tuesday.", ["Ward", "Hope"]),
    ("a-surname-that-is-a-word-before-a-phone", "or her sister Mary-Kate\nWard 077009 00944\nEmail: none\n"
     "Michael Ward (Mikey) is in Year 3.", ["Ward"]),
    ("a-saints-school-by-its-name", "Holy Family Catholic Primary School said Holy Family would help.", ["Holy Family"]),
    ("initials-before-year-groups-in-a-minutes-list", "**BM**\n- *JH* (Y6, Thornbeck) – agreed.\n- *LMH* (Y8, "
     "Moorgate Vale Academy) – x\n- *MA-H* (Y2) – outreach\n**TS & MS (Y3/Y1)** – the Shaw children\n**LB-P (Y6)** – sent",
     ["JH", "LMH", "MA-H", "TS", "MS", "LB-P"]),
    ("a-typists-initials-in-lower-case", "Dictated 02/12/2024, typed 05/12/2024 (hd)\nTyped: 18/02/2025 (kp)", ["(hd)", "(kp)"]),
    ("first-names-on-a-form", "Surname:            OYELOWO-GRANT\nFirst name(s):      Temperance Abigail\n"
     "Consultant: \"Temperance has sickle cell\"", ["Temperance", "Abigail"]),
    ("a-case-systems-number", "mum rang - CMS 24-0881\ncomplaint ref PALS 24/1183\nsee CMS case note 25/0388",
     ["24-0881", "24/1183", "25/0388"]),
    ("a-short-form-thanked-in-lower-case", "they cant do that. bev you said to ask in writing.\nthanks bev, sorry "
     "for the spelling", ["bev"]),
    ("a-child-named-by-a-modal-verb-in-a-parents-email", "subject: formal complant - will shepherd yr5\n\nmy name is "
     "kirsty shepherd and my son is will in year 5. will has been on sen support since year 2. i only found out bc "
     "will told me. will's sister is in reception.", ["will shepherd", "son is will", "will has", "will told", "will's"]),
    ("a-day-alone-in-a-diary-or-a-reply", "Sent the request off on the 4th by email.\nAre you free Thursday? The 13th."
     "\n27th\nSchool rang 1.30\nthe thing i sent u on the 18th the jo one", ["4th", "13th", "27th", "18th"]),
    ("an-unlisted-first-name-before-the-familys-surname", "Annual Review Report\n\nPupil\tChidera Okoye (known as "
     "\"Chi\")\n\nParents / carers\tMrs Ngozi Okoye and Mr Emeka Okoye\n\nPresent: Ngozi Okoye (mum); Emeka Okoye (dad)",
     ["Chidera"]),
    ("a-chats-display-name-with-a-short-form", "Shell Parkin\nhiya sorry to msg so late\n\nRotherham SENDIASS\nHi "
     "Shelley, thanks for getting in touch.\n\nShell Parkin\nhis name is Tyler-Jay Parkin", ["Shell"]),
    ("a-name-that-is-a-word-with-its-town-in-brackets", "**4. Hope (Wombwell).** Hope cares for her granddaughter.",
     ["Hope"]),
    ("a-lower-case-name-before-said", "i told max he has to go. max said no", ["max"]),
    ("a-relations-name-in-brackets", "He lives with mum (Bubbles) and nan (carol).", ["Bubbles", "carol"]),
    ("a-surname-in-brackets-after-a-role", "Ward staff noted it. Mrs Ward rang back.", ["Mrs Ward"]),
    ("a-hub-named-by-its-place-alone", "We met at the Kelsworth Family Hub. Next time at Kelsworth library.",
     ["Kelsworth"]),
]
STOP_36_KEPT = [
    ("a-short-form-word-not-opening-a-sentence", "Finley Tregaskis swims. The fin of his wetsuit tore; fin rot in "
     "the pond.", ["The fin of", "fin rot"]),
    ("a-greeting-to-everyone", "Kelsey Morvah: Thanks all. Morning everyone", ["Thanks all", "Morning everyone"]),
    ("advice-officers-in-a-present-list", "Present: Tom Hebden (Team Leader, chair); Rukhsana Begum (AO); "
     "Ruth Hallam (AO).", ["(AO)"]),
    ("a-radio-aid-by-its-brand", "She uses a Roger radio aid in class.\nRoger Touchscreen mic\tRG-0045821",
     ["Roger radio aid", "Roger Touchscreen"]),
    ("a-casework-database", "Everything is logged on Lamplight; update Lamplight case notes.", ["on Lamplight", "update Lamplight"]),
    ("a-diary-entry-after-its-time", "Tue 03/12\n14:00  Said she wants to see her brother. 15:10 Will ring back.",
     ["Said she wants", "Will ring back"]),
    ("a-posts-remit-in-brackets", "Mrs R Storey\nSENCO & Assistant Head (Inclusion)\nEducation Welfare Service (North)\n"
     "Locality Team (North) to Locality Team (East)", ["(Inclusion)", "(North)", "(East)"]),
    ("words-that-are-names-before-what-makes-them-words", "Small group teaching, max 8 pupils. Admitted to Ward 4; "
     "Cllr Jean Haworth, Ward Councillor. He is a Level 2 Art & Design student.",
     ["max 8", "Ward 4", "Ward Councillor", "Art & Design"]),
    ("words-of-systems-forms-and-timetables", "11:05  Voicemail, no name, withheld no.\nReason: Lateness (29 lates).\n"
     "Referred to\tCommunity Paeds\tADHD\nGot a merit in Food Tech.\nGemma Threlfall\nSenior Mental Health Practitioner\n"
     "Synergy ID: 4410297", ["Voicemail", "Lateness", "Community Paeds", "Food Tech", "Senior Mental Health Practitioner",
                             "Synergy ID"]),
    ("a-forms-label-of-dictionary-words", "Forename: Kacper\nFirst Name: Not Known\nthanks all, cheers hun x\nok",
     ["First Name", "thanks all", "cheers hun"]),
    ("the-modal-beside-a-child-called-will", "my name is kirsty shepherd and my son is will shepherd. i will ring "
     "you and they will have it by friday.", ["i will ring", "they will have"]),
    ("a-weekday-asked-about-before-its-day", "Are you free Thursday? The 13th. Could do 10.", ["Thursday?"]),
    ("ordinals-that-are-no-day", "He came 4th in the race. The 21st century; for the 2nd year; on the 3rd floor.",
     ["4th in the race", "21st century", "2nd year", "3rd floor"]),
    ("kinds-of-family", "The foster family agreed; a Traveller family; the host family; the birth family.",
     ["foster family", "Traveller family", "host family", "birth family"]),
    ("a-teacher-of-the-deaf-and-a-registration-line", "Radio aid; QToD visits half-termly.\nA company registered in "
     "England and Wales.", ["QToD visits", "England and Wales"]),
]

STOP_37_FOUND = [
    ("a-first-name-a-list-shares-with-an-abbreviation", "Tod Harris came with Mr Tod. Tod said he was fine. "
     "The ToD visits termly.", ["Tod"]),
    ("a-place-named-by-its-view", "when we had it with Tyler at Meadow View the sendiass lady told me.\n- rang "
     "about a new one (Erik, Y R, Castle View) - not allocated.\nhe is at Valley view, they want to move him. we "
     "moved to brook view in may.", ["Meadow View", "Castle View", "Valley view", "brook view"]),
    ("a-setting-named-by-its-trees", "We looked at The Willows (the specialist provision) for him. 9 days missed "
     "at the Beeches. The Hollies want leaflets.", ["Willows", "Beeches", "Hollies"]),
    ("a-word-name-as-a-lower-case-subject", "hiya is this the send people. my mate may gave me this number. can i "
     "bring may. i dont drive, summer is at nursery till 3. but amber n may sat with me at dinner. they ring and say "
     "jay is dysregulated come get him", ["may", "summer", "amber", "jay"]),
    ("a-word-name-owning-what-a-person-owns", "hiya added myself hope thats ok, im summers mum. will's school says he "
     "can get 2 buses. the driver told me like it was jacks fault.", ["summers", "will's", "jack"]),
    ("the-areas-town-as-a-surname-after-a-word-first-name", "my friend said you helped her son, my name is Rose "
     "Barnsley and I live in the village.\nattended by Reece, his mother Mrs Tracey\nBarnsley and my colleague.",
     ["Barnsley", "Rose", "Tracey"]),
    ("a-child-called-will-with-no-surname-in-lower-case", "first day back. rang head of year, left msg. will went in "
     "at 10.15 thru student services.\n- will is 13, in yr 8", ["will went", "will is"]),
    ("a-day-and-month-after-what-was-done-and-to-whom", "rang sendiass 4/3 spoke to a lady. She phoned Mr Greenwood "
     "3/3 but no answer. Rec'd 12/9. Dad came in 7/10 - says new address. Debrief completed by Darren 8/3; SM emailed "
     "docs 12/3 - refusal ltr.", ["4/3", "3/3", "12/9", "7/10", "8/3", "12/3"]),
    ("handles-of-forums-comments-and-games", "opened by **@rpryce-sias** · 7 comments\n\nSENDmamaBarnsley · 9 March "
     "2025 at 21:04\nSo sorry.\n\nBarnsleyLass_82  ·  Tue 04-Feb-25 21:14\nRight so\n\nMy Roblox name is "
     "**SummerSparkle_09** but\n\nkerry.k.mumof3  omg this is amazing", ["rpryce", "SENDmamaBarnsley", "BarnsleyLass",
                                                                          "SummerSparkle", "kerry.k"]),
    ("a-call-transcripts-speakers-surname-first", "Transcript\n\nMayhew, Ruth   0:04\nMorning everyone.\n\n"
     "March, Stevie   1:50\nHiya, housing options.\n\nMayhew, Ruth stopped transcription", ["Mayhew", "Stevie"]),
    ("a-surname-kept-as-a-feast-after-a-title", "He knows everything about volcanoes - Mrs Christmas\n\nWritten with "
     "Zeke by Mrs Holly Christmas (teaching assistant). See you at Christmas.", ["Mrs Christmas", "Holly Christmas"]),
    ("a-town-whatever-its-word-under-a-town-column", "case_ref,child_forename,address_1,town_village,postcode\n"
     "SIAS-2024-0317,Tyler,\"Plot 6, Fen Drove Traveller Site\",March,PE15 0BX\n", [",March,"]),
    ("a-web-forms-answers-in-lower-case", "Your name: danielle whitlock\nChild/young person's name: april "
     "boyce-whitlock\nSchool or setting: st withburgas\n", ["whitlock", "withburgas"]),
    ("a-surnames-particle", "Private SaLT Aoibheann Ní Bhriain (report 30/05/2025) found a delay.", ["Ní Bhriain"]),
    ("a-short-form-in-brackets-in-lower-case", "lily-rose (lils) is 6 shes fine. jay screaming bc lils took his ipad",
     ["lils"]),
    ("a-place-after-its-part-where-a-family-lives", "Family live in Nether Hollins, no bus.", ["Hollins"]),
    ("a-scanned-phone-number", "Tel: 0l632 96O742\nMob O77OO 9OO417", ["96O742", "9OO417"]),
    ("an-addressee-and-her-short-form-opening-the-message", "From: Farah Chowdhury <f.chowdhury@x.org>\r\nTo: "
     "Gillian Entwistle <g.entwistle@x.org>\r\nImportance: High\r\n\r\nGill,\r\n\r\nFYI - see chain below.\r\n",
     ["Gillian", "Entwistle", "Gill,"]),
    ("a-setting-with-its-placement-in-brackets-and-a-dotted-deadline", "LA offering The Harbour Centre (AP) from "
     "day 6. The 6 week deadline was 09.05 - missed.", ["Harbour", "09.05"]),
    # (a guard: an abbreviation's shape must not take a Mc in initials or in capitals)
    ("a-mc-in-initials-and-a-surname-in-capitals", "Mon 14/10\n09:10  Call from mum re transport. HMcB\n"
     "10:30  Rang school back. HMcB\nTraveller family: Bridget McDONAGH, Y4.", ["HMcB", "McDONAGH"]),
]

STOP_37_KEPT = [
    ("an-abbreviations-shape-is-no-name", "Radio aid; ToD visits half-termly. Sensory Support Service (ToD).\n"
     "Contacted the ToD, Deborah Okonjo. SpLD tutor; QToD report.", ["ToD visits", "(ToD)", "the ToD,", "SpLD",
                                                                      "QToD"]),
    ("views-and-trees-that-are-no-place", "From his point of view it was fine. Ofsted Parent View says so. We sat "
     "by the willows near the river; a sea view from the caravan.", ["point of view", "Parent View", "the willows",
                                                                      "a sea view"]),
    ("plural-words-before-what-they-own", "the summers holidays are long. the wills were read. last summers fete "
     "was fun.", ["summers holidays", "wills were", "summers fete"]),
    ("the-areas-town-as-a-town", "Visit Barnsley today. We moved from Leeds to the Barnsley side. Barnsley "
     "Council said no.", ["Visit Barnsley", "the Barnsley side", "Barnsley Council"]),
    ("an-authority-and-its-council-beside-a-surname", "Head of year, Mr Keith Bolton, rang.\n- [ ] Ask Bolton "
     "Council for the file.\nSIAS ref\tLA\tChild / YP\tDOB\nSIAS/25/0066\tBolton\tMaisie Greenhalgh\t03/04/2007\n"
     "SIAS/25/0201\tTrafford\tYuxuan Chen\t15/10/2010\n", ["Ask Bolton Council", "\tBolton\t", "\tTrafford\t"]),
    ("englands-regions-and-a-schools-church", "Jo Smith, North West SENDIASS. East Anglia SENDIASS.\nhe is in year "
     "2 at Saint Oswin's RC primary.", ["North West SENDIASS", "East Anglia SENDIASS", "RC primary"]),
    ("a-feast-beside-a-surname-it-shares", "Mrs Christmas rang. See you at Christmas. The Christmas holidays.",
     ["at Christmas", "Christmas holidays"]),
    ("a-teams-address-and-a-greeting-alone", "To: SEND Team <send@x.gov.uk>\r\n\r\nMorning,\r\n\r\nPlease see "
     "below. A gill net.\r\n\r\nThanks,\r\n\r\nJo", ["SEND Team", "Morning,", "Thanks,", "gill net"]),
    ("a-posts-buttons-and-counts", "Great news!\n5 June · Like · Reply · 11\nSee v2.1  below", ["Like · Reply",
                                                                                              "v2.1"]),
    ("scores-and-fractions-after-a-verb", "He completed the test 7/10 and got 4/5 spellings. Met 3/4 of his targets. "
     "Visited the school 2/3 times. He spoke 3/4 words.", ["7/10", "4/5", "3/4 of", "2/3 times", "3/4 words"]),
    ("words-that-are-names-in-a-parents-lower-case-message", "the summer was hard for him. summer is nearly "
     "over. in june he starts yr 7. may i ask, it may be ok. i hope is ok. so may has been hard. the grace period "
     "ends friday. school will ring me. i will go. they said will can go in late", ["the summer was",
                                                                                  "summer is nearly", "in june",
                                                                                  "may i ask", "so may has",
                                                                                  "the grace period", "school will",
                                                                                  "i will go", "said will can"]),
]




@pytest.mark.parametrize("text,gone,kind", [
    ("Little Treasures Stay & Play on Tuesdays.", "Treasures", "Stay & Play"),
    ("The LA named Oakridge SILC in section I.", "Oakridge", "SILC"),
    ("Overnights at Larchfield Short Break Centre.", "Larchfield", "Short Break Centre"),
    ("We met at Kelsworth Family Hub.", "Kelsworth", "Family Hub"),
], ids=["a-stay-and-play", "a-silc", "a-short-break-centre", "a-family-hub"])
def test_a_settings_kind_survives_its_replacement(anonymise, text, gone, kind):
    """A setting's name is replaced and the kind of setting it is stays readable for training."""
    out, _ = anonymise(text)
    assert gone not in out and kind in out, "the setting's kind was lost or its name kept"


STOP_38_FOUND = [
    ("a-first-name-no-list-has-before-a-listed-surname", "From: Priya Dale\nSent: 3 March 2025\nTo: Devinder Sahota\n"
     "Subject: FW: Fwd: Mason - sent home AGAIN\n\nDev - FYI\n\nDevinder Sahota\nIAS Officer", ["Devinder"]),
    ("a-message-signed-with-an-initial-above-the-name", "they have had him on SEN Support since Y1 and nothing "
     "changes.\n\nP\n\nPriyanka Osei-Mensah (she/her)\nIAS Officer", ["\nP\n"]),
    ("a-child-as-the-letter-of-a-name-before-kin", "Mum wants a call back.\nR's dad Delroy is not to be contacted.",
     ["R's dad"]),
    ("a-lower-case-name-before-whose-it-is", "he smashed his tablet. dean (my partner) is at the end of his rope "
     "and tash (my sister) has him weekends", ["dean", "tash"]),
    ("a-surname-said-as-his-name", "his full name is jaxon pike-lowe (his dads name is pike, gary pike, but gary "
     "isnt involved)", ["is pike,"]),
    ("a-lower-case-place-someone-lives-up", "gary isnt involved he lives up polgrean and we havent heard from him",
     ["polgrean"]),
    ("a-child-named-after-a-place-the-allow-list-keeps", "dad was calling about his son Cuba who is eleven, Cuba's "
     "date of birth is on file.", ["Cuba"]),
    ("a-lower-case-school-whose-name-starts-with-words", "hes in year six at pen dower cross academy and is due to "
     "move up", ["at pen"]),
    ("a-street-with-a-particle-in-its-name", "Family live near Helston, address is 3 Chy an Dour Terrace TR13 8XX.",
     [" an "]),
    ("a-scanned-surname-broken-at-a-line-end", "Yours sincerely\n\nJ. Bick-\nett\nJoanna Bickett\n"
     "SEND Case Officer", ["ett\n"]),
    ("a-first-name-of-two-word-names", "Call me Autumn, not Autumn-Rose.\n\nMy full name\tAutumn-Rose de Costa\n\n"
     "Date of birth\t22/08/2009", ["-Rose", " de "]),
    ("staff-initials-in-lower-case-where-they-act", "date\ttaken by\tnotes\n07/10/24\tJK\tmum rang, jk explained "
     "the appeal route. jk to email school\n08/10/24\tRW\tdad rang, wants rw there. checking w jk\n",
     ["jk explained", "jk to", "rw there", "w jk"]),
    ("initials-two-people-share-where-one-acts", "officer,child,notes\nShazia Ali,Sam Adeyemi,\"Draft plan due - SA "
     "drafting response with mum\"\nShazia Ali,Tom Reed,\"SA supporting stage 2 if needed\"\n",
     ["SA drafting", "SA supporting"]),
    ("a-name-in-a-lower-case-notes-cell", "date\tchild\tnotes\n07/10\tWill Pearson\twill has dx of adhd and school "
     "wont help\n08/10\tBrook Kemp\tbrook's dad rang. wants copies of everything\n", ["will has", "brook's"]),
    ("a-word-name-in-a-quoted-lower-case-reply", "From: Ryan\nTo: Kerry\n\nKerry, re Brook Kemp - see below.\n\n"
     "> >> hiya ryan its kerry, my mam is having kayden and brook\n> >> while im at work but shes 74\n> >>\n> >> "
     "can you come to the meeting", ["and brook"]),
    ("a-spoken-address-whose-domain-has-a-space", "If anyone needs me my email is jo dot bell at sendiass kernow "
     "dot example dot org, thanks", ["sendiass kernow"]),
    ("a-spoken-day-below-eleven-with-its-year", "Debbie   3:20\nAnd his date of birth?\n\nMonika   3:22\nYes seven "
     "May, 2013.", ["seven May, 2013"]),
    ("a-spoken-house-number-before-a-row", "She says yes, nine Ruskin Row, but the number is not on the door.",
     ["nine "]),
    ("a-lower-case-place-in-a-notes-cell", "date\tLA\tnotes\n08/10\tDurham\ttraveller family, on the site or "
     "roadside at brackenby - not sure\n", ["brackenby"]),
    ("a-short-form-opening-a-note-before-its-year-group", "child,notes\nDezider Lakatos,\"Roma family. No email. "
     "Dezi Yr7 transfer delayed, not on roll anywhere\"\n", ["Dezi"]),
    ("a-day-and-month-after-who-was-seen", "zosia - salt finally saw her 2/10. report says severe dld.", ["2/10"]),
    ("a-schools-unit-in-brackets-after-it", "Honey Moody – Hollinwell Academy (The Nest)\n\nI go to Hollinwell "
     "Academy. I am in The Nest with Miss Poppleton.", ["Nest"]),
    ("initials-before-the-name-they-spell", "### Case discussion\n**AM – Ayaan Mistry (SDS-24-0627)** – GS\n- Final "
     "plan issued.", ["**AM"]),
    ("a-handle-after-his-page", "21:13  Kayleigh Wheat: his page is jordan.wheat.75 he gets loads of shares",
     ["jordan.wheat"]),
    ("a-lower-case-first-name-from-the-service", "[00:00:24] i speak before with dean from your service\n"
     "[00:00:29] please call me back", ["dean"]),
    ("a-mobile-read-out-without-its-first-zero", "[00:00:08] it's seven seven hundred nine hundred six oh three\n",
     ["nine hundred six"]),
    ("a-postcode-read-out-with-its-letters-spaced", "[00:00:28] postcode is N G sixteen two B X\n", ["sixteen two"]),
    ("a-reference-read-out-with-its-year-as-a-number", "[00:00:06] the case number is S D S twenty four oh six six "
     "one\n", ["oh six six"]),
    ("initials-after-a-records-label", "Duty voicemail\nRetrieved by: JP   Mon 18/11/2024 09:12\nPlease check audio "
     "before acting.", [": JP "]),
    ("a-first-name-in-its-own-letters-before-a-surname", "ref,status,notes\nSDS-1,Open,\"Emīls Bērziņš (correct "
     "spelling - school drops the accents). Appeal lodged\"\n", ["Emīls"]),
    ("a-lower-case-full-name-before-kin", "uncle translating (same uncle who helps karzan aziz's mum - just "
     "community)", ["karzan"]),
]

STOP_38_KEPT = [
    ("an-authority-that-is-a-first-name", "Social worker (Aled Prydderch, Devon CS) rang.\nHollie Quick\tDevon "
     "SENDIASS\nDevon County Council AR1 minutes template.", ["Devon CS", "Devon SENDIASS", "Devon County Council"]),
    ("a-neighbouring-authoritys-service", "Signposted to Sunderland IAS. Normally you'd be with the Sunderland service "
     "but mum asked for us.", ["Sunderland IAS", "Sunderland service"]),
    ("a-county-councils-letters-after-a-post", "Craig Bainbridge (SEN Casework Officer, DCC) attended.",
     ["DCC"]),
    ("a-word-name-as-its-subjects-verb", "date\tchild\tnotes\n07/10\tHope Little\thope sent home again. donna said "
     "i hope they listen this time\n", ["i hope they"]),
    ("initials-two-people-share-that-do-nothing", "officer,child,notes\nCarl Barnes,Chloe Bright,\"CB done. Mum to "
     "send by Fri\"\nCarl Barnes,Tom Reed,CB 10/02/2025\n", ["CB done", ",CB "]),
    ("a-placeholder-childs-letter-before-kin", "Child T's mum came to the panel.\n\nCase A – Child K (Year 7)\n\n"
     "Child K attends the unit. \"a parent can accompany\". K's father works nights.", ["Child T's", "Child K", "K's"]),
    ("a-departments-letters-after-its-authority", "ref|referrer|child\nDSI-3324|Social worker (Aled Prydderch, "
     "Devon CS)|Kayden Baptiste\n", ["Devon CS"]),
    ("a-meeting-platforms-attendance-roles", "Full Name\tRole\nKowalczyk, Renata (parent)\tRequired Attendee\n"
     "Nowak, Ewa\tOrganizer\n", ["Required Attendee", "Organizer"]),
    ("a-keys-colours", "RAG = progress against baseline (Green = on track, Amber = some progress, Red = little).",
     ["Green =", "Amber ="]),
    ("a-fraction-after-seeing", "he saw 3/4 of the class in the hall", ["3/4"]),
    ("a-chat-speakers-service-and-the-message-after-the-colon", "[17/10/2024, 08:10:02] donna x: ok thanks\n"
     "[17/10/2024, 08:11:02] Kath SENDIASS: Ha, one at a time! Speak soon.\n[09:02] Becky FSW Ferncliffe: Morning "
     "Jade, it's Becky from school", ["SENDIASS: Ha, one", " FSW "]),
    ("words-in-capitals-for-emphasis-and-a-notes-spelling", "officer,notes\nKath Blenkinsop,\"Mum says it was NOT "
     "agreed. KB advised re LA duty\"\nx\tDurham\trang re governors mtg thurs - can we attend\n", ["NOT agreed",
                                                                                                  "mtg thurs"]),
    ("a-local-authority-in-lower-case", "date\ttaken by\tcaller\tchild / yr\tLA\tnotes\n07/10\tDP\tMrs Joan Hay "
     "(nan)\tTyler Hay, 9\tSunderland\tnan rang re grandson at 'the academy' in sunderland, reduced timetable since "
     "easter. advised contact sunderland ias.\n", ["in sunderland", "contact sunderland ias"]),
    ("a-time-after-its-number-is-no-ones-initials", "**AM – Ayaan Mistry** – GS\nMeeting at 9 AM - Main Hall.",
     ["9 AM"]),
    ("grandparents-in-the-familys-language", "Nani's flat is near school (Mrs Gurmeet Bains). Babcia Ewa picks up on "
     "Fridays.", ["Nani's flat", "Babcia"]),
    ("a-spoken-day-below-eleven-without-a-year", "We had seven May babies in the class.", ["seven May babies"]),
]

STOP_39_FOUND = [
    ("an-nhs-number-read-out", "Let me check the red book. Four oh one, oh two three, oh oh oh two. Yes.",
     ["Four oh one, oh two three"]),
    ("a-postcode-read-out-with-no-word-before-it", "And the address is the same?\nYes, N seventeen six X R.\n"
     "Still at 4 Pell Row, W V 10 0 PN?", ["seventeen six X R", "W V 10 0 PN"]),
    ("a-flats-number-read-out-in-its-block", "And you're still at flat six Mill house, yeah?",
     ["Mill house"]),
    ("a-display-name-in-quotes-in-a-header", "Cc: Jo Pym <jo.pym@example.org>; 'J Bayliss' "
     "<senco@hilltop.example.sch.uk>\nSubject: RE: request", ["'J "]),
    ("a-code-a-list-keeps-in-a-logs-staff-column", "duty rota: AJ mon / RF tue / GA thu\n\n"
     "0912  AJ  vm - mum re exclusion, passed to RF\n0930  RF  rang school back, no answer\n"
     "0945  AJ  new caller, sent leaflet\n1000  GA  Funmi re case statement, very anxious\n", ["  GA  "]),
    ("a-settings-initials-before-its-staff-or-after-a-year-group", "1200  Mrs S Kelly (HFP SENCO) re the referral.\n"
     "Twins (Y2, HFP) both waiting for an ASD assessment.", ["HFP"]),
    ("a-lower-case-name-before-whose-it-is-by-name", "1040  AJ  elif (mehmet yilmaz sister) rang for mum",
     ["elif"]),
    ("a-name-misheard-by-a-transcript-introducing-herself-from-a-service", "OK, I think it's recording now. So, um, "
     "this is Goes day from Haringey SENDIASS, it's the tenth of March.", ["Goes day"]),
    ("a-transcripts-word-its-speaker-corrects-to-a-name", "So this is Ewa from the service, and I'm with Funny, "
     "sorry, Funmi Adeyemi, mum of the child, and we're preparing for the tribunal.", ["Funny"]),
    ("a-name-after-a-markdown-label-in-bold", "# Team meeting\n\n**Chair:** Jan (Service Lead) · **Notes:** Bev Pilcher\n",
     ["Pilcher"]),
    ("initials-work-is-passed-to", "20/01 msg 2 - forwarded to RK. SENCO e-mail is wrong on the form.\n"
     "(letter says Yr 5) - pass to MO\n", ["RK.", "to MO"]),
    ("a-lower-case-address-and-postcode-read-out", "the letters is wrong as well it's forty two mallard way now not "
     "the old one it's m e twelve three h n on the estate thanks bye", ["mallard way", "twelve three h n"]),
    ("an-estate-of-ordinary-words-where-someone-lives", "Exclusion from half term, no end date. Lives Orchard Reach "
     "estate, with mum and two sisters.", ["Orchard Reach"]),
    ("a-staff-column-after-a-row-whose-cell-holds-pasted-lines", "Date\tTime\tTaken by\tCaller\tSummary\tOutcome\r\n"
     "20/01/2025\t09:12\tBP\tIfrah Warsame (sister)\tRang for mum.\tCall back\r\n"
     "20/01/2025\t10:30\tRK\tKayleigh Marsh (mum)\tPasted as received:\r\n"
     "    \"hi its kayleigh, school rang me AGAIN at work\"\r\n"
     "\tRang back 10:50.\r\n"
     "24/01/2025\t09:00\tApril\tSunita Gurung\tWill he lose his EHCP if he goes to college?\tAdvice given\r\n", ["\tApril\t"]),
    ("a-lower-case-name-after-my-ex", "how is that even allowed?? my ex dean is saying he wont sign nothing for the "
     "appeal", ["dean"]),
    ("a-lower-case-first-name-a-caller-says-twice", "yeah hi it's um it's summer summer fagg, tyler's mum. i'm ringing "
     "for marcus marcus he said to ring after the meeting", ["summer summer", "marcus marcus"]),
    ("a-lower-case-name-introduced-with-her-post", "good morning this is heather sandy ford SENCO at the primary, i'm "
     "calling about the review", ["sandy ford"]),
    ("a-name-no-list-has-opening-a-sentence-before-its-verb", "Dad on the call too. Tobenna being driven in by "
     "dad after his nights - unsafe.", ["Tobenna"]),
    ("a-childs-initials-spaced-beside-a-cases-reference", "1. **SIAS/24/03817** – A-J M, Year 5. Refused EHCNA.\n"
     "3. **SIAS/25/00047** – G S S – tribunal hearing listed.\n- FQ to collate (e.g. C O, SIAS/24/04255).",
     ["A-J M", "G S S", "C O,"]),
    ("a-lower-case-name-in-brackets-after-whose-it-is", "i forwarded him the email!! his mrs (jade) was in the "
     "background shouting and my ex (lee) hung up", ["(jade)", "(lee)"]),
    ("a-possessive-texting-writes-without-its-apostrophe", "my daughter Ruby is 14 so they have to ask her views.\n"
     "she said i should write rubys views with her", ["rubys"]),
    ("a-house-number-and-street-right-before-its-postcode", "reassured. wants f2f. addr 22 Orme Circus N15 4NF\n",
     ["22 Orme"]),
    ("a-date-read-out-month-first", "So her report from November twenty fourth says receptive language is low.",
     ["twenty fourth"]),
    ("a-upn-a-scan-parts-before-its-last-digit", "Re:   Tia Marsh     UPN: K81245670123 4\n      Request for an "
     "assessment", ["K81245670123"]),
    ("a-neighbourhood-of-the-national-gazetteer-with-a-word-name", "Boxing on Tuesdays at the club in "
     "Northumberland Park with his coach.", ["Northumberland"]),
]
STOP_39_KEPT = [
    ("a-services-region-above-any-authority", "Prepared by Deb (DT) for the Black Country SENDIASS team meeting. "
     "Families across Tees Valley and the Black Country.", ["Black Country SENDIASS", "Tees Valley", "Black Country."]),
    ("a-county-no-one-is-named", "Previous school in Herefordshire. Herefordshire EHCP - transfer review due.",
     ["Herefordshire EHCP"]),
    ("a-surname-opening-a-sentence-as-its-adjective", "Mother: Becky Gold. Carer: Leanne Strong.\nGold stars chart "
     "at home working well per mum. Strong wish for school to apply for EHCNA.", ["Gold stars", "Strong wish"]),
    ("a-county-that-is-a-surname-by-the-list", "advice from the Kent GRT Education Service.\nTina Beney\tKent GRT "
     "Education Service\t07700 900611\nKent County Council agreed. Ask Kent SENDIASS.", ["the Kent GRT", "\tKent GRT",
                                                                                      "Kent County Council"]),
    ("a-quarter-of-an-authority-its-teams-are-named-by", "I have written to Kent County Council's SEN team (South "
     "Kent) about the consultations.\n>> SEN Case Officer | SEN South Kent\nFamilies in North Kent wait longest.",
     ["(South Kent)", "SEN South Kent", "North Kent"]),
    ("a-word-of-the-news-opening-a-sentence-before-its-verb", "Covid was hard on him. Brexit has changed the "
     "family's plans. Makaton is used at home.", ["Covid", "Brexit", "Makaton"]),
    ("a-tool-for-a-childs-views", "His views were gathered by the class teacher using Talking Mats.",
     ["Talking Mats"]),
]

STOP_40_FOUND = [
    ("a-name-its-own-initials-follow-in-brackets", "**Present:** Ann Pybus (AP, chair), Des Holtby (DH, volunteer)\n\n"
     "- Des to run the duty line session.\n- Des is retiring at Christmas.", ["Holtby", "Des "]),
    ("a-listed-short-form-of-a-found-first-name", "From: Kelly Dunn\nTo: Cammish, Beverley <bc@example.local>\n"
     "Subject: FW: RE: Frankie T - transport review / AR - URGENT\n\nBev - see below, can you look at the LA's reply "
     "before I ring Autumn back tomorrow? They are", ["Bev "]),
    ("a-said-thing-a-transcript-wrapped", "his date of birth is the third of march two thousand and\nfifteen if you "
     "need it we're on the moor estate w f nine\nfour r t or email me at kerry dot fox at east\nriding dot gov dot uk "
     "and she's at the school at ferrybeck community\nprimary", ["fifteen", "four r t", "riding dot gov", "ferrybeck"]),
    ("a-house-number-read-out-before-a-view-or-a-rise", "yeah i'm at twelve beacon view holmsea if you want to send "
     "the letters. it's one point of view", ["twelve beacon view"]),
    ("a-house-name-where-someone-lives", "I live at Hollin Bank Farm in Scarbeck with my mum.", ["Farm in"]),
    ("a-village-by-its-hills-or-its-river", "Thank you for your email regarding Frankie Thurlow (DOB 05/01/2016) of "
     "Wetherdale on the Wolds.\n\n> Ms Thurlow does not drive and lives at 2 Chapel Garth, Wetherdale on the Wolds, "
     "YO25 3LW.", ["on the"]),
    ("a-staff-code-of-an-initial-and-two-letters", "Name\tRole\tInitials\tAttended\nNatalie Rook\tSENCO (chair)\t"
     "NR\tYes\n\nWritten advice only\n\nRhiannon Moss\tSpeech and Language Therapist\tRMo\tReport 28/02/2025",
     ["RMo"]),
    ("a-word-a-scanned-page-broke-at-its-lines-end", "Dear Ms P0pa\n\nThe pane1 considered information from "
     "Kirsty Bram-\nwell (Portage), Plaws-\nworth Road Primary Schoo1 and the Educationa1 Psychology Service.\n"
     "Yours sincere1y", ["Plaws", "Bram"]),
    ("two-kinds-of-one-setting", "Both at Eastgate Junior/Infant since Reception; the baby is at Ashby "
     "Primary/Nursery.", ["/Infant", "/Nursery"]),
    ("a-first-name-that-is-a-word-signing-a-quoted-reply", "Can you ring Autumn back tomorrow?\n\n>> my number is "
     "07700 900377 ring after 3\n>>\n>> autumn x\n>> Sent from my iPhone", ["autumn x"]),
    ("a-lower-case-name-with-its-clitic-after-her-relation", "aj stops at his nan may's every other weekend. "
     "me mam britty'll be there an all", ["nan may", "britty"]),
    ("a-found-name-inside-a-files-name", "Case example 3 - DRAFT (file: case-example-Pellow-TJ.docx)\n\n"
     "Tyler-Jay Pellow was excluded twice.", ["-Pellow-", "-TJ."]),
    ("a-day-after-who-actioned-it", "Actioned by: KS 05/11 - msg 1 opened a new case.", ["05/11"]),
    ("a-house-name-at-home-in-brackets", "JB to draft with Hope on 18/03/2025 at home (Low Fold Cottage, Scalebeck - "
     "single track, allow extra time).", ["Cottage,"]),
    ("a-code-a-list-keeps-among-staff-codes", "**Present:** GA (chair), RP, TW, BF, PA (notes)\n\n"
     "- TW - chase the transport team.\n- BF - cover RP's drop-in.\n\nHome to school transport refused. "
     "GA to draft a strategic concern report.", ["GA (chair)", "GA to draft"]),
    ("initials-acting-at-a-csv-cells-start", '"Ref","Notes"\n"DC/24/0590","PA took initial call, passed to GA. '
     'Mum gave NI no."\n"DC/24/0591","RP to call school. RP rang back."\n"DC/24/0592","TW to send pack."', ['"PA took']),
    ("a-month-that-is-a-volunteers-name", "June (volunteer) helped Hope with the All About Me profile.\n"
     "June sent welcome pack + EHCNA info sheet.", ["June (", "June sent"]),
    ("a-first-name-that-is-a-stop-word-in-a-callers-column", "Date\tTime\tTaken by\tCaller\tRelationship\n"
     "20/11/2024\t12:30\tPA\tWill Sayers\tDad\n20/11/2024\t12:45\tRP\tKerry Cole\tMum", ["Will Sayers"]),
    ("a-lower-case-flat-in-its-block", "please help\n>> hodan\n>> flat 6 marlowe house\n>>\n>> Sent from my iPhone",
     ["flat 6"]),
    ("an-l-a-scan-read-as-a-capital-i", "Dear Mrs Kaczmarek\n\nAssessment and PIanning Team\n8 WheeIwright CIose\n"
     "Uckhurst\nTeI: 01632 96O411  Emai1: sen@example.gov.uk\nYours sincere1y", ["CIose"]),
    ("a-nickname-in-quotes-after-a-first-name-no-list-has", '| DC/24/0677 | Rafferty "Raff" Coppard (Y12, Wealden '
     'Coast College) | ASD, EHCP review | TW |', ['"Raff"']),
    ("a-one-word-street-in-way-before-its-town", "Transport Officer\nKingsway Court, 2 Queensway, Hove BN3 4LX\n"
     "Tel: 020 7946 0731", ["2 Queensway", "Kingsway Court"]),
    ("a-class-named-by-its-teacher-in-lower-case", "hes in yr 5 in miss kemps class and he hates it", ["kemps"]),
    ("a-lower-case-surname-after-a-found-first-name", "[16/11/2024, 09:15] Shannon W (Alfie-Ray mum): alfie-ray "
     "wickens 14th feb 2015\n[16/11/2024, 09:16] Shannon W (Alfie-Ray mum): sorry WICKENS not wickins lol",
     ["wickens", "WICKENS"]),
    ("a-message-times-date-after-a-month-without-its-year", "06/03/2025, 19:33 - Kay (AJ mum): its dated 27th feb\n"
     "06/03/2025, 19:34 - Kay (AJ mum): his dob is 14/7/15", ["06/03/2025, 19:34"]),
]

STOP_40_KEPT = [
    ("a-csv-cell-of-a-relation-beside-prefers", '"Case Ref","Forename","Parent/Carer","Relationship","Notes"\n'
     '"SIA/25/0139","Levi","Cerise Boswell","Mother","Mum prefers phone, no email."\n'
     '"SIA/25/0140","Tia","Gemma Loy","Mother","Mum prefers text."', [',"Mother",']),
    ("a-placeholder-in-a-key-facts-row", "Key facts\n\nChild\tChild A (Harley Boyes), Year 4\tDOB 14/03/2016\n\n"
     "Address\t[Address]\t27 Tidemill Close, Holmsea, HU19 2QE\n\nSchool\tSchool X\tSENCO: Mrs [Name]\n\n"
     "Child A is in Year 4 at School X.", ["School\tSchool X", "at School X"]),
    ("an-annual-reviews-letters-in-a-duty-log", "09:00  RA  Called Kez back. Emergency AR requested by mum (copy to "
     "RA).\n15:30  BC  Gary Escreet (LA) - Mohamed Warsame AR moved to 05/11/2024. JF to let Hodan know.\n"
     "12:30  JF  Called Hodan re AR 05/11.", ["Emergency AR", "re AR"]),
    ("a-plan-spelled-with-its-article", "he's in year eight um he's got a e h c p since he was in primary", ["a e h c p"]),
    ("an-authoritys-name-of-two-towns-before-its-kind", "Transport Officer\nFamilies, Children & Learning | "
     "Brighton & Hove City Council\nKingsway Court, Hove BN3 4LX\n\nBrighton & Hove City Council may monitor email.",
     ["Learning | Brighton & Hove City Council", "Brighton & Hove City Council may"]),
    ("a-contraction-after-a-lower-case-name", "[00:00:05] Speaker 2: then there's my other one jack he's eight "
     "he's at kestrel rise\n[00:01:00] Speaker 1 (Faith Cooper): thanks faith you've been a massive help. Jack Hirst "
     "is his name.", ["he's eight", "you've been"]),
    ("a-roles-letters-before-its-band-in-a-staff-key", "Staff key: RM = Rachel Mercer SN (Band 6), TB = Tasha "
     "Bellamy SSNA. RM to see Year 7.", ["SN (Band 6)"]),
    ("an-authority-on-a-letterhead-in-capitals", "CUMBERLAND COUNCIL\nChildren's Services - SEND Team\n\n"
     "Dear Ms Popa", ["CUMBERLAND COUNCIL"]),
]

STOP_41_FOUND = [
    ("a-staff-code-found-in-an-initials-column-wherever-it-acts", "Name\tInitials\tRole\n\nKerensa Lowther\tKeL\t"
     "Mum\n\nLee Price\tLP\tSENCO\n\nKeL said the school does not listen. LP and KeL to meet on Friday.",
     ["KeL said", "and KeL"]),
    ("a-name-of-any-alphabet-its-initials-follow", "**Present:** Dan Pask (DP), Aga Wróbel (AW), Tomasz Kępa (TK)\n\n"
     "- Aga covering the Polish calls this week.", ["Aga", "Wróbel", "Kępa"]),
    ("a-month-named-in-brackets-after-her-relation", "Her profile is done: KT typed it up with mum (April) on "
     "Tuesday.\n12/03/2025\tTP\tupdate June (mum).", ["(April)", "June (mum)"]),
    ("initials-that-escalated-or-are-calling-back", '"SIA-25-0113","Possible unlawful PTT - RC escalated to LA '
     'Inclusion team 30/01/2025."\n10/3 - KV calling back re the decision.', ["RC escalated", "KV calling"]),
    ("a-short-form-in-brackets-after-her-full-name", "Yours faithfully,\n\nCatherine Pellew (Cat)\n\nLee Pellew",
     ["(Cat)"]),
    ("a-double-first-name-with-the-initial-of-her-surname", "Three pupils were sent home early without paperwork "
     "(incl. Tyler-James H.).", ["Tyler-"]),
    ("a-user-name-of-two-parts-after-a-by-label", "Mailbox: 2 (Duty)   Exported by: admin.kfarrow   Confidence: LOW",
     ["kfarrow"]),
    ("a-service-officers-name-before-the-service-is-still-hers", "Carys Bell SENDIASS rang back.", ["Carys", "Bell"]),
    ("a-house-name-before-a-labelled-address", "Address\tCasa Nova, 3 Drove End Lane, Holmeby Fen, Spalding PE12 6LX",
     ["Casa"]),
    ("a-street-a-scan-read-with-ones-for-its-ls", "Date: 1O March 2025\n\nMrs Ewelina Kowalczyk\nFlat 2, 77 Tidwe11 "
     "Road\nUpper Tidwell\nSO5O 8DX\n\nDear Mrs Kowa1czyk", ["77", "Tidwe11"]),
    ("a-title-a-transcript-spells-out", "the send co missus harding she said to ring. the senco is a mister bush mr "
     "bush i think", ["harding", "mister bush"]),
    ("a-pet-by-its-name", "My dog is called Biscuit. He sleeps on my bed.", ["Biscuit"]),
    ("initials-in-bold-opening-a-list-item", "## Tribunals\n\n- **T.A. – tribunal** SE123/24/04412, hearing "
     "22/05/2025.", ["T.A."]),
    ("a-double-first-name-written-with-a-space-and-a-calendar-name-signing",
     "Subject: Draft EHCP Summer-Rose Millard - Section F\n\nFrom: april millard <am1980@example.com>\n"
     "Subject: summer rose plan\n\nhi tasha its late sorry. call me after 3\napril x\nsent from my iphone",
     ["summer rose", "april x"]),
    ("a-lower-case-message-with-windows-line-ends-signed-by-a-calendar-name",
     "I am supporting April Millard, mother of Summer-Rose.\r\n\r\nFrom: april millard <am1980@example.com>\r\n"
     "Subject: plan\r\n\r\nhi tasha sorry its late!! her teacher miss Kenzie is lovely but she's leaving at easter."
     "\r\nalso her brother Reece is there in yr5.\r\ncan u ring me tmrw after 3 please\r\napril x\r\n"
     "sent from my iphone\r\n", ["april x"]),
    ("a-workers-letters-that-are-a-times-in-a-taken-by-column", "Date\tTime\tTaken by\tCaller\tSummary\tAlloc\n"
     "09/06/2025\t09:05\tGH\tShannon Mercer\tmum upset\tKL\n09/06/2025\t14:00\tAM\tLevi Boswell\ttext from mum\tAM\n"
     "10/06/2025\t10:10\tAM\tDr Will Ferneyhough\tEP for Lit\tGH\nAM to attend the review.", ["\tAM\t", "AM to"]),
    ("a-traveller-site-by-its-road", '"WSI-25-0440","Pear Tree Lane site, Saughall Brook. Mum prefers phone"\n'
     "Family on Fordingbridge Road site, Travellers. River (11) not in school.", ["Lane site", "Road site"]),
    ("a-calendar-name-who-is-kin-or-whose-views-they-are", "0151 496 0593\tMay is great-nan & kinship carer (SGO "
     "2022) for Kai.\tconsent to share April's views doc.", ["May is", "April's"]),
    ("a-short-form-opening-a-quoted-line-before-a-dash", "To: Gavin Hatton <gh@example.local>\n\nDear Gavin,\n\n"
     "> Gav - this came into the generic inbox. Tracey", ["Gav -"]),
    ("a-spoken-address-the-caller-corrects-and-its-one-letter-postcode", "we're at forty two cressington, no, forty "
     "two crossington road in walton vale, l nine four t x. also his mum", ["crossington road", "l nine four"]),
    ("a-quoted-name-in-brackets-after-a-name-or-a-relation", 'EH\tViolet Pask ("Nanny Vi") 07700 900774\tnan\n'
     'His grandmother ("Po Po") collects him on Tuesdays.', ["Nanny Vi", "Po Po"]),
    ("dotted-initials-beside-a-case-reference", "## 2.2 NSI-25-0388 - O.N., Year 9, permanent exclusion\n"
     "- GDM 19/06/2025. JB attending", ["O.N."]),
    ("a-lower-case-calendar-name-after-her-relation-with-a-verb", "his nan may has him tues but she may not be able "
     "to after june", ["nan may has"]),
    ("a-lower-case-locality-between-a-street-and-its-postcode", "we r at 7 bure view close hemblingford nr13 5pj now",
     ["hemblingford"]),
    ("a-calendar-name-and-initial-heading-an-item", "### June B – annual review\n- HS took the call.", ["June B"]),
    ("a-capital-i-a-scan-read-as-an-l-opening-a-surname", "Date: 1O March 2025\n\nTo: A lonescu\nFlat 6, Cowick "
     "Court\n\nThe pane1 met.", ["lonescu"]),
]

STOP_41_KEPT = [
    ("a-service-for-parents-named-by-its-region", "We took advice from Wessex Coast SENDIASS on 03/04/2025.\n"
     "You can get free advice from Wessex Coast\nSENDIASS on 01632 960418.", ["Wessex Coast SENDIASS", "Wessex Coast\n"]),
    ("an-nhs-trust-by-its-name", "Diagnosis made by Dr Anand Mistry, Community Paediatrics, Solent NHS Trust, on "
     "02/12/2024.", ["Solent NHS Trust"]),
    ("a-councils-town-after-a-verb-in-a-table", "| Chase Portsmouth City Council re 20-week breaches | HW |",
     ["Portsmouth City Council"]),
    ("an-abbreviation-with-its-letters-defined-is-no-one", "Passenger Asst (PA) came on the bus. Bright Futures (BF) "
     "ran the club.", ["Bright Futures"]),
    ("a-two-part-word-after-a-checked-by-label", "Checked by: school.nurse", ["school.nurse"]),
    ("a-time-of-day-beside-a-workers-letters-that-are-one", "Date\tTime\tTaken by\tSummary\n09/06/2025\t14:00\t"
     "AM\tmum rang\n10/06/2025\t10:10\tAM\tEP rang\nMeet at 9 AM or 3 PM on Friday.", ["9 AM", "3 PM"]),
    ("an-authority-in-lower-case-before-council-and-its-schools", "Speaker 2: the lady at liverpool council said "
     "it's not them\nSpeaker 1: Liverpool maintains the plan, even though Moorside is a Wirral school.",
     ["liverpool council", "a Wirral school"]),
    ("an-areas-mediation-and-community-health-services", "mediation with Mersey Mediation Partners offered "
     "27/06/2025. Faith Leggate (SALT, Wirral Community Health) attended.", ["Mersey Mediation Partners",
                                                                            "Wirral Community Health"]),
    ("a-county-council-by-its-letters-and-its-quarters", "KY to write to DCC to ask.\tDr Imogen Sweet, EP (Devon EP "
     "Service)\nFamily Support Worker, Early Help (West Devon)\n(Exeter & Mid Devon locality team)",
     ["to DCC", "Devon EP Service", "West Devon", "Mid Devon"]),
    ("a-section-number-before-a-month-is-no-date", "### 2.5 June B – annual review\n- HS took the call.", ["2.5"]),
    ("a-name-fields-label-and-placeholder", '"Case Ref","Child/YP Surname","Child/YP Forename","Parent/Carer"\n'
     '"SIA-25-0101","Hawke","Jax","Lorraine Hawke"\n"SIA-25-0102","[Surname]","[Forename]",""',
     ["Child/YP Forename", "[Forename]"]),
    ("how-a-call-came-under-a-callers-column", "Date\tTime\tTaken by\tCaller\tType\n09/06/2025\t14:00\tGH\ttext msg"
     "\tparent\n10/06/2025\t10:10\tGH\tKaz Lee\tparent", ["text msg"]),
]

STOP_42_FOUND = [
    ("a-month-that-gives-consent-or-is-e-mailed", "Dad wants copies of everything. We cannot share without "
     "April's consent.\tRA e-mailed April to let her know.", ["April's consent", "e-mailed April"]),
    ("a-plot-on-a-traveller-site-in-lower-case", "Bundle arrived at nan's - plot 6, Gorse Bank Lane site, "
     "Hollins Cross.", ["plot", "Gorse Bank Lane"]),
    ("a-site-by-its-road-in-a-table", "| 4 | GRT outreach session at Gorse Bank Lane site | BK | Moved |\n"
     "| 5 | Furze Hill Lane site visit | BK | Done |", [" site |", "site visit"]),
    ("letters-joined-to-a-found-staff-code", "09:10\tBK\tcall\tBK to send the letter.\n10:00\tRA\tcall\t"
     "RA rang school.\n11:30\tBK\tvisit\tBK + SP (Traveller Education Service) visit Thu am.", ["+ SP ("]),
    ("a-childs-name-as-her-parent-says-whose-parent", "hi ruth its kerry (lily roses mum) sorry to email so late.\n"
     "my ex jimmy (kizzys dad) says hes going.\nhiya it's shamaine love ridge kissy's mum um i'm ringing",
     ["lily roses", "kizzys", "kissy's"]),
    ("a-surname-a-transcript-heard-as-two-words", "Speaker 2: he's on the S E N register mister butter worth the "
     "senco did a plan in january. it's shamaine love ridge again.", ["butter worth", "love ridge"]),
    ("a-name-in-chinese-characters", "Child\tLeo Chen (Chinese name Chen Haoran, 陈浩然), DOB 26/08/2012",
     ["陈浩然"]),
    ("a-scans-postcode-with-a-digit-for-its-area", "Flat 4 Ashcroft Fold\nRochdale\n0L11 3NP\n\nDear Ms Nowicka,",
     ["0L11 3NP"]),
    ("a-community-primary-by-its-letters", "The plan names Kitcliffe CP in Section I; mum wants Names Brookhurst CP "
     "School instead.", ["Kitcliffe", "CP in Section", "CP School"]),
    ("a-schools-post-16-centre", "Mum's preferred placement for September is the Hopwood Lane Post-16 Centre.",
     ["Hopwood Lane", "16 Centre"]),
    ("a-month-greeted-by-name", "[08/11 09:31] duty: Hi April, yes we got it thanks.\n[14/11 09:12] duty: Hi April - "
     "the school can rearrange.", ["Hi April"]),
    ("a-first-name-before-the-surname-of-a-family-found", '"SIA-24-0823","07/11/2024","Summer Bishop","29/05/2017",'
     '"Year 2","April Bishop","Mother","07700 900744"', ["April Bishop"]),
    ("a-surname-found-here-in-lower-case-after-a-first-name", "name: april bishop\nchild: summer bishop dob 29/5/17\n"
     "his name is mark bishop on there", ["summer bishop", "mark bishop"]),
    ("initials-after-what-a-worker-did-to-the-record", "[Scanned by SP 21/11/2024 - OCR text, original on paper file]",
     ["by SP"]),
    ("a-name-that-is-a-word-owning-her-relation", "- **Kinship carer / SGO:** TN - Patience's aunt Grace wants an "
     "advocate at the CIN meeting.", ["Patience's"]),
    ("a-user-names-letters-acting-in-the-notes", '"Case Ref","Child/YP","Officer","Case Note (latest)"\n'
     '"SIA-24-0411","Tommy Kirwan","cpemberton","Review overdue. CP emailed SEN caseworker Dawn Pryor."\n'
     '"SIA-24-0412","Aisha Bibi","jsandhu","JS to ring mum. HW to check the draft."\n', ["CP emailed"]),
    ("a-user-name-after-a-by-verb", "Mum asked we do not share her address. Case note locked by sbird at request of "
     "the manager.", ["sbird"]),
    ("a-spoken-postcode-after-its-place", "we live forty two cranmore avenue olton b ninety two seven q t my number "
     "is oh seven seven", ["ninety two seven q t"]),
    ("a-locality-after-an-abbreviated-street", "[11/11/2024, 09:23] Dani: we live 9 mayfield rd chelmsley wood b37 "
     "6hx if u need to send anything", ["chelmsley wood"]),
    ("a-first-name-the-lists-had-missed", "To: Hannah Liddell <hannah.liddell@example.gov.uk>\nCc: Philippa Thorne "
     "<philippa.thorne@example.org.uk>\n\nQuestions to PT (Philippa Thorne).", ["Philippa"]),
    ("a-chats-stamped-speaker-whose-name-is-a-word", "[14/01/2025 07:52] jade: hiya is this the send advice line??\n"
     "[14/01/2025 09:14] duty: Hi, yes it is.\n[14/01/2025 09:15] jade: my ex says he will come", ["] jade:"]),
    ("a-spoken-address-after-live-on", "she is in year two um we live on forty one marigold way in bicester if you "
     "need it", ["marigold way"]),
    ("a-locality-and-its-town-before-a-postcode", "[16/01/2025 11:21] jade: we live at 22 bampton rd, ducklington "
     "end, witney ox28 5jr if u need to send anything", ["ducklington end", "witney"]),
    ("a-transcripts-doctor-by-her-surname", "a.s.d. diagnosis from the hospital the paediatrician doctor bankhole and "
     "the school said no", ["bankhole"]),
]

STOP_42_KEPT = [
    ("a-kind-of-cerebral-palsy-is-no-school", "Diagnosis: bilateral spastic CP (GMFCS II). Dr Shah wrote that "
     "Athetoid CP is less likely.", ["CP is less likely", "bilateral spastic CP"]),
    ("an-authority-a-scan-misread", "R0CHDALE BOROUGH COUNCIL\nSEND Statutory Services", ["R0CHDALE BOROUGH COUNCIL"]),
    ("an-interpreting-service-and-a-forces-charity", "Faduma Ali\tInterpreter (Language Line, in person)\tFA\n"
     "HS: Nepali-speaking volunteer - ask Gurkha Welfare Trust?", ["Language Line", "Gurkha Welfare Trust"]),
    ("a-college-course-in-brackets", "Roch Valley College (Foundation Learning) was also discussed.",
     ["Foundation Learning"]),
    ("a-word-a-scan-broke-at-a-line-end", "You must contact a mediation adviser: Pennine Media-\ntion Services, "
     "0161 496 0623.", ["Media-\ntion Services"]),
    ("what-a-parent-holds-after-with", "Hi April, both parents with PR can attend/contribute to the review.",
     ["with PR can"]),
    ("a-teams-area-in-brackets-after-a-post", "Tomasz Nowicki | SEND Information, Advice and Support Officer "
     "(West Quadrant)\nSEN Casework Officer (North locality)", ["(West Quadrant)", "(North locality)"]),
    ("a-county-council-after-a-verb-in-a-table", "| 2 | Chase Essex County Council re late EHCP final plans | GW | "
     "Ongoing |", ["Chase Essex County Council"]),
    ("a-services-letters-before-its-admin", "[scanned by WSI admin 03/06/2025 - TB]", ["WSI admin"]),
    ("a-phrase-quoted-in-chinese-is-no-name", 'Mum and he understand each other well (mum said "冇問題" - no '
     'problem).', ["冇問題"]),
    ("a-letters-sentence-with-commas-is-no-tables-header", "Request for an Education, Health and Care needs "
     "assessment for my son, Archie Street\n\nI believe Archie has, or may have, special educational needs and that "
     "he may need special educational provision to be made through an EHC plan.",
     ["special educational needs and that he may need special educational provision"]),
    ("a-placeholder-before-a-full-stop", "He is in the first year of a Level 1 Animal Care course at College Y. He has "
     "a diagnosis of dyspraxia.", ["College Y"]),
    ("spelled-letters-of-a-kept-abbreviation", "school are saying she needs a an e h c needs assessment but nothing's "
     "happened", ["e h c needs assessment"]),
    ("an-nhs-trust-by-its-place", "Janet Ogunleye\tSchool nurse, Oxford Health\tJO\n\nSeen by Priya Chaudhry "
     "(Speech and Language Therapist, Oxford Health) in February.", ["nurse, Oxford Health", "Therapist, Oxford Health)"]),
    ("a-councils-service-after-a-post", "Kelechi Obi\tSocial worker, Oxfordshire County Council Children's Social "
     "Care\tKO", ["Oxfordshire County Council Children's Social Care"]),
    ("a-relation-in-brackets-is-no-childs-name", "she rang back (his mum) and then (the twins mum) came in too. "
     "the new man at school was nice", ["(his mum)", "(the twins mum)", "the new man"]),
]

# A review of stop 42's rules (each case failed on its code, but for the guards marked so)
STOP_43_REVIEW_FOUND = [
    ("spelled-letters-of-a-name-that-opens-a-kept-word", "Mum spelt it: s a m. The surname is spelt M O R R I S O N.",
     ["s a m", "M O R R I S O N"]),
    # (a guard: the worker's letters after "with" are still hers when nothing is held)
    ("a-workers-letters-after-seen-with", "Present: Carla Pryce (CP), Dean Ives (DI).\nSeen with CP, TA and SENCO "
     "on 14/03.", ["CP,"]),
]
STOP_43_REVIEW_KEPT = [
    ("a-long-question-heads-a-real-csv", "Ref,Forename,Please describe any concerns you have about your child at school"
     "\nSIA-25-0110,Summer,Not reading yet and very anxious in the mornings\nSIA-25-0111,Hope,Hates PE",
     ["Ref,Forename,Please"]),
    ("colours-beside-a-found-surname", "Kayden Green came in with mum. The bag was jade green with ruby red straps. "
     "Kayden Red too.", ["jade green", "ruby red"]),
    ("colours-ner-reads-as-a-name", "Kayden Brown (Year 4) has hazel brown eyes.", ["hazel brown eyes"]),
    ("a-word-ending-in-s-before-mum", "Review at school on Tuesday (plus mum and dad). Call first (unless mum is there).",
     ["(plus mum", "(unless mum"]),
    ("a-team-by-its-letters-after-by", "Plan approved by SMT on Friday. Reviewed by MDT, signed off by DHT.",
     ["by SMT", "by MDT", "by DHT"]),
    ("a-child-protection-plan-by-its-authority", "Child is subject to an Essex CP plan and Lancashire CP "
     "procedures were followed.", ["Essex CP plan", "Lancashire CP procedures"]),
    ("a-month-a-thing-was-done-in", "The EHCP was last updated June.", ["updated June."]),
    ("a-site-manager-after-a-name", "Met Paul Green site manager at the gate.", ["site manager"]),
    ("a-kind-of-school-in-a-place", "Most Oxford primary schools have a SENCO.", ["primary schools"]),
]

# Stop 43's blind sets (outside-88, Cambridgeshire; outside-89, Leicestershire), each miss as a class
STOP_43_FOUND = [
    ("a-month-that-is-a-surname-after-a-first-name", "Please escalate to team manager Gideon March at the LA.",
     ["Gideon March", "March at"]),
    ("a-month-that-is-a-town-between-street-and-postcode", "Home: 17 Sedge Drove, March, PE15 8QT.", ["March,"]),
    ("a-listed-place-with-a-possessive", "Dad lives in King's Lynn and has contact in the holidays.", ["Lynn", "'s"]),
    # (a guard: NER reads this one whole; the linker's possessive is for the lines it does not)
    ("a-lower-case-first-name-before-a-found-surnames-possessive", "yeah hello good morning it's um levy gaskin here, "
     "hope gaskin's dad, i spoke to a lady last week", ["hope gaskin"]),
    ("a-plot-said-in-words", "we're on the site now, plot four, the postman knows us", ["plot four"]),
    ("a-postcode-letter-said-as-zed", "just put nine pymoor drove c b six two r zed on it", ["r zed"]),
    ("a-scans-l-for-a-districts-digit", "Highfield Road, Peterborough PEl 4XN  Tel: 01632 960120", ["PEl 4XN"]),
    ("a-reference-broken-after-its-hyphen", "PCC SEND Team (ref PCC-EHC-\n0093317) wrote back.", ["0093317", "PCC-EHC-"]),
    ("a-traveller-site-by-a-weak-street-word", "Home visit Pymoor Drove site 03/10/2024 with FSW.", ["Pymoor", "Drove site"]),
    ("a-mobile-said-without-its-0-after-ring-me", "if you get lost ring me, seven seven double oh nine hundred eight "
     "seven three. and bring the form", ["nine hundred eight seven three"]),
    # (a review of this stop's own rules: a month after a verb that follows "was" or "is" is still a
    # person, and so is a relative's lower-case name after "said")
    ("a-month-name-after-a-verb-after-was", "I last spoke to April on Friday about transport. Mum was speaking "
     "with June, the family support worker. Dad is calling April tomorrow.", ["April", "June"]),
    ("a-relatives-lower-case-name-after-said", "Kayden Brown is in Year 5.\nmum said grace brown would come too",
     ["grace brown"]),
    ("a-user-name-after-a-stamped-time", "Received 21/10/2024 08:02 by jtoon\nTranscribed. Assigned: dsandhu]",
     ["jtoon", "dsandhu"]),
]
STOP_43_KEPT = [
    ("words-no-scanned-postcode", "Date\tTime\tCaller\tTel\n18/11/2024\t10:15\tanon caller, grandad\twithheld\n"
     "It does not mean that he does not belong there.", ["Caller", "caller", "belong"]),
    ("a-street-word-site-after-the", "The Close site was shut for the holidays.", ["The Close site"]),
    ("ordinary-words-and-a-weak-kind-before-site", "We met at the Playing Fields site. Parking is on the Car Park "
     "site. The Food Bank site opens at 9.", ["Playing Fields site", "Car Park site", "Food Bank site"]),
    ("a-placeholder-after-assigned", "Assigned: tbc\nAllocated: unallocated", ["tbc", "unallocated"]),
    ("plot-as-a-verb-after-a-comma", "In science, plot two.", ["plot two"]),
    ("a-month-and-a-word-after-a-time", "Starts school in March. Seen 10:30 by school.", ["in March", "by school"]),
]

# Stop 44: classes left in the sets already read (a transcript's or a parent's lower-case school of
# dictionary words, its kind in full; a wife's lower-case name before "and said")
STOP_44_FOUND = [
    ("a-lower-case-school-of-two-dictionary-words", "this is dave from the head of year team at copper beech "
     "school out at ibstock, returning a call", ["copper beech"]),
    ("a-lower-case-schools-kind-in-full", "she is in year two at marlow tor brook primary school in town um",
     ["marlow tor brook"]),
    ("a-lower-case-infant-school-of-a-place-word", "he's in reception at kessock fen infant school um my wife",
     ["kessock", "fen infant"]),
    ("a-relations-lower-case-name-before-and-said", "the head of year he phoned the wife liberty and said she "
     "is out til thursday", ["liberty"]),
    # a caller's whole name as the transcript heard it, between her greeting and whose parent she is,
    # "i'm", or what she is doing
    ("a-callers-misheard-name-before-whose-mum-she-is", "hiya it's er series boswell levi's mum ringing about "
     "the meeting", ["series", "boswell"]),
    ("a-callers-name-of-dictionary-words-before-whose-mum", "hi yeah it's patience love ridge kai's mum um you "
     "said to ring", ["patience", "love ridge"]),
    ("a-callers-three-words-before-calling", "hi um hello it's aga kowal chick calling about my daughter",
     ["aga", "kowal", "chick calling"]),
    ("a-callers-name-before-im", "hello it's joanie joanie bray boys i'm tia's nan um", ["joanie", "boys i'm"]),
    # stop 44's read blind sets (outside-92, Tyneside; outside-93, Wiltshire)
    ("a-name-no-list-has-after-someone-called-and-a-filler", "the case officer is a lady called um rhiannelle "
     "and she's not rung back", ["rhiannelle"]),
    ("a-misspelt-street-kind", "Mrs P Akhtar\n27 Fernhollow Cresent\nSwindon\nSN2 1PD", ["Fernhollow"]),
    ("a-handle-before-the-app-it-is-on", "Her cousin Ayaan (ayaanw.swindon on TikTok) and Will Bishop "
     "(willbishop_06 (Insta)) help her.", ["ayaanw.swindon", "willbishop_06"]),
    ("a-house-name-opening-an-address-on-one-line", "Parent\tFaith Storey, The Old Forge, Burradon Vale, "
     "NE23 7AY\t07700 900148", ["Old Forge", "Burradon"]),
    ("a-town-before-its-kept-service", "Family Support Worker, Trowbridge Family Hub. Autism (Devizes CAMHS, "
     "2022).", ["Trowbridge", "Devizes"]),
    ("a-listed-surname-after-a-name-said-twice", "calling about my daughter hope hope tanner\nshe's in year seven",
     ["tanner"]),
    # stop 44's third read set (outside-94, Derbyshire)
    ("a-name-opening-a-childs-cell-before-its-year", "Date\tTime\tTaken by\tCaller\tChild\tTel\n03/03/2025\t09:12\t"
     "TF\tSharon Bunting (mum)\tWill Bunting Yr9 Brimington Vale Academy\t07700 900733", ["Will Bunting"]),
    ("a-handle-after-a-messaging-apps-id", "Needs callback - mum prefers WeChat, ID willow_mama_dby.",
     ["willow_mama_dby"]),
    ("a-lower-case-place-after-a-compass-word", "he's in year four at the primary in south normanton and he has "
     "the plan", ["normanton"]),
    ("an-offices-name-before-its-town-and-postcode", "Derbyshire County Council\nBank Road Offices, Matlock DE4 "
     "3FL\n\nTo: Bank Road Offices\n\nMatlock\n\nDE4 3FL", ["Bank Road Offices"]),
    ("a-lower-case-saint-wrapped-at-a-windows-line-end", "the school is um saint\r\nmichael's please if someone "
     "speaks bangla", ["michael"]),
    ("a-callers-name-before-other-words-of-calling", "its series boswell im calling. hiya it is aga kowal "
     "calling. my name's tamsin rudkowska i am levi's mum", ["series", "boswell", "aga kowal", "tamsin"]),
    ("a-misspelt-terrace", "27 Fernhollow Terace\nSwindon SN2 1PD", ["Fernhollow"]),
    ("a-lower-case-saint-wrapped-at-a-line-end", "she was at saint ambrose's\nprimary in bowerhill before that",
     ["ambrose"]),
]
STOP_44_KEPT = [
    ("two-kinds-of-school-in-lower-case", "he went to private boarding school, then to sunday school, and "
     "now he is at his old school in high performing school", ["private boarding school", "sunday school",
                                                              "his old school", "high performing school"]),
    ("a-lower-case-place-near-a-school", "we live in thornbeck near the school", ["near the school"]),
    ("ordinary-words-between-a-greeting-and-here-or-again", "this is really hard again for us. it's kicking off "
     "again at home. it's chaos here this morning. it's the duty line calling you back. it's quiet here today. "
     "hi its me again", ["really hard again", "kicking off again", "chaos here", "the duty line calling",
                         "quiet here", "me again"]),
    ("a-citys-authority-by-its-citys-name", "Advice Officer\nNewcastle and North Tyneside SENDIASS\nTel: 0191 498 "
     "0217. NEWCASTLE CITY COUNCIL wrote. Kirsty Gray, Social Worker, Newcastle Children's Social Care - 0191 498 "
     "0300", ["Newcastle and North Tyneside SENDIASS", "NEWCASTLE CITY COUNCIL", "Newcastle Children's Social Care"]),
    ("a-horse-fair-and-an-app", "My family, going to Appleby Fair with grandad. He is on Insta.",
     ["Appleby Fair", "on Insta"]),
    ("a-kept-service-after-a-town", "Family Support Worker, Trowbridge Family Hub. Autism (Devizes CAMHS, 2022).",
     ["Family Hub", "CAMHS, 2022"]),
    ("a-word-typed-twice-after-a-pronoun", "i hope hope this helps", ["hope hope this"]),
    ("a-pronoun-left-of-an-apps-name", "If you're new here, hi! I'm Kerry (on Insta I'm @mumofthreeandahalf) and "
     "I write. I'm not going into every detail.", ["I'm not going", "I write"]),
    ("the-end-of-a-word-broken-at-a-line-end", "Dad says Zain ban-\nned frorn trip to the water park, frorn "
     "what I know", ["ban-\nned frorn trip", "frorn what"]),
    ("a-court-order-a-church-and-a-region", "Reminder: non-mol in place re dad. The family's church (Roma "
     "Pentecostal) helps. We moved to north wales last year.", ["non-mol in place", "Roma Pentecostal",
                                                                 "north wales"]),
    # (a review of this stop's own rules)
    ("dictionary-words-before-im-here-or-again", "honestly it's art i'm worried about. it's crystal clear i'm being "
     "ignored. it's soooo hard again. it's ridic again", ["art i'm", "crystal clear", "soooo hard", "ridic again"]),
    ("a-role-that-called-someone", "the senco called sencos in other schools. the lady called deliveroo by mistake",
     ["called sencos", "called deliveroo"]),
    ("miss-a-subject-and-a-verb", "he'll miss french and is really upset about it", ["miss french and"]),
    ("school-opening-the-next-clause", "at break time school staff ignored him. we applied to second choice school. "
     "he goes to gaelic medium school", ["break time school staff", "second choice school", "gaelic medium school"]),
    ("two-lines-no-school-name", "he is doing ok at home\nprimary school want a meeting", ["at home\nprimary"]),
    ("a-verb-between-a-child-and-a-setting", "kaiden loved nursery and mia enjoys college", ["loved nursery",
                                                                                         "enjoys college"]),
    ("a-word-and-a-number-before-an-app", "selling his ps5 on fb, started in Yr7 (Snapchat group chat), his "
     "Xbox360 on Facebook", ["ps5", "Yr7", "Xbox360"]),
    ("a-team-or-a-post-written-to-at-an-address", "Post it to The Admissions Team, Trowbridge, BA14 8JN",
     ["The Admissions Team"]),
    ("what-a-parent-says-her-child-is-after-a-filler", "my son um nonverbal and my daughter er dyspraxic",
     ["um nonverbal", "er dyspraxic"]),
    ("a-verb-between-a-child-and-the-kind", "also our kid tyler starts nursery in jan at fernhill",
     ["starts nursery in jan"]),
    ("a-filler-or-a-clitic-round-a-callers-name", "hiya yeah it's er it's gaz wilberforce ringing about me lad. "
     "hello it's craig tanner um calling about my daughter", ["yeah it's er it's", "um calling"]),
]


def test_a_bare_street_above_a_date_is_replaced_as_a_street(anonymise):
    """A street alone on a visit's line, a date on the next ("Home visit: Albert Street\n12 March
    2025"), is a street: a letter's sender above her house's number is the only person so placed."""
    out, _ = anonymise("Home visit: Albert Street\n12 March 2025 - mum and nan present.")
    first = out.splitlines()[0]
    assert re.fullmatch(r"Home visit: \d+ [A-Z][a-z]+ (?:Road|Close|Avenue|Street|Grove|Lane)", first), \
        "a street came back as a person's name"


# Stop 46: staff initials that are also a title's or a treatment's letters, where they act; a
# note's writer with the day she wrote it; initials joined as a double surname's
STOP_46_FOUND = [
    ("initials-the-allow-list-keeps-acting", 'Voicemail 05/03 transcribed to file. GA to ring back."\n'
     "Will ring back after GA speaks to Head of Year.", ["GA to", "GA speaks"]),
    ("initials-owning-a-call-back-in-a-log", "16/06/2025\t09:10\tBN\tMary-Ann Hirst\t07700 900476\t"
     "GA - call back, prefers calls not text\n", ["GA"]),
    ("a-note-s-writer-with-its-date", "--- Admin note (LM 14/04): Msg 1 logged, passed on.", ["LM"]),
    ("an-action-s-owner-whose-letters-are-a-word", "Actions (ST): Msg 1 -> callback tomorrow.", ["ST"]),
    ("copied-to-initials", "[handwritten]  recd 06/11 - copy to GA  for the file", ["GA"]),
    ("scanned-by-initials", "[Scanned 04/12/2024 by TO - ScanSnap iX1600 - OCR auto]", ["TO"]),
    ("double-surname-initials-acting-and-as-a-family", "1. SB-D to send the report.\nThe O-A family found "
     "the tribunal prep upsetting. Pack for the L. family.", ["SB-D", "O-A", "L."]),
]
STOP_46_KEPT = [
    ("role-and-service-letters-stay", "The EP will call. The AP will send work. Send a copy to LA. "
     "TAC to review on 12/03. Copy to GP and pass to SW. SEN to decide.", ["EP will", "AP will", "to LA",
                                                                            "TAC to", "to GP", "to SW", "SEN to"]),
    ("a-subject-and-a-date-stay", "Pupils in Y5 (PE 12/03) and the SEN 12/03 panel.", ["PE", "SEN"]),
    ("a-plan-s-letter-before-family", "See Plan B family options.", ["B family"]),
    ("a-voicemail-s-letters-in-a-log", "14:05\tBH\tvoicemail - Andreea\tVM\tasked for call back", ["VM"]),
    ("the-glossary-s-letters-acting", "Child in Need: step down from CP agreed at RCPC 02/04/2025", ["CP agreed"]),
]

STOP_47_FOUND = [
    ("a-case-heading-s-initials-that-are-a-word", "### 1.2 AM (Y3, Leagrave) - EHCNA agreed\n"
     "- Home visit AM, interpreter\n### 2.6 DSS-2025-0140 - CV (19, Portland) - TS\n- CV wants to stay on.\n"
     "- *DO* (Y6, Doncaster) - transferred", ["AM (", "visit AM", "CV (", "- CV", "DO"]),
    ("a-child-s-initials-before-an-age-and-a-school", "### 2.5 DSS-2025-0131 - JH (16, Kingcombe Park School)",
     ["JH"]),
    ("a-month-s-name-before-a-surname-no-list-has", "Present: Priya Kaur (PK), June Ellison (JE)\n"
     "You have already spoken with June Ellison from that service.", ["June", "Ellison"]),
    ("a-phone-number-read-out-after-a-false-start", "my number's oh-seven-seven-double-oh, nine-double-oh... "
     "oh seven seven double oh, nine double oh, three two one. Sorry.", ["three two one"]),
    ("a-phone-number-read-out-twice", "um my number is oh seven seven double oh nine hundred seven three four. "
     "oh seven seven oh oh nine oh oh seven three four. my address", ["seven three four"]),
    ("a-reference-read-out-with-its-strokes", "the letter says reference SEN stroke EHC stroke twenty stroke "
     "oh-six-one-one. And EHC slash DN slash 22 slash 0619.", ["twenty stroke", "oh-six-one-one", "0619"]),
    ("a-lower-case-place-the-lists-know-whole", "i work at the co op in leighton buzzard 7 till 3 so i cant",
     ["leighton", "buzzard"]),
    ("a-lower-case-street-and-estate", "hiya its mercy, levis mum from ashmead lane. she lives up the road "
     "on the thornholme estate.", ["ashmead", "thornholme"]),
    ("a-file-on-a-network-share", "file: \\\\sendiass-fs01.glos.local\\training\\cs4-april.docx", ["april"]),
    ("a-month-that-is-a-relation-s-name-in-brackets", "Y2. Grandmother (June) called first. Mum (April) lodged "
     "the appeal herself.", ["June", "April"]),
    ("a-month-heading-a-case-with-a-year-group", "- **May (Y3)** (Ellie) - new case from Local Offer", ["May"]),
    ("a-month-with-an-initial-before-a-bracket-or-signing", "- **April G. (SIAS-24-0480)** - grandad Reg\n\n"
     "Thanks for reading this\n\n*Summer M*\n12/10/2025", ["April", "Summer"]),
    ("a-worker-s-letters-that-were-a-magistrate-s", "Closed by admin (JP). I said TK or JP would need to ring him.",
     ["JP"]),
    ("a-lower-case-worker-at-a-service", "thats what dawn at sendiass told me. also summer from camhs said they "
     "cant see him", ["dawn", "summer"]),
    ("a-lower-case-setting-after-a-year-group", "tyler's yr 8 at dene heights now he hates it. he's in year ten at "
     "range more park academy. in year five at per beck heath um. in year two at the\nwoodland view school in town",
     ["dene", "heights", "range more", "beck", "woodland"]),
    ("a-reference-behind-another-council-s-label", "EHCP (Hartlepool ref EHCP 805/1129) not received; "
     "pupil file KNP/EX/24-07", ["805/1129", "KNP/EX"]),
]
STOP_48_FOUND = [
    ("a-name-that-is-a-word-doing-what-a-person-does", "Has anyone had the attendance letter? Summer's been off "
     "40% this term. Hope said she would ring. Dawn rang back at 3. Sky is in Year 9 now.",
     ["Summer", "Hope", "Dawn", "Sky"]),
    ("a-given-name-no-list-has-before-his-english-one", "Re: Yuxuan (Ethan) CHEN   DOB: 14/10/2020",
     ["Yuxuan", "Ethan", "CHEN"]),
    ("a-user-name-in-capitals-after-its-label", "Printed: 07/01/2025 14:22 (user: SWATKINS2)\ncase "
     "CF-2025-003318, handler LHEPW01). Line 2   Agent: skaur   Duration 00:04:02", ["SWATKINS2", "LHEPW01", "skaur"]),
    ("a-nurse-s-pin-and-a-school-s-dfe-number", "Hillhouse Bank Junior & Infant School\tDfE 209/2157\n"
     "Nurse Jo Bell, NMC PIN 12A3456E", ["209/2157", "12A3456E"]),
    ("a-grandparent-named-in-the-family-s-language", "Bunica Elena looks after him after school; Babcia Krysia "
     "came too. Nani Rukhsana helps.", ["Elena", "Krysia", "Rukhsana"]),
    ("a-church-school-s-status-in-brackets", "She is in Year 2 at St Hilda's CE (VA) Primary School, where",
     ["Hilda", "(VA)"]),
]
STOP_48_KEPT = [
    ("a-word-after-a-determiner-or-a-season-stays", "The hope said little. Summer is a hard time. Will said no.",
     ["The hope said", "Summer is"]),
    ("a-family-word-before-the-pronoun-keeps-every-i", "My name is Ayaan. I live with my Nana. I love trains. "
     "I go to see my Gran I like her dog. I am happy.", ["I live", "Nana. I love", "Gran I like", "I am happy"]),
    ("a-grandparent-s-word-stays-before-the-name", "Bunica Elena looks after him; Babcia Krysia came.",
     ["Bunica ", "Babcia "]),
    ("a-label-in-capitals-after-a-nickname-stays", 'HOBSON, Francesca ("Frankie")      DOB 29/06/2021', ["DOB"]),
    ("a-user-label-s-ordinary-word-stays", "agent: ok so what can I do. Year GCSE2 results.", ["agent: ok", "GCSE2"]),
    ("a-sixth-form-centre-unnamed-stays", "the sixth form centre at school", ["sixth form centre"]),
]
STOP_49_FOUND = [
    ("a-school-named-after-our-lady", "School\tOur Lady of Walsingham Catholic High School, Year 10\n"
     "Mum wants Our Lady of Lourdes named still.", ["Our Lady of Walsingham", "Lourdes"]),
    ("a-scan-s-digit-or-letter-in-a-postcode", "Bristol 8S15 4AB. Postcode: B537 4HT. Boston, PEZ1 0XY. "
     "Ipswich lP4 5QT", ["8S15", "4AB", "B537", "4HT", "PEZ1", "0XY", "lP4", "5QT"]),
    ("an-email-written-loosely", "E: r.patel @ nhs.net or sen.team©lincolnshire.gov.uk or "
     "sarah.jones(at)suffolk.gov.uk\nkaren.hall@lincoln-\nshire.gov.uk, j.o'neill@lincs.gov.uk, j.smith@suffolk "
     ".gov.uk and kerry_b1987 at hotmail dot co dot uk",
     ["patel", "nhs.net", "sen.team", "sarah.jones", "hall@", "lincoln-", "neill", "j.smith", "kerry_b1987", "hotmail"]),
    ("a-house-name-after-the-label-before-an-unnumbered-street", "Address: The Old Forge, Church Lane, "
     "Little Cawthorpe", ["Old Forge", "Church Lane"]),
    ("a-name-column-s-first-name-a-month-or-a-word", "Date\tTime\tStaff\tCaller\tRelationship\n12/03/2025\t12:45"
     "\tDP\tApril Hockey\tGran\n13/03/2025\t10:00\tKL\tDawn Friend\tMum", ["Hockey", "Dawn", "Friend"]),
    ("a-surname-that-is-a-word-before-her-role", "Present: Tom Friend (class teacher), Bridget Spain (school nurse)",
     ["Friend", "Spain"]),
    ("a-lower-case-street-moved-to-or-a-saint-s", "we moved to fen lane last year, now we live on st peters "
     "avenue near the co-op", ["fen lane", "peters avenue"]),
    ("a-place-before-a-service-s-name", "Kerry Epps, Family Support Worker, Thanet Early Help. Autism diagnosed "
     "(Devizes CAMHS, 2022).", ["Thanet", "Devizes"]),
    ("a-short-form-before-the-full-name", "New - Jay (Jayden) 2 suspensions. Lou (Louise) rang again.",
     ["Jay (", "Jayden", "Lou", "Louise"]),
    ("a-flat-s-number-before-the-house-s", "come to the flat 2 47 roman bank pe25 2sq. thanks", ["roman bank", "pe25"]),
    ("a-speaker-s-answer-an-address-and-a-postcode-with-a-pause", "Dale Rushby: And your address?\nTerry Scrimshaw: "
     "Twelve Cherry Tree Walk, on the Earlesfield. N G three one, seven E Q.", ["Cherry Tree Walk", "three one, seven"]),
    ("a-spoken-email-with-a-hyphened-number", "email? terry dot scrimshaw sixty-one at talktalk dot net. All lower case.",
     ["scrimshaw", "talktalk"]),
    ("a-postcode-district-before-its-word", "Posted model letter to IP3 address on file", ["IP3"]),
    ("a-date-of-birth-as-two-ordinals", "Date of birth? Fourth of the ninth, twenty-fourteen. Say again? Second of the "
     "ninth.", ["ninth, twenty-fourteen", "Second of the"]),
    ("a-name-beside-a-placeholder", "YP T ([Name]), aged 17, lives with his nan. Key dates (YP T / Tyler - appeal)",
     ["Tyler"]),
]
STOP_49_KEPT = [
    ("placeholders-joined-stay", "Do NOT save case examples with real names. [Name], Child A and School X are fine.",
     ["Child A and School X"]),
    ("a-placeholder-s-letter-stays-where-a-name-has-it", "YP T ([Name]), aged 17, lives with his nan. Key dates "
     "(YP T / Tyler - appeal). Tyler Smith (T) is 17. YP T said no.", ["YP T ([Name])", "(YP T /", "YP T said"]),
    ("a-letter-and-a-word-stay", '"Child A-type query (general)"; he wore a T-shirt', ["Child A-type", "T-shirt"]),
    ("capitals-like-a-scanned-postcode-stay", "SOS 1ST. He got 85 2AB. KS2 SAT and Y6 SAT.",
     ["SOS 1ST", "85 2AB", "KS2 SAT", "Y6 SAT"]),
    ("an-at-sign-with-no-domain-stays", "meet @ 3pm. see you @ school. lunch@ 12.30", ["meet @ 3pm", "see you @ school",
                                                                                       "lunch@ 12.30"]),
    ("a-person-column-s-role-stays", "Date\tCaller\tRelationship\n14/03/2025\tFamily Friend\tMum\n"
     "15/03/2025\tSocial Worker\tSW", ["Family Friend", "Social Worker"]),
    ("a-day-after-a-name-before-a-role-stays", "Spoke to Sarah Monday (mum).", ["Monday (mum)"]),
    ("a-handle-s-platform-before-it-stays", "message me on Instagram @morgan.on.the.fells or ask my mum",
     ["Instagram"]),
    ("a-service-after-its-place-stays", "Kerry Epps, Family Support Worker, Thanet Early Help. Autism diagnosed "
     "(Devizes CAMHS, 2022). Referred to Boston Early Help.", ["Early Help.", "CAMHS, 2022", "Early Help."]),
    ("moving-to-a-year-or-the-new-road-stays", "i moved to year six and we moved to the new road", ["year six",
                                                                                                  "the new road"]),
    ("ordinals-inside-a-sentence-stay", "She came first of the third. the first of the second, twenty children came",
     ["first of the third", "first of the second, twenty"]),
    ("a-district-s-letters-before-another-word-stay", "the B12 home visit; KS2 address", ["B12 home", "KS2 address"]),
    ("a-sentence-s-missing-space-after-an-at-sign-stays", "Seen @ clinic.No concerns. Support 1:1 @ home.Mum "
     "reports. Review booked (at) school.Then home", ["clinic.No", "home.Mum", "school.Then"]),
    ("a-subject-s-or-a-plan-s-letters-after-a-district-stay", "L2 BSL, Outcome E1 IEP, S2 IEP, B2 SEN, M6 BUS.",
     ["L2 BSL", "E1 IEP", "S2 IEP", "B2 SEN", "M6 BUS"]),
    ("close-to-after-moving-stays", "The family moved to temporary accommodation close to his school.",
     ["temporary accommodation close"]),
    ("a-label-s-colon-before-a-spoken-number-stays", "Likes: One Tree Hill and the park", ["One Tree Hill"]),
    ("an-attendance-answer-is-no-surname", "Name\tAttended\tRole\nTom\tYes\tClass teacher", ["Yes\tClass teacher"]),
    ("a-role-under-a-people-column-stays", "Who\tWhat\nArt Therapist\tsession", ["Art Therapist"]),
    ("our-lady-prayed-to-stays", "She prays to Our Lady every day.", ["Our Lady every day"]),
]
STOP_50_FOUND = [
    ("an-address-line-before-its-postcode-from-the-part-that-opens-it", "SEND Team | Westshire Council\n"
     "Unit 7, Fernley Court, Cobb Lane, Ashwick, Westbury WB4 3TQ\nMs Kay Orme, 9 Tansy Rise, Pellow Moor, "
     "Westbury WB3 9RB\nAlder House, Block D\nHarrowfield HX1 9ZZ",
     ["Unit 7", "Fernley Court", "Ashwick", "Westbury", "Pellow Moor", "Alder House", "Block D", "Harrowfield"]),
    ("a-letter-s-address-block-of-lines-before-its-postcode", "Dr P Okafor\nLow Moor Surgery\n"
     "4 Preston Old Road\nMarley Green\nFylcaster FY9 5QS\n\nDear Dr Okafor",
     ["Preston Old Road", "Marley Green", "Fylcaster"]),
    ("a-scan-s-office-before-its-postcode", "Tannery Yard 0ffices, Wexford Bridge WX1 3QR",
     ["Tannery Yard", "Wexford Bridge"]),
    ("where-a-meeting-is-held", "**Venue:** Copper Beech Court (meeting room 2) + Teams\n"
     "**Date:** 17/06/2025, 10:00, Lark Court meeting room\nNext meeting: Monday, Rowntree Business Centre room 2",
     ["Copper Beech", "Lark Court", "Rowntree"]),
    ("a-day-alone-in-a-note-s-short-forms", "next mtg 21st. Visit again 23rd. I'm off 13th-17th? Coming to the "
     "22nd mtg. TAC 5/3 went well. Following AR 6/2.", ["21st", "23rd", "13th", "17th", "22nd", "5/3", "6/2"]),
    ("a-surname-a-transcript-heard-apart-after-a-title", "the other one mister cope land. the senco miss shar ples "
     "said. mrs o dowd she said. the meeting with mister asp in all has been moved.",
     ["cope land", "shar ples", "o dowd", "asp in all"]),
    ("a-college-named-for-what-it-teaches", "He wants to go to Hartsmoor College of Technology, or Brackley College "
     "of Further Education.", ["of Technology", "Further Education"]),
    ("a-short-name-spelled-with-hyphens-and-a-name-said-apart", "this is Ola Brzezinski, that's Ola, O-L-A. The "
     "SENCO Mr Featherstonehaugh, Feather-stonehaugh, says", ["O-L-A", "Feather-stonehaugh"]),
    ("a-trust-of-schools-or-an-education-centre", "Hilltop School is part of Wexley Schools Partnership. Tinsley "
     "Academy (Rother Vale Learning Partnership Trust). a managed move to Marsden Education Centre.",
     ["Wexley", "Rother Vale", "Marsden"]),
    ("days-a-note-lists-or-puts-in-a-diary", "Suspended from Monday 11 Novernber 2024. The taxi has not arrived on "
     "5/11, 7/11 and 8/11. I'll put the 19th in the diary. I can't do the 23rd unfortunately. It was the Friday "
     "before Christmas, the 20th, and. tc 11.03 w/ mum. mtg 13.3 with dad.",
     ["Novernber", "8/11", "19th", "23rd", "20th", "11.03", "13.3"]),
    ("a-locality-said-between-the-street-and-the-postcode", "we're at twenty seven braithwaite rise up keighvale "
     "b d twenty two six y h. we live at forty two keppel street in hill sea, p o two nine b j. my new address is 27 "
     "foreness walk, dane hollow estate ct9 3qn, i moved", ["keighvale", "hill sea", "dane hollow"]),
    ("a-reference-read-out-with-strokes-commas-and-hyphens", "Their reference is, um, E H C forward slash two oh "
     "two five forward slash four one nine two six. it's E H C, stroke, W, stroke, two four, stroke, zero one nine "
     "five five. my case number is, I think, S I A S twenty-four eleven twenty-six.",
     ["two oh two five", "zero one nine five five", "twenty-four eleven"]),
    ("a-day-said-after-a-transcript-s-line-end", "the appointment at the hospital on the\ntwenty-third and I don't "
     "know", ["twenty-third"]),
    ("a-date-said-as-two-ordinals-after-so-the", "it's the ninth of May, so the ninth of the fifth. Sorry.",
     ["ninth of the fifth"]),
    ("a-street-then-its-number-after-a-comma", "we're on Hawthorn Road, number forty-one.", ["Hawthorn",
                                                                                          "forty-one"]),
]
STOP_50_KEPT = [
    ("a-kept-office-or-service-before-a-postcode-stays", "Child Development Centre, Wigginton Way, Yorkham YO9 8HE\n"
     "County Hall, Taunby TA9 4DY\n14 Elm Road\nRotherham\nS60 3PW", ["Child Development Centre", "County Hall",
                                                                         "Rotherham"]),
    ("a-school-s-unit-before-a-room-stays", "He goes to the Inclusion Centre room 3 and the Learning Support Centre "
     "office.", ["Inclusion Centre room 3", "Learning Support Centre office"]),
    ("ordinal-visits-and-meetings-stay", "home visit 1st, home visit 2nd. The 2nd meeting went better. "
     "He came 2nd in the race, 3rd party, 1st choice.", ["visit 1st", "visit 2nd", "2nd meeting", "2nd in", "3rd party",
                                                          "1st choice"]),
    ("a-title-s-word-before-ordinary-words-stays", "she will miss school and miss the bus, miss out on the trip. the "
     "miss match of shoes.", ["miss school", "miss the bus", "miss out on the trip", "miss match"]),
    ("a-scanned-council-s-name-stays", "Trave1 Assistance Team\nWestshire County Counci1\nYours sincere1y\n"
     "Westshire County Counci1", ["Westshire County Counci1"]),
    ("a-step-one-does-stays", "we do the 3rd step now. Do the 1st one. Put the 2nd sheet in the folder.",
     ["3rd step", "1st one", "2nd sheet"]),
    ("a-scanned-letterhead-s-authority-and-a-defined-abbreviation-stay", ". Devon\n  County Council     SEN Team\n\n"
     "the outcome of the request for an Education,\nHealth and Care (EHC) needs assessment.\nGareth Pidgeon\n"
     "EHC Casework Officer", [". Devon", "EHC Casework Officer"]),
    ("ordinals-of-a-group-stay", "She was the first of the second group.", ["first of the second group"]),
    ("miss-as-a-verb-before-words-stays", "He will miss all day on Friday. mum says she will miss her son terribly. "
     "She will miss her old school.", ["miss all day", "miss her son", "miss her old school"]),
    ("a-postcode-s-word-after-a-street-stays", "I live at 12 Oak Road postcode LS6 2AB. we're at twenty seven "
     "braithwaite rise post code b d two two six y h", ["postcode [", "post code ["]),
    ("a-venue-s-generic-room-stays", "Venue: School Hall. Where: Main Office Building. Venue: Family Centre. "
     "Meeting place: Conference Centre. In the Science Wing room 4. At the Magistrates Court room 3 on Monday.",
     ["Main Office Building", "Family Centre", "Conference Centre", "Science Wing", "Magistrates Court"]),
    ("counts-and-fractions-beside-day-cues-stay", "This is the 12th meeting about his transport. I'll do the 1st, "
     "you do the 2nd. Put the 2nd in the folder. Reviewed on 3/4 and "
     "2/3 of his targets were met. He is meeting 2.1 and 2.3 of his outcomes. On Monday he ran 2 laps, the 3rd and "
     "4th he walked.", ["12th meeting", "do the 1st", "do the 2nd", "the 2nd in", "2/3 of", "2.1 and",
                       "the 3rd and"]),
    ("a-name-on-the-line-above-council-tax-stays-a-name-found", "Kind regards,\n\nZbigniew Okonkwo-Hale\nCouncil "
     "Tax Support Officer\n\nI spoke to Zbigniew Okonkwo-Hale again today.", ["Council Tax Support Officer"]),
    ("a-table-s-cells-beside-a-postcode-stay", "Class\tRoom\tPostcode\nOak Class\tRoom 5\tLS6 2AB",
     ["Room\tPostcode", "Oak Class\tRoom 5"]),
    ("a-lower-case-compound-of-a-name-s-parts-stays", "Rowan Greenwood came. We are the green-wood school.",
     ["green-wood"]),
    ("an-outdoor-education-centre-stays", "He went to an Outdoor Education Centre in Year 6.",
     ["Outdoor Education Centre"]),
    ("an-adult-education-centre-stays", "Mum goes to the Adult Education Centre on Tuesdays.",
     ["Adult Education Centre"]),
    ("a-bus-s-number-after-its-road-stays", "she gets off at Main Road, number 7 bus", ["number 7 bus"]),
    ("the-professions-national-bodies-stay", "The Royal College of Paediatrics and Child Health says so.",
     ["Royal College of Paediatrics"]),
]
STOP_51_FOUND = [
    ("a-postcode-said-with-fillers-letter-names-and-doubles", "our postcode's, um, c v ten uh nine g h. the "
     "postcode? it's ess oh five three two ex why. postcode double you ess eleven one ay ay. and the postcode, erm, "
     "that's T F two, nine double E. post code st 4 7ab", ["ten uh nine", "ess oh five", "double you ess", "T F two",
                                                           "st 4 7ab"]),
    ("a-postcode-spelled-with-hyphens-a-part-said-again", "we're at 8 Deane Down Drove, Oakley, R-G-two-three, "
     "seven, um, seven-A-F? Thanks.", ["R-G-two-three", "seven-A-F"]),
    ("a-postcode-in-the-phonetic-alphabet", "postcode is Sierra Tango four, seven Alpha Bravo",
     ["Sierra Tango", "Alpha Bravo"]),
    ("an-address-read-out-with-a-said-hyphen-and-spaced-letters", "my email is dara dot quill at westcc dash send "
     "dot gov dot uk and mine's tamsin dot orr at\nbexley e p s dot gov dot uk. cheers.",
     ["westcc dash send", "e p s dot gov"]),
    ("a-birthday-s-year-after-a-comma", "her birthday was the second of May, two thousand and nine – so she's "
     "fifteen. Date of birth? Third of the sixth, 2015.", ["two thousand and nine", "Third of the sixth"]),
    ("a-range-s-other-end", "Rota: Jo off 21/07–1/08, Sam off 3/03–14/03.", ["1/08", "3/03"]),
    ("a-first-name-before-a-quoted-nickname", 'New referral – Devinder "Dev" Rahal, 18 – SM',
     ["Devinder", "Dev", "Rahal"]),
    ("a-lower-case-title-and-a-surname-no-list-has", "no one to do his 1 to 1 since miss ferneyhough left. "
     "mr ollerenshaw never rang back", ["ferneyhough", "ollerenshaw"]),
    ("a-town-named-by-its-river", "Mrs K Nowicka\n33 Derwent Grove\nStapenhill\nBurton upon Trent\nDE15 9QR\n\n"
     "Her dad lives in Ashby-under-Wold now.", ["upon Trent", "under-Wold"]),
    ("a-place-of-ordinary-words-where-a-family-lives-or-a-school-is", "school in Fair Oak won't do it. They moved "
     "to Hill Top last year. mum works in Chandlers Ford.", ["Fair Oak", "Hill Top", "Chandlers Ford"]),
    ("a-spelled-name-s-hyphen-said", "it's Kerry-Ann, K-E-R-R-Y dash A-N-N, Pritchard", ["K-E-R-R-Y", "dash"]),
    ("a-town-of-one-word-in-its-column-or-after-where-someone-goes", "Date\tCaller\tArea\tSummary\n10/06/2025\t"
     "Jo Capewell\tLeek\tleaflets\n\nhe wants to go to Churnet Valley College in Wool to do Level 1. they moved to "
     "Amble last year.", ["Leek", "in Wool", "Amble"]),
    ("a-scanned-street-before-a-district-read-with-an-o", "Dear Mrs Ho1t,\nWe wi11 write in Apri1.\ncc: Mrs K "
     "Thapa, SENCO, The Burnside Academy, Pi1grims Way, Andover SP1O 5HX", ["Pi1grims"]),
]
STOP_51_KEPT = [
    ("therapies-after-one-to-one-stay", "Ruby offered 1:1 CBT from May; 1:1 DBT, 1:1 EMDR and SCERTS.",
     ["1:1 CBT", "1:1 DBT", "1:1 EMDR", "SCERTS"]),
    ("a-postcode-s-word-before-ordinary-words-stays", "the postcode is on the letter. a postcode lottery. B-1 "
     "form and S-3 class.", ["postcode is on the letter", "postcode lottery", "B-1 form", "S-3 class"]),
    ("ordinary-words-after-moving-or-a-school-stay", "from Year End. living in Social Care. the school in Special "
     "Measures. mum works in Reception.", ["Year End", "Social Care", "Special Measures", "works in Reception"]),
    ("a-count-after-a-said-date-stays", "by the fifth of June, two thousand children. by the sixth of June, "
     "twenty one children had left.", ["two thousand children", "twenty one children"]),
    ("a-range-of-fractions-stays", "scored 3/4-2/3 on the test", ["3/4-2/3"]),
    ("miss-before-text-speak-stays", "i miss lol will. i miss gymnastics never did it", ["miss lol",
                                                                                        "miss gymnastics"]),
    ("a-quoted-word-between-capitals-stays", 'The "Best" Team Award', ['"Best" Team']),
    ("a-word-town-where-the-word-is-meant-stays", "he works in Over the summer. Area of need\tScore\nReading\t5\n\n"
     "Date\tActivity\tVenue\nMonday\tSwimming\tPool", ["Over the summer", "Reading\t5", "Swimming\tPool"]),
    ("a-service-s-place-after-from-stays", "Vouchers from the Food Bank. help from the Red Cross. from Play Park.",
     ["Food Bank", "Red Cross", "Play Park"]),
    ("a-hyphened-compound-with-in-or-on-stays", "Relationship: Mother-in-Law. the Teacher-in-Charge of the Base. "
     "Walk-in-Centre. Based upon Evidence.", ["Mother-in-Law", "Teacher-in-Charge", "Walk-in-Centre",
                                              "Based upon Evidence"]),
    ("scores-beside-a-day-stay", "Reviewed on 14/03 - 3/5 targets met. Spelling test on 12/05 - 7/10 correct. "
     "Assessed 12/03/2024 - 7/10 on reading.", ["3/5", "7/10 correct", "7/10 on"]),
    ("miss-and-a-hobby-no-dictionary-has-stays", "he'll miss bushcraft left early. worried he will miss taekwondo "
     "would mean", ["miss bushcraft", "miss taekwondo"]),
    ("an-ordinal-part-before-a-count-stays", "a third of the first 2000 words", ["third of the first 2000"]),
]
STOP_52_FOUND = [
    ("a-two-capital-name-s-lower-case-twin", "hiya\n\nmy boy is Rhys-Jay Cawthra (everyone calls him RJ or rj) "
     "hes 8 and in year 4. we split when rj was 3 and rj misses him", ["rj was", "rj misses"]),
    ("a-lower-case-place-after-a-setting-among-capitals-of-a-name", "hiya my boy is called RJ (rj at home) hes in "
     "year 4 at the primary in haddleworth and they keep ringing me", ["haddleworth"]),
    ("e-mail-addresses-said-with-numbers-letters-apart-and-a-dotted-word", "CALLER: yeah it's kez dot m b ninety "
     "one at hotmail dot co dot uk\nAGENT: our inbox is sendiass dot duty at example dot org dot uk\nCALLER: or "
     "k a y dot p a r r y seven at gmail dot com", ["kez dot", "ninety one", "sendiass dot duty", "p a r r y"]),
    ("a-double-surname-spelled-with-its-dash-said", "CALLER: Jodie Hall-Jones so H A L L dash J O N E S",
     ["H A L L", "J O N E S"]),
    ("a-house-number-said-as-two-words", "CALLER: we're near the shops forty six Kestrel Mews sorry 46\nSpeaker 2: "
     "yeah thirty one Ash Tree Grove", ["forty six", "thirty one"]),
    ("a-reference-read-out-when-to-quote-it", "AGENT: a reference number if you ring back it's K T 26 0113\n"
     "CALLER: K T 26 0113 ok", ["K T 26 0113"]),
    ("days-said-before-a-month-with-a-word-after-or-a-short-month", "mornings only from the third October not in "
     "writing, callback booked fifteenth November p m. the letter says the ninth of Feb",
     ["third October", "fifteenth November", "ninth of Feb"]),
    ("a-short-date-after-a-message-and-a-week-s-day", "re her email of 3/5. Off wk of 19th", ["3/5", "19th"]),
    ("a-birthday-said-as-its-numbers", "AGENT: and his date of birth please\nCALLER: the third of April twenty "
     "fifteen so three four fifteen", ["three four fifteen"]),
    ("a-sender-s-name-before-the-address-ner-ran-into", "From: Obi Nwachukwu <obiageli.nw@hotmail.com>\nSent: "
     "Monday\n\nThanks\nObi", ["Obi", "Nwachukwu"]),
    ("a-short-name-in-brackets-said-to-be-the-family-s", "Mum said Harrison (Haz at home) enjoys lego.", ["Haz"]),
    ("a-first-name-before-a-spouse", "Grandparents\tDerek & wife Pauline have had SGO since 2023.", ["Derek"]),
    ("a-pupil-by-initials-surname-and-year", "| Ref | Child |\n|---|---|\n| 1 | RJ Hollingworth (Y5) |",
     ["RJ Hollingworth"]),
    ("a-house-on-a-newer-estate-s-road", "Home: 14 Otter Reach, Heybridge. Nan: 3 Lark Meadow.",
     ["Otter Reach", "Lark Meadow"]),
    ("a-town-joined-by-in-read-as-a-surname", "Dad lives in Sutton in Ashfield now.", ["Sutton", "Ashfield"]),
    ("an-address-answered-after-a-time-stamp", "00:00:50 Speaker 1: and what's your address Kerry\n00:00:55 "
     "Speaker 2: twelve Thornbury Close, Mansfield", ["twelve Thornbury"]),
    ("a-day-before-a-call-s-goodbye", "Agent: you'll hear from Priya on the 17th take care", ["17th"]),
    ("a-shared-inbox-and-a-website-read-out", "our email is info at bucks dash s e n d dot org dot uk and the "
     "website's www dot bucks dash s e n d dot org dot uk slash help", ["info at bucks", "www dot bucks"]),
    ("a-found-word-spelled-letter-by-letter", "Caller: 14 Ravensbank Walk R A V E N S B A N K in Wisbech",
     ["R A V E N S B A N K"]),
    ("a-birthday-s-digits-said-apart", "Agent: and his date of birth\nCaller: the fourth of May 2016 so four "
     "five 4 5 2016", ["4 5 2016"]),
    ("a-reference-s-spaced-letters-repeated", "Agent: K P S 25 1377 I'll put it in the email as well",
     ["K P S 25 1377"]),
    ("a-grandmother-s-name-in-brackets", "his dad's mum (nanny bev) has him weds", ["bev"]),
    ("a-saint-s-town-in-lower-case-after-a-school-s-name", "hes at Oakfield Junior School in st albans and hates it",
     ["st albans"]),
    ("a-found-name-s-lower-case-short-form-and-possessive", "Subject: masons secondary place\n\nhiya my son mason "
     "(mason parr, hes 9). also mase has been bad at home", ["masons secondary", "mase has"]),
    ("a-case-s-child-by-dotted-initials", "### 2.3 J.K. – transport (CPS-25-1190)\n| Chase AR for A.R. "
     "(CPS-24-1156) |", ["J.K.", "A.R."]),
    ("an-authority-s-setting-is-still-a-setting", "She attends Oldham Sixth Form; he is at Derby Pupil Referral Unit.",
     ["Oldham Sixth Form", "Derby Pupil Referral Unit"]),
    ("a-surname-that-is-a-family-word-elsewhere", "Mr Anil Tata attended; Tata said no.", ["Tata"]),
    ("a-title-s-initial-before-a-partner-s", "Mr D. & Mrs P. Okonjo\n22 Peverell Gardens", ["Mr D.", "Okonjo"]),
    ("two-days-parted-by-a-slash-and-a-dotted-day-done", "Training 2nd/9th April. | SM | Done 07.03 |",
     ["2nd/9th", "07.03"]),
]
STOP_52_KEPT = [
    ("an-authority-s-letters-stay", "BwD transport withdrawn; interpreter via the BwD contract. Caseworker "
     "(Lancs), N Yorks panel.", ["BwD transport", "BwD contract", "Lancs", "N Yorks"]),
    ("a-council-s-town-before-council-stays", "Ewa Mazur\tHousing Options Officer, Lancaster City Council",
     ["Lancaster City Council"]),
    ("a-film-a-programme-a-condition-an-area-a-policy-stay", "Mama and me watch Encanto. "
     "NELI programme in Reception. Ehlers-Danlos being investigated. SEND Operations - Mid Quadrant. Under the "
     "Essex Home to School Travel Policy.", ["Encanto", "NELI programme", "Ehlers-Danlos", "Mid Quadrant",
                                           "Home to School Travel Policy"]),
    ("fractions-and-scores-after-of-stay", "He got 1/4 of the questions right, a score of 2/4 on the test.",
     ["1/4", "2/4"]),
    ("numbers-said-without-a-birth-stay", "she has two three five year olds; read me eleven two sixteen",
     ["two three five", "eleven two sixteen"]),
    ("a-month-that-is-a-verb-or-a-holiday-after-a-day-stays", "on the first March on the town hall; the second "
     "October half term", ["first March on", "October half term"]),
    ("a-group-with-its-year-stays", "Maths Group (Y3) and Reading Club (Year 4)", ["Maths Group", "Reading Club"]),
    ("school-subjects-in-dots-and-a-kept-abbreviation-stay", "P.E. – Tuesdays; R.E. - Mondays. Chase overdue AR "
     "for A.R. (CPS-24-1156).", ["P.E.", "R.E.", "overdue AR"]),
    ("a-relative-saying-in-brackets-stays", "he says no (nan said) ok", ["nan said"]),
    ("doses-and-codes-of-spaced-numbers-stay", "2.5 mg done 2.5 times; A B 12 345 6 and Y 6 at 12 300",
     ["2.5 mg", "2.5 times", "A B 12 345", "Y 6 at 12 300"]),
    ("advice-at-a-place-stays", "she gets advice at school and info at the library", ["advice at school",
                                                                                    "info at the library"]),
    ("the-review-s-ordinary-words-stay", "we've had twenty two Family Court hearings; it takes forty five Minutes "
     "each way. 3 Sensory Orchard sessions. (Toileting at home) and (Happy at home). Her first September at "
     "secondary; his second December in care; the second of Jan's children. He copied 4/5 shapes. Born at 39 weeks, "
     "Apgars were seven nine ten.",
     ["twenty two Family Court", "forty five Minutes", "Sensory Orchard", "Toileting", "Happy at home",
      "first September", "second December", "second of Jan", "copied 4/5", "seven nine ten"]),
    ("a-word-name-s-lower-case-copies-stay-where-no-person-s-verb-follows", "Grace Bell (Y4) attends.\nStaff said "
     "that grace is needed. The saving grace's that she sleeps.\nDawn Ellis (mum) called. He is up before dawn and "
     "dawn is the worst time.\nEvie-Paige Holt (Y2). the ep came in today.", ["that grace is", "saving grace's",
                                                                               "and dawn is", "the ep came"]),
    ("husband-and-wife-stay", "Husband and wife attended; to be frank and honest, Husband & wife agreed.",
     ["Husband and wife", "frank and honest", "Husband & wife"]),
]
STOP_53_FOUND = [
    ("a-birthday-repeated-as-numbers-with-commas-turns-after-it-was-asked", "AGENT: And Kofi's date of birth?\n\n"
     "CALLER: the fourth of March 2015\n\nAGENT: So four, three, fifteen. Lovely.", ["four, three, fifteen"]),
    ("a-son-s-initials-before-his-year-and-a-worker-to-ring-back", "[Note: Mum re son TA (yr 3, Hollins Prim). "
     "Callback JW. Ref XY-25-0001.]", ["son TA", "Callback JW"]),
    ("a-setting-s-dictionary-words-before-a-lower-case-school-after-at", "even the base at Kings Meadow school "
     "(the autism base)", ["Kings Meadow"]),
    ("lower-case-names-after-a-partner-a-kiss-a-name-said-and-a-family-s-call", "he dont get on with jasons new "
     "gf dawn. thanks for reading\nkaz x\n\nS2: his name is tymek T Y M O N but we call him tymo at home",
     ["gf dawn", "kaz x", "tymek", "tymo at"]),
    ("a-lower-case-family-hub", "yeah Jo from the whitwell family hub did the course, then the swanborough family "
     "hub", ["whitwell", "swanborough"]),
    # (read from outside-128 and -129)
    ("a-found-reference-s-number-alone-and-a-reference-said-with-its-dash", "| 2 | New case KLM-25-0412 | "
     "Nadia |\n- welcome call for 0412 with GR.\nSpeaker 2: K L M 25 dash 0 4 1 2.", ["0412", "0 4 1 2"]),
    ("a-website-read-out-without-www", "or the website is kidsadvice dot org dot uk, there's lots on it",
     ["kidsadvice"]),
    ("a-name-said-as-it-sounds", "Please say my name properly: TAH-meer, not ta-MEER.", ["TAH-meer", "ta-MEER"]),
    ("a-relative-s-lower-case-name-before-a-negative-and-a-pitch-s-address", "his dad lee isnt involved. we "
     "are on the site at pitch 9 furze hill lane, so no path", ["dad lee", "pitch 9", "furze hill"]),
    ("a-first-and-middle-name-s-letters-in-lower-case", "my son is tj, thomas james ryder, hes 9. tj is "
     "meant to start in september", ["tj is", "is tj"]),
    # (the review's)
    ("a-worker-to-ring-back-for-and-after-cb", "Callback for GM tomorrow. CB JW re transport.", ["GM", "JW"]),
    ("a-short-first-name-that-is-a-service-s-letters", "Dad (Raf Nowak) will attend. Raf said ok.", ["Raf"]),
    # (read from outside-130 and -131)
    ("a-follow-up-s-owner-and-day-ending-a-log-cell", "Sent template.\tNSS-25-0606\tBL 16/06\nWed 4 June\t10:20"
     "\tMP\tPhone", ["BL"]),
    ("a-case-s-initials-heading-its-notes-before-its-reference", "### 2.2 RF – WSD-2025-0152 – Tribunal\n"
     "| Check tribunal video views for RF | MZ |", ["RF"]),
    ("a-child-s-initials-before-her-parents", "| NSS-25-0955 | AP (parents IP/MP) | Prudhoe |", ["AP (", "IP/",
                                                                                             "/MP"]),
    ("an-initial-and-surname-under-a-caseworker-column", "CaseRef,Area,Caseworker,Notes\nW-1,Calne,A Kaur,Mum ok\n"
     "W-2,Devizes,A Kaur,ok", ["A Kaur"]),
    ("a-lower-case-street-after-a-cue-and-a-named-base", "we used to be at the flat on lindisfarne walk in "
     "newbiggin.\nHarbour Base (ASC resourced provision)\nKey worker, Harbour Base – check-in",
     ["lindisfarne", "Harbour Base"]),
    ("a-nickname-in-quotes-after-call-me", "Some people call me “Ay” which is fine.", ["“Ay”"]),
]
STOP_53_KEPT = [
    ("a-clinic-and-a-verb-name-before-it-stay", "re-referral to ENT made. Chase ENT appointment.",
     ["to ENT", "Chase ENT"]),
    ("what-kind-of-school-before-school-stays", "the LA consulted the nearest suitable mainstream secondary "
     "school; she goes to Sunday school and to Forest School at Mainstream school", [
         "suitable mainstream secondary school", "Sunday school", "Forest School", "Mainstream school"]),
    ("a-teaching-assistant-and-words-after-name-is-stay", "her son's TA (Y4 class) is kind; the TA helps. his "
     "name is down and her name is said first. my partner will call; we call him back at home", [
         "son's TA", "the TA", "name is down", "name is said", "partner will", "him back"]),
    ("a-council-s-letters-in-its-column-and-before-a-name-s-cell-stay", "ref,area,la,notes\nQ-1,"
     "\"Bewbush, Crawley\",WSCC,Alfie has EHCP\nQ-2,Hove,BHCC,Alfie moved", ["WSCC", "BHCC"]),
    ("a-volunteer-a-kept-abbreviation-and-a-year-after-a-reference-stay", "The volunteer said yes; Hope Ward (HW, "
     "volunteer IPSEA-trained). DV - dad no "
     "contact. Ref ABC-24-2025 opened in 2025. She said the EHCP-related work and SEN-support plan.",
     ["The volunteer said", "IPSEA-trained", "DV - dad", "in 2025", "EHCP-related", "SEN-support"]),
    ("the-review-s-words-stay", "son ASD year 4, diagnosed with ASD. hi about my son umar khan. um not sure, um "
     "the school said. Callback WC 9th June. He was at Therapeutic school. Can you call her mobile instead. his "
     "name is definately on the list. his dad defo isnt involved. my partner drew up a list. it was a ONE-off "
     "payment.\nappreciated x",
     ["ASD year", "with ASD", "um not", "um the", "Callback WC", "Therapeutic school", "her mobile", "definately",
      "defo", "drew up", "ONE-off", "appreciated x"]),
    ("counts-after-a-birthday-was-asked-and-a-time-like-a-reference-s-number-stay", "Date of birth?\nthe fourth "
     "of May 2016\nCan he count?\nyeah he goes nine, ten, eleven, twelve and then stops\nCase IAS-25-1030 opened."
     "\n1030 rang mum back.", ["nine, ten, eleven", "1030 rang"]),
    ("a-role-broken-at-a-line-s-end-an-authority-after-a-verb-name-and-assessments-stay", "Dr Ann Voss, Senior "
     "Educational\n     Psychologist.\n| Chase North Tyneside re delays |\nthe Renfrew Action Picture Test and the "
     "Preschool Language Scales were not used. on the cahms waiting list",
     ["Senior Educational", "North Tyneside", "Renfrew Action Picture Test", "Preschool Language Scales", "cahms"]),
    ("lower-case-kinds-before-a-family-hub-and-sign-offs-stay", "the local family hub and our nearest family hub."
     "\nthanks x\nlove x", ["local family hub", "nearest family hub", "thanks x", "love x"]),
]
STOP_54_FOUND = [
    # (read from samples read before: outside-54 to -129)
    ("initials-alone-on-a-note-s-last-line", "Dad has no contact - not to be copied into anything.\n\nKM\n",
     ["anything.\n\nKM"]),
    ("a-caller-s-name-in-quotes-or-queried-in-a-log", "Date\tTaken by\tCaller\tChild\n01/05/2025\tWB\t\"Jade\"\t-\n"
     "02/05/2025\tWB\t'Frank'?\t-\n03/05/2025\tFR\tLeanne Hobbs\t\"Eason\" Xu\n", ["Jade", "Frank", "Eason"]),
    ("a-worker-s-initials-under-follow-up", "log_no,taken_by,caller,summary,follow_up\nDL-1,JM,Amira Begum,"
     "\"Booked a call.\",RW\nDL-2,JM,Amira Begum,sent,SEN\n", [",RW"]),
    ("a-follow-up-s-day-and-a-log-cell-s-owner-and-day", "f/u 6/2 - she sent it. Will call back 2/5 am. Chased "
     "caseworker G Pennington 4.3.\nDate\tAction\n01/05\tRB 5/6\n", ["6/2", "2/5", "4.3", "5/6"]),
    ("initials-with-a-hyphen-and-initials-before-the-name-they-spell", "### 2.3 TM-B - Tyler Marsh-Bennett, Y11\n"
     "**AM – Ayaan Mistry (SDS-24-0627)** – GS\nGS finding AM case hard.", ["TM-B", "AM –", "AM case"]),
    ("a-case-heading-s-surname-and-first-name-and-a-shortened-surname", "**Bell - Kayden** (PC) - refusal.\n"
     "- **Kieran O'D** (SM): EP advice received.", ["Bell", "O'D"]),
    ("a-lower-case-title-s-word-surname-or-initial", "the senco miss o'halloran would ring me. the council lady "
     "miss boot never rings back. its from a mr d. fairbanks in the travel team", ["halloran", "boot", "fairbanks"]),
    ("a-role-s-word-after-an-honorific-and-a-user-name-after-what-was-saved", "I like Mr Friend because he is kind."
     "\nSaved to case XYZ-25-0019 by jpike\n", ["Friend", "jpike"]),
    # (read from outside-132 and -133)
    ("a-lower-case-setting-named-by-its-place", "i put rockingham forest academy first. the plan says rockingham "
     "forest. i found the letter from rockingham forest", ["forest"]),
    ("a-building-s-floor-a-spoken-postcode-after-a-blank-line-and-a-street-said-again", "Level 3, Spon End Chambers, "
     "9 Tanners Row, Coventry CV1 4HB\nSPEAKER 1: and the postcode\n\nSPEAKER 2: c v 12 9 h j\n\nSPEAKER 1: ok\n"
     "CALLER: its 6 Redhill Close six Redhill close Wellingborough", ["Level 3", "c v 12", "six Redhill"]),
    ("a-named-base-after-its-school-and-a-hub-as-provision", "Greenacre Academy – Compass Base (tutor group)\n"
     "She likes the Compass Base. Ruby at Bridges Hub (AP) 3 days/wk.", ["Compass", "Bridges"]),
    ("a-birthday-repeated-as-digits-a-website-said-as-words-and-a-weekday-s-dotted-day", "AGENT: and his date of "
     "birth\nCALLER: the twenty second of November twenty fifteen so 22 11 15\nAGENT: its all on our website "
     "northants sendiass dot org dot uk\nDate\tTime\nMon 02.06\t14:45\n", ["22 11 15", "sendiass dot", "02.06"]),
    # (read from outside-135)
    ("a-capitalised-title-before-a-split-surname-and-a-son-s-initials-before-his-age", "Speaker 2: an IEP or "
     "whatever Mrs fair weather does it\nAuto-summary: Parent re son PM (9) - ADHD.", ["fair weather", "PM (9)"]),
    ("initials-heading-a-lettered-case-before-a-slash-and-its-reference", "### 2a. AN / SIA-2025-0412 (Amara)\n"
     "### 2d. JPO / SIA-2025-0492 - young person", ["AN /", "JPO"]),
    ("a-school-s-own-named-base-and-a-partner-s-word-name-before-a-negative", "welcoming her into Year 8 in our "
     "Cedar Base.\ndarren and his gf summer dont think there is anything wrong", ["Cedar", "summer"]),
    # (read from outside-134)
    ("a-street-said-as-a-garth-a-voicemail-s-day-and-a-bracketed-nanna", "AGENT: and your address for our records"
     "\n\nCALLER: forty one Kestrel Garth h u seven four q n\nLeft VM 3/3 - call back. my mum (nanna sue) has him",
     ["Kestrel", "h u seven", "3/3", "sue"]),
    # (the review's: a worker's letters that end in C are no council's)
    ("staff-initials-that-end-in-c", "Will chase. SHC\nDate\tWorker\tNotes\n01/05\tNSC\tok\n", ["SHC", "NSC"]),
]
STOP_54_KEPT = [
    ("how-a-note-closes-and-a-role-s-letters-stay", "Meeting closed.\n\nEND\n\nno further action.\n\nNFA\n\n"
     "Lead clinician (reviewer)\n\nLC", ["END", "NFA", "\nLC"]),
    ("a-follow-up-s-note-stays", "log_no,taken_by,caller,summary,follow_up\nDL-1,JM,Amira Begum,sent,CB 10/02/2025\n"
     "DL-2,JM,Amira Begum,sent,NO URGENT\nDL-3,JM,Amira Begum,sent,support w/ bundle\nDL-4,JM,Amira Begum,sent,SEN\n",
     ["CB ", "URGENT", "support w/ bundle", ",SEN"]),
    ("a-time-after-a-call-fractions-and-a-topic-before-a-name-stay", "Rang Mags 9.10 - ok. Call back 1/2 hour later. "
     "He got 3/4 right.\n**Update - Mia**", ["9.10", "1/2 hour", "3/4 right", "Update"]),
    ("a-teacher-s-subject-a-council-s-letters-and-a-misread-council-stay", "Her work is great – Miss Fairweather (Art)"
     "\nI want GCSE Art and A-level Art.\n| Chase NNC re late plans | BQ |\nWNC decision not to issue. "
     "EMTAS came.\nC0VENTRY CITY COUNC1L\nDear Mrs Ju1ie Ashcroft, your son Ky1e.",
     ["(Art)", "GCSE Art", "A-level Art", "NNC", "WNC", "EMTAS", "C0VENTRY CITY COUNC1L"]),
    ("sentences-ends-and-counts-before-spoken-digits-stay", "Dear Sir or Madam. Mr Men books.\nhis date of birth is "
     "on file. He scored 3 4 12 15 on the test. Mon 9.30 start.", ["Madam.", "3 4 12 15", "9.30"]),
    ("a-verb-before-the-virtual-school-and-text-speak-after-a-partner-stay", "Explained Virtual School + SW can "
     "request. my partner dont think so. She works in our Learning Support Unit and our Family Hub. A building "
     "called Norfo1k House.", ["Explained Virtual School", "dont think", "Learning Support Unit", "Family Hub"]),
    ("an-area-cell-s-council-after-its-place-stays", "Date\tCaller\tArea\tNotes\n10 Mar\tJoy Bell\tKingswood - "
     "Hull\tok\n11 Mar\tAnn Lee\tBeverley - ERYC\tok\n", ["- Hull", "- ERYC"]),
    # (the review's)
    ("a-plan-s-numbered-parts-measures-fractions-and-periods-stay", "She has met outcomes 1.1 and 1.2. Chased "
     "section 9.2 of the plan. Contacted team re outcome 3.4. Mon 1.5 miles. Mon 1.1\tmaths\nDate\tAction\n"
     "01/05\tAM 4/5\n02/05\tOT 3/4\nFollow up 1/2 mins later. Call back 2/3 sessions.",
     ["1.2", "9.2", "3.4", "1.5 miles", "Mon 1.1", "AM 4/5", "OT 3/4", "1/2 mins", "2/3 sessions"]),
    ("small-numbers-after-a-birthday-was-asked-and-generic-hubs-stay", "AGENT: his date of birth\nCALLER: he has "
     "3 5 10 minute breaks\nHe goes to Sports Hub (AP). Greenacre Academy - Isolation Unit. Inclusion Centre "
     "Hub (AP).", ["3 5 10", "Sports Hub", "Isolation Unit", "Centre Hub"]),
    ("a-follow-up-s-abbreviations-a-form-of-address-and-closing-letters-stay", "log_no,taken_by,caller,summary,"
     "follow_up\nDL-1,JM,Amira Begum,sent,IS\nDL-2,JM,Amira Begum,sent,LVM\nTo Mr Manager.\nmr b. said no. the "
     "website called ipsea dot org dot uk\nPlease sign and return.\n\nENC", [",IS", ",LVM", "Manager", "said no",
                                                                          "website called", "ENC"]),
]
STOP_55_FOUND = [
    # (read from outside-136 and -137, after their blind score)
    ("a-reference-said-with-its-letters-spelled", "it's um T W C slash S E N slash two five slash four four one "
     "eight, that's on the letter.", ["T W C", "four four one eight"]),
    ("a-name-before-its-preferred-name-note", "ref,opened,school,need,worker,notes\nQ-1,2025-01-10,Brook Primary,"
     "SLCN,Kim Ashby,Bear (pref name). EHCNA agreed.\n", ["Bear"]),
    ("a-quoted-message-signed-with-a-letter-and-a-kiss", "> ring after half term, the bus pass is sorted.  K x\"\n\n"
     "-----\n", ["K x"]),
    ("a-school-s-room-named-by-a-tree-and-a-base-by-a-bird", "He calms down in the Hazel Room with an adult. Kai "
     "is in Puffin base (SRP) since September.", ["Hazel Room", "Puffin base"]),
    ("a-family-hub-named-in-lower-case-by-two-words", "the worker from fox hill family hub said to ring you",
     ["fox hill"]),
    ("a-said-e-mail-s-word-spelled-again", "CALLER: it's tamsin vork 12 at gmail.com, like vork then 12\n",
     ["vork"]),
    # (read from outside-138 and -139, after their blind score)
    ("a-name-s-sound-written-in-quotes", "Her name is Aoibhe and is said “Ee-va”, which school spells wrong.",
     ["Ee-va"]),
    ("a-titled-given-name-that-is-a-month-s-before-a-role", "Parents\tMrs Wen Zhou (mother) and Mr Chen Jun "
     "(father)\n", ["Jun"]),
    ("a-postcode-said-with-to-for-two-and-an-address-read-back-with-a-comma", "CALLER: 9 Hazel Walk. It's GL to "
     "five TQ.\nAGENT: Kezia dot M O R V eight seven, at yahoo dot co dot uk. Lovely.", ["GL to five", "M O R V"]),
    ("a-reference-after-a-comma-and-a-hyphened-case-heading", "a reference, EHC 812 04417, on the letter.\n"
     "### TJ O-H – GSS-24-1263 (WA)\n- Mum rang.", ["812 04417", "O-H"]),
    ("a-letter-signing-after-thanks-and-a-worker-s-name-under-taken-by", "Case ref on file.\n\nThanks\nT\n\n"
     "Tamsin Bell\nAdvice Officer\n\nDate\tTime\tTaken by\tMethod\tCaller\n31/03/25\t10:12\tWill\tPhone"
     "\tPaul Vane\n", ["Thanks\nT\n", "\tWill\t"]),
    ("a-street-named-by-a-west-country-word-and-a-lower-case-display-name", "We moved from\n> 3 Orchard Pitch, "
     "Paganhill\nFrom: chi chi <chiomaezenwa.82@example.com>", ["Orchard Pitch", "chi chi"]),
    ("a-setting-that-was-consulted-a-named-base-and-a-heading-s-setting", "Forest Edge were never formally "
     "consulted. They visited The Beacon Base.\n### SIAS/25/0418 - Andrei D. (Heathercombe, Kinson) - GL\n",
     ["Forest Edge", "Beacon Base", "Heathercombe"]),
    ("a-scan-s-house-name-cut-in-two", "SEN Team (North)          Hartw ell House, Mill Way, Exeter\n\n"
     "Devon County Council, Hartwell House, Mill Way, Exeter EX2 7QB", ["ell House", "Hartwell"]),
    ("a-flat-s-number-said-before-the-house-s", "Caller: it's flat two, forty one Penrose Road, Kinson.",
     ["flat two", "Penrose Road"]),
    ("a-person-named-devon-and-a-surname-in-capitals-after-a-title-are-found", "Devon Reid rang. Devon said he "
     "would send it. Mr DIAS came too.", ["Devon Reid", "Devon said", "DIAS"]),
]
STOP_55_KEPT = [
    ("a-county-that-is-a-first-name-and-its-service-stay", "The mediation service for Devon is Global Mediation. "
     "Devon Information, Advice & Support (DIAS) can help. Sam Obi (Devon Children's Services) and Mrs Hall "
     "(Independent Supporter, DIAS).", ["for Devon is", "Devon Information", "(DIAS)", "(Devon Children's",
                                        "Supporter, DIAS"]),
    ("a-service-s-display-name-stays", "From: Kerry Ames <kerry.ames@example.com>\nTo: Suffolk SENDIASS Advice "
     "<advice@example.org>\nSubject: school", ["Suffolk SENDIASS Advice"]),
    ("a-class-named-by-a-bird-stays-though-a-teacher-shares-the-name", "Cian is in Robin class (yr1). The SENCO "
     "Robin Aldous said no.", ["Robin class"]),
    ("a-resourced-provision-s-letters-and-generic-rooms-and-hubs-stay", "Kai is in Puffin base (SRP). He goes to "
     "the Quiet Room and the Staff Room, then to Learning Support base. We tried the local family hub and the "
     "early help family hub.", ["(SRP)", "the Quiet Room", "the Staff Room", "Learning Support base",
                                 "local family hub", "early help family hub"]),
]
STOP_55_REVIEW_FOUND = [
    ("names-in-capitals-ending-like-a-service-s-letters", "Subject: referral - ELIAS\nHi team, please see "
     "attached re ELIAS (Y3).\n\nThanks\nTOBIAS\n\nCaller: Mrs Dias. Son MATIAS (Y5) refused school.",
     ["ELIAS", "TOBIAS", "MATIAS"]),
    ("initials-after-it-s-a-worker-s-letters-after-by-and-a-name-before-class-work", "hi, it's RM from "
     "Oakfield, Rachel Morris. Ring me back, it's RM.\nCall taken by BCP. Ruby Okoro (Y2). Mrs Hale gave Ruby "
     "class work to do. Contact Hope Team Leader on 01632 960001.", ["it's RM", "by BCP", "Ruby class",
                                                                      "Hope Team"]),
]
STOP_55_REVIEW_KEPT = [
    ("teams-units-and-phases-named-with-the-stay", "The Admissions Unit confirmed. The Safeguarding Hub rang. "
     "He is in the Deaf base, then goes to Junior base.", ["Admissions Unit", "Safeguarding Hub", "Deaf base",
                                                          "Junior base"]),
    ("services-consulted-and-numbers-after-for-reference-stay", "Speech Therapy was consulted. Youth Offending "
     "were never consulted. For reference, NHS 111 told mum. For reference, GCSE 2025 results are in.",
     ["Speech Therapy", "Youth Offending", "NHS 111", "GCSE 2025"]),
    ("a-mailbox-a-form-label-a-day-and-counts-stay", "From: admissions <admissions.office@example.sch.uk>\n"
     "First Name (preferred name): Sam\nSpoke to Mrs Hughes Tues (SENCO). Please ask the LA to one EP visit. "
     "Group B to two TA.", ["admissions <", "First Name", "Tues", "LA to one EP", "B to two TA"]),
]
STOP_55_KEPT += [
    # (read from outside-138 and -139)
    ("a-county-s-hospital-a-scale-s-letters-and-a-transport-s-letters-stay", "The paediatrician at "
     "Gloucestershire Royal said autism. SCAS (parent) elevated. Gave general HTST info.",
     ["Gloucestershire Royal", "SCAS", "HTST"]),
    ("a-council-by-its-letters-someone-s-doctor-and-a-body-s-word-stay", "Graham Pettifer chaired. BCP "
     "acknowledged. | Chase BCP re the decision | GL |\nAsk mum's GP for a letter. Kathy Rowe (GRT Ed Service) "
     "will call.\ncc: Mrs Ada Obi, SENCO, Saltmarsh Infant School\ncc: Ravi Sandhu, Independent Supporter, "
     "Dorset & BCP SENDIASS\n", ["BCP acknowledged", "Chase BCP", "mum's GP", "Ed Service",
                                  "Dorset & BCP SENDIASS"]),
    ("a-county-s-name-before-a-body-word-and-generic-consultees-stay", "Social Care were consulted. Parents "
     "were consulted. Devon Royal", ["Social Care", "Parents", "Devon Royal"]),
]
STOP_56_FOUND = [
    # (read from outside-144 and -146, after their blind score)
    ("a-sign-off-s-letter-after-the-thanks-comma", "Consent form on file.\n\nThanks, R\n\nRoisin Kelleher | "
     "Independent Supporter\n", ["Thanks, R\n"]),
    ("a-case-s-dotted-hyphened-initials-after-its-reference", "**WKS-25-0311 - T.B-H (Y4, Larkfield)** - GS\n"
     "Still on a part-time timetable.", ["T.B-H"]),
    ("a-family-name-before-a-month-s-short-form-as-a-given-name", "Governors met. Dad Chen Jun works away.",
     ["Jun"]),
    ("a-lower-case-name-at-the-council-and-a-full-name-said-in-lower-case", "i rang rajdeep at the council "
     "twice.\n\nhis full name is dean anthony lister not dobson", ["rajdeep", "is dean"]),
    ("a-hyphen-said-between-a-child-s-names", "Speaker 2: Tyler James so Tyler hyphen James Ormesby but "
     "everyone calls him TJ", ["hyphen", "Ormesby"]),
    ("a-caller-beside-a-council-by-its-kind-s-letters-is-found", "Caller\tLA\tArea\nMrs Ana Pop\tWalsall "
     "MBC\tPelsall\n", ["Ana Pop"]),
    ("a-flat-s-number-in-lower-case-a-gate-street-and-a-spoken-number-before-a-lower-case-kind",
     "CALLER: It's flat 2, 19 Penhallow Mews, in Fishermead.\nSEN Team\n14 Skinnergate\nDL1 5AB\n"
     "Speaker 2: it's thirty one Birchfield terrace in horden", ["flat 2", "Skinnergate", "thirty one Birchfield"]),
    ("a-date-with-its-the-said-twice-and-a-day-and-month-after-requested", "we seen her in March the the "
     "twenty second I think. Mediation certificate requested 4/6.", ["twenty second", "4/6"]),
    ("a-unit-s-name-in-brackets-after-its-kind", "He goes to the inclusion base (\"the Lantern\") two hours a "
     "day, then the nurture room (The Nest).", ["Lantern", "Nest"]),
    ("a-reference-said-then-written-as-one", "AGENT: your case number is M K S two four oh seven one three.\n"
     "CALLER: MKS 240713. Got it.", ["240713"]),
]
STOP_56_FOUND += [
    # (read from outside-149 and -150, after their blind score)
    ("a-phone-and-an-nhs-number-read-out-digit-by-digit", "Speaker 2: it's o 7 7 0 0 9 0 0 3 8 1\nSpeaker 2: "
     "and his NHS one is 9 4 3 4 7 6 5 9 1 9\n", ["7 7 0 0 9 0 0 3 8 1", "9 4 3 4 7 6 5 9 1 9"]),
    ("a-short-form-in-quotes-after-a-first-name", "Idris 'Idr' very anxious about the move.", ["Idr"]),
    ("lower-case-flats-before-a-house-number-and-a-spoken-block-on-its-street", "Kerry Vane\nflat 4, 212 "
     "wendover crescent\nSpeaker 2: it's um flat nine Keswick Court Marlow Road and the postcode", ["flat 4,",
                                                                                              "flat nine"]),
    ("a-day-said-after-today-and-a-titled-surname-s-given-name-in-brackets", "consent given today the twenty "
     "fourth and Dad Mr Wu (Jun) prefers Cantonese.", ["twenty fourth", "(Jun)"]),
]
STOP_56_KEPT = [
    ("councils-by-their-kind-s-letters-stay", "The LA is Darlington BC. Walsall MBC agreed. Durham CC said no.",
     ["Darlington BC", "Walsall MBC", "Durham CC"]),
    ("a-kind-a-share-a-nursery-and-a-form-s-words-stay", "He went to a High School in Leeds. She requested 3/4 of "
     "the hours. Little Acorns nursery. his full name is down on the form", ["High School", "3/4", "Little Acorns",
                                                                            "is down"]),
    ("councils-by-their-kind-s-letters-stay-in-a-table", "Caller\tLA\tArea\nMrs Ana Pop\tWalsall MBC\tPelsall\n"
     "Mr Tom Hill\tDarlington BC\tCockerton\n", ["Walsall MBC", "Darlington BC"]),
]
STOP_56_KEPT += [
    ("councils-styled-with-their-borough-and-kept-words-in-cells-and-brackets-stay", "whether to ask the Isle of "
     "Wight Council for an EHCNA.\nref,la,year,need\nW-1,Royal Borough of Greenwich,Y7,SEMH\n> covers the London "
     "Borough of Bexley.\nTell Dawn or Ruth (DSLs) now. Can we attend Kai's AR on Tues? Suggested an early AR.",
     ["Isle of Wight Council", "Royal Borough of Greenwich", "London Borough of Bexley", "(DSLs)",
      "'s AR on", "early AR"]),
]
STOP_56_REVIEW_KEPT = [
    ("scores-counting-words-a-council-s-centre-and-dated-reports-stay", "Subtest scaled scores 2 9 10 10 10 3 7 "
     "in order. He counted down 9 8 7 6 5 4 3 2 1 0 today. Mum called again today, the third and final time. "
     "Referred to Oldham children's centre. Reports: EP Dr Evans (Jun), SALT Ms Hill (Mar).",
     ["2 9 10 10 10 3 7", "9 8 7 6 5 4 3 2 1 0", "the third and final", "Oldham children's centre", "(Jun)"]),
    ("grades-a-lottery-and-a-verb-may-after-a-name-stay", "Best, C\nWorst, F\n\nDad (Big John) works nights. "
     "The club is funded by the Big Lottery Fund. Mrs Nguyen May be able to attend.", ["Best, C", "Worst, F",
                                                                                      "Big Lottery", "May be"]),
    ("words-ending-in-gate-counts-before-a-lower-case-kind-and-shares-stay", "Score: 45 Aggregate. Action 3 "
     "Navigate transitions. It is a twenty five Minute drive. Mum applied 2/3 strategies at home. He requested "
     "1/2 the hours.", ["45 Aggregate", "3 Navigate", "twenty five Minute drive", "2/3", "1/2"]),
    ("a-need-s-high-and-benefit-letters-after-a-code-stay", "He attends the High Needs Unit three days a week.\n"
     "ESA50 - WCA (assessment booked for March)\nKS2 - EAL: 3 pupils", ["High Needs Unit", "WCA", "EAL"]),
]
STOP_57_FOUND = [
    # (read from outside-152, -154, -156 and -158, after their blind score)
    ("a-postcode-s-inward-part-read-out-and-a-said-one-with-a-pause", "CALLER: 47 Larchfield way. In Maltby. "
     "S66 8 RJ\n00:50 Agent: fourteen Coltman Grove, s r four, six j q. and a phone number",
     ["S66 8 RJ", "fourteen Coltman", "s r four, six j q"]),
    ("a-scan-s-digit-for-a-postcode-s-last-letter-in-a-scanned-letter", "Specia1 Educationa1 Needs Team\n\n"
     "Ms H Stevvart\n7 Penshaw View\nShiney Row\nDH4 7R8\n\nDear Ms Stevvart", ["DH4 7R8"]),
    ("references-said-after-their-cue-and-written-again-spaced", "it says um the reference is EHC R 24 4471\n"
     "AGENT: EHC R 24 4471 OK.\nAGENT: your reference with us is S T S four one two.\nCALLER: S T S four one two. "
     "yes\nAGENT: it will be R S dash 25 dash 0618. so RS-25-0618\nCALLER: RS 25 0618 OK I wrote it",
     ["R 24 4471", "S T S four", "RS 25 0618"]),
    ("a-code-in-the-shape-of-the-log-s-references", "Ref\tDate\tTaken by\nD25-0603-03\tTue 3.6.25\tTF\n"
     "D25-0603-05\tTue 3.6.25\tCM\nMark as duplicate of D25-0603-04 if she calls back.", ["D25-0603-04"]),
    ("dates-in-their-week-and-a-year-after-a-pause", "Follow up w/c 21st. Consult college w/c 24th February.\n"
     "Agent: And his date of birth\nCaller: ninth of November um twenty fifteen\nSpeaker 1: so date of birth is "
     "the nineteenth of January 2016\nSpeaker 2: yeah 19 1 16 that's right", ["24th February", "21st",
                                                                              "um twenty fifteen", "19 1 16"]),
    ("suburbs-after-their-part-s-word-and-a-possessive-one", "he was at Hollybank Primary in Smith's Wood. he's "
     "in Kings Norton with his new girlfriend. Carers in Great Barr.", ["'s Wood", "in Kings ", "in Great "]),
    ("what-everyone-calls-a-child-and-children-before-their-age", "my son is tyler-jay bradshaw but every1 calls "
     "him tj, hes 7. tj loves his 1:1. i cant get him and mason (my youngest, hes 3) sorted and my eldest summer "
     "(shes 11) helps", ["tj", "mason", "summer"]),
    ("a-family-by-its-surname-s-plural-and-initials-without-an-apostrophe", "Rose Ward is 7. Tommy Joyce is 9. "
     "Same site as the Wards and Joyces.\nTJ is 9.\n- TJs paediatrician is dr mensah.", ["Wards", "Joyces", "TJs"]),
    ("a-writer-s-initials-after-a-note-s-date-and-hyphened-initials", "--- adviser note added to record Mon "
     "17/02/2025 (DKB) ---\nRang mum.\n## 4. E.M-B – proposed cessation at 18", ["DKB", "E.M-B"]),
    ("a-school-s-named-base-written-again-alone", "Year 9 – Thamesbrook School, Meadow Base (specialist "
     "resource for autistic pupils)\nMr Daniel Szabo\tLead teacher, Meadow Base", ["Meadow Base"]),
]
STOP_57_FOUND += [
    # (from the review of the change)
    ("an-officer-before-her-authority-s-team-is-found", "Call from Hope Bolton SEN team - she will ring back.",
     ["Hope"]),
]
STOP_57_KEPT = [
    ("an-authority-on-a-letterhead-line-and-its-team-after-a-verb-stay", "Sunderland City Council\nTOGETHER FOR "
     "CHILDREN\nSunderland\nOur ref: TFC/EHC/23/1174\n\n- [x] Chase Solihull SEN team re late drafts",
     ["\nSunderland\n", "Solihull SEN team"]),
    ("an-authority-s-short-form-a-base-s-letters-a-role-s-letters-and-a-service-stay", "Zayan Akhtar\t6 / Y2\t"
     "Ridgeway Fields Primary\tBham\t07700 900321\nHead of ARC (chair). Fellgate Heights Academy (ARC) to "
     "continue. Logged by BQ with DPO 18/06/2025. EP (TfC Ed Psych Service) asked", ["Bham", "Head of ARC",
                                                                                    "(ARC)", "DPO", "Ed Psych Service"]),
    ("codes-like-postcodes-in-typed-text-stay", "Timetable: B1 3 PE, B2 4 RE. Staffing: L3 1 TA.\nRoom B12 1A2 is "
     "the sensory room.", ["B1 3 PE", "B2 4 RE", "L3 1 TA", "B12 1A2"]),
    ("log-letters-after-a-date-fillers-before-a-postcode-and-text-speak-before-an-age-stay", "Log 12/03/2025 "
     "(TBC)\nMeeting 10:00 (GMT) via Teams.\nCaller: it is 14 Plumstead Road um and the postcode is SE18 7AB\n"
     "he gets really upset in the mornings tbh (hes 6) and we are waiting for the paed (hes 7 now)",
     ["(TBC)", "(GMT)", " um and the postcode", "tbh (hes", "paed (hes"]),
    ("ordinary-words-after-a-part-s-word-calling-words-and-council-letters-after-dates-stay", "We went into it in "
     "Great Detail. She moved in North Wales. everyone calls him out on it and they all call her names. we all "
     "call him lovely. the school (hes 7 now) said so. Plan issued 12/03/2025 (EHC) and 03/04/2025 (LA). "
     "Book a call w/c 3rd March.", ["in Great Detail", "North Wales", "calls him out", "call him lovely",
                                   "the school (hes", "(EHC)", "(LA)", "w/c "]),
]
STOP_47_KEPT = [
    ("a-year-group-or-a-time-alone-in-brackets-stays", "Phase transfer AR (Y11) on 10/04. Drop-in AM (10-12) "
     "and PM (1-3). Sessions AM (Y5, Y6 groups).", ["AR (Y11)", "AM (10-12)", "PM (1-3)", "AM (Y5"]),
    ("a-subject-or-role-before-year-details", "PE (Y5, Tuesdays) and EP (Y4, 3 visits)", ["PE (Y5", "EP (Y4"]),
    ("a-month-after-a-date-word", "In June Ofsted visited. By May Tuesday sessions end.", ["June", "May"]),
    ("months-as-dates-stay", "- May (12)\n- June (14)\nExams (May) and results (August). May I just note this.",
     ["May (12)", "June (14)", "(May)", "(August)", "May I"]),
    ("a-forum-s-dear-son-stays", "Thread: LA refused to assess DS\n\nDS (Alfie, 7, Y2) is at Brook Lane", ["DS"]),
    ("lower-case-words-before-a-service-stay", "there is no hope from camhs at all and i will at sendiass",
     ["no hope from camhs", "will at sendiass"]),
    ("a-year-group-at-no-setting-stays", "he's in year 6 at the moment, in yr 2 at school, y12 at sixth form "
     "and in year 4 at the same school", ["at the moment", "at school", "at sixth form", "at the same school"]),
    ("a-council-estate-stays", "we live on the council estate and go to the park lane shops", ["council estate"]),
    ("a-file-name-with-letters-stays", "save the file SEN/EHC/guidance.pdf on the drive", ["SEN/EHC/guidance.pdf"]),
]

STOP_58_FOUND = [
    # (read from outside-164, -166, -168 and -170, after their blind score)
    ("a-date-said-in-words-with-its-year-in-digits", "[00:00:53] Caller: second of the eleventh 2015\n\n"
     "[00:00:47] CALLER: second of the eleventh twenty fifteen, so second November 2015\n", ["eleventh 2015",
                                                                                              "November 2015"]),
    ("a-postcode-said-again-after-it-was-written", "6 Hollybush house, 41 Carnegie street, E1 4QT. sorry, "
     "e one four q t\n\n[00:01:22] AGENT: and a phone number", ["E1 4QT", "e one four q t"]),
    ("a-named-base-after-from-the-and-through", "Year 9, Gainsby Park School (mainstream, with support from the "
     "Compass Base). She likes Compass Base lunch club and has friends, mainly through Compass Base.",
     ["Compass"]),
    ("a-name-before-whose-worker-or-relation-it-is", "rj says the kids were winding him up and will (his 1:1) wasnt "
     "there. also dean (my ex, alfies dad) keeps posting", ["will (", "dean ("]),
    ("a-lower-case-name-found-once-then-a-subject-before-a-negative", "his dad (dean) is being no help as usual. "
     "dean doesnt even go to the meetings", ["dean doesnt"]),
    ("an-initial-and-a-mc-surname-cut-short", "| Section 19 letter re J McD | MA | 6/6 |", ["J McD"]),
    ("initials-with-stops-doing-what-a-person-does", "School says K. is 'making progress' but reading age 6y2m.\n"
     "Dear Mrs Hall,\nJ. has settled well. Update from Dad - M. had a meltdown", ["K.", "J. has", "M. had"]),
    ("a-child-s-initials-where-a-footer-shortens-her-surname", "Child\tAndrei Popescu\n\nTherapy: A.P. is on the "
     "waiting list for the block.\n\nTAC minutes - Andrei P. - circulated by N. Frost", ["A.P."]),
    ("a-phone-s-last-digits-after-an-ellipsis", "Mobile changed, new one is 07700 900265, old one (…900731) now "
     "someone else's.", ["900731", "900265"]),
    ("a-day-and-month-alone-in-a-table-s-cells", "| Action | Who | By |\n|---|---|---|\n| Tribunal timeline | BLJ "
     "| 9/6 |\n| Section 19 letter | MA | 10/3 |\n| Transport appeal | PC | 13/6 |", ["9/6", "10/3", "13/6"]),
]
STOP_58_KEPT = [
    ("a-fraction-a-score-and-a-round-amount-stay", "a third of the first 2000 words. | reading | 3/5 |\n"
     "| maths | 4/5 |\nthe total was ...100000 pounds. Section F. is vague. Plan B. is fine.",
     ["a third of the first 2000 words", "3/5", "4/5", "...100000", "Section F. is", "Plan B. is"]),
    ("an-abbreviation-with-an-ampersand-a-role-s-hours-and-a-coordinator-stay", "Name\tSchool\tArea\n"
     "Matei Lungu\tKetley Bank Infants\tT&W\nSzymon Nowak\tHollinswood Brook Primary\tT&W\n\nTobi Adeyemi "
     "Y8. We will consider an increase in TA hours and additional TA support.\n\nJo Bloggs\tInclusion "
     "Coordinator\tLudford College", ["T&W", "TA hours", "TA support", "Inclusion Coordinator"]),
    ("an-authority-s-send-team-after-a-verb-in-an-action-table", "| Chase Coventry SEND re phase transfer delays "
     "| Helen | Ongoing |\nMarek has an EHCP from Coventry (issued Jan 2025).", ["Chase Coventry SEND",
                                                                              "from Coventry"]),
    ("a-base-named-by-what-it-is-stays", "The research draws on the Evidence Base. He is in the Resource Base.",
     ["Evidence Base", "Resource Base"]),
]
STOP_58_FOUND += [
    # (read from outside-172, -174, -176 and -178, after their blind score)
    ("a-school-s-named-rooms-and-bases-and-a-nursery-s-own-words", "a quiet base at break and lunch (the Kingfisher "
     "Room). let me go to the Nest with Miss Fenwick. Caller: they have the Kingfisher base, he goes there at lunch. "
     "> sessions with Mrs Begum in the\n> Sunflower Room (our nurture provision). School\tCliffe Hill Academy "
     "(Compass Centre learning support base). she goes to Little Owls preschool in Warndon and Zosia is at Acorn "
     "Tree nursery", ["Kingfisher", "Nest", "Sunflower", "Compass", "Owls", "Acorn Tree"]),
    ("a-said-address-with-how-it-is-written-between", "[01:52] Speaker 2: um yeah it's kayleigh marshall eighty "
     "eight, all one word, at hotmail dot co dot UK.\n", ["kayleigh", "eighty eight", "hotmail"]),
    ("a-teacher-after-miss-and-a-sister-with-her-age-in-lower-case", "his SENCO is miss hebblethwaite she is nice. "
     "reece also has a little sister rose (5) who is at the same school", ["hebblethwaite", "rose ("]),
    ("initials-with-an-o-surname-s-apostrophe", "**Chair:** Rachel O'Donoghue (Service Lead)\n\n- [x] RO'D to "
     "chase Cambs SEN team re delays\nNext meeting: 10am. RO’D chairing, KD notes.", ["RO'D", "RO’D"]),
    ("a-setting-s-kind-capitalised-after-its-found-name", "this profile goes with Hope to her middle school "
     "(Pershore Vale Middle) when she moves up.", ["Vale Middle"]),
    ("a-day-and-month-after-a-reply", "Mr Oakes replied 10/6, plan by end of June.", ["10/6"]),
]
STOP_58_REVIEW = [
    # (from the review of the change: each was redacted by its first version)
    ("scores-in-a-table-with-dates-stay", "| Date | Sound | Score |\n| 3/2 | /s/ initial | 4/10 |\n| 17/2 | /s/ "
     "medial | 7/10 |\n\n| Date of assessment | 14/3 |\n| Block design | 6/8 |\n| Matrices | 3/8 |\n\n"
     "Talk in class\t2/3\nReading\t1/4\nNext review\t17/9", ["4/10", "7/10", "6/8", "3/8", "2/3", "1/4"]),
    ("abbreviations-grades-and-an-interview-s-letters-with-stops-stay", "The L.A. has refused. the S.E.N. is not "
     "being met and his O.C.D. has got worse. The N.H.S. has been slow. he got a D. was really upset. Route A. "
     "was told. Q. has he got an EHCP? A. has not applied yet.", ["L.A.", "S.E.N.", "O.C.D.", "N.H.S.", "a D.",
                                                                  "Route A.", "Q. has", "A. has"]),
    ("a-table-s-letters-after-a-written-postcode-stay", "Child A,B12 9QT,N,1,6,Y,N\nChild C,B12 9QX,Y,0,3,N,Y",
     [",N,1,6,Y,N", ",Y,0,3,N,Y"]),
    ("a-word-or-a-shortened-word-before-a-bracketed-role-stays", "we saw paed (his consultant) on monday. tbh (my "
     "ex, his dad) is useless. got a low mark (her teacher, Mrs Patel, said it was rushed). there is still hope "
     "(her consultant, Dr Rao, thinks so). he lost his will (his TA, Mrs Bell, says)",
     ["paed (", "tbh (", "mark (", "hope (", "will ("]),
    ("amounts-and-scores-after-an-ellipsis-stay", "The waiting list has 500 000 names. (...100 000) EP scores: "
     "(... 115 120).", ["100 000", "115 120"]),
    ("a-reply-s-letter-opening-a-log-s-cell-stays", "17/03 | IN | Zofia Kowalczyk | - | Y thank you | Received\n"
     "17/03 | IN | Stacey Gledhill | - | Y. can we make it 4 instead | Received", ["Y thank you", "Y. can we"]),
    ("a-room-a-nursery-and-a-den-no-setting-names-stay", "She went to the Staff Room and the Quiet Room. He is in "
     "the Resource Base and the Local Authority nursery. She likes the Den at home. i miss school so much. i miss "
     "him. his brother (5) is fine.", ["Staff Room", "Quiet Room", "Resource Base", "Local Authority nursery",
                                       "the Den", "miss school", "miss him", "brother (5)"]),
    ("a-ratio-a-share-a-word-as-a-subject-and-a-child-s-spelling-stay", "He will start 1/1 support with a TA and "
     "begins 1/2 time at college. but patience isnt his strong point and faith doesnt come into it. she told miss "
     "alot of things. a Polish nursery, an Outstanding nursery, his Monday and Thursday nursery, every Registered "
     "nursery. Dear Mrs Hall,\nParagraph F. is vague. N. has no reply", ["1/1 support", "1/2 time", "patience isnt",
                                                                 "faith doesnt", "miss alot", "Polish nursery",
                                                                 "Outstanding nursery", "Thursday nursery",
                                                                 "Registered nursery", "Paragraph F.", "N. has"]),
    ("a-share-of-a-count-stays", "a fifth of the first 2019. he did a third of the second 2000.",
     ["fifth of the first 2019", "third of the second 2000"]),
    ("an-authority-s-send-team-named-by-ner-stays", "Chase Coventry SEND re the draft.", ["Coventry SEND"]),
]
STOP_58_REVIEW_FOUND = [
    ("a-worker-s-initials-before-hours-and-support-and-a-relation-with-a-capital", "KL hours reduced. MB support "
     "ended in May. JB cover for period 3 is fine. and dean (my ex partner) came. letter re J McD's EHCP. "
     "landline ...496 0218.", ["KL", "MB", "JB", "dean", "J McD", "496 0218"]),
]

STOP_59_FOUND = [
    # (read from outside-180, -182, -184, -186, -188, -190, -192 and -194, after their blind score)
    ("a-birthday-with-its-day-in-digits-and-its-year-said", "Speaker 2: his birthday is the um 23rd of April "
     "twenty seventeen so he's in year three", ["twenty seventeen", "23rd"]),
    ("a-name-spelled-only-in-part", "Caller: it's Marcie Hollingworth\nAgent: is that Hollingworth like H O L L\n"
     "Caller: yeah H O L L I N G W O R T H", ["H O L L\n", "H O L L I N G"]),
    ("a-role-s-letters-in-a-column-of-workers-initials", "Date\tTime\tOfficer\tCaller\n02/06/2025\t11:30\tTA\t"
     "Pauline Maddox\n03/06/2025\t10:48\tBQ\tAbdi Farah\n04/06/2025\t16:30\tJF\tAnn Lees\n05/06/2025\t09:10\tKM\t"
     "Ben Rowe\n06/06/2025\t09:15\tTA\tCara Dunn", ["\tTA\t"]),
    ("workers-under-a-lead-column", "| Ref | Child | Update | Lead |\n|---|---|---|---|\n| DS-1 | Wiktoria Z. | "
     "Final plan issued | RK |\n| DS-2 | Zosia W. | Conceded | MS |\n| DS-3 | Lily H. | Agreed | Bethan |",
     ["| RK |", "| MS |", "Bethan"]),
    ("a-name-and-two-initials", "| DS-25-00962 | Yusuf A. M. | Decision to assess agreed |", [" M. |"]),
    ("a-teacher-in-lower-case-by-her-role-her-words-or-her-name-given", "he was at the primary and miss thorpe the "
     "senco there was amazing. he said \"mummy miss harrow says i have to sit with the year 1s\". the caseworker, "
     "her name is miss o'donoghue i think", ["thorpe", "harrow", "o'donoghue"]),
    ("a-child-after-boy-or-girl-and-a-daughter-who-is", "my other boy mason is 4 and at nursery. i have also got "
     "my daughter summer who is 7 and in yr 2", ["mason", "summer"]),
    ("a-worker-by-her-first-name-and-her-service", "hope from early help said i should contact u. Kayleigh from "
     "CAMHS rang back", ["hope from", "Kayleigh"]),
    ("a-header-with-a-label-s-short-word-that-is-a-name", "Case Ref,Status,Child Surname,Child Forename,DOB,"
     "Contact Tel\nLS-25-0159,Closed,Li,Jun,11/06/2019,01632 960118\n", [",Jun,"]),
    ("a-named-base-or-hub-before-what-it-is-for", "I have visited the Cleveland Gate ASD base. Tutor via Peak "
     "Outreach Hub. He goes to the Oakfield autism unit.", ["Cleveland Gate", "Peak", "Oakfield"]),
    ("an-initial-after-a-greeting", "Subject: RE: transport\n\nMorning T,\n\nAgree - the decision went out.",
     ["Morning T,"]),
    ("a-worker-s-letters-in-brackets-after-her-role", "Sent template + factsheets. Referred to IS (PB). Consent to "
     "contact school: YES.", ["(PB)"]),
    ("a-day-and-month-equal-in-a-column-of-dates-and-after-to-email", "| Ciaran | Letter to school | 25/3 |\n| "
     "Ciaran | Section F request | 4/4 |\n| Will | Consent form | 28/3 |\n**DAL to email tribunal 5/5.**",
     ["4/4", "5/5"]),
    ("a-setting-s-words-in-lower-case-where-a-setting-stands", "TJ is in yr 7 at Orchard Vale Academy. at orchard "
     "vale they took his card. he's in year four um at crane valley at Crane Valley Primary", ["orchard vale",
                                                                                               "crane valley"]),
    ("a-double-first-name-s-letters-in-lower-case", "my son tyler-jay is 7.\n\ntj is getting worse at school. tjs "
     "nhs number is 490 496 0351", ["tj is", "tjs"]),
    ("a-sender-in-lower-case", "From: roxy p <roxy.p1987@hotmail.co.uk>\nSent: 02 June 2025 23:47\n\nhi", ["roxy p"]),
    ("a-lower-case-place-after-a-pause-or-before-a-place-s-word", "he's at greenmere primary school in um ruscote. "
     "she lives on carr vale. I think Cherry Tree or something at bretch hill", ["ruscote", "carr vale",
                                                                               "bretch hill"]),
    ("the-second-place-of-a-move-and-a-place-after-a-setting", "the family moved (from North Ormesby to Grove Hill, "
     "then to Hemlington). He is in Year 2 at Larkspur Primary School in Water Eaton.", ["Grove Hill", "Water Eaton"]),
    ("a-house-number-said-digit-by-digit", "Speaker 2: it's one four Cottonwood Walk on the estate", ["one four",
                                                                                                    "Cottonwood"]),
    ("a-said-address-spoken-as-one-word", "Caller: it's kezza duck eight seven at hotmail dot co dot UK all one word",
     ["kezza", "duck eight"]),
    ("a-given-name-that-is-a-month-s-short-form-after-a-surname", "Mandarin speaker, husband Chen Jun translates.",
     ["Jun"]),
]
STOP_59_KEPT = [
    ("a-role-a-placeholder-and-everyday-words-stay", "I have read the response from Mr Greenwood, Head of School, "
     "dated 26 November. Ref,Name,Officer\nA-1,Tom Baker,Jo Smith\nA-2,Ann Lee,UNALLOCATED\n\nTriage outcome\n"
     "The referral was discussed at our daily triage meeting.",
     ["Head of School", "UNALLOCATED", "Triage outcome", "daily triage meeting", "The referral"]),
    ("a-role-s-own-letters-and-words-before-a-service-stay", "The Educational Psychologist (EP) said. Child in Need "
     "(CIN) plan. there is no hope from camhs. i miss home said nobody. Sheffield Autism Hub runs it.",
     ["(EP)", "(CIN)", "no hope from camhs", "miss home", "Sheffield Autism Hub"]),
    ("an-independent-supporter-s-letters-a-spelled-letter-and-a-service-by-its-authority-stay", "Present: Bernadette "
     "Callaghan (Advice Officer), Will Hetherington (IS), Nasima Khatun (IS)\n\nVolunteers are shadowing IS calls.\n"
     "Speaker 2: yes Q for queen T for Tom\nI was helped by Hannah Greaves at SENDIASS Oxfordshire.\nDate\tTime\t"
     "Officer\tCaller\tRelationship\nWed 4/6/25\t09:30\tvol - Denise\tTracey\tFoster carer\n",
     ["(IS)", "IS calls", "T for Tom", "SENDIASS Oxfordshire", "Foster carer", "vol - "]),
    ("a-date-s-month-and-a-count-after-it-stay", "On the 3rd of May twenty children came. Seen on Mon Jun 3. "
     "Updated Jan 5. text 1/2 of parents.", ["twenty children", "1/2 of parents"]),
]

STOP_59_REVIEW = [
    # (from the review of the change: each was redacted by its first version)
    ("a-unit-s-qualifiers-and-an-inbox-in-lower-case-stay", "Independent Specialist Provision was requested. "
     "Mainstream ASD base. Our ASD base. Physical Disability resource base.\nFrom: camhs <camhs.referrals@nhs.net>\n"
     "\nhi, we got your referral to camhs. camhs will be in touch.",
     ["Independent Specialist Provision", "Mainstream ASD base", "Our ASD base", "Physical Disability", "to camhs"]),
    ("roles-under-a-lead-column-and-what-children-miss-stay", "| Action | Lead |\n|---|---|\n| Sensory circuit | OT |"
     "\n| Home visit | SW |\n| Seating plan | CT |\n\nThe SW will visit. kids who miss break says the head. children "
     "miss lunch said the senco.", ["| SW |", "| CT |", "The SW will", "miss break", "miss lunch"]),
    ("shares-full-marks-food-and-phrases-stay", "Contact with dad 1/2 weekends. Phone calls made 3/4.\n| Subject | "
     "Score |\n|---|---|\n| Phonics screen | 5/5 |\n| Annual review | 14/3 |\nhe basically lives on haribo. From "
     "Stepping Stones Nursery to big school: from stepping stones to independence. sensory kit from the OT arrived. "
     "he gets S E N support (Mrs Jo Sennett). Dear X,", ["1/2 weekends", "3/4", "5/5", "haribo", "stepping stones to",
                                                         "kit from", "S E N support", "Dear X,"]),
]

STOP_60_FOUND = [
    # (read from outside-196, -198, -200 and -202, after their blind score)
    ("capitals-spelled-a-turn-after-the-question", "AGENT: could you spell the surname for me\nCALLER: yes "
     "K O Z L O W S K A and first name Marta", ["K O Z L O W S K A"]),
    ("a-welsh-council-s-name-is-a-town-here", "Office: 12 Quayside Walk, Newport, PO30 2XT. We saw the "
     "paediatrician at the hospital in newport.", ["Newport", "newport"]),
    ("an-estate-by-a-word-with-its-capital", "Mum on the Abbey estate mentioned a new partner.", ["Abbey"]),
    ("a-known-town-in-lower-case-beside-capitals", "my mum (his nan, Sandra Blyth) lives up the road at bradwell. "
     "we live in ryde.", ["bradwell", "ryde"]),
    ("a-town-and-its-quarter-in-lower-case", "hes at kingfisher academy in knowle west now", ["knowle", "west"]),
    ("a-possessive-without-its-apostrophe", "hiya its bridget, paddys mam. paddys date of birth is 4/7/2011.", ["paddy"]),
    ("a-family-name-before-the-first-in-brackets", "| Summers (Harvey) EH919/25/00388 | DC | Hearing 9 July 2025 |",
     ["Summers", "Harvey"]),
    ("a-name-that-is-a-word-then-an-age", "i also have hope who is 10 and lacey who is 3.", ["hope", "lacey"]),
    ("a-lower-case-o-surname", "his details: tyler-jay o'driscoll, born 02/09/2017.", ["driscoll"]),
    ("a-titled-name-ending-in-a-month-s-short-form", "Interpreter\tMr Liang Jun (session on 21st May only)",
     ["Liang", "Jun"]),
    ("a-log-s-next-step-and-its-dotted-day", "Offered call.\tChase 14.04\tSIAS-25-0503\nRang x2.\tTry again 10.04\t-",
     ["14.04", "10.04"]),
    ("two-days-a-call-was-tried", "Called back x2 17th + 18th, left VM.", ["17th", "18th"]),
    ("a-service-inbox-said-as-words", "which is advice at portsmouth send advice dot org dot uk", ["send advice dot"]),
    ("an-address-said-on-a-walk", "SPK2: it's fourteen larkspur walk\nSPK1: and the postcode", ["larkspur"]),
    ("initials-before-a-role-s-letters", "Referred to NF (IS) for callback by Fri 13/06.", ["NF"]),
]
STOP_60_LATER_FOUND = [
    # (read from outside-204, -206, -208 and -210, after their blind score)
    ("a-log-s-row-numbers-of-one-letter", "Ref\tDate\tTime\tTaken by\nD-0611\tMon 17/03/25\t09:12\tKwame\n"
     "D-0612\tMon 17/03/25\t09:40\tRose", ["0611", "0612"]),
    ("a-worker-and-her-initial-in-a-cell", "D-0613\tMon 17/03/25\t10:05\tDawn A\tOlusegun Bakare\tDad", ["Dawn"]),
    ("a-day-ending-a-cell", "Roundshaw\tsuspended 3x, wants someone at governors mtg 27th\tpassed to Kwame", ["27th"]),
    ("a-scanned-district-of-one-digit", " 12 Fairchi1d Place\n Croydon CRO 1XQ\n\n F1at 3\n Se1hurst\n CRO 2YH",
     ["1XQ", "2YH"]),
    ("a-lower-case-o-surname-and-its-first-name", "* AR paperwork for alfie o'neill - mum wants it posted",
     ["alfie", "neill"]),
]
STOP_60_EARLIER_SETS_FOUND = [
    # (classes of earlier read sets' misses that stayed: outside-129, -152, -166, -135, -133, -184, -182)
    ("a-season-s-name-placed-then-acting", "my eldest summer (shes 11, going up to the academy). i dont want her being "
     "his carer. summer had her transition day on thurs.", ["summer had"]),
    ("a-name-that-is-a-word-and-her-role-in-brackets", "DV - dad no contact.\tWill (volunteer) booked to attend. "
     "Grace (SENCo) rang.", ["Will", "Grace"]),
    ("a-lower-case-junior-academy", "in year 6 at moorfield rise junior academy in shirebrook.", ["moorfield rise"]),
    ("a-lower-case-street-after-from", "we get the bus from bracken moor close. is that ok", ["bracken moor close"]),
    ("days-under-a-follow-up-header", "Date\tTime\tOfficer\tNotes\tF/U\nTue 3rd June\t10:10\tMarcus\tSent it.\t1/7\n"
     "05/06/2025\t15:05\tSH\tSent info\t13.06\n", ["1/7", "13.06"]),
    ("a-day-after-what-was-done", "New case from duty 3/6. Info sent (done 10/6). used Language Line 25/02.",
     ["3/6", "10/6", "25/02"]),
    ("a-day-after-on-the-and-a-verb", "they sent him home on the 4th did you get a letter. so before the 18th ask school",
     ["4th", "18th"]),
]
STOP_60_WHOLE_FOUND = [
    # (a new rule took only a whole name's last word and NER's whole name was dropped for it: each lost
    # a mention in the full run, outside-49, -58, -91, -93, -99 and -134, until the rules kept the whole)
    ("whole-names-before-a-bracket-stay-whole", "19/02/2025,Coffee & Chat,Gill Bradley (foster carer),9\n"
     "SIA-24-0610,Email,Lok-yin Chan (Ethan),11/12/2011", ["Gill", "Bradley", "Lok-yin", "Chan"]),
    ("a-texter-introducing-herself-and-a-lower-case-o-surname-stay-whole", 'text from aga: "hi kasia its aga zofias '
     'mum, nursery say"\nthe school senco is mister cieran o\'hara he said', ["aga zofias", "cieran"]),
]
STOP_60_KEPT = [
    ("a-teacher-s-subject-a-relation-a-count-and-a-time-stay", "Miss Berry (Art) and Mum (Funke). Keyworker (Sam) "
     "rang. the one who is 5 and everyone who is 16 came. Try again 2.5 hours later. it's a ten minute walk.",
     ["(Art)", "Mum (", "Keyworker", "one who is 5", "everyone who is 16", "2.5 hours", "ten minute walk"]),
    ("a-council-estate-an-english-authority-and-o-clock-stay", "She lives on the Council estate in Manchester. Come "
     "at 3 o'clock. He came 2nd and 3rd in races. Chase 3.5% more.",
     ["Council estate", "Manchester", "o'clock", "2nd and 3rd", "3.5%"]),
    # (from the review of the change: each was redacted by its first version)
    ("a-service-a-colour-letters-words-before-an-age-a-section-a-site-and-a-month-stay", "Autism Outreach (Jade) to "
     "observe. Risk rating: Green (Amber). Could you spell it? His spelling is weak, grades A B C D E. seeing a guy who "
     "is 19. my little princess who is 6. it's two separate walk ins. Follow up 2.3 of the plan. Call back 3.10 "
     "tomorrow. Kooth at their website kooth dot com. on the Army estate. Report by Dr Evans June; mum has no o'levels.",
     ["Outreach", "Green", "A B C D E", "guy who", "princess who", "separate walk", "2.3 of", "3.10", "their website",
      "Army estate", "June;", "o'levels"]),
    ("a-family-s-words-for-its-members-and-an-authority-in-lower-case-stay", "I live with Mummy, Baba and my big "
     "brother Oscar. My Nai Nai lives with us too. Written with Andrei and Mama (Elena Popescu). the top up funding "
     "from warrington doesnt cover a full time TA", ["Baba and", "My Nai Nai", "Mama (", "warrington doesnt"]),
    ("a-season-a-service-a-share-and-a-floor-stay", "this summer was hot. Summer term starts. Hope (Early Help) came. "
     "The job is done 1/2 way. on the 3rd floor by the 2nd attempt. Item\tHours\nTA\t7.5\nSALT\t2.5\n",
     ["this summer was", "Summer term", "Hope (Early Help)", "1/2 way", "3rd floor", "2nd attempt", "7.5", "2.5"]),
    ("a-traveller-site-options-and-typed-capitals-stay", "They moved to the Traveller site. Stage\tPlan A\tOption B\t"
     "Year A\nThe PRO 2AB thing and TWO 3AB.", ["Traveller site", "Plan A", "Option B", "Year A", "PRO 2AB", "TWO 3AB"]),
]

STOP_61_FOUND = [
    # (read from outside-212, -214, -216 and -218, after their blind score)
    ("a-relation-s-name-that-is-a-word-before-what-only-a-person-does", "me and his dad dean split up last year. "
     "his uncle will is the only one he listens to. her dad dean (not together now) never rings.", ["dad dean", "uncle will"]),
    ("a-surname-in-capitals-and-two-given-names", "SIA-25-0101,03/02/2025,\"ZHANG, Wei Jie\",Jay,Mother",
     ["ZHANG", "Wei", "Jie"]),
    ("a-word-town-where-a-home-is", "He finds weekends at his flat in Sale hard. Family in Barking since 2023.",
     ["Sale", "Barking"]),
    ("an-area-column-s-word-among-its-places", "Ref,Postcode,Area,Setting\nA-1,TS24 0NR,Headland,Oak Primary\n"
     "A-2,TS25 1AB,Seaton Carew,Elm Primary\nA-3,TS26 9QQ,Owton Manor,Ash Primary\nA-4,TS27 3BB,Greatham,Yew Primary\n",
     ["Headland"]),
    ("a-month-s-name-meaning-to-act", "Certificate issued.\n\nMay intends to appeal within the month.", ["May intends"]),
    ("days-and-months-a-log-writes", "Stage 2 due approx 14/3. Interpreter booked for 6/2 call. Letter done. KP 12/3",
     ["14/3", "6/2", "12/3"]),
    ("a-birth-date-and-a-learner-number-said", "date of birth fourteen oh six twenty eleven. my ULN is on my letter, "
     "it's four oh two nine seven five three one eight two", ["fourteen oh six", "four oh two nine"]),
    ("an-inward-code-said-letter-by-letter-and-an-address-part-said-again", "Speaker 2: twelve Larch walk uh RM3 9 H P. "
     "it's kerrymcd81 at hotmail dot com so kerrymcd81 all one word. we're at seven ashby mount", ["RM3", "9 H P",
     "kerrymcd81", "ashby mount"]),
    ("a-resourced-provision-by-its-letters-and-an-office-s-unit", "Wants Rainbow Steps ARP named. Location: Unit 3, "
     "Hazelwood House meeting room.", ["Rainbow Steps", "Unit 3, Hazelwood"]),
]
STOP_61_LATER_FOUND = [
    # (read from outside-220, -222, -224 and -226, after their blind score)
    ("a-name-in-its-own-script-beside-its-letters", "At home they call me Yichen or 小辰 (Xiao Chen). Dad is Yusuf "
     "(يوسف).", ["小辰", "يوسف"]),
    ("an-initial-signed-above-the-full-name", "Can we add him to the meeting please.\n\nB.\n\nBernadette "
     "Okafor-Hughes\nService Lead", ["B.", "Bernadette"]),
    ("a-district-in-brackets-after-a-place", "neighbour of Mr Mensah. Lives in Hayes (BR2). wants cb after 4",
     ["BR2", "Mensah"]),
    ("an-admission-number-by-its-label", "MIS summary\n\nAdno 004217 | Tutor 11HR", ["004217"]),
    ("a-name-s-initial-before-a-stroke-and-its-reference", "Date\tCaller\tCYP / ref\n13/3/25\tRachel Holt\t"
     "Freya H / EH351/24/00988\n", ["Freya", "EH351/24/00988"]),
    ("a-verb-s-name-before-a-negative-and-a-partner-s-name", "Will cant manage the bus. my partner dean works away.",
     ["Will cant", "dean"]),
    ("a-feast-day-s-date-and-a-reference-s-letters-spelled", "Agent: and the date of birth?\nCaller: christmas day "
     "2014 yeah. Agent: is it the same reference number C W S E N 112650", ["christmas day 2014", "C W S E N 112650"]),
    ("a-handle-said-with-its-underscores-and-a-flat-in-a-named-house", "DM me on insta I'm dylan underscore pw "
     "underscore yeah. CALLER: flat 7 Dorset house it's on the estate", ["dylan underscore pw", "flat 7 Dorset"]),
]
STOP_61_KEPT = [
    ("a-family-title-a-trust-s-letters-an-authority-s-short-forms-and-a-city-s-trams-stay", "Seeing Grandad Frank on "
     "Wednesdays. Seen by SALT, NELFT. Stockton have issued a notice; consultation with Stockton Children's Hub. "
     "I love the Metrolink. Parents to attend a Hanen group.\nDate\tLA\tArea\n3/3\tHav\tRomford\n4/3\tLBBD\tDagenham\n",
     ["Grandad", "NELFT", "Stockton have", "Stockton Children's Hub", "Metrolink", "Hanen", "Hav", "LBBD"]),
    # (from the change's own review: what its first versions redacted)
    ("a-log-s-contact-labels-a-phase-a-family-s-placeholder-and-a-judge-s-title-stay", "Date\tType\tWho\n27/01\t"
     "Tel in\tKerry (mum)\n28/01\tTel out\tSandra (nan)\nCase,Name,NCY,Locality,Postcode\nS-1,Harvey Lee,Post-16,"
     "Murdishaw,WA7 6EX\nHe lives with Grandparent B and his sister. Before: Tribunal Judge A. Pemberton. Sent from Yahoo Mail on "
     "Android. Advice Officer (Cheshire West). offer 1/2 price. Priya Shah (Senior AO) came.",
     ["Tel in", "Tel out", "Post-16", "Grandparent B", "Tribunal Judge", "Yahoo Mail", "Cheshire West", "1/2 price",
      "Senior AO"]),
    ("a-language-beside-its-script-a-programme-s-level-a-kind-of-unit-and-a-date-s-month-stay", "Mum speaks Pashto "
     "(پښتو); leaflet in Urdu (اردو). Makaton (L1), Numicon (N1). the Autism ARP, an ASD SRP. French children in the "
     "class. The LA panel on 14 May decided. Tribunal for mid-May decided. Will isnt valid without a witness. "
     "the app is called sumdog2 all one word. on insta you can use an underscore in names. The house in Lockdown "
     "felt small. Dropped by approx 1/3.",
     ["Pashto", "(پښتو)", "(اردو)", "(L1)", "(N1)", "Autism ARP", "ASD SRP", "French children", "mid-May",
      "Will isnt", "sumdog2", "an underscore in", "Lockdown", "1/3"]),
    ("a-feast-day-without-its-year-stays", "Christmas Day was hard for him. Boxing Day at nan's.",
     ["Christmas Day", "Boxing Day"]),
    ("an-article-s-word-key-stages-a-share-of-calls-and-a-verb-before-a-setting-stay", "he goes fishing at the marina. "
     "Moving on soon. KS 3/4\nScored 2/3 calls answered. Attends the Willows Resource Base. walk uh RM3 9HP",
     ["the marina", "KS 3/4", "2/3 calls", "Attends the", "walk uh"]),
]


STOP_62_FOUND = [
    # (read from outside-228, -230, -232 and -234, after their blind score)
    ("a-name-heard-in-pieces-on-a-call", "[00:00:06] Caller: my name is suresh tar mailing gum, i rang before\n"
     "[00:00:12] Agent: can you spell the surname please\n[00:00:17] Caller: yes it's T H A R M A L I N G A M. tharmalingam\n"
     "[00:00:22] Caller: my son Jazz deep. J A S D E E P. everyone calls him Jas\n",
     ["tar mailing gum", "tharmalingam", "Jazz deep", "THARMALINGAM"]),
    ("a-reference-spelled-with-its-strokes", "[00:03:23] CALLER: um it says R B forward slash E H C forward slash 1 9 "
     "forward slash 0 7 4 2\n[00:02:47] Caller: the letter says W M D C slash S E N slash 1 8 0 6 4\n"
     "[00:03:39] Caller: yes it says KEHC 2022 0913\n", ["0 7 4 2", "1 8 0 6 4", "KEHC 2022 0913"]),
    ("an-ni-number-after-its-letters", "ULN 4829176350, NI QQ482791B (PIP claim). NI QQ 48 29 13 B given for the form.",
     ["QQ482791B", "QQ 48 29 13 B"]),
    ("a-child-column-said-in-brackets-and-a-name-with-its-initial", "Date\tStaff\tContact\tRe (CYP)\tSummary\n"
     "Mon 02/06\tGB\tHope Kershaw\tMason\tIRP date confirmed\nThu 12/06\tDA\tJune H\tSummer\tEP visit\n",
     ["Mason", "June H"]),
    ("a-street-s-short-form", "Mum rang from 3 Wellington Terr (new tenancy). cc: Mrs T Hunter - 7 Beaumont Crt, "
     "E11 3HW. Registered office: Unit 7, Sovereign Bvd, Gillingham.", ["Wellington", "Beaumont", "Sovereign"]),
    ("a-scan-s-number-in-groups-and-a-reference-s-letters", "Dear Dr Chaudhry, the c1inic saw her. Specia1ist "
     "team, Medway Counci1 (EHC/MED/25/OO48 - if app1icab1e)\nAdult Learning Disability Team - NHS No 5OO 157 8434\n"
     "meeting he1d at Forest Vale Col-\n lege on 28 January 2025", ["OO48", "5OO 157 8434", "Forest Vale"]),
    # (read from outside-236, -238, -240 and -242, after their blind score)
    ("a-setting-and-a-surname-heard-on-a-call", "[00:00:51] Caller: he's in year six at war set rise, Warsett Rise Primary "
     "in Brotton\n[00:02:43] Caller: and the caseworker is Rob divine is it Devine he said\n[00:03:10] Caller: the family "
     "hub in glad less valley\n[00:03:20] Agent: the Gleadless Valley hub, yes\n",
     ["war set rise", "divine", "glad less valley"]),
    ("a-reference-read-with-its-team-s-letters", "[00:01:12] Caller: it says W C C SEN double 0 3 7 1 9\n[00:01:18] Agent: "
     "WCC SEN 003719 okay. EHC RC 19 0442.\n", ["0 3 7 1 9", "WCC SEN 003719", "EHC RC 19 0442"]),
    ("a-child-s-letter-doing-what-a-person-does", "SRS-25-0101,Kian Walsh,Y6,\"H2S transport refused. K cant walk it.\"\n",
     ["K cant"]),
    ("a-town-by-its-everyday-name", "my sister (she works in a school in thornaby as a TA) says. kais dad lives in redcar "
     "and sees him. He lives in Saltburn.", ["thornaby", "redcar", "Saltburn"]),
    ("a-said-date-in-numbers", "[00:02:12] Caller: yeah the letter's dated 14 2 2025.\n", ["14 2 2025"]),
    ("a-grandparent-s-lower-case-name-and-a-street-without-its-number", "shes fine thank god. grandad will says hes "
     "just naughty. my mum (his nana sue) has him after school, she lives on hollybush walk by the shops.\n"
     "[00:03:31] CALLER: he lived with us on Blackberry Close so it's been hard.", ["will says", "sue", "hollybush",
                                                                                   "Blackberry"]),
    ("a-setting-in-brackets-a-name-alone-in-a-child-s-column-and-an-initial-after-a-name",
     "Cody now at PRU (Cedar Lodge). Date\tStaff\tCYP\tSummary\n12/03/25\tGS\tWill\tSENCo mtg\n"
     "12/03/25\tGS\tAmy\trang Ruth A 07700 900267 - informed\nRuth Ames. K had another suspension - Kai Lowe.",
     ["Cedar Lodge", "\tWill\t", "Ruth A 0", "K had"]),
    ("a-korean-given-name-and-a-surname-in-capitals-and-initials-after-a-first-name",
     "Child / young person\tHyun-woo PARK (known as Woody). Drop-in CAMHS.\nSister Tia (TN) in Y5. CN to open a case for "
     "TN.\n10/03/2025\t10:15\tSF\temail\tSummer suspended again - 2 days. GDM 12/3 4pm at school.",
     ["Hyun-woo", "PARK", "TN", "Summer suspended", "12/3"]),
    ("an-address-a-line-a-part", "Mr D Chatfield\n\n58 Rook Lane\n\nBobbing\n\nSittingbourne\n\nME10 1YE\n\n"
     "Practice\n1-3 Ravenswood Parade\nPrinces Park\nChatham ME5 8LP\n", ["Bobbing", "Princes Park"]),
]
STOP_62_KEPT = [
    ("a-time-a-share-and-a-score-after-a-day-s-words", "FU after 3.10 call. appt 2.05 pm is late. He wrote letter 1/2 "
     "of the way. SATS 2023 100 pupils. Not the 1st choice school. I said 4.5 hours.",
     ["3.10", "2.05", "1/2", "SATS 2023 100", "1st choice", "4.5 hours"]),
    ("a-name-and-its-letters-stay-apart-from-other-words", "[00:00:02] SPEAKER 2: the surname is hoyle, h-o-y-l-e\n"
     "[00:00:09] SPEAKER 1: I sent a letter and sent out the form.\n", ["I sent a letter and sent out the form."]),
    ("stop-words-and-capitals-are-no-name-heard-in-pieces", "[00:00:02] CALLER: my son Franek is in year four\n"
     "[00:04:34] AGENT: you might think about asking the council for an EHC needs assessment.\n",
     ["asking the council for an EHC needs assessment."]),
    ("an-authority-s-short-forms-and-a-service-s-words", "97 new cases (61 Mbro / 36 R&C). Out of area - lives in "
     "Central Beds. Bedford Borough SEN team rang. GDM 12 March. Own right (Gillick). "
     "Reading age 12y 4m (NGRT). My Ammu and Abbu. Section J said nothing. Plan B wants more.",
     ["Mbro", "R&C", "Central Beds", "Bedford Borough", "GDM", "Gillick", "NGRT", "Ammu",
      "Section J said", "Plan B wants"]),
    ("a-second-review-s-false-positives-stay", "hearing is at county court next week. took him on sensory walk round "
     "the field. The HNB DSG 2500000 overspend. Call SEN TEAM 01642 527000. LA has consulted 2/3 schools. Dad drafted a "
     "1/2 page statement. I'll ring round 2/3 providers. Taxi collects him from 15.10 each day. Next meeting 14.10 in the "
     "library. The two classes shared 1.5 TAs. sessions for Years 7 8 2025 intake. four suspensions this year and it was "
     "the 4th. (my nan aswell). Bella Morgan came. Bus B goes from the leisure centre.",
     ["county court", "sensory walk", "HNB DSG 2500000", "SEN TEAM", "2/3 schools", "1/2 page", "2/3 providers", "15.10",
      "14.10", "1.5 TAs", "7 8 2025", "the 4th.", "aswell", "Bus B goes"]),
    ("a-register-s-letters-before-its-number-stay", "Highly Specialist Speech and Language Therapist (HCPC SL 041827)",
     ["(HCPC "]),
    ("hyphened-words-before-capitals-and-a-role-in-brackets-stay", "Drop-in CAMHS. Check-in TA. Follow-up EHCP. "
     "Catch-up SALT. Tom (TA) said. scored 3/4 2pm. 14 Elm Road\nOldtown\nEngland\nAB1 2CD",
     ["Drop-in CAMHS", "Check-in TA", "Follow-up EHCP", "Catch-up SALT", "(TA)", "3/4 2pm", "England"]),
    ("shares-and-counts-after-a-log-s-new-words", "Phone calls made 3/4. He drafted 2/3 of it. He ring 1/2 hour. "
     "from 13.05 to 14.00 in the hall. meeting 12.10 tomorrow. home visit 1st, home visit 2nd. ASD ADHD 12 2019 clinic.", ["made 3/4", "2/3 of", "1/2 hour", "13.05", "12.10", "visit 1st", "ASD ADHD 12 2019"]),
]

STOP_63_FOUND = [
    # (read from outside-244, -246, -248 and -250, stop 62's end sets, and -252, -254, -256 and -258 after their
    # blind score)
    ("a-log-s-day-and-month-with-no-cue", "Case opened 02/03/2025. Rang mum 3/3, emailed school 4/3, letter sent "
     "5/3. Walk-in 10/3. Near miss 7/3: email to wrong parent. Strategy meeting was 6/3; SW rang. Dad speaking for "
     "him (verbal). ** checked KL 11/3 **", ["10/3", "7/3", "6/3", "11/3"]),
    ("a-log-s-day-and-month-with-a-stop-after-what-was-done", "12/03/2025 Parents sent EHCNA req 7.3. I'll attend "
     "mediation 24.3 at the hub. 1st contact 28.1, then Meeting w/ head Mr Dunmore 28.2 went well. "
     "Returned call 20.1. (Ava Lintott) - **done** 14.3. Said at parents evening (24.2) that",
     ["7.3", "24.3", "28.1", "28.2", "20.1", "14.3", "24.2"]),
    ("a-day-said-alone-by-a-caller-and-its-month", "[00:07:56] Speaker 2: the twentieth is fine i can get off\n"
     "[00:08:01] Speaker 1: that's at the library on thursday twentieth march", ["twentieth is", "twentieth march"]),
    ("a-log-s-date-column-under-a-title-row", "Kirkwood SENDIASS - DUTY LOG\t\t\t\nDate\tTime\tBy\tWho\n"
     "10/03/25\t09:05\tSK\tKerry P\n13.3\t09:10\tNAH\tOlena K\n", ["13.3"]),
    ("a-case-column-s-number-and-an-address-column-s-street", "Date\tStaff\tContact\tCase\tSummary\n"
     "10/3\tBK\tLeanne Harwood\t1040\tcomplaint\n11/3\tPR\tRanjit Sohal\t0921\tmtg moved\n"
     "====\ncase_ref,cyp_name,addr1,area,postcode\nDDS-24-0412,Tyler Pask,27 Cherrytree Walk,Chaddesden,DE21 4QT\n",
     ["1040", "0921", "27 Cherrytree Walk"]),
    ("a-hyphened-name-s-letters-and-a-signed-initial", "Ellie-Mae Crouch (Y4). E-M being sent to the reset room. "
     "| 5 | E-M Crouch - escalate |\nyou had it wrong on 11/3.\nR\n\nRuth Delbridge (she/her)\nService Lead\n"
     "probably not. - L\n\n--\nLorna Vowden\n", ["E-M", "\nR\n", "- L\n", "Ruth", "Lorna"]),
    ("a-letter-acting-and-a-month-s-name-acting", "Tobias Fenn is 9. Later: T being sent home most afternoons. "
     "Jan on phones mon/thu/fri. Jan off next mon. Jan asked BO.", ["T being", "Jan on", "Jan off", "Jan asked"]),
    ("a-town-of-one-word-after-a-word-of-where", "Social worker (Hastings CIN team). Course in Sheerness from 24/3. "
     "School (independent specialist, Battle). A caller (anonymous, Hastings area).", ["Hastings", "Sheerness", "Battle"]),
    ("a-name-with-an-abbreviation-glued-on", "Response sent 12/3. ToD Ms Carvalho to add hrs. Omar SaLT appt 8/4. "
     "Sarah Yeoman SENCo Portishead Bay Primary rang.", ["Carvalho", "Omar", "Portishead Bay Primary", "Yeoman"]),
    ("a-reference-read-out-and-an-address-typed-in-a-hurry", "[00:02:24] Speaker 2: ESCC ISEND 2024 04152\n"
     "a reference number l c c r e q 1 4 0 7 i think\nI'll give you a reference, it is S I A S 2025 0192\n"
     "yeah it's twelve abbot's walk in brayton\nno sorry 7 Hubbard's lane that's the old one\n"
     "LA consulted Whiston Moss Academy and told mum Bluebell is full. Bluebell Park School is the one.",
     ["ESCC", "04152", "l c c r e q", "1 4 0 7", "S I A S", "0192", "abbot's walk", "Hubbard's lane", "Bluebell is"]),
    ("a-name-with-its-initial-a-family-s-surname-and-lower-case-names", "12/03/25\tTK\tHodan A + Faisal (intptr)\n"
     "13/03/25\tEmail in\t\"Kelly A\" via info@ inbox\nTel in\tAmy Friend (mum)\tOscar Friend Y9\n"
     "my mum (ellies nan, sue) picks her up\nthanks dean bye\nthanks mark you've been great\n"
     "my daughter Summer-Rose Fagg is 5. school have her as summer-rose thats her name",
     ["Hodan A", "Kelly A", "Oscar Friend", "sue)", "dean", "mark", "summer-rose"]),
    ("a-day-past-the-twelfth-a-spoken-foreign-address-and-a-dotted-handle", "an emergency one the 28th I think. "
     "(was it the 14th?) Deadline is the 18th. his email from the 23rd below.\nCALLER: yes kasia dot dobro at wp dot pl\n"
     "msg via FB page from tasha.mycock.77)", ["28th", "14th", "18th", "23rd", "dobro", "wp dot pl", "mycock"]),
    ("a-case-heading-s-last-part-where-the-family-lives", "### 2.4 Precious M / Tendai (IS) - Pennywell\n- Walk-in.\n"
     "### 2.5 Lucy H (LT) - YP, 21, Roker\n\"Headphones help.\" - T.O., 21/11/24\n", ["Pennywell", "Roker", "T.O."]),
    ("a-postcode-read-with-its-inward-part-apart", "Harrietsham me 17 1qp\n43 Romley Avenue BS11 0 PQ BS11 0PQ\n"
     "Barton Hill, Bristol BS5 9 LT (father)", ["me 17 1qp", "BS11 0 PQ", "BS5 9 LT"]),
]
STOP_63_KEPT = [
    ("a-score-a-share-or-a-count-with-no-cue-stays", "Seen 03/03/2025. Engagement 4/5. He rated it 8/10 and 7/10. "
     "Year 8/9 boys. Level 2/3 course. page 1/2. ate 3/4, drinks. posted 4/5 times. in 3/5 subjects. "
     "4/12 post-natal. 24/7 line. Achieved – 6/6. AM 4/5. Wrote spellings 8/10 today. 2/3 of it.\n"
     "Reading\t4/3\n", ["4/5", "8/10", "7/10", "8/9", "2/3 course", "1/2", "3/4", "4/5 times", "3/5", "4/12",
                        "24/7", "6/6", "AM 4/5", "spellings 8/10", "2/3 of", "4/3"]),
    ("an-authority-in-a-csv-cell-and-a-year-group-after-a-name", "case_ref,name,yr,addr1,area,la\n"
     "SH-1,Ayaan Malik,Y4,27 Lingmell Close,Parr,St Helens,SH/EHC/5531\nSibling Ayaan Y4 also there. Son Josh Y3 "
     "at St Giles CE Primary.", ["St Helens", "Y4", "Y3"]),
    ("kept-words-of-a-kent-log", "Speech & Language Therapist (KCHFT). STLS advice. KCC Kent Test team. Hodan via "
     "intptr Faisal. GB panel 17/3. NELI groups. The Prince's Trust course. consider JR pre-action letter. Governors "
     "upheld PX. global dev delay. Swanborough Lodge School (indep ASC).",
     ["Speech & Language Therapist", "KCHFT", "STLS", "Kent Test", "intptr", "GB panel", "NELI groups",
      "Prince's Trust", "JR pre-action", "PX", "global dev delay", "indep ASC"]),
    ("a-role-s-hyphened-word-a-school-s-kind-and-size-and-a-kent-service-stay", "Rebecca Stanley\nSEND Assessment "
     "Co-ordinator\n[School 2], a large mainstream academy. UASC. Virtual School Kent involved.",
     ["Co-ordinator", "large mainstream academy", "Virtual School Kent"]),
    ("a-second-review-s-fractions-ordinals-class-names-and-ranges-stay", "Call log 12/03/2025. Mum says pain 7/10 "
     "most days, anxiety at 8/10. Feedback form: 5/5. predicted grades English 5/6. in the 5/6 class. off school "
     "2/7. between 2/3 pm. reading age went up from 13.2. Contact 2.1 in the handbook. review 17.3 of the policy.\n"
     "Speaker 1: the fourth is the one about independence\nCaller: the sixth was the worst\nit's the fifth yeah\n"
     "She is in Poplar. Form 9W (Wellington). Help in Bath.\nAbdul-Karim Said is 8. rated A-K overall.\n"
     "Freya Moss is 9. F is the legally binding section. Mum was off most of Dec and Jan off sick.\n"
     "Date\tCase\tNotes\n11/3\t2nd\tx\n12/3\tKS2-3\tx\n13/3\t16-25\tx\n",
     ["7/10", "8/10", "5/5", "5/6", "5/6 class", "2/7", "2/3 pm", "13.2", "2.1", "17.3", "the fourth is", "the sixth was",
      "the fifth yeah", "Poplar", "Wellington", "Bath", "A-K", "F is", "Jan off", "2nd", "KS2-3", "16-25"]),
    ("a-third-review-s-counts-places-in-a-queue-and-pet-names-stay", "Mum says the 5 Mile walk for charity. They "
     "hired a 4 Wheel drive. he has pe 2 1hr lessons a week. rang mum.y6 sats tomorrow. ehcp.draft2 saved. He was the "
     "20th to be assessed. The 13th and final session. Louis the 14th. thanks honey x. thanks, lovely. Rang 11/3. "
     "Dry at night 4/7. Slept 6/7. Rooms: N1 3 DR (drama studio). Jayden A & E Sat night.",
     ["5 Mile walk", "4 Wheel drive", "pe 2 1hr", "mum.y6", "ehcp.draft2", "20th to", "13th and", "the 14th",
      "honey", "lovely", "4/7", "6/7", "N1 3 DR", "A & E"]),
    ("a-century-a-birthday-a-version-and-facebook-stay", "the 20th century. the 18th birthday. the 15th percentile. "
     "see report.v2 and www.site.co2. we were at home dot it was late. msg via FB page.",
     ["20th century", "18th birthday", "15th percentile", "report.v2", "www.site.co2", "home dot it", "FB page"]),
    ("a-case-heading-s-kind-and-authority-stay", "### 2.2 RK - EHCNA refusal - Transport\n### 2.1 Ann - Sunderland\n",
     ["Transport", "Sunderland"]),
    ("endearments-thanked-stay", "thanks love bye. thanks again, cheers all. thanks will do. (lots nan, and more)",
     ["thanks love", "thanks again", "cheers all", "thanks will", "(lots nan, and more)"]),
    ("words-a-town-of-one-word-shares-stay", "in Over the summer, at Rugby club, the Year 8 trip. 3 Maths road "
     "trips. "
     "The plan covers sections A-E.", ["in Over", "at Rugby", "3 Maths road trips"]),
]


STOP_64_FOUND = [
    # (read from outside-260, -262, -264 and -266 after their blind score)
    ("a-csv-s-house-number-after-a-date-cell", "CaseNo,Title,Forename,Surname,CYP_DOB,Addr_Line1,Addr_Line2,Town\n"
     "BSS-24-1187,Mrs,Farzana,Begum,08/01/2014,447 Herbert Road,Small Heath,Birmingham\n"
     "BSS-24-1188,Mr,Tobi,Okoro,2016-09-03,120 Somerville Road,Small Heath,Birmingham\n",
     ["447", "Herbert Road", "120", "Somerville Road"]),
    ("a-landline-before-a-mobile-in-the-next-cell", "LS-SDS-25-0140,Kelly,Hinch,LS14 1LR,0113 496 0911,07700900487,x\n",
     ["0113 496 0911", "07700900487"]),
    ("a-table-row-of-a-case-s-initials-and-reference", "| Case | Notes | Who |\n|---|---|---|\n"
     "| PM – BSS-25-0152 | Bham, Yr 7 | SK |\n| ZH – BSS-24-1015 | Bham | SK |\n", ["PM –", "ZH –"]),
    ("a-spoken-e-mail-at-a-provider-heard-apart", "[00:01:31] Agent: dani dot greenaway eight eight at g mail dot com "
     "lovely", ["greenaway", "eight eight at"]),
    ("a-spoken-e-mail-whose-domain-is-spelled-from-a", "or email me g dot haigh at tempest road dot a v l t dot org dot "
     "uk thanks bye", ["haigh", "tempest", "a v l t", "dot org dot uk"]),
    ("a-spoken-house-after-the-place-one-lives-in", "Speaker 1: we live in marston twenty seven cherwell drive o x "
     "three oh l e", ["twenty seven cherwell", "cherwell drive"]),
    ("a-postcode-s-letters-said-one-by-one", "[00:02:24] CALLER: it's 12 smalewell road Pudsey l s 28 8 h j\n",
     ["28 8 h j", "smalewell"]),
    ("a-reference-said-with-its-authority-s-number-first", "[00:00:40] Speaker 1: her e h c p number is nine three "
     "one slash e h c slash one three two oh seven and", ["nine three one slash", "one three two oh seven"]),
    ("a-relation-s-initials-in-brackets", "- Parents separated. Mum (KC) wants a special school for Y7, dad (DC) "
     "wants mainstream.", ["(KC)", "(DC)"]),
    ("a-child-s-name-before-her-year-group-in-a-log", "06/03/2025\t15:50\tMr Mensah\tDad\tPhone in\tGrace Y4\tTA hours "
     "cut\n12/03/25\t10:05\tAmy Rowe\tMum\tWeb form\tEBSA - Poppy Yr5 - medical needs teaching?\tInfo sent",
     ["Grace Y4", "Poppy"]),
    ("a-short-form-signing-above-the-full-name", "Will ring you back.\n\nThanks hun\nShab\n\nShabana Kauser\n"
     "Senior Information, Advice and Support Officer", ["Shab"]),
    ("a-scan-s-district-read-with-l-for-1", "Ms H Abdi\nF1at 3\n118 Stoney Lane\nSparkhi11\nBirmingham\nBll 4SD\n\n"
     "Dear Ms Abdi,\nRe: Schoo1 p1ace", ["Bll 4SD"]),
    ("a-lower-case-name-no-list-has-after-a-role", "kais social worker dionne from the childrens trust said no",
     ["dionne"]),
    ("a-setting-after-a-child-s-year-group", "| SDS-25-0260 | Dani G. (mum of Archie, Y1, Grove Fields) | EHCNA |\n"
     "### ZH (Zayan, Y2, Banstead Pk) – RO\nKacper, Y4, Carlingcott Lane, autism dx.",
     ["Grove Fields", "Banstead Pk", "Carlingcott Lane"]),
    ("a-child-s-initials-under-cyp-among-names", "Date\tTime\tCaller\tWho\tCYP\tSummary\n"
     "24/02/2025\t09:04\tKelly Garrod\tMum\tAlfie (5)\tnursery says\n27/02/2025\t11:40\tRuth Boakye\tLA\tPO\t"
     "LA caseworker\n04/03/2025\t15:30\tKerry C\tParents\tLMC\tAR at school\n", ["\tPO\t", "LMC"]),
    ("a-review-s-people-and-places-still-found", "SBC to ring mum back re tribunal bundle. HBC to send IPSEA link.\n"
     "Lisa Goldthorpe School Nurse will refer to CAMHS.\nhis dad took him back to KRAKOW for 3 weeks over christmas\n"
     "were at the flat on long mile road now", ["SBC", "HBC", "Lisa", "Goldthorpe", "KRAKOW", "long mile road"]),
    ("a-case-s-number-after-its-word", "Travis L also out of school (EHE since Y7) – separate case 0148.", ["0148"]),
    ("a-reference-of-spaced-letters-with-its-dash", "I've got it here the reference is S T 25-0317\n[00:02:06] Agent: "
     "and have you appealed", ["25-0317"]),
    ("a-handle-after-a-game-s-name-for-it", "He wanted to add his Roblox name (YusiPlanetz_09) – I said we'd ask mum "
     "first!", ["YusiPlanetz"]),
    ("a-setting-with-its-kind-s-letters-or-words", "parents want LA to name Kingfisher House (ISP). re Tia age 6 Y1 "
     "Wey Meadows First Sch, Broadwey. Mum wants ZR named at Castle Lane Specialist Provision but no place.",
     ["Kingfisher House", "Wey Meadows", "Castle Lane"]),
    ("a-double-first-name-after-a-little-sister", "CALLER: he lives with her and his little sister lily mae im just "
     "round the corner", ["lily", "mae"]),
    ("a-name-no-list-has-opening-a-log-s-clause-before-what-a-child-does", "27/02/25\tMr W Clarke\tGrandad\tWants "
     "home visit - Jahmai back at Hamstead Road after MM failed\tHV booked", ["Jahmai"]),
    ("a-volunteer-s-first-day", "- Volunteers: Precious starts on the advice line Mon 17th (shadowing BH).",
     ["Precious"]),
    ("a-heading-s-initials-before-the-worker-who-holds-the-case", "### TC-R – RO\n- Appeal lodged 21/2\n### ER – RO\n"
     "- EHCNA refused\n", ["TC-R", "ER –"]),
    ("a-lower-case-short-form-where-the-name-is-found-twice", "hi its about my son harrison pike (yr4). harrisons "
     "school keep sending him home\n\ni cant loose my job\n\nharri is not a naughty boy", ["harri is"]),
    ("a-name-that-is-a-word-where-a-log-says-how-her-days-go", "24/02/25\tMrs Kelly Brooks\tMum\tTel in\tFollow up - "
     "Mason still half days, school say not safe pm. Grace still not attending.", ["Mason still", "Grace still"]),
    ("a-second-review-s-names-and-addresses-still-found", "Contact: Jane Hollis Unit Manager, Oakwood Resource Base\n"
     "12/03/25\tDemi Walsh\tHospital appointment clash\nCaller: we live in marston twenty seven cherwell close\n"
     "Caller: we live in bramley twenty two james street\nAddress: 14 Miles Close, Leeds LS6 3QP\n"
     "its kerry dot smith at g mail.com\n| PM / BSS-25-0152 | transport |\n"
     "Speaker 1: the reference is nine three one slash ehc slash one three two oh seven",
     ["Hollis", "Demi", "cherwell close", "james street", "14 Miles", "g mail.com", "| PM /", "ehc slash"]),
    ("a-setting-s-letters-with-its-school-unsaid", "Mum wants Warren Brook High - school responded late.\n"
     "- LA has only sent a summary of WBHS response.", ["WBHS"]),
    ("a-reference-s-shape-in-lower-case", "Agent: right. bss-25-0140. i'll put that in the email", ["bss-25-0140"]),
]

STOP_64_KEPT = [
    ("a-setting-named-after-a-place-is-no-one-s-surname", "334,Arden Croft School,9,SLD,Y\nSource: School SENCo\n"
     "The School said no. School nurse came.", ["School SENCo", "The School said", "School nurse"]),
    ("a-body-s-letters-among-lower-case-words", "2\tChase ESNEFT SLT about missed sessions\tGT\n"
     "raise this with the ESNEFT service lead.\nYes,SENSAP/EHC/1,SLCN,No,,ASD (awaiting dx),,Hartley\n"
     "24/02/25\t09:04\tAyesha Mirza\tMum\tWeb form\tSMBC\tExam access\tTN\n",
     ["Chase ESNEFT", "ESNEFT service", "ASD", "SMBC"]),
    ("a-way-of-coming-under-contact", "Date\tTime\tCaller\tRel\tContact\tLA\tSummary\tStaff\n"
     "28/02/25\t09:15\tHodan Abdi\tMum\tWalk-in\tBCC\tBrought letter\tTN\n", ["Walk-in"]),
    ("minutes-walk-is-no-street", "we live in town two minutes walk from the shops", ["town two minutes walk"]),
    ("what-follows-a-year-group-that-is-no-setting", "Ciaran, Y3, Autism Spectrum, dx 2024. Maya, Y7, SEN Support "
     "only. Art Y9 and English Year 7 sets. mum (PR) and dad (SW) came.", ["Autism Spectrum", "SEN Support",
                                                                      "Art Y9", "English Year 7", "(PR)", "(SW)"]),
    ("a-role-s-or-a-group-s-letters-under-cyp", "Date\tCaller\tWho\tCYP\tSummary\n24/02/2025\tKelly Garrod\tMum\t"
     "Alfie (5)\tnursery says\n05/03/2025\tKerry Cole\tParents\tYP\tAR at school\n06/03/2025\tDee Cole\tMum\tSEN\t"
     "general\n", ["\tYP\t", "\tSEN\t"]),
    # (a review of this stop's rules found these taken)
    ("a-review-s-counts-codes-and-words-stay", "Speaker 2: we live in hull two kids really close in age. we live in leeds "
     "now two buses each way and he is exhausted.\n| Lesson | Room | Staff |\n|---|---|---|\n| DT – DT2 | Mr Hale |\n"
     "| SC – SC4 | cover |\nyear 11 covid-19-2020 catch up funding. the post-16-2025 offer.\n"
     "Speaker 2: three four five slash one slash two.\n"
     "Speaker 2: i spoke to jo at bt internet and they sent a new router. He has an OT referral (waiting).",
     ["two kids really close", "two buses each way", "OT referral", "| DT –", "| SC –", "covid-19-2020", "post-16-2025",
      "three four five slash one slash two", "at bt internet and"]),
    ("a-number-after-case-that-is-no-case-s", "Just in case 123 people come. In case 2019 happens again. The case 500 "
     "words limit.", ["case 123", "case 2019", "case 500"]),
    ("a-short-form-s-word-where-it-is-the-word", "From: Stacey Pike\nits about Brandon Pike.\n\nwe had bran flakes. "
     "the bran is good", ["bran flakes", "the bran is"]),
    ("a-word-opening-a-log-s-clause-stays", "- Chase SENAR. Maths still weak. Tuesday back at school. Reading starts "
     "on the first page.", ["Maths still", "Tuesday back", "Reading starts"]),
    # (a second review of this stop's rules found these taken)
    ("a-second-review-s-words-stay", "Dad (BSL) will need an interpreter. Mum (EAL) - Polish. Mum (MS) struggles.\n"
     "Summer Year 6 transition meetings booked. Hope Year 3 class teacher will ring.\nAutumn starts on the 4th Sept.\n"
     "Dad sees him at the Child Contact Centre (independent supervised contact).\nLA said the Autism Specialist "
     "Centre is full.\nhello, bella is struggling. bell goes at 8.45\nDate\tChild\tParent\tIssue\n03/02/25\tTBC\t"
     "Mrs Okafor\ttransport query\n04/02/25\tAlfie\tMrs Cole\tx\nhe has P E 12-130 and then reading.\nCase\nCasey "
     "Hall, Y4, autism\nhis social worker prolly wont ring back\n- Edukey still not updated with the new targets.\n"
     "Mum says in her case 150 hours of tuition were missed. Tribunal case 450 days old now.\n"
     "we moved to hull two miles walk from school. we live in hull ten minute drive from the school",
     ["(BSL)", "(EAL)", "(MS)", "Summer Year 6", "Hope Year 3", "Autumn starts", "Child Contact Centre",
      "Autism Specialist Centre", "bell goes", "\tTBC\t", "P E 12-130", "Case\n", "prolly",
      "case 150", "case 450", "two miles walk", "ten minute drive"]),
    ("a-lower-case-code-that-is-no-reference", "covid-19 rules, ks-2 work, y-10 group", ["covid-19", "ks-2", "y-10"]),
]

STOP_65_FOUND = [
    # (read from the sets read before this stop, while its blind batch was being written)
    ("a-name-that-is-a-word-after-name-is-where-the-phrase-ends", "his name is mason and he is 9. her name is grace.\n"
     "the caseworkers name is jade and she never rings", ["mason", "grace", "jade"]),
    ("one-name-alone-in-a-web-form-s-field", "Postcode: tw12 2hs\nChild's name (optional): summer\nBest time: after 3\n"
     "Child's first name: Mason\nAge: 9", ["summer", "Mason"]),
    ("a-unit-named-before-its-kind-in-lower-case", "mum wants Bushy Heath School (Lime Tree resource base).", ["Lime Tree"]),
    ("a-scan-s-w-read-as-two-v-s-in-a-postcode", "8 Moorlands Rise, Mixenden, Halifax. HX2 8RVV\n", ["HX2 8RVV"]),
    ("a-family-hub-named-by-words-of-the-dictionary", "Can we meet again in the Sale Moor family hub like before?",
     ["Sale Moor"]),
    ("will-as-a-boy-s-name-where-no-modal-stands", "its William James McEvoy but everyone calls him willo. my partner "
     "works nights and will doesnt sleep till gone 11. dad thinks will just needs a firm hand. dont leave a voicemail "
     "as will listens to them", ["will doesnt", "will just", "will listens"]),
    # (read from outside-268, -270, -272 and -274 after their blind score)
    ("a-case-s-initials-heading-its-notes-before-a-dash", "## 2. Case discussions\n\n"
     "### 2.1 AWS – 25-0417 – Ramsey / Hartford Mill (RH)\n- HtST withdrew taxi.\n### 1.4 PMcD (Paddy) – PEX – NR\n"
     "### 1.7 TJH – case study 7 – DW / MK\n### OK – EHCNA request (Rochdale) – TW\n"
     "- ON (Oliwia) – MW: request letter went 1/12\n- PB – JM: EP visit Weds 10th.\n"
     "### 2.5 ZI – NEW 25-0481 – Millfield (JB took call → TW)\n",
     ["AWS", "25-0417", "PMcD", "TJH", "ON (", "PB", "ZI", "25-0481"]),
    ("a-reference-of-an-authority-s-number-a-year-and-a-number", "PCC letter dated 17/11 (ref PCC SEN 874 25 02116).",
     ["874 25 02116"]),
    ("a-spreadsheet-s-mobile-without-its-zero-and-an-international-one-after-a-number-s-cell",
     "Ref,Postcode,TelNo1,TelNo2,Email\n25-0001,PO2 8LR,7700900745,,a@b.com\n"
     "25-0002,OL16 3XB,01614960684,+44 7700 900 321,x@y.com\n", ["7700900745", "+44 7700 900 321"]),
    ("nicknames-a-child-and-her-family-give", "except Grandma Pat who calls me Ams. I am 9. "
     "(I like to be called Summer or Sums). with help from my dad (“Pops”, Mick Attrill) who lives near.",
     ["Ams", "Sums", "Pops"]),
    ("a-sign-off-s-letter-above-the-signature", "otherwise Lorna has the paper file.\n\nThanks, N x\n\nNadia Rahman\n"
     "Advice Officer", ["Thanks, N"]),
    ("a-first-name-that-is-a-word-before-a-surname", "All about me – Deacon McDonagh\n\nAge 9", ["Deacon"]),
    ("a-child-s-short-name-in-brackets-after-her-first-name", "Mum\tPhone\tEllis (Bear)\tGoss Moor\n"
     "### EC (Bear) – RT – CSI-2025-0817\n", ["Bear"]),
    ("a-community-primary-by-its-letters", "EC Yr 6 at Goss Moor CP, EHCP. daughter O.W. (Y4, Willow Bank CP).",
     ["Goss Moor", "Willow Bank"]),
    ("a-hospital-s-letters-before-its-number-and-a-slashed-reference-in-lower-case",
     "Child Development Centre (hospital no. RCH K0481276). Speaker 1: ehc/353/25/00881 okay",
     ["K0481276", "ehc/353/25/00881"]),
    ("an-agent-s-user-name-of-initial-and-surname-or-first-name-and-letter",
     "Queue: advice line (Line 2)    Agent: DPengelly (ext 2207)\nLine: Advice Line 2   Agent: nadia r   Start: "
     "05/11/2025 10:12", ["DPengelly", "nadia r"]),
    ("a-worker-naming-herself-to-the-caller", "rochdale send ias advice line you're speaking to hope how can i help",
     ["to hope"]),
    ("a-setting-by-its-letters-where-a-child-is", "PEX 31/10 from KMA. poss off-rolling at CRA. SENCo (Mr P at OVPS) "
     "left VM. Parents want KVHS / The Harbour.", ["KMA", "CRA", "OVPS", "KVHS"]),
    ("a-spoken-house-after-yeah-or-the-word-number", "Speaker 2: yeah forty two dunsbury way in leigh park\n"
     "Speaker 2: we're at number nine crossbank close on the estate", ["dunsbury way", "number nine crossbank"]),
    ("a-district-written-and-its-inward-part-said-apart", "Speaker 1: m35 9 q w lovely", ["m35 9 q w"]),
    ("a-word-spelled-right-after-it-is-said", "um my name's tanya crouch that's c r o u c h um i'm ringing",
     ["crouch", "c r o u c h"]),
    ("a-saint-s-school-with-its-kind-in-lower-case", "saint brendan's the catholic one in fails worth st brendans r c "
     "primary", ["st brendans r c primary"]),
    ("a-unit-before-its-kind-s-short-form", "Pref Kingsway Vale / The Harbour res base. Send IPSEA letter.", ["Harbour"]),
    ("a-child-under-cyp-with-her-year-group", "Date\tTime\tType\tCaller\tRel\tCYP\tSummary\n31/10/25\t10:40\tTel\t"
     "Craig Wild\tDad\tSummer Y4\tSchool won't do SEN support plan\n", ["Summer"]),
    ("a-first-name-and-her-surname-s-letter-before-what-she-did", "Nasreen A confirmed s.I names Cloughside.",
     ["Nasreen A"]),
    ("a-review-s-losses-a-family-s-plan-a-user-in-brackets-a-hospice", "Date\tCase\tNote\n04/11\tWard family support "
     "plan\tchased SW\n- Hill family group conference 12/03 – TW to attend\nWrap-up (agent: skaur) – advice given\n"
     "He stays at Acorns Hospice for respite twice a year.", ["Ward", "Hill family", "skaur", "Acorns"]),
    ("a-reference-with-the-authority-s-number-first", "I have the EP visit as 19/09/2025 on Capita One (case "
     "851-SEN-30417). Also", ["851-SEN-30417"]),
    ("a-town-that-is-an-authority-in-an-address-s-column", "Ref,Street,Area,Town,Postcode\n"
     "1,14 Shrewsbury Avenue,Woodston,Peterborough,PE2 8LW\n", ["Peterborough"]),
    ("an-alternative-provision-named-by-its-letters", "Kai at The Beacon AP Centre from day 6.\n"
     "PE4 7DG,,07700 900592,x@y.co.uk,PCC (874),The Beacon AP Centre,8,,SEMH", ["Beacon"]),
    # (a second review of this stop's rules found these lost)
    ("a-second-review-s-losses", "caller: yeah forty two church lane. um seventeen mill lane\n"
     "He has been at RGS since Year 7. Mum wants QEGS for secondary.\n### 2.1 AWS – 25-2031 – Ramsey\n"
     "- KMc – 25-0488 – TW\n- ON – MW: called mum back\n### 2.1 PD (Paulina) – MW\n### 2.1 EC (Bear) – RT\n"
     "He has asked to be called Bear by staff. she also goes by Bug at home. my lad goes by Moose.\n"
     "see you at the Oasis family hub.\n\nMany thanks, Z.\n\nZephyrine Kowalczyk\n",
     ["church lane", "mill lane", "RGS", "QEGS", "25-2031", "KMc", "25-0488", "ON –", "PD (", "(Bear)",
      "called Bear", "Bug", "Moose", "Oasis", "thanks, Z"]),
    ("a-saint-s-school-in-lower-case-anywhere", "basically st brides have said they cant meet his needs. his sister is at "
     "st saviours in the village", ["st brides", "st saviours"]),
]

STOP_65_KEPT = [
    ("what-follows-name-is-that-is-no-name", "his name is will be changed on the plan. her name is down on the list. "
     "the class name is oak. Name: unknown\nName: Withheld\nName: Dad\nwe looked at the ASC resource base and the "
     "Primary resourced provision list. ROOM 2 AVV", ["will be changed", "down on", "oak", "unknown", "Withheld",
                                                     "Dad", "ASC resource base", "Primary resourced", "AVV"]),
    ("will-as-a-modal-where-a-william-is-named", "its William James McEvoy. when will parents be told? we will always "
     "be there. i will sends it. Will you ring me?", ["when will parents", "we will always", "i will sends",
                                                     "Will you"]),
    ("a-heading-s-letters-and-a-log-s-title-word-stay", "### AOB – parking\n- OT – report due\n### SEN – update\n"
     "Date\tCaller\tRel\n21/11/2025\tAde from Fenland Pathways\tProf\tPhone\n",
     ["AOB", "OT –", "SEN –", "Prof"]),
    ("a-status-in-brackets-and-bodies-letters-stay", "Ellis (Absent), Leo (Lead), Mia (Pending). He is on a CP plan, "
     "at risk of CP. referred to NAS, seen at CAMHS, applied to UCAS, works at ASDA, best at FIFA, from HOS. "
     "Agent: Please hold\n", ["(Absent)", "(Lead)", "(Pending)", "CP plan", "risk of CP", "NAS", "CAMHS", "UCAS",
                               "ASDA", "FIFA", "HOS", "Please hold"]),
    ("counts-and-kept-words-said-and-spelled-stay", "Speaker 2: yeah two really close friends. um ten minute walk. "
     "he has an ehcp e h c p and send s e n d. i had y6 2 a b", ["two really close", "ten minute walk", "e h c p",
                                                                 "s e n d", "y6 2 a b"]),
    ("hospitals-nhs-trusts-and-the-isle-of-wight-s-letters-stay", "OT referral at the Royal Oldham Hospital has been "
     "slow.\nDr Olumide Adeyemi\tCommunity Paediatrician, Rochdale Infirmary\tASC assessment\nseen by Becky Moreton "
     "from the Isle of Wight NHS Trust Children’s Speech and Language Therapy service\n"
     "Date\tTime\tCaller\tRel\tContact\tArea\tRef\n03/11/2025\t14:05\tTracey Brading\tMum\tPhone\tIoW\tSIS/25/0751\n",
     ["Royal Oldham Hospital", "Rochdale Infirmary", "Isle of Wight NHS Trust", "\tIoW\t"]),
    # (a review of this stop's rules found these taken)
    ("a-review-s-services-kept-words-and-modals-stay", "Parents want EOTIS named in the plan. School referred him to EWS "
     "because. Referred to STS (specialist teaching service). She attends SPS for speech. Mum self-referred to CDS.\n"
     "- EHCP – TW: timescales slipping\n- ADHD – JB: pathway closed\n- SEMH – training booked (EP)\n- TODO – RT\n"
     "- LA (Rochdale) – TW: chase draft\n- OT (Private) – RT\n"
     "William's review is on Friday. The LA will assess his needs and the panel will discuss it.\n"
     "we live in st helens and the council wont help. st albans council refused. a parade for st patricks day.\n"
     "EHCPs used to be called Statements before 2014. The route goes by Asda. He goes by Bus.\n"
     "join the Virtual family hub sessions online. Mum attended Initial CP Conference on 12/03.\n"
     "see Appendix A.\n\nThanks all, A\n\nAdvice Line Team\n- Mon – 09-1030 drop in\n### Fees – 10-2025\n"
     "caller: yeah two teachers view it differently",
     ["EOTIS", "EWS", "STS", "SPS", "CDS", "EHCP –", "ADHD –", "SEMH –", "TODO", "(Rochdale)", "(Private)",
      "LA will assess", "panel will discuss", "st helens", "st albans", "st patricks", "Statements", "Asda", "Bus",
      "Virtual family hub", "Initial CP", "Appendix A", "Thanks all, A", "09-1030", "10-2025", "two teachers view"]),
    ("the-councils-sen-database", "I have the EP visit as 19/09/2025 on Capita One. Logged on Capita.", ["Capita One",
                                                                                                  "on Capita"]),
    ("a-unit-s-kind-and-an-agency-s-letters-stay", "a place within its Communication and Interaction resource base "
     "(\"The Hive\"). mum wants Bushy Heath School (Lime Tree resource base). cost vs. Kingfisher Bay resourced "
     "provision. do NOT send to STA. Figure taken from SIMS on 03/03/2025.",
     ["Communication and Interaction resource base", " resource base)", " resourced provision.", "to STA",
      "from SIMS"]),
    ("an-alternative-provision-s-kind-alone-stays", "referred to the AP Centre at the council. the local AP Hub",
     ["AP Centre", "AP Hub"]),
    ("a-second-review-s-words-stay", "join the Virtual family hub. she went to the Borough family hub. EHCPs used to be "
     "called Statements. The Hospice said they can. Mum asked the Children's Hospice for respite. Referred to Hospice "
     "UK. Strep A was going round. Mark A was disappointing. The 100-EHC-2025 form was sent.\n\nMany thanks, B x\n\n"
     "Bolton SENDIASS Team\n- EHCP – TW: slipping\n- TODO – RT",
     ["Virtual family hub", "Borough family hub", "Statements", "The Hospice", "Children's Hospice", "Hospice UK",
      "Strep A", "Mark A", "100-EHC-2025", "thanks, B", "EHCP –", "TODO"]),
    ("a-hub-s-name-is-no-family-s", "Can we meet again in the Sale Moor family hub like before?", ["family hub like"]),
    ("a-hub-s-words-and-a-first-that-are-no-setting", "at the Local family hub. the North family hub is shut. "
     "It was the 1st of the month. the first stops at the shop.", ["Local family hub", "North family hub", "1st of",
                                                                    "first stops"]),
]

STOP_66_FOUND = [
    # (read from the sets read before this stop, while its blind batch was being written)
    ("a-name-a-call-misheard-before-its-letters", "[00:00:10] Caller: hello yeah this is brenda mobbs brenda mobs "
     "m o b b s i'm ringing\n[00:00:34] Caller: green away g r e e n a w a y\n[00:00:40] Caller: yeah it's roxanne "
     "she bangu sorry it's Tshibangu T S H I B A N G U\n[00:00:50] Caller: Jazz deep. J A S D E E P. he's 9\n"
     "[00:01:00] Caller: coil C O Y L E she's the senco", ["mobs", "green away", "she bangu", "Jazz deep", "coil"]),
    ("a-found-name-as-a-scan-misread-it", "Thank you for your 1etter. The 1oca1 authority wi11 ca11.\n\nYours "
     "sincere1y\n\n   G Pi/kington\nGareth Pilkington\n\n  ~L. Petrauskaite|\n Lina Petrauskait6\n\nDear Mrs "
     "Zie1inska\nRe: FiIip Zieli?ski  D0B: 14/O9/2015\n4. Health advice - Dr 0. Mensah, Community Paediatrician",
     ["Pi/kington", "Petrauskait6", "Zieli?ski", "0. Mensah"]),
    ("first-names-and-short-forms-no-list-had", "kayleigh is 10 and tiernan is only 18 months so i cant keep running "
     "up. can bron ring me back. i spoke to dessie last week. Dear Mrs Oluwadamilola Cole, re Kevaughn.",
     ["tiernan", "bron", "dessie", "Oluwadamilola", "Kevaughn"]),
]
STOP_66_EVEN_FOUND = [
    # (read from the even four of this stop's blind batch, outside-276, -278, -280, -282)
    ("a-note-s-word-that-is-a-worker-s-initials-where-those-present-are-listed",
     "**Present:** SG (chair), NB, TY, RL, AD (notes), MZ\n- Advice line cover: Mon NB · Tue TY\n"
     "### 2.1 JPH (mum DP) – Habberley Park, Y9 – NB\n- NB to check PR first.\n- **Action:** NB diary 11/3.",
     ["NB, TY", "Mon NB", "– NB", "NB to check", "NB diary"]),
    ("a-note-s-word-in-a-log-s-worker-column", "Date\tTime\tWorker\tType\n02/02/2026\t09:12\tNB\tPhone\n"
     "02/02/2026\t09:40\tJK\tEmail\n03/02/2026\t09:55\tMZ\tAR\n", ["\tNB\t"]),
    ("a-case-heading-with-its-details-its-workers-and-its-bare-number",
     "## 2. Case round-up\n\n### RC (Yr5, Holway Park) – JC – SIASS/25/0588 – RAG: Green\n- AR held.\n\n"
     "### OFH (Yr11, Tor Meadow) – SP – 24/1187 – RAG: Amber\n- Post-16.\n\n### IRP (3, Wivey) – KA (BH covering) "
     "– 0659 – RAG: Amber\n- Mum chasing.\n\n## 5. MAR – SM – BSS-25-1230\n- LA letter.\n\n## 8. RF-H – SM – "
     "BSS-25-0802\n\n### 2.4 FW (mum JW) – Abbey Vale High, Y8 – AD\n- New.",
     ["RC (", "JC –", "OFH", "SP –", "24/1187", "IRP", "KA (", "BH covering", "0659", "MAR –", "SM –", "RF-H",
      "FW (", "– AD"]),
    ("a-pet-named-right-after-its-kind", "He said: I like Lego and our dog Biscuit. I live with Mummy and our dog "
     "Pickle.", ["Biscuit", "Pickle"]),
    ("a-relation-s-name-in-lower-case-in-brackets-or-said-of-next", "hello this is gary i'm ringing about my grandson "
     "mason he's at school. chaz (thats what his little sister poppy calls him) hates it. my mum (sue - 07700 900 874) "
     "can pass a message on", ["mason", "poppy", "sue"]),
    ("a-letter-thanked-and-a-letter-signing-under-the-thanks", "Thanks L, owe you one\nB\n\nBernadette (Bernie) "
     "Kinsella\nSenior Advice Officer", ["Thanks L", "\nB\n"]),
    ("a-child-s-first-name-before-her-case-s-reference-in-a-log-s-cell", "04/02/2026\t15:30\tMs Ana Ferreira\tMum\t"
     "Phone in\tTiago WKC-25-0843\tdraft plan\n09/02/2026\t11:30\tRose Grant\tNan\tPhone in\tSummer "
     "WKC-24-0803\tPEP", ["Tiago", "Summer"]),
    ("a-base-named-in-quotes-after-its-kind-or-before-the-school-s-room",
     "First preference: Kingsbrook View Secondary School (mainstream academy with an ASD resource base, “the Hive”). "
     "ME noted that the Hive is full.\n- 1st pref Kingsbrook View (ASD base \"the Hive\") – says Hive full for Y7.\n"
     "He spends most of his time in The Bridge, the school's inclusion room. Tuition (Westminster Tuition Centre).",
     ["Hive", "The Bridge", "Tuition Centre"]),
    ("an-alternative-provision-named-before-its-letters", "School pushing Pathways AP mornings from 5/1. Not happy "
     "with Pathways.", ["Pathways"]),
    ("a-preferred-short-name-a-first-name-before-her-titled-surname-and-a-lower-sign-off-over-the-full-name",
     "Child / young person\tRiley Chedzoy (prefers Ri or Riles)\n17/02/2026\t10:05\tMay (Mrs Fitzpatrick)\tNan\n"
     "- Prissy (Mrs Loveridge) prefers phone.\n02/02/2026\tMr Okonedo (SENCo HRA)\tProfessional\nsorry for the "
     "essay\nshell x\n(michelle baylis)\n", ["Riles", "May (", "Prissy", "HRA", "shell x"]),
    ("a-worker-s-initials-before-or-after-her-role-and-a-reference-in-capitals", "- JCB (DHT/SENCo) writing a "
     "letter.\n- PS (Lead EHCC, south) supportive.\n- Draft minutes from SENCo (DQH) came through.\nthe reference "
     "lisa gave me was SIASS 25 0701 or so", ["JCB", "PS (", "DQH", "SIASS 25 0701"]),
    ("a-teacher-by-her-title-and-letter-and-a-child-by-his-name-and-letter-in-lower-case", "the TA he liked miss k "
     "left at christmas. miss b his form tutor is nice. theres one lad tyler b who keeps filming him. but misses "
     "pollard said hes fine.", ["miss k", "miss b", "tyler b", "pollard"]),
    ("a-call-s-number-address-postcode-and-reference-as-a-transcript-writes-them",
     "[00:00:50] CALLER: yeah so my number is oh seven seven double oh\n[00:00:55] CALLER: nine oh oh one nine six "
     "sorry\n[00:01:14] Speaker 2: it's flat two twelve port street in evesham\n[00:01:25] Speaker 1: w r 11 3 zd "
     "lovely\n[00:01:30] Caller: i'm staying at me mum's twenty two laburnum grove\n[00:05:16] Speaker 1: sias 25 "
     "1203 i'll put it in the email", ["double oh", "nine oh oh one", "two twelve port", "w r 11 3 zd", "laburnum",
                                      "sias 25 1203"]),
]
STOP_66_KEPT = [
    ("words-before-letters-that-do-not-sound-like-them", "[00:00:20] Caller: he has the ehcp E H C P and the plan\n"
     "[00:00:30] Caller: year five then p e r r y", ["ehcp", "year five then"]),
    ("words-a-scan-misread-near-a-name-that-are-none", "The 1oca1 authority wi11 ca11.\nDear Mrs Pilkington\n"
     "Room 1. Section 2/3. Pickings/2 and Pilkin/2 forms. Pilot/25.", ["Room 1.", "Section 2/3", "Pickings/2",
                                                                     "Pilkin/2", "Pilot/25"]),
]
STOP_66_EVEN_KEPT = [
    ("nota-bene-and-a-role-s-letters-stay", "**Present:** SG (chair), NB, TY, RL\nNB: the panel meets monthly.\n"
     "Date\tTime\tWorker\tContact\n02/02/2026\t09:12\tJK\tGP\n02/02/2026\t09:40\tMZ\tSW\n"
     "03/02/2026\t09:55\tRL\tNA\n", ["NB: the panel", "\tGP\n", "\tSW\n", "\tNA\n"]),
    ("nota-bene-where-no-one-is-nb", "NB: check the date. PS I will ring you. NB the form is new.",
     ["NB: check", "PS I will", "NB the form"]),
    ("a-status-s-colour-where-a-child-is-called-amber", "### Amber C (Yr8) – BH – 0681 – RAG: Green\n- Amber on "
     "reduced timetable.\n### SK (Yr8) – RV – 0674 – RAG: **Amber**\nRAG status Amber. St Mary's RC (VA) Primary. "
     "### AOB – parking (Y6) – TW – 0674", ["RAG: **Amber**", "RAG status Amber", "RC (VA)", "AOB"]),
    ("words-after-a-pet-a-relation-s-bracket-or-a-reference-that-are-no-one", "I fed the dog Then we went out. our "
     "dog When he barks. my dad (not well) said no. Thanks all, see you\nBest wishes\n05/02/2026\tRe WKC-25-0843\t"
     "Update WKC-25-0843\n", ["dog Then", "dog When", "(not well)", "Thanks all", "\tRe ", "\tUpdate "]),
    ("a-count-after-a-possession-or-a-sum-is-no-address-nor-reference", "my nan's three sisters close ranks. we paid "
     "25 1000 pounds. it was page 12 1234. i have 2 of 10 3 am.", ["three sisters close", "paid 25 1000",
                                                                   "page 12 1234", "10 3 am"]),
    ("a-subject-preferred-a-group-s-teacher-and-a-time-before-a-month-stay", "he prefers Maths or English "
     "(prefers Maths or English). Reading (Mr Smith) group.\n17/02/2026\t10:05\tMay half term", ["Maths or English)",
                                                                                                 "Reading (", "10:05"]),
    ("a-kind-of-provision-before-its-letters-is-no-name", "He went to the Local AP. Any AP is fine. Registered AP "
     "only. The school has an ASD base, the pupils use it.", ["Local AP", "Any AP", "Registered AP", "ASD base"]),
]

STOP_66_REVIEW_KEPT = [
    # (a review of this stop's patch: ordinary text shaped like each new rule's trigger)
    ("nota-bene-where-nb-is-a-worker-too", "**Present:** SG (chair), NB, TY, KM\nNB - mum has not had the draft\n"
     "NB the LA deadline is 20 weeks (NB: check address first)\nNB, TY and PS all there. PS - can you send the link?",
     ["NB - mum", "NB the LA", "(NB: check", "PS - can"]),
    ("a-heading-s-middle-letters-and-a-topic-s-abbreviation-are-no-worker", "### FW (Y8) – Transport – PTP – AD\n"
     "### GH (Y5) – Exclusion – FTE – MR\n### EHCP (Yr9 phase transfer) – KM – 24/1187\n### ADHD (Y4) – TW – 0715 "
     "– referral\n### LL (EHE) – JC – 0560 – RED\n### TAC – SW – 1400 – Room 2", ["PTP", "FTE", "EHCP (", "ADHD (",
                                                                                     "RED", "1400"]),
    ("a-child-s-list-after-her-pet-and-a-pet-s-verb", "my dog, Fortnite and my Xbox. my rabbit, Pokemon cards. My pony "
     "Loves carrots. My dog Died last year.", ["Fortnite", "Pokemon", "Loves", "Died"]),
    ("rooms-chapters-hours-and-kept-terms-with-numbers-are-no-postcode-nor-reference", "[00:00:01] Speaker 1: meeting "
     "in rm 1 1st floor, see ch 3 2nd para, he has b 2 1hr sessions. rm 12 1430, sats 24 2025, gcse 25 2027, dla 25 "
     "1000, decision july 21 2025. GCSE 25 2027.", ["rm 1 1st", "ch 3 2nd", "b 2 1hr", "rm 12 1430", "sats 24",
                                                   "gcse 25", "dla 25", "GCSE 25"]),
    ("a-bed-count-after-whose-house-is-no-address", "my nan's three bed terrace. my sister's three children live close "
     "by. it's a flat one two bed place with a garden view.", ["three bed terrace", "three children", "two bed place"]),
    ("a-kind-of-base-and-a-school-s-role-are-no-setting", "in the ASD base, the Teacher says. Mum likes The Deputy, "
     "the school's ASD base lead. Equine AP and Funded AP.", ["the Teacher", "The Deputy", "Equine", "Funded"]),
    ("missing-a-lesson-and-a-kiss-are-no-teacher", "he misses school and misses his dad. i miss a lot. i will miss "
     "u. Plan b, ok. grade c, fine. he got a b. see you x", ["misses school", "misses his", "miss a lot", "miss u",
                                                           "Plan b", "grade c", "a b."]),
    ("a-label-s-number-is-no-misread-name", "The 1oca1 authority wi11 ca11. Mrs Weeks came. Week2 and Week3 done.",
     ["Week2", "Week3"]),
    ("a-status-rated-where-a-child-is-called-amber", "- Amber C is in Y8. RAG rated Amber. RAG rating changed to Amber.",
     ["rated Amber", "to Amber"]),
]

STOP_66_SECOND_REVIEW_FOUND = [
    ("a-title-s-initial-and-surname-in-lower-case-is-read-whole-by-the-title-s-rule", "so i found the letter, its from "
     "a mrs c. brandon-hughes (assistant head inclusion) dated 9.5.25 and the TA he liked miss k left",
     ["brandon-hughes", "miss k"]),
    ("a-heading-s-child-and-workers-in-a-run-and-what-the-review-found-lost",
     "### TM (Yr5, Tor Meadow) – SW – 0674 – RAG\n### JD (Yr8) – KM – JC – 0674\nit's flat four eleven harbour view. "
     "new address is 12 fore st, wr 11 3zd. our dog Biscuit died last week. attends Compass AP three mornings. ASD "
     "base, The Hive, is full.\nshell x\n\n(michelle baylis)", ["0674", "JC –", "harbour view", "wr 11 3zd", "Biscuit",
                                                             "Compass", "The Hive", "shell x"]),
]
STOP_66_SECOND_REVIEW_KEPT = [
    ("a-title-s-initial-before-a-surname-and-a-misread-word-are-read-whole", "its from a mrs c. brandon-hughes "
     "(assistant head inclusion) dated 9.5.25.\nThe 1oca1 authority wi11 ca11.\nTyped by: S. Hartley (Medica1 "
     "Secretary)\nDr Medina Khan", ["Medica1 Secretary"]),
    ("a-post-s-terms-in-brackets-are-no-one-s-initials", "SENCo (PT) rang. SENCo (NEW) from Sept. Senco (OOO) til "
     "monday. SENCo (TBC) to confirm. DHT (KS1) and AHT (KS2). SENCo (ACTING).", ["(PT)", "(NEW)", "(OOO)", "(TBC)",
                                                                                 "(KS1)", "(ACTING)"]),
    ("units-invoices-abbreviated-subjects-and-a-sign-off-s-channel-stay", "HRS 25 1230 per yr. Invoice INV 24 5567. "
     "he is going to miss p.e. again. will he miss b, c and d sessions. he misses geog and sci.\nthanks x\n"
     "(via whatsapp)\nbye x\n(Mum Dad)", ["HRS 25 1230", "INV 24 5567", "miss p.e.", "miss b, c", "misses geog",
                                         "thanks x", "bye x"]),
]

STOP_67_FOUND = [
    # (classes read from the sets read before stop 67 and from its even four, after their blind score)
    ("a-name-that-is-a-word-before-a-verb-of-who-comes-or-acts-in-a-parent-s-messages",
     "08/01/2026 23:55  Kayleigh Dunn: i just sat there and cried tbh. mark said he'd come with me\n"
     "12/01/2026 21:34  Kayleigh Dunn: they said jay swore at a dinner lady\n"
     "13/01/2026 23:11  Kayleigh Dunn: jay come home today\n"
     "[11/01/2026 00:12] Jodie: after lunch, will pushed him first everyone knows will winds him up",
     ["mark said", "jay swore", "jay come", "will pushed", "will winds"]),
    ("a-postcode-said-in-a-call-just-before-it-is-written-or-after-the-question",
     "[00:01:40] Agent: And the postcode?\n[00:01:48] Caller: Twelve Hollins Row, in Inkersall. S forty three, "
     "three q y.\n[00:01:56] Agent: S43 3QY. And a phone number\n[00:02:15] AGENT: And a postcode?\n"
     "[00:02:20] CALLER: C T nine, um, two R B.\n[00:03:05] CALLER: Forty-two Tavy Close, PL6 4RW.\n"
     "[00:03:11] AGENT: P L six four R double U, forty-two Tavy Close. Lovely.",
     ["forty three, three q y", "C T nine", "two R B", "six four R double U"]),
    ("a-shared-mailbox-s-word-said-before-its-domain", "[00:04:02] Caller: There's an email, it's governance at "
     "speedwell park dot org dot uk. Or clerk at oakfield school dot org dot uk.", ["governance at", "clerk at"]),
    ("three-letters-spelled-after-the-name-they-spell", "[00:00:32] CALLER: Anna Maria. Er, Ana with one n, a n a, "
     "and then the hyphen, Maria.", ["a n a"]),
    ("a-room-or-a-floor-before-an-office-s-building-and-its-postcode", "Devon County Council  SEN 0-25 Team  "
     "Room 2.14, Caddsdown House, Exeter EX2 9QD\nSEN Team, Floor 3, Drake's Wharf, Plymouth PL1 9ZX",
     ["Room 2.14", "Floor 3"]),
    ("a-name-s-initials-that-are-an-abbreviation-where-the-text-uses-them-only-as-hers", "Present: Gail Pickering, "
     "Sam Holt\nGP welcomed everyone. SH took notes.", ["GP welcomed"]),
    ("a-review-s-losses-where-a-log-names-who-wrote-or-a-call-is-answered", "Adviser: Sam Ahmed\nMum happy to "
     "wait for a call from SA next week.\nCaseworker: Megan Hart\n12/03 Email from MH re appeal deadline.\n"
     "Adviser: Dan Shaw\nPapers from DS rec'd today.\nGood morning, SEND Information Advice and Support Service, "
     "Shona speaking, how can I help?\nMum: Jay Barker hit him again\nMum: i dont want him sat near that jay again",
     ["from SA", "from MH", "from DS", "Shona speaking", "that jay"]),
    ("a-name-s-initials-that-are-an-abbreviation-before-the-day-she-signed", "Present: Nikki Bell, Tom Vance, Mary "
     "Evans\nMum rang about the plan.\nNote circulated by NB 23/01/2025 via secure e-mail.\nPK: passed to JM – he "
     "spoke to TV 04/03 already.\nME 18/04/24", ["by NB", "to TV", "ME 1"]),
    ("a-worker-s-letters-that-dictated-a-letter-or-that-come-back-and-a-helper-who-read-it",
     "Dictated: FAR / typed: sj\nAsked dad to gather evidence.\tTW when back\tDS-26-0015\n"
     "Farhia read this letter through with Hodan in Somali on 16/01.", ["FAR", "TW when", "Farhia"]),
    ("a-first-name-and-the-hyphened-initials-of-a-surname-of-two", "| Kai A-T (Y5, Weston Barton Primary) | "
     "suspensions |\n**4a. NS – Kai A-T**\nContact Kai A-T's mum re meeting", ["A-T"]),
    ("a-name-that-is-a-word-greeted-at-a-message-s-start", '"hi rob this is the letter from dr obi like you asked"\n'
     "hi dawn just to let u know hes ok\nhey jay, its me", ["rob this", "dawn just", "jay, its"]),
]

STOP_67_KEPT = [
    ("an-event-s-letters-before-a-role-are-no-one-s-initials", "dad v upset after AR, SENCo says no TA hrs left. "
     "since the PEP, SENCo agreed. Spoke to JB, SENCo at the school.", ["AR, SENCo", "PEP, SENCo"]),
    ("a-council-s-letters-in-a-log-s-authority-column-and-after-transfer-to", "Date\tStaff\tContact\tSetting\tLA\t"
     "Ref\tSummary\n05/01/2026\tTM\tKayleigh Turton\tCarr Vale Primary School\tDCC\tDS-2025-0199\tLeft VM.\n"
     "05/01/2026\tRH\tSam Iqbal\tAlvaston Meadows Infant School\tDCiC\tDS-2025-0611\tEP visit 20/01. Transfer to "
     "DCC - who does AR?", ["\tDCC\t", "\tDCiC\t", "Transfer to DCC"]),
    ("a-language-that-is-a-first-name-too-where-a-language-is-meant", "The family speak Shona and English at home. "
     "Mum asked for a Shona interpreter.", ["speak Shona", "a Shona interpreter"]),
    ("a-word-name-s-copies-after-an-article-and-its-modal-and-greetings-stay-words",
     "Kayleigh: mark came with me. jay come home with a mark on his face. the mark was bad. i will need to ring. "
     "they will pass it on. we will discuss it. hi hope you are well. hi there this is the letter. hi will you ring. "
     "summer was hot", ["a mark on", "the mark was", "will need", "will pass", "will discuss", "hi hope",
                        "hi there", "hi will you", "summer was hot"]),
    ("a-name-s-initials-that-are-an-abbreviation-the-log-uses-as-one-stay-it", "Date\tTime\tCaller\tRel\tType\tLA\t"
     "Summary\tStaff\n07/03/25\t16:30\tKerry-Ann Doyle\tMum\tTel in\tBCC\tMillie AR 18/3 - wants help\tMG\n"
     "07/03/25\t16:40\tSukhwinder Bains\tMum\tTel in\tSMBC\tSALT cut in sect F w/o AR - wants to complain\tMG\n"
     "12/03/25\t10:05\tAmy Rowe\tMum\tWeb form\tSMBC\tEBSA - Poppy Yr5\tTN\n"
     "13/03/25\t11:11\tAgnieszka\tMum\tEmail\tSMBC\tMinutes from AR rec'd - not accurate\tJW\n"
     "03/12/2025\t10:14\tShazia Akhtar\tM\tRayyan (Y2)\tTel in (ADV LINE)\tRefusal to assess\tTM",
     ["Tel in\tBCC", "Tel in (ADV LINE)"]),
    ("a-review-s-ordinary-words-shaped-like-this-stop-s-rules-stay",
     "hes got autism and will always need someone with him at dinner. she gets overwhelmed and will sometimes hit "
     "out\nMum: he had an ok day today, art went well but maths was a disaster\nMum: they want him to take art, music "
     "and food tech\nMum: school rang, bill came to 40 quid for the trip\nMum: hope went out the window when i read it"
     "\nParentmail texted to say the school is closed. Weduc emailed all parents.\nShe has a place at Football Camp "
     "in the holidays.\nJo Smith\nLevel 2 Support Worker\n14 Acacia Road\nLeeds LS6 2AB\nToday he spelled Cat and "
     "Dog all by himself: c a t, d o g!\nhi angel just to let u know the taxi is booked\nDict: HT / typed: jb",
     ["will always", "will sometimes", "art went", "take art", "bill came", "hope went", "Parentmail texted",
      "Weduc emailed", "Football Camp", "Level 2 Support", "c a t", "hi angel", "HT /"]),
    ("roles-and-services-when-back-and-an-a-to-z-stay", "CAMHS when back from leave. EP when back. SEN when back. "
     "Makaton helped a lot. Grace has an A-Z of feelings. She left the nursery and infant school.",
     ["CAMHS when", "EP when", "SEN when", "Makaton helped", "A-Z of", "nursery and infant school"]),
]


LATER_FOUND = TWENTY_SECOND_FOUND + WIDER_FOUND + THIRTIETH_FOUND + THIRTY_SIXTH_FOUND + THIRTY_SEVENTH_FOUND \
    + FORTY_THIRD_FOUND + FORTY_FIFTH_FOUND + FORTY_SIXTH_FOUND + FORTY_SEVENTH_FOUND + FORTY_EIGHTH_FOUND \
    + FIFTY_FOURTH_FOUND + STOP_33_FOUND + FIFTY_SIXTH_FOUND + FIFTY_SEVENTH_FOUND \
    + FIFTY_NINTH_FOUND + STOP_35_FOUND + STOP_35_REVIEW_FOUND + SIXTIETH_FOUND + STOP_36_FOUND \
    + STOP_37_FOUND + STOP_38_FOUND + STOP_39_FOUND + STOP_40_FOUND + STOP_41_FOUND + STOP_42_FOUND + STOP_43_REVIEW_FOUND + STOP_43_FOUND \
    + STOP_44_FOUND + STOP_46_FOUND + STOP_47_FOUND + STOP_48_FOUND + STOP_49_FOUND + STOP_50_FOUND + STOP_51_FOUND + STOP_52_FOUND \
    + STOP_53_FOUND + STOP_54_FOUND + STOP_55_FOUND + STOP_55_REVIEW_FOUND + STOP_56_FOUND + STOP_57_FOUND \
    + STOP_58_FOUND + STOP_58_REVIEW_FOUND + STOP_59_FOUND + STOP_60_FOUND + STOP_60_LATER_FOUND + STOP_60_EARLIER_SETS_FOUND \
    + STOP_60_WHOLE_FOUND + STOP_61_FOUND + STOP_61_LATER_FOUND + STOP_62_FOUND + STOP_63_FOUND + STOP_64_FOUND + STOP_65_FOUND + STOP_66_FOUND + STOP_66_EVEN_FOUND + STOP_66_SECOND_REVIEW_FOUND + STOP_67_FOUND
LATER_KEPT = TWENTY_SECOND_KEPT + WIDER_KEPT + THIRTIETH_KEPT + THIRTY_SIXTH_KEPT + THIRTY_SEVENTH_KEPT \
    + FORTY_THIRD_KEPT + FORTY_FIFTH_KEPT + FORTY_SIXTH_KEPT + FORTY_SEVENTH_KEPT + FORTY_EIGHTH_KEPT \
    + FIFTY_FOURTH_KEPT + STOP_33_KEPT + FIFTY_SIXTH_KEPT + FIFTY_SEVENTH_KEPT \
    + FIFTY_NINTH_KEPT + STOP_35_KEPT + STOP_35_REVIEW_KEPT + SIXTIETH_KEPT + STOP_36_KEPT \
    + STOP_37_KEPT + STOP_38_KEPT + STOP_39_KEPT + STOP_40_KEPT + STOP_41_KEPT + STOP_42_KEPT + STOP_43_REVIEW_KEPT + STOP_43_KEPT \
    + STOP_44_KEPT + STOP_46_KEPT + STOP_47_KEPT + STOP_48_KEPT + STOP_49_KEPT + STOP_50_KEPT + STOP_51_KEPT + STOP_52_KEPT \
    + STOP_53_KEPT + STOP_54_KEPT + STOP_55_KEPT + STOP_55_REVIEW_KEPT + STOP_56_KEPT + STOP_56_REVIEW_KEPT \
    + STOP_57_KEPT + STOP_58_KEPT + STOP_58_REVIEW + STOP_59_KEPT + STOP_59_REVIEW + STOP_60_KEPT + STOP_61_KEPT + STOP_62_KEPT + STOP_63_KEPT + STOP_64_KEPT + STOP_65_KEPT + STOP_66_KEPT + STOP_66_EVEN_KEPT + STOP_66_REVIEW_KEPT + STOP_66_SECOND_REVIEW_KEPT + STOP_67_KEPT


@pytest.mark.parametrize("text,expected", [r[1:] for r in LATER_FOUND], ids=[r[0] for r in LATER_FOUND])
def test_later_blind_set_classes_are_found(anonymise, text, expected):
    out, _ = anonymise(text)
    for name in expected:
        assert name not in out, "an identifier was left in the draft"


@pytest.mark.parametrize("text,kept", [r[1:] for r in LATER_KEPT], ids=[r[0] for r in LATER_KEPT])
def test_later_blind_set_words_are_kept(anonymise, text, kept):
    out, _ = anonymise(text)
    for term in kept:
        assert term in out, "an ordinary word or number was redacted"


def test_days_and_months_a_duty_log_writes_after_its_words_are_dates(detector):
    """A log's words of when before a day and month ("email 7/3", "took call 11/3", "susp 11/2",
    "wk of 10/3", "draft to mum 11/3") date it; a share or a count after the same words ("offer 1/2
    price", "Call 3/3 made", a score, a service's letters and a count) and the worker's letters
    before "wk" stay what they are."""
    text = ("advice (email 7/3). DM took call 11/3. DBS cleared 5/3. susp 11/2 again. PR wrote to LA 12/2. "
            "TB wk of 10/3. draft to mum 11/3. diary 13/3. offer 5/2 10am. offer 1/2 price. Call 3/3 made. "
            "Wrote spellings 8/10 today. Speech sessions attended. SLT 5/6")
    found = {text[f.start:f.end]: f.type for f in detector.detect(text)}
    for day in ("7/3", "11/3", "5/3", "11/2", "12/2", "10/3", "13/3", "5/2"):
        assert found.get(day) == "DATE", "a logged day was left"
    for count in ("1/2", "3/3", "8/10", "5/6"):
        assert count not in found, "a share or a count was read as a date"
    assert "TB wk" not in found, "a note's shorthand was read as part of a name"


def test_days_a_log_writes_with_a_stop_or_alone_are_dates(detector):
    """A log's day and month with a stop after what was done ("closed 14.3", "requested 20.06",
    "letter says 11.3-12.3", "last mtg (26.02)") or under its "Date" or "By" column,
    and a day alone where only a date is meant ("it was the 9th not the 19th", "off (24th-28th)",
    "booked 17th 11am", "dated 7th re", "the 3rd of this month") are dates; a time, a measure and a
    section's number after the same words stay, and so do ordinals, scores and counts a review found
    them taking ("it was the 3rd in a row", "reading age (RA) 8.6", "collected 5/6 stars", "9.05"
    under "When")."""
    text = ("closed 14.3. Mediation cert requested 20.06. letter says 11.3-12.3. "
            "Actions from last mtg (26.02). I think it was the 9th not the 19th. I'm off (24th-28th). Interp booked "
            "17th 11am. School's letter dated 7th re the notice. That was the 3rd of this month. (letter 13/3, ref on "
            "file). as requested by Nan 12/3. Epilepsy training now booked 2/12 with the nurse.\n"
            "FU after 3.10 call. appt 2.05 pm. received 4.5 hours. closed section 2.3.\n"
            "it was the 3rd in a row. It is the 2nd and final warning. the 1st re-assessment. reading age (RA) 8.6. "
            "Section F says 2.1 and 2.2. After 3.5 terms. He collected 5/6 stars. Letter 1/2 attached.\n"
            "| # | Action | When |\n|---|---|---|\n| 1 | Call | 9.05 |\n\n"
            "Date\tTime\tBy\n10/03/25\t09:05\tJE\n11.3\t08:55\tJE\n\n| # | Action | By |\n|---|---|---|\n| 3 | Call | 21.3 |\n")
    found = {text[f.start:f.end]: f.type for f in detector.detect(text)}
    for day in ("14.3", "20.06", "11.3-12.3", "26.02", "9th", "19th", "24th-28th", "17th", "7th", "3rd", "13/3",
                "12/3", "21.3", "2/12"):
        assert found.get(day) == "DATE", "a logged day was left"
    for other in ("3.10", "2.05", "4.5", "2.3", "2nd", "1st", "8.6", "2.1", "3.5", "5/6", "1/2", "9.05"):
        assert other not in found, "a time, a measure or a section was read as a date"


def test_an_owner_and_a_family_title_before_a_name_stay_words(anonymise):
    """"My Grandad Frank calls me Rosie": NER's span began at "My"; the draft once read "Andrea
    Grandad Pearson". The owner and the title stay, and the name alone is replaced."""
    out, _ = anonymise("My Grandad Frank calls me Rosie. Our Uncle Tez came too.")
    assert out.startswith("My Grandad "), "the owner or the family title was replaced"
    assert "Frank" not in out and "Rosie" not in out and "Tez" not in out
    assert "Our Uncle " in out


def test_a_post_s_words_are_no_name_and_a_job_title_no_school(detector):
    """"Highly Specialist Speech and Language Therapist" is a post, and "School Business Manager"
    under a signature's name a job title: neither is touched, and the name above it is a person."""
    text = ("Author\tRachel Fenwick-Ahmed, Highly Specialist Speech and Language Therapist\n\nBest wishes,\n"
            "Lorraine Tait\nSchool Business Manager\nCastletown Park School")
    found = detector.detect(text)
    for post in ("Highly Specialist Speech and Language Therapist", "School Business Manager"):
        i = text.index(post)
        assert not any(f.start < i + len(post) and i < f.end for f in found), "a post's words were redacted"
    assert any(f.type == "PERSON" and text[f.start:f.end] == "Lorraine Tait" for f in found), \
        "the name above a job title was not read as a person"


def test_a_mobile_after_its_number_s_word_is_a_phone_not_a_reference(detector):
    """"his number is 07700 900123": a reference's label ("number") and a phone's shape both read it;
    the phone's own shape wins the tie, so the draft says a phone number was there."""
    text = "Dad rang back, his number is 07700 900123. Tribunal ref EH800/25/01234."
    types = {text[f.start:f.end]: f.type for f in detector.detect(text)}
    assert types["07700 900123"] == "PHONE"
    assert types["EH800/25/01234"] == "CASE_REF"


def test_a_possessive_written_without_its_apostrophe_takes_the_names_pseudonym(anonymise):
    # (outside-198: "paddys mam" where "paddy" is the child; the draft reads "hughs mam" where he is "hugh")
    out, _ = anonymise("hiya its bridget, paddys mam. paddy is 12 and paddys date of birth is 4/7/2011.")
    assert "paddy" not in out
    new = re.search(r"(\w+) is 12", out).group(1)
    assert new != "paddy"
    possessive = new + ("'" if new.endswith("s") else "s")
    assert f"{possessive} mam" in out and f"{possessive} date of birth" in out, "the possessive is not the child's pseudonym"
