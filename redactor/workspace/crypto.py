"""Authenticated encryption for the workspace, under one random data key.

The workspace's data key is 32 random bytes, made once when the workspace is created; no
person's password is it. Two keys are derived from it with HKDF: one for AES-256-GCM, one for
HMAC-SHA256 (keyed lookup tags, the audit head anchor, account records). Each person holds
their own copy of the data key, wrapped under their password (``redactor.workspace.slots``).
Workspaces made before accounts derived the key from one shared passphrase with Scrypt
(:func:`passphrase_key`); that is read once, to migrate them.

Every encrypted value is ``nonce (12 random bytes) || ciphertext+tag`` and carries
associated data naming its table, row and column, so a ciphertext copied to another
row or column fails authentication.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import unicodedata
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from redactor.workspace.errors import Tampered, WorkspaceError

NONCE_BYTES = 12
SALT_BYTES = 16
KEY_BYTES = 32
_VERIFIER_PLAINTEXT = b"redactor-workspace-verifier-v1"
_AD_PREFIX = "redactor-workspace/v1"


@dataclass(frozen=True)
class ScryptParams:
    """Scrypt cost parameters (stored in meta so older workspaces keep opening)."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ScryptParams:
        data = json.loads(text)
        return cls(n=int(data["n"]), r=int(data["r"]), p=int(data["p"]))


def new_salt() -> bytes:
    """A fresh random salt for Scrypt."""
    return os.urandom(SALT_BYTES)


def new_data_key() -> bytes:
    """A fresh random workspace data key."""
    return os.urandom(KEY_BYTES)


def passphrase_key(passphrase: str, salt: bytes, params: ScryptParams) -> bytes:
    """The key a pre-accounts workspace derived from its shared passphrase (for migration)."""
    return Scrypt(salt=salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p).derive(
        _passphrase_bytes(passphrase))


def _passphrase_bytes(passphrase: str) -> bytes:
    if not isinstance(passphrase, str):
        raise WorkspaceError("passphrase must be a string")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def associated_data(table: str, row: object, column: str) -> bytes:
    """Bytes binding a value to its place: table, row key and column."""
    return json.dumps([_AD_PREFIX, table, str(row), column], separators=(",", ":")).encode()


class Cipher:
    """Encrypts, decrypts and tags values with keys derived from the workspace data key."""

    def __init__(self, key: bytes):
        if not isinstance(key, bytes) or len(key) != KEY_BYTES:
            raise WorkspaceError("a workspace key is 32 bytes")
        okm = HKDF(algorithm=hashes.SHA256(), length=64, salt=None,
                   info=b"redactor-workspace keys v1").derive(key)
        self._aead = AESGCM(okm[:32])
        self._mac_key = okm[32:]

    def encrypt(self, plaintext: bytes, table: str, row: object, column: str) -> bytes:
        """Encrypt ``plaintext`` for the cell (table, row, column) with a fresh nonce."""
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plaintext, associated_data(table, row, column))

    def decrypt(self, blob: bytes, table: str, row: object, column: str) -> bytes:
        """Decrypt a value stored by :meth:`encrypt` for the same cell, or raise Tampered."""
        try:
            return self._aead.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:],
                                      associated_data(table, row, column))
        except (InvalidTag, ValueError, TypeError):
            raise Tampered(f"encrypted value in {table} row {row} column {column} "
                           "failed authentication") from None

    def tag(self, value: bytes) -> str:
        """A keyed hash (hex) usable for equality lookups without revealing the value."""
        return hmac.new(self._mac_key, value, hashlib.sha256).hexdigest()

    def make_verifier(self) -> bytes:
        """A value stored in meta that only this key can decrypt."""
        return self.encrypt(_VERIFIER_PLAINTEXT, "meta", "verifier", "value")

    def check_verifier(self, blob: bytes) -> bool:
        """True when ``blob`` was made by :meth:`make_verifier` with the same key."""
        try:
            return self.decrypt(blob, "meta", "verifier", "value") == _VERIFIER_PLAINTEXT
        except Tampered:
            return False


def reencrypt(blob: bytes, old: Cipher, new: Cipher, table: str, row: object, column: str) -> bytes:
    """Decrypt with ``old`` and encrypt again with ``new`` for the same cell (migration)."""
    return new.encrypt(old.decrypt(blob, table, row, column), table, row, column)


def sha256_hex(data: bytes) -> str:
    """Plain SHA-256 hex digest."""
    return hashlib.sha256(data).hexdigest()
