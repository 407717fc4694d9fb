"""The calendar window, driven as a user clicks: week and month, next and previous, whose
visits, reschedule by double-click, drag and context menu, export."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.calendar.moves import reschedule_visit
from imh_desktop.services.common.changes import Part
from imh_desktop.services.family import families
from imh_desktop.ui.calendar.reschedule import RescheduleDialog
from imh_desktop.ui.calendar.view import MONTH, CalendarWindow, moved, shown_period
from tests.factories import TODAY, add_visit, family_input

T = dt.time
THU = TODAY + dt.timedelta(days=1)  # Thursday 26 Nov 2026
SAT = TODAY + dt.timedelta(days=3)
DEC = dt.date(2026, 12, 9)


@pytest.fixture
def planned(as_user, staff, family):
    """Ana: 14:30 and 15:00 on Thursday (a double booking), Saturday 10:00, 9 Dec; Ben: Friday."""
    ana, ben = as_user(staff["aspecialist"]), as_user(staff["bspecialist"])
    bens = families.create_family(
        as_user(staff["ssupervisor"]), family_input(staff["bspecialist"], display_name="Reyes")
    )

    def plan(ctx, fam, day, at):
        data = VisitInput(day, VisitOutcome.PLANNED, start_time=at, duration_minutes=60)
        return add_visit(ctx, fam, data).id

    return {
        "thu_a": plan(ana, family.id, THU, T(14, 30)),
        "thu_b": plan(ana, family.id, THU, T(15)),
        "sat": plan(ana, family.id, SAT, T(10)),
        "dec": plan(ana, family.id, DEC, T(9)),
        "ben": plan(ben, bens.id, THU + dt.timedelta(days=1), T(14, 30)),
    }


@pytest.fixture
def calendar(qtbot, ctx, planned):
    window = CalendarWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def when_modal(monkeypatch, fill):
    """The reschedule dialog about to open is filled by ``fill(dialog)`` as a user would
    (its ``exec`` replaced: no nested event loop in a test)."""
    opened = []

    def exec_filled(self) -> int:
        opened.append(self)
        fill(self)
        return self.result()

    monkeypatch.setattr(RescheduleDialog, "exec", exec_filled)
    return opened


def texts(calendar, column):
    """The week's cells of day ``column`` (0 = Monday), as shown."""
    model = calendar.week_model
    cells = (model.data(model.index(row, column)) for row in range(model.rowCount()))
    return [c for c in cells if c]


def month_cell(calendar, day):
    model = calendar.month_model
    cells = [model.index(r, c) for r in range(6) for c in range(7)]
    return next(i for i in cells if model.day(i) == day)


def test_the_week_shows_my_visits_with_their_flags(calendar):
    thursday, saturday = texts(calendar, 3), texts(calendar, 5)
    assert all("Double booking" in t for t in thursday) and len(thursday) == 2
    assert "Outside working hours" in saturday[0]
    assert "Nguyễn family" in thursday[0] and "14:30–15:30" in thursday[0]
    assert "23 Nov – 29 Nov 2026" in calendar.title.text()
    assert "3 planned, 3 flagged" in calendar.legend.text()
    assert not calendar.who.isVisible()  # a specialist sees only her own


def test_switch_to_month_and_move_on_and_back(qtbot, calendar):
    qtbot.mouseClick(calendar.month_button, qtbot_left())
    assert calendar.stack.currentIndex() == 1 and "November 2026" in calendar.title.text()
    model = calendar.month_model
    thursday = model.data(month_cell(calendar, THU)).splitlines()
    assert [t.split()[:2] for t in thursday] == [["26", "2"], ["⚠", "14:30"], ["⚠", "15:00"]]
    assert model.day(model.index(5, 6)) == dt.date(2026, 12, 6)  # the grid ends on Sunday
    qtbot.mouseClick(calendar.next_button, qtbot_left())
    assert "December 2026" in calendar.title.text()
    assert model.data(month_cell(calendar, DEC)).splitlines()[1].startswith("09:00 IMH-")
    qtbot.mouseClick(calendar.previous_button, qtbot_left())
    qtbot.mouseClick(calendar.previous_button, qtbot_left())
    assert "October 2026" in calendar.title.text()
    qtbot.mouseClick(calendar.today_button, qtbot_left())
    qtbot.mouseClick(calendar.week_button, qtbot_left())
    assert calendar.stack.currentIndex() == 0
    qtbot.mouseClick(calendar.next_button, qtbot_left())
    assert "30 Nov – 6 Dec 2026" in calendar.title.text()
    assert not any(texts(calendar, day) for day in range(7))


def test_double_click_a_day_of_the_month_opens_its_week(qtbot, calendar):
    qtbot.mouseClick(calendar.month_button, qtbot_left())
    rect = calendar.month_table.visualRect(month_cell(calendar, dt.date(2026, 11, 4)))
    qtbot.mouseClick(calendar.month_table.viewport(), qtbot_left(), pos=rect.center())
    qtbot.mouseDClick(calendar.month_table.viewport(), qtbot_left(), pos=rect.center())
    assert calendar.stack.currentIndex() == 0 and "2 Nov – 8 Nov 2026" in calendar.title.text()


def test_reschedule_by_double_click_warns_then_saves(qtbot, monkeypatch, calendar, published):
    def fill(dialog):
        assert "Double booking" in dialog.warning.text()  # shown before saving
        assert "IMH-" in dialog.warning.text()
        dialog.start_time.setTime(QTime(7, 0))
        assert "Outside the agency's working hours (Mon–Fri 08:00–18:00)" in dialog.warning.text()
        dialog.start_time.setTime(QTime(9, 0))
        assert dialog.warning.text() == "No double booking; within working hours."
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), qtbot_left())

    opened = when_modal(monkeypatch, fill)
    table = calendar.week_table
    rect = table.visualRect(calendar.week_model.index(0, 3))
    qtbot.mouseClick(table.viewport(), qtbot_left(), pos=rect.center())
    qtbot.mouseDClick(table.viewport(), qtbot_left(), pos=rect.center())
    assert opened and opened[0].saved is not None
    assert published[-1].touches(Part.VISITS)
    assert texts(calendar, 3)[0].startswith("09:00–10:00")
    assert not any("Double booking" in t for t in texts(calendar, 3))
    assert "Moved IMH-" in calendar.status.text()


def test_a_visit_moved_meanwhile_is_a_clear_conflict(qtbot, monkeypatch, as_user, staff, calendar,
                                                     planned):  # fmt: skip
    def fill(dialog):
        sam = as_user(staff["ssupervisor"])  # moves it first
        reschedule_visit(sam, planned["sat"], dialog.visit.version, THU, T(8), 60)
        dialog.start_time.setTime(QTime(11, 0))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), qtbot_left())

    opened = when_modal(monkeypatch, fill)
    calendar.week_table.setCurrentIndex(calendar.week_model.index(0, 5))
    calendar.week_table.activated.emit(calendar.week_model.index(0, 5))  # Enter on it
    dialog = opened[0]
    assert dialog.saved is None and not dialog.error.isHidden()
    assert "Someone else changed this visit" in dialog.error.text()
    assert texts(calendar, 5) == []  # the calendar read the current plan
    assert any(t.startswith("08:00") for t in texts(calendar, 3))


def test_dropping_a_visit_on_another_day_offers_that_day(monkeypatch, calendar):
    opened = when_modal(monkeypatch, lambda dialog: None)
    model = calendar.week_model
    dragged = model.mimeData([model.index(0, 5)])  # Saturday's visit, dropped on Monday
    assert not model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))
    assert opened[0].date.value() == dt.date(2026, 11, 23) and opened[0].visit.day == SAT
    assert texts(calendar, 5)  # nothing moved without saving


def test_a_supervisor_chooses_whose_visits(qtbot, app_ctx, staff, planned):
    window = CalendarWindow(app_ctx(staff["ssupervisor"]))
    qtbot.addWidget(window)
    window.show()
    assert window.who.isVisible()
    names = [window.who.itemText(i) for i in range(window.who.count())]
    assert names == [
        "Everyone (my team and me)",
        "Sam Supervisor",
        "Ana Specialist",
        "Ben Specialist",
    ]
    assert sum(len(texts(window, day)) for day in range(7)) == 4
    window.who.setCurrentIndex(3)
    window.who.activated.emit(3)
    shown = [v for vs in window.week_model.by_day.values() for v in vs]
    assert [v.visit_id for v in shown] == [planned["ben"]]
    assert "Ben Specialist" in texts(window, 4)[0]


def test_export_writes_my_visits(calendar, tmp_path):
    calendar.export_to(tmp_path / "mine.ics")
    assert "Wrote 4 planned visits" in calendar.status.text()
    assert (tmp_path / "mine.ics").read_text().count("BEGIN:VEVENT") == 4


def test_periods():
    assert shown_period("week", TODAY) == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert shown_period(MONTH, TODAY) == (dt.date(2026, 10, 26), dt.date(2026, 12, 6))
    assert moved(MONTH, dt.date(2026, 12, 31), 1) == dt.date(2027, 1, 1)
    assert moved(MONTH, dt.date(2026, 1, 31), -1) == dt.date(2025, 12, 1)


def qtbot_left():
    return Qt.MouseButton.LeftButton
