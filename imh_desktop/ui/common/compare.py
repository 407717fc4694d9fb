"""Someone else saved the record after it was opened: both versions side by side, then choose.

Used by the visit note and the goal dialogs: nothing typed is lost, the user
reads what the other person saved, and either saves theirs over it or goes
back to editing.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def fields_text(fields: list[tuple[str, str]]) -> str:
    """Labelled fields as plain text, one block each ("Label:\\nvalue"); empty shows "—"."""
    return "\n\n".join(f"{label}:\n{value.strip() or '—'}" for label, value in fields)


class CompareDialog(QDialog):
    """Mine beside theirs. Accept = save mine over theirs; reject = keep editing."""

    def __init__(
        self, title: str, intro: str, mine: str, theirs: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        grid = QGridLayout()
        views = []
        columns = ((self.tr("Your version (not saved yet)"), mine),
                   (self.tr("The saved version"), theirs))  # fmt: skip
        for col, (heading, text) in enumerate(columns):
            grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, col)
            view = QPlainTextEdit(text)
            view.setReadOnly(True)
            view.setAccessibleName(heading)
            grid.addWidget(view, 1, col)
            views.append(view)
        self.mine_view, self.theirs_view = views
        layout.addLayout(grid)
        buttons = QDialogButtonBox()
        self.overwrite = buttons.addButton(
            self.tr("Save mine over theirs"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep = buttons.addButton(
            self.tr("Keep editing"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 560)
