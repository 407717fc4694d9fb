"""File > Backups…: who sees it, and a restore that reopens the window on the restored data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from imh_desktop.demo.generate import DEMO_PASSWORD
from imh_desktop.services.admin import backups
from imh_desktop.services.admin.staff import default_user
from imh_desktop.ui.auth.session import Session
from imh_desktop.ui.auth.signin import SignInDialog
from imh_desktop.ui.common.tasks import SyncRunner
from imh_desktop.ui.shell.main_window import MainWindow
from tests.factories import ON_POSTGRES

pytestmark = [pytest.mark.ui, pytest.mark.skipif(ON_POSTGRES, reason="SQLite backups")]


def test_specialists_do_not_see_backups(qtbot, demo_agency, context_for, clock, settings):
    with demo_agency.connect() as conn:
        username = conn.exec_driver_sql(
            "SELECT username FROM staff_users WHERE role = 'specialist' LIMIT 1"
        ).scalar()
    win = MainWindow(context_for(demo_agency, username), settings)
    qtbot.addWidget(win)
    assert not win.backup_actions.backups_action.isVisible()


def sign_in(qtbot, session, username):
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog) and dialog.username.text() == username
    qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert session.window is not None
    qtbot.addWidget(session.window)
    return session.window


def test_restore_then_sign_in_again_on_the_restored_data(
    qtbot, demo_agency, clock, settings, answers
):
    supervisor = default_user(demo_agency).username
    quits = []
    session = Session(demo_agency, clock, username=supervisor, runner=SyncRunner(),
                      settings=lambda: settings, quit=lambda: quits.append(1))  # fmt: skip
    session.start()
    first = sign_in(qtbot, session, supervisor)
    made = backups.make_backup(first.ctx.svc)
    shown = first.caseload.model.rowCount()
    with demo_agency.connect() as conn:  # after the backup, every family is closed by mistake
        conn.exec_driver_sql("UPDATE families SET status = 'closed'")
        conn.commit()
    first.refresh()
    assert first.caseload.model.rowCount() == 0
    dialog = first.backup_actions.open_backups()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "set aside first" in answers[0] and "families 12," in answers[0]
    assert "The backup of 25 Nov 2026 10:00 is restored." in answers[1]
    assert session.window is None and not first.isVisible() and quits == []
    second = sign_in(qtbot, session, supervisor)  # the restored accounts
    assert second is not first and second.isVisible()
    assert second.caseload.model.rowCount() == shown > 0
    assert made.path.exists()
    assert any(
        p.name.startswith("imh.before-restore-") for p in demo_agency.sqlite_path.parent.iterdir()
    )
    session.idle.stop()
