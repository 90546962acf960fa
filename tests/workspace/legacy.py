"""A workspace as releases before accounts made it (format 1: every value encrypted under a key
derived from one shared passphrase with Scrypt), built here from the same primitives, so that the
migration to accounts is tested against the real old layout."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from redactor.workspace import audit
from redactor.workspace.crypto import Cipher, ScryptParams, passphrase_key, sha256_hex
from redactor.workspace.schema import BOOTSTRAP, MIGRATIONS, apply_missing

PASSPHRASE = "correct horse battery staple 42"
AT = "2025-01-06T09:00:00+00:00"


def make_legacy(folder: Path, *, migrations=MIGRATIONS[:5], users=(("sam", "staff"),),
                documents=()) -> Path:
    """Create a format-1 workspace in ``folder`` with ``users`` and ``documents`` (each a tuple
    of file name, source bytes, findings JSON, submitter), each with its audit entries."""
    folder.mkdir(mode=0o700, parents=True)
    db = folder / "workspace.db"
    conn = sqlite3.connect(db, isolation_level=None)
    params, salt = ScryptParams(n=2**12, r=8, p=1), os.urandom(16)
    cipher = Cipher(passphrase_key(PASSPHRASE, salt, params))
    for statement in BOOTSTRAP:
        conn.execute(statement)
    for key, value in (("salt", salt), ("kdf", params.to_json()), ("verifier", cipher.make_verifier()),
                       ("format", "1")):
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
    apply_missing(conn, migrations, lambda: AT)
    for name, role in users:
        conn.execute("INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)", (name, role, AT))
        audit.append(conn, cipher, at=AT, actor="-", action="add_user", details={"user": name, "role": role})
    for doc_id, (name, source, findings, by) in enumerate(documents, start=1):
        counts: dict[str, int] = {}
        for f in json.loads(findings):
            counts[f["type"]] = counts.get(f["type"], 0) + 1
        conn.execute(
            "INSERT INTO documents (id, name_tag, name_enc, version, source_sha256, pipeline, status,"
            " submitted_by, needs_lead, finding_counts, created_at, updated_at)"
            " VALUES (?, ?, ?, 1, ?, 'training', 'awaiting_review', ?, 0, ?, ?, ?)",
            (doc_id, cipher.tag(b"document-name|" + name.encode()),
             cipher.encrypt(name.encode(), "documents", doc_id, "name"), sha256_hex(source), by,
             json.dumps(counts), AT, AT))
        for kind, value in (("source", source), ("findings", findings.encode()), ("decisions", b"[]")):
            conn.execute("INSERT INTO blobs (doc_id, kind, value) VALUES (?, ?, ?)",
                         (doc_id, kind, cipher.encrypt(value, "blobs", f"{doc_id}/{kind}", "value")))
        audit.append(conn, cipher, at=AT, actor=by, action="submit", doc_id=doc_id,
                     details={"version": 1, "source_sha256": sha256_hex(source), "pipeline": "training",
                              "finding_counts": counts, "needs_lead": False})
    conn.close()
    return folder
