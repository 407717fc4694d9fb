"""What the sign-in, set-up, password and lock windows share: a form whose check runs off
the GUI thread (Argon2 takes a noticeable fraction of a second) and a plain message line.

Threading contract: ``submit(fn, on_done)`` runs ``fn`` through the runner;
the form is disabled meanwhile and ``on_done(result)`` or the error message
comes back on the GUI thread. A DomainError's message is shown under the
form and focus goes to the field it names; anything else goes to
``show_error`` (logged, with details to copy).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QWidget

from imh_desktop.domain.errors import DomainError
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.tasks import Runner, run_task


def wrapped(text: str) -> QLabel:
    """A label that wraps: the forms' explanations."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def password_field(accessible_name: str) -> QLineEdit:
    """A line edit that hides what is typed and offers nothing to copy."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setMaxLength(256)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return field


class AuthForm(QDialog):
    """A small dialog with named fields, a message line and one busy state."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.fields: dict[str, QLineEdit] = {}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = False
        self._enabled: list[QWidget] = []

    def set_message(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if error and text else "")
        if text and self.height() < self.sizeHint().height():
            self.adjustSize()  # grow to show the whole message

    def submit(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], buttons: list[QPushButton]
    ) -> None:
        """Run ``fn`` in the background; the inputs wait, then ``on_done`` gets the result."""
        if self.busy:
            return
        self.busy = True
        self._enabled = [w for w in (*self.fields.values(), *buttons) if w.isEnabled()]
        for widget in self._enabled:
            widget.setEnabled(False)
        self.set_message(self.tr("Checking…"), error=False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def done(result: Any) -> None:
            self._settle()
            self.set_message("", error=False)
            on_done(result)

        run_task(self.runner, fn, done, self._on_failed, self)

    def _settle(self) -> None:
        self.busy = False
        QGuiApplication.restoreOverrideCursor()
        for widget in self._enabled:
            widget.setEnabled(True)

    def _on_failed(self, exc: BaseException) -> None:
        self._settle()
        if not isinstance(exc, DomainError):
            self.set_message("", error=False)
            show_error(self, exc)
            return
        self.set_message(user_message(exc))
        self.on_refused(exc)

    def on_refused(self, exc: DomainError) -> None:
        """After a refusal: focus the field at fault (subclasses clear what must be retyped)."""
        field = self.fields.get(exc.field or "")
        if field is not None:
            field.selectAll()
            field.setFocus()
