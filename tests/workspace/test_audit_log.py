"""The audit log: every change is recorded, and edits, deletions and reordering made
directly in SQLite are detected by verify()."""

from __future__ import annotations

import json
import sqlite3

import pytest

from redactor.workspace import WorkspaceError
from tests.workspace.story_data import (
    FILE_NAME,
    FINDINGS,
    IDENTIFIERS,
    NEW_PASSPHRASE,
    NOTE,
    PASSPHRASE,
    SOURCE,
)


def _story(ws) -> int:
    doc_id, _ = ws.submit(FILE_NAME, SOURCE, "training", FINDINGS, "sam", needs_lead=True)
    ws.record_decision(doc_id, "rita", {"finding": 0, "action": "reject"})
    ws.acknowledge(doc_id, "lee", NOTE)
    ws.approve(doc_id, "rita")
    ws.set_status(doc_id, "released", "lee")
    return doc_id


def _raw(folder):
    """A direct connection, with the append-only triggers dropped as an attacker would."""
    conn = sqlite3.connect(folder / "workspace.db", isolation_level=None)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("DROP TRIGGER audit_no_delete")
    return conn


def test_every_state_change_is_audited_without_document_text(ws):
    doc_id = _story(ws)
    entries = ws.audit_entries()
    assert [e["action"] for e in entries] == [
        "migrate", "add_user", "add_user", "add_user", "add_user", "add_user",
        "submit", "decision", "acknowledge", "approve", "released"]
    assert [e["seq"] for e in entries] == list(range(1, 12))
    assert {e["actor"] for e in entries[-5:]} == {"sam", "rita", "lee"}
    assert all(e["doc_id"] == doc_id for e in entries[-5:])
    text = json.dumps(entries).lower()
    for label, value in IDENTIFIERS.items():
        assert value.lower() not in text, label
    assert ws.verify_audit() is None


def test_plain_update_and_delete_are_refused_by_the_database(ws, folder):
    _story(ws)
    conn = sqlite3.connect(folder / "workspace.db", isolation_level=None)
    for statement in ("UPDATE audit SET actor='x' WHERE seq=3", "DELETE FROM audit WHERE seq=3"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(statement)
    conn.close()
    assert ws.verify_audit() is None


@pytest.mark.parametrize("statement, broken", [
    ("UPDATE audit SET actor='mallory' WHERE seq=10", 10),
    ("UPDATE audit SET at='2020-01-01T00:00:00+00:00' WHERE seq=8", 8),
    ("UPDATE audit SET details='{}' WHERE seq=7", 7),
    ("DELETE FROM audit WHERE seq=9", 9),
    ("DELETE FROM audit WHERE seq=11", 11),
    (("UPDATE audit SET seq=-1 WHERE seq=8; UPDATE audit SET seq=8 WHERE seq=9;"
     " UPDATE audit SET seq=9 WHERE seq=-1"), 8),
    ("UPDATE audit SET seq=seq+100 WHERE seq IN (8, 9)", 8),
], ids=["edit-actor", "edit-time", "edit-details", "delete-middle", "delete-last", "swap-two",
        "move-to-end"])
def test_tampering_is_detected(ws, folder, statement, broken):
    _story(ws)
    conn = _raw(folder)
    for part in statement.split(";"):
        conn.execute(part)
    conn.close()
    assert ws.verify_audit() == broken


def test_rewritten_chain_without_the_key_is_detected(ws, folder):
    """An attacker deletes the last entry and also fixes the stored hashes: the signed
    head in meta still gives it away."""
    _story(ws)
    conn = _raw(folder)
    conn.execute("DELETE FROM audit WHERE seq=11")
    conn.execute("INSERT INTO audit (seq, at, actor, action, doc_id, details, hash)"
                 " SELECT 11, at, 'mallory', action, doc_id, details, hash FROM audit WHERE seq=10")
    conn.close()
    assert ws.verify_audit() == 11


def test_rekey_refused_while_the_audit_log_is_broken(ws, folder):
    _story(ws)
    conn = _raw(folder)
    conn.execute("UPDATE audit SET actor='mallory' WHERE seq=10")
    conn.close()
    with pytest.raises(WorkspaceError, match="audit log is broken at seq 10"):
        ws.rekey(PASSPHRASE, NEW_PASSPHRASE)
