"""Fixtures of the audit log's UI tests."""

from __future__ import annotations

import dataclasses

import pytest

from imh_desktop.services.family import families
from tests.factories import family_input, signed_note


@pytest.fixture
def cases(as_user, staff):
    """Ana's family with a signed note, and a second family of Ben's."""
    family, _note = signed_note(as_user, staff)
    other = families.create_family(
        as_user(staff["ssupervisor"]),
        dataclasses.replace(family_input(staff["bspecialist"]), display_name="Lee family"),
    )
    return family, other
