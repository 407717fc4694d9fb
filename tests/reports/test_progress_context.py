"""The progress report's context sections: nothing to show, and a referral's steps."""

from __future__ import annotations

import datetime as dt

from imh_desktop.domain.enums import ReferralStatus, ReferralType
from imh_desktop.domain.family_context import ReferralInput
from imh_desktop.reports.progress import ProgressReport
from imh_desktop.reports.progress_context import context_flowables, referral_flowables
from imh_desktop.services.family import referrals
from imh_desktop.services.reports import progress_report_data
from tests.factories import TODAY


def test_an_empty_context_is_one_line_each(db, staff, family, svc):
    data = progress_report_data(svc, family.id, TODAY.replace(day=1), TODAY)
    report = ProgressReport(data)
    [context_line] = context_flowables(report)
    [referral_line] = referral_flowables(report)
    assert "No stressors or protective factors recorded yet." in context_line.text
    assert referral_line.text == "No referrals in this period."


def test_a_referral_shows_how_it_got_to_its_status(db, staff, family, svc, clock):
    def data(status: ReferralStatus, outcome: str = "") -> ReferralInput:
        return ReferralInput(ReferralType.HOUSING, "HA", dt.date(2026, 11, 3), "Eviction",
                             status, dt.date(2026, 11, 20), outcome)  # fmt: skip

    made = referrals.make_referral(svc, family.id, data(ReferralStatus.MADE))
    clock.set(dt.date(2026, 11, 20))
    referrals.update_referral(svc, made.id, data(ReferralStatus.CONNECTED, "Housed."),
                              made.version)  # fmt: skip
    report = ProgressReport(progress_report_data(svc, family.id, TODAY.replace(day=1), TODAY))
    [table] = referral_flowables(report)
    status = table._cellvalues[1][4].text  # type: ignore[attr-defined]
    assert "made on 3 Nov 2026, connected on 20 Nov 2026" in status
