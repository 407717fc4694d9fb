"""The visit note editor: write, save, sign, amend; drafts autosave so nothing is lost.

Contract: the editor opens at once and fills in when its first read (family,
note, goals, screenings, draft) comes back from ``ctx.runner``. Every change
restarts a 3-second timer that writes a draft through the runner, one write
at a time (``note_autosave``); closing writes the last one synchronously.
Save writes the note and its goal ratings in one service call and drops the
draft; a signed note opens read-only and only takes amendments. Each write
publishes a ``Change`` on ``ctx.bus``. Errors from the services show in the
banner at the top.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import ConflictError, DomainError, StorageError
from imh_desktop.domain.permissions import Permission as P
from imh_desktop.domain.permissions import Relation as R
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.common.records import FamilyRecord
from imh_desktop.services.screenings import results as screenings
from imh_desktop.services.visits import notes
from imh_desktop.services.visits.records import DraftRecord, NoteInput, NoteRecord
from imh_desktop.ui.calendar.plan_warning import PlanWarning
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.local_format import format_date
from imh_desktop.ui.common.permissions import gate
from imh_desktop.ui.common.tasks import run_task
from imh_desktop.ui.family.referral_dialog import ReferralDialog
from imh_desktop.ui.screenings.dialog import ScreeningDialog
from imh_desktop.ui.screenings.safety import ensure_safety_checks
from imh_desktop.ui.visits.autosave import DraftAutosave
from imh_desktop.ui.visits.editor_data import EditorData, given_at, read_editor_data
from imh_desktop.ui.visits.editor_layout import EditorLayout, history_html, local_time
from imh_desktop.ui.visits.editor_state import note_state, read_state, to_note_input, write_state
from imh_desktop.ui.visits.note_conflicts import resolve_draft, resolve_note
from imh_desktop.ui.visits.note_dialogs import AmendDialog
from imh_desktop.ui.visits.save_failed import wants_retry
from imh_desktop.ui.visits.sections import from_qtime


class VisitNoteEditor(QWidget):
    """Editor of one visit note of one family (a new note when ``visit_id`` is None)."""

    AUTOSAVE_MS = 3000
    family: FamilyRecord  # set once the first read is back
    loaded = Signal()  # the note is shown (the first read is back)

    def __init__(
        self, ctx: AppContext, family_id: int, visit_id: int | None = None,
        parent: QWidget | None = None, restore: bool | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx, self.family_id, self.visit_id = ctx, family_id, visit_id
        self.note: NoteRecord | None = None
        self.ui = EditorLayout(self)
        self.amend_dialog: AmendDialog | None = None
        self.screening_dialog: ScreeningDialog | None = None
        self.referral_dialog: ReferralDialog | None = None
        self._restore = restore
        self._loading, self._ready, self._closed, self._dirty = True, False, False, False
        self._leaving = False  # signing out: close even with a draft conflict undecided
        self.autosave = DraftAutosave(
            ctx, family_id, self._draft_snapshot, self.AUTOSAVE_MS, parent=self
        )
        self.autosave.status.connect(self.ui.autosave_label.setText)
        self.autosave.conflict.connect(self._on_draft_conflict)
        self._connect()
        ctx.bus.remote.connect(self._on_colleague_change)
        self.apply_lock()
        self.ui.autosave_label.setText(self.tr("Loading…"))
        svc = ctx.svc
        run_task(
            ctx.runner,
            lambda: read_editor_data(svc, family_id, visit_id),
            self._on_data_loaded,
            self._on_read_failed,
            self,
        )

    # --- setup ------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        parts = (ui.details.changed, ui.present.changed, ui.services.changed, ui.goals.changed)
        for changed in (*parts, *(section.changed for section in ui.sections.values())):
            changed.connect(self._on_form_changed)
        ui.next_check.toggled.connect(self._on_form_changed)
        ui.next_date.dateChanged.connect(self._on_form_changed)
        ui.next_time.timeChanged.connect(self._on_form_changed)
        # Double bookings and hours outside the working day, said while planning (calendar).
        self.next_warning = PlanWarning(self.ctx, quiet_when_ok=True)
        ui.next_box_layout.addWidget(self.next_warning)
        for changed in (ui.next_check.toggled, ui.next_date.dateChanged, ui.next_time.timeChanged):
            changed.connect(self._on_next_visit_changed)
        ui.save_button.clicked.connect(self._on_save_clicked)
        ui.sign_button.clicked.connect(self._on_sign_clicked)
        ui.cosign_button.clicked.connect(self._on_cosign_clicked)
        ui.amend_button.clicked.connect(self._on_amend_clicked)
        ui.close_button.clicked.connect(self.close)
        ui.screening_button.clicked.connect(self._on_screening_clicked)
        ui.referral_button.clicked.connect(self._on_referral_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self._on_save_clicked)
        QShortcut(QKeySequence("Ctrl+W"), self).activated.connect(self.close)

    def _on_data_loaded(self, data: EditorData) -> None:
        if self._closed:
            return
        self.family, self.note = data.family, data.note
        self.ui.set_family(data.family, self.ctx.today())
        self.ui.goals.set_goals(data.goals, self.ctx.today())
        self.ui.set_tab_order()
        self.apply_state(self.note_state(data.note))
        self.ui.set_screenings(data.screenings)
        self.ui.alert_banner.set_alerts(data.alerts)
        self.ui.set_previous(data.previous)
        self._show_integrity()
        self.show_history()
        self.ui.autosave_label.clear()
        self._loading, self._ready = False, True
        if self._editable():
            self._offer_draft(data.draft)
        self.apply_lock()
        self.loaded.emit()

    def is_loaded(self) -> bool:
        """True once the note is shown."""
        return self._ready

    def _on_read_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc  # unexpected: the application's error handler shows it
        self.ui.autosave_label.clear()
        self.ui.show_message(user_message(exc))

    def note_state(self, note: NoteRecord | None) -> dict[str, Any]:
        """A saved note as an editor state (what a draft stores); a new note's start."""
        return note_state(note, self.ctx.today())

    def show_history(self) -> None:
        self.ui.history.setHtml(history_html(self.note, self.ctx.clock))
        self.ui.mark_amendments(self.note, self.ctx.clock)

    def _show_integrity(self) -> None:
        """The red banner when the note was changed behind the app's back after signing."""
        self.ui.set_tampered(
            self.tr("This note was changed outside the app after it was signed."),
            self.tr("What no longer matches:"),
            self.note.integrity if self.note else (),
            self.tr(
                "What is shown may not be what was signed. Tell your administrator, who can "
                "check the whole audit trail with “imh-desktop audit verify”."
            ),
        )

    def _load_screenings(self) -> None:
        """Reload the screenings given at this visit and the open alerts (one may have opened)."""
        visit_id, svc, family_id = self.visit_id, self.ctx.svc, self.family_id
        run_task(
            self.ctx.runner,
            lambda: screenings.list_alerts(svc, family_id, open_only=True),
            self.ui.alert_banner.set_alerts,
            self._on_read_failed,
            self,
        )
        if visit_id is None:
            self.ui.set_screenings([])
            return
        run_task(
            self.ctx.runner,
            lambda: given_at(svc, family_id, visit_id),
            self.ui.set_screenings,
            self._on_read_failed,
            self,
        )

    # --- state (also the draft payload) ------------------------------------

    def state(self) -> dict[str, Any]:
        """The editor's content as plain JSON (what a draft stores)."""
        return read_state(self.ui)

    def apply_state(self, state: dict[str, Any]) -> None:
        was_loading, self._loading = self._loading, True
        write_state(
            self.ui, state, self.ctx.today() + dt.timedelta(days=self.family.frequency.days)
        )
        self._loading = was_loading

    def note_input(self) -> NoteInput:
        """What Save sends to the service."""
        return to_note_input(self.ui)

    def _draft_snapshot(self) -> tuple[int | None, dict[str, Any]]:
        return self.visit_id, self.state()

    # --- lock and permissions ----------------------------------------------

    def is_signed(self) -> bool:
        return self.note is not None and self.note.visit.is_signed

    def _is_author(self) -> bool:
        return self.note is None or self.note.visit.specialist_id == self.ctx.user.id

    def _editable(self) -> bool:
        """Open for edits: loaded, and a new note or the user's own unsigned one."""
        return self._ready and not self.is_signed() and self._is_author()

    def apply_lock(self) -> None:
        editable, signed = self._editable(), self.is_signed()
        self.ui.set_read_only(not editable)
        self.ui.save_button.setEnabled(editable)
        self.ui.sign_button.setEnabled(editable)
        self.ui.amend_button.setVisible(signed)
        can_cosign = (
            self.note is not None and signed and self.ctx.user.role is Role.SUPERVISOR
            and not self.note.visit.cosigned_at and not self._is_author()
        )  # fmt: skip
        self.ui.cosign_button.setVisible(can_cosign)
        relation = self.family.relation if self._ready else None  # the table says why not
        gate(self.ui.amend_button, self.ctx, P.AMEND, R.OWN if self._is_author() else relation)
        gate(self.ui.cosign_button, self.ctx, P.COSIGN, relation)
        # A signed note is finished: a screening is recorded with the next note, not this one.
        gate(self.ui.screening_button, self.ctx, P.WRITE_NOTE, relation, enabled=editable)
        gate(self.ui.referral_button, self.ctx, P.WRITE_NOTE, relation, enabled=editable)
        if not self._ready:
            self.setWindowTitle(self.tr("Visit note"))
            return
        self.ui.set_status(self.note, self.ctx.user, self.ctx.clock)
        title = self.tr("Visit note — {0}").format(self.family.display_name)
        self.setWindowTitle(title + (self.tr(" (signed)") if signed else ""))

    def publish(self, *parts: Part) -> None:
        self.ctx.bus.publish(Change.of(self.family_id, *parts))

    def _on_colleague_change(self, change: Change) -> None:
        """A colleague saved this family's notes: say so quietly; the text here stays as it is.

        Saving afterwards goes through the usual version check (a conflict shows both).
        """
        if self._closed or change.family_id != self.family_id or not change.touches(Part.VISITS):
            return
        self.ui.autosave_label.setText(
            self.tr("Changed by a colleague: a note of this family was saved elsewhere.")
        )

    # --- changes and drafts ------------------------------------------------

    def _on_next_visit_changed(self) -> None:
        if self._loading or not self._editable():
            return
        ui = self.ui
        day = ui.next_visit_date()
        self.next_warning.check_next_visit(self.family_id, day, from_qtime(ui.next_time.time()))

    def _on_form_changed(self, *_args: object) -> None:
        if self._loading or not self._editable():
            return
        self._dirty = True
        self.autosave.schedule()

    def _offer_draft(self, draft: DraftRecord | None) -> None:
        if draft is None:
            return
        restore = self._restore
        if restore is None:
            when = local_time(draft.saved_at, self.ctx.clock)
            day = "" if when.date() == self.ctx.today() else f"{format_date(when.date())} "
            answer = QMessageBox.question(
                self, "Restore unsaved note",
                f"Restore the unsaved note for {draft.family_name} from {day}{when:%H:%M}?",
            )  # fmt: skip
            restore = answer == QMessageBox.StandardButton.Yes
        if restore:
            self.apply_state(draft.payload)
            self.autosave.version = draft.version  # the next autosave continues this draft
            self._dirty = True
            self.ui.autosave_label.setText(self.tr("Restored from the unsaved draft"))
        else:
            self.autosave.discard(self.visit_id)
            self.publish(Part.DRAFTS)

    # --- save, sign, amend, co-sign ----------------------------------------

    def _on_save_clicked(self) -> None:
        if self._editable():
            self.save()

    def save(self, expected_version: int | None = None) -> bool:
        """Save the note (visit + goal ratings) and drop the draft; False on refusal."""
        self.ui.clear_message()
        data, before = self.note_input(), self.note
        version = expected_version or (before.visit.version if before else None)
        self.autosave.settle()  # no draft write may land after the save drops the draft
        try:
            record = notes.save_note(self.ctx.svc, self.family_id, data, self.visit_id, version)
        except ConflictError as exc:
            return self._on_conflict(data, exc)
        except StorageError as exc:  # the database went away: the text stays, we say why
            name, state = self.family.display_name, self.state()
            if wants_retry(self, exc, name, state, self.ui.show_message):
                return self.save(expected_version)
            return False
        except DomainError as exc:
            self.ui.show_message(user_message(exc), exc.field)
            return False
        self.autosave.stop()
        self.note, self.visit_id = record, record.visit.id
        self._dirty = False
        self.ui.autosave_label.setText(
            self.tr("Saved at {0}").format(f"{self.ctx.clock.now():%H:%M}")
        )
        self.show_history()
        self.apply_lock()
        rated = bool(data.ratings or (before is not None and before.ratings))
        self.publish(Part.VISITS, Part.DRAFTS, *([Part.GOALS] if rated else []))
        return True

    def _on_conflict(self, data: NoteInput, exc: ConflictError) -> bool:
        self.autosave.write_now()
        return resolve_note(self, exc)

    def _on_draft_conflict(self, exc: ConflictError) -> None:
        resolve_draft(self, exc)

    def mark_saved(self) -> None:
        """The editor shows the saved note again (the user kept someone else's version)."""
        self._dirty = False
        self.show_history()
        self.apply_lock()

    def _on_sign_clicked(self) -> None:
        if not self._editable():
            return
        if (self._dirty or self.note is None) and not self.save():
            return
        assert self.note is not None and self.visit_id is not None  # saved above
        if not ensure_safety_checks(self.ctx, self.visit_id, self):
            return
        missing = notes.missing_for_signature(self.ctx.svc, self.visit_id)
        if missing:
            self.ui.show_message(
                "This note cannot be signed yet:\n" + "\n".join(f"• {m}" for m in missing)
            )
            return
        answer = QMessageBox.question(
            self, "Sign the note",
            "Sign this note now? Once signed it is locked; later changes are amendments.",
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.autosave.settle()
        try:
            self.note = notes.sign_visit(self.ctx.svc, self.visit_id, self.note.visit.version)
        except DomainError as exc:
            self.ui.show_message(user_message(exc))
            return
        self.autosave.stop()
        self._dirty = False
        self.show_history()
        self.apply_lock()
        self.publish(Part.VISITS, Part.DRAFTS)

    def _on_cosign_clicked(self) -> None:
        if self.note is None:
            return
        try:
            self.note = notes.cosign_visit(
                self.ctx.svc, self.note.visit.id, self.note.visit.version
            )
        except DomainError as exc:
            self.ui.show_message(user_message(exc))
            return
        self.show_history()
        self.apply_lock()
        self.publish(Part.VISITS)

    def _on_amend_clicked(self) -> None:
        self.amend_dialog = AmendDialog(self)
        self.amend_dialog.buttons.accepted.disconnect()
        self.amend_dialog.buttons.accepted.connect(self._on_amend_accepted)
        self.amend_dialog.open()

    def _on_amend_accepted(self) -> None:
        dialog, visit_id = self.amend_dialog, self.visit_id
        if dialog is None or visit_id is None:
            return
        section, reason, text = dialog.values()
        try:
            notes.amend_visit(self.ctx.svc, visit_id, section, reason, text)
        except DomainError as exc:
            dialog.show_error(user_message(exc))
            return
        dialog.accept()
        self.note = notes.get_note(self.ctx.svc, visit_id)
        self._show_integrity()
        self.show_history()
        self.publish(Part.VISITS)

    # --- screenings ----------------------------------------------------------

    def _on_screening_clicked(self) -> None:
        if not self._ready or (self.visit_id is None and not self.save()):
            return
        given_on = self.ui.details.date.value()
        self.screening_dialog = ScreeningDialog(
            self.ctx, self.family, visit_id=self.visit_id, given_on=given_on, parent=self
        )
        self.screening_dialog.recorded.connect(self._on_screening_recorded)
        self.screening_dialog.open()

    def _on_screening_recorded(self, _screening_id: int) -> None:
        if self._editable() and "screening" not in self.ui.services.value():
            self.ui.services.boxes["screening"].setChecked(True)
        self._load_screenings()

    def _on_referral_clicked(self) -> None:
        """A referral made at this visit (the note is saved first, so the referral links it)."""
        if not self._ready or (self.visit_id is None and not self.save()):
            return
        self.referral_dialog = ReferralDialog(
            self.ctx, self.family, visit_id=self.visit_id, parent=self
        )
        self.referral_dialog.made_on.set_value(self.ui.details.date.value())
        self.referral_dialog.accepted.connect(self._on_referral_made)
        self.referral_dialog.open()

    def _on_referral_made(self) -> None:
        if self._editable() and "referral" not in self.ui.services.value():
            self.ui.services.boxes["referral"].setChecked(True)

    # --- closing -------------------------------------------------------------

    def ask_on_close(self) -> str:
        """Ask what to do with unsaved changes: "save", "draft", "discard" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Question, "Unsaved note",
                          "This note has changes that are not saved yet.", parent=self)  # fmt: skip
        choices: dict[QAbstractButton, str] = {
            box.addButton("Save note", QMessageBox.ButtonRole.AcceptRole): "save",
            box.addButton("Keep as draft", QMessageBox.ButtonRole.ActionRole): "draft",
            box.addButton("Discard changes", QMessageBox.ButtonRole.DestructiveRole): "discard",
            box.addButton(QMessageBox.StandardButton.Cancel): "cancel",
        }
        box.setInformativeText("A draft is offered back the next time you open this note.")
        box.exec()
        return choices.get(box.clickedButton(), "cancel")

    def save_draft_now(self) -> bool:
        """Write the draft at once (the window is about to lock); True when one was stored."""
        if self._closed or not self._editable():
            return False
        return self.autosave.write_now()

    def close_keeping_draft(self) -> None:
        """Close without asking: the unsaved changes stay in the draft (signing out)."""
        self.save_draft_now()
        self._dirty, self._leaving = False, True  # kept as a draft, offered back on reopening
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and self._editable():
            choice = self.ask_on_close()
            if choice == "cancel" or (choice == "save" and not self.save()):
                event.ignore()
                return
            if choice == "discard":
                self.autosave.discard(self.visit_id)
                self._dirty = False
                self.publish(Part.DRAFTS)
        # The last draft is written here and now, after any autosave in flight.
        self.autosave.write_now()
        if self.autosave.paused and not self._leaving:  # a draft conflict left undecided
            event.ignore()
            return
        self._closed = True
        event.accept()


def open_visit_editor(
    ctx: AppContext, parent: QWidget, family_id: int, visit_id: int | None = None
) -> VisitNoteEditor:
    """Open (or raise, when already open) the editor of a note as its own window."""
    for editor in parent.findChildren(VisitNoteEditor):
        if editor.family_id == family_id and editor.visit_id == visit_id and editor.isVisible():
            editor.raise_()
            editor.activateWindow()
            return editor
    editor = VisitNoteEditor(ctx, family_id, visit_id, parent=parent)
    editor.show()
    return editor
