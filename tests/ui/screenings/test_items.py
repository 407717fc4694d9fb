"""Answering a screen item by item, by the answer as worded: each answer shows its score, the
keyboard picks by score and moves on, and what is read back is positions or scores."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from imh_desktop.domain.enums import Instrument
from imh_desktop.domain.instruments import Answer, Item, ItemForm
from imh_desktop.ui.screenings.items import ItemsPage

pytestmark = pytest.mark.ui

# A small form made up for the test: item 1 scores in printed order, items 2 and 3 reversed
# (the first printed answer scores 3), item 3 is the self-harm item.
ORDER = ("Never", "Sometimes", "Often", "Always")
FORM = ItemForm(
    Instrument.EPDS, "Made-up scale", "Invented for this test (2026)", "Think of the last week.",
    (
        Item(1, "I laughed", tuple(Answer(t, s) for s, t in enumerate(ORDER))),
        Item(2, "I worried", tuple(Answer(t, 3 - s) for s, t in enumerate(ORDER))),
        Item(3, "I thought of harming myself", tuple(Answer(t, 3 - s) for s, t in enumerate(ORDER))),
    ),
)  # fmt: skip


@pytest.fixture
def page(qtbot):
    made = ItemsPage(FORM, urgent_item=3)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_each_answer_shows_its_wording_and_score(page):
    labels = [w.text() for w in page.findChildren(QLabel)]
    assert labels[0].startswith("Think of the last week. Choose the answer the person gave")
    assert "Source: Invented for this test (2026)" in labels
    assert "1. I laughed" in labels and "3. I thought of harming myself  (self-harm item)" in labels
    second = page.rows[1].buttons
    assert [b.text() for b in second] == [
        "Never  — scores 3", "Sometimes  — scores 2", "Often  — scores 1", "Always  — scores 0"]  # fmt: skip
    assert second[0].accessibleName() == "Item 2: Never, scores 3"


def test_answers_read_back_as_positions_and_scores(page):
    assert page.answers() == [] and page.scores() == []
    page.choose(1, 2)  # "Often" on item 1: position 2, scores 2
    page.button_for(2, "Often").click()  # position 2, reversed: scores 1
    assert page.answers() == [2, 2] and page.scores() == [2, 1]  # item 3 not answered yet
    with pytest.raises(KeyError):
        page.button_for(3, "Every day")


def test_pressing_a_score_picks_that_answer_and_moves_to_the_next_item(qtbot, page):
    first, second, third = page.rows
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_3)
    assert first.group.checkedId() == 3  # "Always" scores 3 on item 1
    qtbot.waitUntil(lambda: second.buttons[0].hasFocus())  # on to item 2's first answer
    qtbot.keyClick(second, Qt.Key.Key_3)
    assert second.group.checkedId() == 0  # reversed: "Never" scores 3
    qtbot.keyClick(third, Qt.Key.Key_0)
    assert page.scores() == [3, 3, 0] and page.answers() == [3, 0, 3]
    qtbot.keyClick(third, Qt.Key.Key_A)  # not a score: nothing chosen again
    assert page.answers() == [3, 0, 3]


def test_choose_score_is_by_score_not_by_position(page):
    page.rows[1].choose_score(0)
    assert page.rows[1].group.checkedId() == 3 and page.scores() == [0]
