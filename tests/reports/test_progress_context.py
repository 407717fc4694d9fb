"""The progress report's context sections when there is nothing to show."""

from __future__ import annotations

from imh_desktop.reports.progress import ProgressReport
from imh_desktop.reports.progress_context import context_flowables, referral_flowables
from imh_desktop.services.reports import progress_report_data
from tests.factories import TODAY


def test_an_empty_context_is_one_line_each(db, staff, family, svc):
    data = progress_report_data(svc, family.id, TODAY.replace(day=1), TODAY)
    report = ProgressReport(data)
    [context_line] = context_flowables(report)
    [referral_line] = referral_flowables(report)
    assert "No stressors or protective factors recorded yet." in context_line.text
    assert referral_line.text == "No referrals in this period."
