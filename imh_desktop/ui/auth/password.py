"""Change your own password: from the Account menu, or at once after an administrator's reset."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.accounts import MIN_PASSPHRASE
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.auth.signin import change_password
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.ui.auth.form import AuthForm, password_field
from imh_desktop.ui.common.tasks import Runner


class ChangePasswordDialog(AuthForm):
    """Current passphrase, the new one twice. ``forced``: the administrator set it."""

    def __init__(
        self, svc: ServiceContext, runner: Runner, forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(runner, parent)
        self.svc = svc
        self.setWindowTitle(self.tr("Change your password"))
        self.current = password_field(self.tr("Current password"))
        self.new = password_field(self.tr("New passphrase"))
        self.confirm = password_field(self.tr("New passphrase again"))
        self.fields = {
            "current_password": self.current,
            "new_password": self.new,
            "confirm": self.confirm,
        }
        form = QFormLayout()
        form.addRow(
            self.tr("&Temporary password:") if forced else self.tr("&Current password:"),
            self.current,
        )
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow(self.tr("&Again:"), self.confirm)
        self.change_button = QPushButton(self.tr("Change password"))
        self.change_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Sign out") if forced else self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.change_button.clicked.connect(self._on_change_clicked)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        if forced:
            intro = QLabel(self.tr(
                "An administrator set your password. Choose your own passphrase before you go on."
            ))  # fmt: skip
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        rule = QLabel(self.tr(
            "At least {0} characters; a few unrelated words are easy to remember and hard "
            "to guess. Common passwords are refused."
        ).format(MIN_PASSPHRASE))  # fmt: skip
        rule.setWordWrap(True)
        layout.addWidget(rule)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.current.setFocus()

    def _on_change_clicked(self) -> None:
        if self.new.text() != self.confirm.text():
            self.set_message(self.tr("The two new passphrases differ: type them again."))
            self.new.clear()
            self.confirm.clear()
            self.new.setFocus()
            return
        svc, current, new = self.svc, self.current.text(), self.new.text()
        self.submit(
            lambda: change_password(svc, current, new),
            self._on_changed,
            [self.change_button, self.cancel_button],
        )

    def _on_changed(self, _result: object) -> None:
        self.accept()

    def on_refused(self, exc: DomainError) -> None:
        if exc.field == "current_password":
            self.current.clear()
        else:
            self.new.clear()
            self.confirm.clear()
        super().on_refused(exc)
