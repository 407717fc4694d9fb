"""Staff users: listing, lookup and creation.

Who may add whom: an administrator adds anyone; a supervisor adds
specialists and supervisors; only an administrator adds an administrator.
A new account gets a temporary passphrase that must be changed at its first
sign-in (administration of accounts: ``services.admin.accounts``).
"""

from __future__ import annotations

from sqlalchemy import select

from imh_desktop.data.db import Database
from imh_desktop.data.models import StaffUser
from imh_desktop.domain.accounts import check_passphrase, normalise_username
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError, NotFoundError, PermissionDeniedError
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.text import MAX_NAME, bad_character, require_text
from imh_desktop.services.auth import keys, passwords
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import to_record
from imh_desktop.services.common.records import StaffRecord
from imh_desktop.services.common.uow import unit_of_work


def list_staff(ctx: ServiceContext, active_only: bool = True) -> list[StaffRecord]:
    """All staff, supervisors first, then by name (names and roles: every signed-in user)."""
    stmt = select(StaffUser).order_by(StaffUser.role.desc(), StaffUser.full_name)
    if active_only:
        stmt = stmt.where(StaffUser.active.is_(True))
    with unit_of_work(ctx, Permission.READ_STAFF) as uow:
        return [to_record(StaffRecord, s) for s in uow.session.scalars(stmt)]


def get_staff(ctx: ServiceContext, staff_id: int) -> StaffRecord:
    """One staff member's name, role and supervisor (every signed-in user)."""
    with unit_of_work(ctx, Permission.READ_STAFF) as uow:
        row = uow.session.get(StaffUser, staff_id)
        if row is None:
            raise NotFoundError("No such staff member.", "staff")
        return to_record(StaffRecord, row)


def find_staff(db: Database, username: str) -> StaffRecord:
    """The active staff user with this username, or a readable error (before sign-in)."""
    if bad_character(username) is not None:  # never a username: don't ask the database
        raise NotFoundError("No active staff user has that username.", "username")
    with db.read() as session:
        row = session.scalar(select(StaffUser).where(StaffUser.username == username.strip()))
        if row is None or not row.active:
            raise NotFoundError(f"No active staff user named '{username}'.", "username")
        return to_record(StaffRecord, row)


def default_user(db: Database) -> StaffRecord:
    """The first active supervisor (by id), else the first active user (before sign-in)."""
    with db.read() as session:
        for role in (Role.SUPERVISOR, Role.ADMIN, Role.SPECIALIST):
            row = session.scalar(
                select(StaffUser)
                .where(StaffUser.role == role, StaffUser.active.is_(True))
                .order_by(StaffUser.id)
                .limit(1)
            )
            if row is not None:
                return to_record(StaffRecord, row)
    raise NotFoundError("The database has no staff users yet. Run 'imh-desktop setup' first.")


def create_first_staff(db: Database, username: str, full_name: str, role: Role) -> StaffRecord:
    """The first staff user of an empty database, without a password (test set-ups).

    Such an account cannot sign in; a real database starts with
    ``services.auth.setup.set_up_administrator``, which sets the passphrase.
    """
    username = normalise_username(username)
    full_name = require_text(full_name, "full_name", "The full name", MAX_NAME)
    with db.session() as session:
        if session.scalar(select(StaffUser.id).limit(1)) is not None:
            raise DomainError("Only an administrator can add staff.", "actor")
        row = StaffUser(username=username, full_name=full_name, role=role)
        session.add(row)
        session.flush()
        return to_record(StaffRecord, row)


def create_staff(
    ctx: ServiceContext,
    username: str,
    full_name: str,
    role: Role,
    supervisor_id: int | None = None,
    temporary_password: str | None = None,
) -> StaffRecord:
    """Create a staff user, acting as ``ctx.user_id``.

    An administrator adds anyone; a supervisor adds a specialist to their own
    team (``supervisor_id`` the supervisor), nobody else.

    With ``temporary_password`` the account can sign in once with it and must
    then choose its own passphrase; without, it cannot sign in until an
    administrator resets its password. ``supervisor_id`` names the active
    supervisor a specialist reports to.
    """
    username = normalise_username(username)
    full_name = require_text(full_name, "full_name", "The full name", MAX_NAME)
    new_hash = slot = None
    if temporary_password is not None:
        check_passphrase(temporary_password, username, full_name)
        new_hash = passwords.hash_password(temporary_password)
        slot = keys.wrap_for(ctx.db, username, temporary_password)
    with (
        keys.slot_change(ctx.db) as change,
        unit_of_work(ctx, Permission.ADD_STAFF) as uow,
    ):
        own_team = role is Role.SPECIALIST and supervisor_id == uow.actor.id
        if not own_team and not uow.may(Permission.ADMINISTER_STAFF):
            raise PermissionDeniedError(
                "Only an administrator can add an administrator, a supervisor or another "
                "team's specialist; a supervisor adds specialists to their own team."
            )
        if uow.session.scalar(select(StaffUser.id).where(StaffUser.username == username)):
            raise DomainError(f"The username '{username}' is taken.", "username")
        if supervisor_id is not None:
            boss = uow.session.get(StaffUser, supervisor_id)
            if boss is None or not boss.active or boss.role is not Role.SUPERVISOR:
                raise DomainError("Choose an active supervisor.", "supervisor")
        row = StaffUser(
            username=username,
            full_name=full_name,
            role=role,
            supervisor_id=supervisor_id,
            password_hash=new_hash,
            must_change_password=new_hash is not None,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit("create", "staff_user", row.id, username=username, role=role.value)
        change.put(slot)  # an encrypted database: the temporary password opens it
        return to_record(StaffRecord, row)
