"""Write the Word (.docx) sample documents into samples/ from the data in this file.

Run from the repository root::

    .venv/bin/python samples/build_docx.py

Every family, child, professional, number and address below is fictional. Each document is
a dict: ``file``, ``header`` and ``footer`` (page header/footer text, one paragraph each) and
``body``, a list of blocks:

* ``("title", text)``, ``("h1", text)``, ``("h2", text)`` headings;
* ``("p", text)`` a paragraph;
* ``("bullets", [text, ...])`` and ``("numbers", [text, ...])`` lists;
* ``("table", [[cell, ...], ...])`` a table whose first row is a bold header row.

Inline markup inside any text: ``**bold**``, ``*italic*`` and ``==highlighted==``. Markup in
the middle of a word splits it into runs, the way Word stores a name after an edit:
``Kac**per**`` is the runs "Kac" and bold "per", which read as "Kacper".

The gold annotations for these files are in samples/gold/<file>.json; check them with
samples/check_gold.py after changing anything here.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Pt

OUT = Path(__file__).resolve().parent

DOCUMENTS = [
    {
        "file": "annual-review-summary-lacey-mae.docx",
        "header": "CONFIDENTIAL \u2013 Smith-Hussain family \u2013 annual review 2025",
        "footer": "Rotherham SENDIASS \u00b7 Caseworker: Rebecca Hollis \u00b7 ref SIAS/2024/0833",
        "body": [
            ("title", "Annual Review \u2013 summary of meeting"),
            ("p", "This summary was written by Rotherham SENDIASS for **Kelly Smith-Hussain** and "
                  "**Imran Hussain** after the annual review of their daughter's EHC plan. It is not the "
                  "school's report, which the Local Authority will receive separately."),
            ("h1", "Child's details"),
            ("table", [
                ["Name", "DOB", "UPN", "School"],
                ["Lacey-Mae Smith-Hussain", "19/01/2017", "F372428815311",
                 "Hollowgate Primary Academy (Year 3)"],
            ]),
            ("p", "NHS number: 598 098 6162 \u00b7 Home: 112 Fitzwilliam Road, Eastwood, Rotherham S65 1RA \u00b7 "
                  "EHCP ref: 372/EHC/0611"),
            ("h1", "The meeting"),
            ("p", "Held at Hollowgate on Thursday 13 February 2025 at 9.15am. Present: mum, dad, "
                  "Miss Chloe Dawson (SENCO), Mrs Anita Greaves (Headteacher, first 20 minutes), "
                  "Ms Niamh O'Connell (Occupational Therapist, by Teams) and Rebecca Hollis (Rotherham "
                  "SENDIASS). Dr Priya D'Souza (Educational Psychologist) sent apologies and a short "
                  "written update."),
            ("h2", "Lacey-Mae's views"),
            ("p", "Lacey-**Mae** drew a picture with Miss Dawson before the meeting. She said: *\"I like "
                  "Mrs Hurst and the sensory room. I don't like dinner time because it is loud and the big "
                  "ones push. I want my baby brother Zakariya to come to my school when he is big.\"*"),
            ("h2", "What is working"),
            ("bullets", [
                "Phonics: ==Lacey-Mae== has moved up two phonics groups since September.",
                "Sensory circuits first thing every morning with Mrs Hurst.",
                "Home\u2013school book \u2013 mum says this is the best thing the school has done.",
            ]),
            ("h2", "Concerns raised by parents"),
            ("bullets", [
                "Lunchtimes: there is no named adult with LM at lunch, although Section F says there "
                "should be. Two incidents in January were at lunchtime.",
                "The school's records still show her as \"Lacey Smith\". Mum has asked for this to be "
                "corrected on all systems.",
                "Dad (Imran) asked whether the OT programme could be shared with home so it can be "
                "done at weekends.",
            ]),
            ("h2", "Agreed actions"),
            ("table", [
                ["Action", "Who", "By"],
                ["Name a trained lunchtime adult and add to Section F", "Miss Dawson", "28/02/2025"],
                ["Correct name on school records", "School office", "21 Feb 2025"],
                ["Send OT home programme to parents", "Ms O'Connell", "Half term"],
                ["Contact mum to check the report has gone to the LA", "Rebecca Hollis", "14 March 2025"],
            ]),
            ("p", "If you have any questions, ring me on 07700 900 214 or email "
                  "rebecca.hollis@rotherham-sendiass.example.org."),
        ],
    },
    {
        "file": "referral-form-mahmood.docx",
        "header": "REFERRAL \u2013 BEGUM / MAHMOOD",
        "footer": "Received by Nadia Rehman, Rotherham SENDIASS, 19/05/2025",
        "body": [
            ("title", "Rotherham SENDIASS \u2013 Referral Form"),
            ("p", "*Completed by phone with the parent, with interpreting in Pahari by the caseworker. "
                  "Read back to the parent and agreed.*"),
            ("h1", "1. Parent / carer"),
            ("table", [
                ["Question", "Answer"],
                ["Name", "Mrs Shazia Begum"],
                ["Relationship to child", "Mother"],
                ["Address", "74 Ferham Road, Ferham, Rotherham"],
                ["Postcode", "S61 1EG"],
                ["Home phone", "(0114) 496 0277"],
                ["Mobile", "+44 7700 900650"],
                ["Email", "shazia.begum74@example.com (niece Asma checks this)"],
                ["Preferred language", "Pahari (spoken), Urdu (written)"],
                ["Benefits (for DLA help only)", "Child DLA claim in progress \u2013 mum's NI no. WP 58 11 72 A"],
            ]),
            ("h1", "2. Child"),
            ("table", [
                ["Name", "DOB", "UPN", "School"],
                ["Za**yn** Mahmood", "11-12-2018", "J372433614047", "Ferham Park Primary School, Year 1"],
            ]),
            ("p", "NHS number: 5120361951. Father: **Tariq Mahmood** (shift worker, mobile 07700 900 651). "
                  "Maternal grandmother Mrs Nasreen Bibi lives with the family and does the school run."),
            ("h1", "3. Reason for referral"),
            ("p", "Mrs Begum is worried that Zayn is not talking in sentences and has "
                  "\"meltdowns\" at home after school. The Child Development Centre (Dr Imran Farooq) "
                  "has put him on the autism assessment waiting list. School (SENCO Mrs Parveen Akhtar, "
                  "class teacher Miss Hannah Cooke) have him on SEN Support. Mum would like:"),
            ("bullets", [
                "to understand what SEN Support should look like for Zayn;",
                "help to ask for an EHC needs assessment if school agree it is needed;",
                "an interpreter at school meetings (one meeting was cancelled because none was booked).",
            ]),
            ("h1", "4. Consent"),
            ("p", "Verbal consent given by Mrs Begum on 19 May 2025 to hold information and to contact "
                  "Ferham Park Primary School. Consent to share with the Child Development Centre: ==yes==."),
            ("p", "Allocated to: Nadia Rehman. Case ref: SIAS/2025/0377."),
        ],
    },
    {
        "file": "minutes-tac-nowak.docx",
        "header": "Team Around the Child \u2013 NOWAK \u2013 Oakwood High School",
        "footer": "Minutes taken by Rebecca Hollis (Rotherham SENDIASS). Circulated to attendees only.",
        "body": [
            ("title", "Team Around the Child (TAC) meeting \u2013 minutes"),
            ("p", "**Child:** Kac**per** Nowak (Year 8) \u00b7 **Date:** Wednesday 2 July 2025, 3.45pm \u00b7 "
                  "**Venue:** OHS, Learning Support base"),
            ("h1", "Attendees"),
            ("table", [
                ["Name", "Role", "Organisation"],
                ["Sarah Nowak", "Mum", "\u2013"],
                ["Tomasz Nowak", "Dad", "\u2013"],
                ["Mrs Helen Bradshaw", "SENCO", "Oakwood High School"],
                ["Mr Jonathan Ashworth", "Form tutor", "Oakwood High School"],
                ["Miss Ellie Barker", "Teaching assistant (for Kacper's part only)", "Oakwood High School"],
                ["Dr Priya D'Souza", "Educational Psychologist", "Rotherham Educational Psychology Service"],
                ["Magda Zieli\u0144ska", "Interpreter (Polish)", "Language line"],
                ["Rebecca Hollis", "IAS Officer", "Rotherham SENDIASS"],
                ["Joanne Pickering", "SEN Officer \u2013 apologies", "Rotherham MBC"],
            ]),
            ("h1", "1. Kacper's views"),
            ("p", "Kacper came in for ten minutes with Miss Barker. He did not want to talk but had typed "
                  "his views on the iPad: *\"I want to come in at 9.30 not 8.40 because the corridor is mental. "
                  "I like science and Mr Ashworth. I don't like being looked at.\"* Mum said at home he is "
                  "**Kas** and he asked everyone to call him that."),
            ("h1", "2. Update from school"),
            ("bullets", [
                "Attendance this half term 74% (up from 61%). Late start trial since 2 June has helped.",
                "Mrs Bradshaw confirmed the school has now received the EP report from Dr D'Souza.",
                "Kacper uses the Learning Support base at break and lunch.",
            ]),
            ("h1", "3. Parents' concerns"),
            ("bullets", [
                "The draft EHCP, Section F: \"access to a quiet space as needed\" \u2013 parents want hours and who.",
                "Mr Nowak asked for the final plan in Polish. Magda translated the discussion.",
                "Mum raised that Kacper's TikTok (@kas.nowak08) is public and older boys have been commenting. "
                "School will talk to him about privacy settings; mum to check his account with him.",
            ]),
            ("h1", "4. Actions"),
            ("table", [
                ["Action", "Who", "When"],
                ["Written comments on draft plan to LA", "Sarah & Tomasz with Rebecca Hollis", "09/07/2025"],
                ["Share provision map with parents", "Helen Bradshaw", "End of term"],
                ["Ask LA about a Polish translation", "Rebecca Hollis", "4th July"],
                ["Online safety session with Kacper", "Jonathan Ashworth", "September"],
            ]),
            ("p", "Next TAC: to be arranged after the final plan is issued. Family contact: Sarah Nowak, "
                  "07700 900417, snowak82@example.com."),
        ],
    },
    {
        "file": "case-example-dusan.docx",
        "header": "Training case example 9 \u2013 HORV\u00c1TH \u2013 EAL or SEN?",
        "footer": "Author: Nadia Rehman, IAS Officer \u2013 Rotherham SENDIASS \u2013 not for circulation",
        "body": [
            ("title", "Case example: \u201cHe just needs more English\u201d"),
            ("p", "*Use with module 2 (SEN Support in mainstream). Redact before use with partners.*"),
            ("h1", "Background"),
            ("p", "**Du\u0161an Horv\u00e1th** (born 7 November 2014) is in Year 5 at Greasbrough Lane Primary "
                  "School. The school system spells his name Dusan Horvath. He lives in a two-bedroom flat "
                  "in Eastwood with his mum **Ren\u00e1ta Horv\u00e1thov\u00e1**, his sister Denisa (15) and "
                  "his brother Patrik (Y2). The family moved from eastern Slovakia in 2019 and speak Slovak "
                  "and Romani at home."),
            ("p", "For three years the school put Du\u0161an's difficulties down to English as an additional "
                  "language. By Year 5 his spoken English was fluent, but he was reading at a Year 1 level "
                  "and spent most afternoons working with a TA in the corridor."),
            ("h1", "What the family told us"),
            ("bullets", [
                "Mum had been paying a tutor from church (pan Bal\u00e1\u017e) \u00a312 a week.",
                "Denisa had been interpreting at school meetings since she was 11.",
                "Mum was frightened that \u201cSEN\u201d meant a special school, as it had for her brother in Slovakia.",
            ]),
            ("h1", "What we did"),
            ("numbers", [
                "Booked a Slovak interpreter (Silvia Lakato\u0161ov\u00e1) for every call, rather than rely on Denisa.",
                "Asked the SENCO, Mr Dean Whitfield, for the SEN Support plan; there wasn't one.",
                "Supported mum at a meeting on 26 March 2025; school agreed to ask for EP involvement.",
                "Explained the difference between EAL and SEN, and that SEN Support happens in a mainstream class.",
            ]),
            ("h1", "Key facts for trainees"),
            ("table", [
                ["Name", "DOB", "UPN", "School"],
                ["Du\u0161an Horv\u00e1th", "07/11/2014", "N372286517156", "Greasbrough Lane Primary School"],
            ]),
            ("p", "Family address (for the trainer only): Flat 2, 19 Erskine Road, Rotherham S65 1RF. "
                  "Mum's mobile 07700 900 129. Our ref SIAS/2024/0877."),
            ("h1", "Questions"),
            ("numbers", [
                "How do you tell an EAL need from a learning difficulty? Who can help?",
                "What are the risks of a child interpreting for a parent at a SEN meeting?",
                "Mrs Horv\u00e1thov\u00e1 wants Du\u0161an moved to Eastwood Village Primary. What is our role?",
            ]),
        ],
    },
    {
        "file": "letter-ehcna-request-clarke.docx",
        "header": "CLARKE \u2013 request for EHC needs assessment",
        "footer": "Drafted with support from Nadia Rehman, Rotherham SENDIASS (our ref SIAS/2024/1190)",
        "body": [
            ("p", "Chantelle Clarke\n9 Sorrel Way\nKimberworth Park\nRotherham\nS61 3JB\nTel: 07700 900305"),
            ("p", "6th May 2025"),
            ("p", "SEN Assessment Team\nRotherham Metropolitan Borough Council"),
            ("p", "Dear Sir or Madam,"),
            ("h1", "Request for an Education, Health and Care needs assessment"),
            ("table", [
                ["Name", "DOB", "UPN", "School"],
                ["Malachi Clarke", "23/04/2010", "T372353015683",
                 "Riverside Pupil Referral Unit (dual registered with Thornhill Brook Academy)"],
            ]),
            ("p", "I am writing as the parent of **Malachi Clarke** to ask the Local Authority to carry out "
                  "an Education, Health and Care needs assessment under section 36 of the Children and "
                  "Families Act 2014. I believe Malachi has special educational needs and that he may need "
                  "special educational provision to be made for him through an EHC plan."),
            ("h2", "Why I am asking"),
            ("bullets", [
                "Malachi was permanently excluded from Thornhill Brook Academy in Year 9. He has been at "
                "Riverside since November and only attends in the mornings.",
                "He has been waiting for an ADHD assessment since 2022. He is now open to CAMHS (since 25 April 2025).",
                "He is reading well below his age and has never had an assessment by an Educational Psychologist.",
                "His social worker, Marcus Osei, supports this request.",
            ]),
            ("h2", "What I am sending with this letter"),
            ("numbers", [
                "Riverside's SEN Support plan (March 2025).",
                "Letter from Mr Marcus Osei, social worker, dated 29/04/2025.",
                "CAMHS letter of 25/04/2025 (NHS number 684 640 5917).",
                "Malachi's own views, written with his nan ==Beverley Clarke==.",
            ]),
            ("p", "I understand that you must tell me within six weeks whether you will carry out the "
                  "assessment. Please write to me at the address above or email "
                  "chantelle.clarke.s61@example.com. I would like Rotherham SENDIASS to receive copies of "
                  "any letters."),
            ("p", "Yours faithfully,"),
            ("p", "**Chantelle Clarke**"),
            ("p", "cc Nadia Rehman, Rotherham SENDIASS; Marcus Osei, Children's Social Care (LCS ID 2084571)"),
        ],
    },
    {
        "file": "strategic-concern-pru-placements.docx",
        "header": "OFFICIAL \u2013 SENSITIVE \u2013 Strategic concern SC-2025-03",
        "footer": "Author: Lucy Beaumont, Service Manager, Rotherham SENDIASS \u2013 v1.2",
        "body": [
            ("title", "Strategic concern: children with SEN staying long-term in alternative provision"),
            ("p", "**To:** Jenny Marsh, Head of SEND Assessment & Review, Rotherham MBC; Inclusion Panel\n"
                  "**Date:** 27 June 2025"),
            ("h1", "Summary"),
            ("p", "Pupil Referral Units are meant to be short-term. We are seeing children with identified "
                  "or suspected SEN stay at the PRU for two terms or more with no EHC needs assessment and no "
                  "plan to return to a school. This paper gives examples from our casework and asks the "
                  "Inclusion Panel to review every PRU placement over one term."),
            ("h1", "Examples from casework (with consent)"),
            ("table", [
                ["Child", "Year", "Setting", "Time at PRU", "Concern"],
                ["Malachi C.", "Y10", "Riverside Pupil Referral Unit", "7 months",
                 "Suspected ADHD; no SEN Support plan until parent asked"],
                ["Kristi\u00e1n G. (\u201cKiko\u201d)", "Y7", "Riverside PRU", "8 months",
                 "Cannot read; managed move from Rawmarsh Community Academy broke down"],
                ["Tyler Bramall", "Y11", "Riverside PRU", "14 months",
                 "EHCP naming a mainstream academy never implemented"],
            ]),
            ("p", "Mrs Debbie Fairbrother, Head of Centre at Riverside, has told us the centre has 11 pupils "
                  "on roll for over two terms and that \"some of them should never have been here\". The centre's "
                  "own prospectus (https://www.riverside-pru.example.org/about-us) describes placements as "
                  "\"6 to 12 weeks\"."),
            ("h1", "Case illustration"),
            ("p", "Kristi\u00e1n Ga\u017ei lives with his grandmother in Parkgate. After the managed move broke "
                  "down in October 2024 he was placed at Riverside. His grandmother, Mrs Ga\u017eiov\u00e1, speaks "
                  "Slovak and was not given an interpreter at the placement meeting. Our caseworker, "
                  "**Kamila Dvo\u0159\u00e1kov\u00e1**, supported her to request an EHC needs assessment on "
                  "03/03/2025; the LA agreed to assess on 2 May 2025."),
            ("h1", "What we are asking for"),
            ("bullets", [
                "A review of every PRU placement that has lasted more than one term.",
                "An EHC needs assessment to be considered for every child at the PRU over two terms.",
                "Interpreters booked as standard for placement meetings.",
                "A named officer for families \u2013 we suggest Jenny Marsh's team.",
            ]),
            ("p", "Contact: Lucy Beaumont, 01632 960 501."),
        ],
    },
    {
        "file": "casework-record-wojcik.docx",
        "header": "W\u00d3JCIK \u2013 casework record",
        "footer": "Caseworker: Rebecca Hollis \u2013 Rotherham SENDIASS",
        "body": [
            ("title", "Casework record"),
            ("table", [
                ["Name", "DOB", "UPN", "School"],
                ["Zuzanna W\u00f3jcik", "28 February 2018", "A372434413257", "Dinnington Meadows Primary (Year 2)"],
            ]),
            ("p", "Known as *Zuzia*. Parents: **Agnieszka W\u00f3jcik** and **Piotr W\u00f3jcik**. Brother Jakub "
                  "(\u201cKuba\u201d), Year 5, same school. Address: 5 Laburnum Court, Dinnington, Sheffield S25 2QE. "
                  "Mum: 07700 900 918. Our ref: SIAS/2025/0366."),
            ("h1", "Presenting issue"),
            ("p", "Zuzanna does not speak at school (Reception to now) but speaks Polish and English at home. "
                  "Mum believes this is selective mutism. School have described her as shy. She is wetting "
                  "herself at school because she cannot ask to use the toilet."),
            ("h1", "Contact log"),
            ("table", [
                ["Date", "Type", "Summary"],
                ["14/05/2025", "Phone (in)", "Mum referred herself after seeing our post in a Polish parents' group."],
                ["22/05/2025", "Home visit", "With Magda Zieli\u0144ska interpreting. See separate notes."],
                ["23/05/2025", "Email (out)", "To SENCO Mrs Tanya Birch asking for SEN Support plan and a toilet card."],
                ["06/06/2025", "Email (in)", "Mrs Birch: toilet card in place from 9 June; SALT referral to be made by school."],
                ["16/06/2025", "Phone (out)", "Mum pleased with toilet card. Asked about DLA for Zuzanna. Dad's NI no. "
                                              "TM 41 07 66 C read out from the form; advised form should be in mum's name "
                                              "if she is the main carer. Signposted to Citizens Advice."],
            ]),
            ("h1", "Outstanding"),
            ("bullets", [
                "Chase SALT referral (Bethany Lowe, who saw Zuzanna in Reception, has left the service).",
                "Review meeting at Dinnington Meadows Primary after half term.",
                "Ask mum whether she wants us to contact the GP about a mutism referral.",
            ]),
            ("p", "NHS number on file: 648 995 3064 (provided by mum; needed for the SALT referral only)."),
        ],
    },
    {
        "file": "tribunal-prep-okafor.docx",
        "header": "OKAFOR \u2013 appeal EH372/25/00093 \u2013 working notes",
        "footer": "Caseworker: Gareth Price, Senior IAS Officer \u2013 Rotherham SENDIASS",
        "body": [
            ("title", "Tribunal preparation notes"),
            ("p", "*Working document \u2013 not for disclosure to the other side.*"),
            ("table", [
                ["Name", "DOB", "UPN", "School"],
                ["Daniel Okafor", "9 Jan 2009", "J372433714964", "Swinton Lock Academy (Year 11)"],
            ]),
            ("p", "ULN 8419787174 \u00b7 EHCP ref SEN/19/2231 \u00b7 Appellants: **Blessing Okafor** and "
                  "**Chidi Okafor**, 16 Hawthorn Drive, Swinton S64 8TE \u00b7 Mum 07700 900 771"),
            ("h1", "What the appeal is about"),
            ("p", "Section I of Daniel's final amended plan (issued 08/01/2025) names \"a mainstream further "
                  "education college\" from September 2025. Parents want Kestrel Hill School sixth form named. "
                  "Dan's own view has changed: in January he wanted to go to college with his friend Tobi; "
                  "in his interview with Dr D'Souza in April he said \"college is too big, I'd get lost\"."),
            ("h1", "Hearing"),
            ("bullets", [
                "Date: Tuesday 24 June 2025, 10am, by video. Judge and one specialist member.",
                "LA witness: Joanne Pickering (SEN Officer). LA representative: Sophie Lister.",
                "Parents' witnesses: Dr Priya D'Souza (EP) and Mr Craig Whitworth (Kestrel Hill School).",
                "Dan will give his views by a recorded video made with his TA Miss Kemi Adeyemi.",
            ]),
            ("h1", "Evidence timeline"),
            ("table", [
                ["Date", "Document", "Status"],
                ["03/03/2025", "Appeal registered", "Done"],
                ["14 April 2025", "LA response due", "Received 15/04"],
                ["12/05/2025", "Parents' evidence deadline", "Sent \u2013 EP report, KHS letter, Dan's video"],
                ["10th June 2025", "Final working document", "Agreed except Section I"],
            ]),
            ("h1", "Points to make"),
            ("numbers", [
                "Mr Femi Adebayo (SENCO, Swinton Lock Academy) says Daniel needs a small, predictable setting.",
                "The LA's cost comparison leaves out transport from Swinton to the college.",
                "Kestrel Hill School has a place and has confirmed it can meet need (letter of 2 May 2025).",
            ]),
            ("p", "Dad works nights \u2013 ring mum, never before 5pm. Mum's email: blessing.okafor@example.com."),
        ],
    },
]

INLINE = re.compile(r"(\*\*.+?\*\*|==.+?==|\*.+?\*)")
BLOCK_STYLES = {"title": "Title", "h1": "Heading 1", "h2": "Heading 2", "p": None}
LIST_STYLES = {"bullets": "List Bullet", "numbers": "List Number"}


def add_runs(paragraph, text: str) -> None:
    """Append ``text`` to ``paragraph`` as runs, honouring **bold**, *italic* and ==highlight==."""
    for piece in INLINE.split(text):
        if not piece:
            continue
        if piece.startswith("**") and piece.endswith("**"):
            paragraph.add_run(piece[2:-2]).bold = True
        elif piece.startswith("==") and piece.endswith("=="):
            paragraph.add_run(piece[2:-2]).font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif piece.startswith("*") and piece.endswith("*"):
            paragraph.add_run(piece[1:-1]).italic = True
        else:
            paragraph.add_run(piece)


def add_table(document, rows: list[list[str]]) -> None:
    """Append a bordered table; the first row is the header, in bold."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            paragraph = table.cell(r, c).paragraphs[0]
            add_runs(paragraph, f"**{value}**" if r == 0 else value)


def build(spec: dict) -> Path:
    """Write one sample document described by ``spec`` and return its path."""
    document = docx.Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    document.core_properties.author = "Rotherham SENDIASS"
    document.core_properties.last_modified_by = "Rotherham SENDIASS"
    section = document.sections[0]
    add_runs(section.header.paragraphs[0], spec["header"])
    add_runs(section.footer.paragraphs[0], spec["footer"])
    for kind, content in spec["body"]:
        if kind == "table":
            add_table(document, content)
        elif kind in LIST_STYLES:
            for item in content:
                add_runs(document.add_paragraph(style=LIST_STYLES[kind]), item)
        else:
            add_runs(document.add_paragraph(style=BLOCK_STYLES[kind]), content)
    path = OUT / spec["file"]
    document.save(str(path))
    return path


if __name__ == "__main__":
    for spec in DOCUMENTS:
        build(spec)
