""" "This week": my planned visits (a supervisor: her team's too) day by day, Monday to Sunday.

Visits that double-book a specialist or fall outside the agency's working
hours are flagged, by the calendar's rules (services/calendar/views.py,
domain/planning.py). Opening a visit starts its note.

The week is read through ``ctx.runner``, and read again when a Change on
``ctx.bus`` touches visits, drafts or the agency's settings (at once when
shown, else when next shown).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.enums import Role
from imh_desktop.services.calendar import views
from imh_desktop.services.calendar.records import CalendarPage, CalendarVisit
from imh_desktop.services.common.changes import Part
from imh_desktop.services.visits.lists import week_start
from imh_desktop.ui.calendar.models import FLAG_BACKGROUND, FLAG_TEXT, flag_words, flagged
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_date, format_period, format_weekday
from imh_desktop.ui.common.reread import RereadWhenShown
from imh_desktop.ui.common.tasks import LatestOnly
from imh_desktop.ui.common.widgets import list_table
from imh_desktop.ui.visits.editor import open_visit_editor

AnyIndex = QModelIndex | QPersistentModelIndex
TIME, FAMILY, CASE, SPECIALIST, MODE, LENGTH, CHECK = range(7)


def agenda_rows(
    start: dt.date, visits: tuple[CalendarVisit, ...]
) -> list[tuple[dt.date, CalendarVisit | None]]:
    """One heading row per day (visit None), then that day's visits, Monday to Sunday."""
    rows: list[tuple[dt.date, CalendarVisit | None]] = []
    for offset in range(7):
        day = start + dt.timedelta(days=offset)
        rows.append((day, None))
        rows.extend((day, visit) for visit in visits if visit.day == day)
    return rows


class AgendaModel(QAbstractTableModel):
    """A week's planned visits under day headings; days without visits say so."""

    def __init__(self, show_specialist: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[dt.date, CalendarVisit | None]] = []
        self._counts: dict[dt.date, int] = {}
        self.columns = [c for c in range(7) if show_specialist or c != SPECIALIST]

    def set_week(self, start: dt.date, visits: tuple[CalendarVisit, ...]) -> None:
        self.beginResetModel()
        self.rows = agenda_rows(start, visits)
        self._counts = {}
        for visit in visits:
            self._counts[visit.day] = self._counts.get(visit.day, 0) + 1
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def visit(self, index: AnyIndex) -> CalendarVisit | None:
        """The visit on the index's row, or None on a day's heading."""
        return self.rows[index.row()][1] if index.isValid() else None

    def _text(self, row: int, column: int) -> str:
        day, visit = self.rows[row]
        if visit is None:
            if column == TIME:
                return f"{format_weekday(day).capitalize()} {format_date(day)}"
            if column == FAMILY and not self._counts.get(day):
                return self.tr("No visits planned")
            return ""
        if column == TIME:
            mark = "⚠ " if flagged(visit) else ""
            return mark + (f"{visit.start:%H:%M}" if visit.start else self.tr("Time not set"))
        if column == FAMILY:
            return visit.family_name
        if column == CASE:
            return visit.case_number
        if column == SPECIALIST:
            return visit.specialist_name
        if column == MODE:
            return label(visit.mode)
        if column == LENGTH:
            return self.tr("{n} min").format(n=visit.minutes) if visit.minutes else ""
        return "; ".join(flag_words(visit))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        visit = self.rows[index.row()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), column)
        if role == Qt.ItemDataRole.FontRole and visit is None:
            font = QFont()
            font.setBold(column == TIME)
            font.setItalic(column == FAMILY)
            return font
        if visit is not None and flagged(visit):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(FLAG_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(FLAG_TEXT)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()][1] is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = (
                self.tr("Time"), self.tr("Family"), self.tr("Case"), self.tr("Specialist"),
                self.tr("Mode"), self.tr("Length"), self.tr("Planning"),
            )  # fmt: skip
            return titles[self.columns[section]]
        if role == Qt.ItemDataRole.TextAlignmentRole:  # over their values, like the cells
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


class AgendaDialog(RereadWhenShown, QDialog):
    """The user's (and a supervisor's team's) planned visits for a week; open one's note."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._reads = LatestOnly(ctx.runner, self)
        self.start = week_start(ctx.today())
        self.team = ctx.user.role is Role.SUPERVISOR
        self.setWindowTitle(self.tr("This week"))
        layout = QVBoxLayout(self)
        nav = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ &Previous week"))
        self.this_button = QPushButton(self.tr("&This week"))
        self.next_button = QPushButton(self.tr("&Next week ▶"))
        self.title = QLabel()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.this_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.title)
        layout.addLayout(nav)
        self.model = AgendaModel(self.team, self)
        name = (self.tr("Planned visits of my team this week") if self.team
                else self.tr("Planned visits this week"))  # fmt: skip
        self.table = list_table(self.model, name, stretch_column=FAMILY)
        self.table.setShowGrid(False)
        layout.addWidget(self.table, 1)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.previous_button.clicked.connect(self._on_previous_clicked)
        self.this_button.clicked.connect(self._on_this_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated.connect(self._on_table_activated)
        self.resize(860 if self.team else 760, 560)
        self.reread_on(ctx.bus, Part.VISITS, Part.DRAFTS, Part.SETTINGS)
        self.refresh()

    def refresh(self) -> None:
        """Read the shown week again (through the runner)."""
        self.mark_read()
        svc, start = self.ctx.svc, self.start
        end = start + dt.timedelta(days=6)
        self._reads.start(lambda: views.list_calendar(svc, start, end), self._show, self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        raise exc  # the application's error handler shows it

    def _show(self, page: CalendarPage) -> None:
        self.model.set_week(page.start, page.visits)
        self.title.setText(f"<b>{format_period(page.start, page.end)}</b>")
        flagged_count = sum(1 for v in page.visits if flagged(v))
        self.legend.setText(
            self.tr(
                "{count} planned, {flagged} flagged ⚠ (double booking, or outside working "
                "hours: {hours}). Double-click a visit to start its note."
            ).format(count=len(page.visits), flagged=flagged_count, hours=page.hours.describe())
        )

    def _move(self, days: int) -> None:
        self.start += dt.timedelta(days=days)
        self.refresh()

    def _on_previous_clicked(self) -> None:
        self._move(-7)

    def _on_next_clicked(self) -> None:
        self._move(7)

    def _on_this_clicked(self) -> None:
        self.start = week_start(self.ctx.today())
        self.refresh()

    def _on_table_activated(self, index: QModelIndex) -> None:
        visit = self.model.visit(index)
        if visit is None:
            return
        open_visit_editor(self.ctx, self.parentWidget() or self, visit.family_id, visit.visit_id)
