"""The visit editor's content as plain JSON, both ways, and as the service's input.

A draft stores what ``read_state`` returns; ``write_state`` puts a stored note or
a draft back into the editor's widgets; ``note_state`` turns a saved note into
the same form; ``to_note_input`` is what Save sends to the service.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from imh_desktop.domain.enums import VisitMode, VisitOutcome
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.visits.records import GoalRating, NoteInput, NoteRecord
from imh_desktop.ui.visits.editor_layout import EditorLayout
from imh_desktop.ui.visits.sections import from_qtime, to_qtime

TEXT_FIELDS = (
    "observation", "caregiver_response", "child_presentation", "plan", "reflection",
    "family_note",
)  # fmt: skip


def note_state(note: NoteRecord | None, today: dt.date) -> dict[str, Any]:
    """A saved note (None: a new one, dated ``today``) in the editor's JSON form."""
    if note is None:
        return {"visit_date": today.isoformat()}
    v = note.visit
    outcome = VisitOutcome.COMPLETED if v.outcome is VisitOutcome.PLANNED else v.outcome
    state: dict[str, Any] = {name: getattr(v, name) for name in TEXT_FIELDS}
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
    return state


def read_state(ui: EditorLayout) -> dict[str, Any]:
    """The editor's content as plain JSON (what a draft stores)."""
    d = ui.details
    state: dict[str, Any] = {name: ui.sections[name].value() for name in TEXT_FIELDS}
    next_date = ui.next_visit_date()
    state.update(
        visit_date=d.visit_date().isoformat(),
        start_time=from_qtime(d.start.time()).strftime("%H:%M"),
        duration=d.duration.value() or None,
        mode=d.mode_value().value, outcome=d.outcome_value().value,
        cancel_reason=d.reason.text(), participants=ui.present.value(),
        services=list(ui.services.value()),
        ratings=[[r.goal_id, r.rating, r.note] for r in ui.goals.value()],
        next_visit_date=next_date.isoformat() if next_date else None,
        next_visit_time=from_qtime(ui.next_time.time()).strftime("%H:%M"),
    )  # fmt: skip
    return state


def write_state(ui: EditorLayout, state: dict[str, Any], default_next: dt.date) -> None:
    """Put ``state`` into the widgets; with no next visit in it, ``default_next`` is offered."""
    d = ui.details
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
    ui.next_date.set_value(dt.date.fromisoformat(next_date) if next_date else default_next)
    next_time = state.get("next_visit_time")
    ui.next_time.setTime(to_qtime(dt.time.fromisoformat(next_time) if next_time else None))
    ui.on_next_toggled()


def to_note_input(ui: EditorLayout) -> NoteInput:
    """What Save sends to the service."""
    s, d = read_state(ui), ui.details
    visit = VisitInput(
        visit_date=d.visit_date(), outcome=d.outcome_value(), mode=d.mode_value(),
        start_time=from_qtime(d.start.time()), duration_minutes=s["duration"],
        cancel_reason=s["cancel_reason"],
        **{name: s[name] for name in TEXT_FIELDS},
        services=tuple(s["services"]),
        next_visit_date=dt.date.fromisoformat(s["next_visit_date"])
        if s["next_visit_date"] else None,
    )  # fmt: skip
    next_time = from_qtime(ui.next_time.time()) if visit.next_visit_date else None
    return NoteInput(visit, s["participants"], ui.goals.value(), next_time)
