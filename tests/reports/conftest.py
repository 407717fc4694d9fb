"""A family with a long, realistic history for the report tests.

Families are created through the services; the visit history (hundreds of
rows) is inserted straight through the models to keep the tests quick.
"""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.data.models import Alert, Goal, GoalProgress, Screening, StaffUser, Visit
from imh_desktop.domain.clock import FixedClock
from imh_desktop.domain.enums import (
    AlertKind,
    Frequency,
    GoalDomain,
    GoalStatus,
    Instrument,
    ReferralSource,
    VisitMode,
    VisitOutcome,
)
from imh_desktop.domain.inputs import CaregiverInput, ChildInput, FamilyInput
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.family import families

TODAY = dt.date(2026, 11, 25)  # the day of the ``clock`` fixture
ENROLLED = dt.date(2023, 11, 1)
GOALS = (
    (GoalDomain.ATTACHMENT, "Nguyễn Thị Ánh will notice Bảo's distress cues and comfort him "
     "within a few minutes, most of the time, as seen in visits."),
    (GoalDomain.REGULATION, "Ánh will use two soothing strategies (holding close, rocking) when "
     "Bảo is upset."),
    (GoalDomain.SERVE_AND_RETURN, "Zoë Núñez-O'Brien will read a picture book with Bảo most days."),
)  # fmt: skip


def make_family(db, staff, name="Nguyễn family", enrolled=ENROLLED, child_dob=dt.date(2023, 9, 20)):
    data = FamilyInput(
        display_name=name,
        specialist_id=staff["aspecialist"],
        referral_source=ReferralSource.HOSPITAL,
        referral_date=enrolled - dt.timedelta(days=10),
        enrolled_on=enrolled,
        frequency=Frequency.WEEKLY,
        address="12 Ølstad Road\nRiverbend",
        caregivers=(
            CaregiverInput("Nguyễn Thị Ánh"),
            CaregiverInput("Zoë Núñez-O'Brien", "Father"),
        ),
        children=(ChildInput("Bảo Ølstad", child_dob, gestational_weeks=33),),
    )
    # Made on TODAY whatever a test's clock says later, as the supervisor.
    return families.create_family(ServiceContext(db, staff["ssupervisor"], FixedClock(TODAY)), data)


def add_history(
    db, family, specialist_id: int, visits: int, start: dt.date = ENROLLED,
    every_days: int = 7, plan: str = "Keep reading together at bedtime.",
    unsigned_last: int = 1,
) -> list[int]:  # fmt: skip
    """``visits`` visits every ``every_days`` from ``start`` with ratings; returns goal ids.

    Every tenth visit is a family cancellation, every seventeenth a no-show;
    the last ``unsigned_last`` visits are unsigned drafts.
    """
    with db.session() as s:
        s.get(StaffUser, specialist_id).phone = "(555) 010-7788"
        goals = [
            Goal(family_id=family.id, domain=d, statement=text, started_on=start,
                 status=GoalStatus.ACTIVE, target_date=start + dt.timedelta(days=400))
            for d, text in GOALS
        ]  # fmt: skip
        s.add_all(goals)
        s.flush()
        for i in range(visits):
            day = start + dt.timedelta(days=i * every_days)
            outcome = VisitOutcome.COMPLETED
            if i % 10 == 9:
                outcome = VisitOutcome.CANCELLED_FAMILY
            elif i % 17 == 16:
                outcome = VisitOutcome.NO_SHOW
            signed = i < visits - unsigned_last
            visit = Visit(
                family_id=family.id, specialist_id=specialist_id, visit_date=day,
                mode=VisitMode.VIRTUAL if i % 5 == 0 else VisitMode.HOME, outcome=outcome,
                services=["emotional_support", "modelling"], observation=f"Visit {i}: Ánh held Bảo.",
                caregiver_response="Ánh said Bảo calms faster now.", plan=f"{plan} ({i})",
                reflection="SECRET-REFLECTION I felt worried.",
                signed_at=dt.datetime.combine(day, dt.time(17)) if signed else None,
                signed_by_id=specialist_id if signed else None,
            )  # fmt: skip
            s.add(visit)
            s.flush()
            if outcome is VisitOutcome.COMPLETED:
                for j, goal in enumerate(goals):
                    if (i + j) % 2 == 0:
                        rating = min(5, 1 + (i + j) * 4 // max(visits, 1))
                        s.add(GoalProgress(visit_id=visit.id, goal_id=goal.id, rating=rating))
        return [g.id for g in goals]


def add_screening(db, family, staff_id: int, on: dt.date, positive: bool = True) -> None:
    with db.session() as s:
        screening = Screening(
            family_id=family.id, caregiver_id=family.caregivers[0].id, instrument=Instrument.EPDS,
            given_on=on, total=14 if positive else 4,
            band="probable depression" if positive else "low", positive=positive,
            urgent=False, created_by_id=staff_id,
        )  # fmt: skip
        s.add(screening)
        s.flush()
        if positive:
            s.add(Alert(family_id=family.id, screening_id=screening.id,
                        kind=AlertKind.POSITIVE_SCREEN, opened_on=on,
                        text="EPDS 14: refer for a mental health assessment."))  # fmt: skip


@pytest.fixture
def family(db, staff):
    return make_family(db, staff)


@pytest.fixture
def svc(as_user, staff):
    """The service context of the supervisor (who reads his team's families) on the test clock."""
    return as_user(staff["ssupervisor"])
