"""The toolbar's search field: Ctrl+Shift+F puts the cursor there, Enter shows the results."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from imh_desktop.domain.enums import ReferralType
from imh_desktop.domain.family_context import ReferralInput
from imh_desktop.services.family.referrals import make_referral
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.search.field import RecordSearchField
from imh_desktop.ui.search.view import SearchView
from imh_desktop.ui.shell.main_window import MainWindow
from tests.factories import TODAY

pytestmark = pytest.mark.ui


@pytest.fixture
def window(qtbot, ctx, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_field_is_in_the_toolbar_and_ctrl_shift_f_focuses_it(qtbot, window):
    field = window.record_search
    assert isinstance(field, RecordSearchField) and field.isVisible()
    assert window.toolbar.isAncestorOf(field)
    assert "Ctrl+Shift+F" in field.placeholderText()
    window.caseload.setFocus()
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QApplication.focusWidget() is field


def test_ctrl_f_still_finds_in_the_caseload(window):
    find = window.main_actions.find_action
    assert find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    find.trigger()
    assert QApplication.focusWidget() is not window.record_search


def test_typing_and_enter_show_the_results_in_the_search_tab(qtbot, window, svc, family):
    make_referral(svc, family.id, ReferralInput(
        ReferralType.HOUSING, "Maison Hébergement", TODAY, "Emergency shelter for the family.",
        follow_up_on=TODAY))  # fmt: skip
    field = window.record_search
    field.focus()
    qtbot.keyClicks(field, "hebergement")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    view = window.tabs.currentWidget()
    assert isinstance(view, SearchView)
    assert view.field.text() == "hebergement"
    assert view.model.rowCount() == 1 and view.page is not None
    assert view.page.hits[0].section == "agency"
    assert QApplication.focusWidget() is view.table  # Enter now opens the first result
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    record = window.family_tabs.record_tab(family.id)
    assert record is not None and record.tabs.currentWidget() is record.context_tab


def test_enter_in_an_empty_field_does_nothing(qtbot, window):
    field = window.record_search
    field.focus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not isinstance(window.tabs.currentWidget(), SearchView)
