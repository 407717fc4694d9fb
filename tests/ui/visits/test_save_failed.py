"""Saving a note when the database went away: the text stays, the reason is plain, a copy or a retry."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from imh_desktop.services.family import families
from imh_desktop.services.visits.visits import list_visits
from imh_desktop.ui.visits.editor import VisitNoteEditor
from tests.factories import ON_POSTGRES, family_input

pytestmark = [pytest.mark.ui, pytest.mark.skipif(ON_POSTGRES, reason="fills an SQLite file")]

OBSERVATION = "Bảo reached for Ánh's face; she named it: 'you see me'. " * 300  # ~17,000 letters


@pytest.fixture(autouse=True)
def keep_drafts_on_close(monkeypatch):
    monkeypatch.setattr(VisitNoteEditor, "ask_on_close", lambda self: "draft")


class Clicker:
    """Answers the message boxes the editor opens, in order, by their buttons' text."""

    def __init__(self, qtbot, answers: list[str]) -> None:
        self.answers, self.seen = list(answers), []
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(20)

    def _tick(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box in self.seen or not self.answers:
            return
        self.seen.append(box)
        self.texts = [box.text(), box.informativeText()]
        wanted = self.answers.pop(0)
        [button] = [b for b in box.buttons() if b.text() == wanted]
        button.click()


@pytest.fixture
def editor(qtbot, app_ctx, as_user, staff):
    family = families.create_family(
        as_user(staff["ssupervisor"]), family_input(staff["aspecialist"])
    )
    ed = VisitNoteEditor(app_ctx(staff["aspecialist"]), family.id, None, restore=False)
    qtbot.addWidget(ed)
    ed.show()
    ed.ui.sections["observation"].edit.setPlainText(OBSERVATION)  # pasted from elsewhere
    qtbot.keyClicks(ed.ui.sections["plan"].edit, "Read together daily.")
    return ed


def test_disk_full_keeps_the_text_saves_a_copy_then_saves_when_space_is_back(
    qtbot, editor, db, page_cap, tmp_path, monkeypatch
):
    page_cap.cap(db)
    copy = tmp_path / "note copy.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    clicker = Clicker(qtbot, ["Save a copy to a file…"])
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert clicker.texts[0].startswith(
        f"Your note was not saved. The disk holding the database {db.sqlite_path} is full"
    )
    assert "Everything you wrote is still here" in clicker.texts[1]
    assert editor.ui.sections["observation"].value().strip() == OBSERVATION.strip()
    assert editor.visit_id is None and list_visits(editor.ctx.svc, editor.family_id) == []
    assert "A copy of the note is saved at" in editor.ui.message.text()
    saved = copy.read_text(encoding="utf-8")
    assert "Bảo reached for Ánh's face" in saved and "Read together daily." in saved
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600

    page_cap.lift(db)  # space is back
    clicker = Clicker(qtbot, [])
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert editor.visit_id is not None
    assert list_visits(editor.ctx.svc, editor.family_id)[0].observation.startswith("Bảo reached")


def test_try_again_saves_once_the_database_is_back(qtbot, editor, db, page_cap):
    page_cap.cap(db)
    clicker = Clicker(qtbot, ["Try again", "Keep editing"])  # still full, then give up for now
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert len(clicker.seen) == 2 and editor.visit_id is None
    assert editor.ui.message.text().startswith("Not saved: The disk holding the database")
    assert editor.ui.message.text().endswith("Your text is still here.")
    page_cap.lift(db)
    clicker = Clicker(qtbot, [])
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert editor.visit_id is not None and clicker.seen == []
