""" "Referrals to follow up": a specialist's caseload, a supervisor's team; double-click opens."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import ReferralStatus, ReferralType
from imh_desktop.domain.family_context import ReferralInput
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import families, referrals
from imh_desktop.ui.family.follow_ups import ReferralFollowUpsDialog
from tests.factories import family_input

pytestmark = pytest.mark.ui
D = dt.date


def _refer(svc, family_id, follow_up, agency="Housing office"):
    return referrals.make_referral(
        svc,
        family_id,
        ReferralInput(
            ReferralType.HOUSING, agency, D(2026, 11, 2), "Eviction", follow_up_on=follow_up
        ),
    )


def test_overdue_follow_ups_of_my_caseload_then_my_team(
    qtbot, ctx, svc, app_ctx, as_user, staff, family, qtmodeltester
):
    late = _refer(svc, family.id, D(2026, 11, 16))
    _refer(svc, family.id, D(2026, 12, 1))  # not due yet
    bens = families.create_family(
        as_user(staff["ssupervisor"]), family_input(staff["bspecialist"], display_name="Okafor")
    )
    _refer(as_user(staff["bspecialist"]), bens.id, D(2026, 11, 20), "Legal aid clinic")
    opened: list[int] = []
    dialog = ReferralFollowUpsDialog(ctx, opened.append)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Referrals to follow up — my caseload"
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "9"
    qtmodeltester.check(dialog.model)
    dialog.table.doubleClicked.emit(dialog.model.index(0, 2))
    assert opened == [family.id]
    referrals.update_referral(svc, late.id, ReferralInput(
        ReferralType.HOUSING, "Housing office", D(2026, 11, 2), "Eviction",
        ReferralStatus.CONNECTED, outcome="Housed."), late.version)  # fmt: skip
    ctx.bus.publish(Change.of(family.id, Part.CONTEXT))
    assert dialog.model.rowCount() == 0
    assert dialog.summary.text() == "No referral is waiting past its follow-up date."
    team = ReferralFollowUpsDialog(app_ctx(staff["ssupervisor"]))
    qtbot.addWidget(team)
    assert team.windowTitle() == "Referrals to follow up — my team"
    assert [team.model.index(r, 2).data() for r in range(team.model.rowCount())] == ["Okafor"]
