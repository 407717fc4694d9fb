"""The program measures window: a period, the measures per specialist and for the program with
their definitions, the families behind a count, and the measures to Excel and PDF.

Counts come from ``services.measures.program_measures`` (supervisor: her team;
administrator: the agency). A click on a count opens the families behind it
(``MeasureFamiliesDialog``), which a supervisor may see and an administrator
may not (the permission table says why); a family there opens its record.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.ages import add_months
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.domain.permissions import Permission, Relation, refusal
from imh_desktop.reports.measures import MeasureText
from imh_desktop.services.measures.program import ProgramMeasures, program_measures
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.local_format import format_date
from imh_desktop.ui.common.permissions import may
from imh_desktop.ui.common.tasks import LatestOnly
from imh_desktop.ui.common.widgets import DateEdit
from imh_desktop.ui.team.measure_texts import common_note, measure_texts

_Index = QModelIndex | QPersistentModelIndex
PRESETS = ("last_quarter", "this_quarter", "last_12_months", "this_year", "last_year", "custom")


def preset_dates(kind: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a preset period on ``today``; None for "custom"."""
    quarter = dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    if kind == "last_quarter":
        return add_months(quarter, -3), quarter - dt.timedelta(days=1)
    if kind == "this_quarter":
        return quarter, add_months(quarter, 3) - dt.timedelta(days=1)
    if kind == "last_12_months":
        return add_months(today, -12) + dt.timedelta(days=1), today
    if kind == "this_year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if kind == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return None


class MeasuresModel(QAbstractTableModel):
    """Rows: the measures. Columns: the measure, the program, each specialist, the definition."""

    def __init__(self, texts: tuple[MeasureText, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.data_: ProgramMeasures | None = None
        self.columns: list[tuple[int | None, str]] = []

    def set_measures(self, data: ProgramMeasures, program: str) -> None:
        self.beginResetModel()
        self.data_ = data
        self.columns = [(None, program), *data.specialists]
        self.endResetModel()

    @property
    def definition_column(self) -> int:
        return len(self.columns) + 1

    def count_cell(self, index: _Index) -> tuple[MeasureText, int | None, str] | None:
        """The measure, specialist (None: the program) and column name of a count cell."""
        if not index.isValid() or not 1 <= index.column() <= len(self.columns):
            return None
        specialist, name = self.columns[index.column() - 1]
        return self.texts[index.row()], specialist, name

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.data_ is None else len(self.texts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Measure")
        if section == self.definition_column:
            return self.tr("Definition")
        return self.columns[section - 1][1]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.data_ is None:
            return None
        text = self.texts[index.row()]
        column = index.column()
        cell = self.count_cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return text.title
            if column == self.definition_column:
                return text.definition
            if cell is not None:
                return self.data_.ratio(text.measure, cell[1]).text
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, self.definition_column):
            return text.definition
        if role == Qt.ItemDataRole.TextAlignmentRole and cell is not None:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and cell is not None and cell[1] is None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class MeasuresView(QWidget):
    """Program measures for a period, for a supervisor (her team) or an administrator."""

    family_open_requested = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Program measures"))
        self.loader = LatestOnly(ctx.runner, self)
        self.may_list = may(ctx, Permission.REPORT, Relation.TEAM)
        self.texts = measure_texts()
        self.families_dialog: QWidget | None = None
        self._build()
        from imh_desktop.ui.team.measures_export import MeasuresExports

        self.exports = MeasuresExports(ctx, self)
        self.exports.saved.connect(self._on_exports_saved)
        self._on_preset_changed()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Period:"))
        self.preset_combo = QComboBox()
        self.preset_combo.setAccessibleName(self.tr("Period"))
        titles = (self.tr("Last quarter"), self.tr("This quarter"), self.tr("Last 12 months"),
                  self.tr("This year"), self.tr("Last year"), self.tr("Choose dates"))  # fmt: skip
        for kind, title in zip(PRESETS, titles, strict=True):
            self.preset_combo.addItem(title, kind)
        label.setBuddy(self.preset_combo)
        today = self.ctx.today()
        self.start_edit = DateEdit(today=today)
        self.end_edit = DateEdit(today=today)
        self.start_edit.setAccessibleName(self.tr("First day"))
        self.end_edit.setAccessibleName(self.tr("Last day"))
        for widget in (label, self.preset_combo, QLabel(self.tr("from")), self.start_edit,
                       QLabel(self.tr("to")), self.end_edit):  # fmt: skip
            bar.addWidget(widget)
        bar.addStretch(1)
        self.xlsx_button = QPushButton(self.tr("Export Excel…"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.xlsx_button.clicked.connect(lambda: self._on_export_clicked("xlsx"))
        self.pdf_button.clicked.connect(lambda: self._on_export_clicked("pdf"))
        bar.addWidget(self.xlsx_button)
        bar.addWidget(self.pdf_button)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        layout.addWidget(self.summary)
        self.model = MeasuresModel(self.texts, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Program measures table"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().hide()
        # the definitions wrap in the last column: the rows follow its width once laid out
        self.table.horizontalHeader().sectionResized.connect(self._on_section_resized)
        self.table.clicked.connect(self._on_table_clicked)
        self.table.activated.connect(self._on_table_clicked)
        layout.addWidget(self.table, 1)
        self.preset_combo.currentIndexChanged.connect(self._on_preset_changed)
        self.start_edit.dateChanged.connect(self._on_dates_changed)
        self.end_edit.dateChanged.connect(self._on_dates_changed)

    # ----- period
    def period(self) -> tuple[dt.date, dt.date]:
        start, end = self.start_edit.value(), self.end_edit.value()
        assert start is not None and end is not None  # required dates
        return start, end

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Show the measures from ``start`` to ``end`` (the period picker set to "Choose dates")."""
        self.preset_combo.setCurrentIndex(PRESETS.index("custom"))
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.set_value(day)
            edit.blockSignals(False)
        self.refresh()

    def _on_preset_changed(self, *_args: object) -> None:
        dates = preset_dates(str(self.preset_combo.currentData()), self.ctx.today())
        if dates is None:
            return
        for edit, day in zip((self.start_edit, self.end_edit), dates, strict=True):
            edit.blockSignals(True)
            edit.set_value(day)
            edit.blockSignals(False)
        self.refresh()

    def _on_dates_changed(self, *_args: object) -> None:
        custom = PRESETS.index("custom")
        if self.preset_combo.currentIndex() != custom:
            self.preset_combo.blockSignals(True)
            self.preset_combo.setCurrentIndex(custom)
            self.preset_combo.blockSignals(False)
        self.refresh()

    # ----- reading
    def refresh(self) -> None:
        """Read the measures of the period shown (in the runner; only the newest read counts)."""
        start, end = self.period()
        if end < start:  # said beside the dates while the user is still choosing them
            self.summary.setText(self.tr("The last day is before the first day."))
            return
        svc = self.ctx.svc
        self.summary.setText(self.tr("Reading…"))
        self.loader.start(lambda: program_measures(svc, start, end), self._on_loaded,
                          self._on_failed)  # fmt: skip

    def _on_loaded(self, data: ProgramMeasures) -> None:
        self.model.set_measures(data, self.tr("Program"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 230)
        for column in range(1, self.model.definition_column):  # a specialist's whole name
            self.table.setColumnWidth(column, max(120, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()
        period = self.tr("%1 to %2").replace("%1", format_date(data.period.start)).replace(
            "%2", format_date(data.period.end))  # fmt: skip
        hint = self.tr("Click a count to see the families behind it.")
        if not self.may_list:
            hint = self.tr("Administrators see counts only, never the families behind them.")
        self.summary.setText(f"{period}. {common_note()} {hint}")
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError) and not isinstance(exc, PermissionDeniedError):
            self.summary.setText(exc.message)  # e.g. a period too long: beside the dates
            return
        self.summary.setText("")
        show_error(self, exc)

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == self.model.definition_column:
            self.table.resizeRowsToContents()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    # ----- the families behind a count
    def _on_table_clicked(self, index: QModelIndex) -> None:
        cell = self.model.count_cell(index)
        if cell is None or self.model.data_ is None:
            return
        text, specialist, name = cell
        if not self.may_list:
            why = refusal(self.ctx.user.role, Permission.REPORT, Relation.TEAM)
            QMessageBox.information(self, self.tr("Counts only"), why)
            return
        self.open_families(text, specialist, name)

    def open_families(self, text: MeasureText, specialist: int | None, name: str) -> QWidget:
        """Open the families behind one count (a window of its own, not modal)."""
        from imh_desktop.ui.team.measure_families import MeasureFamiliesDialog

        assert self.model.data_ is not None
        period = self.model.data_.period
        dialog = MeasureFamiliesDialog(self.ctx, text, specialist, name, period, self)
        dialog.family_open_requested.connect(self.family_open_requested)
        dialog.show()
        self.families_dialog = dialog
        return dialog

    # ----- exports
    def _on_export_clicked(self, fmt: str) -> None:
        start, end = self.period()
        self.exports.export(fmt, start, end, self.texts, self.tr("Program"), common_note())

    def _on_exports_saved(self, name: str) -> None:
        self.summary.setText(self.tr("Saved %1.").replace("%1", name))
