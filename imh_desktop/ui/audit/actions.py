"""The audit actions of the main window: Tools > Audit log…, Tools > Check audit trail… and
Family > Who looked at this family….

The Tools menu is made (before Help) unless the window already has one.
All follow the permission table (domain/permissions.py): Audit log… and
Check audit trail… are offered to those who may read the audit trail
(administrators, supervisors); Who looked at this family… is enabled for
the family's specialist, their supervisor and administrators, and says why
not to anyone else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from imh_desktop.domain.permissions import Permission
from imh_desktop.ui.common.permissions import gate, may

if TYPE_CHECKING:
    from imh_desktop.ui.audit.access import FamilyAccessDialog
    from imh_desktop.ui.audit.verify_dialog import VerifyDialog
    from imh_desktop.ui.audit.viewer import AuditLogWindow
    from imh_desktop.ui.shell.main_window import MainWindow

TOOLS_TITLE = QT_TRANSLATE_NOOP("ToolsMenu", "&Tools")


class AuditActions(QObject):
    """Adds the audit actions to ``window``'s menus; keeps the access action's state current."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        self.log_window: AuditLogWindow | None = None
        self.access_dialog: FamilyAccessDialog | None = None
        self.log_action = QAction(self.tr("&Audit log…"), window)
        self.log_action.setStatusTip(self.tr("Who did what to which record, and when"))
        self.log_action.triggered.connect(self._on_log_triggered)
        self.check_action = QAction(self.tr("&Check audit trail…"), window)
        self.check_action.setStatusTip(
            self.tr("Check that nothing in the audit trail or a signed note was changed elsewhere")
        )
        self.check_action.triggered.connect(self._on_check_triggered)
        self.access_action = QAction(self.tr("&Who looked at this family…"), window)
        self.access_action.setStatusTip(
            self.tr("Everyone who opened, printed or changed the family's records")
        )
        self.access_action.triggered.connect(self._on_access_triggered)
        window.family_menu.addSeparator()
        window.family_menu.addAction(self.access_action)
        if may(self.ctx, Permission.VIEW_AUDIT):
            self.tools_menu().addAction(self.log_action)
            self.tools_menu().addAction(self.check_action)
        window.caseload.selection_changed.connect(self.update_enabled)
        window.tabs.currentChanged.connect(self.update_enabled)
        self.update_enabled()

    def tools_menu(self) -> QMenu:
        """The window's Tools menu, made before Help when there is none yet."""
        bar = self.window.menuBar()
        for action in bar.actions():
            menu = action.menu()
            title = QCoreApplication.translate("ToolsMenu", str(TOOLS_TITLE))
            if isinstance(menu, QMenu) and action.text() == title:
                return menu
        menu = QMenu(QCoreApplication.translate("ToolsMenu", str(TOOLS_TITLE)), bar)
        bar.insertMenu(self.window.main_actions.help_menu.menuAction(), menu)
        return menu

    def update_enabled(self, *_args: object) -> None:
        """Offer "Who looked at this family" when the table lets the user ask about it."""
        chosen = self.window.current_family_id() is not None
        relation = self.window.family_tabs.current_relation() if chosen else None
        gate(self.access_action, self.ctx, Permission.SEE_FAMILY_ACCESS, relation, enabled=chosen)

    def open_log(self) -> AuditLogWindow:
        """Open the audit log window, or bring the open one forward. A log closed before opens
        again as it was left (its filters) and reads again: one window, however often opened."""
        from imh_desktop.ui.audit.viewer import AuditLogWindow

        if self.log_window is None:
            self.log_window = AuditLogWindow(self.ctx, self.window)
        elif not self.log_window.isVisible():
            self.log_window.refresh()
        self.log_window.show()
        self.log_window.raise_()
        self.log_window.activateWindow()
        return self.log_window

    def open_access(self) -> FamilyAccessDialog | None:
        """Show who looked at the current family; None when no family is chosen."""
        from imh_desktop.ui.audit.access import FamilyAccessDialog

        family_id = self.window.current_family_id()
        if family_id is None:
            return None
        self.access_dialog = FamilyAccessDialog(self.ctx, family_id, self.window)
        self.access_dialog.open()
        return self.access_dialog

    def _on_log_triggered(self) -> None:
        self.open_log()

    def open_check(self) -> VerifyDialog:
        """Open the audit trail check, or bring forward the one open (one check at a time)."""
        from imh_desktop.ui.audit.verify_dialog import open_check

        return open_check(self.ctx, self.window)

    def _on_check_triggered(self) -> None:
        self.open_check()

    def _on_access_triggered(self) -> None:
        self.open_access()
