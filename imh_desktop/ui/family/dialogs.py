"""Dialogs to create and edit a family, its caregivers and its children.

Each dialog checks its input with the domain's validation first and shows a
problem under the field it concerns; nothing is saved while anything is
invalid. The OK button stays enabled: pressing it explains what is wrong.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
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
from imh_desktop.ui.common.widgets import DateEdit, EnumCombo, FieldForm, warning_color

if TYPE_CHECKING:
    from imh_desktop.ui.common.context import AppContext

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


class FormDialog(QDialog):
    """OK/Cancel around one or more FieldForms; ``save()`` returns True when it saved."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QVBoxLayout(self)
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        self.general_error.setAccessibleName("Problem")
        self.general_error.setStyleSheet(f"color: {warning_color(self.palette()).name()};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.forms: list[FieldForm] = []

    def add_form(
        self, form: FieldForm, title: str | None = None, layout: QBoxLayout | None = None
    ) -> FieldForm:
        self.forms.append(form)
        target = self.body if layout is None else layout
        if title is None:
            target.addWidget(form)
        else:
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(form)
            target.addWidget(box)
        return form

    def finish_layout(self) -> None:
        self.body.addWidget(self.general_error)
        self.body.addWidget(self.buttons)

    def place_error(self, exc: DomainError, form: FieldForm | None = None) -> None:
        """Show ``exc`` under its field in ``form`` (or any form), else above the buttons."""
        for candidate in [form] if form is not None else self.forms:
            if candidate.show_error(exc.field, exc.message):
                return
        self.general_error.setText(exc.message)
        self.general_error.setVisible(True)

    def check(self, form: FieldForm, validate: Callable[[], object]) -> bool:
        try:
            validate()
        except DomainError as exc:
            self.place_error(exc, form)
            return False
        return True

    def save(self) -> bool:
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        for form in self.forms:
            form.clear_errors()
        self.general_error.setVisible(False)
        try:
            saved = self.save()
        except ConflictError as exc:
            show_error(self, exc)
            return
        except DomainError as exc:
            self.place_error(exc)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        if saved:
            self.accept()
        else:
            self.adjustSize()  # make room for the messages under the fields
            self.focus_first_error()

    def focus_first_error(self) -> None:
        """Put the cursor in the first field (in reading order) that shows a problem."""
        for form in self.forms:
            for name, error in form.errors.items():
                if not error.isHidden():
                    form.widgets[name].setFocus()
                    return


class CaregiverForm(FieldForm):
    def __init__(self, with_primary: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_name = self.add_field("full_name", "Name:", _line_edit(MAX_NAME))
        self.relationship = self.add_field(
            "relationship",
            "Relationship to the child:",
            _editable_combo(RELATIONSHIPS, MAX_RELATIONSHIP),
        )
        self.dob = self.add_field("dob", "Date of birth:", DateEdit(optional=True))
        self.language = self.add_field(
            "language", "Language:", _editable_combo(LANGUAGES, MAX_LANGUAGE)
        )
        self.phone = self.add_field("phone", "Phone:", _line_edit(MAX_PHONE))
        self.is_primary = QCheckBox("Primary caregiver") if with_primary else None
        if self.is_primary is not None:
            self.add_field("is_primary", "", self.is_primary)
            self.is_primary.setAccessibleName("Primary caregiver")

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
        self.weeks.setSpecialValueText("Term (not recorded)")
        self.weeks.setSuffix(" weeks")
        self.weeks.setAccessibleName("Gestational age at birth, weeks")
        self.days = QSpinBox()
        self.days.setRange(0, 6)
        self.days.setPrefix("+ ")
        self.days.setSuffix(" days")
        self.days.setAccessibleName("Gestational age at birth, days past the weeks")
        for box in (self.weeks, self.days):
            box.setToolTip("As on the birth record: 36 weeks + 6 days is 36+6")
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
        self.full_name = self.add_field("full_name", "Name:", _line_edit(MAX_NAME))
        # No date until one is entered: a birth date is never "today" by default.
        self.dob = self.add_field("dob", "Date of birth:", DateEdit(optional=True))
        self.gestation = self.add_field(
            "gestational_weeks", "Gestational age at birth:", GestationEdit()
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
        self.display_name = self.add_field("display_name", "Family name:", _line_edit(MAX_NAME))
        self.display_name.setPlaceholderText("e.g. Nguyễn family")
        combo = QComboBox()
        combo.setPlaceholderText("Choose a specialist")
        for staff in specialists:
            combo.addItem(staff.full_name, staff.id)
        combo.setCurrentIndex(-1)
        self.specialist = self.add_field("specialist_id", "Specialist:", combo)
        self.referral_source = self.add_field(
            "referral_source", "Referral source:", EnumCombo(list(ReferralSource))
        )
        self.referral_date = self.add_field(
            "referral_date", "Referral date:", DateEdit(today=today)
        )
        self.enrolled_on = self.add_field("enrolled_on", "Enrolled:", DateEdit(optional=True))
        self.frequency = self.add_field("frequency", "Visit frequency:", EnumCombo(list(Frequency)))
        self.address = self.add_field("address", "Address:", QPlainTextEdit())
        self.address.setTabChangesFocus(True)
        self.fix_height(self.address, self.address.fontMetrics().lineSpacing() * 3 + 12)
        self.phone = self.add_field("phone", "Phone:", _line_edit(MAX_PHONE))
        self.language = self.add_field(
            "language", "Language:", _editable_combo(LANGUAGES, MAX_LANGUAGE)
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
        super().__init__("Edit family" if record else "New family", parent)
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
        self.add_form(self.family_form, "Family", columns)
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
            self.add_form(self.caregiver_form, "Primary caregiver", right)
            self.child_form = ChildForm(today)
            self.forms.append(self.child_form)
            self.child_box = QGroupBox("Child (untick for a family enrolled in pregnancy)")
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


class CaregiverDialog(FormDialog):
    """Add a caregiver to a family, or edit one; publishes the members' change after a save."""

    def __init__(
        self,
        ctx: AppContext,
        family_id: int,
        record: CaregiverRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Edit caregiver" if record else "Add caregiver", parent)
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
        self.record = families.save_caregiver(
            self.ctx.svc,
            self.family_id,
            data,
            caregiver_id=self.record.id if self.record else None,
            expected_version=self.record.version if self.record else None,
        )
        self.ctx.bus.publish(Change.of(self.family_id, Part.MEMBERS))
        return True


class ChildDialog(FormDialog):
    """Add a child to a family, or edit one; publishes the members' change after a save."""

    def __init__(
        self,
        ctx: AppContext,
        family_id: int,
        record: ChildRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Edit child" if record else "Add child", parent)
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
        self.record = families.save_child(
            self.ctx.svc,
            self.family_id,
            data,
            child_id=self.record.id if self.record else None,
            expected_version=self.record.version if self.record else None,
        )
        self.ctx.bus.publish(Change.of(self.family_id, Part.MEMBERS))
        return True
