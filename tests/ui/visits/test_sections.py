"""The visit editor's parts, used as a clinician would: details, who was present, services, text."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QWidget

from imh_desktop.domain.enums import VisitMode, VisitOutcome, VisitService
from imh_desktop.ui.visits.sections import (
    NoteSection,
    PresentBox,
    ServicesBox,
    VisitDetailsBox,
    from_qtime,
    to_qtime,
)

pytestmark = pytest.mark.ui


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def tick(qtbot, box):
    """Click a check box on its indicator, as a user does."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_times_convert_and_an_unset_start_reads_nine():
    assert to_qtime(dt.time(14, 30)) == QTime(14, 30) and to_qtime(None) == QTime(9, 0)
    assert from_qtime(QTime(7, 5)) == dt.time(7, 5)


def test_the_reason_shows_only_when_the_visit_did_not_take_place(qtbot):
    box = shown(qtbot, VisitDetailsBox())
    assert [box.outcome.itemText(i) for i in range(box.outcome.count())] == [
        "Completed",
        "Cancelled by family",
        "No-show",
        "Cancelled by staff",
    ]  # documented outcomes: "planned" is not one
    assert box.outcome_value() is VisitOutcome.COMPLETED and not box.reason.isVisible()
    with qtbot.waitSignal(box.changed):
        box.outcome.setCurrentIndex(2)
    assert box.outcome_value() is VisitOutcome.NO_SHOW and box.reason.isVisible()
    assert box.reason_label.isVisible()
    box.outcome.set_value(VisitOutcome.COMPLETED)
    assert not box.reason.isVisible()


def test_every_detail_edit_reports_a_change(qtbot):
    box = shown(qtbot, VisitDetailsBox())
    changes = []
    box.changed.connect(lambda: changes.append(1))
    box.date.set_value(dt.date(2026, 11, 20))
    box.start.setTime(QTime(10, 15))
    box.duration.setValue(60)
    box.mode.set_value(VisitMode.PHONE)
    box.outcome.set_value(VisitOutcome.CANCELLED_FAMILY)
    qtbot.keyClicks(box.reason, "Baby sick")
    assert len(changes) >= 6
    assert (box.visit_date(), box.mode_value(), box.duration.text()) == (
        dt.date(2026, 11, 20), VisitMode.PHONE, "60 min")  # fmt: skip
    box.duration.setValue(0)
    assert box.duration.text() == "— min"  # unset, not "0 min"
    assert [w.accessibleName() for w in box.focus_widgets()] == [
        "Visit date", "Start time", "Duration", "Mode", "Outcome", "Reason"]  # fmt: skip


def test_who_was_present_ticks_and_reads_back(qtbot, family):
    box = shown(qtbot, PresentBox())
    box.set_people(family.caregivers, family.children)
    anh, zoe = family.caregivers
    bao = family.children[0]
    assert box.caregivers[anh.id].text() == "Nguyễn Thị Ánh (Mother)"
    assert box.caregivers[zoe.id].text() == "Zoë Núñez-O'Brien (Father)"
    assert box.kids[bao.id].text() == "Bảo Nguyễn"
    assert [b.text() for b in box.others.values()] == [
        "Sibling", "Grandparent", "Another professional", "Interpreter"]  # fmt: skip
    assert box.value() == {"caregivers": [], "children": [], "others": []}
    with qtbot.waitSignal(box.changed):
        tick(qtbot, box.caregivers[zoe.id])
    tick(qtbot, box.kids[bao.id])
    tick(qtbot, box.others["interpreter"])
    assert box.value() == {"caregivers": [zoe.id], "children": [bao.id], "others": ["interpreter"]}
    box.set_value({"caregivers": [anh.id, 999], "others": ["sibling"]})  # 999: not in the family
    assert box.value() == {"caregivers": [anh.id], "children": [], "others": ["sibling"]}
    assert len(box.focus_widgets()) == 2 + 1 + 4


def test_services_in_the_domains_order(qtbot):
    box = shown(qtbot, ServicesBox())
    assert [b.text() for b in box.boxes.values()] == [
        "Emotional support", "Developmental guidance", "Reflective conversation", "Modelling",
        "Concrete help", "Crisis intervention", "Advocacy", "Screening", "Referral",
    ]  # fmt: skip
    assert list(box.boxes) == [s.value for s in VisitService]
    tick(qtbot, box.boxes["referral"])
    tick(qtbot, box.boxes["modelling"])
    assert box.value() == ("modelling", "referral")
    box.set_value(["advocacy"])
    assert box.value() == ("advocacy",)


def test_a_note_section_tabs_on_and_reports_only_real_changes(qtbot):
    host = QWidget()
    section = NoteSection("Plan", "Next steps", caption="Never printed.", parent=host)
    after = NoteSection("Reflection", parent=host)
    shown(qtbot, host)
    changes = []
    section.changed.connect(lambda: changes.append(1))
    assert (
        section.edit.placeholderText() == "Next steps" and section.edit.accessibleName() == "Plan"
    )
    section.edit.setFocus()
    qtbot.waitUntil(section.edit.hasFocus)
    qtbot.keyClicks(section.edit, "Read together")
    qtbot.keyClick(section.edit, Qt.Key.Key_Tab)
    assert after.edit.hasFocus() and section.value() == "Read together"  # no tab typed in
    count = len(changes)
    section.set_value("Read together")  # the same text: no change, cursor kept
    assert len(changes) == count
    section.set_value("Sing together")
    assert len(changes) == count + 1 and section.value() == "Sing together"
    section.set_read_only(True)
    assert section.edit.isReadOnly()


def test_a_read_only_section_is_finished_text_its_height_fitting_it(qtbot):
    from imh_desktop.ui.visits.sections import NoteSection

    section = NoteSection("Plan", "Next steps", "", 120)
    qtbot.addWidget(section)
    section.resize(500, 200)
    section.show()
    section.set_value("Read together daily.")
    section.set_read_only(True)
    assert section.edit.isReadOnly() and section.edit.placeholderText() == ""
    assert section.edit.height() < 60  # one line of text, not the writing box
    section.set_read_only(False)
    assert section.edit.height() == 120 and section.edit.placeholderText() == "Next steps"
