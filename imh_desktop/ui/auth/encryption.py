"""Windows of the encrypted database: the recovery key shown once, recovering with it, and
encrypting an unencrypted database (offered to an administrator after signing in).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.data.db import Database
from imh_desktop.domain.accounts import MIN_PASSPHRASE
from imh_desktop.domain.clock import Clock
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.admin.encryption import Encrypted, encrypt_database
from imh_desktop.services.auth.recovery import recover_administrator
from imh_desktop.services.auth.signin import SignedIn
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.ui.auth.form import AuthForm, password_field, wrapped
from imh_desktop.ui.common.tasks import Runner


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once, with the one thing to do: keep it safe."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        key = QLabel(recovery_key)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        key.setFont(font)
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key.setAccessibleName(self.tr("Recovery key"))
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label = key
        self.kept = QCheckBox(self.tr("I have written down or printed the recovery key"))
        self.done_button = QPushButton(self.tr("Continue"))
        self.done_button.setDefault(True)
        self.done_button.setEnabled(False)
        self.kept.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "The database is encrypted: without a password or this recovery key, nobody can "
            "read it, not even from a stolen computer. If every administrator's password is "
            "lost, this key opens it (the sign-in window's “Use the recovery key…”)."
        )))  # fmt: skip
        layout.addSpacing(8)
        layout.addWidget(key)
        layout.addSpacing(8)
        layout.addWidget(wrapped(self.tr(
            "It is shown only now. Write it down or print it and keep it locked away, apart "
            "from the computer. Keep the key file beside the database (its name ends in "
            "“.keys”) with every backup: without it the database cannot be opened."
        )))  # fmt: skip
        layout.addWidget(self.kept)
        buttons = QDialogButtonBox()
        buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def reject(self) -> None:
        """Escape does not close it before the key is kept."""
        if self.kept.isChecked():
            super().reject()


class RecoverDialog(AuthForm):
    """Recovery key, the administrator's username, a new passphrase twice."""

    def __init__(
        self, db: Database, clock: Clock, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.db, self.clock = db, clock
        self.signed: SignedIn | None = None
        self.setWindowTitle(self.tr("Open with the recovery key"))
        self.recovery = QLineEdit()
        self.recovery.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.recovery.setMaxLength(64)
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("Administrator's username"))
        self.username.setMaxLength(64)
        self.new = password_field(self.tr("New passphrase"))
        self.confirm = password_field(self.tr("New passphrase again"))
        self.fields = {
            "recovery_key": self.recovery,
            "username": self.username,
            "new_password": self.new,
            "confirm": self.confirm,
        }
        form = QFormLayout()
        form.addRow(self.tr("&Recovery key:"), self.recovery)
        form.addRow(self.tr("&Administrator:"), self.username)
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow(self.tr("A&gain:"), self.confirm)
        self.open_button = QPushButton(self.tr("Open and set the passphrase"))
        self.open_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "For a lost administrator password: the recovery key shown when the database was "
            "encrypted opens it, and the administrator chooses a new passphrase ({0} characters "
            "or more) at once."
        ).format(MIN_PASSPHRASE)))  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.recovery.setFocus()

    def _on_open_clicked(self) -> None:
        if self.new.text() != self.confirm.text():
            self.set_message(self.tr("The two passphrases differ: type them again."))
            self.new.clear()
            self.confirm.clear()
            self.new.setFocus()
            return
        db, clock = self.db, self.clock
        recovery, username, new = self.recovery.text(), self.username.text(), self.new.text()
        self.submit(
            lambda: recover_administrator(db, recovery, username, new, clock),
            self._on_recovered,
            [self.open_button, self.cancel_button],
        )

    def _on_recovered(self, signed: SignedIn) -> None:
        self.signed = signed
        self.accept()


class EncryptDialog(AuthForm):
    """Offered to an administrator on an unencrypted database file: encrypt it now, or not.

    Accepted once encrypted: ``outcome`` holds the recovery key to show next.
    """

    def __init__(self, svc: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.svc = svc
        self.outcome: Encrypted | None = None
        self.steps: list[str] = []  # what the encryption did, step by step
        self.setWindowTitle(self.tr("Encrypt the database"))
        self.password = password_field(self.tr("Your password"))
        self.fields = {"password": self.password}
        form = QFormLayout()
        form.addRow(self.tr("Your &password:"), self.password)
        self.encrypt_button = QPushButton(self.tr("Encrypt now"))
        self.encrypt_button.setDefault(True)
        self.later_button = QPushButton(self.tr("Not now"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.encrypt_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.encrypt_button.clicked.connect(self._on_encrypt_clicked)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "This database file is not encrypted: anyone who copies it can read every family's "
            "record. Encrypting it takes a moment: a backup first, then an encrypted copy that "
            "is checked against the original before it takes its place."
        )))  # fmt: skip
        layout.addWidget(wrapped(self.tr(
            "Your password opens it from then on. Other staff open it after signing in once on "
            "this computer while it is open (Account > Sign in as someone else), or after you "
            "reset their passwords."
        )))  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.password.setFocus()

    def _on_encrypt_clicked(self) -> None:
        svc, password = self.svc, self.password.text()
        lines: list[str] = []
        self.submit(
            lambda: (encrypt_database(svc, password, lines.append), lines),
            self._on_done,
            [self.encrypt_button, self.later_button],
        )
        if self.busy:
            self.set_message(self.tr("Encrypting: backup, encrypted copy, check…"), error=False)

    def _on_done(self, result: tuple[Encrypted, list[str]]) -> None:
        self.outcome, self.steps = result
        self.password.clear()
        self.accept()

    def on_refused(self, exc: DomainError) -> None:
        self.password.clear()
        super().on_refused(exc)
