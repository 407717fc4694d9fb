"""Screenings in the UI: live scoring, the urgent alert reaching the family and the caseload,
follow-up; plus the unsigned-notes list and the week's agenda.

EPDS (Cox, Holden & Sagovsky, 1987): item 10 above 0 is an urgent alert whatever the total.
ASQ-3 (Squires & Bricker, 2009): interval chosen by corrected age.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from imh_desktop.domain.enums import FollowUpKind, Instrument, VisitOutcome
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.caseload import table as caseload
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import families
from imh_desktop.services.screenings import results as screenings
from imh_desktop.services.visits import notes
from imh_desktop.services.visits.records import NoteInput
from imh_desktop.ui.family.record import FamilyRecordWidget
from imh_desktop.ui.screenings.dialog import ScreeningDialog
from imh_desktop.ui.screenings.tab import ScreeningsTab
from imh_desktop.ui.visits.agenda import AgendaDialog
from imh_desktop.ui.visits.editor import VisitNoteEditor
from imh_desktop.ui.visits.unsigned_notes import UnsignedNotesDialog
from tests.factories import TODAY, add_visit, family_input

pytestmark = pytest.mark.ui


@pytest.fixture(autouse=True)
def keep_drafts_on_close(monkeypatch):
    monkeypatch.setattr(VisitNoteEditor, "ask_on_close", lambda self: "draft")


@pytest.fixture
def family(as_user, staff):
    return families.create_family(as_user(staff["ssupervisor"]), family_input(staff["aspecialist"]))


@pytest.fixture
def ctx(app_ctx, staff):
    """Ana's application context (reads run at once: ``SyncRunner``)."""
    return app_ctx(staff["aspecialist"])


@pytest.fixture
def ana(ctx):
    """Ana's service context, for set-ups and checks."""
    return ctx.svc


@pytest.fixture
def published(ctx):
    """The changes published on the bus."""
    changes: list[Change] = []
    ctx.bus.changed.connect(changes.append)
    return changes


def click_save(qtbot, dialog):
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_epds_item_10_raises_the_alert_on_the_family_and_the_caseload(
    qtbot, ctx, ana, family, published
):
    dialog = ScreeningDialog(ctx, family)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current_instrument() is Instrument.EPDS
    assert dialog.subject.currentText() == "Nguyễn Thị Ánh (Mother)"
    page = dialog.pages[Instrument.EPDS]
    for item in range(1, 10):  # lowest-scoring option on each item: total 0
        page.choose(item, 0 if item in (1, 2, 4) else 3)
    assert dialog.result_label.text() == "9 of 10 items answered."
    page.choose(10, 2)  # item 10 reversed: option 2 scores 1
    assert "Total 1: low" in dialog.result_label.text() and "Urgent" in dialog.result_label.text()
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert published == [Change.of(family.id, Part.SCREENINGS, Part.ALERTS)]

    record = FamilyRecordWidget(ctx, family.id)
    qtbot.addWidget(record)
    badges = [record.badges.itemAt(i).widget() for i in range(record.badges.count())]
    texts = [b.text() for b in badges if b is not None]
    assert any("item 10" in t and "Nguyễn Thị Ánh" in t for t in texts)
    row = caseload.caseload_row(ana, "mine", family.id)
    assert row is not None and row.open_alerts == 1


def test_asq3_shows_the_interval_by_corrected_age(qtbot, ctx, ana, family, published):
    dialog = ScreeningDialog(ctx, family)
    qtbot.addWidget(dialog)
    dialog.instrument.setCurrentIndex(dialog.instrument.findText("ASQ-3"))
    page = dialog.pages[Instrument.ASQ3]
    assert dialog.subject.currentText() == "Bảo Nguyễn"
    assert page.interval.text().startswith("9 month questionnaire")
    assert "(corrected 9 mo 2 d)" in page.interval.text()
    for area, spin in page.scores.items():
        spin.setValue(45)
        page.bands[area].setCurrentIndex(3 if area == "communication" else 1)
    assert "below the cut-off in communication" in dialog.result_label.text()
    click_save(qtbot, dialog)
    [given] = screenings.list_screenings(ana, family.id)
    assert given.interval_months == 9 and given.positive
    assert published == [Change.of(family.id, Part.SCREENINGS, Part.ALERTS)]


def test_a_screening_given_another_day_is_dated_by_the_clock(
    qtbot, ctx, ana, family, clock, published
):
    clock.set(dt.date(2027, 1, 6))
    dialog = ScreeningDialog(ctx, family)
    qtbot.addWidget(dialog)
    assert dialog.given_on.value() == dt.date(2027, 1, 6)
    page = dialog.pages[Instrument.EPDS]
    for item in range(1, 11):  # lowest-scoring option on each item: total 0, no alert
        page.choose(item, 0 if item in (1, 2, 4) else 3)
    click_save(qtbot, dialog)
    [given] = screenings.list_screenings(ana, family.id)
    assert given.given_on == dt.date(2027, 1, 6) and not given.positive
    assert published == [Change.of(family.id, Part.SCREENINGS)]  # no alert opened


def test_screenings_tab_due_list_and_follow_up(qtbot, ctx, ana, family, qtmodeltester, published):
    screenings.record_screening(
        ana,
        family.id,
        screenings.ScreeningInput(
            Instrument.PHQ9, TODAY, caregiver_id=family.caregivers[0].id, answers=(0,) * 8 + (1,)
        ),
    )
    tab = ScreeningsTab(ctx, family.id)
    qtbot.addWidget(tab)
    # The tab's owner (the family record) reloads it when a change touches its parts.
    ctx.bus.changed.connect(
        lambda change: change.touches(Part.SCREENINGS, Part.ALERTS) and tab.refresh()
    )
    tab.show()
    for model in (tab.alerts_model, tab.due_model, tab.given_model):
        qtmodeltester.check(model)
    due = [tab.due_model.data(tab.due_model.index(r, 1)) for r in range(tab.due_model.rowCount())]
    assert "ASQ-3 9 month" in due
    assert tab.follow_up_button.isEnabled()
    qtbot.mouseClick(tab.follow_up_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData(FollowUpKind.NO_REFERRAL.value))
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "why" in dialog.error.text()
    qtbot.keyClicks(dialog.note, "Passive thought, safety plan in place, seeing her GP Friday")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert published == [Change.of(family.id, Part.ALERTS)]
    assert screenings.list_alerts(ana, family.id, open_only=True) == []
    assert not tab.follow_up_button.isEnabled()
    assert "No referral" in tab.alerts_model.data(tab.alerts_model.index(0, 3))


def test_unsigned_notes_list_opens_the_note(qtbot, ctx, ana, family, qtmodeltester):
    friday = dt.date(2026, 11, 20)
    saved = notes.save_note(ana, family.id, NoteInput(VisitInput(friday, observation="x")))
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
    dialog._on_table_double_clicked(dialog.model.index(0, 1))
    [editor] = dialog.findChildren(VisitNoteEditor)  # a window of its own, owned by the dialog
    assert editor.visit_id == saved.visit.id and editor.ui.sections["observation"].value() == "x"


def test_this_week_lists_planned_visits_day_by_day(qtbot, ctx, ana, family, qtmodeltester):
    for day, at in ((dt.date(2026, 11, 27), dt.time(10, 30)), (dt.date(2026, 12, 1), None)):
        add_visit(ana, family.id, VisitInput(day, VisitOutcome.PLANNED, start_time=at))
    dialog = AgendaDialog(ctx)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    cells = [
        (dialog.model.data(dialog.model.index(r, 0)), dialog.model.data(dialog.model.index(r, 1)))
        for r in range(dialog.model.rowCount())
    ]
    assert cells[0] == ("Monday 23 Nov 2026", "No visits planned")
    friday = cells.index(("Friday 27 Nov 2026", ""))
    assert cells[friday + 1] == ("10:30", "Nguyễn family")
    assert len(cells) == 8 and cells[-1][0] == "Sunday 29 Nov 2026"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    cells = [dialog.model.data(dialog.model.index(r, 0)) for r in range(dialog.model.rowCount())]
    assert cells[:4] == [
        "Monday 30 Nov 2026",
        "Tuesday 1 Dec 2026",
        "Time not set",
        "Wednesday 2 Dec 2026",
    ]
    dialog._on_table_activated(dialog.model.index(2, 1))
    [editor] = dialog.findChildren(VisitNoteEditor)  # a window of its own, owned by the dialog
    assert editor.ui.details.outcome_value() is VisitOutcome.COMPLETED


def test_follow_up_in_the_family_record_clears_its_alert_badge(qtbot, ctx, ana, family, published):
    screenings.record_screening(
        ana,
        family.id,
        screenings.ScreeningInput(
            Instrument.EPDS,
            TODAY,
            caregiver_id=family.caregivers[0].id,
            answers=(0, 0, 3, 0, 3, 3, 3, 3, 3, 1),
        ),
    )
    record = FamilyRecordWidget(ctx, family.id)
    qtbot.addWidget(record)

    def badges():
        items = [record.badges.itemAt(i).widget() for i in range(record.badges.count())]
        return [w.text() for w in items if w is not None and not w.isHidden() and w.text()]

    assert any("item 10" in text for text in badges())
    tab = record.screenings_tab
    record.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.follow_up_button, Qt.MouseButton.LeftButton)
    tab.dialog.kind.setCurrentIndex(tab.dialog.kind.findData(FollowUpKind.SAFETY_ASSESSMENT.value))
    save = tab.dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any("item 10" in text for text in badges()))
    assert published == [Change.of(family.id, Part.ALERTS)]
    assert "Safety assessment" in tab.alerts_model.data(tab.alerts_model.index(0, 3))
