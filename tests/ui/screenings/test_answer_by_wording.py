"""EPDS and PHQ-9 are answered by the answer as worded (its score beside it), or by score
on the keyboard; a self-harm answer raises the safety steps and blocks signing until the
same-day safety check is recorded.

EPDS totals worked out by hand from Cox, Holden & Sagovsky (1987): items 1, 2, 4 score
0-3 in printed order, items 3 and 5-10 are reversed (first printed answer scores 3).
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from imh_desktop.domain.enums import Instrument
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.admin import agency
from imh_desktop.services.screenings import results as screenings
from imh_desktop.services.visits import notes
from imh_desktop.ui.screenings.dialog import ScreeningDialog
from imh_desktop.ui.screenings.safety import SafetyCheckDialog
from tests.ui.editing import open_editor, write_note

pytestmark = [pytest.mark.ui, pytest.mark.usefixtures("keep_drafts_on_close")]

ALL_FIRST = (  # every first printed answer: 0+0+3+0+3+3+3+3+3+3 = 21, item 10 scores 3
    "As much as I always could", "As much as I ever did", "Yes, most of the time",
    "No, not at all", "Yes, quite a lot",
    "Yes, most of the time I haven't been able to cope at all", "Yes, most of the time",
    "Yes, most of the time", "Yes, most of the time", "Yes, quite often",
)  # fmt: skip
ALL_LAST = (  # every last printed answer: 3+3+0+3+0+0+0+0+0+0 = 9, item 10 "Never"
    "Not at all", "Hardly at all", "No, never", "Yes, very often", "No, not at all",
    "No, I have been coping as well as ever", "No, not at all", "No, not at all", "No, never",
    "Never",
)  # fmt: skip
MIXED = (  # 1+0+2+2+1+1+1+2+1+1 = 12; item 10 "Hardly ever" scores 1
    "Not quite so much now", "As much as I ever did", "Yes, some of the time", "Yes, sometimes",
    "No, not much", "No, most of the time I have coped quite well", "Not very often",
    "Yes, quite often", "Only occasionally", "Hardly ever",
)  # fmt: skip


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_dialog(qtbot, ctx, family, **kw):
    dialog = ScreeningDialog(ctx, family, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def answer_by_wording(qtbot, dialog, wordings):
    page = dialog.pages[Instrument.EPDS]
    for number, wording in enumerate(wordings, start=1):
        button = page.button_for(number, wording)
        page.scroller.ensureWidgetVisible(button)
        # on the answer's text, a little further along each time (QTest takes two clicks
        # at the same spot in quick succession for a double click)
        at = QPoint(30 + 3 * number, button.height() // 2)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=at)
        assert button.isChecked(), (number, wording)
    return page


def when_modal(monkeypatch, fill):
    """The safety-check dialog about to open is filled by ``fill(dialog)`` as a user would.

    Its ``exec`` is replaced so no nested event loop runs inside the test (a nested
    loop under the offscreen platform crashed the full suite).
    """

    def exec_filled(self) -> int:
        fill(self)
        return self.result()

    monkeypatch.setattr(SafetyCheckDialog, "exec", exec_filled)


def fill_check(dialog):
    dialog.checked_by.setText("Ana Specialist")
    dialog.action.setPlainText("Asked about plans and means; called the supervisor.")
    dialog.outcome.setPlainText("No plan or means; safety plan agreed.")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


@pytest.mark.parametrize(
    ("wordings", "total", "band", "urgent"),
    [(ALL_FIRST, 21, "probable depression", True), (ALL_LAST, 9, "low", False),
     (MIXED, 12, "possible depression", True)],
)  # fmt: skip
def test_epds_answered_by_wording_gives_the_published_total(
    qtbot,
    ctx,
    svc,
    family,
    wordings,
    total,
    band,
    urgent,
):
    dialog = open_dialog(qtbot, ctx, family)
    page = answer_by_wording(qtbot, dialog, wordings)
    assert sum(page.scores()) == total
    assert f"Total {total}: {band}" in dialog.result_label.text()
    assert dialog.banner.isVisible() is urgent
    if urgent:
        item10 = 3 if wordings is ALL_FIRST else 1
        assert f"EPDS item 10 scored {item10}" in dialog.banner.title.text()
        assert dialog.banner.steps.text() == agency.get_settings(svc).safety_steps
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    [given] = screenings.list_screenings(svc, family.id)
    assert (given.total, given.urgent) == (total, urgent)


def test_keyboard_entry_picks_the_answer_carrying_the_score(qtbot, ctx, family):
    dialog = open_dialog(qtbot, ctx, family)
    page = dialog.pages[Instrument.EPDS]
    for row, key in zip(page.rows, "0000000001", strict=True):  # a key on each item's answers
        qtbot.keyClick(row.buttons[0], key)
    assert page.scores() == [0] * 9 + [1]
    assert page.answers()[9] == 2  # "Hardly ever" is printed third on item 10
    assert page.rows[9].group.checkedButton().text().startswith("Hardly ever")
    assert "Total 1: low" in dialog.result_label.text() and dialog.banner.isVisible()
    qtbot.keyClick(page.rows[9].buttons[2], "0")  # change item 10 to "Never"
    assert page.scores()[9] == 0 and not dialog.banner.isVisible()

    dialog.instrument.setCurrentIndex(dialog.instrument.findText("PHQ-9"))
    phq = dialog.pages[Instrument.PHQ9]
    for row, key in zip(phq.rows, "321032102", strict=True):
        qtbot.keyClick(row.buttons[3], key)
    assert phq.scores() == [3, 2, 1, 0, 3, 2, 1, 0, 2]
    assert "Total 14: moderate" in dialog.result_label.text()
    assert "PHQ-9 item 9 scored 2" in dialog.banner.title.text()


def test_the_banner_records_the_safety_check_with_the_screening(
    qtbot,
    monkeypatch,
    ctx,
    svc,
    family,
    two_goals,
):
    note = notes.get_note(svc, _saved_note(qtbot, ctx, family, two_goals))
    dialog = open_dialog(qtbot, ctx, family, visit_id=note.visit.id)
    answer_by_wording(qtbot, dialog, MIXED)
    assert "not recorded yet" in dialog.banner.status.text()
    when_modal(monkeypatch, fill_check)
    click(qtbot, dialog.banner.record_button)
    assert "recorded (by Ana Specialist)" in dialog.banner.status.text()
    assert not dialog.banner.record_button.isEnabled()
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert notes.sign_visit(svc, note.visit.id, note.visit.version).visit.is_signed


def _saved_note(qtbot, ctx, family, two_goals):
    editor = open_editor(qtbot, ctx, family, restore=False)
    write_note(qtbot, editor, two_goals)
    assert editor.save()
    return editor.visit_id


def test_an_urgent_answer_blocks_signing_until_the_safety_check(
    qtbot,
    monkeypatch,
    ctx,
    svc,
    family,
    two_goals,
    answer_yes,
):
    editor = open_editor(qtbot, ctx, family, restore=False)
    write_note(qtbot, editor, two_goals)
    click(qtbot, editor.ui.screening_button)
    answer_by_wording(qtbot, editor.screening_dialog, MIXED)
    assert editor.screening_dialog.banner.isVisible()
    click(qtbot, editor.screening_dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    note = notes.get_note(svc, editor.visit_id)
    with pytest.raises(DomainError, match="same-day safety check"):
        notes.sign_visit(svc, note.visit.id, note.visit.version)

    when_modal(
        monkeypatch, lambda d: d.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    )
    click(qtbot, editor.ui.sign_button)
    assert not notes.get_note(svc, editor.visit_id).visit.is_signed

    def empty_then_fill(dialog):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # nothing typed
        assert "What was done is required" in dialog.error.text()
        fill_check(dialog)

    when_modal(monkeypatch, empty_then_fill)
    click(qtbot, editor.ui.sign_button)
    assert notes.get_note(svc, editor.visit_id).visit.is_signed


def test_asq_pages_say_what_the_values_mean(qtbot, ctx, family):
    dialog = open_dialog(qtbot, ctx, family)
    assert dataclasses.is_dataclass(agency.AgencySettings)
    assert dialog.asq.scores["communication"].suffix() == " of 60"
    texts = [w.text() for w in dialog.asq.findChildren(type(dialog.result_label))]
    assert any("Yes = 10, Sometimes = 5, Not yet = 0" in t for t in texts)
    texts = [w.text() for w in dialog.asqse.findChildren(type(dialog.result_label))]
    assert any("higher total means more concern" in t for t in texts)
