"""PySide6 6.12.0 on Python 3.11 loses a reference to None/True/False per C++ call that returns
one; ``imh_desktop.ui`` gives them a reserve so no session runs out (see its docstring)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel

import imh_desktop.ui

needs_reserve = pytest.mark.skipif(sys.version_info >= (3, 12), reason="immortal from 3.12")


@needs_reserve
def test_none_true_and_false_keep_a_reserve_through_many_calls(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    for _ in range(20_000):  # without the reserve this aborted the interpreter
        label.setText("a")
        label.isVisible()
    reserve = imh_desktop.ui._RESERVE // 2
    assert min(sys.getrefcount(x) for x in (None, True, False)) > reserve
