"""The main window's actions, menus and toolbar, built once at start-up.

:class:`MainActions` holds every QAction of the File, Edit, View, Family and
Help menus by name (``new_family_action`` …), builds the menu bar and the
toolbar, and turns actions on and off as the selection allows. The slots it
connects live on the window and on its controllers (the tabs, the Family
commands); the Visit and Reports menus are filled by their own helpers.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from imh_desktop import APP_NAME
from imh_desktop.domain.enums import FamilyStatus
from imh_desktop.domain.permissions import Permission, Relation
from imh_desktop.services.caseload.table import Scope, scopes_for
from imh_desktop.ui.common.permissions import gate, may

if TYPE_CHECKING:
    from imh_desktop.ui.common.context import AppContext
    from imh_desktop.ui.shell.main_window import MainWindow

# Marked for lupdate; shown through QCoreApplication.translate("Scope", ...).
SCOPE_TITLES: dict[Scope, str] = {
    "mine": str(QT_TRANSLATE_NOOP("Scope", "My caseload")),
    "team": str(QT_TRANSLATE_NOOP("Scope", "Whole team")),
    "all": str(QT_TRANSLATE_NOOP("Scope", "All families")),
}

Shortcut = QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None


def standard_or(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's binding for ``key``, or ``fallback`` where the platform has none.

    Quit and Preferences have no standard binding on some desktops (Preferences
    only has one on macOS), which would leave those menu items without a shortcut.
    """
    bindings = QKeySequence.keyBindings(key)
    return bindings[0] if bindings else QKeySequence(fallback)


class MainActions(QObject):
    """The window's actions, its menu bar and its toolbar.

    Build it after the window's caseload view and controllers exist; the menus
    the other helpers fill (``visit_menu``, ``reports_menu``) and the
    ``toolbar`` are attributes here and on the window.
    """

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self._build_actions()
        self._build_menus()
        self._build_toolbar()

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: Shortcut = None, tip: str = ""
    ) -> QAction:
        """An action owned by the window that calls ``slot``, with its shortcut(s) and tip."""
        action = QAction(text, self.window)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        K = QKeySequence
        w, tabs, family = self.window, self.window.family_tabs, self.window.family_commands
        self.print_action = self._action(
            QCoreApplication.translate("MainActions", "&Print…"),
            w.print_caseload,
            K.StandardKey.Print,
            QCoreApplication.translate("MainActions", "Print the caseload as shown"),
        )
        self.export_action = self._action(
            QCoreApplication.translate("MainActions", "&Export…"),
            w.export_caseload,
            K("Ctrl+E"),
            QCoreApplication.translate("MainActions", "Save the caseload as shown to Excel or CSV"),
        )
        self.import_action = self._action(
            self.tr("&Import…"), w.import_families,
            tip=self.tr("Add families from a CSV file or an Excel workbook"),
        )  # fmt: skip
        self.close_tab_action = self._action(
            QCoreApplication.translate("MainActions", "&Close tab"), tabs.close_current, K.StandardKey.Close,  # noqa: E501
            QCoreApplication.translate("MainActions", "Close the family record or dashboard in front"),  # noqa: E501
        )  # fmt: skip
        self.quit_action = self._action(
            QCoreApplication.translate("MainActions", "&Quit"),
            w.close,
            standard_or(K.StandardKey.Quit, "Ctrl+Q"),
        )
        self.open_by_case_action = self._action(
            self.tr("Open family by case &number…"), w.open_by_case_number, K("Ctrl+Shift+O"),
            self.tr("Open any family of the agency by its case number; one outside your "
                    "caseload needs a reason (emergency access)"),
        )  # fmt: skip
        self.find_action = self._action(
            QCoreApplication.translate("MainActions", "&Find"),
            w.focus_search,
            K.StandardKey.Find,
            QCoreApplication.translate("MainActions", "Search the caseload"),
        )
        self.search_records_action = self._action(
            self.tr("Search &notes…"), w.focus_record_search, K("Ctrl+Shift+F"),
            self.tr("Search the notes, amendments, goals, screenings and referrals you may read"),
        )  # fmt: skip
        self.preferences_action = self._action(
            QCoreApplication.translate("MainActions", "&Preferences…"),
            w.edit_preferences,
            standard_or(K.StandardKey.Preferences, "Ctrl+,"),
        )
        self.refresh_action = self._action(
            QCoreApplication.translate("MainActions", "&Refresh"), w.refresh, K.StandardKey.Refresh
        )
        self.show_closed_action = self._action(
            QCoreApplication.translate("MainActions", "Show &closed cases"), w.toggle_show_closed
        )
        self.show_closed_action.setCheckable(True)
        self._build_scope_actions()
        self.new_family_action = self._action(
            QCoreApplication.translate("MainActions", "&New family…"),
            family.new_family,
            K.StandardKey.New,
            QCoreApplication.translate("MainActions", "Add a family"),
        )
        self.open_family_action = self._action(
            QCoreApplication.translate("MainActions", "&Open"), family.open_family, [K(Qt.Key.Key_Return), K(Qt.Key.Key_Enter)],  # noqa: E501
            QCoreApplication.translate("MainActions", "Open the selected family"),
        )  # fmt: skip
        self.open_family_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        w.caseload.table.addAction(self.open_family_action)
        self.edit_family_action = self._action(
            QCoreApplication.translate("MainActions", "&Edit family…"), family.edit_family
        )
        self.close_case_action = self._action(
            QCoreApplication.translate("MainActions", "&Close case…"), family.close_case
        )
        self.reopen_action = self._action(
            QCoreApplication.translate("MainActions", "&Reopen case"), family.reopen
        )
        self.hold_action = self._action(
            QCoreApplication.translate("MainActions", "Put on &hold"), family.hold
        )
        self.reassign_action = self._action(
            QCoreApplication.translate("MainActions", "Re&assign specialist…"), family.reassign
        )
        self.show_visits_action = self._action(
            QCoreApplication.translate("MainActions", "Show &visits"),
            family.show_visits,
            tip=QCoreApplication.translate("MainActions", "Open the family's list of visits"),
        )
        self.about_action = self._action(
            QCoreApplication.translate("MainActions", "&About {0}").format(APP_NAME), w.show_about
        )
        self.team_action = self._action(
            QCoreApplication.translate("MainActions", "&Team dashboard"), tabs.open_team, K("Ctrl+T"),  # noqa: E501
            QCoreApplication.translate("MainActions", "Visits, notes, screenings and alerts across the team, by specialist"),  # noqa: E501
        )  # fmt: skip
        self.measures_action = self._action(
            self.tr("Program &measures"), tabs.open_measures, None,
            self.tr("Measures for funders for a period, per specialist and for the program"),
        )  # fmt: skip

    def _build_scope_actions(self) -> None:
        """One checkable action per caseload scope the user may see, Ctrl+1, Ctrl+2…"""
        self.scope_group = QActionGroup(self.window)
        self.scope_actions: dict[Scope, QAction] = {}
        scopes = scopes_for(self.ctx.user.role)  # the permission table decides
        for number, scope in enumerate(scopes, start=1):
            action = self._action(
                QCoreApplication.translate("Scope", SCOPE_TITLES[scope]),
                partial(self.window.set_scope, scope),
                QKeySequence(f"Ctrl+{number}"),
            )
            action.setCheckable(True)
            action.setChecked(scope == self.window.scope)
            self.scope_group.addAction(action)
            self.scope_actions[scope] = action

    def _build_menus(self) -> None:
        """The menu bar; the Visit and Reports menus are filled by their own helpers."""
        w = self.window
        bar = w.menuBar()
        self.file_menu = bar.addMenu(QCoreApplication.translate("MainActions", "&File"))
        if may(self.ctx, Permission.LOCATE_FAMILY):
            self.file_menu.addAction(self.open_by_case_action)
            self.file_menu.addSeparator()
        self.file_menu.addActions([self.print_action, self.export_action])
        if may(self.ctx, Permission.CREATE_FAMILY, Relation.OWN):
            self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_tab_action)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(QCoreApplication.translate("MainActions", "&Edit"))
        self.edit_menu.addAction(self.find_action)
        if may(self.ctx, Permission.READ_FAMILY, Relation.OWN):  # clinicians only
            self.edit_menu.addAction(self.search_records_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
        self.view_menu = bar.addMenu(QCoreApplication.translate("MainActions", "&View"))
        self.columns_menu = self.view_menu.addMenu("&Columns")
        self.columns_menu.aboutToShow.connect(self._on_columns_menu_about_to_show)
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addAction(self.show_closed_action)
        self.view_menu.addSeparator()
        self.view_menu.addActions(list(self.scope_actions.values()))
        if may(self.ctx, Permission.VIEW_TEAM):
            self.view_menu.addSeparator()
            self.view_menu.addAction(self.team_action)
        if may(self.ctx, Permission.VIEW_MEASURES):
            self.view_menu.addAction(self.measures_action)
        self.family_menu = bar.addMenu(QCoreApplication.translate("MainActions", "F&amily"))
        self.family_menu.setToolTipsVisible(True)  # a disabled action says why
        self.family_menu.addActions(
            [self.new_family_action, self.open_family_action, self.edit_family_action]
        )
        self.family_menu.addSeparator()
        self.family_menu.addActions(
            [self.close_case_action, self.reopen_action, self.hold_action, self.reassign_action]
        )
        self.visit_menu: QMenu = bar.addMenu(QCoreApplication.translate("MainActions", "&Visit"))
        self.visit_menu.addAction(self.show_visits_action)
        self.reports_menu: QMenu = bar.addMenu(
            QCoreApplication.translate("MainActions", "&Reports")
        )
        self.file_menu.setToolTipsVisible(True)
        self.help_menu = bar.addMenu(QCoreApplication.translate("MainActions", "&Help"))
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        """The main toolbar (icon and name); the visit helper appends its own actions.

        The icons are set by ``ui.common.icons.install_icons`` once every helper is built.
        """
        self.toolbar: QToolBar = self.window.addToolBar("Main")
        self.toolbar.setObjectName("main_toolbar")  # its place is kept in the window state
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions(
            [self.new_family_action, self.open_family_action, self.edit_family_action]
        )
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.refresh_action, self.print_action, self.export_action])

    def _on_columns_menu_about_to_show(self) -> None:
        self.window.caseload.fill_column_menu(self.columns_menu)

    def finish_toolbar_tips(self) -> None:
        """Every toolbar button's tooltip: its name, then its shortcut when it has one.

        Called once the other helpers have added their buttons.
        """
        for action in self.toolbar.actions():
            if action.isSeparator() or not action.text():  # a widget (the search field)
                continue
            name = action.text().replace("&", "").rstrip("…")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{name} ({shortcut})" if shortcut else name)

    def update_enabled(
        self, status: FamilyStatus | None, can_close_tab: bool, relation: Relation | None = None
    ) -> None:
        """Enable what applies to the current family and the user may do to it, saying why not.

        ``status`` None: no family chosen; ``relation``: how the user stands to it.
        """
        has = status is not None
        own = Relation.OWN  # what a user may do at most, before a family is chosen
        rel = relation if has else own
        ctx = self.ctx
        gate(self.open_family_action, ctx, Permission.READ_FAMILY, rel, enabled=has)
        gate(self.show_visits_action, ctx, Permission.READ_FAMILY, rel, enabled=has)
        gate(self.edit_family_action, ctx, Permission.CHANGE_FAMILY, rel, enabled=has)
        gate(self.reassign_action, ctx, Permission.REASSIGN, rel, enabled=has)
        gate(self.close_case_action, ctx, Permission.CLOSE, rel,
             enabled=has and status is not FamilyStatus.CLOSED)  # fmt: skip
        gate(self.reopen_action, ctx, Permission.CLOSE, rel,
             enabled=status in (FamilyStatus.CLOSED, FamilyStatus.ON_HOLD))  # fmt: skip
        gate(self.hold_action, ctx, Permission.CLOSE, rel, enabled=status is FamilyStatus.ACTIVE)
        gate(self.new_family_action, ctx, Permission.CREATE_FAMILY, own)
        gate(self.print_action, ctx, Permission.PRINT, own)
        gate(self.export_action, ctx, Permission.EXPORT, own)
        self.close_tab_action.setEnabled(can_close_tab)
