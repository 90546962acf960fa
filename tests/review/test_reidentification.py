"""The motivated-intruder test (issue 11) as its people meet it: staff redact and are told a draft
could still point at one family; the la-influence pipeline generalises such details by itself;
in training drafts a reviewer generalises or keeps each one (with a reason) before approval, and
the release carries the generalised words. All through the real CLI, except where a table of
wording cases reads better against the library."""

from __future__ import annotations

import json

import pytest

from redactor.detect import quasi
from redactor.replace.generalise import merge
from redactor.review import intruder
from redactor.types import Finding
from tests.review.conftest import run_as

# Invented; the borough's places are places of the borough, the condition a real rare one.
HIGH = ("Case example for training.\n\n"
        "Child A is aged 9 years 2 months and in Year 4 at School X in Brinsworth. She has "
        "Prader-Willi syndrome (PWS), diagnosed at birth. Her twin brother is at the same school. "
        "Dad is a police officer.\n\n"
        "Mum asked for help with the annual review of her PWS support.\n")
LOW = "Child B is autistic and in Year 9. Mum asked about the annual review.\n"
REPORT = ("Strategic concern: transport.\n\n"
          "Three families in Brinsworth told us the bus was late every day this term.\n")


def output_text(folder, name):
    return (folder / name).read_text(encoding="utf-8")


def apply(text, findings):
    """The text as the output would read with every detail generalised over ``findings``."""
    rows = intruder.rows(text, findings, False)
    everything = [{"action": "generalise", "detail": r["detail"]} for r in rows]
    out = text
    general = intruder.findings_of(intruder.findings_rows(findings) + rows, everything)
    for f in sorted(merge(findings, general), key=lambda f: -f.start):
        out = out[:f.start] + (f.replacement or "[X]") + out[f.end:]
    return out, intruder.assess(rows)


def places(text, *names):
    return [Finding("LOCATION", i, i + len(n), 1.0, "test") for n in names
            for i in [text.find(n)] if i >= 0]


# -- what is found, and how it reads generalised --------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("She has Prader-Willi syndrome (PWS).", "She has a rare genetic condition."),
    ("Her PWS means she is always hungry.", "Her rare genetic condition means she is always hungry."),
    ("A PWS nurse visits.", "A rare genetic condition nurse visits."),
    ("He is aged 7 years 4 months.", "He is aged 7 years."),
    ("He is in Year 4 and a 7-year-old.", "He is in Key Stage 2 and a 5- to 10-year-old."),
    ("An 8-year-old boy.", "A 5- to 10-year-old boy."),
    ("Her dad is a police officer.", "Her dad is a key worker."),
    ("He attends the PRU three days a week.", "He attends the alternative provision three days a week."),
    ("Her twin brother is in Year 6.", "Her brother or sister is in Key Stage 2."),
    ("Three families in Maltby said so.", "Fewer than 5 families in a village in the borough said so."),
    ("One family on the Flanderwell estate.", "Fewer than 5 families on an estate in the borough."),
    ("An Urdu speaker interpreted.", "A community language speaker interpreted."),
    ("After the house fire they moved.", "After the serious incident at home they moved."),
])
def test_details_generalised_read_as_a_sentence(text, expected):
    out, _ = apply(text, places(text, "Maltby", "Flanderwell"))
    assert out == expected


@pytest.mark.parametrize("text", [
    "Mum's social worker rang back.",          # a professional, not the parent's job
    "The doctor at the clinic said it is autism.",
    "We met on 3 March about Section F.",
    "Year 2025 budget.",
])
def test_ordinary_casework_words_are_not_a_parents_job_or_a_rare_detail(text):
    found = quasi.find(text)
    assert not [d for d in found if d.type in (quasi.OCCUPATION, quasi.RARE_CONDITION, quasi.YEAR_GROUP)]


def test_combinations_not_single_details_make_a_document_high():
    _, low = apply(LOW, [])
    assert low.level == "low"                              # "autism" and a year group alone
    _, high = apply(HIGH, places(HIGH, "Brinsworth"))
    assert high.level == "high" and "rare condition" in high.kinds
    _, count = apply(REPORT, places(REPORT, "Brinsworth"))
    assert count.level == "high" and count.small_count     # "3 families in <village>"


# -- through the CLI ------------------------------------------------------------------------------

def run(*args, user="rita", input=None):
    return run_as(user, *args, input=input)


def listed():
    return {d["name"]: d for d in json.loads(run("review", "list", "--json").output)}


def test_la_influence_generalises_by_itself_and_says_so(workspace_env):
    folder = workspace_env / "in"
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "case.txt").write_text(HIGH, encoding="utf-8")
    result = run("redact", folder, "--out", workspace_env / "out", "--pipeline", "la-influence",
                 user="sam")
    assert result.exit_code == 0, result.output
    report = output_text(workspace_env / "out", "report.txt")
    assert "Fewer than 5 families in" in report and "Brinsworth" not in report
    case = output_text(workspace_env / "out", "case.txt")
    for original in ("Prader-Willi", "PWS", "Year 4", "police officer", "9 years 2 months", "twin"):
        assert original not in case
    assert "a rare genetic condition" in case and "Key Stage 2" in case
    record = json.loads((workspace_env / "out" / "case.txt.findings.json").read_text())
    assert record["reidentification"]["level"] != "high"   # what the draft still says
    assert record["quasi"] and all(set(r) >= {"type", "start", "end", "share", "detail"}
                                   for r in record["quasi"])
    assert "Prader" not in json.dumps(record)               # kinds and places, never the words
    assert "detail(s) generalised" in result.output


def test_a_high_risk_training_draft_cannot_be_approved_until_each_detail_is_handled(workspace_env):
    folder = workspace_env / "in"
    (folder / "case.txt").write_text(HIGH, encoding="utf-8")
    (folder / "low.txt").write_text(LOW, encoding="utf-8")
    result = run("redact", folder, "--out", workspace_env / "out", user="sam")
    assert result.exit_code == 0
    assert "re-identification" in result.output and "1 at high risk of re-identification" in result.output
    draft = output_text(workspace_env / "out", "case.txt")
    assert "Prader-Willi" in draft   # the training pipeline leaves the choice to the reviewer

    docs = listed()
    case, low = docs["case.txt"], docs["low.txt"]
    assert case["reidentification"]["level"] == "high" and case["reidentification"]["to_handle"]
    assert low["reidentification"]["to_handle"] == []
    assert "RE-IDENTIFICATION HIGH" in run("review", "list").output

    refused = run("review", "approve", case["id"])
    assert refused.exit_code == 1 and "R535" in refused.output and "high risk of re-identification" in refused.output

    shown = run("review", "show", case["id"]).output
    assert "re-identification risk: high" in shown and "TO DECIDE" in shown
    assert "[[Prader-Willi syndrome (PWS)]]" in shown          # the reviewer sees the original
    rare = next(line.split()[0] for line in shown.splitlines() if "rare condition" in line and "mention" in line)
    assert run("review", "generalise", case["id"], rare).exit_code == 0

    # Whatever is still high must be kept with a reason, one by one (a reason is required).
    for _ in range(12):
        left = listed()["case.txt"]["reidentification"]["to_handle"]
        if not left:
            break
        assert run("review", "keep", case["id"], left[0], input="\n").exit_code != 0
        kept = run("review", "keep", case["id"], left[0], input="needed for the training point\n")
        assert kept.exit_code == 0, kept.output
    assert run("review", "approve", case["id"]).exit_code == 0
    released = run("release", case["id"], "--to", workspace_env / "released")
    assert released.exit_code == 0, released.output
    text = next((workspace_env / "released").iterdir()).read_text(encoding="utf-8")
    assert "a rare genetic condition" in text and "Prader-Willi" not in text and "PWS" not in text
    trail = run("audit", "--json").output
    assert '"generalise"' in trail and '"keep"' in trail and "training point" not in trail


def test_an_unknown_detail_number_is_one_clear_line(workspace_env):
    (workspace_env / "in" / "low.txt").write_text(LOW, encoding="utf-8")
    run("redact", workspace_env / "in", "--out", workspace_env / "out", "-q", user="sam")
    doc = listed()["low.txt"]["id"]
    result = run("review", "generalise", doc, "Q99")
    assert result.exit_code == 1 and "R540" in result.output and "no detail Q99" in result.output


def test_a_village_counts_only_when_a_reviewer_keeps_its_name(workspace_env):
    """A village is replaced as an identifier, so the draft does not name it; once a reviewer
    keeps the original ("reject"), the village joins the combination and the gate applies."""
    (workspace_env / "in" / "note.txt").write_text(
        "Child A is in Year 4, speaks Polish at home and lives in Brinsworth with Mum.\n", encoding="utf-8")
    run("redact", workspace_env / "in", "--out", workspace_env / "out", "-q", user="sam")
    doc = listed()["note.txt"]
    assert doc["reidentification"]["level"] != "high" and doc["reidentification"]["to_handle"] == []
    shown = run("review", "show", doc["id"]).output
    village = next(line.split()[0] for line in shown.splitlines() if "LOCATION" in line and "[[Brinsworth]]" in line)
    assert run("review", "reject", doc["id"], village).exit_code == 0
    now = listed()["note.txt"]["reidentification"]
    assert now["level"] == "high" and now["to_handle"]
    assert run("review", "approve", doc["id"]).exit_code == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("She is a single parent.", "She is a parent."),
    ("It was one of those days.", "It was one of those days."),
    ("The meeting is 3 of 4 and he is 2 years behind.", "The meeting is 3 of 4 and he is 2 years behind."),
    ("Oliver is 6 now.", "Oliver is between 5 and 10 now."),
    ("One of the children said no.", "Fewer than 5 of the children said no."),
    ("one young person in Maltby", "fewer than 5 young people in a village in the borough"),
])
def test_wording_that_is_no_detail_stays_and_details_read_well(text, expected):
    out, _ = apply(text, places(text, "Maltby"))
    assert out == expected


def test_a_generalised_count_never_brings_back_a_redacted_name(workspace_env):
    """"only one Kowalski family": the count is generalised by default in la-influence, and the
    surname inside it stays replaced (the phrase holds no word of the document)."""
    (workspace_env / "in" / "report.txt").write_text(
        "Strategic concern.\n\nMrs Anna Kowalski says there is only one Kowalski family on the roll "
        "at Maltby Academy. Two families in Maltby told us the same.\n", encoding="utf-8")
    result = run("redact", workspace_env / "in", "--out", workspace_env / "out", "--pipeline", "la-influence",
                 user="sam")
    assert result.exit_code == 0, result.output
    out = output_text(workspace_env / "out", "report.txt")
    assert "Kowalski" not in out and "Maltby" not in out and "fewer than 5" in out.lower()


def test_a_detail_cut_by_a_name_is_not_counted_as_generalised():
    """A name found across an age ("Connor i am 19" read as one name) keeps its own replacement:
    the age cannot be generalised there, so it still counts until a reviewer keeps it."""
    text = "connor i am 19 and live in Year 13 with my Prader-Willi syndrome."
    name = Finding("PERSON", 0, 8, 0.9, "test", replacement="[Person A]")
    rows = intruder.rows(text, [name], False)
    everything = [{"action": "generalise", "detail": r["detail"]} for r in rows]
    direct = intruder.findings_rows([name])
    general = intruder.findings_of(direct + rows, everything)
    age = next(r for r in rows if r["type"] == "AGE")
    assert all(g.start != age["start"] for g in general)
    left, to_handle = intruder.residual(direct + rows, everything)
    assert age["detail"] in left.details


def test_a_detail_never_runs_across_a_paragraph(workspace_env):
    """Word paragraphs: "only one" ends one paragraph and "family" starts the next; nothing is
    generalised across them (a replacement would be written into both)."""
    import docx

    from tests.docx_builder import build
    build(workspace_env / "in" / "note.docx", paragraphs=[
        "Number of exclusions this term: only one", "family in Maltby said so."])
    result = run("redact", workspace_env / "in", "--out", workspace_env / "out", "--pipeline",
                 "la-influence", "-q", user="sam")
    assert result.exit_code == 0, result.output
    paragraphs = [p.text for p in docx.Document(str(workspace_env / "out" / "note.docx")).paragraphs]
    assert paragraphs[0] == "Number of exclusions this term: only one"
    assert paragraphs[1].startswith("family in ") and "Maltby" not in paragraphs[1]


def test_a_reviewer_generalises_a_village_to_a_village_in_the_borough(workspace_env):
    """Training: a village is replaced by an invented one; a reviewer may generalise it instead
    (one action), and the release says "a village in the borough"."""
    (workspace_env / "in" / "note.txt").write_text(
        "Child A is in Year 4 and lives in Brinsworth with Mum.\n", encoding="utf-8")
    run("redact", workspace_env / "in", "--out", workspace_env / "out", "-q", user="sam")
    doc = listed()["note.txt"]["id"]
    shown = run("review", "show", doc).output
    place = next(line.split()[0] for line in shown.splitlines() if "place below the borough" in line)
    assert run("review", "generalise", doc, place).exit_code == 0
    assert run("review", "approve", doc).exit_code == 0
    assert run("release", doc, "--to", workspace_env / "released").exit_code == 0
    text = next((workspace_env / "released").iterdir()).read_text(encoding="utf-8")
    assert "lives in a village in the borough" in text and "Brinsworth" not in text
