"""The team dashboard's summary line: served families, visits against expected, what is late."""

from __future__ import annotations

import pytest

from imh_desktop.services.team import dashboard as team
from imh_desktop.ui.team.summary import summary_html
from tests.factories import TODAY

pytestmark = pytest.mark.ui


@pytest.fixture
def data(as_user, agency):
    return team.load_team(as_user(agency.ids["ssupervisor"]), team.period_for("this_month", TODAY))


def test_the_team_summary_counts_visits_and_marks_what_is_late(data):
    text = summary_html(data, None, "#123456")
    assert text.startswith("November 2026: 5 families served")
    assert "6 of 6.9 expected visits (87%)" in text
    assert "<span style='color:#123456'>3 late notes</span>" in text


def test_a_specialist_summary_names_only_their_counts(data, agency):
    ben = summary_html(data, agency.ids["bspecialist"], "#123456")
    assert "1 of 0.3 expected visits (368%)" in ben
    assert "late note" not in ben
