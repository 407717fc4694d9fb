"""The team view's per-family rules on a small frame: standing in the period, visit due."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from imh_desktop.services.team import family_rules
from imh_desktop.services.team.tables import period_for

TODAY = dt.date(2026, 11, 25)


def test_standings_and_visits_due_follow_the_domain_rules():
    fam = pd.DataFrame({
        "status": ["active", "closed", "on_hold"],
        "frequency": ["weekly", "weekly", "monthly"],
        "enrolled_on": pd.to_datetime(["2026-03-01", "2026-03-01", "2026-03-01"]),
        "closed_on": pd.to_datetime([None, "2026-11-08", None]),
        "next_planned": pd.to_datetime([None, None, None]),
        "last_contact": pd.to_datetime(["2026-11-10", "2026-11-02", "2026-10-01"]),
    })  # fmt: skip
    period = period_for("this_month", TODAY)
    assert family_rules.standings(fam, period) == ["served", "served", "on_hold"]
    family_rules.visit_due(fam, TODAY)
    assert list(fam["overdue_visits"]) == [1, 0, 0]  # due 17 Nov; closed and on hold: never
    assert fam.loc[0, "next_visit_due"].date() == dt.date(2026, 11, 17)
