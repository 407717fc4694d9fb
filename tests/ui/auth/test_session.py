"""The session and the start-up's frozen objects: a main window closed at sign-out is freed."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from imh_desktop.ui.auth.signin import SignInDialog
from imh_desktop.ui.common.collector import GuiThreadCollector
from tests.factories import TEST_PASSWORD, give_password

pytestmark = pytest.mark.ui


def _sign_in(qtbot, session, username: str) -> None:
    dialog = session.dialog
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert session.window is not None, dialog.message.text()


@pytest.mark.parametrize("how", ["sign out", "lock, then someone else"])
def test_a_main_window_frozen_at_start_up_is_collected_after_sign_out(
    qtbot, make_session, db, staff, how
):
    give_password(db, staff["aspecialist"], TEST_PASSWORD)
    # As the program starts (app.run_gui); its timer left to the test's own passes.
    collector = GuiThreadCollector(hold=True, interval_ms=3_600_000)
    try:
        session = make_session(idle_ms=60_000)
        session.start()
        _sign_in(qtbot, session, "aspecialist")
        qtbot.waitUntil(lambda: not collector.held, timeout=5000)  # first caseload painted
        assert gc.get_freeze_count() > 0  # the window is among the frozen objects
        gone = weakref.ref(session.window)
        if how == "sign out":
            session.sign_out()
        else:
            session.lock()
            qtbot.mouseClick(session.lock_dialog.switch_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(session.dialog, SignInDialog), timeout=3000)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert gc.get_freeze_count() == 0
        collector.check()  # the collector's next pass, after the window's deferred deletion
        assert gone() is None
        _sign_in(qtbot, session, "aspecialist")  # the next person gets a window as before
        assert session.window.isVisible()
    finally:
        collector.stop()
        gc.unfreeze()
