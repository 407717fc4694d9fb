"""Rules for staff accounts: usernames, passphrases and the lock-out after failed sign-ins.

Pure rules, no storage: the services hash and store; these decide what is
allowed. A passphrase has at least 12 characters and is not one of the most
common passwords (a list of 19,640 bundled with the program, see
``resources/passwords/LICENSE.txt``), nor one of them padded with digits or
punctuation ("password2026!"), nor the person's own username or name.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from imh_desktop.domain.errors import DomainError

MIN_PASSPHRASE = 12
# Long enough for any passphrase a person types; bounds the work of hashing one.
MAX_PASSPHRASE = 256
MAX_USERNAME = 64
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
# What people add around a common password to make it "long enough".
_PADDING = re.compile(r"^[\W\d_]+|[\W\d_]+$")


@cache
def common_passwords() -> frozenset[str]:
    """The bundled list of common passwords, lowercased (read once)."""
    path = files("imh_desktop") / "resources" / "passwords" / "common-passwords.txt"
    return frozenset(line for line in path.read_text(encoding="utf-8").splitlines() if line)


def normalise_username(username: str) -> str:
    """The username as stored: trimmed, lowercase letters, digits, dot, dash, underscore."""
    name = unicodedata.normalize("NFKC", username or "").strip().lower()
    if not name:
        raise DomainError("The username is required.", "username")
    if len(name) > MAX_USERNAME:
        raise DomainError(f"The username has at most {MAX_USERNAME} characters.", "username")
    if not _USERNAME.match(name):
        raise DomainError(
            "A username has only letters a-z, digits, dots, dashes and underscores "
            "(e.g. mgarcia), and starts with a letter or digit.",
            "username",
        )
    return name


def check_passphrase(passphrase: str, username: str = "", full_name: str = "") -> None:
    """Refuse a passphrase that is short, common, or the person's own name.

    Raises DomainError (field ``password``) with the reason; returns None when
    the passphrase may be used.
    """
    if len(passphrase) < MIN_PASSPHRASE:
        raise DomainError(
            f"Choose a passphrase of at least {MIN_PASSPHRASE} characters: a few words "
            "you can remember, e.g. “kettle garden blue tuesday”.",
            "password",
        )
    if len(passphrase) > MAX_PASSPHRASE:
        raise DomainError(f"A passphrase has at most {MAX_PASSPHRASE} characters.", "password")
    if passphrase != passphrase.strip():
        raise DomainError("A passphrase cannot start or end with a space.", "password")
    lowered = passphrase.lower()
    common = common_passwords()
    bare = _PADDING.sub("", lowered)
    if lowered in common or bare in common or not bare or _is_repeat(bare, common):
        raise DomainError(
            "This passphrase is one of the most common passwords (or one of them with "
            "numbers or signs added). Choose another: a few unrelated words work well.",
            "password",
        )
    squeezed = re.sub(r"[\W_]+", "", lowered)
    names = {username.lower(), re.sub(r"[\W_]+", "", full_name.lower())}
    if any(len(n) >= 3 and n in squeezed for n in names):
        raise DomainError("A passphrase cannot contain your username or name.", "password")
    if len(set(lowered)) < 5:
        raise DomainError("Use more different characters in the passphrase.", "password")


def _is_repeat(text: str, common: frozenset[str]) -> bool:
    """True for a common password written twice or more ("monkeymonkey")."""
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return text[:size] in common or size <= 3
    return False


@dataclass(frozen=True)
class LockoutPolicy:
    """After ``max_failures`` failed sign-ins in a row, the account waits ``minutes``."""

    max_failures: int = 5
    minutes: int = 15

    def after_failure(self, failures: int, now: dt.datetime) -> tuple[int, dt.datetime | None]:
        """The failure count and lock time after one more failed attempt.

        Reaching the limit locks the account and starts the count again, so the
        next run of attempts after the wait gets the full number again.
        """
        failures += 1
        if failures >= self.max_failures:
            return 0, now + dt.timedelta(minutes=self.minutes)
        return failures, None


def is_locked(locked_until: dt.datetime | None, now: dt.datetime) -> bool:
    """True while an account waits after too many failed sign-ins."""
    return locked_until is not None and now < locked_until
