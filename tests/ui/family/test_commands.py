"""The Family menu's commands, used from the main window as a supervisor would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from imh_desktop.domain.enums import ClosureReason, FamilyStatus
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import families
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.family.case_dialogs import CloseCaseDialog, ReassignDialog
from imh_desktop.ui.shell.main_window import MainWindow
from tests.factories import TODAY

pytestmark = pytest.mark.ui


@pytest.fixture
def sam(app_ctx, staff):
    return app_ctx(staff["ssupervisor"])


@pytest.fixture
def window(qtbot, sam, family, tmp_path):
    """Sam's main window with the Nguyễn family selected in the caseload."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(sam, settings)
    qtbot.addWidget(win)
    win.show()
    win.select_family(family.id)
    assert win.current_family_id() == family.id
    return win


@pytest.fixture
def changes(sam):
    seen: list[Change] = []
    sam.bus.changed.connect(seen.append)
    return seen


@pytest.fixture
def questions(monkeypatch):
    """Questions asked; answered with ``questions.answer`` (Yes unless changed)."""

    class Asked(list):
        answer = QMessageBox.StandardButton.Yes

    asked = Asked()

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return asked.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def errors(monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr(
        "imh_desktop.ui.family.commands.show_error", lambda parent, exc: shown.append(exc)
    )
    return shown


def status_of(sam, family) -> FamilyStatus:
    return families.get_family(sam.svc, family.id).status


def test_hold_asks_then_holds_and_publishes(window, sam, family, questions, changes):
    window.family_commands.hold()
    assert questions == ["Put the case of the Nguyễn family (IMH-2026-0001) on hold?"]
    assert status_of(sam, family) is FamilyStatus.ON_HOLD
    assert changes == [Change.of(family.id, Part.FAMILY)]
    window.family_commands.reopen()
    assert questions[-1] == "Reopen the case of the Nguyễn family (IMH-2026-0001)?"
    assert status_of(sam, family) is FamilyStatus.ACTIVE and len(changes) == 2


def test_answering_no_changes_nothing(window, sam, family, questions, changes):
    questions.answer = QMessageBox.StandardButton.No
    window.family_commands.hold()
    assert len(questions) == 1 and status_of(sam, family) is FamilyStatus.ACTIVE and changes == []


def test_a_refused_change_is_shown_and_not_published(
    window, sam, family, questions, errors, changes
):
    window.family_commands.reopen()  # an active case cannot be reopened
    [error] = errors
    assert isinstance(error, DomainError) and error.message == (
        "Only a closed or on-hold case can be reopened."
    )
    assert changes == [] and status_of(sam, family) is FamilyStatus.ACTIVE


def test_a_family_gone_meanwhile_is_shown_and_the_caseload_reread(
    window, questions, errors, monkeypatch
):
    reads = []
    monkeypatch.setattr(window, "current_family_id", lambda: 9999)
    monkeypatch.setattr(window, "refresh", lambda: reads.append(1))
    window.family_commands.hold()
    assert questions == [] and len(errors) == 1 and reads == [1]


def test_without_a_family_the_commands_do_nothing(window, questions, monkeypatch):
    monkeypatch.setattr(window, "current_family_id", lambda: None)
    for command in ("hold", "reopen", "edit_family", "close_case", "reassign", "show_visits",
                    "open_family"):  # fmt: skip
        getattr(window.family_commands, command)()
    assert questions == [] and window.tabs.count() == 1


def when_shown(kind, act):
    """Run ``act(dialog)`` on the modal dialog of ``kind`` once it is up, as a user would."""

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def click_ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_reassign_through_its_dialog(window, sam, family, staff, changes):
    def choose_ben(dialog):
        dialog.specialist.setCurrentIndex(dialog.specialist.findText("Ben Specialist"))
        click_ok(dialog)

    when_shown(ReassignDialog, choose_ben)
    window.family_commands.reassign()
    assert families.get_family(sam.svc, family.id).specialist_id == staff["bspecialist"]
    assert changes == [Change.of(family.id, Part.FAMILY)]
    assert window.current_family_id() == family.id  # still selected


def test_close_case_through_its_dialog_and_cancel_leaves_it_open(window, sam, family, changes):
    when_shown(CloseCaseDialog, lambda dialog: dialog.reject())
    window.family_commands.close_case()
    assert status_of(sam, family) is FamilyStatus.ACTIVE and changes == []

    def close_as_moved(dialog):
        dialog.reason.set_value(ClosureReason.MOVED)
        click_ok(dialog)

    when_shown(CloseCaseDialog, close_as_moved)
    window.family_commands.close_case()
    closed = families.get_family(sam.svc, family.id)
    assert (closed.status, closed.closed_on, closed.closure_reason) == (
        FamilyStatus.CLOSED, TODAY, ClosureReason.MOVED)  # fmt: skip


def test_open_and_show_visits_open_the_record(window, family):
    window.family_commands.open_family()
    record = window.record_tab(family.id)
    assert record is not None and window.tabs.currentWidget() is record
    window.tabs.setCurrentIndex(0)
    window.family_commands.show_visits()
    assert (
        window.tabs.currentWidget() is record and record.tabs.currentWidget() is record.visits_tab
    )
    assert window.tabs.count() == 2  # the same tab, not a second one
