"""The self-harm banner (the agency's safety steps) and the "Record safety check" dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.screenings.safety import (
    SafetyCheckInput,
    record_safety_check,
    unchecked_for_visit,
)
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.widgets import problem_label


class SafetyCheckDialog(QDialog):
    """Who did the same-day safety check, what was done, the outcome.

    With ``screening_id`` the check is recorded on that screening when saved;
    without, ``check`` holds it for the screening about to be saved.
    """

    def __init__(
        self, ctx: AppContext, screening_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.screening_id = ctx, screening_id
        self.check: SafetyCheckInput | None = None
        self.setWindowTitle(self.tr("Record safety check"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr("The same-day safety check after a self-harm answer: who did it, what was "
                    "done, and the outcome.")
        )  # fmt: skip
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.checked_by = QLineEdit(ctx.user.full_name)
        self.checked_by.setMaxLength(200)
        self.action = QPlainTextEdit()
        self.action.setPlaceholderText(
            self.tr("e.g. asked about plans and means, called the supervisor, agreed a plan")
        )
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText(
            self.tr("e.g. no plan or means; safety plan agreed; follow-up call tomorrow")
        )
        form.addRow(self.tr("&Who did it:"), self.checked_by)
        form.addRow(self.tr("&What was done:"), self.action)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        layout.addLayout(form)
        self.error = problem_label(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 400)

    def _on_save(self) -> None:
        check = SafetyCheckInput(
            self.checked_by.text(), self.action.toPlainText(), self.outcome.toPlainText()
        )
        try:
            check = check.cleaned()
            if self.screening_id is not None:
                record_safety_check(self.ctx.svc, self.screening_id, check)
        except DomainError as exc:
            self.error.setText(user_message(exc))
            self.error.show()
            return
        self.check = check
        self.accept()


class SafetyBanner(QFrame):
    """An unmissable banner with the agency's safety steps and "Record safety check…"."""

    record_clicked = Signal()

    def __init__(self, steps: str) -> None:
        super().__init__()
        self.setObjectName("safetyBanner")
        self.setStyleSheet(
            "#safetyBanner { background: #fde8e8; border: 3px solid #b00020; border-radius: 4px; }"
            "#safetyBanner QLabel { color: #5c0011; }"
        )
        self.setAccessibleName(self.tr("Self-harm answer: safety steps"))
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 700; font-size: 12pt;")
        head.addWidget(self.title, 1)
        self.record_button = QPushButton(self.tr("&Record safety check…"))
        self.record_button.clicked.connect(self.record_clicked)
        head.addWidget(self.record_button)
        layout.addLayout(head)
        self.steps = QLabel(steps)
        self.steps.setWordWrap(True)
        layout.addWidget(self.steps)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.status)

    def show_for(self, what: str, check: SafetyCheckInput | None) -> None:
        """Show the banner for ``what`` (e.g. "EPDS item 10 scored 2")."""
        self.title.setText(self.tr("Self-harm answer — {what}: act now").format(what=what))
        if check is None:
            self.status.setText(
                self.tr(
                    "Safety check not recorded yet: the visit note cannot be signed until it is."
                )
            )
        else:
            self.status.setText(
                self.tr("Safety check recorded (by {who}); it is saved with the screening.").format(
                    who=check.checked_by
                )
            )
        self.record_button.setEnabled(check is None)
        self.show()


def ensure_safety_checks(ctx: AppContext, visit_id: int, parent: QWidget) -> bool:
    """Before signing: ask for the safety check of each self-harm answer of the visit.

    True when none is missing (any asked for was recorded); False when one was cancelled.
    """
    for screening_id in unchecked_for_visit(ctx.svc, visit_id):
        dialog = SafetyCheckDialog(ctx, screening_id, parent)
        dialog.intro.setText(
            dialog.tr("A screening of this visit has a self-harm answer. The note can be signed "
                      "once the same-day safety check is recorded: who did it, what was done, "
                      "and the outcome.")
        )  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    return True
