"""The upgrade question before a shared database is changed: what happens, a backup first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.data.migrate import UpgradePlan, current_revision, head_revision, upgrade_database
from imh_desktop.data.pg_tools import PgToolMissing
from imh_desktop.ui.admin import upgrade as upgrade_module
from imh_desktop.ui.admin.upgrade import UpgradeDialog

pytestmark = pytest.mark.ui


@pytest.fixture
def old(tmp_path):
    db = Database(sqlite_url(tmp_path / "agency.sqlite"))
    upgrade_database(db, "0003")
    yield db
    db.dispose()


def plan_of(db) -> UpgradePlan:
    """The plan as a server's would read (the dialog is shown for PostgreSQL)."""
    return UpgradePlan("0003", head_revision(), "db.agency.example:5432", is_sqlite=False)


def shown(qtbot, dialog: UpgradeDialog) -> UpgradeDialog:
    qtbot.addWidget(dialog.box)  # closed and deleted after the test
    return dialog


def click_later(dialog: UpgradeDialog, *buttons: str) -> None:
    """Click the dialog's buttons in turn, each time it is shown."""
    queue = list(buttons)

    def click() -> None:
        if dialog.box.isVisible() and queue:
            getattr(dialog, queue.pop(0)).click()
        if queue:
            QTimer.singleShot(20, dialog.box, click)  # dropped if the box is gone

    QTimer.singleShot(20, dialog.box, click)


def test_back_up_then_upgrade(qtbot, old, clock, tmp_path):
    dialog = shown(qtbot, UpgradeDialog(old, clock, plan_of(old)))
    assert "schema 0003" in dialog.box.text() and "cannot be undone" in dialog.box.text()
    click_later(dialog, "backup_button")
    assert dialog.ask()
    assert current_revision(old) == head_revision()
    assert dialog.backup_path == str(tmp_path / "backups" / "agency-20261125-100000.sqlite")


def test_quit_changes_nothing(qtbot, old, clock):
    dialog = shown(qtbot, UpgradeDialog(old, clock, plan_of(old)))
    click_later(dialog, "quit_button")
    assert not dialog.ask()
    assert current_revision(old) == "0003"


def test_a_backup_that_cannot_be_made_says_why_and_the_choice_stays(qtbot, old, clock, monkeypatch):
    def no_pg_dump(db, clock):
        raise PgToolMissing("pg_dump")

    monkeypatch.setattr(upgrade_module, "backup_before_upgrade", no_pg_dump)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = shown(qtbot, UpgradeDialog(old, clock, plan_of(old)))
    seen = []
    original = dialog.box.exec

    def exec_and_note() -> int:
        seen.append(dialog.box.informativeText())
        return original()

    dialog.box.exec = exec_and_note
    click_later(dialog, "backup_button", "upgrade_button")
    assert dialog.ask()  # then upgraded without a backup, after "are you sure?"
    assert seen[1].startswith("The backup was not made: pg_dump was not found on this computer")
    assert dialog.backup_button.text() == "Try the backup again"
    assert current_revision(old) == head_revision()
