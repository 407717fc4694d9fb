"""Row 3: the caseload table at 10,000 rows: a filter keystroke, clearing it, sorting.

Ours: ``CaseloadTableModel`` + ``CaseloadFilterProxy`` from ``ui.caseload_model``
over every family of the agency (closed ones included), with the proxy in a
shown ``QTableView`` sorted by case number, as in the window. A keystroke is
``set_search`` with one more letter; the time is until the proxy has
re-filtered and the view has taken the change (both synchronous).

Baseline: the bare machinery: a plain ``QSortFilterProxyModel`` with
``setFilterFixedString`` (case-insensitive) over a minimal
``QAbstractTableModel`` holding the same strings, in the same kind of view.
"""

from __future__ import annotations

import os

from benchmarks.dataset import Dataset
from benchmarks.harness import Row, Target, measure, median, row_from_times

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


def _view(proxy):
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    view.setModel(proxy)
    view.resize(1200, 700)
    view.show()
    return view


def _keystrokes(word: str) -> list[str]:
    """What the search box holds after each key: typing ``word``, then erasing it."""
    typed = [word[:i] for i in range(1, len(word) + 1)]
    return typed + typed[-2::-1] + [""]


def _search_word(rows) -> str:
    """Four letters of a family name in the middle of the list (a realistic search)."""
    name = rows[len(rows) // 2].family_name.split()[-1]
    return name[:4].lower()


def run(dataset: Dataset, repeat: int) -> list[Row]:
    app = _app()
    from PySide6.QtCore import QSortFilterProxyModel, Qt

    from imh_desktop.data.db import Database
    from imh_desktop.services.caseload import list_caseload
    from imh_desktop.services.staff import default_user
    from imh_desktop.ui.caseload_model import (
        COLUMN_INDEX,
        CaseloadFilterProxy,
        CaseloadTableModel,
    )

    db = Database(dataset.url)
    try:
        actor = default_user(db)
        rows = list_caseload(db, actor, "all", dataset.info.today_date, include_closed=True)
    finally:
        db.dispose()
    word = _search_word(rows)
    keys = _keystrokes(word)
    family_col, due_col = COLUMN_INDEX["family"], COLUMN_INDEX["next_visit_due"]

    ours_model = CaseloadTableModel()
    load = measure(lambda: ours_model.set_rows(rows), repeat)
    texts = [
        tuple(ours_model.index(r, c).data() for c in range(ours_model.columnCount()))
        for r in range(len(rows))
    ]
    # The baseline filters on the same folded search text our proxy searches.
    bare_texts = [(*t, r.search_text) for t, r in zip(texts, rows, strict=True)]
    bare_model = _bare_model(bare_texts)
    bare_load = measure(lambda: (bare_model.beginResetModel(), bare_model.endResetModel()), repeat)

    ours = CaseloadFilterProxy()
    ours.setSourceModel(ours_model)
    bare = QSortFilterProxyModel()
    bare.setSourceModel(bare_model)
    bare.setFilterKeyColumn(len(bare_texts[0]) - 1)
    bare.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    views = [_view(ours), _view(bare)]
    for proxy in (ours, bare):
        proxy.sort(0, Qt.SortOrder.AscendingOrder)
    app.processEvents()

    def type_keys(set_text) -> tuple[list[float], list[float]]:
        typing, clearing = [], []
        for _ in range(repeat):
            for i, text in enumerate(keys):
                t = measure(lambda text=text: set_text(text), 1, warmup=0)[0]
                (clearing if i == len(keys) - 1 else typing).append(t)
            app.processEvents()
        return typing, clearing

    ours_typing, ours_clear = type_keys(ours.set_search)
    bare_typing, bare_clear = type_keys(bare.setFilterFixedString)
    matches = sum(1 for r in rows if word in r.search_text)

    def sort_times(proxy, column: int) -> list[float]:
        return measure(
            lambda: proxy.sort(column, Qt.SortOrder.AscendingOrder),
            repeat,
            setup=lambda: proxy.sort(0, Qt.SortOrder.AscendingOrder),
        )

    result = [
        row_from_times(
            f"caseload table: load {len(rows):,} rows into the model",
            load, bare_load, NO_TARGET,
            note="CaseloadTableModel.set_rows (cells precomputed); baseline: bare model reset",
        ),
        Row(
            f"caseload table: filter keystroke, {len(rows):,} rows",
            median(ours_typing), median(bare_typing), FILTER_TARGET, runs=len(ours_typing),
            note=f"typing and erasing '{word}' ({matches} matches); worst key "
            f"{max(ours_typing) * 1000:.0f} ms; baseline: QSortFilterProxyModel."
            "setFilterFixedString on a bare model",
        ),
        row_from_times(
            f"caseload table: clear the filter, all {len(rows):,} rows back",
            ours_clear, bare_clear, FILTER_TARGET,
        ),
        row_from_times(
            "caseload table: sort by family name", sort_times(ours, family_col),
            sort_times(bare, family_col), NO_TARGET,
            note="proxy.sort from case-number order; baseline sorts the display strings",
        ),
        row_from_times(
            "caseload table: sort by next visit due", sort_times(ours, due_col),
            sort_times(bare, due_col), NO_TARGET,
        ),
    ]  # fmt: skip
    for view in views:
        view.close()
        view.deleteLater()
    app.processEvents()
    return result
