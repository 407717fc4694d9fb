""" "My unsigned notes": how long each has waited (days and working days); double-click opens it.

The list is read through ``ctx.runner``, and read again when a Change on
``ctx.bus`` touches visits or drafts (at once when shown, else when next
shown). Also offers back, at start-up, any drafts left by a crash or power cut.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.visits import drafts as note_drafts
from imh_desktop.services.visits import lists as note_lists
from imh_desktop.services.visits.records import UnsignedNote
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.local_format import format_date
from imh_desktop.ui.common.reread import RereadWhenShown
from imh_desktop.ui.common.tasks import LatestOnly
from imh_desktop.ui.common.widgets import (
    ListColumn,
    RecordListModel,
    list_table,
    warning_color,
)
from imh_desktop.ui.visits.editor import VisitNoteEditor, open_visit_editor
from imh_desktop.ui.visits.editor_layout import local_time

AnyIndex = QModelIndex | QPersistentModelIndex


class UnsignedNoteWords(QObject):
    """The waiting and deadline cells, in a QObject so that lupdate reads their plurals."""

    def waiting(self, n: UnsignedNote) -> str:
        if n.days_waiting == 0:
            return self.tr("today")
        days = n.days_waiting  # lupdate reads a plain name as the count, not an attribute
        return self.tr("%n day(s)", "", days)

    def deadline(self, n: UnsignedNote) -> str:
        """Late, due today, or how many working days are left to sign it in time."""
        if n.late:
            return self.tr("Late")
        if n.working_days_left == 0:
            return self.tr("Due today")
        left = n.working_days_left
        return self.tr("%n working day(s) left", "", left)


_WORDS = UnsignedNoteWords()


def _waiting(n: UnsignedNote) -> str:
    return _WORDS.waiting(n)


def _deadline(n: UnsignedNote) -> str:
    return _WORDS.deadline(n)


COLUMNS = (
    ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Visit date"), lambda n: n.visit_date),
    ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Family"), lambda n: n.family_name),
    ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Case"), lambda n: n.case_number),
    ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Outcome"), lambda n: n.outcome),
    ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Waiting"), _waiting, align_right=True),
    ListColumn(
        QT_TRANSLATE_NOOP("ListColumn", "Working days"),
        lambda n: n.working_days_waiting,
        align_right=True,
    ),
    ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Deadline"), lambda n: _deadline(n)),
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


class UnsignedNotesDialog(RereadWhenShown, QDialog):
    """A non-modal list of the user's unsigned notes; opening one starts its editor."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._reads = LatestOnly(ctx.runner, self)
        self.setWindowTitle(self.tr("My unsigned notes"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.model = UnsignedNotesModel(self)
        self.table = list_table(
            self.model,
            QCoreApplication.translate("UnsignedNotesDialog", "Unsigned notes"),
            stretch_column=1,
        )
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)
        self.resize(760, 420)
        self.reread_on(ctx.bus, Part.VISITS, Part.DRAFTS)
        self.refresh()

    def refresh(self) -> None:
        """Read the user's unsigned notes again (through the runner)."""
        self.mark_read()
        svc = self.ctx.svc
        self._reads.start(
            lambda: note_lists.list_unsigned(svc, svc.user_id, svc.today()),
            self._show,
            self._on_failed,
        )

    def _on_failed(self, exc: BaseException) -> None:
        raise exc  # the application's error handler shows it

    def _show(self, items: list[UnsignedNote]) -> None:
        self.model.set_notes(items)
        late = sum(n.late for n in items)
        self.summary.setText(
            self.tr("No unsigned notes.") if not items
            else self.tr("%n unsigned note(s)", "", len(items))
            + (self.tr(", %n past the signing deadline.", "", late) if late else ".")
        )  # fmt: skip

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        note = self.model.notes[index.row()]
        open_visit_editor(self.ctx, self.parentWidget() or self, note.family_id, note.visit_id)


def offer_drafts(
    ctx: AppContext, parent: QWidget, draft_ids: set[int] | None = None
) -> list[VisitNoteEditor]:
    """At start-up, offer back each draft left by a crash; open the ones the user restores.

    ``draft_ids`` limits the offer to the drafts found at start-up.
    """
    opened = []
    for draft in note_drafts.list_drafts(ctx.svc):
        if draft_ids is not None and draft.id not in draft_ids:
            continue
        when = local_time(draft.saved_at, ctx.clock)
        answer = QMessageBox.question(
            parent, "Restore unsaved note",
            f"Restore the unsaved note for {draft.family_name} from "
            f"{format_date(when.date())} {when:%H:%M}?",
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            editor = VisitNoteEditor(
                ctx, draft.family_id, draft.visit_id, parent=parent, restore=True
            )
            editor.show()
            opened.append(editor)
        else:
            note_drafts.discard_draft(ctx.svc, draft.family_id, draft.visit_id)
            ctx.bus.publish(Change.of(draft.family_id, Part.DRAFTS))
    return opened
