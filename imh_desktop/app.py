"""The one place that wires the layers together and starts the Qt application."""

from __future__ import annotations

import sys

from imh_desktop import APP_NAME, __version__
from imh_desktop.data.db import Database
from imh_desktop.domain.clock import Clock, SystemClock


def run_gui(db: Database, username: str | None = None, clock: Clock | None = None) -> int:
    """Open the main window on ``db`` acting as ``username`` (default: first supervisor).

    ``clock`` is the computer's clock unless given (screenshots, demonstrations).
    """
    from imh_desktop.platform_check import check_platform

    if (refused := check_platform()) is not None:
        return refused
    from imh_desktop.services.admin.staff import default_user, find_staff
    from imh_desktop.services.common.context import ServiceContext

    user = find_staff(db, username) if username else default_user(db)
    svc = ServiceContext(db, user.id, clock or SystemClock())

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from imh_desktop.ui.common.context import AppContext
    from imh_desktop.ui.common.errors import install_error_handler
    from imh_desktop.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("IMH Desktop")
    app.setApplicationVersion(__version__)
    from imh_desktop.services.common.diagnostics import log_to_file

    log_to_file()
    install_error_handler()
    from imh_desktop.ui.common.phi import clear_viewer_files

    clear_viewer_files()  # PDFs a previous session handed to another program
    window = MainWindow(AppContext(svc, user))
    window.show()
    code = app.exec()
    # Let reads and saves still running on the pool finish before Python tears Qt down.
    QThreadPool.globalInstance().waitForDone(10_000)
    clear_viewer_files()
    return code
