"""Sorting over precomputed keys: rows, their parallel lists and persistent indexes move together."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from imh_desktop.ui.common.keyed_sort import KeyedSort, ranked

pytestmark = pytest.mark.ui


class _Names(KeyedSort):
    _parallel = ("_keys", "names")

    def __init__(self, names: list[str]) -> None:
        super().__init__()
        self.names = names
        self._keys = [(i, name.casefold()) for i, name in enumerate(names)]
        self._sorting = (0, Qt.SortOrder.AscendingOrder)
        self.generation = 0

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return len(self.names)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.names[index.row()] if role == Qt.ItemDataRole.DisplayRole else None


def test_ranked_breaks_ties_by_the_first_key_and_reverses_for_descending() -> None:
    keys = [(0, "b"), (1, "a"), (2, "b")]
    assert ranked(keys, 1, Qt.SortOrder.AscendingOrder) == [1, 0, 2]
    assert ranked(keys, 1, Qt.SortOrder.DescendingOrder) == [2, 0, 1]


def test_sorting_moves_every_parallel_list_and_the_selection_follows_its_row(qapp) -> None:
    model = _Names(["Nguyễn", "avery", "Brook"])
    selected = QPersistentModelIndex(model.index(0, 0))  # Nguyễn
    model.sort(1)
    assert model.names == ["avery", "Brook", "Nguyễn"]
    assert [k[1] for k in model._keys] == ["avery", "brook", "nguyễn"]
    assert selected.row() == 2 and model.generation == 1
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.names == ["Nguyễn", "Brook", "avery"] and selected.row() == 0
    model.sort(7)  # no such column: nothing moves
    assert model.names == ["Nguyễn", "Brook", "avery"] and model.generation == 2
