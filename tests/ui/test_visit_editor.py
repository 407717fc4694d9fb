"""The visit note editor, driven like a clinician: write, rate, sign, amend, recover a draft."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from imh_desktop.domain.enums import GoalDomain
from imh_desktop.domain.inputs import GoalInput, VisitInput
from imh_desktop.services import families, goals, notes
from imh_desktop.services.note_records import NoteInput
from imh_desktop.services.staff import get_staff
from imh_desktop.ui.visit_editor import VisitNoteEditor
from tests.services.test_families import TODAY, family_input

pytestmark = pytest.mark.ui


@pytest.fixture(autouse=True)
def keep_drafts_on_close(monkeypatch):
    """Closing a window with unsaved changes asks; in tests the answer is "keep as draft"."""
    monkeypatch.setattr(VisitNoteEditor, "ask_on_close", lambda self: "draft")


@pytest.fixture
def family(db, staff):
    return families.create_family(
        db, staff["ssupervisor"], family_input(staff["aspecialist"]), TODAY
    )


@pytest.fixture
def two_goals(db, staff, family):
    return [
        goals.create_goal(db, staff["aspecialist"], family.id, GoalInput(d, s, dt.date(2026, 4, 1)))
        for d, s in (
            (GoalDomain.ATTACHMENT, "Ánh will comfort Bảo within a few minutes."),
            (GoalDomain.SERVE_AND_RETURN, "Ánh will follow Bảo's lead in play."),
        )
    ]


@pytest.fixture
def ana(db, staff):
    return get_staff(db, staff["aspecialist"])


@pytest.fixture
def answer_yes(monkeypatch):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def open_editor(qtbot, db, ana, family, visit_id=None, **kw):
    editor = VisitNoteEditor(db, ana, family.id, visit_id, today=TODAY, **kw)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def tick(qtbot, box):
    """Click a check box on its indicator, as a user does."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def write_note(qtbot, editor, two_goals):
    ui = editor.ui
    qtbot.keyClicks(ui.sections["observation"].edit, "Bao looked up; Anh smiled and named it.")
    tick(qtbot, ui.services.boxes["modelling"])
    tick(qtbot, ui.present.others["interpreter"])
    qtbot.keyClicks(ui.sections["plan"].edit, "Read the picture book daily.")
    for goal, rating in zip(two_goals, (3, 4), strict=True):
        combo, note = ui.goals.rows[goal.id]
        combo.setFocus()
        for _ in range(rating):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClicks(note, f"Rated {rating}")


def test_write_rate_and_sign(qtbot, db, staff, family, two_goals, ana, answer_yes):
    editor = open_editor(qtbot, db, ana, family, restore=False)
    write_note(qtbot, editor, two_goals)
    assert [(r.goal_id, r.rating) for r in editor.ui.goals.value()] == [
        (two_goals[0].id, 3),
        (two_goals[1].id, 4),
    ]
    qtbot.mouseClick(editor.ui.sign_button, Qt.MouseButton.LeftButton)
    assert answer_yes and "locked" in answer_yes[-1], editor.ui.message.text()
    stored = notes.get_note(db, editor.visit_id)
    assert stored.visit.is_signed and stored.visit.services == ("modelling",)
    assert [(r.rating, r.note) for r in stored.ratings] == [(3, "Rated 3"), (4, "Rated 4")]
    assert stored.visit.participants["others"] == ["interpreter"]
    assert not editor.ui.save_button.isEnabled() and not editor.ui.sign_button.isEnabled()
    assert "locked" in editor.ui.status.text()


def test_sign_lists_what_is_missing(qtbot, db, family, two_goals, ana, answer_yes):
    editor = open_editor(qtbot, db, ana, family, restore=False)
    qtbot.keyClicks(editor.ui.sections["plan"].edit, "Call Friday.")
    qtbot.mouseClick(editor.ui.sign_button, Qt.MouseButton.LeftButton)
    message = editor.ui.message.text()
    assert editor.ui.message.isVisible()
    assert "Observation" in message and "What we did" in message and "goal" in message
    assert not notes.get_note(db, editor.visit_id).visit.is_signed
    assert answer_yes == []  # nothing to confirm while something is missing


def test_signed_note_is_locked_and_amendments_show_in_history(
    qtbot, db, family, two_goals, ana, answer_yes
):
    editor = open_editor(qtbot, db, ana, family, restore=False)
    write_note(qtbot, editor, two_goals)
    qtbot.mouseClick(editor.ui.sign_button, Qt.MouseButton.LeftButton)
    visit_id = editor.visit_id
    reopened = open_editor(qtbot, db, ana, family, visit_id)
    observation = reopened.ui.sections["observation"].edit
    assert observation.isReadOnly()
    qtbot.keyClicks(observation, " and more")
    qtbot.keyClick(reopened, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert observation.toPlainText() == "Bao looked up; Anh smiled and named it."
    assert (
        notes.get_note(db, visit_id).visit.observation == "Bao looked up; Anh smiled and named it."
    )
    assert not reopened.ui.details.isEnabled() and not reopened.ui.save_button.isEnabled()

    assert reopened.ui.amend_button.isVisible()
    qtbot.mouseClick(reopened.ui.amend_button, Qt.MouseButton.LeftButton)
    dialog = reopened.amend_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.text, "It was Zoe who named it.")
    dialog.buttons.accepted.emit()  # the reason is still empty: refused, dialog stays
    assert dialog.isVisible() and "reason" in dialog.error.text().lower()
    qtbot.keyClicks(dialog.reason, "Wrong caregiver named")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    history = reopened.ui.history.toPlainText()
    assert "Wrong caregiver named" in history and "It was Zoe who named it." in history
    assert "Ana Specialist" in history
    assert (
        notes.get_note(db, visit_id).visit.observation == "Bao looked up; Anh smiled and named it."
    )


def test_draft_survives_a_crash(qtbot, db, family, two_goals, ana, answer_yes, monkeypatch):
    monkeypatch.setattr(VisitNoteEditor, "AUTOSAVE_MS", 200)
    editor = VisitNoteEditor(db, ana, family.id, today=TODAY, restore=False)
    editor.show()
    qtbot.keyClicks(editor.ui.sections["observation"].edit, "Typed just before the power cut")
    combo, _ = editor.ui.goals.rows[two_goals[1].id]
    combo.setCurrentIndex(2)
    qtbot.waitUntil(lambda: notes.load_draft(db, ana.id, family.id, None) is not None, timeout=3000)
    editor.deleteLater()  # no closeEvent: as if the app died
    qtbot.waitUntil(lambda: not _alive(editor))

    reopened = open_editor(qtbot, db, ana, family)
    assert answer_yes and answer_yes[-1].startswith(
        "Restore the unsaved note for Nguyễn family from"
    )
    assert reopened.ui.sections["observation"].value() == "Typed just before the power cut"
    assert [(r.goal_id, r.rating) for r in reopened.ui.goals.value()] == [(two_goals[1].id, 2)]
    qtbot.mouseClick(reopened.ui.save_button, Qt.MouseButton.LeftButton)
    assert notes.load_draft(db, ana.id, family.id, None) is None
    assert (
        notes.get_note(db, reopened.visit_id).visit.observation == "Typed just before the power cut"
    )


def test_declining_the_draft_discards_it(qtbot, db, family, ana, monkeypatch):
    notes.save_draft(
        db, ana.id, family.id, None, {"visit_date": "2026-11-25", "observation": "old"}
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    editor = open_editor(qtbot, db, ana, family)
    assert editor.ui.sections["observation"].value() == ""
    assert notes.load_draft(db, ana.id, family.id, None) is None


def test_opening_a_planned_visit_starts_its_note(qtbot, db, family, ana):
    from imh_desktop.domain.enums import VisitOutcome
    from imh_desktop.domain.inputs import VisitInput
    from imh_desktop.services import visits

    planned = visits.create_visit(
        db,
        ana.id,
        family.id,
        VisitInput(TODAY, VisitOutcome.PLANNED, start_time=dt.time(14, 30)),
        today=TODAY,
    )
    editor = open_editor(qtbot, db, ana, family, planned.id, restore=False)
    assert editor.ui.details.outcome_value() is VisitOutcome.COMPLETED
    assert editor.ui.details.start.time().toString("HH:mm") == "14:30"
    qtbot.keyClicks(editor.ui.sections["observation"].edit, "Went well")
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert editor.visit_id == planned.id
    assert notes.get_note(db, planned.id).visit.outcome is VisitOutcome.COMPLETED


def test_next_visit_plans_a_visit(qtbot, db, family, two_goals, ana):
    editor = open_editor(qtbot, db, ana, family, restore=False)
    write_note(qtbot, editor, two_goals)
    tick(qtbot, editor.ui.next_check)
    editor.ui.next_date.set_value(dt.date(2026, 12, 2))
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    agenda = notes.week_agenda(db, ana.id, dt.date(2026, 12, 2))
    assert [(a.visit_date, a.family_name) for a in agenda] == [
        (dt.date(2026, 12, 2), "Nguyễn family")
    ]


def test_tab_moves_through_the_note_sections(qtbot, db, family, two_goals, ana):
    editor = open_editor(qtbot, db, ana, family, restore=False)
    observation = editor.ui.sections["observation"].edit
    observation.setFocus()
    qtbot.waitUntil(observation.hasFocus)
    qtbot.keyClick(observation, Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.ui.sections["caregiver_response"].edit
    assert observation.toPlainText() == ""


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_main_window_visit_menu_and_draft_offer_at_start_up(qtbot, db, staff, family, ana, answer_yes, tmp_path):
    from PySide6.QtCore import QSettings

    from imh_desktop.ui.main_window import MainWindow
    from imh_desktop.ui.settings import Settings

    notes.save_draft(db, ana.id, family.id, None, {"visit_date": "2026-11-25", "observation": "Left open"})
    window = MainWindow(db, ana, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), today=TODAY)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.visit_menu.actions() if a.text()]
    assert titles[0] == "&New visit note…" and "My &unsigned notes…" in titles and "&This week…" in titles
    assert window.visit_actions.new_note_action.shortcut().toString() == "Ctrl+Shift+N"
    window.show()
    qtbot.waitUntil(lambda: bool(window.findChildren(VisitNoteEditor)))
    assert answer_yes[0].startswith("Restore the unsaved note for Nguyễn family from 25 Nov 2026")
    [restored] = window.findChildren(VisitNoteEditor)
    assert restored.ui.sections["observation"].value() == "Left open"
    restored.deleteLater()

    window.refresh()
    window.caseload.select_family(family.id)
    window.visit_actions.new_note_action.trigger()
    editors = [e for e in window.findChildren(VisitNoteEditor) if _alive(e) and e.isVisible()]
    assert [e.family_id for e in editors] == [family.id]
    window.visit_actions.week_action.trigger()
    assert window.visit_actions.agenda_dialog.isVisible()


def test_a_conflicting_save_shows_both_versions_and_keeps_mine(qtbot, db, family, two_goals, ana, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from imh_desktop.ui.note_dialogs import ConflictDialog

    editor = open_editor(qtbot, db, ana, family, restore=False)
    write_note(qtbot, editor, two_goals)
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    other = open_editor(qtbot, db, ana, family, editor.visit_id)  # the same note open twice
    qtbot.keyClicks(other.ui.sections["caregiver_response"].edit, "Theirs")
    qtbot.mouseClick(other.ui.save_button, Qt.MouseButton.LeftButton)
    shown = []

    def fake_exec(dialog):
        shown.append((dialog.mine_view.toPlainText(), dialog.theirs_view.toPlainText()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConflictDialog, "exec", fake_exec)
    qtbot.keyClicks(editor.ui.sections["caregiver_response"].edit, "Mine")
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    [(mine, theirs)] = shown
    assert "Mine" in mine and "Theirs" in theirs
    assert editor.ui.sections["caregiver_response"].value() == "Mine"
    assert "Yours is kept here" in editor.ui.message.text()
    assert notes.load_draft(db, ana.id, family.id, editor.visit_id).payload["caregiver_response"] == "Mine"
    assert notes.get_note(db, editor.visit_id).visit.caregiver_response == "Theirs"


def test_cancelled_visit_asks_for_a_reason_and_supervisor_cosigns(qtbot, db, staff, family, ana, answer_yes):
    from imh_desktop.domain.enums import VisitOutcome

    editor = open_editor(qtbot, db, ana, family, restore=False)
    details = editor.ui.details
    assert not details.reason.isVisible()
    details.outcome.setCurrentIndex(details.outcome.findText("Cancelled by staff"))
    assert details.reason.isVisible()
    qtbot.mouseClick(editor.ui.sign_button, Qt.MouseButton.LeftButton)
    assert "Reason the visit was cancelled by staff is empty" in editor.ui.message.text()
    qtbot.keyClicks(details.reason, "Specialist ill")
    qtbot.mouseClick(editor.ui.sign_button, Qt.MouseButton.LeftButton)
    assert notes.get_note(db, editor.visit_id).visit.outcome is VisitOutcome.CANCELLED_STAFF
    assert editor.is_signed()

    supervisor = get_staff(db, staff["ssupervisor"])
    review = open_editor(qtbot, db, supervisor, family, editor.visit_id)
    assert review.ui.cosign_button.isVisible() and not review.ui.sign_button.isEnabled()
    qtbot.mouseClick(review.ui.cosign_button, Qt.MouseButton.LeftButton)
    assert notes.get_note(db, editor.visit_id).cosigned_by_name == "Sam Supervisor"
    assert not review.ui.cosign_button.isVisible() and "Co-signed" in review.ui.history.toPlainText()


def test_opening_a_note_without_typing_leaves_no_draft_and_closes_quietly(qtbot, db, family, two_goals, ana, monkeypatch):
    monkeypatch.setattr(VisitNoteEditor, "AUTOSAVE_MS", 50)
    asked = []
    monkeypatch.setattr(VisitNoteEditor, "ask_on_close", lambda self: asked.append(1) or "draft")
    saved = notes.save_note(db, ana.id, family.id, NoteInput(VisitInput(TODAY, observation="x")), today=TODAY)
    for visit_id in (None, saved.visit.id):
        editor = open_editor(qtbot, db, ana, family, visit_id)
        qtbot.wait(200)
        assert notes.load_draft(db, ana.id, family.id, visit_id) is None
        editor.close()
    assert asked == []


def test_closing_the_main_window_closes_note_editors_first(qtbot, db, family, ana, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from imh_desktop.ui.main_window import MainWindow
    from imh_desktop.ui.settings import Settings

    window = MainWindow(db, ana, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    window.caseload.select_family(family.id)
    editor = window.visit_actions.open_new_note()
    qtbot.keyClicks(editor.ui.sections["observation"].edit, "Half written")
    answers = ["cancel", "draft"]
    monkeypatch.setattr(VisitNoteEditor, "ask_on_close", lambda self: answers.pop(0))
    window.close()
    assert window.isVisible() and editor.isVisible()  # the editor said "cancel": nothing closes
    window.close()
    assert not window.isVisible() and not editor.isVisible()
    assert notes.load_draft(db, ana.id, family.id, None).payload["observation"] == "Half written"
