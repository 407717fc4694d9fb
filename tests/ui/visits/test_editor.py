"""The visit note editor, driven like a clinician: write, rate, sign, amend, recover a draft."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QMessageBox

from imh_desktop.domain.enums import ReferralSource, VisitMode
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.calendar.views import list_calendar
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import families
from imh_desktop.services.visits import notes
from imh_desktop.services.visits.records import NoteInput
from imh_desktop.ui.common.tasks import SyncRunner
from imh_desktop.ui.family.record import FamilyRecordWidget
from imh_desktop.ui.visits.editor import VisitNoteEditor
from tests.factories import TODAY, add_visit, family_input
from tests.ui.editing import open_editor, tick, write_note

pytestmark = [pytest.mark.ui, pytest.mark.usefixtures("keep_drafts_on_close")]


@pytest.fixture
def ana(ctx):
    return ctx.user


def test_write_rate_and_sign(qtbot, ctx, svc, family, two_goals, answer_yes, published):
    editor = open_editor(qtbot, ctx, family, restore=False)
    write_note(qtbot, editor, two_goals)
    assert [(r.goal_id, r.rating) for r in editor.ui.goals.value()] == [
        (two_goals[0].id, 3),
        (two_goals[1].id, 4),
    ]
    qtbot.mouseClick(editor.ui.sign_button, Qt.MouseButton.LeftButton)
    assert answer_yes and "locked" in answer_yes[-1], editor.ui.message.text()
    stored = notes.get_note(svc, editor.visit_id)
    assert stored.visit.is_signed and stored.visit.services == ("modelling",)
    assert [(r.rating, r.note) for r in stored.ratings] == [(3, "Rated 3"), (4, "Rated 4")]
    assert stored.visit.participants["others"] == ["interpreter"]
    assert not editor.ui.save_button.isEnabled() and not editor.ui.sign_button.isEnabled()
    assert "locked" in editor.ui.status.text()
    assert published == [  # saved (with ratings), then signed
        Change.of(family.id, Part.VISITS, Part.DRAFTS, Part.GOALS),
        Change.of(family.id, Part.VISITS, Part.DRAFTS),
    ]


def test_saving_a_note_publishes_a_change_of_the_familys_visits(qtbot, ctx, svc, family, published):
    editor = open_editor(qtbot, ctx, family, restore=False)
    qtbot.keyClicks(editor.ui.sections["observation"].edit, "Bao reached for the spoon.")
    assert published == []  # typing alone publishes nothing
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    [change] = published
    assert change.family_id == family.id and change.touches(Part.VISITS)
    assert change == Change.of(family.id, Part.VISITS, Part.DRAFTS)  # no ratings: goals untouched
    assert change.caseload_row
    assert editor.ui.autosave_label.text() == "Saved at 10:00"  # the context's clock
    assert notes.get_note(svc, editor.visit_id).visit.observation == "Bao reached for the spoon."


def test_a_community_visit_is_not_called_a_community_agency(qtbot, ctx, svc, as_user, staff):
    """The visit mode and the referral source share the stored value "community"."""
    data = family_input(staff["aspecialist"], referral_source=ReferralSource.COMMUNITY)
    family = families.create_family(as_user(staff["ssupervisor"]), data)
    editor = open_editor(qtbot, ctx, family, restore=False)
    mode = editor.ui.details.mode
    assert [mode.itemText(i) for i in range(mode.count())] == [
        "Home", "Virtual (video)", "Phone", "Office", "Community",
    ]  # fmt: skip
    mode.setFocus()
    qtbot.keyClicks(mode, "C")  # a closed drop-down picks the first item starting with C
    assert mode.currentText() == "Community" and mode.value() is VisitMode.COMMUNITY
    qtbot.keyClicks(editor.ui.sections["observation"].edit, "Met Anh and Bao at the library.")
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert notes.get_note(svc, editor.visit_id).visit.mode is VisitMode.COMMUNITY
    record = FamilyRecordWidget(ctx, family.id)
    qtbot.addWidget(record)
    form = record.details_form

    def text(row: int, role: QFormLayout.ItemRole) -> str:
        return form.itemAt(row, role).widget().text()

    roles = (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole)
    details = dict(tuple(text(row, role) for role in roles) for row in range(form.rowCount()))
    assert details["Referral:"] == "Community agency, 1 Mar 2026"
    visits = record.visits_model
    mode_column = [visits.headerData(c, Qt.Orientation.Horizontal) for c in range(4)].index("Mode")
    assert visits.index(0, mode_column).data() == "Community"


def test_sign_lists_what_is_missing(qtbot, ctx, svc, family, two_goals, answer_yes):
    editor = open_editor(qtbot, ctx, family, restore=False)
    qtbot.keyClicks(editor.ui.sections["plan"].edit, "Call Friday.")
    qtbot.mouseClick(editor.ui.sign_button, Qt.MouseButton.LeftButton)
    message = editor.ui.message.text()
    assert editor.ui.message.isVisible()
    assert "Observation" in message and "What we did" in message and "goal" in message
    assert not notes.get_note(svc, editor.visit_id).visit.is_signed
    assert answer_yes == []  # nothing to confirm while something is missing


def test_signed_note_is_locked_and_amendments_show_in_history(
    qtbot, ctx, svc, family, two_goals, answer_yes, published
):
    editor = open_editor(qtbot, ctx, family, restore=False)
    write_note(qtbot, editor, two_goals)
    qtbot.mouseClick(editor.ui.sign_button, Qt.MouseButton.LeftButton)
    visit_id = editor.visit_id
    reopened = open_editor(qtbot, ctx, family, visit_id)
    observation = reopened.ui.sections["observation"].edit
    assert observation.isReadOnly()
    qtbot.keyClicks(observation, " and more")
    qtbot.keyClick(reopened, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert observation.toPlainText() == "Bao looked up; Anh smiled and named it."
    assert (
        notes.get_note(svc, visit_id).visit.observation == "Bao looked up; Anh smiled and named it."
    )
    assert not reopened.ui.details.isEnabled() and not reopened.ui.save_button.isEnabled()

    assert reopened.ui.amend_button.isVisible()
    qtbot.mouseClick(reopened.ui.amend_button, Qt.MouseButton.LeftButton)
    dialog = reopened.amend_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.text, "It was Zoe who named it.")
    dialog.buttons.accepted.emit()  # the reason is still empty: refused, dialog stays
    assert dialog.isVisible() and "reason" in dialog.error.text().lower()
    del published[:]
    qtbot.keyClicks(dialog.reason, "Wrong caregiver named")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert published == [Change.of(family.id, Part.VISITS)]
    history = reopened.ui.history.toPlainText()
    assert "Wrong caregiver named" in history and "It was Zoe who named it." in history
    assert "Ana Specialist" in history and "25 Nov 2026 at 10:00" in history
    assert (
        notes.get_note(svc, visit_id).visit.observation == "Bao looked up; Anh smiled and named it."
    )


def test_draft_survives_a_crash(qtbot, ctx, svc, family, two_goals, answer_yes, monkeypatch):
    monkeypatch.setattr(VisitNoteEditor, "AUTOSAVE_MS", 200)
    editor = VisitNoteEditor(ctx, family.id, restore=False)
    editor.show()
    qtbot.keyClicks(editor.ui.sections["observation"].edit, "Typed just before the power cut")
    combo, _ = editor.ui.goals.rows[two_goals[1].id]
    combo.setCurrentIndex(2)
    qtbot.waitUntil(lambda: notes.load_draft(svc, family.id, None) is not None, timeout=3000)
    assert editor.ui.autosave_label.text() == "Draft saved at 10:00"
    editor.deleteLater()  # no closeEvent: as if the app died
    qtbot.waitUntil(lambda: not _alive(editor))

    reopened = open_editor(qtbot, ctx, family)
    assert answer_yes and answer_yes[-1] == (
        "Restore the unsaved note for Nguyễn family from 10:00?"  # today: no date
    )
    assert reopened.ui.sections["observation"].value() == "Typed just before the power cut"
    assert [(r.goal_id, r.rating) for r in reopened.ui.goals.value()] == [(two_goals[1].id, 2)]
    qtbot.mouseClick(reopened.ui.save_button, Qt.MouseButton.LeftButton)
    assert notes.load_draft(svc, family.id, None) is None
    assert (
        notes.get_note(svc, reopened.visit_id).visit.observation
        == "Typed just before the power cut"
    )


def test_a_draft_from_another_day_is_offered_with_its_date(
    qtbot, ctx, svc, family, clock, answer_yes
):
    notes.save_draft(
        svc, family.id, None, {"visit_date": "2026-11-25", "observation": "Late"}, None
    )
    clock.set(dt.datetime(2026, 11, 26, 8, 30, tzinfo=dt.UTC))
    reopened = open_editor(qtbot, ctx, family)
    assert answer_yes == ["Restore the unsaved note for Nguyễn family from 25 Nov 2026 10:00?"]
    assert reopened.ui.sections["observation"].value() == "Late"


def test_draft_times_are_shown_in_the_clocks_time_zone(qtbot, app_ctx, staff, family, answer_yes):
    from zoneinfo import ZoneInfo

    from imh_desktop.domain.clock import FixedClock
    from imh_desktop.services.common.context import ServiceContext
    from imh_desktop.ui.common.context import AppContext

    ctx = app_ctx(staff["aspecialist"])
    auckland = FixedClock(dt.datetime(2026, 11, 25, 10, 0), tz=ZoneInfo("Pacific/Auckland"))
    svc = ServiceContext(ctx.db, ctx.user.id, auckland)
    here = AppContext(svc, ctx.user, SyncRunner())
    notes.save_draft(
        svc, family.id, None, {"visit_date": "2026-11-25", "observation": "Kia ora"}, None
    )
    open_editor(qtbot, here, family)
    assert answer_yes == ["Restore the unsaved note for Nguyễn family from 10:00?"]


def test_declining_the_draft_discards_it(qtbot, ctx, svc, family, monkeypatch, published):
    notes.save_draft(svc, family.id, None, {"visit_date": "2026-11-25", "observation": "old"}, None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    editor = open_editor(qtbot, ctx, family)
    assert editor.ui.sections["observation"].value() == ""
    assert notes.load_draft(svc, family.id, None) is None
    assert published == [Change.of(family.id, Part.DRAFTS)]


def test_opening_a_planned_visit_starts_its_note(qtbot, ctx, svc, family):
    from imh_desktop.domain.enums import VisitOutcome

    planned = add_visit(
        svc, family.id, VisitInput(TODAY, VisitOutcome.PLANNED, start_time=dt.time(14, 30))
    )
    editor = open_editor(qtbot, ctx, family, planned.id, restore=False)
    assert editor.ui.details.outcome_value() is VisitOutcome.COMPLETED
    assert editor.ui.details.start.time().toString("HH:mm") == "14:30"
    qtbot.keyClicks(editor.ui.sections["observation"].edit, "Went well")
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert editor.visit_id == planned.id
    assert notes.get_note(svc, planned.id).visit.outcome is VisitOutcome.COMPLETED


def test_next_visit_plans_a_visit(qtbot, ctx, svc, family, two_goals):
    editor = open_editor(qtbot, ctx, family, restore=False)
    assert editor.ui.details.date.value() == TODAY  # a new note is dated by the context's clock
    write_note(qtbot, editor, two_goals)
    tick(qtbot, editor.ui.next_check)
    editor.ui.next_date.set_value(dt.date(2026, 12, 2))
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    week = list_calendar(svc, dt.date(2026, 11, 30), dt.date(2026, 12, 6))
    assert [(v.day, v.family_name) for v in week.visits] == [
        (dt.date(2026, 12, 2), "Nguyễn family")
    ]


def test_tab_moves_through_the_note_sections(qtbot, ctx, family, two_goals):
    editor = open_editor(qtbot, ctx, family, restore=False)
    observation = editor.ui.sections["observation"].edit
    observation.setFocus()
    qtbot.waitUntil(observation.hasFocus)
    qtbot.keyClick(observation, Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.ui.sections["caregiver_response"].edit
    assert observation.toPlainText() == ""


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_the_editor_opens_before_its_first_read_is_back(qtbot, later, family, two_goals):
    editor = open_editor(qtbot, later, family, restore=False)
    assert len(later.runner.pending) == 1  # one task for the family, note, goals, screenings, draft
    assert editor.ui.autosave_label.text() == "Loading…"
    assert not editor.ui.save_button.isEnabled() and editor.ui.sections["plan"].edit.isReadOnly()
    later.runner.run_next()
    assert editor.ui.save_button.isEnabled() and not editor.ui.sections["plan"].edit.isReadOnly()
    assert editor.windowTitle() == "Visit note — Nguyễn family"
    assert list(editor.ui.goals.rows) == [g.id for g in two_goals]


def test_autosave_writes_through_the_runner_one_write_at_a_time(qtbot, later, svc, family):
    editor = open_editor(qtbot, later, family, restore=False)
    later.runner.run_next()  # the first read
    observation = editor.ui.sections["observation"].edit
    qtbot.keyClicks(observation, "First words")
    assert later.runner.pending == [] and editor.ui.autosave_label.text() == "Unsaved changes"
    editor.autosave._timer.timeout.emit()  # the 3-second tick
    assert len(later.runner.pending) == 1 and editor.autosave.in_flight
    assert editor.ui.autosave_label.text() == "Saving…"
    assert notes.load_draft(svc, family.id, None) is None  # nothing written until the task runs

    qtbot.keyClicks(observation, ", then more")
    editor.autosave._timer.timeout.emit()  # a second tick while the first write is pending
    assert len(later.runner.pending) == 1  # no second write at the same time

    later.runner.run_next()
    assert notes.load_draft(svc, family.id, None).payload["observation"] == "First words"
    assert len(later.runner.pending) == 1  # the newer text is written next
    later.runner.run_next()
    assert notes.load_draft(svc, family.id, None).payload["observation"] == "First words, then more"
    assert later.runner.pending == [] and not editor.autosave.in_flight
    assert editor.ui.autosave_label.text() == "Draft saved at 10:00"


def test_saving_while_an_autosave_is_pending_leaves_no_draft_behind(qtbot, later, svc, family):
    editor = open_editor(qtbot, later, family, restore=False)
    later.runner.run_next()
    qtbot.keyClicks(editor.ui.sections["observation"].edit, "Saved for good")
    editor.autosave._timer.timeout.emit()
    assert len(later.runner.pending) == 1
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    later.runner.run_next()  # the autosave started before the save: cancelled, writes nothing
    assert notes.load_draft(svc, family.id, None) is None
    assert notes.get_note(svc, editor.visit_id).visit.observation == "Saved for good"
    assert editor.ui.autosave_label.text() == "Saved at 10:00"


def test_closing_while_an_autosave_is_pending_keeps_the_newest_text(qtbot, later, svc, family):
    editor = open_editor(qtbot, later, family, restore=False)
    later.runner.run_next()
    observation = editor.ui.sections["observation"].edit
    qtbot.keyClicks(observation, "Older")
    editor.autosave._timer.timeout.emit()
    qtbot.keyClicks(observation, " and newer")
    editor.close()  # "keep as draft": written now, synchronously
    assert notes.load_draft(svc, family.id, None).payload["observation"] == "Older and newer"
    while later.runner.pending:  # the autosave in flight comes back late: it must not win
        later.runner.run_next()
    assert notes.load_draft(svc, family.id, None).payload["observation"] == "Older and newer"


def test_main_window_visit_menu_and_draft_offer_at_start_up(
    qtbot, ctx, svc, family, answer_yes, tmp_path
):
    from PySide6.QtCore import QSettings

    from imh_desktop.ui.common.settings import Settings
    from imh_desktop.ui.shell.main_window import MainWindow

    # Stamped by the context's clock (25 Nov 2026 10:00 UTC), not the computer's.
    notes.save_draft(
        svc, family.id, None, {"visit_date": "2026-11-25", "observation": "Left open"}, None
    )
    window = MainWindow(
        ctx, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(window)
    titles = [a.text() for a in window.visit_menu.actions() if a.text()]
    assert (
        titles[0] == "&New visit note…"
        and "My &unsigned notes…" in titles
        and "&This week…" in titles
    )
    assert window.visit_actions.new_note_action.shortcut().toString() == "Ctrl+Shift+N"
    assert window.visit_actions.week_action in window.toolbar.actions()
    assert "&Referrals to follow up…" in titles and "My reflective &supervision…" in titles
    window.visit_actions.follow_ups_action.trigger()
    assert window.visit_actions.follow_ups_dialog.windowTitle().endswith("my caseload")
    window.visit_actions.follow_ups_dialog.close()
    window.visit_actions.supervision_action.trigger()
    assert window.visit_actions.supervision_dialog.model.rowCount() == 0
    window.visit_actions.supervision_dialog.close()
    window.show()
    qtbot.waitUntil(lambda: bool(window.findChildren(VisitNoteEditor)))
    assert answer_yes == ["Restore the unsaved note for Nguyễn family from 25 Nov 2026 10:00?"]
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


def test_open_agenda_and_unsigned_lists_reload_when_a_note_is_saved(
    qtbot, ctx, svc, family, two_goals, answer_yes
):
    from imh_desktop.domain.enums import VisitOutcome
    from imh_desktop.ui.visits.agenda import AgendaDialog
    from imh_desktop.ui.visits.unsigned_notes import UnsignedNotesDialog

    agenda, unsigned = AgendaDialog(ctx), UnsignedNotesDialog(ctx)
    for dialog in (agenda, unsigned):
        qtbot.addWidget(dialog)
        dialog.show()
    assert unsigned.model.rowCount() == 0
    planned = add_visit(svc, family.id, VisitInput(dt.date(2026, 11, 27), VisitOutcome.PLANNED))
    editor = open_editor(qtbot, ctx, family, restore=False)
    assert [item for _day, item in agenda.model.rows if item] == []  # not told of it yet
    write_note(qtbot, editor, two_goals)
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert unsigned.model.rowCount() == 1 and unsigned.model.notes[0].visit_id == editor.visit_id
    assert [item.visit_id for _day, item in agenda.model.rows if item] == [planned.id]

    unsigned.hide()  # hidden, it waits until it is shown again
    qtbot.mouseClick(editor.ui.sign_button, Qt.MouseButton.LeftButton)
    assert editor.is_signed(), editor.ui.message.text()
    assert unsigned.model.rowCount() == 1
    unsigned.show()
    assert unsigned.model.rowCount() == 0


def _when_conflict(monkeypatch, button: str) -> list:
    """The conflict dialog about to open is answered by clicking ``button``; what it showed."""
    from imh_desktop.ui.common.conflict import ConflictDialog

    shown = []

    def click(dialog) -> int:
        shown.append({row.label: (row.mine, row.theirs) for row in dialog.rows})
        getattr(dialog, button).click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", click)
    return shown


def _two_windows_on_one_note(qtbot, ctx, family, two_goals):
    editor = open_editor(qtbot, ctx, family, restore=False)
    write_note(qtbot, editor, two_goals)
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    other = open_editor(qtbot, ctx, family, editor.visit_id)  # the same note open twice
    qtbot.keyClicks(other.ui.sections["caregiver_response"].edit, "Theirs")
    qtbot.mouseClick(other.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.ui.sections["caregiver_response"].edit, "Mine")
    return editor


def test_a_conflicting_save_shows_both_versions_and_keeps_mine(
    qtbot, ctx, svc, family, two_goals, monkeypatch
):
    editor = _two_windows_on_one_note(qtbot, ctx, family, two_goals)
    shown = _when_conflict(monkeypatch, "later_button")
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    [fields] = shown
    assert fields["Caregiver's response"] == ("Mine", "Theirs")
    assert editor.ui.sections["caregiver_response"].value() == "Mine"
    assert "Yours is kept here" in editor.ui.message.text()
    assert notes.load_draft(svc, family.id, editor.visit_id).payload["caregiver_response"] == "Mine"
    assert notes.get_note(svc, editor.visit_id).visit.caregiver_response == "Theirs"


def test_save_mine_over_theirs_saves_against_their_version(
    qtbot, ctx, svc, family, two_goals, monkeypatch
):
    editor = _two_windows_on_one_note(qtbot, ctx, family, two_goals)
    _when_conflict(monkeypatch, "mine_button")
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert notes.get_note(svc, editor.visit_id).visit.caregiver_response == "Mine"
    assert notes.load_draft(svc, family.id, editor.visit_id) is None


def test_keep_theirs_shows_the_saved_note_after_mine_is_copied(
    qtbot, ctx, svc, family, two_goals, monkeypatch
):
    from PySide6.QtGui import QGuiApplication

    editor = _two_windows_on_one_note(qtbot, ctx, family, two_goals)
    from imh_desktop.ui.common.conflict import ConflictDialog

    def copy_then_keep_theirs(dialog) -> int:
        dialog.copy_button.click()
        dialog.theirs_button.click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", copy_then_keep_theirs)
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert "Caregiver's response: Mine" in QGuiApplication.clipboard().text()
    assert editor.ui.sections["caregiver_response"].value() == "Theirs"
    assert editor.note.visit.caregiver_response == "Theirs"
    assert notes.load_draft(svc, family.id, editor.visit_id) is None


def test_cancelled_visit_asks_for_a_reason_and_supervisor_cosigns(
    qtbot, ctx, svc, app_ctx, staff, family, answer_yes
):
    from imh_desktop.domain.enums import VisitOutcome

    editor = open_editor(qtbot, ctx, family, restore=False)
    details = editor.ui.details
    assert not details.reason.isVisible()
    details.outcome.setCurrentIndex(details.outcome.findText("Cancelled by staff"))
    assert details.reason.isVisible()
    qtbot.mouseClick(editor.ui.sign_button, Qt.MouseButton.LeftButton)
    assert "Reason the visit was cancelled by staff is empty" in editor.ui.message.text()
    qtbot.keyClicks(details.reason, "Specialist ill")
    qtbot.mouseClick(editor.ui.sign_button, Qt.MouseButton.LeftButton)
    assert notes.get_note(svc, editor.visit_id).visit.outcome is VisitOutcome.CANCELLED_STAFF
    assert editor.is_signed()

    supervisor = app_ctx(staff["ssupervisor"])
    published = []
    supervisor.bus.changed.connect(published.append)
    review = open_editor(qtbot, supervisor, family, editor.visit_id)
    assert review.ui.cosign_button.isVisible() and not review.ui.sign_button.isEnabled()
    qtbot.mouseClick(review.ui.cosign_button, Qt.MouseButton.LeftButton)
    assert notes.get_note(svc, editor.visit_id).cosigned_by_name == "Sam Supervisor"
    assert (
        not review.ui.cosign_button.isVisible() and "Co-signed" in review.ui.history.toPlainText()
    )
    assert published == [Change.of(family.id, Part.VISITS)]


def test_opening_a_note_without_typing_leaves_no_draft_and_closes_quietly(
    qtbot, ctx, svc, family, two_goals, monkeypatch
):
    monkeypatch.setattr(VisitNoteEditor, "AUTOSAVE_MS", 50)
    asked = []
    monkeypatch.setattr(VisitNoteEditor, "ask_on_close", lambda self: asked.append(1) or "draft")
    saved = notes.save_note(svc, family.id, NoteInput(VisitInput(TODAY, observation="x")))
    for visit_id in (None, saved.visit.id):
        editor = open_editor(qtbot, ctx, family, visit_id)
        qtbot.wait(200)
        assert notes.load_draft(svc, family.id, visit_id) is None
        editor.close()
    assert asked == []


def test_closing_the_main_window_closes_note_editors_first(
    qtbot, ctx, svc, family, tmp_path, monkeypatch
):
    from PySide6.QtCore import QSettings

    from imh_desktop.ui.common.settings import Settings
    from imh_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(
        ctx, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    )
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
    assert notes.load_draft(svc, family.id, None).payload["observation"] == "Half written"


def test_on_a_thread_pool_the_editor_loads_autosaves_and_closes_without_losing_text(
    qtbot, ctx, svc, family, monkeypatch
):
    from PySide6.QtCore import QThreadPool

    from imh_desktop.ui.common.tasks import ThreadPoolRunner

    monkeypatch.setattr(VisitNoteEditor, "AUTOSAVE_MS", 20)
    ctx.runner = ThreadPoolRunner()
    editor = open_editor(qtbot, ctx, family, restore=False)
    qtbot.waitUntil(lambda: editor.ui.save_button.isEnabled(), timeout=10_000)
    observation = editor.ui.sections["observation"].edit
    qtbot.keyClicks(observation, "Written while the drafts are saved")
    qtbot.waitUntil(
        lambda: editor.ui.autosave_label.text() == "Draft saved at 10:00", timeout=10_000
    )
    qtbot.keyClicks(observation, ", and the last words")
    editor.autosave._timer.timeout.emit()  # a write in flight as the window closes
    editor.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # the late answer of the write in flight arrives, and changes nothing
    draft = notes.load_draft(svc, family.id, None)
    assert draft.payload["observation"] == "Written while the drafts are saved, and the last words"


def test_a_signed_note_shows_its_goals_as_signed_and_a_later_edit_as_a_revision(
    qtbot, ctx, as_user, staff
):
    from imh_desktop.domain.enums import GoalDomain
    from imh_desktop.domain.inputs import GoalInput
    from imh_desktop.services.family import goals
    from tests.factories import signed_note

    family, note = signed_note(as_user, staff)
    [rated] = note.ratings
    [loaded] = goals.list_goals(ctx.svc, family.id)
    goals.update_goal(ctx.svc, rated.goal_id, GoalInput(
        GoalDomain.ATTACHMENT, "Ánh will soothe Bảo quickly.", TODAY), loaded.version)  # fmt: skip
    editor = open_editor(qtbot, ctx, family, note.visit.id)
    shown = editor.ui.goals.statements[rated.goal_id].text()
    assert "Ánh will comfort Bảo.<br>(Revised since this note was signed; now: Ánh will " in shown
    assert "soothe Bảo quickly.)" in shown


def test_the_editor_flags_a_goal_past_its_target_date(qtbot, ctx, svc, family):
    from imh_desktop.domain.enums import GoalDomain
    from imh_desktop.domain.inputs import GoalInput
    from imh_desktop.services.family import goals

    late = goals.create_goal(svc, family.id, GoalInput(
        GoalDomain.SAFETY, "Safe sleep", dt.date(2026, 4, 1), target_date=dt.date(2026, 9, 30)))  # fmt: skip
    editor = open_editor(qtbot, ctx, family, restore=False)
    assert "Past its target date (30 Sep 2026): review this goal." in (
        editor.ui.goals.review_prompts[late.id].text())  # fmt: skip


def test_the_family_section_is_written_saved_signed_and_amended(
    qtbot, ctx, svc, family, two_goals, answer_yes
):
    editor = open_editor(qtbot, ctx, family, restore=False)
    write_note(qtbot, editor, two_goals)
    family_edit = editor.ui.sections["family_note"].edit
    qtbot.keyClicks(family_edit, "Bao loved the song you sang. Try it at bath time.")
    assert editor.state()["family_note"] == "Bao loved the song you sang. Try it at bath time."
    qtbot.mouseClick(editor.ui.sign_button, Qt.MouseButton.LeftButton)
    stored = notes.get_note(svc, editor.visit_id)
    assert stored.visit.is_signed
    assert stored.visit.family_note == "Bao loved the song you sang. Try it at bath time."
    assert stored.integrity == ()  # the seal covers the section and still matches
    reopened = open_editor(qtbot, ctx, family, editor.visit_id)
    assert reopened.ui.sections["family_note"].edit.isReadOnly()
    assert reopened.ui.sections["family_note"].value().startswith("Bao loved the song")
    qtbot.mouseClick(reopened.ui.amend_button, Qt.MouseButton.LeftButton)
    dialog = reopened.amend_dialog
    dialog.section.setCurrentIndex(dialog.section.findData("family_note"))
    qtbot.keyClicks(dialog.reason, "Clearer words for the family")
    qtbot.keyClicks(dialog.text, "Bao loved your song. Sing it at bath time too.")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    [amendment] = notes.get_note(svc, editor.visit_id).amendments
    assert amendment.section == "family_note" and amendment.section_label == "For the family"


def test_a_signed_note_reads_as_finished_with_amendments_in_place(
    qtbot, ctx, svc, family, two_goals, answer_yes
):
    from PySide6.QtGui import QPalette

    editor = open_editor(qtbot, ctx, family, restore=False)
    write_note(qtbot, editor, two_goals)
    qtbot.mouseClick(editor.ui.sign_button, Qt.MouseButton.LeftButton)
    notes.amend_visit(svc, editor.visit_id, "plan", "Wrong book named", "The blue book.")
    signed = open_editor(qtbot, ctx, family, editor.visit_id)
    ui = signed.ui
    assert not ui.screening_button.isEnabled()  # nothing to add to a finished note
    observation = ui.sections["observation"].edit
    assert observation.isReadOnly() and observation.frameShape() == observation.Shape.NoFrame
    details = ui.details.palette()
    disabled, active = QPalette.ColorGroup.Disabled, QPalette.ColorGroup.Active
    assert details.color(disabled, QPalette.ColorRole.Text) == details.color(
        active, QPalette.ColorRole.Text
    )  # locked, but in full contrast
    mark = ui.amendment_marks["plan"]
    assert mark.isVisible() and "The blue book." in mark.text()
    assert "Wrong book named" in mark.text() and "Ana Specialist" in mark.text()
    assert not ui.amendment_marks["observation"].isVisible()
    # the mark sits right under the amended section
    layout = ui.sections["plan"].parentWidget().layout()
    assert layout.indexOf(mark) == layout.indexOf(ui.sections["plan"]) + 1


def test_a_referral_made_from_the_note_links_the_visit(qtbot, ctx, svc, family, two_goals):
    from PySide6.QtWidgets import QDialogButtonBox

    from imh_desktop.services.family import referrals

    editor = open_editor(qtbot, ctx, family, restore=False)
    write_note(qtbot, editor, two_goals)
    qtbot.mouseClick(editor.ui.referral_button, Qt.MouseButton.LeftButton)
    dialog = editor.referral_dialog
    assert editor.visit_id is not None and dialog.visit_id == editor.visit_id
    qtbot.keyClicks(dialog.agency, "Food bank")
    qtbot.keyClicks(dialog.reason, "Runs out of formula.")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    [made] = referrals.list_referrals(svc, family.id)
    assert made.visit_id == editor.visit_id and made.made_on == TODAY
    assert "referral" in editor.ui.services.value()
