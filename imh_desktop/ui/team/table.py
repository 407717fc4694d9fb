"""The team dashboard's tables: read-only, sortable, opened with Enter or a double-click.

Columns are sized to their widest cell, without the room Qt keeps for a sort
arrow; on a narrow screen the columns named in ``drop_order`` give way first.
``team_table`` and ``family_table`` build the dashboard's two tables.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

from imh_desktop.services.common.export import ColumnSpec
from imh_desktop.services.team.tables import FAMILY_COLUMNS, TEAM_COLUMNS
from imh_desktop.ui.common.appearance import RingTable
from imh_desktop.ui.team.model import FrameTableModel, PinnedSortProxy

FAMILY_DROP_ORDER = (
    "enrolled_on", "goals_discontinued", "goals_revised", "goals_achieved", "goals_active",
    "screens_due", "no_shows", "cancelled", "frequency", "expected", "status",
)  # fmt: skip
# The team table likewise gives up the goal counts first on a narrow screen (150 % scaling).
TEAM_DROP_ORDER = ("goals_discontinued", "goals_revised", "goals_achieved", "no_shows")
MAX_COLUMN_WIDTH = 320  # longer text is elided; the tooltip shows all of it


class TeamTable(RingTable):
    """A read-only, sortable table whose rows open with Enter as well as a double-click."""

    open_requested = Signal(QModelIndex)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(False)
        self.proxy = PinnedSortProxy(self)  # sorts by precomputed keys; totals stay last
        self.setModel(self.proxy)
        self.doubleClicked.connect(self.open_requested)
        self.drop_order: list[int] = []  # columns that give way first when it is narrow

    def fit_columns(self) -> None:
        """Size each column to its widest cell or header line, without the room Qt keeps
        for a sort arrow on every column (which pushes a wide table off screen).

        When the columns are wider than the table, those named in ``drop_order``
        are hidden in that order until the rest fit (the exports keep them all).
        """
        model = self.model()
        header = self.horizontalHeader()
        bold = QFont(self.font())
        bold.setBold(True)
        strong = QFontMetrics(bold)
        heads = QFontMetrics(header.font())
        widths = []
        for col in range(model.columnCount()):
            header.setSectionHidden(col, False)
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            width = max(heads.horizontalAdvance(line) for line in title.split("\n"))
            for row in range(min(model.rowCount(), 300)):
                text = str(model.index(row, col).data() or "")
                width = max(width, strong.horizontalAdvance(text))  # bold rows are widest
            widths.append(min(width + (26 if col == 0 else 16), MAX_COLUMN_WIDTH))
            self.setColumnWidth(col, widths[-1])
        room, shown = self.viewport().width(), set(range(len(widths)))
        for col in self.drop_order:
            if room <= 0 or sum(widths[c] for c in shown) <= room:
                break
            shown.discard(col)
            header.setSectionHidden(col, True)
        if self.wordWrap():
            self.resizeRowsToContents()

    def needed_height(self) -> int:
        """The height that shows the header, every row and a horizontal scroll bar."""
        rows = self.model().rowCount()
        needed = (
            self.horizontalHeader().height() + rows * self.verticalHeader().defaultSectionSize()
        )
        return needed + self.horizontalScrollBar().sizeHint().height() + 6

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.drop_order and event.size().width() != event.oldSize().width():
            self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


def _table(name: str, model: FrameTableModel) -> TeamTable:
    table = TeamTable(name)
    table.proxy.setSourceModel(model)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return table


def team_table(parent: QObject) -> tuple[TeamTable, FrameTableModel]:
    """The team table (one row per specialist, the totals pinned last) and its model."""
    model = FrameTableModel(TEAM_COLUMNS, "specialist_id", parent)
    table = _table("Team table", model)
    keys = [c.key for c in TEAM_COLUMNS]
    table.drop_order = [keys.index(k) for k in TEAM_DROP_ORDER]
    return table, model


def family_table(parent: QObject) -> tuple[TeamTable, FrameTableModel]:
    """A specialist's families, those needing attention first, and its model."""
    model = FrameTableModel(FAMILY_COLUMNS, "family_id", parent)
    table = _table(QCoreApplication.translate("TeamView", "Families table"), model)
    keys = [c.key for c in FAMILY_COLUMNS]
    # At 1366 px the drill-down shows what needs attention without sideways scrolling:
    # the period's goal counts and the less pressing counts give way first.
    table.drop_order = [keys.index(k) for k in FAMILY_DROP_ORDER if k in keys]
    table.setWordWrap(True)  # a long "needs attention" wraps, never cut
    table.sortByColumn(keys.index("attention"), Qt.SortOrder.DescendingOrder)
    return table, model


def family_columns(no_contact_days: int) -> list[ColumnSpec]:
    """The family table's columns, the days since contact flagged past the agency's limit."""
    return [
        dataclasses.replace(c, warn_above=no_contact_days) if c.key == "days_since_contact" else c
        for c in FAMILY_COLUMNS
    ]
