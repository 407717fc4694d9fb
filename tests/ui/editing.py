"""Driving the visit note editor as a clinician does: open it, tick boxes, write a note.

A helper module shared by the UI tests (not a test module); the fixtures it works
with (``ctx``, ``family``, ``two_goals``) are in tests/ui/conftest.py.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from imh_desktop.ui.visits.editor import VisitNoteEditor


def open_editor(qtbot, ctx, family, visit_id=None, **kw) -> VisitNoteEditor:
    """The note editor of ``visit_id`` (a new note when None) for ``family``, shown.

    The test's ``qtbot`` holds it until the test ends: pytest-qt keeps only a weak
    reference, and a parentless window nobody holds would be deleted by the next
    garbage collection while the test still drives it.
    """
    editor = VisitNoteEditor(ctx, family.id, visit_id, **kw)
    qtbot.addWidget(editor)
    vars(qtbot).setdefault("imh_open_editors", []).append(editor)
    editor.show()
    return editor


def tick(qtbot, box):
    """Click a check box on its indicator, as a user does."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def write_note(qtbot, editor, two_goals):
    """Type an observation and a plan, tick modelling and an interpreter, rate the goals 3 and 4."""
    ui = editor.ui
    qtbot.keyClicks(ui.sections["observation"].edit, "Bao looked up; Anh smiled and named it.")
    tick(qtbot, ui.services.boxes["modelling"])
    tick(qtbot, ui.present.others["interpreter"])
    qtbot.keyClicks(ui.sections["plan"].edit, "Read the picture book daily.")
    for goal, rating in zip(two_goals, (3, 4), strict=True):
        combo, note = ui.goals.rows[goal.id]
        combo.setFocus()
        for _ in range(rating):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClicks(note, f"Rated {rating}")
