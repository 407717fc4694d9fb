"""The reflective supervision dialog: a supervisor records a session; the specialist reads it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from imh_desktop.domain.supervision import SupervisionInput
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import families
from imh_desktop.services.team import supervision
from imh_desktop.ui.common.conflict import ConflictDialog
from imh_desktop.ui.team.supervision import SupervisionDialog
from tests.factories import TODAY, family_input

pytestmark = pytest.mark.ui


def test_record_a_session_then_the_specialist_reads_its_note(
    qtbot, app_ctx, as_user, staff, qtmodeltester
):
    sam = app_ctx(staff["ssupervisor"])
    family = families.create_family(sam.svc, family_input(staff["aspecialist"]))
    changes: list[Change] = []
    sam.bus.changed.connect(changes.append)
    dialog = SupervisionDialog(sam, staff["aspecialist"], "Ana Specialist")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.families.count() == 1 and dialog.save_button.isVisible()
    dialog.families.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.minutes.setValue(75)
    qtbot.keyClicks(dialog.note, "Worried I push too fast.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1 and changes == [Change.of(None, Part.STAFF)]
    assert dialog.model.index(0, 3).data() == f"{family.case_number} Nguyễn family"
    qtmodeltester.check(dialog.model)
    [saved] = supervision.list_supervision(sam.svc, staff["aspecialist"])
    assert (saved.minutes, saved.held_on, saved.private_note) == (
        75, TODAY, "Worried I push too fast.")  # fmt: skip
    ana = SupervisionDialog(app_ctx(staff["aspecialist"]), staff["aspecialist"], "Ana")
    qtbot.addWidget(ana)
    ana.show()
    assert not ana.save_button.isVisible()
    assert ana.model.index(0, 4).data() == "Worried I push too fast."


def test_a_session_in_the_future_is_refused_under_its_date(qtbot, app_ctx, staff):
    from datetime import timedelta

    sam = app_ctx(staff["ssupervisor"])
    dialog = SupervisionDialog(sam, staff["aspecialist"], "Ana Specialist")
    qtbot.addWidget(dialog)
    dialog.held_on.set_value(TODAY + timedelta(days=2))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "future" in dialog.form.error_text("held_on")
    assert supervision.list_supervision(sam.svc, staff["aspecialist"]) == []


def _recorded(sam, staff, family_id=None, note="Worried I push too fast."):
    ids = (family_id,) if family_id else ()
    return supervision.record_supervision(sam.svc, SupervisionInput(
        staff["aspecialist"], TODAY, 60, ids, note))  # fmt: skip


def _open(qtbot, ctx, staff):
    dialog = SupervisionDialog(ctx, staff["aspecialist"], "Ana Specialist")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_recording_supervisor_edits_a_session_by_its_row(qtbot, app_ctx, staff):
    sam = app_ctx(staff["ssupervisor"])
    family = families.create_family(sam.svc, family_input(staff["aspecialist"]))
    _recorded(sam, staff)
    dialog = _open(qtbot, sam, staff)
    assert not dialog.edit_button.isEnabled()  # nothing chosen yet
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert dialog.note.toPlainText() == "Worried I push too fast."
    assert dialog.save_button.text() == "&Save changes"
    dialog.minutes.setValue(50)
    dialog.families.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.note.clear()
    qtbot.keyClicks(dialog.note, "Less worried now.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [saved] = supervision.list_supervision(sam.svc, staff["aspecialist"])
    assert (saved.minutes, saved.family_ids, saved.private_note, saved.version) == (
        50, (family.id,), "Less worried now.", 2)  # fmt: skip
    assert dialog.save_button.text() == "&Record session" and dialog.note.toPlainText() == ""
    assert dialog.model.rowCount() == 1  # corrected, not added
    # The specialist reads the note but may not change the session.
    ana = _open(qtbot, app_ctx(staff["aspecialist"]), staff)
    ana.table.selectRow(0)
    assert not ana.edit_button.isVisible() and not ana.edit_button.isEnabled()
    assert ana.model.index(0, 4).data() == "Less worried now."


def test_delete_asks_first_and_no_keeps_the_session(qtbot, app_ctx, staff, monkeypatch):
    sam = app_ctx(staff["ssupervisor"])
    _recorded(sam, staff)
    dialog = _open(qtbot, sam, staff)
    asked = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent, title, text, *args):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "60 minutes" in asked[0] and dialog.model.rowCount() == 1
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    assert supervision.list_supervision(sam.svc, staff["aspecialist"]) == []


def test_a_session_saved_meanwhile_opens_the_conflict_dialog(qtbot, app_ctx, staff, monkeypatch):
    sam = app_ctx(staff["ssupervisor"])
    made = _recorded(sam, staff)
    dialog = _open(qtbot, sam, staff)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    supervision.update_supervision(sam.svc, made.id, SupervisionInput(  # another window
        staff["aspecialist"], TODAY, 90, (), "Theirs."), made.version)  # fmt: skip
    shown = []

    def decide_later(conflict):
        shown.append({r.label: (r.mine, r.theirs) for r in conflict.rows})
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConflictDialog, "exec", decide_later)
    dialog.minutes.setValue(30)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert shown[0]["Minutes"] == ("30", "90")
    assert "Yours is kept here" in dialog.form.error_text("held_on")
    assert supervision.list_supervision(sam.svc, staff["aspecialist"])[0].minutes == 90

    def save_mine(conflict):
        conflict.mine_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", save_mine)
    supervision.update_supervision(sam.svc, made.id, SupervisionInput(  # and again
        staff["aspecialist"], TODAY, 95, (), "Theirs again."), made.version + 1)  # fmt: skip
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [kept] = supervision.list_supervision(sam.svc, staff["aspecialist"])
    assert (kept.minutes, kept.private_note) == (30, "Worried I push too fast.")
