"""Someone else saved first: compare the two versions field by field and choose.

Any record saved with the version the user loaded (a family, a caregiver, a
child, a visit note, a draft) can come back with a ConflictError. This dialog
shows each field as the user has it ("yours") beside the saved one ("theirs"),
the fields that differ marked, and offers:

- **Save mine over theirs**: save again, against the version now saved;
- **Keep theirs**: drop what the user changed (after copying it, if wanted);
- **Copy mine**: put the user's version on the clipboard as text (the dialog stays);
- **Decide later** (Esc): back to the form, the user's values still in it.

Nothing typed is lost unless the user chooses to keep theirs.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_date


class Choice(enum.Enum):
    """What the user chose in the conflict dialog."""

    MINE = "mine"  # save mine over theirs
    THEIRS = "theirs"  # keep the saved version, drop mine
    LATER = "later"  # neither yet: back to the form, mine still in it


@dataclass(frozen=True)
class FieldVersions:
    """One field as the user has it and as it is saved, both as shown on screen."""

    label: str
    mine: str
    theirs: str

    @property
    def differs(self) -> bool:
        return self.mine != self.theirs


def shown(value: object) -> str:
    """A field's value as a person reads it (dates, choices, yes/no, empty)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("conflict", "Yes" if value else "No")
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, enum.Enum):
        return label(value)
    if isinstance(value, list | tuple):
        return ", ".join(shown(v) for v in value) or "—"
    return str(value)


def compare(
    labels: Mapping[str, str], mine: Mapping[str, object], theirs: Mapping[str, object]
) -> list[FieldVersions]:
    """The fields named in ``labels`` (in that order), read from both versions."""
    return [
        FieldVersions(text, shown(mine.get(name)), shown(theirs.get(name)))
        for name, text in labels.items()
    ]


def as_text(rows: Iterable[FieldVersions], which: str = "mine") -> str:
    """One version as plain text, a field a paragraph ("Label: value")."""
    return "\n\n".join(f"{row.label}: {getattr(row, which)}" for row in rows)


class ConflictDialog(QDialog):
    """Yours beside the saved version, field by field; see the module docstring."""

    def __init__(
        self, what: str, rows: Sequence[FieldVersions], saved_by: str = "",
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.rows, self.choice = list(rows), Choice.LATER
        self.setWindowTitle(self.tr("Someone else saved this {0}").format(what))
        layout = QVBoxLayout(self)
        who = saved_by or self.tr("someone else")
        changed = sum(row.differs for row in self.rows)
        self.intro = intro = QLabel(
            self.tr(
                "This {what} was saved by {who} after you opened it. {n} field(s) differ "
                "(marked). Nothing you typed is lost: save yours over theirs, keep theirs, "
                "or copy yours first."
            ).format(what=what, who=who, n=changed)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Yours (not saved)"), self.tr("Saved now")]
        )
        self.table.setAccessibleName(self.tr("Your version and the saved version"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        marked = QBrush(QColor("#fff4cc"))
        for r, row in enumerate(self.rows):
            mark = " ≠" if row.differs else ""
            for c, text in enumerate((row.label + mark, row.mine, row.theirs)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if row.differs:
                    item.setBackground(marked)
                    item.setForeground(QBrush(QColor("#1f1f1f")))
                    if c == 0:
                        bold = QFont(item.font())
                        bold.setBold(True)
                        item.setFont(bold)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)  # every label fits, shown or hidden
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        # Wrapped rows get their height once the columns have their width, and again on resize.
        header.sectionResized.connect(self._on_section_resized)
        self.only_differences = QCheckBox(self.tr("Show only the fields that differ"))
        self.only_differences.toggled.connect(self._on_only_differences_toggled)
        self.only_differences.setChecked(changed > 0)
        layout.addWidget(self.only_differences)
        layout.addWidget(self.table, 1)
        self.copied = QLabel()
        layout.addWidget(self.copied)
        self.buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.mine_button = self.buttons.addButton(self.tr("Save mine over theirs"), role.AcceptRole)
        self.theirs_button = self.buttons.addButton(self.tr("Keep theirs"), role.DestructiveRole)
        self.copy_button = self.buttons.addButton(self.tr("Copy mine"), role.ActionRole)
        self.later_button = self.buttons.addButton(self.tr("Decide later"), role.RejectRole)
        self.theirs_button.setToolTip(
            self.tr("Your changes are dropped: copy them first if needed.")
        )
        self.mine_button.clicked.connect(self._on_mine_clicked)
        self.theirs_button.clicked.connect(self._on_theirs_clicked)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 560)

    def _on_section_resized(self, *_args: object) -> None:
        self.table.resizeRowsToContents()

    def _on_only_differences_toggled(self, only: bool) -> None:
        for r, row in enumerate(self.rows):
            self.table.setRowHidden(r, only and not row.differs)
        self.table.resizeRowsToContents()

    def mine_text(self) -> str:
        """The user's version as plain text (what Copy mine puts on the clipboard)."""
        return as_text(self.rows, "mine")

    def ask(self) -> Choice:
        """Show the dialog modally and return the choice (Decide later when closed).

        The dialog is deleted afterwards (it belongs to the window that asked).
        """
        try:
            self.exec()
            return self.choice
        finally:
            self.deleteLater()

    def _on_mine_clicked(self) -> None:
        self.choice = Choice.MINE
        self.accept()

    def _on_theirs_clicked(self) -> None:
        self.choice = Choice.THEIRS
        self.accept()

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.mine_text())
        self.copied.setText(self.tr("Your version is on the clipboard: paste it anywhere."))
