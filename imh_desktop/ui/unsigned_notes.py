""" "My unsigned notes": how long each has waited (days and working days); double-click opens it.

Also offers back, at start-up, any drafts left by a crash or power cut.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.services import notes
from imh_desktop.services.note_records import UnsignedNote
from imh_desktop.services.records import StaffRecord
from imh_desktop.ui.visit_editor import VisitNoteEditor, open_visit_editor
from imh_desktop.ui.visit_editor_layout import local_time
from imh_desktop.ui.widgets import (
    ListColumn,
    RecordListModel,
    format_date,
    list_table,
    warning_color,
)

AnyIndex = QModelIndex | QPersistentModelIndex


def _waiting(n: UnsignedNote) -> str:
    if n.days_waiting == 0:
        return "today"
    return f"{n.days_waiting} day" + ("s" if n.days_waiting != 1 else "")


COLUMNS = (
    ListColumn("Visit date", lambda n: n.visit_date),
    ListColumn("Family", lambda n: n.family_name),
    ListColumn("Case", lambda n: n.case_number),
    ListColumn("Outcome", lambda n: n.outcome),
    ListColumn("Waiting", _waiting, align_right=True),
    ListColumn("Working days", lambda n: n.working_days_waiting, align_right=True),
    ListColumn("Deadline", lambda n: "Late" if n.late else ""),
)


class UnsignedNotesModel(RecordListModel):
    """The author's unsigned notes, oldest first; late ones in the warning colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self._warn = warning_color(parent.palette()) if parent is not None else None

    @property
    def notes(self) -> list[UnsignedNote]:
        return self.records

    def set_notes(self, items: list[UnsignedNote]) -> None:
        self.set_records(items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and self._warn
            and self.records[index.row()].late
        ):
            return self._warn
        return super().data(index, role)


class UnsignedNotesDialog(QDialog):
    """A non-modal list of the user's unsigned notes; opening one starts its editor."""

    def __init__(
        self, db, actor: StaffRecord, today: dt.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.today = today or dt.date.today()
        self.setWindowTitle("My unsigned notes")
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.model = UnsignedNotesModel(self)
        self.table = list_table(self.model, "Unsigned notes", stretch_column=1)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        items = notes.list_unsigned(self.db, self.actor.id, self.today)
        self.model.set_notes(items)
        late = sum(n.late for n in items)
        self.summary.setText(
            "No unsigned notes." if not items
            else f"{len(items)} unsigned note{'s' if len(items) != 1 else ''}"
            + (f", {late} past the signing deadline." if late else ".")
        )  # fmt: skip

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        note = self.model.notes[index.row()]
        editor = open_visit_editor(
            self.parentWidget() or self, self.db, self.actor, note.family_id, note.visit_id
        )
        editor.saved.connect(self._on_editor_changed)
        editor.signed.connect(self._on_editor_changed)

    def _on_editor_changed(self, _visit_id: int) -> None:
        self.refresh()


def offer_drafts(
    parent: QWidget, db, actor: StaffRecord, draft_ids: set[int] | None = None
) -> list[VisitNoteEditor]:
    """At start-up, offer back each draft left by a crash; open the ones the user restores.

    ``draft_ids`` limits the offer to the drafts found at start-up.
    """
    opened = []
    for draft in notes.list_drafts(db, actor.id):
        if draft_ids is not None and draft.id not in draft_ids:
            continue
        when = local_time(draft.saved_at)
        answer = QMessageBox.question(
            parent, "Restore unsaved note",
            f"Restore the unsaved note for {draft.family_name} from "
            f"{format_date(when.date())} {when:%H:%M}?",
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            editor = VisitNoteEditor(
                db, actor, draft.family_id, draft.visit_id, parent=parent, restore=True
            )
            editor.show()
            opened.append(editor)
        else:
            notes.discard_draft(db, actor.id, draft.family_id, draft.visit_id)
    return opened
