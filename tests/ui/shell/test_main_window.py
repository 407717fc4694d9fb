"""The main window's read-only banner: shown over a database this user may not change."""

from __future__ import annotations

import shutil

import pytest

from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.data.keyfile import keyfile_path
from imh_desktop.services.admin import backups
from imh_desktop.ui.shell.main_window import MainWindow
from tests.factories import ON_POSTGRES

pytestmark = pytest.mark.ui


@pytest.mark.skipif(ON_POSTGRES, reason="an SQLite file opened read-only")
def test_a_read_only_database_shows_a_banner(qtbot, demo_agency, context_for, settings, tmp_path):
    made = backups.make_backup(context_for(demo_agency).svc)
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(made.path, copy)
    if demo_agency.key is not None:  # an encrypted suite: the copy's key slots go with it
        shutil.copyfile(keyfile_path(made.path), keyfile_path(copy))
    read_only = Database(sqlite_url(copy), read_only=True, key=demo_agency.key)
    win = MainWindow(context_for(read_only), settings)
    qtbot.addWidget(win)
    win.show()
    assert win.read_only_banner.isVisible()
    assert win.read_only_banner.text() == (
        "This database is read-only: you can read and print, not save."
    )
    assert win.caseload.model.rowCount() > 0  # reading works
    assert not win.isWindowModified()
    read_only.dispose()


def test_a_writable_database_shows_no_banner(window):
    assert not window.read_only_banner.isVisible()
