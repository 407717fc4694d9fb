"""Visit-side schema details that matter on PostgreSQL as much as on SQLite."""

from __future__ import annotations

import datetime as dt

from imh_desktop.data.models import Family, Screening
from imh_desktop.domain.enums import FamilyStatus, Frequency, Instrument, ReferralSource
from imh_desktop.domain.screening import asq3_result


def test_longest_asq3_band_fits_the_column(db, clock, staff):
    areas = ("communication", "gross_motor", "fine_motor", "problem_solving", "personal_social")
    result = asq3_result(
        dict.fromkeys(areas, 10),
        dict(zip(areas, ["below", "below", "close", "close", "close"], strict=True)),
    )
    assert len(result.band) > 60
    with db.session(clock) as s:
        family = Family(
            case_number="IMH-2026-0001",
            display_name="Wójcik family",
            referral_source=ReferralSource.WIC,
            referral_date=dt.date(2026, 1, 2),
            status=FamilyStatus.ACTIVE,
            specialist_id=staff["aspecialist"],
            frequency=Frequency.WEEKLY,
        )
        s.add(family)
        s.flush()
        s.add(
            Screening(
                family_id=family.id,
                instrument=Instrument.ASQ3,
                given_on=dt.date(2026, 2, 1),
                band=result.band,
                created_by_id=staff["aspecialist"],
            )
        )
    with db.read() as s:
        assert s.query(Screening).one().band == result.band
