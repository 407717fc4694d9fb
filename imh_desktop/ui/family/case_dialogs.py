"""Dialogs that change a case's course: close it, or give it to another specialist.

Each publishes the family's change on the context's bus after a successful save.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from imh_desktop.domain.enums import ClosureReason
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.common.records import FamilyRecord, StaffRecord
from imh_desktop.services.family import families
from imh_desktop.ui.common.widgets import DateEdit, EnumCombo, FieldForm
from imh_desktop.ui.family.dialogs import FormDialog, specialist_choices

if TYPE_CHECKING:
    from imh_desktop.ui.common.context import AppContext


class CloseCaseDialog(FormDialog):
    """Close a case with a date and a reason (and a note, required for "other")."""

    def __init__(
        self, ctx: AppContext, family: FamilyRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(f"Close case {family.case_number}", parent)
        self.ctx, self.family = ctx, family
        intro = QLabel(
            f"Closing the case of the {family.display_name}. It stays readable "
            "and can be reopened later."
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.form = FieldForm()
        self.add_form(self.form)
        self.closed_on = self.form.add_field(
            "closed_on", "Closure date:", DateEdit(today=ctx.today())
        )
        self.reason = self.form.add_field("reason", "Reason:", EnumCombo(list(ClosureReason)))
        self.note = self.form.add_field("closure_note", "Note:", QPlainTextEdit())
        self.note.setMaximumHeight(90)
        self.finish_layout()
        self.buttons.button(self.buttons.StandardButton.Ok).setText("Close case")

    def save(self) -> bool:
        self.family = families.close_family(
            self.ctx.svc,
            self.family.id,
            self.closed_on.value() or self.ctx.today(),
            self.reason.value(),
            self.note.toPlainText(),
            expected_version=self.family.version,
        )
        self.ctx.bus.publish(Change.of(self.family.id, Part.FAMILY))
        return True


class ReassignDialog(FormDialog):
    """Give a family to another specialist."""

    def __init__(
        self,
        ctx: AppContext,
        family: FamilyRecord,
        staff: Sequence[StaffRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(f"Reassign {family.case_number}", parent)
        self.ctx, self.family = ctx, family
        intro = QLabel(
            f"The {family.display_name} ({family.case_number}) is with "
            f"{family.specialist_name}. Choose the specialist who takes the case over."
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.setMinimumWidth(420)
        self.form = FieldForm()
        self.add_form(self.form)
        combo = QComboBox()
        for person in specialist_choices(staff, ctx, Permission.REASSIGN, family.specialist_id):
            combo.addItem(person.full_name, person.id)
        combo.setCurrentIndex(max(combo.findData(family.specialist_id), 0))
        self.specialist = self.form.add_field("specialist_id", "New specialist:", combo)
        self.finish_layout()
        self.buttons.button(self.buttons.StandardButton.Ok).setText("Reassign")

    def save(self) -> bool:
        self.family = families.reassign_family(
            self.ctx.svc,
            self.family.id,
            self.specialist.currentData() or 0,
            expected_version=self.family.version,
        )
        self.ctx.bus.publish(Change.of(self.family.id, Part.FAMILY))
        return True
