"""Service test fixtures: Ana the specialist and her Nguyễn family."""

from __future__ import annotations

import pytest

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
