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
    dialog._on_table_activated(dialog.model.index(2, 1))
    [editor] = dialog.findChildren(VisitNoteEditor)  # a window of its own, owned by the dialog
    assert editor.ui.details.outcome_value() is VisitOutcome.COMPLETED
