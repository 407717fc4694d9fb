"""The calendar's table models pass Qt's model tester and lay visits out by day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from imh_desktop.domain.enums import VisitMode
from imh_desktop.services.calendar.records import CalendarVisit
from imh_desktop.ui.calendar.models import MonthModel, WeekModel, time_text

MON = dt.date(2026, 11, 23)


def _visit(visit_id, day, start, double=False):
    return CalendarVisit(visit_id, 1, f"IMH-2026-000{visit_id}", "Nguyễn family", 3,
                         "Ana Specialist", day, start, 60, VisitMode.HOME, 1, double)  # fmt: skip


VISITS = (
    _visit(1, MON + dt.timedelta(days=3), dt.time(14, 30), True),
    _visit(2, MON + dt.timedelta(days=3), dt.time(15), True),
    _visit(3, MON, None),
)


def test_week_model(qtmodeltester):
    model = WeekModel()
    model.set_visits(MON, MON + dt.timedelta(days=2), VISITS)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 7)
    assert model.visit(model.index(1, 3)).visit_id == 2 and model.visit(model.index(1, 0)) is None
    assert model.data(model.index(0, 0)).startswith("No time\nIMH-2026-0003")
    assert "Double booking" in model.data(model.index(0, 3))
    assert model.data(model.index(0, 3), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Wednesday 25 Nov"
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole).bold()
    assert time_text(VISITS[0]) == "14:30–15:30" and time_text(VISITS[2]) == ""


def test_month_model(qtmodeltester):
    model = MonthModel()
    model.month = 11
    model.set_visits(dt.date(2026, 10, 26), MON, VISITS)
    qtmodeltester.check(model)
    thursday = model.index(4, 3)
    assert model.day(thursday) == dt.date(2026, 11, 26)
    assert model.data(thursday) == "26   2 flagged ⚠\n⚠ 14:30 IMH-2026-0001\n⚠ 15:00 IMH-2026-0002"
    model.set_max_lines(2)  # a short cell: the day, then how many
    assert model.data(thursday) == "26   2 flagged ⚠\n+ 2 more"
    assert [v.visit_id for v in model.visits(thursday)] == [1, 2]
    assert model.data(model.index(0, 0)) == "26 Oct"  # a day of another month says which
    assert "Nguyễn family" in model.data(thursday, Qt.ItemDataRole.ToolTipRole)


def test_in_spanish_the_days_and_months_are_spanish(spanish):
    week = WeekModel()
    week.set_visits(MON, MON + dt.timedelta(days=2), VISITS)
    assert week.headerData(2, Qt.Orientation.Horizontal) == "miércoles 25 nov"
    month = MonthModel()
    month.month = 11
    month.set_visits(dt.date(2026, 10, 26), MON, VISITS)
    assert month.data(month.index(0, 0)) == "26 oct"
    assert month.headerData(0, Qt.Orientation.Horizontal) == "lunes"
