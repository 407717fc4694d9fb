"""A session on the test database: sign-in windows, the main window, the lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from imh_desktop.ui.auth.session import Session
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.common.tasks import SyncRunner
from imh_desktop.ui.visits.editor import VisitNoteEditor


@pytest.fixture(autouse=True)
def keep_drafts_on_close(monkeypatch):
    """A note editor closing with changes asks; in tests the answer is "keep as draft"."""
    monkeypatch.setattr(VisitNoteEditor, "ask_on_close", lambda self: "draft")


@pytest.fixture
def make_session(qtbot, db, clock, tmp_path):
    """``make_session(**kw)``: a Session with a synchronous runner and its own settings file.

    On the test's ``db`` unless ``database=`` names another. ``session.quits``
    counts the times it ended the program.
    """
    made: list[Session] = []

    def make(database=None, **kw) -> Session:
        quits: list[int] = []
        ini = str(tmp_path / "settings.ini")
        session = Session(
            database or db, clock, runner=SyncRunner(),
            settings=lambda: Settings(QSettings(ini, QSettings.Format.IniFormat)),
            quit=lambda: quits.append(1), **kw,
        )  # fmt: skip
        session.quits = quits
        made.append(session)
        return session

    yield make
    for session in made:
        session.idle.stop()
        for widget in (session.dialog, session.lock_dialog, session.window):
            if widget is not None:
                widget.hide()
                widget.deleteLater()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, VisitNoteEditor):
            widget.hide()
            widget.deleteLater()
    QApplication.processEvents()
