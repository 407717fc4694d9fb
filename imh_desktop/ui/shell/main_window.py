"""The main window: the caseload tab first, each opened family in its own closable tab.

The window holds the application context, the caseload view and the tab
widget, and is assembled from controllers that share the context:
:class:`~imh_desktop.ui.shell.tabs.FamilyTabs` (opening and closing tabs),
:class:`~imh_desktop.ui.family.commands.FamilyCommands` (the Family menu),
:class:`~imh_desktop.ui.shell.actions.MainActions` (actions, menus, toolbar),
``VisitActions`` (the Visit menu), ``ReportActions`` (the Reports menu) and
``AuditActions`` (Tools > Audit log…, Family > Who looked at this family…).

The caseload is read through the context's runner, newest read only. After
that it follows the change bus: a change of one family updates that row alone;
a change of staff or agency settings reloads the table.

A read-only database shows a banner above the tabs. With an ``auto_backup``
the window backs the database up when it closes (after the user agreed to
close every record). After a restore it asks to be closed and the person
signed in again on the restored data (``reopen_requested``; ``ui.auth.session``
does that).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from imh_desktop import APP_NAME, __version__
from imh_desktop.domain.dates import format_date
from imh_desktop.domain.enums import FamilyStatus
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.admin.agency import read_settings
from imh_desktop.services.caseload.table import (
    SCOPE_OF_ROLE,
    CaseloadRow,
    Scope,
    caseload_row,
    list_caseload,
    month_counts,
    scopes_for,
)
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.ui.admin.actions import BackupActions
from imh_desktop.ui.admin.agency_settings import agency_settings_action
from imh_desktop.ui.admin.support_lines import support_lines_action
from imh_desktop.ui.audit.actions import AuditActions
from imh_desktop.ui.calendar.actions import CalendarActions
from imh_desktop.ui.caseload.view import CaseloadView
from imh_desktop.ui.common import settings as keys
from imh_desktop.ui.common.appearance import apply_appearance
from imh_desktop.ui.common.busy import BusyIndicator
from imh_desktop.ui.common.collector import settle_after_next_paint
from imh_desktop.ui.common.counts import CountWords
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.icons import install_icons
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.permissions import may
from imh_desktop.ui.common.settings import PreferencesDialog, Settings, restore_geometry
from imh_desktop.ui.common.tasks import LatestOnly, run_task
from imh_desktop.ui.common.widgets import warning_color
from imh_desktop.ui.family.commands import FamilyCommands
from imh_desktop.ui.reports.actions import ReportActions
from imh_desktop.ui.search.field import add_search_field
from imh_desktop.ui.shell.actions import SCOPE_TITLES, MainActions
from imh_desktop.ui.shell.tabs import FamilyTabs, as_record
from imh_desktop.ui.visits.actions import VisitActions

if TYPE_CHECKING:
    from imh_desktop.ui.admin.auto_backup import AutoBackup
    from imh_desktop.ui.common.context import AppContext
    from imh_desktop.ui.family.record import FamilyRecordWidget
    from imh_desktop.ui.team.view import TeamView

__all__ = ["SCOPE_TITLES", "MainWindow", "as_record"]

# Changes after which the whole caseload is read again (who is on which team, the rules).
RELOAD_PARTS = (Part.STAFF, Part.SETTINGS)


class MainWindow(QMainWindow):
    """Caseload plus open family records, for the signed-in user of ``ctx``.

    Other helpers read from it: ``ctx``, ``caseload``, ``tabs``, ``toolbar``,
    ``visit_menu``, ``reports_menu``, ``scope``, and ``current_family_id()``,
    ``open_family()``, ``record_tab()``. ``closed`` is emitted once the window
    has closed for good (the person quit).
    """

    closed = Signal()
    reopen_requested = Signal()  # a backup was restored: sign in again on the restored data
    preferences_saved = Signal()  # Edit > Preferences was saved (the idle lock follows)

    def __init__(
        self, ctx: AppContext, settings: Settings | None = None,
        auto_backup: AutoBackup | None = None,
    ) -> None:  # fmt: skip
        super().__init__()
        self.ctx = ctx
        self.settings = settings or Settings()
        self.auto_backup = auto_backup
        self._reopening = self._backed_up_at_close = False
        self._close_progress: QProgressDialog | None = None
        # None for an administrator: no caseload (administrators see no clinical content).
        self.scope: Scope | None = SCOPE_OF_ROLE.get(ctx.user.role)
        preferred = self.settings.value(keys.CASELOAD_SCOPE)  # Preferences: opens on
        if self.scope is not None and preferred in scopes_for(ctx.user.role):
            self.scope = preferred
        self._select_after_update: int | None = None
        self._caseload_reads = LatestOnly(ctx.runner, self)
        title = f"{APP_NAME} — {ctx.user.full_name}"
        self.setWindowTitle(title + (self.tr(" (DEMO: invented data)") if ctx.demo else ""))
        self.caseload = CaseloadView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setAccessibleName(self.tr("Open records"))
        if self.scope is None:
            self.caseload.setParent(self)  # kept for the helpers, never shown
            self.caseload.hide()
            self.tabs.addTab(self._no_caseload_page(), self.tr("No caseload"))
        else:
            self.tabs.addTab(self.caseload, self.tr("Caseload"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.LeftSide, None)
        self.read_only_banner = self._read_only_banner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.family_tabs = FamilyTabs(ctx, self)
        self.family_commands = FamilyCommands(ctx, self)
        self.main_actions = MainActions(ctx, self)
        self.toolbar = self.main_actions.toolbar
        self.family_menu = self.main_actions.family_menu
        self.visit_menu = self.main_actions.visit_menu
        self.reports_menu = self.main_actions.reports_menu
        self.report_actions = ReportActions(self, self.reports_menu)
        self.visit_actions = VisitActions(self)
        self.calendar_actions = CalendarActions(self)
        self.backup_actions = BackupActions(ctx, self)
        self.audit_actions = AuditActions(self)
        lines_action = support_lines_action(ctx, self)
        if lines_action is not None:
            self.audit_actions.tools_menu().addAction(lines_action)
        hours_action = agency_settings_action(ctx, self)
        if hours_action is not None:
            self.audit_actions.tools_menu().addAction(hours_action)
        self.main_actions.finish_toolbar_tips()
        self.record_search = add_search_field(self, self.toolbar)
        install_icons(self)  # menu and toolbar icons, in the palette's colours
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(self.tr("Caseload summary"))
        self.statusBar().addWidget(self.summary_label)
        user_label = QLabel(f"{ctx.user.full_name} · {label(ctx.user.role)}")
        user_label.setAccessibleName(self.tr("Signed in as"))
        self.statusBar().addPermanentWidget(BusyIndicator(ctx.runner.activity, self))
        self.statusBar().addPermanentWidget(user_label)
        self.caseload.family_activated.connect(self.family_tabs.open_family)
        self.caseload.search_elsewhere.connect(self.open_by_case_number)
        self.caseload.selection_changed.connect(self.update_actions)
        self.caseload.counts_changed.connect(self._update_summary)
        self.tabs.tabCloseRequested.connect(self.family_tabs.close_tab)
        self.tabs.currentChanged.connect(self.update_actions)
        ctx.bus.changed.connect(self._on_bus_changed)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.timeout.connect(self.refresh)
        if auto_backup is not None:
            auto_backup.setParent(self)
            auto_backup.status.connect(self._on_auto_backup_status)
        self._restore_state()
        self._apply_preferences()
        self.refresh()

    def _no_caseload_page(self) -> QLabel:
        """What an administrator sees where a clinician's caseload would be."""
        page = QLabel(
            self.tr(
                "<h3>Administrator account</h3><p>This account manages staff accounts and the "
                "agency's settings (Account &gt; Staff accounts…). It opens no family's record, "
                "caseload or report.</p><p>If you also see families as a clinician, sign in "
                "with your clinician account for that work.</p>"
            )
        )
        page.setWordWrap(True)
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.setMargin(40)
        page.setAccessibleName(self.tr("Administrator account"))
        return page

    # What the other helpers use -------------------------------------------
    def record_tab(self, family_id: int) -> FamilyRecordWidget | None:
        """The open record of ``family_id``, if any."""
        return self.family_tabs.record_tab(family_id)

    def open_family(self, family_id: int) -> FamilyRecordWidget | None:
        """Open the family's record in a tab, or bring its open tab forward."""
        return self.family_tabs.open_family(family_id)

    def open_team(self) -> TeamView:
        """Open the team dashboard in a tab, or bring its open tab forward."""
        return self.family_tabs.open_team()

    def current_family_id(self) -> int | None:
        """The family of the current record tab, else the one selected in the caseload."""
        return self.family_tabs.current_family_id()

    # State ----------------------------------------------------------------
    def _restore_state(self) -> None:
        restore_geometry(self, self.settings, (1400, 860))
        state = self.settings.value(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        self.caseload.restore_header_state(self.settings.value(keys.CASELOAD_HEADER))
        self.main_actions.show_closed_action.setChecked(self.settings.value(keys.SHOW_CLOSED))

    def save_state(self) -> None:
        self.settings.set_value(keys.GEOMETRY, self.saveGeometry())
        self.settings.set_value(keys.WINDOW_STATE, self.saveState())
        self.settings.set_value(keys.CASELOAD_HEADER, self.caseload.header_state())
        self.settings.sync()

    def _show_closed(self) -> bool:
        return self.main_actions.show_closed_action.isChecked()

    def _apply_preferences(self) -> None:
        apply_appearance(cast(QApplication, QApplication.instance()), self.settings)
        self.caseload.set_statuses(self._show_closed())
        minutes = self.settings.value(keys.REFRESH_MINUTES)
        if minutes > 0:
            self.refresh_timer.start(minutes * 60_000)
        else:
            self.refresh_timer.stop()

    def _read_only_banner(self) -> QLabel:
        banner = QLabel(self.tr("This database is read-only: you can read and print, not save."))
        banner.setAccessibleName(self.tr("Read-only database"))
        banner.setWordWrap(True)
        color = warning_color(self.palette()).name()
        banner.setStyleSheet(f"color: {color}; border-bottom: 1px solid {color}; padding: 6px;")
        banner.setVisible(self.ctx.db.read_only)
        return banner

    def has_unsaved_changes(self) -> bool:
        """True when an open record tab holds edits not saved yet."""
        return any(
            (record := as_record(self.tabs.widget(i))) is not None and record.has_unsaved_changes()
            for i in range(1, self.tabs.count())
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._reopening:  # a restore already closed every record
            self.stop_background_work()
            self.save_state()
            super().closeEvent(event)
            return
        if not self._backed_up_at_close:
            if not self.family_tabs.confirm_close_all():
                event.ignore()
                return
            self.save_state()
            if self.auto_backup is not None:
                from imh_desktop.ui.admin.backups import busy_dialog

                event.ignore()
                self.stop_background_work()
                self._close_progress = busy_dialog(self, self.tr("Backing up before closing…"))
                self.auto_backup.backup_at_close(self._on_close_backup_done)
                return
        super().closeEvent(event)
        self.closed.emit()

    def _on_close_backup_done(self) -> None:
        if self._close_progress is not None:
            from imh_desktop.ui.admin.backups import end_busy

            end_busy(self._close_progress)
            self._close_progress = None
        backup = self.auto_backup
        if backup is not None and backup.last_error is not None:
            QMessageBox.warning(
                self, self.tr("Backup not made"),
                backup.describe(backup.last_error) + "\n\n" + self.tr(
                    "Everything you saved is in the database; only today's copy is missing."
                ),
            )  # fmt: skip
        self._backed_up_at_close = True
        QTimer.singleShot(0, self._close_again)  # after closeEvent has returned

    def _close_again(self) -> None:
        # A slot returning None: PySide6 mishandles the bool QWidget.close returns when a
        # timer calls it directly (Python's True loses a reference each time).
        self.close()

    def close_for_reopen(self) -> None:
        """Close without questions or a backup (a restore closed every record already)."""
        self._reopening = True
        self.close()

    def stop_background_work(self) -> None:
        """Stop the timers that read or back up the database (a restore, closing)."""
        self.refresh_timer.stop()
        if self.auto_backup is not None:
            self.auto_backup.stop()

    def resume_background_work(self) -> None:
        """Start the timers again (a restore failed: the window stays)."""
        self._apply_preferences()
        if self.auto_backup is not None:
            self.auto_backup.start()

    def _on_auto_backup_status(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message, 30_000)

    # Caseload -------------------------------------------------------------
    def refresh(self) -> None:
        """Read the whole caseload again (one query, off the GUI thread), keeping the selection."""
        svc, scope, closed = self.ctx.svc, self.scope, self._show_closed()
        if scope is None:  # an administrator: nothing to read
            settle_after_next_paint(self)  # the start-up is over once the window is painted
            self.update_actions()
            return
        self._caseload_reads.start(
            lambda: list_caseload(svc, scope, include_closed=closed),
            self._on_caseload_read,
            self._on_read_failed,
        )

    def _on_caseload_read(self, rows: list[CaseloadRow]) -> None:
        self.caseload.proxy.set_filters(today=self.ctx.today())
        self.caseload.set_rows(rows)
        settle_after_next_paint(self.caseload.table.viewport())  # the start-up's end
        if self.scope is not None:
            self.tabs.setTabText(0, QCoreApplication.translate("Scope", SCOPE_TITLES[self.scope]))
        self._after_rows_changed(None)

    def _on_read_failed(self, exc: BaseException) -> None:
        settle_after_next_paint(self)
        show_error(self, exc)

    def _on_bus_changed(self, change: Change) -> None:
        if change.touches(*RELOAD_PARTS):
            self.refresh()
        elif change.family_id is not None and change.caseload_row and self._may_show(change):
            self._update_row(change.family_id)

    def _may_show(self, change: Change) -> bool:
        """False when ``change`` cannot put its family in this caseload (nor is it there).

        Only a change of the family itself (status, specialist, a new family) brings a family
        into a caseload; a colleague's note for a family not listed here is not read again.
        """
        assert change.family_id is not None
        shown = self.caseload.model.row_of_family(change.family_id) >= 0
        return shown or change.touches(Part.FAMILY) or self._caseload_reads.busy

    def _update_row(self, family_id: int) -> None:
        """Read the family's caseload row again and put it in place of the old one."""
        if self._caseload_reads.busy:  # the table being read may predate this change
            self.refresh()
            return
        svc, scope, closed = self.ctx.svc, self.scope, self._show_closed()
        if scope is None:
            return

        def read() -> CaseloadRow | None:
            row = caseload_row(svc, scope, family_id)
            hidden = row is not None and row.status is FamilyStatus.CLOSED and not closed
            return None if hidden else row

        run_task(
            self.ctx.runner,
            read,
            lambda row: self._on_row_read(family_id, row),
            self._on_read_failed,
            self,
        )

    def _on_row_read(self, family_id: int, row: CaseloadRow | None) -> None:
        self.caseload.update_family(family_id, row)
        self._after_rows_changed(family_id)

    def _after_rows_changed(self, family_id: int | None) -> None:
        """After the rows of all families (None) or of one changed: select what was asked for."""
        pending = self._select_after_update
        if pending is not None and family_id in (None, pending):
            self._select_after_update = None
            self.caseload.select_family(pending)
        self.update_actions()

    def select_family(self, family_id: int) -> None:
        """Select the family in the caseload, now or once its row (being read) arrives."""
        if not self.caseload.select_family(family_id):
            self._select_after_update = family_id

    def set_scope(self, scope: Scope) -> None:
        self.scope = scope
        self.main_actions.scope_actions[scope].setChecked(True)
        self.refresh()

    def _update_summary(self) -> None:
        rows = self.caseload.model.rows()
        overdue = sum(r.overdue for r in rows)
        alerts = sum(r.open_alerts for r in rows)
        shown = sum(r.status is not FamilyStatus.CLOSED for r in rows)
        counts = month_counts(rows, self.ctx.today())
        self.summary_label.setText(CountWords().caseload_line(shown, counts, overdue, alerts))

    def update_actions(self, *_args: object) -> None:
        """Enable the Family menu's actions for the current family; never close the caseload."""
        self.main_actions.update_enabled(
            self.family_tabs.current_status(),
            self.tabs.currentIndex() > 0,
            self.family_tabs.current_relation(),
        )

    # Slots of the File, Edit, View and Help menus -------------------------
    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.caseload.focus_search()

    def focus_record_search(self) -> None:
        """Ctrl+Shift+F: the cursor into the toolbar's search across the record."""
        self.record_search.focus()

    def toggle_show_closed(self) -> None:
        self.settings.set_value(keys.SHOW_CLOSED, self._show_closed())
        self.caseload.set_statuses(self._show_closed())
        self.refresh()

    def edit_preferences(self) -> None:
        limit = read_settings(self.ctx.svc.db).idle_lock_minutes
        if PreferencesDialog(self.settings, self, idle_limit=limit).exec():
            self.main_actions.show_closed_action.setChecked(self.settings.value(keys.SHOW_CLOSED))
            self._apply_preferences()
            self.refresh()
            self.preferences_saved.emit()

    def print_caseload(self) -> None:
        from imh_desktop.ui.caseload.export import print_caseload

        if self.scope is None or not self.ctx.exports.confirm(self, self.tr("the caseload")):
            return
        subtitle = f"{self.summary_label.text()} · printed {format_date(self.ctx.today())}"
        try:  # the print is checked and audited before the printer gets a page
            print_caseload(self, self.caseload, SCOPE_TITLES[self.scope], subtitle, self.ctx.svc)
        except Exception as exc:
            show_error(self, exc)

    def export_caseload(self) -> None:
        from imh_desktop.ui.caseload.export import export_caseload

        if not self.ctx.exports.confirm(self, self.tr("the caseload")):
            return
        suggested = Path.home() / f"caseload-{self.ctx.today()}.xlsx"
        try:  # the export is checked and audited before the file is written
            path = export_caseload(self, self.caseload, suggested, self.ctx.svc)
        except Exception as exc:
            show_error(self, exc)
            return
        if path is not None:
            self.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)

    def import_families(self) -> None:
        """File > Import…: families from a spreadsheet (ui/imports)."""
        from imh_desktop.ui.imports.wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()

    def open_by_case_number(self, text: str = "") -> None:
        """File > Open family by case number…: any family, with a reason when out of scope.

        Also offered when a search of the caseload (``text``) finds no family.
        """
        from imh_desktop.ui.family.emergency import open_by_case_number

        if may(self.ctx, Permission.LOCATE_FAMILY):
            open_by_case_number(self.ctx, self, text)

    def show_about(self) -> None:
        what = self.tr(
            "Caseloads, visit notes and reports for infant mental health home-visiting programs."
        )
        QMessageBox.about(
            self,
            self.tr("About {0}").format(APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3><p>{what}</p>",
        )
