"""Staff users: listing, lookup and creation."""

from __future__ import annotations

from sqlalchemy import select

from imh_desktop.data.db import Database
from imh_desktop.data.models import StaffUser
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.inputs import require_text
from imh_desktop.domain.permissions import Permission
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
    raise NotFoundError("The database has no staff users yet. Run 'imh-desktop demo' or add one.")


def create_first_staff(db: Database, username: str, full_name: str, role: Role) -> StaffRecord:
    """The first staff user of an empty database (no one yet to act as)."""
    username = require_text(username, "username", "The username", 64).lower()
    full_name = require_text(full_name, "full_name", "The full name")
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
) -> StaffRecord:
    """Create a staff user, acting as ``ctx.user_id`` (an administrator)."""
    username = require_text(username, "username", "The username", 64).lower()
    full_name = require_text(full_name, "full_name", "The full name")
    with unit_of_work(ctx, Permission.ADMINISTER_STAFF) as uow:
        if uow.session.scalar(select(StaffUser.id).where(StaffUser.username == username)):
            raise DomainError(f"The username '{username}' is taken.", "username")
        row = StaffUser(
            username=username, full_name=full_name, role=role, supervisor_id=supervisor_id
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit("create", "staff_user", row.id, username=username)
        return to_record(StaffRecord, row)
