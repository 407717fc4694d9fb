"""The families behind one program measure's count: every entry of its denominator, each
marked counted or not; a family opens its record (Enter or a double click)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.measures import MeasurePeriod
from imh_desktop.reports.measures import MeasureText
from imh_desktop.services.measures.program import MeasureFamily, measure_families
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.local_format import format_date
from imh_desktop.ui.common.tasks import run_task

_Index = QModelIndex | QPersistentModelIndex


class MeasureFamiliesModel(QAbstractTableModel):
    """Case number, family, specialist, about whom, the day, counted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[MeasureFamily, ...] = ()
        self.titles = (self.tr("Case"), self.tr("Family"), self.tr("Specialist"),
                       self.tr("About"), self.tr("Date"), self.tr("Counted"))  # fmt: skip

    def set_rows(self, rows: tuple[MeasureFamily, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            counted = self.tr("Yes") if row.counted else self.tr("No")
            values = (row.case_number, row.family_name, row.specialist, row.subject,
                      format_date(row.on), counted)  # fmt: skip
            return values[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.family_id
        return None


class MeasureFamiliesDialog(QDialog):
    """The families behind a count; reads them when shown (one audited report)."""

    family_open_requested = Signal(int)
    loaded = Signal()

    def __init__(
        self, ctx: AppContext, text: MeasureText, specialist: int | None, name: str,
        period: MeasurePeriod, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("%1: %2").replace("%1", text.title).replace("%2", name))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Reading…"))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        definition = QLabel(text.definition)
        definition.setWordWrap(True)
        layout.addWidget(definition)
        self.model = MeasureFamiliesModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Families behind the count"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._on_activated)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._text, self._name = text, name
        svc, measure = ctx.svc, text.measure

        def read() -> tuple[MeasureFamily, ...]:
            return measure_families(svc, period.start, period.end, measure, specialist)

        run_task(ctx.runner, read, self._on_loaded, self._on_failed, self)

    def _on_loaded(self, rows: tuple[MeasureFamily, ...]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        counted = sum(r.counted for r in rows)
        self.heading.setText(
            self.tr("%1 — %2: %3 of %4 counted. Open a family with Enter or a double click.")
            .replace("%1", self._text.title).replace("%2", self._name)
            .replace("%3", str(counted)).replace("%4", str(len(rows)))
        )  # fmt: skip
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.heading.setText("")
        show_error(self, exc)

    def _on_activated(self, index: QModelIndex) -> None:
        family_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if family_id is not None:
            self.family_open_requested.emit(int(family_id))
