"""Moving a planned visit to another day or time (from the calendar)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from imh_desktop.data.models import Family, StaffUser, Visit
from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.domain.errors import ConflictError, DomainError, NotFoundError
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.planning import Slot
from imh_desktop.services.calendar.records import CalendarVisit, PlanCheck
from imh_desktop.services.calendar.views import check_minutes, plan_check
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import unit_of_work

MAX_AHEAD_DAYS = 2 * 366


@dataclass(frozen=True)
class Rescheduled:
    """The visit as saved, and the warnings its new time carries (saved anyway)."""

    visit: CalendarVisit
    check: PlanCheck


def reschedule_visit(
    ctx: ServiceContext,
    visit_id: int,
    expected_version: int,
    day: dt.date,
    start: dt.time | None,
    minutes: int | None,
) -> Rescheduled:
    """Move a planned visit to ``day`` at ``start`` for ``minutes``; audited as "reschedule".

    Only a planned (not yet documented) visit moves, and only to today or a
    later day. ``expected_version`` is the version the user loaded: if the
    visit changed since, ConflictError says so and nothing is saved. Double
    bookings and hours outside the working day are returned as warnings, not
    refused. Allowed to whoever may write the family's notes (its specialist,
    her supervisor, emergency access).
    """
    check_minutes(minutes)
    today = ctx.today()
    if day < today:
        raise DomainError("A visit cannot be planned for a day that has passed.", "visit_date")
    if (day - today).days > MAX_AHEAD_DAYS:
        raise DomainError("Plan a visit at most two years ahead.", "visit_date")
    with unit_of_work(ctx, Permission.WRITE_NOTE) as uow:
        row = uow.session.get(Visit, visit_id)
        if row is None:
            raise NotFoundError("That visit no longer exists.", "visit")
        uow.require(note=row)
        if row.outcome is not VisitOutcome.PLANNED:
            raise ConflictError(
                "This visit has been documented since the calendar was read, so it can no "
                "longer be moved. The calendar now shows the current plan."
            )
        if row.version != expected_version:
            raise ConflictError(
                "Someone else changed this visit after you opened it (it may have been moved "
                "already). Nothing was saved; look at the calendar again and choose the time anew."
            )
        before = {"date": row.visit_date, "start": row.start_time, "minutes": row.duration_minutes}
        check = plan_check(uow, Slot(row.id, row.specialist_id, day, start, minutes))
        row.visit_date, row.start_time, row.duration_minutes = day, start, minutes
        uow.session.flush()
        uow.audit(
            "reschedule", "visit", row.id, family_id=row.family_id, before=before,
            after={"date": day, "start": start, "minutes": minutes},
            double_booked=len(check.clashes), outside_hours=check.outside_hours,
        )  # fmt: skip
        family = uow.session.get(Family, row.family_id)
        who = uow.session.get(StaffUser, row.specialist_id)
        assert family is not None and who is not None
        visit = CalendarVisit(
            row.id, row.family_id, family.case_number, family.display_name, row.specialist_id,
            who.full_name, day, start, minutes, row.mode, row.version, bool(check.clashes),
            check.outside_hours,
        )  # fmt: skip
        return Rescheduled(visit, check)
