"""Signing in: the one way to get a service context for a person (45 CFR 164.312(a), (d)).

``sign_in`` checks a username and passphrase and returns a :class:`SignedIn`
holding the :class:`ServiceContext` every service takes. Every attempt writes
an audit event, failed ones too, committed whatever the outcome. A failure
raises :class:`SignInFailed` with one message whatever went wrong (no such
user, inactive, no password yet, wrong passphrase, waiting after too many
failures), and an unknown username costs the same Argon2 work as a known one,
so neither the message nor the time tells whether a username exists.

A read-only database (opened so because this user may not write it) can be
read and printed from, so people still sign in to it; nothing can be
written there, so the attempt, the failure count and the lock and sign-out
events are not recorded.

On an encrypted database nobody has opened yet, the username and passphrase
first open the person's key slot (services.auth.keys), which opens the
database; then the same check runs. Until the database is open its
settings cannot be read, so every refusal at that point gives the message
with the default lock-out rule, whichever step refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from imh_desktop.data.db import Database
from imh_desktop.data.models import AgencySetting, StaffUser
from imh_desktop.domain.accounts import MAX_USERNAME, check_passphrase, is_locked
from imh_desktop.domain.clock import Clock
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.admin.agency import AgencySettings, read_settings
from imh_desktop.services.auth import keys, passwords
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import to_record
from imh_desktop.services.common.records import StaffRecord
from imh_desktop.services.common.uow import unit_of_work, write_audit

# The agency setting the demo generator writes: the username ``--demo`` signs in as.
DEMO_KEY = "demo_sign_in"


class SignInFailed(DomainError):
    """A sign-in was refused; the message is the same whatever the reason."""


@dataclass(frozen=True)
class SignedIn:
    """A person who passed the sign-in: their context for the services and their record.

    ``must_change_password``: an administrator set the password; the person
    chooses their own (``change_password``) before doing anything else.
    ``recovery_key``: the new encrypted database's recovery key, to show once.
    """

    context: ServiceContext
    user: StaffRecord
    must_change_password: bool = False
    # Set up on a new encrypted database (or just encrypted): shown once, to be kept safe.
    recovery_key: str | None = None


def failure_message(db: Database) -> str:
    """The one message every refused sign-in gets, with the agency's lock-out rule.

    Before an encrypted database is opened, with the default rule (its
    settings are inside it).
    """
    policy = (AgencySettings() if db.locked else read_settings(db)).lockout
    return (
        "The username or password is not right, or the account is waiting after "
        f"{policy.max_failures} failed attempts in a row ({policy.minutes} minutes). "
        "An administrator can reset a forgotten password."
    )


def sign_in(
    db: Database, username: str, passphrase: str, clock: Clock, how: str = "app"
) -> SignedIn:
    """Check ``username`` and ``passphrase``; the signed-in person, or SignInFailed.

    ``how`` (app, command line, unlock) is written in the audit event. After
    the agency's limit of failures in a row the account waits (the lock-out
    settings); a correct passphrase during the wait is refused too. A hash made
    with older Argon2 parameters is replaced on success.
    """
    name = (username or "").strip().lower()[: MAX_USERNAME + 1]
    if db.locked:
        return _sign_in_opening(db, name, passphrase, clock, how)
    if db.read_only:
        return _check_only(db, name, passphrase, clock)
    policy = read_settings(db).lockout
    signed: SignedIn | None = None
    with db.session(clock) as session:
        row = session.scalar(select(StaffUser).where(StaffUser.username == name).with_for_update())
        now = clock.utc_now()
        reason = ""
        if row is None or not row.active or row.password_hash is None:
            passwords.verify_password(None, passphrase)  # the same work as a real check
            reason = "unknown" if row is None else "inactive" if not row.active else "no password"
        elif is_locked(row.locked_until, now):
            passwords.verify_password(None, passphrase)
            reason = "waiting"
        elif not passwords.verify_password(row.password_hash, passphrase):
            row.failed_sign_ins, locked = policy.after_failure(row.failed_sign_ins, now)
            row.locked_until = locked or row.locked_until
            reason = "wrong password" + (", account now waits" if locked else "")
        else:
            if passwords.needs_rehash(row.password_hash):
                row.password_hash = passwords.hash_password(passphrase)
            row.failed_sign_ins, row.locked_until, row.last_sign_in_at = 0, None, now
            write_audit(session, row.id, "sign_in", "staff_user", row.id, how=how)
            signed = SignedIn(
                ServiceContext(db, row.id, clock),
                to_record(StaffRecord, row),
                row.must_change_password,
            )
        if signed is None:
            detail: dict[str, Any] = {"how": how, "reason": reason}
            if row is None:
                detail["username"] = name
            staff_id = row.id if row is not None else None
            write_audit(session, staff_id, "sign_in_failed", "staff_user", staff_id, **detail)
    if signed is None:
        raise SignInFailed(failure_message(db), "password")
    keys.heal_slot(db, name, passphrase)
    return signed


def _check_only(db: Database, name: str, passphrase: str, clock: Clock) -> SignedIn:
    """Sign in to a read-only database: the same checks, nothing recorded (module docstring)."""
    with db.read() as session:
        row = session.scalar(select(StaffUser).where(StaffUser.username == name))
        usable = (
            row is not None and row.active and row.password_hash is not None
            and not is_locked(row.locked_until, clock.utc_now())
        )  # fmt: skip
        if row is None or not usable:
            passwords.verify_password(None, passphrase)  # the same work as a real check
            raise SignInFailed(failure_message(db), "password")
        if not passwords.verify_password(row.password_hash, passphrase):
            raise SignInFailed(failure_message(db), "password")
        return SignedIn(
            ServiceContext(db, row.id, clock), to_record(StaffRecord, row),
            row.must_change_password,
        )  # fmt: skip


def _sign_in_opening(db: Database, name: str, passphrase: str, clock: Clock, how: str) -> SignedIn:
    """Open the locked database with the person's slot, then sign in as usual.

    A refusal after the database opened (an inactive or waiting account)
    closes it again and gives the same message as a slot that did not open.
    """
    refused = SignInFailed(failure_message(db), "password")
    if db.is_new or db.keys is None:
        passwords.verify_password(None, passphrase)
        raise refused
    if not keys.open_with_passphrase(db, name, passphrase):
        raise refused
    try:
        return sign_in(db, name, passphrase, clock, how)
    except SignInFailed:
        db.close()
        raise refused from None


def unlock(ctx: ServiceContext, passphrase: str) -> SignedIn:
    """Sign the locked window's own user in again (failures count as for any sign-in)."""
    with unit_of_work(ctx, Permission.READ_STAFF) as uow:  # one's own name: works read-only
        username = uow.actor.username
    return sign_in(ctx.db, username, passphrase, ctx.clock, how="unlock")


def record_lock(ctx: ServiceContext, why: str) -> None:
    """Audit that the window was locked (``why``: idle, by hand); not on a read-only database."""
    if ctx.db.read_only:
        return
    with unit_of_work(ctx, Permission.USE_OWN_ACCOUNT) as uow:
        uow.audit("lock", "staff_user", ctx.user_id, why=why)


def record_sign_out(ctx: ServiceContext) -> None:
    """Audit that the person's session ended (windows closed, drafts kept); not if read-only."""
    if ctx.db.read_only:
        return
    with unit_of_work(ctx, Permission.USE_OWN_ACCOUNT) as uow:
        uow.audit("sign_out", "staff_user", ctx.user_id)


def change_password(ctx: ServiceContext, current: str, new: str) -> None:
    """Replace the signed-in person's own passphrase; the current one must be given.

    A wrong current passphrase counts as a failed sign-in. The new one must
    pass ``check_passphrase`` and differ from the current one.
    """
    with unit_of_work(ctx, Permission.USE_OWN_ACCOUNT) as uow:
        username, full_name = uow.actor.username, uow.actor.full_name
    if new == current:
        raise DomainError("Choose a new passphrase, not the one you have now.", "new_password")
    try:
        check_passphrase(new, username, full_name)
    except DomainError as exc:
        raise DomainError(exc.message, "new_password") from None
    try:
        sign_in(ctx.db, username, current, ctx.clock, how="password change")
    except SignInFailed:
        raise DomainError("The current passphrase is not right.", "current_password") from None
    new_hash = passwords.hash_password(new)
    slot = keys.wrap_for(ctx.db, username, new)
    with (
        keys.slot_change(ctx.db) as change,
        unit_of_work(ctx, Permission.USE_OWN_ACCOUNT) as uow,
    ):
        uow.actor.password_hash = new_hash
        uow.actor.must_change_password = False
        uow.actor.password_changed_at = uow.now()
        uow.audit("change_password", "staff_user", ctx.user_id)
        change.put(slot)  # the key file too: the new passphrase opens the database


def is_demo_database(db: Database) -> str | None:
    """The username ``--demo`` signs in as when the demo generator made ``db``, else None.

    An encrypted demo database names it in its key file, readable before opening.
    """
    if db.locked:
        return db.keys.demo_user if db.keys is not None else None
    with db.read() as session:
        return session.scalar(select(AgencySetting.value).where(AgencySetting.key == DEMO_KEY))


def sign_in_demo(db: Database, clock: Clock) -> SignedIn:
    """Sign in without a passphrase, as the demo's specialist: only on a demo database.

    A database the demo generator did not make refuses, whatever the command
    line says.
    """
    username = is_demo_database(db)
    if db.read_only and username:
        with db.read() as session:
            row = session.scalar(select(StaffUser).where(StaffUser.username == username))
            if row is not None and row.active:
                return SignedIn(ServiceContext(db, row.id, clock), to_record(StaffRecord, row))
    with db.session(clock) as session:
        row = None
        if username:
            row = session.scalar(select(StaffUser).where(StaffUser.username == username))
        if row is None or not row.active:
            raise SignInFailed("This is not a demo database: sign in with your username.")
        row.last_sign_in_at = clock.utc_now()
        write_audit(session, row.id, "sign_in", "staff_user", row.id, how="demo")
        return SignedIn(ServiceContext(db, row.id, clock), to_record(StaffRecord, row))
