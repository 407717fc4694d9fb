"""Backups in the app: File > Backups…, restore and reopen, automatic backups, read-only banner."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.demo.generate import DEMO_PASSWORD, generate_demo
from imh_desktop.services.admin import backups
from imh_desktop.services.admin.staff import default_user, find_staff, get_staff
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.ui.admin.auto_backup import AutoBackup
from imh_desktop.ui.auth.session import Session
from imh_desktop.ui.auth.signin import SignInDialog
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.common.tasks import SyncRunner
from imh_desktop.ui.shell.main_window import MainWindow
from tests.conftest import ON_POSTGRES

pytestmark = [pytest.mark.ui, pytest.mark.skipif(ON_POSTGRES, reason="SQLite backups")]


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def agency(db, clock):
    generate_demo(db, 12, 7, clock.today())
    return db


def context(db, clock, username=None) -> AppContext:
    user = find_staff(db, username) if username else default_user(db)
    svc = ServiceContext(db, user.id, clock)
    return AppContext(svc, get_staff(svc, user.id), SyncRunner())


@pytest.fixture
def window(qtbot, agency, clock, settings):
    win = MainWindow(context(agency, clock), settings)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def answers(monkeypatch):
    """Yes to every question; information boxes are noted, not shown."""
    said = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: said.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    return said


def test_back_up_now_then_see_what_the_backup_holds(qtbot, window, agency):
    dialog = window.backup_actions.open_backups()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    assert dialog.details.text().startswith("Backed up and checked. Backup of 25 Nov 2026 10:00:")
    dialog.table.selectRow(0)
    text = dialog.details.text()
    assert "families 12," in text and "visits" in text and "audit events" in text
    assert dialog.restore_button.isEnabled()
    assert dialog.folder.text() == str(agency.sqlite_path.parent / "backups")


def sign_in(qtbot, session, username):
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog) and dialog.username.text() == username
    qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert session.window is not None
    qtbot.addWidget(session.window)
    return session.window


def test_restore_then_sign_in_again_on_the_restored_data(qtbot, agency, clock, settings, answers):
    supervisor = default_user(agency).username
    quits = []
    session = Session(agency, clock, username=supervisor, runner=SyncRunner(),
                      settings=lambda: settings, quit=lambda: quits.append(1))  # fmt: skip
    session.start()
    first = sign_in(qtbot, session, supervisor)
    made = backups.make_backup(first.ctx.svc)
    shown = first.caseload.model.rowCount()
    with agency.connect() as conn:  # after the backup, every family is closed by mistake
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
        p.name.startswith("imh.before-restore-") for p in agency.sqlite_path.parent.iterdir()
    )
    session.idle.stop()


def test_a_damaged_file_cannot_be_restored(qtbot, window, tmp_path, monkeypatch):
    broken = tmp_path / "broken.sqlite"
    broken.write_text("not a backup at all")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    dialog = window.backup_actions.open_backups()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog.details.text() == (
        f"broken.sqlite cannot be restored: {broken} is not an IMH Desktop backup, or it is damaged."
    )
    assert not dialog.restore_button.isEnabled()


def test_the_backups_folder_can_be_changed(qtbot, window, tmp_path, monkeypatch):
    share = tmp_path / "network share"
    share.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(share))
    dialog = window.backup_actions.open_backups()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert dialog.folder.text() == str(share)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert len(list(share.glob("imh-*.sqlite"))) == 1


def test_specialists_do_not_see_backups(qtbot, agency, clock, settings):
    with agency.connect() as conn:
        username = conn.exec_driver_sql(
            "SELECT username FROM staff_users WHERE role = 'specialist' LIMIT 1"
        ).scalar()
    win = MainWindow(context(agency, clock, username), settings)
    qtbot.addWidget(win)
    assert not win.backup_actions.backups_action.isVisible()


def test_the_day_s_backup_and_the_backup_at_close(qtbot, agency, clock, settings):
    ctx = context(agency, clock)
    auto = AutoBackup(ctx)
    win = MainWindow(ctx, settings, auto_backup=auto)
    qtbot.addWidget(win)
    win.show()
    auto.backup_if_due()
    assert [b.taken_at for b in backups.list_backups(ctx.svc)] == [dt.datetime(2026, 11, 25, 10)]
    clock.set(dt.datetime(2026, 11, 25, 15, 0, tzinfo=dt.UTC))
    auto.backup_if_due()  # today's exists: nothing more
    assert len(backups.list_backups(ctx.svc)) == 1
    clock.set(dt.datetime(2026, 11, 25, 18, 30, tzinfo=dt.UTC))
    win.close()
    qtbot.waitUntil(lambda: not win.isVisible())
    taken = [b.taken_at for b in backups.list_backups(ctx.svc)]
    assert taken == [dt.datetime(2026, 11, 25, 18, 30)]  # a day keeps its newest backup


def test_a_backup_that_fails_at_close_is_told_and_the_app_still_closes(
    qtbot, agency, clock, settings, monkeypatch, tmp_path
):
    ctx = context(agency, clock)
    backups.choose_backup_folder(ctx.svc, str(tmp_path / "drive"))
    shutil.rmtree(tmp_path / "drive")
    (tmp_path / "drive").write_text("the drive is gone; a file sits in its place")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    win = MainWindow(ctx, settings, auto_backup=AutoBackup(ctx))
    qtbot.addWidget(win)
    win.show()
    win.close()
    qtbot.waitUntil(lambda: not win.isVisible())
    assert warned and warned[0].startswith("The automatic backup was not made: The backups folder")
    assert "only today's copy is missing" in warned[0]


def test_a_read_only_database_shows_a_banner(qtbot, agency, clock, settings, tmp_path):
    copy = tmp_path / "copy.sqlite"
    made = backups.make_backup(context(agency, clock).svc)
    shutil.copyfile(made.path, copy)
    read_only = Database(sqlite_url(copy), read_only=True)
    win = MainWindow(context(read_only, clock), settings)
    qtbot.addWidget(win)
    win.show()
    assert win.read_only_banner.isVisible()
    assert win.read_only_banner.text() == (
        "This database is read-only: you can read and print, not save."
    )
    assert win.caseload.model.rowCount() > 0  # reading works
    read_only.dispose()


def test_a_writable_database_shows_no_banner(window):
    assert not window.read_only_banner.isVisible()


def test_the_please_wait_box_shows_only_for_slow_work_and_goes_for_good(qtbot, window):
    from imh_desktop.ui.admin.backups import busy_dialog, end_busy

    quick = busy_dialog(window, "Backing up…")
    end_busy(quick)  # done before 400 ms: never shown, and not later either
    qtbot.wait(600)
    assert not any(w.isVisible() for w in window.findChildren(type(quick)))
    slow = busy_dialog(window, "Backing up…")
    qtbot.waitUntil(slow.isVisible, timeout=2000)
    end_busy(slow)
    assert not slow.isVisible()
