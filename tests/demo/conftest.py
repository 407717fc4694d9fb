"""Demo test fixtures: a family plan made by hand, fresh id counters and row sink."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.demo.rows import TABLES, FamilyPlan, Ids, Member, Rows
from imh_desktop.domain.enums import FamilyStatus, Frequency

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def ids() -> Ids:
    """Ids from 1 in every table."""
    return Ids(dict.fromkeys(TABLES, 1))


@pytest.fixture
def rows() -> Rows:
    return Rows()


@pytest.fixture
def make_plan():
    """``make_plan(**changes)``: Ánh (mother) and Bảo (born 1 May 2025), weekly, active since
    2 Jun 2025, family id 1, specialist 2 supervised by 1; ``changes`` replace fields."""

    def make(**changes) -> FamilyPlan:
        values = dict(
            id=1, status=FamilyStatus.ACTIVE, frequency=Frequency.WEEKLY, specialist_id=2,
            supervisor_id=1, enrolled_on=dt.date(2025, 6, 2), last_day=TODAY - dt.timedelta(days=1),
            closed_on=None, closure_reason=None, language="English",
            caregivers=[Member(10, "Ánh", True, full_name="Nguyễn Thị Ánh", relationship="Mother",
                               dob=dt.date(1996, 3, 3))],
            children=[Member(20, "Bảo", False, full_name="Bảo Nguyễn", dob=dt.date(2025, 5, 1),
                             sex="male")],
        )  # fmt: skip
        values.update(changes)
        return FamilyPlan(**values)

    return make
