"""Errors in two kinds: a DomainError is a plain message (a refusal too: "Not allowed");
anything else is logged and shown with details the user can copy for support. Never a bare
traceback.

The details (in the log and behind "Copy details") are redacted: exception
types, error codes, SQL with placeholders and code lines, never an
exception's message, which may quote a name or a note
(``services.common.diagnostics``).
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop import APP_NAME
from imh_desktop.domain.errors import ConflictError, DomainError, PermissionDeniedError
from imh_desktop.services.common.diagnostics import redacted_details
from imh_desktop.ui.common.i18n import user_message

log = logging.getLogger("imh_desktop")


class ErrorDialog(QDialog):
    """An unexpected error: a short apology, and the details to copy for support."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{0}: something went wrong").format(APP_NAME))
        self.details = details
        layout = QVBoxLayout(self)
        message = QLabel(
            self.tr(
                "Something unexpected went wrong and this action did not finish. "
                "Nothing was half-saved: each change is saved whole or not at all.\n\n"
                "If it happens again, copy the details below and send them to your administrator."
            )
        )
        message.setWordWrap(True)
        layout.addWidget(message)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Error details"))
        self.text.setMinimumSize(560, 200)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user about ``exc``: plainly for a DomainError, with details otherwise."""
    if isinstance(exc, ConflictError):
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("show_error", "Someone else saved first"),
            user_message(exc),
        )
    elif isinstance(exc, PermissionDeniedError):
        title = QCoreApplication.translate("show_error", "Not allowed")
        QMessageBox.information(parent, f"{APP_NAME}: {title}", user_message(exc))
    elif isinstance(exc, DomainError):
        QMessageBox.warning(parent, APP_NAME, user_message(exc))
    else:
        details = redacted_details(exc)
        log.error("Unexpected error\n%s", details)
        ErrorDialog(details, parent).exec()


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    exc.__traceback__ = tb
    app = QApplication.instance()
    parent = app.activeWindow() if isinstance(app, QApplication) else None
    show_error(parent, exc)


def install_error_handler() -> None:
    """Route exceptions escaping Qt slots to ``show_error`` instead of stderr only."""
    sys.excepthook = _excepthook
