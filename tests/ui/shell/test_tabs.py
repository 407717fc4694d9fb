"""The main window's tabs: the caseload stays first, one tab per family record, one team tab,
unsaved edits asked about before a tab closes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from imh_desktop.domain.enums import FamilyStatus
from imh_desktop.domain.errors import NotFoundError
from imh_desktop.services.family import families
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.family.record import FamilyRecordWidget
from imh_desktop.ui.shell.main_window import MainWindow
from imh_desktop.ui.shell.tabs import as_record
from imh_desktop.ui.team.view import TeamView
from tests.factories import family_input

pytestmark = pytest.mark.ui


@pytest.fixture
def window(qtbot, app_ctx, staff, family, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(app_ctx(staff["ssupervisor"]), settings)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def second(as_user, staff):
    sam = as_user(staff["ssupervisor"])
    made = families.create_family(
        sam, family_input(staff["bspecialist"], display_name="Ølstad family")
    )
    return families.hold_family(sam, made.id, made.version)


@pytest.fixture
def asked(monkeypatch):
    """Questions asked, answered in turn from ``asked.answers`` (Yes when they run out)."""

    class Asked(list):
        answers: list[QMessageBox.StandardButton] = []

    questions = Asked()

    def question(parent, title, text, *args, **kwargs):
        questions.append(text)
        return questions.answers.pop(0) if questions.answers else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def test_a_record_opens_once_named_after_the_family(window, family):
    tabs = window.family_tabs
    record = tabs.open_family(family.id)
    assert as_record(record) is record and window.tabs.count() == 2
    assert (
        window.tabs.tabText(1) == "Nguyễn family" and window.tabs.tabToolTip(1) == "IMH-2026-0001"
    )
    window.tabs.setCurrentIndex(0)
    assert tabs.open_family(family.id) is record and window.tabs.currentWidget() is record
    assert window.tabs.count() == 2 and tabs.record_tab(family.id) is record
    assert as_record(window.caseload) is None and as_record(None) is None


def test_a_record_that_cannot_be_built_or_read_opens_no_tab(window, monkeypatch):
    shown = []
    monkeypatch.setattr("imh_desktop.ui.shell.tabs.show_error", lambda w, exc: shown.append(exc))

    class Refused(QWidget):
        def __init__(self, ctx, family_id):
            raise NotFoundError("That family no longer exists.", "family")

    monkeypatch.setattr("imh_desktop.ui.family.record.FamilyRecordWidget", Refused)
    assert window.family_tabs.open_family(9999) is None
    assert [str(e) for e in shown] == ["That family no longer exists."]

    class Unread(QWidget):  # built, but its first read failed (a synchronous runner)
        def __init__(self, ctx, family_id):
            super().__init__()
            self.family, self.load_error = None, NotFoundError("Gone.", "family")

    monkeypatch.setattr("imh_desktop.ui.family.record.FamilyRecordWidget", Unread)
    assert window.family_tabs.open_family(9999) is None
    assert [str(e) for e in shown][1:] == ["Gone."] and window.tabs.count() == 1


@pytest.mark.qt_no_exception_capture
def test_a_family_gone_meanwhile_gives_one_message(window, monkeypatch):
    """The record's tabs read only once the family itself was read: one message, not three."""
    import sys

    from imh_desktop.ui.common import errors

    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append(text))
    monkeypatch.setattr(sys, "excepthook", errors._excepthook)  # the application's handler
    assert window.family_tabs.open_family(9999) is None
    assert messages == ["That family no longer exists."]


def test_one_team_tab_and_its_families_open_as_records(window, family):
    team = window.family_tabs.open_team()
    assert isinstance(team, TeamView) and window.tabs.tabText(1) == "Team"
    window.tabs.setCurrentIndex(0)
    assert window.family_tabs.open_team() is team and window.tabs.currentWidget() is team
    team.family_open_requested.emit(family.id)
    assert isinstance(window.tabs.currentWidget(), FamilyRecordWidget) and window.tabs.count() == 3


def test_the_current_family_and_status_follow_the_tab_in_front(window, family, second):
    tabs = window.family_tabs
    window.select_family(family.id)
    assert (tabs.current_family_id(), tabs.current_status()) == (family.id, FamilyStatus.ACTIVE)
    tabs.open_family(second.id)
    assert (tabs.current_family_id(), tabs.current_status()) == (second.id, FamilyStatus.ON_HOLD)
    window.tabs.setCurrentIndex(0)
    window.caseload.table.clearSelection()
    assert (tabs.current_family_id(), tabs.current_status()) == (None, None)


def test_the_caseload_tab_never_closes(window, family, asked):
    window.family_tabs.close_tab(0)
    window.tabs.setCurrentIndex(0)
    window.family_tabs.close_current()
    assert window.tabs.count() == 1 and window.tabs.widget(0) is window.caseload and asked == []


def test_unsaved_edits_are_asked_about_before_a_tab_closes(
    qtbot, window, family, second, asked, monkeypatch
):
    tabs = window.family_tabs
    first, other = tabs.open_family(family.id), tabs.open_family(second.id)
    monkeypatch.setattr(first, "has_unsaved_changes", lambda: True)
    asked.answers = [QMessageBox.StandardButton.No]
    tabs.close_tab(1)
    assert asked == ["The record of the Nguyễn family has changes that are not saved. "
                     "Close it and lose them?"]  # fmt: skip
    assert window.tabs.count() == 3
    tabs.close_tab(2)  # no unsaved edits: closes without a question
    assert len(asked) == 1 and window.tabs.count() == 2
    asked.answers = [QMessageBox.StandardButton.Yes]
    tabs.close_tab(1)
    assert window.tabs.count() == 1 and tabs.record_tab(family.id) is None
    qtbot.waitUntil(lambda: not _alive(other))


def test_closing_all_asks_last_tab_first_and_stops_at_the_first_no(
    window, family, second, asked, monkeypatch
):
    tabs = window.family_tabs
    for family_id in (family.id, second.id):
        monkeypatch.setattr(tabs.open_family(family_id), "has_unsaved_changes", lambda: True)
    asked.answers = [QMessageBox.StandardButton.No]
    assert not tabs.confirm_close_all()
    assert len(asked) == 1 and "Ølstad family" in asked[0]
    asked.answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes]
    assert tabs.confirm_close_all() and "Nguyễn family" in asked[-1] and len(asked) == 3


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
