"""Dialogs of the visit editor: amend a signed note, and a save conflict shown side by side."""

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
from imh_desktop.services.visits.records import NoteInput, NoteRecord
from imh_desktop.ui.common.compare import CompareDialog, fields_text

_TEXT_SECTIONS = (
    ("observation", "Observation"),
    ("caregiver_response", "Caregiver's response"),
    ("child_presentation", "Child's presentation"),
    ("plan", "Plan"),
    ("reflection", "Specialist's reflection"),
    ("family_note", "For the family"),
)


class AmendDialog(QDialog):
    """Add an amendment to a signed note: section, reason and text (all required)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Amend the signed note")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "The signed note stays as it was. Your amendment is added below it, "
            "with your name, the time and the reason."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.section = QComboBox()
        for key, label in AMEND_SECTIONS.items():
            self.section.addItem(label, key)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText("e.g. Wrong name in the observation")
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        form.addRow("&Section:", self.section)
        form.addRow("&Reason:", self.reason)
        form.addRow("&Amendment:", self.text)
        for widget, name in ((self.section, "Section"), (self.reason, "Reason"),
                             (self.text, "Amendment text")):  # fmt: skip
            widget.setAccessibleName(name)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add amendment")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    def values(self) -> tuple[str, str, str]:
        return self.section.currentData(), self.reason.text(), self.text.toPlainText()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def _note_text(sections: dict[str, str]) -> str:
    return fields_text([(label, sections.get(key, "")) for key, label in _TEXT_SECTIONS])


class ConflictDialog(CompareDialog):
    """Someone else saved the note: show theirs beside mine; nothing typed is lost.

    Accept = save mine over theirs; reject = keep editing (mine stays in the editor).
    """

    def __init__(self, mine: NoteInput, theirs: NoteRecord, parent: QWidget | None = None) -> None:
        saved_by = theirs.author_name or "someone else"
        super().__init__(
            "Someone else saved this note",
            f"This note was saved by {saved_by} after you opened it. Both versions are "
            "below; your text is still in the editor. Copy what you need from theirs, or "
            "save yours over it.",
            _note_text({key: getattr(mine.visit, key) for key, _ in _TEXT_SECTIONS}),
            _note_text({key: getattr(theirs.visit, key) for key, _ in _TEXT_SECTIONS}),
            parent,
        )
