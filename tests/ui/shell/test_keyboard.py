"""The daily path without a mouse: caseload -> record -> new note -> rate goals -> sign ->
print the family's handout, every step a key a person presses (pytest-qt key events only).
After every Tab the control with the focus is on screen (scrolled into view, not hidden).

Modal answers (the sign confirmation, the system print dialog) are given as a person
would by Enter, here by patching their ``exec``/``question`` to accept.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from imh_desktop.services.visits import notes
from imh_desktop.ui.shell.main_window import MainWindow
from imh_desktop.ui.visits.editor import VisitNoteEditor

pytestmark = [pytest.mark.ui, pytest.mark.usefixtures("keep_drafts_on_close")]
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _focus(qtbot, window: QWidget) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None and widget.window() is window, "focus left the window"
    return widget


def _tab_to(qtbot, window: QWidget, target: QWidget, limit: int = 80) -> None:
    """Press Tab until ``target`` has the focus (fails when it never comes)."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(_focus(qtbot, window), Qt.Key.Key_Tab)
        shown = _focus(qtbot, window)  # focus stays visible: never on a hidden or scrolled-off one
        assert shown.isVisible() and not shown.visibleRegion().isEmpty(), shown.accessibleName()
    assert QApplication.focusWidget() is target, f"Tab never reached {target.accessibleName()}"


def _activate(qtbot, window: QWidget) -> None:
    window.activateWindow()  # window shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def test_the_daily_path_by_keyboard_alone(
    qtbot, ctx, svc, family, two_goals, answer_yes, settings, monkeypatch, tmp_path
):
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    _activate(qtbot, window)

    # Caseload: Ctrl+F, type, Enter goes to the table, Enter opens the record.
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.caseload.search
    qtbot.keyClicks(window.caseload.search, "Nguy")
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.caseload.table
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 1 and window.current_family_id() == family.id

    # New note: Ctrl+Shift+N opens the editor with the cursor in it.
    qtbot.keyClick(_focus(qtbot, window), Qt.Key.Key_N, CTRL | SHIFT)
    [editor] = [e for e in window.findChildren(VisitNoteEditor) if e.isVisible()]
    _activate(qtbot, editor)
    ui = editor.ui
    if QApplication.focusWidget() is None or QApplication.focusWidget().window() is not editor:
        ui.details.date.setFocus()  # where a window manager puts it on opening
    _tab_to(qtbot, editor, ui.sections["observation"].edit)
    qtbot.keyClicks(ui.sections["observation"].edit, "Bao looked up; Anh smiled.")
    _tab_to(qtbot, editor, ui.sections["plan"].edit)
    qtbot.keyClicks(ui.sections["plan"].edit, "Read the picture book daily.")

    # Rate goals: Tab to each rating, arrow keys choose, Tab to its note.
    for goal, rating in zip(two_goals, (3, 4), strict=True):
        combo, note = ui.goals.rows[goal.id]
        _tab_to(qtbot, editor, combo)
        for _ in range(rating):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        _tab_to(qtbot, editor, note)
        qtbot.keyClicks(note, f"Rated {rating}")
    modelling = ui.services.boxes["modelling"]
    _tab_to(qtbot, editor, modelling)
    qtbot.keyClick(modelling, Qt.Key.Key_Space)
    assert modelling.isChecked()

    # Sign: Tab to the button, Space presses it; the confirmation is answered Yes.
    _tab_to(qtbot, editor, ui.sign_button)
    qtbot.keyClick(ui.sign_button, Qt.Key.Key_Space)
    assert answer_yes and "locked" in answer_yes[-1], ui.message.text()
    note = notes.get_note(svc, editor.visit_id)
    assert note.visit.is_signed and [r.rating for r in note.ratings] == [3, 4]
    qtbot.keyClick(_focus(qtbot, editor), Qt.Key.Key_W, CTRL)  # close the note
    assert not editor.isVisible()

    # Handout: Ctrl+Shift+H puts the cursor on the visit; Tab to the button, Space previews.
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL | SHIFT)
    tab = window.record_tab(family.id).reports_tab
    assert QApplication.focusWidget() is tab.visit_combo
    assert tab.visit_combo.currentData() == editor.visit_id
    _tab_to(qtbot, window, tab.handout_button)
    qtbot.keyClick(tab.handout_button, Qt.Key.Key_Space)
    preview = tab.preview
    assert preview is not None and preview.isVisible()

    printed = tmp_path / "printed.pdf"

    def print_to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    _activate(qtbot, preview)
    _tab_to(qtbot, preview, preview.print_button)
    qtbot.keyClick(preview.print_button, Qt.Key.Key_Space)
    assert printed.is_file() and printed.read_bytes().startswith(b"%PDF")
    preview.reject()
