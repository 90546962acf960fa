"""The password rule for accounts: long, not blank, not a common password.

A password needs at least 12 characters, not only whitespace, and must not be a common
password (``models/common_passwords.txt``): not one of them, not one of them with digits or
symbols around it ("Password1234!"), not one word or digit run repeated ("qwertyqwerty"),
and not the person's own user name. Messages say which rule failed, never the password.
"""

from __future__ import annotations

import re
import unicodedata

from redactor.resources import word_list
from redactor.workspace.errors import WeakPassword

MIN_CHARS = 12
COMMON_FILE = "common_passwords.txt"
_EDGES = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_SEQUENCES = ("0123456789012345678901234567890", "9876543210987654321098765432109",
              "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm",
              "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp")


def _common() -> frozenset[str]:
    return frozenset(word_list(COMMON_FILE))


def _repeats(text: str) -> bool:
    """True when ``text`` is one shorter piece written again and again ("abcabcabcabc")."""
    return re.fullmatch(r"(.{1,10}?)\1+", text) is not None


def problem(password: str, user: str | None = None) -> str | None:
    """Why ``password`` is refused, in one line, or None when it is acceptable."""
    if not isinstance(password, str):
        return "a password must be text"
    password = unicodedata.normalize("NFC", password)
    if len(password) < MIN_CHARS:
        return f"a password needs at least {MIN_CHARS} characters"
    if not password.strip():
        return "a password cannot be only spaces"
    folded = password.casefold()
    squeezed = re.sub(r"\s+", "", folded)
    common = _common()
    core = _EDGES.sub("", squeezed)
    if squeezed in common or (len(core) >= 4 and core in common):
        return "that is a common password (or one with digits or symbols added)"
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in password):
        return "a password must be valid text (it came from an environment that is not UTF-8)"
    words = set(re.findall(r"[^\W\d_]+", folded))
    if (_repeats(squeezed) or _repeats(core) or len(set(squeezed)) <= 3
            or any(squeezed in seq or (len(core) >= 4 and core in seq) for seq in _SEQUENCES)):
        return "that password is a repeated or keyboard pattern"
    if len(words) == 1 and next(iter(words)) in common:  # "monkey123monkey"
        return "that is a common password (or one with digits or symbols added)"
    if user and len(user) >= 3 and user.casefold() in folded:
        return "a password cannot contain the user name"
    return None


def check(password: str, user: str | None = None) -> None:
    """Raise WeakPassword (R505) naming the rule a new password fails."""
    reason = problem(password, user)
    if reason is not None:
        raise WeakPassword(reason)
