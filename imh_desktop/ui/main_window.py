"""The main window: the caseload tab first, each opened family in its own closable tab."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
)

from imh_desktop import APP_NAME, __version__
from imh_desktop.domain.enums import FamilyStatus, Role
from imh_desktop.domain.errors import DomainError
from imh_desktop.services import families
from imh_desktop.services.caseload import list_caseload
from imh_desktop.services.records import StaffRecord
from imh_desktop.services.staff import list_staff
from imh_desktop.ui import settings as keys
from imh_desktop.ui.caseload_view import CaseloadView
from imh_desktop.ui.errors import show_error
from imh_desktop.ui.report_actions import ReportActions
from imh_desktop.ui.settings import PreferencesDialog, Settings, restore_geometry
from imh_desktop.ui.visit_actions import VisitActions
from imh_desktop.ui.widgets import format_date

if TYPE_CHECKING:
    from imh_desktop.data.db import Database
    from imh_desktop.ui.family_record import FamilyRecordWidget
    from imh_desktop.ui.team_view import TeamView

_RECORD_MODULE = "imh_desktop.ui.family_record"


def as_record(widget: object) -> FamilyRecordWidget | None:
    """``widget`` if it is a family record, else None.

    The record module (and every tab it pulls in) is imported on first use, not
    at start-up; until then no widget can be a record.
    """
    module = sys.modules.get(_RECORD_MODULE)
    if module is not None and isinstance(widget, module.FamilyRecordWidget):
        return widget
    return None


SCOPE_TITLES = {"mine": "My caseload", "team": "Whole team", "all": "All families"}


class MainWindow(QMainWindow):
    """Caseload plus open family records. ``today`` pins the date (tests, screenshots)."""

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
        self._build_actions()
        self._build_menus()
        self.report_actions = ReportActions(self, self.reports_menu)
        self._build_toolbar()
        self.visit_actions = VisitActions(self)
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

    # Construction ---------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence
        self.print_action = self._action(
            "&Print…", self._on_print_triggered, K.StandardKey.Print, "Print the caseload as shown"
        )
        self.export_action = self._action(
            "&Export…",
            self._on_export_triggered,
            K("Ctrl+E"),
            "Save the caseload as shown to Excel or CSV",
        )
        self.quit_action = self._action("&Quit", self.close, K.StandardKey.Quit)
        self.find_action = self._action(
            "&Find", self._on_find_triggered, K.StandardKey.Find, "Search the caseload"
        )
        self.preferences_action = self._action(
            "&Preferences…", self._on_preferences_triggered, K.StandardKey.Preferences
        )
        self.refresh_action = self._action("&Refresh", self.refresh, K.StandardKey.Refresh)
        self.show_closed_action = self._action("Show &closed cases", self._on_show_closed_toggled)
        self.show_closed_action.setCheckable(True)
        self.scope_group = QActionGroup(self)
        self.scope_actions: dict[str, QAction] = {}
        scopes = ["mine"] if self.user.role is Role.SPECIALIST else ["mine", "team", "all"]
        for number, scope in enumerate(scopes, start=1):
            action = self._action(
                SCOPE_TITLES[scope], lambda _=False, s=scope: self.set_scope(s), K(f"Ctrl+{number}")
            )
            action.setCheckable(True)
            action.setChecked(scope == self.scope)
            self.scope_group.addAction(action)
            self.scope_actions[scope] = action
        self.new_family_action = self._action(
            "&New family…", self._on_new_family_triggered, K.StandardKey.New, "Add a family"
        )
        self.open_family_action = self._action(
            "&Open",
            self._on_open_family_triggered,
            [K(Qt.Key.Key_Return), K(Qt.Key.Key_Enter)],
            "Open the selected family",
        )
        self.open_family_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.caseload.table.addAction(self.open_family_action)
        self.edit_family_action = self._action("&Edit family…", self._on_edit_family_triggered)
        self.close_case_action = self._action("&Close case…", self._on_close_case_triggered)
        self.reopen_action = self._action("&Reopen case", self._on_reopen_triggered)
        self.hold_action = self._action("Put on &hold", self._on_hold_triggered)
        self.reassign_action = self._action("Re&assign specialist…", self._on_reassign_triggered)
        self.show_visits_action = self._action(
            "Show &visits", self._on_show_visits_triggered, tip="Open the family's list of visits"
        )
        self.about_action = self._action(f"&About {APP_NAME}", self._on_about_triggered)
        self.team_action = self._action(
            "&Team dashboard",
            self._on_team_triggered,
            K("Ctrl+T"),
            "Visits, notes, screenings and alerts across the team, by specialist",
        )
        for action in (
            self.new_family_action,
            self.open_family_action,
            self.refresh_action,
            self.print_action,
        ):
            action.setToolTip(
                f"{action.text().replace('&', '').rstrip('…')} "
                f"({action.shortcut().toString(K.SequenceFormat.NativeText)})"
            )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.print_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = bar.addMenu("&View")
        self.columns_menu = view_menu.addMenu("&Columns")
        self.columns_menu.aboutToShow.connect(
            lambda: self.caseload.fill_column_menu(self.columns_menu)
        )
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.show_closed_action)
        view_menu.addSeparator()
        view_menu.addActions(list(self.scope_actions.values()))
        if self.user.role in (Role.SUPERVISOR, Role.ADMIN):
            view_menu.addSeparator()
            view_menu.addAction(self.team_action)
        self.family_menu = bar.addMenu("F&amily")
        self.family_menu.addActions(
            [self.new_family_action, self.open_family_action, self.edit_family_action]
        )
        self.family_menu.addSeparator()
        self.family_menu.addActions(
            [self.close_case_action, self.reopen_action, self.hold_action, self.reassign_action]
        )
        self.visit_menu = bar.addMenu("&Visit")
        self.visit_menu.addAction(self.show_visits_action)
        self.reports_menu = bar.addMenu("&Reports")
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions(
            [self.new_family_action, self.open_family_action, self.edit_family_action]
        )
        toolbar.addSeparator()
        toolbar.addActions([self.refresh_action, self.print_action, self.export_action])

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

    # Families -------------------------------------------------------------
    def record_tab(self, family_id: int) -> FamilyRecordWidget | None:
        for index in range(1, self.tabs.count()):
            widget = self.tabs.widget(index)
            record = as_record(widget)
            if record is not None and record.family_id == family_id:
                return record
        return None

    def open_family(self, family_id: int) -> FamilyRecordWidget | None:
        """Open the family's record in a tab, or bring its open tab forward."""
        record = self.record_tab(family_id)
        if record is None:
            try:
                from imh_desktop.ui.family_record import FamilyRecordWidget

                record = FamilyRecordWidget(self.db, self.user, family_id, self._today)
            except DomainError as exc:
                show_error(self, exc)
                return None
            record.changed.connect(self._after_change)
            splitter = record.overview_splitter
            state = self.settings.value(keys.RECORD_SPLITTER)
            if not state.isEmpty():
                splitter.restoreState(state)
            splitter.splitterMoved.connect(
                lambda *_: self.settings.set_value(keys.RECORD_SPLITTER, splitter.saveState())
            )
            index = self.tabs.addTab(record, record.family.display_name)
            self.tabs.setTabToolTip(index, record.family.case_number)
        self.tabs.setCurrentWidget(record)
        return record

    def open_team(self) -> TeamView:
        """Open the team dashboard in a tab, or bring its open tab forward."""
        from imh_desktop.ui.team_view import TeamView

        for index in range(1, self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, TeamView):
                self.tabs.setCurrentWidget(widget)
                return widget
        view = TeamView(self.db, self.user, self._today)
        view.family_open_requested.connect(self.open_family)
        self.tabs.setCurrentIndex(self.tabs.addTab(view, "Team"))
        return view

    def _on_team_triggered(self) -> None:
        self.open_team()

    def current_family_id(self) -> int | None:
        record = as_record(self.tabs.currentWidget())
        if record is not None:
            return record.family_id
        return self.caseload.selected_family_id()

    def _current_status(self) -> FamilyStatus | None:
        record = as_record(self.tabs.currentWidget())
        if record is not None:
            return record.family.status
        family_id = self.caseload.selected_family_id()
        row = self.caseload.model.row_of_family(family_id) if family_id is not None else -1
        return self.caseload.model.row_record(row).status if row >= 0 else None

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

    def _after_change(self, family_id: int) -> None:
        record = self.record_tab(family_id)
        if record is not None:
            record.refresh()
            self.tabs.setTabText(self.tabs.indexOf(record), record.family.display_name)
        self.refresh()

    def _confirm_close_tab(self, index: int) -> bool:
        widget = as_record(self.tabs.widget(index))
        if widget is not None and widget.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                "Unsaved changes",
                f"The record of the {widget.family.display_name} has changes that are not "
                "saved. Close it and lose them?",
            )
            return answer == QMessageBox.StandardButton.Yes
        return True

    def _on_tabs_close_requested(self, index: int) -> None:
        if index > 0 and self._confirm_close_tab(index):
            widget = self.tabs.widget(index)
            self.tabs.removeTab(index)
            widget.deleteLater()

    def _family_for_dialog(self):
        family_id = self.current_family_id()
        if family_id is None:
            return None
        try:
            return families.get_family(self.db, family_id)
        except DomainError as exc:
            show_error(self, exc)
            self.refresh()
            return None

    def _run_family_dialog(self, dialog) -> None:
        if dialog.exec():
            family = dialog.record if hasattr(dialog, "record") else dialog.family
            self._after_change(family.id)
            self.caseload.select_family(family.id)

    def _on_new_family_triggered(self) -> None:
        from imh_desktop.ui.family_dialogs import FamilyDialog

        dialog = FamilyDialog(self.db, self.user, self.staff, today=self._today, parent=self)
        self._run_family_dialog(dialog)

    def _on_open_family_triggered(self) -> None:
        family_id = self.current_family_id()
        if family_id is not None:
            self.open_family(family_id)

    def _on_edit_family_triggered(self) -> None:
        from imh_desktop.ui.family_dialogs import FamilyDialog

        family = self._family_for_dialog()
        if family is not None:
            self._run_family_dialog(
                FamilyDialog(self.db, self.user, self.staff, family, self._today, parent=self)
            )

    def _on_close_case_triggered(self) -> None:
        from imh_desktop.ui.case_dialogs import CloseCaseDialog

        family = self._family_for_dialog()
        if family is not None:
            self._run_family_dialog(
                CloseCaseDialog(self.db, self.user, family, self._today, parent=self)
            )

    def _on_reassign_triggered(self) -> None:
        from imh_desktop.ui.case_dialogs import ReassignDialog

        family = self._family_for_dialog()
        if family is not None:
            self._run_family_dialog(
                ReassignDialog(self.db, self.user, family, self.staff, parent=self)
            )

    def _change_status(self, change, question: str) -> None:
        family = self._family_for_dialog()
        if family is None:
            return
        text = question.format(name=family.display_name, case=family.case_number)
        if QMessageBox.question(self, APP_NAME, text) != QMessageBox.StandardButton.Yes:
            return
        try:
            change(self.db, self.user.id, family.id, expected_version=family.version)
        except Exception as exc:
            show_error(self, exc)
            return
        self._after_change(family.id)

    def _on_reopen_triggered(self) -> None:
        self._change_status(families.reopen_family, "Reopen the case of the {name} ({case})?")

    def _on_hold_triggered(self) -> None:
        self._change_status(families.hold_family, "Put the case of the {name} ({case}) on hold?")

    def _on_show_visits_triggered(self) -> None:
        family_id = self.current_family_id()
        record = self.open_family(family_id) if family_id is not None else None
        if record is not None:
            record.tabs.setCurrentWidget(record.visits_tab)

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
