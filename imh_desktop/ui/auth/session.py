"""One person's time at the program: sign in, the main window, lock, unlock, sign out.

:class:`Session` is the gate to an :class:`AppContext`: nothing opens before
someone signed in (or set up the first administrator of a new database, or
``--demo`` opened a database the demo generator made). Then it watches for
idleness and locks (or Ctrl+L); unlocking brings back every window as it was.

Signing out ("Sign in as someone else…", from the lock or the Account menu)
ends the session cleanly before anyone else gets in: the open note editors
write their drafts and close, any dialog left open is cancelled, the main
window keeps its layout and closes, and only then does the sign-in window
appear; the next person gets a new main window with their own context.
Everything is shown without waiting in a nested event loop (``open``, not
``exec``), so the program's one event loop drives it all.

With ``live_updates`` (the program's own sessions) a colleague's commit
shows in the open window within a second or so (``ui.common.live``); the
listener stops on sign-out, on a restore and on close.

With ``auto_backup`` each main window backs the database up once a day and
when it closes. After a backup is restored into the database (File >
Backups…), the window closes without questions (its records are closed
already) and the session starts again on the restored data: its sign-in
window, the restored accounts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from imh_desktop.data.db import Database
from imh_desktop.demo.encrypted import open_demo
from imh_desktop.domain.clock import Clock
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.admin.agency import read_settings
from imh_desktop.services.admin.encryption import can_encrypt
from imh_desktop.services.auth.setup import needs_setup
from imh_desktop.services.auth.signin import (
    SignedIn,
    is_demo_database,
    record_lock,
    record_sign_out,
    sign_in_demo,
)
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.records import StaffRecord
from imh_desktop.ui.admin.auto_backup import AutoBackup
from imh_desktop.ui.auth.encryption import EncryptDialog, RecoverDialog, RecoveryKeyDialog
from imh_desktop.ui.auth.lock import Curtains, IdleWatcher, LockDialog
from imh_desktop.ui.auth.password import ChangePasswordDialog
from imh_desktop.ui.auth.signin import SetupDialog, SignInDialog
from imh_desktop.ui.common.collector import thaw
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.live import LiveUpdates
from imh_desktop.ui.common.settings import IDLE_LOCK_MINUTES, Settings, lock_minutes
from imh_desktop.ui.common.tasks import Runner, ThreadPoolRunner, run_task
from imh_desktop.ui.shell.main_window import MainWindow

MINUTE_MS = 60_000


class Session(QObject):
    """Signs people in and out of one database and holds the current main window.

    ``runner`` and ``settings`` default to the program's (a thread pool, the
    user's QSettings); tests pass a synchronous runner and a settings file.
    ``quit`` ends the program (QApplication.quit unless given).
    """

    def __init__(
        self,
        db: Database,
        clock: Clock,
        demo: bool = False,
        username: str = "",
        runner: Runner | None = None,
        settings: Callable[[], Settings] = Settings,
        quit: Callable[[], None] = QApplication.quit,
        idle_ms: int | None = None,
        auto_backup: bool = False,
        live_updates: bool = False,
    ) -> None:
        super().__init__()
        self.live_updates = live_updates  # colleagues' saves shown as they commit (ui.common.live)
        self.live: LiveUpdates | None = None
        self.db, self.clock, self.demo, self.username = db, clock, demo, username
        self.auto_backup = auto_backup
        self.runner: Runner = runner or ThreadPoolRunner()
        self._settings, self._quit, self._idle_ms = settings, quit, idle_ms
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.dialog: QDialog | None = None  # the sign-in, set-up or password window showing
        self.lock_dialog: LockDialog | None = None
        self.curtains = Curtains()
        self.idle = IdleWatcher(MINUTE_MS, self)
        self.idle.idle.connect(self._on_idle)
        self._ending = False
        self._pending: SignedIn | None = None  # signed in, but must change the password first
        self._then: Callable[[], None] | None = None  # after the recovery key was shown
        self._offered_encryption = False
        self._user: StaffRecord | None = None

    @property
    def locked(self) -> bool:
        return self.lock_dialog is not None

    # Signing in -------------------------------------------------------------
    def start(self) -> None:
        """Show the first window: set-up, the demo's own sign-in, or the sign-in window."""
        if needs_setup(self.db):
            dialog: QDialog = SetupDialog(self.db, self.clock, self.runner)
        elif self.demo and is_demo_database(self.db):
            try:
                open_demo(self.db)  # an encrypted demo: opened with its specialist's slot
                self._signed_in(sign_in_demo(self.db, self.clock))
                return
            except DomainError:
                dialog = self._sign_in_dialog()
        else:
            dialog = self._sign_in_dialog()
        self._show(dialog)

    def _sign_in_dialog(self) -> SignInDialog:
        dialog = SignInDialog(self.db, self.clock, self.runner, self.username)
        dialog.recover_requested.connect(lambda: self._on_recover_requested(dialog))
        return dialog

    def _on_recover_requested(self, dialog: SignInDialog) -> None:
        """The sign-in window's "Use the recovery key…": the recovery form takes its place."""
        if dialog.busy:
            return
        self.dialog = None
        dialog.hide()  # without rejecting: that would end the program
        dialog.deleteLater()
        self._show(RecoverDialog(self.db, self.clock, self.runner))

    def _show_recovery_key(self, key: str, then: Callable[[], None]) -> None:
        self._then = then
        self._show(RecoveryKeyDialog(key))

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog))
        dialog.rejected.connect(lambda: self._on_dialog_rejected(dialog))
        dialog.open()

    def _on_dialog_accepted(self, dialog: QDialog) -> None:
        self.dialog = None
        dialog.deleteLater()
        signed = getattr(dialog, "signed", None)
        if isinstance(signed, SignedIn):
            self._signed_in(signed)
        elif isinstance(dialog, ChangePasswordDialog) and self._pending is not None:
            signed, self._pending = self._pending, None
            self._open_window(signed)
        elif isinstance(dialog, RecoveryKeyDialog) and self._then is not None:
            then, self._then = self._then, None
            then()
        elif isinstance(dialog, EncryptDialog) and dialog.outcome is not None:
            svc = dialog.svc
            self._show_recovery_key(dialog.outcome.recovery_key, lambda: self._open_now(svc))

    def _on_dialog_rejected(self, dialog: QDialog) -> None:
        self.dialog = None
        dialog.deleteLater()
        if isinstance(dialog, ChangePasswordDialog):  # a forced change declined: sign out
            self._pending = None
            self._show(self._sign_in_dialog())
        elif isinstance(dialog, RecoverDialog):
            self._show(self._sign_in_dialog())
        elif isinstance(dialog, EncryptDialog):  # "Not now"
            self._open_now(dialog.svc)
        else:
            self._quit()

    def _signed_in(self, signed: SignedIn) -> None:
        self.username = signed.user.username
        if signed.recovery_key:  # a new encrypted database: its recovery key, once
            kept = replace(signed, recovery_key=None)
            self._show_recovery_key(signed.recovery_key, lambda: self._signed_in(kept))
            return
        if signed.must_change_password:
            self._pending = signed
            self._show(ChangePasswordDialog(signed.context, self.runner, forced=True))
            return
        self._open_window(signed)

    def _open_window(self, signed: SignedIn) -> None:
        """The main window; an administrator on an unencrypted file is offered encryption first."""
        self._user = signed.user
        offer = signed.user.role is Role.ADMIN and not self._offered_encryption
        if offer and not self.demo_session and can_encrypt(signed.context):
            self._offered_encryption = True  # once per run of the program
            self._show(EncryptDialog(signed.context, self.runner))
            return
        self._open_now(signed.context)

    def _open_now(self, svc: ServiceContext) -> None:
        assert self._user is not None
        self.ctx = AppContext(svc, self._user, self.runner, demo=self.demo_session)
        backup = AutoBackup(self.ctx) if self.auto_backup else None
        self.window = MainWindow(self.ctx, self._settings(), auto_backup=backup)
        self.window.closed.connect(self._on_window_closed)
        self.window.reopen_requested.connect(self._on_reopen_requested)
        from imh_desktop.ui.auth.account import AccountActions

        AccountActions(self, self.window)
        self._set_idle_timeout()
        self.window.preferences_saved.connect(self._set_idle_timeout)
        self.window.show()
        self.idle.start()
        if self.live_updates:
            self.live = LiveUpdates(self.ctx, self.window)  # colleagues' saves, onto ctx.bus
            self.live.start()
        if backup is not None:
            backup.start()

    def _set_idle_timeout(self) -> None:
        """The agency's idle lock, or the person's shorter choice (Preferences)."""
        window = self.window
        chosen = window.settings.value(IDLE_LOCK_MINUTES) if window is not None else 0
        minutes = lock_minutes(read_settings(self.db).idle_lock_minutes, chosen)
        self.idle.set_timeout(self._idle_ms or minutes * MINUTE_MS)

    def _on_reopen_requested(self) -> None:
        """A backup was restored: close the window on the old data, then sign in again.

        No sign-out is recorded: the restored data may not know this person.
        """
        window = self.window
        if window is None:
            return
        self.idle.stop()
        self._stop_live()
        window.closed.disconnect(self._on_window_closed)
        window.close_for_reopen()
        thaw()  # the window may have been frozen with the start-up (ui.common.collector)
        window.deleteLater()
        self.window, self.ctx = None, None
        self.start()

    def _stop_live(self) -> None:
        live, self.live = self.live, None
        if live is not None:
            live.stop()

    @property
    def demo_session(self) -> bool:
        """True when this database was made by the demo generator (DEMO in the title)."""
        return is_demo_database(self.db) is not None

    # Locking ----------------------------------------------------------------
    def _on_idle(self) -> None:
        self.lock("idle")

    def lock(self, why: str = "by hand") -> None:
        """Save drafts, cover every window and ask for the password (module docstring)."""
        if self.window is None or self.ctx is None or self.locked or self._ending:
            return
        self.idle.stop()
        self.save_drafts()
        self.lock_dialog = LockDialog(self.ctx, self.window)
        self.lock_dialog.unlocked.connect(self._on_unlocked)
        self.lock_dialog.switch_requested.connect(self.sign_out)
        self.curtains.drop(keep=self.lock_dialog)
        self.lock_dialog.show()
        self.lock_dialog.raise_()
        self.lock_dialog.activateWindow()
        svc = self.ctx.svc
        run_task(self.runner, lambda: record_lock(svc, why), _ignore, self._on_audit_failed, self)

    def _on_unlocked(self, _signed: SignedIn) -> None:
        dialog, self.lock_dialog = self.lock_dialog, None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()
        self.curtains.lift()
        self.idle.start()

    def save_drafts(self) -> None:
        """Every open note editor writes its draft now (the autosave, flushed)."""
        for widget in QApplication.topLevelWidgets():
            save = getattr(widget, "save_draft_now", None)
            if callable(save):
                save()

    def _on_audit_failed(self, exc: BaseException) -> None:
        show_error(self.lock_dialog or self.window, exc)

    # Signing out ------------------------------------------------------------
    def sign_out(self) -> None:
        """End this person's session cleanly, then ask who signs in next."""
        if self.window is None or self.ctx is None or self._ending:
            return
        if self.window.has_unsaved_changes() and (
            self.locked or not self.window.family_tabs.confirm_close_all()
        ):
            if self.lock_dialog is not None:
                self.lock_dialog.set_message(self.tr(
                    "{0} has changes open that are not saved. Only they can unlock to "
                    "save them first."
                ).format(self.ctx.user.full_name))  # fmt: skip
            return
        self._ending = True
        self.idle.stop()
        self.save_drafts()
        for widget in QApplication.topLevelWidgets():  # forms left open: cancelled
            lock = widget is self.lock_dialog
            if isinstance(widget, QDialog) and widget.isVisible() and not lock:
                widget.reject()
        QTimer.singleShot(0, self._finish_sign_out)

    def _finish_sign_out(self) -> None:
        """Once every dialog's own event loop has returned: close the windows, then sign in."""
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self.lock_dialog:
            QTimer.singleShot(10, self._finish_sign_out)
            return
        window, ctx = self.window, self.ctx
        assert window is not None and ctx is not None
        for widget in QApplication.topLevelWidgets():
            close = getattr(widget, "close_keeping_draft", None)
            if callable(close):
                close()
        if self.lock_dialog is not None:
            self.lock_dialog.hide()
            self.lock_dialog.deleteLater()
            self.lock_dialog = None
        # The windows they covered close now (and the one that was active is not kept).
        self.curtains.covered, self.curtains.active = [], None
        self._stop_live()
        window.save_state()
        window.closed.disconnect(self._on_window_closed)
        window.hide()
        thaw()  # the window may have been frozen with the start-up (ui.common.collector)
        window.deleteLater()
        self.window, self.ctx = None, None
        try:
            record_sign_out(ctx.svc)
        except DomainError as exc:
            show_error(None, exc)
        self._ending = False
        self.username = ""  # someone else signs in next
        self._show(self._sign_in_dialog())

    def _on_window_closed(self) -> None:
        """The person closed the main window (Quit): drafts are written and the program ends."""
        self.idle.stop()
        self._stop_live()
        self.save_drafts()
        if self.ctx is not None:
            record_sign_out(self.ctx.svc)
        self.window, self.ctx = None, None
        self._quit()

    # The Account menu ---------------------------------------------------------
    def change_password(self) -> None:
        """The signed-in person changes their own password."""
        if self.ctx is None or self.window is None:
            return
        window = self.window
        dialog = ChangePasswordDialog(self.ctx.svc, self.runner, parent=window)
        dialog.accepted.connect(
            lambda: window.statusBar().showMessage(self.tr("Your password is changed."), 5000)
        )
        dialog.open()


def _ignore(_result: object) -> None:
    """The outcome of a write nobody waits for."""
