"""What a person types into a form, as frozen dataclasses, and its validation.

Each ``validate_*`` raises :class:`DomainError` naming the field at fault, with
a message a clinician can read; it never changes anything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from imh_desktop.domain.ages import GestationalAge
from imh_desktop.domain.dates import format_date
from imh_desktop.domain.enums import (
    Frequency,
    GoalDomain,
    GoalStatus,
    ReferralSource,
    Sex,
    VisitMode,
    VisitOutcome,
    VisitService,
)
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.text import (
    MAX_ADDRESS,
    MAX_FAMILY_NOTE,
    MAX_GOAL_DETAIL,
    MAX_GOAL_STATEMENT,
    MAX_LANGUAGE,
    MAX_NAME,
    MAX_NOTE_SECTION,
    MAX_OTHER_PRESENT,
    MAX_OTHERS_PRESENT,
    MAX_PHONE,
    MAX_RELATIONSHIP,
    MAX_SHORT_NOTE,
    check_text,
)
from imh_desktop.domain.text import require_text as require_text  # re-exported for callers

MAX_VISIT_MINUTES = 8 * 60
PARTICIPANT_KEYS = ("caregivers", "children", "others")
# Closed cases stay editable years later, so only a typo guard here; ageing out
# at three is a caseload warning, not an input error.
MAX_CHILD_AGE_YEARS = 21


@dataclass(frozen=True)
class CaregiverInput:
    full_name: str
    relationship: str = "Mother"
    dob: dt.date | None = None
    is_primary: bool = False
    language: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ChildInput:
    full_name: str
    dob: dt.date
    gestational_weeks: int | None = None
    gestational_days: int | None = None  # 0-6 past the completed weeks (36+6); None = 0
    sex: Sex = Sex.UNKNOWN


@dataclass(frozen=True)
class FamilyInput:
    display_name: str
    specialist_id: int
    referral_source: ReferralSource
    referral_date: dt.date
    enrolled_on: dt.date | None = None
    frequency: Frequency = Frequency.WEEKLY
    address: str = ""
    phone: str = ""
    language: str = "English"
    caregivers: tuple[CaregiverInput, ...] = field(default_factory=tuple)
    children: tuple[ChildInput, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class GoalInput:
    domain: GoalDomain
    statement: str
    started_on: dt.date
    caregiver_id: int | None = None
    child_id: int | None = None
    baseline: str = ""
    strategies: str = ""
    target_date: dt.date | None = None
    status: GoalStatus = GoalStatus.ACTIVE


@dataclass(frozen=True)
class VisitInput:
    visit_date: dt.date
    outcome: VisitOutcome = VisitOutcome.COMPLETED
    mode: VisitMode = VisitMode.HOME
    start_time: dt.time | None = None
    duration_minutes: int | None = None
    cancel_reason: str = ""
    observation: str = ""
    caregiver_response: str = ""
    child_presentation: str = ""
    plan: str = ""
    reflection: str = ""
    services: tuple[str, ...] = ()
    family_note: str = ""  # "For the family": plain words, the family's language
    next_visit_date: dt.date | None = None


NOTE_SECTIONS = {
    "observation": "The observation",
    "caregiver_response": "The caregiver's response",
    "child_presentation": "The child's presentation",
    "plan": "The plan",
    "reflection": "The specialist's reflection",
}


def validate_caregiver(data: CaregiverInput, today: dt.date) -> None:
    require_text(data.full_name, "full_name", "The caregiver's name", MAX_NAME)
    require_text(
        data.relationship, "relationship", "The relationship to the child", MAX_RELATIONSHIP
    )
    check_text(data.language, "language", "The language", MAX_LANGUAGE)
    check_text(data.phone, "phone", "The phone number", MAX_PHONE)
    if data.dob is not None and data.dob > today:
        raise DomainError("The caregiver's date of birth cannot be in the future.", "dob")


def validate_child(data: ChildInput, today: dt.date) -> None:
    require_text(data.full_name, "full_name", "The child's name", MAX_NAME)
    if data.dob > today:
        raise DomainError(
            f"The child's date of birth ({format_date(data.dob)}) is in the future.", "dob"
        )
    if today.year - data.dob.year > MAX_CHILD_AGE_YEARS:
        raise DomainError("Check the child's date of birth: it is too long ago.", "dob")
    if data.gestational_weeks is None and data.gestational_days:
        raise DomainError(
            "Enter the weeks of the gestational age as well as the days.", "gestational_weeks"
        )
    # Weeks within ages.MIN/MAX_GESTATION_WEEKS and days 0-6: GestationalAge checks both.
    GestationalAge.of(data.gestational_weeks, data.gestational_days)


def validate_family(data: FamilyInput, today: dt.date) -> None:
    """Check a family form, its caregivers and children."""
    require_text(data.display_name, "display_name", "The family name", MAX_NAME)
    check_text(data.address, "address", "The address", MAX_ADDRESS, multiline=True)
    check_text(data.phone, "phone", "The phone number", MAX_PHONE)
    check_text(data.language, "language", "The language", MAX_LANGUAGE)
    if data.referral_date > today:
        raise DomainError("The referral date cannot be in the future.", "referral_date")
    if data.enrolled_on is not None:
        if data.enrolled_on < data.referral_date:
            raise DomainError("The enrolment date is before the referral date.", "enrolled_on")
        if data.enrolled_on > today:
            raise DomainError("The enrolment date cannot be in the future.", "enrolled_on")
    for caregiver in data.caregivers:
        validate_caregiver(caregiver, today)
    for child in data.children:
        validate_child(child, today)
    if sum(c.is_primary for c in data.caregivers) > 1:
        raise DomainError("Only one caregiver can be the primary caregiver.", "caregivers")


def validate_goal(data: GoalInput) -> None:
    require_text(
        data.statement, "statement", "The goal statement", MAX_GOAL_STATEMENT, multiline=True
    )
    check_text(data.baseline, "baseline", "The baseline", MAX_GOAL_DETAIL, multiline=True)
    check_text(data.strategies, "strategies", "The strategies", MAX_GOAL_DETAIL, multiline=True)
    if data.target_date is not None and data.target_date < data.started_on:
        raise DomainError("The target date is before the goal's start.", "target_date")


def validate_visit(
    data: VisitInput, enrolled_on: dt.date | None, referral_date: dt.date, today: dt.date
) -> None:
    """Check a visit's text, date, times and outcome against the family's dates."""
    validate_visit_text(data)
    start = enrolled_on or referral_date
    if data.visit_date < start:
        raise DomainError(
            f"The visit date is before the family's enrolment ({format_date(start)}).",
            "visit_date",
        )
    if data.outcome is VisitOutcome.PLANNED:
        if data.visit_date < today:
            raise DomainError("A planned visit must be today or later.", "visit_date")
    elif data.visit_date > today:
        raise DomainError(
            "A visit in the future can only be planned, not documented.", "visit_date"
        )
    if data.duration_minutes is not None and not 0 < data.duration_minutes <= MAX_VISIT_MINUTES:
        raise DomainError("The duration must be between 1 minute and 8 hours.", "duration_minutes")
    if data.next_visit_date is not None and data.next_visit_date <= data.visit_date:
        raise DomainError("The next visit must come after this visit.", "next_visit_date")


def validate_visit_text(data: VisitInput) -> None:
    """Each note section, the cancellation reason and the services given."""
    for name, label in NOTE_SECTIONS.items():
        check_text(getattr(data, name), name, label, MAX_NOTE_SECTION, multiline=True)
    check_text(
        data.family_note, "family_note", "The section for the family", MAX_FAMILY_NOTE,
        multiline=True,
    )  # fmt: skip
    check_text(data.cancel_reason, "cancel_reason", "The reason", MAX_SHORT_NOTE, multiline=True)
    known = {service.value for service in VisitService}
    if not isinstance(data.services, tuple | list) or not set(data.services) <= known:
        raise DomainError("Choose what was done from the list.", "services")


def validate_participants(participants: dict[str, Any]) -> None:
    """Who was present: caregiver and child ids, and a few short "others" entries."""
    if not isinstance(participants, dict) or set(participants) - set(PARTICIPANT_KEYS):
        raise DomainError("Choose who was present from the lists.", "participants")
    for key in ("caregivers", "children"):
        ids = participants.get(key, [])
        if not isinstance(ids, list | tuple) or not all(type(i) is int for i in ids):
            raise DomainError("Choose who was present from the lists.", "participants")
    others = participants.get("others", [])
    if not isinstance(others, list | tuple) or len(others) > MAX_OTHERS_PRESENT:
        raise DomainError("Choose who else was present from the list.", "participants")
    for other in others:
        require_text(other, "participants", "Who else was present", MAX_OTHER_PRESENT)
