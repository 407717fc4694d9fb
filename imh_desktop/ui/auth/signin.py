"""The first windows: sign in, or make the first administrator of a new database.

Neither says whether a username exists: a refused sign-in shows the one
message the service gives for every reason (services.auth.signin).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop import APP_NAME
from imh_desktop.data.db import Database
from imh_desktop.domain.accounts import MIN_PASSPHRASE
from imh_desktop.domain.clock import Clock
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.services.admin.agency import read_settings
from imh_desktop.services.admin.staff import default_user
from imh_desktop.services.auth.setup import set_up_administrator
from imh_desktop.services.auth.signin import SignedIn, is_demo_database, sign_in
from imh_desktop.ui.auth.form import AuthForm, password_field, wrapped
from imh_desktop.ui.common.tasks import Runner


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


class SignInDialog(AuthForm):
    """Username and password; ``signed`` holds the result once accepted.

    On an encrypted database, "Use the recovery key…" emits ``recover_requested``.
    """

    recover_requested = Signal()

    def __init__(
        self, db: Database, clock: Clock, runner: Runner, username: str = "",
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(runner, parent)
        self.db, self.clock = db, clock
        self.signed: SignedIn | None = None
        # No "IMH Desktop — …" here: that title is the main window's (the CI smoke test).
        self.setWindowTitle(self.tr("Sign in to {0}").format(APP_NAME))
        self.username = QLineEdit(username)
        self.username.setAccessibleName(self.tr("Username"))
        self.username.setMaxLength(64)
        self.password = password_field(self.tr("Password"))
        self.fields = {"username": self.username, "password": self.password}
        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("Quit"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.clicked.connect(self._on_sign_in_clicked)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(APP_NAME))
        if db.locked:  # its settings are inside it: nothing to show before it opens
            layout.addWidget(wrapped(self.tr(
                "The database is encrypted: your username and password open it."
            )))  # fmt: skip
        else:
            layout.addWidget(wrapped(read_settings(db).agency_name))
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        if is_demo_database(db):
            from imh_desktop.demo.generate import DEMO_PASSWORD

            hint = self.tr("Demo database: every account's password is “{0}”.")
            layout.addWidget(wrapped(hint.format(DEMO_PASSWORD)))
        self.recover_button: QPushButton | None = None
        if db.encrypted:
            self.recover_button = QPushButton(self.tr("Use the &recovery key…"))
            self.recover_button.setAutoDefault(False)
            self.recover_button.clicked.connect(self.recover_requested)
            buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.HelpRole)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        (self.password if username else self.username).setFocus()

    def _on_sign_in_clicked(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username.strip():
            self.set_message(self.tr("Type your username."))
            self.username.setFocus()
            return
        db, clock = self.db, self.clock
        self.submit(
            lambda: sign_in(db, username, password, clock),
            self._on_signed_in,
            [self.sign_in_button, self.quit_button],
        )

    def _on_signed_in(self, signed: SignedIn) -> None:
        self.signed = signed
        self.password.clear()
        self.accept()

    def on_refused(self, exc: DomainError) -> None:
        self.password.clear()
        self.password.setFocus()


class SetupDialog(AuthForm):
    """A new database: make the administrator's account (no default account exists)."""

    def __init__(
        self, db: Database, clock: Clock, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.db, self.clock = db, clock
        self.signed: SignedIn | None = None
        self.setWindowTitle(self.tr("Set up {0}").format(APP_NAME))
        older = False  # accounts from before sign-in, none with a password?
        if not db.is_new:
            try:
                older = default_user(db) is not None
            except NotFoundError:
                pass
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("e.g. kolstad"))
        self.full_name = QLineEdit()
        self.password = password_field(self.tr("Passphrase"))
        self.confirm = password_field(self.tr("Passphrase again"))
        self.fields = {
            "username": self.username,
            "full_name": self.full_name,
            "password": self.password,
            "confirm": self.confirm,
        }
        self.username.setAccessibleName(self.tr("Administrator's username"))
        self.full_name.setAccessibleName(self.tr("Administrator's full name"))
        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Passphrase:"), self.password)
        form.addRow(self.tr("&Again:"), self.confirm)
        self.create_button = QPushButton(self.tr("Create the administrator"))
        self.create_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("Quit"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Welcome to {0}").format(APP_NAME)))
        self.intro = wrapped(self.tr(
            "This database has no accounts yet, and no default password. Make the "
            "administrator's account now; the administrator then adds the staff, each "
            "with a temporary password they change when they first sign in."
        ) if not older else self.tr(
            "Nobody on this database has a password yet: it was made before sign-in. "
            "Give its administrator a passphrase (type the administrator's username), or "
            "make a new administrator; the administrator then gives every other account a "
            "temporary password (Account > Staff accounts > Reset password)."
        ))  # fmt: skip
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(wrapped(self.tr(
            "The passphrase needs at least {0} characters. A few unrelated words are easy "
            "to remember and hard to guess; common passwords are refused."
        ).format(MIN_PASSPHRASE)))  # fmt: skip
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.username.setFocus()

    def _on_create_clicked(self) -> None:
        if self.password.text() != self.confirm.text():
            self.set_message(self.tr("The two passphrases differ: type them again."))
            self.password.clear()
            self.confirm.clear()
            self.password.setFocus()
            return
        db, clock = self.db, self.clock
        username, full_name = self.username.text(), self.full_name.text()
        password = self.password.text()
        self.submit(
            lambda: set_up_administrator(db, username, full_name, password, clock),
            self._on_created,
            [self.create_button, self.quit_button],
        )

    def _on_created(self, signed: SignedIn) -> None:
        self.signed = signed
        self.accept()

    def on_refused(self, exc: DomainError) -> None:
        if exc.field == "password":
            self.confirm.clear()
        super().on_refused(exc)
