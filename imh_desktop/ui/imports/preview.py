"""The preview table: each row as it will be saved, its cells with errors in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from imh_desktop.domain.imports.table import Table
from imh_desktop.domain.imports.values import clean_text
from imh_desktop.services.imports.plan import Decision, ImportPlan
from imh_desktop.ui.common.i18n import user_message

Index = QModelIndex | QPersistentModelIndex
ERROR_BRUSH = QBrush(QColor(255, 205, 205))
ERROR_TEXT = QBrush(QColor(120, 0, 0))


class ImportPreviewModel(QAbstractTableModel):
    """Rows of the checked sheet: its line, what happens to it, then the mapped cells."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.headers: list[str] = []
        self.cells: list[list[str]] = []
        self.errors: list[dict[int, str]] = []  # per row: column -> message
        self.actions: list[str] = []

    def load(self, table: Table, plan: ImportPlan) -> None:
        """Show ``plan`` (checked from ``table``): precomputed texts, so painting is a lookup."""
        self.beginResetModel()
        self.plan = plan
        mapped = list(plan.columns.items())  # field key -> header
        self.headers = [self.tr("Row"), self.tr("Will be")] + [h for _, h in mapped]
        index = {h: i for i, h in enumerate(table.headers)}
        by_line = dict(zip(table.lines, table.rows, strict=True))
        self.cells, self.errors, self.actions = [], [], []
        for planned in plan.rows:
            raw = by_line[planned.row.line]
            self.cells.append([clean_text(raw[index[h]]) for _, h in mapped])
            where = {h: 2 + i for i, (_, h) in enumerate(mapped)}
            problems: dict[int, str] = {}
            for error in planned.errors:
                column = where.get(error.column, 1)
                problems[column] = "\n".join(
                    filter(None, (problems.get(column), user_message(error)))
                )
            self.errors.append(problems)
            self.actions.append(self._action(planned.decision, planned.duplicate_of))
        self.endResetModel()

    def _action(self, decision: Decision | None, duplicate_of: str) -> str:
        if decision is None:
            return self.tr("new family")
        text = {
            Decision.SKIP: self.tr("skipped: same as %1"),
            Decision.UPDATE: self.tr("adds to %1"),
            Decision.NEW: self.tr("new, though like %1"),
        }[decision]
        return text.replace("%1", duplicate_of)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        error = self.errors[row].get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(self.plan.rows[row].row.line) if self.plan else ""
            if column == 1:
                return self.actions[row]
            return self.cells[row][column - 2]
        if role == Qt.ItemDataRole.ToolTipRole:
            return error
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and error:
            return ERROR_TEXT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def line_of(self, row: int) -> int:
        """The sheet line of the model's ``row``."""
        return self.plan.rows[row].row.line if self.plan else 0
