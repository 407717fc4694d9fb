"""What the agency settings dialogs share: saving (a refusal shown, nothing saved) and the menu item."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog, QFormLayout, QWidget

from imh_desktop.services.admin.agency import get_settings
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.ui.admin.settings_dialog import SettingsDialog, settings_action

pytestmark = pytest.mark.ui


def test_save_tells_the_open_windows_or_shows_the_refusal(qtbot, app_ctx, staff):
    ctx = app_ctx(staff["ssupervisor"])
    published = []
    ctx.bus.changed.connect(published.append)
    dialog = SettingsDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.lay_out(QFormLayout(), grow=True)
    dialog.show()
    before = get_settings(ctx.svc)
    refused = dialog.save(lambda s: replace(s, working_start="17:00", working_end="09:00"))
    assert refused is not None and dialog.error.isVisible()
    assert "end after it starts" in dialog.error.text()
    assert get_settings(ctx.svc) == before and published == []
    assert dialog.save(lambda s: replace(s, working_end="18:30")) is None
    assert get_settings(ctx.svc).working_end == "18:30"
    assert published == [Change.of(None, Part.SETTINGS)]


def test_the_menu_item_is_for_those_who_may_change_the_settings(qtbot, app_ctx, staff):
    host = QWidget()
    qtbot.addWidget(host)
    opened = []

    def dialog() -> QDialog:
        box = QDialog(host)
        opened.append(box)
        return box

    action = settings_action(app_ctx(staff["ssupervisor"]), host, "&Settings…", "tip", dialog)
    assert action is not None and action.statusTip() == "tip"
    action.trigger()
    assert len(opened) == 1 and opened[0].isVisible()
    opened[0].close()
    assert settings_action(app_ctx(staff["aspecialist"]), host, "&Settings…", "tip", dialog) is None
