"""Automatic backups: the day's backup, the backup at close, and one that fails at close."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from imh_desktop.services.admin import backups
from imh_desktop.ui.admin.auto_backup import AutoBackup
from imh_desktop.ui.shell.main_window import MainWindow
from tests.factories import ON_POSTGRES

pytestmark = [pytest.mark.ui, pytest.mark.skipif(ON_POSTGRES, reason="SQLite backups")]


def test_the_day_s_backup_and_the_backup_at_close(qtbot, demo_agency, context_for, clock, settings):
    ctx = context_for(demo_agency)
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
    qtbot, demo_agency, context_for, clock, settings, monkeypatch, tmp_path
):
    ctx = context_for(demo_agency)
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
