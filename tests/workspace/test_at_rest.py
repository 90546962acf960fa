"""What is on disk: private permissions, nothing identifying in the clear, a wrong
passphrase changes nothing, rekey, and ciphertexts bound to their row."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from redactor.workspace import Tampered, Workspace, WorkspaceError, WrongPassphrase
from tests.workspace.story_data import (
    FAST_KDF,
    FILE_NAME,
    FINDINGS,
    IDENTIFIERS,
    NEW_PASSPHRASE,
    NOTE,
    PASSPHRASE,
    SOURCE,
)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _story(ws) -> int:
    doc_id, _ = ws.submit(FILE_NAME, SOURCE, "training", FINDINGS, "sam", needs_lead=True)
    ws.record_decision(doc_id, "rita", {"finding": 1, "action": "reject",
                                        "reason": f"{IDENTIFIERS['parent']} is the author"})
    ws.acknowledge(doc_id, "lee", NOTE)
    ws.add_note(doc_id, "rita", NOTE)
    ws.approve(doc_id, "rita")
    return doc_id


def test_folder_0700_and_files_0600(ws, folder):
    _story(ws)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.iterdir())
    assert [f.name for f in files] == ["workspace.db"]
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)


def test_default_folder_is_created_in_the_current_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with Workspace.open(None, PASSPHRASE):  # default (production) Scrypt cost
        pass
    with Workspace.open(None, PASSPHRASE) as again:
        assert again.migrations()
    assert stat.S_IMODE((tmp_path / "redactor-workspace").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "redactor-workspace" / "workspace.db").stat().st_mode) == 0o600


def test_loose_permissions_are_tightened_on_open(open_ws, folder):
    open_ws().close()
    folder.chmod(0o755)
    (folder / "workspace.db").chmod(0o644)
    open_ws()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "workspace.db").stat().st_mode) == 0o600


@pytest.mark.parametrize("label", sorted(IDENTIFIERS), ids=sorted(IDENTIFIERS))
def test_no_identifier_in_any_file_of_the_folder(ws, open_ws, folder, label):
    doc_id = _story(ws)
    ws.submit(FILE_NAME, SOURCE + b" revised", "training", FINDINGS, "sam")
    ws.rekey(PASSPHRASE, NEW_PASSPHRASE, kdf=FAST_KDF)
    ws.close()
    with open_ws(NEW_PASSPHRASE) as again:
        assert again.get_source(doc_id) == SOURCE  # the content really is stored
    needle = IDENTIFIERS[label].lower().encode("utf-8")
    for name, data in _snapshot(folder).items():
        assert needle not in data.lower(), f"{label} found in clear in {name}"


def test_wrong_passphrase_is_one_clear_error_and_changes_nothing(ws, open_ws, folder):
    _story(ws)
    ws.close()
    before = _snapshot(folder)
    modes = {p.name: p.stat().st_mode for p in folder.iterdir()}
    with pytest.raises(WrongPassphrase) as err:
        open_ws("not the right passphrase")
    message = str(err.value)
    assert message.startswith("R500:") and "\n" not in message and "passphrase" in message
    assert "not the right" not in message and PASSPHRASE not in message
    assert _snapshot(folder) == before
    assert {p.name: p.stat().st_mode for p in folder.iterdir()} == modes


def test_rekey_then_only_the_new_passphrase_opens(ws, open_ws, folder):
    doc_id = _story(ws)
    before = _snapshot(folder)
    with pytest.raises(WrongPassphrase):
        ws.rekey("not the right passphrase", NEW_PASSPHRASE)
    assert _snapshot(folder) == before
    ws.rekey(PASSPHRASE, NEW_PASSPHRASE, kdf=FAST_KDF)
    assert ws.get_source(doc_id) == SOURCE  # the open handle keeps working
    ws.close()
    with pytest.raises(WrongPassphrase):
        open_ws(PASSPHRASE)
    again = open_ws(NEW_PASSPHRASE)
    assert again.get_source(doc_id) == SOURCE
    assert again.list()[0]["name"] == FILE_NAME
    assert [n["text"] for n in again.get_notes(doc_id)] == [NOTE, NOTE]
    assert again.get_decisions(doc_id)[0]["action"] == "reject"
    assert again.verify_audit() is None
    assert again.audit_entries()[-1]["action"] == "rekey"
    # de-duplication still finds the document under the new key
    assert again.submit(FILE_NAME, SOURCE, "training", FINDINGS, "sam") == (doc_id, 1)


def test_short_passphrase_refused_for_a_new_workspace(folder):
    with pytest.raises(WorkspaceError, match="at least 12"):
        Workspace.open(folder, "short", kdf=FAST_KDF)
    assert not folder.exists()


@pytest.mark.parametrize("column", ["source-to-other-doc", "source-to-findings"],
                         ids=["other-row", "other-column"])
def test_ciphertext_moved_elsewhere_fails_authentication(ws, folder, column):
    first = _story(ws)
    second, _ = ws.submit("other.txt", b"different text", "training", "[]", "sky")
    target = (second, "source") if column == "source-to-other-doc" else (first, "findings")
    with sqlite3.connect(folder / "workspace.db") as raw:
        blob = raw.execute("SELECT value FROM blobs WHERE doc_id=? AND kind='source'", (first,)).fetchone()[0]
        raw.execute("UPDATE blobs SET value=? WHERE doc_id=? AND kind=?", (blob, *target))
    raw.close()
    getter = ws.get_source if target[1] == "source" else ws.get_findings
    with pytest.raises(Tampered) as err:
        getter(target[0])
    assert str(err.value).startswith("R550:")


def test_not_a_workspace_is_a_clear_error(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "workspace.db").write_bytes(b"this is not sqlite at all, just bytes" * 10)
    with pytest.raises(WorkspaceError, match="not a redactor workspace"):
        Workspace.open(folder, PASSPHRASE)
