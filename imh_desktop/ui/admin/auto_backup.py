"""Automatic backups of an SQLite database: once a day while the app runs, and at close.

Threading contract: the backups run through ``ctx.runner`` (off the GUI
thread), one at a time; results come back to the GUI thread. A backup that
fails is logged and reported (the status message, or a warning at close);
the data in the database is untouched by it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.admin.backups import BackupSummary, automatic_backup, backup_due
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.tasks import run_task

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000  # is today's backup made? (the app may stay open for days)
FIRST_CHECK_MS = 30 * 1000  # after start-up, when the user has the caseload in front of them


class AutoBackup(QObject):
    """Makes the day's backup and the backup at close for ``ctx``'s database."""

    # What to tell the user: "" after a backup that worked, else what went wrong.
    status = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.last: BackupSummary | None = None
        self.last_error: BaseException | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.backup_if_due)

    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        """Check soon after start-up, then every hour."""
        if self.ctx.db.sqlite_path is None:
            return  # a server is backed up by its administrator
        QTimer.singleShot(first_check_ms, self, self.backup_if_due)
        self._timer.start(CHECK_EVERY_MS)

    def stop(self) -> None:
        self._timer.stop()

    def backup_if_due(self) -> None:
        """Back up in the background unless today's backup exists or one is running."""
        if self.busy:
            return
        svc = self.ctx.svc
        self._run(lambda: automatic_backup(svc) if backup_due(svc) else None, lambda: None)

    def backup_at_close(self, done: Callable[[], None]) -> None:
        """Back up now (the app is closing); ``done()`` runs when it finished or failed."""
        self.stop()
        if self.ctx.db.sqlite_path is None:
            done()
            return
        svc = self.ctx.svc
        self._run(lambda: automatic_backup(svc), done)

    def _run(self, work: Callable[[], BackupSummary | None], done: Callable[[], None]) -> None:
        self.busy = True

        def finished(summary: BackupSummary | None) -> None:
            self.busy, self.last_error = False, None
            if summary is not None:
                self.last = summary
                self.status.emit("")
            done()

        def failed(exc: BaseException) -> None:
            self.busy, self.last_error = False, exc
            if not isinstance(exc, DomainError):
                log.error("Automatic backup failed", exc_info=exc)
            self.status.emit(self.describe(exc))
            done()

        run_task(self.ctx.runner, work, finished, failed, self)

    def describe(self, exc: BaseException) -> str:
        """What went wrong, for a person: the plain message, or a general line."""
        reason = (
            user_message(exc) if isinstance(exc, DomainError) else self.tr("an unexpected error")
        )
        return self.tr("The automatic backup was not made: {0}").format(reason)
