"""The visit note editor: write, save, sign, amend; drafts autosave so nothing is lost.

Contract: every change restarts a 3-second timer that saves a draft (and
closing saves one too); Save writes the note and its goal ratings in one
service call and drops the draft; a signed note opens read-only and only
takes amendments. Errors from the services show in the banner at the top.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from imh_desktop.domain.enums import GoalStatus, Role, VisitMode, VisitOutcome
from imh_desktop.domain.errors import ConflictError, DomainError
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services import families, goals, notes, screenings
from imh_desktop.services.note_records import GoalRating, NoteInput, NoteRecord
from imh_desktop.services.records import StaffRecord
from imh_desktop.ui.note_dialogs import AmendDialog, ConflictDialog
from imh_desktop.ui.screening_dialog import ScreeningDialog
from imh_desktop.ui.visit_editor_layout import EditorLayout, history_html, local_time
from imh_desktop.ui.visit_sections import from_qtime, to_qtime
from imh_desktop.ui.widgets import format_date

TEXT_FIELDS = ("observation", "caregiver_response", "child_presentation", "plan", "reflection")


class VisitNoteEditor(QWidget):
    """Editor of one visit note of one family (a new note when ``visit_id`` is None)."""

    saved = Signal(int)
    signed = Signal(int)
    AUTOSAVE_MS = 3000

    def __init__(
        self, db, actor: StaffRecord, family_id: int, visit_id: int | None = None,
        parent: QWidget | None = None, today: dt.date | None = None,
        restore: bool | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.actor, self.family_id, self.visit_id = db, actor, family_id, visit_id
        self.today = today or dt.date.today()
        self.family = families.get_family(db, family_id)
        self.note: NoteRecord | None = notes.get_note(db, visit_id) if visit_id else None
        self.ui = EditorLayout(self, self.family, self.today)
        self.amend_dialog: AmendDialog | None = None
        self.screening_dialog: ScreeningDialog | None = None
        self._loading, self._dirty, self._draft_stale = True, False, False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.AUTOSAVE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._connect()
        self._load()
        self._loading = False
        if self._editable():
            self._offer_draft(restore)
        self._apply_lock()

    # --- setup ------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        for part in (ui.details, ui.present, ui.services, ui.goals, *ui.sections.values()):
            part.changed.connect(self._on_form_changed)
        ui.next_check.toggled.connect(self._on_form_changed)
        ui.next_date.dateChanged.connect(self._on_form_changed)
        ui.next_time.timeChanged.connect(self._on_form_changed)
        ui.save_button.clicked.connect(self._on_save_clicked)
        ui.sign_button.clicked.connect(self._on_sign_clicked)
        ui.cosign_button.clicked.connect(self._on_cosign_clicked)
        ui.amend_button.clicked.connect(self._on_amend_clicked)
        ui.close_button.clicked.connect(self.close)
        ui.screening_button.clicked.connect(self._on_screening_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._on_save_clicked)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.close)

    def _goal_choices(self) -> list:
        rated = {r.goal_id for r in self.note.ratings} if self.note else set()
        return [
            g for g in goals.list_goals(self.db, self.family_id)
            if g.status is GoalStatus.ACTIVE or g.id in rated
        ]  # fmt: skip

    def _load(self) -> None:
        self.ui.goals.set_goals(self._goal_choices())
        self.ui.set_tab_order()
        note = self.note
        if note is None:
            self._apply_state({"visit_date": self.today.isoformat()})
            self._refresh_side()
            return
        v = note.visit
        outcome = VisitOutcome.COMPLETED if v.outcome is VisitOutcome.PLANNED else v.outcome
        state = {name: getattr(v, name) for name in TEXT_FIELDS}
        state.update(
            visit_date=v.visit_date.isoformat(), mode=v.mode.value, outcome=outcome.value,
            start_time=v.start_time.strftime("%H:%M") if v.start_time else None,
            duration=v.duration_minutes, cancel_reason=v.cancel_reason,
            participants=v.participants, services=list(v.services),
            ratings=[[r.goal_id, r.rating, r.note] for r in note.ratings],
            next_visit_date=v.next_visit_date.isoformat() if v.next_visit_date else None,
            next_visit_time=note.next_visit_time.strftime("%H:%M") if note.next_visit_time
            else None,
        )  # fmt: skip
        self._apply_state(state)
        self._refresh_side()

    def _refresh_side(self) -> None:
        given = [s for s in screenings.list_screenings(self.db, self.family_id)
                 if self.visit_id is not None and s.visit_id == self.visit_id]  # fmt: skip
        self.ui.set_screenings(given)
        self.ui.history.setHtml(history_html(self.note))

    # --- state (also the draft payload) ------------------------------------

    def state(self) -> dict:
        """The editor's content as plain JSON (what a draft stores)."""
        d, ui = self.ui.details, self.ui
        state = {name: ui.sections[name].value() for name in TEXT_FIELDS}
        state.update(
            visit_date=d.date.value().isoformat(),
            start_time=from_qtime(d.start.time()).strftime("%H:%M"),
            duration=d.duration.value() or None,
            mode=d.mode_value().value, outcome=d.outcome_value().value,
            cancel_reason=d.reason.text(), participants=ui.present.value(),
            services=list(ui.services.value()),
            ratings=[[r.goal_id, r.rating, r.note] for r in ui.goals.value()],
            next_visit_date=ui.next_date.value().isoformat() if ui.next_check.isChecked()
            else None,
            next_visit_time=from_qtime(ui.next_time.time()).strftime("%H:%M"),
        )  # fmt: skip
        return state

    def _apply_state(self, state: dict) -> None:
        was_loading, self._loading = self._loading, True
        d, ui = self.ui.details, self.ui
        d.date.set_value(dt.date.fromisoformat(state["visit_date"]))
        start = state.get("start_time")
        d.start.setTime(to_qtime(dt.time.fromisoformat(start) if start else None))
        d.duration.setValue(state.get("duration") or 0)
        d.mode.set_value(VisitMode(state.get("mode", VisitMode.HOME.value)))
        d.outcome.set_value(VisitOutcome(state.get("outcome", VisitOutcome.COMPLETED.value)))
        d.reason.setText(state.get("cancel_reason", ""))
        ui.present.set_value(state.get("participants") or {})
        ui.services.set_value(state.get("services") or [])
        for name in TEXT_FIELDS:
            ui.sections[name].set_value(state.get(name, ""))
        ui.goals.set_value([GoalRating(g, r, n) for g, r, n in state.get("ratings", [])])
        next_date = state.get("next_visit_date")
        ui.next_check.setChecked(next_date is not None)
        if next_date:
            ui.next_date.set_value(dt.date.fromisoformat(next_date))
        else:
            ui.next_date.set_value(self.today + dt.timedelta(days=self.family.frequency.days))
        next_time = state.get("next_visit_time")
        ui.next_time.setTime(to_qtime(dt.time.fromisoformat(next_time) if next_time else None))
        ui.on_next_toggled()
        self._loading = was_loading

    def note_input(self) -> NoteInput:
        """What Save sends to the service."""
        s, d = self.state(), self.ui.details
        visit = VisitInput(
            visit_date=d.date.value(), outcome=d.outcome_value(), mode=d.mode_value(),
            start_time=from_qtime(d.start.time()), duration_minutes=s["duration"],
            cancel_reason=s["cancel_reason"],
            **{name: s[name] for name in TEXT_FIELDS},
            services=tuple(s["services"]),
            next_visit_date=dt.date.fromisoformat(s["next_visit_date"])
            if s["next_visit_date"] else None,
        )  # fmt: skip
        next_time = from_qtime(self.ui.next_time.time()) if visit.next_visit_date else None
        return NoteInput(visit, s["participants"], self.ui.goals.value(), next_time)

    # --- lock and permissions ----------------------------------------------

    def is_signed(self) -> bool:
        return self.note is not None and self.note.visit.is_signed

    def _editable(self) -> bool:
        if self.note is None:
            return True
        return not self.is_signed() and self.note.visit.specialist_id == self.actor.id

    def _apply_lock(self) -> None:
        editable = self._editable()
        self.ui.set_read_only(not editable)
        signed = self.is_signed()
        author = self.note is None or self.note.visit.specialist_id == self.actor.id
        self.ui.save_button.setEnabled(editable)
        self.ui.sign_button.setEnabled(editable and author)
        self.ui.amend_button.setVisible(signed)
        can_cosign = (
            signed and self.actor.role is Role.SUPERVISOR and not self.note.visit.cosigned_at
        )
        self.ui.cosign_button.setVisible(bool(can_cosign))
        self.ui.set_status(self.note, self.actor)
        title = f"Visit note — {self.family.display_name}"
        self.setWindowTitle(title + (" (signed)" if signed else ""))

    # --- changes and drafts ------------------------------------------------

    def _on_form_changed(self, *_args) -> None:
        if self._loading or not self._editable():
            return
        self._dirty = self._draft_stale = True
        self.ui.autosave_label.setText("Unsaved changes")
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.save_draft()

    def save_draft(self) -> bool:
        """Store the editor's state as a draft now (the timer and closing call this)."""
        if not self._draft_stale or not self._editable():
            return False
        try:
            draft = notes.save_draft(
                self.db, self.actor.id, self.family_id, self.visit_id, self.state()
            )
        except DomainError as exc:
            self.ui.autosave_label.setText(f"Draft not saved: {exc.message}")
            return False
        self._draft_stale = False
        self.ui.autosave_label.setText(f"Draft saved at {local_time(draft.saved_at):%H:%M}")
        return True

    def _offer_draft(self, restore: bool | None) -> None:
        draft = notes.load_draft(self.db, self.actor.id, self.family_id, self.visit_id)
        if draft is None:
            return
        if restore is None:
            when = local_time(draft.saved_at)
            day = "" if when.date() == dt.date.today() else f"{format_date(when.date())} "
            answer = QMessageBox.question(
                self, "Restore unsaved note",
                f"Restore the unsaved note for {draft.family_name} from {day}{when:%H:%M}?",
            )  # fmt: skip
            restore = answer == QMessageBox.StandardButton.Yes
        if restore:
            self._apply_state(draft.payload)
            self._dirty = True
            self.ui.autosave_label.setText("Restored from the unsaved draft")
        else:
            notes.discard_draft(self.db, self.actor.id, self.family_id, self.visit_id)

    # --- save, sign, amend, co-sign ----------------------------------------

    def _on_save_clicked(self) -> None:
        if self._editable():
            self.save()

    def save(self, expected_version: int | None = None) -> bool:
        """Save the note (visit + goal ratings) and drop the draft; False on refusal."""
        self.ui.clear_message()
        data = self.note_input()
        version = expected_version or (self.note.visit.version if self.note else None)
        try:
            record = notes.save_note(
                self.db, self.actor.id, self.family_id, data, self.visit_id, version, self.today
            )
        except ConflictError as exc:
            return self._on_conflict(data, exc)
        except DomainError as exc:
            self.ui.show_message(exc.message, exc.field)
            return False
        self._timer.stop()
        self.note, self.visit_id = record, record.visit.id
        self._dirty = self._draft_stale = False
        self.ui.autosave_label.setText(f"Saved at {dt.datetime.now():%H:%M}")
        self._refresh_side()
        self._apply_lock()
        self.saved.emit(record.visit.id)
        return True

    def _on_conflict(self, data: NoteInput, exc: ConflictError) -> bool:
        self.save_draft()
        if not isinstance(exc.current, NoteRecord):
            self.ui.show_message(exc.message)
            return False
        dialog = ConflictDialog(data, exc.current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return self.save(expected_version=exc.current.visit.version)
        self.ui.show_message("Not saved: someone else's version is newer. Yours is kept here.")
        return False

    def _on_sign_clicked(self) -> None:
        if not self._editable():
            return
        if (self._dirty or self.visit_id is None) and not self.save():
            return
        missing = notes.missing_for_signature(self.db, self.visit_id)
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
        try:
            self.note = notes.sign_visit(
                self.db, self.actor.id, self.visit_id, self.note.visit.version
            )
        except DomainError as exc:
            self.ui.show_message(exc.message)
            return
        self._timer.stop()
        self._dirty = self._draft_stale = False
        self._refresh_side()
        self._apply_lock()
        self.signed.emit(self.visit_id)

    def _on_cosign_clicked(self) -> None:
        try:
            self.note = notes.cosign_visit(
                self.db, self.actor.id, self.visit_id, self.note.visit.version
            )
        except DomainError as exc:
            self.ui.show_message(exc.message)
            return
        self._refresh_side()
        self._apply_lock()

    def _on_amend_clicked(self) -> None:
        self.amend_dialog = AmendDialog(self)
        self.amend_dialog.buttons.accepted.disconnect()
        self.amend_dialog.buttons.accepted.connect(self._on_amend_accepted)
        self.amend_dialog.open()

    def _on_amend_accepted(self) -> None:
        dialog = self.amend_dialog
        section, reason, text = dialog.values()
        try:
            notes.amend_visit(self.db, self.actor.id, self.visit_id, section, reason, text)
        except DomainError as exc:
            dialog.show_error(exc.message)
            return
        dialog.accept()
        self.note = notes.get_note(self.db, self.visit_id)
        self._refresh_side()

    # --- screenings ----------------------------------------------------------

    def _on_screening_clicked(self) -> None:
        if self.visit_id is None and not self.save():
            return
        given_on = self.ui.details.date.value()
        self.screening_dialog = ScreeningDialog(
            self.db, self.actor, self.family, visit_id=self.visit_id, given_on=given_on,
            today=self.today, parent=self,
        )  # fmt: skip
        self.screening_dialog.recorded.connect(self._on_screening_recorded)
        self.screening_dialog.open()

    def _on_screening_recorded(self, _screening_id: int) -> None:
        if self._editable() and "screening" not in self.ui.services.value():
            self.ui.services.boxes["screening"].setChecked(True)
        self._refresh_side()

    # --- closing -------------------------------------------------------------

    def ask_on_close(self) -> str:
        """Ask what to do with unsaved changes: "save", "draft", "discard" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Question, "Unsaved note",
                          "This note has changes that are not saved yet.", parent=self)  # fmt: skip
        choices = {
            box.addButton("Save note", QMessageBox.ButtonRole.AcceptRole): "save",
            box.addButton("Keep as draft", QMessageBox.ButtonRole.ActionRole): "draft",
            box.addButton("Discard changes", QMessageBox.ButtonRole.DestructiveRole): "discard",
            box.addButton(QMessageBox.StandardButton.Cancel): "cancel",
        }
        box.setInformativeText("A draft is offered back the next time you open this note.")
        box.exec()
        return choices.get(box.clickedButton(), "cancel")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and self._editable():
            choice = self.ask_on_close()
            if choice == "cancel" or (choice == "save" and not self.save()):
                event.ignore()
                return
            if choice == "discard":
                self._timer.stop()
                notes.discard_draft(self.db, self.actor.id, self.family_id, self.visit_id)
                self._dirty = self._draft_stale = False
        self.save_draft()
        self._timer.stop()
        event.accept()


def open_visit_editor(
    parent: QWidget, db, actor: StaffRecord, family_id: int, visit_id: int | None = None
) -> VisitNoteEditor:
    """Open (or raise, when already open) the editor of a note as its own window."""
    for editor in parent.findChildren(VisitNoteEditor):
        if editor.family_id == family_id and editor.visit_id == visit_id and editor.isVisible():
            editor.raise_()
            editor.activateWindow()
            return editor
    editor = VisitNoteEditor(db, actor, family_id, visit_id, parent=parent)
    editor.show()
    return editor
