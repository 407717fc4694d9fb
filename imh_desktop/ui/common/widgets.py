"""Small shared widgets: forms with an error under each field, dates, enum drop-downs,
theme-aware colours, and a read-only table model and table set-up for short lists.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.ui.common import labels
from imh_desktop.ui.common.local_format import format_date

DATE_FORMAT = "d MMM yyyy"
_NO_DATE = QDate(1900, 1, 1)
AnyIndex = QModelIndex | QPersistentModelIndex
W = TypeVar("W", bound=QWidget)
TV = TypeVar("TV", bound=QTableView)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def warning_color(palette: QPalette) -> QColor:
    """Overdue and error text: a clear red that stays readable on light and dark."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


def problem_label(parent: QWidget) -> QLabel:
    """A hidden, word-wrapped line for what went wrong, in ``parent``'s warning colour."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {warning_color(parent.palette()).name()};")
    label.hide()
    return label


def alert_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """Calm amber badge (background, text) for open alerts, in light and dark variants."""
    if is_dark(palette):
        return QColor("#5c4400"), QColor("#ffe08a")
    return QColor("#fff1c2"), QColor("#6b4e00")


class WrappedLabel(QLabel):
    """A word-wrapped label that is never given less height than its lines need.

    Layouts inside a scroll area ask a wrapped label for its height at a guessed
    width and may squeeze it when the real width is narrower; this label sets its
    minimum height from its real width whenever that changes.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        need = self.heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)


class DateEdit(QDateEdit):
    """A date picker with a calendar; ``optional`` allows "No date" (Delete clears it).

    A required date starts at ``today`` (the context's clock, passed in by the
    form that owns it) and goes back to it when set to None; this widget never
    reads the wall clock.
    """

    def __init__(
        self, optional: bool = False, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.today = today
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        if optional:
            self.setMinimumDate(_NO_DATE)
            self.setSpecialValueText(self.tr("No date"))
        self.set_value(None)

    def value(self) -> dt.date | None:
        qdate = self.date()
        if self.optional and qdate == _NO_DATE:
            return None
        return dt.date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value``; None is "No date" when optional, else ``today`` when known."""
        if value is None and not self.optional:
            value = self.today
        if value is not None:
            self.setDate(QDate(value.year, value.month, value.day))
        elif self.optional:
            self.setDate(_NO_DATE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.optional and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self.lineEdit().selectedText() == self.lineEdit().text():
                self.setDate(_NO_DATE)
                return
        super().keyPressEvent(event)


class EnumCombo(QComboBox):
    """A drop-down of an enum's members, shown by their labels (``labels.label``).

    Members are kept on the Python side: Qt would hand a StrEnum back as a plain str.
    """

    def __init__(self, members: Sequence[Enum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members = list(members)
        for member in self.members:
            self.addItem(labels.label(member))

    def value(self) -> Any:
        index = self.currentIndex()
        return self.members[index] if index >= 0 else None

    def set_value(self, value: Any) -> None:
        if value in self.members:
            self.setCurrentIndex(self.members.index(value))


class FieldForm(QWidget):
    """A form whose fields each have an error line underneath, shown on demand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add_field(self, name: str, label: str, widget: W) -> W:
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel()
        error.setWordWrap(True)
        error.setVisible(False)
        error.setAccessibleName(self.tr("{0} error").format(label.rstrip(":")))
        error.setStyleSheet(f"color: {warning_color(self.palette()).name()};")
        box.addWidget(error)
        self.layout_.addRow(label, cell)
        widget.setAccessibleName(label.rstrip(":"))
        self.widgets[name], self.errors[name] = widget, error
        return widget

    def fix_height(self, widget: QWidget, height: int) -> None:
        """Give ``widget`` (a field of this form) a fixed height, and its row too.

        Without the second part a taller neighbour stretches the row and the
        field floats in the middle of it, away from its label.
        """
        widget.setFixedHeight(height)
        row = widget.parentWidget()
        if row is not None:
            row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_error(self, name: str | None, message: str) -> bool:
        """Show ``message`` under field ``name``; False when the form has no such field."""
        if name not in self.errors:
            return False
        self.errors[name].setText(message)
        self.errors[name].setVisible(True)
        self.widgets[name].setFocus()
        return True

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""


@dataclass(frozen=True)
class ListColumn:
    """A column of a RecordListModel; ``title`` marked QT_TRANSLATE_NOOP("ListColumn", ...)."""

    title: Any
    value: Callable[[Any], Any]
    align_right: bool = False


class RecordListModel(QAbstractTableModel):
    """A read-only table over a list of frozen records, one row per record."""

    def __init__(self, columns: Sequence[ListColumn], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.records: list[Any] = []
        self._cells: list[tuple[str, ...]] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self._cells = [tuple(_cell_text(c.value(r)) for c in self.columns) for r in records]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ListColumn", str(self.columns[section].title))
        if role == Qt.ItemDataRole.TextAlignmentRole:  # headings sit over their values
            right = self.columns[section].align_right
            side = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, Enum):
        return labels.label(value)
    return str(value)


def list_table(
    model: QAbstractItemModel,
    name: str,
    *,
    alternating: bool = False,
    stretch_column: int | None = None,
) -> QTableView:
    """A read-only, single-row-selection table for a short list, over ``model``.

    Set up by :func:`read_only_table`.
    """
    table = QTableView()
    table.setModel(model)
    return read_only_table(table, name, alternating=alternating, stretch_column=stretch_column)


def read_only_table(
    table: TV,
    name: str,
    *,
    alternating: bool = False,
    stretch_column: int | None = None,
) -> TV:
    """``table`` (a QTableView or a QTableWidget) read-only, one whole row selected at a time.

    Columns fit their contents; ``stretch_column`` (else the last) takes the
    rest. Rows are as tall as their wrapped text. Headings stay plain when a
    row is selected. Returns ``table``.
    """
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(alternating)
    table.verticalHeader().hide()
    # A short list: every row as tall as its wrapped text, so no note is cut through.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table


def fit_rows(table: QTableView, min_rows: int = 2, max_rows: int = 6) -> None:
    """Size a short list's table to its rows (``min_rows`` to ``max_rows`` of them), so that
    none is cut through and no box stands empty; past ``max_rows`` it scrolls by whole rows."""
    model = table.model()
    count = model.rowCount() if model is not None else 0
    rows = min(max(count, min_rows), max_rows)
    row_height = table.verticalHeader().defaultSectionSize()
    if count:
        table.resizeRowsToContents()
        row_height = max(table.rowHeight(r) for r in range(min(count, max_rows)))
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    table.setFixedHeight(height + rows * row_height + 2)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open ``window`` at ``width`` x ``height``, or smaller when its screen is smaller
    (the frame included)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else None
    if area is None or area.isEmpty():
        window.resize(width, height)
        return
    frame = 40  # title bar and borders, before the window is shown
    window.resize(min(width, area.width() - 8), min(height, area.height() - frame))


def finished_look(widget: QWidget, finished: bool) -> None:
    """Locked controls of a signed note in full contrast: disabled, but not pale."""
    if not finished:
        widget.setPalette(QPalette())  # back to the inherited palette
        return
    palette = widget.palette()
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(
            QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role)
        )
    widget.setPalette(palette)
