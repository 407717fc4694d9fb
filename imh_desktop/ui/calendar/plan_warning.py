"""The planning warning shown before a visit is planned or moved: double bookings, hours.

A label that says what a proposed time clashes with (case numbers and times)
or that it falls outside the agency's working hours. A warning, never a
block: the planner may save anyway. Used by the reschedule dialog and by the
visit editor's "Next visit" box.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.calendar import views
from imh_desktop.services.calendar.records import PlanCheck
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.tasks import LatestOnly
from imh_desktop.ui.common.widgets import warning_color


class PlanWarning(QLabel):
    """Empty, "all clear" (``quiet_when_ok`` False), or the warnings about a proposed time."""

    def __init__(
        self, ctx: AppContext, quiet_when_ok: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.quiet_when_ok = quiet_when_ok
        self.check: PlanCheck | None = None
        self._checks = LatestOnly(ctx.runner, self)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Planning warnings"))

    def check_next_visit(self, family_id: int, day: dt.date | None, start: dt.time | None) -> None:
        """Check the family's next visit planned by the user on ``day`` (None: nothing planned)."""
        if day is None:
            self.clear()
            self.check = None
            return
        svc = self.ctx.svc
        self._checks.start(
            lambda: views.check_next_visit(svc, family_id, day, start),
            self.show_check,
            self._failed,
        )

    def check_move(
        self, visit_id: int, day: dt.date, start: dt.time | None, minutes: int | None
    ) -> None:
        """Check moving planned visit ``visit_id`` to ``day`` at ``start``."""
        svc = self.ctx.svc
        self._checks.start(
            lambda: views.check_plan(svc, visit_id, day, start, minutes),
            self.show_check,
            self._failed,
        )

    def show_check(self, check: PlanCheck) -> None:
        self.check = check
        if check.ok:
            self.setStyleSheet("")
            self.setText("" if self.quiet_when_ok else self.tr(
                "No double booking; within working hours."))  # fmt: skip
            return
        lines = []
        if check.clashes:
            planned = "; ".join(
                self.tr("{case} at {start}–{end}").format(
                    case=c.case_number, start=f"{c.start:%H:%M}", end=f"{c.end:%H:%M}"
                )
                for c in check.clashes
            )
            lines.append(self.tr("⚠ Double booking: already planned that day: {planned}.").format(
                planned=planned))  # fmt: skip
        if check.outside_hours:
            lines.append(
                self.tr("⚠ Outside the agency's working hours ({hours}).").format(
                    hours=check.hours.describe()
                )
            )
        lines.append(self.tr("You can still save: these are warnings."))
        self.setStyleSheet(f"color: {warning_color(self.palette()).name()};")
        self.setText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc  # the application's error handler shows it
        self.setText(user_message(exc))
