"""Schema migrations are named, recorded in order, and applied to older workspaces."""

from __future__ import annotations

import sqlite3

from redactor.workspace import MIGRATIONS

EXPECTED = ["0001_core", "0002_audit", "0003_indexes", "0004_output_hashes"]


def test_new_workspace_records_every_migration(open_ws, folder):
    ws = open_ws()
    assert [m.name for m in MIGRATIONS] == EXPECTED
    assert ws.migrations() == EXPECTED
    rows = sqlite3.connect(folder / "workspace.db").execute(
        "SELECT seq, name FROM migrations ORDER BY seq").fetchall()
    assert rows == list(enumerate(EXPECTED, start=1))


def test_opening_an_older_workspace_applies_the_missing_ones(open_ws, folder):
    old = open_ws(migrations=MIGRATIONS[:2])  # a workspace made by an older release
    assert old.migrations() == EXPECTED[:2]
    old.add_user("sam", "staff")
    old.close()
    ws = open_ws()
    assert ws.migrations() == EXPECTED
    assert ws.user_role("sam") == "staff"
    assert ws.audit_entries()[-1]["details"] == {"applied": EXPECTED[2:]}
    assert ws.verify_audit() is None
    indexes = {r[0] for r in sqlite3.connect(folder / "workspace.db").execute(
        "SELECT name FROM sqlite_master WHERE type='index'")}
    assert "documents_status" in indexes
    again = open_ws()
    assert again.migrations() == EXPECTED
