"""The main window's Visit actions: new visit note, my unsigned notes, this week (Ctrl+Shift+N/U/W).

Also offers back, the first time the window is shown, any note drafts left by
a crash or power cut, and closes the open note editors (each saves or asks)
before the window closes. The editors publish what they save on the window's
change bus (``window.ctx.bus``); the caseload and records listen there.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

from imh_desktop.domain.permissions import Permission, Relation
from imh_desktop.services.visits import drafts as note_drafts
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.permissions import gate, may
from imh_desktop.ui.common.tasks import run_task

if TYPE_CHECKING:
    from imh_desktop.services.visits.records import DraftRecord
    from imh_desktop.ui.family.follow_ups import ReferralFollowUpsDialog
    from imh_desktop.ui.shell.main_window import MainWindow
    from imh_desktop.ui.visits.agenda import AgendaDialog
    from imh_desktop.ui.visits.editor import VisitNoteEditor
    from imh_desktop.ui.visits.unsigned_notes import UnsignedNotesDialog

# The editor and the note dialogs are imported on first use, not at start-up.
_EDITOR_MODULE = "imh_desktop.ui.visits.editor"


class VisitActions(QObject):
    """Adds the note actions to ``window.visit_menu`` and ``window.toolbar``.

    The window gives its context as ``window.ctx``.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.unsigned_dialog: UnsignedNotesDialog | None = None
        self.agenda_dialog: AgendaDialog | None = None
        self.follow_ups_dialog: ReferralFollowUpsDialog | None = None
        self._drafts_offered = False
        self.new_note_action = QAction(self.tr("&New visit note…"), window)
        self.new_note_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_note_action.setStatusTip(
            self.tr("Write the note of a visit with the selected family")
        )
        self.unsigned_action = QAction(self.tr("My &unsigned notes…"), window)
        self.unsigned_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.unsigned_action.setStatusTip(
            self.tr("Your notes waiting for a signature, oldest first")
        )
        self.week_action = QAction(self.tr("&This week…"), window)
        self.week_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.week_action.setStatusTip(self.tr("Your planned visits, day by day"))
        self.follow_ups_action = QAction(self.tr("&Referrals to follow up…"), window)
        self.follow_ups_action.setStatusTip(
            self.tr("Referrals past their follow-up date, waiting for news")
        )
        self.follow_ups_action.triggered.connect(self._on_follow_ups_triggered)
        self.supervision_action = QAction(self.tr("My reflective &supervision…"), window)
        self.supervision_action.setStatusTip(self.tr("Your supervision sessions and their notes"))
        self.supervision_action.triggered.connect(self._on_supervision_triggered)
        self.new_note_action.triggered.connect(self._on_new_note_triggered)
        self.unsigned_action.triggered.connect(self._on_unsigned_triggered)
        self.week_action.triggered.connect(self._on_week_triggered)
        menu = window.visit_menu
        if menu.actions():
            menu.insertAction(menu.actions()[0], self.new_note_action)
        else:
            menu.addAction(self.new_note_action)
        menu.addSeparator()
        menu.addActions([self.unsigned_action, self.week_action, self.follow_ups_action,
                         self.supervision_action])  # fmt: skip
        window.toolbar.addSeparator()
        window.toolbar.addActions([self.new_note_action, self.week_action])
        menu.setToolTipsVisible(True)  # a disabled action says why
        for action in (self.unsigned_action, self.week_action, self.follow_ups_action):
            gate(action, self.ctx, Permission.READ_FAMILY, Relation.OWN)
        # A specialist reads her own sessions; a supervisor opens them from the team view.
        self.supervision_action.setVisible(may(self.ctx, Permission.READ_SUPERVISION, Relation.OWN))
        window.caseload.selection_changed.connect(self.update_enabled)
        window.tabs.currentChanged.connect(self.update_enabled)
        self.update_enabled()
        window.installEventFilter(self)

    def update_enabled(self, *_args: object) -> None:
        """A new note needs a family the user may write notes for."""
        has = self.window.current_family_id() is not None
        relation = self.window.family_tabs.current_relation() if has else Relation.OWN
        gate(self.new_note_action, self.ctx, Permission.WRITE_NOTE, relation)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window:
            return False
        if event.type() == QEvent.Type.Show and not self._drafts_offered:
            self._drafts_offered = True
            if not may(self.ctx, Permission.WRITE_NOTE, Relation.OWN):
                return False  # an account that writes no notes has no drafts
            # The drafts left before this start, read in the background so that the window's
            # first paint does not wait for the database; asked about once they are known.
            svc = self.ctx.svc
            run_task(self.ctx.runner, lambda: note_drafts.list_drafts(svc),
                     self._on_drafts_read, self._on_drafts_failed, self)  # fmt: skip
        elif event.type() == QEvent.Type.Close and not self.close_editors():
            event.ignore()
            return True
        return False

    def close_editors(self) -> bool:
        """Close the open note editors first (each saves or asks); False if one stays open."""
        module = sys.modules.get(_EDITOR_MODULE)
        if module is None:  # never imported: no editor can be open
            return True
        for editor in self.window.findChildren(module.VisitNoteEditor):
            if editor.isVisible() and not editor.close():
                editor.raise_()
                editor.activateWindow()
                return False
        return True

    def _on_drafts_read(self, left: list[DraftRecord]) -> None:
        if left:
            self._on_window_shown({d.id for d in left})

    def _on_drafts_failed(self, exc: BaseException) -> None:
        show_error(self.window, exc)

    def _on_window_shown(self, draft_ids: set[int]) -> None:
        if not self.window.isVisible():
            return
        from imh_desktop.ui.visits.unsigned_notes import offer_drafts

        offer_drafts(self.ctx, self.window, draft_ids)

    def open_new_note(self) -> VisitNoteEditor | None:
        """Start a note for the selected (or open) family; None when no family is chosen."""
        family_id = self.window.current_family_id()
        if family_id is None:
            self.window.statusBar().showMessage(
                self.tr("Choose a family first, then start its note."), 5000
            )
            return None
        from imh_desktop.ui.visits.editor import open_visit_editor

        return open_visit_editor(self.ctx, self.window, family_id)

    def _on_new_note_triggered(self) -> None:
        self.open_new_note()

    def _on_unsigned_triggered(self) -> None:
        if self.unsigned_dialog is None:
            from imh_desktop.ui.visits.unsigned_notes import UnsignedNotesDialog

            self.unsigned_dialog = UnsignedNotesDialog(self.ctx, parent=self.window)
        else:  # a new dialog has just read its list
            self.unsigned_dialog.refresh()
        self.unsigned_dialog.show()
        self.unsigned_dialog.raise_()

    def _on_week_triggered(self) -> None:
        if self.agenda_dialog is None:
            from imh_desktop.ui.visits.agenda import AgendaDialog

            self.agenda_dialog = AgendaDialog(self.ctx, parent=self.window)
        else:  # a new dialog has just read its week
            self.agenda_dialog.refresh()
        self.agenda_dialog.show()
        self.agenda_dialog.raise_()

    def _on_follow_ups_triggered(self) -> None:
        if self.follow_ups_dialog is None:
            from imh_desktop.ui.family.follow_ups import ReferralFollowUpsDialog

            self.follow_ups_dialog = ReferralFollowUpsDialog(
                self.ctx, self._open_family_context, parent=self.window
            )
        else:  # a new dialog has just read its list
            self.follow_ups_dialog.refresh()
        self.follow_ups_dialog.show()
        self.follow_ups_dialog.raise_()

    def _open_family_context(self, family_id: int) -> None:
        record = self.window.open_family(family_id)
        if record is not None:
            record.tabs.setCurrentWidget(record.context_tab)

    def _on_supervision_triggered(self) -> None:
        from imh_desktop.ui.team.supervision import SupervisionDialog

        user = self.ctx.user
        self.supervision_dialog = SupervisionDialog(self.ctx, user.id, user.full_name, self.window)
        self.supervision_dialog.open()
