"""The automatic lock: drafts saved, every window covered, unlocked exactly as it was."""

from __future__ import annotations

import json

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import select

from imh_desktop.data.models import AuditEvent
from imh_desktop.services.family import families
from imh_desktop.services.visits import drafts
from imh_desktop.ui.auth.lock import IdleWatcher
from imh_desktop.ui.auth.signin import SignInDialog
from imh_desktop.ui.visits.editor import open_visit_editor
from tests.factories import TEST_PASSWORD, family_input, give_password

pytestmark = pytest.mark.ui


@pytest.fixture
def family(as_user, staff):
    return families.create_family(as_user(staff["ssupervisor"]), family_input(staff["aspecialist"]))


@pytest.fixture
def ana_session(qtbot, make_session, db, staff):
    """Ana signed in (by the sign-in window), her main window open."""
    give_password(db, staff["aspecialist"], TEST_PASSWORD)
    give_password(db, staff["ssupervisor"], "sams own passphrase")
    session = make_session(idle_ms=60_000)
    session.start()
    dialog = session.dialog
    qtbot.keyClicks(dialog.username, "aspecialist")
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert session.window is not None
    return session


def _writing(qtbot, session, family):
    """Ana's note editor with text typed in, the cursor in the middle of it."""
    editor = open_visit_editor(session.ctx, session.window, family.id)
    edit = editor.ui.sections["observation"].edit
    qtbot.keyClicks(edit, "Bao reached for the spoon and Anh named it.")
    cursor = edit.textCursor()
    cursor.setPosition(10)
    edit.setTextCursor(cursor)
    edit.setFocus()
    return editor, edit


def _unlock(qtbot, session, password):
    dialog = session.lock_dialog
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_lock_saves_the_draft_hides_everything_and_unlock_brings_it_back(
    qtbot, ana_session, family, db
):
    session = ana_session
    editor, edit = _writing(qtbot, session, family)
    titles = (session.window.windowTitle(), editor.windowTitle())
    assert family.display_name in editor.windowTitle()  # a family's name, to be hidden
    session.lock()
    # the draft was written before anything was covered
    draft = drafts.load_draft(session.ctx.svc, family.id, None)
    assert draft is not None and "Bao reached for the spoon" in json.dumps(draft.payload)
    # nothing of the family shows: contents hidden, curtains up, titles plain
    assert session.locked and session.lock_dialog.isVisible()
    assert not edit.isVisible() and not session.window.centralWidget().isVisible()
    assert not session.window.menuBar().isVisible()
    for window in (session.window, editor):
        assert window.windowTitle() == "IMH Desktop (locked)"
        curtain = window.findChild(QWidget, "lock_curtain")
        assert curtain is not None and curtain.isVisible()
        assert curtain.geometry() == window.rect()
    assert session.lock_dialog.isModal()
    _unlock(qtbot, session, "not her password")
    assert session.locked and "not right" in session.lock_dialog.message.text()
    _unlock(qtbot, session, TEST_PASSWORD)
    assert not session.locked
    assert edit.isVisible() and edit.toPlainText() == "Bao reached for the spoon and Anh named it."
    assert edit.textCursor().position() == 10
    assert (session.window.windowTitle(), editor.windowTitle()) == titles
    assert session.window.findChild(QWidget, "lock_curtain") is None or not (
        session.window.findChild(QWidget, "lock_curtain").isVisible()
    )
    assert session.window.menuBar().isVisible() and session.idle.watching


def test_the_lock_is_audited_and_unlocking_counts_as_a_sign_in(qtbot, ana_session, db, staff):
    ana_session.lock("by hand")
    _unlock(qtbot, ana_session, TEST_PASSWORD)
    with db.read() as s:
        events = [(e.staff_id, e.action, e.detail) for e in s.scalars(select(AuditEvent))]
    ana = staff["aspecialist"]
    assert (ana, "lock", '{"why": "by hand"}') in events
    assert (ana, "sign_in", '{"how": "unlock"}') in events


def test_ctrl_l_locks_at_once(qtbot, ana_session):
    window = ana_session.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ana_session.locked


def test_idle_minutes_lock_the_window_and_input_keeps_it_open(qtbot, make_session, db, staff):
    give_password(db, staff["aspecialist"], TEST_PASSWORD)
    session = make_session(idle_ms=300)
    session.start()
    dialog = session.dialog
    qtbot.keyClicks(dialog.username, "aspecialist")
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    window = session.window
    for _ in range(6):  # 6 × 100 ms of typing: longer than the timeout, never idle for it
        qtbot.keyClick(window.caseload, Qt.Key.Key_Down)
        qtbot.wait(100)
    assert not session.locked
    qtbot.waitUntil(lambda: session.locked, timeout=3000)
    assert session.lock_dialog.isVisible()


def test_the_idle_watcher_counts_keys_and_clicks_from_any_window(qtbot):
    watcher = IdleWatcher(200)
    fired = []
    watcher.idle.connect(lambda: fired.append(1))
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    watcher.start()
    for _ in range(4):
        qtbot.keyClick(other, Qt.Key.Key_A)
        qtbot.wait(80)
    assert fired == []
    qtbot.waitUntil(lambda: fired == [1], timeout=2000)
    watcher.stop()
    assert not watcher.watching


def test_a_dialog_left_open_is_covered_not_closed(qtbot, ana_session):
    form = QDialog(ana_session.window)
    field = QLineEdit(form)
    QVBoxLayout(form).addWidget(field)
    form.setWindowTitle("New family — Ayala")
    form.open()
    qtbot.keyClicks(field, "typed and kept")
    ana_session.lock()
    assert form.isVisible() and not field.isVisible()
    assert form.windowTitle() == "IMH Desktop (locked)"
    _unlock(qtbot, ana_session, TEST_PASSWORD)
    assert form.isVisible() and field.text() == "typed and kept"
    assert form.windowTitle() == "New family — Ayala"
    form.reject()


def test_someone_else_signs_in_only_after_anas_windows_closed_with_drafts_kept(
    qtbot, ana_session, family, db, staff, as_user
):
    session = ana_session
    editor, _ = _writing(qtbot, session, family)
    qtbot.keyClicks(editor.ui.sections["plan"].edit, "Call Friday.")  # after the last autosave
    old_window = session.window
    session.lock()
    qtbot.mouseClick(session.lock_dialog.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(session.dialog, SignInDialog), timeout=3000)
    assert session.window is None and session.ctx is None and not session.locked
    assert _closed(editor) and _closed(old_window)
    ana_draft = drafts.load_draft(as_user(staff["aspecialist"]), family.id, None)
    assert ana_draft is not None and "Call Friday." in json.dumps(ana_draft.payload)
    with db.read() as s:
        actions = [(e.staff_id, e.action) for e in s.scalars(select(AuditEvent))]
    assert (staff["aspecialist"], "sign_out") in actions
    dialog = session.dialog
    qtbot.keyClicks(dialog.username, "ssupervisor")
    qtbot.keyClicks(dialog.password, "sams own passphrase")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert session.window is not None, dialog.message.text()
    assert session.window is not old_window
    assert session.ctx.user.id == staff["ssupervisor"]
    assert session.window.windowTitle() == "IMH Desktop — Sam Supervisor"


def test_signing_out_cancels_a_form_left_open(qtbot, ana_session):
    form = QDialog(ana_session.window)
    form.setWindowTitle("New family")
    results: list[int] = []
    form.finished.connect(results.append)
    form.open()
    ana_session.lock()
    qtbot.mouseClick(ana_session.lock_dialog.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(ana_session.dialog, SignInDialog), timeout=3000)
    assert results == [QDialog.DialogCode.Rejected.value] and _closed(form)


def _closed(widget: QWidget) -> bool:
    """A window closed on sign-out may already be deleted with its parent; either is closed."""
    return not shiboken6.isValid(widget) or not widget.isVisible()
