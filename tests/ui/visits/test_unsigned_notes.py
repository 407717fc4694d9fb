"""The list of the signed-in user's unsigned notes: deadline status, opening a note."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.visits import notes
from imh_desktop.services.visits.records import NoteInput
from imh_desktop.ui.visits.editor import VisitNoteEditor
from imh_desktop.ui.visits.unsigned_notes import UnsignedNotesDialog

pytestmark = [pytest.mark.ui, pytest.mark.usefixtures("keep_drafts_on_close")]


def test_unsigned_notes_list_opens_the_note(qtbot, ctx, svc, family, qtmodeltester):
    friday = dt.date(2026, 11, 20)
    saved = notes.save_note(svc, family.id, NoteInput(VisitInput(friday, observation="x")))
    dialog = UnsignedNotesDialog(ctx)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    row = [dialog.model.data(dialog.model.index(0, c)) for c in range(7)]
    assert row == [
        "20 Nov 2026",
        "Nguyễn family",
        family.case_number,
        "Completed",
        "5 days",
        "3",
        "Late",
    ]
    assert "1 past the signing deadline" in dialog.summary.text()
    notes.save_note(svc, family.id, NoteInput(VisitInput(dt.date(2026, 11, 25), observation="y")))
    dialog.refresh()
    deadlines = {dialog.model.data(dialog.model.index(r, 6)) for r in range(2)}
    assert deadlines == {"Late", "2 working days left"}  # never an empty column
    dialog._on_table_double_clicked(dialog.model.index(0, 1))
    [editor] = dialog.findChildren(VisitNoteEditor)  # a window of its own, owned by the dialog
    assert editor.visit_id == saved.visit.id and editor.ui.sections["observation"].value() == "x"
