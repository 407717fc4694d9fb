"""The caseload's column widths: each column as wide as its content, the important ones always.

Case, family, children (with ages), next due and alerts are always shown. The
others are shown while they fit beside them; when the window is too narrow the
least needed go first (``DROP_ORDER``), and come back when there is room again.
A column the person hid (View > Columns) stays hidden; one she showed stays.
Room left over goes to the children column, never to an edge column. When columns
are dropped, the children column counts as no wider than two children with their
ages need (``CHILDREN_WIDTH``): one family's longer line (two children with
corrected ages, three children) does not push the specialist out for everyone;
that line ends in "…" and its tooltip shows it whole. When even the essential
columns are too wide, the children column gives way, down to its title's width,
before a scroll bar appears.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from imh_desktop.ui.caseload.columns import COLUMN_INDEX, COLUMNS
from imh_desktop.ui.caseload.model import CaseloadTableModel

ESSENTIAL = ("case_number", "family", "children", "next_visit_due", "alerts")
# The optional columns in the order they give way when the window is narrow.
DROP_ORDER = (
    "enrolled",
    "caregiver",
    "status",
    "active_goals",
    "days_since_contact",
    "unsigned_notes",
    "last_visit",
    "visits_this_month",
    "specialist",
)
GROWING = "children"
GROWING_COLUMN = COLUMN_INDEX[GROWING]  # takes the room left over
MAX_WIDTH = 420  # px: no column (but the children) grows past it
# px the children column claims at most before others give way ("Emilia Pérez, 33 m 10 d;
# Emiliano Pérez, 33 m 10 d · cumple 3 años pronto" is 455): more only from the room left.
CHILDREN_WIDTH = 560
PADDING = 12  # px beside a cell's own size hint
ROWS_MEASURED = 400  # rows a column's width is measured on (the first, in sort order)


def content_width(table: QTableView, column: int, title: int) -> int:
    """What a column needs: its header ``title`` width or its widest cell."""
    return max(title, _cells_width(table, column))


def _cells_width(table: QTableView, column: int, source_rows: list[int] | None = None) -> int:
    """The widest of the first ``ROWS_MEASURED`` cells' size hints.

    A cell's size hint grows with its text's width among cells of the same font and with
    or without an icon, so only the widest text of each such kind is asked for its size
    hint (a size hint asks the model about ten questions and lays the cell out).
    ``source_rows``: the shown rows' rows in the caseload model, to read each cell's text,
    font and icon from it directly (``CaseloadTableModel.cell_looks``).
    """
    model = table.model()
    rows = min(model.rowCount(), ROWS_MEASURED)
    base = table.font()
    fonts = _Fonts(base)
    advances: dict[tuple[str, str], int] = {}  # a column repeats its texts (dates, counts, names)
    widest: dict[tuple[str, bool], tuple[int, int]] = {}  # (font, icon) -> (text width, row)
    for row, (text, font, icon) in enumerate(_looks(table, column, rows, source_rows)):
        key, metrics = fonts.of(font)
        shown = "" if text is None else str(text)
        advance = advances.get((key, shown))
        if advance is None:
            advance = advances[key, shown] = metrics.horizontalAdvance(shown)
        kind = (key, icon)
        if kind not in widest or advance > widest[kind][0]:
            widest[kind] = (advance, row)
    hints = (table.sizeHintForIndex(model.index(row, column)).width() for _, row in widest.values())
    return max(hints, default=-PADDING) + PADDING if rows else 0


class _Fonts:
    """A cell's font's key and metrics. Asking a QFont for its key costs as much as measuring a
    text, and the caseload's cells share two fonts (the table's and its bold): the same font
    object as the cell before is not asked again."""

    def __init__(self, base: QFont) -> None:
        self.base = base
        self.metrics: dict[str, QFontMetrics] = {}
        self.plain = self._resolve(base)
        self.last: tuple[QFont | None, tuple[str, QFontMetrics]] = (None, self.plain)

    def _resolve(self, font: QFont) -> tuple[str, QFontMetrics]:
        key = font.key()
        if key not in self.metrics:
            self.metrics[key] = QFontMetrics(font)
        return key, self.metrics[key]

    def of(self, font: QFont | None) -> tuple[str, QFontMetrics]:
        if font is None:
            return self.plain
        if font is not self.last[0]:  # held here, so never a new font at a freed one's address
            self.last = (font, self._resolve(font.resolve(self.base)))
        return self.last[1]


def _looks(
    table: QTableView, column: int, rows: int, source_rows: list[int] | None
) -> Iterator[tuple[object, QFont | None, bool]]:
    """(display text, font or None, with an icon) of the column's first ``rows`` cells."""
    model = table.model()
    source = _caseload_source(table)
    if source is not None and source_rows is not None and len(source_rows) >= rows:
        bold = source.bold_font
        for row in source_rows[:rows]:
            text, is_bold, icon = source.cell_looks(row, column)
            yield text, bold if is_bold else None, icon
        return
    for row in range(rows):
        index = model.index(row, column)
        text = model.data(index, Qt.ItemDataRole.DisplayRole)
        font = model.data(index, Qt.ItemDataRole.FontRole)
        yield text, font, model.data(index, Qt.ItemDataRole.DecorationRole) is not None


def _caseload_source(table: QTableView) -> CaseloadTableModel | None:
    model = table.model()
    source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
    return source if isinstance(source, CaseloadTableModel) else None


def shown_source_rows(table: QTableView, rows: int) -> list[int] | None:
    """The caseload model's rows of the table's first ``rows`` shown rows (None: no caseload)."""
    model = table.model()
    if _caseload_source(table) is None:
        return None
    if not isinstance(model, QSortFilterProxyModel):
        return list(range(min(rows, model.rowCount())))
    count = min(rows, model.rowCount())
    return [model.mapToSource(model.index(row, 0)).row() for row in range(count)]


class CellWidths:
    """The widest cell of each column, measured once until the rows, their order or the font
    change. Measuring asks each of up to 400 cells a column for its size hint (6,400 calls
    into the model): done on every resize, it was most of the start-up's extra time."""

    def __init__(self, table: QTableView) -> None:
        self.table = table
        self.widths: dict[int, int] = {}
        self.source_rows: list[int] | None = None  # the shown rows' in the model, once a round
        self.font = ""
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.dataChanged,
                       model.rowsInserted, model.rowsRemoved, model.rowsMoved):  # fmt: skip
            signal.connect(self.clear)

    def clear(self, *_args: object) -> None:
        self.widths.clear()
        self.source_rows = None

    def __call__(self, column: int, title: int) -> int:
        font = self.table.font().key()
        if font != self.font:
            self.font = font
            self.widths.clear()
        if column not in self.widths:
            if self.source_rows is None:
                self.source_rows = shown_source_rows(self.table, ROWS_MEASURED)
            self.widths[column] = _cells_width(self.table, column, self.source_rows)
        return max(title, self.widths[column])


def fit_columns(
    table: QTableView, user_hidden: set[str], user_shown: set[str],
    measure: Callable[[int, int], int] | None = None,
) -> set[str]:  # fmt: skip
    """Size and show or hide the columns for the table's width; returns the keys hidden
    for want of room (``user_hidden`` and ``user_shown`` are the person's own choices).
    ``measure(column, title width)`` gives a column's width (``CellWidths`` remembers them)."""
    width_of = measure or (lambda column, title: content_width(table, column, title))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    room = table.viewport().width()
    if room <= 0:
        return set()
    for i in range(len(COLUMNS)):
        header.setSectionHidden(i, False)  # a hidden section has no size hint
    # Qt draws the sort arrow in the sorted column only: the others need no room for it.
    with_arrow = [header.sectionSizeHint(i) for i in range(len(COLUMNS))]
    shown_arrow = header.isSortIndicatorShown()
    header.setSortIndicatorShown(False)
    titles = [header.sectionSizeHint(i) for i in range(len(COLUMNS))]
    header.setSortIndicatorShown(shown_arrow)
    if shown_arrow and 0 <= header.sortIndicatorSection() < len(COLUMNS):
        titles[header.sortIndicatorSection()] = with_arrow[header.sortIndicatorSection()]
    wants = {c.key: width_of(i, titles[i]) for i, c in enumerate(COLUMNS)}
    wants = {k: min(w, CHILDREN_WIDTH if k == GROWING else MAX_WIDTH) for k, w in wants.items()}
    shown = [c.key for c in COLUMNS if c.key not in user_hidden or c.key in ESSENTIAL]
    squeezed: set[str] = set()
    for key in DROP_ORDER:
        if sum(wants[k] for k in shown) <= room:
            break
        if key in shown and key not in user_shown:
            shown.remove(key)
            squeezed.add(key)
    spare = room - sum(wants[k] for k in shown)
    # The room left over, or short of room what the others leave, down to its title.
    grows = max(wants[GROWING] + spare, min(wants[GROWING], titles[GROWING_COLUMN]))
    for i, column in enumerate(COLUMNS):
        header.setSectionHidden(i, column.key not in shown)
        header.resizeSection(i, grows if i == GROWING_COLUMN else wants[column.key])
    return squeezed
