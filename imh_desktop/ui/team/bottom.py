"""Below the team dashboard's tables: the charts, and who used emergency access.

Emergency access is "break the glass": a supervisor sees who opened a record outside
their caseload in the period.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QTabWidget, QWidget

from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.team.charts import DomainRatingsChart, WeeklyVisitsChart
from imh_desktop.ui.team.emergency import EmergencyAccessList

if TYPE_CHECKING:
    from imh_desktop.services.team.team_data import TeamData


class TeamBottomTabs(QTabWidget):
    """Two tabs: the weekly visits and goal ratings charts; the emergency accesses, counted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.weekly_chart = WeeklyVisitsChart()
        self.ratings_chart = DomainRatingsChart()
        charts = QWidget()
        row = QHBoxLayout(charts)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.weekly_chart, 3)
        row.addWidget(self.ratings_chart, 2)
        # A team of sixty draws sixty strips: the charts scroll inside their tab rather than
        # pushing the window past the screen and squeezing the team table to one row.
        self.charts_area = QScrollArea()
        self.charts_area.setWidget(charts)
        self.charts_area.setWidgetResizable(True)
        self.charts_area.setFrameShape(QFrame.Shape.NoFrame)
        self.emergency = EmergencyAccessList(ctx)
        self.addTab(self.charts_area, self.tr("Charts"))
        self.addTab(self.emergency, self.tr("Emergency access"))
        self.emergency.loaded.connect(self._on_emergency_loaded)

    def show_charts(self, data: TeamData, specialist_id: int | None) -> None:
        """The charts of the team (``specialist_id`` None) or of one specialist."""
        weeks, rows = data.weekly_rows(specialist_id)
        partial = bool(weeks) and data.period.last_week_partial(weeks[-1], data.today)
        self.weekly_chart.set_data(weeks, rows, last_week_partial=partial)
        self.ratings_chart.set_data(data.rating_rows(specialist_id))

    def _on_emergency_loaded(self, count: int) -> None:
        title = self.tr("Emergency access")
        self.setTabText(1, f"{title} ({count})" if count else title)
