"""Whole stories through the real CLI: staff redact, a reviewer checks and approves, the lead
acknowledges a flagged document, and tampering with the record is caught."""

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from redactor.cli import main
from tests.conftest import PASSWORDS
from tests.review.conftest import run_as

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def env(workspace_env):
    folder = workspace_env / "in"
    (folder / "case.txt").write_text("Kacper Nowak (Year 6) attends Oakwood Primary School.\n",
                                     encoding="utf-8")
    (folder / "call.txt").write_text("Mum said Kacper Nowak wants to hurt himself.\n", encoding="utf-8")
    return workspace_env


def run(*args, user="rita", input=None):
    """``redactor ARGS`` signed in as ``user`` (a reviewer unless said)."""
    return run_as(user, *args, input=input)


def docs():
    return {d["name"]: d for d in json.loads(run("review", "list", "--json").output)}


def test_redact_review_approve_story(env):
    assert run("redact", str(env / "in"), "--out", str(env / "out"), "-q", user="sam").exit_code == 0
    listed = docs()
    assert listed["case.txt"]["status"] == "awaiting_review" and listed["case.txt"]["submitted_by"] == "sam"
    assert listed["case.txt"]["findings"]["PERSON"] >= 1 and listed["case.txt"]["needs_lead"] is False
    assert listed["call.txt"]["needs_lead"] is True

    # Re-running on unchanged files does not duplicate them.
    run("redact", str(env / "in"), "--out", str(env / "out2"), "-q", user="sam")
    assert len(docs()) == 2

    case = listed["case.txt"]["id"]
    shown = run("review", "show", str(case)).output
    assert "[[Kacper Nowak]]" in shown  # the reviewer sees the original in context
    assert run("review", "reject", str(case), "0", user="rita").exit_code == 0
    assert "KEEP ORIGINAL" in run("review", "show", str(case)).output

    own = run("review", "approve", str(case), user="sam")
    assert own.exit_code == 1 and "sam" in own.output
    assert run("review", "approve", str(case), user="rita").exit_code == 0
    assert docs()["case.txt"]["status"] == "approved"

    call = listed["call.txt"]["id"]
    assert run("review", "approve", str(call), user="rita").exit_code == 1
    assert run("review", "acknowledge", str(call), input="spoken to\n", user="lena").exit_code == 0
    assert run("review", "approve", str(call), user="rita").exit_code == 0

    verified = run("audit", "--verify")
    assert verified.exit_code == 0 and "intact" in verified.output
    trail = run("audit", "--json").output
    assert "Kacper" not in trail and "hurt" not in trail


def test_tampering_is_caught_by_audit_verify(env):
    run("redact", str(env / "in"), "--out", str(env / "out"), "-q", user="sam")
    db = env / "ws" / "workspace.db"
    with sqlite3.connect(db) as conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE audit SET actor = 'mallory' WHERE seq = (SELECT MIN(seq) FROM audit)")
    result = run("audit", "--verify")
    assert result.exit_code == 1 and "broken" in result.output


def test_a_wrong_password_is_one_line_and_changes_nothing(env):
    run("redact", str(env / "in"), "--out", str(env / "out"), "-q", user="sam")
    before = (env / "ws" / "workspace.db").read_bytes()
    for user, password in (("rita", "not the password at all"), ("nobody", PASSWORDS["rita"])):
        result = CliRunner().invoke(main, ["review", "list"],
                                    env={"REDACTOR_USER": user, "REDACTOR_PASSWORD": password})
        assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
        assert "R500" in result.output and "wrong user name or password" in result.output
        assert password not in result.output
    assert (env / "ws" / "workspace.db").read_bytes() == before


def test_the_workspace_holds_no_identifier_in_clear(env):
    run("redact", str(env / "in"), "--out", str(env / "out"), "-q", user="sam")
    for path in (env / "ws").iterdir():
        data = path.read_bytes()
        for secret in (b"Kacper", b"Nowak", b"Oakwood", b"case.txt", b"hurt himself"):
            assert secret not in data, f"{path.name} holds an identifier in clear"




def test_release_writes_exactly_the_approved_text(env):
    (env / "in" / "call.txt").unlink()
    (env / "in" / "case.txt").write_text(
        "Kacper Nowak (Year 6) attends Oakwood Primary School. At home they call him bubba.\n"
        "bubba likes trains.\n", encoding="utf-8")
    # Fixed pseudonyms, so the story is the same every run: with random ones the fresh release
    # check once (in one full run of the suite) found a "new" name in the output and, cautious,
    # returned the document. Not reproduced in 40 seeded-at-random runs since; noted for a look.
    seeded = env / "training-seeded.yaml"
    seeded.write_text((ROOT / "pipelines" / "training.yaml").read_text(encoding="utf-8")
                      .replace("  # seed: 1234 ", "  seed: 1234   "), encoding="utf-8")
    run("redact", str(env / "in"), "--out", str(env / "out"), "-q", "--pipeline", str(seeded), user="sam")
    case = docs()["case.txt"]["id"]
    # The reviewer keeps one finding (the school, say it has closed), adds a missed name, approves.
    shown = run("review", "show", str(case)).output
    school = next(line.split()[0] for line in shown.splitlines() if "[[Oakwood Primary School]]" in line)
    assert run("review", "reject", str(case), school, user="rita").exit_code == 0
    added = run("review", "add", str(case), "--type", "PERSON", input="bubba\n", user="rita")
    assert added.exit_code == 0 and "2 more place" in added.output
    assert run("review", "approve", str(case), user="rita").exit_code == 0
    # Releasing something not approved fails; the approved one is written, alone.
    assert run("release", "999", "--to", str(env / "released")).exit_code == 1
    result = run("release", "--all-approved", "--to", str(env / "released"), user="rita")
    assert result.exit_code == 0, result.output
    assert [p.name for p in (env / "released").iterdir()] == ["case.txt"]  # nothing else in DIR
    text = (env / "released" / "case.txt").read_text(encoding="utf-8")
    assert "Kacper" not in text and "bubba" not in text
    assert "Oakwood Primary School" in text and "Year 6" in text  # the reviewer's decision, exactly
    assert docs()["case.txt"]["status"] == "released"
    assert run("release", str(case), "--to", str(env / "again")).exit_code == 1  # already released


def test_an_identifier_found_only_at_release_returns_the_document(env):
    """Drafts made with a narrower pipeline: the release check (full pipeline) finds the names."""
    (env / "in" / "call.txt").unlink()
    narrow = env / "phones-only.yaml"
    narrow.write_text("name: phones-only\ndetection:\n  entities: [PHONE]\n", encoding="utf-8")
    run("redact", str(env / "in"), "--out", str(env / "out"), "-q", "--pipeline", str(narrow), user="sam")
    case = docs()["case.txt"]["id"]
    assert run("review", "approve", str(case), "--pipeline", "training", user="rita").exit_code == 0
    result = run("release", str(case), "--to", str(env / "released"), "--pipeline", "training", user="rita")
    assert result.exit_code == 1 and "returned to review" in result.output
    assert not (env / "released").exists() or not list((env / "released").iterdir())
    assert docs()["case.txt"]["status"] == "returned"
    assert "Kacper" not in result.output


def test_a_source_changed_after_approval_is_not_released(env):
    (env / "in" / "call.txt").unlink()
    run("redact", str(env / "in"), "--out", str(env / "out"), "-q", user="sam")
    case = docs()["case.txt"]["id"]
    assert run("review", "approve", str(case), user="rita").exit_code == 0
    db = env / "ws" / "workspace.db"
    with sqlite3.connect(db) as conn:  # swap the stored source for another document's bytes
        blob = conn.execute("SELECT value FROM blobs WHERE kind = 'findings'").fetchone()[0]
        conn.execute("UPDATE blobs SET value = ? WHERE kind = 'source'", (blob,))
    result = run("release", str(case), "--to", str(env / "released"), user="rita")
    assert result.exit_code == 1
    assert not (env / "released").exists() or not list((env / "released").iterdir())


def test_flag_phrases_are_shown_to_the_reviewer(env):
    run("redact", str(env / "in"), "--out", str(env / "out"), "-q", user="sam")
    call = docs()["call.txt"]["id"]
    shown = run("review", "show", str(call)).output
    assert "NEEDS THE SERVICE LEAD" in shown and "RISK  suicide or self-harm" in shown
    assert "[[Mum said Kacper Nowak wants to hurt himself.]]" in shown  # the sentence, to the lead
    listed = run("review", "list").output
    assert "NEEDS LEAD (suicide or self-harm" in listed and "hurt" not in listed


def test_reject_linked_keeps_every_mention_of_the_entity(env):
    (env / "in" / "call.txt").unlink()
    (env / "in" / "case.txt").write_text("Grace Holt is 9. Grace likes art. Mrs Holt agreed.\n",
                                         encoding="utf-8")
    run("redact", str(env / "in"), "--out", str(env / "out"), "-q", user="sam")
    case = docs()["case.txt"]["id"]
    result = run("review", "reject", str(case), "0", "--linked", user="rita")
    assert result.exit_code == 0 and "finding(s)" in result.output
    assert int(result.output.split(": ")[1].split()[0]) >= 2


def test_changed_file_is_a_new_version_and_purge_keeps_the_audit(env):
    run("redact", str(env / "in"), "--out", str(env / "out"), "-q", user="sam")
    (env / "in" / "case.txt").write_text("Kacper Nowak (Year 7) has moved up.\n", encoding="utf-8")
    run("redact", str(env / "in"), "--out", str(env / "out2"), "-q", user="sam")
    rows = json.loads(run("review", "list", "--json").output)
    assert sorted(r["version"] for r in rows if r["name"] == "case.txt") == [1, 2]
    first = min(r["id"] for r in rows if r["name"] == "case.txt")
    assert run("purge", str(first), user="lena").exit_code == 0
    purged = next(r for r in json.loads(run("review", "list", "--json").output) if r["id"] == first)
    assert purged["status"] == "purged" and purged["name"] is None
    assert run("audit", "--verify").exit_code == 0
    assert "purge" in run("audit").output


def test_redact_with_a_wrong_password_stops_before_writing(env):
    run("redact", str(env / "in"), "--out", str(env / "out"), "-q", user="sam")
    result = CliRunner().invoke(main, ["redact", str(env / "in"), "--out", str(env / "out2"), "-q"],
                                env={"REDACTOR_USER": "sam", "REDACTOR_PASSWORD": "not sams password"})
    assert result.exit_code == 1 and "R500" in result.output
    assert not (env / "out2").exists()


def test_a_released_file_name_does_not_name_the_child(env):
    (env / "in" / "call.txt").unlink()
    (env / "in" / "case.txt").rename(env / "in" / "review-kacper-nowak.txt")
    run("redact", str(env / "in"), "--out", str(env / "out"), "-q", user="sam")
    (doc,) = [d["id"] for d in docs().values()]  # listed by its anonymised name
    assert run("review", "approve", str(doc), user="rita").exit_code == 0
    assert run("release", str(doc), "--to", str(env / "released"), user="rita").exit_code == 0
    (released,) = list((env / "released").iterdir())
    assert released.name.startswith("review-") and released.suffix == ".txt"
    assert "kacper" not in released.name.lower() and "nowak" not in released.name.lower()


def test_a_returned_document_redacted_again_goes_back_for_review(env):
    (env / "in" / "call.txt").unlink()
    run("redact", str(env / "in"), "--out", str(env / "out"), "-q", user="sam")
    case = docs()["case.txt"]["id"]
    assert run("review", "return", str(case), input="check the school\n", user="rita").exit_code == 0
    assert docs()["case.txt"]["status"] == "returned"
    run("redact", str(env / "in"), "--out", str(env / "out2"), "-q", user="sam")
    assert docs()["case.txt"]["status"] == "awaiting_review" and len(docs()) == 1
