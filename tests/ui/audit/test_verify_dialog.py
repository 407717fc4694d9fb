"""Check integrity…: the audit trail checked from the app, driven as an administrator would."""

from __future__ import annotations

import dataclasses
import stat
import threading

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from imh_desktop.data.models import AuditEvent
from imh_desktop.ui.audit.verify_dialog import VerifyDialog, open_check
from imh_desktop.ui.audit.viewer import AuditLogWindow
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.common.tasks import ThreadPoolRunner
from imh_desktop.ui.shell.main_window import MainWindow
from tests.factories import behind_the_back

pytestmark = pytest.mark.ui


def _event_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent))


def _check_from_log(qtbot, ctx) -> tuple[AuditLogWindow, VerifyDialog]:
    """Open the audit log, click Check integrity…; the dialog that opens."""
    log = AuditLogWindow(ctx)
    qtbot.addWidget(log)
    log.show()
    qtbot.mouseClick(log.check_button, Qt.MouseButton.LeftButton)
    dialog = log.check_dialog  # the log's child: it goes with the log
    assert dialog.isVisible() and not dialog.isModal()
    return log, dialog


def _menu(window: MainWindow, title: str) -> list[str]:
    for action in window.menuBar().actions():
        if action.text() == title:
            return [a.text() for a in action.menu().actions() if not a.isSeparator()]
    return []


def test_administrators_and_supervisors_get_the_check_specialists_do_not(
    qtbot, app_ctx, staff, tmp_path
):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    for who, offered in (("aadmin", True), ("ssupervisor", True), ("aspecialist", False)):
        window = MainWindow(app_ctx(staff[who]), settings)
        qtbot.addWidget(window)
        assert ("&Check audit trail…" in _menu(window, "&Tools")) is offered
    admin_log = AuditLogWindow(app_ctx(staff["aadmin"]))
    specialist_log = AuditLogWindow(app_ctx(staff["aspecialist"]))
    qtbot.addWidget(admin_log)
    qtbot.addWidget(specialist_log)
    assert admin_log.check_button.isEnabled()
    assert not specialist_log.check_button.isEnabled()
    assert specialist_log.check_button.toolTip()  # says why not


def test_an_intact_trail_shows_the_counts_and_the_head_to_copy(qtbot, app_ctx, staff, cases, db):
    _log, dialog = _check_from_log(qtbot, app_ctx(staff["aadmin"]))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    result = dialog.outcome
    assert result is not None and result.ok and result.notes == 1
    assert dialog.headline.text() == "The audit trail is intact."
    # each count with its own plural form
    assert dialog.status_label.text() == f"Checked {result.events:,} events and 1 signed note."
    assert not dialog.table.isVisible() and dialog.progress.isHidden()
    assert dialog.head_edit.text() == result.anchor and ":" in result.anchor
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == result.anchor
    assert dialog.copy_button.text() == "Copied"
    # The head noted down holds for the next check.
    qtbot.keyClicks(dialog.anchor_edit, result.anchor)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is not result and dialog.outcome.ok
    assert dialog.copy_button.text() == "&Copy"  # ready to copy the new head


def test_a_note_changed_behind_the_apps_back_is_listed_and_reported(
    qtbot, app_ctx, staff, cases, db, tmp_path, monkeypatch
):
    family, _other = cases
    behind_the_back(db, "UPDATE visits SET observation = 'TAMPERED' WHERE family_id = :f",
                    f=family.id)  # fmt: skip
    _log, dialog = _check_from_log(qtbot, app_ctx(staff["ssupervisor"]))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.headline.text() == "The audit trail was changed outside the app."
    assert "Found 0 broken links and 1 note changed outside" in dialog.status_label.text()
    assert dialog.table.isVisible() and dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(5)]
    assert cells[2:4] == [family.case_number, "25 Nov 2026"]
    assert "its text or details differ from what was signed" in cells[4]

    target = tmp_path / "check.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    report = target.read_text(encoding="utf-8")
    assert family.case_number in report and "25 Nov 2026" in report
    assert "its text or details differ from what was signed" in report
    assert "TAMPERED" not in report and "smiled" not in report  # no note text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Saved check.txt" in dialog.status_label.text()


def test_a_bad_head_says_what_to_type_and_checks_nothing(qtbot, app_ctx, staff, cases, db):
    _log, dialog = _check_from_log(qtbot, app_ctx(staff["aadmin"]))
    before = _event_count(db)
    qtbot.keyClicks(dialog.anchor_edit, "12:not-a-hash")
    qtbot.keyClick(dialog.anchor_edit, Qt.Key.Key_Return)
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("Give the anchor as the event number and its hash")
    assert dialog.outcome is None and dialog.status_label.text() == ""
    assert _event_count(db) == before  # no check ran, nothing was recorded


def test_stop_ends_the_check_and_one_check_runs_at_a_time(qtbot, app_ctx, staff, cases, db):
    ctx = app_ctx(staff["aadmin"])
    dialog = open_check(ctx)
    qtbot.addWidget(dialog)
    assert open_check(ctx) is dialog  # the open one is brought forward

    class StoppedAtOnce:
        """Starts the task as the user presses Stop: the walk ends at its first batch."""

        activity = ctx.runner.activity

        def start(self, task):
            dialog.stop()
            task.run()
            return task

    before = _event_count(db)
    ctx.runner = StoppedAtOnce()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "Stopped: the check did not finish."
    assert dialog.outcome is None and dialog.start_button.isEnabled() and not dialog.running
    assert _event_count(db) == before  # a stopped check records nothing
    dialog.close()


def test_the_check_runs_in_the_background_the_app_stays_usable(
    qtbot, app_ctx, staff, cases, monkeypatch
):
    from imh_desktop.services.audit import verify

    walking, release = threading.Event(), threading.Event()
    real_heads = verify.chain_heads

    def held_heads(session):
        walking.set()
        release.wait(10)
        return real_heads(session)

    monkeypatch.setattr(verify, "chain_heads", held_heads)
    monkeypatch.setattr(verify, "BATCH", 2)  # a few batches, a few progress reports
    ctx = dataclasses.replace(app_ctx(staff["aadmin"]), runner=ThreadPoolRunner())
    log, dialog = _check_from_log(qtbot, ctx)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert walking.wait(10)
    assert dialog.running and dialog.progress.isVisible() and dialog.stop_button.isEnabled()
    assert not dialog.start_button.isEnabled()
    qtbot.waitUntil(lambda: log.model.rowCount() > 5, timeout=10_000)  # its own read, meanwhile
    qtbot.keyClicks(log.find_edit, "signed")  # the window answers while the check runs
    assert log.proxy.rowCount() == 1
    progressed = []
    dialog.task.progressed.connect(lambda done, total, _t: progressed.append((done, total)))
    release.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10_000)
    assert dialog.outcome.ok and not dialog.running and dialog.progress.isHidden()
    assert len(progressed) > 2 and progressed[-1][0] == progressed[-1][1]

    walking.clear()
    release.clear()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert walking.wait(10)
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "Stopping…"
    release.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.status_label.text() == "Stopped: the check did not finish."

    walking.clear()
    release.clear()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert walking.wait(10)
    dialog.reject()  # closed (or the user signs out) while it runs: the check stops
    assert dialog.task.is_cancelled and not dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)


def test_the_findings_read_in_spanish_and_fit_a_laptop_screen(
    qtbot, spanish, app_ctx, staff, cases, db
):
    from PySide6.QtCore import QSize

    from imh_desktop.ui.common import fit, language_check
    from tests.ui.spanish import SAME_IN_SPANISH, english_sources

    family, _other = cases
    behind_the_back(db, "UPDATE visits SET plan = 'X' WHERE family_id = :f", f=family.id)
    behind_the_back(
        db, "DELETE FROM audit_events WHERE id = (SELECT min(id) + 2 FROM audit_events)"
    )
    _log, dialog = _check_from_log(qtbot, app_ctx(staff["aadmin"]))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.headline.text() == "El registro de auditoría se cambió fuera del programa."
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 4).text().startswith("1 evento(s) borrado(s) antes del evento")
    qtbot.waitExposed(dialog)
    found = fit.fit_problems(dialog, QSize(1366, 768)) + fit.unnamed(dialog)
    found += language_check.english_left(
        dialog, english_sources(), [family.case_number, dialog.outcome.anchor], SAME_IN_SPANISH
    )
    assert found == []
