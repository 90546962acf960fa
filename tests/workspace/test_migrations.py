"""Schema migrations are named, recorded in order, and applied to older workspaces."""

from __future__ import annotations

import sqlite3

from redactor.workspace import MIGRATIONS

EXPECTED = ["0001_core", "0002_audit", "0003_indexes", "0004_output_hashes",
            "0005_mapping_name_and_risk"]


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


def test_documents_stored_before_mappings_were_kept_survive_the_upgrade(open_ws):
    from tests.workspace.story_data import FILE_NAME, SOURCE, findings_for, SOURCE_TEXT
    old = open_ws(migrations=MIGRATIONS[:4])
    old.add_user("sam", "staff")
    doc, _ = old.submit(FILE_NAME, SOURCE, "training", findings_for(SOURCE_TEXT), "sam")
    old.close()
    ws = open_ws()
    assert ws.get_source(doc) == SOURCE
    assert ws.get_mapping(doc) is None
    (row,) = ws.list()
    # never the original name (it names the family): a neutral one until the next version
    assert row["display_name"] == f"document-{doc}.docx" and row["name"] == FILE_NAME
    assert ws.verify_audit() is None
