"""The main window's Reports menu: progress report, handout, caseload report, batch.

The window's context (``window.ctx``) gives the user, the clock and the
runner the caseload report and the batch work through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from imh_desktop.domain.permissions import Permission, Relation
from imh_desktop.ui.common.permissions import gate

if TYPE_CHECKING:
    from imh_desktop.services.reports import CaseloadFilters
    from imh_desktop.ui.reports.batch import BatchReportDialog
    from imh_desktop.ui.reports.preview import BackgroundPreview
    from imh_desktop.ui.reports.tab import ReportsTab
    from imh_desktop.ui.shell.main_window import MainWindow


class ReportActions(QObject):
    """Adds the report actions to ``menu`` and keeps them enabled as the selection allows."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.progress_action = self._add(
            menu, self.tr("&Progress report for the selected family…"), self._on_progress_triggered,
            self.tr("Choose a period and preview the family's progress report"),
        )  # fmt: skip
        self.handout_action = self._add(
            menu, self.tr("Family &handout for a visit…"), self._on_handout_triggered,
            self.tr("Choose a visit and preview the one-page handout for the family"),
        )  # fmt: skip
        self.handout_action.setShortcut(QKeySequence("Ctrl+Shift+H"))  # the daily path by keyboard
        menu.addSeparator()
        self.caseload_action = self._add(
            menu, self.tr("&Caseload report…"), self._on_caseload_triggered,
            self.tr("Preview the caseload as filtered now, as a PDF report"),
        )  # fmt: skip
        self.batch_action = self._add(
            menu, self.tr("&Batch progress reports…"), self._on_batch_triggered,
            self.tr("Write progress reports for many families at once"),
        )  # fmt: skip
        menu.setToolTipsVisible(True)  # a disabled report says why
        self.batch_dialog: BatchReportDialog | None = None
        self.caseload_job: BackgroundPreview | None = None
        window.caseload.selection_changed.connect(self._on_selection_changed)
        window.tabs.currentChanged.connect(self._on_selection_changed)
        self._on_selection_changed()

    def _add(self, menu: QMenu, text: str, slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _reports_tab(self) -> ReportsTab | None:
        from imh_desktop.ui.reports.tab import ReportsTab  # loaded with the family record

        family_id = self.window.current_family_id()
        record = self.window.open_family(family_id) if family_id is not None else None
        tab = getattr(record, "reports_tab", None)
        if record is None or not isinstance(tab, ReportsTab):
            return None
        record.tabs.setCurrentWidget(tab)
        return tab

    def caseload_filters(self) -> CaseloadFilters:
        """The caseload view's filter bar, as report filters."""
        from imh_desktop.services.reports import CaseloadFilters

        view = self.window.caseload
        return CaseloadFilters(
            specialist_id=view.specialist_combo.currentData(),
            status=view.status_combo.currentData(),
            overdue_only=view.due_combo.currentData() == "overdue",
            alerts_only=view.alerts_check.isChecked(),
            unsigned_only=view.unsigned_check.isChecked(),
        )

    # Slots -----------------------------------------------------------------
    def _on_selection_changed(self, *_args: object) -> None:
        has = self.window.current_family_id() is not None
        relation = self.window.family_tabs.current_relation() if has else Relation.OWN
        for action in (self.progress_action, self.handout_action):
            gate(action, self.ctx, Permission.REPORT, relation, enabled=has)
        for action in (self.caseload_action, self.batch_action):
            gate(action, self.ctx, Permission.REPORT, Relation.OWN)

    def _on_progress_triggered(self) -> None:
        tab = self._reports_tab()
        if tab is not None:
            tab.period_combo.setFocus()

    def _on_handout_triggered(self) -> None:
        tab = self._reports_tab()
        if tab is not None:
            tab.visit_combo.setFocus()

    def _on_caseload_triggered(self) -> None:
        from imh_desktop.reports.caseload import render_caseload_report
        from imh_desktop.services.reports import CaseloadReportData, caseload_report_data
        from imh_desktop.ui.reports.preview import BackgroundPreview, audit_for

        svc, scope, filters = self.ctx.svc, self.window.scope, self.caseload_filters()
        if scope is None:
            return
        shown: list[int] = []  # the families in the report, for the save or print's audit row

        def gather() -> CaseloadReportData:
            data = caseload_report_data(svc, scope, filters)
            shown.extend(r.family_id for r in data.rows)
            return data

        def audit(kind: str) -> None:
            audit_for(svc, "caseload_report", shown)(kind)

        name = f"Caseload {self.ctx.today():%Y-%m-%d}.pdf"
        # A whole team's caseload is a hundred pages: render it off the GUI thread.
        self.caseload_job = BackgroundPreview(
            self.ctx,
            gather,
            render_caseload_report,
            name,
            self.tr("Caseload report"),
            self.window,
            audit,
        )

    def _on_batch_triggered(self) -> None:
        from imh_desktop.ui.reports.batch import BatchReportDialog

        w = self.window
        self.batch_dialog = BatchReportDialog(self.ctx, w.caseload.model.rows(), parent=w)
        self.batch_dialog.open()
