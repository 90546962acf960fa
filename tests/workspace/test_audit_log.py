"""The audit log: every change is recorded, and edits, deletions and reordering made
directly in SQLite are detected by verify()."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.workspace.story_data import FILE_NAME, FINDINGS, IDENTIFIERS, NOTE, SOURCE


def _story(as_) -> int:
    doc_id, _ = as_("sam").submit(FILE_NAME, SOURCE, "training", FINDINGS, needs_lead=True)
    as_("rita").record_decision(doc_id, {"finding": 0, "action": "reject"})
    as_("lee").acknowledge(doc_id, NOTE)
    as_("rita").approve(doc_id)
    as_("lee").set_status(doc_id, "released")
    return doc_id


def _raw(folder):
    """A direct connection, with the append-only triggers dropped as an attacker would."""
    conn = sqlite3.connect(folder / "workspace.db", isolation_level=None)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("DROP TRIGGER audit_no_delete")
    return conn


def test_every_state_change_is_audited_without_document_text(ws, as_):
    doc_id = _story(as_)
    entries = ws.audit_entries()
    assert [e["action"] for e in entries] == [
        "create_workspace", "add_user", "add_user", "add_user", "add_user", "add_user", "add_user",
        "setup_account", "setup_account", "setup_account", "setup_account", "setup_account",
        "submit", "decision", "acknowledge", "approve", "released"]
    assert [e["seq"] for e in entries] == list(range(1, 18))
    assert {e["actor"] for e in entries[-5:]} == {"sam", "rita", "lee"}
    assert all(e["doc_id"] == doc_id for e in entries[-5:])
    text = json.dumps(entries).lower()
    for label, value in IDENTIFIERS.items():
        assert value.lower() not in text, label
    assert ws.verify_audit() is None


def test_plain_update_and_delete_are_refused_by_the_database(ws, as_, folder):
    _story(as_)
    conn = sqlite3.connect(folder / "workspace.db", isolation_level=None)
    for statement in ("UPDATE audit SET actor='x' WHERE seq=3", "DELETE FROM audit WHERE seq=3"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(statement)
    conn.close()
    assert ws.verify_audit() is None


@pytest.mark.parametrize("statement, broken", [
    ("UPDATE audit SET actor='mallory' WHERE seq=16", 16),
    ("UPDATE audit SET at='2020-01-01T00:00:00+00:00' WHERE seq=14", 14),
    ("UPDATE audit SET details='{}' WHERE seq=13", 13),
    ("DELETE FROM audit WHERE seq=15", 15),
    ("DELETE FROM audit WHERE seq=17", 17),
    (("UPDATE audit SET seq=-1 WHERE seq=14; UPDATE audit SET seq=14 WHERE seq=15;"
     " UPDATE audit SET seq=15 WHERE seq=-1"), 14),
    ("UPDATE audit SET seq=seq+100 WHERE seq IN (14, 15)", 14),
], ids=["edit-actor", "edit-time", "edit-details", "delete-middle", "delete-last", "swap-two",
        "move-to-end"])
def test_tampering_is_detected(ws, as_, folder, statement, broken):
    _story(as_)
    conn = _raw(folder)
    for part in statement.split(";"):
        conn.execute(part)
    conn.close()
    assert ws.verify_audit() == broken


def test_rewritten_chain_without_the_key_is_detected(ws, as_, folder):
    """An attacker deletes the last entry and also fixes the stored hashes: the signed
    head in meta still gives it away."""
    _story(as_)
    conn = _raw(folder)
    conn.execute("DELETE FROM audit WHERE seq=17")
    conn.execute("INSERT INTO audit (seq, at, actor, action, doc_id, details, hash)"
                 " SELECT 17, at, 'mallory', action, doc_id, details, hash FROM audit WHERE seq=16")
    conn.close()
    assert ws.verify_audit() == 17


