"""The calendar's records: a visit's end, a check with nothing to warn about."""

from __future__ import annotations

import datetime as dt

from imh_desktop.domain.enums import VisitMode
from imh_desktop.domain.planning import WorkingHours
from imh_desktop.services.calendar.records import CalendarVisit, Clash, PlanCheck

DAY = dt.date(2026, 11, 26)


def _visit(start, minutes):
    return CalendarVisit(1, 2, "IMH-2026-0001", "F", 3, "A", DAY, start, minutes,
                         VisitMode.HOME, 1)  # fmt: skip


def test_a_visits_end_counts_an_hour_when_its_length_is_not_set():
    assert _visit(dt.time(9, 30), 45).end == dt.time(10, 15)
    assert _visit(dt.time(9, 30), None).end == dt.time(10, 30)
    assert _visit(None, 45).end is None


def test_a_check_is_ok_only_without_clashes_and_inside_hours():
    clash = Clash(5, "IMH-2026-0002", dt.time(9), dt.time(10))
    assert PlanCheck((), False, WorkingHours()).ok
    assert not PlanCheck((clash,), False, WorkingHours()).ok
    assert not PlanCheck((), True, WorkingHours()).ok
