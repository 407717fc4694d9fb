"""Open a search result at its match: the family's record, and the note with that section shown.

A note's section (or its goal ratings, or the reason it did not happen) is
scrolled into view in the visit editor with the matching words selected; an
amendment is found in the note's history. A goal opens the record's Goals
tab, a screening without a visit its Screenings tab, a referral (or a note
of its status history) the Context tab with that referral selected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QScrollArea, QTextEdit, QWidget

from imh_desktop.domain.search import match_spans, parse_query
from imh_desktop.services.search.records import SearchHit
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.visits.editor import VisitNoteEditor, open_visit_editor

if TYPE_CHECKING:
    from imh_desktop.ui.family.record import FamilyRecordWidget
    from imh_desktop.ui.shell.main_window import MainWindow


def open_hit(
    ctx: AppContext, window: MainWindow, hit: SearchHit, query: str
) -> VisitNoteEditor | FamilyRecordWidget | None:
    """Open ``hit``: the note's editor at the match, else the record's tab; None when refused."""
    record = window.open_family(hit.family_id)
    if record is None:
        return None
    if hit.referral_id is not None:  # a referral or a note of its status history
        record.tabs.setCurrentWidget(record.context_tab)
        record.context_tab.show_referral(hit.referral_id)
        return record
    if hit.visit_id is None:
        tab = record.goals_tab if hit.kind == "goal" else record.screenings_tab
        record.tabs.setCurrentWidget(tab)
        return record
    editor = open_visit_editor(ctx, record, hit.family_id, hit.visit_id)
    if editor.is_loaded():
        show_match(editor, hit, query)
    else:
        shown: list[bool] = []

        def once() -> None:
            if not shown:
                shown.append(True)
                show_match(editor, hit, query)

        editor.loaded.connect(once)
    return editor


def _target(editor: VisitNoteEditor, hit: SearchHit) -> QWidget:
    ui = editor.ui
    if hit.kind == "amendment":
        return ui.history
    if hit.kind == "screening":
        return ui.screenings
    if hit.section in ui.sections:
        return ui.sections[hit.section].edit
    if hit.section == "goals":
        return ui.goals
    if hit.section == "cancel_reason":
        return ui.details.reason
    return ui.history


def show_match(editor: VisitNoteEditor, hit: SearchHit, query: str) -> QWidget:
    """Scroll the hit's section into view, focus it and select the first match; the widget."""
    widget = _target(editor, hit)
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if isinstance(area, QScrollArea):
        area.ensureWidgetVisible(widget, 0, 40)
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        spans = match_spans(widget.toPlainText(), parse_query(query))
        if spans:
            cursor = widget.textCursor()
            cursor.setPosition(spans[0][0])
            cursor.setPosition(spans[0][1], QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
            widget.ensureCursorVisible()
    widget.setFocus()
    return widget
