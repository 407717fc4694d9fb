"""The one place that wires the layers together and starts the Qt application."""

from __future__ import annotations

import sys

from imh_desktop import APP_NAME, __version__
from imh_desktop.data.db import Database


def run_gui(db: Database, username: str | None = None) -> int:
    """Open the main window on ``db`` acting as ``username`` (default: first supervisor)."""
    from imh_desktop.services.staff import default_user, find_staff

    user = find_staff(db, username) if username else default_user(db)

    from PySide6.QtWidgets import QApplication

    from imh_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("IMH Desktop")
    app.setApplicationVersion(__version__)
    window = MainWindow(db, user)
    window.show()
    return app.exec()
