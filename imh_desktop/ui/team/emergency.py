"""The team dashboard's "Emergency access" list: who opened which family outside their
caseload, when, why, and until when (``services.access.emergency``).

Read through the context's runner for the dashboard's period, newest first; a
grant still running says so.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from imh_desktop.services.access.emergency import EmergencyGrant, list_emergency_access
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.tasks import LatestOnly
from imh_desktop.ui.common.widgets import ListColumn, RecordListModel, list_table
from imh_desktop.ui.visits.editor_layout import local_time

if TYPE_CHECKING:
    from imh_desktop.ui.common.context import AppContext


class EmergencyAccessList(QWidget):
    """Emergency accesses by the team, or to the team's families, since a day.

    ``loaded(count)`` is emitted when a read is shown.
    """

    loaded = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._reads = LatestOnly(ctx.runner, self)
        clock = ctx.clock

        def when(at: dt.datetime) -> str:
            return local_time(at, clock).strftime("%d %b %Y %H:%M")

        def until(grant: EmergencyGrant) -> str:
            if grant.active(clock.utc_now()):
                return self.tr("Running, until {time}").format(
                    time=local_time(grant.expires_at, clock).strftime("%H:%M")
                )
            return self.tr("Ended {time}").format(time=when(grant.expires_at))

        def family(grant: EmergencyGrant) -> str:
            name = f" — {grant.family_name}" if grant.family_name else ""
            return f"{grant.case_number}{name}"

        self.model = RecordListModel(
            [
                ListColumn(self.tr("When"), lambda g: when(g.granted_at)),
                ListColumn(self.tr("Who"), lambda g: g.staff_name),
                ListColumn(self.tr("Family"), family),
                ListColumn(self.tr("Reason"), lambda g: g.reason),
                ListColumn(self.tr("Access"), until),
            ],
            self,
        )
        self.table = list_table(self.model, self.tr("Emergency access"), alternating=True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the reason
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)

    @property
    def grants(self) -> list[EmergencyGrant]:
        return list(self.model.records)

    def load(self, since: dt.date) -> None:
        """Read the grants since ``since`` (the dashboard's period start), through the runner."""
        svc = self.ctx.svc
        self._reads.start(lambda: list_emergency_access(svc, since), self._show, self._on_failed)

    def _show(self, grants: list[EmergencyGrant]) -> None:
        self.model.set_records(grants)
        for column in (0, 1, 2, 4):
            self.table.resizeColumnToContents(column)
        self.hint.setText(
            self.tr(
                "Families opened outside a caseload by you or your team, and your team's "
                "families opened by others, with the reason given."
            )
            if grants
            else self.tr("No one used emergency access in this period.")
        )
        self.loaded.emit(len(grants))

    def _on_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
