"""The search results view, driven as a user would: type, Enter, read the results."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStyleOptionViewItem

from imh_desktop.domain.search import PAGE_SIZE
from imh_desktop.services.visits import notes
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.search.model import DATE, FAMILY, FOUND, HTML_ROLE, SECTION
from imh_desktop.ui.search.view import SearchView
from imh_desktop.ui.shell.main_window import MainWindow
from tests.factories import TODAY, full_note

pytestmark = pytest.mark.ui


@pytest.fixture
def window(qtbot, app_ctx, staff, tmp_path):
    def make(who: str = "aspecialist") -> MainWindow:
        settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        win = MainWindow(app_ctx(staff[who]), settings)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        return win

    return make


def _note(two_goals, day=TODAY, **changes):
    note = full_note(two_goals, day=day)
    return dataclasses.replace(note, visit=dataclasses.replace(note.visit, **changes))


def _search(qtbot, view: SearchView, text: str) -> None:
    view.field.clear()
    qtbot.keyClicks(view.field, text)
    qtbot.keyClick(view.field, Qt.Key.Key_Return)


def test_ctrl_shift_f_opens_the_search_and_enter_searches(qtbot, window, svc, family, two_goals):
    notes.save_note(svc, family.id, _note(two_goals, plan="Call the housing office."))
    win = window()
    action = win.main_actions.search_records_action
    assert action.shortcut().toString(QKeySequence.SequenceFormat.PortableText) == "Ctrl+Shift+F"
    assert action in win.main_actions.edit_menu.actions()
    action.trigger()
    assert win.focusWidget() is win.record_search  # the toolbar's field
    qtbot.keyClicks(win.record_search, "HOUSING")
    qtbot.keyClick(win.record_search, Qt.Key.Key_Return)
    view = win.tabs.currentWidget()
    assert isinstance(view, SearchView) and view.field.text() == "HOUSING"
    model = view.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in (DATE, FAMILY, SECTION, FOUND)]
    assert row[1] == f"{family.case_number}  Nguyễn family" and row[2] == "Plan"
    assert row[3] == "Call the housing office."
    assert model.index(0, FOUND).data(HTML_ROLE) == "Call the <b>housing</b> office."
    assert view.message.text().startswith("One result for HOUSING.")


def test_a_bad_query_is_explained_under_the_field(qtbot, window):
    view = window().family_tabs.open_search()
    _search(qtbot, view, '"housing')
    assert "closing quotation mark" in view.message.text() and view.model.rowCount() == 0


def test_more_results_adds_the_next_page(qtbot, window, svc, family, two_goals):
    for n in range(PAGE_SIZE + 1):
        note = _note(two_goals, observation=f"Tummy time, try {n}.")
        notes.save_note(svc, family.id, note)
    view = window().family_tabs.open_search()
    _search(qtbot, view, "tummy")
    assert view.model.rowCount() == PAGE_SIZE and view.more_button.isVisibleTo(view)
    qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == PAGE_SIZE + 1 and not view.more_button.isVisibleTo(view)


def test_a_long_snippet_is_cut_with_an_ellipsis_to_its_cell(qtbot, window, svc, family, two_goals):
    plan = "Call the housing office, then " + "walk to the clinic and back, " * 12 + "done."
    notes.save_note(svc, family.id, _note(two_goals, plan=plan))
    view = window().family_tabs.open_search()
    _search(qtbot, view, "housing")
    index = view.model.index(0, FOUND)
    delegate = view.table.itemDelegateForColumn(FOUND)
    option = QStyleOptionViewItem()
    option.initFrom(view.table)
    option.font = view.table.font()
    for width in (160, 420, 700):
        option.rect = QRect(0, 0, width, 24)
        document = delegate.document(option, index)
        shown = document.toPlainText()
        assert shown.endswith("\u2026") and shown.startswith("Call the housing")
        assert document.idealWidth() <= width  # nothing cut off mid-letter at the edge
        assert 'font-weight:700;">housing</span>' in document.toHtml()  # the match in bold
    option.rect = QRect(0, 0, 8000, 24)
    whole = index.data(Qt.ItemDataRole.ToolTipRole)  # the tooltip has the snippet whole
    assert delegate.document(option, index).toPlainText() == whole == index.data()
    assert len(whole) > len(shown) + 20
