"""Row 3: the caseload table at 10,000 rows: a filter keystroke, clearing it, sorting.

Ours: the window's ``CaseloadView`` (``CaseloadTableModel`` +
``CaseloadFilterProxy``, sorted by next visit due as it opens) holding every
family of the agency, closed ones included, shown offscreen. A keystroke is
a real key press in its search box (``QTest.keyClick``); the time runs until
the proxy has re-filtered and the view has taken the change (all synchronous);
the repaint that follows is timed apart and given in the note. A sort is a
``sortByColumn`` as a header click does, timed the same way.

Baseline: the bare machinery: a plain ``QSortFilterProxyModel`` with
``setFilterFixedString`` (case-insensitive) over a minimal
``QAbstractTableModel`` holding the same strings plus the same folded search
text, in a ``QTableView`` set up the same way (sorted, no vertical header).
"""

from __future__ import annotations

import os
import time

from benchmarks.dataset import Dataset, service_context
from benchmarks.harness import Row, Target, measure, median, row_from_times
from benchmarks.reference_table import reference_model

FILTER_TARGET = Target(max_value=0.030)
NO_TARGET = Target()


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _bare_model(texts: list[tuple[str, ...]]):
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    class BareModel(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows = texts

        def rowCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else len(self.rows[0])

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

    return BareModel()


def _bare_view(proxy, sort_column: int, row_height: int):
    """A QTableView set up like the caseload table: sorted, no vertical header."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    view.resize(1380, 760)
    view.show()
    return view


def _search_word(rows) -> str:
    """Four letters of a family's surname from the middle of the list (a realistic search)."""
    from imh_desktop.services.caseload.table import fold_text

    return fold_text(rows[len(rows) // 2].family_name.split()[0])[:4]


def _timed(app, action) -> tuple[float, float]:
    """Seconds of ``action`` (synchronous: filter or sort done, view told), then of the repaint."""
    start = time.perf_counter()
    action()
    middle = time.perf_counter()
    app.processEvents()
    return middle - start, time.perf_counter() - middle


def _type(app, target, word: str, repeat: int) -> tuple[list[list[float]], list[float]]:
    """Typing ``word`` then erasing it, ``repeat`` times: seconds per key position, and repaints.

    The last position is the Backspace that empties the box (all rows back).
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    keys = [*word, *[Qt.Key.Key_Backspace] * len(word)]
    per_key: list[list[float]] = [[] for _ in keys]
    paints = []
    for _ in range(repeat):
        for i, k in enumerate(keys):
            spent, paint = _timed(app, lambda k=k: QTest.keyClick(target, k))
            per_key[i].append(spent)
            paints.append(paint)
        if target.text():
            raise AssertionError(f"search box not cleared: {target.text()!r}")
    return per_key, paints


def _slowest(per_key: list[list[float]]) -> tuple[int, list[float]]:
    """The key position whose median is the worst, and its times."""
    worst = max(range(len(per_key)), key=lambda i: median(per_key[i]))
    return worst, per_key[worst]


def _key_name(word: str, position: int) -> str:
    if position < len(word):
        return f"typing '{word[: position + 1]}'"
    left = word[: 2 * len(word) - position - 1]
    return f"Backspace to '{left}'"


def _repaint_row(app, ours, bare_view, repeat: int) -> Row:
    """One repaint of a screenful of rows, under the app's style (its focus ring installed).

    Ours: the caseload table. Baseline: the bare view with the platform's own style, as a
    view without Python in its painting would have. The note gives a plain QTableView
    under the app's style: the cost of a Python call per cell, which the caseload avoids.
    """
    from PySide6.QtWidgets import QTableView

    from benchmarks.harness import measure_pair
    from imh_desktop.ui.common.appearance import install_focus_ring, platform_style

    plain = app.style().name()
    install_focus_ring(app)  # as the app's apply_appearance does
    bare_view.setStyle(platform_style(bare_view))
    wrapped = QTableView()  # a table under the app's style, cell by cell through Python
    wrapped.setModel(bare_view.model())
    wrapped.resize(bare_view.size())
    wrapped.show()
    app.processEvents()

    def paint(view) -> None:
        view.viewport().repaint()

    ours_t, bare_t = measure_pair(lambda: paint(ours.table), lambda: paint(bare_view), repeat)
    wrapped_t = measure(lambda: paint(wrapped), repeat)
    wrapped.close()
    app.setStyle(plain)  # the benchmarks after this one paint under the style they had
    return row_from_times(
        "caseload table: repaint a screenful (the app's style)",
        ours_t,
        bare_t,
        NO_TARGET,
        note=f"a QTableView under the app's focus-ring style: {median(wrapped_t) * 1000:.1f} ms; "
        "baseline: the bare view in the platform's style",
    )


def run(dataset: Dataset, repeat: int) -> list[Row]:
    app = _app()
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QLineEdit

    from imh_desktop.data.db import Database
    from imh_desktop.services.caseload.table import list_caseload
    from imh_desktop.ui.caseload.model import COLUMN_INDEX
    from imh_desktop.ui.caseload.view import CaseloadView

    db = Database(dataset.url)
    try:
        ctx = service_context(db, dataset.info)  # the supervisor, on the data set's day
        rows = list_caseload(ctx, "team", include_closed=True)
    finally:
        db.dispose()
    n = f"{len(rows):,}"
    word = _search_word(rows)
    family_col, due_col = COLUMN_INDEX["family"], COLUMN_INDEX["next_visit_due"]

    ours = CaseloadView()
    ours.proxy.set_filters(today=dataset.info.today_date)
    ours.resize(1400, 800)
    ours.show()
    load = measure(lambda: (ours.set_rows(rows), app.processEvents()), repeat)
    model = ours.model
    texts = [
        (*(model.index(r, c).data() for c in range(model.columnCount())), rows[r].search_text)
        for r in range(len(rows))
    ]
    bare_model = _bare_model(texts)
    bare = QSortFilterProxyModel()
    bare.setSourceModel(bare_model)
    bare.setFilterKeyColumn(len(texts[0]) - 1)
    bare.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    bare_view = _bare_view(bare, due_col, ours.table.verticalHeader().defaultSectionSize())
    bare_box = QLineEdit()
    bare_box.textChanged.connect(bare.setFilterFixedString)
    bare_load = measure(
        lambda: (bare_model.beginResetModel(), bare_model.endResetModel(), app.processEvents()),
        repeat,
    )
    app.processEvents()

    ours_keys, ours_paint = _type(app, ours.search, word, repeat)
    bare_keys, bare_paint = _type(app, bare_box, word, repeat)
    ref_model = reference_model(
        [t[:-1] for t in texts],
        [tuple(model.sort_key(r, c) for c in range(model.columnCount())) for r in range(len(rows))],
        [r.search_text for r in rows],
    )
    ref_view = _bare_view(ref_model, due_col, ours.table.verticalHeader().defaultSectionSize())
    ref_box = QLineEdit()
    ref_box.textChanged.connect(ref_model.set_search)
    ref_keys, _ = _type(app, ref_box, word, repeat)
    worst, ours_worst = _slowest(ours_keys)
    bare_worst_at, bare_worst = _slowest(bare_keys)
    all_ours = [t for times in ours_keys for t in times]
    all_bare = [t for times in bare_keys for t in times]
    matches = sum(1 for r in rows if word in r.search_text)

    def sort_times(table, column: int) -> list[float]:
        """Clicking a column header: sort by it, from the default next-visit-due order."""
        times = []
        for _ in range(repeat):
            _timed(app, lambda: table.sortByColumn(due_col, Qt.SortOrder.AscendingOrder))
            times.append(
                _timed(app, lambda: table.sortByColumn(column, Qt.SortOrder.AscendingOrder))[0]
            )
        return times

    result = [
        row_from_times(
            f"caseload table: show {n} rows (set_rows)", load, bare_load, NO_TARGET,
            note="CaseloadView.set_rows, cells precomputed, sorted by next visit due; "
            "baseline: bare model reset in the bare view",
        ),
        Row(
            f"caseload table: filter keystroke, {n} rows (slowest key)",
            median(ours_worst), median(bare_worst), FILTER_TARGET, runs=repeat,
            note=f"typing and erasing '{word}' in the search box ({matches} matches); slowest: "
            f"{_key_name(word, worst)} (bare: {_key_name(word, bare_worst_at)}); baseline: "
            "QSortFilterProxyModel.setFilterFixedString on a bare model",
        ),
        Row(
            f"caseload table: filter keystroke, {n} rows (median key)",
            median(all_ours), median(all_bare), FILTER_TARGET, runs=len(all_ours),
            note=f"then the repaint: {median(ours_paint) * 1000:.0f} ms "
            f"(bare {median(bare_paint) * 1000:.0f} ms)",
        ),
        row_from_times(
            f"caseload table: clear the filter, all {n} rows back",
            ours_keys[-1], bare_keys[-1], FILTER_TARGET, note="the last Backspace",
        ),
        row_from_times(
            "caseload table: sort by family name", sort_times(ours.table, family_col),
            sort_times(bare_view, family_col), NO_TARGET,
            note="header click from next-visit-due order; baseline sorts the display strings",
        ),
        row_from_times(
            "caseload table: sort by case number", sort_times(ours.table, 0),
            sort_times(bare_view, 0), NO_TARGET,
        ),
        Row(
            "reference design (not the app): slowest key, filter+sort in Python",
            median(_slowest(ref_keys)[1]), median(bare_worst), NO_TARGET, runs=repeat,
            note="benchmarks/reference_table.py: same cells and keys, no proxy, one model "
            "reset; baseline: the bare proxy's slowest key",
        ),
        row_from_times(
            "reference design (not the app): sort by family name",
            sort_times(ref_view, family_col), sort_times(bare_view, family_col), NO_TARGET,
            note="baseline: the bare proxy",
        ),
        _repaint_row(app, ours, bare_view, repeat),
    ]  # fmt: skip
    for widget in (ours, bare_view, ref_view):
        widget.close()
        widget.deleteLater()
    app.processEvents()
    return result
