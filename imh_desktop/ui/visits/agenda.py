""" "This week": my planned visits day by day, Monday to Sunday; opening one starts its note.

The week is read through ``ctx.runner``, and read again when a Change on
``ctx.bus`` touches visits or drafts (at once when shown, else when next shown).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.dates import format_date, format_period
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.visits import lists as note_lists
from imh_desktop.services.visits.lists import week_start
from imh_desktop.services.visits.records import AgendaItem
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.tasks import LatestOnly
from imh_desktop.ui.common.widgets import list_table
from imh_desktop.ui.visits.editor import open_visit_editor

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("AgendaModel", "Time"),
    QT_TRANSLATE_NOOP("AgendaModel", "Family"),
    QT_TRANSLATE_NOOP("AgendaModel", "Case"),
    QT_TRANSLATE_NOOP("AgendaModel", "Mode"),
    QT_TRANSLATE_NOOP("AgendaModel", "Length"),
)


def agenda_rows(start: dt.date, items: list[AgendaItem]) -> list[tuple[dt.date, AgendaItem | None]]:
    """One heading row per day (item None), then that day's visits, Monday to Sunday."""
    rows: list[tuple[dt.date, AgendaItem | None]] = []
    for offset in range(7):
        day = start + dt.timedelta(days=offset)
        rows.append((day, None))
        rows.extend((day, item) for item in items if item.visit_date == day)
    return rows


class AgendaModel(QAbstractTableModel):
    """A week's planned visits under day headings; days without visits say so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[dt.date, AgendaItem | None]] = []
        self._counts: dict[dt.date, int] = {}

    def set_week(self, start: dt.date, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self.rows = agenda_rows(start, items)
        self._counts = {}
        for item in items:
            self._counts[item.visit_date] = self._counts.get(item.visit_date, 0) + 1
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def _text(self, row: int, column: int) -> str:
        day, item = self.rows[row]
        if item is None:
            if column == 0:
                return f"{day:%A} {format_date(day)}"
            if column == 1 and not self._counts.get(day):
                return "No visits planned"
            return ""
        if column == 0:
            return item.start_time.strftime("%H:%M") if item.start_time else "Time not set"
        if column == 1:
            return item.family_name
        if column == 2:
            return item.case_number
        if column == 3:
            return label(item.mode)
        return f"{item.duration_minutes} min" if item.duration_minutes else ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column())
        if role == Qt.ItemDataRole.FontRole and self.rows[index.row()][1] is None:
            font = QFont()
            font.setBold(index.column() == 0)
            font.setItalic(index.column() == 1)
            return font
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
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AgendaModel", str(COLUMNS[section]))
        if role == Qt.ItemDataRole.TextAlignmentRole:  # over their values, like the cells
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


class AgendaDialog(QDialog):
    """The user's planned visits for a week; double-click a visit to start its note."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._reads = LatestOnly(ctx.runner, self)
        self._stale = False
        self.start = week_start(ctx.today())
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
        self.model = AgendaModel(self)
        self.table = list_table(self.model, "Planned visits this week", stretch_column=1)
        self.table.setShowGrid(False)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.previous_button.clicked.connect(self._on_previous_clicked)
        self.this_button.clicked.connect(self._on_this_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated.connect(self._on_table_activated)
        self.resize(720, 560)
        ctx.bus.changed.connect(self._on_bus_changed)
        self.refresh()

    def refresh(self) -> None:
        """Read the shown week again (through the runner)."""
        self._stale = False
        svc, start = self.ctx.svc, self.start
        self._reads.start(
            lambda: (start, note_lists.week_agenda(svc, svc.user_id, start)),
            self._show,
            self._on_failed,
        )

    def _on_failed(self, exc: BaseException) -> None:
        raise exc  # the application's error handler shows it

    def _on_bus_changed(self, change: Change) -> None:
        if not change.touches(Part.VISITS, Part.DRAFTS):
            return
        if self.isVisible():
            self.refresh()
        else:  # read again when shown, not while nobody looks
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _show(self, week: tuple[dt.date, list[AgendaItem]]) -> None:
        start, items = week
        self.model.set_week(start, items)
        end = start + dt.timedelta(days=6)
        self.title.setText(f"<b>{format_period(self.start, end)}</b>")

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
        item = self.model.rows[index.row()][1]
        if item is None:
            return
        open_visit_editor(self.ctx, self.parentWidget() or self, item.family_id, item.visit_id)
