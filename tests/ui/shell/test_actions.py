"""The main window's menus and toolbar: every frequent command has a shortcut, shown alike."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar

from imh_desktop.domain.enums import ReferralSource
from imh_desktop.domain.inputs import CaregiverInput, ChildInput, FamilyInput
from imh_desktop.services.family import families
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.ui


@pytest.fixture
def window(qtbot, app_ctx, staff, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(app_ctx(staff["ssupervisor"]), settings)
    qtbot.addWidget(win)
    return win


def _text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def test_quit_and_preferences_have_a_shortcut_even_where_the_platform_has_none(window):
    assert _text(window.main_actions.quit_action.shortcut()) != ""
    assert _text(window.main_actions.preferences_action.shortcut()) != ""


def test_visit_menu_lists_unsigned_notes_and_this_week_with_shortcuts(window):
    by_text = {a.text(): a for a in window.visit_menu.actions() if not a.isSeparator()}
    assert _text(by_text["My &unsigned notes…"].shortcut()) == "Ctrl+Shift+U"
    assert _text(by_text["&This week…"].shortcut()) == "Ctrl+Shift+W"


def test_toolbar_tooltips_all_name_the_shortcut_when_there_is_one(window):
    toolbar = window.toolbar
    assert window.findChild(QToolBar, "main_toolbar") is toolbar  # named for the window state
    tips = {a.text(): a.toolTip() for a in toolbar.actions() if not a.isSeparator()}
    assert tips["&Export…"] == "Export (Ctrl+E)"
    assert tips["&This week…"] == "This week (Ctrl+Shift+W)"
    assert tips["&Edit family…"] == "Edit family"  # no shortcut, no empty brackets


def test_close_tab_closes_the_record_in_front_but_never_the_caseload(window, as_user, staff):
    close_tab = window.main_actions.close_tab_action
    family = families.create_family(
        as_user(staff["ssupervisor"]),
        FamilyInput(
            display_name="Lee family",
            specialist_id=staff["aspecialist"],
            referral_source=ReferralSource.WIC,
            referral_date=dt.date(2026, 11, 2),
            caregivers=(CaregiverInput("Mina Lee"),),
            children=(ChildInput("Joon Lee", dt.date(2026, 5, 1)),),
        ),
    )
    assert not close_tab.isEnabled()
    window.open_family(family.id)
    assert window.tabs.count() == 2 and close_tab.isEnabled()
    assert close_tab in window.menuBar().actions()[0].menu().actions()
    close_tab.trigger()
    assert window.tabs.count() == 1 and not close_tab.isEnabled()
    window.family_tabs.close_current()  # even called directly, the caseload stays
    assert window.tabs.count() == 1


def test_file_import_opens_the_import_wizard_for_clinicians_only(qtbot, window, app_ctx, staff,
                                                                 tmp_path):  # fmt: skip
    from imh_desktop.ui.imports.wizard import ImportWizard

    file_menu = window.main_actions.file_menu
    assert window.main_actions.import_action in file_menu.actions()
    window.main_actions.import_action.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()
    settings = Settings(QSettings(str(tmp_path / "admin.ini"), QSettings.Format.IniFormat))
    admin = MainWindow(app_ctx(staff["aadmin"]), settings)
    qtbot.addWidget(admin)
    assert admin.main_actions.import_action not in admin.main_actions.file_menu.actions()
