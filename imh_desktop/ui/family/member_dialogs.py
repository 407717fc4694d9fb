"""Dialogs to add or edit one caregiver or one child of a family.

An edit is saved against the version the user opened; when someone else
saved it meanwhile, the user compares the two and chooses (``conflicts``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from imh_desktop.domain.errors import ConflictError
from imh_desktop.domain.inputs import ChildInput, validate_caregiver
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.common.records import CaregiverRecord, ChildRecord
from imh_desktop.services.family import families
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.family.conflicts import (
    caregiver_fields,
    child_fields,
    child_values,
    choose,
    report_gone,
    saved_member,
    values_of,
)
from imh_desktop.ui.family.dialogs import CaregiverForm, ChildForm
from imh_desktop.ui.family.form_dialog import FormDialog

if TYPE_CHECKING:
    from imh_desktop.ui.common.context import AppContext


class CaregiverDialog(FormDialog):
    """Add a caregiver to a family, or edit one; publishes the members' change after a save."""

    def __init__(
        self,
        ctx: AppContext,
        family_id: int,
        record: CaregiverRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit caregiver") if record else self.tr("Add caregiver"), parent)
        self.ctx, self.family_id, self.record = ctx, family_id, record
        self.form = CaregiverForm(with_primary=True)
        self.add_form(self.form)
        if record is not None:
            self.form.load(record)
        self.setMinimumWidth(460)  # room for a full name and a phone number
        self.finish_layout()

    def save(self) -> bool:
        data = self.form.to_input()
        if not self.check(self.form, lambda: validate_caregiver(data, self.ctx.today())):
            return False
        if self.record is None:
            self.record = families.add_caregiver(self.ctx.svc, self.family_id, data)
        else:
            self.record = families.save_caregiver(
                self.ctx.svc, self.family_id, data, self.record.id, self.record.version
            )
        self.ctx.bus.publish(Change.of(self.family_id, Part.MEMBERS))
        return True

    def resolve_conflict(self, exc: ConflictError) -> None:
        _resolve(self, self.record, exc, self.tr("caregiver"), caregiver_fields(), values_of)


class ChildDialog(FormDialog):
    """Add a child to a family, or edit one; publishes the members' change after a save."""

    def __init__(
        self,
        ctx: AppContext,
        family_id: int,
        record: ChildRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit child") if record else self.tr("Add child"), parent)
        self.ctx, self.family_id, self.record = ctx, family_id, record
        self.form = ChildForm(ctx.today())
        self.add_form(self.form)
        if record is not None:
            self.form.load(record)
        self.setMinimumWidth(460)  # room for a full name and a phone number
        self.finish_layout()

    def save(self) -> bool:
        given: list[ChildInput] = []
        if not self.check(self.form, lambda: given.append(self.form.valid_input(self.ctx.today()))):
            return False
        data = given[0]
        if self.record is None:
            self.record = families.add_child(self.ctx.svc, self.family_id, data)
        else:
            self.record = families.save_child(
                self.ctx.svc, self.family_id, data, self.record.id, self.record.version
            )
        self.ctx.bus.publish(Change.of(self.family_id, Part.MEMBERS))
        return True

    def resolve_conflict(self, exc: ConflictError) -> None:
        _resolve(self, self.record, exc, self.tr("child"), child_fields(), child_values)


def _resolve(
    dialog: CaregiverDialog | ChildDialog, loaded: CaregiverRecord | ChildRecord | None,
    exc: ConflictError, what: str, labels: Mapping[str, str],
    values: Callable[[object], dict[str, object]],
) -> None:  # fmt: skip
    """Compare the user's caregiver/child with the saved one and act on the choice."""
    if loaded is None:  # a new member has no version: nothing to compare
        show_error(dialog, exc)
        return
    theirs = saved_member(dialog.ctx, dialog.family_id, loaded)
    if theirs is None:
        report_gone(dialog.place_error, what)
        return
    choice = choose(dialog, what, labels, values(dialog.form.to_input()), values(theirs))
    dialog.settle_conflict(
        choice,
        lambda: setattr(dialog, "record", theirs),
        lambda: dialog.ctx.bus.publish(Change.of(dialog.family_id, Part.MEMBERS)),
    )
