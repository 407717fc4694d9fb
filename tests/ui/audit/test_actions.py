"""The audit actions in the main window's menus: Tools > Audit log…, Family > Who looked…."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from imh_desktop.ui.audit.verify_dialog import VerifyDialog
from imh_desktop.ui.audit.viewer import AuditLogWindow
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.ui


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


def test_the_log_opens_from_tools_before_help_once(qtbot, app_ctx, staff, cases, tmp_path):
    window = _window(qtbot, app_ctx(staff["ssupervisor"]), tmp_path)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Tools") == titles.index("&Help") - 1
    _menu_actions(window, "&Tools")["&Audit log…"].trigger()
    log = window.audit_actions.log_window
    assert isinstance(log, AuditLogWindow) and log.isVisible() and log.model.rowCount() > 5
    assert window.audit_actions.open_log() is log  # brought forward, not opened twice
    log.close()
    seen = {e.id for e in log.model.events}
    window.select_family(cases[0].id)  # an audited read while the log is closed
    window.audit_actions.open_log()  # opened again: the same window, read again
    assert window.findChildren(AuditLogWindow) == [log] and log.isVisible()
    assert {e.id for e in log.model.events} > seen
    assert window.audit_actions.tools_menu() is window.audit_actions.tools_menu()


def test_a_check_from_tools_shows_in_the_open_log(qtbot, app_ctx, staff, cases, tmp_path):
    window = _window(qtbot, app_ctx(staff["aadmin"]), tmp_path)
    tools = _menu_actions(window, "&Tools")
    tools["&Audit log…"].trigger()
    log = window.audit_actions.log_window
    assert log is not None and "verify" not in {e.action for e in log.model.events}
    tools["&Check audit trail…"].trigger()
    dialog = window.findChild(VerifyDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is not None
    assert log.model.events[0].action == "verify"  # newest first, no refresh needed
    dialog.close()
