"""The measures' one query (services.measures.facts) on the hand-built agency of
tests/factories.py ``measures_agency``: which families it brings, and what of each."""

from __future__ import annotations

import datetime as dt

from imh_desktop.domain.enums import ClosureReason, Instrument, ReferralStatus
from imh_desktop.domain.measures import MeasurePeriod
from imh_desktop.domain.schedule import DEFAULT_SCHEDULE
from imh_desktop.services.measures.facts import read_facts
from tests.factories import MEASURES_END, MEASURES_START, measures_agency

D = dt.date
PERIOD = MeasurePeriod(MEASURES_START, MEASURES_END)


def test_the_families_that_can_count_and_their_facts(db, staff, as_user):
    ids = measures_agency(db, staff, as_user)
    team = [staff["ssupervisor"], staff["aspecialist"], staff["bspecialist"]]
    with db.read() as s:
        facts, names = read_facts(s, team, PERIOD, DEFAULT_SCHEDULE)
        everyone, _ = read_facts(s, None, PERIOD, DEFAULT_SCHEDULE)
    # F1-F5 (F3 closed before the period, but its 12 months fall in it); not F6 (never
    # enrolled); Cleo's F7 only without a staff filter.
    assert len(facts) == 5 and len(everyone) == 6
    f2 = facts[ids["f2"]]
    assert f2.caregiver_screens == (D(2025, 12, 1), D(2026, 5, 5))
    assert [(p.instrument, p.given_on) for p in f2.positive_screens] == [
        (Instrument.EPDS, D(2026, 5, 5))
    ]
    assert f2.children[0].gestation is not None and f2.children[0].gestation.weeks == 34
    f5 = facts[ids["f5"]]
    assert f5.children[0].asq3_given == (D(2026, 4, 1),)
    linked = {r.made_on: (r.status, r.screening_id is not None) for r in f5.referrals}
    assert linked[D(2026, 4, 10)] == (ReferralStatus.MADE, True)
    assert linked[D(2026, 2, 1)] == (ReferralStatus.CONNECTED, False)
    closed = [f for f in facts.values() if f.closure_reason is ClosureReason.GOALS_MET]
    assert [f.closed_on for f in closed] == [D(2025, 8, 20)]
    assert names[ids["f1"]].display_name == "Family 1"


def test_screenings_long_before_the_period_are_not_read(db, staff, as_user):
    ids = measures_agency(db, staff, as_user)
    late = MeasurePeriod(D(2026, 9, 1), D(2026, 11, 25))
    with db.read() as s:
        facts, _ = read_facts(s, None, late, DEFAULT_SCHEDULE)
    # F1's screens (Dec 2025, Jan 2026) are more than 6 months before 1 Sep 2026.
    assert (
        facts[ids["f1"]].caregiver_screens == () and facts[ids["f1"]].children[0].asq3_given == ()
    )
