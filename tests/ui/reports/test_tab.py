"""The family record's Reports tab: periods, visits for handouts, previews."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument

from imh_desktop.data.models import Family
from imh_desktop.ui.reports.tab import ReportsTab, period_for
from tests.factories import TODAY, add_history, make_family
from tests.reports.pdftext import pdf_text

pytestmark = pytest.mark.ui


@pytest.fixture
def tab(qtbot, db, staff, ctx):
    family = make_family(db, staff)
    add_history(db, family, staff["aspecialist"], 31, start=dt.date(2026, 4, 6), unsigned_last=1)
    widget = ReportsTab(ctx, family.id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_periods():
    assert period_for("This quarter", TODAY, None) == (dt.date(2026, 10, 1), TODAY)
    assert period_for("Last quarter", TODAY, None) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert period_for("Year to date", TODAY, None) == (dt.date(2026, 1, 1), TODAY)
    assert period_for("Since enrolment", TODAY, dt.date(2024, 2, 3)) == (dt.date(2024, 2, 3), TODAY)


def test_progress_report_preview_for_the_chosen_period(qtbot, tab):
    assert tab.period() == (dt.date(2026, 10, 1), TODAY)
    tab.period_combo.setCurrentText("Last quarter")
    assert tab.period() == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    tab.from_edit.set_value(dt.date(2026, 8, 1))
    assert tab.period_combo.currentText() == "Custom"
    qtbot.mouseClick(tab.progress_button, Qt.MouseButton.LeftButton)
    preview = tab.preview
    assert preview is not None and preview.isVisible()
    assert preview.document.status() is QPdfDocument.Status.Ready
    assert "1 Aug 2026 – 30 Sep 2026" in pdf_text(preview.pdf)
    preview.reject()


def test_handout_preview_for_a_visit_in_spanish(qtbot, tab):
    labels = [tab.visit_combo.itemText(i) for i in range(tab.visit_combo.count())]
    assert labels and "draft, unsigned" in labels[0] and all("·" in label for label in labels)
    tab.lang_combo.setCurrentIndex(1)
    tab.visit_combo.setCurrentIndex(1)
    qtbot.mouseClick(tab.handout_button, Qt.MouseButton.LeftButton)
    text = pdf_text(tab.preview.pdf)
    assert "Nuestra visita del" in text and "DRAFT" not in text
    # what the specialist should know shows in the preview, never on the family's page
    notice = tab.preview.notice
    assert notice.isVisibleTo(tab.preview)
    assert "handout text in Español has not been reviewed" in notice.text()
    assert "no section for the family" in notice.text()
    assert "reviewed" not in text and "section for the family" not in text
    tab.preview.reject()


def test_the_handout_language_follows_the_family_and_english_needs_no_review_notice(
    qtbot, db, staff, ctx
):
    family = make_family(db, staff)
    add_history(db, family, staff["aspecialist"], 3, start=dt.date(2026, 10, 6), unsigned_last=0)
    with db.session() as s:
        s.get(Family, family.id).language = "Arabic"
    widget = ReportsTab(ctx, family.id)
    qtbot.addWidget(widget)
    assert widget.lang_combo.currentData() == "ar"
    assert [widget.lang_combo.itemData(i) for i in range(4)] == ["en", "es", "vi", "ar"]
    widget.lang_combo.setCurrentIndex(0)
    qtbot.mouseClick(widget.handout_button, Qt.MouseButton.LeftButton)
    assert "reviewed" not in widget.preview.notice.text()
    widget.preview.reject()


def test_family_without_visits_cannot_ask_for_a_handout(qtbot, db, staff, ctx):
    family = make_family(db, staff)
    widget = ReportsTab(ctx, family.id)
    qtbot.addWidget(widget)
    assert not widget.handout_button.isEnabled()
    assert widget.visit_combo.currentText() == "No completed visits yet"
    qtbot.mouseClick(widget.progress_button, Qt.MouseButton.LeftButton)
    assert "No visits were recorded in this period." in pdf_text(widget.preview.pdf)
    widget.preview.reject()


def test_periods_end_on_the_clocks_day(qtbot, db, staff, ctx, clock):
    family = make_family(db, staff, enrolled=dt.date(2026, 11, 2))
    clock.set(dt.date(2027, 2, 10))
    widget = ReportsTab(ctx, family.id)
    qtbot.addWidget(widget)
    assert widget.period() == (dt.date(2027, 1, 1), dt.date(2027, 2, 10))
    widget.period_combo.setCurrentText("Since enrolment")
    assert widget.period() == (dt.date(2026, 11, 2), dt.date(2027, 2, 10))


def test_refresh_reads_the_visits_again(qtbot, db, staff, tab):
    count = tab.visit_combo.count()
    add_history(db, tab.family, staff["aspecialist"], 1, start=dt.date(2026, 11, 24))
    tab.refresh()
    assert tab.visit_combo.count() == count + 1
    assert tab.visit_combo.itemText(0).startswith("24 Nov 2026")
