"""Tools > Handout support lines…: a supervisor sets a Spanish line; English stays the default."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from imh_desktop.services.admin.agency import get_settings
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.ui.admin.support_lines import SupportLinesDialog, support_lines_action

pytestmark = pytest.mark.ui


def test_a_supervisor_sets_lines_per_language(qtbot, app_ctx, staff):
    ctx = app_ctx(staff["ssupervisor"])
    published = []
    ctx.bus.changed.connect(published.append)
    dialog = SupportLinesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "988" in dialog.text.toPlainText()  # English first: the default lines
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert "marque 2 para español" in dialog.text.toPlainText()
    dialog.text.selectAll()
    qtbot.keyClicks(dialog.text, "Linea de crisis: 988, marque 2")
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    assert dialog.text.toPlainText() == "" and "English lines" in dialog.text.placeholderText()
    qtbot.keyClicks(dialog.text, "Duong day ho tro: 555-0100")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settings = get_settings(ctx.svc)
    assert settings.support_lines_for("es") == ("Linea de crisis: 988, marque 2",)
    assert settings.support_lines_for("vi") == ("Duong day ho tro: 555-0100",)
    assert settings.support_lines_for("ar") == settings.support_lines_for("en")
    assert not dialog.isVisible() and published == [Change.of(None, Part.SETTINGS)]


def test_an_empty_default_is_refused_beside_the_lines(qtbot, app_ctx, staff):
    ctx = app_ctx(staff["ssupervisor"])
    dialog = SupportLinesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.clear()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible() and "at least one support line" in dialog.error.text()
    assert "988" in " ".join(get_settings(ctx.svc).support_lines_for("en"))


def test_only_those_who_change_clinical_settings_get_the_action(qtbot, app_ctx, staff):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    assert support_lines_action(app_ctx(staff["aspecialist"]), parent) is None
    assert support_lines_action(app_ctx(staff["ssupervisor"]), parent) is not None
