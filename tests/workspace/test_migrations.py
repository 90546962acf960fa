"""Schema migrations are named, recorded in order, and applied to older workspaces; a workspace
made before accounts (one shared passphrase) moves to accounts once, keeping everything."""

from __future__ import annotations

import sqlite3

import pytest

from redactor.workspace import (
    MIGRATIONS,
    AccessDenied,
    MigrationRequired,
    Tampered,
    Workspace,
    WorkspaceError,
    WrongPassword,
)
from tests.conftest import PASSWORDS
from tests.workspace.legacy import PASSPHRASE, make_legacy
from tests.workspace.story_data import FAST_KDF, FILE_NAME, SOURCE, SOURCE_TEXT, findings_for

EXPECTED = ["0001_core", "0002_audit", "0003_indexes", "0004_output_hashes",
            "0005_mapping_name_and_risk", "0006_accounts", "0007_released_and_tags"]


def test_new_workspace_records_every_migration(open_ws, folder):
    ws = open_ws()
    assert [m.name for m in MIGRATIONS] == EXPECTED
    assert ws.migrations() == EXPECTED
    rows = sqlite3.connect(folder / "workspace.db").execute(
        "SELECT seq, name FROM migrations ORDER BY seq").fetchall()
    assert rows == list(enumerate(EXPECTED, start=1))


def test_a_passphrase_workspace_must_be_migrated_first(folder):
    make_legacy(folder)
    with pytest.raises(MigrationRequired, match="workspace migrate") as err:
        Workspace.open(folder, "sam", PASSPHRASE)
    assert str(err.value).startswith("R516:")


@pytest.mark.parametrize("made_with", [2, 4, 5], ids=["0002", "0004", "0005"])
def test_migrating_an_older_workspace_keeps_everything_and_the_passphrase_stops_working(
        folder, made_with):
    """A workspace made by an older release (schema up to ``made_with``, one passphrase)."""
    documents = [(FILE_NAME, SOURCE, findings_for(SOURCE_TEXT), "sam")] if made_with >= 4 else []
    make_legacy(folder, migrations=MIGRATIONS[:made_with], documents=documents,
                users=(("sam", "staff"), ("rita", "reviewer")))
    with pytest.raises(WrongPassword):
        Workspace.migrate(folder, "not the passphrase", "lee", PASSWORDS["lee"], kdf=FAST_KDF)
    with Workspace.migrate(folder, PASSPHRASE, "lee", PASSWORDS["lee"], kdf=FAST_KDF) as ws:
        assert ws.migrations() == EXPECTED and ws.verify_audit() is None
        assert {u["name"]: (u["role"], u["state"]) for u in ws.users()} == {
            "lee": ("lead", "active"), "sam": ("staff", "setup"), "rita": ("reviewer", "setup")}
        if documents:
            (row,) = ws.list()
            assert ws.get_source(row["id"]) == SOURCE and row["name"] == FILE_NAME
            # never the original name (it names the family): a neutral one until the next version
            assert row["display_name"] == f"document-{row['id']}.docx" and ws.get_mapping(row["id"]) is None
        code = ws.reset("rita")  # the lead lets the others in, one setup code each
        assert ws.audit_entries()[-2]["action"] == "migrate_to_accounts"
    Workspace.setup_account(folder, "rita", code, PASSWORDS["rita"]).close()
    with Workspace.open(folder, "rita", PASSWORDS["rita"]) as rita:
        assert rita.verify_audit() is None and len(rita.list()) == len(documents)
    meta = dict(sqlite3.connect(folder / "workspace.db").execute("SELECT key, value FROM meta"))
    assert "salt" not in meta and "kdf" not in meta  # nothing is derived from the passphrase now
    with pytest.raises(WorkspaceError, match="already has accounts"):
        Workspace.migrate(folder, PASSPHRASE, "sam", PASSWORDS["sam"], kdf=FAST_KDF)
    with pytest.raises(WrongPassword):
        Workspace.open(folder, "sam", PASSPHRASE)


def test_migration_is_refused_while_the_audit_trail_is_broken(folder):
    make_legacy(folder, documents=[(FILE_NAME, SOURCE, findings_for(SOURCE_TEXT), "sam")])
    with sqlite3.connect(folder / "workspace.db") as raw:
        raw.execute("DROP TRIGGER audit_no_update")
        raw.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 2")
    before = (folder / "workspace.db").read_bytes()
    with pytest.raises(WorkspaceError, match="broken at entry 2"):
        Workspace.migrate(folder, PASSPHRASE, "lee", PASSWORDS["lee"], kdf=FAST_KDF)
    assert (folder / "workspace.db").read_bytes() == before


def test_after_migration_the_old_passphrase_decrypts_nothing(folder):
    from redactor.workspace.crypto import Cipher, ScryptParams, passphrase_key
    make_legacy(folder, documents=[(FILE_NAME, SOURCE, findings_for(SOURCE_TEXT), "sam")])
    with sqlite3.connect(folder / "workspace.db") as raw:
        salt, kdf = (dict(raw.execute("SELECT key, value FROM meta"))[k] for k in ("salt", "kdf"))
    old = Cipher(passphrase_key(PASSPHRASE, bytes(salt), ScryptParams.from_json(kdf)))
    Workspace.migrate(folder, PASSPHRASE, "lee", PASSWORDS["lee"], kdf=FAST_KDF).close()
    with sqlite3.connect(folder / "workspace.db") as raw:
        blobs = raw.execute("SELECT doc_id, kind, value FROM blobs").fetchall()
    assert blobs
    for doc_id, kind, value in blobs:
        with pytest.raises(Tampered):
            old.decrypt(value, "blobs", f"{doc_id}/{kind}", "value")


def test_only_a_lead_of_the_old_workspace_may_migrate_it(folder):
    make_legacy(folder, users=(("sam", "staff"), ("lee", "lead")))
    with pytest.raises(AccessDenied, match="only a lead"):
        Workspace.migrate(folder, PASSPHRASE, "sam", PASSWORDS["sam"], kdf=FAST_KDF)
    with pytest.raises(AccessDenied, match="only a lead"):
        Workspace.migrate(folder, PASSPHRASE, "newcomer", PASSWORDS["sky"], kdf=FAST_KDF)
    with Workspace.migrate(folder, PASSPHRASE, "lee", PASSWORDS["lee"], kdf=FAST_KDF) as ws:
        assert {u["name"]: u["state"] for u in ws.users()} == {"lee": "active", "sam": "setup"}
