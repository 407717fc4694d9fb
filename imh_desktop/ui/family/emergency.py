"""File > Open family by case number…, and emergency access ("break the glass").

A clinician types a case number; a family on their caseload opens at once.
A family outside it asks first why they need the record now: the reason is
kept with the grant, in the audit trail and on the supervisors' team
dashboard, and the access ends by itself after the agency's hours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from imh_desktop.domain.permissions import Permission
from imh_desktop.services.access.emergency import (
    CASE_NUMBER_MAX,
    EmergencyGrant,
    FamilyLocation,
    grant_emergency_access,
    locate_family,
)
from imh_desktop.services.admin.agency import get_settings
from imh_desktop.ui.common.permissions import may
from imh_desktop.ui.common.widgets import FieldForm
from imh_desktop.ui.family.form_dialog import FormDialog

if TYPE_CHECKING:
    from imh_desktop.ui.common.context import AppContext
    from imh_desktop.ui.shell.main_window import MainWindow


class CaseNumberDialog(FormDialog):
    """Ask for a case number and look the family up in the whole agency."""

    def __init__(self, ctx: AppContext, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open family by case number"), parent)
        self.ctx = ctx
        self.location: FamilyLocation | None = None
        intro = QLabel(
            self.tr(
                "Type the case number of any family of the agency. A family outside your "
                "caseload opens only after you say why you need it (emergency access)."
            )
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.form = self.add_form(FieldForm())
        self.case_number = self.form.add_field("case_number", self.tr("Case number:"), QLineEdit())
        self.case_number.setPlaceholderText("IMH-2026-0042")
        self.case_number.setMaxLength(CASE_NUMBER_MAX)
        self.case_number.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Find"))
        self.finish_layout()
        self.setMinimumWidth(420)

    def save(self) -> bool:
        self.location = locate_family(self.ctx.svc, self.case_number.text())
        return True


class EmergencyAccessDialog(FormDialog):
    """Why the user needs a family's record that is not on their caseload; grants access."""

    def __init__(
        self, ctx: AppContext, family_id: int, case_number: str = "",
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(self.tr("Emergency access"), parent)
        self.ctx, self.family_id = ctx, family_id
        self.grant: EmergencyGrant | None = None
        hours = get_settings(ctx.svc).emergency_access_hours
        which = case_number or self.tr("This family")
        intro = QLabel(
            self.tr(
                "<b>{which} is not on your caseload.</b><p>Open its record only if you "
                "need it now, for the family's care (for example, the family calls in a "
                "crisis while their specialist is away).</p><p>Your name, the time and "
                "your reason are recorded and shown to the supervisors. You can read the "
                "record and write visit notes for {hours} hours.</p>"
            ).format(which=which, hours=hours)
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.form = self.add_form(FieldForm())
        self.reason = self.form.add_field(
            "reason", self.tr("Reason:"), QPlainTextEdit()
        )  # fmt: skip
        self.reason.setPlaceholderText(self.tr("Why you need this record now, in a few words"))
        self.reason.setTabChangesFocus(True)
        self.form.fix_height(self.reason, 90)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open the record"))
        self.finish_layout()
        self.setMinimumWidth(480)

    def save(self) -> bool:
        # A refusal of the reason (too short, too long) is shown next to the field.
        self.grant = grant_emergency_access(self.ctx.svc, self.family_id, self.reason.toPlainText())
        return True


def ask_emergency_access(
    ctx: AppContext, parent: QWidget, family_id: int, case_number: str = ""
) -> bool:
    """Ask why, grant emergency access; True when the user may now open the family."""
    if not may(ctx, Permission.EMERGENCY_ACCESS):
        return False
    dialog = EmergencyAccessDialog(ctx, family_id, case_number, parent)
    return bool(dialog.exec()) and dialog.grant is not None


def open_by_case_number(ctx: AppContext, window: MainWindow, text: str = "") -> None:
    """Find a family by case number; open it, asking for a reason when it is out of scope."""
    dialog = CaseNumberDialog(ctx, text, window)
    if not dialog.exec() or dialog.location is None:
        return
    found = dialog.location
    if found.access == "emergency" and not ask_emergency_access(
        ctx, window, found.family_id, found.case_number
    ):
        return
    window.open_family(found.family_id)  # shows any error itself
