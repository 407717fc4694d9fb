"""The family dialogs' base: a conflict a dialog cannot compare is still said plainly."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from imh_desktop.domain.errors import ConflictError
from imh_desktop.ui.common.widgets import FieldForm
from imh_desktop.ui.family.form_dialog import FormDialog

pytestmark = pytest.mark.ui


class _Refused(FormDialog):
    def __init__(self) -> None:
        super().__init__("Test")
        self.add_form(FieldForm())
        self.finish_layout()

    def save(self) -> bool:
        raise ConflictError("Someone else changed this family after you opened it.")


def test_a_conflict_without_a_comparison_is_shown_and_the_dialog_stays(qtbot, monkeypatch):
    dialog = _Refused()
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[1:3]))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert shown == [
        ("Someone else saved first", "Someone else changed this family after you opened it.")
    ]
    assert dialog.result() == 0
