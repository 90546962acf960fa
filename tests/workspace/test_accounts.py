"""Accounts in the library: a setup code works once and for seven days, a lead manages the team,
the last lead stays, and a disabled account loses its rights at once, even in an open session."""

from __future__ import annotations

import sqlite3

import pytest

from redactor.workspace import (
    AccessDenied,
    SetupRequired,
    Tampered,
    Workspace,
    WorkspaceError,
    WrongPassword,
)
from tests.conftest import PASSWORDS
from tests.workspace.story_data import FILE_NAME, FINDINGS, SOURCE


def test_a_setup_code_expires_after_seven_days(ws, folder, clock):
    code = ws.add_user("nadia", "staff")
    clock.advance(days=7, minutes=1)
    with pytest.raises(AccessDenied, match="expired"):
        Workspace.setup_account(folder, "nadia", code, "a sentence of her own", clock=clock)
    fresh = ws.reset("nadia")
    Workspace.setup_account(folder, "nadia", fresh, "a sentence of her own", clock=clock).close()
    with pytest.raises(WrongPassword):  # the first code never works again
        Workspace.setup_account(folder, "nadia", code, "a sentence of her own", clock=clock)


def test_a_reset_replaces_the_old_password(as_, open_ws, folder, clock):
    as_("rita").close()
    code = as_("lee").reset("rita")
    with pytest.raises(WrongPassword):  # the old password opens nothing
        open_ws("rita", PASSWORDS["rita"])
    with pytest.raises(SetupRequired):  # the new code, typed as a password, says what to do
        open_ws("rita", code)
    Workspace.setup_account(folder, "rita", code, "the second kettle sentence", clock=clock).close()
    assert open_ws("rita", "the second kettle sentence").user == "rita"


def test_a_disabled_reviewer_loses_every_right_in_an_open_session(as_):
    doc_id, _ = as_("sam").submit(FILE_NAME, SOURCE, "training", FINDINGS)
    rita = as_("rita")
    as_("lee").disable("rita")
    for action in (lambda: rita.approve(doc_id, "sha"), lambda: rita.record_view(doc_id),
                   lambda: rita.add_note(doc_id, "note")):
        with pytest.raises(AccessDenied, match="disabled"):
            action()
    assert as_("lee").list()[0]["status"] == "awaiting_review"


def test_the_last_lead_cannot_be_demoted_or_disabled(as_):
    lee = as_("lee")
    lee.disable("lena")  # the other lead
    for action in (lambda: lee.set_role("lee", "reviewer"), lambda: lee.disable("lee")):
        with pytest.raises(AccessDenied, match="only lead"):
            action()
    lee.set_role("rita", "lead")
    lee.set_role("lee", "reviewer")  # now allowed: rita leads
    assert {u["name"]: u["role"] for u in lee.users()}["lee"] == "reviewer"
    with pytest.raises(AccessDenied, match="lead only"):
        lee.add_user("nadia", "staff")


def test_an_approval_by_someone_made_reviewer_later_still_counts_only_as_what_they_were(as_):
    """The trail judges an approval by the approver's role at that moment."""
    doc_id, _ = as_("sam").submit(FILE_NAME, SOURCE, "training", FINDINGS)
    as_("rita").approve(doc_id, "sha-1")
    as_("lee").set_role("rita", "staff")
    assert as_("lee").verified_approval(doc_id) == "sha-1"


def test_who_signed_in_cannot_be_changed_on_an_open_workspace(as_, folder):
    sam = as_("sam")
    with pytest.raises(AttributeError):
        sam.user = "lee"
    with pytest.raises(WorkspaceError, match="Workspace.open"):
        Workspace(None, b"\0" * 32, folder / "workspace.db", None, "lee")
    with pytest.raises(AccessDenied, match="lead only"):
        sam.add_user("mallory", "lead")


def test_a_disabled_account_reads_nothing_in_an_open_session(as_):
    doc_id, _ = as_("sam").submit(FILE_NAME, SOURCE, "training", FINDINGS)
    rita = as_("rita")
    as_("lee").disable("rita")
    for read in (rita.list, rita.users, rita.audit_entries, lambda: rita.get_source(doc_id),
                 lambda: rita.get_findings(doc_id), lambda: rita.get_notes(doc_id),
                 lambda: rita.get_mapping(doc_id)):
        with pytest.raises(AccessDenied, match="disabled"):
            read()


def test_a_reset_code_replaces_the_slot_so_old_secrets_unwrap_nothing(as_, folder):
    from redactor.workspace import slots
    from redactor.workspace.store import _slot
    code = as_("lee").add_user("nadia", "staff")
    fresh = as_("lee").reset("nadia")
    with sqlite3.connect(folder / "workspace.db") as raw:
        raw.row_factory = sqlite3.Row
        row = raw.execute("SELECT * FROM accounts WHERE name = 'nadia'").fetchone()
    assert slots.unwrap(_slot(row), slots.normalise_code(code), "nadia") is None
    assert slots.unwrap(_slot(row), slots.normalise_code(fresh), "nadia") is not None
    as_("rita").close()
    rita_before = as_("lee").reset("rita")
    with sqlite3.connect(folder / "workspace.db") as raw:
        raw.row_factory = sqlite3.Row
        row = raw.execute("SELECT * FROM accounts WHERE name = 'rita'").fetchone()
    assert slots.unwrap(_slot(row), PASSWORDS["rita"], "rita") is None  # the old password is gone
    assert rita_before


def test_an_expiry_edited_in_the_database_is_caught(ws, folder, clock):
    code = ws.add_user("nadia", "staff")
    with sqlite3.connect(folder / "workspace.db") as raw:
        raw.execute("UPDATE accounts SET setup_expires = '2999-01-01T00:00:00+00:00' WHERE name = 'nadia'")
    clock.advance(days=30)
    with pytest.raises(Tampered):
        Workspace.setup_account(folder, "nadia", code, "a sentence of her own", clock=clock)


def test_an_account_waiting_for_setup_is_not_told_apart_from_an_unknown_name(ws, open_ws):
    ws.add_user("nadia", "staff")
    messages = set()
    for name in ("nadia", "nobody-here"):
        with pytest.raises(WrongPassword) as err:
            open_ws(name, "a long guessed password")
        messages.add(str(err.value))
    assert len(messages) == 1


def test_a_reviewer_re_enabled_after_a_disable_can_approve_again(as_, folder, clock):
    as_("rita").close()
    as_("lee").disable("rita")
    code = as_("lee").reset("rita")
    Workspace.setup_account(folder, "rita", code, "the second kettle sentence", clock=clock).close()
    doc_id, _ = as_("sam").submit(FILE_NAME, SOURCE, "training", FINDINGS)
    with Workspace.open(folder, "rita", "the second kettle sentence", clock=clock) as rita:
        rita.approve(doc_id, "sha-2")
        assert rita.verified_approval(doc_id) == "sha-2"


def test_whoever_redacts_a_returned_document_again_cannot_approve_it(as_):
    doc_id, _ = as_("sam").submit(FILE_NAME, SOURCE, "training", FINDINGS)
    as_("rita").set_status(doc_id, "returned")
    assert as_("rita").submit(FILE_NAME, SOURCE, "training", "[]") == (doc_id, 1)  # her findings now
    with pytest.raises(AccessDenied, match="four-eyes"):
        as_("rita").approve(doc_id, "sha")
    as_("lena").approve(doc_id, "sha")
    assert as_("lee").verified_approval(doc_id) == "sha"


def test_a_lead_who_has_not_set_up_yet_does_not_count_as_another_lead(as_):
    lee = as_("lee")
    lee.disable("lena")
    lee.add_user("nadia", "lead")  # a setup code, no password yet
    with pytest.raises(AccessDenied, match="only lead"):
        lee.disable("lee")
