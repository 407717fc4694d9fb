"""The frozen records' derived values: a child's gestation, a visit's signature."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from imh_desktop.domain.ages import GestationalAge
from imh_desktop.domain.enums import Sex, VisitMode, VisitOutcome
from imh_desktop.services.common.records import ChildRecord, VisitRecord

BAO = ChildRecord(1, 1, "Bảo", dt.date(2026, 1, 5), 33, 4, Sex.MALE, 1)
VISIT = VisitRecord(
    id=1, family_id=1, specialist_id=2, visit_date=dt.date(2026, 11, 20), start_time=None,
    duration_minutes=60, mode=VisitMode.HOME, outcome=VisitOutcome.COMPLETED,
    cancel_reason="", observation="", caregiver_response="", child_presentation="", plan="",
    reflection="", services=(), participants={}, next_visit_date=None, signed_at=None,
    signed_by_id=None, cosigned_at=None, cosigned_by_id=None, version=1,
)  # fmt: skip


def test_gestation_in_weeks_and_days():
    assert BAO.gestation == GestationalAge(33, 4)
    assert dataclasses.replace(BAO, gestational_days=None).gestation == GestationalAge(33, 0)


def test_no_gestation_when_the_weeks_are_not_recorded():
    assert dataclasses.replace(BAO, gestational_weeks=None, gestational_days=None).gestation is None


def test_a_visit_is_signed_once_it_has_a_signing_time():
    assert not VISIT.is_signed
    signed = dataclasses.replace(VISIT, signed_at=dt.datetime(2026, 11, 20, 17), signed_by_id=2)
    assert signed.is_signed


def test_records_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        BAO.full_name = "x"  # type: ignore[misc]
