"""Sorting and filtering a large table in Python, without a call into Python per pair or row.

Sorting: sort keys computed once per row, one C-level ``sorted`` per header
click instead of Qt calling back into Python for every pair of rows;
persistent indexes (the selection, the current row) follow their rows.
Filtering (:class:`MaskFilterProxy`): which rows pass computed once per
change, looked up per row, and applied as one layout change.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex


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


class MaskFilterProxy(QSortFilterProxyModel):
    """A filter proxy over a :class:`KeyedSort` model, for tables of thousands of rows.

    Which rows pass is computed for all rows at once (``_compute_mask``, in a
    subclass), so ``filterAcceptsRow``, called from C++ once per row, is a list
    lookup; the mask is made again when the model's ``generation`` moves on.
    Sorting is passed to the model (a Python sort on precomputed keys).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mask: list[bool] | None = None
        self._mask_generation = -1
        self._keyed: KeyedSort | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        super().setSourceModel(model)
        self._keyed = model if isinstance(model, KeyedSort) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._keyed is not None:
            self._keyed.sort(column, order)
        else:
            super().sort(column, order)

    def refilter(self) -> None:
        """Apply a changed search or filter to every row as one layout change.

        The proxy's own incremental way (``beginFilterChange``/``endFilterChange``) tells
        the view about each run of rows that comes or goes: a one-letter search over
        10,000 families leaves some 2,000 separate runs, and emptying the caseload's box
        again cost 34 ms where this costs 10 (``benchmarks/caseload_table.py``); a find
        over 50,000 audit events 187 ms against 99. The mapping is rebuilt from the mask;
        the selection and the current row are kept if still shown. The sorting is the
        model's, so the proxy has no order of its own to redo.
        """
        self._mask = None
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        mask, model = self._mask, self._keyed
        if mask is None or (model is not None and self._mask_generation != model.generation):
            mask = self._mask = self._compute_mask()
            self._mask_generation = model.generation if model is not None else -1
        return source_row < len(mask) and mask[source_row]

    def _compute_mask(self) -> list[bool]:
        """Whether each source row passes, in the source's order."""
        raise NotImplementedError
