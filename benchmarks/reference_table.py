"""A reference design for the caseload table, to show what 10,000 rows can cost.

Not the app's code: evidence for docs/performance.md. The same cell texts
and sort keys as ``CaseloadTableModel`` (read through its public API), but
filtering and sorting happen in Python in one pass each (a list
comprehension over the folded search text, then ``sorted`` on the
precomputed keys), and the view is told with one model reset. No
``QSortFilterProxyModel``, so Qt never calls back into Python once per
comparison; that callback is where the proxy's time goes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def reference_model(texts: Sequence[tuple[str, ...]], keys: Sequence[tuple[Any, ...]],
                    search: Sequence[str]):  # fmt: skip
    """A flat table model showing ``order`` (visible source rows, in sort order)."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    class ReferenceModel(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.column, self.tokens = 0, ()
            self.order = self._compute()

        def _compute(self) -> list[int]:
            tokens, column = self.tokens, self.column
            visible = [i for i, s in enumerate(search) if all(t in s for t in tokens)]
            return sorted(visible, key=lambda i: (keys[i][column], keys[i][0]))

        def _update(self) -> None:
            self.beginResetModel()
            self.order = self._compute()
            self.endResetModel()

        def set_search(self, text: str) -> None:
            self.tokens = tuple(text.casefold().split())
            self._update()

        def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
            self.column = column
            self._update()

        def rowCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else len(self.order)

        def columnCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else len(texts[0])

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return texts[self.order[index.row()]][index.column()]
            return None

    return ReferenceModel()
