"""Dialogs to add or edit one caregiver or one child of a family.

An edit is saved against the version the user opened; when someone else
saved it meanwhile, the user compares the two and chooses (``conflicts``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from imh_desktop.domain.errors import ConflictError
from imh_desktop.domain.inputs import CaregiverInput, ChildInput, validate_caregiver
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

Member = CaregiverRecord | ChildRecord


class MemberDialog(FormDialog):
    """Add or edit one member of a family (a caregiver or a child).

    A subclass gives its form, checks and stores its input and names the
    fields a conflict compares; saving, publishing the members' change and
    settling a conflict are done here.
    """

    def __init__(
        self, ctx: AppContext, family_id: int, record: Member | None, title: str,
        form: CaregiverForm | ChildForm, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(title, parent)
        self.ctx, self.family_id, self.record = ctx, family_id, record
        self.form = form
        self.add_form(form)
        if record is not None:
            form.load(record)  # type: ignore[arg-type]  # each form loads its own record
        self.setMinimumWidth(460)  # room for a full name and a phone number
        self.finish_layout()

    def checked_input(self) -> object | None:
        """The form's input once the domain accepts it (else None, the error shown)."""
        raise NotImplementedError

    def store(self, data: Any) -> Member:
        """Add the member, or save the edit against the version opened."""
        raise NotImplementedError

    def conflict_terms(self) -> tuple[str, Mapping[str, str], Callable[[Any], dict[str, object]]]:
        """What the member is called, the fields compared and how to read their values."""
        raise NotImplementedError

    def save(self) -> bool:
        data = self.checked_input()
        if data is None:
            return False
        self.record = self.store(data)
        self.ctx.bus.publish(Change.of(self.family_id, Part.MEMBERS))
        return True

    def resolve_conflict(self, exc: ConflictError) -> None:
        """Compare the user's member with the saved one and act on the choice."""
        if self.record is None:  # a new member has no version: nothing to compare
            show_error(self, exc)
            return
        what, labels, values = self.conflict_terms()
        theirs = saved_member(self.ctx, self.family_id, self.record)
        if theirs is None:
            report_gone(self.place_error, what)
            return
        choice = choose(self, what, labels, values(self.form.to_input()), values(theirs))
        self.settle_conflict(
            choice,
            lambda: setattr(self, "record", theirs),
            lambda: self.ctx.bus.publish(Change.of(self.family_id, Part.MEMBERS)),
        )


class CaregiverDialog(MemberDialog):
    """Add a caregiver to a family, or edit one; publishes the members' change after a save."""

    def __init__(
        self, ctx: AppContext, family_id: int, record: CaregiverRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        title = _tr("Edit caregiver") if record else _tr("Add caregiver")
        super().__init__(ctx, family_id, record, title, CaregiverForm(with_primary=True), parent)

    def checked_input(self) -> CaregiverInput | None:
        data = self.form.to_input()
        assert isinstance(data, CaregiverInput)
        ok = self.check(self.form, lambda: validate_caregiver(data, self.ctx.today()))
        return data if ok else None

    def store(self, data: CaregiverInput) -> CaregiverRecord:
        if self.record is None:
            return families.add_caregiver(self.ctx.svc, self.family_id, data)
        return families.save_caregiver(
            self.ctx.svc, self.family_id, data, self.record.id, self.record.version
        )

    def conflict_terms(self) -> tuple[str, Mapping[str, str], Callable[[Any], dict[str, object]]]:
        return self.tr("caregiver"), caregiver_fields(), values_of


class ChildDialog(MemberDialog):
    """Add a child to a family, or edit one; publishes the members' change after a save."""

    def __init__(
        self, ctx: AppContext, family_id: int, record: ChildRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        title = _tr("Edit child") if record else _tr("Add child")
        super().__init__(ctx, family_id, record, title, ChildForm(ctx.today()), parent)

    def checked_input(self) -> ChildInput | None:
        given: list[ChildInput] = []
        form = self.form
        assert isinstance(form, ChildForm)
        if not self.check(form, lambda: given.append(form.valid_input(self.ctx.today()))):
            return None
        return given[0]

    def store(self, data: ChildInput) -> ChildRecord:
        if self.record is None:
            return families.add_child(self.ctx.svc, self.family_id, data)
        return families.save_child(
            self.ctx.svc, self.family_id, data, self.record.id, self.record.version
        )

    def conflict_terms(self) -> tuple[str, Mapping[str, str], Callable[[Any], dict[str, object]]]:
        return self.tr("child"), child_fields(), child_values


def _tr(text: str) -> str:
    return QCoreApplication.translate("MemberDialog", text)
