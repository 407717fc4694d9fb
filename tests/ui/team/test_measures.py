"""The program measures window driven as a supervisor and an administrator would: pick a period,
read the table with its definitions, click a count, see the families, open one.

The numbers are the hand-built agency's (tests/factories.py ``measures_agency``, worked out in
tests/services/measures/test_program.py): for 1 Jan - 30 Jun 2026, Ana's depression screens
on time are 1 of 2 (F1 on time, F2 not), Ben's 0 of 0; the program's 1 of 2.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from imh_desktop.domain.measures import Measure
from imh_desktop.ui.team.measure_families import MeasureFamiliesDialog
from imh_desktop.ui.team.measure_texts import measure_texts
from imh_desktop.ui.team.measures import MeasuresView, preset_dates
from tests.factories import MEASURES_END, MEASURES_START, measures_agency

pytestmark = pytest.mark.ui


@pytest.fixture
def ids(db, staff, as_user):
    return measures_agency(db, staff, as_user)


def _open(qtbot, ctx) -> MeasuresView:
    view = MeasuresView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    return view


def _pick_period(qtbot, view, start, end) -> None:
    """Choose "Choose dates" and type the two days, as a user would."""
    view.preset_combo.setCurrentIndex(view.preset_combo.findData("custom"))
    view.end_edit.set_value(end)
    with qtbot.waitSignal(view.loaded, timeout=2000):
        view.start_edit.set_value(start)


def _cell(view, row: int, title: str) -> str:
    model = view.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
              for c in range(model.columnCount())]  # fmt: skip
    return model.index(row, titles.index(title)).data()


def _click(qtbot, view, row: int, title: str) -> None:
    model = view.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
              for c in range(model.columnCount())]  # fmt: skip
    index = model.index(row, titles.index(title))
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_supervisor_picks_a_period_clicks_a_count_and_opens_a_family(qtbot, app_ctx, ids):
    view = _open(qtbot, app_ctx(ids["ssupervisor"]))
    _pick_period(qtbot, view, MEASURES_START, MEASURES_END)
    texts = measure_texts()
    depression = [t.measure for t in texts].index(Measure.DEPRESSION_SCREENED)
    assert _cell(view, depression, "Program") == "1 / 2 (50%)"
    assert _cell(view, depression, "Ana Specialist") == "1 / 2 (50%)"
    assert _cell(view, depression, "Ben Specialist") == "0 / 0 (—)"
    assert _cell(view, depression, "Definition") == texts[depression].definition
    assert "EPDS or PHQ-9" in texts[depression].definition
    retained = [t.measure for t in texts].index(Measure.RETAINED_6)
    assert _cell(view, retained, "Program") == "3 / 3 (100%)"
    assert "Click a count" in view.summary.text()

    _click(qtbot, view, depression, "Ana Specialist")
    dialog = view.families_dialog
    assert isinstance(dialog, MeasureFamiliesDialog)
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip
    assert [(r[1], r[4], r[5]) for r in rows] == [
        ("Family 2", "20 Apr 2026", "No"), ("Family 1", "1 Feb 2026", "Yes"),  # missed first
    ]  # fmt: skip
    assert "1 of 2 counted" in dialog.heading.text()
    opened: list[int] = []
    view.family_open_requested.connect(opened.append)
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [ids["f2"]]


def test_a_preset_period_reads_again(qtbot, app_ctx, ids):
    view = _open(qtbot, app_ctx(ids["ssupervisor"]))
    with qtbot.waitSignal(view.loaded, timeout=2000):
        view.preset_combo.setCurrentIndex(view.preset_combo.findData("last_year"))
    assert view.period() == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert view.model.data_.period.start == dt.date(2025, 1, 1)


def test_administrator_sees_counts_and_is_told_why_not_the_families(
    qtbot, app_ctx, ids, monkeypatch
):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    view = _open(qtbot, app_ctx(ids["aadmin"]))
    _pick_period(qtbot, view, MEASURES_START, MEASURES_END)
    retained = [t.measure for t in measure_texts()].index(Measure.RETAINED_6)
    assert _cell(view, retained, "Program") == "4 / 4 (100%)"  # the whole agency
    assert _cell(view, retained, "Cleo Specialist") == "1 / 1 (100%)"
    assert "counts only" in view.summary.text()
    _click(qtbot, view, retained, "Program")
    assert view.families_dialog is None
    assert told and "Administrator" in told[0]


def test_preset_dates():
    today = dt.date(2026, 11, 25)
    assert preset_dates("last_quarter", today) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert preset_dates("this_quarter", today) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert preset_dates("last_12_months", today) == (dt.date(2025, 11, 26), today)
    assert preset_dates("custom", today) is None


def test_opened_from_the_team_view_and_the_menu(qtbot, open_window, ids):
    window = open_window(ids["ssupervisor"])
    assert window.main_actions.measures_action in window.main_actions.view_menu.actions()
    team = window.family_tabs.open_team()
    team.measures_button.click()
    assert isinstance(window.tabs.currentWidget(), MeasuresView)
    window.tabs.setCurrentIndex(0)
    window.main_actions.measures_action.trigger()  # brings the open one forward
    assert isinstance(window.tabs.currentWidget(), MeasuresView)


def test_a_backwards_or_too_long_period_is_said_beside_the_dates(qtbot, app_ctx, ids):
    view = _open(qtbot, app_ctx(ids["ssupervisor"]))
    _pick_period(qtbot, view, MEASURES_START, MEASURES_END)
    view.end_edit.set_value(dt.date(2025, 12, 1))
    assert view.summary.text() == "The last day is before the first day."
    assert view.model.data_.period.end == MEASURES_END  # the last good table stays
    view.start_edit.set_value(dt.date(2015, 1, 1))
    assert "five years" in view.summary.text()
