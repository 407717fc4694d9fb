"""The main window's tabs: the caseload first, then each opened family record and the team.

The record module (and every tab it pulls in) and the team dashboard are
imported on first use, not at start-up.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QTabWidget

from imh_desktop.domain.enums import FamilyStatus
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.domain.permissions import OUT_OF_SCOPE, Permission, Relation
from imh_desktop.ui.common import settings as keys
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.permissions import may

if TYPE_CHECKING:
    from imh_desktop.ui.common.context import AppContext
    from imh_desktop.ui.family.record import FamilyRecordWidget
    from imh_desktop.ui.search.view import SearchView
    from imh_desktop.ui.shell.main_window import MainWindow
    from imh_desktop.ui.team.measures import MeasuresView
    from imh_desktop.ui.team.view import TeamView

_RECORD_MODULE = "imh_desktop.ui.family.record"


def as_record(widget: object) -> FamilyRecordWidget | None:
    """``widget`` if it is a family record, else None.

    The record module (and every tab it pulls in) is imported on first use, not
    at start-up; until then no widget can be a record.
    """
    module = sys.modules.get(_RECORD_MODULE)
    if module is not None and isinstance(widget, module.FamilyRecordWidget):
        return cast("FamilyRecordWidget", widget)
    return None


class FamilyTabs(QObject):
    """Opens, finds and closes the tabs of ``window.tabs`` (tab 0, the caseload, stays)."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window

    @property
    def tabs(self) -> QTabWidget:
        return self.window.tabs

    def record_tab(self, family_id: int) -> FamilyRecordWidget | None:
        """The open record of ``family_id``, if any."""
        for index in range(1, self.tabs.count()):
            record = as_record(self.tabs.widget(index))
            if record is not None and record.family_id == family_id:
                return record
        return None

    def open_family(self, family_id: int) -> FamilyRecordWidget | None:
        """Open the family's record in a tab, or bring its open tab forward."""
        record = self.record_tab(family_id)
        if record is None:
            record = self._new_record(family_id)
            if record is None:
                return None
        self.tabs.setCurrentWidget(record)
        return record

    def _refused(self, family_id: int, exc: BaseException) -> bool:
        """A refused open of a family out of scope: offer emergency access; True when granted."""
        from imh_desktop.ui.family.emergency import ask_emergency_access

        if not isinstance(exc, PermissionDeniedError):
            return False
        if not may(self.ctx, Permission.EMERGENCY_ACCESS) or exc.field != OUT_OF_SCOPE:
            return False
        return ask_emergency_access(self.ctx, self.window, family_id)

    def _new_record(self, family_id: int, retry: bool = True) -> FamilyRecordWidget | None:
        from imh_desktop.ui.family.record import FamilyRecordWidget

        try:
            record = FamilyRecordWidget(self.ctx, family_id)
        except DomainError as exc:
            show_error(self.window, exc)
            return None
        if record.family is None and record.load_error is not None:
            error = record.load_error  # read at once (a synchronous runner)
            record.deleteLater()
            if retry and self._refused(family_id, error):
                return self._new_record(family_id, retry=False)
            show_error(self.window, error)
            return None
        settings = self.window.settings
        splitter = record.overview_splitter
        state = settings.value(keys.RECORD_SPLITTER)
        if not state.isEmpty():
            splitter.restoreState(state)
        splitter.splitterMoved.connect(
            lambda *_: settings.set_value(keys.RECORD_SPLITTER, splitter.saveState())
        )
        record.loaded.connect(lambda: self._on_record_loaded(record))
        record.load_failed.connect(lambda exc: self._on_record_load_failed(record, exc))
        self.tabs.addTab(record, self.tr("Loading…"))
        self._on_record_loaded(record)
        return record

    def _on_record_loaded(self, record: FamilyRecordWidget) -> None:
        index = self.tabs.indexOf(record)
        if index > 0 and record.family is not None:
            self.tabs.setTabText(index, record.family.display_name)
            self.tabs.setTabToolTip(index, record.family.case_number)
        self.window.update_actions()

    def _on_record_load_failed(self, record: FamilyRecordWidget, exc: BaseException) -> None:
        index = self.tabs.indexOf(record)
        never_shown = record.family is None and index > 0
        if never_shown:  # nothing to keep open
            self.tabs.removeTab(index)
            record.deleteLater()
        if never_shown and self._refused(record.family_id, exc):
            self.open_family(record.family_id)
            return
        show_error(self.window, exc)

    def open_team(self) -> TeamView:
        """Open the team dashboard in a tab, or bring its open tab forward."""
        from imh_desktop.ui.team.view import TeamView

        for index in range(1, self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, TeamView):
                self.tabs.setCurrentWidget(widget)
                return widget
        view = TeamView(self.ctx)
        view.family_open_requested.connect(self.open_family)
        view.measures_requested.connect(self.open_measures)
        self.tabs.setCurrentIndex(self.tabs.addTab(view, self.tr("Team")))
        return view

    def open_measures(self) -> MeasuresView:
        """Open the program measures in a tab, or bring its open tab forward."""
        from imh_desktop.ui.team.measures import MeasuresView

        for index in range(1, self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, MeasuresView):
                self.tabs.setCurrentWidget(widget)
                return widget
        view = MeasuresView(self.ctx)
        view.family_open_requested.connect(self.open_family)
        self.tabs.setCurrentIndex(self.tabs.addTab(view, self.tr("Measures")))
        return view

    def open_search(self) -> SearchView:
        """Open the search across the record in a tab (or bring it forward), its field focused."""
        from imh_desktop.ui.search.opening import open_hit
        from imh_desktop.ui.search.view import SearchView

        for index in range(1, self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, SearchView):
                self.tabs.setCurrentWidget(widget)
                widget.focus_field()
                return widget
        view = SearchView(self.ctx)
        view.hit_activated.connect(lambda hit, query: open_hit(self.ctx, self.window, hit, query))
        self.tabs.setCurrentIndex(self.tabs.addTab(view, self.tr("Search")))
        view.focus_field()
        return view

    def current_family_id(self) -> int | None:
        """The family of the current record tab, else the one selected in the caseload."""
        record = as_record(self.tabs.currentWidget())
        if record is not None:
            return record.family_id
        return self.window.caseload.selected_family_id()

    def current_relation(self) -> Relation | None:
        """How the user stands to the current record's family, else to the family selected."""
        record = as_record(self.tabs.currentWidget())
        if record is not None:
            return record.family.relation if record.family is not None else None
        caseload = self.window.caseload
        family_id = caseload.selected_family_id()
        row = caseload.model.row_of_family(family_id) if family_id is not None else -1
        return caseload.model.row_record(row).relation if row >= 0 else None

    def current_status(self) -> FamilyStatus | None:
        """The status of the current record's family, else of the family selected."""
        record = as_record(self.tabs.currentWidget())
        if record is not None:
            return record.family.status if record.family is not None else None
        caseload = self.window.caseload
        family_id = caseload.selected_family_id()
        row = caseload.model.row_of_family(family_id) if family_id is not None else -1
        return caseload.model.row_record(row).status if row >= 0 else None

    def confirm_close(self, index: int) -> bool:
        """True when tab ``index`` may close: no unsaved edits, or the user lets them go."""
        widget = as_record(self.tabs.widget(index))
        if widget is not None and widget.has_unsaved_changes():
            name = widget.family.display_name if widget.family is not None else self.tr("family")
            answer = QMessageBox.question(
                self.window,
                "Unsaved changes",
                f"The record of the {name} has changes that are not saved. Close it and lose them?",
            )
            return answer == QMessageBox.StandardButton.Yes
        return True

    def confirm_close_all(self) -> bool:
        """Ask about every open tab, last first; False as soon as one must stay."""
        return all(self.confirm_close(index) for index in range(self.tabs.count() - 1, 0, -1))

    def close_current(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def close_tab(self, index: int) -> None:
        """Close tab ``index`` (never the caseload), asking first about unsaved edits."""
        if index > 0 and self.confirm_close(index):
            widget = self.tabs.widget(index)
            self.tabs.removeTab(index)
            if widget is not None:
                widget.deleteLater()
