"""Sorting a table model in Python over sort keys computed once per row.

One C-level ``sorted`` per header click instead of Qt calling back into
Python for every pair of rows; persistent indexes (the selection, the
current row) follow their rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, Qt


def ranked(keys: Sequence[Sequence[Any]], column: int, order: Qt.SortOrder) -> list[int]:
    """Row numbers in sorted order by ``keys[row][column]``, ties by the first key."""
    rows = sorted(range(len(keys)), key=lambda i: (keys[i][column], keys[i][0]))
    return rows[::-1] if order == Qt.SortOrder.DescendingOrder else rows


class KeyedSort(QAbstractTableModel):
    """A table model whose rows live in parallel lists named by ``_parallel``.

    Subclasses fill ``_keys`` (one sequence of sort keys per row), set
    ``_parallel`` to the names of every per-row list (``_keys`` included) and
    keep ``_sorting`` (column, order) and ``generation`` (bumped whenever rows
    move, so filter masks know to recompute).
    """

    _parallel: tuple[str, ...] = ()
    _keys: Sequence[Sequence[Any]]
    _sorting: tuple[int, Qt.SortOrder]
    generation: int

    def _reorder(self, order: list[int]) -> None:
        for name in self._parallel:
            values = getattr(self, name)
            setattr(self, name, [values[i] for i in order])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self._sorting = (column, order)
        self.layoutAboutToBeChanged.emit()
        order_ = ranked(self._keys, column, order)
        new_row = {old: new for new, old in enumerate(order_)}
        self._reorder(order_)
        self.generation += 1
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(
            old_indexes, [self.index(new_row[i.row()], i.column()) for i in old_indexes]
        )
        self.layoutChanged.emit()
