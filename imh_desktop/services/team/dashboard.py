"""Supervisor measures: a team table (one row per specialist) and its families.

Answers "who on my team is behind on visits or notes, and which families
need attention". Everything is read with a handful of queries (staff,
families, visits, goals, goal ratings: one per table, ``team_queries``)
straight into pandas, plus the screenings service's one-query due counts;
measures are pandas groupby/merge, not loops over rows. pandas is imported
inside functions so importing this module (at start-up) does not pay for it.

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
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from imh_desktop.domain import dosage
from imh_desktop.domain.dates import format_date
from imh_desktop.domain.enums import FamilyStatus, Frequency, GoalDomain, GoalStatus, Role
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.domain.period_families import PeriodCounts, Standing
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.admin.agency import settings_in
from imh_desktop.services.caseload.table import SCOPE_OF_ROLE, CaseloadRow, read_caseload
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import UnitOfWork, reading, retry_transient
from imh_desktop.services.screenings.due import due_counts
from imh_desktop.services.team import family_rules
from imh_desktop.services.team import queries as q
from imh_desktop.services.team.supervision import supervision_minutes
from imh_desktop.services.team.tables import (
    CASELOAD_COLUMNS,
    FAMILY_COLUMNS,
    PERIOD_KINDS,
    TEAM_COLUMNS,
    Period,
    period_for,
)

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

LOW_DOSAGE_PERCENT = 75.0
_GOAL_KEYS = {s.value: f"goals_{s.value}" for s in GoalStatus}
_COUNT_KEYS = ("completed", "cancelled", "no_shows", "late_notes", *_GOAL_KEYS.values(),
               "screens_due", "screens_overdue", "open_alerts", "urgent_alerts",
               "overdue_visits", "overdue_referrals")  # fmt: skip


@dataclass(frozen=True)
class TeamData:
    """Everything the team dashboard shows for one period, read in one go.

    ``families`` has one row per family (measures as in ``FAMILY_COLUMNS``
    plus ``family_id``, ``specialist_id``, ``specialist`` and ``no_contact``; ``status``
    and ``frequency`` as stored, labelled by whoever shows or exports them);
    ``team`` one row per specialist (``TEAM_COLUMNS`` plus ``specialist_id``);
    ``weekly`` completed visits per specialist and 7-day week of the period
    (``week_start``, up to today); ``ratings`` the latest progress rating of each goal
    (``specialist_id``, ``domain``, ``rating``).
    """

    period: Period
    today: dt.date
    late_after_days: int
    no_contact_days: int
    families: pd.DataFrame
    team: pd.DataFrame
    weekly: pd.DataFrame
    ratings: pd.DataFrame

    def families_of(self, specialist_id: int) -> pd.DataFrame:
        """The families of one specialist, by case number."""
        rows = self.families[self.families["specialist_id"] == specialist_id]
        return rows.reset_index(drop=True)

    def team_with_totals(self) -> pd.DataFrame:
        """The team table with the totals row last, as exported."""
        import pandas as pd

        return pd.concat([self.team, pd.DataFrame([self.totals()])], ignore_index=True)

    def totals(self) -> dict[str, Any]:
        """The team's totals row: counts summed, percent recomputed from the sums."""
        return totals_row(self.team, "specialist", "Team total")

    def ratings_by_domain(self, specialist_id: int | None = None) -> pd.DataFrame:
        """Mean latest goal rating per domain (``domain`` as stored, ``mean``, ``goals``)."""
        ratings = self.ratings
        if specialist_id is not None:
            ratings = ratings[ratings["specialist_id"] == specialist_id]
        summary = ratings.groupby("domain", sort=False)["rating"].agg(["mean", "count"])
        summary = summary.rename(columns={"count": "goals"}).reset_index()
        order = {d.value: i for i, d in enumerate(GoalDomain)}
        summary["order"] = summary["domain"].map(order)
        return summary.sort_values("order").drop(columns="order").reset_index(drop=True)

    def rating_rows(self, specialist_id: int | None = None) -> list[tuple[GoalDomain, float, int]]:
        """``ratings_by_domain`` as (goal domain, mean rating, goals) tuples for a chart."""
        summary = self.ratings_by_domain(specialist_id)
        domains = [GoalDomain(d) for d in summary["domain"]]
        return list(zip(domains, summary["mean"].astype(float),
                        summary["goals"].astype(int), strict=True))  # fmt: skip

    def weekly_rows(
        self, specialist_id: int | None = None
    ) -> tuple[list[dt.date], list[tuple[str, list[int]]]]:
        """The weeks (first days) and, per specialist by name, completed visits in each week."""
        weekly = self.weekly
        if specialist_id is not None:
            weekly = weekly[weekly["specialist_id"] == specialist_id]
        if weekly.empty:
            return [], []
        weeks = sorted({stamp.date() for stamp in weekly["week_start"]})
        names = dict(zip(self.team["specialist_id"], self.team["specialist"], strict=True))
        grid = weekly.pivot_table(index="specialist_id", columns="week_start",
                                  values="completed", aggfunc="sum")  # fmt: skip
        rows = [(names.get(sid, ""), [int(n) for n in counts])
                for sid, counts in zip(grid.index, grid.to_numpy(), strict=True)]  # fmt: skip
        return weeks, sorted(rows, key=lambda r: r[0].casefold())

    def period_counts(self, specialist_id: int | None = None) -> PeriodCounts:
        """The families of the period (one specialist's, or the team's) by the one rule of
        ``domain.period_families``: served (and closed during it), on hold."""
        import pandas as pd

        fam = self.families
        if specialist_id is not None:
            fam = fam[fam["specialist_id"] == specialist_id]
        served = fam["standing"] == Standing.SERVED.value
        closed = served & fam["closed_on"].between(
            pd.Timestamp(self.period.start), pd.Timestamp(self.period.end))  # fmt: skip
        return PeriodCounts(
            served=int(served.sum()), closed=int(closed.sum()),
            on_hold=int((fam["standing"] == Standing.ON_HOLD.value).sum()),
        )  # fmt: skip

    def team_row(self, specialist_id: int | None = None) -> dict[str, Any]:
        """One specialist's row of the team table, or the totals row for None."""
        if specialist_id is None:
            return self.totals()
        rows = self.team[self.team["specialist_id"] == specialist_id]
        if rows.empty:
            raise DomainError("That specialist is not on this team.", "specialist")
        row = rows.iloc[0].to_dict()
        return {str(k): (None if v != v else v) for k, v in row.items()}  # NaN percent -> None


def totals_row(frame: pd.DataFrame, label_key: str, label: str) -> dict[str, Any]:
    """Sum of every count column of ``frame``; percent recomputed from the summed visits."""
    row: dict[str, Any] = {label_key: label}
    for key in ("families", *_COUNT_KEYS, "no_contact"):
        if key in frame:
            row[key] = int(frame[key].sum())
    row["expected"] = float(frame["expected"].sum())
    if "supervision_hours" in frame:
        row["supervision_hours"] = float(frame["supervision_hours"].sum())
    row["percent"] = row["completed"] / row["expected"] * 100 if row["expected"] > 0 else None
    return row


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


def _family_measures(
    uow: UnitOfWork, staff: pd.DataFrame, period: Period, today: dt.date,
    late_after_days: int, no_contact_days: int,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:  # fmt: skip
    """Per-family measures, the period's completed visits (for the weekly chart), ratings."""
    import numpy as np
    import pandas as pd

    ids = [int(i) for i in staff["staff_id"]]
    conn = uow.session.connection()
    fam = q.read_families(conn, ids, period, today)
    fam = fam.merge(staff[["staff_id", "specialist"]].rename(columns={"staff_id": "specialist_id"}),
                    on="specialist_id", how="left")  # fmt: skip
    on_hold = fam["status"] == FamilyStatus.ON_HOLD.value
    active_now = fam["status"] == FamilyStatus.ACTIVE.value
    fam["standing"] = family_rules.standings(fam, period)
    fam["active"] = fam["standing"] == Standing.SERVED.value  # the team table's "Families"

    fam["expected"] = _expected(fam, period, today).where(~on_hold, 0.0)

    visits = q.read_visits(conn, ids, period, today)
    in_period = visits[visits["visit_date"].between(pd.Timestamp(period.start),
                                                    pd.Timestamp(period.end))]  # fmt: skip
    kind = in_period["outcome"].map(
        {"completed": "completed", "cancelled_family": "cancelled", "cancelled_staff": "cancelled",
         "no_show": "no_shows"})  # fmt: skip
    counts = pd.crosstab(in_period["family_id"], kind)
    unsigned = visits[visits["signed_at"].isna() & (visits["outcome"] != "planned")
                      & (visits["visit_date"] <= pd.Timestamp(today))]  # fmt: skip
    # working days after the visit up to and including today (sign_rules.working_days_between)
    begin = (unsigned["visit_date"] + pd.Timedelta(days=1)).to_numpy().astype("datetime64[D]")
    waited = np.busday_count(begin, np.datetime64(today + dt.timedelta(days=1), "D"))
    late = unsigned.loc[waited > late_after_days].groupby("family_id").size().rename("late_notes")

    goals = q.read_goal_counts(conn, ids, period, today)
    goal_counts = goals.pivot_table(index="family_id", columns="status", values="n",
                                    aggfunc="sum").rename(columns=_GOAL_KEYS)  # fmt: skip
    due = due_counts(uow.session, [int(i) for i in fam["family_id"]], today)
    screens = pd.DataFrame.from_dict(
        due, orient="index", columns=["screens_due", "screens_overdue"]
    ).rename_axis("family_id")

    fam = fam.set_index("family_id")
    for extra in (counts, late, goal_counts, screens):
        fam = fam.join(extra, how="left")
    for key in _COUNT_KEYS:
        if key not in fam:
            fam[key] = 0
        fam[key] = fam[key].fillna(0).astype("int64")
    fam = fam.reset_index()
    fam["percent"] = (fam["completed"] / fam["expected"] * 100).where(fam["expected"] > 0)
    since = fam["last_contact"].fillna(fam["enrolled_on"])
    fam["days_since_contact"] = (
        (pd.Timestamp(today) - since).dt.days.where(active_now).astype("Int64")
    )
    fam["no_contact"] = (fam["days_since_contact"] > no_contact_days).fillna(False).astype(bool)
    family_rules.visit_due(fam, today)
    _attention(fam)
    fam = fam.sort_values(["specialist", "case_number"]).reset_index(drop=True)

    completed = in_period.loc[in_period["outcome"] == "completed", ["family_id", "visit_date"]]
    completed = completed.merge(fam[["family_id", "specialist_id"]], on="family_id")
    ratings = q.read_latest_ratings(conn, ids, period)
    ratings = ratings[ratings["family_id"].isin(fam["family_id"])]
    return fam, completed, ratings


def _expected(fam: pd.DataFrame, period: Period, today: dt.date) -> pd.Series:
    """Visits expected of each family in the period up to today, by ``dosage.expected_between``.

    The active span of each family is worked out for all rows at once; the
    domain rule then runs once per distinct (frequency, first day, last day),
    which most families share (the period's first day and today).
    """
    import pandas as pd

    until = pd.Timestamp(min(period.end, today))
    spans = pd.DataFrame({
        "frequency": fam["frequency"],
        "first": fam["enrolled_on"].clip(lower=pd.Timestamp(period.start)),  # type: ignore[call-overload]
        "last": fam["closed_on"].fillna(until).clip(upper=until),  # type: ignore[call-overload]
    })  # fmt: skip
    distinct = spans.drop_duplicates().copy()
    distinct["expected"] = [
        dosage.expected_between(Frequency(freq), first.date(), last.date())
        for freq, first, last in distinct.itertuples(index=False)
    ]
    merged = spans.merge(distinct, how="left", on=["frequency", "first", "last"])
    return pd.Series(merged["expected"].to_numpy(dtype=float), index=fam.index)


def _plural(count: pd.Series, one: str, many: str) -> pd.Series:
    return count.astype(str) + " " + count.map(lambda n: one if n == 1 else many)


def _attention(fam: pd.DataFrame) -> None:
    """Why a family needs attention, in words (``attention``), as a count (``attention_n``)
    and as a clinical-risk rank (``attention_rank``, higher first); ``low_visits`` marks
    visits under 75% of expected.

    Ranked by clinical risk first: urgent alerts, then positive screens without
    follow-up, then referrals whose follow-up is overdue, then overdue screenings;
    then visits (no contact past the agency's days, a visit overdue, then visits
    under 75% of expected, the lower the share the higher), then late notes. Low
    visits count only once at least one visit was expected, so a quarterly family
    is not flagged in its first week.
    """
    import numpy as np
    import pandas as pd

    low = ((fam["expected"] >= 1) & (fam["percent"] < LOW_DOSAGE_PERCENT)).fillna(False)
    fam["low_visits"] = low.astype(bool)
    urgent = fam["urgent_alerts"]
    positive = fam["open_alerts"] - urgent
    late, overdue = fam["late_notes"], fam["screens_overdue"]
    referrals = fam["overdue_referrals"]
    no_contact = fam["no_contact"].fillna(False).astype(bool)
    reasons = (
        (urgent > 0, _plural(urgent, "urgent alert", "urgent alerts")),
        (positive > 0, _plural(positive, "positive screen", "positive screens")
         + " without follow-up"),
        (referrals > 0, _plural(referrals, "referral follow-up", "referral follow-ups")
         + " overdue"),
        (overdue > 0, _plural(overdue, "overdue screening", "overdue screenings")),
        (no_contact, "no visit in " + fam["days_since_contact"].astype(str) + " days"),
        (fam["overdue_visits"] > 0, fam["next_visit_due"].map(  # str: an empty map keeps dates
            lambda d: "visit overdue since " + format_date(d.date()) if pd.notna(d) else ""
        ).astype(str)),
        (low, fam["percent"].round().astype("Int64").astype(str) + "% of visits"),
        (late > 0, _plural(late, "late note", "late notes")),
    )  # fmt: skip
    text = fam["family_id"].map(lambda _: "")
    count = np.zeros(len(fam), dtype="int64")
    for flag, words in reasons:
        flag = flag.fillna(False).astype(bool)
        text = text + np.where(flag, words + "; ", "")
        count += flag.to_numpy()
    fam["attention"] = text.str.rstrip("; ")
    fam["attention_n"] = count
    shortfall = (100 - fam["percent"].fillna(100).clip(1, 99)).where(low, 0).round()
    rank = np.zeros(len(fam), dtype="int64")
    for part in (urgent, positive, referrals, overdue, no_contact.astype("int64"),
                 fam["overdue_visits"], shortfall, late):  # fmt: skip
        rank = rank * 100 + part.fillna(0).astype("int64").clip(0, 99).to_numpy()
    fam["attention_rank"] = rank


def _weekly(
    completed: pd.DataFrame, staff: pd.DataFrame, period: Period, today: dt.date
) -> pd.DataFrame:
    """Completed visits per specialist per 7-day week of the period, zero weeks included.

    Weeks count from the period's first day (so none straddles its start)
    and stop at today: a week that has not begun is not shown as empty.
    """
    import pandas as pd

    start = pd.Timestamp(period.start)
    until = pd.Timestamp(min(period.end, today))
    weeks = pd.date_range(start, until, freq="7D") if until >= start else pd.DatetimeIndex([])
    block = (completed["visit_date"] - start).dt.days // 7
    week = start + pd.to_timedelta(block * 7, unit="D")
    counts = completed.assign(week_start=week).groupby(["specialist_id", "week_start"]).size()
    grid = pd.MultiIndex.from_product([staff["staff_id"].astype("int64"), weeks],
                                      names=["specialist_id", "week_start"])  # fmt: skip
    return counts.reindex(grid, fill_value=0).rename("completed").reset_index()


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
    fam, completed, ratings = _family_measures(
        uow, staff, period, today, settings.signature_working_days, settings.no_contact_days
    )
    sums = fam.groupby("specialist_id")[["active", *_COUNT_KEYS, "no_contact", "expected"]].sum()
    sums = sums.rename(columns={"active": "families"})
    team = staff.rename(columns={"staff_id": "specialist_id"}).set_index("specialist_id")
    team = team[["specialist", "role", "active"]].join(sums, how="left").reset_index()
    # Supervisors and former staff appear only when they carry families.
    carries = team["specialist_id"].isin(fam["specialist_id"])
    team = team[carries | (team["active"] & (team["role"] == Role.SPECIALIST.value))].copy()
    for key in ("families", *_COUNT_KEYS, "no_contact"):
        team[key] = team[key].fillna(0).astype("int64")
    team["expected"] = team["expected"].fillna(0.0).astype(float)
    team["percent"] = (team["completed"] / team["expected"] * 100).where(team["expected"] > 0)
    minutes = supervision_minutes(uow.session, [int(i) for i in team["specialist_id"]],
                                  period.start, period.end)  # fmt: skip
    team["supervision_hours"] = [minutes.get(int(i), 0) / 60 for i in team["specialist_id"]]
    team = team.drop(columns=["role", "active"]).sort_values("specialist").reset_index(drop=True)
    shown = staff[staff["staff_id"].isin(team["specialist_id"])]
    weekly = _weekly(completed, shown, period, today)
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
    counts = [k for k in measures if k in _COUNT_KEYS]
    frame[counts] = frame[counts].fillna(0).astype("int64")
    frame["expected"] = frame["expected"].fillna(0.0)
    return frame.reset_index(drop=True)


def _period(start: dt.date | None, end: dt.date | None, today: dt.date) -> Period:
    if start is None and end is None:
        return period_for("this_month", today)
    if start is None or end is None:
        raise DomainError("Give both the first and the last date of the period.", "period")
    return period_for("custom", today, start, end)
