"""Does a window fit its screen and read in full? Checks used by the layout tests.

``fit_problems(window, screen)`` lists, in words, what a person would see cut:
a window (or its smallest layout) larger than the screen, a table header
narrower than its title, a cell whose text is elided, a label or button
narrower than its text, a table that needs horizontal scrolling. ``unnamed``
lists the controls a screen reader could not name (no accessible name, no
label buddy, no text of their own).

Both walk only what is shown: hidden and zero-size widgets are skipped, and a
tab page counts only when it is the current one.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QTableView,
    QTextEdit,
    QWidget,
)

# Rows of a table whose cells are checked for elided text (the first screenful is enough).
CELL_ROWS = 40
_ELIDE_TOLERANCE = 2  # px: rounding in font metrics


def describe(widget: QWidget) -> str:
    """A short, stable name for a widget in a problem's text."""
    name = widget.accessibleName() or widget.objectName()
    text = getattr(widget, "text", None)
    if not name and callable(text):
        value = text()
        name = value if isinstance(value, str) else ""
    return f"{type(widget).__name__}({name[:40]!r})"


def shown_widgets(root: QWidget) -> Iterator[QWidget]:
    """``root`` and every descendant a person can see now."""
    if not root.isVisible() or root.width() <= 0 or root.height() <= 0:
        return
    yield root
    for child in root.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if child.isWindow():
            continue
        yield from shown_widgets(child)


def fit_problems(window: QWidget, screen: QSize) -> list[str]:
    """What does not fit or reads cut in ``window`` on a ``screen`` (logical pixels)."""
    found = []
    min_hint = window.minimumSizeHint()
    for what, size in (("window", window.frameGeometry().size()), ("smallest layout", min_hint)):
        if size.width() > screen.width() or size.height() > screen.height():
            found.append(
                f"{describe(window)}: {what} {size.width()}x{size.height()} is larger than "
                f"the screen {screen.width()}x{screen.height()}"
            )
    for widget in shown_widgets(window):
        if (
            isinstance(widget, QAbstractScrollArea)
            and not isinstance(widget, (QTableView, QTextEdit, QPlainTextEdit))
            and widget.horizontalScrollBar().isVisible()
            and widget.horizontalScrollBar().maximum() > 0
        ):
            found.append(f"{describe(widget)}: needs horizontal scrolling")
        if isinstance(widget, QHeaderView):
            found.extend(header_truncations(widget))
        elif isinstance(widget, QTableView):
            found.extend(cell_truncations(widget))
            bar = widget.horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                found.append(f"{describe(widget)}: needs horizontal scrolling")
            found.extend(row_clipping(widget))
        elif isinstance(widget, QLabel):
            found.extend(label_truncations(widget))
        elif isinstance(widget, QLineEdit) and widget.isReadOnly() and widget.text():
            need = widget.fontMetrics().horizontalAdvance(widget.text()) + 10
            if widget.width() < need:  # nothing to scroll it with but the cursor
                found.append(f"{describe(widget)}: read-only text cut ({widget.width()} < {need})")
        elif isinstance(widget, QAbstractButton):
            hint = widget.minimumSizeHint().width()
            if widget.text() and widget.width() + _ELIDE_TOLERANCE < hint:
                found.append(f"{describe(widget)}: {widget.width()} px wide, needs {hint}")
    return found


def header_truncations(header: QHeaderView) -> list[str]:
    """Sections of a horizontal header narrower than their title needs."""
    if header.orientation() != Qt.Orientation.Horizontal:
        return []
    found = []
    model = header.model()
    last = header.logicalIndex(header.count() - 1) if header.count() else -1
    # Qt draws the sort arrow on the sorted section only: the others need no room for it.
    with_arrow = [header.sectionSizeHint(i) for i in range(header.count())]
    shown = header.isSortIndicatorShown()
    header.setSortIndicatorShown(False)
    bare = [header.sectionSizeHint(i) for i in range(header.count())]
    header.setSortIndicatorShown(shown)
    for i in range(header.count()):
        if header.isSectionHidden(i):
            continue
        sorted_here = shown and header.sortIndicatorSection() == i
        need, have = (with_arrow if sorted_here else bare)[i], header.sectionSize(i)
        if have + _ELIDE_TOLERANCE < need and not (header.stretchLastSection() and i == last):
            title = model.headerData(i, Qt.Orientation.Horizontal) if model else i
            found.append(f"header {str(title)!r}: {have} px wide, its title needs {need}")
    return found


def row_clipping(view: QTableView, at_least: int = 3) -> list[str]:
    """A table that scrolls while showing fewer than ``at_least`` whole rows."""
    model = view.model()
    rows = model.rowCount() if model is not None else 0
    if rows == 0 or not view.verticalScrollBar().isVisible():
        return []
    height = max(view.rowHeight(0), 1)
    whole = view.viewport().height() // height
    if whole < min(rows, at_least):
        return [f"{describe(view)}: shows {whole} whole row(s) of {rows}"]
    return []


def cell_truncations(view: QTableView) -> list[str]:
    """Cells of the first rows whose text is wider than their column (shown elided)."""
    model = view.model()
    if model is None:
        return []
    header = view.horizontalHeader()
    found = []
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        width = header.sectionSize(column)
        for row in range(min(model.rowCount(), CELL_ROWS)):
            index = model.index(row, column)
            if not index.data(Qt.ItemDataRole.DisplayRole):
                continue
            need = view.sizeHintForIndex(index).width()
            if width + _ELIDE_TOLERANCE >= need:
                continue  # fits on one line
            if view.wordWrap():  # a wrapped cell is cut when its row is too low
                flags = int(Qt.TextFlag.TextWordWrap)
                # as Qt lays a cell's text out: its margin each side is the focus frame's + 1
                margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
                box = QRect(0, 0, max(width - 2 * margin, 1), 100_000)
                lines = view.fontMetrics().boundingRect(box, flags, str(index.data()))
                if lines.height() > view.rowHeight(row) + _ELIDE_TOLERANCE:
                    title = model.headerData(column, Qt.Orientation.Horizontal)
                    found.append(f"{describe(view)} column {str(title)!r}: row {row} is cut")
                    break
                continue
            title = model.headerData(column, Qt.Orientation.Horizontal)
            found.append(
                f"{describe(view)} column {str(title)!r}: {index.data()!r} is cut "
                f"({width} px wide, needs {need})"
            )
            break  # one example per column is enough
    return found


def label_truncations(widget: QLabel) -> list[str]:
    """A label narrower (or, wrapped, shorter) than its text needs."""
    if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
        return []
    if widget.wordWrap():
        need = widget.heightForWidth(widget.width())
        if need > 0 and widget.height() + _ELIDE_TOLERANCE < need:
            return [f"{describe(widget)}: {widget.height()} px high, its text needs {need}"]
        return []
    need = widget.minimumSizeHint().width()
    if widget.width() + _ELIDE_TOLERANCE < need:
        return [f"{describe(widget)}: {widget.width()} px wide, its text needs {need}"]
    return []


# Controls a person operates: each needs a name a screen reader can say.
_CONTROLS = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QAbstractItemView,
)


def unnamed(root: QWidget) -> list[str]:
    """Controls under ``root`` that a screen reader would announce without a name."""
    buddies = {id(w.buddy()) for w in root.findChildren(QLabel) if w.buddy() is not None}
    found = []
    for widget in shown_widgets(root):
        if not isinstance(widget, _CONTROLS) or isinstance(widget, QHeaderView):
            continue
        if _inner_part(widget):
            continue
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and (widget.text().strip() or widget.toolTip()):
            continue
        found.append(f"{describe(widget)} in {describe(widget.window())} has no accessible name")
    return found


def _inner_part(widget: QWidget) -> bool:
    """A part of a compound control (a spin box's line edit, a combo's list, a scroll
    area's scroll bar buttons, a table's corner button): the outer control carries the name."""
    if widget.objectName().startswith("qt_"):  # Qt's own parts, named by Qt
        return True
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        if isinstance(parent, QAbstractScrollArea) and widget in (
            parent.horizontalScrollBar(),
            parent.verticalScrollBar(),
        ):
            return True
        parent = parent.parentWidget()
    return False
