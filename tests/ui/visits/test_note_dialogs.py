"""The amendment dialog of a signed note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from imh_desktop.domain.text import MAX_REASON
from imh_desktop.ui.visits.note_dialogs import AmendDialog

pytestmark = pytest.mark.ui


def test_the_amendment_is_typed_and_read_back(qtbot):
    dialog = AmendDialog()
    qtbot.addWidget(dialog)
    dialog.section.setCurrentIndex(dialog.section.findData("plan"))
    qtbot.keyClicks(dialog.reason, "Wrong day")
    qtbot.keyClicks(dialog.text, "Read daily, not weekly.")
    assert dialog.values() == ("plan", "Wrong day", "Read daily, not weekly.")
    assert dialog.reason.maxLength() == MAX_REASON
    dialog.show_error("The reason is required.")
    assert dialog.error.text() == "The reason is required." and not dialog.error.isHidden()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == 0
