"""Dialogs that change a case's course: close it, or give it to another specialist.

Each publishes the family's change on the context's bus after a successful save.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.enums import ClosureReason, FamilyStatus
from imh_desktop.domain.errors import ConflictError, DomainError
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.common.records import FamilyRecord, StaffRecord
from imh_desktop.services.family import families
from imh_desktop.services.screenings.results import AlertRecord, list_alerts
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.screening_words import alert_text
from imh_desktop.ui.common.tasks import run_task
from imh_desktop.ui.common.widgets import DateEdit, EnumCombo, FieldForm
from imh_desktop.ui.family.conflicts import report_gone, resolve_case
from imh_desktop.ui.family.dialogs import specialist_choices
from imh_desktop.ui.family.form_dialog import FormDialog
from imh_desktop.ui.screenings.alert_banner import ranked

if TYPE_CHECKING:
    from imh_desktop.ui.common.context import AppContext


class CloseCaseDialog(FormDialog):
    """Close a case with a date and a reason (and a note, required for "other").

    The reason starts unchosen. The family's open alerts are listed, each with
    a box for the reason to carry it; the service refuses while one has
    neither its follow-up recorded nor such a reason.
    """

    def __init__(
        self, ctx: AppContext, family: FamilyRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Close case {case}").format(case=family.case_number), parent)
        self.ctx, self.family = ctx, family
        intro = QLabel(
            self.tr(
                "Closing the case of the {name}. It stays readable and can be reopened later."
            ).format(name=family.display_name)
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.form = FieldForm()
        self.add_form(self.form)
        self.closed_on = self.form.add_field(
            "closed_on", self.tr("Closure date:"), DateEdit(today=ctx.today())
        )
        self.reason = self.form.add_field(
            "reason", self.tr("Reason:"), EnumCombo(list(ClosureReason))
        )
        self.reason.setCurrentIndex(-1)
        self.reason.setPlaceholderText(self.tr("Choose why the case is closing"))
        self.note = self.form.add_field("closure_note", self.tr("Note:"), QPlainTextEdit())
        self.note.setMaximumHeight(90)
        self.alerts_form = FieldForm()
        self.alerts_box = QGroupBox(self.tr("Open alerts"))
        box = QVBoxLayout(self.alerts_box)
        self.alerts_intro = QLabel(
            self.tr(
                "Each open alert needs its follow-up recorded (Screenings tab) or a reason "
                "to carry it, e.g. handed to the next provider."
            )
        )
        self.alerts_intro.setWordWrap(True)
        box.addWidget(self.alerts_intro)
        box.addWidget(self.alerts_form)
        self.forms.append(self.alerts_form)
        self.alerts_box.hide()
        self.body.addWidget(self.alerts_box)
        self.carry_edits: dict[int, QLineEdit] = {}
        self.finish_layout()
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Close case"))
        svc, family_id = ctx.svc, family.id
        run_task(
            ctx.runner,
            lambda: list_alerts(svc, family_id, open_only=True),
            self._show_alerts,
            self._on_read_failed,
            self,
        )

    def _show_alerts(self, alerts: list[AlertRecord]) -> None:
        for alert in ranked(alerts):
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("Reason to carry it"))
            edit.setAccessibleName(self.tr("Reason to carry the alert"))
            title = self.tr("{kind} — {text}").format(
                kind=label(alert.kind), text=alert_text(alert.text)
            )
            self.alerts_form.add_field(f"carried_{alert.id}", title, edit)
            self.carry_edits[alert.id] = edit
        self.alerts_box.setVisible(bool(self.carry_edits))

    def _on_read_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        self.place_error(exc)

    def save(self) -> bool:
        reason = self.reason.value()
        if reason is None:
            self.form.show_error("reason", self.tr("Choose why the case is closing."))
            return False
        self.family = families.close_family(
            self.ctx.svc,
            self.family.id,
            self.closed_on.value() or self.ctx.today(),
            reason,
            self.note.toPlainText(),
            expected_version=self.family.version,
            carried={i: edit.text() for i, edit in self.carry_edits.items()},
        )
        parts = (Part.FAMILY, Part.ALERTS) if self.carry_edits else (Part.FAMILY,)
        self.ctx.bus.publish(Change.of(self.family.id, *parts))
        return True

    def resolve_conflict(self, exc: ConflictError) -> None:
        mine = {
            "status": FamilyStatus.CLOSED, "closed_on": self.closed_on.value(),
            "closure_reason": self.reason.value(), "closure_note": self.note.toPlainText(),
        }  # fmt: skip
        _settle(self, mine)


class ReassignDialog(FormDialog):
    """Give a family to another specialist."""

    def __init__(
        self,
        ctx: AppContext,
        family: FamilyRecord,
        staff: Sequence[StaffRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Reassign {0}").format(family.case_number), parent)
        self.ctx, self.family = ctx, family
        intro = QLabel(
            self.tr("{0} ({1}) is with {2}. Choose the specialist who takes the case over.").format(
                family.display_name, family.case_number, family.specialist_name
            )
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.setMinimumWidth(420)
        self.form = FieldForm()
        self.add_form(self.form)
        combo = QComboBox()
        combo.setPlaceholderText(self.tr("Choose a specialist"))
        for person in specialist_choices(staff, ctx, Permission.REASSIGN):
            if person.id != family.specialist_id:  # "reassign" to the same person is no choice
                combo.addItem(person.full_name, person.id)
        combo.setCurrentIndex(-1)  # nothing chosen until the supervisor chooses
        self.specialist = self.form.add_field(
            "specialist_id", QCoreApplication.translate("ReassignDialog", "New specialist:"), combo
        )
        self.finish_layout()
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Reassign"))

    def save(self) -> bool:
        self.family = families.reassign_family(
            self.ctx.svc,
            self.family.id,
            self.specialist.currentData() or 0,
            expected_version=self.family.version,
        )
        self.ctx.bus.publish(Change.of(self.family.id, Part.FAMILY))
        return True

    def resolve_conflict(self, exc: ConflictError) -> None:
        _settle(self, {"specialist": self.specialist.currentText()})


def _settle(dialog: CloseCaseDialog | ReassignDialog, mine: dict[str, object]) -> None:
    """Compare the case as the user would change it with the saved one; act on the choice."""
    choice, theirs = resolve_case(dialog, dialog.ctx, dialog.family, mine)
    if theirs is None:
        report_gone(dialog.place_error, dialog.tr("family"))
        return
    dialog.settle_conflict(
        choice,
        lambda: setattr(dialog, "family", theirs),
        lambda: dialog.ctx.bus.publish(Change.of(theirs.id, Part.FAMILY)),
    )
