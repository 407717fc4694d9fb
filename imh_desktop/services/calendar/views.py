"""The calendar: planned visits of a week or month, for me or (a supervisor) my team.

Each visit carries its planning flags (double-booked, outside working hours);
:func:`check_plan` tells a planner, before she saves, what a proposed time
would clash with. Both are audited reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from imh_desktop.data.models import Family, StaffUser, Visit
from imh_desktop.domain.enums import Role, VisitOutcome
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.planning import MAX_MINUTES, Slot, clashes, double_booked, outside_hours
from imh_desktop.services.admin.agency import settings_in
from imh_desktop.services.calendar.records import CalendarPage, CalendarVisit, Clash, PlanCheck
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import UnitOfWork, reading

MAX_DAYS = 62  # a month view with the days around it, and then some


def _staff_choices(uow: UnitOfWork) -> list[tuple[int, str]]:
    """The user, then (a supervisor) the active staff who report to her, by name."""
    me = uow.actor
    choices = [(me.id, me.full_name)]
    if me.role is Role.SUPERVISOR:
        team = uow.session.execute(
            select(StaffUser.id, StaffUser.full_name)
            .where(StaffUser.supervisor_id == me.id, StaffUser.active.is_(True))
            .order_by(StaffUser.full_name, StaffUser.id)
        ).all()
        choices.extend((sid, name) for sid, name in team)
    return choices


def planned_rows(
    session: Session, staff_ids: Sequence[int], start: dt.date, end: dt.date
) -> list[tuple[Visit, str, str, str]]:
    """Planned visits of ``staff_ids`` from ``start`` to ``end``, with case, family and specialist.

    A query helper: it reads, never commits.
    """
    stmt = (
        select(Visit, Family.case_number, Family.display_name, StaffUser.full_name)
        .join(Family, Family.id == Visit.family_id)
        .join(StaffUser, StaffUser.id == Visit.specialist_id)
        .where(
            Visit.specialist_id.in_(list(staff_ids)),
            Visit.outcome == VisitOutcome.PLANNED,
            Visit.visit_date >= start,
            Visit.visit_date <= end,
        )
    )
    rows = [(v, case, name, who) for v, case, name, who in session.execute(stmt).all()]
    # NULL times sort differently on SQLite and PostgreSQL: settle it here.
    rows.sort(key=lambda r: (r[0].visit_date, r[0].start_time or dt.time.min, r[1], r[0].id))
    return rows


def list_calendar(
    ctx: ServiceContext, start: dt.date, end: dt.date, specialist_id: int | None = None
) -> CalendarPage:
    """Planned visits from ``start`` to ``end`` (inclusive, at most 62 days), flagged.

    Without ``specialist_id``: the user's own visits, and for a supervisor her
    whole team's too; with it, that one person's (herself or, for a
    supervisor, someone on her team). Refused for anyone else.
    """
    if end < start:
        raise DomainError("The calendar's last day is before its first.", "period")
    if (end - start).days >= MAX_DAYS:
        raise DomainError(f"Show at most {MAX_DAYS} days at once.", "period")
    with reading(
        ctx, Permission.READ_FAMILY, "calendar", start=start, end=end, specialist_id=specialist_id
    ) as uow:  # fmt: skip
        choices = _staff_choices(uow)
        shown = [specialist_id] if specialist_id is not None else [sid for sid, _ in choices]
        for sid in shown:
            uow.require(specialist_id=sid)
        hours = settings_in(uow.session).working_hours
        rows = planned_rows(uow.session, shown, start, end)
        slots = [Slot(v.id, v.specialist_id, v.visit_date, v.start_time, v.duration_minutes)
                 for v, *_ in rows]  # fmt: skip
        clashing = double_booked(slots)
        visits = tuple(
            CalendarVisit(
                v.id,
                v.family_id,
                case,
                name,
                v.specialist_id,
                who,
                v.visit_date,
                v.start_time,
                v.duration_minutes,
                v.mode,
                v.version,
                v.id in clashing,
                outside_hours(slot, hours),
            )
            for (v, case, name, who), slot in zip(rows, slots, strict=True)
        )
    return CalendarPage(start, end, visits, tuple(choices), hours)


def check_minutes(minutes: int | None) -> None:
    """Refuse a visit length that is not 1 to 480 minutes (None: not set)."""
    if minutes is not None and not 1 <= minutes <= MAX_MINUTES:
        raise DomainError(
            f"A visit lasts from 1 minute to {MAX_MINUTES // 60} hours.", "duration_minutes"
        )


def plan_check(uow: UnitOfWork, slot: Slot, family_id: int | None = None) -> PlanCheck:
    """What ``slot`` would clash with, in the unit's session (no commit).

    With ``family_id``, that family's own planned visits are left out (the
    one being planned replaces them, it does not double-book them).
    """
    hours = settings_in(uow.session).working_hours
    others = planned_rows(uow.session, [slot.specialist_id], slot.day, slot.day)
    if family_id is not None:
        others = [r for r in others if r[0].family_id != family_id]
    by_id = {v.id: case for v, case, _, _ in others}
    other_slots = [Slot(v.id, v.specialist_id, v.visit_date, v.start_time, v.duration_minutes)
                   for v, *_ in others]  # fmt: skip
    found = []
    for other in clashes(slot, other_slots):
        span = other.span()
        assert span is not None  # a clash has a time
        found.append(Clash(other.visit_id, by_id[other.visit_id], span[0].time(), span[1].time()))
    return PlanCheck(tuple(found), outside_hours(slot, hours), hours)


def check_plan(
    ctx: ServiceContext, visit_id: int, day: dt.date, start: dt.time | None, minutes: int | None
) -> PlanCheck:
    """Before a planned visit is moved to ``day`` at ``start``: what would it clash with?

    Reads the visit's specialist's other planned visits that day (case
    numbers and times) and the agency's working hours. Checked as a read of
    the visit's family.
    """
    check_minutes(minutes)
    with reading(ctx, Permission.READ_FAMILY, "visit_plan", entity_id=visit_id) as uow:
        row = uow.session.get(Visit, visit_id)
        if row is None:
            raise NotFoundError("That visit no longer exists.", "visit")
        uow.require(note=row)
        return plan_check(uow, Slot(row.id, row.specialist_id, day, start, minutes))


def check_next_visit(
    ctx: ServiceContext, family_id: int, day: dt.date, start: dt.time | None
) -> PlanCheck:
    """Before a note plans the family's next visit (by the user, an hour long): any clash?

    The user's other planned visits that day (not this family's) and the
    working hours. Checked as a read of the family.
    """
    with reading(ctx, Permission.READ_FAMILY, "visit_plan", family_id=family_id) as uow:
        return plan_check(uow, Slot(0, uow.actor.id, day, start, None), family_id)
