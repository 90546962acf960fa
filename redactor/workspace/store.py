"""The encrypted review-and-release workspace: one SQLite file in a private folder.

Usage::

    Workspace.create("redactor-workspace", "lee", password).close()   # the first lead
    with Workspace.open("redactor-workspace", "lee", password) as ws:  # signed in as lee
        code = ws.add_user("sam", "staff")     # a one-time setup code for sam
    Workspace.setup_account("redactor-workspace", "sam", code, sams_password).close()
    with Workspace.open("redactor-workspace", "sam", sams_password) as ws:
        doc_id, version = ws.submit(name, source, "training", findings_json)

An open workspace acts as the person who signed in (``ws.user``): every rule (the four-eyes
rule, lead-only acknowledgement, lead-only user management) is checked against that identity
here, so the command line and the web page get the same rules. Clear columns hold only ids,
statuses, user names, dates, hashes and counts by type. Document names, sources, findings,
decisions and notes are AES-GCM encrypted under the workspace's random data key, each bound to
its table/row/column; each account holds its own copy of that key, wrapped under the person's
password (``redactor.workspace.slots``). Every method that changes state appends an audit entry
in the same transaction.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

from redactor.workspace import audit, passwords, paths, policy, slots
from redactor.workspace.crypto import (
    Cipher,
    ScryptParams,
    new_data_key,
    passphrase_key,
    reencrypt,
    sha256_hex,
)
from redactor.workspace.errors import (
    AccessDenied,
    InvalidTransition,
    MigrationRequired,
    NotFound,
    SetupRequired,
    Tampered,
    WorkspaceError,
    WrongPassword,
)
from redactor.workspace.schema import (
    BOOTSTRAP,
    MIGRATIONS,
    Migration,
    applied,
    apply_missing,
)
from redactor.workspace.slots import KdfParams, Slot

Clock = Callable[[], datetime]
_BLOB_KINDS = ("source", "findings", "decisions", "mapping", "display", "risk", "released", "tags")
MAX_TAGS, MAX_TAG_CHARS = 12, 60
_DECISION_ACTIONS = frozenset({"accept", "reject", "add", "generalise", "keep"})
FORMAT = "2"                       # 1: one shared passphrase; 2: accounts with key slots
SETUP_CODE_VALID = timedelta(days=7)
_SIGN_IN_FAILED = ("wrong user name or password (or the account is disabled; someone new signs in "
                   "first with their setup code: `redactor account setup`)")


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(moment: datetime | date) -> str:
    """ISO-8601 UTC text, second precision (sorts chronologically as a string)."""
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time.min, tzinfo=timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def _connect(db: Path, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(f"file:{quote(str(db.resolve()))}?mode=ro", uri=True,
                               isolation_level=None)
    else:
        # One workspace object is used by one thread at a time (a command, or a web session
        # under its lock), but not always the thread that opened it (the web server's pool).
        conn = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed
        conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _read_meta(conn: sqlite3.Connection, db: Path) -> dict[str, Any]:
    try:
        rows = conn.execute("SELECT key, value FROM meta").fetchall()
    except sqlite3.DatabaseError:
        raise WorkspaceError(f"{db} is not a redactor workspace") from None
    meta = dict(rows)
    if "verifier" not in meta:
        raise WorkspaceError(f"{db} is not a redactor workspace (meta is incomplete)")
    return meta


def _counts(findings_json: str) -> dict[str, int]:
    """Counts by entity type of a findings JSON list; the values themselves are not read."""
    try:
        findings = json.loads(findings_json)
    except (TypeError, ValueError):
        raise WorkspaceError("findings_json is not valid JSON") from None
    if not isinstance(findings, list) or not all(
            isinstance(f, dict) and isinstance(f.get("type"), str) for f in findings):
        raise WorkspaceError("findings_json must be a JSON list of objects with a 'type'")
    # Quasi-identifier rows (details a reviewer may generalise) are not identifiers to count.
    return dict(sorted(Counter(f["type"] for f in findings if not f.get("quasi")).items()))


def check_user_name(name: str) -> None:
    """A user name is 1-64 printable characters, not blank (names are stored in clear)."""
    if not isinstance(name, str) or not name.strip() or len(name) > 64 or not name.isprintable() \
            or name != name.strip():
        raise WorkspaceError("a user name must be 1-64 printable characters, without spaces "
                             "at either end")


_SIGNED_IN = object()  # only this module's constructors pass it


def _slot(row: sqlite3.Row) -> Slot:
    return Slot(bytes(row["slot_salt"]), KdfParams.from_json(row["slot_kdf"]),
                bytes(row["slot_wrapped"]))


def _existing(db: Path) -> bool:
    return db.exists() and db.stat().st_size > 0


class Workspace:
    """An open workspace, signed in as one person (``user``). Make one with :meth:`create`
    (a new workspace and its first lead), :meth:`open` (sign in), :meth:`setup_account`
    (first sign-in with a setup code) or :meth:`migrate` (a pre-accounts workspace)."""

    def __init__(self, conn: sqlite3.Connection, key: bytes, db: Path, clock: Clock, user: str, *,
                 _signed_in: object = None):
        if _signed_in is not _SIGNED_IN:
            raise WorkspaceError("a workspace is opened with Workspace.open (or create, "
                                 "setup_account, migrate), which check who signs in")
        self._conn = conn
        self._data_key = key
        self._cipher = Cipher(key)
        self.path = db
        self._clock = clock
        self._user = user

    @property
    def user(self) -> str:
        """Who signed in; every action is theirs (read-only)."""
        return self._user

    # ----------------------------------------------------------------- opening
    @classmethod
    def create(cls, folder: str | Path | None, name: str, password: str, *,
               kdf: KdfParams | None = None, clock: Clock | None = None,
               migrations: tuple[Migration, ...] = MIGRATIONS) -> Workspace:
        """Create a workspace in ``folder`` (default ``./redactor-workspace``) with a random data
        key and its first account, ``name``, a lead holding a slot under ``password``.

        The database is built under a temporary name and moved into place whole, under a lock:
        of two creations at once one wins and the other raises ``WorkspaceError`` (already
        exists); a crash leaves nothing that looks like a workspace. ``kdf`` sets the Argon2id
        cost of every slot made in this workspace.
        """
        check_user_name(name)
        passwords.check(password, name)
        db = paths.db_path(folder)
        clock = clock or _utc_now
        kdf = kdf or KdfParams()
        with paths.creation_lock(db):
            if _existing(db):
                raise WorkspaceError(f"a workspace already exists in {db.parent}")
            building = db.with_name(f".{db.name}.new-{os.getpid()}")
            building.unlink(missing_ok=True)
            paths.create_private(building)
            key = new_data_key()
            try:
                ws = cls(_connect(building), key, building, clock, name, _signed_in=_SIGNED_IN)
                try:
                    with ws._tx() as conn:
                        for statement in BOOTSTRAP:
                            conn.execute(statement)
                        for k, v in (("format", FORMAT), ("verifier", ws._cipher.make_verifier()),
                                     ("slot_kdf", kdf.to_json())):
                            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (k, v))
                    apply_missing(ws._conn, migrations, ws._now)
                    with ws._tx() as conn:
                        conn.execute("INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)",
                                     (name, "lead", ws._now()))
                        ws._write_account(name, "lead", "active", slots.wrap(key, password, name, kdf))
                        ws._audit(name, "create_workspace", None, {"format": FORMAT})
                        ws._audit(name, "add_user", None, {"user": name, "role": "lead"})
                finally:
                    ws.close()
                os.replace(building, db)
            finally:
                building.unlink(missing_ok=True)
            paths.tighten(db)
        return cls.open(folder, name, password, clock=clock, migrations=migrations)

    @classmethod
    def exists(cls, folder: str | Path | None) -> bool:
        """True when ``folder`` holds a workspace."""
        return _existing(paths.db_path(folder))

    @classmethod
    def _probe(cls, folder: str | Path | None, *, accounts: bool = True
               ) -> tuple[Path, dict[str, Any], sqlite3.Connection]:
        """The database, its meta and a connection; with ``accounts``, a workspace still on a
        shared passphrase raises MigrationRequired."""
        db = paths.db_path(folder)
        if not _existing(db):
            raise WorkspaceError(f"no workspace in {db.parent}: a lead creates one with "
                                 "`redactor workspace init`")
        try:
            conn = _connect(db)
        except sqlite3.Error:
            raise WorkspaceError(f"{db} cannot be opened") from None
        try:
            meta = _read_meta(conn, db)
            if accounts and str(meta.get("format", "1")) != FORMAT:
                raise MigrationRequired(f"the workspace in {db.parent} still uses one shared "
                                        "passphrase: a lead migrates it once with "
                                        "`redactor workspace migrate`")
        except BaseException:
            conn.close()
            raise
        return db, meta, conn

    @staticmethod
    def _checked(key: bytes, meta: dict[str, Any], name: str) -> bytes:
        """``key`` (unwrapped from ``name``'s slot), once it is shown to open this workspace."""
        if not Cipher(key).check_verifier(bytes(meta["verifier"])):
            raise Tampered(f"the key slot of user {name!r} does not open this workspace")
        return key

    @staticmethod
    def _slot_row(conn: sqlite3.Connection, name: str) -> sqlite3.Row | None:
        conn.row_factory = sqlite3.Row
        try:
            return conn.execute("SELECT a.*, u.role FROM accounts a JOIN users u ON u.name = a.name"
                                " WHERE a.name = ?", (name,)).fetchone()
        finally:
            conn.row_factory = None

    @classmethod
    def open(cls, folder: str | Path | None, name: str, password: str, *,
             clock: Clock | None = None,
             migrations: tuple[Migration, ...] = MIGRATIONS) -> Workspace:
        """Sign in to the workspace in ``folder`` as ``name``.

        ``password`` must unwrap the account's key slot, else :class:`WrongPassword` (which
        does not say whether the name or the password was wrong) and nothing changes. An
        account with only a setup code raises :class:`SetupRequired`; a workspace still on a
        shared passphrase raises :class:`MigrationRequired`. Missing schema migrations are then
        applied, one transaction each, under the workspace's lock.
        """
        clock = clock or _utc_now
        db, meta, conn = cls._probe(folder)
        try:
            row = cls._slot_row(conn, name) if isinstance(name, str) else None
            if row is None or row["state"] == "disabled" or row["slot_wrapped"] is None:
                raise WrongPassword(_SIGN_IN_FAILED)
            secret = password if isinstance(password, str) else ""
            if row["state"] == "setup":
                # Only someone holding the code learns that the account waits for its setup.
                if slots.unwrap(_slot(row), slots.normalise_code(secret), name) is None:
                    raise WrongPassword(_SIGN_IN_FAILED)
                raise SetupRequired(f"user {name!r} has not chosen a password yet: sign in once "
                                    "with the setup code (`redactor account setup`)")
            key = slots.unwrap(_slot(row), secret, name)
            if key is None:
                raise WrongPassword(_SIGN_IN_FAILED)
            key = cls._checked(key, meta, name)
        finally:
            conn.close()
        with paths.creation_lock(db):
            paths.tighten(db)
            workspace = cls(_connect(db), key, db, clock, name, _signed_in=_SIGNED_IN)
            try:
                workspace._migrate(migrations)
                workspace._role()  # the account record itself is authentic and active
            except BaseException:
                workspace.close()
                raise
        return workspace

    @classmethod
    def setup_account(cls, folder: str | Path | None, name: str, code: str, password: str, *,
                      clock: Clock | None = None) -> Workspace:
        """First sign-in: ``code`` is the one-time setup code a lead gave ``name``; the account's
        slot is rewrapped under the new ``password`` (which must pass the password rule) and the
        code stops working. Returns the workspace signed in as ``name``."""
        clock = clock or _utc_now
        db, meta, conn = cls._probe(folder)
        try:
            row = cls._slot_row(conn, name) if isinstance(name, str) else None
            if row is None or row["state"] != "setup" or row["slot_wrapped"] is None:
                raise WrongPassword("wrong user name or setup code (or the account needs no setup)")
            key = slots.unwrap(_slot(row), slots.normalise_code(code), name)
            if key is None:
                raise WrongPassword("wrong user name or setup code (or the account needs no setup)")
            passwords.check(password, name)
            key = cls._checked(key, meta, name)
            kdf = KdfParams.from_json(meta["slot_kdf"])
        finally:
            conn.close()
        workspace = cls(_connect(db), key, db, clock, name, _signed_in=_SIGNED_IN)
        try:
            with workspace._tx():
                role = workspace._account(name, ("setup",))  # authentic, expiry included
                expires = workspace._slot_row(workspace._conn, name)["setup_expires"]
                if expires and workspace._now() > expires:
                    raise AccessDenied(f"the setup code of user {name!r} has expired: a lead gives "
                                       "a new one (`redactor users reset`)")
                workspace._write_account(name, role, "active", slots.wrap(key, password, name, kdf))
                workspace._audit(name, "setup_account", None, {"user": name})
        except BaseException:
            workspace.close()
            raise
        return workspace

    def _migrate(self, migrations: tuple[Migration, ...]) -> None:
        newly = apply_missing(self._conn, migrations, self._now)
        if newly and "audit" in self._tables():
            with self._tx():
                self._audit(self.user, "migrate", None, {"applied": newly})

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    def __enter__(self) -> Workspace:  # noqa: PYI034
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- plumbing
    def _now(self) -> str:
        return _iso(self._clock())

    def _tables(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _audit(self, actor: str, action: str, doc_id: int | None, details: dict[str, Any]) -> int:
        return audit.append(self._conn, self._cipher, at=self._now(), actor=actor,
                            action=action, doc_id=doc_id, details=details)

    def _name_tag(self, name: str) -> str:
        return self._cipher.tag(b"document-name|" + name.encode("utf-8"))

    def _doc(self, doc_id: int) -> sqlite3.Row:
        self._conn.row_factory = sqlite3.Row
        try:
            row = self._conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        finally:
            self._conn.row_factory = None
        if row is None:
            raise NotFound(f"no document with id {doc_id}")
        return row

    # ---------------------------------------------------------------- accounts
    def _account_mac(self, name: str, role: str, state: str, expires: str | None = None) -> str:
        return self._cipher.tag(json.dumps(["account", name, role, state, expires]).encode("utf-8"))

    def _write_account(self, name: str, role: str, state: str, slot: Slot | None, *,
                       expires: str | None = None) -> None:
        """Insert or replace ``name``'s account row (inside a transaction); the role is the
        users table's, and the mac binds both."""
        self._conn.execute("UPDATE users SET role = ? WHERE name = ?", (role, name))
        self._conn.execute(
            "INSERT OR REPLACE INTO accounts (name, state, slot_salt, slot_kdf, slot_wrapped,"
            " setup_expires, updated_at, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (name, state, slot.salt if slot else None, slot.kdf.to_json() if slot else None,
             slot.wrapped if slot else None, expires, self._now(),
             self._account_mac(name, role, state, expires)))

    def _account(self, name: str, states: tuple[str, ...] = ("active",)) -> str:
        """``name``'s role, after checking that the account record is authentic (not edited in
        the database) and in one of ``states``."""
        row = self._slot_row(self._conn, name)
        if row is None:
            raise AccessDenied(f"unknown user {name!r}")
        if row["mac"] != self._account_mac(name, row["role"], row["state"], row["setup_expires"]):
            raise Tampered(f"the account record of user {name!r} was changed outside redactor")
        if row["state"] not in states:
            raise AccessDenied(f"the account of user {name!r} is {row['state']}")
        return row["role"]

    def _role(self) -> str:
        """The signed-in person's role, checked afresh (a role change or a disabled account
        takes effect at once, also for a page that is still open)."""
        return self._account(self.user)

    def _require_lead(self, action: str) -> None:
        role = self._role()
        if role != "lead":
            raise AccessDenied(f"user {self.user!r} ({role}) may not {action}: lead only")

    def _slot_kdf(self) -> KdfParams:
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'slot_kdf'").fetchone()
        return KdfParams.from_json(row[0]) if row else KdfParams()

    def _data_key_for(self, secret: str, owner: str) -> Slot:
        """A new slot for ``owner`` holding the data key under ``secret``."""
        return slots.wrap(self._data_key, secret, owner, self._slot_kdf())

    def _issue_code(self, name: str) -> tuple[str, Slot, str]:
        code = slots.new_setup_code()
        return code, self._data_key_for(code, name), _iso(self._clock() + SETUP_CODE_VALID)

    def add_user(self, name: str, role: str) -> str:
        """Add a user with a role in staff|trainer|reviewer|lead; lead only. Returns the
        one-time setup code the new person signs in with once, to choose their password
        (valid for 7 days). User names are stored in clear."""
        check_user_name(name)
        if role not in policy.ROLES:
            raise WorkspaceError(f"unknown role {role!r}; expected one of {', '.join(policy.ROLES)}")
        with self._tx() as conn:
            self._require_lead("add users")
            if self.user_role(name) is not None:
                raise WorkspaceError(f"user {name!r} already exists")
            code, slot, expires = self._issue_code(name)
            conn.execute("INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)",
                         (name, role, self._now()))
            self._write_account(name, role, "setup", slot, expires=expires)
            self._audit(self.user, "add_user", None, {"user": name, "role": role})
        return code

    def _other_leads(self, name: str) -> int:
        return self._conn.execute(
            "SELECT COUNT(*) FROM users u JOIN accounts a ON a.name = u.name WHERE u.role = 'lead'"
            " AND a.state = 'active' AND u.name != ?", (name,)).fetchone()[0]

    def set_role(self, name: str, role: str) -> None:
        """Change a user's role; lead only. The last lead cannot stop being one."""
        if role not in policy.ROLES:
            raise WorkspaceError(f"unknown role {role!r}; expected one of {', '.join(policy.ROLES)}")
        with self._tx():
            self._require_lead("change roles")
            row = self._slot_row(self._conn, name)
            if row is None:
                raise NotFound(f"no user {name!r}")
            old = self._account(name, ("setup", "active", "disabled"))
            if old == "lead" and role != "lead" and not self._other_leads(name):
                raise AccessDenied(f"user {name!r} is the only lead: make another lead first")
            self._write_account(name, role, row["state"], _slot(row) if row["slot_wrapped"] else None,
                                expires=row["setup_expires"])
            self._audit(self.user, "set_role", None, {"user": name, "role": role, "from": old})

    def disable(self, name: str) -> None:
        """Disable an account; lead only. Its key slot is deleted: that password opens nothing
        any more. The last lead cannot be disabled."""
        with self._tx():
            self._require_lead("disable accounts")
            role = self._account(name, ("setup", "active", "disabled"))
            if role == "lead" and not self._other_leads(name):
                raise AccessDenied(f"user {name!r} is the only lead: make another lead first")
            self._write_account(name, role, "disabled", None)
            self._audit(self.user, "disable_user", None, {"user": name})

    def reset(self, name: str) -> str:
        """A new one-time setup code for ``name`` (a forgotten password, a re-enabled account);
        lead only. Their old slot is replaced: the old password opens nothing any more."""
        with self._tx():
            self._require_lead("reset accounts")
            role = self._account(name, ("setup", "active", "disabled"))
            code, slot, expires = self._issue_code(name)
            self._write_account(name, role, "setup", slot, expires=expires)
            self._audit(self.user, "reset_user", None, {"user": name})
        return code

    def change_password(self, old: str, new: str) -> None:
        """Change the signed-in person's own password: their one slot is rewrapped."""
        row = self._slot_row(self._conn, self.user)
        if row is None or slots.unwrap(_slot(row), old, self.user) is None:
            raise WrongPassword("the current password is wrong; nothing was changed")
        passwords.check(new, self.user)
        with self._tx():
            role = self._role()
            self._write_account(self.user, role, "active", self._data_key_for(new, self.user))
            self._audit(self.user, "change_password", None, {"user": self.user})

    def users(self) -> list[dict[str, Any]]:
        """Every user: name, role, state (setup, active, disabled), created_at."""
        self._role()  # a disabled account reads nothing, even in an open session
        rows = self._conn.execute(
            "SELECT u.name, u.role, COALESCE(a.state, 'setup'), u.created_at FROM users u"
            " LEFT JOIN accounts a ON a.name = u.name ORDER BY u.created_at, u.name").fetchall()
        return [{"name": n, "role": r, "state": s, "created_at": c} for n, r, s, c in rows]

    def user_role(self, name: str) -> str | None:
        """The user's role, or None for an unknown user."""
        row = self._conn.execute("SELECT role FROM users WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    # --------------------------------------------------------------- documents
    def _put_blob(self, doc_id: int, kind: str, plaintext: bytes) -> None:
        value = self._cipher.encrypt(plaintext, "blobs", f"{doc_id}/{kind}", "value")
        self._conn.execute("INSERT OR REPLACE INTO blobs (doc_id, kind, value) VALUES (?, ?, ?)",
                           (doc_id, kind, value))

    def _get_blob(self, doc_id: int, kind: str) -> bytes:
        self._doc(doc_id)
        row = self._conn.execute("SELECT value FROM blobs WHERE doc_id = ? AND kind = ?",
                                 (doc_id, kind)).fetchone()
        if row is None:
            raise NotFound(f"document {doc_id} has no stored {kind} (purged)")
        return self._cipher.decrypt(row[0], "blobs", f"{doc_id}/{kind}", "value")

    def _set_status(self, doc: sqlite3.Row, new: str, action: str,
                    extra: dict[str, Any] | None = None, **columns: Any) -> None:
        """Move ``doc`` to ``new`` (transition already checked) and audit it; inside a tx."""
        if new in (policy.AWAITING_REVIEW, policy.RETURNED):  # not approved any more
            columns = {"approved_by": None, "approved_sha256": None, **columns}
        now = self._now()
        assignments = "".join(f", {column} = ?" for column in columns)
        self._conn.execute(f"UPDATE documents SET status = ?, updated_at = ?{assignments} WHERE id = ?",
                           (new, now, *columns.values(), doc["id"]))
        self._audit(self.user, action, doc["id"], {"from": doc["status"], "to": new, **(extra or {})})

    def submit(self, name: str, source_bytes: bytes, pipeline: str, findings_json: str,
               needs_lead: bool = False, *, mapping_json: str | None = None,
               display_name: str | None = None,
               risk: dict[str, float] | None = None) -> tuple[int, int]:
        """Store a document for review; return ``(doc_id, version)``.

        Identical bytes under the same name return the existing (unpurged) document;
        changed bytes become the next version. The name, source and findings are encrypted,
        and so are the replacement mapping and the anonymised name (``display_name``, the
        only name listings show).
        """
        if not isinstance(name, str) or not name:
            raise WorkspaceError("document name must be a non-empty string")
        if not isinstance(source_bytes, (bytes, bytearray)):
            raise WorkspaceError("source must be bytes")
        if not isinstance(pipeline, str) or not pipeline:
            raise WorkspaceError("pipeline name must be a non-empty string")
        counts = _counts(findings_json)
        tag, digest = self._name_tag(name), sha256_hex(bytes(source_bytes))
        submitted_by = self.user
        with self._tx() as conn:
            self._role()  # any active account may submit
            same = conn.execute(
                "SELECT id, version, status FROM documents WHERE name_tag = ? AND source_sha256 = ?"
                " AND status != 'purged' ORDER BY version DESC LIMIT 1", (tag, digest)).fetchone()
            if same:
                if same[2] == policy.RETURNED:
                    # Staff redacted a returned document again: it goes back for review with the
                    # new findings (the reviewer's earlier decisions still apply).
                    # Whoever redacted it again owns the new findings: the four-eyes rule is
                    # theirs now, so they cannot approve what they just produced.
                    self._put_blob(same[0], "findings", findings_json.encode("utf-8"))
                    self._set_status(self._doc(same[0]), policy.AWAITING_REVIEW, "resubmit",
                                     {"new_findings": True}, submitted_by=submitted_by)
                return same[0], same[1]
            version = conn.execute("SELECT COALESCE(MAX(version), 0) + 1 FROM documents"
                                   " WHERE name_tag = ?", (tag,)).fetchone()[0]
            doc_id = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM documents").fetchone()[0]
            now = self._now()
            conn.execute(
                "INSERT INTO documents (id, name_tag, name_enc, version, source_sha256, pipeline,"
                " status, submitted_by, needs_lead, finding_counts, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id, tag, self._cipher.encrypt(name.encode("utf-8"), "documents", doc_id, "name"),
                 version, digest, pipeline, policy.AWAITING_REVIEW, submitted_by, int(bool(needs_lead)),
                 json.dumps(counts), now, now))
            self._put_blob(doc_id, "source", bytes(source_bytes))
            self._put_blob(doc_id, "findings", findings_json.encode("utf-8"))
            self._put_blob(doc_id, "decisions", b"[]")
            if mapping_json is not None:
                self._put_blob(doc_id, "mapping", mapping_json.encode("utf-8"))
            if display_name is not None:
                self._put_blob(doc_id, "display", display_name.encode("utf-8"))
            if risk:
                self._put_blob(doc_id, "risk", json.dumps(risk, sort_keys=True).encode("utf-8"))
            self._audit(submitted_by, "submit", doc_id, {
                "version": version, "source_sha256": digest, "pipeline": pipeline,
                "finding_counts": counts, "needs_lead": bool(needs_lead)})
        return doc_id, version

    def list(self, status: str | None = None) -> list[dict[str, Any]]:
        """Documents (optionally with one status), oldest first, with decrypted names.

        Each dict: id, name (None once purged), version, status, submitted_by, pipeline,
        finding_counts, needs_lead, lead_acknowledged_by, approved_by, created_at, updated_at.
        """
        self._role()  # a disabled account reads nothing, even in an open session
        if status is not None and status not in policy.STATUSES:
            raise WorkspaceError(f"unknown status {status!r}; expected one of {', '.join(policy.STATUSES)}")
        query = "SELECT * FROM documents" + (" WHERE status = ?" if status else "") + " ORDER BY id"
        self._conn.row_factory = sqlite3.Row
        try:
            rows = self._conn.execute(query, (status,) if status else ()).fetchall()
        finally:
            self._conn.row_factory = None
        return [{"id": r["id"], **self._names(r),
            "version": r["version"], "status": r["status"], "submitted_by": r["submitted_by"],
            "pipeline": r["pipeline"], "finding_counts": json.loads(r["finding_counts"]),
            "needs_lead": bool(r["needs_lead"]), "lead_acknowledged_by": r["lead_ack_by"],
            "approved_by": r["approved_by"], "created_at": r["created_at"], "updated_at": r["updated_at"],
            "released_at": r["released_at"],
        } for r in rows]

    def _names(self, r: sqlite3.Row) -> dict[str, Any]:
        """A row's decrypted name, anonymised name and risk summary; a row whose values fail
        authentication (damaged, or edited by hand) is marked ``damaged`` instead of stopping
        the listing of every other document."""
        try:
            return {"name": (self._cipher.decrypt(r["name_enc"], "documents", r["id"], "name").decode()
                             if r["name_enc"] is not None else None),
                    "display_name": self._display_name(r), "risk": self._risk(r["id"]),
                    "damaged": False}
        except (Tampered, UnicodeDecodeError, ValueError):
            return {"name": None, "display_name": None, "risk": {}, "damaged": True}

    def damaged_documents(self) -> list[int]:
        """Ids of documents with a stored value (name, source, findings, decisions, mapping,
        notes...) that no longer decrypts: damaged, or changed outside redactor."""
        self._role()  # a disabled account reads nothing, even in an open session
        bad = set()
        for doc_id, name_enc in self._conn.execute("SELECT id, name_enc FROM documents").fetchall():
            if name_enc is not None and not self._decrypts(name_enc, "documents", doc_id, "name"):
                bad.add(doc_id)
        for doc_id, kind, value in self._conn.execute("SELECT doc_id, kind, value FROM blobs").fetchall():
            if not self._decrypts(value, "blobs", f"{doc_id}/{kind}", "value"):
                bad.add(doc_id)
        for note_id, doc_id, body in self._conn.execute("SELECT id, doc_id, body FROM notes").fetchall():
            if not self._decrypts(body, "notes", note_id, "body"):
                bad.add(doc_id)
        return sorted(bad)

    def _decrypts(self, blob: bytes, table: str, row: object, column: str) -> bool:
        try:
            self._cipher.decrypt(blob, table, row, column)
        except Tampered:
            return False
        return True

    def _display_name(self, r: sqlite3.Row) -> str | None:
        """The anonymised name; for a document stored before names were anonymised, a neutral
        one ("document-7.docx"), never the original."""
        if r["name_enc"] is None:
            return None
        row = self._conn.execute("SELECT value FROM blobs WHERE doc_id = ? AND kind = 'display'",
                                 (r["id"],)).fetchone()
        if row is not None:
            return self._cipher.decrypt(row[0], "blobs", f"{r['id']}/display", "value").decode("utf-8")
        suffix = Path(self._cipher.decrypt(r["name_enc"], "documents", r["id"], "name").decode()).suffix
        return f"document-{r['id']}{suffix}"

    def _risk(self, doc_id: int) -> dict[str, float]:
        """Risk-of-harm categories and confidence (no text), {} when none was flagged."""
        row = self._conn.execute("SELECT value FROM blobs WHERE doc_id = ? AND kind = 'risk'",
                                 (doc_id,)).fetchone()
        return {} if row is None else json.loads(
            self._cipher.decrypt(row[0], "blobs", f"{doc_id}/risk", "value"))

    def get_mapping(self, doc_id: int) -> str | None:
        """The document's replacement mapping (JSON), or None for one stored without it."""
        self._role()  # a disabled account reads nothing, even in an open session
        self._doc(doc_id)
        row = self._conn.execute("SELECT value FROM blobs WHERE doc_id = ? AND kind = 'mapping'",
                                 (doc_id,)).fetchone()
        return None if row is None else \
            self._cipher.decrypt(row[0], "blobs", f"{doc_id}/mapping", "value").decode("utf-8")

    def latest_mapping(self, name: str) -> str | None:
        """The mapping of the newest stored version of the file called ``name`` (a new version
        is replaced the same way as the one before)."""
        self._role()  # a disabled account reads nothing, even in an open session
        row = self._conn.execute(
            "SELECT d.id FROM documents d JOIN blobs b ON b.doc_id = d.id AND b.kind = 'mapping'"
            " WHERE d.name_tag = ? AND d.status != 'purged' ORDER BY d.version DESC LIMIT 1",
            (self._name_tag(name),)).fetchone()
        return None if row is None else self.get_mapping(row[0])

    def get_source(self, doc_id: int) -> bytes:
        """The stored source bytes (NotFound once purged, Tampered if altered)."""
        self._role()  # a disabled account reads nothing, even in an open session
        return self._get_blob(doc_id, "source")

    def get_findings(self, doc_id: int) -> Any:
        """The findings as submitted, parsed from JSON."""
        self._role()  # a disabled account reads nothing, even in an open session
        return json.loads(self._get_blob(doc_id, "findings"))

    def get_decisions(self, doc_id: int) -> list[dict[str, Any]]:
        """Review decisions recorded so far, oldest first."""
        self._role()  # a disabled account reads nothing, even in an open session
        return json.loads(self._get_blob(doc_id, "decisions"))

    def get_notes(self, doc_id: int) -> list[dict[str, Any]]:
        """Notes on a document: dicts with id, author, created_at and text."""
        self._role()  # a disabled account reads nothing, even in an open session
        self._doc(doc_id)
        rows = self._conn.execute("SELECT id, author, created_at, body FROM notes WHERE doc_id = ?"
                                  " ORDER BY id", (doc_id,)).fetchall()
        return [{"id": i, "author": a, "created_at": c,
                 "text": self._cipher.decrypt(b, "notes", i, "body").decode("utf-8")}
                for i, a, c, b in rows]

    # ------------------------------------------------------------------ review
    def record_decision(self, doc_id: int, decision: Mapping[str, Any],
                        mapping_json: str | None = None) -> int:
        """Record a reviewer's decision on one finding; return its index in the decision list.

        ``decision`` needs ``finding`` (index into the findings list) and ``action``
        (accept|reject); other keys (e.g. a reason) are stored encrypted with it.
        ``mapping_json``, when given, replaces the document's mapping in the same transaction
        (an added identifier extends it). Only a reviewer or lead other than the submitter,
        while awaiting review.
        """
        by = self.user
        with self._tx():  # checks run under the write lock, so they cannot race
            doc = self._doc(doc_id)
            policy.require_reviewer(doc_id, by, self._role(), doc["submitted_by"], "review")
            self._require_awaiting(doc)
            index, action = decision.get("finding"), decision.get("action")
            count = len(self.get_findings(doc_id))
            if action not in _DECISION_ACTIONS:
                raise WorkspaceError("decision action must be 'accept', 'reject', 'add', 'generalise' or "
                                     "'keep'")
            if action == "add":
                # A missed identifier: the spans (offsets, type, replacement) to redact as well.
                spans = decision.get("spans")
                if not isinstance(spans, list) or not spans or not all(
                        isinstance(x, dict) and {"start", "end", "type", "replacement"} <= set(x)
                        for x in spans):
                    raise WorkspaceError("an 'add' decision needs spans with start, end, type and replacement")
                index = -1
            elif not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < count:
                raise WorkspaceError(f"decision must name a finding index 0-{count - 1}")
            try:
                encoded = json.dumps({**decision, "by": by, "at": self._now()}, sort_keys=True)
            except (TypeError, ValueError):
                raise WorkspaceError("decision must be JSON-serialisable") from None
            decisions = self.get_decisions(doc_id)
            decisions.append(json.loads(encoded))
            self._put_blob(doc_id, "decisions", json.dumps(decisions).encode("utf-8"))
            if mapping_json is not None:
                self._put_blob(doc_id, "mapping", mapping_json.encode("utf-8"))
            self._conn.execute("UPDATE documents SET updated_at = ? WHERE id = ?", (self._now(), doc_id))
            self._audit(by, "decision", doc_id, {"finding": index, "action": action,
                                                 "decision_sha256": sha256_hex(encoded.encode())})
        return len(decisions) - 1

    def add_note(self, doc_id: int, text: str) -> int:
        """Attach an encrypted note to a document; return the note id."""
        by = self.user
        with self._tx():
            self._role()
            if self._doc(doc_id)["status"] == policy.PURGED:
                raise InvalidTransition(f"document {doc_id} is purged")
            note_id = self._insert_note(doc_id, by, text)
            self._audit(by, "note", doc_id, {"note_id": note_id,
                                             "note_sha256": sha256_hex(text.encode("utf-8"))})
        return note_id

    def _insert_note(self, doc_id: int, by: str, text: str) -> int:
        if not isinstance(text, str):
            raise WorkspaceError("note must be a string")
        note_id = self._conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM notes").fetchone()[0]
        self._conn.execute("INSERT INTO notes (id, doc_id, author, created_at, body) VALUES (?, ?, ?, ?, ?)",
                           (note_id, doc_id, by, self._now(),
                            self._cipher.encrypt(text.encode("utf-8"), "notes", note_id, "body")))
        return note_id

    @staticmethod
    def _require_awaiting(doc: sqlite3.Row) -> None:
        if doc["status"] != policy.AWAITING_REVIEW:
            raise InvalidTransition(f"document {doc['id']} is {doc['status']}, not awaiting_review")

    def record_view(self, doc_id: int) -> None:
        """Audit that the signed-in person was shown the originals of a document (who, which,
        when); refused for an account that is no longer active."""
        with self._tx():
            self._role()
            self._doc(doc_id)
            self._audit(self.user, "view_originals", doc_id, {})

    def acknowledge(self, doc_id: int, note: str) -> None:
        """A lead (not the submitter) acknowledges a document; required before approving
        one flagged ``needs_lead``. The note is stored encrypted."""
        by = self.user
        with self._tx() as conn:
            doc = self._doc(doc_id)
            role = self._role()
            if role != "lead":
                raise AccessDenied(f"user {by!r} ({role}) may not acknowledge document {doc_id}: "
                                   "lead only")
            if by == doc["submitted_by"]:
                raise AccessDenied(f"user {by!r} may not acknowledge document {doc_id}: "
                                   "they submitted it (four-eyes rule)")
            self._require_awaiting(doc)
            note_id = self._insert_note(doc_id, by, note)
            conn.execute("UPDATE documents SET lead_ack_by = ?, updated_at = ? WHERE id = ?",
                         (by, self._now(), doc_id))
            self._audit(by, "acknowledge", doc_id, {"note_id": note_id,
                                                    "note_sha256": sha256_hex(note.encode("utf-8"))})

    def approve(self, doc_id: int, output_sha256: str | None = None) -> None:
        """Approve for release: reviewer or lead only, never the submitter; a ``needs_lead``
        document must first be acknowledged by a lead. ``output_sha256`` pins the output the
        reviewer approved: release re-renders it and refuses anything else."""
        by = self.user
        with self._tx():
            doc = self._doc(doc_id)
            policy.require_reviewer(doc_id, by, self._role(), doc["submitted_by"], "approve")
            policy.check_transition(doc_id, doc["status"], policy.APPROVED)
            if doc["needs_lead"] and not doc["lead_ack_by"]:
                raise AccessDenied(f"document {doc_id} needs a lead's acknowledgement before approval")
            self._set_status(doc, policy.APPROVED, "approve", {"output_sha256": output_sha256},
                             approved_by=by, approved_sha256=output_sha256)

    # ------------------------------------------------------- the trail decides
    def trails(self) -> dict[int, dict[str, Any]]:
        """Every document's state as its audit trail tells it (one pass over the trail): status,
        submitter, approver, the approved output's sha256, the lead's acknowledgement, and the
        role the trail gave the approver and the acknowledging lead at that moment. The trail is hash-chained and its head signed under the
        workspace key, so unlike a status column it cannot be edited without the key
        (``verify_audit`` says whether it was)."""
        self._role()  # a disabled account reads nothing, even in an open session
        roles: dict[str, str] = {}
        disabled: set[str] = set()
        states: dict[int, dict[str, Any]] = {}

        def role_of(user: str) -> str | None:
            return None if user in disabled else roles.get(user)

        for e in audit.entries(self._conn):
            details = e["details"]
            if e["action"] in ("add_user", "set_role"):
                roles[details.get("user")] = details.get("role")
            elif e["action"] == "disable_user":
                disabled.add(details.get("user"))
            elif e["action"] == "reset_user":  # back in, with the role they had
                disabled.discard(details.get("user"))
            if e["doc_id"] is None:
                continue
            state = states.setdefault(e["doc_id"], {
                "status": None, "submitted_by": None, "approved_by": None, "approved_sha256": None,
                "approver_role": None, "needs_lead": False, "acknowledged_by": None,
                "acknowledger_role": None})
            if e["action"] == "submit":
                state.update(status=policy.AWAITING_REVIEW, submitted_by=e["actor"],
                             needs_lead=bool(details.get("needs_lead")))
            elif e["action"] == "resubmit" and details.get("new_findings"):
                state["submitted_by"] = e["actor"]  # whoever redacted it again owns its findings
            elif e["action"] == "acknowledge":
                state.update(acknowledged_by=e["actor"], acknowledger_role=role_of(e["actor"]))
            if "to" in details:
                state["status"] = details["to"]
                if e["action"] == "approve":
                    state.update(approved_by=e["actor"], approved_sha256=details.get("output_sha256"),
                                 approver_role=role_of(e["actor"]))
                elif details["to"] in (policy.AWAITING_REVIEW, policy.RETURNED):
                    state.update(approved_by=None, approved_sha256=None, approver_role=None)
        return states

    def verified_approval(self, doc_id: int) -> str:
        """The sha256 of the output a reviewer approved, as the authenticated audit trail
        records it; raises unless the trail is intact, shows the document approved by a
        reviewer or lead who did not submit it (and acknowledged by a lead when flagged), and
        the document's record agrees with it."""
        broken = self.verify_audit()
        if broken is not None:
            raise Tampered(f"the audit trail is broken at entry {broken}; nothing is released until "
                           "it is checked (audit --verify)")
        row = self._doc(doc_id)
        t = self.trails().get(doc_id, {"status": None, "approved_sha256": None})
        if t["status"] != policy.APPROVED or not t["approved_sha256"]:
            raise Tampered(f"document {doc_id}: its audit trail does not show it approved")
        approver = t["approved_by"]
        if t["approver_role"] not in policy.REVIEW_ROLES or approver == t["submitted_by"]:
            raise Tampered(f"document {doc_id}: its audit trail shows no valid approval")
        if t["needs_lead"] and (t["acknowledger_role"] != "lead"
                                or t["acknowledged_by"] == t["submitted_by"]):
            raise Tampered(f"document {doc_id}: its audit trail shows no lead's acknowledgement")
        if (row["status"], row["approved_by"], row["approved_sha256"]) != \
                (t["status"], approver, t["approved_sha256"]):
            raise Tampered(f"document {doc_id}: its record does not agree with its audit trail")
        return t["approved_sha256"]

    def disagreeing_documents(self) -> list[int]:
        """Ids of documents whose status, approver or approved hash differ from their trail."""
        trails = self.trails()
        out = []
        for doc_id, status, approved_by, approved_sha256 in self._conn.execute(
                "SELECT id, status, approved_by, approved_sha256 FROM documents ORDER BY id"):
            t = trails.get(doc_id, {})
            if (status, approved_by, approved_sha256) != \
                    (t.get("status"), t.get("approved_by"), t.get("approved_sha256")):
                out.append(doc_id)
        return out

    def set_tags(self, doc_id: int, tags: list[str]) -> list[str]:
        """Topic tags for the trainers' library ("exclusion", "home to school transport"), set by a
        reviewer or lead; stored encrypted; returns them cleaned (trimmed, no duplicates)."""
        clean: list[str] = []
        for tag in tags:
            tag = " ".join(str(tag).split())
            if tag and tag.casefold() not in {t.casefold() for t in clean}:
                if len(tag) > MAX_TAG_CHARS or not tag.isprintable():
                    raise WorkspaceError(f"a tag is at most {MAX_TAG_CHARS} printable characters")
                clean.append(tag)
        if len(clean) > MAX_TAGS:
            raise WorkspaceError(f"at most {MAX_TAGS} tags")
        with self._tx():
            role = self._role()
            if role not in policy.REVIEW_ROLES:
                raise AccessDenied(f"user {self.user!r} ({role}) may not tag document {doc_id}: "
                                   "reviewer or lead only")
            self._doc(doc_id)
            encoded = json.dumps(clean).encode("utf-8")
            self._put_blob(doc_id, "tags", encoded)
            self._audit(self.user, "tags", doc_id, {"count": len(clean), "tags_sha256": sha256_hex(encoded)})
        return clean

    def get_tags(self, doc_id: int) -> list[str]:
        """The document's topic tags ([] when none were set)."""
        self._role()
        self._doc(doc_id)
        row = self._conn.execute("SELECT value FROM blobs WHERE doc_id = ? AND kind = 'tags'",
                                 (doc_id,)).fetchone()
        return [] if row is None else json.loads(
            self._cipher.decrypt(row[0], "blobs", f"{doc_id}/tags", "value"))

    def get_released(self, doc_id: int) -> bytes:
        """The released file's bytes, for the trainers' library (NotFound unless released)."""
        self._role()
        if self._doc(doc_id)["status"] != policy.RELEASED:
            raise NotFound(f"document {doc_id} is not released")
        return self._get_blob(doc_id, "released")

    def release(self, doc_id: int, released_sha256: str, data: bytes | None = None) -> None:
        """Record that the approved output was released (reviewer or lead); ``data``, the released
        file, is kept encrypted for the trainers' library."""
        by = self.user
        with self._tx():
            doc = self._doc(doc_id)
            role = self._role()
            policy.check_transition(doc_id, doc["status"], policy.RELEASED)
            if role not in policy.REVIEW_ROLES:
                raise AccessDenied(f"user {by!r} ({role}) may not release document {doc_id}: "
                                   "reviewer or lead only")
            if data is not None:
                if sha256_hex(bytes(data)) != released_sha256:
                    raise WorkspaceError(f"document {doc_id}: the released bytes do not match their sha256")
                self._put_blob(doc_id, "released", bytes(data))
            self._set_status(doc, policy.RELEASED, "release", {"released_sha256": released_sha256},
                             released_at=self._now(), released_sha256=released_sha256)

    def set_status(self, doc_id: int, status: str) -> None:
        """Change status with the allowed transitions enforced.

        awaiting_review -> approved|returned; returned -> awaiting_review;
        approved -> released; any -> purged. ``approved`` goes through :meth:`approve`
        and ``purged`` through :meth:`purge`, so their rules always apply. Returning and
        releasing need a reviewer or lead (returning: not the submitter).
        """
        by = self.user
        if status == policy.APPROVED:
            return self.approve(doc_id)
        if status == policy.PURGED:
            return self.purge(doc_id)
        with self._tx():
            doc = self._doc(doc_id)
            role = self._role()
            policy.check_transition(doc_id, doc["status"], status)
            columns: dict[str, Any] = {}
            if status == policy.RETURNED:
                policy.require_reviewer(doc_id, by, role, doc["submitted_by"], "return")
            elif status == policy.RELEASED:
                if role not in policy.REVIEW_ROLES:
                    raise AccessDenied(f"user {by!r} ({role}) may not release document {doc_id}: "
                                       "reviewer or lead only")
                columns["released_at"] = self._now()
            action = "resubmit" if status == policy.AWAITING_REVIEW else status
            self._set_status(doc, status, action, **columns)

    # ------------------------------------------------------------------- purge
    def purge(self, doc_id: int) -> None:
        """Delete a document's stored name, source, findings, decisions and notes; keep its
        row (ids, status, hashes, counts) and the audit log. The submitter or a lead."""
        by = self.user
        with self._tx():
            doc = self._doc(doc_id)
            role = self._role()
            if role != "lead" and by != doc["submitted_by"]:
                raise AccessDenied(f"user {by!r} ({role}) may not purge document {doc_id}: "
                                   "lead or submitter only")
            policy.check_transition(doc_id, doc["status"], policy.PURGED)
            self._purge(doc)

    def _purge(self, doc: sqlite3.Row) -> None:
        self._conn.execute("DELETE FROM blobs WHERE doc_id = ?", (doc["id"],))
        self._conn.execute("DELETE FROM notes WHERE doc_id = ?", (doc["id"],))
        self._set_status(doc, policy.PURGED, "purge", name_enc=None,
                         name_tag=f"purged-{doc['id']}")

    def purge_released_before(self, when: date | datetime) -> list[int]:
        """Purge every document released before ``when`` (a date means midnight UTC);
        lead only; one transaction; return the purged ids."""
        by = self.user
        role = self._role()
        if role != "lead":
            raise AccessDenied(f"user {by!r} ({role}) may not purge: lead only")
        cutoff = _iso(when)
        with self._tx() as conn:
            ids = [r[0] for r in conn.execute(
                "SELECT id FROM documents WHERE status = 'released' AND released_at < ? ORDER BY id",
                (cutoff,))]
            for doc_id in ids:
                self._purge(self._doc(doc_id))
        return ids

    # ------------------------------------------------------------------- audit
    def audit_entries(self) -> list[dict[str, Any]]:
        """The audit log in seq order."""
        self._role()  # a disabled account reads nothing, even in an open session
        return audit.entries(self._conn)

    def verify_audit(self) -> int | None:
        """First broken audit seq, or None when the chain and its signed head are intact."""
        return audit.verify(self._conn, self._cipher)

    def migrations(self) -> list[str]:
        """Names of the applied schema migrations, in order."""
        return applied(self._conn)

    # --------------------------------------------------------------- migration
    @classmethod
    def migrate(cls, folder: str | Path | None, passphrase: str, name: str, password: str, *,
                kdf: KdfParams | None = None, clock: Clock | None = None,
                migrations: tuple[Migration, ...] = MIGRATIONS) -> Workspace:
        """Move a workspace made before accounts (one shared passphrase) to accounts, once.

        ``passphrase`` opens it (else :class:`WrongPassword`, nothing changed). Refused while its
        audit trail fails verification, so tampering is never re-signed. In one transaction:
        every stored value is encrypted again under a new random data key, the audit head is
        signed under it, the passphrase's salt and check value are deleted (the passphrase
        opens nothing any more), ``name`` becomes a lead holding a slot under ``password``, and
        every other user keeps their role with no way in until a lead gives them a setup code
        (``reset``). Returns the workspace signed in as ``name``.
        """
        check_user_name(name)
        passwords.check(password, name)
        clock = clock or _utc_now
        kdf = kdf or KdfParams()
        db = paths.db_path(folder)
        with paths.creation_lock(db):  # a second migration at once waits, then finds it done
            db, meta, conn = cls._probe(folder, accounts=False)
            try:
                leads = [n for (n,) in conn.execute("SELECT name FROM users WHERE role = 'lead'")]
            finally:
                conn.close()
            if str(meta.get("format", "1")) == FORMAT:
                raise WorkspaceError(f"the workspace in {db.parent} already has accounts")
            old = Cipher(passphrase_key(passphrase, bytes(meta["salt"]),
                                        ScryptParams.from_json(meta["kdf"])))
            if not old.check_verifier(bytes(meta["verifier"])):
                raise WrongPassword(f"wrong passphrase for the workspace in {db.parent}")
            if leads and name not in leads:
                raise AccessDenied(f"only a lead of this workspace migrates it ({', '.join(sorted(leads))})")
            key = new_data_key()
            ws = cls(_connect(db), key, db, clock, name, _signed_in=_SIGNED_IN)
            try:
                conn = ws._conn
                ws._cipher = old
                if ws.verify_audit() is not None:
                    raise WorkspaceError(f"the audit trail of {db.parent} is broken at entry "
                                         f"{ws.verify_audit()}; refusing to migrate")
                apply_missing(conn, migrations, ws._now)
                fresh = Cipher(key)
                with ws._tx():
                    for doc_id, name_enc in conn.execute(
                            "SELECT id, name_enc FROM documents WHERE name_enc IS NOT NULL").fetchall():
                        plain = old.decrypt(name_enc, "documents", doc_id, "name")
                        conn.execute("UPDATE documents SET name_enc = ?, name_tag = ? WHERE id = ?",
                                     (fresh.encrypt(plain, "documents", doc_id, "name"),
                                      fresh.tag(b"document-name|" + plain), doc_id))
                    for doc_id, kind, value in conn.execute(
                            "SELECT doc_id, kind, value FROM blobs").fetchall():
                        conn.execute("UPDATE blobs SET value = ? WHERE doc_id = ? AND kind = ?",
                                     (reencrypt(value, old, fresh, "blobs", f"{doc_id}/{kind}", "value"),
                                      doc_id, kind))
                    for note_id, body in conn.execute("SELECT id, body FROM notes").fetchall():
                        conn.execute("UPDATE notes SET body = ? WHERE id = ?",
                                     (reencrypt(body, old, fresh, "notes", note_id, "body"), note_id))
                    conn.execute("DELETE FROM meta WHERE key IN ('salt', 'kdf')")
                    for k, v in (("format", FORMAT), ("verifier", fresh.make_verifier()),
                                 ("slot_kdf", kdf.to_json())):
                        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (k, v))
                    ws._cipher = fresh
                    audit.reanchor(conn, fresh)
                    others = [n for (n,) in conn.execute("SELECT name FROM users WHERE name != ?",
                                                         (name,))]
                    for other in others:
                        ws._write_account(other, ws.user_role(other), "setup", None)
                    if ws.user_role(name) is None:
                        conn.execute("INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)",
                                     (name, "lead", ws._now()))
                        ws._audit(name, "add_user", None, {"user": name, "role": "lead"})
                    elif ws.user_role(name) != "lead":
                        ws._audit(name, "set_role", None, {"user": name, "role": "lead",
                                                           "from": ws.user_role(name)})
                    ws._write_account(name, "lead", "active", slots.wrap(key, password, name, kdf))
                    ws._audit(name, "migrate_to_accounts", None, {"users_to_set_up": len(others)})
            except BaseException:
                ws.close()
                raise
        return ws
