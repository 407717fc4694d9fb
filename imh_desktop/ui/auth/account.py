"""The Account menu: your password, lock now (Ctrl+L), sign in as someone else; staff
accounts for administrators. Placed before the Help menu of the session's window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from imh_desktop.domain.enums import Role

if TYPE_CHECKING:
    from imh_desktop.ui.auth.session import Session
    from imh_desktop.ui.shell.main_window import MainWindow


class AccountActions(QObject):
    """Builds the Account menu of ``window`` for the person signed in to ``session``."""

    def __init__(self, session: Session, window: MainWindow) -> None:
        super().__init__(window)
        self.session, self.window = session, window
        user = window.ctx.user
        bar = window.menuBar()
        self.menu = bar.addMenu(self.tr("&Account"))
        bar.insertMenu(window.main_actions.help_menu.menuAction(), self.menu)
        signed_in = QAction(self.tr("Signed in as {0}").format(user.full_name), window)
        signed_in.setEnabled(False)
        self.menu.addAction(signed_in)
        self.menu.addSeparator()
        self.password_action = QAction(self.tr("Change &password…"), window)
        self.password_action.triggered.connect(lambda _=False: session.change_password())
        self.lock_action = QAction(self.tr("&Lock"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        # From the note editors' windows too.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setStatusTip(self.tr("Hide everything until you type your password"))
        self.lock_action.triggered.connect(lambda _=False: session.lock("by hand"))
        window.addAction(self.lock_action)  # works while the menu bar is hidden too
        self.switch_action = QAction(self.tr("Sign in as &someone else…"), window)
        self.switch_action.setStatusTip(
            self.tr("Close your windows (note drafts are kept) and let another person sign in")
        )
        self.switch_action.triggered.connect(lambda _=False: session.sign_out())
        self.menu.addActions([self.password_action, self.lock_action, self.switch_action])
        if user.role is Role.ADMIN:
            self.menu.addSeparator()
            self.staff_action = QAction(self.tr("&Staff accounts…"), window)
            self.staff_action.setStatusTip(
                self.tr("Add staff, reset passwords, deactivate accounts, sign-in settings")
            )
            self.staff_action.triggered.connect(lambda _=False: self.open_staff_accounts())
            self.menu.addAction(self.staff_action)

    def open_staff_accounts(self) -> None:
        from imh_desktop.ui.admin.staff_dialog import StaffAccountsDialog

        dialog = StaffAccountsDialog(self.window.ctx, self.window)
        dialog.open()
