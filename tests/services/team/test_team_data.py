"""What the screens ask of a period's team data: chart rows, a specialist's row, the totals."""

from __future__ import annotations

import pandas as pd
import pytest

from imh_desktop.domain.enums import GoalDomain
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.team import dashboard as team
from imh_desktop.services.team.team_data import totals_row
from tests.factories import TODAY, D

NOV = team.period_for("this_month", TODAY)


def test_rows_for_charts_and_summary(as_user, agency):
    data = team.load_team(as_user(agency.ids["ssupervisor"]), NOV)
    weeks, rows = data.weekly_rows()
    assert weeks == [D(2026, 11, 1), D(2026, 11, 8), D(2026, 11, 15), D(2026, 11, 22)]
    assert rows == [("Ana Specialist", [2, 1, 1, 1]), ("Ben Specialist", [1, 0, 0, 0])]
    assert data.weekly_rows(agency.ids["bspecialist"])[1] == [("Ben Specialist", [1, 0, 0, 0])]
    future = team.period_for("custom", TODAY, D(2026, 12, 1), D(2026, 12, 31))
    assert team.load_team(as_user(agency.ids["ssupervisor"]), future).weekly_rows() == ([], [])
    assert data.rating_rows() == [
        (GoalDomain.ATTACHMENT, 3.0, 2),
        (GoalDomain.REGULATION, 3.0, 1),
    ]
    ben = data.team_row(agency.ids["bspecialist"])
    assert (ben["specialist"], ben["completed"]) == ("Ben Specialist", 1)
    assert data.team_row()["specialist"] == "Team total"


def test_totals_sum_the_counts_and_recompute_the_percent():
    frame = pd.DataFrame({"specialist": ["A", "B"], "families": [2, 3], "completed": [3, 1],
                          "expected": [4.0, 4.0], "late_notes": [1, 0]})  # fmt: skip
    row = totals_row(frame, "specialist", "Team total")
    assert row == {"specialist": "Team total", "families": 5, "completed": 4, "late_notes": 1,
                   "expected": 8.0, "percent": 50.0}  # fmt: skip
    none_expected = totals_row(frame.assign(expected=0.0), "specialist", "Team total")
    assert none_expected["percent"] is None


def test_colleagues_of_one_name_keep_the_order_their_accounts_were_made(db, as_user, agency):
    from sqlalchemy import update

    from imh_desktop.data.models import StaffUser

    ana, ben = agency.ids["aspecialist"], agency.ids["bspecialist"]
    with db.session() as s:  # Ben renamed: two "Ana Specialist" on one team
        s.execute(update(StaffUser).where(StaffUser.id == ben).values(full_name="Ana Specialist"))
    team_rows = team.load_team(as_user(agency.ids["ssupervisor"]), NOV).team
    tied = team_rows[team_rows["specialist"] == "Ana Specialist"]
    assert list(tied["specialist_id"]) == sorted([ana, ben])


def test_a_specialist_off_the_team_has_no_row(as_user, agency):
    data = team.load_team(as_user(agency.ids["ssupervisor"]), NOV)
    with pytest.raises(DomainError, match="not on this team"):
        data.team_row(agency.ids["cspecialist"])
