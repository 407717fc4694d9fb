"""The Calendar action of the main window: Visit menu, Ctrl+Shift+C, one window."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from imh_desktop.ui.calendar.view import CalendarWindow


def test_the_visit_menu_opens_the_calendar(window):
    actions = window.calendar_actions
    action = actions.calendar_action
    assert action in window.visit_menu.actions() and action.isEnabled()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+C")
    action.trigger()
    calendar = actions.calendar
    assert isinstance(calendar, CalendarWindow) and calendar.isVisible()
    assert calendar.who.isVisible()  # the demo's first user is a supervisor: her team
    action.trigger()
    assert actions.calendar is calendar  # shown again, not a second window
    calendar.close()
