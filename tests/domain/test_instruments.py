"""The published item wording files agree with the scoring rules.

EPDS (Cox, Holden & Sagovsky, 1987): items 1, 2, 4 score 0-3 in printed order; 3 and 5-10
are reversed. PHQ-9 (Kroenke, Spitzer & Williams, 2001): every item 0-3 in printed order.
"""

from __future__ import annotations

import pytest

from imh_desktop.domain.enums import Instrument
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.instruments import item_form
from imh_desktop.domain.screening import score_epds, score_phq9


def test_epds_answers_carry_the_scores_the_scoring_gives():
    form = item_form(Instrument.EPDS)
    assert len(form.items) == 10 and "Cox" in form.source
    for position in range(4):  # the same position on every item, scored by the domain
        scored = score_epds([position] * 10).item_scores
        assert scored == tuple(item.answers[position].score for item in form.items)
    assert [i.answers[0].score for i in form.items] == [0, 0, 3, 0, 3, 3, 3, 3, 3, 3]
    assert form.items[9].text == "The thought of harming myself has occurred to me"
    assert form.items[9].answers[1].text == "Sometimes" and form.items[9].answers[1].score == 2


def test_phq9_answers_carry_their_printed_scores():
    form = item_form(Instrument.PHQ9)
    assert len(form.items) == 9 and "Kroenke" in form.source
    for position in range(4):
        scored = score_phq9([position] * 9).item_scores
        assert scored == tuple(item.answers[position].score for item in form.items)
    assert [a.text for a in form.items[0].answers] == [
        "Not at all", "Several days", "More than half the days", "Nearly every day",
    ]  # fmt: skip


def test_position_of_a_score_and_instruments_without_items():
    item10 = item_form(Instrument.EPDS).items[9]
    assert [item10.position_of(s) for s in range(4)] == [3, 2, 1, 0]
    with pytest.raises(DomainError):
        item10.position_of(4)
    with pytest.raises(DomainError):
        item_form(Instrument.ASQ3)
