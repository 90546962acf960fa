"""Append-only, hash-chained audit log stored in the workspace database.

Each entry holds ``seq, at, actor, action, doc_id, details`` where ``details`` is a
small dict of ids, statuses, counts and hashes - never document text. Its ``hash`` is
``sha256(previous hash + canonical JSON of the entry)``; the first entry chains from
64 zeros. The newest ``(seq, hash)`` is also kept in ``meta`` as the *head*, with an
HMAC under the workspace key, so deleting the newest entries or rewriting the whole
chain without the passphrase is detected too. Triggers refuse UPDATE and DELETE on
the table; :func:`verify` catches edits made around them.
"""

from __future__ import annotations

import hmac
import json
import sqlite3
from typing import Any

from redactor.workspace.crypto import Cipher, sha256_hex

GENESIS = "0" * 64
_HEAD_KEY = "audit_head"


def canonical(entry: dict[str, Any]) -> str:
    """Canonical JSON of an entry: sorted keys, no spaces, UTF-8 text."""
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(previous: str, entry: dict[str, Any]) -> str:
    """The hash stored with ``entry`` given the previous entry's hash."""
    return sha256_hex((previous + canonical(entry)).encode("utf-8"))


def _entry(row: sqlite3.Row | tuple) -> dict[str, Any]:
    seq, at, actor, action, doc_id, details = row[:6]
    return {"seq": seq, "at": at, "actor": actor, "action": action, "doc_id": doc_id,
            "details": json.loads(details)}


def _head_mac(cipher: Cipher, seq: int, digest: str) -> str:
    return cipher.tag(f"audit-head|{seq}|{digest}".encode())


def _write_head(conn: sqlite3.Connection, cipher: Cipher, seq: int, digest: str) -> None:
    value = f"{seq}:{digest}:{_head_mac(cipher, seq, digest)}"
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_HEAD_KEY, value))


def append(conn: sqlite3.Connection, cipher: Cipher, *, at: str, actor: str, action: str,
           doc_id: int | None = None, details: dict[str, Any] | None = None) -> int:
    """Append one entry inside the caller's open transaction; return its seq."""
    last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, previous = (last[0] + 1, last[1]) if last else (1, GENESIS)
    entry = {"seq": seq, "at": at, "actor": actor, "action": action, "doc_id": doc_id,
             "details": details or {}}
    digest = chain_hash(previous, entry)
    conn.execute(
        "INSERT INTO audit (seq, at, actor, action, doc_id, details, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, doc_id, canonical(entry["details"]), digest))
    _write_head(conn, cipher, seq, digest)
    return seq


def reanchor(conn: sqlite3.Connection, cipher: Cipher) -> None:
    """Re-sign the head with a new key (rekey). Call only after :func:`verify` passed."""
    last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    if last:
        _write_head(conn, cipher, last[0], last[1])


def entries(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """All entries in seq order, as dicts (with their stored ``hash``)."""
    rows = conn.execute(
        "SELECT seq, at, actor, action, doc_id, details, hash FROM audit ORDER BY seq")
    return [{**_entry(row), "hash": row[6]} for row in rows]


def verify(conn: sqlite3.Connection, cipher: Cipher) -> int | None:
    """Return the first seq where the log is broken, or None when it is intact.

    Detects an edited entry (its hash no longer matches), a deleted entry (a gap in
    seq or a broken link), reordered entries, and missing or unsigned entries at the
    end (compared with the HMAC-signed head).
    """
    previous, expected = GENESIS, 1
    for row in conn.execute(
            "SELECT seq, at, actor, action, doc_id, details, hash FROM audit ORDER BY seq"):
        if row[0] != expected:
            return expected
        try:
            entry = _entry(row)
        except (ValueError, TypeError):
            return row[0]
        digest = chain_hash(previous, entry)
        if not hmac.compare_digest(digest, str(row[6])):
            return row[0]
        previous, expected = digest, expected + 1
    last_seq = expected - 1
    head = conn.execute("SELECT value FROM meta WHERE key = ?", (_HEAD_KEY,)).fetchone()
    if head is None:
        return 1 if last_seq else None
    try:
        seq_text, digest, mac = str(head[0]).split(":")
        head_seq = int(seq_text)
    except ValueError:
        return max(last_seq, 1)
    if not hmac.compare_digest(mac, _head_mac(cipher, head_seq, digest)):
        return max(min(head_seq, last_seq), 1)
    if head_seq > last_seq:
        return last_seq + 1
    if head_seq < last_seq:
        return head_seq + 1
    if not hmac.compare_digest(digest, previous):
        return head_seq
    return None
