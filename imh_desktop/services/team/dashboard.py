"""Supervisor measures: a team table (one row per specialist) and its families.

Answers "who on my team is behind on visits or notes, and which families
need attention". Everything is read with a handful of queries (staff,
families, visits, goals, goal ratings: one per table, ``team_queries``)
straight into pandas, plus the screenings service's one-query due counts;
measures are pandas groupby/merge, not loops over rows
(``services.team.family_measures``), gathered in a ``TeamData``
(``services.team.team_data``). pandas is imported inside functions so
importing this module (at start-up) does not pay for it.

Two kinds of measure sit side by side:

- **for the period** (visits completed, expected, percent, cancellations,
  no-shows): expected visits are prorated for the days the family was active
  in the period by the one rule of ``domain.dosage`` (monthly and quarterly
  by calendar month and quarter), counting only days up to today, so the
  current month is judged on the days that have passed. Families on hold are
  not expected to be visited.
- **as of today** (late unsigned notes, goals by status, screenings due and
  overdue, open alerts, no contact): what needs doing now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from typing import TYPE_CHECKING

from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.admin.agency import settings_in
from imh_desktop.services.caseload.table import SCOPE_OF_ROLE, CaseloadRow, read_caseload
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import UnitOfWork, reading, retry_transient
from imh_desktop.services.team import queries as q
from imh_desktop.services.team.family_measures import family_measures, weekly_visits
from imh_desktop.services.team.supervision import supervision_minutes
from imh_desktop.services.team.tables import (
    CASELOAD_COLUMNS,
    FAMILY_COLUMNS,
    PERIOD_KINDS,
    TEAM_COLUMNS,
    Period,
    period_for,
)
from imh_desktop.services.team.team_data import COUNT_KEYS, TeamData

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CASELOAD_COLUMNS",
    "FAMILY_COLUMNS",
    "PERIOD_KINDS",
    "TEAM_COLUMNS",
    "Period",
    "TeamData",
    "caseload_frame",
    "load_team",
    "opening_period",
    "period_for",
    "team_frame",
]


def _scope(uow: UnitOfWork, staff: pd.DataFrame) -> pd.DataFrame:
    """The staff whose caseloads the actor may review, as a DataFrame.

    A specialist sees themself; a supervisor their team (and themself, when
    they carry families). Administrators are refused before this.
    """
    lead = uow.actor.id
    if uow.actor.role is Role.SPECIALIST:
        team = staff[staff["staff_id"] == lead]
    else:
        team = staff[(staff["supervisor_id"] == lead) | (staff["staff_id"] == lead)]
        team = team[team["role"] != Role.ADMIN.value]
    return team.reset_index(drop=True)


@retry_transient
def load_team(
    ctx: ServiceContext, period: Period,
    supervisor_id: int | None = None,
) -> TeamData:  # fmt: skip
    """The team dashboard's data for ``period``: team table, families, weekly visits, ratings.

    The acting supervisor's own team (``supervisor_id``, when given, must be
    the actor). One audit row for the whole dashboard.
    """
    with reading(ctx, Permission.VIEW_TEAM, "team", start=period.start, end=period.end) as uow:
        _own_team(uow, supervisor_id)
        data = _team_data(uow, period)
        uow.read_detail["families"] = len(data.families)
        return data


def _own_team(uow: UnitOfWork, supervisor_id: int | None) -> None:
    if supervisor_id is not None and supervisor_id != uow.actor.id:
        raise PermissionDeniedError("A supervisor reviews their own team only.", "supervisor")


def _team_data(uow: UnitOfWork, period: Period) -> TeamData:
    """The dashboard's data inside a caller's unit, which checked the permission; no commit."""
    import pandas as pd

    today = uow.today
    settings = settings_in(uow.session)
    staff = _scope(uow, q.read_staff(uow.session.connection()))
    fam, completed, ratings = family_measures(
        uow, staff, period, today, settings.signature_working_days, settings.no_contact_days
    )
    sums = fam.groupby("specialist_id")[["active", *COUNT_KEYS, "no_contact", "expected"]].sum()
    sums = sums.rename(columns={"active": "families"})
    team = staff.rename(columns={"staff_id": "specialist_id"}).set_index("specialist_id")
    team = team[["specialist", "role", "active"]].join(sums, how="left").reset_index()
    # Supervisors and former staff appear only when they carry families.
    carries = team["specialist_id"].isin(fam["specialist_id"])
    team = team[carries | (team["active"] & (team["role"] == Role.SPECIALIST.value))].copy()
    for key in ("families", *COUNT_KEYS, "no_contact"):
        team[key] = team[key].fillna(0).astype("int64")
    team["expected"] = team["expected"].fillna(0.0).astype(float)
    team["percent"] = (team["completed"] / team["expected"] * 100).where(team["expected"] > 0)
    minutes = supervision_minutes(uow.session, [int(i) for i in team["specialist_id"]],
                                  period.start, period.end)  # fmt: skip
    team["supervision_hours"] = [minutes.get(int(i), 0) / 60 for i in team["specialist_id"]]
    # By name; two colleagues of the same name in the order their accounts were made.
    team = team.drop(columns=["role", "active"]).sort_values(["specialist", "specialist_id"])
    team = team.reset_index(drop=True)
    shown = staff[staff["staff_id"].isin(team["specialist_id"])]
    weekly = weekly_visits(completed, shown, period, today)
    return TeamData(
        period=period, today=today,
        late_after_days=settings.signature_working_days,
        no_contact_days=settings.no_contact_days,
        families=fam, team=team, weekly=weekly,
        ratings=ratings if not ratings.empty else pd.DataFrame(
            {"specialist_id": [], "family_id": [], "domain": [], "rating": []}),
    )  # fmt: skip


def opening_period(ctx: ServiceContext, supervisor_id: int | None = None) -> Period:
    """The period the dashboard opens on: the last complete month, when the team recorded
    visits in it, else the last 4 weeks, so it never opens on an empty month at 0%.

    A supervisor's own team, like ``load_team``; a count only, audited as a read of the team.
    """
    today = ctx.today()
    last_month = period_for("last_month", today)
    with reading(ctx, Permission.VIEW_TEAM, "team", opening_period=True) as uow:
        _own_team(uow, supervisor_id)
        conn = uow.session.connection()
        ids = [int(i) for i in _scope(uow, q.read_staff(conn))["staff_id"]]
        visited = bool(ids) and q.count_visits(conn, ids, last_month.start, last_month.end) > 0
    return last_month if visited else period_for("last_4_weeks", today)


def team_frame(
    ctx: ServiceContext, start: dt.date | None = None, end: dt.date | None = None,
    supervisor_id: int | None = None,
) -> pd.DataFrame:  # fmt: skip
    """The team table for an export: one row per specialist, then the totals row.

    The acting supervisor's own team; the period defaults to the current
    month. One audit row ("export").
    """
    period = _period(start, end, ctx.today())
    with reading(ctx, Permission.EXPORT, "team_table", start=period.start, end=period.end) as uow:
        uow.require(Permission.VIEW_TEAM)
        uow.require_scope("team")
        _own_team(uow, supervisor_id)
        data = _team_data(uow, period)
        uow.read_detail["families"] = len(data.families)
        return data.team_with_totals()


def caseload_frame(
    ctx: ServiceContext, specialist: int | None = None,
    start: dt.date | None = None, end: dt.date | None = None,
) -> pd.DataFrame:  # fmt: skip
    """The caseload as a table for exports: the caseload window's rows plus period measures.

    Rows are the caseload the actor opens on (``SCOPE_OF_ROLE``: a
    specialist's own families, a supervisor's team), so the columns match the
    caseload window; the period's visits, expected visits, percent, late
    notes and screenings come from the team measures. ``specialist`` (a staff
    id) narrows it to one specialist. Columns as ``CASELOAD_COLUMNS``;
    ``status`` and ``frequency`` hold enum members, which the exporter labels
    (``export.write_table``'s ``label``). The period defaults to the current
    month. One audit row ("export").
    """
    import pandas as pd

    period = _period(start, end, ctx.today())
    with reading(ctx, Permission.EXPORT, "caseload_table", specialist_id=specialist) as uow:
        scope = SCOPE_OF_ROLE.get(uow.actor.role, "mine")
        uow.require_scope(scope)
        data = _team_data(uow, period)
        if specialist is not None and specialist not in set(data.team["specialist_id"]):
            raise PermissionDeniedError("That specialist is not on your team.")
        rows = read_caseload(uow, scope, False)
        frame = pd.DataFrame(rows, columns=[f.name for f in fields(CaseloadRow)])
        if specialist is not None:
            frame = frame[frame["specialist_id"] == specialist]
        uow.read_detail["families"] = len(frame)
    measures = [c.key for c in CASELOAD_COLUMNS if c.key in data.families and c.key not in frame]
    frame = frame.merge(data.families[["family_id", *measures]], on="family_id", how="left")
    counts = [k for k in measures if k in COUNT_KEYS]
    frame[counts] = frame[counts].fillna(0).astype("int64")
    frame["expected"] = frame["expected"].fillna(0.0)
    return frame.reset_index(drop=True)


def _period(start: dt.date | None, end: dt.date | None, today: dt.date) -> Period:
    if start is None and end is None:
        return period_for("this_month", today)
    if start is None or end is None:
        raise DomainError("Give both the first and the last date of the period.", "period")
    return period_for("custom", today, start, end)
