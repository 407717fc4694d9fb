"""The one place that wires the layers together and starts the Qt application."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from imh_desktop import APP_NAME, __version__
from imh_desktop.data.db import Database
from imh_desktop.domain.clock import Clock, SystemClock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from imh_desktop.data.migrate import UpgradePlan


def run_gui(
    db: Database,
    username: str | None = None,
    clock: Clock | None = None,
    upgrade: UpgradePlan | None = None,
) -> int:
    """Open the main window on ``db`` acting as ``username`` (default: first supervisor).

    ``clock`` is the computer's clock unless given (screenshots, demonstrations).
    ``upgrade``: the schema upgrade a shared (PostgreSQL) database still needs;
    a dialog says what it does and offers a backup first, or the app closes.
    """
    from imh_desktop.platform_check import check_platform

    if (refused := check_platform()) is not None:
        return refused
    from PySide6.QtCore import QThreadPool

    clock = clock or SystemClock()
    if upgrade is not None:
        from imh_desktop.ui.admin.upgrade import UpgradeDialog

        _application()
        if not UpgradeDialog(db, clock, upgrade).ask():
            return 0
    from imh_desktop.services.admin.staff import default_user, find_staff

    user = find_staff(db, username) if username else default_user(db)
    app = _application()
    from imh_desktop.ui.shell.session import AppSession

    session = AppSession(db, clock, auto_backup=True)
    session.open(user.username)
    code = app.exec()
    # Let reads and saves still running on the pool finish before Python tears Qt down.
    QThreadPool.globalInstance().waitForDone(10_000)
    return code


def _application() -> QApplication:
    """The Qt application, made and set up once: names, log file, error handler."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    from imh_desktop.ui.common.errors import install_error_handler

    app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("IMH Desktop")
    app.setApplicationVersion(__version__)
    _log_to_file()
    install_error_handler()
    return app


def log_file() -> Path:
    """The log file in the user's log folder (made if missing)."""
    from platformdirs import user_log_dir

    folder = Path(user_log_dir(APP_NAME, APP_NAME))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "imh-desktop.log"


def _log_to_file() -> None:
    """Keep warnings and unexpected errors in the user's log folder for support."""
    import logging

    handler = logging.FileHandler(log_file(), encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("imh_desktop")
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
