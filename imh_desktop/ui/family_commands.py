"""The main window's Family menu: new, open, edit, close, reopen, hold, reassign, visits.

The dialogs are imported when first asked for, not at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox

from imh_desktop import APP_NAME
from imh_desktop.domain.errors import DomainError
from imh_desktop.services import families
from imh_desktop.ui.errors import show_error

if TYPE_CHECKING:
    from imh_desktop.data.db import Database
    from imh_desktop.services.records import FamilyRecord, StaffRecord
    from imh_desktop.ui.caseload_view import CaseloadView
    from imh_desktop.ui.family_record import FamilyRecordWidget


class FamilyCommandsMixin:
    """Slots of the Family menu, mixed into the main window (which owns these attributes)."""

    db: Database
    user: StaffRecord
    staff: list[StaffRecord]
    caseload: CaseloadView
    _today: dt.date | None
    refresh: Callable[[], None]
    current_family_id: Callable[[], int | None]
    open_family: Callable[[int], FamilyRecordWidget | None]
    _after_change: Callable[[int], None]

    def _family_for_dialog(self) -> FamilyRecord | None:
        family_id = self.current_family_id()
        if family_id is None:
            return None
        try:
            return families.get_family(self.db, family_id)
        except DomainError as exc:
            show_error(self, exc)
            self.refresh()
            return None

    def _run_family_dialog(self, dialog: QDialog) -> None:
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

    def _change_status(self, change: Callable[..., object], question: str) -> None:
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
