"""The one place that wires the layers together and starts the Qt application."""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

from imh_desktop import APP_NAME, __version__
from imh_desktop.domain.clock import Clock, SystemClock

if TYPE_CHECKING:
    from imh_desktop.data.db import Database
    from imh_desktop.data.migrate import UpgradePlan

_collecting_before_hold: list[bool] = []  # Python's collector was on when the GUI started


def hold_cycle_collection() -> None:
    """First thing when the GUI starts: no cycle collection until the first caseload is painted.

    Called before the database and Qt are imported (``cli.run_app``, and
    ``benchmarks/child_app.py`` alike); ``run_gui``'s collector takes over
    and settles after the main window's first caseload paint
    (``ui.common.collector``). No Qt here: the platform check runs first.
    """
    if not _collecting_before_hold:
        _collecting_before_hold.append(gc.isenabled())
    gc.disable()


def collecting_before_hold() -> bool:
    """Whether Python's collector was on before :func:`hold_cycle_collection` (else now)."""
    return _collecting_before_hold[0] if _collecting_before_hold else gc.isenabled()


def run_gui(
    db: Database,
    username: str | None = None,
    clock: Clock | None = None,
    demo: bool = False,
    upgrade: UpgradePlan | None = None,
) -> int:
    """Open the application on ``db``: set-up or sign-in first, then the main window.

    ``username`` fills in the sign-in window. With ``demo`` on a database the
    demo generator made, the demo's specialist is signed in without a
    password; any other database asks as usual. ``clock`` is the computer's
    clock unless given (screenshots, demonstrations). ``upgrade``: the schema
    upgrade a shared (PostgreSQL) database still needs; a dialog says what it
    does and offers a backup first, or the app closes. The main windows back
    an SQLite database up once a day and when they close.
    """
    from imh_desktop.platform_check import check_platform

    if (refused := check_platform()) is not None:
        return refused
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from imh_desktop.ui.auth.session import Session
    from imh_desktop.ui.common.errors import install_error_handler

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("IMH Desktop")
    app.setApplicationVersion(__version__)
    from imh_desktop.ui.common.icons import install_app_icon

    install_app_icon()  # and the desktop entry's name (resources/linux/), for Wayland docks
    from imh_desktop.ui.common.i18n import install_language
    from imh_desktop.ui.common.settings import LANGUAGE, Settings

    install_language(Settings().value(LANGUAGE))  # Preferences, or the system's language
    from imh_desktop.services.common.diagnostics import log_to_file
    from imh_desktop.ui.common.phi import clear_viewer_files

    log_to_file()
    install_error_handler()
    clear_viewer_files()  # PDFs a previous run handed to another program
    clock = clock or SystemClock()
    if upgrade is not None:
        from imh_desktop.ui.admin.upgrade import UpgradeDialog

        if not UpgradeDialog(db, clock, upgrade).ask():
            return 0
    # Between two people's sessions no window is open; the session says when to quit.
    QApplication.setQuitOnLastWindowClosed(False)
    session = Session(
        db, clock, demo=demo, username=username or "", auto_backup=True, live_updates=True
    )
    from imh_desktop.ui.common.collector import GuiThreadCollector

    # Cycles holding widgets die on the GUI thread; none until the first caseload is painted.
    collector = GuiThreadCollector(app, hold=True, was_enabled=collecting_before_hold())
    session.start()
    code = app.exec()
    collector.stop()
    # Let reads and saves still running on the pool finish before Python tears Qt down.
    QThreadPool.globalInstance().waitForDone(10_000)
    clear_viewer_files()
    return code
