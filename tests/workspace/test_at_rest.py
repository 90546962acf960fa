"""What is on disk: private permissions, nothing identifying (nor any password or setup code) in
the clear, a wrong password changes nothing, a password change rewraps one slot, and ciphertexts
bound to their row."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from redactor.workspace import Tampered, WeakPassword, Workspace, WorkspaceError, WrongPassword
from tests.conftest import PASSWORDS
from tests.workspace.story_data import (
    FAST_KDF,
    FILE_NAME,
    FINDINGS,
    IDENTIFIERS,
    NEW_PASSWORD,
    NOTE,
    SOURCE,
)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _story(as_) -> int:
    doc_id, _ = as_("sam").submit(FILE_NAME, SOURCE, "training", FINDINGS, needs_lead=True)
    as_("rita").record_decision(doc_id, {"finding": 1, "action": "reject",
                                        "reason": f"{IDENTIFIERS['parent']} is the author"})
    as_("lee").acknowledge(doc_id, NOTE)
    as_("rita").add_note(doc_id, NOTE)
    as_("rita").approve(doc_id)
    return doc_id


def test_folder_0700_and_files_0600(as_, folder):
    _story(as_)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.iterdir())
    assert [f.name for f in files] == ["workspace.db"]
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)


def test_default_folder_is_created_in_the_current_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Workspace.create(None, "lee", PASSWORDS["lee"]).close()  # default (production) Argon2id cost
    with Workspace.open(None, "lee", PASSWORDS["lee"]) as again:
        assert again.migrations() and again.user == "lee"
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
def test_no_identifier_in_any_file_of_the_folder(as_, open_ws, folder, label):
    doc_id = _story(as_)
    as_("sam").submit(FILE_NAME, SOURCE + b" revised", "training", FINDINGS)
    as_("rita").change_password(PASSWORDS["rita"], NEW_PASSWORD)
    with open_ws("rita", NEW_PASSWORD) as again:
        assert again.get_source(doc_id) == SOURCE  # the content really is stored
    needle = IDENTIFIERS[label].lower().encode("utf-8")
    for name, data in _snapshot(folder).items():
        assert needle not in data.lower(), f"{label} found in clear in {name}"


def test_no_password_or_setup_code_is_stored(as_, folder):
    as_("rita")  # the team is set up with its passwords
    code = as_("lee").add_user("nadia", "staff")
    data = b"".join(_snapshot(folder).values())
    for secret in [*PASSWORDS.values(), code, code.replace("-", "")]:
        assert secret.encode() not in data


def test_a_wrong_password_is_one_clear_error_and_changes_nothing(as_, open_ws, folder):
    _story(as_)
    for name in ("lee", "sam", "rita"):
        as_(name).close()
    before = _snapshot(folder)
    modes = {p.name: p.stat().st_mode for p in folder.iterdir()}
    for name, password in (("rita", "not the right password"), ("nobody", PASSWORDS["rita"]),
                           ("rita", PASSWORDS["lee"])):
        with pytest.raises(WrongPassword) as err:
            open_ws(name, password)
        message = str(err.value)
        assert message.startswith("R500:") and "\n" not in message
        assert "wrong user name or password" in message and password not in message
    assert _snapshot(folder) == before
    assert {p.name: p.stat().st_mode for p in folder.iterdir()} == modes


def test_a_password_change_rewraps_one_slot_and_only_the_new_password_opens(as_, open_ws, folder):
    doc_id = _story(as_)

    def slots():
        with sqlite3.connect(folder / "workspace.db") as raw:
            return dict(raw.execute("SELECT name, slot_wrapped FROM accounts").fetchall())

    before_slots, before = slots(), _snapshot(folder)
    with pytest.raises(WrongPassword):
        as_("rita").change_password("not the right password", NEW_PASSWORD)
    with pytest.raises(WeakPassword):
        as_("rita").change_password(PASSWORDS["rita"], "password1234")
    assert _snapshot(folder) == before
    as_("rita").change_password(PASSWORDS["rita"], NEW_PASSWORD)
    after = slots()
    assert [n for n in after if after[n] != before_slots[n]] == ["rita"]  # one slot, nothing else
    assert as_("rita").get_source(doc_id) == SOURCE  # the open session keeps working
    with pytest.raises(WrongPassword):
        open_ws("rita", PASSWORDS["rita"])
    again = open_ws("rita", NEW_PASSWORD)
    assert again.get_source(doc_id) == SOURCE and again.list()[0]["name"] == FILE_NAME
    assert [n["text"] for n in again.get_notes(doc_id)] == [NOTE, NOTE]
    assert again.verify_audit() is None
    assert again.audit_entries()[-1]["action"] == "change_password"
    assert open_ws("sam").get_source(doc_id) == SOURCE  # nobody else's password changed


@pytest.mark.parametrize("password, rule", [
    ("short", "at least 12"), (" " * 14, "only spaces"), ("Password1234!", "common"),
    ("qwertyuiop123", "common"), ("lee likes long walks", "user name"),
    ("lee-lee-lee-lee", "repeated"), ("aaaaaaaaaaaa1", "repeated"), ("abababababab!!", "repeated"),
    ("passwordpassword1", "repeated"), ("monkey123monkey", "common")],
    ids=["short", "blank", "common-with-digits", "keyboard", "user-name", "name-repeated",
         "one-letter", "two-letters", "word-twice", "common-word-twice"])
def test_a_weak_lead_password_is_refused_and_nothing_is_made(folder, password, rule):
    with pytest.raises(WeakPassword, match=rule) as err:
        Workspace.create(folder, "lee", password, kdf=FAST_KDF)
    assert str(err.value).startswith("R505:") and (not password.strip() or password not in str(err.value))
    assert not folder.exists()


@pytest.mark.parametrize("column", ["source-to-other-doc", "source-to-findings"],
                         ids=["other-row", "other-column"])
def test_ciphertext_moved_elsewhere_fails_authentication(ws, as_, folder, column):
    first = _story(as_)
    second, _ = as_("sky").submit("other.txt", b"different text", "training", "[]")
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
        Workspace.open(folder, "lee", PASSWORDS["lee"])
