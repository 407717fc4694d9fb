"""Passphrase hashing with Argon2id (argon2-cffi).

Parameters: RFC 9106's second recommended option ("low memory"), which is
argon2-cffi's default: 64 MiB of memory, 3 passes, 4 lanes. That is more than
three times OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane) in memory
times passes; a sign-in is rare (start of the day, after a lock), so the
fraction of a second it costs buys offline-guessing resistance for a stolen
database file. docs/security.md gives the measured times.

A stored hash made with other parameters is re-hashed with these at the next
successful sign-in (``needs_rehash``). Tests make hashing cheap through
:func:`use_parameters`; the application never calls it.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher, Type, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.low_level import hash_secret

# Letters and digits that are hard to mistake for one another when read aloud or copied.
_TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


@dataclass(frozen=True)
class HashParameters:
    """Argon2id cost: passes over memory, memory in KiB, and lanes."""

    time_cost: int
    memory_kib: int
    parallelism: int


CHOSEN = HashParameters(time_cost=3, memory_kib=64 * 1024, parallelism=4)
OWASP_MINIMUM = HashParameters(time_cost=2, memory_kib=19 * 1024, parallelism=1)

# A hash of a random secret nobody knows, made with CHOSEN: a sign-in for an unknown
# username (or an account without a password) is checked against it, so it costs the
# same work as a real one and its time tells nothing.
_DUMMY_FOR_CHOSEN = (
    "$argon2id$v=19$m=65536,t=3,p=4$pYrQFPj2riFJem9cLAG7YA$"
    "lyDLTf3UsTyNeZq5FPu9ykgF7KHpEBrAfv98kP3ATdQ"
)


class _Hasher:
    """The hasher for the parameters in use, and its dummy hash."""

    def __init__(self, parameters: HashParameters) -> None:
        self.parameters = parameters
        self.hasher = PasswordHasher(
            time_cost=parameters.time_cost,
            memory_cost=parameters.memory_kib,
            parallelism=parameters.parallelism,
            type=Type.ID,
        )
        self._dummy = _DUMMY_FOR_CHOSEN if parameters == CHOSEN else None

    @property
    def dummy(self) -> str:
        if self._dummy is None:
            self._dummy = self.hasher.hash(secrets.token_urlsafe(32))
        return self._dummy


_current = _Hasher(CHOSEN)


def use_parameters(parameters: HashParameters) -> HashParameters:
    """Hash with ``parameters`` from now on; returns the ones used before (tests)."""
    global _current
    before = _current.parameters
    _current = _Hasher(parameters)
    return before


def parameters() -> HashParameters:
    """The Argon2id parameters new hashes are made with."""
    return _current.parameters


def hash_password(passphrase: str) -> str:
    """A new Argon2id hash of ``passphrase``, with a random salt, in PHC string form."""
    return _current.hasher.hash(passphrase)


def hash_with_seed(passphrase: str, seed: str) -> str:
    """A hash whose salt comes from ``seed``: the same every time (demo data only)."""
    p = _current.parameters
    salt = hashlib.sha256(seed.encode()).digest()[:16]
    raw = hash_secret(
        passphrase.encode(), salt, p.time_cost, p.memory_kib, p.parallelism, 32, Type.ID
    )
    return raw.decode("ascii")


def verify_password(stored: str | None, passphrase: str) -> bool:
    """True when ``passphrase`` matches ``stored``.

    With no stored hash (an unknown username, an account without a password)
    the dummy hash is checked instead and the answer is False: the same work
    either way.
    """
    try:
        return _current.hasher.verify(stored or _current.dummy, passphrase) and bool(stored)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def parameters_of(stored: str) -> HashParameters:
    """The Argon2 parameters a stored hash was made with."""
    p = extract_parameters(stored)
    return HashParameters(p.time_cost, p.memory_cost, p.parallelism)


def needs_rehash(stored: str) -> bool:
    """True when ``stored`` was made with other parameters than the current ones."""
    try:
        return _current.hasher.check_needs_rehash(stored)
    except InvalidHashError:
        return True


def temporary_password(groups: int = 4) -> str:
    """A random temporary passphrase to hand to a person, e.g. ``k7dm-x2pq-9tfe-hw4a``.

    Four groups of four from a 31-letter alphabet: about 79 bits.
    """
    return "-".join(
        "".join(secrets.choice(_TEMPORARY_ALPHABET) for _ in range(4)) for _ in range(groups)
    )
