"""Table models of the calendar: a week (a column a day, a row a visit) and a month (6 × 7 days).

Plain models over the service's records, painted by Qt: no widget per day or
per visit (PySide6 6.12 loses a reference to None on each call of a C++
method that returns nothing, so a calendar of 49 list widgets re-filled on
every page crashed the interpreter at exit; a model costs a reset).

A visit in the week can be dragged onto another day: ``dropMimeData``
announces it with ``move_requested`` and changes nothing itself (the
reschedule dialog decides, and the calendar reads again).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from imh_desktop.services.calendar.records import CalendarVisit
from imh_desktop.ui.common.local_format import format_day_month, format_weekday

AnyIndex = QModelIndex | QPersistentModelIndex
VISIT_MIME = "application/x-imh-visit"
FLAG_BACKGROUND, FLAG_TEXT = QColor("#fff1c2"), QColor("#6b4e00")  # the alert amber (light)


def time_text(visit: CalendarVisit) -> str:
    """ "14:30–15:30", or "" for a visit without a time."""
    if visit.start is None or visit.end is None:
        return ""
    return f"{visit.start:%H:%M}–{visit.end:%H:%M}"


def flagged(visit: CalendarVisit) -> bool:
    return visit.double_booked or visit.outside_hours


def flag_words(visit: CalendarVisit) -> list[str]:
    """What is wrong with a visit's time: "Double booking", "Outside working hours" (or none)."""
    words = []
    if visit.double_booked:
        words.append(QCoreApplication.translate("CalendarModel", "Double booking"))
    if visit.outside_hours:
        words.append(QCoreApplication.translate("CalendarModel", "Outside working hours"))
    return words


class _CalendarModel(QAbstractTableModel):
    """What both views share: the shown visits, today, the flag words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = dt.date.min
        self.today = dt.date.min
        self.by_day: dict[dt.date, list[CalendarVisit]] = {}

    def set_visits(self, start: dt.date, today: dt.date, visits: tuple[CalendarVisit, ...]) -> None:
        self.beginResetModel()
        self.start, self.today = start, today
        self.by_day = {}
        for visit in visits:
            self.by_day.setdefault(visit.day, []).append(visit)
        self._arrange()
        self.endResetModel()

    def _arrange(self) -> None:
        """Work out the rows after the visits changed (subclasses)."""

    def flag_words(self, visit: CalendarVisit) -> list[str]:
        return flag_words(visit)

    def tip(self, visit: CalendarVisit) -> str:
        when = time_text(visit) or self.tr("no time set")
        lines = [f"{visit.case_number} · {visit.family_name}", when, visit.specialist_name]
        lines.extend(self.flag_words(visit))
        return "\n".join(lines)


class WeekModel(_CalendarModel):
    """Seven columns, Monday to Sunday; row ``r`` of a day is its ``r``-th visit by time."""

    move_requested = Signal(object, object)  # CalendarVisit, the day it was dropped on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_specialist = False
        self._rows = 1

    def _arrange(self) -> None:
        self._rows = max([1, *(len(v) for v in self.by_day.values())])

    def day(self, column: int) -> dt.date:
        return self.start + dt.timedelta(days=column)

    def visit(self, index: AnyIndex) -> CalendarVisit | None:
        """The visit in the cell, or None for an empty one."""
        if not index.isValid():
            return None
        visits = self.by_day.get(self.day(index.column()), [])
        return visits[index.row()] if index.row() < len(visits) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def text(self, visit: CalendarVisit) -> str:
        mark = "⚠ " if flagged(visit) else ""
        lines = [mark + (time_text(visit) or self.tr("No time")), visit.case_number,
                 visit.family_name]  # fmt: skip
        if self.show_specialist:
            lines.append(visit.specialist_name)
        lines.extend(self.flag_words(visit))
        return "\n".join(lines)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        visit = self.visit(index)
        if visit is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(visit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tip(visit)
                + "\n"
                + self.tr("Double-click to reschedule; drag to another day to move it.")
            )
        if role == Qt.ItemDataRole.BackgroundRole and flagged(visit):
            return QBrush(FLAG_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and flagged(visit):
            return QBrush(FLAG_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return None
        day = self.day(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{format_weekday(day)} {format_day_month(day)}"
        if role == Qt.ItemDataRole.FontRole and day == self.today:
            font = QFont()
            font.setBold(True)
            font.setUnderline(True)
            return font
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if self.visit(index) is None:
            return base
        return base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # Dragging a visit onto another day -----------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [VISIT_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        visits = [v for v in (self.visit(i) for i in indexes) if v is not None]
        if visits:
            data.setData(VISIT_MIME, QByteArray(str(visits[0].visit_id).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        column = parent.column() if parent.isValid() else column
        if not data.hasFormat(VISIT_MIME) or not 0 <= column < 7:
            return False
        visit_id = int(bytes(data.data(VISIT_MIME).data()).decode() or 0)
        found = [v for vs in self.by_day.values() for v in vs if v.visit_id == visit_id]
        if found and found[0].day != self.day(column):
            self.move_requested.emit(found[0], self.day(column))
        return False  # nothing moves here: the dialog saves, the calendar reads again


class MonthModel(_CalendarModel):
    """Six weeks from the Monday on or before the 1st; a cell a day, listing its visits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = 1
        self.max_lines = 6  # what a cell can show; the view sets it from its row height

    def set_max_lines(self, lines: int) -> None:
        """Show at most ``lines`` lines a cell (the day, its visits, "+ n more")."""
        lines = max(2, lines)
        if lines != self.max_lines:
            self.max_lines = lines
            self.dataChanged.emit(self.index(0, 0), self.index(5, 6))

    def day(self, index: AnyIndex) -> dt.date:
        return self.start + dt.timedelta(days=index.row() * 7 + index.column())

    def visits(self, index: AnyIndex) -> list[CalendarVisit]:
        return list(self.by_day.get(self.day(index), [])) if index.isValid() else []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def text(self, index: AnyIndex) -> str:
        day = self.day(index)
        head = str(day.day) if day.month == self.month else format_day_month(day)
        visits = self.by_day.get(day, [])
        marked = sum(1 for v in visits if flagged(v))
        if marked:
            head += "   " + self.tr("%n flagged ⚠", "", marked)
        lines = [head]
        room = self.max_lines - 1
        shown = visits if len(visits) <= room else visits[: room - 1]
        for visit in shown:
            start = f"{visit.start:%H:%M}" if visit.start else self.tr("—")
            lines.append(f"{'⚠ ' if flagged(visit) else ''}{start} {visit.case_number}")
        if len(shown) < len(visits):
            lines.append(self.tr("+ %n more", "", len(visits) - len(shown)))
        return "\n".join(lines)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index)
        visits = self.by_day.get(day, [])
        if role == Qt.ItemDataRole.ToolTipRole and visits:
            return "\n\n".join(self.tip(v) for v in visits)
        if role == Qt.ItemDataRole.ForegroundRole and day.month != self.month:
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.FontRole and day == self.today:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return format_weekday(dt.date(2024, 1, 1 + section))  # 1 Jan 2024 was a Monday
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(60, 24)
        return None
