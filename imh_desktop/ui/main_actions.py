"""The main window's actions, menus and toolbar, built once at start-up.

Every action is kept as an attribute of the window (``window.new_family_action``
…) so the window, its helpers and the tests reach them by name; the slots they
call live on the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolBar

from imh_desktop import APP_NAME
from imh_desktop.domain.enums import Role

if TYPE_CHECKING:
    from imh_desktop.ui.main_window import MainWindow

SCOPE_TITLES = {"mine": "My caseload", "team": "Whole team", "all": "All families"}

Shortcut = QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None


def make_action(
    window: MainWindow, text: str, slot: Callable, shortcut: Shortcut = None, tip: str = ""
) -> QAction:
    """An action owned by ``window`` that calls ``slot``, with its shortcut(s) and status tip."""
    action = QAction(text, window)
    if shortcut is not None:
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(shortcut)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def standard_or(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's binding for ``key``, or ``fallback`` where the platform has none.

    Quit and Preferences have no standard binding on some desktops (Preferences
    only has one on macOS), which would leave those menu items without a shortcut.
    """
    bindings = QKeySequence.keyBindings(key)
    return bindings[0] if bindings else QKeySequence(fallback)


def build_actions(w: MainWindow) -> None:
    """Create the window's actions (File, Edit, View, Family, Help)."""
    K = QKeySequence
    w.print_action = make_action(
        w, "&Print…", w._on_print_triggered, K.StandardKey.Print, "Print the caseload as shown"
    )
    w.export_action = make_action(
        w,
        "&Export…",
        w._on_export_triggered,
        K("Ctrl+E"),
        "Save the caseload as shown to Excel or CSV",
    )
    w.close_tab_action = make_action(
        w,
        "&Close tab",
        w._on_close_tab_triggered,
        K.StandardKey.Close,
        "Close the family record or dashboard in front",
    )
    w.quit_action = make_action(w, "&Quit", w.close, standard_or(K.StandardKey.Quit, "Ctrl+Q"))
    w.find_action = make_action(
        w, "&Find", w._on_find_triggered, K.StandardKey.Find, "Search the caseload"
    )
    w.preferences_action = make_action(
        w,
        "&Preferences…",
        w._on_preferences_triggered,
        standard_or(K.StandardKey.Preferences, "Ctrl+,"),
    )
    w.refresh_action = make_action(w, "&Refresh", w.refresh, K.StandardKey.Refresh)
    w.show_closed_action = make_action(w, "Show &closed cases", w._on_show_closed_toggled)
    w.show_closed_action.setCheckable(True)
    _build_scope_actions(w)
    w.new_family_action = make_action(
        w, "&New family…", w._on_new_family_triggered, K.StandardKey.New, "Add a family"
    )
    w.open_family_action = make_action(
        w,
        "&Open",
        w._on_open_family_triggered,
        [K(Qt.Key.Key_Return), K(Qt.Key.Key_Enter)],
        "Open the selected family",
    )
    w.open_family_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    w.caseload.table.addAction(w.open_family_action)
    w.edit_family_action = make_action(w, "&Edit family…", w._on_edit_family_triggered)
    w.close_case_action = make_action(w, "&Close case…", w._on_close_case_triggered)
    w.reopen_action = make_action(w, "&Reopen case", w._on_reopen_triggered)
    w.hold_action = make_action(w, "Put on &hold", w._on_hold_triggered)
    w.reassign_action = make_action(w, "Re&assign specialist…", w._on_reassign_triggered)
    w.show_visits_action = make_action(
        w, "Show &visits", w._on_show_visits_triggered, tip="Open the family's list of visits"
    )
    w.about_action = make_action(w, f"&About {APP_NAME}", w._on_about_triggered)
    w.team_action = make_action(
        w,
        "&Team dashboard",
        w._on_team_triggered,
        K("Ctrl+T"),
        "Visits, notes, screenings and alerts across the team, by specialist",
    )


def _build_scope_actions(w: MainWindow) -> None:
    """One checkable action per caseload scope the user may see, Ctrl+1, Ctrl+2…"""
    w.scope_group = QActionGroup(w)
    w.scope_actions = {}
    scopes = ["mine"] if w.user.role is Role.SPECIALIST else ["mine", "team", "all"]
    for number, scope in enumerate(scopes, start=1):
        action = make_action(
            w,
            SCOPE_TITLES[scope],
            lambda _=False, s=scope: w.set_scope(s),
            QKeySequence(f"Ctrl+{number}"),
        )
        action.setCheckable(True)
        action.setChecked(scope == w.scope)
        w.scope_group.addAction(action)
        w.scope_actions[scope] = action


def build_menus(w: MainWindow) -> None:
    """The menu bar; the Visit and Reports menus are filled by their own helpers."""
    bar = w.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([w.print_action, w.export_action])
    file_menu.addSeparator()
    file_menu.addAction(w.close_tab_action)
    file_menu.addAction(w.quit_action)
    edit_menu = bar.addMenu("&Edit")
    edit_menu.addAction(w.find_action)
    edit_menu.addSeparator()
    edit_menu.addAction(w.preferences_action)
    view_menu = bar.addMenu("&View")
    w.columns_menu = view_menu.addMenu("&Columns")
    w.columns_menu.aboutToShow.connect(lambda: w.caseload.fill_column_menu(w.columns_menu))
    view_menu.addAction(w.refresh_action)
    view_menu.addAction(w.show_closed_action)
    view_menu.addSeparator()
    view_menu.addActions(list(w.scope_actions.values()))
    if w.user.role in (Role.SUPERVISOR, Role.ADMIN):
        view_menu.addSeparator()
        view_menu.addAction(w.team_action)
    w.family_menu = bar.addMenu("F&amily")
    w.family_menu.addActions([w.new_family_action, w.open_family_action, w.edit_family_action])
    w.family_menu.addSeparator()
    w.family_menu.addActions(
        [w.close_case_action, w.reopen_action, w.hold_action, w.reassign_action]
    )
    w.visit_menu = bar.addMenu("&Visit")
    w.visit_menu.addAction(w.show_visits_action)
    w.reports_menu = bar.addMenu("&Reports")
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(w.about_action)


def build_toolbar(w: MainWindow) -> None:
    """The main toolbar (text only); the visit helper appends its own actions."""
    toolbar = w.addToolBar("Main")
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addActions([w.new_family_action, w.open_family_action, w.edit_family_action])
    toolbar.addSeparator()
    toolbar.addActions([w.refresh_action, w.print_action, w.export_action])


def finish_toolbar_tips(w: MainWindow) -> None:
    """Every toolbar button's tooltip: its name, then its shortcut when it has one."""
    toolbar = w.findChild(QToolBar, "main_toolbar")
    for action in toolbar.actions() if toolbar is not None else []:
        if action.isSeparator():
            continue
        name = action.text().replace("&", "").rstrip("…")
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{name} ({shortcut})" if shortcut else name)
