"""Live updates: a colleague's commit shows in my caseload and open record within 2 s,
keeping my selection, scroll and unsaved note text.

The colleague writes through a second opening of the same database (its own engine
and connections: another process as far as the database can tell), or, in the last
test, from another process. Waits are ``qtbot.waitUntil`` with a 2 s timeout.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from imh_desktop.data.db import Database
from imh_desktop.domain.enums import Frequency
from imh_desktop.domain.inputs import CaregiverInput
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.live import open_source
from imh_desktop.services.family import families
from imh_desktop.services.visits import notes
from imh_desktop.ui.common.live import LiveUpdates
from imh_desktop.ui.visits.editor import VisitNoteEditor
from tests.factories import (
    ON_POSTGRES,
    TEST_PASSWORD,
    add_family,
    family_input,
    family_version,
    full_note,
    give_password,
    visit_on,
)

pytestmark = pytest.mark.ui

LIVE_MS = 2_000  # the promise: within 2 s
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def colleague_db(db: Database):
    """The same database opened a second time, as a colleague's program opens it."""
    other = Database(db.url, key=db.key)
    yield other
    other.dispose()


@pytest.fixture
def colleague(colleague_db, clock, staff):
    """``colleague(username)``: that staff member writing through the second opening."""
    return lambda username: ServiceContext(colleague_db, staff[username], clock)


@pytest.fixture
def live(qtbot):
    """``live(window)``: the window's live updates, started (polling every 0.1 s); stopped after."""
    started: list[LiveUpdates] = []

    def start(window) -> LiveUpdates:
        updates = LiveUpdates(window.ctx, window, poll_s=0.1)
        updates.start()
        started.append(updates)
        qtbot.waitUntil(lambda: updates.running, timeout=LIVE_MS)
        return updates

    yield start
    for updates in started:
        updates.stop()
        assert not updates.running


def _rename(ctx: ServiceContext, family_id: int, name: str, phone: str = "") -> None:
    specialist = families.get_family(ctx, family_id).specialist_id
    data = family_input(specialist, display_name=name, phone=phone)
    families.update_family(ctx, family_id, data, family_version(ctx, family_id))


def _many_families(as_user, staff, count: int) -> list[int]:
    sam = as_user(staff["ssupervisor"])
    enrolled = dt.date(2026, 3, 1)
    return [
        add_family(sam, staff["aspecialist"], f"Family {i:02}", Frequency.WEEKLY, enrolled)
        for i in range(count)
    ]


def test_a_colleagues_save_updates_my_caseload_row_keeping_selection_and_scroll(
    qtbot, open_window, live, as_user, staff, colleague
):
    ids = _many_families(as_user, staff, 40)
    window = open_window(staff["aspecialist"])
    live(window)
    view = window.caseload
    chosen = ids[30]
    assert view.select_family(chosen)
    bar = view.table.verticalScrollBar()
    assert bar.maximum() > 0  # 40 rows do not fit: there is a scroll position to keep
    bar.setValue(bar.maximum() - 1)
    scrolled = bar.value()
    target = ids[35]

    _rename(colleague("ssupervisor"), target, "Family 35 renamed")

    model = view.model
    qtbot.waitUntil(
        lambda: model.row_record(model.row_of_family(target)).family_name == "Family 35 renamed",
        timeout=LIVE_MS,
    )
    assert view.selected_family_id() == chosen
    assert bar.value() == scrolled


def test_a_colleagues_reassignment_takes_the_family_off_my_caseload(
    qtbot, open_window, live, as_user, staff, colleague
):
    first, second = _many_families(as_user, staff, 2)
    window = open_window(staff["aspecialist"])
    live(window)
    window.caseload.select_family(first)
    sam = colleague("ssupervisor")
    families.reassign_family(sam, second, staff["bspecialist"], family_version(sam, second))
    model = window.caseload.model
    qtbot.waitUntil(lambda: model.row_of_family(second) < 0, timeout=LIVE_MS)
    assert window.caseload.selected_family_id() == first


def _caseload_row_reads(db, staff_id: int) -> int:
    from sqlalchemy import func, select

    from imh_desktop.data.models import AuditEvent

    with db.read() as session:
        query = select(func.count()).where(
            AuditEvent.staff_id == staff_id, AuditEvent.entity == "caseload_row"
        )
        return int(session.scalar(query) or 0)


def test_a_colleagues_change_to_a_family_not_in_my_caseload_reads_nothing(
    qtbot, db, open_window, live, as_user, staff, colleague
):
    sam = as_user(staff["ssupervisor"])
    bens = add_family(
        sam, staff["bspecialist"], "Ben's family", Frequency.WEEKLY, dt.date(2026, 3, 1)
    )
    window = open_window(staff["aspecialist"])
    updates = live(window)
    before = _caseload_row_reads(db, staff["aspecialist"])
    families.add_caregiver(colleague("bspecialist"), bens, CaregiverInput("Another caregiver"))
    qtbot.waitUntil(lambda: updates.delivered == 1, timeout=LIVE_MS)
    assert window.caseload.model.row_of_family(bens) < 0
    assert _caseload_row_reads(db, staff["aspecialist"]) == before


def test_my_open_record_shows_a_colleagues_change(
    qtbot, open_window, live, staff, family, colleague
):
    window = open_window(staff["aspecialist"])
    record = window.family_tabs.open_family(family.id)
    assert record is not None
    updates = live(window)
    _rename(colleague("ssupervisor"), family.id, "Nguyễn–Ortiz family", phone="555 0199")
    qtbot.waitUntil(lambda: record.title_label.text() == "Nguyễn–Ortiz family", timeout=LIVE_MS)
    assert window.tabs.currentWidget() is record  # still where I was
    assert updates.delivered == 1


def test_my_open_visit_list_keeps_its_selection_and_scroll_when_a_colleague_adds_a_note(
    qtbot, open_window, live, as_user, staff, family, two_goals, colleague
):
    ana = as_user(staff["aspecialist"])
    for i in range(40):
        day = dt.date(2026, 9, 1) + dt.timedelta(days=i)
        visit_on(ana, family.id, day, signed=day)
    window = open_window(staff["aspecialist"])
    record = window.family_tabs.open_family(family.id)
    assert record is not None
    tab = record.visits_tab
    record.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: len(tab.model.records) == 40, timeout=LIVE_MS)
    tab.table.selectRow(25)
    chosen = tab.selected()
    bar = tab.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=LIVE_MS)  # laid out: 40 rows do not fit
    assert chosen is not None
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    live(window)
    notes.save_note(colleague("aspecialist"), family.id, full_note(two_goals))  # Ana, elsewhere
    qtbot.waitUntil(lambda: len(tab.model.records) == 41, timeout=LIVE_MS)
    assert tab.selected() is not None and tab.selected().id == chosen.id
    assert bar.value() == scrolled


def test_my_reports_tab_keeps_the_language_i_chose_when_a_colleague_saves(
    qtbot, open_window, live, staff, family, colleague
):
    window = open_window(staff["aspecialist"])
    record = window.family_tabs.open_family(family.id)
    assert record is not None
    tab = record.reports_tab
    record.tabs.setCurrentWidget(tab)
    tab.refresh()
    assert tab.lang_combo.currentIndex() == 0  # the family speaks English
    tab.lang_combo.setCurrentIndex(2)
    live(window)
    _rename(colleague("ssupervisor"), family.id, "Renamed by Sam")
    qtbot.waitUntil(lambda: record.title_label.text() == "Renamed by Sam", timeout=LIVE_MS)
    qtbot.waitUntil(lambda: tab.family is not None and tab.family.display_name == "Renamed by Sam")
    assert tab.lang_combo.currentIndex() == 2


def test_an_open_note_keeps_my_unsaved_text_and_says_quietly_a_colleague_saved(
    qtbot, open_window, live, staff, family, two_goals, colleague
):
    window = open_window(staff["aspecialist"])
    editor = VisitNoteEditor(window.ctx, family.id, parent=window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(editor.is_loaded, timeout=LIVE_MS)
    qtbot.keyClicks(editor.ui.sections["observation"].edit, "Half written, not saved")
    live(window)
    notes.save_note(colleague("aspecialist"), family.id, full_note(two_goals))  # Ana, elsewhere
    qtbot.waitUntil(lambda: "colleague" in editor.ui.autosave_label.text(), timeout=LIVE_MS)
    assert editor.ui.sections["observation"].value() == "Half written, not saved"
    editor.close_keeping_draft()


def test_my_own_saves_are_not_brought_back_a_second_time(
    qtbot, open_window, live, staff, family, ctx
):
    window = open_window(staff["aspecialist"])
    updates = live(window)
    heard: list[Change] = []
    window.ctx.bus.remote.connect(heard.append)
    _rename(window.ctx.svc, family.id, "Renamed here")  # this process, as the dialog would
    other = open_window(staff["ssupervisor"])  # another window of this process: same database
    _rename(other.ctx.svc, family.id, "Renamed here again")
    qtbot.wait(600)  # several polls
    assert heard == [] and updates.delivered == 0


def test_a_burst_of_saves_is_brought_over_as_one_change(
    qtbot, open_window, live, staff, family, colleague
):
    window = open_window(staff["aspecialist"])
    heard: list[Change] = []
    window.ctx.bus.remote.connect(heard.append)
    updates = LiveUpdates(window.ctx, window, poll_s=1.0)
    sam = colleague("ssupervisor")
    opened, gate = threading.Event(), threading.Event()
    updates.opener = _opening_after(opened, gate, updates.opener)
    updates.start()
    assert opened.wait(5)
    for i in range(5):
        _rename(sam, family.id, f"Name {i}")
    gate.set()  # the poller looks once, after all five commits
    try:
        qtbot.waitUntil(lambda: bool(heard), timeout=LIVE_MS + 1_000)
        qtbot.wait(300)
        assert heard == [Change.of(family.id, Part.FAMILY)]
    finally:
        updates.stop()


def _opening_after(opened: threading.Event, gate: threading.Event, opener):
    """An opener that opens the source (then sets ``opened``) and waits for ``gate`` to use it."""

    def open_(db):
        source = opener(db)
        opened.set()
        original = source.wait

        def wait(timeout):
            gate.wait(5)
            return original(timeout)

        source.wait = wait
        return source

    return open_


def test_stopping_leaves_no_thread_and_closes_the_connection(qtbot, open_window, staff, db):
    window = open_window(staff["aspecialist"])
    updates = LiveUpdates(window.ctx, window, poll_s=0.05)
    updates.start()
    qtbot.waitUntil(lambda: updates.running, timeout=LIVE_MS)
    updates.stop()
    assert not updates.running
    assert not [t for t in threading.enumerate() if t.name == "imh-live-updates"]
    updates.stop()  # twice is harmless


def test_a_source_that_fails_is_opened_again_and_everything_refreshed(qtbot, open_window, staff):
    window = open_window(staff["aspecialist"])
    heard: list[Change] = []
    window.ctx.bus.remote.connect(heard.append)
    opened: list[int] = []

    def flaky(db):
        opened.append(1)
        if len(opened) == 1:
            raise OSError("server went away")
        return open_source(db)

    updates = LiveUpdates(window.ctx, window, poll_s=0.05, opener=flaky)
    updates.start()
    try:
        qtbot.waitUntil(lambda: bool(heard), timeout=5_000)  # after the first wait (1 s)
        assert heard == [Change(frozenset(Part), None)]
        assert len(opened) == 2
    finally:
        updates.stop()


def test_a_write_in_another_process_shows_in_my_open_record(
    qtbot, open_window, live, db, staff, family
):
    window = open_window(staff["aspecialist"])
    record = window.family_tabs.open_family(family.id)
    assert record is not None
    live(window)
    env = dict(os.environ)
    if db.key is not None:
        env["IMH_RIVAL_KEY"] = db.key.hex()
    rival = subprocess.Popen(
        [sys.executable, "-m", "tests.services.rival", db.url, str(staff["aspecialist"])],
        cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert rival.stdout is not None and rival.stdin is not None
        assert rival.stdout.readline().strip() == "ready"
        request = {"kind": "family", "family": family.id, "member": None,
                   "version": family_version(window.ctx.svc, family.id), "value": "555 0142"}  # fmt: skip
        rival.stdin.write(json.dumps(request) + "\n")
        rival.stdin.flush()
        assert "saved" in rival.stdout.readline()
        qtbot.waitUntil(lambda: _shows(record, "555 0142"), timeout=LIVE_MS)
    finally:
        assert rival.stdin is not None
        rival.stdin.write("\n")
        rival.stdin.close()
        rival.wait(timeout=60)
    QCoreApplication.processEvents()


def _shows(record, text: str) -> bool:
    from PySide6.QtWidgets import QLabel

    return any(label.text() == text for label in record.findChildren(QLabel))


def test_a_signed_in_session_listens_and_signing_out_stops_it(
    qtbot, db, clock, staff, tmp_path, family, colleague
):
    from PySide6.QtCore import QSettings, Qt

    from imh_desktop.ui.auth.session import Session
    from imh_desktop.ui.common.settings import Settings
    from imh_desktop.ui.common.tasks import SyncRunner

    give_password(db, staff["aspecialist"], TEST_PASSWORD)
    ini = str(tmp_path / "settings.ini")
    session = Session(
        db, clock, username="aspecialist", runner=SyncRunner(), quit=lambda: None,
        settings=lambda: Settings(QSettings(ini, QSettings.Format.IniFormat)), live_updates=True,
    )  # fmt: skip
    session.start()
    dialog = session.dialog
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    window = session.window
    assert window is not None and session.live is not None
    qtbot.waitUntil(lambda: session.live is not None and session.live.running, timeout=LIVE_MS)
    _rename(colleague("ssupervisor"), family.id, "Renamed by Sam")
    model = window.caseload.model
    qtbot.waitUntil(
        lambda: model.row_record(model.row_of_family(family.id)).family_name == "Renamed by Sam",
        timeout=LIVE_MS,
    )
    session.sign_out()
    qtbot.waitUntil(lambda: session.window is None, timeout=LIVE_MS)
    assert session.live is None
    assert not [t for t in threading.enumerate() if t.name == "imh-live-updates"]
    session.idle.stop()
    if session.dialog is not None:
        session.dialog.hide()
        session.dialog.deleteLater()


@pytest.mark.skipif(not ON_POSTGRES, reason="a PostgreSQL server dropping the listener")
def test_when_the_server_drops_the_listener_it_reconnects_and_refreshes_everything(
    qtbot, db, open_window, live, staff, family, colleague
):
    from sqlalchemy import text

    window = open_window(staff["aspecialist"])
    heard: list[Change] = []
    window.ctx.bus.remote.connect(heard.append)
    live(window)
    ended: list = []

    def end_the_listen_session() -> bool:  # once the listener's thread has sent its LISTEN
        with colleague("ssupervisor").db.session() as session:
            ended.extend(session.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND query LIKE 'LISTEN%'"
            )).all())  # fmt: skip
        return bool(ended)

    qtbot.waitUntil(end_the_listen_session, timeout=10_000)  # the server ends it
    qtbot.waitUntil(lambda: Change(frozenset(Part), None) in heard, timeout=5_000)
    _rename(colleague("ssupervisor"), family.id, "Renamed after the drop")
    qtbot.waitUntil(lambda: Change.of(family.id, Part.FAMILY) in heard, timeout=LIVE_MS)
