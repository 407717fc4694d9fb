"""The Backups dialog: back up now, what a backup holds, another file, the folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.factories import ON_POSTGRES

pytestmark = [pytest.mark.ui, pytest.mark.skipif(ON_POSTGRES, reason="SQLite backups")]


def test_back_up_now_then_see_what_the_backup_holds(qtbot, window, demo_agency):
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
    assert dialog.folder.text() == str(demo_agency.sqlite_path.parent / "backups")


def test_a_damaged_file_cannot_be_restored(qtbot, window, tmp_path, monkeypatch):
    broken = tmp_path / "broken.sqlite"
    broken.write_text("not a backup at all")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    dialog = window.backup_actions.open_backups()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog.details.text() == (
        f"broken.sqlite cannot be restored: {broken} is not an IMH Desktop backup, or it is damaged."
        " An encrypted backup needs its key file broken.sqlite.keys beside it."
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
