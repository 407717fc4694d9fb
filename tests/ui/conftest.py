"""UI test fixtures: application contexts on the test database and clock, Ana's family,
the changes published on the bus."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from imh_desktop.data.db import Database
from imh_desktop.domain.clock import FixedClock
from imh_desktop.domain.enums import GoalDomain
from imh_desktop.domain.inputs import GoalInput
from imh_desktop.services.admin.staff import get_staff
from imh_desktop.services.common.changes import Change
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.records import FamilyRecord
from imh_desktop.services.family import families, goals
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.phi import ExportGuard
from imh_desktop.ui.common.tasks import SyncRunner, Task
from imh_desktop.ui.visits.editor import VisitNoteEditor
from tests.factories import family_input


@pytest.fixture(autouse=True, scope="session")
def _english(qapp) -> None:
    """The windows in English, as the app shows them on an English system (its plural forms)."""
    from imh_desktop.ui.common.i18n import install_language

    install_language("en")


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    """The interface in Spanish for one test (its dates, ages and words), English after."""
    from imh_desktop.ui.common.i18n import install_language

    install_language("es")
    try:
        yield
    finally:
        install_language("en")


@pytest.fixture(autouse=True)
def _export_guard_goes_on(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The export notice and PDF password prompt are modal: in tests they answer "go on,
    no password", except in tests marked ``export_dialogs``, which drive the real dialogs."""
    if request.node.get_closest_marker("export_dialogs") is None:
        monkeypatch.setattr(ExportGuard, "confirm", lambda self, parent, what: True)
        monkeypatch.setattr(ExportGuard, "pdf_password", lambda self, parent, what: (True, None))


@pytest.fixture
def app_ctx(db: Database, clock: FixedClock) -> Callable[[int], AppContext]:
    """``app_ctx(staff_id)``: the context a window gets when that user is signed in.

    Background work runs synchronously (``SyncRunner``), so a test sees each
    read's result as soon as the call that started it returns.
    """

    def make(user_id: int) -> AppContext:
        svc = ServiceContext(db, user_id, clock)
        return AppContext(svc, get_staff(svc, user_id), SyncRunner())

    return make


@pytest.fixture
def ctx(app_ctx: Callable[[int], AppContext], staff: dict[str, int]) -> AppContext:
    """Ana the specialist, signed in (reads run at once: ``SyncRunner``)."""
    return app_ctx(staff["aspecialist"])


@pytest.fixture
def svc(ctx: AppContext) -> ServiceContext:
    """Ana's service context, for set-ups and checks."""
    return ctx.svc


@pytest.fixture
def published(ctx: AppContext) -> list[Change]:
    """Every change published on the signed-in user's bus, in order."""
    changes: list[Change] = []
    ctx.bus.changed.connect(changes.append)
    return changes


@pytest.fixture
def family(as_user: Callable[[int], ServiceContext], staff: dict[str, int]) -> FamilyRecord:
    """The Nguyễn family (``tests.factories.family_input``), made by Sam and assigned to Ana."""
    return families.create_family(as_user(staff["ssupervisor"]), family_input(staff["aspecialist"]))


class LaterRunner(SyncRunner):
    """Keeps each task until the test runs it: work "in flight" for as long as a test needs."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: list[Task] = []

    def start(self, task: Task) -> Task:
        self.pending.append(task)
        return task

    def run_next(self) -> None:
        """Run the oldest task kept (in the calling thread)."""
        self.pending.pop(0).run()


@pytest.fixture
def later(ctx: AppContext) -> AppContext:
    """Ana's context with a runner that runs nothing until told to (``ctx.runner.run_next()``)."""
    ctx.runner = LaterRunner()
    return ctx


@pytest.fixture
def keep_drafts_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a note with unsaved changes asks; here the answer is "keep as draft".

    Modules that close notes use it: ``pytest.mark.usefixtures("keep_drafts_on_close")``.
    """
    monkeypatch.setattr(VisitNoteEditor, "ask_on_close", lambda self: "draft")


@pytest.fixture
def two_goals(as_user, staff, family):
    """Two goals of Ana's family (attachment, serve and return), started 1 Apr 2026."""
    return [
        goals.create_goal(
            as_user(staff["aspecialist"]), family.id, GoalInput(d, s, dt.date(2026, 4, 1))
        )
        for d, s in (
            (GoalDomain.ATTACHMENT, "Ánh will comfort Bảo within a few minutes."),
            (GoalDomain.SERVE_AND_RETURN, "Ánh will follow Bảo's lead in play."),
        )
    ]


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question (QMessageBox.question) is answered Yes; the list holds their texts."""
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


# A small demo agency and its main window (backups, restore, banners) ----------------


@pytest.fixture
def settings(tmp_path):
    """Window settings in the test's own file, never the user's."""
    from PySide6.QtCore import QSettings

    from imh_desktop.ui.common.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def demo_agency(db, clock):
    """Twelve synthetic families with their staff, in the test's database."""
    from imh_desktop.demo.generate import generate_demo

    generate_demo(db, 12, 7, clock.today())
    return db


@pytest.fixture
def context_for(clock):
    """``context_for(db, username=None) -> AppContext``: the first supervisor unless named."""
    from imh_desktop.services.admin.staff import default_user, find_staff, get_staff

    def make(db, username=None) -> AppContext:
        user = find_staff(db, username) if username else default_user(db)
        svc = ServiceContext(db, user.id, clock)
        return AppContext(svc, get_staff(svc, user.id), SyncRunner())

    return make


@pytest.fixture
def window(qtbot, demo_agency, context_for, settings):
    """The main window of the demo agency's supervisor, shown."""
    from imh_desktop.ui.shell.main_window import MainWindow

    win = MainWindow(context_for(demo_agency), settings)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def answers(monkeypatch):
    """Yes to every question; information boxes are noted, not shown."""
    said = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: said.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    return said


@pytest.fixture
def open_window(qtbot, app_ctx, tmp_path):
    """``open_window(user_id)``: that user's main window at 1366 x 768, with its own settings."""
    from PySide6.QtCore import QSettings

    from imh_desktop.ui.common.settings import Settings
    from imh_desktop.ui.shell.main_window import MainWindow

    def make(user_id: int) -> MainWindow:
        settings = Settings(QSettings(str(tmp_path / f"{user_id}.ini"), QSettings.Format.IniFormat))
        window = MainWindow(app_ctx(user_id), settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        return window

    return make
