"""This week's planned visits, day by day; opening one starts its note."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.ui.visits.agenda import AgendaDialog
from imh_desktop.ui.visits.editor import VisitNoteEditor
from tests.factories import add_visit

pytestmark = [pytest.mark.ui, pytest.mark.usefixtures("keep_drafts_on_close")]


def test_this_week_lists_planned_visits_day_by_day(qtbot, ctx, svc, family, qtmodeltester):
    for day, at in ((dt.date(2026, 11, 27), dt.time(10, 30)), (dt.date(2026, 12, 1), None)):
        add_visit(svc, family.id, VisitInput(day, VisitOutcome.PLANNED, start_time=at))
    dialog = AgendaDialog(ctx)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    cells = [
        (dialog.model.data(dialog.model.index(r, 0)), dialog.model.data(dialog.model.index(r, 1)))
        for r in range(dialog.model.rowCount())
    ]
    assert cells[0] == ("Monday 23 Nov 2026", "No visits planned")
    friday = cells.index(("Friday 27 Nov 2026", ""))
    assert cells[friday + 1] == ("10:30", "Nguyễn family")
    assert len(cells) == 8 and cells[-1][0] == "Sunday 29 Nov 2026"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    cells = [dialog.model.data(dialog.model.index(r, 0)) for r in range(dialog.model.rowCount())]
    assert cells[:4] == [
        "Monday 30 Nov 2026",
        "Tuesday 1 Dec 2026",
        "Time not set",
        "Wednesday 2 Dec 2026",
    ]
    assert dialog.windowTitle() == "This week"
    dialog._on_table_activated(dialog.model.index(2, 1))
    [editor] = dialog.findChildren(VisitNoteEditor)  # a window of its own, owned by the dialog
    assert editor.ui.details.outcome_value() is VisitOutcome.COMPLETED


def _cells(dialog: AgendaDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_double_bookings_and_visits_outside_hours_are_flagged(qtbot, ctx, svc, family):
    thursday = dt.date(2026, 11, 26)
    for at in (dt.time(14, 30), dt.time(14, 30), dt.time(9, 0)):
        add_visit(svc, family.id, VisitInput(thursday, VisitOutcome.PLANNED, start_time=at))
    add_visit(svc, family.id, VisitInput(dt.date(2026, 11, 28), VisitOutcome.PLANNED,
                                         start_time=dt.time(10, 0)))  # fmt: skip
    dialog = AgendaDialog(ctx)
    qtbot.addWidget(dialog)
    rows = [row for row in _cells(dialog) if row[2]]  # visits (they have a case number)
    assert [(row[0], row[-1]) for row in rows] == [
        ("09:00", ""),
        ("⚠ 14:30", "Double booking"),
        ("⚠ 14:30", "Double booking"),
        ("⚠ 10:00", "Outside working hours"),  # a Saturday
    ]
    assert "3 flagged" in dialog.legend.text() and "Mon–Fri 08:00–18:00" in dialog.legend.text()
    flagged_row = next(r for r in range(dialog.model.rowCount()) if dialog.model.visit(
        dialog.model.index(r, 0)) and _cells(dialog)[r][-1])  # fmt: skip
    assert dialog.model.data(dialog.model.index(flagged_row, 0), Qt.ItemDataRole.BackgroundRole)


def test_a_supervisors_week_shows_her_teams_visits_with_the_specialist(
    qtbot, app_ctx, staff, svc, family
):
    add_visit(svc, family.id, VisitInput(dt.date(2026, 11, 26), VisitOutcome.PLANNED,
                                         start_time=dt.time(14, 30)))  # fmt: skip
    dialog = AgendaDialog(app_ctx(staff["ssupervisor"]))
    qtbot.addWidget(dialog)
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(dialog.model.columnCount())]  # fmt: skip
    assert "Specialist" in headers
    [row] = [row for row in _cells(dialog) if row[2]]
    assert row[:4] == ["14:30", family.display_name, family.case_number, "Ana Specialist"]
