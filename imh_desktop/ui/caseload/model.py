"""Qt models of the caseload: a table over CaseloadRow records and a filtering proxy.

Columns are declared once (key, title, alignment, formatter, sort key). Each
cell's text and sort key is computed at most once per row received, so
``data()`` never touches the database. The search text is taken
for every row as the rows arrive (filtering needs it all), a column's sort keys
for every row when the table is first sorted by that column, and a row's cell
texts and tooltips when first asked for: the first paint of a large caseload
formats only the rows it measures and shows, and keys only the column it is
sorted by.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from imh_desktop.domain.enums import FamilyStatus
from imh_desktop.services.caseload.table import CaseloadRow, fold_text
from imh_desktop.ui.caseload.columns import (
    ALERT_COLUMN,
    COLUMNS,
    FAMILY_COLUMN,
    WARN_COLUMNS,
    alert_tooltip,
)
from imh_desktop.ui.caseload.columns import (
    COLUMN_INDEX as COLUMN_INDEX,
)
from imh_desktop.ui.common.keyed_sort import KeyedSort, MaskFilterProxy, ranked
from imh_desktop.ui.common.widgets import warning_color

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FAMILY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
DUE_SOON_DAYS = 7
_UNSET: Any = object()  # a sort key not computed yet


class CaseloadTableModel(KeyedSort):
    """The caseload rows; cells and sort keys precomputed when rows are set."""

    _parallel = ("_rows", "_texts", "_keys", "_tips", "_search")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []
        self._texts: list[tuple[str, ...] | None] = []  # None: not formatted yet
        self._keys: list[list[Any]] = []  # _UNSET until its column is sorted by or asked for
        self._keyed: set[int] = set()  # columns whose keys every row has
        self._tips: list[tuple[str | None, ...] | None] = []  # None: not made yet
        self._search: list[str] = []
        # Bumped on every change of rows or order, so the proxy knows its mask is stale.
        self.generation = 0
        self._sorting = (COLUMN_INDEX["next_visit_due"], Qt.SortOrder.AscendingOrder)
        self._bold = QFont()
        self._bold.setBold(True)
        self.set_palette(QGuiApplication.palette())

    def set_palette(self, palette: QPalette) -> None:
        """Pick the warning colour for the current (light or dark) palette."""
        self._warn = QBrush(warning_color(palette))
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )

    def set_rows(self, rows: Sequence[CaseloadRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)
        self._keys = [[_UNSET] * len(COLUMNS) for _ in self._rows]
        self._keyed = set()
        self._fill_keys(self._sorting[0])
        self._tips = [None] * len(self._rows)
        self._search = [r.search_text for r in self._rows]
        self.generation += 1
        self._reorder(ranked(self._keys, *self._sorting))
        self.endResetModel()

    def _row_texts(self, row: int) -> tuple[str, ...]:
        """The cell texts of ``row``, formatted on first use."""
        texts = self._texts[row]
        if texts is None:
            texts = self._texts[row] = self._cells(self._rows[row])
        return texts

    def _row_tips(self, row: int) -> tuple[str | None, ...]:
        """The tooltips of ``row``, made on first use."""
        tips = self._tips[row]
        if tips is None:
            tips = self._tips[row] = self._tooltips(self._rows[row])
        return tips

    @staticmethod
    def _cells(row: CaseloadRow) -> tuple[str, ...]:
        return tuple(c.text(row) for c in COLUMNS)

    @staticmethod
    def _sort_keys(row: CaseloadRow) -> list[Any]:
        return [c.sort_key(row) for c in COLUMNS]

    def _fill_keys(self, column: int) -> None:
        """Give every row its sort key of ``column`` and of the first column (ties)."""
        for col in {column, 0} - self._keyed:
            key_of = COLUMNS[col].sort_key
            for record, keys in zip(self._rows, self._keys, strict=True):
                if keys[col] is _UNSET:
                    keys[col] = key_of(record)
            self._keyed.add(col)

    def _key(self, row: int, column: int) -> Any:
        keys = self._keys[row]
        if keys[column] is _UNSET:
            keys[column] = COLUMNS[column].sort_key(self._rows[row])
        return keys[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self._fill_keys(column)
        super().sort(column, order)

    @staticmethod
    def _tooltips(row: CaseloadRow) -> tuple[str | None, ...]:
        return tuple(c.tooltip(row) if c.tooltip else None for c in COLUMNS)

    def put_row(self, record: CaseloadRow) -> None:
        """Replace the family's row with ``record`` (or add it), keeping the sort order.

        Persistent indexes (the selection, the current row) follow their rows.
        """
        row = self.row_of_family(record.family_id)
        if row < 0:
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._append(record)
            self.endInsertRows()
        else:
            self._rows[row] = record
            self._texts[row] = None
            self._keys[row] = self._sort_keys(record)
            self._tips[row] = None
            self._search[row] = record.search_text
            self.generation += 1
            last = self.index(row, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(row, 0), last)
        self.sort(*self._sorting)  # the row may belong elsewhere now

    def _append(self, record: CaseloadRow) -> None:
        self._rows.append(record)
        self._texts.append(None)
        self._keys.append(self._sort_keys(record))
        self._tips.append(None)
        self._search.append(record.search_text)
        self.generation += 1

    def remove_family(self, family_id: int) -> bool:
        """Drop the family's row; False when it is not shown."""
        row = self.row_of_family(family_id)
        if row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        for name in ("_rows", "_texts", "_keys", "_tips", "_search"):
            del getattr(self, name)[row]
        self.generation += 1
        self.endRemoveRows()
        return True

    def row_record(self, row: int) -> CaseloadRow:
        return self._rows[row]

    def rows(self) -> list[CaseloadRow]:
        return list(self._rows)

    def search_texts(self) -> list[str]:
        """Each row's folded search text, in row order (shared, do not modify)."""
        return self._search

    def sort_key(self, row: int, column: int) -> Any:
        return self._key(row, column)

    def row_of_family(self, family_id: int) -> int:
        for i, record in enumerate(self._rows):
            if record.family_id == family_id:
                return i
        return -1

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # One call into Python where the inherited index() made two (rowCount, columnCount):
        # the filter proxy asks for a source index with every cell it paints.
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(row)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._row_tips(row)[col] or self._row_texts(row)[col] or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(COLUMNS[col].alignment)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col in WARN_COLUMNS and self._rows[row].overdue:
                return self._warn
            return None
        if role == Qt.ItemDataRole.FontRole and col in (ALERT_COLUMN, FAMILY_COLUMN):
            return self._bold if self._rows[row].open_alerts else None
        if role == Qt.ItemDataRole.DecorationRole and col == FAMILY_COLUMN:
            return self._alert_icon(self._rows[row])
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and col == FAMILY_COLUMN:
            return alert_tooltip(self._rows[row]) or None
        if role == SORT_ROLE:
            return self._key(row, col)
        if role == FAMILY_ID_ROLE:
            return self._rows[row].family_id
        return None

    def cell_looks(self, row: int, column: int) -> tuple[str, bool, bool]:
        """(text, bold, with an icon) of a cell as ``data`` gives them: what its width depends
        on. ``widths`` measures up to 6,400 cells with it instead of three ``data`` calls each
        through the filter proxy."""
        alert = bool(self._rows[row].open_alerts)
        bold = alert and column in (ALERT_COLUMN, FAMILY_COLUMN)
        return self._row_texts(row)[column], bold, alert and column == FAMILY_COLUMN

    @property
    def bold_font(self) -> QFont:
        """The font of a bold cell (``FontRole``), unresolved."""
        return self._bold

    def _alert_icon(self, record: CaseloadRow) -> QIcon | None:
        """A warning sign on the family's name while an alert is open (critical when urgent):
        beside the name it stays in view whatever the width or scaling."""
        if not record.open_alerts:
            return None
        style = QApplication.style()
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if record.urgent_alerts
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        return style.standardIcon(pixmap)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].shown_title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(COLUMNS[section].alignment)
        if role == Qt.ItemDataRole.ToolTipRole:
            return COLUMNS[section].long_title
        return None


class CaseloadFilterProxy(MaskFilterProxy):
    """Search-as-you-type over the folded search text, plus the filter bar's choices."""

    DUE_ANY, DUE_SOON, DUE_OVERDUE = "any", "due", "overdue"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._tokens: tuple[str, ...] = ()
        self._source: CaseloadTableModel | None = None
        self.status: FamilyStatus | None = None
        self.specialist_id: int | None = None
        self.due = self.DUE_ANY
        self.alerts_only = False
        self.unsigned_only = False
        self.today: dt.date | None = None  # set by the window from its clock

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        super().setSourceModel(model)
        self._source = model if isinstance(model, CaseloadTableModel) else None
        # Drop the mask *before* the source changes: the proxy's own handlers of
        # modelReset/layoutChanged re-filter before any slot connected here runs.
        for signal in (
            model.modelAboutToBeReset, model.layoutAboutToBeChanged,
            model.rowsAboutToBeInserted, model.rowsAboutToBeRemoved,
            model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
        ):  # fmt: skip
            signal.connect(self._forget_mask)

    def set_search(self, text: str) -> None:
        self._tokens = tuple(fold_text(text).split())
        self.refilter()

    def set_filters(self, **values: Any) -> None:
        """Change any of status, specialist_id, due, alerts_only, unsigned_only, today."""
        for name in values:
            if not hasattr(self, name) or name.startswith("_"):
                raise AttributeError(name)
        for name, value in values.items():
            setattr(self, name, value)
        self.refilter()

    def _forget_mask(self, *_args: object) -> None:
        self._mask = None

    def accepts(self, row: CaseloadRow) -> bool:
        """Whether ``row`` passes the search and every filter."""
        if self._tokens and not all(t in row.search_text for t in self._tokens):
            return False
        if self.status is not None and row.status is not self.status:
            return False
        if self.specialist_id is not None and row.specialist_id != self.specialist_id:
            return False
        if self.alerts_only and not row.open_alerts:
            return False
        if self.unsigned_only and not row.unsigned_notes:
            return False
        if self.due == self.DUE_OVERDUE:
            return row.overdue
        if self.due == self.DUE_SOON:
            due = row.next_visit_due
            if due is None:
                return False
            return self.today is None or due <= self.today + dt.timedelta(days=DUE_SOON_DAYS)
        return True

    def _compute_mask(self) -> list[bool]:
        """Which source rows pass, computed for all rows at once (search first, it is cheap)."""
        source = self._source
        texts = source.search_texts() if source is not None else []
        tokens = self._tokens
        if not tokens:
            mask = [True] * len(texts)
        elif len(tokens) == 1:
            token = tokens[0]
            mask = [token in text for text in texts]
        else:
            mask = [all(t in text for t in tokens) for text in texts]
        if source is not None and self._other_filters_active():
            rows = source.rows()
            mask = [ok and self.accepts(row) for ok, row in zip(mask, rows, strict=True)]
        return mask

    def _other_filters_active(self) -> bool:
        return (
            self.status is not None
            or self.specialist_id is not None
            or self.alerts_only
            or self.unsigned_only
            or self.due != self.DUE_ANY
        )

    def family_id(self, proxy_row: int) -> int | None:
        if not 0 <= proxy_row < self.rowCount():
            return None
        family_id = self.index(proxy_row, 0).data(FAMILY_ID_ROLE)
        return int(family_id) if family_id is not None else None
