"""The first administrator: a new database has no account and no default password.

The first start (the set-up window, or ``imh-desktop setup``) makes the
administrator with a passphrase they choose. The same step serves a
database made before sign-in existed, whose accounts have no password: it
may take over an existing administrator account by its username. Once any
active account has a password, set-up is closed and everything goes through
sign-in.

A new database (``Database.is_new``: no file yet) is made encrypted here: a
random key, the file opened with it and migrated, the administrator's key
slot and a recovery slot written beside it. The recovery key comes back in
``SignedIn.recovery_key``, to be shown once.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from imh_desktop.data.cipher import remove_sidecars
from imh_desktop.data.db import Database
from imh_desktop.data.keyfile import (
    RECOVERY,
    KeyFile,
    keyfile_path,
    new_database_key,
    wrap_key,
)
from imh_desktop.data.models import StaffUser
from imh_desktop.domain.accounts import check_passphrase, normalise_username
from imh_desktop.domain.clock import Clock
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.text import MAX_NAME, require_text
from imh_desktop.services.auth import keys, passwords
from imh_desktop.services.auth.signin import SignedIn
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import to_record
from imh_desktop.services.common.records import StaffRecord
from imh_desktop.services.common.uow import write_audit


def needs_setup(db: Database) -> bool:
    """True while no active account has a password: nobody could sign in.

    A locked encrypted database was set up (it has key slots); a new one was not.
    """
    if db.locked:
        return db.is_new
    with db.read() as session:
        stmt = select(StaffUser.id).where(
            StaffUser.active.is_(True), StaffUser.password_hash.is_not(None)
        )
        return session.scalar(stmt.limit(1)) is None


def set_up_administrator(
    db: Database, username: str, full_name: str, passphrase: str, clock: Clock
) -> SignedIn:
    """Make the first administrator (or give an old database's administrator a password).

    Returns them signed in. Refused once any active account has a password.
    """
    username = normalise_username(username)
    full_name = require_text(full_name, "full_name", "The full name", MAX_NAME)
    check_passphrase(passphrase, username, full_name)
    if db.is_new:
        return _set_up_encrypted(db, username, full_name, passphrase, clock)
    new_hash = passwords.hash_password(passphrase)
    slot = keys.wrap_for(db, username, passphrase)
    with keys.slot_change(db) as change, db.session(clock) as session:
        taken = session.scalar(
            select(StaffUser.id)
            .where(StaffUser.active.is_(True), StaffUser.password_hash.is_not(None))
            .limit(1)
            .with_for_update()
        )
        if taken is not None:
            raise DomainError("This database is set up already: sign in.", "username")
        row = session.scalar(select(StaffUser).where(StaffUser.username == username))
        if row is not None and (row.role is not Role.ADMIN or not row.active):
            raise DomainError(
                f"The username '{username}' belongs to an account that is not an active "
                "administrator. Choose another username.",
                "username",
            )
        if row is None:
            row = StaffUser(username=username, full_name=full_name, role=Role.ADMIN)
            session.add(row)
        row.full_name = full_name
        row.password_hash = new_hash
        row.must_change_password = False
        now = clock.utc_now()
        row.password_changed_at = row.last_sign_in_at = now
        session.flush()
        write_audit(session, row.id, "set_up", "staff_user", row.id, username=username)
        write_audit(session, row.id, "sign_in", "staff_user", row.id, how="set-up")
        change.put(slot)
        return SignedIn(ServiceContext(db, row.id, clock), to_record(StaffRecord, row))


def _set_up_encrypted(
    db: Database, username: str, full_name: str, passphrase: str, clock: Clock
) -> SignedIn:
    """Make the new database encrypted, then its administrator; nothing is left if it fails."""
    path, key = db.sqlite_path, new_database_key()
    assert path is not None
    recovery = keys.new_recovery_key()
    slots = KeyFile(keyfile_path(path)).with_slot(wrap_key(key, recovery, RECOVERY, keys.kdf()))
    try:
        keys.open_database(db, key)
        slots.save()
        db.keys = slots
        # The administrator's own slot is written with the account, as for any set-up.
        signed = set_up_administrator(db, username, full_name, passphrase, clock)
    except BaseException:
        db.keys = None
        db.close()
        for leftover in (path, keyfile_path(path)):
            leftover.unlink(missing_ok=True)
        remove_sidecars(path)
        raise
    return replace(signed, recovery_key=recovery)
