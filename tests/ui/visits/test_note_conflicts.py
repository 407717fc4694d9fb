"""A draft saved by another window or process after this editor's: compare and choose,
the way a user clicks; nothing typed is lost unless the user keeps theirs."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from imh_desktop.services.visits import drafts
from imh_desktop.ui.common.conflict import ConflictDialog
from imh_desktop.ui.visits.note_conflicts import state_rows
from tests.ui.editing import open_editor

pytestmark = [pytest.mark.ui, pytest.mark.usefixtures("keep_drafts_on_close")]


def _when_conflict(monkeypatch, *buttons: str) -> list[dict[str, tuple[str, str]]]:
    shown, answers = [], list(buttons)

    def click(dialog) -> int:
        shown.append({row.label: (row.mine, row.theirs) for row in dialog.rows if row.differs})
        getattr(dialog, answers.pop(0)).click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", click)
    return shown


@pytest.fixture
def editor(qtbot, ctx, svc, family):
    """An editor whose draft another window then overwrites ("Theirs" in the observation)."""
    opened = open_editor(qtbot, ctx, family, restore=False)
    qtbot.keyClicks(opened.ui.sections["observation"].edit, "Mine")
    assert opened.autosave.write_now()
    loaded = drafts.load_draft(svc, family.id, None)
    drafts.save_draft(svc, family.id, None, {**loaded.payload, "observation": "Theirs"},
                      loaded.version)  # fmt: skip
    qtbot.keyClicks(opened.ui.sections["observation"].edit, " and more")
    return opened


def test_save_mine_over_their_draft(editor, svc, family, monkeypatch):
    shown = _when_conflict(monkeypatch, "mine_button")
    editor.autosave.write_later()  # the autosave timer ran out
    assert shown == [{"Observation": ("Mine and more", "Theirs")}]
    assert drafts.load_draft(svc, family.id, None).payload["observation"] == "Mine and more"
    assert not editor.autosave.paused and editor.ui.autosave_label.text().startswith("Draft saved")


def test_keep_their_draft_then_autosave_goes_on_from_it(qtbot, editor, svc, family, monkeypatch):
    _when_conflict(monkeypatch, "theirs_button")
    editor.autosave.write_later()
    assert editor.ui.sections["observation"].value() == "Theirs"
    edit = editor.ui.sections["observation"].edit
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, ", then mine")
    editor.autosave.write_later()
    assert drafts.load_draft(svc, family.id, None).payload["observation"] == "Theirs, then mine"


def test_decide_later_pauses_autosave_and_closing_asks_again(editor, svc, family, monkeypatch):
    shown = _when_conflict(monkeypatch, "later_button", "mine_button")
    editor.autosave.write_later()
    assert editor.autosave.paused and "Draft paused" in editor.ui.message.text()
    assert editor.ui.sections["observation"].value() == "Mine and more"
    assert not editor.autosave.write_later()  # paused: no draft write until it is settled
    assert drafts.load_draft(svc, family.id, None).payload["observation"] == "Theirs"
    editor.close()  # the last draft is written on close: the comparison comes back
    assert len(shown) == 2
    assert drafts.load_draft(svc, family.id, None).payload["observation"] == "Mine and more"


def test_decide_later_on_close_keeps_the_window_open(editor, svc, family, monkeypatch):
    _when_conflict(monkeypatch, "later_button", "later_button", "mine_button")
    editor.autosave.write_later()
    editor.close()
    assert editor.isVisible() and editor.ui.sections["observation"].value() == "Mine and more"
    editor.close()  # decided this time: mine is kept as the draft, and the window closes
    assert not editor.isVisible()
    assert drafts.load_draft(svc, family.id, None).payload["observation"] == "Mine and more"


def test_states_are_compared_as_a_person_reads_them():
    mine = {"visit_date": "2026-11-25", "outcome": "completed", "ratings": [[1, 3, "Calmer"]]}
    theirs = {"visit_date": "2026-11-24", "outcome": "no_show", "ratings": []}
    rows = {row.label: (row.mine, row.theirs) for row in state_rows(mine, theirs) if row.differs}
    assert rows["Visit date"] == ("25 Nov 2026", "24 Nov 2026")
    assert rows["Goal ratings"] == ("3 (Calmer)", "—")
    assert rows["Outcome"][0] == "Completed"
