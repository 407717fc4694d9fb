"""The main window's tabs: the caseload first, then each opened family record and the team.

The record module (and every tab it pulls in) and the team dashboard are
imported on first use, not at start-up.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QTabWidget

from imh_desktop.domain.enums import FamilyStatus
from imh_desktop.domain.errors import DomainError
from imh_desktop.ui import settings as keys
from imh_desktop.ui.errors import show_error

if TYPE_CHECKING:
    from imh_desktop.data.db import Database
    from imh_desktop.services.records import StaffRecord
    from imh_desktop.ui.caseload_view import CaseloadView
    from imh_desktop.ui.family_record import FamilyRecordWidget
    from imh_desktop.ui.settings import Settings
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


class FamilyTabsMixin:
    """Opens, finds and closes the tabs of the main window's ``tabs`` widget.

    Mixed into :class:`~imh_desktop.ui.main_window.MainWindow`, which owns the
    attributes declared here.
    """

    db: Database
    user: StaffRecord
    settings: Settings
    caseload: CaseloadView
    tabs: QTabWidget
    _today: dt.date | None

    refresh: Callable[[], None]

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
        """The family of the current record tab, else the one selected in the caseload."""
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
                self,  # the window
                "Unsaved changes",
                f"The record of the {widget.family.display_name} has changes that are not "
                "saved. Close it and lose them?",
            )
            return answer == QMessageBox.StandardButton.Yes
        return True

    def _on_close_tab_triggered(self) -> None:
        self._on_tabs_close_requested(self.tabs.currentIndex())

    def _on_tabs_close_requested(self, index: int) -> None:
        if index > 0 and self._confirm_close_tab(index):
            widget = self.tabs.widget(index)
            self.tabs.removeTab(index)
            widget.deleteLater()
