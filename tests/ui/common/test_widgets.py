"""The small read-only list model and table set-up used by the record's and dialogs' tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

from imh_desktop.ui.common.widgets import (
    ListColumn,
    RecordListModel,
    list_table,
    problem_label,
    read_only_table,
    warning_color,
)

pytestmark = pytest.mark.ui
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class _Visit:
    day: dt.date
    minutes: int | None


def test_cells_and_headings_align_alike(qtmodeltester):
    model = RecordListModel(
        [ListColumn("Date", lambda v: v.day), ListColumn("Minutes", lambda v: v.minutes, True)]
    )
    model.set_records([_Visit(dt.date(2026, 11, 20), 60), _Visit(dt.date(2026, 11, 13), None)])
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["20 Nov 2026", "13 Nov 2026"]
    assert model.data(model.index(1, 1)) == ""
    h, align = Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole
    assert model.headerData(0, h, align) == LEFT
    assert model.headerData(1, h, align) == RIGHT
    assert model.data(model.index(0, 1), align) == RIGHT


def test_a_problem_label_waits_hidden_in_the_warning_colour(qtbot):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = problem_label(dialog)
    assert label.isHidden() and label.wordWrap()
    assert warning_color(dialog.palette()).name() in label.styleSheet()


def test_list_views_and_item_tables_get_the_same_read_only_set_up(qtbot):
    model = RecordListModel([ListColumn("Date", lambda v: v.day)])
    view = list_table(model, "Visits", alternating=True)
    widget = QTableWidget(1, 3)
    assert read_only_table(widget, "Findings", alternating=True) is widget
    for table, name in ((view, "Visits"), (widget, "Findings")):
        qtbot.addWidget(table)
        assert table.accessibleName() == name and table.alternatingRowColors()
        assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
        assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
        assert table.verticalHeader().isHidden() and table.wordWrap()
        header = table.horizontalHeader()
        assert header.stretchLastSection() and not header.highlightSections()
        assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    assert view.model() is model
