"""A read-only Qt table model over a table with declared columns, and its sorting proxy.

The model receives a pandas DataFrame (or ready tuples) once per refresh and
turns it into a list of tuples, display texts, sort keys and warning flags
right then; ``data()`` is a list lookup and never calls pandas. A pinned row
(the totals) stays at the bottom whichever way the table is sorted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from imh_desktop.services.common.export import ColumnSpec, frame_rows
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_date, format_decimal
from imh_desktop.ui.common.widgets import warning_color

if TYPE_CHECKING:
    import pandas as pd

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NOTHING_EXPECTED = "–"


def cell_text(value: Any, kind: str) -> str:
    """How a value of a column kind reads in a cell: "25 Nov 2026", "84%", "3.6"."""
    if value is None:
        return NOTHING_EXPECTED if kind == "percent" else ""
    if kind == "date":
        return format_date(value)
    if kind == "percent":
        return f"{value:.0f}%"
    if kind == "number":
        return format_decimal(value, 1)
    return str(value)


# The team tables' column titles (services.team.tables), marked for lupdate.
_TITLES = (
    QT_TRANSLATE_NOOP("TeamColumn", "% of expected"),
    QT_TRANSLATE_NOOP("TeamColumn", "Achieved"),
    QT_TRANSLATE_NOOP("TeamColumn", "Active goals"),
    QT_TRANSLATE_NOOP("TeamColumn", "Alert"),
    QT_TRANSLATE_NOOP("TeamColumn", "Alerts"),
    QT_TRANSLATE_NOOP("TeamColumn", "Cancelled"),
    QT_TRANSLATE_NOOP("TeamColumn", "Case"),
    QT_TRANSLATE_NOOP("TeamColumn", "Children (age)"),
    QT_TRANSLATE_NOOP("TeamColumn", "Days since contact"),
    QT_TRANSLATE_NOOP("TeamColumn", "Discontinued"),
    QT_TRANSLATE_NOOP("TeamColumn", "Enrolled"),
    QT_TRANSLATE_NOOP("TeamColumn", "Expected"),
    QT_TRANSLATE_NOOP("TeamColumn", "Families"),
    QT_TRANSLATE_NOOP("TeamColumn", "Family"),
    QT_TRANSLATE_NOOP("TeamColumn", "Frequency"),
    QT_TRANSLATE_NOOP("TeamColumn", "Last visit"),
    QT_TRANSLATE_NOOP("TeamColumn", "Late notes"),
    QT_TRANSLATE_NOOP("TeamColumn", "Needs attention"),
    QT_TRANSLATE_NOOP("TeamColumn", "Next visit due"),
    QT_TRANSLATE_NOOP("TeamColumn", "No contact"),
    QT_TRANSLATE_NOOP("TeamColumn", "No-shows"),
    QT_TRANSLATE_NOOP("TeamColumn", "Primary caregiver"),
    QT_TRANSLATE_NOOP("TeamColumn", "Revised"),
    QT_TRANSLATE_NOOP("TeamColumn", "Screens due"),
    QT_TRANSLATE_NOOP("TeamColumn", "Screens overdue"),
    QT_TRANSLATE_NOOP("TeamColumn", "Specialist"),
    QT_TRANSLATE_NOOP("TeamColumn", "Status"),
    QT_TRANSLATE_NOOP("TeamColumn", "Supervision (h)"),
    QT_TRANSLATE_NOOP("TeamColumn", "Unsigned notes"),
    QT_TRANSLATE_NOOP("TeamColumn", "Visits"),
    QT_TRANSLATE_NOOP("TeamColumn", "Visits overdue"),
)


def heading(title: str) -> str:
    """A column title on two lines, broken at the space nearest its middle, to keep
    numeric columns narrow ("Screens overdue" -> "Screens / overdue")."""
    spaces = [i for i, ch in enumerate(title) if ch == " "]
    if len(title) < 8 or not spaces:
        return title
    cut = min(spaces, key=lambda i: abs(i - len(title) / 2))
    return title[:cut] + "\n" + title[cut + 1 :]


def _labelled(
    rows: Sequence[tuple[Any, ...]], specs: Sequence[ColumnSpec]
) -> list[tuple[Any, ...]]:
    """``rows`` with the values of fixed-list columns (``ColumnSpec.enum``) as their labels."""
    names = {i: {m.value: label(m) for m in c.enum} for i, c in enumerate(specs) if c.enum}
    if not names:
        return [tuple(r) for r in rows]
    return [tuple(names[i].get(v, v) if i in names else v for i, v in enumerate(r)) for r in rows]


def _sort_key(value: Any, kind: str) -> tuple[Any, ...]:
    """Missing values sort after every real one; text sorts without regard to case."""
    if value is None:
        return (1,)
    if kind == "text":
        return (0, str(value).casefold())
    if isinstance(value, dt.date) or kind in ("int", "number", "percent"):
        return (0, value)
    return (0, str(value))


class FrameTableModel(QAbstractTableModel):
    """Rows of declared columns; cells precomputed when the rows arrive.

    ``key`` names the column (not shown) that identifies a row, e.g.
    ``family_id``; ``row_key(row)`` returns it (None for the pinned row).
    """

    def __init__(
        self, columns: Sequence[ColumnSpec], key: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._key = key
        self._values: list[tuple[Any, ...]] = []
        self._keys: list[Any] = []
        self._texts: list[tuple[str, ...]] = []
        self._sort: list[tuple[tuple[Any, ...], ...]] = []
        self._warn: list[tuple[bool, ...]] = []
        self._pinned = False
        self._bold = QFont()
        self._bold.setBold(True)
        self.set_palette(QGuiApplication.palette())

    @property
    def columns(self) -> tuple[ColumnSpec, ...]:
        return self._columns

    def set_palette(self, palette: QPalette) -> None:
        """Pick the warning and quiet-zero colours for the current (light or dark) palette."""
        self._warn_brush = QBrush(warning_color(palette))
        self._quiet_brush = QBrush(palette.color(QPalette.ColorRole.PlaceholderText))
        if self._values:
            last = self.index(len(self._values) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_frame(
        self, frame: pd.DataFrame, pinned: Mapping[str, Any] | None = None,
        columns: Sequence[ColumnSpec] | None = None,
    ) -> None:  # fmt: skip
        """Show ``frame``'s declared columns, and ``pinned`` (e.g. totals) as the last row."""
        specs = tuple(columns) if columns is not None else self._columns
        rows = frame_rows(frame, [c.key for c in specs])
        keys = [k for (k,) in frame_rows(frame, [self._key])]
        by = [c.sort_by for c in specs if c.sort_by]
        extra: list[tuple[Any, ...]] = frame_rows(frame, by) if by else [() for _ in rows]
        when = [c.warn_when for c in specs if c.warn_when]
        flags: list[tuple[Any, ...]] = frame_rows(frame, when) if when else [() for _ in rows]
        if pinned is not None:
            rows.append(tuple(pinned.get(c.key) for c in specs))
            keys.append(None)
            extra.append(tuple(pinned.get(k) for k in by))
            flags.append(tuple(bool(pinned.get(k)) for k in when))
        self.set_rows(rows, keys, pinned is not None, specs, sort_values=extra, warn_flags=flags)

    def set_rows(
        self, rows: Sequence[tuple[Any, ...]], keys: Sequence[Any], pinned_last: bool = False,
        columns: Sequence[ColumnSpec] | None = None,
        sort_values: Sequence[tuple[Any, ...]] | None = None,
        warn_flags: Sequence[tuple[bool, ...]] | None = None,
    ) -> None:  # fmt: skip
        """Show ready rows of plain values (one per declared column) with their keys.

        Values of a fixed-list column (``ColumnSpec.enum``) are shown, sorted
        and returned by ``value`` as their labels.

        ``sort_values``: per row, the values of the columns named by ``sort_by``
        in the declared columns (in that order), which those columns sort by.
        ``warn_flags``: likewise, the booleans named by ``warn_when``.
        """
        if len(rows) != len(keys):
            raise ValueError("one key per row")
        self.beginResetModel()
        if columns is not None:
            self._columns = tuple(columns)
        specs = self._columns
        self._values = _labelled(rows, specs)
        self._keys = list(keys)
        self._pinned = pinned_last and bool(rows)
        self._texts = [tuple(cell_text(v, c.kind) for v, c in zip(r, specs, strict=True))
                       for r in self._values]  # fmt: skip
        self._sort = [tuple(_sort_key(v, c.kind) for v, c in zip(r, specs, strict=True))
                      for r in self._values]  # fmt: skip
        by = [i for i, c in enumerate(specs) if c.sort_by]
        if by and sort_values is not None:
            for row, values in enumerate(sort_values):
                keys_of_row = list(self._sort[row])
                for col, value in zip(by, values, strict=True):
                    keys_of_row[col] = _sort_key(value, "int")
                self._sort[row] = tuple(keys_of_row)
        self._warn = [tuple(c.warns(v) for v, c in zip(r, specs, strict=True))
                      for r in self._values]  # fmt: skip
        flagged = [i for i, c in enumerate(specs) if c.warn_when]
        if flagged and warn_flags is not None:
            for row, values in enumerate(warn_flags):
                warn = list(self._warn[row])
                for col, value in zip(flagged, values, strict=True):
                    warn[col] = bool(value)
                self._warn[row] = tuple(warn)
        self.endResetModel()

    def row_key(self, row: int) -> Any:
        """The identifying value of ``row`` (None for the pinned row)."""
        return self._keys[row]

    def sort_key(self, row: int, column: int) -> tuple[Any, ...]:
        return self._sort[row][column]

    def is_pinned(self, row: int) -> bool:
        return self._pinned and row == len(self._values) - 1

    def value(self, row: int, key: str) -> Any:
        """The plain value of column ``key`` in ``row``."""
        return self._values[row][[c.key for c in self._columns].index(key)]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._values)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT if self._columns[col].kind in ("text", "date") else _RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._warn[row][col]:
                return self._warn_brush
            if self._values[row][col] == 0 and self._columns[col].kind == "int":
                return self._quiet_brush
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if self._warn[row][col] or self.is_pinned(row) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == SORT_ROLE:
            return self._sort[row][col]
        if role == KEY_ROLE:
            return self._keys[row]
        return None

    def _tooltip(self, row: int, col: int) -> str | None:
        spec = self._columns[col]
        if spec.kind == "percent" and self._values[row][col] is None:
            return "No visits were expected in this period."
        if spec.kind == "text" and self._texts[row][col]:
            return self._texts[row][col]  # the whole text, when the column is narrower
        return spec.tip or None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        spec = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            title = QCoreApplication.translate("TeamColumn", spec.title)
            return title if spec.kind == "text" else heading(title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return spec.tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT if spec.kind in ("text", "date") else _RIGHT)
        return None


class PinnedSortProxy(QSortFilterProxyModel):
    """Sorts by each cell's precomputed key, keeping the source's pinned row last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        source = self.sourceModel()
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if not isinstance(source, FrameTableModel):
            return super().lessThan(left, right)
        if source.is_pinned(left.row()):
            return descending
        if source.is_pinned(right.row()):
            return not descending
        return source.sort_key(left.row(), left.column()) < source.sort_key(
            right.row(), right.column()
        )
