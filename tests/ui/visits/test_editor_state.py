"""The editor's content as JSON both ways: what a draft stores comes back as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget

from imh_desktop.domain.enums import VisitMode, VisitOutcome
from imh_desktop.ui.visits.editor_layout import EditorLayout
from imh_desktop.ui.visits.editor_state import (
    TEXT_FIELDS,
    note_state,
    read_state,
    to_note_input,
    write_state,
)

pytestmark = pytest.mark.ui


@pytest.fixture
def ui(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    return EditorLayout(host)


def test_a_state_written_reads_back_the_same(ui):
    state = {
        **{name: f"{name} text" for name in TEXT_FIELDS},
        "visit_date": "2026-11-20", "start_time": "14:30", "duration": 45,
        "mode": VisitMode.VIRTUAL.value, "outcome": VisitOutcome.NO_SHOW.value,
        "cancel_reason": "Nobody home", "participants": {"caregivers": [], "children": [],
                                                        "others": []},
        "services": [], "ratings": [], "next_visit_date": "2026-11-27",
        "next_visit_time": "10:00",
    }  # fmt: skip
    write_state(ui, state, dt.date(2026, 12, 1))
    assert read_state(ui) == state
    data = to_note_input(ui)
    assert data.visit.outcome is VisitOutcome.NO_SHOW and data.visit.duration_minutes == 45
    assert data.visit.next_visit_date == dt.date(2026, 11, 27)
    assert data.next_visit_time == dt.time(10, 0) and data.visit.plan == "plan text"


def test_a_new_note_is_dated_today_and_offers_the_next_visit(ui):
    assert note_state(None, dt.date(2026, 11, 25)) == {"visit_date": "2026-11-25"}
    write_state(ui, note_state(None, dt.date(2026, 11, 25)), dt.date(2026, 12, 2))
    assert ui.details.visit_date() == dt.date(2026, 11, 25)
    assert ui.next_visit_date() is None and ui.next_date.value() == dt.date(2026, 12, 2)
