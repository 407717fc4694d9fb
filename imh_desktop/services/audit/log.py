"""Reading the audit log: the viewer's filtered list and "who looked at this family".

Who sees what: administrators see every event; supervisors the events about
their team's families (families of the specialists who report to them, and
their own) and about their team's members (done by them, or to their
accounts); specialists do not open the log, but a family's own specialist
may see who looked at that family. Every read of the log is itself audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session

from imh_desktop.data.models import AuditEvent, Family, StaffUser
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.audit.describe import describe_detail
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import UnitOfWork, unit_of_work

MAX_ROWS = 50_000
FAMILY_ROWS = 5_000


@dataclass(frozen=True)
class AuditFilter:
    """What the viewer asks for; empty fields do not filter. Dates are the user's local days."""

    staff_id: int | None = None
    case_number: str = ""
    action: str = ""
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class AuditEventRecord:
    """One audit event as the viewer shows it."""

    id: int
    seq: int | None  # its place in its lane of the chain
    at: dt.datetime  # UTC, naive, as stored
    staff_id: int | None
    staff_name: str
    action: str
    entity: str
    entity_id: int | None
    family_id: int | None
    case_number: str
    detail: str  # as recorded (JSON)
    summary: str  # the detail for people
    hash: str
    lane: int = 0  # the lane of the chain it is in (revision 0028)


@dataclass(frozen=True)
class AuditPage:
    events: tuple[AuditEventRecord, ...]  # newest first
    truncated: bool  # more events matched than MAX_ROWS


@dataclass(frozen=True)
class AuditChoices:
    """What the viewer's filters offer: the staff and the actions the user may see."""

    staff: tuple[tuple[int, str], ...]
    actions: tuple[str, ...]


def _team(session: Session, supervisor_id: int) -> list[int]:
    return [supervisor_id, *session.scalars(
        select(StaffUser.id).where(StaffUser.supervisor_id == supervisor_id)
    )]  # fmt: skip


def visible_events(uow: UnitOfWork) -> ColumnElement[bool] | None:
    """The condition limiting events to the acting user's view; None for everything.

    Raises PermissionDeniedError for anyone but an administrator or supervisor.
    """
    uow.require(Permission.VIEW_AUDIT)
    if uow.actor.role is Role.ADMIN:
        return None
    team = _team(uow.session, uow.actor.id)
    families = select(Family.id).where(Family.specialist_id.in_(team))
    return or_(
        AuditEvent.family_id.in_(families),
        AuditEvent.staff_id.in_(team),
        and_(AuditEvent.entity == "staff_user", AuditEvent.entity_id.in_(team)),
    )


_COLUMNS = (
    AuditEvent.id, AuditEvent.seq, AuditEvent.at, AuditEvent.staff_id, AuditEvent.action,
    AuditEvent.entity, AuditEvent.entity_id, AuditEvent.family_id, AuditEvent.detail,
    AuditEvent.hash, StaffUser.full_name, Family.case_number, AuditEvent.lane,
)  # fmt: skip


def _records(session: Session, stmt: Select[*tuple[Any, ...]]) -> list[AuditEventRecord]:
    system = "(the system)"
    return [
        AuditEventRecord(
            e.id,
            e.seq,
            e.at,
            e.staff_id,
            e.full_name or (system if e.staff_id is None else ""),
            e.action,
            e.entity,
            e.entity_id,
            e.family_id,
            e.case_number or "",
            e.detail or "",
            describe_detail(e.detail or ""),
            e.hash or "",
            e.lane,
        )
        for e in session.execute(stmt)
    ]


def _statement() -> Select[*tuple[Any, ...]]:
    """Columns, not ORM objects: a read of 50,000 events builds no entities."""
    return (
        select(*_COLUMNS)
        .outerjoin(StaffUser, StaffUser.id == AuditEvent.staff_id)
        .outerjoin(Family, Family.id == AuditEvent.family_id)
        .order_by(AuditEvent.id.desc())  # the order written in: seq counts within a lane
    )


def _utc(day: dt.date, ctx: ServiceContext) -> dt.datetime:
    """Local midnight starting ``day``, as stored (naive UTC)."""
    local = dt.datetime.combine(day, dt.time.min, tzinfo=ctx.clock.now().tzinfo)
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _filters(ctx: ServiceContext, f: AuditFilter) -> list[ColumnElement[bool]]:
    if f.start and f.end and f.end < f.start:
        raise DomainError("The last day is before the first day.", "end")
    conditions: list[ColumnElement[bool]] = []
    if f.staff_id is not None:
        conditions.append(AuditEvent.staff_id == f.staff_id)
    case = f.case_number.strip()
    if len(case) > 32:
        raise DomainError("A case number has at most 32 characters.", "case_number")
    if case:
        pattern = "%" + case.upper().replace("\\", "").replace("%", "").replace("_", "") + "%"
        conditions.append(
            AuditEvent.family_id.in_(select(Family.id).where(Family.case_number.like(pattern)))
        )
    if f.action.strip():
        conditions.append(AuditEvent.action == f.action.strip())
    if f.start:
        conditions.append(AuditEvent.at >= _utc(f.start, ctx))
    if f.end:
        conditions.append(AuditEvent.at < _utc(f.end + dt.timedelta(days=1), ctx))
    return conditions


def list_audit_events(
    ctx: ServiceContext, filters: AuditFilter, limit: int = MAX_ROWS
) -> AuditPage:
    """The events the user may see that match ``filters``, newest first (at most ``limit``)."""
    with unit_of_work(ctx, Permission.VIEW_AUDIT) as uow:
        scope = visible_events(uow)
        conditions = _filters(ctx, filters)
        if scope is not None:
            conditions.append(scope)
        rows = _records(uow.session, _statement().where(*conditions).limit(limit + 1))
        uow.audit(
            "read", "audit_log", None, staff=filters.staff_id, case_number=filters.case_number,
            of_action=filters.action, start=filters.start, end=filters.end,
            rows=min(len(rows), limit),
        )  # fmt: skip
    return AuditPage(tuple(rows[:limit]), len(rows) > limit)


def audit_choices(ctx: ServiceContext) -> AuditChoices:
    """The staff and actions the viewer's filters offer (the user's view only)."""
    with unit_of_work(ctx, Permission.VIEW_AUDIT) as uow:
        scope = visible_events(uow)
        staff_stmt = select(StaffUser.id, StaffUser.full_name).order_by(StaffUser.full_name)
        if scope is not None:
            staff_stmt = staff_stmt.where(StaffUser.id.in_(_team(uow.session, uow.actor.id)))
        staff = tuple((i, n) for i, n in uow.session.execute(staff_stmt))
        actions = tuple(uow.session.scalars(
            select(AuditEvent.action).distinct().order_by(AuditEvent.action)
        ))  # fmt: skip
    return AuditChoices(staff, actions)


def family_access_log(ctx: ServiceContext, family_id: int) -> tuple[AuditEventRecord, ...]:
    """Who looked at (or changed) a family, newest first.

    For the family's specialist, that specialist's supervisor and
    administrators. Looking is recorded too.
    """
    with unit_of_work(ctx, Permission.SEE_FAMILY_ACCESS, family_id=family_id) as uow:
        rows = _records(
            uow.session, _statement().where(AuditEvent.family_id == family_id).limit(FAMILY_ROWS)
        )
        uow.audit("read", "audit_log", None, family_id=family_id, rows=len(rows))
    return tuple(rows)
