"""Add a staff account: name, username, role, the supervisor they report to, and the
temporary password they change at their first sign-in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.admin.accounts import AccountRecord, temporary_password_for
from imh_desktop.services.admin.staff import create_staff
from imh_desktop.services.common.records import StaffRecord
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message


class NewStaffDialog(QDialog):
    """The new account's details; ``made`` and ``temporary`` are set once it is added."""

    def __init__(
        self, ctx: AppContext, accounts: list[AccountRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.made: StaffRecord | None = None
        self.temporary = ""
        self.setWindowTitle(self.tr("Add staff"))
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.username = QLineEdit()
        self.username.setMaxLength(64)
        self.username.setPlaceholderText(self.tr("e.g. mgarcia"))
        self.role = QComboBox()
        for role, label in ((Role.SPECIALIST, self.tr("Specialist")),
                            (Role.SUPERVISOR, self.tr("Supervisor")),
                            (Role.ADMIN, self.tr("Administrator"))):  # fmt: skip
            self.role.addItem(label, role)
        self.supervisor = QComboBox()
        self.supervisor.addItem(self.tr("(nobody)"), None)
        for account in accounts:
            if account.active and account.role is Role.SUPERVISOR:
                self.supervisor.addItem(account.full_name, account.id)
        self.password = QLineEdit(temporary_password_for("", ""))
        self.password.setAccessibleName(self.tr("Temporary password"))
        self.password.setMaxLength(256)
        new_password = QPushButton(self.tr("New"))
        new_password.setToolTip(self.tr("Make another random temporary password"))
        new_password.clicked.connect(lambda: self.password.setText(temporary_password_for("", "")))
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(new_password)
        form = QFormLayout()
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Reports &to:"), self.supervisor)
        password_label = QLabel(self.tr("&Temporary password:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, password_row)
        for label, widget in ((self.tr("Full name"), self.full_name),
                              (self.tr("Username"), self.username),
                              (self.tr("Role"), self.role),
                              (self.tr("Reports to"), self.supervisor)):  # fmt: skip
            widget.setAccessibleName(label)
        hint = QLabel(self.tr(
            "Give the temporary password to the person; they choose their own passphrase "
            "when they first sign in."
        ))  # fmt: skip
        hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.accepted.connect(self._on_add_clicked)
        buttons.rejected.connect(self.reject)
        self.role.currentIndexChanged.connect(self._on_role_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _on_role_changed(self, _index: int) -> None:
        self.supervisor.setEnabled(self.chosen_role() is Role.SPECIALIST)

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())  # Qt hands the enum back as its text

    def _on_add_clicked(self) -> None:
        role = self.chosen_role()
        supervisor = self.supervisor.currentData() if role is Role.SPECIALIST else None
        temporary = self.password.text()
        try:
            self.made = create_staff(
                self.ctx.svc, self.username.text(), self.full_name.text(), role,
                supervisor, temporary,
            )  # fmt: skip
        except DomainError as exc:
            self.message.setText(user_message(exc))
            fields = {"username": self.username, "full_name": self.full_name,
                      "password": self.password}  # fmt: skip
            if exc.field in fields:
                fields[exc.field].setFocus()
            return
        self.temporary = temporary
        self.accept()
