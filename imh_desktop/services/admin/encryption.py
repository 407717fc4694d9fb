"""Encrypting an existing, unencrypted SQLite database (administrators only).

Steps, each reported through ``progress``: a backup copy; a new encrypted
file made with SQLCipher's ``sqlcipher_export`` and checked table by table
against the original; the key file with the administrator's slot and a
recovery slot; the encrypted file swapped in for the plain one; the
database reopened with its key. Until the swap the original is untouched,
so a failure leaves it as it was (and the half-made file is removed).

The backup is an unencrypted copy of everything: once the encrypted file
has opened and been checked it is removed, unless ``keep_backup``. Other
people's slots are made at their next sign-in while the database is open,
or when an administrator resets their password.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from imh_desktop.data import cipher
from imh_desktop.data.keyfile import (
    RECOVERY,
    KeyFile,
    keyfile_path,
    new_database_key,
    user_slot,
    wrap_key,
)
from imh_desktop.data.migrate import backup_sqlite
from imh_desktop.data.models import StaffUser
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.auth import keys, passwords
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import unit_of_work


@dataclass(frozen=True)
class Encrypted:
    """The outcome: the recovery key (show it once), rows copied, what else to know."""

    recovery_key: str
    rows: int
    tables: int
    backup: Path | None  # the unencrypted backup, when kept
    others_without_slot: int  # accounts that can open the database once they sign in here


def can_encrypt(ctx: ServiceContext) -> bool:
    """True when ``ctx``'s database is an unencrypted SQLite file (and so may be encrypted).

    Administrators only (``Permission.ADMINISTER_DATABASE``): anyone else is
    refused. A database still locked is encrypted: False without asking.
    """
    db = ctx.db
    if db.locked:
        return False
    with unit_of_work(ctx, Permission.ADMINISTER_DATABASE):
        pass
    return db.sqlite_path is not None and not db.encrypted


def encrypt_database(
    ctx: ServiceContext,
    passphrase: str,
    progress: Callable[[str], None] | None = None,
    keep_backup: bool = False,
) -> Encrypted:
    """Encrypt the unencrypted SQLite database of ``ctx`` (module docstring); administrators only.

    ``passphrase`` is the administrator's own (checked), to wrap their key slot.
    """
    say = progress or (lambda _m: None)
    db, path = ctx.db, ctx.db.sqlite_path
    with unit_of_work(ctx, Permission.ADMINISTER_DATABASE) as uow:
        username, stored = uow.actor.username, uow.actor.password_hash
        others = uow.session.scalar(
            select(func.count()).select_from(StaffUser).where(
                StaffUser.active.is_(True), StaffUser.id != ctx.user_id
            )
        )  # fmt: skip
    if path is None or db.encrypted:
        raise DomainError("Only an unencrypted database file can be encrypted; this one is not.")
    if not passwords.verify_password(stored, passphrase):
        raise DomainError("That is not your password.", "password")
    target = path.with_name(path.name + ".encrypting")
    for leftover in (target, keyfile_path(path)):
        leftover.unlink(missing_ok=True)
    say("Backing up the database…")
    backup = backup_sqlite(path, "before-encryption", ctx.clock)
    say(f"Backup made: {backup.name}")
    key, recovery = new_database_key(), keys.new_recovery_key()
    db.dispose()  # every pooled connection closed: the export reads a quiet file
    try:
        counts = cipher.export_encrypted(path, target, key, say)
        say("Writing the key file…")
        kdf = keys.kdf()
        slots = KeyFile(keyfile_path(path))
        slots = slots.with_slot(wrap_key(key, passphrase, user_slot(username), kdf))
        slots = slots.with_slot(wrap_key(key, recovery, RECOVERY, kdf))
        slots.save()
    except BaseException:
        target.unlink(missing_ok=True)
        keyfile_path(path).unlink(missing_ok=True)
        raise
    say("Putting the encrypted file in place of the unencrypted one…")
    os.replace(target, path)
    cipher.remove_sidecars(path)
    db.keys = slots
    db.open_with(key)
    with unit_of_work(ctx, Permission.ADMINISTER_DATABASE) as uow:
        uow.audit("encrypt_database", "database", None, tables=len(counts))
    if not keep_backup:
        backup.unlink()
        say("Removed the unencrypted backup (the encrypted file opened and checked out).")
    say("Done: the database is encrypted.")
    return Encrypted(
        recovery, sum(counts.values()), len(counts), backup if keep_backup else None, others or 0
    )


def unencrypted_copies(ctx: ServiceContext) -> list[Path]:
    """Unencrypted SQLite files beside the database (older upgrade backups): PHI in the clear.

    Administrators only (``Permission.ADMINISTER_DATABASE``).
    """
    with unit_of_work(ctx, Permission.ADMINISTER_DATABASE):
        path = ctx.db.sqlite_path
    if path is None:
        return []
    beside = sorted(path.parent.glob(f"{path.stem}.backup-*{path.suffix}"))
    return [p for p in beside if cipher.is_plain_sqlite(p)]
