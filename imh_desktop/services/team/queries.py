"""The queries behind the team measures: one per table, read straight into pandas.

Each function runs one SQLAlchemy select on the caller's connection (its
unit of work's transaction) with ``pd.read_sql`` and hands back a DataFrame
with plain values: enum columns as their stored text, dates as
``datetime64``. Families are limited to the given
specialists' caseloads by a join, never by a long list of family ids.
The SQL is portable (SQLite and PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, Select, and_, case, func, or_, select

from imh_desktop.data.models import (
    Alert,
    Family,
    Goal,
    GoalProgress,
    Referral,
    StaffUser,
    Visit,
)
from imh_desktop.domain.enums import AlertKind, GoalStatus, ReferralStatus, VisitOutcome

if TYPE_CHECKING:
    import pandas as pd

    from imh_desktop.services.team.dashboard import Period


def _read(
    conn: Connection,
    stmt: Select[*tuple[Any, ...]],
    dates: tuple[str, ...] = (),
    enums: tuple[str, ...] = (),
) -> pd.DataFrame:
    import pandas as pd

    # read_sql_query, not read_sql: given a statement, read_sql first asks the server's
    # catalog whether it names a table (one more round trip per read on PostgreSQL).
    frame = pd.read_sql_query(stmt, conn)
    for name in dates:
        frame[name] = pd.to_datetime(frame[name])
    for name in enums:
        frame[name] = frame[name].map(lambda v: None if v is None else str(v)).astype(object)
    return frame


def _in_period(period: Period) -> ColumnElement[bool]:
    """Families enrolled by the end of the period and not closed before it began."""
    return and_(
        Family.enrolled_on.is_not(None),
        Family.enrolled_on <= period.end,
        or_(Family.closed_on.is_(None), Family.closed_on >= period.start),
    )


def served_family_ids(staff_ids: list[int], period: Period) -> Select[int]:
    """The ids of the staff's families served in the period (``read_families``'s rows)."""
    return select(Family.id).where(Family.specialist_id.in_(staff_ids), _in_period(period))


def read_staff(conn: Connection) -> pd.DataFrame:
    """Every staff user: ``staff_id``, ``specialist`` (name), role, supervisor, active."""
    stmt = select(
        StaffUser.id.label("staff_id"),
        StaffUser.full_name.label("specialist"),
        StaffUser.username,
        StaffUser.role,
        StaffUser.supervisor_id,
        StaffUser.active,
    )
    frame = _read(conn, stmt, enums=("role",))
    frame["active"] = frame["active"].astype(bool)
    return frame


def read_families(
    conn: Connection, staff_ids: list[int], period: Period, today: dt.date
) -> pd.DataFrame:
    """The staff's families served in the period, with last contact and open (and urgent) alerts."""
    last_contact = (
        select(func.max(Visit.visit_date))
        .where(
            Visit.family_id == Family.id,
            Visit.outcome == VisitOutcome.COMPLETED,
            Visit.visit_date <= today,
        )
        .scalar_subquery()
    )
    open_alerts = (
        select(func.count(Alert.id))
        .where(Alert.family_id == Family.id, Alert.resolved_at.is_(None))
        .scalar_subquery()
    )
    next_planned = (
        select(func.min(Visit.visit_date))
        .where(
            Visit.family_id == Family.id,
            Visit.outcome == VisitOutcome.PLANNED,
            Visit.visit_date >= today,
        )
        .scalar_subquery()
    )
    urgent_alerts = (
        select(func.count(Alert.id))
        .where(
            Alert.family_id == Family.id,
            Alert.resolved_at.is_(None),
            Alert.kind == AlertKind.URGENT,
        )
        .scalar_subquery()
    )
    overdue_referrals = (
        select(func.count(Referral.id))
        .where(
            Referral.family_id == Family.id,
            Referral.status == ReferralStatus.MADE,
            Referral.follow_up_on < today,
        )
        .scalar_subquery()
    )
    stmt = select(
        Family.id.label("family_id"),
        Family.case_number,
        Family.display_name.label("family"),
        Family.specialist_id,
        Family.status,
        Family.frequency,
        Family.enrolled_on,
        Family.closed_on,
        last_contact.label("last_contact"),
        next_planned.label("next_planned"),
        open_alerts.label("open_alerts"),
        urgent_alerts.label("urgent_alerts"),
        overdue_referrals.label("overdue_referrals"),
    ).where(Family.specialist_id.in_(staff_ids), _in_period(period))
    return _read(
        conn, stmt, dates=("enrolled_on", "closed_on", "last_contact", "next_planned"),
        enums=("status", "frequency"),
    )  # fmt: skip


def read_visit_counts(
    conn: Connection, staff_ids: list[int], period: Period, late_on_or_before: dt.date
) -> pd.DataFrame:
    """Each family's visits counted in SQL: ``completed``, ``cancelled`` (by the family or
    the staff) and ``no_shows`` in the period, and ``late_notes``: visits held (not merely
    planned) on or before ``late_on_or_before`` whose note is still unsigned.

    One row per family of the staff's served in the period that has any such visit.
    """
    in_period = Visit.visit_date.between(period.start, period.end)
    unsigned = and_(Visit.signed_at.is_(None), Visit.outcome != VisitOutcome.PLANNED)

    def count(*when: ColumnElement[bool]) -> ColumnElement[int]:
        return func.count(case((and_(*when), 1)))

    cancelled = Visit.outcome.in_([VisitOutcome.CANCELLED_FAMILY, VisitOutcome.CANCELLED_STAFF])
    stmt = (
        select(
            Visit.family_id,
            count(in_period, Visit.outcome == VisitOutcome.COMPLETED).label("completed"),
            count(in_period, cancelled).label("cancelled"),
            count(in_period, Visit.outcome == VisitOutcome.NO_SHOW).label("no_shows"),
            count(unsigned, Visit.visit_date <= late_on_or_before).label("late_notes"),
        )
        .join(Family, Family.id == Visit.family_id)
        .where(
            Family.specialist_id.in_(staff_ids),
            _in_period(period),
            or_(in_period, and_(unsigned, Visit.visit_date <= late_on_or_before)),
        )
        .group_by(Visit.family_id)
    )
    return _read(conn, stmt)


def read_completed_days(conn: Connection, staff_ids: list[int], period: Period) -> pd.DataFrame:
    """Completed visits of the staff's families served in the period, per specialist and day
    of the period (``specialist_id``, ``visit_date``, ``completed``), counted in SQL."""
    stmt = (
        select(Family.specialist_id, Visit.visit_date, func.count().label("completed"))
        .join(Family, Family.id == Visit.family_id)
        .where(
            Family.specialist_id.in_(staff_ids),
            _in_period(period),
            Visit.outcome == VisitOutcome.COMPLETED,
            Visit.visit_date.between(period.start, period.end),
        )
        .group_by(Family.specialist_id, Visit.visit_date)
    )
    return _read(conn, stmt, dates=("visit_date",))


def read_goal_counts(
    conn: Connection, staff_ids: list[int], period: Period, today: dt.date
) -> pd.DataFrame:
    """Goals per family and status (``family_id``, ``status``, ``n``), counted in SQL.

    Active, revised and discontinued goals are counted as of today; achieved goals
    only when achieved in the period (``status_changed_on`` in it), so the count
    answers "goals achieved this month".
    """
    achieved_elsewhere = and_(
        Goal.status == GoalStatus.ACHIEVED,
        or_(Goal.status_changed_on.is_(None),
            ~Goal.status_changed_on.between(period.start, period.end)),
    )  # fmt: skip
    stmt = (
        select(Goal.family_id, Goal.status, func.count(Goal.id).label("n"))
        .join(Family, Family.id == Goal.family_id)
        .where(Family.specialist_id.in_(staff_ids), _in_period(period), ~achieved_elsewhere)
        .group_by(Goal.family_id, Goal.status)
    )
    return _read(conn, stmt, enums=("status",))


def read_latest_ratings(conn: Connection, staff_ids: list[int], period: Period) -> pd.DataFrame:
    """The latest progress rating (by the period's end) of each active goal.

    Columns ``goal_id``, ``family_id``, ``specialist_id``, ``domain``, ``rating``.
    """
    rank = (
        func.row_number()
        .over(
            partition_by=GoalProgress.goal_id, order_by=(Visit.visit_date.desc(), Visit.id.desc())
        )
        .label("rank")
    )
    ranked = (
        select(
            GoalProgress.goal_id,
            Goal.family_id,
            Family.specialist_id,
            Goal.domain,
            GoalProgress.rating,
            rank,
        )
        .join(Visit, Visit.id == GoalProgress.visit_id)
        .join(Goal, Goal.id == GoalProgress.goal_id)
        .join(Family, Family.id == Goal.family_id)
        .where(
            Family.specialist_id.in_(staff_ids),
            _in_period(period),
            Goal.status == GoalStatus.ACTIVE,
            Visit.visit_date <= period.end,
        )
        .subquery()
    )
    stmt = select(
        ranked.c.goal_id, ranked.c.family_id, ranked.c.specialist_id, ranked.c.domain,
        ranked.c.rating,
    ).where(ranked.c.rank == 1)  # fmt: skip
    frame = _read(conn, stmt, enums=("domain",))
    frame["rating"] = frame["rating"].astype(float)
    return frame


def count_visits(conn: Connection, staff_ids: list[int], start: dt.date, end: dt.date) -> int:
    """Visits recorded (not merely planned) for the staff's families between the days given."""
    stmt = (
        select(func.count(Visit.id))
        .join(Family, Family.id == Visit.family_id)
        .where(
            Family.specialist_id.in_(staff_ids),
            Visit.outcome != VisitOutcome.PLANNED,
            Visit.visit_date.between(start, end),
        )
    )
    return int(conn.execute(stmt).scalar_one())
