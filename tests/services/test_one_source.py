"""One agency built by hand (``tests.factories.build_agency``): the caseload, the team view,
the caseload PDF and the exports report the same overdue visits, dosage and open alerts.

Worked out by hand for 25 Nov 2026 (the period: November up to today):
- Ayala (weekly): next visit planned 1 Dec: not overdue; 3 completed of 25/7 expected.
- Brook (every two weeks from 11 Nov): last visit 23 Nov, due 7 Dec; 1 of 15/14.
- Castro (monthly): last visit 30 Sep, due 30 Oct: overdue; 0 of 25/30; one open alert.
- Evans (on hold): nothing due, nothing expected.
- Gold (quarterly, Ben's): last visit 5 Nov; 1 of 25/92.
"""

from __future__ import annotations

import pytest

from imh_desktop.domain.period_families import PeriodCounts, served_words
from imh_desktop.reports.caseload import render_caseload_report
from imh_desktop.services.caseload.table import list_caseload, month_counts, month_words
from imh_desktop.services.reports import caseload_report_data
from imh_desktop.services.team import dashboard as team
from tests.factories import TODAY, D
from tests.reports.pdftext import pdf_text

BY_HAND = {  # family: (overdue, completed, expected, open alerts)
    "Ayala": (False, 3, 25 / 7, 0),
    "Brook": (False, 1, 15 / 14, 0),
    "Castro": (True, 0, 25 / 30, 1),
    "Evans": (False, 0, 0.0, 0),
    "Gold": (False, 1, 25 / 92, 0),
}


def test_every_screen_and_file_reports_the_same_numbers(as_user, agency):
    sam = as_user(agency.ids["ssupervisor"])
    rows = {r.family_name: r for r in list_caseload(sam, "team")}
    assert set(rows) == set(BY_HAND)
    caseload = {
        name: (r.overdue, r.visits_this_month, r.expected_this_month, r.open_alerts)
        for name, r in rows.items()
    }
    data = team.load_team(sam, team.period_for("this_month", TODAY))
    fam = data.families.set_index("family")
    drill_down = {
        name: (bool(fam.loc[name, "overdue_visits"]), int(fam.loc[name, "completed"]),
               float(fam.loc[name, "expected"]), int(fam.loc[name, "open_alerts"]))
        for name in BY_HAND
    }  # fmt: skip
    export = team.caseload_frame(sam).set_index("family_name")
    exported = {
        name: (bool(export.loc[name, "overdue"]), int(export.loc[name, "completed"]),
               float(export.loc[name, "expected"]), int(export.loc[name, "open_alerts"]))
        for name in BY_HAND
    }  # fmt: skip
    for source in (caseload, drill_down, exported):
        for name, (overdue, completed, expected, alerts) in BY_HAND.items():
            got = source[name]
            assert (got[0], got[1], got[3]) == (overdue, completed, alerts), name
            assert got[2] == pytest.approx(expected), name
    assert rows["Castro"].next_visit_due == D(2026, 10, 30)
    assert fam.loc["Castro", "next_visit_due"].date() == D(2026, 10, 30)

    # The team table and the caseload PDF count the same families.
    ana = data.team_row(agency.ids["aspecialist"])
    ana_rows = [r for r in rows.values() if r.specialist_id == agency.ids["aspecialist"]]
    assert ana["overdue_visits"] == sum(r.overdue for r in ana_rows) == 1
    assert ana["open_alerts"] == sum(r.open_alerts for r in ana_rows) == 1
    text = " ".join(pdf_text(render_caseload_report(caseload_report_data(sam, "team"))).split())
    assert "5 open cases: 4 served this month · 1 on hold · 1 overdue for a visit" in text
    assert "1 with open alerts" in text


def test_every_screen_and_file_counts_the_families_of_the_period_alike(as_user, agency):
    """Families in November by one rule (domain.period_families): served = enrolled by 30 Nov,
    not closed before 1 Nov, not on hold. Sam's team: Ayala, Brook, Castro, Gold and Dinh
    (closed 8 Nov) are served; Evans is on hold; Fofanah (closed 15 Oct) is not counted.
    The caseload lists open cases: the same families but Dinh."""
    sam = as_user(agency.ids["ssupervisor"])
    ana_id = agency.ids["aspecialist"]
    data = team.load_team(sam, team.period_for("this_month", TODAY))
    assert data.period_counts() == PeriodCounts(served=5, closed=1, on_hold=1)
    assert data.period_counts(ana_id) == PeriodCounts(served=4, closed=1, on_hold=1)
    assert data.totals()["families"] == 5 and data.team_row(ana_id)["families"] == 4
    open_rows = list_caseload(sam, "team")
    assert month_counts(open_rows, TODAY) == PeriodCounts(served=4, on_hold=1)
    every_row = list_caseload(sam, "team", include_closed=True)
    assert month_counts(every_row, TODAY) == data.period_counts()  # the same rule, the same count
    ana_rows = [r for r in every_row if r.specialist_id == ana_id]
    assert month_counts(ana_rows, TODAY) == data.period_counts(ana_id)
    # The words on every screen come from the same counts.
    assert month_words(open_rows, TODAY) == "5 open cases: 4 served this month · 1 on hold"
    assert (
        served_words(data.period_counts()) == "5 families served (1 closed during it) · 1 on hold"
    )
    text = " ".join(pdf_text(render_caseload_report(caseload_report_data(sam, "team"))).split())
    assert month_words(open_rows, TODAY) in text
    # The team export's Families column is the team table's.
    assert int(data.team["families"].sum()) == data.period_counts().served
