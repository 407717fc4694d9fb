"""Per-family measures: expected visits prorated as the domain rule says; attention ranked by risk.

Measured through ``load_team`` (the one caller) on the small hand-worked agency;
today is Wednesday 25 Nov 2026.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from imh_desktop.domain.dosage import expected_visits
from imh_desktop.domain.enums import ClosureReason, Frequency
from imh_desktop.services.family import families
from imh_desktop.services.team import dashboard as team
from imh_desktop.services.team.family_measures import LOW_DOSAGE_PERCENT, late_cutoff
from tests.factories import TODAY, D, add_family

NOV = team.period_for("this_month", TODAY)


def test_vectorised_expected_visits_match_the_domain_rule(as_user, staff):
    """The pandas proration agrees with domain.dosage.expected_visits on random cases."""
    rng = random.Random(4)
    sam, ana = as_user(staff["ssupervisor"]), staff["aspecialist"]
    cases = []
    for i in range(25):
        enrolled = D(2026, 1, 1) + dt.timedelta(days=rng.randrange(0, 320))
        freq = rng.choice(list(Frequency))
        fid = add_family(sam, ana, f"F{i}", freq, enrolled)
        closed = None
        if rng.random() < 0.4:
            closed = enrolled + dt.timedelta(days=rng.randrange(0, (TODAY - enrolled).days + 1))
            families.close_family(sam, fid, closed, ClosureReason.MOVED, "", 1)
        cases.append((fid, freq, enrolled, closed))
    for kind in ("this_month", "last_month", "this_quarter"):
        period = team.period_for(kind, TODAY)
        got = team.load_team(sam, period).families.set_index("family_id")["expected"]
        for fid, freq, enrolled, closed in cases:
            if enrolled > period.end or (closed and closed < period.start):
                assert fid not in got.index
                continue
            want = expected_visits(freq, period.start, min(period.end, TODAY), enrolled, closed)
            assert got[fid] == pytest.approx(want), (kind, freq, enrolled, closed)


def test_needs_attention_ranks_urgent_alerts_first_then_positive_screens(db, as_user, agency):
    from imh_desktop.data.models import Alert
    from imh_desktop.domain.enums import AlertKind

    # Ayala has an overdue screening and late notes; Brook gets an urgent alert and nothing
    # else wrong; Castro keeps its positive screen and is past the no-contact days.
    with db.session() as s:
        s.add(Alert(family_id=agency.fam["f2"], kind=AlertKind.URGENT, text="PHQ-9 item 9",
                    opened_on=D(2026, 11, 24)))  # fmt: skip
    data = team.load_team(as_user(agency.ids["ssupervisor"]), NOV)
    ana = data.families_of(agency.ids["aspecialist"])
    ranked = ana.sort_values("attention_rank", ascending=False, kind="stable")
    assert list(ranked["family"])[:3] == ["Brook", "Castro", "Ayala"]
    brook = ana[ana["family"] == "Brook"].iloc[0]
    assert brook["attention"] == "1 urgent alert" and brook["urgent_alerts"] == 1
    # The team table counts the urgent alert among the open ones.
    assert data.team_row(agency.ids["aspecialist"])["open_alerts"] == 2


def test_low_visits_are_flagged_under_the_threshold_once_a_visit_was_expected(as_user, agency):
    october = team.period_for("last_month", TODAY)
    fam = team.load_team(as_user(agency.ids["ssupervisor"]), october).families
    expected_some = fam["expected"] >= 1
    low = expected_some & (fam["percent"] < LOW_DOSAGE_PERCENT)
    assert list(fam["low_visits"]) == list(low.fillna(False))
    assert fam["low_visits"].any() and not fam.loc[~expected_some, "low_visits"].any()


def test_late_cutoff_counts_working_days_back_from_today():
    # Wednesday 25 Nov: Mon 23 and Tue 24 are within 2 working days; from Sunday 22 Nov on,
    # three working days (23, 24, 25) have passed.
    assert late_cutoff(TODAY, 2) == D(2026, 11, 22)
    assert late_cutoff(TODAY, 0) == D(2026, 11, 24)
    assert late_cutoff(D(2026, 11, 30), 2) == D(2026, 11, 25)  # Monday: back over the weekend
