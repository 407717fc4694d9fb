"""The team dashboard's data for one period, and the questions the screens ask of it.

``TeamData`` holds the tables ``services.team.dashboard`` reads in one go
(families, team, weekly visits, goal ratings) and answers per specialist or
for the whole team: a specialist's families, the totals row, the rows of the
charts, the families served in the period. pandas is imported inside
functions so importing this module (at start-up) does not pay for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from imh_desktop.domain.enums import GoalDomain, GoalStatus
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.period_families import PeriodCounts, Standing
from imh_desktop.services.team.tables import Period

if TYPE_CHECKING:
    import pandas as pd

GOAL_KEYS = {s.value: f"goals_{s.value}" for s in GoalStatus}
# The per-family counts summed into the team table and its totals.
COUNT_KEYS = ("completed", "cancelled", "no_shows", "late_notes", *GOAL_KEYS.values(),
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
    for key in ("families", *COUNT_KEYS, "no_contact"):
        if key in frame:
            row[key] = int(frame[key].sum())
    row["expected"] = float(frame["expected"].sum())
    if "supervision_hours" in frame:
        row["supervision_hours"] = float(frame["supervision_hours"].sum())
    row["percent"] = row["completed"] / row["expected"] * 100 if row["expected"] > 0 else None
    return row
