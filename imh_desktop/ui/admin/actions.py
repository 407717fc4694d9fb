"""File > Backups… and what restoring a backup does to the open window.

:class:`BackupActions` adds the menu item for supervisors and administrators
(those the permission table lets manage backups) and runs a restore: it closes every open note
editor and record (each asks about unsaved work; any "Cancel" stops the
restore), waits for background work, restores through ``ctx.runner`` behind a
progress dialog, then asks the window to be reopened on the restored data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from imh_desktop.domain.permissions import Permission
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.local_format import format_date
from imh_desktop.ui.common.permissions import may
from imh_desktop.ui.common.tasks import ThreadPoolRunner, run_task

if TYPE_CHECKING:
    from imh_desktop.services.admin.backups import RestoreResult
    from imh_desktop.ui.admin.backups import BackupsDialog
    from imh_desktop.ui.shell.main_window import MainWindow


class BackupActions(QObject):
    """The Backups… action of ``window``'s File menu, and the restore it can start."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.dialog: BackupsDialog | None = None
        self.backups_action = QAction(self.tr("&Backups…"), window)
        self.backups_action.setStatusTip(self.tr("Back up now, or restore a backup"))
        self.backups_action.triggered.connect(self.open_backups)
        self.backups_action.setVisible(may(ctx, Permission.MANAGE_BACKUPS))
        menu = window.main_actions.file_menu
        menu.insertAction(window.main_actions.close_tab_action, self.backups_action)
        menu.insertSeparator(window.main_actions.close_tab_action)

    def open_backups(self) -> BackupsDialog:
        """Show the Backups dialog (not modal: a restore it asks for comes back here)."""
        from imh_desktop.ui.admin.backups import BackupsDialog  # loaded when first opened

        self.dialog = BackupsDialog(self.ctx, self.window)
        self.dialog.restore_requested.connect(self.restore)
        self.dialog.open()
        return self.dialog

    def restore(self, path: Path) -> None:
        """Close what is open, restore ``path`` into the database, and reopen the window."""
        from imh_desktop.services.admin.backups import restore_backup
        from imh_desktop.ui.admin.backups import busy_dialog, end_busy

        if not self._close_everything():
            return
        self.window.stop_background_work()
        runner = self.ctx.runner
        if isinstance(runner, ThreadPoolRunner):  # reads still running must not see the swap
            runner.pool.waitForDone(30_000)
        progress = busy_dialog(self.window, self.tr("Restoring the backup…"))
        svc = self.ctx.svc

        def done(result: RestoreResult) -> None:
            end_busy(progress)
            self._tell_restored(result)
            self.window.reopen_requested.emit()

        def failed(exc: BaseException) -> None:
            end_busy(progress)
            show_error(self.window, exc)
            self.window.resume_background_work()

        run_task(runner, lambda: restore_backup(svc, path), done, failed, self)

    def _close_everything(self) -> bool:
        from imh_desktop.ui.visits.editor import VisitNoteEditor

        for editor in self.window.findChildren(VisitNoteEditor):
            if editor.isVisible() and not editor.close():
                return False
        if not self.window.family_tabs.confirm_close_all():
            return False
        tabs = self.window.tabs
        while tabs.count() > 1:
            widget = tabs.widget(tabs.count() - 1)
            tabs.removeTab(tabs.count() - 1)
            if widget is not None:
                widget.deleteLater()
        return True

    def _tell_restored(self, result: RestoreResult) -> None:
        taken = result.restored.taken_at
        text = self.tr("The backup of {0} is restored.").format(
            f"{format_date(taken.date())} {taken:%H:%M}"
        )
        if result.set_aside is not None:
            text += " " + self.tr("The data it replaced is kept at {0}.").format(result.set_aside)
        text += " " + self.tr("IMH Desktop now opens the restored data.")
        QMessageBox.information(self.window, self.tr("Backup restored"), text)
