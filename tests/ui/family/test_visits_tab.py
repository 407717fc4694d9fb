"""A family's Visits tab: planned and documented visits newest first, with the note's state;
new note and open note."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from imh_desktop.domain.enums import VisitMode, VisitOutcome
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.common.records import VisitRecord
from imh_desktop.ui.family.visits_tab import VisitsTab, note_state
from imh_desktop.ui.visits.editor import VisitNoteEditor
from tests.factories import add_visit

pytestmark = [pytest.mark.ui, pytest.mark.usefixtures("keep_drafts_on_close")]
D = dt.date


@pytest.fixture
def visits(svc, family):
    """A planned visit, a signed one, a co-signed one, an unsigned no-show."""
    planned = add_visit(svc, family.id, VisitInput(D(2026, 12, 2), VisitOutcome.PLANNED,
                                                   start_time=dt.time(14, 30)))  # fmt: skip
    signed = add_visit(svc, family.id, VisitInput(D(2026, 11, 18), duration_minutes=75,
                                                  plan="Read\ntogether"), signed_on=D(2026, 11, 19))  # fmt: skip
    cosigned = add_visit(svc, family.id, VisitInput(D(2026, 11, 4)), signed_on=D(2026, 11, 4))
    with svc.db.session() as s:
        from imh_desktop.data.models import Visit

        s.get(Visit, cosigned.id).cosigned_at = dt.datetime(2026, 11, 6, 9)
    missed = add_visit(svc, family.id, VisitInput(D(2026, 11, 23), VisitOutcome.NO_SHOW,
                                                  mode=VisitMode.PHONE, cancel_reason="Ill",
                                                  plan="Call Monday"))  # fmt: skip
    return planned, signed, cosigned, missed


@pytest.fixture
def tab(qtbot, ctx, family):
    host = QWidget()  # the editors open as windows of the tab's window
    widget = VisitsTab(ctx, family.id, host)
    qtbot.addWidget(host)
    host.show()
    yield widget  # the host stays referenced while the test runs


def cells(tab):
    model = tab.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip


def test_visits_newest_first_with_the_state_of_their_note(qtbot, tab, visits, qtmodeltester):
    tab.refresh()
    qtmodeltester.check(tab.model)
    assert [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)] == [
        "Date", "Time", "Outcome", "Mode", "Minutes", "Note", "Goals addressed",
        "Plan, or why it did not take place"]  # fmt: skip
    assert cells(tab) == [
        ["2 Dec 2026", "14:30", "Planned", "Home", "", "Planned", "", ""],
        ["23 Nov 2026", "", "No-show", "Phone", "", "Unsigned", "", "Reason: Ill; Call Monday"],
        ["18 Nov 2026", "", "Completed", "Home", "75", "Signed 19 Nov 2026", "",
         "Read together"],
        ["4 Nov 2026", "", "Completed", "Home", "", "Co-signed 6 Nov 2026", "", ""],
    ]  # fmt: skip
    assert tab.open_button.isEnabled()


def test_no_visits_yet_nothing_to_open(tab):
    assert tab.model.rowCount() == 0 and not tab.open_button.isEnabled()


def test_new_note_and_open_the_selected_one(qtbot, tab, family, visits):
    tab.refresh()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    [new] = [e for e in tab.window().findChildren(VisitNoteEditor) if e.isVisible()]
    assert (new.family_id, new.visit_id) == (family.id, None)
    tab.table.selectRow(2)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    opened = {e.visit_id for e in tab.window().findChildren(VisitNoteEditor) if e.isVisible()}
    assert opened == {None, visits[1].id}
    tab.table.selectRow(3)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter on a row
    opened = {e.visit_id for e in tab.window().findChildren(VisitNoteEditor) if e.isVisible()}
    assert opened == {None, visits[1].id, visits[2].id}
    rect = tab.table.visualRect(tab.model.index(1, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    opened = {e.visit_id for e in tab.window().findChildren(VisitNoteEditor) if e.isVisible()}
    assert opened == {None, visits[1].id, visits[2].id, visits[3].id}


def test_note_state_words():
    base = VisitRecord(
        1, 1, 2, D(2026, 11, 18), None, None, VisitMode.HOME, VisitOutcome.COMPLETED, "", "",
        "", "", "", "", (), {}, None, None, None, None, None, 1,
    )  # fmt: skip
    assert note_state(base) == "Unsigned"
    assert note_state(dataclasses.replace(base, outcome=VisitOutcome.PLANNED)) == "Planned"
    signed = dataclasses.replace(base, signed_at=dt.datetime(2026, 11, 19, 17))
    assert note_state(signed) == "Signed 19 Nov 2026"
    cosigned = dataclasses.replace(signed, cosigned_at=dt.datetime(2026, 11, 20, 9))
    assert note_state(cosigned) == "Co-signed 20 Nov 2026"


def test_each_visit_lists_the_goals_it_rated(qtbot, tab, svc, family, two_goals):
    from tests.factories import full_note, save_note

    saved = save_note(svc, family, full_note(two_goals, D(2026, 11, 20)))
    tab.refresh()
    row = next(r for r in range(tab.model.rowCount()) if tab.model.records[r].id == saved.visit.id)
    assert (
        tab.model.data(tab.model.index(row, 6))
        == "Attachment and relationship 3; Serve and return 2"
    )
