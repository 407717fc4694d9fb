"""Staff accounts (administrators): add staff, reset a password, deactivate, and the
agency's sign-in and lock settings.

A new or reset account gets a random temporary password, shown once here
(selectable, to read out or copy) and changed by its owner at the first
sign-in. Accounts are deactivated, never deleted. Each write publishes
``Part.STAFF`` or ``Part.SETTINGS`` on the change bus.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.admin import accounts
from imh_desktop.services.admin.accounts import AccountRecord
from imh_desktop.services.admin.agency import RANGES, get_settings, save_settings
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.ui.admin.accounts_model import AccountsModel
from imh_desktop.ui.admin.new_staff import NewStaffDialog
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error


class StaffAccountsDialog(QDialog):
    """Every account of the agency, what can be done to the selected one, and the settings."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Staff accounts"))
        self.model = AccountsModel(ctx.clock, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Staff accounts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add staff…"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.deactivate_button = QPushButton(self.tr("&Deactivate…"))
        self.reactivate_button = QPushButton(self.tr("Reac&tivate"))
        row = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.deactivate_button,
                       self.reactivate_button):  # fmt: skip
            row.addWidget(button)
        row.addStretch(1)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Result"))
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addWidget(self._settings_box())
        layout.addWidget(close)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.deactivate_button.clicked.connect(self._on_deactivate_clicked)
        self.reactivate_button.clicked.connect(self._on_reactivate_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(860, 560)
        self.reload()

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sign-in, automatic lock and emergency access (the whole agency)"))
        form = QFormLayout(box)
        self.spins: dict[str, QSpinBox] = {}
        current = get_settings(self.ctx.svc)
        for name, title, suffix in (
            ("idle_lock_minutes", self.tr("Lock a window left idle after:"), self.tr(" min")),
            ("failed_sign_in_limit", self.tr("Failed sign-ins in a row allowed:"), ""),
            ("lockout_minutes", self.tr("Then the account waits:"), self.tr(" min")),
            ("emergency_access_hours", self.tr("Emergency access to another caseload lasts:"),
             self.tr(" h")),
        ):  # fmt: skip
            spin = QSpinBox()
            spin.setRange(*RANGES[name])
            spin.setSuffix(suffix)
            spin.setValue(getattr(current, name))
            spin.setAccessibleName(title.rstrip(":"))
            spin.setMaximumWidth(140)
            self.spins[name] = spin
            form.addRow(title, spin)
        self.save_settings_button = QPushButton(self.tr("Save settings"))
        self.save_settings_button.clicked.connect(self._on_save_settings_clicked)
        self.save_settings_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow("", self.save_settings_button)
        return box

    # Reading ------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected()
        try:
            self.model.set_accounts(accounts.list_accounts(self.ctx.svc))
        except DomainError as exc:
            show_error(self, exc)
            return
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self) -> AccountRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.account(rows[0].row()) if rows else None

    def select(self, staff_id: int) -> None:
        for row, account in enumerate(self.model.accounts):
            if account.id == staff_id:
                self.table.selectRow(row)

    def _update_buttons(self, *_args: object) -> None:
        account = self.selected()
        mine = account is not None and account.id == self.ctx.user.id
        self.reset_button.setEnabled(account is not None and account.active)
        self.deactivate_button.setEnabled(account is not None and account.active and not mine)
        self.reactivate_button.setEnabled(account is not None and not account.active)

    # Acting -------------------------------------------------------------------
    def ask(self, question: str) -> bool:
        """Yes or no from the administrator (replaced in tests)."""
        answer = QMessageBox.question(self, self.windowTitle(), question)
        return answer == QMessageBox.StandardButton.Yes

    def _done(self, text: str, staff_id: int | None = None) -> None:
        self.outcome.setText(text)
        self.reload()
        if staff_id is not None:
            self.select(staff_id)
        self.ctx.bus.publish(Change.of(None, Part.STAFF))

    def _on_add_clicked(self) -> None:
        dialog = NewStaffDialog(self.ctx, self.model.accounts, self)
        dialog.accepted.connect(lambda: self._on_added(dialog))
        dialog.open()

    def _on_added(self, dialog: NewStaffDialog) -> None:
        made = dialog.made
        if made is None:
            return
        self._done(self.tr(
            "Added {0} ({1}). Temporary password: {2}\nGive it to them; they choose their "
            "own when they first sign in."
        ).format(made.full_name, made.username, dialog.temporary), made.id)  # fmt: skip

    def _on_reset_clicked(self) -> None:
        account = self.selected()
        if account is None or not self.ask(self.tr(
            "Give {0} a new temporary password? The one they have stops working now."
        ).format(account.full_name)):  # fmt: skip
            return
        temporary = accounts.temporary_password_for(account.username, account.full_name)
        try:
            accounts.reset_password(self.ctx.svc, account.id, temporary)
        except DomainError as exc:
            show_error(self, exc)
            return
        self._done(self.tr(
            "New temporary password for {0}: {1}\nThey choose their own when they next sign in."
        ).format(account.full_name, temporary), account.id)  # fmt: skip

    def _on_deactivate_clicked(self) -> None:
        account = self.selected()
        if account is None or not self.ask(self.tr(
            "Deactivate {0}? They can no longer sign in. Their notes, signatures and history "
            "stay, under their name."
        ).format(account.full_name)):  # fmt: skip
            return
        try:
            done = accounts.deactivate_staff(self.ctx.svc, account.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        text = self.tr("Deactivated {0}.").format(account.full_name)
        if done.open_families:
            text += " " + self.tr(
                "%n open family(s) still assigned to them: reassign them from the caseload.",
                "",
                done.open_families,
            )
        self._done(text, account.id)

    def _on_reactivate_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            accounts.reactivate_staff(self.ctx.svc, account.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self._done(self.tr("Reactivated {0}.").format(account.full_name), account.id)

    def _on_save_settings_clicked(self) -> None:
        spins = self.spins
        try:
            current = get_settings(self.ctx.svc)
            changed = dataclasses.replace(
                current,
                idle_lock_minutes=spins["idle_lock_minutes"].value(),
                failed_sign_in_limit=spins["failed_sign_in_limit"].value(),
                lockout_minutes=spins["lockout_minutes"].value(),
                emergency_access_hours=spins["emergency_access_hours"].value(),
            )
            save_settings(self.ctx.svc, changed)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.outcome.setText(self.tr(
            "Settings saved. The idle lock applies from each person's next sign-in."
        ))  # fmt: skip
        self.ctx.bus.publish(Change.of(None, Part.SETTINGS))
