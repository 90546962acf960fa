"""Key derivation and authenticated encryption for the workspace.

A passphrase is stretched with Scrypt (salt and parameters are stored in the clear
``meta`` table). Two keys are derived from the Scrypt output with HKDF: one for
AES-256-GCM, one for HMAC-SHA256 (keyed lookup tags and the audit head anchor).

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
MIN_PASSPHRASE_CHARS = 12
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


def check_new_passphrase(passphrase: str) -> None:
    """Refuse an empty or short passphrase when creating or re-keying a workspace."""
    if not isinstance(passphrase, str) or len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise WorkspaceError(
            f"passphrase must be a string of at least {MIN_PASSPHRASE_CHARS} characters")


def _passphrase_bytes(passphrase: str) -> bytes:
    if not isinstance(passphrase, str):
        raise WorkspaceError("passphrase must be a string")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def associated_data(table: str, row: object, column: str) -> bytes:
    """Bytes binding a value to its place: table, row key and column."""
    return json.dumps([_AD_PREFIX, table, str(row), column], separators=(",", ":")).encode()


class Cipher:
    """Encrypts, decrypts and tags values with keys derived from one passphrase."""

    def __init__(self, passphrase: str, salt: bytes, params: ScryptParams):
        master = Scrypt(salt=salt, length=32, n=params.n, r=params.r, p=params.p).derive(
            _passphrase_bytes(passphrase))
        okm = HKDF(algorithm=hashes.SHA256(), length=64, salt=None,
                   info=b"redactor-workspace keys v1").derive(master)
        self._aead = AESGCM(okm[:32])
        self._mac_key = okm[32:]
        self.salt = salt
        self.params = params

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
        """A value stored in meta that only this passphrase can decrypt."""
        return self.encrypt(_VERIFIER_PLAINTEXT, "meta", "verifier", "value")

    def check_verifier(self, blob: bytes) -> bool:
        """True when ``blob`` was made by :meth:`make_verifier` with the same passphrase."""
        try:
            return self.decrypt(blob, "meta", "verifier", "value") == _VERIFIER_PLAINTEXT
        except Tampered:
            return False


def reencrypt(blob: bytes, old: Cipher, new: Cipher, table: str, row: object, column: str) -> bytes:
    """Decrypt with ``old`` and encrypt again with ``new`` for the same cell (used by rekey)."""
    return new.encrypt(old.decrypt(blob, table, row, column), table, row, column)


def sha256_hex(data: bytes) -> str:
    """Plain SHA-256 hex digest."""
    return hashlib.sha256(data).hexdigest()
