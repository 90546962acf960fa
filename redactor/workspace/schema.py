"""Versioned schema migrations for the workspace database.

``BOOTSTRAP`` creates the two tables every workspace has from the start (``meta``
and ``migrations``). ``MIGRATIONS`` is an ordered list of named migrations; each is
applied in its own transaction together with its row in ``migrations``. Opening an
older workspace applies the ones it is missing. Never edit a released migration:
append a new one.

Clear columns hold only ids, statuses, user names, dates, hashes and counts.
Document names, sources, findings, decisions and notes are encrypted BLOBs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    """One named schema step: SQL statements run in order inside one transaction."""

    name: str
    statements: tuple[str, ...]


BOOTSTRAP = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
    ("CREATE TABLE IF NOT EXISTS migrations ("
    " seq INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"),
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_core", (
        ("CREATE TABLE users ("
        " name TEXT PRIMARY KEY,"
        " role TEXT NOT NULL CHECK (role IN ('staff','trainer','reviewer','lead')),"
        " created_at TEXT NOT NULL)"),
        ("CREATE TABLE documents ("
        " id INTEGER PRIMARY KEY,"
        " name_tag TEXT NOT NULL,"          # HMAC of the file name, for lookups
        " name_enc BLOB,"                   # encrypted file name (NULL once purged)
        " version INTEGER NOT NULL,"
        " source_sha256 TEXT NOT NULL,"
        " pipeline TEXT NOT NULL,"
        " status TEXT NOT NULL CHECK (status IN"
        "  ('awaiting_review','approved','returned','released','purged')),"
        " submitted_by TEXT NOT NULL REFERENCES users(name),"
        " needs_lead INTEGER NOT NULL DEFAULT 0,"
        " lead_ack_by TEXT REFERENCES users(name),"
        " approved_by TEXT REFERENCES users(name),"
        " finding_counts TEXT NOT NULL DEFAULT '{}',"  # JSON {type: count}
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " released_at TEXT,"
        " UNIQUE (name_tag, version))"),
        ("CREATE TABLE blobs ("
        " doc_id INTEGER NOT NULL REFERENCES documents(id),"
        " kind TEXT NOT NULL CHECK (kind IN ('source','findings','decisions')),"
        " value BLOB NOT NULL,"
        " PRIMARY KEY (doc_id, kind))"),
        ("CREATE TABLE notes ("
        " id INTEGER PRIMARY KEY,"
        " doc_id INTEGER NOT NULL REFERENCES documents(id),"
        " author TEXT NOT NULL REFERENCES users(name),"
        " created_at TEXT NOT NULL,"
        " body BLOB NOT NULL)"),
    )),
    Migration("0002_audit", (
        ("CREATE TABLE audit ("
        " seq INTEGER PRIMARY KEY,"
        " at TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " action TEXT NOT NULL,"
        " doc_id INTEGER,"
        " details TEXT NOT NULL,"           # canonical JSON of hashes/counts/ids only
        " hash TEXT NOT NULL)"),
        ("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
        " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
        ("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
        " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
    )),
    Migration("0003_indexes", (
        "CREATE INDEX documents_status ON documents(status)",
        "CREATE INDEX documents_name_tag ON documents(name_tag)",
        "CREATE INDEX notes_doc ON notes(doc_id)",
    )),
    Migration("0004_output_hashes", (
        "ALTER TABLE documents ADD COLUMN approved_sha256 TEXT",   # the output the reviewer approved
        "ALTER TABLE documents ADD COLUMN released_sha256 TEXT",   # the file release wrote
    )),
    # Each document keeps its replacement mapping (so later changes are replaced the same way),
    # its anonymised file name (what every listing shows) and its risk-of-harm summary
    # (categories and confidence), all encrypted like the source.
    Migration("0005_mapping_name_and_risk", (
        ("CREATE TABLE blobs_new ("
        " doc_id INTEGER NOT NULL REFERENCES documents(id),"
        " kind TEXT NOT NULL CHECK (kind IN ('source','findings','decisions','mapping','display','risk')),"
        " value BLOB NOT NULL,"
        " PRIMARY KEY (doc_id, kind))"),
        "INSERT INTO blobs_new (doc_id, kind, value) SELECT doc_id, kind, value FROM blobs",
        "DROP TABLE blobs",
        "ALTER TABLE blobs_new RENAME TO blobs",
    )),
    # Accounts: each user's own copy of the random workspace key (a key slot, wrapped under their
    # password or, until they choose one, their one-time setup code); no shared passphrase. The
    # mac (HMAC under the workspace key) binds name, role and state, so an edit of a role or
    # state in the database is caught.
    Migration("0006_accounts", (
        ("CREATE TABLE accounts ("
        " name TEXT PRIMARY KEY REFERENCES users(name),"
        " state TEXT NOT NULL CHECK (state IN ('setup','active','disabled')),"
        " slot_salt BLOB,"                  # NULL: no slot (disabled, or no setup code issued yet)
        " slot_kdf TEXT,"
        " slot_wrapped BLOB,"
        " setup_expires TEXT,"              # a setup code's slot stops working after this
        " updated_at TEXT NOT NULL,"
        " mac TEXT NOT NULL)"),
    )),
    # Released documents stay in the workspace (encrypted) for the trainers' library, with the
    # topic tags a reviewer set on approval (also encrypted: a tag is free text).
    Migration("0007_released_and_tags", (
        ("CREATE TABLE blobs_new ("
        " doc_id INTEGER NOT NULL REFERENCES documents(id),"
        " kind TEXT NOT NULL CHECK (kind IN ('source','findings','decisions','mapping','display',"
        "'risk','released','tags')),"
        " value BLOB NOT NULL,"
        " PRIMARY KEY (doc_id, kind))"),
        "INSERT INTO blobs_new (doc_id, kind, value) SELECT doc_id, kind, value FROM blobs",
        "DROP TABLE blobs",
        "ALTER TABLE blobs_new RENAME TO blobs",
    )),
)


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations recorded in this database, in the order applied."""
    return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY seq")]


def apply_missing(conn: sqlite3.Connection, migrations: tuple[Migration, ...],
                  now: Callable[[], str]) -> list[str]:
    """Apply each migration not yet recorded, one transaction each; return their names.

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    done = set(applied(conn))
    newly = []
    for migration in migrations:
        if migration.name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                         (migration.name, now()))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        newly.append(migration.name)
    return newly
