"""Tools > Audit log…: filters read through the service, find, export, driven as a user would."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from imh_desktop.ui.audit.viewer import AuditLogWindow

pytestmark = pytest.mark.ui


def test_a_supervisor_filters_the_log_by_case_action_and_person(qtbot, app_ctx, staff, cases):
    log = AuditLogWindow(app_ctx(staff["ssupervisor"]))
    qtbot.addWidget(log)
    log.show()
    everything = log.model.rowCount()
    assert everything > 5 and "events" in log.status_label.text()

    _first, second = cases
    qtbot.keyClicks(log.case_edit, second.case_number)
    assert log.model.rowCount() >= everything  # not read while typing
    qtbot.keyClick(log.case_edit, Qt.Key.Key_Return)
    assert {e.case_number for e in log.model.events} == {second.case_number}

    log.case_edit.clear()
    assert log.model.rowCount() >= everything
    log.action_combo.setCurrentIndex(log.action_combo.findData("sign"))
    assert [e.action for e in log.model.events] == ["sign"]
    log.action_combo.setCurrentIndex(0)
    log.staff_combo.setCurrentIndex(log.staff_combo.findData(staff["aspecialist"]))
    assert {e.staff_name for e in log.model.events} == {"Ana Specialist"}

    qtbot.keyClicks(log.find_edit, "goal")
    shown = log.proxy.rowCount()
    assert 0 < shown < log.model.rowCount()
    assert all("goal" in log.proxy.index(r, 3).data().lower() + log.proxy.index(r, 5).data().lower()
               for r in range(shown))  # fmt: skip


def test_export_saves_the_rows_shown(qtbot, app_ctx, staff, cases, tmp_path, monkeypatch):
    log = AuditLogWindow(app_ctx(staff["ssupervisor"]))
    qtbot.addWidget(log)
    log.show()
    qtbot.keyClicks(log.find_edit, "signed")
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(log.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) == 1 + log.proxy.rowCount() == 2 and rows[1][4] == "sign"
    # No Refresh pressed: the export itself is in the log (newest first), the find text kept.
    assert log.find_edit.text() == "signed" and log.proxy.rowCount() == 1
    newest = max(log.model.events, key=lambda e: e.id)
    assert (newest.action, newest.entity) == ("export", "audit_log")
    assert log.status_label.text().endswith("saved out.csv")
    log.action_combo.setCurrentIndex(log.action_combo.findData("sign"))  # new filters
    assert "saved" not in log.status_label.text()


def test_the_days_filter_applies_only_when_ticked(qtbot, app_ctx, staff, cases, clock):
    import datetime as dt

    log = AuditLogWindow(app_ctx(staff["ssupervisor"]))
    qtbot.addWidget(log)
    everything = log.model.rowCount()
    assert not log.start_edit.isEnabled() and log.end_edit.value() == clock.today()
    tomorrow = clock.today() + dt.timedelta(days=1)
    log.start_edit.set_value(tomorrow)  # not ticked: nothing changes
    log.end_edit.set_value(tomorrow)
    assert log.filters().start is None and log.model.rowCount() == everything
    log.dates_check.setChecked(True)
    assert log.start_edit.isEnabled() and log.filters().start == tomorrow
    assert log.model.rowCount() == 0
    log.start_edit.set_value(clock.today())
    log.end_edit.set_value(clock.today())
    assert log.model.rowCount() >= everything  # and the reads since


def _selected_event(log: AuditLogWindow) -> int | None:
    rows = log.table.selectionModel().selectedRows()
    return log._event_id(rows[0].row()) if rows else None


def test_a_check_and_its_saved_report_show_in_the_log_without_a_refresh(
    qtbot, app_ctx, staff, cases, tmp_path, monkeypatch
):
    log = AuditLogWindow(app_ctx(staff["aadmin"]))
    qtbot.addWidget(log)
    log.resize(900, 260)  # short enough to scroll
    log.show()
    qtbot.waitExposed(log)
    assert "verify" not in {e.action for e in log.model.events}
    # The user picks an event (the signed note) and scrolls down a little.
    row = next(r for r in range(log.proxy.rowCount()) if log.proxy.index(r, 2).data() == "Signed")
    log.table.scrollTo(log.proxy.index(row, 0))
    cell = log.table.visualRect(log.proxy.index(row, 0)).center()
    qtbot.mouseClick(log.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    chosen = _selected_event(log)
    assert chosen is not None
    bar = log.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() >= 2)
    bar.setValue(2)
    scrolled = bar.value()

    qtbot.mouseClick(log.check_button, Qt.MouseButton.LeftButton)
    dialog = log.check_dialog
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is not None and dialog.outcome.ok
    # No Refresh pressed: the check is in the log, newest first, and the place is kept.
    assert log.proxy.index(0, 2).data() == "Verified"
    assert _selected_event(log) == chosen and bar.value() == scrolled

    qtbot.keyClicks(log.find_edit, "Exported")
    assert log.proxy.rowCount() == 0
    target = tmp_path / "check.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    # The saved report shows too, under the find text the user typed.
    assert log.find_edit.text() == "Exported" and log.proxy.rowCount() == 1
    assert [(e.action, e.entity) for e in log.proxy.shown_events()] == [("export", "audit_verify")]
