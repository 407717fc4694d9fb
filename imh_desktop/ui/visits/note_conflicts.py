"""The visit editor's conflicts: a note or a draft saved elsewhere after this window opened it.

Both are compared as editor states (what a draft stores), field by field, in
the shared compare-and-choose dialog (``ui.common.conflict``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from imh_desktop.domain.enums import VisitMode, VisitOutcome
from imh_desktop.domain.errors import ConflictError
from imh_desktop.services.common.changes import Part
from imh_desktop.services.visits.records import DraftRecord, NoteRecord
from imh_desktop.ui.common.conflict import Choice, ConflictDialog, FieldVersions, compare
from imh_desktop.ui.common.i18n import user_message

if TYPE_CHECKING:
    from imh_desktop.ui.visits.editor import VisitNoteEditor


def _t(text: str) -> str:
    return QCoreApplication.translate("NoteConflict", text)


def state_fields() -> dict[str, str]:
    """The editor state's keys the dialog compares, with their labels, in screen order."""
    return {
        "visit_date": QCoreApplication.translate("NoteConflict", "Visit date"), "outcome": QCoreApplication.translate("NoteConflict", "Outcome"), "mode": QCoreApplication.translate("NoteConflict", "Where"),  # noqa: E501
        "start_time": QCoreApplication.translate("NoteConflict", "Start time"), "duration": QCoreApplication.translate("NoteConflict", "Minutes"),  # noqa: E501
        "cancel_reason": QCoreApplication.translate("NoteConflict", "Reason"), "observation": QCoreApplication.translate("NoteConflict", "Observation"),  # noqa: E501
        "caregiver_response": QCoreApplication.translate("NoteConflict", "Caregiver's response"),
        "child_presentation": QCoreApplication.translate("NoteConflict", "Child's presentation"), "plan": QCoreApplication.translate("NoteConflict", "Plan"),  # noqa: E501
        "reflection": QCoreApplication.translate("NoteConflict", "Specialist's reflection"), "family_note": QCoreApplication.translate("NoteConflict", "For the family"),  # noqa: E501
        "services": QCoreApplication.translate("NoteConflict", "Services"), "ratings": QCoreApplication.translate("NoteConflict", "Goal ratings"),  # noqa: E501
        "next_visit_date": QCoreApplication.translate("NoteConflict", "Next visit"), "next_visit_time": QCoreApplication.translate("NoteConflict", "Next visit time"),  # noqa: E501
    }  # fmt: skip


def _readable(state: Mapping[str, Any]) -> dict[str, object]:
    """An editor state with its dates and choices as values a person reads."""
    values: dict[str, object] = dict(state)
    for key in ("visit_date", "next_visit_date"):
        if state.get(key):
            values[key] = dt.date.fromisoformat(state[key])
    if state.get("outcome"):
        values["outcome"] = VisitOutcome(state["outcome"])
    if state.get("mode"):
        values["mode"] = VisitMode(state["mode"])
    ratings = state.get("ratings") or []
    values["ratings"] = "; ".join(
        f"{rating}" + (f" ({note})" if note else "") for _goal, rating, note in ratings
    )
    return values


def state_rows(mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> list[FieldVersions]:
    """Two editor states, field by field."""
    return compare(state_fields(), _readable(mine), _readable(theirs))


def choose_between(
    parent: QWidget, what: str, mine: Mapping[str, Any], theirs: Mapping[str, Any], saved_by: str
) -> Choice:
    """Show the user's note beside the saved note or draft; what the user chose."""
    return ConflictDialog(what, state_rows(mine, theirs), saved_by, parent).ask()


def resolve_note(editor: VisitNoteEditor, exc: ConflictError) -> bool:
    """The note was saved elsewhere: save mine over it, show theirs, or keep editing.

    True when the note was saved. The editor has written its draft before this.
    """
    theirs = exc.current
    if not isinstance(theirs, NoteRecord):
        editor.ui.show_message(user_message(exc))
        return False
    mine, saved = editor.state(), editor.note_state(theirs)
    choice = choose_between(
        editor,
        QCoreApplication.translate("NoteConflict", "note"),
        mine,
        saved,
        theirs.author_name or "",
    )
    if choice is Choice.MINE:
        return editor.save(expected_version=theirs.visit.version)
    if choice is Choice.THEIRS:  # the editor shows the saved note; this window's draft goes
        editor.autosave.discard(editor.visit_id)
        editor.note = theirs
        editor.apply_state(saved)
        editor.mark_saved()
        editor.publish(Part.VISITS, Part.DRAFTS)
        return False
    editor.ui.show_message(
        QCoreApplication.translate(
            "NoteConflict", "Not saved: someone else's version is newer. Yours is kept here."
        )
    )
    return False


def resolve_draft(editor: VisitNoteEditor, exc: ConflictError) -> None:
    """Another window or process saved this note's draft after this one: compare, choose."""
    theirs = exc.current if isinstance(exc.current, DraftRecord) else None
    their_state = theirs.payload if theirs is not None else editor.note_state(editor.note)
    what = (
        QCoreApplication.translate("NoteConflict", "draft")
        if theirs is not None
        else QCoreApplication.translate("NoteConflict", "note (its draft is gone)")
    )
    choice = choose_between(editor, what, editor.state(), their_state, "")
    if choice is Choice.MINE:
        editor.autosave.overwrite(theirs)
    elif choice is Choice.THEIRS:
        editor.apply_state(their_state)
        editor.autosave.take_theirs(theirs)
        if theirs is None:
            editor.mark_saved()
    else:
        editor.ui.show_message(
            _t(
                "Draft paused: another window saved a newer draft of this note. Your text is "
                "still here; save the note, or close to compare again."
            )
        )
