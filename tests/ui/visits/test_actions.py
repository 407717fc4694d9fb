"""The Visit menu: a new note for the chosen family, my unsigned notes, this week; drafts left
by a crash offered once at start-up; open notes closed (or kept) before the window closes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.visits import drafts, notes
from imh_desktop.services.visits.records import NoteInput
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.shell.main_window import MainWindow
from imh_desktop.ui.visits.agenda import AgendaDialog
from imh_desktop.ui.visits.editor import VisitNoteEditor
from imh_desktop.ui.visits.unsigned_notes import UnsignedNotesDialog
from tests.factories import TODAY

pytestmark = pytest.mark.ui


@pytest.fixture
def make_window(qtbot, ctx, tmp_path):
    """``make_window()``: Ana's main window (not shown yet)."""

    def make() -> MainWindow:
        settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(ctx, settings)
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def offered(monkeypatch):
    """The draft ids offered at start-up (the offer itself is tested with the unsigned notes)."""
    calls: list[set[int] | None] = []
    monkeypatch.setattr(
        "imh_desktop.ui.visits.unsigned_notes.offer_drafts",
        lambda ctx, parent, draft_ids=None: calls.append(draft_ids) or [],
    )
    return calls


def editors(window) -> list[VisitNoteEditor]:
    return [e for e in window.findChildren(VisitNoteEditor) if e.isVisible()]


def test_the_menu_and_its_shortcuts(make_window):
    actions = make_window().visit_actions
    keys = [a.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            for a in (actions.new_note_action, actions.unsigned_action, actions.week_action)]  # fmt: skip
    assert keys == ["Ctrl+Shift+N", "Ctrl+Shift+U", "Ctrl+Shift+W"]
    menu = actions.window.visit_menu.actions()
    assert menu[0] is actions.new_note_action
    assert actions.unsigned_action in menu and actions.week_action in menu


def test_a_new_note_needs_a_family_and_opens_once_per_family(qtbot, make_window, family):
    window = make_window()
    window.caseload.table.clearSelection()
    assert window.current_family_id() is None
    assert window.visit_actions.open_new_note() is None
    assert window.statusBar().currentMessage() == "Choose a family first, then start its note."
    assert editors(window) == []
    window.select_family(family.id)
    window.visit_actions.new_note_action.trigger()
    [editor] = editors(window)
    assert editor.family_id == family.id and editor.visit_id is None
    assert window.visit_actions.open_new_note() is editor  # brought forward, not a second one
    editor.close()


def test_unsigned_notes_and_this_week_open_one_dialog_each_and_refresh_it(
    qtbot, make_window, svc, family
):
    window = make_window()
    actions = window.visit_actions
    actions.unsigned_action.trigger()
    dialog = actions.unsigned_dialog
    assert isinstance(dialog, UnsignedNotesDialog) and dialog.isVisible()
    assert dialog.model.rowCount() == 0
    notes.save_note(svc, family.id, NoteInput(VisitInput(TODAY, observation="x")))
    actions.unsigned_action.trigger()
    assert actions.unsigned_dialog is dialog and dialog.model.rowCount() == 1
    actions.week_action.trigger()
    agenda = actions.agenda_dialog
    assert isinstance(agenda, AgendaDialog) and agenda.isVisible()
    actions.week_action.trigger()
    assert actions.agenda_dialog is agenda


def test_drafts_left_before_start_up_are_offered_once_the_window_is_shown(
    qtbot, make_window, svc, family, offered
):
    left = drafts.save_draft(svc, family.id, None, {"observation": "before the power cut"}, None)
    window = make_window()
    assert offered == []  # not before the window is up
    window.show()
    qtbot.waitUntil(lambda: offered == [{left.id}])
    window.hide()
    window.show()
    qtbot.wait(20)
    assert offered == [{left.id}]  # once


def test_the_drafts_are_read_in_the_background_not_before_the_first_paint(
    qtbot, make_window, svc, family, offered, later, monkeypatch
):
    left = drafts.save_draft(svc, family.id, None, {"observation": "before the power cut"}, None)
    reads: list[int] = []
    real = drafts.list_drafts
    monkeypatch.setattr(drafts, "list_drafts", lambda ctx: reads.append(1) or real(ctx))
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert reads == [] and offered == []  # the window is up; the read waits for the runner
    while later.runner.pending:
        later.runner.run_next()
    qtbot.waitUntil(lambda: offered == [{left.id}])
    assert reads == [1]


def test_no_drafts_no_offer(qtbot, make_window, offered):
    window = make_window()
    window.show()
    qtbot.wait(20)
    assert offered == []


def test_closing_the_window_closes_the_notes_unless_one_stays_open(
    qtbot, make_window, svc, family, monkeypatch
):
    window = make_window()
    window.show()
    window.select_family(family.id)
    editor = window.visit_actions.open_new_note()
    qtbot.keyClicks(editor.ui.sections["observation"].edit, "Half written")
    monkeypatch.setattr(VisitNoteEditor, "ask_on_close", lambda self: "cancel")
    assert not window.close()
    assert window.isVisible() and editor.isVisible()
    monkeypatch.setattr(VisitNoteEditor, "ask_on_close", lambda self: "draft")
    assert window.close()
    assert not editor.isVisible()
    assert drafts.load_draft(svc, family.id, None).payload["observation"] == "Half written"
