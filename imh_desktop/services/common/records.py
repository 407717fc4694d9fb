"""Plain frozen records the services hand to the UI, reports and exports.

Never ORM objects: nothing here can lazy-load or go stale behind the UI.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from imh_desktop.domain.ages import GestationalAge
from imh_desktop.domain.enums import (
    ClosureReason,
    FamilyStatus,
    Frequency,
    GoalDomain,
    GoalStatus,
    ReferralSource,
    Role,
    Sex,
    VisitMode,
    VisitOutcome,
)
from imh_desktop.domain.permissions import Relation


@dataclass(frozen=True)
class StaffRecord:
    id: int
    username: str
    full_name: str
    role: Role
    supervisor_id: int | None
    active: bool
    phone: str | None = None


@dataclass(frozen=True)
class CaregiverRecord:
    id: int
    family_id: int
    full_name: str
    relationship: str
    dob: dt.date | None
    is_primary: bool
    language: str
    phone: str
    version: int


@dataclass(frozen=True)
class ChildRecord:
    id: int
    family_id: int
    full_name: str
    dob: dt.date
    gestational_weeks: int | None
    gestational_days: int | None
    sex: Sex
    version: int

    @property
    def gestation(self) -> GestationalAge | None:
        """Gestational age at birth (weeks+days), or None when not recorded."""
        return GestationalAge.of(self.gestational_weeks, self.gestational_days)


@dataclass(frozen=True)
class FamilyRecord:
    id: int
    case_number: str
    display_name: str
    address: str
    phone: str
    language: str
    referral_source: ReferralSource
    referral_date: dt.date
    enrolled_on: dt.date | None
    status: FamilyStatus
    closed_on: dt.date | None
    closure_reason: ClosureReason | None
    closure_note: str
    specialist_id: int
    specialist_name: str
    frequency: Frequency
    version: int
    caregivers: tuple[CaregiverRecord, ...] = ()
    children: tuple[ChildRecord, ...] = ()
    # How the reader stands to the family, and until when emergency access lasts.
    relation: Relation = Relation.OTHER
    emergency_until: dt.datetime | None = None


@dataclass(frozen=True)
class GoalRecord:
    id: int
    family_id: int
    caregiver_id: int | None
    child_id: int | None
    domain: GoalDomain
    statement: str
    baseline: str
    strategies: str
    target_date: dt.date | None
    status: GoalStatus
    started_on: dt.date
    status_changed_on: dt.date | None
    replaced_by_id: int | None
    version: int


@dataclass(frozen=True)
class VisitRecord:
    id: int
    family_id: int
    specialist_id: int
    visit_date: dt.date
    start_time: dt.time | None
    duration_minutes: int | None
    mode: VisitMode
    outcome: VisitOutcome
    cancel_reason: str
    observation: str
    caregiver_response: str
    child_presentation: str
    plan: str
    reflection: str
    services: tuple[str, ...]
    participants: dict[str, Any]
    next_visit_date: dt.date | None
    signed_at: dt.datetime | None
    signed_by_id: int | None
    cosigned_at: dt.datetime | None
    cosigned_by_id: int | None
    version: int
    family_note: str = ""  # "For the family" (printed on the handout)

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None
