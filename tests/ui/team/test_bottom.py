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


def test_a_team_of_sixty_scrolls_its_chart_instead_of_growing_the_window(qtbot, app_ctx, agency):
    import datetime as dt

    tabs = TeamBottomTabs(app_ctx(agency.ids["ssupervisor"]))
    qtbot.addWidget(tabs)
    weeks = [dt.date(2026, 11, 2) + dt.timedelta(weeks=w) for w in range(5)]
    tabs.weekly_chart.set_data(weeks, [(f"Specialist {n}", [n % 7] * 5) for n in range(60)])
    tabs.resize(1366, 260)
    tabs.show()
    qtbot.waitExposed(tabs)
    chart = tabs.weekly_chart
    assert chart.sizeHint().height() > 60 * chart.ROW_MIN  # every strip keeps its height
    assert tabs.minimumSizeHint().height() < 200  # and the tab asks for little of the window
    assert chart.height() >= chart.sizeHint().height()  # the chart is whole, inside a scroll
    assert tabs.charts_area.verticalScrollBar().maximum() > 0
