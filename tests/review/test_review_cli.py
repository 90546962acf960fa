"""Whole stories through the real CLI: staff redact, a reviewer checks and approves, the lead
acknowledges a flagged document, and tampering with the record is caught."""

import json
import sqlite3

import pytest
from click.testing import CliRunner

from redactor.cli import main

PASS = "a long enough passphrase"


@pytest.fixture()
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("REDACTOR_PASSPHRASE", PASS)
    monkeypatch.setenv("REDACTOR_WORKSPACE", str(tmp_path / "ws"))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "case.txt").write_text("Kacper Nowak (Year 6) attends Oakwood Primary School.\n",
                                     encoding="utf-8")
    (folder / "call.txt").write_text("Mum said Kacper Nowak wants to hurt himself.\n", encoding="utf-8")
    return tmp_path


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def docs():
    return {d["name"]: d for d in json.loads(run("review", "list", "--json").output)}


def test_redact_review_approve_story(env):
    assert run("redact", str(env / "in"), "--out", str(env / "out"), "--as", "sam", "-q").exit_code == 0
    assert run("users", "add", "rita", "--role", "reviewer", "--as", "sam").exit_code == 0
    assert run("users", "add", "lena", "--role", "lead", "--as", "sam").exit_code == 0
    listed = docs()
    assert listed["case.txt"]["status"] == "awaiting_review" and listed["case.txt"]["submitted_by"] == "sam"
    assert listed["case.txt"]["findings"]["PERSON"] >= 1 and listed["case.txt"]["needs_lead"] is False
    assert listed["call.txt"]["needs_lead"] is True

    # Re-running on unchanged files does not duplicate them.
    run("redact", str(env / "in"), "--out", str(env / "out2"), "--as", "sam", "-q")
    assert len(docs()) == 2

    case = listed["case.txt"]["id"]
    shown = run("review", "show", str(case)).output
    assert "[[Kacper Nowak]]" in shown  # the reviewer sees the original in context
    assert run("review", "reject", str(case), "0", "--as", "rita").exit_code == 0
    assert "KEEP ORIGINAL" in run("review", "show", str(case)).output

    own = run("review", "approve", str(case), "--as", "sam")
    assert own.exit_code == 1 and "sam" in own.output
    assert run("review", "approve", str(case), "--as", "rita").exit_code == 0
    assert docs()["case.txt"]["status"] == "approved"

    call = listed["call.txt"]["id"]
    assert run("review", "approve", str(call), "--as", "rita").exit_code == 1
    assert run("review", "acknowledge", str(call), "--note", "spoken to", "--as", "lena").exit_code == 0
    assert run("review", "approve", str(call), "--as", "rita").exit_code == 0

    verified = run("audit", "--verify")
    assert verified.exit_code == 0 and "intact" in verified.output
    trail = run("audit", "--json").output
    assert "Kacper" not in trail and "hurt" not in trail


def test_tampering_is_caught_by_audit_verify(env):
    run("redact", str(env / "in"), "--out", str(env / "out"), "--as", "sam", "-q")
    db = env / "ws" / "workspace.db"
    with sqlite3.connect(db) as conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE audit SET actor = 'mallory' WHERE seq = (SELECT MIN(seq) FROM audit)")
    result = CliRunner().invoke(main, ["audit", "--verify"])
    assert result.exit_code == 1 and "broken" in result.output


def test_wrong_passphrase_is_one_line_and_changes_nothing(env, monkeypatch):
    run("redact", str(env / "in"), "--out", str(env / "out"), "--as", "sam", "-q")
    before = (env / "ws" / "workspace.db").read_bytes()
    monkeypatch.setenv("REDACTOR_PASSPHRASE", "not the passphrase at all")
    result = CliRunner().invoke(main, ["review", "list"])
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert "passphrase" in result.output
    assert (env / "ws" / "workspace.db").read_bytes() == before


def test_the_workspace_holds_no_identifier_in_clear(env):
    run("redact", str(env / "in"), "--out", str(env / "out"), "--as", "sam", "-q")
    for path in (env / "ws").iterdir():
        data = path.read_bytes()
        for secret in (b"Kacper", b"Nowak", b"Oakwood", b"case.txt", b"hurt himself"):
            assert secret not in data, f"{path.name} holds an identifier in clear"
