"""Enter on a search result opens the note at the match (or the record's tab)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QSettings, Qt

from imh_desktop.services.visits import notes
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.shell.main_window import MainWindow
from imh_desktop.ui.visits.editor import VisitNoteEditor
from tests.factories import full_note

pytestmark = [pytest.mark.ui, pytest.mark.usefixtures("keep_drafts_on_close")]


@pytest.fixture
def window(qtbot, ctx, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    for editor in win.findChildren(VisitNoteEditor):  # windows of their own: closed with the test
        editor.close()


def _results(qtbot, win: MainWindow, text: str):
    view = win.family_tabs.open_search()
    qtbot.keyClicks(view.field, text)
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    return view


def _editor(win: MainWindow) -> VisitNoteEditor:
    editors = [e for e in win.findChildren(VisitNoteEditor) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_enter_opens_the_note_with_the_section_and_words_selected(
    qtbot, window, svc, family, two_goals
):
    note = full_note(two_goals)
    note = dataclasses.replace(
        note, visit=dataclasses.replace(note.visit, child_presentation="Calm; then the Rocío song.")
    )
    saved = notes.save_note(svc, family.id, note)
    view = _results(qtbot, window, "rocio")
    assert view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = _editor(window)
    assert editor.visit_id == saved.visit.id
    edit = editor.ui.sections["child_presentation"].edit
    assert editor.focusWidget() is edit
    assert edit.textCursor().selectedText() == "Rocío"
    assert window.family_tabs.record_tab(family.id) is not None


def test_an_amendment_is_shown_in_the_history(qtbot, window, svc, family, two_goals):
    saved = notes.save_note(svc, family.id, full_note(two_goals))
    signed = notes.sign_visit(svc, saved.visit.id, saved.visit.version)
    notes.amend_visit(svc, signed.visit.id, "plan", "Wrong plan", "Visit the food bank first.")
    view = _results(qtbot, window, '"food bank"')
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = _editor(window)
    assert editor.focusWidget() is editor.ui.history
    assert editor.ui.history.textCursor().selectedText() == "food bank"


def test_a_goal_opens_the_records_goals_tab(qtbot, window, family, two_goals):
    view = _results(qtbot, window, "lead play")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    record = window.family_tabs.record_tab(family.id)
    assert record is not None and record.tabs.currentWidget() is record.goals_tab


def test_a_referral_opens_the_context_tab_at_that_referral(qtbot, window, svc, family):
    from imh_desktop.domain.enums import ReferralType
    from imh_desktop.domain.family_context import ReferralInput
    from imh_desktop.services.family.referrals import make_referral
    from tests.factories import TODAY

    for agency in ("Maison Hébergement", "Early Steps", "WIC office"):
        made = make_referral(svc, family.id, ReferralInput(
            ReferralType.HOUSING, agency, TODAY, "Needs a referral.", follow_up_on=TODAY))  # fmt: skip
        if agency == "Early Steps":
            wanted = made.id
    view = _results(qtbot, window, "early steps")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    record = window.family_tabs.record_tab(family.id)
    assert record is not None and record.tabs.currentWidget() is record.context_tab
    tab = record.context_tab
    qtbot.waitUntil(lambda: bool(tab.referrals_table.selectionModel().selectedRows()))
    row = tab.referrals_table.selectionModel().selectedRows()[0].row()
    assert tab.referrals_model.records[row].id == wanted


def test_a_note_in_a_referrals_history_opens_that_referral(qtbot, window, svc, family):
    import dataclasses

    from imh_desktop.domain.enums import ReferralStatus, ReferralType
    from imh_desktop.domain.family_context import ReferralInput
    from imh_desktop.services.family.referrals import make_referral, update_referral
    from imh_desktop.ui.search.model import SECTION
    from tests.factories import TODAY

    data = ReferralInput(ReferralType.HOUSING, "Maison Hébergement", TODAY, "Needs a flat.",
                         follow_up_on=TODAY)  # fmt: skip
    wanted = make_referral(svc, family.id, data)
    make_referral(svc, family.id, dataclasses.replace(data, agency="WIC office"))
    for status, outcome in ((ReferralStatus.CONNECTED, "Waiting list at Les Tilleuls."),
                            (ReferralStatus.CLOSED, "Housed.")):  # fmt: skip
        data = dataclasses.replace(data, status=status, outcome=outcome)
        wanted = update_referral(svc, wanted.id, data, wanted.version)
    view = _results(qtbot, window, "tilleuls")
    model = view.table.model()
    assert model.rowCount() == 1
    assert model.index(0, SECTION).data() == "Referral history: Connected"
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    record = window.family_tabs.record_tab(family.id)
    assert record is not None and record.tabs.currentWidget() is record.context_tab
    tab = record.context_tab
    qtbot.waitUntil(lambda: bool(tab.referrals_table.selectionModel().selectedRows()))
    row = tab.referrals_table.selectionModel().selectedRows()[0].row()
    assert tab.referrals_model.records[row].id == wanted.id
