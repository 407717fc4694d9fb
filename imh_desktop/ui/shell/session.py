"""The application session: one main window at a time, built again after a restore.

:class:`AppSession` owns what outlives a window (the database, the clock)
and gives each window a fresh :class:`AppContext` for the signed-in user.
When a window asks to be reopened (a backup was restored into its database),
the session builds a new window on the restored data, as the same username
when the restored data has it (else as the default user), shows it, then
closes the old one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from imh_desktop.data.db import Database
from imh_desktop.domain.clock import Clock
from imh_desktop.domain.errors import NotFoundError
from imh_desktop.services.admin.staff import default_user, find_staff
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.ui.admin.auto_backup import AutoBackup
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.common.tasks import Runner, ThreadPoolRunner
from imh_desktop.ui.shell.main_window import MainWindow


class AppSession(QObject):
    """Opens the main window and reopens it when asked (after a restore)."""

    def __init__(
        self, db: Database, clock: Clock, auto_backup: bool = False,
        runner: Callable[[], Runner] = ThreadPoolRunner, settings: Settings | None = None,
    ) -> None:  # fmt: skip
        super().__init__()
        self.db, self.clock, self.auto_backup = db, clock, auto_backup
        self._runner, self._settings = runner, settings
        self.window: MainWindow | None = None

    def open(self, username: str | None = None) -> MainWindow:
        """Show a main window for ``username`` (default: the first supervisor)."""
        user = find_staff(self.db, username) if username else default_user(self.db)
        svc = ServiceContext(self.db, user.id, self.clock)
        ctx = AppContext(svc, user, self._runner())
        backup = AutoBackup(ctx) if self.auto_backup else None
        window = MainWindow(ctx, self._settings, auto_backup=backup)
        window.reopen_requested.connect(self._on_window_reopen_requested)
        window.show()
        if backup is not None:
            backup.start()
        self.window = window
        return window

    def _on_window_reopen_requested(self) -> None:
        old = self.window
        username = old.ctx.user.username if old is not None else None
        try:
            self.open(username)
        except NotFoundError:
            self.open(None)
        if old is not None:
            old.close_for_reopen()
