"""The search field in the main window's toolbar: type, Enter, and the results open in a tab.

Its shortcut is Ctrl+Shift+F (the Edit menu's "Search notes…"), not Ctrl+F:
Ctrl+F already finds a family in the caseload's own filter box (and the
audit viewer's filter in that window), which is what a user expects it to
do on the screen in front; Ctrl+Shift+F is the "find in everything" key of
most editors. The field's placeholder names the shortcut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QToolBar, QWidget

if TYPE_CHECKING:
    from imh_desktop.ui.search.view import SearchView
    from imh_desktop.ui.shell.main_window import MainWindow

FIELD_WIDTH = 320  # pixels: room for a phrase, and for the toolbar's buttons at 1366 wide


class RecordSearchField(QLineEdit):
    """One line to search the whole record; Enter emits ``search_requested`` with the text."""

    search_requested = Signal(str)

    def __init__(self, shortcut: QKeySequence, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        self.setPlaceholderText(
            self.tr("Search notes, goals, referrals… ({keys})").format(keys=keys)
        )
        self.setToolTip(
            self.tr('Search every note, amendment, goal, screening and referral you may read: '
                    'words, "a phrase", hous*. Enter shows the results.')
        )  # fmt: skip
        self.setAccessibleName(self.tr("Search the record"))
        self.setClearButtonEnabled(True)
        self.setFixedWidth(FIELD_WIDTH)
        self.returnPressed.connect(self._on_return)

    def focus(self) -> None:
        """Put the cursor in the field, its text selected (the shortcut's slot)."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def _on_return(self) -> None:
        if self.text().strip():
            self.search_requested.emit(self.text())


def add_search_field(window: MainWindow, toolbar: QToolBar) -> RecordSearchField:
    """Put the field at the right end of ``toolbar``; Enter opens the Search tab with results."""
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    action = window.main_actions.search_records_action
    field = RecordSearchField(action.shortcut(), toolbar)
    toolbar.addWidget(field)

    def run(text: str) -> None:
        view: SearchView = window.family_tabs.open_search()
        view.focus_field(text)
        view.search()
        view.table.setFocus()  # the first result is current: Enter opens it

    field.search_requested.connect(run)
    return field
