"""The handout preview's family section: typed, shown on the page, saved through the note."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from imh_desktop.services.visits import notes
from imh_desktop.ui.reports.family_section import FamilySectionPanel
from imh_desktop.ui.reports.tab import ReportsTab
from tests.factories import add_history, make_family
from tests.reports.pdftext import pdf_pages, pdf_text

pytestmark = pytest.mark.ui


@pytest.fixture
def tab(qtbot, db, staff, ctx):
    family = make_family(db, staff)
    add_history(db, family, staff["aspecialist"], 6, start=dt.date(2026, 9, 1), unsigned_last=1)
    widget = ReportsTab(ctx, family.id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _open(qtbot, tab, index: int) -> FamilySectionPanel:
    tab.visit_combo.setCurrentIndex(index)
    qtbot.mouseClick(tab.handout_button, Qt.MouseButton.LeftButton)
    [panel] = tab.preview.findChildren(FamilySectionPanel)
    return panel


def _flat(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def test_an_unsigned_notes_section_is_typed_shown_then_saved(qtbot, tab, svc, published):
    panel = _open(qtbot, tab, 0)  # the newest note: a draft
    preview = tab.preview
    assert not panel.reason.isVisible() and preview.print_button.isEnabled()
    assert "no section for the family" in preview.notice.text()
    qtbot.keyClicks(panel.text, "You read the bear book together and Bao laughed.")
    assert not preview.print_button.isEnabled() and "Not saved" in panel.state.text()
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert "You read the bear book together and Bao laughed." in _flat(preview.pdf)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    note = notes.get_note(svc, panel.data.visit_id)
    assert note.visit.family_note == "You read the bear book together and Bao laughed."
    assert note.visit.signed_at is None and note.amendments == ()
    assert preview.print_button.isEnabled() and panel.state.text() == "Saved to the note."
    assert "You read the bear book together and Bao laughed." in _flat(preview.pdf)
    assert published and published[-1].family_id == panel.family_id
    assert "no section for the family" not in preview.notice.text()


def test_a_signed_notes_long_section_flows_to_a_second_page_and_is_amended(qtbot, tab, svc):
    panel = _open(qtbot, tab, 1)  # a signed note
    preview = tab.preview
    assert panel.reason.isVisibleTo(preview) and panel.save_button.text() == "Save as an &amendment"
    signed_words = notes.get_note(svc, panel.data.visit_id).visit.family_note
    sentences = [f"Idea number {i} is to sing while you change the diaper." for i in range(40)]
    panel.text.setPlainText(" ".join(sentences))
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    pages = pdf_pages(preview.pdf)
    assert len(pages) == 2 and "nothing is cut" in panel.pages.text()
    flat = _flat(preview.pdf)
    assert all(s in flat for s in sentences)  # every sentence whole: nothing cut
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    note = notes.get_note(svc, panel.data.visit_id)
    assert note.visit.family_note == signed_words  # the signed note is as signed
    [amended] = note.amendments
    assert amended.section == "family_note" and amended.text == " ".join(sentences)
    assert amended.reason == "Family section edited in the handout preview"
    assert preview.print_button.isEnabled()
