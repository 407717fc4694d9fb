"""A family row's version column and clock stamps, on PostgreSQL as on SQLite."""

from __future__ import annotations

import datetime as dt

from imh_desktop.data.models import Family
from imh_desktop.domain.enums import FamilyStatus, Frequency, ReferralSource


def test_version_column_counts_edits_and_the_clock_stamps_them(db, clock, staff):
    with db.session(clock) as s:
        family = Family(
            case_number="IMH-2026-0002",
            display_name="Ølstad family",
            referral_source=ReferralSource.SELF,
            referral_date=dt.date(2026, 1, 2),
            status=FamilyStatus.ACTIVE,
            specialist_id=staff["aspecialist"],
            frequency=Frequency.BIWEEKLY,
        )
        s.add(family)
    assert family.version == 1
    made = dt.datetime(2026, 11, 25, 10, 0)  # the test clock, stored as naive UTC
    assert (family.created_at, family.updated_at) == (made, made)
    clock.advance(days=1, hours=2)
    with db.session(clock) as s:
        row = s.get(Family, family.id)
        row.display_name = "Ølstad / Berg"
    assert row.version == 2
    assert (row.created_at, row.updated_at) == (made, dt.datetime(2026, 11, 26, 12, 0))
    clock.advance(days=1)
    with db.session(clock) as s:
        s.get(Family, family.id)  # read, not changed: the stamp stays
    with db.read() as s:
        assert s.get(Family, family.id).updated_at == dt.datetime(2026, 11, 26, 12, 0)
