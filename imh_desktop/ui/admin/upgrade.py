"""Before upgrading a shared (PostgreSQL) database: say what will happen, offer a backup.

Shown at start-up, before the main window, when the database was made by an
older version. "Back up, then upgrade" runs pg_dump into the backups folder
first (where pg_dump is missing it says so, and the choice stays open);
"Upgrade without a backup" asks once more; "Quit" changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from imh_desktop.data.db import Database
from imh_desktop.domain.clock import Clock
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.admin.backups import backup_before_upgrade, upgrade_schema
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.i18n import user_message

if TYPE_CHECKING:
    from imh_desktop.data.migrate import UpgradePlan


class UpgradeDialog(QObject):
    """Asks whether to upgrade ``db`` as ``plan`` describes, and does it."""

    def __init__(
        self, db: Database, clock: Clock, plan: UpgradePlan, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.clock, self.plan = db, clock, plan
        self.box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Upgrade the database?"),
                               plan.describe(), parent=parent)  # fmt: skip
        self.box.setInformativeText(self.tr(
            "Make a backup first: if anything goes wrong, the backup brings the data back."
        ))  # fmt: skip
        self.backup_button = self.box.addButton(
            self.tr("Back up, then upgrade"), QMessageBox.ButtonRole.AcceptRole
        )
        self.upgrade_button = self.box.addButton(
            self.tr("Upgrade without a backup"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.quit_button = self.box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.box.setDefaultButton(self.backup_button)
        self.backup_path = ""

    def ask(self) -> bool:
        """Show the question until the database is upgraded (True) or the person quits."""
        while True:
            self.box.exec()
            clicked = self.box.clickedButton()
            if clicked is self.backup_button:
                if not self._backup():
                    continue  # the reason is in the box now; the choice stays open
                return self._upgrade()
            if clicked is self.upgrade_button and self._sure_without_backup():
                return self._upgrade()
            if clicked is not self.upgrade_button:
                return False

    def _backup(self) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            summary = backup_before_upgrade(self.db, self.clock)
        except DomainError as exc:
            self.box.setInformativeText(
                self.tr("The backup was not made: {0}").format(user_message(exc))
            )
            self.backup_button.setText(self.tr("Try the backup again"))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.backup_path = str(summary.path)
        return True

    def _sure_without_backup(self) -> bool:
        answer = QMessageBox.question(
            self.box.parentWidget(),
            self.tr("Upgrade without a backup?"),
            self.tr("Without a backup, nothing can bring back the data if the upgrade fails. "
                    "Upgrade anyway?"),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _upgrade(self) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            upgrade_schema(self.db)
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            show_error(self.box.parentWidget(), exc)
            return False
        QApplication.restoreOverrideCursor()
        return True
