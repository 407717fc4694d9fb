"""Protected health information leaving the program: said plainly, and PDFs with a password.

One :class:`ExportGuard` per session (``AppContext.exports``). Before a
table is exported or anything is printed, the first time in the session, it
says that the file leaves IMH Desktop's protected store and asks to go on.
Before a PDF is saved or opened in another program it asks, every time, for
a password (AES-256, ``reports.protect``), with the same plain line: optional,
or required when the agency's setting says so. A PDF handed to another
program (the system viewer) is written to :func:`viewer_folder`, owner-only,
emptied when the program starts and when it quits.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from imh_desktop import APP_NAME
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.text import MAX_PDF_PASSWORD, check_pdf_password
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.widgets import warning_color


def leaves_store_text(what: str) -> str:
    """The plain line about ``what`` (a translated noun: "this report") leaving the program."""
    return QCoreApplication.translate(
        "ExportGuard",
        "{0} holds protected health information. Once it is saved, printed or opened in "
        "another program it leaves IMH Desktop's protected store: the program no longer "
        "controls who can read it. Keep it only where your agency allows, and delete it "
        "when it is no longer needed.",
    ).format(what[:1].upper() + what[1:])


def viewer_folder() -> Path:
    """The owner-only folder for PDFs handed to another program (emptied at start and exit)."""
    from platformdirs import user_cache_dir

    from imh_desktop.data.files import private_folder

    return private_folder(Path(user_cache_dir(APP_NAME, APP_NAME)) / "opened", True)


def clear_viewer_files() -> None:
    """Remove the PDFs handed to other programs (called when the program starts and quits)."""
    from platformdirs import user_cache_dir

    shutil.rmtree(Path(user_cache_dir(APP_NAME, APP_NAME)) / "opened", ignore_errors=True)


class PdfPasswordDialog(QDialog):
    """Asks for the password of a PDF about to leave the program (twice, to catch a typo)."""

    def __init__(self, what: str, required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect the PDF"))
        self.required = required
        notice = QLabel(leaves_store_text(what))
        notice.setWordWrap(True)
        self.protect_check = QCheckBox(self.tr("Protect it with a password (AES-256)"))
        self.protect_check.setChecked(required)
        self.protect_check.setEnabled(not required)
        self.password = QLineEdit()
        self.confirm = QLineEdit()
        for edit, name in ((self.password, "Password"), (self.confirm, "Password again")):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(MAX_PDF_PASSWORD)
            edit.setAccessibleName(self.tr(name))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setStyleSheet(f"color: {warning_color(self.palette()).name()};")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Again:"), self.confirm)
        form.addRow("", self.error)
        rule = self.tr("The agency requires a password on every PDF saved outside the program.")
        hint = QLabel(rule if required else self.tr("Give the password to the reader separately."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addWidget(self.protect_check)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.protect_check.toggled.connect(self._on_protect_toggled)
        self._on_protect_toggled(self.protect_check.isChecked())
        self.setMinimumWidth(460)

    def value(self) -> str | None:
        """The password chosen, or None for a PDF without one."""
        return self.password.text() if self.protect_check.isChecked() else None

    def _on_protect_toggled(self, on: bool) -> None:
        self.password.setEnabled(on)
        self.confirm.setEnabled(on)
        if on:
            self.password.setFocus()

    def accept(self) -> None:
        problem = self._problem()
        if problem is None:
            super().accept()
            return
        self.error.setText(problem)
        self.error.show()
        self.password.setFocus()

    def _problem(self) -> str | None:
        password = self.value()
        if password is None:
            return None
        try:
            check_pdf_password(password)
        except DomainError as exc:
            return user_message(exc)
        if self.confirm.text() != password:
            return self.tr("The two passwords differ; type them again.")
        return None


class ExportGuard:
    """The session's notice about files leaving the program, and its PDF password prompt."""

    def __init__(self, svc: ServiceContext) -> None:
        self.svc = svc
        self.acknowledged = False  # the notice was accepted once this session

    def confirm(self, parent: QWidget | None, what: str) -> bool:
        """The first time per session, say that ``what`` leaves the store; True to go on."""
        if self.acknowledged:
            return True
        box = QMessageBox(QMessageBox.Icon.Information, self._tr("Leaving IMH Desktop"),
                          leaves_store_text(what), parent=parent)  # fmt: skip
        box.setInformativeText(self._tr("This reminder is shown once per session."))
        go_on = box.addButton(self._tr("Continue"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(go_on)
        box.exec()
        self.acknowledged = box.clickedButton() is go_on
        return self.acknowledged

    def password_required(self) -> bool:
        from imh_desktop.services.admin.agency import get_settings

        return get_settings(self.svc).pdf_password_required

    def pdf_password(self, parent: QWidget | None, what: str) -> tuple[bool, str | None]:
        """Ask for the PDF's password: (go on?, the password or None for none)."""
        dialog = PdfPasswordDialog(what, self.password_required(), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False, None
        self.acknowledged = True  # the same notice was just read
        return True, dialog.value()

    @staticmethod
    def _tr(text: str) -> str:
        return QCoreApplication.translate("ExportGuard", text)
