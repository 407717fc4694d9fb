"""Below the team tables: the charts follow the team or one specialist; the emergency tab counts."""

from __future__ import annotations

import pytest

from imh_desktop.services.team import dashboard as team
from imh_desktop.ui.team.bottom import TeamBottomTabs
from tests.factories import TODAY

pytestmark = pytest.mark.ui


def test_the_charts_show_the_team_then_one_specialist(qtbot, app_ctx, as_user, agency):
    lead = agency.ids["ssupervisor"]
    data = team.load_team(as_user(lead), team.period_for("this_month", TODAY))
    tabs = TeamBottomTabs(app_ctx(lead))
    qtbot.addWidget(tabs)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Charts", "Emergency access"]
    tabs.show_charts(data, None)
    lines = tabs.weekly_chart.accessibleDescription().split("; ")
    assert [line.split(":")[0] for line in lines] == ["Ana Specialist", "Ben Specialist"]
    tabs.show_charts(data, agency.ids["bspecialist"])
    lines = tabs.weekly_chart.accessibleDescription().split("; ")
    assert [line.split(":")[0] for line in lines] == ["Ben Specialist"]
    tabs.emergency.loaded.emit(2)
    assert tabs.tabText(1) == "Emergency access (2)"
    tabs.emergency.loaded.emit(0)
    assert tabs.tabText(1) == "Emergency access"
