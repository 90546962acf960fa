"""Accounts in the library: a setup code works once and for seven days, a lead manages the team,
the last lead stays, and a disabled account loses its rights at once, even in an open session."""

from __future__ import annotations

import pytest

from redactor.workspace import AccessDenied, SetupRequired, Workspace, WrongPassword
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
    with pytest.raises(SetupRequired):  # the old password opens nothing: the new code first
        open_ws("rita", PASSWORDS["rita"])
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
