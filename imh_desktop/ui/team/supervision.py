"""Reflective supervision with one specialist: the sessions so far, and a form for a new one.

Opened from the team view on a specialist's page. The supervisor records a
session (date, minutes, the families discussed, a private note); the list shows
each note only to the two people of its session. The supervisor who recorded a
session can load it back into the form to correct it, or delete it after a
confirmation; both are checked against the version loaded, and a session saved
meanwhile by another window opens the compare-and-choose ConflictDialog.
Saving publishes a staff Change so the team view reads the hours again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.errors import ConflictError, DomainError
from imh_desktop.domain.permissions import Permission, Relation
from imh_desktop.domain.supervision import MAX_SUPERVISION_MINUTES, SupervisionInput
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import families
from imh_desktop.services.team import supervision
from imh_desktop.services.team.supervision import SupervisionRecord
from imh_desktop.ui.common.conflict import Choice, ConflictDialog, compare
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.local_format import format_date
from imh_desktop.ui.common.permissions import may
from imh_desktop.ui.common.widgets import (
    DateEdit,
    FieldForm,
    ListColumn,
    RecordListModel,
    list_table,
)


class SupervisionDialog(QDialog):
    """Sessions with ``specialist_id``; a supervisor of the team also records new ones."""

    def __init__(
        self, ctx: AppContext, specialist_id: int, specialist_name: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx, self.specialist_id = ctx, specialist_id
        self.setWindowTitle(self.tr("Reflective supervision — {name}").format(name=specialist_name))
        layout = QVBoxLayout(self)
        self.model = RecordListModel([
            ListColumn(self.tr("Date"), lambda s: s.held_on),
            ListColumn(self.tr("Minutes"), lambda s: s.minutes, align_right=True),
            ListColumn(self.tr("With"), lambda s: s.supervisor_name),
            ListColumn(self.tr("Families discussed"), lambda s: "; ".join(s.families)),
            ListColumn(self.tr("Private note"), self._note_text),
        ], self)  # fmt: skip
        sessions = QGroupBox(self.tr("Sessions"))
        self.table = list_table(self.model, self.tr("Supervision sessions"))
        box = QVBoxLayout(sessions)
        box.addWidget(self.table)
        self.can_record = may(ctx, Permission.SUPERVISE, Relation.TEAM)
        self.editing: SupervisionRecord | None = None  # the session loaded into the form
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.edit_button.setToolTip(self.tr("Only the supervisor who recorded a session edits it"))
        for button in (self.edit_button, self.delete_button):
            button.setVisible(self.can_record)
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        layout.addWidget(sessions, 1)
        self.form = FieldForm()
        f = self.form
        self.held_on = f.add_field("held_on", self.tr("&Date:"), DateEdit(today=ctx.today()))
        self.minutes = f.add_field("minutes", self.tr("&Minutes:"), QSpinBox())
        self.minutes.setRange(1, MAX_SUPERVISION_MINUTES)
        self.minutes.setValue(60)
        self.families = f.add_field("families", self.tr("&Families discussed:"), QListWidget())
        f.fix_height(self.families, 90)
        self.note = f.add_field("private_note", self.tr("&Private note:"), QPlainTextEdit())
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Seen only by you and the specialist"))
        f.fix_height(self.note, 80)
        self.form_box = QGroupBox(self.tr("Record a session"))
        QVBoxLayout(self.form_box).addWidget(self.form)
        layout.addWidget(self.form_box)
        self.form_box.setVisible(self.can_record)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("&Record session"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_edit_button = buttons.addButton(
            self.tr("Ca&ncel edit"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_edit_button.setVisible(False)
        self.cancel_edit_button.clicked.connect(self._leave_edit)
        self.save_button.setVisible(self.can_record)
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 620 if self.can_record else 380)
        if self.can_record:
            for family in families.list_families(ctx.svc, specialist_id):
                item = QListWidgetItem(f"{family.case_number} {family.display_name}")
                item.setData(Qt.ItemDataRole.UserRole, family.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.families.addItem(item)
        self.refresh()

    def _note_text(self, record: SupervisionRecord) -> str:
        if record.note_hidden:
            return self.tr("(private to the specialist and {name})").format(
                name=record.supervisor_name
            )
        return record.private_note.split("\n", 1)[0]

    def refresh(self) -> None:
        """Read the specialist's sessions again (a short list: read at once)."""
        self.model.set_records(supervision.list_supervision(self.ctx.svc, self.specialist_id))
        self._on_selection_changed()

    def selected(self) -> SupervisionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        records = self.model.records
        return records[rows[0].row()] if rows and rows[0].row() < len(records) else None

    def _on_selection_changed(self, *_args: object) -> None:
        chosen = self.selected()
        mine = chosen is not None and chosen.editable_by(self.ctx.user.id)
        self.edit_button.setEnabled(mine)
        self.delete_button.setEnabled(mine)

    def chosen_families(self) -> tuple[int, ...]:
        items = (self.families.item(i) for i in range(self.families.count()))
        return tuple(int(i.data(Qt.ItemDataRole.UserRole)) for i in items
                     if i.checkState() == Qt.CheckState.Checked)  # fmt: skip

    def session_input(self) -> SupervisionInput:
        return SupervisionInput(
            self.specialist_id, self.held_on.value() or self.ctx.today(), self.minutes.value(),
            self.chosen_families(), self.note.toPlainText(),
        )  # fmt: skip

    # Editing --------------------------------------------------------------
    def _check_families(self, ids: tuple[int, ...], names: tuple[str, ...]) -> None:
        """Tick ``ids``; one no longer on the caseload is listed (ticked) so it stays linked."""
        present = {int(self.families.item(i).data(Qt.ItemDataRole.UserRole))
                   for i in range(self.families.count())}  # fmt: skip
        for family_id, name in zip(ids, names, strict=False):
            if family_id not in present:
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, family_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.families.addItem(item)
        for i in range(self.families.count()):
            item = self.families.item(i)
            ticked = int(item.data(Qt.ItemDataRole.UserRole)) in ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _load(self, record: SupervisionRecord) -> None:
        self.editing = record
        self.held_on.set_value(record.held_on)
        self.minutes.setValue(record.minutes)
        self._check_families(record.family_ids, record.families)
        self.note.setPlainText(record.private_note)
        self.form_box.setTitle(self.tr("Edit the session of {day}").format(
            day=format_date(record.held_on)))  # fmt: skip
        self.save_button.setText(self.tr("&Save changes"))
        self.cancel_edit_button.setVisible(True)

    def _leave_edit(self) -> None:
        self.editing = None
        self.form.clear_errors()
        self.held_on.set_value(self.ctx.today())
        self.minutes.setValue(60)
        self.note.clear()
        self._check_families((), ())
        self.form_box.setTitle(self.tr("Record a session"))
        self.save_button.setText(self.tr("&Record session"))
        self.cancel_edit_button.setVisible(False)

    def _on_edit_clicked(self, *_args: object) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.editable_by(self.ctx.user.id):
            self.form.clear_errors()
            self._load(chosen)
            self.held_on.setFocus()

    def _on_delete_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.editable_by(self.ctx.user.id):
            return
        answer = QMessageBox.question(
            self, self.tr("Delete this session?"),
            self.tr("Delete the supervision session of {day} ({n} minutes) with its private "
                    "note? This cannot be undone.").format(
                day=format_date(chosen.held_on), n=chosen.minutes),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            supervision.delete_supervision(self.ctx.svc, chosen.id, chosen.version)
        except DomainError as exc:  # changed or deleted meanwhile: say so, show the list now
            QMessageBox.information(self, self.tr("Not deleted"), exc.message)
            self.refresh()
            return
        if self.editing is not None and self.editing.id == chosen.id:
            self._leave_edit()
        self.ctx.bus.publish(Change.of(None, Part.STAFF))
        self.refresh()

    def _labels(self) -> dict[str, str]:
        return {
            "held_on": self.tr("Date"), "minutes": self.tr("Minutes"),
            "families": self.tr("Families discussed"), "private_note": self.tr("Private note"),
        }  # fmt: skip

    def _on_conflict(self, data: SupervisionInput) -> bool:
        """Saved meanwhile: compare and choose. True when the form's edit is settled."""
        assert self.editing is not None
        theirs = next((s for s in supervision.list_supervision(self.ctx.svc, self.specialist_id)
                       if s.id == self.editing.id), None)  # fmt: skip
        if theirs is None:
            self.form.show_error("held_on", self.tr("That session was deleted meanwhile."))
            return False
        names = dict(zip(theirs.family_ids, theirs.families, strict=False))
        names.update(
            {
                int(self.families.item(i).data(Qt.ItemDataRole.UserRole)): self.families.item(
                    i
                ).text()
                for i in range(self.families.count())
            }
        )
        mine = {
            "held_on": data.held_on, "minutes": data.minutes, "private_note": data.private_note,
            "families": sorted(names.get(i, "") for i in data.family_ids),
        }  # fmt: skip
        saved = {
            "held_on": theirs.held_on, "minutes": theirs.minutes,
            "private_note": theirs.private_note, "families": sorted(theirs.families),
        }  # fmt: skip
        rows = compare(self._labels(), mine, saved)
        choice = ConflictDialog(self.tr("supervision session"), rows, parent=self).ask()
        if choice is Choice.THEIRS:
            return True
        if choice is not Choice.MINE:
            self.editing = theirs  # saving again now means "mine over theirs"
            self.form.show_error("held_on", self.tr(
                "Not saved: someone else's version is newer. Yours is kept here."))  # fmt: skip
            return False
        supervision.update_supervision(self.ctx.svc, theirs.id, data, theirs.version)
        return True

    def _on_save_clicked(self) -> None:
        self.form.clear_errors()
        data = self.session_input()
        try:
            if self.editing is None:
                supervision.record_supervision(self.ctx.svc, data)
            else:
                try:
                    supervision.update_supervision(
                        self.ctx.svc, self.editing.id, data, self.editing.version
                    )
                except ConflictError:
                    if not self._on_conflict(data):
                        return
        except DomainError as exc:
            if not self.form.show_error(exc.field, user_message(exc)):
                self.form.show_error("held_on", user_message(exc))
            return
        self._leave_edit()
        self.ctx.bus.publish(Change.of(None, Part.STAFF))
        self.refresh()
