"""Dialogs of the visit editor: amend a signed note (a save conflict: ``note_conflicts``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.text import MAX_REASON
from imh_desktop.services.visits.notes import AMEND_SECTIONS
from imh_desktop.ui.common.service_texts import service_text


class AmendDialog(QDialog):
    """Add an amendment to a signed note: section, reason and text (all required)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend the signed note"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The signed note stays as it was. Your amendment is added below it, "
                "with your name, the time and the reason."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.section = QComboBox()
        for key, label in AMEND_SECTIONS.items():
            self.section.addItem(service_text(label), key)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. Wrong name in the observation"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        form.addRow(self.tr("&Section:"), self.section)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Amendment:"), self.text)
        for widget, name in ((self.section, "Section"), (self.reason, "Reason"),
                             (self.text, "Amendment text")):  # fmt: skip
            widget.setAccessibleName(name)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add amendment"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    def values(self) -> tuple[str, str, str]:
        return self.section.currentData(), self.reason.text(), self.text.toPlainText()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
