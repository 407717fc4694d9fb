"""The Family menu's commands: new, open, edit, close, reopen, hold, reassign, visits.

Every change is published on the context's change bus by the dialog (or, for
hold and reopen, by this controller) once it is saved; the caseload and any
open record update themselves from there. The dialogs are imported when first
asked for, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from imh_desktop import APP_NAME
from imh_desktop.domain.enums import FamilyStatus
from imh_desktop.domain.errors import ConflictError, DomainError
from imh_desktop.services.admin.staff import list_staff
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import families
from imh_desktop.ui.common.conflict import Choice
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.family.conflicts import resolve_case

if TYPE_CHECKING:
    from imh_desktop.services.common.context import ServiceContext
    from imh_desktop.services.common.records import FamilyRecord, StaffRecord
    from imh_desktop.ui.common.context import AppContext
    from imh_desktop.ui.family.form_dialog import FormDialog
    from imh_desktop.ui.shell.main_window import MainWindow

StatusChange = Callable[["ServiceContext", int, int], "FamilyRecord"]


class FamilyCommands(QObject):
    """Slots of the Family menu, acting on the current record or the caseload's selection."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window

    def _staff(self) -> list[StaffRecord]:
        """Active staff, read when a dialog needs them (someone may have been added)."""
        return list_staff(self.ctx.svc)

    def _family_for_dialog(self) -> FamilyRecord | None:
        family_id = self.window.current_family_id()
        if family_id is None:
            return None
        try:
            return families.get_family(self.ctx.svc, family_id)
        except DomainError as exc:
            show_error(self.window, exc)
            self.window.refresh()
            return None

    def _run(self, dialog: FormDialog, family: Callable[[], FamilyRecord | None]) -> None:
        """Show ``dialog``; once it saved (and published), select the family in the caseload."""
        if dialog.exec():
            saved = family()
            if saved is not None:
                self.window.select_family(saved.id)

    def new_family(self) -> None:
        from imh_desktop.ui.family.dialogs import FamilyDialog

        dialog = FamilyDialog(self.ctx, self._staff(), parent=self.window)
        self._run(dialog, lambda: dialog.record)

    def open_family(self) -> None:
        family_id = self.window.current_family_id()
        if family_id is not None:
            self.window.open_family(family_id)

    def edit_family(self) -> None:
        from imh_desktop.ui.family.dialogs import FamilyDialog

        family = self._family_for_dialog()
        if family is not None:
            dialog = FamilyDialog(self.ctx, self._staff(), family, parent=self.window)
            self._run(dialog, lambda: dialog.record)

    def close_case(self) -> None:
        from imh_desktop.ui.family.case_dialogs import CloseCaseDialog

        family = self._family_for_dialog()
        if family is not None:
            dialog = CloseCaseDialog(self.ctx, family, parent=self.window)
            self._run(dialog, lambda: dialog.family)

    def reassign(self) -> None:
        from imh_desktop.ui.family.case_dialogs import ReassignDialog

        family = self._family_for_dialog()
        if family is not None:
            dialog = ReassignDialog(self.ctx, family, self._staff(), parent=self.window)
            self._run(dialog, lambda: dialog.family)

    def _change_status(self, change: StatusChange, question: str, status: FamilyStatus) -> None:
        family = self._family_for_dialog()
        if family is None:
            return
        text = question.format(name=family.display_name, case=family.case_number)
        if QMessageBox.question(self.window, APP_NAME, text) != QMessageBox.StandardButton.Yes:
            return
        self._apply_status(change, family, status)

    def _apply_status(
        self, change: StatusChange, family: FamilyRecord, status: FamilyStatus
    ) -> None:
        """Change the status from the version loaded; on a conflict, compare and choose."""
        try:
            change(self.ctx.svc, family.id, family.version)
        except ConflictError as exc:
            choice, theirs = resolve_case(self.window, self.ctx, family, {"status": status})
            if theirs is None:
                show_error(self.window, exc)
            elif choice is Choice.MINE:
                self._apply_status(change, theirs, status)
            elif choice is Choice.THEIRS:
                self.ctx.bus.publish(Change.of(family.id, Part.FAMILY))
            return
        except Exception as exc:
            show_error(self.window, exc)
            return
        self.ctx.bus.publish(Change.of(family.id, Part.FAMILY))

    def reopen(self) -> None:
        self._change_status(
            families.reopen_family, "Reopen the case of the {name} ({case})?", FamilyStatus.ACTIVE
        )

    def hold(self) -> None:
        self._change_status(
            families.hold_family, "Put the case of the {name} ({case}) on hold?",
            FamilyStatus.ON_HOLD,
        )  # fmt: skip

    def show_visits(self) -> None:
        family_id = self.window.current_family_id()
        record = self.window.open_family(family_id) if family_id is not None else None
        if record is not None:
            record.tabs.setCurrentWidget(record.visits_tab)
