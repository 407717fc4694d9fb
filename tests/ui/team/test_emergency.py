"""The team dashboard's "Emergency access" tab: who opened which family outside their caseload,
when and why, for the supervisors of both sides."""

from __future__ import annotations

import pytest

from imh_desktop.services.access.emergency import grant_emergency_access
from imh_desktop.ui.team.emergency import EmergencyAccessList
from tests.factories import two_teams

pytestmark = pytest.mark.ui
REASON = "The family called in crisis; Ana is on leave."


@pytest.fixture
def agency(as_user, staff):
    return two_teams(as_user, staff)


def test_the_supervisor_sees_the_emergency_access_on_the_team_view(
    qtbot, as_user, open_window, agency, tmp_path
):
    grant_emergency_access(as_user(agency["cspecialist"]), agency["family"].id, REASON)
    window = open_window(agency["ssupervisor"])
    view = window.open_team()
    assert view.bottom.tabText(1) == "Emergency access (1)"
    view.bottom.setCurrentIndex(1)
    table = view.emergency.table
    cells = [table.model().index(0, c).data() for c in range(table.model().columnCount())]
    assert cells[1:4] == [
        "Cleo Specialist",
        f"{agency['family'].case_number} — Nguyễn family",
        REASON,
    ]
    assert cells[4].startswith("Running, until")
    window.grab().save(str(tmp_path / "team-emergency.png"))


def test_the_other_supervisor_sees_the_case_number_only(qtbot, as_user, app_ctx, agency):
    grant_emergency_access(as_user(agency["cspecialist"]), agency["family"].id, REASON)
    listing = EmergencyAccessList(app_ctx(agency["osupervisor"]))
    qtbot.addWidget(listing)
    counts = []
    listing.loaded.connect(counts.append)
    listing.load(agency["family"].enrolled_on)
    assert counts == [1] and listing.grants[0].family_name == ""
    assert listing.model.index(0, 2).data() == agency["family"].case_number
    listing.load(agency["family"].enrolled_on.replace(year=2027))
    assert counts == [1, 0] and "No one used emergency access" in listing.hint.text()
