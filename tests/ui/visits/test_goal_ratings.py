"""Rating goals in a note: 1-5 with their meanings, a note once rated, unrated goals left out."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt

from imh_desktop.domain.enums import GoalDomain, GoalStatus
from imh_desktop.services.common.records import GoalRecord
from imh_desktop.services.visits.records import GoalRating
from imh_desktop.ui.visits.goal_ratings import GoalRatingsPanel, RatingCombo

pytestmark = pytest.mark.ui

GOAL = GoalRecord(
    id=7, family_id=1, caregiver_id=None, child_id=None, domain=GoalDomain.REGULATION,
    statement="Ánh will rock Bảo when he is <upset> & tired.", baseline="", strategies="",
    target_date=None, status=GoalStatus.ACTIVE, started_on=dt.date(2026, 4, 1),
    status_changed_on=None, replaced_by_id=None, version=1,
)  # fmt: skip
OTHER = dataclasses.replace(GOAL, id=8, domain=GoalDomain.ATTACHMENT, statement="Ánh will notice.")


def test_the_rating_list_names_each_step_and_explains_it(qtbot):
    combo = RatingCombo()
    qtbot.addWidget(combo)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Not addressed", "1 — No change", "2 — Emerging", "3 — Some progress",
        "4 — Substantial", "5 — Achieved",
    ]  # fmt: skip
    assert (
        combo.itemData(3, Qt.ItemDataRole.ToolTipRole) == "Some progress: sometimes, with support"
    )
    assert "5 — Achieved: consistently, on their own" in combo.toolTip()
    assert combo.value() is None
    combo.set_value(4)
    assert combo.value() == 4 and combo.currentText() == "4 — Substantial"
    combo.set_value(9)  # not a rating: back to "Not addressed"
    assert combo.value() is None


@pytest.fixture
def panel(qtbot):
    widget = GoalRatingsPanel()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_no_goals_says_where_to_add_them(panel):
    panel.set_goals([])
    assert panel._empty.isVisible() and panel.rows == {} and panel.value() == ()


def test_a_note_can_be_typed_once_the_goal_is_rated(qtbot, panel):
    panel.set_goals([GOAL, OTHER])
    assert not panel._empty.isVisible() and list(panel.rows) == [7, 8]
    combo, note = panel.rows[7]
    assert not note.isEnabled()
    with qtbot.waitSignal(panel.changed):
        combo.setCurrentIndex(3)
    assert note.isEnabled()
    qtbot.keyClicks(note, "  Rocked him to sleep twice  ")
    assert panel.value() == (GoalRating(7, 3, "Rocked him to sleep twice"),)  # 8: not addressed
    assert combo.accessibleName() == f"Progress on goal: {GOAL.statement}"
    assert [w for pair in panel.rows.values() for w in pair] == panel.focus_widgets()


def test_the_statement_is_shown_as_written(panel):
    panel.set_goals([GOAL])
    from PySide6.QtWidgets import QLabel

    labels = [w.text() for w in panel.findChildren(QLabel) if "Regulation" in w.text()]
    assert labels == [
        "<b>Regulation</b><br>Ánh will rock Bảo when he is &lt;upset&gt; &amp; tired."
    ]


def test_ratings_read_back_and_a_new_goal_list_replaces_the_rows(panel):
    panel.set_goals([GOAL, OTHER])
    panel.set_value([GoalRating(8, 5, "Done"), GoalRating(99, 2)])  # 99: not shown here
    assert panel.value() == (GoalRating(8, 5, "Done"),)
    assert not panel.rows[7][1].isEnabled() and panel.rows[8][1].text() == "Done"
    panel.set_goals([OTHER])
    assert list(panel.rows) == [8] and panel.value() == ()


def test_a_signed_note_shows_its_ratings_read_only(panel):
    panel.set_goals([GOAL, OTHER])
    panel.set_value([GoalRating(7, 2, "First signs")])
    panel.set_read_only(True)
    combo, note = panel.rows[7]
    assert not combo.isEnabled() and note.isReadOnly() and note.isEnabled()  # readable
    assert panel.rows[8][1].isEnabled()  # even the unrated goal's empty note is not greyed
    panel.set_read_only(False)
    assert combo.isEnabled() and not note.isReadOnly() and not panel.rows[8][1].isEnabled()


def test_a_signed_notes_progress_notes_read_as_wrapped_text(qtbot):
    panel = GoalRatingsPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 300)
    panel.show()
    panel.set_goals([GOAL, OTHER])
    long_note = "Comforted him quickly twice, and named what he felt each time, calmly. " * 2
    panel.set_value([GoalRating(GOAL.id, 3, long_note)])
    panel.set_read_only(True)
    _combo, line = panel.rows[GOAL.id]
    read = panel.read_notes[GOAL.id]
    assert not line.isVisible() and read.isVisible() and read.wordWrap()
    assert read.text() == long_note and panel.read_notes[OTHER.id].text() == ""
    panel.set_read_only(False)
    assert line.isVisible() and not read.isVisible()
