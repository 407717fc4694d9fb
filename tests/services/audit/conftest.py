"""Fixtures of the audit tests: Sam's context, a signed note, and two supervisors' teams."""

from __future__ import annotations

import dataclasses

import pytest

from imh_desktop.domain.enums import Role
from imh_desktop.services.admin.staff import create_staff
from imh_desktop.services.family import families
from tests.factories import add_admin, family_input, signed_note


@pytest.fixture
def sam(as_user, staff):
    return as_user(staff["ssupervisor"])


@pytest.fixture
def note(as_user, staff):
    return signed_note(as_user, staff)[1]


@pytest.fixture
def teams(db, as_user, staff):
    """Sam's team (Ana, Ben) with one family each; Tess's team (Carl) with one; an admin."""
    sam, admin_ctx = as_user(staff["ssupervisor"]), as_user(staff["aadmin"])
    tess = create_staff(admin_ctx, "tsupervisor", "Tess Other", Role.SUPERVISOR)
    carl = create_staff(admin_ctx, "cspecialist", "Carl Other", Role.SPECIALIST, tess.id)
    admin = add_admin(db, "admin", "Ada Admin")
    ana_family = families.create_family(sam, family_input(staff["aspecialist"]))
    carl_family = families.create_family(
        as_user(tess.id), dataclasses.replace(family_input(carl.id), display_name="Other family")
    )
    return {"tess": tess.id, "carl": carl.id, "admin": admin,
            "ana_family": ana_family, "carl_family": carl_family}  # fmt: skip
