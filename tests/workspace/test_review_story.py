"""Whole review-and-release stories through the workspace library."""

from __future__ import annotations

import json

import pytest

from redactor.workspace import (
    AccessDenied,
    InvalidTransition,
    NotFound,
    Workspace,
    WorkspaceError,
    WrongPassword,
)
from tests.workspace.story_data import FILE_NAME, FINDINGS, NOTE, SOURCE, findings_for


@pytest.fixture
def _submit(as_):
    def run(ws=None, source=SOURCE, needs_lead=False, by="sam"):
        return as_(by).submit(FILE_NAME, source, "training", findings_for(source.decode()),
                              needs_lead=needs_lead)
    return run


def test_submit_review_approve_release(ws, as_, _submit):
    doc_id, version = _submit(ws)
    assert version == 1
    [listed] = ws.list()
    assert listed["id"] == doc_id and listed["name"] == FILE_NAME
    assert listed["status"] == "awaiting_review" and listed["submitted_by"] == "sam"
    assert listed["pipeline"] == "training" and listed["needs_lead"] is False
    assert listed["finding_counts"] == {"EMAIL": 1, "NHS_NUMBER": 1, "PERSON": 2, "PHONE": 1}
    assert ws.get_source(doc_id) == SOURCE
    assert ws.get_findings(doc_id) == json.loads(FINDINGS)

    index = as_("rita").record_decision(doc_id, {"finding": 2, "action": "reject",
                                                 "reason": "not an NHS number here"})
    assert index == 0
    [decision] = ws.get_decisions(doc_id)
    assert (decision["finding"], decision["action"], decision["by"]) == (2, "reject", "rita")

    as_("rita").approve(doc_id)
    assert [d["id"] for d in ws.list("approved")] == [doc_id]
    as_("lee").set_status(doc_id, "released")
    assert ws.list("released")[0]["approved_by"] == "rita"
    assert [e["action"] for e in ws.audit_entries()][-4:] == ["submit", "decision", "approve", "released"]


def test_identical_bytes_return_existing_document_changed_bytes_new_version(ws, as_, _submit):
    first = _submit(ws)
    assert _submit(ws) == first
    changed = SOURCE + b" Updated after the annual review."
    doc2, version2 = _submit(ws, changed)
    assert doc2 != first[0] and version2 == 2
    assert _submit(ws, changed) == (doc2, 2)
    assert [(d["id"], d["version"]) for d in ws.list()] == [first, (doc2, 2)]
    assert [e["action"] for e in ws.audit_entries()].count("submit") == 2


@pytest.mark.parametrize("approver", ["sam", "sky", "tara"], ids=["submitter", "other-staff", "trainer"])
def test_only_another_reviewer_or_lead_may_approve(ws, as_, _submit, approver):
    doc_id, _ = _submit(ws)
    with pytest.raises(AccessDenied) as err:
        as_(approver).approve(doc_id)
    assert str(err.value).startswith("R520:") and "\n" not in str(err.value)
    assert ws.list()[0]["status"] == "awaiting_review"


def test_reviewer_cannot_approve_own_submission(ws, as_, _submit):
    doc_id, _ = _submit(ws, by="rita")
    with pytest.raises(AccessDenied, match="four-eyes"):
        as_("rita").approve(doc_id)
    with pytest.raises(AccessDenied, match="four-eyes"):
        as_("rita").set_status(doc_id, "approved")
    as_("lee").approve(doc_id)
    assert ws.list()[0]["status"] == "approved"


def test_needs_lead_blocks_approval_until_a_lead_acknowledges(ws, as_, _submit):
    doc_id, _ = _submit(ws, needs_lead=True)
    with pytest.raises(AccessDenied, match="acknowledgement"):
        as_("rita").approve(doc_id)
    with pytest.raises(AccessDenied, match="lead only"):
        as_("rita").acknowledge(doc_id, NOTE)
    as_("lee").acknowledge(doc_id, NOTE)
    assert [n["text"] for n in ws.get_notes(doc_id)] == [NOTE]
    as_("rita").approve(doc_id)
    assert ws.list()[0]["lead_acknowledged_by"] == "lee"
    assert ws.list()[0]["status"] == "approved"


@pytest.mark.parametrize("path, target", [
    (["approve"], "awaiting_review"),
    ([], "released"),
    (["return"], "released"),
    (["return"], "approved"),
    (["approve", "release"], "awaiting_review"),
    (["approve", "release"], "returned"),
], ids=["approved-to-awaiting", "awaiting-to-released",
        "returned-to-released", "returned-to-approved", "released-to-awaiting", "released-to-returned"])
def test_disallowed_transitions_are_refused(ws, as_, _submit, path, target):
    doc_id, _ = _submit(ws)
    steps = {"approve": lambda: as_("rita").approve(doc_id),
             "return": lambda: as_("rita").set_status(doc_id, "returned"),
             "release": lambda: as_("lee").set_status(doc_id, "released")}
    for step in path:
        steps[step]()
    before = ws.list()[0]["status"]
    with pytest.raises(InvalidTransition, match=f"{before} -> {target} is not allowed"):
        as_("lee").set_status(doc_id, target)
    assert ws.list()[0]["status"] == before


def test_returned_document_goes_back_for_review(ws, as_, _submit):
    doc_id, _ = _submit(ws)
    with pytest.raises(AccessDenied):
        as_("sam").set_status(doc_id, "returned")
    as_("rita").set_status(doc_id, "returned")
    as_("sam").set_status(doc_id, "awaiting_review")
    as_("rita").approve(doc_id)
    assert ws.list()[0]["status"] == "approved"


def test_unknown_status_and_user_are_clear_errors(ws, as_, _submit):
    doc_id, _ = _submit(ws)
    with pytest.raises(InvalidTransition, match="unknown status"):
        as_("lee").set_status(doc_id, "shredded")
    with pytest.raises(WrongPassword, match="wrong user name or password"):
        Workspace.open(ws.path.parent, "mallory", "any long password at all")
    with pytest.raises(NotFound):
        as_("rita").approve(999)
    with pytest.raises(WorkspaceError, match="unknown role"):
        ws.add_user("x", "admin")
    assert ws.user_role("rita") == "reviewer" and ws.user_role("mallory") is None


def test_purge_removes_content_but_keeps_audit(ws, as_, _submit):
    doc_id, _ = _submit(ws, needs_lead=True)
    as_("lee").acknowledge(doc_id, NOTE)
    as_("lee").purge(doc_id)
    [listed] = ws.list()
    assert listed["status"] == "purged" and listed["name"] is None
    assert listed["finding_counts"]["PERSON"] == 2
    for getter in (ws.get_source, ws.get_findings, ws.get_decisions):
        with pytest.raises(NotFound, match="purged"):
            getter(doc_id)
    assert ws.get_notes(doc_id) == []
    assert [e["action"] for e in ws.audit_entries()][-3:] == ["submit", "acknowledge", "purge"]
    assert ws.verify_audit() is None
    with pytest.raises(InvalidTransition):
        as_("lee").purge(doc_id)


def test_purge_released_before_only_touches_old_releases(ws, as_, _submit, clock):
    old_id, _ = _submit(ws)
    as_("rita").approve(old_id)
    as_("lee").set_status(old_id, "released")
    clock.advance(days=40)
    new_id, _ = _submit(ws, SOURCE + b" v2")
    as_("rita").approve(new_id)
    as_("lee").set_status(new_id, "released")
    waiting_id, _ = _submit(ws, SOURCE + b" v3")
    cutoff = (clock.now.date())
    with pytest.raises(AccessDenied):
        as_("rita").purge_released_before(cutoff)
    assert as_("lee").purge_released_before(cutoff) == [old_id]
    assert {d["id"]: d["status"] for d in ws.list()} == {
        old_id: "purged", new_id: "released", waiting_id: "awaiting_review"}
    assert ws.get_source(new_id).endswith(b" v2")
