"""Key slots: each person's own copy of the workspace data key, wrapped under their password.

As LUKS keeps one volume key and a slot per passphrase, a workspace keeps one random data key
and a slot per account: ``wrapped = AES-GCM(KEK, data key)`` where the KEK is derived from the
person's password (or, until they choose one, their one-time setup code) with Argon2id and a
salt of the slot's own. Changing a password rewraps one slot; disabling an account deletes it.
The password itself is never stored: a slot that unwraps is the proof of it.
"""

from __future__ import annotations

import json
import os
import secrets
import unicodedata
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from redactor.workspace.crypto import NONCE_BYTES, SALT_BYTES

# A setup code: 20 characters of Crockford's base32 (no I, L, O, U), about 100 bits, shown in
# groups of five. Typed back, case, spaces and hyphens do not matter.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_CHARS = 20


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost for deriving a slot's key (stored with each slot, so old slots keep opening).

    The default follows RFC 9106's second recommended option (64 MiB, 3 passes)."""

    iterations: int = 3
    memory_cost: int = 65536  # KiB
    lanes: int = 4

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        data = json.loads(text)
        return cls(iterations=int(data["iterations"]), memory_cost=int(data["memory_cost"]),
                   lanes=int(data["lanes"]))


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the data key: salt, cost and ciphertext (nonce first)."""

    salt: bytes
    kdf: KdfParams
    wrapped: bytes


def _secret_bytes(secret: str) -> bytes:
    # surrogateescape: a password read from an environment that is not UTF-8 keeps its bytes
    return unicodedata.normalize("NFC", secret).encode("utf-8", "surrogateescape")


def _kek(secret: str, salt: bytes, kdf: KdfParams) -> AESGCM:
    key = Argon2id(salt=salt, length=32, iterations=kdf.iterations, lanes=kdf.lanes,
                   memory_cost=kdf.memory_cost).derive(_secret_bytes(secret))
    return AESGCM(key)


def _ad(owner: str) -> bytes:
    return json.dumps(["redactor-workspace/slot/v1", owner], separators=(",", ":")).encode()


def wrap(data_key: bytes, secret: str, owner: str, kdf: KdfParams) -> Slot:
    """A new slot for ``owner`` holding ``data_key`` under ``secret`` (fresh salt and nonce)."""
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    return Slot(salt, kdf, nonce + _kek(secret, salt, kdf).encrypt(nonce, data_key, _ad(owner)))


def unwrap(slot: Slot, secret: str, owner: str) -> bytes | None:
    """The data key, or None when ``secret`` is not the one this slot was made with."""
    try:
        return _kek(secret, slot.salt, slot.kdf).decrypt(
            slot.wrapped[:NONCE_BYTES], slot.wrapped[NONCE_BYTES:], _ad(owner))
    except (InvalidTag, ValueError):
        return None


def new_setup_code() -> str:
    """A one-time setup code, e.g. ``7KQ2M-XW4PD-9TC3A-RJ6HN``."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(CODE_CHARS))
    return "-".join(raw[i:i + 5] for i in range(0, CODE_CHARS, 5))


def normalise_code(code: str) -> str:
    """A setup code as typed (any case, spaces or hyphens) in the form it was made."""
    raw = "".join(ch for ch in code.upper() if ch not in " -\t")
    raw = raw.replace("O", "0").replace("I", "1").replace("L", "1")  # Crockford's reading
    return "-".join(raw[i:i + 5] for i in range(0, len(raw), 5))
