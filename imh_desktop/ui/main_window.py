"""The main window: the caseload tab first, each opened family in its own closable tab.

Its parts live beside it: the actions, menus and toolbar (main_actions), the
tabs (family_tabs), the Family menu (family_commands), the Visit menu
(visit_actions) and the Reports menu (report_actions).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget

from imh_desktop import APP_NAME, __version__
from imh_desktop.domain.enums import FamilyStatus, Role
from imh_desktop.services.caseload import list_caseload
from imh_desktop.services.records import StaffRecord
from imh_desktop.services.staff import list_staff
from imh_desktop.ui import settings as keys
from imh_desktop.ui.caseload_view import CaseloadView
from imh_desktop.ui.errors import show_error
from imh_desktop.ui.family_commands import FamilyCommandsMixin
from imh_desktop.ui.family_tabs import FamilyTabsMixin, as_record
from imh_desktop.ui.main_actions import (
    SCOPE_TITLES,
    build_actions,
    build_menus,
    build_toolbar,
    finish_toolbar_tips,
)
from imh_desktop.ui.report_actions import ReportActions
from imh_desktop.ui.settings import PreferencesDialog, Settings, restore_geometry
from imh_desktop.ui.visit_actions import VisitActions
from imh_desktop.ui.widgets import format_date

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QActionGroup
    from PySide6.QtWidgets import QMenu

    from imh_desktop.data.db import Database

__all__ = ["SCOPE_TITLES", "MainWindow", "as_record"]


class MainWindow(FamilyTabsMixin, FamilyCommandsMixin, QMainWindow):
    """Caseload plus open family records. ``today`` pins the date (tests, screenshots)."""

    # Built by main_actions.build_actions / build_menus.
    print_action: QAction
    export_action: QAction
    close_tab_action: QAction
    quit_action: QAction
    find_action: QAction
    preferences_action: QAction
    refresh_action: QAction
    show_closed_action: QAction
    scope_group: QActionGroup
    scope_actions: dict[str, QAction]
    new_family_action: QAction
    open_family_action: QAction
    edit_family_action: QAction
    close_case_action: QAction
    reopen_action: QAction
    hold_action: QAction
    reassign_action: QAction
    show_visits_action: QAction
    about_action: QAction
    team_action: QAction
    columns_menu: QMenu
    family_menu: QMenu
    visit_menu: QMenu
    reports_menu: QMenu

    def __init__(
        self,
        db: Database,
        user: StaffRecord,
        settings: Settings | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__()
        self.db, self.user, self._today = db, user, today
        self.settings = settings or Settings()
        self.staff = list_staff(db)
        self.scope = {Role.SPECIALIST: "mine", Role.SUPERVISOR: "team"}.get(user.role, "all")
        self.setWindowTitle(f"{APP_NAME} — {user.full_name}")
        self.caseload = CaseloadView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setAccessibleName("Open records")
        self.tabs.addTab(self.caseload, "Caseload")
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.LeftSide, None)
        self.setCentralWidget(self.tabs)
        build_actions(self)
        build_menus(self)
        self.report_actions = ReportActions(self, self.reports_menu)
        build_toolbar(self)
        self.visit_actions = VisitActions(self)
        finish_toolbar_tips(self)
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName("Caseload summary")
        self.statusBar().addWidget(self.summary_label)
        user_label = QLabel(f"{user.full_name} · {user.role.label}")
        user_label.setAccessibleName("Signed in as")
        self.statusBar().addPermanentWidget(user_label)
        self.caseload.family_activated.connect(self.open_family)
        self.caseload.selection_changed.connect(self._update_actions)
        self.caseload.counts_changed.connect(self._update_summary)
        self.tabs.tabCloseRequested.connect(self._on_tabs_close_requested)
        self.tabs.currentChanged.connect(self._update_actions)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.timeout.connect(self.refresh)
        self._restore_state()
        self._apply_preferences()
        self.refresh()

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # State ----------------------------------------------------------------
    def _restore_state(self) -> None:
        restore_geometry(self, self.settings, (1400, 860))
        state = self.settings.value(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        self.caseload.restore_header_state(self.settings.value(keys.CASELOAD_HEADER))
        self.show_closed_action.setChecked(self.settings.value(keys.SHOW_CLOSED))

    def save_state(self) -> None:
        self.settings.set_value(keys.GEOMETRY, self.saveGeometry())
        self.settings.set_value(keys.WINDOW_STATE, self.saveState())
        self.settings.set_value(keys.CASELOAD_HEADER, self.caseload.header_state())
        self.settings.sync()

    def _apply_preferences(self) -> None:
        self.caseload.set_statuses(self.show_closed_action.isChecked())
        minutes = self.settings.value(keys.REFRESH_MINUTES)
        if minutes > 0:
            self.refresh_timer.start(minutes * 60_000)
        else:
            self.refresh_timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        for index in range(self.tabs.count() - 1, 0, -1):
            if not self._confirm_close_tab(index):
                event.ignore()
                return
        self.save_state()
        super().closeEvent(event)

    # Caseload -------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the caseload with one query, keeping selection and scroll position."""
        try:
            rows = list_caseload(
                self.db,
                self.user,
                self.scope,
                self.today,
                include_closed=self.show_closed_action.isChecked(),
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self.caseload.proxy.set_filters(today=self.today)
        self.caseload.set_rows(rows)
        self.tabs.setTabText(0, SCOPE_TITLES[self.scope])
        self._update_actions()

    def set_scope(self, scope: str) -> None:
        self.scope = scope
        self.scope_actions[scope].setChecked(True)
        self.refresh()

    def _update_summary(self) -> None:
        rows = self.caseload.model.rows()
        overdue = sum(r.overdue for r in rows)
        alerts = sum(r.open_alerts for r in rows)
        noun = "family" if len(rows) == 1 else "families"
        self.summary_label.setText(
            f"{len(rows)} {noun} · {overdue} overdue · {alerts} alert{'s' * (alerts != 1)}"
        )

    def _update_actions(self, *_args: object) -> None:
        status = self._current_status()
        has = status is not None
        for action in (
            self.open_family_action,
            self.edit_family_action,
            self.reassign_action,
            self.show_visits_action,
        ):
            action.setEnabled(has)
        self.close_case_action.setEnabled(has and status is not FamilyStatus.CLOSED)
        self.reopen_action.setEnabled(status in (FamilyStatus.CLOSED, FamilyStatus.ON_HOLD))
        self.hold_action.setEnabled(status is FamilyStatus.ACTIVE)
        self.close_tab_action.setEnabled(self.tabs.currentIndex() > 0)  # never the caseload

    # Other menus ----------------------------------------------------------
    def _on_find_triggered(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.caseload.focus_search()

    def _on_show_closed_toggled(self) -> None:
        self.settings.set_value(keys.SHOW_CLOSED, self.show_closed_action.isChecked())
        self.caseload.set_statuses(self.show_closed_action.isChecked())
        self.refresh()

    def _on_preferences_triggered(self) -> None:
        if PreferencesDialog(self.settings, self).exec():
            self.show_closed_action.setChecked(self.settings.value(keys.SHOW_CLOSED))
            self._apply_preferences()
            self.refresh()

    def _on_print_triggered(self) -> None:
        from imh_desktop.ui.caseload_export import print_caseload

        subtitle = f"{self.summary_label.text()} · printed {format_date(self.today)}"
        print_caseload(self, self.caseload, SCOPE_TITLES[self.scope], subtitle)

    def _on_export_triggered(self) -> None:
        from imh_desktop.ui.caseload_export import export_caseload

        try:
            path = export_caseload(self, self.caseload, Path.home() / f"caseload-{self.today}.xlsx")
        except Exception as exc:
            show_error(self, exc)
            return
        if path is not None:
            self.statusBar().showMessage(f"Saved {path}", 5000)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3><p>Caseloads, visit notes and reports for "
            "infant mental health home-visiting programs.</p>",
        )
