"""Accounts through the real CLI, as a Service Lead setting the tool up for a team lives it:
`workspace init`, `users add` with a one-time setup code, `account setup`, and every command
acting as the person who signed in. Impersonation, self-promotion and the four-eyes rule are
refused by the library whatever the command line says."""

import re
import sqlite3

import pytest
from click.testing import CliRunner

from redactor.cli import main
from tests.conftest import PASSWORDS, signed_in
from tests.workspace.legacy import PASSPHRASE, make_legacy

NOTE = "Kacper Nowak (Year 6) attends Oakwood Primary School.\n"


@pytest.fixture()
def ws(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "case.txt").write_text(NOTE, encoding="utf-8")
    return tmp_path


def cli(ws, *args, env=None, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False,
                              env={"REDACTOR_WORKSPACE": str(ws / "ws"), **(env or {})})


def code_in(output: str) -> str:
    (code,) = re.findall(r"\b[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}\b", output)
    return code


def set_up(ws, name, role, *, by="lee"):
    added = cli(ws, "users", "add", name, "--role", role, env=signed_in(by))
    assert added.exit_code == 0, added.output
    done = cli(ws, "account", "setup", env={"REDACTOR_USER": name, "REDACTOR_SETUP_CODE": code_in(added.output),
                                           "REDACTOR_NEW_PASSWORD": PASSWORDS[name]})
    assert done.exit_code == 0, done.output


def test_a_service_lead_sets_up_a_team_and_the_four_eyes_rule_holds(ws):
    created = cli(ws, "workspace", "init", env=signed_in("lee"))
    assert created.exit_code == 0 and "lee is its lead" in created.output
    assert PASSWORDS["lee"] not in created.output

    added = cli(ws, "users", "add", "sam", "--role", "staff", env=signed_in("lee"))
    assert added.exit_code == 0 and "shown only now" in added.output
    code = code_in(added.output)
    # Before choosing a password, the code is not a password: sign in once with it first.
    early = cli(ws, "review", "list", env={"REDACTOR_USER": "sam", "REDACTOR_PASSWORD": code})
    assert early.exit_code == 1 and "R515" in early.output and "account setup" in early.output
    weak = cli(ws, "account", "setup", env={"REDACTOR_USER": "sam", "REDACTOR_SETUP_CODE": code,
                                            "REDACTOR_NEW_PASSWORD": "password12345"})
    assert weak.exit_code == 1 and "R505" in weak.output and "password12345" not in weak.output
    typed = code.lower().replace("-", " ")  # read out over the phone, typed as heard
    done = cli(ws, "account", "setup", env={"REDACTOR_USER": "sam", "REDACTOR_SETUP_CODE": typed,
                                            "REDACTOR_NEW_PASSWORD": PASSWORDS["sam"]})
    assert done.exit_code == 0, done.output
    again = cli(ws, "account", "setup", env={"REDACTOR_USER": "sam", "REDACTOR_SETUP_CODE": code,
                                             "REDACTOR_NEW_PASSWORD": "someone else's sentence"})
    assert again.exit_code == 1 and "R500" in again.output  # the code worked once
    set_up(ws, "rita", "reviewer")
    set_up(ws, "lena", "lead")

    assert cli(ws, "redact", ws / "in", "--out", ws / "out", "-q", env=signed_in("sam")).exit_code == 0
    own = cli(ws, "review", "approve", "1", env=signed_in("sam"))
    assert own.exit_code == 1 and "R520" in own.output
    # A reviewer's own submission: another reviewer or a lead must approve it.
    (ws / "in2").mkdir()
    (ws / "in2" / "visit.txt").write_text("Home visit to Grace Holt on 3 March 2025.\n", encoding="utf-8")
    assert cli(ws, "redact", ws / "in2", "--out", ws / "out2", "-q", env=signed_in("rita")).exit_code == 0
    mine = cli(ws, "review", "approve", "2", env=signed_in("rita"))
    assert mine.exit_code == 1 and "four-eyes" in mine.output
    assert cli(ws, "review", "approve", "2", env=signed_in("lena")).exit_code == 0
    assert cli(ws, "review", "approve", "1", env=signed_in("rita")).exit_code == 0
    listing = cli(ws, "review", "list", "--json", env=signed_in("sam")).output
    assert '"submitted_by": "sam"' in listing and '"approved_by": "rita"' in listing
    trail = cli(ws, "audit", env=signed_in("lena")).output
    assert re.search(r"\brita\s+approve\s+document 1\b", trail)


def test_the_as_option_is_gone_and_a_name_without_its_password_opens_nothing(ws):
    assert cli(ws, "workspace", "init", env=signed_in("lee")).exit_code == 0
    set_up(ws, "sam", "staff")
    set_up(ws, "rita", "reviewer")
    cli(ws, "redact", ws / "in", "--out", ws / "out", "-q", env=signed_in("sam"))
    pretend = cli(ws, "review", "approve", "1", "--as", "lee", env=signed_in("sam"))
    assert pretend.exit_code == 2 and "No such option" in pretend.output
    for user, password in (("lee", PASSWORDS["sam"]), ("rita", PASSWORDS["sam"]), ("lee", "")):
        attempt = cli(ws, "review", "approve", "1", env={"REDACTOR_USER": user, "REDACTOR_PASSWORD": password})
        assert attempt.exit_code != 0
        if password:
            assert "R500" in attempt.output and password not in attempt.output
    assert '"status": "awaiting_review"' in cli(ws, "review", "list", "--json", env=signed_in("rita")).output


@pytest.mark.parametrize("who", ["sam", "rita"], ids=["staff", "reviewer"])
def test_only_a_lead_manages_users(ws, who):
    assert cli(ws, "workspace", "init", env=signed_in("lee")).exit_code == 0
    set_up(ws, "sam", "staff")
    set_up(ws, "rita", "reviewer")
    before = cli(ws, "users", "list", env=signed_in("lee")).output
    for args in (("users", "add", "mallory", "--role", "lead"), ("users", "role", who, "lead"),
                 ("users", "role", "lee", "staff"), ("users", "disable", "lee"),
                 ("users", "reset", "lee")):
        refused = cli(ws, *args, env=signed_in(who))
        assert refused.exit_code == 1 and "R520" in refused.output and "lead only" in refused.output
    assert cli(ws, "users", "list", env=signed_in("lee")).output == before


def test_a_role_changed_in_the_database_is_caught(ws):
    assert cli(ws, "workspace", "init", env=signed_in("lee")).exit_code == 0
    set_up(ws, "sam", "staff")
    with sqlite3.connect(ws / "ws" / "workspace.db") as raw:
        raw.execute("UPDATE users SET role = 'lead' WHERE name = 'sam'")
    promoted = cli(ws, "users", "add", "mallory", "--role", "lead", env=signed_in("sam"))
    assert promoted.exit_code == 1 and "R550" in promoted.output
    assert "mallory" not in cli(ws, "users", "list", env=signed_in("lee")).output


def test_a_disabled_account_opens_nothing_until_a_lead_resets_it(ws):
    assert cli(ws, "workspace", "init", env=signed_in("lee")).exit_code == 0
    set_up(ws, "rita", "reviewer")
    assert cli(ws, "users", "disable", "rita", env=signed_in("lee")).exit_code == 0
    with sqlite3.connect(ws / "ws" / "workspace.db") as raw:
        (slot,) = raw.execute("SELECT slot_wrapped FROM accounts WHERE name = 'rita'").fetchone()
    assert slot is None  # her copy of the key is gone
    assert cli(ws, "review", "list", env=signed_in("rita")).exit_code == 1
    reset = cli(ws, "users", "reset", "rita", env=signed_in("lee"))
    assert reset.exit_code == 0
    back = cli(ws, "account", "setup", env={"REDACTOR_USER": "rita", "REDACTOR_SETUP_CODE": code_in(reset.output),
                                            "REDACTOR_NEW_PASSWORD": "a brand new sentence here"})
    assert back.exit_code == 0
    listed = cli(ws, "users", "list", env={"REDACTOR_USER": "rita", "REDACTOR_PASSWORD": "a brand new sentence here"})
    assert listed.exit_code == 0 and re.search(r"rita\s+reviewer\s+active", listed.output)


def test_changing_your_own_password(ws):
    assert cli(ws, "workspace", "init", env=signed_in("lee")).exit_code == 0
    changed = cli(ws, "account", "password", env={**signed_in("lee"), "REDACTOR_NEW_PASSWORD": "kettle boiled twice today"})
    assert changed.exit_code == 0 and "kettle" not in changed.output
    assert cli(ws, "users", "list", env=signed_in("lee")).exit_code == 1
    assert cli(ws, "users", "list", env={"REDACTOR_USER": "lee", "REDACTOR_PASSWORD": "kettle boiled twice today"}).exit_code == 0


def test_an_old_passphrase_workspace_is_migrated_once_by_its_lead(ws):
    from tests.workspace.story_data import FILE_NAME, SOURCE, SOURCE_TEXT, findings_for
    make_legacy(ws / "ws", users=(("sam", "staff"),),
                documents=[(FILE_NAME, SOURCE, findings_for(SOURCE_TEXT), "sam")])
    before = cli(ws, "review", "list", env=signed_in("sam"))
    assert before.exit_code == 1 and "R516" in before.output and "workspace migrate" in before.output
    moved = cli(ws, "workspace", "migrate", env={**signed_in("lee"), "REDACTOR_PASSPHRASE": PASSPHRASE})
    assert moved.exit_code == 0 and "1 other user(s) need a setup code" in moved.output
    listed = cli(ws, "review", "list", env=signed_in("lee"))
    assert listed.exit_code == 0 and "document-1.docx" in listed.output and FILE_NAME not in listed.output
    assert cli(ws, "audit", "--verify", env=signed_in("lee")).exit_code == 0
    again = cli(ws, "workspace", "migrate", env={**signed_in("lee"), "REDACTOR_PASSPHRASE": PASSPHRASE})
    assert again.exit_code == 1 and "already has accounts" in again.output


def test_redact_without_a_workspace_says_how_to_make_one(ws):
    result = cli(ws, "redact", ws / "in", "--out", ws / "out")
    assert result.exit_code == 0 and "workspace init" in result.output
    assert not (ws / "ws").exists()  # redact never creates a workspace
