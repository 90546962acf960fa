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
    # The ways people actually say it (the issue's own examples, one per class of wording)
    ("not-wake-up", "I just want to go to sleep and not wake up."),
    ("no-point", "there's no point any more"),
    ("scratching", "she's been scratching herself with a compass"),
    ("no-food", "there's never any food in when I visit"),
    ("999", "my ex turned up again and I had to ring 999"),
    ("gifts-from-adults", "a man at the shop gives him vapes and lifts"),
    ("missing", "she didn't come home until the next afternoon"),
    ("secret", "an older man from the gym has been messaging her and said to keep it their secret"),
    ("abroad-husband", "they're taking her abroad in the summer to meet her husband"),
    ("bring-something", "he said he's going to bring something to school to sort them out"),
    ("your-office", "I know where your office is"),
    ("staff-drag", "the TA dragged him by the arm into the quiet room"),
    ("bridge", "He was found on the wrong side of the railings on the footbridge."),
    ("said-no", "i said no and mum took my passport and put it in dads safe. by the time we come "
                "back ill have a husband"),
    ("giving-away", "He wrote to each of us saying sorry, then gave his xbox to his cousin."),
    ("goodbye-note", "Mum found a goodbye note under his pillow."),
    # classes read from a blind set (risk-7), in words of our own
    ("family-name", "Her uncles say she has blackened the family's name and they will sort it when they visit."),
    ("in-the-ground", "Dad told reception he would put the deputy head in the ground."),
    ("nothing-to-lose", "He rang again, said he has nothing left to lose now."),
    ("by-her-car", "A man has been waiting by her car after work three days running."),
    ("strapped-for-hours", "They leave him strapped in his chair for hours when he is unsettled."),
    ("dragged-by-ankles", "The lunchtime staff pulled him across the hall by his ankles."),
    ("wont-need-me", "I've put the kids' things in order so the family won't need me for any of it."),
    ("forearms", "Her TA noticed new cuts on her forearms and hands."),
    # classes read from risk-check and risk-8, in words of our own
    ("tape-on-mouth", "The escort puts tape over his mouth when he hums in the taxi."),
    ("slaps-legs", "Mum says the carer slaps her legs if she won't sit still."),
    ("settled-back-home", "They will take her back home this summer to get her settled with a cousin."),
    ("checks-calls", "Please only e-mail me, my husband checks my calls."),
    ("ligature", "Dad found a belt tied in a loop on the bunk bed rail last night."),
    ("would-it-hold", "She said she was only seeing if it would hold."),
    ("throat", "He had her up against the wall by the throat on Saturday."),
    ("not-been-home", "His nan says he hasn't been home since Thursday."),
    ("list-of-names", "He has written a list of names of people at school."),
    ("not-laughing", "They won't be laughing after Friday, he wrote."),
    ("asked-whether-later", "Mum showed me texts where the coach asks him to send photos after his bath, "
                            "and she asked whether she should mention it at the meeting."),
]


@pytest.mark.parametrize("text", [t for _, t in FLAGS], ids=[i for i, _ in FLAGS])
def test_serious_harm_language_needs_the_lead(text):
    assert needs_lead(text)


CLEAR = [
    ("ordinary-casework", "Mum asked for an EHC needs assessment; the SENCO agreed to the annual review."),
    ("negated", "There are no concerns about self-harm and school reports no safeguarding issues."),
    ("denies", "He denies any self harm."),
    ("words-inside-words", "The overdue report was chased; Mr Hurtley rang back."),
    ("off-loading", "I am at the end of my tether with the council."),
    ("off-loading-violent-idiom", "I could strangle the council."),
    ("policy", "Our safeguarding policy has been updated: staff must report any disclosure of abuse."),
    ("training", "STAFF TRAINING RECORD\nCourse: self-harm and suicide awareness. Warning signs include "
                 "giving possessions away."),
    ("trip", "RISK ASSESSMENT\nYoung person going missing: headcounts at every transition."),
    ("closed-history", "Mar 2023 - domestic abuse by father. Child protection plan.\n"
                       "Sep 2024 - case closed, no further concerns.\nNov 2026 - EHCNA request."),
    ("idiom", "She absolutely killed it at sports day and is dying to start college."),
    # ordinary casework that one weak cue alone once flagged
    ("continence", "She is wetting herself at school because she cannot ask to use the toilet."),
    ("pupil-passport", "DMP did a pupil passport in Y1 but mum has never seen a plan."),
    ("mark-up", "she's going to mark up & email back."),
    ("phone-confiscated", "She has taken his phone off him until he does his homework."),
    ("advice-about-police", "Advised this is a matter for school or the police rather than us."),
    ("excluded", "She thinks she's been sent away for being naughty."),
]


@pytest.mark.parametrize("text", [t for _, t in CLEAR], ids=[i for i, _ in CLEAR])
def test_ordinary_language_does_not(text):
    assert not needs_lead(text)


def test_matches_name_the_category_and_place_not_the_text():
    text = "Intro. She said she wants to die. More."
    (match,) = find_risks(text)
    assert match.category == "suicide_self_harm" and text[match.start:match.end] == "She said she wants to die."
    assert match.confidence >= 0.5 and match.level == "lead"


def test_off_loading_is_shown_apart_and_never_sets_the_flag():
    from redactor.review.risk import review
    report = review("Honestly this is killing me. I could have strangled him down the phone.")
    assert not report.needs_lead
    assert {m.category for m in report.checks} == {"offloading"}


def test_several_weak_indicators_add_up():
    from redactor.review.risk import review
    one = review("He has a new phone.")
    two = review("He has a new phone.\nHe came back with new trainers from a lad in town.")
    assert not one.needs_lead and two.needs_lead


# Long enough for the document classifiers to speak (they read whole documents): a disclosure no
# cue names, told in passing inside a routine e-mail.
UNNAMED = ("Thanks for your help with the EHCP so far. The draft came yesterday and section F still "
           "says he gets support from a TA in maths but not which one. My daughter told me her "
           "stepdad comes into her room at night and she has to keep quiet about it or her mum will "
           "be upset. Can we talk on Monday about the transport form as well?")


def test_a_disclosure_no_cue_names_still_reaches_the_lead_through_redact(tmp_path):
    """The classifiers' flag, through the real command: the lead is told, the kind is 'not
    recognised', findings.json says where (offsets), and nothing quotes the text."""
    import json

    from click.testing import CliRunner

    from redactor.cli import main
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "email.txt").write_text(UNNAMED, encoding="utf-8")
    result = CliRunner().invoke(main, ["redact", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    assert "needs lead: email.txt" in result.output and "kind not recognised" in result.output
    assert "stepdad" not in result.output and "room" not in result.output
    findings = json.loads((tmp_path / "out" / "email.txt.findings.json").read_text(encoding="utf-8"))
    assert findings["needs_lead"] is True
    (signal,) = [r for r in findings["risk"] if r["signal"] == "classifier"]
    assert 0 <= signal["start"] < signal["end"] <= len(UNNAMED)


def test_short_notes_are_left_to_the_cues():
    """On a line or two the classifiers' score stays near their prior: they never flag it."""
    from redactor.review.risk import review
    report = review("Please find attached the EHCP draft.")
    assert not report.needs_lead and not report.checks


REVIEW = ("ANNUAL REVIEW MINUTES\nPresent: SENCO (chair), mum, class teacher, SENDIASS officer.\n\n"
          "1. Progress. Reading age is up by a year and she uses her visual timetable without "
          "prompting. Maths targets met; access arrangements for tests agreed. She enjoys art and "
          "has joined the lunchtime choir. Speech and language therapy continues fortnightly.\n\n"
          "2. SEMH. She finds the dinner hall noisy and eats in the library. The class teacher saw "
          "new cuts along both her forearms on Monday, which she said help her sleep; agreed to "
          "look at the SEMH outcomes next time.\n\n"
          "3. Amendments. Section B to be updated with the new reading age. Section F: add a "
          "weekly check-in with a key adult. Section E: a new outcome on travel training.\n\n"
          "4. Next steps. The SENCO will send the paperwork to the Local Authority within two weeks. "
          "Transport stays as it is. Next review in twelve months.")


def test_one_sentence_in_a_long_ordinary_review_still_reaches_the_lead():
    """A disclosure in one sentence of a long, ordinary review: the flag stands (it is not
    doubted down to a check because the rest of the review is routine)."""
    from redactor.review.risk import review
    report = review(REVIEW)
    assert report.needs_lead and "suicide_self_harm" in report.categories
    (signal,) = [m for m in report.lead if m.category == "suicide_self_harm"]
    assert REVIEW[signal.start:signal.end].startswith("The class teacher saw")


def test_a_genuine_cue_longer_than_an_idiom_inside_it_is_not_explained_away():
    from redactor.review.risk import review
    report = review("Mum says she has nothing left to lose and she knows where the teacher lives.")
    assert "threats_to_others" in report.categories


EHCP_COMMENTS = ("Comments on the draft EHCP from the SENCO.\n\nSection B: the reading age should be "
                 "updated to 9.4 from the spring assessment, and the sensory profile from the OT added. "
                 "Section E: the outcome on independent travel needs a date and a measure. Section F: "
                 "please quantify the speech and language therapy (we suggest 30 minutes weekly, "
                 "delivered by the therapist with a TA trained to carry it on). Also for information, "
                 "on Tuesday he told his key worker he will bring his brother's knife in next week and "
                 "get Mr Hale for keeping him in at break. Section I: we agree the current placement "
                 "can meet need with the provision above. Transport: no change. Please send the final "
                 "plan to the school office. Many thanks.")


def test_a_firm_cue_is_never_doubted_away_by_the_classifiers():
    """Given a document score that would doubt any cue, a weapon to be brought in to harm a
    named teacher still sets the flag (a firm cue), while a cue that is not firm becomes a check."""
    from redactor.review.risk import assess, decide
    firm = decide(EHCP_COMMENTS, assess(EHCP_COMMENTS), 0.0)
    assert "threats_to_others" in firm.categories and any(m.firm for m in firm.lead)
    soft = "Comments on the draft plan. Mum said he has been talking about wanting to die."
    doubted = decide(soft, assess(soft), 0.0)
    assert not doubted.needs_lead and [m.category for m in doubted.checks] == ["suicide_self_harm"]
