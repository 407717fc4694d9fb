"""Roles in the windows: emergency access driven like a user, actions refused before a click,
the supervisor's list of emergency accesses, and the administrator's window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from imh_desktop.ui.family.emergency import CaseNumberDialog, EmergencyAccessDialog
from tests.factories import two_teams

pytestmark = pytest.mark.ui
REASON = "The family called in crisis; Ana is on leave."


@pytest.fixture
def agency(as_user, staff):
    return two_teams(as_user, staff)


def _answer(dialog_type, fill, results: list, then=None, tries: int = 50) -> None:
    """Once the modal ``dialog_type`` is up, ``fill`` it, then press its main button.

    ``then`` is scheduled the same way for the dialog that follows.
    """

    def step() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, dialog_type) and w.isVisible()]  # fmt: skip
        if not dialogs:
            if tries:
                _answer(dialog_type, fill, results, then, tries - 1)
            return
        results.append(fill(dialogs[0]))
        if then is not None:
            then()
        dialogs[0].buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(20, step)


def test_break_the_glass_from_the_file_menu(qtbot, open_window, agency, tmp_path):
    family = agency["family"]
    window = open_window(agency["cspecialist"])
    assert window.caseload.visible_rows() == []  # Ana's family is not on Cleo's caseload
    seen: list = []

    def find(dialog: CaseNumberDialog) -> None:
        qtbot.keyClicks(dialog.case_number, family.case_number)

    def give_reason(dialog: EmergencyAccessDialog) -> str:
        qtbot.keyClicks(dialog.reason, "crisis")  # too short: refused next to the field
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        error = dialog.form.error_text("reason")
        dialog.reason.clear()
        qtbot.keyClicks(dialog.reason, REASON)
        return error

    _answer(CaseNumberDialog, find, seen, lambda: _answer(EmergencyAccessDialog, give_reason, seen))
    window.main_actions.open_by_case_action.trigger()
    assert "at least 10 characters" in seen[1]
    record = window.record_tab(family.id)
    assert record is not None and window.tabs.currentWidget() is record
    assert record.family.display_name == "Nguyễn family"
    assert (
        record.access_label.isVisible() and "Emergency access until" in record.access_label.text()
    )
    window.grab().save(str(tmp_path / "emergency-record.png"))
    # What the grant does not allow is disabled, saying why, before any click.
    actions = window.main_actions
    assert not actions.edit_family_action.isEnabled()
    assert actions.edit_family_action.toolTip().startswith("Emergency access lets you read")
    assert not record.goals_tab.add_button.isEnabled()
    assert not record.reports_tab.progress_button.isEnabled()
    assert all(not b.isEnabled() for b in record.member_buttons)
    assert record.visits_tab.new_button.isEnabled()  # a note may be written
    assert window.visit_actions.new_note_action.isEnabled()


def test_a_case_number_not_in_the_caseload_offers_the_agency_search(qtbot, open_window, agency):
    window = open_window(agency["cspecialist"])
    seen: list = []

    def cancel(dialog: EmergencyAccessDialog) -> None:
        dialog.reject()

    _answer(CaseNumberDialog, lambda d: d.case_number.text(), seen,
            lambda: _answer(EmergencyAccessDialog, cancel, seen))  # fmt: skip
    qtbot.keyClicks(window.caseload.search, agency["family"].case_number)
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)
    assert seen[0] == agency["family"].case_number  # the search text carried over
    assert window.record_tab(agency["family"].id) is None  # no reason given: nothing opened


def test_a_specialist_cannot_reach_what_is_not_hers(open_window, agency):
    window = open_window(agency["aspecialist"])
    actions = window.main_actions
    assert list(actions.scope_actions) == ["mine"]
    assert actions.team_action not in actions.view_menu.actions()
    window.caseload.select_family(agency["family"].id)
    window.update_actions()
    assert actions.edit_family_action.isEnabled() and actions.close_case_action.isEnabled()
    assert not actions.reassign_action.isEnabled()
    assert "supervisor" in actions.reassign_action.toolTip()


def test_the_administrators_window_has_no_caseload(qtbot, open_window, agency, tmp_path):
    window = open_window(agency["aadmin"])
    actions = window.main_actions
    assert window.tabs.tabText(0) == "No caseload"
    assert "Administrator account" in window.tabs.widget(0).text()
    assert actions.scope_actions == {}
    assert actions.open_by_case_action not in actions.file_menu.actions()
    assert actions.team_action not in actions.view_menu.actions()
    for action in (actions.new_family_action, actions.print_action, actions.export_action,
                   window.visit_actions.unsigned_action, window.report_actions.batch_action):  # fmt: skip
        assert not action.isEnabled()
        assert action.toolTip().startswith("Administrator accounts do not open")
    window.grab().save(str(tmp_path / "admin-window.png"))


def test_a_refusal_that_still_happens_is_a_plain_message(qtbot, monkeypatch, open_window, agency):
    from imh_desktop.ui.common import errors

    shown: list = []
    monkeypatch.setattr(errors.QMessageBox, "information", lambda *a: shown.append(a[1:]))
    window = open_window(agency["bspecialist"])
    monkeypatch.setattr(
        "imh_desktop.ui.family.emergency.ask_emergency_access", lambda *a, **k: False
    )
    assert window.open_family(agency["family"].id) is None
    assert shown and shown[0][0].endswith("Not allowed")
    assert "not on your caseload" in shown[0][1]
    assert window.tabs.count() == 1  # no half-open tab is left


def test_a_note_read_under_emergency_access_cannot_be_amended(qtbot, as_user, app_ctx, agency):
    import datetime as dt

    from imh_desktop.domain.enums import VisitOutcome
    from imh_desktop.domain.inputs import VisitInput
    from imh_desktop.services.access.emergency import grant_emergency_access
    from imh_desktop.ui.visits.editor import VisitNoteEditor
    from tests.factories import add_visit

    family = agency["family"]
    ana = as_user(agency["aspecialist"])
    note = add_visit(ana, family.id, VisitInput(dt.date(2026, 11, 20), VisitOutcome.NO_SHOW,
                                                cancel_reason="Ill"), signed_on=dt.date(2026, 11, 20))  # fmt: skip
    grant_emergency_access(as_user(agency["cspecialist"]), family.id, REASON)
    cleo = VisitNoteEditor(app_ctx(agency["cspecialist"]), family.id, note.id)
    qtbot.addWidget(cleo)
    cleo.show()
    assert cleo.ui.amend_button.isVisible() and not cleo.ui.amend_button.isEnabled()
    assert cleo.ui.amend_button.toolTip().startswith("Emergency access lets you read")
    assert not cleo.ui.screening_button.isEnabled()  # a signed note is finished
    sam = VisitNoteEditor(app_ctx(agency["ssupervisor"]), family.id, note.id)
    qtbot.addWidget(sam)
    sam.show()
    assert sam.ui.cosign_button.isVisible() and sam.ui.cosign_button.isEnabled()
    assert sam.ui.amend_button.isEnabled()
