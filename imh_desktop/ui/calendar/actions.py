"""The main window's Calendar action (Visit menu, Ctrl+Shift+C): opens the calendar window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from imh_desktop.domain.permissions import Permission, Relation
from imh_desktop.ui.common.permissions import gate

if TYPE_CHECKING:
    from imh_desktop.ui.calendar.view import CalendarWindow
    from imh_desktop.ui.shell.main_window import MainWindow


class CalendarActions(QObject):
    """Adds "Calendar…" to ``window.visit_menu``; the window is made on first use."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.calendar: CalendarWindow | None = None
        self.calendar_action = QAction(self.tr("&Calendar…"), window)
        self.calendar_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.calendar_action.setStatusTip(
            self.tr("Planned visits by week or month; reschedule, export to your phone")
        )
        self.calendar_action.triggered.connect(self._on_calendar_triggered)
        window.visit_menu.addAction(self.calendar_action)
        gate(self.calendar_action, self.ctx, Permission.READ_FAMILY, Relation.OWN)

    def open_calendar(self) -> CalendarWindow:
        """Show the calendar window (made once, read again when shown again)."""
        if self.calendar is None:
            from imh_desktop.ui.calendar.view import CalendarWindow

            self.calendar = CalendarWindow(self.ctx, parent=self.window)
        else:
            self.calendar.refresh()
        self.calendar.show()
        self.calendar.raise_()
        return self.calendar

    def _on_calendar_triggered(self) -> None:
        self.open_calendar()
