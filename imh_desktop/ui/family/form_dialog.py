"""The base of the family dialogs: forms with an error line under each field, OK/Cancel.

``save()`` raises a DomainError (shown under its field) or returns whether it
saved; a ConflictError goes to ``resolve_conflict`` (an editing dialog
compares the user's values with the saved ones, ``conflicts``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.errors import ConflictError, DomainError
from imh_desktop.ui.common.conflict import Choice
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.widgets import FieldForm, warning_color
from imh_desktop.ui.family.conflicts import not_saved_message


class FormDialog(QDialog):
    """OK/Cancel around one or more FieldForms; ``save()`` returns True when it saved."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QVBoxLayout(self)
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        self.general_error.setAccessibleName(self.tr("Problem"))
        self.general_error.setStyleSheet(f"color: {warning_color(self.palette()).name()};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.forms: list[FieldForm] = []

    def add_form(
        self, form: FieldForm, title: str | None = None, layout: QBoxLayout | None = None
    ) -> FieldForm:
        self.forms.append(form)
        target = self.body if layout is None else layout
        if title is None:
            target.addWidget(form)
        else:
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(form)
            target.addWidget(box)
        return form

    def finish_layout(self) -> None:
        self.body.addWidget(self.general_error)
        self.body.addWidget(self.buttons)

    def place_error(self, exc: DomainError, form: FieldForm | None = None) -> None:
        """Show ``exc`` under its field in ``form`` (or any form), else above the buttons."""
        for candidate in [form] if form is not None else self.forms:
            if candidate.show_error(exc.field, user_message(exc)):
                return
        self.general_error.setText(user_message(exc))
        self.general_error.setVisible(True)

    def check(self, form: FieldForm, validate: Callable[[], object]) -> bool:
        try:
            validate()
        except DomainError as exc:
            self.place_error(exc, form)
            return False
        return True

    def save(self) -> bool:
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        for form in self.forms:
            form.clear_errors()
        self.general_error.setVisible(False)
        try:
            saved = self.save()
        except ConflictError as exc:
            self.resolve_conflict(exc)
            return
        except DomainError as exc:
            self.place_error(exc)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        if saved:
            self.accept()
        else:
            self.adjustSize()  # make room for the messages under the fields
            self.focus_first_error()

    def resolve_conflict(self, exc: ConflictError) -> None:
        """Someone else saved first: by default say so (editing dialogs compare and choose)."""
        show_error(self, exc)

    def settle_conflict(
        self, choice: Choice, adopt: Callable[[], None], publish: Callable[[], None]
    ) -> None:
        """Act on the conflict dialog's choice: ``adopt`` takes the saved version's number
        (and the record), ``publish`` tells the views the saved version is the current one.
        """
        if choice is Choice.LATER:
            self.general_error.setText(not_saved_message())
            self.general_error.setVisible(True)
            return
        adopt()
        if choice is Choice.MINE:
            self._on_buttons_accepted()  # save again, against the version now saved
        else:
            publish()
            self.reject()

    def focus_first_error(self) -> None:
        """Put the cursor in the first field (in reading order) that shows a problem."""
        for form in self.forms:
            for name, error in form.errors.items():
                if not error.isHidden():
                    form.widgets[name].setFocus()
                    return
