"""Read-only lists around visit notes: unsigned notes, goal progress; the week a day is in.

The week's planned visits are the calendar's (``services.calendar.views.list_calendar``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import select

from imh_desktop.data.models import Family, Goal, GoalProgress, Visit
from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.sign_rules import is_signature_late, working_days_between
from imh_desktop.services.admin.agency import settings_in
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import reading, retry_transient
from imh_desktop.services.visits.records import ProgressPoint, UnsignedNote


def list_unsigned(
    ctx: ServiceContext, author_id: int, today: dt.date, holidays: Collection[dt.date] = ()
) -> list[UnsignedNote]:
    """The author's documented but unsigned notes, oldest first, with days waited.

    ``late`` uses the agency's "signed within N working days" setting.
    """
    stmt = (
        select(
            Visit.id,
            Visit.family_id,
            Family.display_name,
            Family.case_number,
            Visit.visit_date,
            Visit.outcome,
        )
        .join(Family, Family.id == Visit.family_id)
        .where(
            Visit.specialist_id == author_id,
            Visit.signed_at.is_(None),
            Visit.outcome != VisitOutcome.PLANNED,
        )
        .order_by(Visit.visit_date, Visit.id)
    )
    with reading(ctx, Permission.READ_FAMILY, "unsigned_notes", author_id=author_id) as uow:
        uow.require(specialist_id=author_id)
        allowed = settings_in(uow.session).signature_working_days
        rows = uow.session.execute(stmt).all()
    return [
        UnsignedNote(
            visit_id=vid,
            family_id=fid,
            family_name=name,
            case_number=case,
            visit_date=day,
            outcome=VisitOutcome(outcome),
            days_waiting=max(0, (today - day).days),
            working_days_waiting=working_days_between(day, today, holidays),
            late=is_signature_late(day, today, allowed, holidays),
            working_days_left=max(0, allowed - working_days_between(day, today, holidays)),
        )
        for vid, fid, name, case, day, outcome in rows
    ]


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


@retry_transient
def goal_progress(ctx: ServiceContext, family_id: int) -> dict[int, list[ProgressPoint]]:
    """Every rating of each of the family's goals, by goal id, oldest visit first."""
    stmt = (
        select(GoalProgress, Visit.visit_date, Visit.signed_at)
        .join(Visit, Visit.id == GoalProgress.visit_id)
        .join(Goal, Goal.id == GoalProgress.goal_id)
        .where(Goal.family_id == family_id)
        .order_by(Visit.visit_date, Visit.id)
    )
    result: dict[int, list[ProgressPoint]] = {}
    with reading(ctx, Permission.READ_FAMILY, "goal_progress", family_id=family_id) as uow:
        for progress, day, signed_at in uow.session.execute(stmt):
            result.setdefault(progress.goal_id, []).append(
                ProgressPoint(
                    progress.goal_id,
                    progress.visit_id,
                    day,
                    progress.rating,
                    progress.note,
                    signed_at is not None,
                )
            )
    return result
