"""Reschedule a planned visit: a new day, time and length, with the warnings shown before saving.

As the day, time or length change, the dialog asks ``calendar.check_plan``
(through the runner) whether the new time double-books the specialist or
falls outside the agency's working hours, and says so in a warning: a
warning, never a block. Saving sends the version the calendar loaded; if the
visit changed since, the dialog says so and saves nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.errors import ConflictError, DomainError
from imh_desktop.domain.planning import MAX_MINUTES
from imh_desktop.services.calendar import moves
from imh_desktop.services.calendar.records import CalendarVisit
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.ui.calendar.models import time_text
from imh_desktop.ui.calendar.plan_warning import PlanWarning
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.local_format import format_short_day
from imh_desktop.ui.common.widgets import DateEdit, problem_label


class RescheduleDialog(QDialog):
    """Move ``visit`` (to ``day``, when dropped on one); ``saved`` is the visit once moved."""

    def __init__(
        self, ctx: AppContext, visit: CalendarVisit, day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx, self.visit = ctx, visit
        self.saved: CalendarVisit | None = None
        self.setWindowTitle(self.tr("Reschedule visit"))
        layout = QVBoxLayout(self)
        when = time_text(visit) or self.tr("no time set")
        about = QLabel(
            self.tr("<b>{case}</b> · {family}<br>{who}<br>Now: {day}, {when}").format(
                case=visit.case_number, family=visit.family_name, who=visit.specialist_name,
                day=f"{format_short_day(visit.day)} {visit.day.year}", when=when,
            )
        )  # fmt: skip
        layout.addWidget(about)
        form = QFormLayout()
        self.date = DateEdit(today=ctx.today())
        self.date.set_value(day or visit.day)
        self.date.setAccessibleName(self.tr("New day"))
        self.start_time = QTimeEdit()
        self.start_time.setDisplayFormat("HH:mm")
        self.start_time.setTime(
            QTime(visit.start.hour, visit.start.minute) if visit.start else QTime(9, 0)
        )
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.no_time = QCheckBox(self.tr("No time yet"))
        self.no_time.setChecked(visit.start is None)
        self.length = QSpinBox()
        self.length.setRange(0, MAX_MINUTES)
        self.length.setSingleStep(15)
        self.length.setSuffix(self.tr(" min"))
        self.length.setSpecialValueText(self.tr("Not set (counts as 1 hour)"))
        self.length.setValue(visit.minutes or 0)
        self.length.setAccessibleName(self.tr("Length"))
        form.addRow(self.tr("&Day:"), self.date)
        form.addRow(self.tr("&Start:"), self.start_time)
        form.addRow("", self.no_time)
        form.addRow(self.tr("&Length:"), self.length)
        layout.addLayout(form)
        self.warning = PlanWarning(ctx)
        layout.addWidget(self.warning)
        self.error = problem_label(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.date.dateChanged.connect(self._on_plan_changed)
        self.start_time.timeChanged.connect(self._on_plan_changed)
        self.no_time.toggled.connect(self._on_plan_changed)
        self.length.valueChanged.connect(self._on_plan_changed)
        self.setMinimumWidth(440)
        self._on_plan_changed()

    # The proposed time --------------------------------------------------------------
    def proposed(self) -> tuple[dt.date, dt.time | None, int | None]:
        day = self.date.value()
        assert day is not None  # a required date
        qtime = self.start_time.time()
        start = None if self.no_time.isChecked() else dt.time(qtime.hour(), qtime.minute())
        return day, start, self.length.value() or None

    def _on_plan_changed(self) -> None:
        self.start_time.setEnabled(not self.no_time.isChecked())
        self.warning.check_move(self.visit.visit_id, *self.proposed())

    # Saving -------------------------------------------------------------------------
    def accept(self) -> None:
        day, start, minutes = self.proposed()
        try:
            done = moves.reschedule_visit(
                self.ctx.svc, self.visit.visit_id, self.visit.version, day, start, minutes
            )
        except ConflictError as exc:
            self._show_error(user_message(exc))
            # Someone else changed it: the calendar reads the current plan.
            self.ctx.bus.publish(Change.of(self.visit.family_id, Part.VISITS))
            return
        except DomainError as exc:
            self._show_error(user_message(exc))
            return
        self.saved = done.visit
        self.ctx.bus.publish(Change.of(self.visit.family_id, Part.VISITS))
        super().accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
