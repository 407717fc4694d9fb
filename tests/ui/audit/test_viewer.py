"""Tools > Audit log… and Family > Who looked at this family…, driven as a user would."""

from __future__ import annotations

import csv
import dataclasses

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog

from imh_desktop.services.family import families
from imh_desktop.ui.audit.viewer import AuditLogWindow
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.shell.main_window import MainWindow
from tests.factories import family_input, signed_note

pytestmark = pytest.mark.ui


@pytest.fixture
def cases(as_user, staff):
    """Ana's family with a signed note, and a second family of Ben's."""
    family, _note = signed_note(as_user, staff)
    other = families.create_family(
        as_user(staff["ssupervisor"]),
        dataclasses.replace(family_input(staff["bspecialist"]), display_name="Lee family"),
    )
    return family, other


def _window(qtbot, ctx, tmp_path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    return window


def _menu_actions(window: MainWindow, title: str) -> dict[str, object]:
    for action in window.menuBar().actions():
        if action.text() == title:
            return {a.text(): a for a in action.menu().actions() if not a.isSeparator()}
    return {}


def test_supervisor_opens_the_log_from_tools_and_filters_it(qtbot, app_ctx, staff, cases, tmp_path):
    window = _window(qtbot, app_ctx(staff["ssupervisor"]), tmp_path)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Tools") == titles.index("&Help") - 1
    _menu_actions(window, "&Tools")["&Audit log…"].trigger()
    log = window.audit_actions.log_window
    assert isinstance(log, AuditLogWindow) and log.isVisible()
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


def test_the_table_sorts_by_any_column(qtbot, qtmodeltester, app_ctx, staff, cases):
    log = AuditLogWindow(app_ctx(staff["ssupervisor"]))
    qtbot.addWidget(log)
    qtmodeltester.check(log.model)
    qtmodeltester.check(log.proxy)
    log.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [log.proxy.index(r, 1).data() for r in range(log.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)
    log.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    seqs = [e.seq for e in log.proxy.shown_events()]
    assert seqs == sorted(seqs, reverse=True)


def test_export_saves_the_rows_shown(qtbot, app_ctx, staff, cases, tmp_path, monkeypatch):
    log = AuditLogWindow(app_ctx(staff["ssupervisor"]))
    qtbot.addWidget(log)
    qtbot.keyClicks(log.find_edit, "signed")
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(log.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) == 1 + log.proxy.rowCount() == 2 and rows[1][4] == "sign"
    assert "Saved out.csv" in log.status_label.text()


def test_specialists_get_no_audit_log_but_see_who_looked_at_their_family(
    qtbot, app_ctx, staff, cases, tmp_path
):
    window = _window(qtbot, app_ctx(staff["aspecialist"]), tmp_path)
    assert "&Audit log…" not in _menu_actions(window, "&Tools")
    access = _menu_actions(window, "F&amily")["&Who looked at this family…"]
    family, _other = cases
    window.select_family(family.id)
    assert access.isEnabled()
    access.trigger()
    dialog = window.audit_actions.access_dialog
    assert dialog is not None and dialog.windowTitle() == f"Who looked at {family.case_number}"
    assert {e.staff_name for e in dialog.model.events} >= {"Ana Specialist", "Sam Supervisor"}
    dialog.close()


def test_someone_elses_family_shows_why_not(qtbot, app_ctx, staff, cases, tmp_path):
    from imh_desktop.ui.audit.access import FamilyAccessDialog

    family, _other = cases
    dialog = FamilyAccessDialog(app_ctx(staff["bspecialist"]), family.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.message.isVisible() and "specialist" in dialog.message.text()
    assert dialog.table.isHidden() and dialog.model.rowCount() == 0


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
