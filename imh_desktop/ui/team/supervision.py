"""Reflective supervision with one specialist: the sessions so far, and a form for a new one.

Opened from the team view on a specialist's page. The supervisor records a
session (date, minutes, the families discussed, a private note); the list shows
each note only to the two people of its session. Saving publishes a staff
Change so the team view reads the hours again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import Permission, Relation
from imh_desktop.domain.supervision import MAX_SUPERVISION_MINUTES, SupervisionInput
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import families
from imh_desktop.services.team import supervision
from imh_desktop.services.team.supervision import SupervisionRecord
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message
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
        QVBoxLayout(sessions).addWidget(self.table)
        layout.addWidget(sessions, 1)
        self.can_record = may(ctx, Permission.SUPERVISE, Relation.TEAM)
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
        new = QGroupBox(self.tr("Record a session"))
        QVBoxLayout(new).addWidget(self.form)
        layout.addWidget(new)
        new.setVisible(self.can_record)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("&Record session"), QDialogButtonBox.ButtonRole.ActionRole
        )
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

    def chosen_families(self) -> tuple[int, ...]:
        items = (self.families.item(i) for i in range(self.families.count()))
        return tuple(int(i.data(Qt.ItemDataRole.UserRole)) for i in items
                     if i.checkState() == Qt.CheckState.Checked)  # fmt: skip

    def _on_save_clicked(self) -> None:
        self.form.clear_errors()
        data = SupervisionInput(
            self.specialist_id, self.held_on.value() or self.ctx.today(), self.minutes.value(),
            self.chosen_families(), self.note.toPlainText(),
        )  # fmt: skip
        try:
            supervision.record_supervision(self.ctx.svc, data)
        except DomainError as exc:
            if not self.form.show_error(exc.field, user_message(exc)):
                self.form.show_error("held_on", user_message(exc))
            return
        self.note.clear()
        for i in range(self.families.count()):
            self.families.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.ctx.bus.publish(Change.of(None, Part.STAFF))
        self.refresh()
