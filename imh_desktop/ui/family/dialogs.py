"""Dialogs to create and edit a family, its caregivers and its children.

Each dialog checks its input with the domain's validation first and shows a
problem under the field it concerns; nothing is saved while anything is
invalid. The OK button stays enabled: pressing it explains what is wrong.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.ages import MAX_GESTATION_WEEKS, MIN_GESTATION_WEEKS
from imh_desktop.domain.enums import Frequency, ReferralSource, Role, Sex
from imh_desktop.domain.errors import ConflictError, DomainError
from imh_desktop.domain.inputs import (
    CaregiverInput,
    ChildInput,
    FamilyInput,
    validate_caregiver,
    validate_child,
    validate_family,
)
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.text import MAX_LANGUAGE, MAX_NAME, MAX_PHONE, MAX_RELATIONSHIP
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.common.records import (
    CaregiverRecord,
    ChildRecord,
    FamilyRecord,
    StaffRecord,
)
from imh_desktop.services.family import families
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.permissions import may, staff_relation
from imh_desktop.ui.common.widgets import DateEdit, EnumCombo, FieldForm
from imh_desktop.ui.family.conflicts import (
    choose,
    family_fields,
    family_values,
    report_gone,
    saved_family,
    values_of,
)
from imh_desktop.ui.family.form_dialog import FormDialog

if TYPE_CHECKING:
    from imh_desktop.ui.common.context import AppContext

# What the family dialog does not edit, compared as loaded (closing elsewhere shows here).
STATUS_FIELDS = ("status", "closed_on", "closure_reason", "closure_note")
RELATIONSHIPS = (
    "Mother",
    "Father",
    "Grandmother",
    "Grandfather",
    "Foster parent",
    "Guardian",
    "Aunt",
    "Uncle",
    "Other",
)
LANGUAGES = ("English", "Spanish", "Arabic", "Vietnamese", "Somali", "French", "Other")


def _editable_combo(items: Sequence[str], max_length: int) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(list(items))
    line = combo.lineEdit()
    assert line is not None  # editable
    line.setMaxLength(max_length)
    return combo


def _line_edit(max_length: int) -> QLineEdit:
    """A one-line field that stops taking characters at the domain's limit."""
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


class CaregiverForm(FieldForm):
    def __init__(self, with_primary: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_name = self.add_field(
            "full_name", QCoreApplication.translate("CaregiverForm", "Name:"), _line_edit(MAX_NAME)
        )
        self.relationship = self.add_field(
            "relationship",
            QCoreApplication.translate("CaregiverForm", "Relationship to the child:"),
            _editable_combo(RELATIONSHIPS, MAX_RELATIONSHIP),
        )
        self.dob = self.add_field(
            "dob",
            QCoreApplication.translate("CaregiverForm", "Date of birth:"),
            DateEdit(optional=True),
        )
        self.language = self.add_field(
            "language",
            QCoreApplication.translate("CaregiverForm", "Language:"),
            _editable_combo(LANGUAGES, MAX_LANGUAGE),
        )
        self.phone = self.add_field(
            "phone", QCoreApplication.translate("CaregiverForm", "Phone:"), _line_edit(MAX_PHONE)
        )
        self.is_primary = QCheckBox(self.tr("Primary caregiver")) if with_primary else None
        if self.is_primary is not None:
            self.add_field("is_primary", "", self.is_primary)
            self.is_primary.setAccessibleName(self.tr("Primary caregiver"))

    def load(self, record: CaregiverRecord) -> None:
        self.full_name.setText(record.full_name)
        self.relationship.setCurrentText(record.relationship)
        self.dob.set_value(record.dob)
        self.language.setCurrentText(record.language)
        self.phone.setText(record.phone)
        if self.is_primary is not None:
            self.is_primary.setChecked(record.is_primary)

    def to_input(self, primary: bool = True) -> CaregiverInput:
        return CaregiverInput(
            full_name=self.full_name.text(),
            relationship=self.relationship.currentText(),
            dob=self.dob.value(),
            is_primary=self.is_primary.isChecked() if self.is_primary is not None else primary,
            language=self.language.currentText(),
            phone=self.phone.text(),
        )


class GestationEdit(QWidget):
    """Gestational age at birth as the birth record gives it: weeks + days (36 weeks + 6 days).

    The weeks box starts at "Term (not recorded)"; the days box (0-6) opens
    once weeks are entered.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.weeks = QSpinBox()
        self.weeks.setRange(MIN_GESTATION_WEEKS - 1, MAX_GESTATION_WEEKS)
        self.weeks.setSpecialValueText(self.tr("Term (not recorded)"))
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setAccessibleName(self.tr("Gestational age at birth, weeks"))
        self.days = QSpinBox()
        self.days.setRange(0, 6)
        self.days.setPrefix("+ ")
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Gestational age at birth, days past the weeks"))
        for box in (self.weeks, self.days):
            box.setToolTip(self.tr("As on the birth record: 36 weeks + 6 days is 36+6"))
        row.addWidget(self.weeks, 2)
        row.addWidget(self.days, 1)
        self.setFocusProxy(self.weeks)
        self.weeks.valueChanged.connect(self._on_weeks_value_changed)
        self.set_value(None, None)

    def set_value(self, weeks: int | None, days: int | None) -> None:
        self.weeks.setValue(self.weeks.minimum() if weeks is None else weeks)
        self.days.setValue(days or 0)
        self._on_weeks_value_changed()

    def value(self) -> tuple[int | None, int | None]:
        """(weeks, days), or (None, None) when not recorded."""
        if self.weeks.value() == self.weeks.minimum():
            return None, None
        return self.weeks.value(), self.days.value()

    def _on_weeks_value_changed(self, *_args: object) -> None:
        recorded = self.weeks.value() != self.weeks.minimum()
        self.days.setEnabled(recorded)
        if not recorded:
            self.days.setValue(0)


class ChildForm(FieldForm):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.full_name = self.add_field(
            "full_name", QCoreApplication.translate("ChildForm", "Name:"), _line_edit(MAX_NAME)
        )
        # No date until one is entered: a birth date is never "today" by default.
        self.dob = self.add_field(
            "dob",
            QCoreApplication.translate("ChildForm", "Date of birth:"),
            DateEdit(optional=True),
        )
        self.gestation = self.add_field(
            "gestational_weeks",
            QCoreApplication.translate("ChildForm", "Gestational age at birth:"),
            GestationEdit(),
        )
        # A problem with the days shows under the same row, with the cursor in the days box.
        self.errors["gestational_days"] = self.errors["gestational_weeks"]
        self.widgets["gestational_days"] = self.gestation.days
        self.sex = self.add_field("sex", "Sex:", EnumCombo(list(Sex)))
        self.sex.set_value(Sex.UNKNOWN)

    def load(self, record: ChildRecord) -> None:
        self.full_name.setText(record.full_name)
        self.dob.set_value(record.dob)
        self.gestation.set_value(record.gestational_weeks, record.gestational_days)
        self.sex.set_value(record.sex)

    def valid_input(self, today: dt.date) -> ChildInput:
        """The child as entered, checked (DomainError on the first problem)."""
        data = self.to_input()
        validate_child(data, today)
        if self.dob.value() is None:
            raise DomainError("Enter the child's date of birth.", "dob")
        return data

    def to_input(self) -> ChildInput:
        weeks, days = self.gestation.value()
        return ChildInput(
            full_name=self.full_name.text(),
            dob=self.dob.value() or self.today,  # valid_input refuses a missing date
            gestational_weeks=weeks,
            gestational_days=days,
            sex=self.sex.value(),
        )


class FamilyForm(FieldForm):
    def __init__(
        self, specialists: Sequence[StaffRecord], today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.display_name = self.add_field(
            "display_name",
            QCoreApplication.translate("FamilyForm", "Family name:"),
            _line_edit(MAX_NAME),
        )
        self.display_name.setPlaceholderText(self.tr("e.g. Nguyễn family"))
        combo = QComboBox()
        combo.setPlaceholderText(self.tr("Choose a specialist"))
        for staff in specialists:
            combo.addItem(staff.full_name, staff.id)
        combo.setCurrentIndex(-1)
        self.specialist = self.add_field(
            "specialist_id", QCoreApplication.translate("FamilyForm", "Specialist:"), combo
        )
        self.referral_source = self.add_field(
            "referral_source",
            QCoreApplication.translate("FamilyForm", "Referral source:"),
            EnumCombo(list(ReferralSource)),
        )
        self.referral_date = self.add_field(
            "referral_date",
            QCoreApplication.translate("FamilyForm", "Referral date:"),
            DateEdit(today=today),
        )
        self.enrolled_on = self.add_field("enrolled_on", "Enrolled:", DateEdit(optional=True))
        self.frequency = self.add_field(
            "frequency",
            QCoreApplication.translate("FamilyForm", "Visit frequency:"),
            EnumCombo(list(Frequency)),
        )
        self.address = self.add_field("address", "Address:", QPlainTextEdit())
        self.address.setTabChangesFocus(True)
        self.fix_height(self.address, self.address.fontMetrics().lineSpacing() * 3 + 12)
        self.phone = self.add_field(
            "phone", QCoreApplication.translate("FamilyForm", "Phone:"), _line_edit(MAX_PHONE)
        )
        self.language = self.add_field(
            "language",
            QCoreApplication.translate("FamilyForm", "Language:"),
            _editable_combo(LANGUAGES, MAX_LANGUAGE),
        )

    def load(self, record: FamilyRecord) -> None:
        self.display_name.setText(record.display_name)
        index = self.specialist.findData(record.specialist_id)
        if index < 0:
            self.specialist.addItem(record.specialist_name, record.specialist_id)
            index = self.specialist.count() - 1
        self.specialist.setCurrentIndex(index)
        self.referral_source.set_value(record.referral_source)
        self.referral_date.set_value(record.referral_date)
        self.enrolled_on.set_value(record.enrolled_on)
        self.frequency.set_value(record.frequency)
        self.address.setPlainText(record.address)
        self.phone.setText(record.phone)
        self.language.setCurrentText(record.language)

    def to_input(
        self, caregivers: Sequence[CaregiverInput] = (), children: Sequence[ChildInput] = ()
    ) -> FamilyInput:
        return FamilyInput(
            display_name=self.display_name.text(),
            specialist_id=self.specialist.currentData() or 0,
            referral_source=self.referral_source.value(),
            referral_date=self.referral_date.value() or self.today,
            enrolled_on=self.enrolled_on.value(),
            frequency=self.frequency.value(),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            language=self.language.currentText(),
            caregivers=tuple(caregivers),
            children=tuple(children),
        )


def specialist_choices(
    staff: Sequence[StaffRecord], ctx: AppContext, permission: Permission,
    current: int | None = None,
) -> list[StaffRecord]:  # fmt: skip
    """Staff who can hold a caseload (active specialists and supervisors) to whom the user
    may give a family by ``permission``: herself, or a supervisor's team; plus ``current``."""
    return [
        s
        for s in staff
        if s.id == current
        or (s.active and s.role is not Role.ADMIN and may(ctx, permission, staff_relation(ctx, s)))
    ]


class FamilyDialog(FormDialog):
    """New family (with a primary caregiver and optionally a child), or edit a family.

    After a save it publishes the change (the family, and its members when new).
    """

    def __init__(
        self,
        ctx: AppContext,
        staff: Sequence[StaffRecord],
        record: FamilyRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit family") if record else self.tr("New family"), parent)
        self.ctx, self.record = ctx, record
        today = ctx.today()
        columns = QHBoxLayout()
        self.body.addLayout(columns)
        if record is None:
            choices = specialist_choices(staff, ctx, Permission.CREATE_FAMILY)
        elif may(ctx, Permission.REASSIGN, record.relation):
            choices = specialist_choices(staff, ctx, Permission.REASSIGN, record.specialist_id)
        else:  # the specialist stays: giving the family away is a supervisor's decision
            choices = [s for s in staff if s.id == record.specialist_id]
        self.family_form = FamilyForm(choices, today)
        self.add_form(
            self.family_form, QCoreApplication.translate("FamilyDialog", "Family"), columns
        )
        self.caregiver_form: CaregiverForm | None = None
        self.child_form: ChildForm | None = None
        self.child_box: QGroupBox | None = None
        if record is None:
            # New family: the family on the left, its first caregiver and child on the right.
            # A specialist adds families to her own caseload; a supervisor chooses whose.
            if ctx.user.role is Role.SPECIALIST:
                index = self.family_form.specialist.findData(ctx.user.id)
                self.family_form.specialist.setCurrentIndex(index)
            right = QVBoxLayout()
            columns.addLayout(right)
            self.caregiver_form = CaregiverForm(with_primary=False)
            self.add_form(
                self.caregiver_form,
                QCoreApplication.translate("FamilyDialog", "Primary caregiver"),
                right,
            )
            self.child_form = ChildForm(today)
            self.forms.append(self.child_form)
            self.child_box = QGroupBox(self.tr("Child (untick for a family enrolled in pregnancy)"))
            self.child_box.setCheckable(True)
            QVBoxLayout(self.child_box).addWidget(self.child_form)
            right.addWidget(self.child_box)
            right.addStretch(1)
            self.setMinimumWidth(820)
        else:
            self.family_form.load(record)
            self.setMinimumWidth(480)
        self.finish_layout()
        self.family_form.display_name.setFocus()

    def save(self) -> bool:
        today = self.ctx.today()
        family = self.family_form.to_input()
        ok = self.check(self.family_form, lambda: validate_family(family, today))
        caregivers: list[CaregiverInput] = []
        children: list[ChildInput] = []
        if self.caregiver_form is not None:
            caregiver = self.caregiver_form.to_input()
            caregivers.append(caregiver)
            ok &= self.check(self.caregiver_form, lambda: validate_caregiver(caregiver, today))
        if self.child_form is not None and self.child_box is not None:
            if self.child_box.isChecked():
                form = self.child_form
                ok &= self.check(form, lambda: children.append(form.valid_input(today)))
        if not ok:
            return False
        family = self.family_form.to_input(caregivers, children)
        try:
            if self.record is None:
                self.record = families.create_family(self.ctx.svc, family)
                change = Change.of(self.record.id, Part.FAMILY, Part.MEMBERS)
            else:
                self.record = families.update_family(
                    self.ctx.svc, self.record.id, family, self.record.version
                )
                change = Change.of(self.record.id, Part.FAMILY)
        except ConflictError:
            raise
        except DomainError as exc:
            self.place_error(
                exc, self.family_form if exc.field in self.family_form.errors else None
            )
            return False
        self.ctx.bus.publish(change)
        return True

    def resolve_conflict(self, exc: ConflictError) -> None:
        if self.record is None:  # a new family has no version: no conflict to compare
            show_error(self, exc)
            return
        loaded = self.record
        theirs = saved_family(self.ctx, loaded.id)
        if theirs is None:
            report_gone(self.place_error, self.tr("family"))
            return
        mine = {name: getattr(loaded, name) for name in STATUS_FIELDS}
        mine.update(values_of(self.family_form.to_input()))
        mine["specialist"] = self.family_form.specialist.currentText()
        choice = choose(self, self.tr("family"), family_fields(), mine, family_values(theirs))
        self.settle_conflict(
            choice,
            lambda: setattr(self, "record", theirs),
            lambda: self.ctx.bus.publish(Change.of(loaded.id, Part.FAMILY, Part.MEMBERS)),
        )
