"""Read-only lists around visit notes: unsigned notes, the week's agenda, goal progress."""

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
from imh_desktop.services.visits.records import AgendaItem, ProgressPoint, UnsignedNote


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


def week_agenda(ctx: ServiceContext, specialist_id: int, day: dt.date) -> list[AgendaItem]:
    """The specialist's planned visits in the week (Monday-Sunday) holding ``day``."""
    start = week_start(day)
    stmt = (
        select(Visit, Family.display_name, Family.case_number)
        .join(Family, Family.id == Visit.family_id)
        .where(
            Visit.specialist_id == specialist_id,
            Visit.outcome == VisitOutcome.PLANNED,
            Visit.visit_date >= start,
            Visit.visit_date <= start + dt.timedelta(days=6),
        )
        .order_by(Visit.visit_date, Visit.start_time, Family.display_name)
    )
    with reading(
        ctx, Permission.READ_FAMILY, "agenda", specialist_id=specialist_id, week=start
    ) as uow:  # fmt: skip
        uow.require(specialist_id=specialist_id)
        rows = uow.session.execute(stmt).all()
        items = [
            AgendaItem(
                v.id,
                v.family_id,
                name,
                case,
                v.visit_date,
                v.start_time,
                v.duration_minutes,
                v.mode,
            )
            for v, name, case in rows
        ]
    # SQL sorts NULL times first on SQLite and last on PostgreSQL: settle it here.
    return sorted(items, key=lambda i: (i.visit_date, i.start_time or dt.time.max))


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
