"""The database key in the services: opening an encrypted database, and keeping slots in step.

Order at a sign-in on a locked (encrypted, unopened) database: the username
and passphrase open that person's key slot (``open_with_passphrase``), the
database opens with the key and is upgraded if its schema is older, and only
then does the ordinary sign-in check run (services.auth.signin). A person's
slot follows their passphrase: set with a temporary password when an
account is made or reset, re-wrapped when they change it, removed when the
account is deactivated, and made at a sign-in on an open database when it
is missing (accounts that existed before the database was encrypted).

A slot change is written to the key file inside the database transaction
that goes with it (``slot_change``); if the transaction fails, the key file
is put back as it was.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from imh_desktop.data.db import Database
from imh_desktop.data.keyfile import (
    RECOVERY,
    Kdf,
    KeyFile,
    Slot,
    spend_like_unwrap,
    unwrap_key,
    user_slot,
    wrap_key,
)
from imh_desktop.data.migrate import upgrade_database
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.auth import passwords

log = logging.getLogger(__name__)

_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
RECOVERY_GROUPS, RECOVERY_GROUP_LENGTH = 6, 5  # 30 characters of base32: 150 bits


def kdf() -> Kdf:
    """Argon2id cost for new slots: the same as for passphrase hashes (services.auth.passwords)."""
    p = passwords.parameters()
    return Kdf(p.time_cost, p.memory_kib, p.parallelism)


def new_recovery_key() -> str:
    """A random recovery key to write down, e.g. ``K7DMX-2PQ4T-…`` (6 groups of 5, 150 bits)."""
    chars = "".join(secrets.choice(_BASE32) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH))
    return "-".join(chars[i : i + RECOVERY_GROUP_LENGTH] for i in range(0, len(chars), 5))


def normalise_recovery_key(text: str) -> str:
    """The recovery key as typed, made canonical: case, spaces and dashes don't matter.

    0 and 1 (never in base32) are read as O and I, as they are easily mistyped.
    """
    raw = re.sub(r"[\s\-_.]", "", text or "").upper().replace("0", "O").replace("1", "I")
    n = RECOVERY_GROUP_LENGTH
    return "-".join(raw[i : i + n] for i in range(0, len(raw), n))


def wrap_for(db: Database, username: str, passphrase: str) -> Slot | None:
    """A new slot opening ``db``'s key with ``passphrase``; None when ``db`` is not encrypted.

    Costs one Argon2id derivation: call it before opening a transaction.
    """
    if db.keys is None or db.key is None:
        return None
    return wrap_key(db.key, passphrase, user_slot(username), kdf())


def open_database(db: Database, key: bytes) -> Path | None:
    """Open the locked ``db`` with ``key`` and bring its schema up to date.

    Returns the backup made before an upgrade, if one was made.
    """
    db.open_with(key)
    return upgrade_database(db)


def open_with_passphrase(db: Database, username: str, passphrase: str) -> bool:
    """Open the locked ``db`` with the slot of ``username``; False when it does not open.

    A username without a slot costs the same Argon2id work as one with a
    wrong passphrase, so the time tells nothing about which usernames exist.
    """
    assert db.keys is not None
    slot = db.keys.slot(user_slot(username))
    if slot is None:
        spend_like_unwrap(passphrase, kdf())
        key = None
    else:
        key = unwrap_key(slot, passphrase)
    if key is None:
        log.info("A sign-in was refused before the encrypted database was opened")
        return False
    backup = open_database(db, key)
    if backup is not None:
        log.info("Upgraded the database after a backup")
    return True


def open_with_recovery_key(db: Database, recovery_key: str) -> bytes:
    """The key the recovery slot holds, opening ``db`` if it is locked; DomainError if wrong."""
    if db.keys is None:
        raise DomainError(
            "This database is not encrypted, so it has no recovery key: an administrator "
            "resets forgotten passwords.",
            "recovery_key",
        )
    slot = db.keys.slot(RECOVERY)
    key = unwrap_key(slot, normalise_recovery_key(recovery_key)) if slot is not None else None
    if key is None:
        raise DomainError("That recovery key does not open this database.", "recovery_key")
    if db.locked:
        open_database(db, key)
    return key


class SlotChange:
    """Slot writes that belong to one transaction (made by :func:`slot_change`)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.before = KeyFile.load(db.keys.path) if db.keys is not None else None
        self.written = False

    def put(self, slot: Slot | None) -> None:
        """Add or replace ``slot`` in the key file now (nothing for an unencrypted database)."""
        if slot is not None and self.db.keys is not None:
            self._save(KeyFile.load(self.db.keys.path).with_slot(slot))

    def remove(self, username: str) -> None:
        """Remove the slot of ``username`` now, if there is one."""
        if self.db.keys is not None and self.db.keys.slot(user_slot(username)) is not None:
            self._save(KeyFile.load(self.db.keys.path).without_slot(user_slot(username)))

    def _save(self, keys: KeyFile) -> None:
        self.written = True
        keys.save()
        self.db.keys = keys

    def undo(self) -> None:
        if self.written and self.before is not None:
            self.before.save()
            self.db.keys = self.before


@contextmanager
def slot_change(db: Database) -> Iterator[SlotChange]:
    """Key-file writes that are undone when the block (holding the transaction) fails."""
    change = SlotChange(db)
    try:
        yield change
    except BaseException:
        change.undo()
        raise


def heal_slot(db: Database, username: str, passphrase: str) -> None:
    """Give ``username`` a slot if the open, encrypted ``db`` has none for them.

    Called after a successful sign-in: the passphrase was just checked, so
    the slot it makes opens the database for that person from now on.
    """
    if db.keys is None or db.key is None or db.keys.slot(user_slot(username)) is not None:
        return
    slot = wrap_for(db, username, passphrase)
    with slot_change(db) as change:
        change.put(slot)
