"""The small read-only list model used by the family record's tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from imh_desktop.ui.common.widgets import ListColumn, RecordListModel, problem_label, warning_color

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
