"""Key slots: the database key, wrapped once per person, in a small file beside the database.

An encrypted SQLite database (SQLCipher) is opened with one random 256-bit
key. That key is never stored as it is: each *slot* holds it encrypted
(AES-256-GCM) under a key derived from one secret (a person's passphrase,
or the recovery key) with Argon2id and the slot's own random salt. The
slot's name is the AEAD's associated data, so a slot copied under another
name does not open. The file (``imh.sqlite.keys`` beside ``imh.sqlite``) is
JSON, written owner-only and atomically (a temporary file, then a rename),
and holds nothing secret: without a slot's secret it opens nothing.

Slot names: ``user:<username>`` for a person, ``recovery`` for the recovery
key. ``demo_user`` names the account ``--demo`` opens a demo database as.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path

from imh_desktop.domain.errors import DomainError

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
SUFFIX = ".keys"
FORMAT = "imh-desktop key slots"
VERSION = 1
RECOVERY = "recovery"


class KeyFileError(DomainError):
    """The key file is missing, unreadable or not one of ours (the message says which)."""


@dataclass(frozen=True)
class Kdf:
    """Argon2id cost for deriving a slot's wrapping key: passes, memory in KiB, lanes."""

    time_cost: int
    memory_kib: int
    parallelism: int


@dataclass(frozen=True)
class Slot:
    """The database key, encrypted under a key derived from one secret."""

    name: str
    kdf: Kdf
    salt: bytes
    nonce: bytes
    wrapped: bytes  # the AES-GCM ciphertext of the database key, with its tag


def user_slot(username: str) -> str:
    """The slot name of a person's passphrase."""
    return f"user:{username}"


def new_database_key() -> bytes:
    """A fresh random 256-bit database key."""
    return secrets.token_bytes(KEY_BYTES)


# argon2 and cryptography are imported when a key is wrapped or unwrapped, not when the
# database module loads: opening a plain database does not need them (start-up time).
def _derive(secret: str, salt: bytes, kdf: Kdf) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret.encode("utf-8"), salt, kdf.time_cost, kdf.memory_kib, kdf.parallelism,
        KEY_BYTES, Type.ID,
    )  # fmt: skip


def wrap_key(key: bytes, secret: str, name: str, kdf: Kdf) -> Slot:
    """A new slot ``name`` holding ``key``, opened by ``secret`` (fresh salt and nonce)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    wrapped = AESGCM(_derive(secret, salt, kdf)).encrypt(nonce, key, name.encode("utf-8"))
    return Slot(name, kdf, salt, nonce, wrapped)


def unwrap_key(slot: Slot, secret: str) -> bytes | None:
    """The database key if ``secret`` opens ``slot``; None for a wrong secret or a tampered slot."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = AESGCM(_derive(secret, slot.salt, slot.kdf)).decrypt(
            slot.nonce, slot.wrapped, slot.name.encode("utf-8")
        )
    except InvalidTag:
        return None
    return key if len(key) == KEY_BYTES else None


def spend_like_unwrap(secret: str, kdf: Kdf) -> None:
    """The work of one unwrap, for a name without a slot: its time tells nothing."""
    _derive(secret, secrets.token_bytes(SALT_BYTES), kdf)


def keyfile_path(database: Path) -> Path:
    """Where the key slots of the SQLite file ``database`` live."""
    return database.with_name(database.name + SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _slot_json(slot: Slot) -> dict[str, object]:
    k = slot.kdf
    return {
        "kdf": {"name": "argon2id", "t": k.time_cost, "m": k.memory_kib, "p": k.parallelism},
        "cipher": "aes-256-gcm",
        "salt": _b64(slot.salt),
        "nonce": _b64(slot.nonce),
        "wrapped": _b64(slot.wrapped),
    }


def _slot_from(name: str, data: dict[str, object]) -> Slot:
    kdf = data["kdf"]
    assert isinstance(kdf, dict) and kdf.get("name") == "argon2id"
    assert data.get("cipher") == "aes-256-gcm"
    return Slot(
        name,
        Kdf(int(kdf["t"]), int(kdf["m"]), int(kdf["p"])),
        base64.b64decode(str(data["salt"])),
        base64.b64decode(str(data["nonce"])),
        base64.b64decode(str(data["wrapped"])),
    )


@dataclass(frozen=True)
class KeyFile:
    """The slots of one database, as read from (or to be written to) ``path``."""

    path: Path
    slots: dict[str, Slot] = field(default_factory=dict)
    demo_user: str | None = None

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read ``path``; KeyFileError if it is missing or not a key file of ours."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or data.get("version") != VERSION:
                raise ValueError("format")
            slots = {name: _slot_from(name, s) for name, s in data["slots"].items()}
        except FileNotFoundError:
            raise KeyFileError(f"The key file {path} is missing.") from None
        except OSError as exc:
            raise KeyFileError(f"The key file {path} cannot be read ({exc.strerror}).") from None
        except (ValueError, KeyError, TypeError, AssertionError, AttributeError):
            raise KeyFileError(f"{path} is not an IMH Desktop key file.") from None
        return cls(path, slots, data.get("demo_user"))

    def slot(self, name: str) -> Slot | None:
        return self.slots.get(name)

    def with_slot(self, slot: Slot) -> KeyFile:
        """A copy with ``slot`` added or replacing the one of its name."""
        return replace(self, slots={**self.slots, slot.name: slot})

    def without_slot(self, name: str) -> KeyFile:
        return replace(self, slots={k: v for k, v in self.slots.items() if k != name})

    def save(self) -> None:
        """Write the file owner-only, atomically: a reader sees the old or the new, never half."""
        data = {
            "format": FORMAT,
            "version": VERSION,
            "note": "The database key, wrapped per person. Back it up with the database: "
            "without this file the database cannot be opened, not even with the recovery key.",
            "demo_user": self.demo_user,
            "slots": {name: _slot_json(slot) for name, slot in sorted(self.slots.items())},
        }
        temporary = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=1)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
