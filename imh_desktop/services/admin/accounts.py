"""Account administration: the list of accounts, password resets, deactivation.

Administrators only. Accounts are never deleted: a deactivated person's
notes, signatures and audit events keep their name, and the account can be
reactivated. A reset gives a temporary passphrase that must be changed at
the next sign-in and ends any wait after failed sign-ins.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from imh_desktop.data.models import Family, StaffUser
from imh_desktop.domain.accounts import check_passphrase, is_locked
from imh_desktop.domain.enums import FamilyStatus, Role
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.auth import keys, passwords
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import to_record
from imh_desktop.services.common.uow import UnitOfWork, unit_of_work


@dataclass(frozen=True)
class AccountRecord:
    """One account as an administrator sees it (never the hash)."""

    id: int
    username: str
    full_name: str
    role: Role
    supervisor_id: int | None
    active: bool
    has_password: bool
    must_change_password: bool
    waiting_until: dt.datetime | None  # UTC; set while it waits after failed sign-ins
    last_sign_in_at: dt.datetime | None  # UTC
    deactivated_at: dt.datetime | None  # UTC


def _record(row: StaffUser, now: dt.datetime) -> AccountRecord:
    return to_record(
        AccountRecord,
        row,
        has_password=row.password_hash is not None,
        waiting_until=row.locked_until if is_locked(row.locked_until, now) else None,
    )


def list_accounts(ctx: ServiceContext) -> list[AccountRecord]:
    """Every account, active ones first, then by role and name (administrators only)."""
    with unit_of_work(ctx, Permission.ADMINISTER_STAFF) as uow:
        rows = uow.session.scalars(
            select(StaffUser).order_by(StaffUser.active.desc(), StaffUser.role, StaffUser.full_name)
        )
        now = uow.now()
        return [_record(row, now) for row in rows]


def _account(uow: UnitOfWork, staff_id: int) -> StaffUser:
    row = uow.session.get(StaffUser, staff_id)
    if row is None:
        raise NotFoundError("No such account.", "staff")
    return row


def reset_password(ctx: ServiceContext, staff_id: int, temporary: str) -> AccountRecord:
    """Give the account a temporary passphrase, to be changed at its next sign-in."""
    with unit_of_work(ctx, Permission.ADMINISTER_STAFF) as uow:
        row = _account(uow, staff_id)
        username, full_name = row.username, row.full_name
    check_passphrase(temporary, username, full_name)
    new_hash = passwords.hash_password(temporary)  # slow on purpose: outside the transaction
    slot = keys.wrap_for(ctx.db, username, temporary)
    with (
        keys.slot_change(ctx.db) as change,
        unit_of_work(ctx, Permission.ADMINISTER_STAFF) as uow,
    ):
        row = _account(uow, staff_id)
        if not row.active:
            raise DomainError("Reactivate the account before resetting its password.", "staff")
        row.password_hash = new_hash
        row.must_change_password = True
        row.failed_sign_ins, row.locked_until = 0, None
        row.password_changed_at = uow.now()
        uow.audit("reset_password", "staff_user", row.id)
        change.put(slot)  # an encrypted database: the temporary password opens it
        return _record(row, uow.now())


def temporary_password_for(username: str, full_name: str) -> str:
    """A random temporary passphrase that passes the rules for this person."""
    while True:
        candidate = passwords.temporary_password()
        try:
            check_passphrase(candidate, username, full_name)
        except DomainError:
            continue  # it happened to contain their name: draw again
        return candidate


@dataclass(frozen=True)
class Deactivated:
    """The account, and how many open families are still assigned to the person."""

    account: AccountRecord
    open_families: int


def deactivate_staff(ctx: ServiceContext, staff_id: int) -> Deactivated:
    """Stop the account from signing in at once; its notes and history stay.

    Refused for your own account (so an administrator always remains).
    Families still assigned to the person stay assigned (the count comes
    back so they can be reassigned from the caseload).
    """
    with (
        keys.slot_change(ctx.db) as change,
        unit_of_work(ctx, Permission.ADMINISTER_STAFF) as uow,
    ):
        row = _account(uow, staff_id)
        if row.id == ctx.user_id:
            raise DomainError("You cannot deactivate your own account.", "staff")
        if not row.active:
            raise DomainError(f"{row.full_name}'s account is inactive already.", "staff")
        row.active = False
        row.deactivated_at = uow.now()
        change.remove(row.username)  # their passphrase no longer opens an encrypted database
        open_families = uow.session.scalar(
            select(func.count())
            .select_from(Family)
            .where(Family.specialist_id == row.id, Family.status != FamilyStatus.CLOSED)
        )
        uow.audit("deactivate", "staff_user", row.id)
        return Deactivated(_record(row, uow.now()), open_families or 0)


def reactivate_staff(ctx: ServiceContext, staff_id: int) -> AccountRecord:
    """Let a deactivated account sign in again (with the password it had, or after a reset).

    On an encrypted database its key slot went with the deactivation: until
    an administrator resets the password, the person can sign in only where
    the database is open already (their slot is then made again).
    """
    with unit_of_work(ctx, Permission.ADMINISTER_STAFF) as uow:
        row = _account(uow, staff_id)
        if row.active:
            raise DomainError(f"{row.full_name}'s account is active already.", "staff")
        row.active = True
        row.deactivated_at = None
        row.failed_sign_ins, row.locked_until = 0, None
        uow.audit("reactivate", "staff_user", row.id)
        return _record(row, uow.now())
