"""Service test fixtures: Ana the specialist, her Nguyễn family and two of its goals."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import GoalDomain
from imh_desktop.domain.inputs import GoalInput
from imh_desktop.services.family import goals
from tests.factories import family_input


@pytest.fixture
def ana(as_user, staff):
    """Ana's service context: the family's specialist and the notes' author."""
    return as_user(staff["aspecialist"])


@pytest.fixture
def family(as_user, staff):
    """The Nguyễn family (``tests.factories.family_input``), made by Sam and assigned to Ana."""
    from imh_desktop.services.family import families

    return families.create_family(as_user(staff["ssupervisor"]), family_input(staff["aspecialist"]))


@pytest.fixture
def two_goals(ana, family):
    """An attachment and a regulation goal of the family, started 1 Apr 2026."""
    made = []
    for domain, text in (
        (GoalDomain.ATTACHMENT, "Ánh will comfort Bảo."),
        (GoalDomain.REGULATION, "Ánh will use two soothing strategies."),
    ):
        made.append(goals.create_goal(ana, family.id, GoalInput(domain, text, dt.date(2026, 4, 1))))
    return made
